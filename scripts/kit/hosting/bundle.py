"""Fewer requests before a page can show: one style sheet for the kit, the lightbox script last.

Material's own files aside, a page needs the kit's style sheets (``extra_css`` in mkdocs.yml)
and the lightbox's (added by mkdocs-glightbox). Each is a request the browser must finish
before it shows anything, which costs most on a phone on a slow network. They are joined, in
the order the page used them, into one file named after its content
(``assets/stylesheets/campaign.1a2b3c4d.css``), so it is also cached for a year
(kit/hosting/caching.py) and a new version is never mixed with an old one.

mkdocs-glightbox also puts its script in the page's head, where it holds up the page while it
downloads, although nothing uses it before the end of the page. It is moved to just before the
script that starts the lightbox. A page with nothing to open in the lightbox (most text pages)
gets neither the script nor its start (:class:`LightboxPages`): one download fewer for its
visitors, and mkdocs-glightbox does not parse the page again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, TemplateNotFound, meta

FOLDER = "assets/stylesheets"
LIGHTBOX_STYLES = "assets/stylesheets/glightbox.min.css"

_LINK = re.compile(r"<link\b[^>]*>")
_HREF = re.compile(r'\bhref="([^"]*)"')
_LIGHTBOX_SCRIPT = re.compile(r'<script src="[^"]*assets/javascripts/glightbox\.min\.js"></script>')
_LIGHTBOX_START = '<script id="init-glightbox">'
LIGHTBOX_CLASS = "glightbox"  # the class of every link the lightbox opens


@dataclass
class LightboxPages:
    """Which pages show something the lightbox opens: a picture of the page's own text
    (mkdocs-glightbox made its link) or a template that writes lightbox links (the gallery)."""

    env: Environment
    _templates: dict[str, bool] = field(default_factory=dict)

    def needed(self, content: str, template: str) -> bool:
        return LIGHTBOX_CLASS in content or self.template_uses(template)

    def template_uses(self, name: str) -> bool:
        """Whether the template, or one it extends, includes or imports by name, mentions the
        lightbox. (Templates chosen while rendering, by an expression, are not followed:
        Material's language and icon partials.)"""
        if name not in self._templates:
            self._templates[name] = False  # a template that includes itself stops here
            self._templates[name] = self._reads_lightbox(name)
        return self._templates[name]

    def _reads_lightbox(self, name: str) -> bool:
        try:
            source = self.env.loader.get_source(self.env, name)[0] if self.env.loader else ""
        except TemplateNotFound:
            return False
        if LIGHTBOX_CLASS in source:
            return True
        referenced = meta.find_referenced_templates(self.env.parse(source))
        return any(self.template_uses(other) for other in referenced if other)


@dataclass(frozen=True)
class SiteFile:
    """A file the build writes into the site: its path in the site and its content."""

    path: str
    content: bytes

    def write(self, site_dir: Path) -> Path:
        target = site_dir / self.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.content)
        return target


@dataclass(frozen=True)
class StyleBundle(SiteFile):
    """The joined style sheet: which files it replaces (paths in the site), its name, its text."""

    parts: tuple[str, ...] = ()


def make_bundle(sources: list[tuple[str, Path]]) -> StyleBundle:
    """Join ``(path in the site, source file)`` pairs, all in FOLDER, into one style sheet."""
    chunks = []
    for path, source in sources:
        if not path.startswith(FOLDER + "/") or "/" in path[len(FOLDER) + 1 :]:
            raise ValueError(f"{path}: only style sheets directly in {FOLDER}/ can be joined")
        # Relative addresses inside (url(../fonts/...)) stay right: same folder.
        chunks.append(f"/* {path} */\n".encode() + source.read_bytes().rstrip() + b"\n")
    content = b"".join(chunks)
    digest = hashlib.sha256(content).hexdigest()[:10]
    return StyleBundle(
        f"{FOLDER}/campaign.{digest}.css", content, tuple(path for path, _ in sources)
    )


def without_document_tags(html: str) -> str:
    """A page's content as it was before mkdocs-glightbox wrote it out as a whole document
    (``<html><head></head><body>…</body></html>``), which its page step would have undone."""
    start, end = "<html><head></head><body>", "</body></html>"
    if html.startswith(start) and html.endswith(end):
        return html[len(start) : -len(end)]
    return html


def use_bundle(html: str, bundle: StyleBundle) -> str:
    """The page with its links to the bundle's parts replaced by one link to the bundle, where
    the first part was. A page that does not link every kit style sheet is left as it is."""
    found: dict[str, re.Match] = {}
    for link in _LINK.finditer(html):
        if 'rel="stylesheet"' not in link.group(0):
            continue
        href = _HREF.search(link.group(0))
        if href is None:
            continue
        for part in bundle.parts:
            if href.group(1).endswith(part) and part not in found:
                found[part] = link
    # A page without the lightbox (the 404 page) gets the bundle too: one more rule set in a
    # file every other page has already put in the cache.
    if not set(bundle.parts) - {LIGHTBOX_STYLES} <= set(found):
        return html
    first_part = min(found, key=lambda part: found[part].start())
    first = found[first_part]
    href = _HREF.search(first.group(0)).group(1)
    prefix = href.removesuffix(first_part)  # "../../" on a page two folders down
    replacement = f'<link rel="stylesheet" href="{prefix}{bundle.path}">'
    pieces, position = [], 0
    for match in sorted(found.values(), key=lambda match: match.start()):
        pieces.append(html[position : match.start()])
        if match is first:
            pieces.append(replacement)
        position = match.end()
    pieces.append(html[position:])
    return "".join(pieces)


def lightbox_script_last(html: str) -> str:
    """Move mkdocs-glightbox's script from the head to just before the lightbox starts."""
    script = _LIGHTBOX_SCRIPT.search(html)
    start = html.find(_LIGHTBOX_START)
    if script is None or start < script.end():
        return html
    tag = script.group(0)
    html = html[: script.start()] + html[script.end() :]
    start = html.find(_LIGHTBOX_START)
    return html[:start] + tag + html[start:]
