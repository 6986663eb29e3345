"""YAML loading that remembers line numbers, and key checks with "did you mean".

Editors write these files by hand; every message must point at the line to fix. Every content
YAML file (exhibition.yml, province.yml, infographic data) and every page's front matter is
read here, by one loader that enforces the rules in one place: see ``_Loader``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn

import yaml
from yaml.nodes import Node

from kit.core import field_paths, textfile, yaml_syntax
from kit.core import languages as site_languages
from kit.core.problems import Problem
from kit.messages import N_, t

MAX_YAML_DEPTH = 20  # levels of values inside one another; the demo files use at most 10
MAX_TEXT_CHARS = 20_000  # one text field (about 3,000 words); the longest in the demo is 300


class Located(dict):
    """A YAML mapping that knows the line of each of its keys (1-based)."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    """SafeLoader whose mappings and lists carry their line numbers, and which refuses what
    no editor needs and a hostile file uses: anchors and aliases (a few lines of them expand
    to billions of values), repeated keys (the last one silently wins), deep nesting and
    over-long texts (see kit.core.textfile)."""

    def __init__(self, text: str, display: str, first_line: int = 1) -> None:
        super().__init__(text)
        self.display = display
        self.first_line = first_line
        self.depth = 0

    def refuse(self, mark: yaml.Mark, message: str, fix: str) -> NoReturn:
        raise YamlError(Problem(f"{self.display}:{mark.line + self.first_line}", message, fix))

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            self.refuse(
                event.start_mark,
                t("this file uses '&' anchors or '*' aliases to repeat a value"),
                t("write the text out in full in each place and remove the '&name' and '*name'"),
            )
        self.depth += 1
        if self.depth > MAX_YAML_DEPTH:
            self.refuse(
                event.start_mark,
                t(
                    "the values here are nested more than {levels} levels deep",
                    levels=MAX_YAML_DEPTH,
                ),
                t("start again from the template file: no field needs that many levels"),
            )
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def compose_mapping_node(self, anchor: str | None) -> Node:
        node = super().compose_mapping_node(anchor)
        first: dict[tuple[str, str], int] = {}
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode):
                continue
            line = key.start_mark.line + self.first_line
            if (key.tag, key.value) in first:
                earlier = first[key.tag, key.value]
                lines = (
                    t("on lines {first} and {second}", first=earlier, second=line)
                    if earlier != line
                    else t("on line {line}", line=line)
                )
                self.refuse(
                    key.start_mark,
                    t("key '{key}' appears twice, {lines}", key=key.value, lines=lines),
                    t("keep one of them (the build would silently use only the last one)"),
                )
            first[key.tag, key.value] = line
        return node

    def compose_scalar_node(self, anchor: str | None) -> Node:
        node = super().compose_scalar_node(anchor)
        if len(node.value) > MAX_TEXT_CHARS:
            self.refuse(
                node.start_mark,
                t(
                    "this text is {length} characters long; a field may hold at most {limit}",
                    length=f"{len(node.value):,}",
                    limit=f"{MAX_TEXT_CHARS:,}",
                ),
                t("shorten it, or write the long text as a page of its own"),
            )
        # A block text ('|' or '>') starts on the line after its key.
        first = node.start_mark.line + self.first_line + (node.style in ("|", ">"))
        problem = textfile.too_deep(node.value, self.display, first)
        if problem:
            raise YamlError(problem)
        return node


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


class YamlError(textfile.FileRefused):
    """A content file the kit will not use; ``problem`` says where and how to fix it."""


def load(path: Path, display: str) -> Any:
    """The values of content file ``path``, mappings and lists knowing their lines.

    YamlError (naming ``display`` and the line) if the file breaks a rule of this module or
    of kit.core.textfile (size, encoding), or is not valid YAML."""
    return parse(_read(path, display), display)


def compose(path: Path, display: str) -> Node | None:
    """The node tree of content file ``path`` (for checks that report lines of any value);
    the same rules and errors as ``load``."""
    return parse(_read(path, display), display, nodes=True)


def _read(path: Path, display: str) -> str:
    try:
        return textfile.read_text(path, display, textfile.MAX_YAML_BYTES)
    except textfile.FileRefused as error:
        raise YamlError(error.problem) from None


def parse(
    text: str,
    display: str,
    first_line: int = 1,
    nodes: bool = False,
    subject: str | None = None,
) -> Any:
    """The values (or with ``nodes`` the node tree) of YAML ``text`` that starts on line
    ``first_line`` of ``display`` (``subject``: what that part is, when not the whole file);
    YamlError if it breaks a rule or is not valid YAML."""
    loader = _Loader(text, display, first_line)
    try:
        return loader.get_single_node() if nodes else loader.get_single_data()
    except yaml.YAMLError as error:
        raise YamlError(yaml_syntax.explain(error, text, display, first_line, subject)) from None
    finally:
        loader.dispose()


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
        hint = (
            t("did you mean '{key}'?", key=close[0])
            if close
            else t("allowed keys: {keys}", keys=", ".join(allowed))
        )
        problems.append(
            Problem(
                where(display, mapping, str(key)),
                t("unknown key '{key}' in {place}", key=key, place=context),
                hint,
            )
        )
    return problems


def closest_name(name: str, candidates: list[str]) -> str | None:
    """The file name an editor probably meant: same slug first, then the closest spelling."""
    from kit.core.slugs import slugify

    by_slug = {slugify(Path(c).stem): c for c in candidates}
    if slugify(Path(name).stem) in by_slug:
        return by_slug[slugify(Path(name).stem)]
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return close[0] if close else None


_LETTER = re.compile(r"[^\W\d_]")  # a letter of any alphabet


# Wordings of file_in_folder for a photo and for any media file.
_PUT_IT_THERE = {
    True: N_("put the photo in {folder} and write only its name"),
    False: N_("put the file in {folder} and write only its name"),
}
_COPY_IT_THERE = {
    True: N_("copy the photo into {folder}"),
    False: N_("copy the file into {folder} or fix the name"),
}
_NOT_SUPPORTED = {
    True: N_("'{name}' of {place} is not a supported photo type"),
    False: N_("'{name}' of {place} is not a supported file type"),
}


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

    def file_in_folder(
        self,
        mapping: Any,
        key: str,
        context: str,
        folder: Path,
        shown: str,
        kinds: set[str],
        photo: bool,
        elsewhere: Callable[[Path, str], str | None] | None = None,
    ) -> Path | None:
        """The file ``mapping[key]`` names, which must be in ``folder`` (shown to editors as
        ``shown``, e.g. "exhibitions/x/") with a suffix of ``kinds``; None, with a problem
        naming the fix, otherwise. ``photo``: the messages speak of a photo, not a file.
        ``elsewhere(folder, name)``: where else the file was found, for the hint."""
        name = mapping.get(key)
        if not isinstance(name, str) or not name.strip():
            self.problem(
                mapping, key, t("'{key}' of {place} must be a file name", key=key, place=context)
            )
            return None
        if Path(name).name != name:
            self.problem(
                mapping,
                key,
                t(
                    "'{key}: {name}' of {place} must be a file in the same folder",
                    key=key,
                    name=name,
                    place=context,
                ),
                t(_PUT_IT_THERE[photo], folder=shown),
            )
            return None
        path = folder / name
        if not path.is_file():
            names = [p.name for p in sorted(folder.iterdir()) if p.is_file()]
            close = closest_name(name, names)
            found = elsewhere(folder, name) if elsewhere else None
            if found:
                hint = t("the file is in {found}: move it into {folder}", found=found, folder=shown)
            elif close:
                hint = t("did you mean '{key}'?", key=close)
            else:
                hint = t(_COPY_IT_THERE[photo], folder=shown)
            self.problem(
                mapping,
                key,
                t("{place} points at '{name}', which does not exist", place=context, name=name),
                hint,
            )
            return None
        if path.suffix.lower() not in kinds:
            self.problem(
                mapping,
                key,
                t(_NOT_SUPPORTED[photo], name=name, place=context),
                t("use one of: {choices}", choices=", ".join(sorted(kinds))),
            )
            return None
        return path

    def named_file(self, path: Path, lines: str) -> dict | None:
        """The mapping of a content file whose name is its page's address (an infographic, a
        quiz): None, with the problem recorded, if the name is not a slug, the YAML is
        refused or the file is not 'key: value' lines (``lines`` says which, translated)."""
        from kit.core.slugs import slugify

        slug = slugify(path.stem)
        if slug != path.stem:
            self.problem(
                None,
                None,
                t("the file name '{name}' is not a web address", name=path.name),
                t(
                    "rename it to '{name}' (lower-case letters, digits and dashes)",
                    name=f"{slug}{path.suffix}",
                ),
            )
            return None
        try:
            data = load(path, self.display)
        except YamlError as error:
            self.problems.append(error.problem)
            return None
        if not isinstance(data, dict):
            self.problem(None, None, lines)
            return None
        return data

    def text(
        self,
        mapping: dict,
        key: str,
        context: str,
        required: bool,
        plain_ok: bool = False,
        neutral_ok: bool = False,
    ) -> dict[str, str] | None:
        """A field written in every language of the site: ``{vi: "...", en: "..."}``
        (kit.core.languages: a site with Korean needs ``ko:`` too).

        ``plain_ok``: any text may be written once for both languages (names of places).
        ``neutral_ok``: only a text without letters ("1995", "2010–2019") may be written once.
        """
        codes = site_languages.active().codes
        value = mapping.get(key)
        if value is None or value == "":
            if required:
                self.problem(
                    mapping,
                    key if key in mapping else None,
                    t("{place} has no '{key}'", place=context, key=key),
                    t("add '{key}:' with a 'vi:' and an 'en:' line under it", key=key),
                )
            return None
        if (plain_ok or neutral_ok) and _is_scalar(value):
            text = str(value).strip()
            if text and (plain_ok or not _LETTER.search(text)):
                return dict.fromkeys(codes, text)
        if not isinstance(value, dict):
            self.problem(
                mapping,
                key,
                t("'{key}' of {place} must have a 'vi:' and an 'en:' line", key=key, place=context),
                t("write it as {example}", example=f"\n    {key}:\n      vi: ...\n      en: ..."),
            )
            return None
        self.keys(value, codes, t("'{key}' of {place}", key=key, place=context))
        result: dict[str, str] = {}
        for lang in codes:
            text = value.get(lang)
            if not _is_scalar(text) or not str(text).strip():
                language = language_name(lang)
                self.problem(
                    value,
                    lang if lang in value else None,
                    t(
                        "the {language} {field} of {place} is missing or empty",
                        language=language,
                        field=field_paths.field_word(key),
                        place=context,
                    ),
                    t(
                        "write the {language} text after '{code}:' under '{key}:'",
                        language=language,
                        code=lang,
                        key=key,
                    ),
                )
                return None
            result[lang] = str(text).strip()
        return result


def language_name(code: str) -> str:
    """The language of ``code`` as messages name it: "Vietnamese", "English", else its own
    name ("한국어")."""
    if code == "vi":
        return t("Vietnamese")
    if code == "en":
        return t("English")
    site = site_languages.active()
    return site.get(code).name if code in site else code


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)
