"""The site search index: one small JavaScript file per language, built from the pages.

Why a script and not JSON: a kiosk opens the site from file://, where browsers refuse fetch,
XHR and web workers. A ``<script src>`` still loads, so each index is a script that stores the
pages in a global (``campaignSearchIndex[lang]``); docs/assets/javascripts/search.js adds that
tag only when the visitor opens search, so pages stay light.

The index holds, for every page of one language: its address relative to the site root, title,
a thumbnail, its headings and its text (NFC). Matching, accent folding and ranking happen in
the browser (search.js); this module only extracts and writes, and is plain Python.
"""

from __future__ import annotations

import json
import time
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from kit.core.slugs import fold

INDEX_FOLDER = "search"  # inside the built site, next to the pages
MAX_TEXT = 20_000  # characters of body text kept per page: bounds the index on huge pages
GLOBAL = "campaignSearchIndex"
FORMAT_VERSION = 1

# Elements whose text a reader does not see as content ("¶" permalinks, footnote arrows).
_SKIPPED_CLASSES = {"headerlink", "footnote-backref"}
_SKIPPED_TAGS = {"script", "style", "template", "svg", "noscript"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Tags that do not separate words: "<strong>Hà</strong> Nội" stays two words, "x<sup>2</sup>"
# stays one. Every other tag ends a word, so "<dt>Thời gian</dt><dd>1995</dd>" does not glue.
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
}  # fmt: skip
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}  # fmt: skip


@dataclass(frozen=True)
class PageText:
    headings: list[str]
    text: str
    first_image: str | None  # src (or smallest srcset candidate) of the first <img>, as written


@dataclass(frozen=True)
class SearchEntry:
    """One page in the index; ``url`` and ``thumbnail`` are relative to the site root."""

    url: str
    title: str
    headings: tuple[str, ...]
    text: str
    thumbnail: str = ""

    def as_row(self) -> list[str]:
        return [self.url, self.title, self.thumbnail, " · ".join(self.headings), self.text]


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[str] = []
        self.parts: list[str] = []
        self.first_image: str | None = None
        self._skip_depth = 0  # >0 while inside an element whose text is skipped
        self._stack: list[tuple[str, bool]] = []  # (tag, skips its content)
        self._heading: list[str] | None = None
        self._after_value = False  # a <dd> just ended: the next <dt> gets a separator

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "img" and self.first_image is None and not self._skip_depth:
            srcset = attributes.get("srcset") or ""
            self.first_image = smallest_candidate(srcset) or attributes.get("src")
        if tag in _VOID:
            self._separate()
            return
        classes = set((attributes.get("class") or "").split())
        skips = (
            tag in _SKIPPED_TAGS
            or bool(classes & _SKIPPED_CLASSES)
            or "data-search-exclude" in attributes
        )
        self._stack.append((tag, skips))
        if tag == "dt" and self._after_value and not self._skip_depth:
            self.parts.append(" ·")  # "Thời gian: 1995 · Địa điểm: Bru-nây"
        if skips:
            self._skip_depth += 1
        elif tag in _HEADINGS and self._heading is None and not self._skip_depth:
            self._heading = []
        if tag not in _INLINE:
            self._separate()

    def handle_endtag(self, tag: str) -> None:
        # Pop up to the matching tag: tolerates unclosed <p> and <li> in hand-written HTML;
        # a stray end tag with nothing to match is ignored.
        while any(open_tag == tag for open_tag, _ in self._stack):
            open_tag, skips = self._stack.pop()
            if skips:
                self._skip_depth -= 1
            if open_tag in _HEADINGS and self._heading is not None:
                heading = _collapse("".join(self._heading))
                if heading:
                    self.headings.append(heading)
                self._heading = None
            if open_tag == tag:
                break
        if tag == "dt" and not self._skip_depth and self._heading is None:
            self.parts.append(":")  # "Thời gian: 15 tháng 12, 1998" in result snippets
        if tag in ("dd", "dl"):
            self._after_value = tag == "dd"
        if tag not in _INLINE:
            self._separate()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._heading is not None:
            self._heading.append(data)
        else:
            self.parts.append(data)

    def _separate(self) -> None:
        if self._heading is not None:
            self._heading.append(" ")
        else:
            self.parts.append(" ")


def _collapse(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def extract_text(html: str) -> PageText:
    """Headings and body text of a page's rendered content (not the theme around it)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return PageText(parser.headings, _collapse("".join(parser.parts)), parser.first_image)


def smallest_candidate(srcset: str) -> str | None:
    """The narrowest image in a ``srcset`` ("a-480.webp 480w, a-960.webp 960w" -> a-480.webp)."""
    candidates: list[tuple[float, str]] = []
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts:
            continue
        descriptor = parts[1] if len(parts) > 1 else "1x"
        try:
            size = float(descriptor[:-1])
        except ValueError:
            continue
        candidates.append((size, parts[0]))
    return min(candidates)[1] if candidates else None


def site_path(link: str, page_url: str) -> str:
    """A page-relative link as a path from the site root; "" for links off the site."""
    base = "http://site.invalid/"
    absolute = urljoin(urljoin(base, page_url), link)
    if not absolute.startswith(base) or urlsplit(link).scheme:
        return ""
    return absolute[len(base) :]


def view_thumbnail(view: Mapping[str, object] | None) -> str | None:
    """The smallest picture of an exhibition item (or an exhibition's cover), page-relative."""
    if not view:
        return None
    item = view.get("item")
    image = item.get("image") if isinstance(item, Mapping) else None
    if image is None and "sections" in view:
        card = view.get("exhibition")
        image = card.get("cover") if isinstance(card, Mapping) else None
    if not isinstance(image, Mapping):
        return None
    return smallest_candidate(str(image.get("srcset") or "")) or str(image.get("src") or "")


def should_index(meta: Mapping[str, object], translated: bool) -> bool:
    """Leave out pages marked ``search: {exclude: true}`` (Material's convention, used by the
    translation status page) and pages shown in the other language because a translation is
    missing: they would show up as results in the wrong language."""
    search = meta.get("search")
    excluded = isinstance(search, Mapping) and bool(search.get("exclude"))
    return translated and not excluded


def entry_for_page(
    url: str, title: str, content: str, view: Mapping[str, object] | None = None
) -> SearchEntry:
    """The index entry for one rendered page (``url`` as MkDocs gives it: "about/")."""
    page = extract_text(content)
    title = _collapse(title)
    headings = tuple(h for h in page.headings if fold(h) != fold(title))
    picture = view_thumbnail(view) or page.first_image
    thumbnail = site_path(picture, url) if picture else ""
    return SearchEntry(url, title, headings, page.text[:MAX_TEXT], thumbnail)


def index_script(language: str, entries: list[SearchEntry]) -> str:
    """The JavaScript file for one language; the same pages always give the same bytes."""
    payload = {
        "version": FORMAT_VERSION,
        "lang": language,
        "pages": [entry.as_row() for entry in sorted(entries, key=lambda e: e.url)],
    }
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return (
        "/* Search index generated by the build (scripts/kit/search/index.py); do not edit. */\n"
        f"(window.{GLOBAL}=window.{GLOBAL}||{{}})[{json.dumps(language)}]={data};\n"
    )


def index_path(site_dir: Path, language: str) -> Path:
    return site_dir / INDEX_FOLDER / f"index.{language}.js"


def written_entries(path: Path) -> dict[str, SearchEntry]:
    """The entries of an index written by index_script, by address (none if unreadable)."""
    try:
        script = path.read_text(encoding="utf-8")
        rows = json.loads(script.split("=", 2)[2].rstrip().removesuffix(";"))["pages"]
    except (OSError, ValueError, IndexError, KeyError):
        return {}
    return {
        url: SearchEntry(url, title, (headings,) if headings else (), text, thumbnail)
        for url, title, thumbnail, headings, text in rows
    }


@dataclass(frozen=True)
class IndexReport:
    path: Path
    pages: int
    size: int  # bytes
    seconds: float  # spent extracting text and writing, for this language

    def __str__(self) -> str:
        return (
            f"{self.pages} pages, {self.size / 1024:.0f} KB in {self.path.name}, "
            f"built in {self.seconds:.2f} s"
        )


@dataclass
class IndexCollector:
    """Pages collected during one language's build, written when that build ends.

    mkdocs-static-i18n runs the build once per language; entries are kept per language and
    keyed by address, so a page rendered twice (``mkdocs serve``) is not listed twice.
    """

    pages: dict[str, dict[str, SearchEntry]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    def add_page(
        self,
        language: str,
        url: str,
        title: str,
        content: str,
        view: Mapping[str, object] | None = None,
    ) -> None:
        start = time.perf_counter()
        self.pages.setdefault(language, {})[url] = entry_for_page(url, title, content, view)
        self._spent(language, start)

    def write(self, site_dir: Path, language: str, keep: bool = False) -> IndexReport:
        """Write the language's index and forget its pages. With ``keep`` (a --dirty build,
        which renders only the changed pages) the pages of the index already there stay."""
        start = time.perf_counter()
        path = index_path(site_dir, language)
        pages = written_entries(path) if keep else {}
        entries = list({**pages, **self.pages.pop(language, {})}.values())
        path.parent.mkdir(parents=True, exist_ok=True)
        data = index_script(language, entries).encode("utf-8")
        path.write_bytes(data)
        self._spent(language, start)
        return IndexReport(path, len(entries), len(data), self.seconds.pop(language))

    def _spent(self, language: str, start: float) -> None:
        self.seconds[language] = self.seconds.get(language, 0.0) + time.perf_counter() - start
