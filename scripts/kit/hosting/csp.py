"""A Content-Security-Policy for the built site: scripts from the site itself, nothing inline.

The kit ships no inline script (kit/hosting/inline_scripts.py), so the policy names no hash and no
'unsafe-inline': a script that got into a page through its content cannot run.
``inline_scripts`` lists any inline script a page still has (a template added by a province,
a theme upgrade), so scripts/make_server_config.py can say which pages the policy would break.
"""

from __future__ import annotations

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


def inline_scripts(site_dir: Path) -> list[str]:
    """``page:line`` of every inline script a browser would run, sorted."""
    found = []
    for page in sorted(site_dir.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for match in _INLINE_SCRIPT.finditer(text):
            if not _DATA_TYPE.search(match.group("attrs") or ""):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{page.relative_to(site_dir).as_posix()}:{line}")
    return found


def policy() -> str:
    """The header value, one directive per concern."""
    directives = [
        "default-src 'self'",
        "script-src 'self'",
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


def admin_policy(api_origins: list[str]) -> str:
    """The header value for /admin/, the web editor (kit/editor): its script from the site,
    the worker and pictures it makes in the browser (blob:), and the API of the repository it
    saves to (GitHub or GitLab, from mkdocs.yml). Measured by loading the editor under this
    policy in Chromium (tests/kit/test_browser_editor.py): it needs no 'unsafe-eval'."""
    apis = " ".join(sorted(set(api_origins)))
    directives = [
        "default-src 'self'",
        "script-src 'self'",
        "worker-src 'self' blob:",
        # Svelte sets style attributes and inserts its component styles.
        "style-src 'self' 'unsafe-inline'",
        f"img-src 'self' data: blob: {apis}".rstrip(),
        "media-src 'self' blob:",
        "font-src 'self' data:",
        f"connect-src 'self' blob: data: {apis}".rstrip(),
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
    return "; ".join(directives)
