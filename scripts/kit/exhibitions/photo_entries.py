"""Entries for photos and videos dropped into an exhibition folder without their lines.

``add_missing_entries`` appends one entry per such file at the end of the ``items:`` list of
exhibition.yml, written the way the file's own items are written (where the dashes are,
``{vi: ..., en: ...}`` on one line or ``vi:``/``en:`` on their own lines, the line endings),
and changes nothing else: comments, order and spacing stay as they are. The texts an editor
must write are marked ``TODO``, which the translation check lists until they are written, so
a site with them is never published by mistake.

Plain Python: the command line (scripts/add_photos.py) and the exhibition loader use it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kit.core import languages as site_languages
from kit.core import yamlfile
from kit.core.files import whole_file
from kit.exhibitions.content import IMAGE_EXTENSIONS, METADATA_FILE, VIDEO_EXTENSIONS, is_media

# The texts of a new entry. "TODO" is the kit's one marker for text still to write (province
# scaffolds use it too): the translation check lists every one and `make site` refuses them.
CAPTION = {"vi": "TODO: viết chú thích", "en": "TODO: write the caption"}
ALT = {
    "vi": "TODO: tả ảnh cho người không nhìn thấy",
    "en": "TODO: describe the photo for people who cannot see it",
}
CREDIT = "TODO: tác giả / author"


class EntryError(Exception):
    """exhibition.yml cannot be edited safely; the message (Vietnamese, then English) says why."""


@dataclass(frozen=True)
class Style:
    """How the items of one exhibition.yml are written."""

    dash: int = 2  # column of the "-" of each item
    key: int = 4  # column of the keys inside an item
    flow: bool = False  # bilingual fields as {vi: ..., en: ...} on one line
    flow_space: bool = True  # "{ vi: ... }" rather than "{vi: ...}"
    language: int = 2  # extra indentation of "vi:"/"en:" under a block field
    blank_between: bool = False  # a blank line between items
    newline: str = "\n"


@dataclass
class Result:
    """What ``add_missing_entries`` did to one exhibition.yml."""

    path: Path
    added: list[str]  # file names that got an entry


def missing_media(folder: Path, data: Any) -> list[tuple[str, str | None]]:
    """(file, poster) of every photo or video in ``folder`` that no entry names.

    A video's poster is the photo with the same name next to it, when there is one (that photo
    then gets no entry of its own).
    """
    listed = _listed_names(data)
    files = sorted(
        path.name
        for path in folder.iterdir()
        if path.is_file() and is_media(path) and not path.name.startswith((".", "_"))
    )
    unlisted = [name for name in files if name not in listed]
    posters: dict[str, str] = {}
    for name in unlisted:
        if Path(name).suffix.lower() in VIDEO_EXTENSIONS:
            stem = Path(name).stem
            poster = next(
                (
                    other
                    for other in files
                    if Path(other).stem == stem and Path(other).suffix.lower() in IMAGE_EXTENSIONS
                ),
                None,
            )
            if poster:
                posters[name] = poster
    used_as_poster = set(posters.values())
    return [(name, posters.get(name)) for name in unlisted if name not in used_as_poster]


def _listed_names(data: Any) -> set[str]:
    listed: set[str] = set()
    if not isinstance(data, dict):
        return listed
    if isinstance(data.get("cover"), str):
        listed.add(data["cover"])
    items = data.get("items")
    for entry in items if isinstance(items, list) else []:
        if isinstance(entry, dict):
            listed |= {str(entry[key]) for key in ("file", "poster") if entry.get(key)}
    return listed


def detect_style(text: str, items: Node | None) -> Style:
    """The style of the existing items (the kit's usual style when there are none)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    entries = [
        node for node in (items.value if isinstance(items, SequenceNode) else []) if node.value
    ]
    if not entries or not isinstance(entries[0], MappingNode):
        return Style(newline=newline)
    dash = _column_of_dash(text, entries[0])
    key = entries[0].start_mark.column
    flow_fields = block_fields = 0
    language = 2
    flow_space = True
    for entry in entries:
        if not isinstance(entry, MappingNode):
            continue
        for key_node, value in entry.value:
            if key_node.value not in ("caption", "alt") or not isinstance(value, MappingNode):
                continue
            if value.flow_style:
                flow_fields += 1
                flow_space = text[value.start_mark.index + 1 : value.start_mark.index + 2] == " "
            else:
                block_fields += 1
                language = max(1, value.start_mark.column - key_node.start_mark.column)
    lines = text.splitlines()
    blank_between = any(
        entry.start_mark.line > 0 and not lines[entry.start_mark.line - 1].strip()
        for entry in entries[1:]
    )
    return Style(
        dash=dash,
        key=key,
        flow=flow_fields > block_fields,
        flow_space=flow_space,
        language=language,
        blank_between=blank_between,
        newline=newline,
    )


def _column_of_dash(text: str, entry: Node) -> int:
    """Column of the "-" in front of an item (the item's first key follows it)."""
    start = entry.start_mark.index
    line_start = text.rfind("\n", 0, start) + 1
    dash = text.rfind("-", line_start, start)
    return dash - line_start if dash >= 0 else max(0, entry.start_mark.column - 2)


_PLAIN_NAME = re.compile(r"^[^\W_][\w.-]*$")


def _name(text: str) -> str:
    """A file name as written by hand ("anh-1.jpg"), quoted only when YAML needs it."""
    return text if _PLAIN_NAME.match(text) and not text.isdigit() else _quoted(text)


def _quoted(text: str) -> str:
    # A YAML double-quoted string: JSON's escaping is valid YAML.
    return json.dumps(text, ensure_ascii=False)


def _bilingual(name: str, texts: dict[str, str], style: Style) -> list[str]:
    # One line for every language of the site; a language without its own TODO gets English.
    texts = {code: texts.get(code, texts["en"]) for code in site_languages.active().codes}
    pad = " " * style.key
    if style.flow:
        inner = ", ".join(f"{lang}: {_quoted(value)}" for lang, value in texts.items())
        space = " " if style.flow_space else ""
        return [f"{pad}{name}: {{{space}{inner}{space}}}"]
    inner_pad = " " * (style.key + style.language)
    return [f"{pad}{name}:"] + [
        f"{inner_pad}{lang}: {_quoted(value)}" for lang, value in texts.items()
    ]


def entry_lines(
    name: str,
    poster: str | None,
    style: Style,
    section_ids: list[str] | None = None,
    tags: bool = False,
) -> list[str]:
    """The lines of one new item, in ``style`` (without line endings). ``tags``: the
    exhibition's items carry subject tags, so the new one gets a line to fill in."""
    pad = " " * style.key
    gap = " " * max(1, style.key - style.dash - 1)
    lines = [f"{' ' * style.dash}-{gap}file: {_name(name)}"]
    if Path(name).suffix.lower() in VIDEO_EXTENSIONS:
        if poster:
            lines.append(f"{pad}poster: {_name(poster)}")
        else:
            lines.append(
                f"{pad}# poster: anh-dai-dien.jpg   # ảnh đại diện của video (bắt buộc) / "
                "the video's still image (required)"
            )
    if section_ids:
        shown = ", ".join(section_ids)
        lines.append(
            f"{pad}# section: {_quoted(section_ids[0])}   # chọn phần / choose one: {shown}"
        )
    lines += _bilingual("caption", CAPTION, style)
    lines += _bilingual("alt", ALT, style)
    lines.append(f"{pad}credit: {_quoted(CREDIT)}")
    if tags:
        lines.append(f"{pad}# tags: [vn, 1995]   # thẻ chủ đề / subject tags (docs/_data/tags.yml)")
    return lines


def uses_tags(text: str) -> bool:
    """Whether an exhibition.yml gives its items subject tags ('tags:' lines)."""
    return re.search(r"(?m)^[ \t-]*tags:", text) is not None


def suggested_lines(path: Path, name: str, poster: str | None, section_ids: list[str]) -> list[str]:
    """The entry ``add_missing_entries`` would add for ``name``, in the style of ``path``."""
    text = path.read_text(encoding="utf-8")
    try:
        items = _items_node(yaml.compose(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        items = None
    style = detect_style(text, items[1] if items else None)
    return entry_lines(name, poster, style, section_ids, uses_tags(text))


def add_missing_entries(folder: Path) -> Result:
    """Append an entry for every unlisted photo or video; raise EntryError if not possible.

    The file is rewritten (atomically) only when something was added, and only after the
    edited text was parsed again and found to hold the old entries plus the new ones.
    """
    path = folder / METADATA_FILE
    display = f"{folder.parent.name}/{folder.name}/{METADATA_FILE}"
    if not path.is_file():
        raise EntryError(
            f"{display}: không có tệp này; sao chép exhibitions/_template/{METADATA_FILE} vào "
            f"thư mục rồi viết tên triển lãm / there is no such file; copy "
            f"exhibitions/_template/{METADATA_FILE} into the folder and write the title"
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise EntryError(
            f"{display}: tệp không phải văn bản UTF-8, hãy lưu lại dạng UTF-8 / "
            "the file is not UTF-8 text; save it again as UTF-8"
        ) from None
    data = _parse(path, display)
    if data is not None and not isinstance(data, dict):
        raise EntryError(
            f"{display}: tệp phải gồm các dòng 'khóa: giá trị' (title:, intro:, items:) / "
            "the file must be 'key: value' lines (title:, intro:, items:)"
        )
    missing = missing_media(folder, data or {})
    if not missing:
        return Result(path, [])
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    items = _items_node(root)
    section_ids = _section_ids(data or {})
    added = [name for name, _ in missing]
    try:
        new_text = insert_entries(text, items, missing, section_ids)
        _write_atomically(
            path, new_text.encode("utf-8"), lambda staged: _verify(staged, data, added)
        )
    except EntryError as error:
        raise EntryError(f"{display}: {error}") from None
    return Result(path, added)


def _parse(path: Path, display: str) -> Any:
    try:
        return yamlfile.load(path, display)
    except yamlfile.YamlError as error:
        raise EntryError(
            f"{error.problem}\n  Tệp chưa được sửa: hãy sửa lỗi YAML trên rồi chạy lại lệnh / "
            "the file was not changed: fix the YAML error above and run the command again"
        ) from None


def _items_node(root: Node | None) -> tuple[ScalarNode, Node] | None:
    if not isinstance(root, MappingNode):
        return None
    for key, value in root.value:
        if isinstance(key, ScalarNode) and key.value == "items":
            return key, value
    return None


def _section_ids(data: dict) -> list[str]:
    sections = data.get("sections")
    return [
        str(section["id"])
        for section in (sections if isinstance(sections, list) else [])
        if isinstance(section, dict) and section.get("id") is not None
    ]


def insert_entries(
    text: str,
    items: tuple[ScalarNode, Node] | None,
    missing: list[tuple[str, str | None]],
    section_ids: list[str] | None = None,
) -> str:
    """``text`` with the entries of ``missing`` at the end of its ``items:`` list."""
    style = detect_style(text, items[1] if items else None)
    nl = style.newline
    blocks = [
        entry_lines(name, poster, style, section_ids, uses_tags(text)) for name, poster in missing
    ]
    separator = [""] if style.blank_between else []
    new_lines: list[str] = []
    for block in blocks:
        new_lines += separator + block if new_lines else block
    if items is None:
        body = text if not text or text.endswith(("\n", "\r")) else text + nl
        return body + nl.join(["items:", *new_lines]) + nl
    key, value = items
    if isinstance(value, SequenceNode) and value.flow_style:
        if value.value:
            raise EntryError(
                "'items:' được viết trên một dòng [...]; hãy viết mỗi mục thành các dòng "
                "'- file: ...' / 'items:' is written on one line [...]; write each item as "
                "'- file: ...' lines"
            )
        # "items: []": the brackets go, the entries follow on their own lines.
        text = text[: value.start_mark.index] + text[value.end_mark.index :]
        value = None
    if not isinstance(value, SequenceNode):
        if value is not None and not (isinstance(value, ScalarNode) and value.value == ""):
            raise EntryError(
                "'items:' phải là danh sách các dòng '- file: ...' / "
                "'items:' must be a list of '- file: ...' lines"
            )
        offset = _line_end(text, key.end_mark.index)
        return text[:offset] + nl + nl.join(new_lines) + text[offset:]
    if not value.value:
        offset = _line_end(text, key.end_mark.index)
        return text[:offset] + nl + nl.join(new_lines) + text[offset:]
    offset = _end_of_last_item(text, value)
    lead = nl + nl.join(separator) if separator else ""
    return text[:offset] + lead + nl + nl.join(new_lines) + text[offset:]


def _line_end(text: str, index: int) -> int:
    """Index of the line break ending the line that holds ``index`` (or the end)."""
    end = text.find("\n", index)
    if end < 0:
        return len(text)
    return end - 1 if end > 0 and text[end - 1] == "\r" else end


def _end_of_last_item(text: str, items: SequenceNode) -> int:
    """Where the last item's last written line ends (before trailing comments and blanks)."""
    last = items.value[-1]
    end_line = _last_line(last)
    lines = text.splitlines(keepends=True)
    line = min(end_line, len(lines) - 1)
    while line > last.start_mark.line:
        stripped = lines[line].strip()
        if stripped and not stripped.startswith("#"):
            break
        line -= 1
    start = sum(len(previous) for previous in lines[:line])
    return _line_end(text, start)


def _last_line(node: Node) -> int:
    """The last line (0-based) on which ``node`` has text."""
    if isinstance(node, ScalarNode):
        # A block scalar ("|") ends at the start of the following line.
        end = node.end_mark
        return end.line - 1 if end.column == 0 and end.line > node.start_mark.line else end.line
    children: list[Node] = []
    if isinstance(node, MappingNode):
        if node.flow_style:
            return node.end_mark.line
        children = [child for pair in node.value for child in pair]
    elif isinstance(node, SequenceNode):
        if node.flow_style:
            return node.end_mark.line
        children = list(node.value)
    return max((_last_line(child) for child in children), default=node.start_mark.line)


def _verify(staged: Path, data: Any, added: list[str]) -> None:
    """The edited file holds the old data plus one item per added file, nothing else."""
    display = staged.name
    try:
        new_data = yamlfile.load(staged, display)
    except yamlfile.YamlError:
        new_data = None
    old = data if isinstance(data, dict) else {}
    old_items = list(old.get("items") or [])
    ok = isinstance(new_data, dict)
    if ok:
        new_items = list(new_data.get("items") or [])
        ok = (
            {k: v for k, v in old.items() if k != "items"}
            == {k: v for k, v in new_data.items() if k != "items"}
            and new_items[: len(old_items)] == old_items
            and [item.get("file") for item in new_items[len(old_items) :]] == added
        )
    if not ok:
        raise EntryError(
            "không thể thêm mục mà vẫn giữ nguyên phần còn lại của tệp, nên tệp chưa được sửa; "
            "hãy thêm mục bằng tay theo mẫu exhibitions/_template/exhibition.yml / the entries "
            "could not be added without changing the rest of the file, so the file was left as "
            "it was; add them by hand following exhibitions/_template/exhibition.yml"
        )


def _write_atomically(path: Path, content: bytes, check: Callable[[Path], None]) -> None:
    """Write a temporary file in the same folder, ``check`` it, then rename it over ``path``.

    If ``check`` raises, the temporary file is removed and ``path`` is untouched.
    """
    with whole_file(path, mode=path.stat().st_mode & 0o777) as temporary:
        temporary.write_bytes(content)
        check(temporary)
