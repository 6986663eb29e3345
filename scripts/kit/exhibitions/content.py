"""Exhibitions: one folder per exhibition under exhibitions/, described by exhibition.yml.

This module reads and validates the folders. Every problem names the file and line, says
what is wrong and how to fix it; a broken item is left out, the rest of the exhibition is
still published (a strict build turns the problems into a failure).
"""

from __future__ import annotations

import glob
import re
from dataclasses import dataclass, field
from pathlib import Path

from kit import schemas
from kit.core import yamlfile
from kit.core.problems import Problem
from kit.core.slugs import slugify
from kit.core.tags import read_tag_ids
from kit.core.yamlfile import Located
from kit.media.pipeline import IMAGE_SUFFIXES
from kit.messages import t
from kit.quality import safe_content

METADATA_FILE = "exhibition.yml"
# Keys and layouts come from the schema editors' tools read (kit/schemas/exhibition.schema.json).
LAYOUTS = schemas.choices("exhibition", "layout")
IMAGE_EXTENSIONS = set(IMAGE_SUFFIXES)  # every photo type the resizer reads
VIDEO_EXTENSIONS = {".mp4", ".webm"}
EXHIBITION_KEYS = schemas.keys("exhibition")
SECTION_KEYS = schemas.keys("exhibition", "sections", "[]")
ITEM_KEYS = schemas.keys("exhibition", "items", "[]")
_DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")

Localized = dict[str, str]


@dataclass(frozen=True)
class Section:
    id: str
    title: Localized
    description: Localized | None = None


@dataclass(frozen=True)
class Item:
    id: str
    kind: str  # "image", "video" or "youtube"
    caption: Localized
    alt: Localized
    file: Path | None = None  # the photo or video inside the exhibition folder
    poster: Path | None = None  # still image for a video
    youtube: str | None = None
    section: str | None = None
    date: str | None = None  # "1995", "1995-07" or "1995-07-28"
    place: Localized | None = None
    credit: Localized | None = None
    license: str | None = None
    description: Localized | None = None
    tags: tuple[str, ...] = ()  # subject tags (kit/discover/): ids as written
    tags_at: str = ""  # where they are written ("exhibitions/x/exhibition.yml:42")

    @property
    def image(self) -> Path | None:
        """The still image that represents the item in galleries."""
        return self.file if self.kind == "image" else self.poster


@dataclass
class Exhibition:
    slug: str
    folder: Path
    title: Localized
    intro: Localized
    subtitle: Localized | None = None
    credits: Localized | None = None
    layout: str = "themes"
    order: int = 100
    cover: Path | None = None
    sections: list[Section] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)

    def grouped(self) -> list[tuple[Section | None, list[Item]]]:
        """Items by section, in section order; items without a section come last."""
        groups: list[tuple[Section | None, list[Item]]] = [
            (section, [item for item in self.items if item.section == section.id])
            for section in self.sections
        ]
        loose = [item for item in self.items if item.section is None]
        if loose:
            groups.append((None, loose))
        return [(section, items) for section, items in groups if items]

    def ordered_items(self) -> list[Item]:
        """Items in the order visitors walk through them (for previous/next links)."""
        return [item for _, items in self.grouped() for item in items]

    @property
    def cover_image(self) -> Path | None:
        if self.cover:
            return self.cover
        return next((item.image for item in self.ordered_items() if item.image), None)


class _Reader(yamlfile.FieldReader):
    """Validates one exhibition.yml, collecting problems instead of stopping at the first."""

    def __init__(self, folder: Path, root: Path) -> None:
        super().__init__((Path(root.name) / folder.name / METADATA_FILE).as_posix())
        self.folder = folder

    def media_file(self, mapping: Located, key: str, context: str, kinds: set[str]) -> Path | None:
        return self.file_in_folder(
            mapping,
            key,
            context,
            self.folder,
            f"exhibitions/{self.folder.name}/",
            kinds,
            photo=False,
            elsewhere=_found_elsewhere,
        )


def is_media(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_EXTENSIONS | VIDEO_EXTENSIONS


def load_exhibitions(root: Path) -> tuple[list[Exhibition], list[Problem]]:
    """Every exhibition under ``root`` (folders starting with "_" or "." are templates)."""
    exhibitions: list[Exhibition] = []
    problems: list[Problem] = []
    if not root.is_dir():
        return exhibitions, problems
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if folder.name.startswith(("_", ".")):
            continue
        exhibition, found = load_exhibition(folder, root)
        problems += found
        if exhibition is not None:
            exhibitions.append(exhibition)
    exhibitions.sort(key=lambda e: (e.order, e.slug))
    return exhibitions, problems


def load_exhibition(folder: Path, root: Path) -> tuple[Exhibition | None, list[Problem]]:
    reader = _Reader(folder, root)
    metadata = folder / METADATA_FILE
    if not metadata.is_file():
        return None, [
            Problem(
                f"{root.name}/{folder.name}/",
                t("this exhibition folder has no {file}", file=METADATA_FILE),
                t(
                    "copy {template} into it and fill it in",
                    template=f"{root.name}/_template/{METADATA_FILE}",
                ),
            )
        ]
    slug = slugify(folder.name)
    if slug != folder.name:
        reader.problem(
            None,
            None,
            t("the folder name '{name}' is not a web address", name=folder.name),
            t("rename the folder to '{slug}' (lower-case letters, digits and dashes)", slug=slug),
        )
        return None, reader.problems
    try:
        data = yamlfile.load(metadata, reader.display)
    except yamlfile.YamlError as error:
        return None, [error.problem]
    if not isinstance(data, dict):
        reader.problem(
            None, None, t("the file must be 'key: value' lines (title:, intro:, items:)")
        )
        return None, reader.problems
    context = t("the exhibition")
    reader.problems += yamlfile.unknown_keys(data, EXHIBITION_KEYS, reader.display, context)
    title = reader.text(data, "title", context, required=True)
    intro = reader.text(data, "intro", context, required=True)
    intro = safe_content.checked_markdown(reader, data, "intro", intro)
    layout = data.get("layout", "themes")
    if layout not in LAYOUTS:
        reader.problem(
            data,
            "layout",
            t("unknown layout '{layout}'", layout=layout),
            t("use one of: {choices}", choices=", ".join(LAYOUTS)),
        )
        layout = "themes"
    order = data.get("order", 100)
    if not isinstance(order, int):
        reader.problem(data, "order", t("'order' must be a whole number, such as 1"))
        order = 100
    exhibition = Exhibition(
        slug=slug,
        folder=folder,
        title=title or {},
        intro=intro or {},
        subtitle=reader.text(data, "subtitle", context, required=False),
        credits=reader.text(data, "credits", context, required=False),
        layout=layout,
        order=order,
    )
    if "cover" in data:
        exhibition.cover = reader.media_file(data, "cover", context, IMAGE_EXTENSIONS)
    exhibition.sections = _read_sections(reader, data, layout)
    exhibition.items = _read_items(reader, data, {s.id for s in exhibition.sections})
    _check_unlisted_media(reader, exhibition, data)
    if title is None or intro is None:
        return None, reader.problems
    return exhibition, reader.problems


def _read_sections(reader: _Reader, data: Located, layout: str) -> list[Section]:
    raw = data.get("sections") or []
    if not isinstance(raw, list):
        reader.problem(data, "sections", t("'sections' must be a list of '- id: ...' entries"))
        return []
    sections: list[Section] = []
    for index, entry in enumerate(raw, start=1):
        context = t("section {number}", number=index)
        if not isinstance(entry, dict):
            reader.problem(raw, None, t("{place} must be 'id:' and 'title:' lines", place=context))
            continue
        reader.problems.extend(yamlfile.unknown_keys(entry, SECTION_KEYS, reader.display, context))
        section_id = str(entry.get("id", "")).strip()
        if not section_id:
            reader.problem(
                entry,
                None,
                t("{place} has no '{key}'", place=context, key="id"),
                t("add 'id: 1995' or 'id: culture'"),
            )
            continue
        named = t("section '{id}'", id=section_id)
        title = reader.text(entry, "title", named, required=True)
        if title is None:
            continue
        if any(s.id == section_id for s in sections):
            reader.problem(
                entry,
                "id",
                t("two sections have the id '{id}'", id=section_id),
                t("give each a different id"),
            )
            continue
        description = reader.text(entry, "description", named, required=False)
        sections.append(Section(section_id, title, description))
    if layout == "timeline":
        # A timeline reads from the oldest period to the newest, whatever order they were typed in.
        sections.sort(key=lambda s: (_first_year(s.id), s.id))
    return sections


def _first_year(text: str) -> int:
    match = re.search(r"\d{4}", text)
    return int(match.group()) if match else 9999


def _found_elsewhere(folder: Path, name: str) -> str | None:
    """Where a file named ``name`` lies in the exhibitions folder or another exhibition's
    folder (a photo dropped in the wrong folder), as ``exhibitions/x/name``."""
    root = folder.parent
    for candidate in [root / name, *sorted(root.glob(f"*/{glob.escape(name)}"))]:
        if candidate.parent != folder and candidate.is_file() and not candidate.is_symlink():
            return candidate.relative_to(root.parent).as_posix()
    return None


def _read_items(reader: _Reader, data: Located, section_ids: set[str]) -> list[Item]:
    raw = data.get("items") or []
    if not isinstance(raw, list):
        reader.problem(data, "items", "'items' must be a list of '- file: ...' entries")
        return []
    items: list[Item] = []
    seen_ids: dict[str, int] = {}
    seen_slugs: dict[str, str] = {}
    for index, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            reader.problem(
                raw,
                None,
                t(
                    "{place} must be 'file:', 'caption:', ... lines",
                    place=t("item {number}", number=index),
                ),
            )
            continue
        item = _read_item(reader, entry, index, section_ids)
        if item is None:
            continue
        if item.file is not None:
            slug = slugify(item.file.stem)
            other = seen_slugs.get(slug)
            if other and other != item.file.name:
                reader.problem(
                    entry,
                    "file",
                    f"'{item.file.name}' and '{other}' would get the same web address '{slug}'",
                    "rename one of the two files",
                )
                continue
            seen_slugs[slug] = item.file.name
        if item.id in seen_ids:
            reader.problem(
                entry,
                "id" if "id" in entry else "file",
                t(
                    "item id '{id}' is used twice (first on line {line})",
                    id=item.id,
                    line=seen_ids[item.id],
                ),
                t("give this item its own 'id:' or remove the duplicate entry"),
            )
            continue
        seen_ids[item.id] = entry.line if isinstance(entry, Located) else index
        items.append(item)
    return items


def _read_item(reader: _Reader, entry: Located, index: int, section_ids: set[str]) -> Item | None:
    before = len(reader.problems)
    label = entry.get("file") or entry.get("youtube") or index
    context = t("item {number} ({label})", number=index, label=label)
    reader.problems.extend(yamlfile.unknown_keys(entry, ITEM_KEYS, reader.display, context))
    file = poster = youtube = None
    if ("file" in entry) == ("youtube" in entry):
        reader.problem(
            entry,
            None,
            t("{place} needs either 'file:' (a photo or video) or 'youtube:'", place=context),
            t("add 'file: photo-name.jpg' with the name of the file in this folder"),
        )
        return None
    if "file" in entry:
        file = reader.media_file(entry, "file", context, IMAGE_EXTENSIONS | VIDEO_EXTENSIONS)
        if file is None:
            return None
        kind = "video" if file.suffix.lower() in VIDEO_EXTENSIONS else "image"
    else:
        kind = "youtube"
        youtube = str(entry["youtube"]).strip()
        if not _YOUTUBE_ID.match(youtube):
            reader.problem(
                entry,
                "youtube",
                t("'{id}' is not a YouTube video id", id=youtube),
                t("copy the 11 characters after 'v=' in the video's address"),
            )
            return None
    if "poster" in entry:
        poster = reader.media_file(entry, "poster", context, IMAGE_EXTENSIONS)
    elif kind == "video":
        reader.problem(
            entry,
            None,
            t("the video {place} has no 'poster:'", place=context),
            t("add 'poster: name.jpg' with a still image from the video, shown before it plays"),
        )
    item_id = str(entry.get("id") or (slugify(file.stem) if file else "")).strip()
    if not item_id:
        reader.problem(
            entry,
            None,
            t("{place} needs an 'id:'", place=context),
            t("add 'id: a-short-name'"),
        )
    elif slugify(item_id) != item_id:
        reader.problem(
            entry,
            "id",
            t("the id '{id}' is not a web address", id=item_id),
            t("use '{slug}' (lower-case letters, digits and dashes)", slug=slugify(item_id)),
        )
    section = entry.get("section")
    if section is not None:
        section = str(section)
        if section not in section_ids:
            known = ", ".join(sorted(section_ids)) or t("none defined")
            reader.problem(
                entry,
                "section",
                t(
                    "{place} is in section '{section}', which is not defined",
                    place=context,
                    section=section,
                ),
                t(
                    "use one of the section ids ({known}) or add the section under 'sections:'",
                    known=known,
                ),
            )
    date = entry.get("date")
    if date is not None:
        date = str(date).strip()
        if not _DATE.match(date):
            reader.problem(
                entry,
                "date",
                t("the date '{date}' of {place} is not understood", date=date, place=context),
                t("write it as 1995, 1995-07 or 1995-07-28 (year-month-day)"),
            )
    caption = reader.text(entry, "caption", context, required=True)
    alt = reader.text(entry, "alt", context, required=True)
    place = reader.text(entry, "place", context, required=False, plain_ok=True)
    credit = reader.text(entry, "credit", context, required=False, plain_ok=True)
    description = reader.text(entry, "description", context, required=False)
    description = safe_content.checked_markdown(reader, entry, "description", description)
    license_ = entry.get("license")
    tags = read_tag_ids(reader, entry, context)
    if len(reader.problems) > before or caption is None or alt is None:
        return None
    return Item(
        id=item_id,
        kind=kind,
        caption=caption,
        alt=alt,
        file=file,
        poster=poster,
        youtube=youtube,
        section=section,
        date=date,
        place=place,
        credit=credit,
        license=str(license_).strip() if license_ else None,
        description=description,
        tags=tags,
        tags_at=yamlfile.where(reader.display, entry, "tags") if tags else "",
    )


def _check_unlisted_media(reader: _Reader, exhibition: Exhibition, data: Located) -> None:
    """A photo dropped into the folder without its lines in exhibition.yml."""
    from kit.exhibitions import photo_entries

    command = f"make photos EXHIBITION={Path(reader.display).parent.as_posix()}"
    for name, poster in photo_entries.missing_media(exhibition.folder, data):
        lines = photo_entries.suggested_lines(
            exhibition.folder / METADATA_FILE, name, poster, [s.id for s in exhibition.sections]
        )
        reader.problems.append(
            Problem(
                reader.display,
                t(
                    "'{name}' is in the folder but has no entry in {file}, so it is not shown",
                    name=name,
                    file=METADATA_FILE,
                ),
                t(
                    "run:  {command}  (it adds an entry for every new photo), then replace the "
                    "TODO texts with the real ones. Or add these lines at the end of 'items:' "
                    "yourself:{lines}",
                    command=command,
                    lines="\n" + "\n".join(lines),
                ),
            )
        )
