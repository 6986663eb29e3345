"""Printable pages: the Markdown files the build writes into docs/print/, and their views.

A catalogue (print/exhibitions/<slug>/) shows the exhibition's cover, its introduction (the
page's Markdown) and every photo with its caption, date, place and credit; a leaflet
(print/provinces/<slug>/) shows a province's profile on two A4 pages, its overview (the
province page's own Markdown) included. The views are the exhibition and province pages'
own views (kit.exhibitions.pages, kit.provinces.pages) with what paper needs added: the web
addresses to print, since a link cannot be followed on paper. overrides/print-catalogue.html
and print-leaflet.html draw them; docs/assets/stylesheets/print.css sizes them for A4.

The pages are marked noindex and left out of the search index and the sitemap: they repeat
the pages they are made from, and a search result should lead to the page, not its print.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from kit.build.print_addresses import CATALOGUES, LEAFLETS, OUTPUT_FOLDER
from kit.core import languages as site_languages
from kit.core.generated import markdown_page
from kit.core.labels import labels_for
from kit.core.textfile import FRONT_MATTER, FileRefused, read_markdown
from kit.exhibitions import pages as exhibition_pages
from kit.exhibitions.content import Exhibition
from kit.media.pipeline import ProcessedImage
from kit.provinces import pages as province_pages
from kit.provinces.content import Province

__all__ = ["OUTPUT_FOLDER", "page_sources", "printable_markdown", "view_for_page"]

# Front matter every printable page has: no search result, no sitemap entry, no menu.
_PRINT_META = {
    "robots": "noindex",
    "search": {"exclude": True},
    "hide": ["navigation", "toc"],
}

# What a link or picture in an editor's Markdown becomes on paper (see printable_markdown).
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])(?:\{[^}]*\})?")
_INLINE_LINK = re.compile(r"(?<!\\)\[([^\]^][^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REFERENCE_LINK = re.compile(r"(?<!\\)\[([^\]^][^\]]*)\]\[[^\]]*\]")
_REFERENCE = re.compile(r"(?m)^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S.*\n?")
_TITLE = re.compile(r"\A\s*#[ \t]+[^\n]*\n")


def printable_markdown(text: str) -> str:
    """An editor's page as the leaflet prints it: no front matter, no title (the leaflet has
    its own), pictures left out and links reduced to their text. A link cannot be followed
    on paper, and the page's relative links would point elsewhere from print/provinces/."""
    match = FRONT_MATTER.match(text)
    if match:
        text = text[match.end() :]
    text = _TITLE.sub("", text, count=1)
    text = _IMAGE.sub("", text)
    text = _REFERENCE.sub("", text)
    text = _INLINE_LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    return text.strip()


def narrative(docs_dir: Path, province: Province, lang: str) -> str:
    """The overview of the province page in ``lang`` (docs/provinces/<slug>/index.<lang>.md),
    ready for the leaflet; empty when the page is missing or was refused (already reported
    by the province loader and the page checks)."""
    path = docs_dir / province_pages.SOURCE_FOLDER / province.slug / f"index.{lang}.md"
    display = f"docs/{province_pages.SOURCE_FOLDER}/{province.slug}/{path.name}"
    if not path.is_file():
        return ""
    try:
        return printable_markdown(read_markdown(path, display))
    except FileRefused:
        return ""


def page_sources(
    exhibitions: list[Exhibition],
    provinces: list[Province],
    narratives: Mapping[tuple[str, str], str],
    languages: tuple[str, ...],
) -> dict[str, str]:
    """Every printable page, by path relative to docs/print/. ``narratives`` holds the
    overview of each province page by (slug, language)."""
    pages: dict[str, str] = {}
    for lang in languages:
        strings = labels_for(lang)["print"]
        for exhibition in exhibitions:
            title = exhibition.title[lang]
            pages[f"{CATALOGUES}/{exhibition.slug}/index.{lang}.md"] = markdown_page(
                {
                    "title": strings["catalogue_title"].format(title=title),
                    "description": strings["catalogue_description"].format(title=title),
                    "template": "print-catalogue.html",
                    "campaign_view": "catalogue",
                    "print_of": exhibition.slug,
                    **_PRINT_META,
                },
                exhibition.intro[lang],
            )
        for province in provinces:
            name = province.name[lang]
            pages[f"{LEAFLETS}/{province.slug}/index.{lang}.md"] = markdown_page(
                {
                    "title": strings["leaflet_title"].format(name=name),
                    "description": strings["leaflet_description"].format(name=name),
                    "template": "print-leaflet.html",
                    "campaign_view": "leaflet",
                    "print_of": province.slug,
                    **_PRINT_META,
                },
                narratives.get((province.slug, lang), ""),
            )
    return pages


def view_for_page(
    meta: Mapping[str, object],
    page_url: str,
    lang: str,
    exhibitions: list[Exhibition],
    provinces: list[Province],
    images: Mapping[str, ProcessedImage],
    videos: Mapping[str, str],
) -> dict[str, object] | None:
    """The data a printable page's template shows, or None for other pages."""
    kind = meta.get("campaign_view")
    slug = str(meta.get("print_of"))
    root = site_languages.prefix(lang)
    if kind == "catalogue":
        view = exhibition_pages.view_for_page(
            {"campaign_view": "exhibition", "exhibition": slug},
            page_url,
            lang,
            exhibitions,
            images,
            videos,
        )
        if view is None:
            return None
        folder = f"{root}{exhibition_pages.OUTPUT_FOLDER}/{slug}/"
        for section in view["sections"]:
            for entry in section["entries"]:
                entry["web_path"] = f"{folder}{entry['id']}/"
        return {**view, "print": "catalogue", "web_path": folder}
    if kind == "leaflet":
        view = province_pages.view_for_page(
            {"campaign_view": "province", "province": slug}, page_url, lang, provinces, images
        )
        if view is None:
            return None
        folder = f"{root}{province_pages.SOURCE_FOLDER}/{slug}/"
        for source in view["sources"]:
            source["host"] = _host(str(source["url"]))
        return {**view, "print": "leaflet", "web_path": folder}
    return None


def _host(url: str) -> str:
    """ "https://www.hue.gov.vn/a/b" -> "hue.gov.vn": what a leaflet prints of a source's address
    (the whole address of a news article does not fit, nor can it be typed from paper)."""
    match = re.match(r"^[a-z]+://(?:www\.)?([^/?#:]+)", url, re.IGNORECASE)
    return match.group(1) if match else ""
