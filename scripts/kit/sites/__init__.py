"""Province sites: the kit's own files, copied into a new site and updated from the kit."""
