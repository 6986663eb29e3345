"""The web editor's form fields, read from the content schemas (kit/schemas/*.schema.json).

Each key of a content file becomes one Sveltia CMS field: its label and help text come from the
key's bilingual description ("Chú thích (bắt buộc) — Caption (required)"), its kind from the
schema's type. A text in both languages (``{vi: ..., en: ...}``) becomes a group with one box
per language, next to each other in the same form, so nothing is written in one language only.

Where the schema allows two shapes (a name written once, or ``{vi: ..., en: ...}``; a number,
or a number with its own source), the form offers the fuller one, which the kit always accepts.
A text that may be written once for both languages ("either": ``plainOrBilingual``,
``neutralOrBilingual`` in common.schema.json) is marked (EITHER) so that the editor's file format
(kit-yaml.js) shows ``credit: "Nguyễn Văn A"`` in both boxes and writes it back unchanged;
``shape()`` lists those places and every declared key, and ``without_marks()`` removes the mark
from the configuration Sveltia reads.
"""

from __future__ import annotations

from typing import Any

from kit import schemas
from kit.core import languages as site_languages
from kit.media.pipeline import IMAGE_SUFFIXES

# Names of the languages in their own words, for the boxes of a bilingual text.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English", "ko": "한국어"}
SEPARATOR = " — "  # between the Vietnamese and the English half of a schema description

_COMMON = "common.schema.json"
_EITHER = ("plainOrBilingual", "neutralOrBilingual")
EITHER = "kit_either"  # marks a field (or a list's items) written once or per language
# What a file field accepts: the photo formats the kit reads, and videos (exhibitions).
MEDIA_TYPES = ",".join(sorted(IMAGE_SUFFIXES | {".mp4", ".webm"}))


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def short_label(description: str, fallback: str) -> str:
    """ "Tên triển lãm (bắt buộc) — Exhibition title (required)" -> "Tên triển lãm · Exhibition
    title": the two halves without their notes in brackets."""
    halves = [half.split(" (")[0].split(":")[0].strip() for half in description.split(SEPARATOR)]
    halves = [half for half in halves if half]
    return " · ".join(halves[:2]) or fallback


def _definition(reference: str, document: str) -> tuple[str, str]:
    """(document, definition name) of a ``$ref``."""
    target, _, pointer = reference.partition("#")
    return target or document, pointer.rstrip("/").rpartition("/")[2]


def _target(node: dict[str, Any], document: str) -> tuple[dict[str, Any], str]:
    """The node a ``$ref`` points at (references followed), and its document."""
    while "$ref" in node:
        document, name = _definition(node["$ref"], document)
        node = schemas._document(document)["definitions"][name]
    return node, document


def _common(name: str) -> dict[str, Any]:
    return schemas._document(_COMMON)["definitions"][name]


def _is(node: dict[str, Any], document: str, *names: str) -> bool:
    target, _ = _target(node, document)
    return any(target is _common(name) for name in names)


def bilingual(
    name: str,
    label: str,
    hint: str,
    codes: tuple[str, ...],
    required: bool,
    multiline: bool = False,
) -> dict[str, Any]:
    """A text in every language: one box per language, side by side in one group."""
    widget = "text" if multiline else "string"
    return {
        "name": name,
        "label": label,
        "hint": hint,
        "widget": "object",
        "required": required,
        "fields": [
            {"name": code, "label": language_name(code), "widget": widget, "required": required}
            for code in codes
        ],
    }


def field(
    name: str,
    node: dict[str, Any],
    document: str,
    required: bool,
    codes: tuple[str, ...],
) -> dict[str, Any]:
    """The Sveltia field for the key ``name`` whose schema is ``node`` (in ``document``)."""
    description = node.get("description") or _target(node, document)[0].get("description", "")
    label = short_label(description, name)
    base = {"name": name, "label": label, "hint": description, "required": required}
    if _is(node, document, "bilingualText", *_EITHER):
        multiline = node.get("$ref", "").endswith("/markdownText")  # Markdown: several lines
        group = bilingual(name, label, description, codes, required, multiline)
        return {**group, EITHER: True} if _is(node, document, *_EITHER) else group
    target, document = _target(node, document)
    if _is(node, document, "fileName"):
        # Uploaded into the content file's own folder; the file keeps only the name.
        return {**base, "widget": "image", "choose_url": False, "accept": MEDIA_TYPES}
    if "const" in target:
        return {**base, "widget": "hidden", "default": target["const"]}
    options = _options(target, document)
    if options:
        return {**base, "widget": "select", "options": options}
    if _is(node, document, "date"):
        pattern = _common("date")["anyOf"][1]["pattern"]
        return {**base, "widget": "string", "pattern": [pattern, "1995, 1995-07, 1995-07-28"]}
    shape = _shape(target, document)
    kind = shape.get("type")
    if isinstance(kind, list):
        kind = "string" if "string" in kind else kind[0]
    if kind == "object" and "properties" in shape:
        return {**base, "widget": "object", "fields": _fields(shape, document, codes)}
    if kind == "array":
        return {**base, **_list(shape, document, codes)}
    if kind in ("integer", "number"):
        value_type = "int" if kind == "integer" else "float"
        number = {**base, "widget": "number", "value_type": value_type}
        for bound in ("minimum", "maximum"):
            if bound in shape:
                number[bound[:3]] = shape[bound]
        return number
    if kind == "boolean":
        return {**base, "widget": "boolean"}
    string = {**base, "widget": "string"}
    if "pattern" in shape and shape["pattern"] != "\\S":
        string["pattern"] = [shape["pattern"], description]
    return string


def _shape(node: dict[str, Any], document: str) -> dict[str, Any]:
    """The alternative of an ``anyOf`` that the form offers: an object (the fuller shape) before
    a number or a string; a placeholder ("TODO") is never offered."""
    if "anyOf" not in node:
        return node
    options = [_target(option, document)[0] for option in node["anyOf"]]
    options = [option for option in options if option is not _common("placeholder")]
    for kind in ("object", "number", "integer", "string"):
        for option in options:
            if option.get("type") == kind:
                return option
    return options[0] if options else node


def _options(node: dict[str, Any], document: str) -> list[dict[str, str]]:
    """The choices of an ``enum`` (or of every ``enum`` of an ``anyOf``), labelled with their
    descriptions where the schema gives them."""
    found: list[dict[str, str]] = []
    for option in [node, *node.get("anyOf", ())]:
        option, _ = _target(option, document)
        labels = option.get("enumDescriptions") or []
        for position, value in enumerate(option.get("enum", ())):
            text = labels[position] if position < len(labels) else str(value)
            found.append({"value": value, "label": f"{value} ({short_label(text, text)})"})
    return found


def _fields(node: dict[str, Any], document: str, codes: tuple[str, ...]) -> list[dict[str, Any]]:
    needed = set(node.get("required", ()))
    return [
        field(key, child, document, key in needed, codes)
        for key, child in node.get("properties", {}).items()
    ]


def _list(node: dict[str, Any], document: str, codes: tuple[str, ...]) -> dict[str, Any]:
    items = node.get("items", {})
    result: dict[str, Any] = {"widget": "list"}
    if "minItems" in node:
        result["min"] = node["minItems"]
    if "maxItems" in node:
        result["max"] = node["maxItems"]
    if "oneOf" in items and all("$ref" in option for option in items["oneOf"]):
        variants = [_target(option, document) for option in items["oneOf"]]
        if all("const" in (v.get("properties", {}).get("type") or {}) for v, _ in variants):
            # Blocks of an infographic: one kind of block per 'type:'.
            result["typeKey"] = "type"
            result["types"] = [
                {
                    "name": variant["properties"]["type"]["const"],
                    "label": short_label(variant.get("description", ""), "block"),
                    "widget": "object",
                    "fields": [
                        entry for entry in _fields(variant, where, codes) if entry["name"] != "type"
                    ],
                }
                for variant, where in variants
            ]
            return result
    if _is(items, document, "bilingualText", *_EITHER):
        result["fields"] = [
            {"name": code, "label": language_name(code), "widget": "string"} for code in codes
        ]
        if _is(items, document, *_EITHER):
            result[EITHER] = True
        return result
    target, where = _target(items, document)
    shape = _shape(target, where)
    if shape.get("type") == "object" or "properties" in shape:
        result["fields"] = _fields(shape, where, codes)
        return result
    options = _options(target, where)
    if options:
        return {"widget": "select", "multiple": True, "options": options}
    result["field"] = field("item", target, where, True, codes)
    return result


def content_fields(kind: str, codes: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """Every field of a content file of ``kind`` (exhibition, province, infographic), in the
    schema's order (the order the file is written in)."""
    codes = codes or site_languages.active().codes
    document = schemas.schema_file(kind).name
    return _fields(schemas.schema(kind), document, codes)


Path = tuple[str, ...]  # keys from the top of a file; "*" for every item of a list


def shape(field_list: list[dict[str, Any]], codes: tuple[str, ...]) -> dict[str, Any]:
    """What the editor's file format (kit-yaml.js) needs to know of a kind of file: the
    language codes, the places of "either" texts and every key the form declares."""
    declared: list[Path] = []
    either: list[Path] = []

    def walk(entries: list[dict[str, Any]], prefix: Path) -> None:
        for entry in entries:
            path = (*prefix, entry["name"])
            declared.append(path)
            _walk_field(entry, path)

    def _walk_field(entry: dict[str, Any], path: Path) -> None:
        widget = entry.get("widget")
        if widget == "object":
            if entry.get(EITHER):
                either.append(path)
            walk(entry.get("fields", []), path)
        elif widget == "list":
            items = (*path, "*")
            if entry.get(EITHER):
                either.append(items)
            if "fields" in entry:
                walk(entry["fields"], items)
            if "field" in entry:
                _walk_field(entry["field"], items)
            for variant in entry.get("types", ()):
                walk(variant.get("fields", []), items)

    walk(field_list, ())
    return {
        "codes": list(codes),
        "either": [list(path) for path in dict.fromkeys(either)],
        "declared": [list(path) for path in dict.fromkeys(declared)],
    }


def without_marks(value: Any) -> Any:
    """``value`` (fields of the configuration) without the EITHER marks."""
    if isinstance(value, dict):
        return {key: without_marks(child) for key, child in value.items() if key != EITHER}
    if isinstance(value, list):
        return [without_marks(child) for child in value]
    return value
