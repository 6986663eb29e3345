"""Quality gates: unsafe content, links, placeholders, source links, page types, Lighthouse."""
