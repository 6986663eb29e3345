"""Find broken links and images in a built site, by reading its files (no server needed).

Every page is read for the addresses a browser would follow or load: links (a, area, link),
images (img src and srcset, picture source, video poster), scripts, video and audio files,
frames, and the share picture (og:image, twitter:image). Each address must lead to a file in
the site; a link with "#part" must lead to an element with that id. Style sheets are read for
their url(...) references (fonts, icons).

Three kinds of builds are understood:
- a site at the root of its domain (site_url https://example.org/): "/about/" is a page;
- a site under a sub-path (https://portal.example.gov.vn/asean/): "/asean/about/" is a page
  and "/about/" is outside the site, so it is broken;
- the offline kiosk bundle (``offline=True``), opened from the disk: an address starting
  with "/" and a link to a folder ("about/" instead of "about/index.html") do not work there.

Addresses on other websites are not checked (no network); full addresses of the site itself
(https://example.org/about/, used by canonical and share tags) are.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# (tag, attribute) pairs whose value is one address.
URL_ATTRIBUTES = {
    ("a", "href"),
    ("area", "href"),
    ("link", "href"),
    ("img", "src"),
    ("source", "src"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("track", "src"),
    ("script", "src"),
    ("iframe", "src"),
    ("embed", "src"),
    ("object", "data"),
}
# (tag, attribute) pairs whose value is a list of "address width" candidates.
SRCSET_ATTRIBUTES = {("img", "srcset"), ("source", "srcset")}
# <meta property=... content=address> tags that point to files of the site.
META_URLS = {"og:image", "og:url", "twitter:image"}
# Addresses a file cannot satisfy: mail, phone, scripts, inline data.
NOT_FILES = ("mailto:", "tel:", "javascript:", "data:", "sms:", "geo:")
CSS_URL = re.compile(r"""url\(\s*(['"]?)(?P<url>[^'")]+)\1\s*\)""")


@dataclass(frozen=True)
class BrokenLink:
    """One address that leads nowhere, with where it was found."""

    page: str  # path of the page (or style sheet) inside the site, with "/"
    line: int
    source: str  # what holds the address, e.g. "<img srcset>"
    url: str
    problem: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.source} {self.url!r}: {self.problem}"


@dataclass
class Report:
    pages: int = 0
    checked: int = 0
    external: int = 0
    broken: list[BrokenLink] = field(default_factory=list)


@dataclass(frozen=True)
class _Reference:
    line: int
    source: str
    url: str
    fragment_matters: bool  # a link to a part of a page (only <a>/<area> go to a place)


class _PageReader(HTMLParser):
    """Collects the addresses and the ids of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.references: list[_Reference] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        for name, value in values.items():
            if (tag, name) in URL_ATTRIBUTES:
                fragment = tag in ("a", "area")
                self.references.append(_Reference(line, f"<{tag} {name}>", value, fragment))
            elif (tag, name) in SRCSET_ATTRIBUTES:
                for candidate in split_srcset(value):
                    self.references.append(_Reference(line, f"<{tag} {name}>", candidate, False))
        if tag == "meta" and values.get("property", values.get("name")) in META_URLS:
            kind = values.get("property") or values.get("name")
            self.references.append(
                _Reference(line, f'<meta "{kind}">', values.get("content", ""), False)
            )

    handle_startendtag = handle_starttag


def split_srcset(value: str) -> list[str]:
    """The addresses of a srcset ("a.webp 480w, b.webp 960w" -> ["a.webp", "b.webp"])."""
    addresses = []
    for candidate in value.split(","):
        parts = candidate.split()
        if parts:
            addresses.append(parts[0])
    return addresses


class SiteLinks:
    """Checks every page of one built site; pages are read once and their ids kept."""

    def __init__(self, site_dir: Path, site_url: str | None = None, offline: bool = False):
        self.site_dir = site_dir
        self.offline = offline
        self.site_url = site_url or guess_site_url(site_dir) or ""
        path = urlsplit(self.site_url).path or "/"
        self.base_path = path if path.endswith("/") else path + "/"
        self._ids: dict[Path, set[str]] = {}

    def check(self) -> Report:
        report = Report()
        for page in sorted(self.site_dir.rglob("*.html")):
            report.pages += 1
            reader = self._read(page)
            for reference in reader.references:
                self._check_reference(page, reference, report)
        for sheet in sorted(self.site_dir.rglob("*.css")):
            text = sheet.read_text(encoding="utf-8", errors="replace")
            for match in CSS_URL.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                reference = _Reference(line, "url() in style sheet", match["url"], False)
                self._check_reference(sheet, reference, report)
        return report

    def _read(self, page: Path) -> _PageReader:
        reader = _PageReader()
        reader.feed(page.read_text(encoding="utf-8", errors="replace"))
        reader.close()
        self._ids[page] = reader.ids
        return reader

    def _ids_of(self, page: Path) -> set[str]:
        if page not in self._ids:
            self._read(page)
        return self._ids[page]

    def _check_reference(self, page: Path, reference: _Reference, report: Report) -> None:
        problem = self._problem(page, reference, report)
        if problem:
            report.broken.append(
                BrokenLink(
                    page.relative_to(self.site_dir).as_posix(),
                    reference.line,
                    reference.source,
                    reference.url,
                    problem,
                )
            )

    def _problem(self, page: Path, reference: _Reference, report: Report) -> str | None:
        url = reference.url.strip()
        if not url:
            return "empty address"
        if url.lower().startswith(NOT_FILES):
            return None
        parts = urlsplit(url)
        if parts.scheme or url.startswith("//"):
            own = self.site_url and url.startswith(self.site_url)
            if not own or self.offline:
                report.external += 1
                return None
            path = self.base_path + url[len(self.site_url) :].split("#")[0].split("?")[0]
        else:
            path = parts.path
        report.checked += 1
        fragment = unquote(parts.fragment)
        if not path:  # "#part" or "?query": this very page
            target = page
        else:
            target_or_problem = self._target(page, unquote(path))
            if isinstance(target_or_problem, str):
                return target_or_problem
            target = target_or_problem
        if (
            fragment
            and reference.fragment_matters
            and target.suffix == ".html"
            and fragment not in self._ids_of(target)
        ):
            return f'no element with id="{fragment}" in {self._show(target)}'
        return None

    def _target(self, page: Path, path: str) -> Path | str:
        """The file an address leads to, or why it leads nowhere."""
        if path.startswith("/"):
            if self.offline:
                return "an address starting with / does not work when opened from the disk"
            if not path.startswith(self.base_path) and path + "/" != self.base_path:
                return f"outside the site's address {self.base_path}"
            relative = path[len(self.base_path) :]
        else:
            folder = page.parent.relative_to(self.site_dir).as_posix()
            relative = posixpath.join("" if folder == "." else folder, path)
        wants_folder = relative == "" or relative.endswith("/")
        normal = posixpath.normpath(relative) if relative else "."
        if normal == ".." or normal.startswith("../"):
            return "goes above the top folder of the site"
        target = self.site_dir / normal
        if wants_folder or target.is_dir():
            if self.offline:
                return "a link to a folder does not work from the disk; it must end in index.html"
            target = target / "index.html"
        if not target.is_file():
            return f"no file {self._show(target)}"
        return target

    def _show(self, target: Path) -> str:
        return target.relative_to(self.site_dir).as_posix()


def guess_site_url(site_dir: Path) -> str | None:
    """The site's address, read from the home page's canonical link (or None)."""
    home = site_dir / "index.html"
    if not home.is_file():
        return None
    match = re.search(r'<link\s+rel="canonical"\s+href="([^"]+)"', home.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def check_site(site_dir: Path, site_url: str | None = None, offline: bool = False) -> Report:
    """Every broken link and image of the site in ``site_dir``."""
    return SiteLinks(site_dir, site_url, offline).check()
