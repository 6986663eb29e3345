"""What the published site needs from its host: caching, CSP, precompression, kiosk bundle."""
