"""Discover ASEAN culture: subject tags on exhibition items and infographics, a page per tag."""
