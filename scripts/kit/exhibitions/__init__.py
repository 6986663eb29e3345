"""Exhibitions: exhibitions/<slug>/exhibition.yml loaded, checked and turned into pages."""
