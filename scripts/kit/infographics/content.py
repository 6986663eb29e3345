"""Infographics: one YAML file per infographic, docs/_data/infographics/<slug>.yml.

The files live inside docs/ (the only content folder next to exhibitions/) in a folder that
mkdocs.yml excludes from the published site. This module reads and validates them: every
problem names the file, the line and the key, says what is wrong and how to fix it. A broken
block or item is left out and the rest is still published; a strict build fails on the
warnings (see kit/plugin/plugin.py).
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit import schemas
from kit.core import languages as site_languages
from kit.core import yamlfile
from kit.core.asean_members import BY_CODE, MEMBERS
from kit.core.files import folder_state
from kit.core.problems import Problem
from kit.core.slugs import fold
from kit.core.tags import read_tag_ids
from kit.core.yamlfile import Located
from kit.messages import language, t
from kit.quality import safe_content

DATA_FOLDER = "_data/infographics"  # inside docs/
# Keys and block types come from the schema editors' tools read
# (kit/schemas/infographic.schema.json): one alternative of 'blocks' per block type.
BLOCK_KEYS: dict[str, tuple[str, ...]] = {
    block["properties"]["type"]["const"]: tuple(block["properties"])
    for block in schemas.variants("infographic", "blocks", "[]")
}
BLOCK_TYPES = tuple(BLOCK_KEYS)
INFOGRAPHIC_KEYS = schemas.keys("infographic")
FIGURE_KEYS = schemas.keys("infographic", "#figure")
CHART_ITEM_KEYS = schemas.keys("infographic", "#chartItem")
ROW_KEYS = schemas.keys("infographic", "#row")
VALUE_KEYS = schemas.keys("infographic", "#value")
EVENT_KEYS = schemas.keys("infographic", "#event")
SOURCE_KEYS = schemas.keys("infographic", "#source")
MAX_DECIMALS = schemas.node("infographic", "#figure", "decimals")["maximum"]
_DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
_SOURCE_EXAMPLE = "source: {name: World Bank, url: https://data.worldbank.org/, date: 2024}"

Localized = dict[str, str]
Number = int | float


@dataclass(frozen=True)
class Source:
    name: Localized
    url: str
    date: str  # what the figure refers to: "2024", "2024-07" or "2024-07-01"


@dataclass(frozen=True)
class Figure:
    """One number with its label, unit and source: a key figure, a bar or a column."""

    label: Localized
    value: Number
    source: Source
    unit: Localized | None = None
    approx: bool = False  # shown as "khoảng" / "about"
    decimals: int | None = None  # None: as written
    note: Localized | None = None
    highlight: bool = False


@dataclass(frozen=True)
class Row:
    """One line of a comparison: the same measure for each of the two series."""

    label: Localized
    values: tuple[Figure, Figure]
    unit: Localized | None = None


@dataclass(frozen=True)
class Event:
    date: str
    title: Localized
    text: Localized | None = None
    source: Source | None = None


@dataclass
class Block:
    kind: str
    title: Localized
    description: Localized | None = None
    source: Source | None = None
    unit: Localized | None = None  # bar, column
    figures: list[Figure] = field(default_factory=list)  # figures, bar, column
    series: tuple[Localized, Localized] | None = None  # comparison
    share: bool = False  # comparison: show the first series as a share of the second
    rows: list[Row] = field(default_factory=list)  # comparison
    events: list[Event] = field(default_factory=list)  # timeline
    members: list[str] = field(default_factory=list)  # members: country codes
    highlight: str | None = None  # members


@dataclass
class Infographic:
    slug: str
    file: Path
    title: Localized
    summary: Localized
    intro: Localized
    order: int = 100
    blocks: list[Block] = field(default_factory=list)
    tags: tuple[str, ...] = ()  # subject tags (kit/discover/): ids as written
    tags_at: str = ""  # where they are written, for messages


class _Reader(yamlfile.FieldReader):
    """Validates one infographic file, collecting problems instead of stopping at the first."""

    def number(self, mapping: dict, key: str, context: str) -> Number | None:
        value = mapping.get(key)
        if value is None:
            self.problem(
                mapping,
                None,
                t("{place} has no '{key}'", place=context, key=key),
                t("add '{key}: 1234.5'", key=key),
            )
            return None
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return value
        self.problem(
            mapping,
            key,
            t(
                "the {key} '{value}' of {place} is not a number",
                key=key,
                value=value,
                place=context,
            ),
            t(
                "write digits only, with a dot before the decimals and no thousands separator "
                "or unit, e.g. '{key}: 1234.5' (the unit goes under 'unit:')",
                key=key,
            ),
        )
        return None

    def flag(self, mapping: dict, key: str, context: str, default: bool) -> bool:
        value = mapping.get(key, default)
        if isinstance(value, bool):
            return value
        self.problem(
            mapping, key, t("'{key}' of {place} must be true or false", key=key, place=context)
        )
        return default

    def decimals(self, mapping: dict, context: str, default: int | None) -> int | None:
        value = mapping.get("decimals", default)
        if value is None or (
            isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_DECIMALS
        ):
            return value
        self.problem(
            mapping,
            "decimals",
            t(
                "'decimals' of {place} must be a whole number from 0 to {most}",
                place=context,
                most=MAX_DECIMALS,
            ),
        )
        return default

    def date(self, mapping: dict, key: str, context: str) -> str | None:
        value = mapping.get(key)
        text = str(value).strip() if value is not None else ""
        if _DATE.match(text):
            return text
        self.problem(
            mapping,
            key if key in mapping else None,
            t("the date '{date}' of {place} is not understood", date=text, place=context)
            if text
            else t("{place} has no '{key}'", place=context, key=key),
            t("write '{key}:' as 2024, 2024-07 or 2024-07-28", key=key),
        )
        return None

    def source(self, mapping: dict, context: str, inherited: Source | None) -> Source | None:
        """The item's own source, else the block's; a figure without either is an error."""
        raw = mapping.get("source")
        if raw is None:
            if inherited is None:
                self.problem(
                    mapping,
                    None,
                    t("{place} has no source", place=context),
                    t(
                        "add '{example}' to the item, or once to its block for all items",
                        example=_SOURCE_EXAMPLE,
                    ),
                )
            return inherited
        if not isinstance(raw, dict):
            self.problem(
                mapping,
                "source",
                t("'source' of {place} must have 'name:', 'url:' and 'date:'", place=context),
                t("write it as {example}", example=_SOURCE_EXAMPLE),
            )
            return None
        before = len(self.problems)
        of_source = t("the source of {place}", place=context)
        self.keys(raw, SOURCE_KEYS, of_source)
        name = raw.get("name")
        if isinstance(name, str) and name.strip():
            # A proper name: the same in every language.
            names: Localized | None = dict.fromkeys(site_languages.active().codes, name.strip())
        else:
            names = self.text(raw, "name", of_source, required=True)
        url = str(raw.get("url") or "").strip()
        if not re.match(r"^https?://\S+$", url):
            self.problem(
                raw,
                "url" if "url" in raw else None,
                t(
                    "the source of {place} needs the web address of the figure "
                    "('{url}' is not one)",
                    place=context,
                    url=url,
                )
                if url
                else t("the source of {place} needs the web address of the figure", place=context),
                t("add 'url: https://...' (copy it from the browser's address bar)"),
            )
        date = self.date(raw, "date", of_source)
        if len(self.problems) > before or names is None or date is None:
            return None
        return Source(names, url, date)


def _item_place(index: int, entry: dict, context: str, key: str = "label") -> str:
    """ "item 2 ('Rice') of block 1 (bar)": the item by its number and label (or title)."""
    value = entry.get(key)
    if isinstance(value, dict):
        value = value.get("vi") or value.get("en")
    if isinstance(value, str | int | float) and str(value):
        return t("item {number} ('{label}') of {place}", number=index, label=value, place=context)
    return t("item {number} of {place}", number=index, place=context)


def closest_type(name: str) -> str | None:
    """The block type an editor probably meant: "colum" -> "column", "bar-chart" -> "bar"."""
    text = name.strip().lower()
    close = difflib.get_close_matches(text, BLOCK_TYPES, n=1, cutoff=0.5)
    if close:
        return close[0]
    return next((kind for kind in BLOCK_TYPES if text and kind in text), None)


def load_infographics(docs_dir: Path) -> tuple[list[Infographic], list[Problem]]:
    """Every infographic in ``docs_dir/_data/infographics`` ("_" files are templates)."""
    folder = docs_dir / DATA_FOLDER
    infographics: list[Infographic] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return infographics, problems
    for path in sorted(folder.iterdir()):
        if path.name.startswith(("_", ".")) or path.suffix not in (".yml", ".yaml"):
            continue
        display = f"{docs_dir.name}/{DATA_FOLDER}/{path.name}"
        infographic, found = load_infographic(path, display)
        problems += found
        if infographic is not None:
            infographics.append(infographic)
    infographics.sort(key=lambda i: (i.order, i.slug))
    return infographics, problems


def load_infographic(path: Path, display: str) -> tuple[Infographic | None, list[Problem]]:
    reader = _Reader(display)
    data = reader.named_file(path, t("the file must be 'key: value' lines (title:, blocks:, ...)"))
    if data is None:
        return None, reader.problems
    context = t("the infographic")
    reader.keys(data, INFOGRAPHIC_KEYS, context)
    title = reader.text(data, "title", context, required=True)
    summary = reader.text(data, "summary", context, required=True)
    intro = reader.text(data, "intro", context, required=True)
    intro = safe_content.checked_markdown(reader, data, "intro", intro)
    order = data.get("order", 100)
    if isinstance(order, bool) or not isinstance(order, int):
        reader.problem(data, "order", t("'order' must be a whole number, such as 1"))
        order = 100
    blocks = _read_blocks(reader, data)
    tags = read_tag_ids(reader, data, context)
    if title is None or summary is None or intro is None:
        return None, reader.problems
    infographic = Infographic(path.stem, path, title, summary, intro, order, blocks, tags)
    infographic.tags_at = yamlfile.where(display, data, "tags") if tags else ""
    return infographic, reader.problems


def _read_blocks(reader: _Reader, data: Located) -> list[Block]:
    raw = data.get("blocks")
    if not isinstance(raw, list) or not raw:
        reader.problem(
            data,
            "blocks" if "blocks" in data else None,
            t("the infographic needs 'blocks:', a list of '- type: ...' entries"),
            t(
                "start each block with '- type:' and one of: {choices}",
                choices=", ".join(BLOCK_TYPES),
            ),
        )
        return []
    blocks = []
    for number, entry in enumerate(raw, start=1):
        block = _read_block(reader, entry, number, raw)
        if block is not None:
            blocks.append(block)
    return blocks


def _read_block(reader: _Reader, entry: Any, number: int, parent: list) -> Block | None:
    if not isinstance(entry, dict):
        reader.problem(
            parent, None, t("block {number} must be 'type:', 'title:', ... lines", number=number)
        )
        return None
    kind = str(entry.get("type") or "").strip()
    if kind not in BLOCK_TYPES:
        close = closest_type(kind) if kind else None
        types = ", ".join(BLOCK_TYPES)
        reader.problem(
            entry,
            "type" if "type" in entry else None,
            t("unknown block type '{kind}' in block {number}", kind=kind, number=number)
            if kind
            else t("block {number} has no 'type'", number=number),
            t("did you mean '{key}'? (the types are: {choices})", key=close, choices=types)
            if close
            else t("use one of: {choices}", choices=types),
        )
        return None
    context = t("block {number} ({kind})", number=number, kind=kind)
    reader.keys(entry, BLOCK_KEYS[kind], context)
    title = reader.text(entry, "title", context, required=True)
    block = Block(
        kind=kind,
        title=title or {},
        description=reader.text(entry, "description", context, required=False),
        source=reader.source(entry, context, None) if "source" in entry else None,
    )
    if kind in ("figures", "bar", "column"):
        block.figures = _read_figures(reader, entry, block, context)
    elif kind == "comparison":
        _read_comparison(reader, entry, block, context)
    elif kind == "timeline":
        block.events = _read_events(reader, entry, block, context)
    else:
        _read_members(reader, entry, block, context)
    # A block with some valid content is published without its broken items.
    return block if title is not None and _has_content(block) else None


def _has_content(block: Block) -> bool:
    return bool(block.figures or block.rows or block.events or block.members)


def _items(reader: _Reader, entry: dict, context: str, example: str) -> list:
    raw = entry.get("items")
    if isinstance(raw, list) and raw:
        return raw
    reader.problem(
        entry,
        "items" if "items" in entry else None,
        t(
            "{place} needs 'items:', a list of '- {example}' entries",
            place=context,
            example=example,
        ),
    )
    return []


def _read_figures(reader: _Reader, entry: dict, block: Block, context: str) -> list[Figure]:
    chart = block.kind != "figures"
    if chart:
        block.unit = reader.text(entry, "unit", context, required=False, neutral_ok=True)
    approx = reader.flag(entry, "approx", context, False) if chart else False
    decimals = reader.decimals(entry, context, None) if chart else None
    figures = []
    for index, item in enumerate(_items(reader, entry, context, "label: ..."), start=1):
        if not isinstance(item, dict):
            reader.problem(
                entry,
                "items",
                t("item {number} of {place} must be 'label:' lines", number=index, place=context),
            )
            continue
        item_context = _item_place(index, item, context)
        before = len(reader.problems)
        reader.keys(item, CHART_ITEM_KEYS if chart else FIGURE_KEYS, item_context)
        label = reader.text(item, "label", item_context, required=True, neutral_ok=True)
        value = reader.number(item, "value", item_context)
        if chart and value is not None and value < 0:
            reader.problem(
                item,
                "value",
                t(
                    "{place}: a {kind} chart shows 0 or more",
                    place=item_context,
                    kind=block.kind,
                ),
            )
        source = reader.source(item, item_context, block.source)
        figure_kwargs: dict[str, Any] = {
            "approx": reader.flag(item, "approx", item_context, approx),
            "decimals": reader.decimals(item, item_context, decimals),
        }
        if chart:
            figure_kwargs["highlight"] = reader.flag(item, "highlight", item_context, False)
            figure_kwargs["unit"] = block.unit
        else:
            figure_kwargs["unit"] = reader.text(
                item, "unit", item_context, required=False, neutral_ok=True
            )
            figure_kwargs["note"] = reader.text(item, "note", item_context, required=False)
        if len(reader.problems) > before or label is None or value is None or source is None:
            continue
        figures.append(Figure(label, value, source, **figure_kwargs))
    return figures


def _read_comparison(reader: _Reader, entry: dict, block: Block, context: str) -> None:
    series = entry.get("series")
    names: list[Localized] = []
    if isinstance(series, list) and len(series) == 2:
        for position, name in enumerate(series, start=1):
            place = t("series {number} of {place}", number=position, place=context)
            text = reader.text({"name": name}, "name", place, True)
            if text is not None:
                names.append(text)
    else:
        reader.problem(
            entry,
            "series" if "series" in entry else None,
            t("{place} needs 'series:', the names of the two things compared", place=context),
            t(
                "write {example}",
                example='series: [{vi: "Việt Nam", en: "Vietnam"}, {vi: "ASEAN", en: "ASEAN"}]',
            ),
        )
    if len(names) != 2:
        return
    block.series = (names[0], names[1])
    block.share = reader.flag(entry, "share", context, False)
    decimals = reader.decimals(entry, context, None)
    for index, item in enumerate(_items(reader, entry, context, "label: ..."), start=1):
        if not isinstance(item, dict):
            reader.problem(
                entry,
                "items",
                t("item {number} of {place} must be 'label:' lines", number=index, place=context),
            )
            continue
        item_context = _item_place(index, item, context)
        row = _read_row(reader, item, item_context, block, decimals)
        if row is not None:
            block.rows.append(row)


def _read_row(
    reader: _Reader, item: dict, context: str, block: Block, decimals: int | None
) -> Row | None:
    before = len(reader.problems)
    reader.keys(item, ROW_KEYS, context)
    label = reader.text(item, "label", context, required=True, neutral_ok=True)
    unit = reader.text(item, "unit", context, required=False, neutral_ok=True)
    approx = reader.flag(item, "approx", context, False)
    decimals = reader.decimals(item, context, decimals)
    row_source = reader.source(item, context, block.source) if "source" in item else block.source
    values = item.get("values")
    if not isinstance(values, list) or len(values) != 2:
        reader.problem(
            item,
            "values" if "values" in item else None,
            t("{place} needs 'values:' with two numbers, one for each series", place=context),
            t("write {example}", example="values: [101.0, 695.2]"),
        )
        return None
    figures = []
    for position, raw in enumerate(values):
        series = block.series[position] if block.series else {"vi": "", "en": ""}
        value_context = t(
            "the value for '{series}' in {place}", series=series[language()], place=context
        )
        if isinstance(raw, dict):
            reader.keys(raw, VALUE_KEYS, value_context)
            wrapped = raw
        else:  # a plain number: messages point at the 'values:' line
            wrapped = Located(value=raw)
            wrapped.key_lines = {}
            wrapped.line = item.line_of("values") if isinstance(item, Located) else 0
        value = reader.number(wrapped, "value", value_context)
        source = reader.source(wrapped, value_context, row_source)
        value_approx = reader.flag(wrapped, "approx", value_context, approx)
        if value is not None and source is not None:
            figures.append(Figure(series, value, source, unit, value_approx, decimals))
    if len(reader.problems) > before or label is None or len(figures) != 2:
        return None
    if block.share and figures[1].value <= 0:
        reader.problem(
            item,
            "values",
            t("{place}: the second value must be above 0 for a share", place=context),
        )
        return None
    return Row(label, (figures[0], figures[1]), unit)


def _read_events(reader: _Reader, entry: dict, block: Block, context: str) -> list[Event]:
    events = []
    for index, item in enumerate(_items(reader, entry, context, "date: 1995-07-28"), start=1):
        if not isinstance(item, dict):
            reader.problem(
                entry,
                "items",
                t("item {number} of {place} must be 'date:' lines", number=index, place=context),
            )
            continue
        item_context = _item_place(index, item, context, "title")
        before = len(reader.problems)
        reader.keys(item, EVENT_KEYS, item_context)
        date = reader.date(item, "date", item_context)
        title = reader.text(item, "title", item_context, required=True)
        text = reader.text(item, "text", item_context, required=False)
        source = reader.source(item, item_context, block.source) if "source" in item else None
        if len(reader.problems) > before or date is None or title is None:
            continue
        events.append(Event(date, title, text, source or block.source))
    # A timeline reads from the oldest event to the newest, whatever order they were typed in.
    return sorted(events, key=lambda event: event.date)


def _read_members(reader: _Reader, entry: dict, block: Block, context: str) -> None:
    raw = entry.get("members")
    codes = [member.code for member in MEMBERS] if raw is None else raw
    if not isinstance(codes, list) or not codes:
        reader.problem(
            entry, "members", t("'members' of {place} must be a list of codes", place=context)
        )
        return
    for code in codes:
        found = _member_code(reader, entry, "members", str(code), context)
        if found and found not in block.members:
            block.members.append(found)
    if "highlight" in entry:
        block.highlight = _member_code(reader, entry, "highlight", str(entry["highlight"]), context)


def _member_code(reader: _Reader, entry: dict, key: str, code: str, context: str) -> str | None:
    code = code.strip().lower()
    if code in BY_CODE:
        return code
    names = {fold(name): m.code for m in MEMBERS for name in m.name.values()}
    close = names.get(fold(code)) or next(
        iter(difflib.get_close_matches(fold(code), list(names), n=1, cutoff=0.6)), None
    )
    guess = names.get(close, close) if close else None
    known = ", ".join(f"{m.code} ({m.name[language()]})" for m in MEMBERS)
    reader.problem(
        entry,
        key,
        t(
            "'{code}' in '{key}' of {place} is not an ASEAN member code",
            code=code,
            key=key,
            place=context,
        ),
        t("did you mean '{key}'?", key=guess)
        if guess
        else t("use one of: {choices}", choices=known),
    )
    return None


class Library:
    """The infographics as last loaded, reloaded only when a data file changed.

    mkdocs-static-i18n builds once per language; both builds share one load.
    """

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.infographics: list[Infographic] = []
        self.problems: list[Problem] = []
        self.images: dict[str, list] = {}  # share images of the language being built, by slug

    def refresh(self, docs_dir: Path) -> bool:
        """Reload if any file changed; True when it did."""
        key = folder_state(docs_dir / DATA_FOLDER)
        if key == self.key:
            return False
        self.key = key
        self.infographics, self.problems = load_infographics(docs_dir)
        return True
