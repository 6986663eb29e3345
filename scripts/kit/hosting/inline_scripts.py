"""Pages carry no inline script, so the Content-Security-Policy can say ``script-src 'self'``.

With hashes of inline scripts in the policy, any script that got into a page (through a title,
a caption or raw HTML in Markdown) would run as if the kit had written it. So every script the
kit and its theme write is a file instead:

- Material's two small inline scripts (``partials/javascripts/base.html``, which sets
  ``__md_scope`` from the page's base URL, and ``content.html``, which opens the tab a link
  points at) are ``docs/assets/javascripts/page-setup.js``, loaded just before Material's
  bundle by overrides/main.html. The file finds the site root from its own address, so one
  file serves every page depth, sub-path sites and file:// copies.
- mkdocs-glightbox's ``<script id="init-glightbox">`` is the same on every page (it comes from
  the plugin's settings in mkdocs.yml); ``external_lightbox_start`` replaces it with a link to
  a file named after its content, which the build writes once.
"""

from __future__ import annotations

import hashlib
import re

from kit.hosting.bundle import SiteFile

FOLDER = "assets/javascripts"
_LIGHTBOX_START = re.compile(r'<script id="init-glightbox">(?P<body>.*?)</script>', re.DOTALL)
_LIGHTBOX_SCRIPT = re.compile(
    r'<script src="(?P<prefix>[^"]*)assets/javascripts/glightbox\.min\.js"'
)


def external_lightbox_start(html: str) -> tuple[str, SiteFile | None]:
    """The page with the lightbox's inline start script replaced by a link to a file, and that
    file (None when the page has no lightbox)."""
    start = _LIGHTBOX_START.search(html)
    library = _LIGHTBOX_SCRIPT.search(html)
    if start is None or library is None:
        return html, None
    content = start.group("body").strip().encode("utf-8") + b"\n"
    digest = hashlib.sha256(content).hexdigest()[:10]
    script = SiteFile(f"{FOLDER}/lightbox-start.{digest}.js", content)
    tag = f'<script src="{library.group("prefix")}{script.path}"></script>'
    return html[: start.start()] + tag + html[start.end() :], script
