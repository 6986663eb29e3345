"""What every part of the kit needs: languages, problems, safe reading of YAML and text,
slugs, safe file writes.
"""
