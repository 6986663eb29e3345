"""Infographics: docs/_data/infographics/*.yml loaded, checked, drawn and turned into pages."""
