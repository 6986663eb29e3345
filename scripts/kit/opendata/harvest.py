"""Harvest: bring other sites' open data (kit/opendata/export.py) into this site.

The national site lists the provinces' sites under ``extra: kit: harvest:`` in mkdocs.yml:

    extra:
      kit:
        harvest:
          - name: lao-cai                                   # a short name, used in folder names
            from: https://asean.laocai.gov.vn/data/campaign-v1.json
          - name: hue
            from: ../asean-hue/site                         # a built site's folder, or a .zip

``harvest(project, sources)`` fetches each export (https only, with size and time limits),
checks it against the schema and for anything that could run in a browser, takes its images
only if they decode as real photos (kit/media/pipeline.py), and writes each province as a
normal province folder (docs/provinces/<id>/) and each exhibition as a normal exhibition folder
(exhibitions/<source>-<id>/), with a link back to the province's site. The written folders are
then loaded with the site's own loaders: a source that would make the build fail is refused as
a whole and nothing of it is written. The folders are ordinary content the national editors
commit: the build never fetches anything.

Whatever a source holds, the outcome is a sentence naming the source and the reason, never a
traceback, and the other sources are harvested all the same.
"""

from __future__ import annotations

import json
import re
import shutil
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import yaml

from kit.core import languages as site_languages
from kit.core.generated import plain
from kit.core.labels import labels_for
from kit.core.problems import Problem
from kit.core.slugs import slugify
from kit.core.textcompare import find_markers
from kit.exhibitions.content import METADATA_FILE as EXHIBITION_FILE
from kit.exhibitions.content import load_exhibition
from kit.media.pipeline import MediaError, check_image
from kit.messages import t
from kit.opendata import export, validator
from kit.provinces.content import METADATA_FILE as PROVINCE_FILE
from kit.provinces.content import load_province
from kit.quality import safe_content
from kit.translations.yaml_fields import check_yaml_file

MARKER = ".harvested.json"  # in every folder harvest wrote: which source it came from
EXHIBITIONS = "exhibitions"  # next to mkdocs.yml
PROVINCES = Path("docs") / "provinces"
STAGING = Path(".cache") / "harvest"
MAX_EXPORT_BYTES = 20 * 1024 * 1024  # the national demo's export is about 0.1 MB
MAX_IMAGE_BYTES = 15 * 1024 * 1024  # a published image is a resized WebP of some 100 KB
MAX_SOURCE_BYTES = 400 * 1024 * 1024  # everything taken from one source
MAX_ZIP_MEMBERS = 20_000
TIMEOUT = 20  # seconds without an answer before a request is given up
DEADLINE = 600  # seconds for the whole of one source
IMAGE_FORMATS = {"WEBP": ".webp", "JPEG": ".jpg", "PNG": ".png"}
_MARKUP = re.compile(r"<[A-Za-z!/?]")  # what a browser starts a tag or comment with
_LINK_TARGETS = (
    re.compile(r"\]\(\s*<?([^)\s>]*)"),  # [text](target) and ![alt](target)
    re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*<?(\S*?)>?(?:\s|$)", re.MULTILINE),  # [ref]: target
)
_SAFE_LINK = re.compile(r"^(https?://|mailto:|tel:)", re.IGNORECASE)
_ADDRESS_KEYS = {"url", "website", "video"}  # values that are addresses, not texts
_SOURCE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Refused(Exception):
    """A source that is not harvested; the message says why, for the person running it."""


@dataclass(frozen=True)
class Source:
    name: str  # "lao-cai": a web address part, used in folder names
    location: str  # an https address, a folder or a .zip file (relative to the project)


@dataclass
class Outcome:
    """What happened to one source."""

    source: Source
    refused: str = ""  # the reason, when nothing was harvested
    provinces: list[str] = field(default_factory=list)  # folders written
    exhibitions: list[str] = field(default_factory=list)
    images: int = 0
    notes: list[str] = field(default_factory=list)  # what was left out, and why

    def summary(self) -> str:
        name = self.source.name
        if self.refused:
            return t(
                "{name}: REFUSED ({where}): {reason}",
                name=name,
                where=self.source.location,
                reason=self.refused,
            )
        text = t(
            "{name}: {provinces} province(s), {exhibitions} exhibition(s), {images} image(s) "
            "harvested",
            name=name,
            provinces=len(self.provinces),
            exhibitions=len(self.exhibitions),
            images=self.images,
        )
        return "\n".join([text, *(f"    - {note}" for note in self.notes)])


# ── the list of sources in mkdocs.yml ───────────────────────────────────────────────────


def sources_from_config(config: Mapping[str, Any]) -> list[Source]:
    """The sources under ``extra: kit: harvest:``; Refused (naming mkdocs.yml) if malformed."""
    extra = config.get("extra") if isinstance(config, Mapping) else None
    kit = extra.get("kit") if isinstance(extra, Mapping) else None
    entries = kit.get("harvest") if isinstance(kit, Mapping) else None
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise Refused(t("mkdocs.yml: 'harvest:' must be a list of '- name: ... from: ...' entries"))
    sources = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping) or set(entry) - {"name", "from"}:
            raise Refused(
                t(
                    "mkdocs.yml: harvest entry {number} must have only 'name:' and 'from:'",
                    number=number,
                )
            )
        sources.append(source(str(entry.get("name", "")), str(entry.get("from", ""))))
    names = [s.name for s in sources]
    for name in names:
        if names.count(name) > 1:
            raise Refused(t("mkdocs.yml: two harvest entries are named '{name}'", name=name))
    return sources


def source(name: str, location: str) -> Source:
    if not _SOURCE_NAME.match(name):
        raise Refused(
            t(
                "the harvest name '{name}' is not a web address part: use '{slug}' (lower-case "
                "letters, digits and dashes)",
                name=name,
                slug=slugify(name) or "lao-cai",
            )
        )
    if not location.strip():
        raise Refused(t("the harvest entry '{name}' has no 'from:' address or folder", name=name))
    return Source(name, location.strip())


# ── reading a source: an https address, a folder or a zip ────────────────────────────────


class _Budget:
    """Bytes and seconds left for one source."""

    def __init__(self) -> None:
        self.bytes = MAX_SOURCE_BYTES
        self.deadline = time.monotonic() + DEADLINE

    def spend(self, count: int) -> None:
        self.bytes -= count
        if self.bytes < 0:
            raise Refused(
                t("the source holds more than {size} MB in all", size=MAX_SOURCE_BYTES >> 20)
            )
        if time.monotonic() > self.deadline:
            raise Refused(
                t("reading the source took more than {seconds} seconds", seconds=DEADLINE)
            )


class _Reader:
    """Reads the export and its images from where the source is."""

    def __init__(self, budget: _Budget) -> None:
        self.budget = budget
        self.site_url = ""  # the exported site's address: image addresses start with it

    def export(self) -> bytes:
        raise NotImplementedError

    def image(self, url: str) -> bytes:
        raise NotImplementedError

    def relative(self, url: str) -> str:
        """The path of ``url`` inside the exported site (images of a folder or zip)."""
        base = self.site_url if self.site_url.endswith("/") else self.site_url + "/"
        if not url.startswith(base):
            raise MediaError(t("the image is not on the exported site ({site})", site=base))
        path = PurePosixPath(urlsplit(url[len(base) - 1 :]).path.lstrip("/"))
        if not path.parts or ".." in path.parts:
            raise MediaError(t("the image address is not a file of the site"))
        return path.as_posix()


def _too_big(what: str, size: int, limit: int) -> Refused:
    return Refused(
        t(
            "{what} is {size} MB, more than the {limit} MB limit",
            what=what,
            size=round(size / 1048576, 1),
            limit=limit >> 20,
        )
    )


class _Folder(_Reader):
    """A built site's folder (site/), or a folder holding campaign-v1.json."""

    def __init__(self, folder: Path, budget: _Budget) -> None:
        super().__init__(budget)
        self.folder = folder.resolve()

    def _file(self, relative: str, limit: int, what: str) -> bytes:
        path = (self.folder / relative).resolve()
        if self.folder not in path.parents or not path.is_file():
            raise FileNotFoundError(relative)
        if (self.folder / relative).is_symlink():
            raise FileNotFoundError(relative)
        size = path.stat().st_size
        if size > limit:
            raise _too_big(what, size, limit)
        self.budget.spend(size)
        return path.read_bytes()

    def export(self) -> bytes:
        for relative in (f"{export.FOLDER}/{export.EXPORT_FILE}", export.EXPORT_FILE):
            try:
                return self._file(relative, MAX_EXPORT_BYTES, export.EXPORT_FILE)
            except FileNotFoundError:
                continue
        raise Refused(
            t(
                "no {file} in {folder}: give the folder of the built site (the one holding "
                "data/{file})",
                file=export.EXPORT_FILE,
                folder=self.folder,
            )
        )

    def image(self, url: str) -> bytes:
        try:
            return self._file(self.relative(url), MAX_IMAGE_BYTES, t("the image"))
        except FileNotFoundError:
            raise MediaError(t("the image is not in the folder")) from None
        except Refused as error:
            raise MediaError(str(error)) from None


class _Zip(_Reader):
    """A zip of a built site (or of its data/ folder)."""

    def __init__(self, path: Path, budget: _Budget) -> None:
        super().__init__(budget)
        try:
            self.archive = zipfile.ZipFile(path)
            members = self.archive.infolist()
        except (OSError, zipfile.BadZipFile) as error:
            raise Refused(
                t(
                    "{file} is not a zip file that can be opened ({reason})",
                    file=path.name,
                    reason=error,
                )
            ) from None
        if len(members) > MAX_ZIP_MEMBERS:
            raise Refused(t("the zip holds more than {count} files", count=MAX_ZIP_MEMBERS))
        # A site zipped with its folder: "site/data/campaign-v1.json".
        names = {info.filename: info for info in members if not info.is_dir()}
        suffix = f"{export.FOLDER}/{export.EXPORT_FILE}"
        found = sorted(
            n for n in names if n == suffix or n.endswith("/" + suffix) or n == export.EXPORT_FILE
        )
        self.root = found[0][: -len(suffix)] if found and found[0].endswith(suffix) else ""
        self.members = names
        self.export_name = found[0] if found else None

    def _member(self, name: str, limit: int, what: str) -> bytes:
        info = self.members.get(name)
        if info is None:
            raise FileNotFoundError(name)
        if info.file_size > limit:
            raise _too_big(what, info.file_size, limit)
        self.budget.spend(info.file_size)
        with self.archive.open(info) as stream:
            data = stream.read(limit + 1)  # the size in the directory may lie
        if len(data) > limit:
            raise _too_big(what, len(data), limit)
        return data

    def export(self) -> bytes:
        if self.export_name is None:
            raise Refused(t("the zip holds no {file}", file=export.EXPORT_FILE))
        try:
            return self._member(self.export_name, MAX_EXPORT_BYTES, export.EXPORT_FILE)
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise Refused(t("the zip is damaged ({reason})", reason=error)) from None

    def image(self, url: str) -> bytes:
        try:
            return self._member(self.root + self.relative(url), MAX_IMAGE_BYTES, t("the image"))
        except FileNotFoundError:
            raise MediaError(t("the image is not in the zip")) from None
        except Refused as error:
            raise MediaError(str(error)) from None
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise MediaError(t("the zip is damaged ({reason})", reason=error)) from None


class _HttpsOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme != "https":
            raise Refused(
                t("the address redirects to {address}, which is not https", address=newurl)
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


Opener = Callable[[str, float], Any]  # (url, timeout) -> a response with .read(n), .headers


def _open_https(url: str, timeout: float) -> Any:
    opener = urllib.request.build_opener(_HttpsOnlyRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": "asean-campaign-kit-harvest/1"})
    return opener.open(request, timeout=timeout)


class _Web(_Reader):
    """An https address of campaign-v1.json; images from the same host only."""

    def __init__(self, url: str, budget: _Budget, opener: Opener = _open_https) -> None:
        super().__init__(budget)
        self.url = url
        self.host = urlsplit(url).netloc
        self.opener = opener

    def fetch(self, url: str, limit: int, what: str) -> bytes:
        parts = urlsplit(url)
        if parts.scheme != "https":
            raise Refused(t("only https addresses are harvested, not {address}", address=url))
        try:
            with self.opener(url, TIMEOUT) as response:
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise _too_big(what, int(declared), limit)
                chunks, size = [], 0
                while True:
                    chunk = response.read(1 << 16)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > limit:
                        raise _too_big(what, size, limit)
                    self.budget.spend(len(chunk))
                    chunks.append(chunk)
                return b"".join(chunks)
        except Refused:
            raise
        except urllib.error.HTTPError as error:
            raise Refused(
                t(
                    "{address} answered {code} {reason}",
                    address=url,
                    code=error.code,
                    reason=error.reason,
                )
            ) from None
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            raise Refused(
                t("{address} could not be read ({reason})", address=url, reason=reason)
            ) from None

    def export(self) -> bytes:
        return self.fetch(self.url, MAX_EXPORT_BYTES, export.EXPORT_FILE)

    def image(self, url: str) -> bytes:
        if urlsplit(url).netloc != self.host:
            raise MediaError(
                t("the image is on another host than the export ({host})", host=self.host)
            )
        try:
            return self.fetch(url, MAX_IMAGE_BYTES, t("the image"))
        except Refused as error:
            raise MediaError(str(error)) from None


def reader_for(
    source: Source, project: Path, budget: _Budget, opener: Opener = _open_https
) -> _Reader:
    location = source.location
    scheme = urlsplit(location).scheme.lower()
    if scheme == "https":
        return _Web(location, budget, opener)
    if "://" in location or scheme in ("http", "ftp", "file", "data", "javascript"):
        raise Refused(t("only https addresses are harvested, not {address}", address=location))
    path = (project / location).expanduser()
    if path.is_dir():
        return _Folder(path, budget)
    if path.is_file() and path.suffix.lower() == ".zip":
        return _Zip(path, budget)
    raise Refused(
        t("{location} is neither an https address, a folder nor a .zip file", location=location)
    )


# ── checking an export ──────────────────────────────────────────────────────────────────


def parse(data: bytes) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused(t("the export is not UTF-8 text")) from None
    try:
        return json.loads(text)
    except RecursionError:
        raise Refused(t("the export is nested too deeply to be read")) from None
    except ValueError as error:
        head = text.lstrip()[:15].lower()
        if head.startswith(("<!doctype", "<html")):
            raise Refused(
                t("the address gives a web page, not {file}", file=export.EXPORT_FILE)
            ) from None
        raise Refused(t("the export is not valid JSON ({reason})", reason=error)) from None


def _strings(node: Any, path: str = "$") -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, f"{path}[{index}]")


def check(document: Any, languages: tuple[str, ...]) -> None:
    """Refused, with the first few reasons, unless ``document`` is a valid, harmless export
    with texts in every one of ``languages``."""
    reasons: list[str] = []
    for path, text in _strings(document):
        is_address = path.rpartition(".")[2] in _ADDRESS_KEYS
        if (is_address and safe_content.blocked_link(text)) or any(
            safe_content.blocked_link(target) for target in _link_targets(text)
        ):
            reasons.append(t("{path} links to a script ('{text}')", path=path, text=_short(text)))
        elif _MARKUP.search(text):
            reasons.append(t("{path} holds HTML ('{text}')", path=path, text=_short(text)))
        elif next(find_markers(text), None) is not None:
            reasons.append(
                t("{path} still holds template text ('{text}')", path=path, text=_short(text))
            )
        if len(reasons) >= 5:
            break
    if not reasons:
        reasons = validator.errors(document, export.schema(), limit=5)
    if not reasons:
        missing = [code for code in languages if code not in document["site"]["languages"]]
        if missing:
            reasons = [
                t(
                    "the export has no texts in {languages}, which this site publishes",
                    languages=", ".join(missing),
                )
            ]
    if reasons:
        raise Refused("; ".join(reasons))


def _link_targets(text: str) -> list[str]:
    return [match.group(1) for pattern in _LINK_TARGETS for match in pattern.finditer(text)]


def _short(text: str, length: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def _keeps_links(markdown: str) -> bool:
    """True when every link of ``markdown`` is a full web, mail or phone address: a relative
    link pointed into the source site and would be broken here."""
    return all(_SAFE_LINK.match(target) for target in _link_targets(markdown))


# ── writing the folders ─────────────────────────────────────────────────────────────────


class _Writer:
    """Writes the folders of one source into a staging folder."""

    def __init__(
        self,
        source: Source,
        document: Mapping[str, Any],
        reader: _Reader,
        staging: Path,
        languages: tuple[str, ...],
    ) -> None:
        self.source = source
        self.document = document
        self.reader = reader
        self.staging = staging
        self.languages = languages
        self.outcome = Outcome(source)
        self.site = document["site"]

    def _text(self, value: Mapping[str, str] | None) -> dict[str, str] | None:
        if not value:
            return None
        return {code: value[code] for code in self.languages if code in value}

    def _name(self, value: Mapping[str, str] | None) -> dict[str, str] | str | None:
        """A field its site may write once for every language (a name, a place, a credit):
        written once again when it is the same in all, as the translation check expects."""
        texts = self._text(value)
        if texts and len(self.languages) > 1 and len(set(texts.values())) == 1:
            return next(iter(texts.values()))
        return texts

    def _markdown(self, value: Mapping[str, str] | None, where: str) -> dict[str, str] | None:
        """Markdown kept as it is when its links still work here; else shown as plain text."""
        texts = self._text(value)
        if texts and not all(_keeps_links(text) for text in texts.values()):
            self.outcome.notes.append(
                t(
                    "{where}: links inside the site it came from are shown as plain text",
                    where=where,
                )
            )
            return {code: plain(text) for code, text in texts.items()}
        return texts

    def _image(
        self, image: Mapping[str, Any] | None, folder: Path, stem: str, where: str
    ) -> str | None:
        """The image saved as ``stem`` + its type's suffix in ``folder``, or None (noted)."""
        if not image:
            return None
        try:
            data = self.reader.image(str(image["url"]))
            kind, _, _ = check_image(data, image["url"])
            if kind not in IMAGE_FORMATS:
                raise MediaError(
                    t("the image is a {format} file, not WebP, JPEG or PNG", format=kind)
                )
        except MediaError as error:
            self.outcome.notes.append(
                t(
                    "{where}: image {url} left out: {reason}",
                    where=where,
                    url=image["url"],
                    reason=error,
                )
            )
            return None
        name = f"{stem}{IMAGE_FORMATS[kind]}"
        (folder / name).write_bytes(data)
        self.outcome.images += 1
        return name

    def _attribution(self) -> dict[str, str]:
        name = self._text(self.site["name"]) or {}
        url = f"({self.site['url']})"
        return {
            code: " ".join(
                [labels_for(code)["open_data"]["harvested_from"], name.get(code, ""), url]
            )
            for code in self.languages
        }

    def write(self) -> None:
        exhibitions = [
            self._exhibition(e, number)
            for number, e in enumerate(self.document["exhibitions"], start=1)
        ]
        exhibitions = [e for e in exhibitions if e]
        for province in self.document["provinces"]:
            self._province(province, exhibitions)

    def _marker(self, folder: Path) -> None:
        record = {
            "source": self.source.name,
            "from": self.source.location,
            "site": self.site["url"],
        }
        (folder / MARKER).write_text(
            json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )

    def _exhibition(
        self, exhibition: Mapping[str, Any], number: int
    ) -> tuple[str, dict[str, str]] | None:
        slug = slugify(f"{self.source.name}-{exhibition['id']}")[:100].strip("-")
        folder = self.staging / EXHIBITIONS / slug
        folder.mkdir(parents=True)
        where = f"{EXHIBITIONS}/{slug}"
        credits = self._text(exhibition.get("credits"))
        attribution = self._attribution()
        data: dict[str, Any] = {
            "title": self._text(exhibition["title"]),
            "subtitle": self._text(exhibition.get("subtitle")),
            "intro": self._markdown(exhibition["intro"], where),
            "layout": exhibition.get("layout") or "themes",
            "order": 500 + number,  # after the site's own exhibitions
            "credits": {
                code: f"{credits[code]} · {attribution[code]}" if credits else attribution[code]
                for code in self.languages
            },
            "sections": [
                {
                    "id": s["id"],
                    "title": self._text(s["title"]),
                    "description": self._text(s.get("description")),
                }
                for s in exhibition.get("sections") or []
            ],
            "items": [],
        }
        cover = self._image(_own_cover(exhibition, "items"), folder, "cover", where)
        if cover:
            data["cover"] = cover
        for item in exhibition["items"]:
            entry = self._item(item, folder, f"{where} ({item['id']})")
            if entry:
                data["items"].append(entry)
        if not data["items"]:
            self.outcome.notes.append(
                t("{where}: left out, no item could be harvested", where=where)
            )
            shutil.rmtree(folder)
            return None
        used = {entry.get("section") for entry in data["items"]}
        data["sections"] = [s for s in data["sections"] if s["id"] in used]
        _write_yaml(folder / EXHIBITION_FILE, data)
        self._marker(folder)
        self.outcome.exhibitions.append(where)
        return slug, self._text(exhibition["title"]) or {}

    def _item(self, item: Mapping[str, Any], folder: Path, where: str) -> dict[str, Any] | None:
        entry: dict[str, Any] = {"id": item["id"]}
        if item["kind"] == "youtube" and item.get("youtube"):
            entry["youtube"] = item["youtube"]
        elif item["kind"] == "image":
            name = self._image(item.get("image"), folder, item["id"], where)
            if name is None:
                if not item.get("image"):
                    self.outcome.notes.append(t("{where}: left out, it has no image", where=where))
                return None
            entry["file"] = name
        else:
            self.outcome.notes.append(
                t("{where}: videos are not harvested; it stays on the province's site", where=where)
            )
            return None
        entry.update(
            {
                "section": item.get("section"),
                "caption": self._text(item["caption"]),
                "alt": self._text(item["alt"]),
                "date": item.get("date"),
                "place": self._name(item.get("place")),
                "credit": self._name(item.get("credit")),
                "license": item.get("license"),
                "description": self._markdown(item.get("description"), where),
            }
        )
        return entry

    def _province(
        self, province: Mapping[str, Any], exhibitions: list[tuple[str, dict[str, str]]]
    ) -> None:
        slug = province["id"]
        folder = self.staging / PROVINCES / slug
        folder.mkdir(parents=True)
        where = f"{PROVINCES.as_posix()}/{slug}"
        population = province.get("population")
        name = self._text(self.site["name"]) or {}
        data: dict[str, Any] = {
            "name": self._text(province["name"]),
            "summary": self._text(province["summary"]),
            "region": province["region"]["id"],
            "status": province["status"]["id"],
            "area_km2": province.get("area_km2"),
            "population": {
                "value": population["value"],
                "about": bool(population.get("about")),
                "year": population["year"],
                "source": self._name(population["source"]),
            }
            if population
            else None,
            "cover": self._image(_own_cover(province, "destinations"), folder, "cover", where),
            "sectors": [self._text(s) for s in province.get("sectors") or []],
            "projects": [
                {
                    key: self._contact(p[key]) if key == "contact" else self._text(p[key])
                    for key in p
                }
                for p in province.get("projects") or []
            ],
            "destinations": [],
            "heritage": [self._entry(e) for e in province.get("heritage") or []],
            "specialties": [self._entry(e) for e in province.get("specialties") or []],
            "contacts": [self._contact(c) for c in province.get("contacts") or []],
            "sources": [
                {"title": self._name(s["title"]), "url": s.get("url")}
                for s in province.get("sources") or []
            ]
            + [{"title": self._name(self.site["name"]), "url": self.site["url"]}],
        }
        for destination in province.get("destinations") or []:
            stem = slugify(destination["id"]) or "destination"
            data["destinations"].append(
                {
                    "name": self._text(destination["name"]),
                    "description": self._text(destination["description"]),
                    "image": self._image(
                        destination.get("image"), folder, stem, f"{where} ({stem})"
                    ),
                    "alt": self._text(destination.get("alt")),
                    "credit": self._name(destination.get("credit")),
                    "license": destination.get("license"),
                    "unesco": destination.get("unesco"),
                }
            )
        _write_yaml(folder / PROVINCE_FILE, data)
        narrative = self._markdown(province.get("narrative"), where) or {}
        summary = self._text(province["summary"]) or {}
        for code in self.languages:
            page = folder / f"index.{code}.md"
            page.write_text(
                self._narrative(
                    code,
                    narrative.get(code) or plain(summary.get(code, "")),
                    name.get(code, ""),
                    province,
                    exhibitions,
                ),
                encoding="utf-8",
            )
        self._marker(folder)
        self.outcome.provinces.append(where)

    def _narrative(
        self,
        code: str,
        body: str,
        site_name: str,
        province: Mapping[str, Any],
        exhibitions: list[tuple[str, dict[str, str]]],
    ) -> str:
        names = labels_for(code)["open_data"]
        page = (province.get("pages") or {}).get(code) or self.site["url"]
        lines = [
            body.strip(),
            "",
            "---",
            "",
            f"{names['harvested_from']} [{plain(site_name)}]({page})",
            "",
        ]
        if exhibitions:
            lines += [f"## {names['harvested_exhibitions']}", ""]
            lines += [
                f"- [{plain(title.get(code, slug))}](../../exhibitions/{slug}/index.md)"
                for slug, title in exhibitions
            ]
            lines.append("")
        return "\n".join(lines)

    def _contact(self, contact: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "name": self._name(contact["name"]),
            "phone": contact.get("phone"),
            "email": contact.get("email"),
            "website": contact.get("website"),
            "address": self._name(contact.get("address")),
        }

    def _entry(self, entry: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "name": self._text(entry["name"]),
            "description": self._text(entry["description"]),
            "recognition": self._name(entry.get("recognition")),
        }


def _own_cover(record: Mapping[str, Any], entries: str) -> Mapping[str, Any] | None:
    """The cover image, unless it is the image of one of ``entries`` (the site's default
    cover is its first photo: the harvested copy makes the same choice again)."""
    cover = record.get("cover")
    used = {(entry.get("image") or {}).get("url") for entry in record.get(entries) or []}
    return None if not cover or cover.get("url") in used else cover


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # the kit's YAML reader refuses aliases


def _tidy(value: Any) -> Any:
    """``value`` without empty entries."""
    if isinstance(value, dict):
        return {k: _tidy(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [_tidy(v) for v in value]
    return value


def _write_yaml(path: Path, data: Mapping[str, Any]) -> None:
    header = "# Harvested by scripts/harvest.py: run it again rather than editing this file.\n"
    text = yaml.dump(
        _tidy(dict(data)),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    path.write_text(header + text, encoding="utf-8")


# ── checking what was written, and putting it in place ──────────────────────────────────


def _staged_problems(staging: Path, languages: tuple[str, ...]) -> list[Problem]:
    """What the site's own loaders and checks find in the staged folders."""
    problems: list[Problem] = []
    for folder in sorted((staging / EXHIBITIONS).glob("*/")):
        problems += load_exhibition(folder, staging / EXHIBITIONS)[1]
        problems += _gaps(folder / EXHIBITION_FILE, EXHIBITIONS, languages)
    for folder in sorted((staging / PROVINCES).glob("*/")):
        problems += load_province(folder, staging / PROVINCES)[1]
        problems += _gaps(folder / PROVINCE_FILE, "provinces", languages)
        for page in sorted(folder.glob("index.*.md")):
            problems += safe_content.check_page(page.read_text(encoding="utf-8"), page.name)
    return problems


def _gaps(path: Path, section: str, languages: tuple[str, ...]) -> list[Problem]:
    return [
        Problem(f"{section}/{path.parent.name}/{path.name}", finding.message)
        for finding in check_yaml_file(path, path.name, section, languages)
        if finding.severity == "gap"
    ]


def _owner(folder: Path) -> str | None:
    """The source a folder was harvested from; None for the site's own folder."""
    try:
        return str(json.loads((folder / MARKER).read_text(encoding="utf-8"))["source"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _install(project: Path, staging: Path, source: Source) -> None:
    """Replace this source's earlier folders with the staged ones; never touch others'."""
    for kind in (Path(EXHIBITIONS), PROVINCES):
        for folder in sorted((staging / kind).glob("*/")):
            target = project / kind / folder.name
            if target.exists() and _owner(target) != source.name:
                owner = _owner(target)
                raise Refused(
                    t(
                        "{folder} is the site's own, not harvested: rename it or harvest "
                        "under another name",
                        folder=f"{kind.as_posix()}/{folder.name}/",
                    )
                    if owner is None
                    else t(
                        "{folder} was harvested from '{owner}'",
                        folder=f"{kind.as_posix()}/{folder.name}/",
                        owner=owner,
                    )
                )
    for kind in (Path(EXHIBITIONS), PROVINCES):
        (project / kind).mkdir(parents=True, exist_ok=True)
        staged = {folder.name for folder in (staging / kind).glob("*/")}
        for old in sorted((project / kind).iterdir()):
            if old.is_dir() and _owner(old) == source.name and old.name not in staged:
                shutil.rmtree(old)
        for name in sorted(staged):
            target = project / kind / name
            if target.exists():
                shutil.rmtree(target)
            shutil.move(str(staging / kind / name), str(target))


def harvest_source(project: Path, source: Source, opener: Opener = _open_https) -> Outcome:
    """Harvest one source into ``project``; the outcome says what was taken or why not."""
    languages = site_languages.active().codes
    staging = project / STAGING / source.name
    outcome = Outcome(source)
    try:
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        reader = reader_for(source, project, _Budget(), opener)
        document = parse(reader.export())
        check(document, languages)
        reader.site_url = document["site"]["url"]
        writer = _Writer(source, document, reader, staging, languages)
        writer.write()
        outcome = writer.outcome
        problems = _staged_problems(staging, languages)
        if problems:
            raise Refused("; ".join(str(problem) for problem in problems[:5]))
        _install(project, staging, source)
    except Refused as error:
        outcome = Outcome(source, refused=str(error))
    except (OSError, RecursionError, KeyError, TypeError, ValueError, MemoryError) as error:
        # Nothing from outside may end in a traceback: say what broke instead.
        outcome = Outcome(
            source,
            refused=t(
                "the export could not be used ({reason})", reason=f"{type(error).__name__}: {error}"
            ),
        )
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return outcome


def harvest(project: Path, sources: list[Source], opener: Opener = _open_https) -> list[Outcome]:
    """Harvest every source; one refused source never stops the others."""
    return [harvest_source(project, source, opener) for source in sources]
