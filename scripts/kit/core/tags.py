"""Subject tags: what a tag id written in ``tags: [...]`` means, and the theme catalogue.

Editors write tags as a short list of ids on an exhibition item or an infographic:
``tags: [kh, di-san, socio-cultural, 1992]``. Four kinds of id, so that most need no
definition at all:

- a country: the two-letter code of an ASEAN member (``vn``, ``kh``, ...; the same codes as
  an infographic's member list), named from the label catalogues (``countries:``);
- a pillar of the ASEAN Community: ``political-security``, ``economic``, ``socio-cultural``,
  named from the label catalogues (``discover:``);
- a year: four digits (``1995``);
- a theme: any other id, defined once with its name in every language in
  ``docs/_data/tags.yml`` (``themes:``).

This module reads the catalogue and the ``tags:`` lists; the content type (content_type.py)
checks every id against the catalogue, with a message naming the file and line.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kit import schemas
from kit.core import languages as site_languages
from kit.core import yamlfile
from kit.core.asean_members import BY_CODE
from kit.core.labels import Names
from kit.core.problems import Problem
from kit.core.yamlfile import Located
from kit.messages import t

CATALOGUE = "_data/tags.yml"  # inside docs/
KINDS = ("country", "theme", "pillar", "year")  # the order of the index page
PILLARS = ("political-security", "economic", "socio-cultural")
CATALOGUE_KEYS = schemas.keys("tags")
THEME_KEYS = schemas.keys("tags", "#theme")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_YEAR = re.compile(r"^\d{4}$")

Localized = Mapping[str, str]


@dataclass(frozen=True)
class Tag:
    id: str
    kind: str  # one of KINDS
    name: Localized  # name["vi"]
    description: Localized | None = None


@dataclass(frozen=True)
class TagRef:
    """The tags written on one item or infographic, and where (for messages)."""

    ids: tuple[str, ...]
    where: str  # "exhibitions/x/exhibition.yml:42"
    owner: str  # "item 3 (angkor-wat.jpg)": how messages name the item


@dataclass
class Catalogue:
    themes: dict[str, Tag]

    def find(self, tag_id: str) -> Tag | None:
        """The tag an id means, or None for an unknown id."""
        if tag_id in BY_CODE:
            return Tag(tag_id, "country", Names("countries", tag_id))
        if tag_id in PILLARS:
            return Tag(tag_id, "pillar", Names("discover", tag_id))
        if _YEAR.match(tag_id):
            return Tag(tag_id, "year", dict.fromkeys(site_languages.active().codes, tag_id))
        return self.themes.get(tag_id)

    def known_ids(self) -> list[str]:
        return [*BY_CODE, *PILLARS, *self.themes]

    def check(self, ref: TagRef) -> list[Problem]:
        """A problem for every id of ``ref`` that means no tag."""
        problems = []
        for tag_id in ref.ids:
            if self.find(tag_id) is not None:
                continue
            close = difflib.get_close_matches(tag_id, self.known_ids(), n=1, cutoff=0.6)
            fix = t(
                "add it under 'themes:' in {file} with its name in every language",
                file=f"docs/{CATALOGUE}",
            )
            if close:
                fix = t("did you mean '{key}'? Otherwise {fix}", key=close[0], fix=fix)
            problems.append(
                Problem(
                    ref.where,
                    t(
                        "{place} has the tag '{tag}', which is not defined",
                        place=ref.owner,
                        tag=tag_id,
                    ),
                    fix,
                )
            )
        return problems


def read_tag_ids(reader: yamlfile.FieldReader, mapping: Located, context: str) -> tuple[str, ...]:
    """The ``tags:`` list of an item or infographic, checked for its form (not its meaning)."""
    raw = mapping.get("tags")
    if raw is None:
        return ()
    example = "tags: [vn, di-san, socio-cultural, 1995]"
    if not isinstance(raw, list):
        reader.problem(
            mapping,
            "tags",
            t("'tags' of {place} must be a list in square brackets", place=context),
            t("write it as {example}", example=example),
        )
        return ()
    ids: list[str] = []
    for value in raw:
        text = (
            str(value).strip()
            if isinstance(value, str | int) and not isinstance(value, bool)
            else ""
        )
        if not _ID.match(text):
            reader.problem(
                mapping,
                "tags",
                t("'{tag}' in 'tags' of {place} is not a tag id", tag=value, place=context),
                t(
                    "tag ids are lower-case letters without accents, digits and dashes, "
                    "e.g. {example}",
                    example=example,
                ),
            )
            continue
        if text in ids:
            reader.problem(
                mapping,
                "tags",
                t("the tag '{tag}' is written twice in {place}", tag=text, place=context),
                t("remove one of the two"),
            )
            continue
        ids.append(text)
    return tuple(ids)


def load_catalogue(docs_dir: Path) -> tuple[Catalogue, list[Problem]]:
    """The themes of ``docs/_data/tags.yml`` (none when the file does not exist)."""
    path = docs_dir / CATALOGUE
    display = f"{docs_dir.name}/{CATALOGUE}"
    catalogue = Catalogue({})
    if not path.is_file():
        return catalogue, []
    reader = yamlfile.FieldReader(display)
    try:
        data = yamlfile.load(path, display)
    except yamlfile.YamlError as error:
        return catalogue, [error.problem]
    if not isinstance(data, dict):
        reader.problem(None, None, t("the file must start with 'themes:' and a list of themes"))
        return catalogue, reader.problems
    reader.keys(data, CATALOGUE_KEYS, t("the tag catalogue"))
    raw = data.get("themes") or []
    if not isinstance(raw, list):
        reader.problem(data, "themes", t("'themes' must be a list of '- id: ...' entries"))
        return catalogue, reader.problems
    for index, entry in enumerate(raw, start=1):
        theme = _read_theme(reader, raw, entry, index, catalogue)
        if theme is not None:
            catalogue.themes[theme.id] = theme
    return catalogue, reader.problems


def _read_theme(
    reader: yamlfile.FieldReader, parent: Any, entry: Any, index: int, catalogue: Catalogue
) -> Tag | None:
    context = t("theme {number}", number=index)
    if not isinstance(entry, dict):
        reader.problem(parent, None, t("{place} must be 'id:' and 'name:' lines", place=context))
        return None
    reader.keys(entry, THEME_KEYS, context)
    theme_id = str(entry.get("id") or "").strip()
    if not _ID.match(theme_id):
        reader.problem(
            entry,
            "id" if "id" in entry else None,
            t("the id '{id}' is not a web address", id=theme_id)
            if theme_id
            else t("{place} has no '{key}'", place=context, key="id"),
            t("use lower-case letters without accents, digits and dashes, e.g. 'id: di-san'"),
        )
        return None
    named = t("theme '{id}'", id=theme_id)
    built_in = Catalogue({}).find(theme_id)
    if built_in is not None:
        reader.problem(
            entry,
            "id",
            t(
                "the theme id '{id}' is already a built-in tag (a country code, a pillar or a "
                "year), which needs no entry",
                id=theme_id,
            ),
            t("remove this theme, or give it another id"),
        )
        return None
    if theme_id in catalogue.themes:
        reader.problem(
            entry,
            "id",
            t("two themes have the id '{id}'", id=theme_id),
            t("give each a different id"),
        )
        return None
    name = reader.text(entry, "name", named, required=True)
    description = reader.text(entry, "description", named, required=False)
    if name is None:
        return None
    return Tag(theme_id, "theme", name, description)
