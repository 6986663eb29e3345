"""The site's own search index (accent-insensitive, per language)."""
