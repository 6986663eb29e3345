"""Province pages: docs/provinces/<slug>/province.yml loaded, checked and shown."""
