"""YAML loading that remembers line numbers, and key checks with "did you mean".

Editors write these files by hand; every message must point at the line to fix.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from kit.errors import Problem


class Located(dict):
    """A YAML mapping that knows the line of each of its keys (1-based)."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    """SafeLoader whose mappings and lists carry their line numbers."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Located:
    mapping = Located()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[str(key)] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LocatedList:
    items = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    items.line = node.start_mark.line + 1
    return items


def _construct_timestamp_as_text(loader: _Loader, node: yaml.ScalarNode) -> str:
    # Dates stay as written ("1995-07-28"); the content modules parse and validate them.
    return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


class YamlError(Exception):
    """A file that is not valid YAML; ``problem`` says where and how to fix it."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def load(path: Path, display: str) -> Any:
    """Parse ``path``; on a syntax error raise YamlError naming ``display`` and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise YamlError(
            Problem(display, "the file is not UTF-8 text", "save it again as UTF-8")
        ) from None
    try:
        return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" on line {mark.line + 1}" if mark else ""
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise YamlError(
            Problem(
                display,
                f"this is not valid YAML{line}: {reason}",
                "check the indentation (spaces, not tabs) and put text containing ':' "
                "or '#' in double quotes",
            )
        ) from None


def where(display: str, mapping: Any, key: str | None = None) -> str:
    """``file:line`` for a key of a located mapping (or the mapping itself)."""
    if isinstance(mapping, Located):
        return f"{display}:{mapping.line_of(key) if key else mapping.line}"
    return display


def unknown_keys(
    mapping: dict, allowed: Iterable[str], display: str, context: str
) -> list[Problem]:
    """One problem per key not in ``allowed``, suggesting the closest allowed key."""
    allowed = list(allowed)
    problems = []
    for key in mapping:
        if key in allowed:
            continue
        close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(allowed)}"
        problems.append(
            Problem(where(display, mapping, str(key)), f"unknown key '{key}' in {context}", hint)
        )
    return problems


def closest_name(name: str, candidates: list[str]) -> str | None:
    """The file name an editor probably meant: same slug first, then the closest spelling."""
    from kit.slugs import slugify

    by_slug = {slugify(Path(c).stem): c for c in candidates}
    if slugify(Path(name).stem) in by_slug:
        return by_slug[slugify(Path(name).stem)]
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return close[0] if close else None


LANGUAGES = ("vi", "en")
_LANGUAGE_NAMES = {"vi": "Vietnamese", "en": "English"}
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any alphabet


class FieldReader:
    """Checks the fields of one content file, collecting problems instead of stopping at the
    first; the content modules (exhibitions, infographics, provinces) build on it."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []

    def problem(self, mapping: Any, key: str | None, message: str, fix: str = "") -> None:
        self.problems.append(Problem(where(self.display, mapping, key), message, fix))

    def keys(self, mapping: dict, allowed: Iterable[str], context: str) -> None:
        self.problems += unknown_keys(mapping, allowed, self.display, context)

    def text(
        self,
        mapping: dict,
        key: str,
        context: str,
        required: bool,
        plain_ok: bool = False,
        neutral_ok: bool = False,
    ) -> dict[str, str] | None:
        """A field written in both languages: ``{vi: "...", en: "..."}``.

        ``plain_ok``: any text may be written once for both languages (names of places).
        ``neutral_ok``: only a text without letters ("1995", "2010–2019") may be written once.
        """
        value = mapping.get(key)
        if value is None or value == "":
            if required:
                self.problem(
                    mapping,
                    key if key in mapping else None,
                    f"{context} has no '{key}'",
                    f"add '{key}:' with a 'vi:' and an 'en:' line under it",
                )
            return None
        if (plain_ok or neutral_ok) and _is_scalar(value):
            text = str(value).strip()
            if text and (plain_ok or not _LETTER.search(text)):
                return dict.fromkeys(LANGUAGES, text)
        if not isinstance(value, dict):
            self.problem(
                mapping,
                key,
                f"'{key}' of {context} must have a 'vi:' and an 'en:' line",
                f"write it as\n    {key}:\n      vi: ...\n      en: ...",
            )
            return None
        self.keys(value, LANGUAGES, f"'{key}' of {context}")
        result: dict[str, str] = {}
        for lang in LANGUAGES:
            text = value.get(lang)
            if not _is_scalar(text) or not str(text).strip():
                language = _LANGUAGE_NAMES[lang]
                self.problem(
                    value,
                    lang if lang in value else None,
                    f"the {language} '{key}' of {context} is missing or empty",
                    f"write the {language} text after '{lang}:' under '{key}:'",
                )
                return None
            result[lang] = str(text).strip()
        return result


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)
