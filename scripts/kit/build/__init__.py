"""One build of the site: its settings, generated pages, change detection, MkDocs' log lines."""
