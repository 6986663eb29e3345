"""The page types of a built site, found by reading it: the home page, the exhibitions index,
an exhibition, an exhibition item, an infographic, a province, a subject tag's page, a quiz and
the 404 page, each in every language. Used by the quality gates (tests/kit/test_quality_gates.py)
and by scripts/audit.py, so a province's copy of the kit checks its own pages, whatever they are
called.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

PAGE_TYPES = (
    "home",
    "exhibitions",
    "exhibition",
    "item",
    "infographic",
    "province",
    "tag",
    "quiz",
    "404",
)
# What the kit's templates (overrides/) write into each type of page.
MARKERS = {
    "exhibitions": 'class="exhibit-covers"',
    "exhibition": 'class="exhibit-grid"',
    "item": 'class="exhibit-figure"',
    "infographic": '<div class="ig">',
    "province": '<article class="province"',
    "tag": 'class="exhibit-grid discover-grid"',  # a "Discover ASEAN culture" tag
    "quiz": '<form class="quiz"',
}

_HTML_LANG = re.compile(r'<html[^>]*\slang="([^"]+)"')
_SWITCH = re.compile(r'<a href="([^"]*)" hreflang="([^"]+)"[^>]*class="md-select__link"')


def html_lang(page: Path) -> str:
    match = _HTML_LANG.search(page.read_text(encoding="utf-8"))
    return match.group(1) if match else ""


def language_links(site: Path, page: str) -> dict[str, str]:
    """The language switcher of ``page``: language -> page path inside the site."""
    links = {}
    base = site_path(site)
    for href, lang in _SWITCH.findall((site / page).read_text(encoding="utf-8")):
        if href.startswith("/"):
            target = href[len(base) :] if href.startswith(base) else href.lstrip("/")
        else:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), href))
        target = "" if target == "." else target
        if not target.endswith(".html"):
            target = posixpath.join(target, "index.html")
        links[lang] = target
    return links


def site_path(site: Path) -> str:
    """The path the site is published under ("/" or "/asean/"), from the home page's canonical."""
    text = (site / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<link rel="canonical" href="([^"]+)"', text)
    path = urlsplit(match.group(1)).path if match else "/"
    return path if path.endswith("/") else path + "/"


def site_languages(site: Path) -> tuple[str, ...]:
    """The languages of a built site, as its home page's language switcher lists them."""
    if not (site / "index.html").is_file():
        return ()
    return tuple(language_links(site, "index.html"))


def find_page_types(site: Path) -> dict[str, dict[str, str]]:
    """page type -> language -> page path inside the site, for the types the site has, in the
    order of PAGE_TYPES. The first page (in path order) of a type that exists in every language
    is chosen."""
    default = html_lang(site / "index.html")
    languages = site_languages(site)
    found: dict[str, dict[str, str]] = {"home": {}, "404": {}}
    candidates: dict[str, list[str]] = {kind: [] for kind in MARKERS}
    for path in sorted(site.rglob("index.html")):
        relative = path.relative_to(site).as_posix()
        text = path.read_text(encoding="utf-8")
        if html_lang(path) != default or "translation-status" in relative:
            continue
        for kind, marker in MARKERS.items():
            if marker in text:
                candidates[kind].append(relative)
    for lang, target in language_links(site, "index.html").items():
        found["home"][lang] = target
    for kind, pages in candidates.items():
        for page in pages:
            links = language_links(site, page)
            if set(links) >= set(languages) and all((site / p).is_file() for p in links.values()):
                found[kind] = {lang: links[lang] for lang in languages}
                break
    for lang in languages:
        not_found = "404.html" if lang == default else f"{lang}/404.html"
        if (site / not_found).is_file():
            found["404"][lang] = not_found
    return {kind: found[kind] for kind in PAGE_TYPES if found.get(kind)}
