"""A JSON Schema (draft-07) validator for the keywords the open data schema uses, and no more.

Why not the ``jsonschema`` package: it is a test dependency only, and it would bring four more
packages (one of them compiled, rpds-py) into every province's build for one check the national
site runs when it harvests. The open data schema (export.schema.json) keeps to the keywords
below; tests/kit/test_opendata.py checks that it uses no other and that this validator agrees
with ``jsonschema`` on valid and broken exports.

``errors(document, schema)`` returns readable problems, each with the path of the value
("exhibitions[2].items[0].caption.vi"); an empty list means the document is valid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

# Keywords checked here; annotations are read by people and editors' tools only.
KEYWORDS = frozenset(
    {
        "$ref", "type", "enum", "const", "properties", "required", "additionalProperties",
        "propertyNames", "minProperties", "maxProperties", "items", "minItems", "maxItems",
        "pattern", "minLength", "maxLength", "minimum", "maximum", "anyOf",
    }
)  # fmt: skip
ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "definitions", "default"})
MAX_ERRORS = 20  # a hostile document could hold millions: the first ones say enough


def errors(document: Any, schema: Mapping[str, Any], limit: int = MAX_ERRORS) -> list[str]:
    """Every way ``document`` breaks ``schema`` (at most ``limit``), as "path: what"."""
    found: list[str] = []
    for problem in _check(document, schema, schema, "$"):
        found.append(problem)
        if len(found) >= limit:
            break
    return found


def unsupported_keywords(schema: Mapping[str, Any]) -> set[str]:
    """Keywords of ``schema`` this validator would silently ignore (a test keeps it empty)."""
    unknown: set[str] = set()

    def walk(node: Any, in_properties: bool = False) -> None:
        if isinstance(node, Mapping):
            if not in_properties:
                unknown.update(set(node) - KEYWORDS - ANNOTATIONS)
            for key, value in node.items():
                if key in ("properties", "definitions"):
                    for sub in value.values():
                        walk(sub)
                elif key in ("const", "enum", "default"):
                    continue
                else:
                    walk(value)
        elif isinstance(node, list):
            for sub in node:
                walk(sub)

    walk(schema)
    return unknown


def _type_ok(value: Any, name: str) -> bool:
    if name == "null":
        return value is None
    if name == "boolean":
        return isinstance(value, bool)
    if name == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if name == "string":
        return isinstance(value, str)
    if name == "array":
        return isinstance(value, list)
    if name == "object":
        return isinstance(value, dict)
    return False


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _resolve(node: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        reference = node["$ref"]
        if not reference.startswith("#/"):
            raise ValueError(f"only references inside the schema are supported: {reference}")
        target: Any = root
        for part in reference[2:].split("/"):
            target = target[part]
        node = target
    return node


def _same(left: Any, right: Any) -> bool:
    """JSON equality: 1 == 1.0, but True is not 1."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    return left == right


def _check(
    value: Any, node: Mapping[str, Any], root: Mapping[str, Any], path: str
) -> Iterator[str]:
    node = _resolve(node, root)
    if "anyOf" in node:
        options = node["anyOf"]
        if not any(not next(_check(value, o, root, path), None) for o in options):
            # The closest option's reasons: the one that is not just "null expected".
            reasons = [list(_check(value, o, root, path)) for o in options]
            best = min(reasons, key=lambda r: (_only_type(r), len(r)))
            yield from best
            return
    if "type" in node:
        names = node["type"] if isinstance(node["type"], list) else [node["type"]]
        if not any(_type_ok(value, name) for name in names):
            yield f"{path}: {' or '.join(names)} expected, found {_kind(value)}"
            return
    if "const" in node and not _same(value, node["const"]):
        yield f"{path}: must be {node['const']!r}"
    if "enum" in node and not any(_same(value, option) for option in node["enum"]):
        yield f"{path}: must be one of {', '.join(map(repr, node['enum']))}"
    if isinstance(value, str):
        yield from _check_string(value, node, path)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in node and value < node["minimum"]:
            yield f"{path}: must be at least {node['minimum']}"
        if "maximum" in node and value > node["maximum"]:
            yield f"{path}: must be at most {node['maximum']}"
    elif isinstance(value, list):
        yield from _check_array(value, node, root, path)
    elif isinstance(value, dict):
        yield from _check_object(value, node, root, path)


def _only_type(reasons: list[str]) -> bool:
    return len(reasons) == 1 and " expected, found " in reasons[0]


def _kind(value: Any) -> str:
    for name in ("null", "boolean", "integer", "number", "string", "array", "object"):
        if _type_ok(value, name):
            return name
    return type(value).__name__


def _check_string(value: str, node: Mapping[str, Any], path: str) -> Iterator[str]:
    if "minLength" in node and len(value) < node["minLength"]:
        yield f"{path}: must have at least {node['minLength']} characters"
    if "maxLength" in node and len(value) > node["maxLength"]:
        yield f"{path}: has {len(value)} characters, more than {node['maxLength']}"
    if "pattern" in node and not _regex(node["pattern"]).search(value):
        yield f"{path}: {_short(value)!r} does not match {node['pattern']}"


def _check_array(
    value: list, node: Mapping[str, Any], root: Mapping[str, Any], path: str
) -> Iterator[str]:
    if "minItems" in node and len(value) < node["minItems"]:
        yield f"{path}: must have at least {node['minItems']} entries"
    if "maxItems" in node and len(value) > node["maxItems"]:
        yield f"{path}: has {len(value)} entries, more than {node['maxItems']}"
        return  # do not walk a million entries
    if "items" in node:
        for index, entry in enumerate(value):
            yield from _check(entry, node["items"], root, f"{path}[{index}]")


def _check_object(
    value: dict, node: Mapping[str, Any], root: Mapping[str, Any], path: str
) -> Iterator[str]:
    if "minProperties" in node and len(value) < node["minProperties"]:
        yield f"{path}: must have at least {node['minProperties']} keys"
    if "maxProperties" in node and len(value) > node["maxProperties"]:
        yield f"{path}: has {len(value)} keys, more than {node['maxProperties']}"
        return
    for key in node.get("required", ()):
        if key not in value:
            yield f"{path}: '{key}' is missing"
    properties = node.get("properties", {})
    extra = node.get("additionalProperties", True)
    for key, entry in value.items():
        where = f"{path}.{key}"
        if "propertyNames" in node:
            yield from (
                f"{path}: the key {problem.partition(': ')[2]}"
                for problem in _check(key, node["propertyNames"], root, where)
            )
        if key in properties:
            yield from _check(entry, properties[key], root, where)
        elif extra is False:
            yield f"{path}: unknown key '{_short(key)}'"
        elif isinstance(extra, Mapping):
            yield from _check(entry, extra, root, where)


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
