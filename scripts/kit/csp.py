"""A Content-Security-Policy that the built site satisfies, computed from the site itself.

Material and mkdocs-glightbox put a few small inline scripts in every page; rather than
allowing all inline scripts, the policy lists the SHA-256 hash of each one found.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

# Inline <script> elements that the browser runs (no src, no data type such as JSON).
_INLINE_SCRIPT = re.compile(
    r"<script(?P<attrs>(?:\s+(?!src=)[a-z-]+(?:=\"[^\"]*\")?)*)\s*>(?P<body>.*?)</script>",
    re.DOTALL | re.IGNORECASE,
)
_DATA_TYPE = re.compile(r'type="(?!text/javascript|module)[^"]+"', re.IGNORECASE)
# Sources beyond the site itself: the click-to-load YouTube player only.
YOUTUBE = "https://www.youtube-nocookie.com"


def inline_script_hashes(site_dir: Path) -> list[str]:
    """Sorted ``'sha256-…'`` tokens of every executed inline script in the site's pages."""
    hashes: set[str] = set()
    for page in site_dir.rglob("*.html"):
        for match in _INLINE_SCRIPT.finditer(page.read_text(encoding="utf-8")):
            if _DATA_TYPE.search(match.group("attrs") or ""):
                continue
            digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
            hashes.add(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return sorted(hashes)


def policy(site_dir: Path) -> str:
    """The header value, one directive per concern."""
    scripts = " ".join(["'self'", *inline_script_hashes(site_dir)])
    directives = [
        "default-src 'self'",
        f"script-src {scripts}",
        # Material sets a few style attributes from JavaScript (scroll lock, progress).
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "media-src 'self'",
        "connect-src 'self'",
        f"frame-src {YOUTUBE}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
    return "; ".join(directives)
