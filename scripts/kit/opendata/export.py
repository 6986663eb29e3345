"""The site's open data: its content as one JSON file (with its JSON Schema) and three CSV tables.

Every site built with the kit publishes, under ``data/`` of the built site:

    campaign-v1.json              exhibitions with their items, province profiles, infographic
                                  figures with their sources, in every language of the site
    schema-v1.json                the JSON Schema (draft-07) of that file
    exhibition-items-v1.csv       one row per exhibition item (photo, video)
    provinces-v1.csv              one row per province profile
    infographic-figures-v1.csv    one row per figure, with its source

The national site harvests the JSON (kit/opendata/harvest.py); spreadsheet users open the CSV
files (UTF-8 with a byte order mark, which Excel needs to show Vietnamese). The "v1" in the
names is the format version: a change that would break a reader gets a new version and new
names, and the old ones stay until readers have moved.

Plain Python, no MkDocs: the plugin passes the loaded content and the prepared media, and the
output depends on nothing else (no date, no random order), so an unchanged site gives the
same bytes and `make serve` does not rebuild for nothing.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kit.build.siteconfig import absolute_url
from kit.core.languages import Languages
from kit.core.textcompare import split_front_matter
from kit.core.textfile import FileRefused, read_markdown
from kit.exhibitions.content import Exhibition, Item
from kit.infographics.content import Block, Figure, Infographic
from kit.media.pipeline import ProcessedImage, Variant
from kit.provinces.content import REGIONS, STATUSES, Contact, Placeholder, Province

FORMAT = "asean-campaign-open-data"
VERSION = 1
FOLDER = "data"  # inside docs/ (written before the build, git-ignored) and the built site
PAGE = "open-data"  # the page for other sites' developers: docs/open-data.<lang>.md
EXPORT_FILE = f"campaign-v{VERSION}.json"
SCHEMA_FILE = f"schema-v{VERSION}.json"
ITEMS_FILE = f"exhibition-items-v{VERSION}.csv"
PROVINCES_FILE = f"provinces-v{VERSION}.csv"
FIGURES_FILE = f"infographic-figures-v{VERSION}.csv"
SCHEMA_SOURCE = Path(__file__).with_name("export.schema.json")
MEDIA_FOLDER = "media"  # where the site publishes resized photos (kit/media/site.py)
BOM = "\ufeff"  # Excel reads a CSV file as UTF-8 only when it starts with this
# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Localized = Mapping[str, str]


@dataclass(frozen=True)
class SiteInfo:
    """What the export says of the site itself (mkdocs.yml: site_url and extra.brand)."""

    url: str
    name: Localized
    languages: Languages
    description: Localized | None = None
    agency: Localized | None = None


@cache
def schema_text() -> str:
    return SCHEMA_SOURCE.read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    return json.loads(schema_text())


# ── the JSON document ───────────────────────────────────────────────────────────────────


def document(
    site: SiteInfo,
    exhibitions: Sequence[Exhibition],
    provinces: Sequence[Province],
    infographics: Sequence[Infographic],
    images: Mapping[str, ProcessedImage],
    videos: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The export of a site: plain JSON values, in the order the site shows them.

    ``images``: the resized photos by source path; ``videos``: published video names by source
    path (both as kit.media.site.PreparedMedia holds them)."""
    media = _Media(site.url, images, videos or {})
    pages = _Pages(site)
    return {
        "$schema": SCHEMA_FILE,
        "format": FORMAT,
        "version": VERSION,
        "site": {
            "url": site.url if site.url.endswith("/") else site.url + "/",
            "name": _text(site.name, site.languages),
            "description": _text(site.description, site.languages),
            "agency": _text(site.agency, site.languages),
            "languages": list(site.languages.codes),
            "default_language": site.languages.default,
        },
        "exhibitions": [_exhibition(e, site.languages, media, pages) for e in exhibitions],
        "provinces": [
            _province(p, site.languages, media, pages)
            for p in provinces
            if not isinstance(p.region, Placeholder) and not isinstance(p.status, Placeholder)
        ],
        "infographics": [_infographic(i, site.languages, pages) for i in infographics],
    }


def json_text(export: Mapping[str, Any]) -> str:
    """The JSON file: UTF-8 as it is (Vietnamese stays readable), keys in a fixed order."""
    return json.dumps(export, ensure_ascii=False, indent=1) + "\n"


class _Pages:
    """Absolute addresses of a page in every language of the site."""

    def __init__(self, site: SiteInfo) -> None:
        self.site = site

    def __call__(self, path: str) -> dict[str, str]:
        return {
            code: absolute_url(self.site.url, self.site.languages.prefix(code) + path)
            for code in self.site.languages.codes
        }


class _Media:
    """Absolute addresses of the resized photos the site publishes (site/media/...)."""

    def __init__(
        self, site_url: str, images: Mapping[str, ProcessedImage], videos: Mapping[str, str]
    ) -> None:
        self.site_url = site_url
        self.images = images
        self.videos = videos

    def _picture(self, variant: Variant) -> dict[str, Any]:
        return {
            "url": absolute_url(self.site_url, f"{MEDIA_FOLDER}/{variant.path}"),
            "width": variant.width,
            "height": variant.height,
            "type": "image/webp" if variant.format == "webp" else "image/jpeg",
        }

    def image(self, source: Path | None) -> dict[str, Any] | None:
        processed = self.images.get(str(source)) if source else None
        if processed is None:
            return None
        return {
            **self._picture(processed.largest),
            "thumbnail": self._picture(processed.smallest),
            "share": self._picture(processed.share),
        }

    def video(self, source: Path | None) -> str | None:
        name = self.videos.get(str(source)) if source else None
        return absolute_url(self.site_url, f"{MEDIA_FOLDER}/{name}") if name else None


def _text(value: Mapping[str, Any] | None, languages: Languages) -> dict[str, str] | None:
    """A text in every language of the site (None when absent)."""
    if not value:
        return None
    return {code: str(value[code]) for code in languages.codes if code in value}


def _exhibition(
    exhibition: Exhibition, languages: Languages, media: _Media, pages: _Pages
) -> dict[str, Any]:
    return {
        "id": exhibition.slug,
        "title": _text(exhibition.title, languages),
        "subtitle": _text(exhibition.subtitle, languages),
        "intro": _text(exhibition.intro, languages),
        "credits": _text(exhibition.credits, languages),
        "layout": exhibition.layout,
        "pages": pages(f"exhibitions/{exhibition.slug}/"),
        "cover": media.image(exhibition.cover_image),
        "sections": [
            {
                "id": section.id,
                "title": _text(section.title, languages),
                "description": _text(section.description, languages),
            }
            for section in exhibition.sections
        ],
        "items": [
            _item(exhibition, item, languages, media, pages) for item in exhibition.ordered_items()
        ],
    }


def _item(
    exhibition: Exhibition, item: Item, languages: Languages, media: _Media, pages: _Pages
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": item.id,
        "kind": item.kind,
        "section": item.section,
        "caption": _text(item.caption, languages),
        "alt": _text(item.alt, languages),
        "description": _text(item.description, languages),
        "date": item.date,
        "place": _text(item.place, languages),
        "credit": _text(item.credit, languages),
        "license": item.license,
        "pages": pages(f"exhibitions/{exhibition.slug}/{item.id}/"),
        "image": media.image(item.image),
        "video": media.video(item.file) if item.kind == "video" else None,
        "youtube": item.youtube,
    }
    tags = getattr(item, "tags", None)  # subject tags, when the site's items carry them
    if tags and isinstance(tags, list | tuple) and all(isinstance(tag, str) for tag in tags):
        entry["tags"] = list(tags)
    return entry


def _province(
    province: Province, languages: Languages, media: _Media, pages: _Pages
) -> dict[str, Any]:
    population = province.population
    number = lambda value: None if isinstance(value, Placeholder) else value  # noqa: E731
    return {
        "id": province.slug,
        "name": _text(province.name, languages),
        "summary": _text(province.summary, languages),
        "narrative": _narrative(province, languages),
        "region": _choice(province.region, REGIONS, languages),
        "status": _choice(province.status, STATUSES, languages),
        "area_km2": number(province.area_km2),
        "population": {
            "value": population.value,
            "year": population.year,
            "about": population.about,
            "source": _text(population.source, languages),
        }
        if population
        and number(population.value) is not None
        and number(population.year) is not None
        else None,
        "pages": pages(f"provinces/{province.slug}/"),
        "cover": media.image(province.cover_image),
        "sectors": [_text(sector, languages) for sector in province.sectors],
        "projects": [
            {
                "name": _text(project.name, languages),
                "sector": _text(project.sector, languages),
                "location": _text(project.location, languages),
                "scale": _text(project.scale, languages),
                "incentives": _text(project.incentives, languages),
                "contact": _contact(project.contact, languages),
            }
            for project in province.projects
        ],
        "destinations": [
            {
                "id": destination.id,
                "name": _text(destination.name, languages),
                "description": _text(destination.description, languages),
                "image": media.image(destination.image),
                "alt": _text(destination.alt, languages),
                "credit": _text(destination.credit, languages),
                "license": destination.license,
                "unesco": destination.unesco,
            }
            for destination in province.destinations
        ],
        "heritage": [_entry(entry, languages) for entry in province.heritage],
        "specialties": [_entry(entry, languages) for entry in province.specialties],
        "contacts": [_contact(contact, languages) for contact in province.contacts],
        "sources": [
            {"title": _text(source.title, languages), "url": source.url}
            for source in province.sources
        ],
    }


def _narrative(province: Province, languages: Languages) -> dict[str, str] | None:
    """The province's own page (index.<lang>.md) without its front matter."""
    texts: dict[str, str] = {}
    for code in languages.codes:
        page = province.folder / f"index.{code}.md"
        if not page.is_file():
            continue
        try:
            text = read_markdown(page, f"provinces/{province.slug}/{page.name}")
        except FileRefused:
            continue  # the build reports it
        texts[code] = split_front_matter(text)[1].strip()
    return texts or None


def _choice(key: str, names: Mapping[str, Any], languages: Languages) -> dict[str, Any]:
    known = names.get(key)
    return {
        "id": key,
        "name": {code: known[code] for code in languages.codes} if known else None,
    }


def _contact(contact: Contact, languages: Languages) -> dict[str, Any]:
    return {
        "name": _text(contact.name, languages),
        "phone": contact.phone,
        "email": contact.email,
        "website": contact.website,
        "address": _text(contact.address, languages),
    }


def _entry(entry: Any, languages: Languages) -> dict[str, Any]:
    return {
        "name": _text(entry.name, languages),
        "description": _text(entry.description, languages),
        "recognition": _text(entry.recognition, languages),
    }


def _infographic(infographic: Infographic, languages: Languages, pages: _Pages) -> dict[str, Any]:
    return {
        "id": infographic.slug,
        "title": _text(infographic.title, languages),
        "summary": _text(infographic.summary, languages),
        "pages": pages(f"infographics/{infographic.slug}/"),
        "figures": [
            figure
            for number, block in enumerate(infographic.blocks, start=1)
            for figure in _block_figures(number, block, languages)
        ],
    }


def _block_figures(number: int, block: Block, languages: Languages) -> Iterable[dict[str, Any]]:
    """The numbers of one block: key figures, bars, columns and both sides of a comparison
    (a timeline's events and a member map hold no figures)."""
    for figure in block.figures:
        yield _figure(number, block, figure, None, languages)
    for row in block.rows:
        for series, figure in zip(block.series or (None, None), row.values, strict=True):
            yield _figure(number, block, figure, series, languages, row.unit)


def _figure(
    number: int,
    block: Block,
    figure: Figure,
    series: Localized | None,
    languages: Languages,
    row_unit: Localized | None = None,
) -> dict[str, Any]:
    return {
        "block": number,
        "block_title": _text(block.title, languages),
        "series": _text(series, languages),
        "label": _text(figure.label, languages),
        "value": figure.value,
        "unit": _text(figure.unit or row_unit or block.unit, languages),
        "approx": figure.approx,
        "decimals": figure.decimals,
        "note": _text(figure.note, languages),
        "source": {
            "name": _text(figure.source.name, languages),
            "url": figure.source.url,
            "date": figure.source.date,
        },
    }


# ── the CSV tables ──────────────────────────────────────────────────────────────────────


def csv_tables(export: Mapping[str, Any]) -> dict[str, str]:
    """The three tables by file name, each a CSV text with a byte order mark."""
    codes = export["site"]["languages"]
    return {
        ITEMS_FILE: _csv(*_items_table(export, codes)),
        PROVINCES_FILE: _csv(*_provinces_table(export, codes)),
        FIGURES_FILE: _csv(*_figures_table(export, codes)),
    }


def _columns(name: str, codes: Sequence[str]) -> list[str]:
    return [f"{name}_{code}" for code in codes]


def _texts(value: Mapping[str, str] | None, codes: Sequence[str]) -> list[str]:
    return [(value or {}).get(code, "") for code in codes]


def _items_table(export: Mapping[str, Any], codes: Sequence[str]) -> tuple[list, list]:
    header = [
        "exhibition_id", *_columns("exhibition_title", codes), "item_id", "kind", "section",
        "date", *_columns("caption", codes), *_columns("alt", codes), *_columns("place", codes),
        *_columns("credit", codes), "license", "tags", "image_url", "image_width",
        "image_height", "video_url", "youtube_id", *_columns("page_url", codes),
    ]  # fmt: skip
    rows = []
    for exhibition in export["exhibitions"]:
        for item in exhibition["items"]:
            image = item.get("image") or {}
            rows.append(
                [
                    exhibition["id"],
                    *_texts(exhibition["title"], codes),
                    item["id"],
                    item["kind"],
                    item.get("section") or "",
                    item.get("date") or "",
                    *_texts(item["caption"], codes),
                    *_texts(item["alt"], codes),
                    *_texts(item.get("place"), codes),
                    *_texts(item.get("credit"), codes),
                    item.get("license") or "",
                    "; ".join(item.get("tags") or ()),
                    image.get("url", ""),
                    image.get("width", ""),
                    image.get("height", ""),
                    item.get("video") or "",
                    item.get("youtube") or "",
                    *_texts(item.get("pages"), codes),
                ]
            )
    return header, rows


def _provinces_table(export: Mapping[str, Any], codes: Sequence[str]) -> tuple[list, list]:
    header = [
        "province_id", *_columns("name", codes), *_columns("summary", codes), "region",
        *_columns("region_name", codes), "status", "area_km2", "population",
        "population_year", "population_about", *_columns("population_source", codes),
        "cover_image_url", *_columns("page_url", codes),
    ]  # fmt: skip
    rows = []
    for province in export["provinces"]:
        population = province.get("population") or {}
        rows.append(
            [
                province["id"],
                *_texts(province["name"], codes),
                *_texts(province["summary"], codes),
                province["region"]["id"],
                *_texts(province["region"].get("name"), codes),
                province["status"]["id"],
                _number(province.get("area_km2")),
                _number(population.get("value")),
                _number(population.get("year")),
                "yes" if population.get("about") else ("no" if population else ""),
                *_texts(population.get("source"), codes),
                (province.get("cover") or {}).get("url", ""),
                *_texts(province.get("pages"), codes),
            ]
        )
    return header, rows


def _figures_table(export: Mapping[str, Any], codes: Sequence[str]) -> tuple[list, list]:
    header = [
        "infographic_id", *_columns("infographic_title", codes), "block",
        *_columns("block_title", codes), *_columns("series", codes), *_columns("label", codes),
        "value", *_columns("unit", codes), "approx", "decimals", *_columns("note", codes),
        *_columns("source_name", codes), "source_url", "source_date", *_columns("page_url", codes),
    ]  # fmt: skip
    rows = []
    for infographic in export["infographics"]:
        for figure in infographic["figures"]:
            rows.append(
                [
                    infographic["id"],
                    *_texts(infographic["title"], codes),
                    figure["block"],
                    *_texts(figure.get("block_title"), codes),
                    *_texts(figure.get("series"), codes),
                    *_texts(figure["label"], codes),
                    _number(figure["value"]),
                    *_texts(figure.get("unit"), codes),
                    "yes" if figure.get("approx") else "no",
                    _number(figure.get("decimals")),
                    *_texts(figure.get("note"), codes),
                    *_texts(figure["source"]["name"], codes),
                    figure["source"]["url"],
                    figure["source"]["date"],
                    *_texts(infographic.get("pages"), codes),
                ]
            )
    return header, rows


def _number(value: Any) -> Any:
    """Numbers stay numbers (a spreadsheet computes with them); none is an empty cell."""
    return "" if value is None else value


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value  # shown as text, never run as a formula
    return value


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return BOM + out.getvalue()


# ── all the files ───────────────────────────────────────────────────────────────────────


def files(export: Mapping[str, Any]) -> dict[str, str]:
    """Every file of the open data folder by name (JSON, its schema, the CSV tables)."""
    return {EXPORT_FILE: json_text(export), SCHEMA_FILE: schema_text(), **csv_tables(export)}


@dataclass(frozen=True)
class SiteContent:
    """The loaded content of a site, taken from the build's content types by their names
    (kit/build/content_types.py); a type a site does not have gives an empty list."""

    exhibitions: Sequence[Exhibition]
    provinces: Sequence[Province]
    infographics: Sequence[Infographic]

    @classmethod
    def of(cls, types: Iterable[Any]) -> SiteContent:
        by_name = {getattr(content, "name", ""): content for content in types}
        library = getattr(by_name.get("infographics"), "library", None)
        return cls(
            exhibitions=list(getattr(by_name.get("exhibitions"), "exhibitions", [])),
            provinces=list(getattr(by_name.get("provinces"), "provinces", [])),
            infographics=list(getattr(library, "infographics", [])),
        )


def site_files(
    site: SiteInfo,
    content: SiteContent,
    images: Mapping[str, ProcessedImage],
    videos: Mapping[str, str],
) -> dict[str, str]:
    """The open data folder of a site being built (what the plugin writes into docs/data/)."""
    return files(
        document(site, content.exhibitions, content.provinces, content.infographics, images, videos)
    )
