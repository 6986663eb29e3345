"""The MkDocs plugin: events that call the plain-Python kit."""
