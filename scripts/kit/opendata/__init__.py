"""Open data, feeds and harvest: what a site gives other sites, and how the national site takes it.

export.py     the site's content as JSON (with its JSON Schema) and CSV, under data/
validator.py  the JSON Schema check harvest runs (standard library only)
feeds.py      an Atom feed per language of new and updated pages
harvest.py    fetch other sites' exports, check them, publish them as provinces and exhibitions
"""
