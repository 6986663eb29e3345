"""Provinces: one folder per province or centrally-run city under docs/provinces/.

Layout, and why. ``docs/provinces/<slug>/`` is a source folder, tracked in git as a whole:

    province.yml   the structured profile: facts, projects, destinations, contacts, sources
    index.vi.md    the narrative in Vietnamese, a real page published at /provinces/<slug>/
    index.en.md    the same in English, published at /en/provinces/<slug>/
    *.jpg          destination photos: resized by the media pipeline, never published as is

Nothing is generated into docs/: the narrative pages are real bilingual pages, and
overrides/province.html draws the profile around them from province.yml. So the translation
check reads both the pages and the YAML, and a copy of docs/ carries complete provinces.

This module reads and validates the folders. Every problem names the file and line, says
what is wrong and how to fix it; a broken entry (a project without a contact, a missing
photo) is left out and the rest of the province is still published, while a strict build
fails. Values an editor has not filled in yet ("TODO ...", as written by
scripts/new_province.py) are accepted as placeholders: the page shows them and the
translation check reports them until they are replaced.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit import schemas
from kit.core import languages as site_languages
from kit.core import textfile, yamlfile
from kit.core.labels import Names, names
from kit.core.problems import Problem
from kit.core.slugs import slugify
from kit.core.textcompare import find_markers
from kit.core.yamlfile import Located
from kit.messages import N_, language, t

METADATA_FILE = "province.yml"
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp", ".bmp"}

# Vietnam's six socio-economic regions (national master plan, Resolution 81/2023/QH15) and
# the administrative statuses; their names in each language are in the label catalogues.
REGIONS: dict[str, Names] = names("regions")
# English names are accepted too ("red-river-delta"), so an editor may write either.
_REGION_ALIASES = {slugify(region["en"]): key for key, region in REGIONS.items()}
STATUSES: dict[str, Names] = names("statuses")

# The keys come from the schema editors' tools read (kit/schemas/province.schema.json).
PROVINCE_KEYS = schemas.keys("province")
POPULATION_KEYS = schemas.keys("province", "population")
PROJECT_KEYS = schemas.keys("province", "projects", "[]")
CONTACT_KEYS = schemas.keys("province", "contacts", "[]")
DESTINATION_KEYS = schemas.keys("province", "destinations", "[]")
ENTRY_KEYS = schemas.keys("province", "heritage", "[]")
SOURCE_KEYS = schemas.keys("province", "sources", "[]")

_PHONE = re.compile(r"^\+?[0-9][0-9 .()-]{1,22}$")
_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[A-Za-z]{2,}$")
_URL = re.compile(r"^https?://[^\s<>\"']+$")
_TITLE_LINE = re.compile(r"^#(?!#)\s*\S")
# MkDocs reads "Key: value" lines at the very top of a page without '---' as page settings.
_SETTINGS_LINE = re.compile(r"^[ ]{0,3}[A-Za-z0-9_-]+:")

Localized = dict[str, str]


class Placeholder(str):
    """A value an editor has not filled in yet: it contains a marker such as TODO."""


def has_marker(text: object) -> bool:
    """True when ``text`` holds a note the translation check reports (TODO, [dịch], ...)."""
    return isinstance(text, str) and next(find_markers(text), None) is not None


@dataclass(frozen=True)
class Contact:
    name: Localized
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    address: Localized | None = None
    id: str | None = None


@dataclass(frozen=True)
class Project:
    name: Localized
    sector: Localized
    location: Localized
    scale: Localized
    incentives: Localized
    contact: Contact


@dataclass(frozen=True)
class Destination:
    id: str
    name: Localized
    description: Localized
    image: Path | None = None
    alt: Localized | None = None
    credit: Localized | None = None
    license: str | None = None
    unesco: int | None = None  # year of inscription on the World Heritage List


@dataclass(frozen=True)
class Entry:
    """A heritage item or a specialty: a name, a description, maybe a recognition."""

    name: Localized
    description: Localized
    recognition: Localized | None = None


@dataclass(frozen=True)
class Source:
    title: Localized
    url: str | None = None


@dataclass(frozen=True)
class Population:
    value: int | Placeholder
    year: int | Placeholder
    source: Localized
    about: bool = False  # a rounded figure, shown as "khoảng" / "about"


@dataclass
class Province:
    slug: str
    folder: Path
    name: Localized
    summary: Localized
    region: str | Placeholder  # a key of REGIONS
    status: str | Placeholder  # a key of STATUSES
    area_km2: float | Placeholder | None = None
    population: Population | None = None
    cover: Path | None = None
    sectors: list[Localized] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    destinations: list[Destination] = field(default_factory=list)
    heritage: list[Entry] = field(default_factory=list)
    specialties: list[Entry] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    placeholders: int = 0  # values in province.yml still marked TODO

    @property
    def cover_image(self) -> Path | None:
        if self.cover:
            return self.cover
        return next((d.image for d in self.destinations if d.image), None)


class _Reader(yamlfile.FieldReader):
    """Validates one province.yml, collecting problems instead of stopping at the first."""

    def __init__(self, folder: Path, display: str) -> None:
        super().__init__(display)
        self.folder = folder

    def entries(self, mapping: Located, key: str, what: str) -> list[Located]:
        """The mappings of a list such as ``projects:`` (bad entries reported and skipped);
        ``what``: the message key naming entry {number} ("contact {number}")."""
        raw = mapping.get(key)
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.problem(
                mapping, key, t("'{key}' must be a list of '- name: ...' entries", key=key)
            )
            return []
        found = []
        for index, entry in enumerate(raw, start=1):
            if isinstance(entry, Located):
                found.append(entry)
            else:
                self.problem(
                    raw,
                    None,
                    t(
                        "{place} under '{key}' must be 'key: value' lines",
                        place=t(what, number=index),
                        key=key,
                    ),
                )
        return found

    def number(
        self, mapping: Located, key: str, context: str, whole: bool, lowest: float = 0
    ) -> int | float | Placeholder | None:
        value = mapping.get(key)
        if has_marker(value):
            return Placeholder(value)
        kind = t("a whole number, such as 1250000") if whole else t("a number, such as 4947.11")
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(
                mapping,
                key if key in mapping else None,
                t("{place} needs '{key}' as {kind}", place=context, key=key, kind=kind),
                t("write digits only: no spaces, no thousands separators, a dot for decimals"),
            )
            return None
        if (whole and not isinstance(value, int)) or value <= lowest:
            self.problem(
                mapping,
                key,
                t(
                    "'{key}: {value}' of {place} must be {kind}",
                    key=key,
                    value=value,
                    place=context,
                    kind=kind,
                ),
            )
            return None
        return value

    def contact_value(
        self, mapping: Located, key: str, pattern: re.Pattern, fix: str
    ) -> str | None:
        value = mapping.get(key)
        if value is None or value == "":
            return None
        text = str(value).strip()
        if has_marker(text):
            return Placeholder(text)
        if not pattern.match(text):
            self.problem(
                mapping, key, t("'{key}: {value}' is not understood", key=key, value=text), fix
            )
            return None
        return text

    def image(self, mapping: Located, key: str, context: str) -> Path | None:
        return self.file_in_folder(
            mapping,
            key,
            context,
            self.folder,
            f"docs/provinces/{self.folder.name}/",
            IMAGE_EXTENSIONS,
            photo=True,
        )


def load_provinces(root: Path) -> tuple[list[Province], list[Problem]]:
    """Every province under ``root`` (docs/provinces); "_" or "." folders are skipped."""
    provinces: list[Province] = []
    problems: list[Problem] = []
    if not root.is_dir():
        return provinces, problems
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if folder.name.startswith(("_", ".")):
            continue
        province, found = load_province(folder, root)
        problems += found
        if province is not None:
            provinces.append(province)
    return provinces, problems


def _display_root(root: Path) -> str:
    return f"{root.parent.name}/{root.name}"  # "docs/provinces"


def load_province(folder: Path, root: Path) -> tuple[Province | None, list[Problem]]:
    display_folder = f"{_display_root(root)}/{folder.name}/"
    metadata = folder / METADATA_FILE
    if not metadata.is_file():
        return None, [
            Problem(
                display_folder,
                t("this province folder has no {file}", file=METADATA_FILE),
                t(
                    "create one with: {command}",
                    command='.venv/bin/python scripts/new_province.py "Tên tỉnh" --name-en "Name"',
                ),
            )
        ]
    reader = _Reader(folder, display_folder + METADATA_FILE)
    if slugify(folder.name) != folder.name:
        reader.problem(
            None,
            None,
            t("the folder name '{name}' is not a web address", name=folder.name),
            t(
                "rename the folder to '{slug}' (lower-case letters, digits and dashes)",
                slug=slugify(folder.name),
            ),
        )
        return None, reader.problems
    try:
        data = yamlfile.load(metadata, reader.display)
    except yamlfile.YamlError as error:
        return None, [error.problem]
    if not isinstance(data, Located):
        reader.problem(None, None, t("the file must be 'key: value' lines (name:, region:, ...)"))
        return None, reader.problems
    province = _read_province(reader, data, folder)
    if not _check_narrative(reader, folder, display_folder):
        province = None
    return province, reader.problems


def _read_province(reader: _Reader, data: Located, folder: Path) -> Province | None:
    context = t("the province")
    reader.keys(data, PROVINCE_KEYS, context)
    name = reader.text(data, "name", context, required=True)
    summary = reader.text(data, "summary", context, required=True)
    region = _read_choice(reader, data, "region", REGIONS, _REGION_ALIASES)
    status = _read_choice(reader, data, "status", STATUSES, {})
    province = Province(
        slug=folder.name,
        folder=folder,
        name=name or {},
        summary=summary or {},
        region=region,
        status=status,
        area_km2=reader.number(data, "area_km2", context, whole=False),
        population=_read_population(reader, data),
        cover=reader.image(data, "cover", context) if "cover" in data else None,
        sectors=_read_sectors(reader, data),
        destinations=_read_destinations(reader, data),
        heritage=_read_entries(
            reader, data, "heritage", N_("heritage item {number}"), N_("heritage item '{name}'")
        ),
        specialties=_read_entries(
            reader, data, "specialties", N_("specialty {number}"), N_("specialty '{name}'")
        ),
        contacts=_read_contacts(reader, data),
        sources=_read_sources(reader, data),
        placeholders=_count_placeholders(data),
    )
    province.projects = _read_projects(reader, data, province.contacts)
    _require_lists(reader, data, province)
    if name is None or summary is None:
        return None  # no card and no page without these; the problems say why
    return province


def _read_choice(
    reader: _Reader, data: Located, key: str, choices: dict, aliases: dict[str, str]
) -> str:
    """A key of ``choices``; "" when missing or unknown (reported: the card shows no label)."""
    value = data.get(key)
    if has_marker(value):
        return Placeholder(value)
    allowed = ", ".join(choices)
    if value is None or str(value).strip() == "":
        reader.problem(
            data,
            None,
            t("{place} has no '{key}'", place=t("the province"), key=key),
            t("add '{key}:' with one of: {choices}", key=key, choices=allowed),
        )
        return ""
    written = slugify(str(value))
    chosen = written if written in choices else aliases.get(written)
    if chosen is None:
        close = difflib.get_close_matches(written, [*choices, *aliases], n=1, cutoff=0.6)
        hint = (
            t(
                "did you mean '{key}'? use one of: {choices}",
                key=aliases.get(close[0], close[0]),
                choices=allowed,
            )
            if close
            else t("use one of: {choices}", choices=allowed)
        )
        reader.problem(data, key, t("unknown {key} '{value}'", key=key, value=value), hint)
        return ""
    return chosen


def _read_population(reader: _Reader, data: Located) -> Population | None:
    raw = data.get("population")
    context = t("'{key}'", key="population")
    if not isinstance(raw, Located):
        reader.problem(
            data,
            "population" if "population" in data else None,
            t("the province needs 'population:' with 'value:', 'year:' and 'source:' under it"),
            t(
                "write it as {example}",
                example="\n    population:\n      value: 1236393\n      year: 2024\n"
                '      source: "..."',
            ),
        )
        return None
    reader.keys(raw, POPULATION_KEYS, context)
    value = reader.number(raw, "value", context, whole=True)
    year = reader.number(raw, "year", context, whole=True, lowest=1899)
    source = reader.text(raw, "source", context, required=True, plain_ok=True)
    about = raw.get("about", False)
    if not isinstance(about, bool):
        reader.problem(raw, "about", t("'about' must be true (a rounded figure) or false"))
    if value is None or year is None or source is None:
        return None
    return Population(value, year, source, about is True)  # type: ignore[arg-type]


def _read_sectors(reader: _Reader, data: Located) -> list[Localized]:
    raw = data.get("sectors")
    if raw is None:
        return []
    if not isinstance(raw, list):
        reader.problem(
            data, "sectors", t("'sectors' must be a list of '- {{vi: ..., en: ...}}' lines")
        )
        return []
    holder = Located()
    holder.line, holder.key_lines = getattr(raw, "line", 0), {}
    sectors = []
    for index, sector in enumerate(raw, start=1):
        holder["sector"] = sector
        text = reader.text(holder, "sector", t("sector {number}", number=index), required=True)
        if text:
            sectors.append(text)
    return sectors


def _read_contact(reader: _Reader, entry: Located, context: str) -> Contact | None:
    reader.keys(entry, CONTACT_KEYS, context)
    before = len(reader.problems)
    name = reader.text(entry, "name", context, required=True, plain_ok=True)
    phone = reader.contact_value(
        entry,
        "phone",
        _PHONE,
        t("write it as +84 234 3822 355 or 0234 3822 355 (digits and spaces)"),
    )
    email = reader.contact_value(entry, "email", _EMAIL, t("write it as name@example.gov.vn"))
    website = reader.contact_value(
        entry, "website", _URL, t("write the full address, starting with https://")
    )
    address = reader.text(entry, "address", context, required=False, plain_ok=True)
    if len(reader.problems) == before and not (phone or email or website):
        reader.problem(
            entry,
            None,
            t("{place} has no way to reach it", place=context),
            t("add at least one of 'phone:', 'email:' or 'website:'"),
        )
    if len(reader.problems) > before or name is None:
        return None
    contact_id = str(entry["id"]).strip() if entry.get("id") else None
    return Contact(name, phone, email, website, address, contact_id)


def _read_contacts(reader: _Reader, data: Located) -> list[Contact]:
    contacts = []
    for index, entry in enumerate(
        reader.entries(data, "contacts", N_("contact {number}")), start=1
    ):
        contact = _read_contact(reader, entry, t("contact {number}", number=index))
        if contact is not None:
            contacts.append(contact)
    return contacts


def _read_projects(reader: _Reader, data: Located, contacts: list[Contact]) -> list[Project]:
    projects = []
    by_id = {c.id: c for c in contacts if c.id}
    for index, entry in enumerate(
        reader.entries(data, "projects", N_("project {number}")), start=1
    ):
        before = len(reader.problems)
        numbered = t("project {number}", number=index)
        reader.keys(entry, PROJECT_KEYS, numbered)
        name = reader.text(entry, "name", numbered, required=True)
        context = t("project '{name}'", name=name[language()]) if name else numbered
        texts = {
            key: reader.text(entry, key, context, required=True)
            for key in ("sector", "location", "scale", "incentives")
        }
        contact = _project_contact(reader, entry, context, by_id)
        if len(reader.problems) > before or name is None or contact is None:
            continue  # left out, so an investor never sees a project without a contact
        projects.append(Project(name=name, contact=contact, **texts))  # type: ignore[arg-type]
    return projects


def _project_contact(
    reader: _Reader, entry: Located, context: str, by_id: dict[str, Contact]
) -> Contact | None:
    raw = entry.get("contact")
    if raw is None or raw == "":
        reader.problem(
            entry,
            None,
            t("{place} has no '{key}'", place=context, key="contact"),
            t(
                "every project needs someone to call: add 'contact:' with 'name:' and 'phone:' "
                "or 'email:', or the 'id' of an entry under 'contacts:'"
            ),
        )
        return None
    if isinstance(raw, Located):
        return _read_contact(reader, raw, t("the contact of {place}", place=context))
    wanted = str(raw).strip()
    if wanted in by_id:
        return by_id[wanted]
    close = difflib.get_close_matches(wanted, list(by_id), n=1, cutoff=0.6)
    known = ", ".join(by_id) or t("none: give the entries under 'contacts:' an 'id:'")
    hint = (
        t("did you mean '{key}'?", key=close[0])
        if close
        else t("use one of the contact ids ({known})", known=known)
    )
    reader.problem(
        entry,
        "contact",
        t("{place} names the contact '{name}', which is not defined", place=context, name=wanted),
        hint,
    )
    return None


def _read_destinations(reader: _Reader, data: Located) -> list[Destination]:
    destinations: list[Destination] = []
    for index, entry in enumerate(
        reader.entries(data, "destinations", N_("destination {number}")), start=1
    ):
        before = len(reader.problems)
        numbered = t("destination {number}", number=index)
        reader.keys(entry, DESTINATION_KEYS, numbered)
        name = reader.text(entry, "name", numbered, required=True)
        context = (
            t("destination {number} ({name})", number=index, name=name[language()])
            if name
            else numbered
        )
        description = reader.text(entry, "description", context, required=True)
        image = alt = None
        if "image" in entry:
            image = reader.image(entry, "image", context)
            alt = reader.text(entry, "alt", context, required=True)
        unesco = entry.get("unesco")
        if unesco is not None and not (isinstance(unesco, int) and 1978 <= unesco <= 2100):
            reader.problem(
                entry,
                "unesco",
                t("'unesco' of {place} must be a year, such as 1993", place=context),
            )
        if name is None or description is None:
            continue
        if len(reader.problems) > before:
            image = alt = None  # still shown, without the broken photo
        destinations.append(
            Destination(
                id=_unique_id(slugify(name["vi"]) or str(index), destinations),
                name=name,
                description=description,
                image=image,
                alt=alt,
                credit=reader.text(entry, "credit", context, required=False, plain_ok=True),
                license=str(entry["license"]).strip() if entry.get("license") else None,
                unesco=unesco if isinstance(unesco, int) else None,
            )
        )
    return destinations


def _unique_id(wanted: str, destinations: list[Destination]) -> str:
    taken = {d.id for d in destinations}
    candidate, number = wanted, 2
    while candidate in taken:
        candidate, number = f"{wanted}-{number}", number + 1
    return candidate


def _read_entries(
    reader: _Reader, data: Located, key: str, numbered: str, named: str
) -> list[Entry]:
    """The entries of ``key``; ``numbered`` and ``named``: the message keys naming one entry
    by its number ("specialty {number}") and by its name ("specialty '{name}'")."""
    entries = []
    for index, entry in enumerate(reader.entries(data, key, numbered), start=1):
        place = t(numbered, number=index)
        reader.keys(entry, ENTRY_KEYS, place)
        name = reader.text(entry, "name", place, required=True)
        context = t(named, name=name[language()]) if name else place
        description = reader.text(entry, "description", context, required=True)
        recognition = reader.text(entry, "recognition", context, required=False, plain_ok=True)
        if name and description:
            entries.append(Entry(name, description, recognition))
    return entries


def _read_sources(reader: _Reader, data: Located) -> list[Source]:
    sources = []
    for index, entry in enumerate(reader.entries(data, "sources", N_("source {number}")), start=1):
        context = t("source {number}", number=index)
        reader.keys(entry, SOURCE_KEYS, context)
        title = reader.text(entry, "title", context, required=True, plain_ok=True)
        url = reader.contact_value(
            entry, "url", _URL, t("write the full address, starting with https://")
        )
        if title:
            sources.append(Source(title, url))
    return sources


def _require_lists(reader: _Reader, data: Located, province: Province) -> None:
    """Sections a province page cannot go without, even if every entry in them was broken."""
    required = {
        "sectors": (N_("key sector"), "- {vi: Du lịch, en: Tourism}"),
        "contacts": (N_("official contact"), "- name: {vi: ..., en: ...}\n      phone: ..."),
        "sources": (N_("source for the figures"), '- title: "..."\n      url: https://...'),
    }
    for key, (what, example) in required.items():
        if not data.get(key):
            reader.problem(
                data,
                key if key in data else None,
                t("the province has no {what} ('{key}:')", what=t(what), key=key),
                t("add at least one, for example{example}", example=f"\n  {key}:\n    {example}"),
            )


def _count_placeholders(node: Any) -> int:
    if isinstance(node, dict):
        return sum(_count_placeholders(value) for value in node.values())
    if isinstance(node, list):
        return sum(_count_placeholders(value) for value in node)
    return int(has_marker(node))


def _check_narrative(reader: _Reader, folder: Path, display_folder: str) -> bool:
    """The default-language page must exist (False if not); the title comes from
    province.yml, so a '# ' title line in a page would show a second one."""
    published = True
    site = site_languages.active()
    for lang in site.codes:
        page = folder / f"index.{lang}.md"
        if page.is_file():
            _check_title_lines(reader, page, f"{display_folder}{page.name}")
        elif lang == site.default:
            reader.problems.append(
                Problem(
                    f"{display_folder}{page.name}",
                    t("the province has no Vietnamese page, so it is not published"),
                    t("create the file with a few paragraphs introducing the province"),
                )
            )
            published = False
        # A missing translation is reported by the translation check, like any page.
    return published


def _check_title_lines(reader: _Reader, page: Path, display: str) -> None:
    try:
        lines = textfile.read_markdown(page, display).splitlines()
    except textfile.FileRefused:
        return  # too big, too deep or not UTF-8: pages.check_docs reports it, as for any page
    start = 0
    if lines and lines[0].strip() == "---":  # front matter: its '#' lines are YAML comments
        start = next((i + 1 for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
    elif lines and _SETTINGS_LINE.match(lines[0]):
        reader.problems.append(
            Problem(
                f"{display}:1",
                t(
                    "MkDocs reads the first line ('{line}') as a page setting and hides it",
                    line=lines[0][:40],
                ),
                t(
                    "start the page with another sentence, or put two lines with only '---' "
                    "above it"
                ),
            )
        )
    in_code = False
    for number, line in enumerate(lines[start:], start=start + 1):
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
        elif not in_code and _TITLE_LINE.match(line):
            reader.problems.append(
                Problem(
                    f"{display}:{number}",
                    t("the page has its own '# ' title, so it would show two titles"),
                    t(
                        "remove that line (the title is 'name:' in province.yml) or start it "
                        "with '## ' for a sub-heading"
                    ),
                )
            )
