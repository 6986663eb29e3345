"""An Atom feed per language of what is new or changed on the site: pages, exhibition photos,
infographics and province profiles, newest first.

``feed.xml`` at the root of each language (/feed.xml, /en/feed.xml); every page announces its
language's feed in its head, so feed readers and the national portal find it from any address.
An entry is dated by the last change of the sources it is made from (kit.core.history: git,
or the file's date for an edit not yet committed), not by the build, so an unchanged site
gives the same feed. Plain Python: the plugin collects the pages as it renders them and calls
:func:`feed_xml` once per language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kit.build.siteconfig import absolute_url
from kit.core.generated import MARKER as GENERATED_MARKER
from kit.core.history import History

FEED_FILE = "feed.xml"  # at the root of each language's pages
FEED_TYPE = "application/atom+xml"
LIMIT = 100  # entries per feed: the newest changes; older ones are on the site
ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ET.register_namespace("", ATOM)

# What an entry is, as the feed's <category> says it (the labels are in kit/labels/*.yml).
KINDS = ("page", "exhibition", "photo", "infographic", "province")


@dataclass(frozen=True)
class FeedPage:
    """One published page as a feed entry, before it is dated."""

    url: str  # as MkDocs gives it: "en/about/"
    title: str
    summary: str
    kind: str  # one of KINDS
    sources: tuple[Path, ...]  # the files it is made from: its date is their newest change
    image: str = ""  # site-root path of its picture (an exhibition photo), or ""


@dataclass
class FeedCollector:
    """The pages of each language, collected while they are rendered."""

    pages: dict[str, dict[str, FeedPage]] = field(default_factory=dict)

    def add(self, language: str, page: FeedPage) -> None:
        self.pages.setdefault(language, {})[page.url] = page

    def take(self, language: str) -> list[FeedPage]:
        """The pages of ``language`` (forgotten here: the next build collects them again)."""
        return list(self.pages.pop(language, {}).values())


def generated_folders(docs_dir: Path) -> set[Path]:
    """Folders of docs/ the build writes (kit.core.generated): dated by their sources."""
    return {marker.parent for marker in docs_dir.rglob(GENERATED_MARKER)}


def page_kind_and_sources(
    src_uri: str,
    meta: Mapping[str, Any],
    docs_dir: Path,
    exhibitions: Sequence[Any],
    infographics: Sequence[Any],
    generated: set[Path],
) -> tuple[str, tuple[Path, ...]] | None:
    """What a page is and which source files date it; None for pages left out of the feed
    (section lists, which change with every entry in them; generated pages of unknown kind)."""
    view = meta.get("campaign_view")
    if view in ("exhibition", "exhibition-item"):
        exhibition = next((e for e in exhibitions if e.slug == meta.get("exhibition")), None)
        if exhibition is None:
            return None
        metadata = exhibition.folder / "exhibition.yml"
        if view == "exhibition":
            return "exhibition", (metadata,)
        item = next((i for i in exhibition.items if i.id == meta.get("item")), None)
        if item is None:
            return None
        # A photo is new when its file is; a caption edit changes exhibition.yml for all.
        media = item.file or item.poster
        return "photo", ((media,) if media else (metadata,))
    if view == "infographic":
        infographic = next((i for i in infographics if i.slug == meta.get("infographic")), None)
        return ("infographic", (infographic.file,)) if infographic else None
    source = docs_dir / src_uri
    if view == "province":
        return "province", (source, source.parent / "province.yml")
    if view in ("exhibitions", "infographics", "provinces") or any(
        folder in source.parents for folder in generated
    ):
        return None
    return "page", (source,)


def dated(pages: Iterable[FeedPage], history: History) -> list[tuple[FeedPage, datetime]]:
    """The pages with their dates, newest first (ties by address: the same order each build)."""
    entries = []
    for page in pages:
        when = history.newest([path for path in page.sources if path.exists()])
        if when is not None:
            entries.append((page, when.astimezone(UTC).replace(microsecond=0)))
    entries.sort(key=lambda entry: (-entry[1].timestamp(), entry[0].url))
    return entries


def _stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def feed_xml(
    language: str,
    site_url: str,
    feed_path: str,
    home_path: str,
    title: str,
    subtitle: str,
    author: str,
    kinds: Mapping[str, str],
    entries: Sequence[tuple[FeedPage, datetime]],
    limit: int = LIMIT,
) -> bytes:
    """The Atom document (RFC 4287) of one language. ``feed_path`` and ``home_path`` are
    site-root paths ("en/feed.xml", "en/"); ``kinds`` names each kind of entry in the
    language. Texts are escaped by the XML writer: nothing in them can become markup."""
    feed_url = absolute_url(site_url, feed_path)
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: language})
    _add(feed, "id", feed_url)
    _add(feed, "title", title)
    if subtitle:
        _add(feed, "subtitle", subtitle)
    shown = list(entries)[:limit]
    newest = max((when for _, when in shown), default=datetime(2000, 1, 1, tzinfo=UTC))
    _add(feed, "updated", _stamp(newest))
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "type": FEED_TYPE, "href": feed_url})
    ET.SubElement(
        feed,
        f"{{{ATOM}}}link",
        {"rel": "alternate", "type": "text/html", "href": absolute_url(site_url, home_path)},
    )
    _add(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", author or title)
    _add(feed, "generator", "ASEAN campaign kit")
    for page, when in shown:
        address = absolute_url(site_url, page.url)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry", {XML_LANG: language})
        _add(entry, "id", address)
        _add(entry, "title", page.title)
        _add(entry, "updated", _stamp(when))
        ET.SubElement(
            entry, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": address}
        )
        if page.image:
            ET.SubElement(
                entry,
                f"{{{ATOM}}}link",
                {
                    "rel": "enclosure",
                    "type": "image/jpeg",
                    "href": absolute_url(site_url, page.image),
                },
            )
        ET.SubElement(
            entry, f"{{{ATOM}}}category", {"term": page.kind, "label": kinds.get(page.kind, "")}
        )
        if page.summary:
            _add(entry, "summary", page.summary)
    ET.indent(feed, space=" ")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _add(parent: ET.Element, name: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = _xml_text(text)
    return element


def _xml_text(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot hold (the writer escapes the
    rest)."""
    return "".join(ch for ch in str(text) if ch in "\t\n\r" or _xml_char(ord(ch)))


def _xml_char(code: int) -> bool:
    return code >= 0x20 and code not in (0xFFFE, 0xFFFF) and not 0xD800 <= code <= 0xDFFF


def write_feed(site_dir: Path, prefix: str, content: bytes) -> Path:
    """Write the feed of the language whose pages start at ``prefix`` ("" or "en/")."""
    target = site_dir / prefix / FEED_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return target
