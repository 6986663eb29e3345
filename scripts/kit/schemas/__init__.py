"""The JSON Schemas of the content files, and what the loaders take from them.

One schema per kind of content file (``<kind>.schema.json`` in this folder): editors' tools
read them (VS Code's YAML extension underlines a mistake and offers the keys while typing),
and the loaders take their allowed keys, required keys and choices from the same files, so
each kind of content is described once. The loaders still do the checking themselves, with
messages that name the line and suggest a fix; this module only reads the schemas (standard
library, no validator: the build needs no extra package).

A ``path`` walks down a schema: a property name, ``[]`` for the entries of a list, or
``#name`` for a definition, e.g. ``schemas.keys("exhibition", "items", "[]")``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).parent
KINDS = ("exhibition", "province", "infographic", "brand", "tags", "quiz")
SCHEMA_LINE = "# yaml-language-server: $schema="


def schema_file(kind: str) -> Path:
    return FOLDER / f"{kind}.schema.json"


@cache
def _document(name: str) -> dict[str, Any]:
    return json.loads((FOLDER / name).read_text(encoding="utf-8"))


def schema(kind: str) -> dict[str, Any]:
    """The whole schema of ``kind`` (exhibition, province, infographic, brand)."""
    return _document(schema_file(kind).name)


def _resolve(node: dict[str, Any], document: str) -> tuple[dict[str, Any], str]:
    """Follow ``$ref`` (within a file or to another file of this folder)."""
    while "$ref" in node:
        target, _, pointer = node["$ref"].partition("#")
        document = target or document
        node = _document(document)
        for part in pointer.strip("/").split("/") if pointer.strip("/") else ():
            node = node[part]
    return node, document


def _walk(kind: str, path: tuple[str, ...]) -> tuple[dict[str, Any], str]:
    document = schema_file(kind).name
    node, document = _resolve(_document(document), document)
    for step in path:
        if step.startswith("#"):
            node = _document(document)["definitions"][step[1:]]
        elif step == "[]":
            node = node["items"]
        else:
            node = node["properties"][step]
        node, document = _resolve(node, document)
    return node, document


def node(kind: str, *path: str) -> dict[str, Any]:
    """The schema of the value at ``path`` (references followed)."""
    return _walk(kind, path)[0]


def keys(kind: str, *path: str) -> tuple[str, ...]:
    """The keys a mapping at ``path`` may have, in the schema's order."""
    return tuple(node(kind, *path)["properties"])


def required(kind: str, *path: str) -> tuple[str, ...]:
    """The keys a mapping at ``path`` must have."""
    return tuple(node(kind, *path).get("required", ()))


def variants(kind: str, *path: str) -> list[dict[str, Any]]:
    """The alternatives (``oneOf``) of the value at ``path``, references followed."""
    found, document = _walk(kind, path)
    return [_resolve(option, document)[0] for option in found["oneOf"]]


def variant(kind: str, *path: str, tag: str, value: object) -> tuple[str, ...] | None:
    """The path (``#definition``) of the alternative at ``path`` whose ``tag`` key is
    ``value``, e.g. the 'bar' block of an infographic; None when no alternative has it."""
    for option in node(kind, *path)["oneOf"]:
        name = option["$ref"].rpartition("/")[2]
        if node(kind, "#" + name)["properties"][tag].get("const") == value:
            return ("#" + name,)
    return None


def choices(kind: str, *path: str) -> tuple[str, ...]:
    """The values allowed at ``path`` (its ``enum``, or the first ``enum`` of its ``anyOf``)."""
    found = node(kind, *path)
    for option in [found, *found.get("anyOf", ())]:
        if "enum" in option:
            return tuple(option["enum"])
    raise KeyError(f"{kind} {'/'.join(path)} has no enum")


def is_bilingual(kind: str, *path: str) -> bool:
    """True when the value at ``path`` must be written as ``{vi: ..., en: ...}``."""
    return node(kind, *path) is _document("common.schema.json")["definitions"]["bilingualText"]


def bilingual_fields(kind: str, *path: str) -> tuple[str, ...]:
    """The keys of the mapping at ``path`` whose value must be ``{vi: ..., en: ...}``."""
    return tuple(key for key in keys(kind, *path) if is_bilingual(kind, *path, key))


def required_bilingual(kind: str, *path: str) -> tuple[str, ...]:
    """The required keys of the mapping at ``path`` that must be ``{vi: ..., en: ...}``."""
    needed = required(kind, *path)
    return tuple(key for key in bilingual_fields(kind, *path) if key in needed)


def schema_line(kind: str, content_file: Path, project: Path) -> str:
    """The first line of a content file that points editors' tools at its schema, with the
    path relative to the file's folder (``project`` holds scripts/)."""
    relative = Path(*[".."] * len(content_file.parent.relative_to(project).parts))
    target = relative / schema_file(kind).relative_to(FOLDER.parents[2])
    return f"{SCHEMA_LINE}{target.as_posix()}"
