"""The web editor at /admin/: Sveltia CMS, served by the site itself, set up from the content
schemas (config.py), with its settings in mkdocs.yml (settings.py); publish.py writes it into
the built site."""
