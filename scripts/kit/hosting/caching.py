"""How long browsers may keep each file of the built site (the Cache-Control header).

Files whose names carry a fingerprint of their content change name whenever their content
changes: resized photos and video (``media/yen-tu-57e8b6468dec-960.webp``), share images
(``share/about-the-campaign-a112a13d28d8.jpg``) and Material's theme files
(``assets/javascripts/bundle.a5f9d56c.min.js``). They are kept for a year without asking again.
Everything else keeps its name from one version to the next, so it must be asked for again
soon: pages after five minutes, other files (the kit's own styles and scripts, fonts, the
search index) after an hour.

Used by scripts/make_server_config.py (nginx) and scripts/audit.py (the local test server).
"""

from __future__ import annotations

import re

# A fingerprint: 8 or more hexadecimal digits after "-" or ".", before the extension or a
# size suffix ("-480", "-share") and ".min". The same pattern in Python and in nginx (PCRE).
FINGERPRINTED = r"[.-][0-9a-f]{8,}(-[a-z0-9]+)?(\.min)?\.[a-z0-9]+$"
_FINGERPRINTED = re.compile(FINGERPRINTED)

YEAR = "public, max-age=31536000, immutable"
PAGE = "public, max-age=300"
OTHER = "public, max-age=3600"


def is_fingerprinted(path: str) -> bool:
    """True when the file name (not the folders) carries a content fingerprint."""
    name = path.rsplit("/", 1)[-1].lower()
    for suffix in (".gz", ".br"):
        name = name.removesuffix(suffix)
    return bool(_FINGERPRINTED.search(name))


def cache_control(path: str) -> str:
    """The Cache-Control header for the site file at ``path`` ("en/about/index.html")."""
    if path.endswith(".html") or path.endswith("/") or path == "":
        return PAGE
    return YEAR if is_fingerprinted(path) else OTHER
