"""The translation check: both languages of every page and every YAML text."""
