"""Interface labels: the words the kit itself puts on pages, one catalogue per language.

The catalogues are ``scripts/kit/labels/<code>.yml`` (vi.yml, en.yml, ko.yml, ...), grouped by
the part of the site that shows them (``page``, ``search``, ``exhibitions``, ...), with the same
keys in every language. Python code that builds a view asks ``labels_for(lang)["provinces"]``;
templates read the same words from the Jinja global ``labels`` (``labels.search['open']``),
which the MkDocs glue sets from :func:`template_globals` for the language being built.

Material's own words (the menu, "Skip to content") are not here: Material reads them from its
``partials/languages/<lang>.html`` (the kit overrides vi.html in overrides/).

Adding a language takes its catalogue here and its entry under ``languages:`` in mkdocs.yml;
:func:`check_catalogues` names what is missing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kit.core import languages as site_languages
from kit.core.problems import Problem
from kit.core.yamlfile import YamlError
from kit.core.yamlfile import load as load_yaml
from kit.messages import t

CATALOGUES = Path(__file__).resolve().parent.parent / "labels"
REFERENCE = "en"  # the catalogue a new language is translated from

Labels = dict[str, Any]  # section -> key -> text

_cache: dict[tuple[Path, int], Labels] = {}


class LabelsError(Exception):
    """A catalogue is missing or unreadable; the message names the file and the fix."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def catalogue_path(code: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"{code}.yml"


def _display(path: Path) -> str:
    """The catalogue's path as an editor finds it: from scripts/ on."""
    parts = path.parts
    return "/".join(parts[parts.index("scripts") :]) if "scripts" in parts else str(path)


def labels_for(code: str, folder: Path = CATALOGUES) -> Labels:
    """The labels of language ``code``: ``{"search": {"open": "Mở ô tìm kiếm", ...}, ...}``.

    LabelsError when the language has no catalogue or it cannot be read. Read once per change
    of the file; callers must not change the result."""
    path = catalogue_path(code, folder)
    try:
        key = (path, path.stat().st_mtime_ns)
    except OSError:
        raise LabelsError(_missing(code, folder)) from None
    if key not in _cache:
        try:
            loaded = load_yaml(path, _display(path))
        except YamlError as error:
            raise LabelsError(error.problem) from None
        _cache[key] = _plain(loaded if isinstance(loaded, Mapping) else {})
    return _cache[key]


def _plain(value: Any) -> Any:
    """Plain dicts and strings (the loader's values also know their lines)."""
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    return "" if value is None else str(value)


def _missing(code: str, folder: Path) -> Problem:
    return Problem(
        _display(catalogue_path(code, folder)),
        t(
            "there are no interface labels for the language '{code}' named in mkdocs.yml",
            code=code,
        ),
        t(
            "copy {example} to {file} and translate the text of every line",
            example=_display(catalogue_path(REFERENCE, folder)),
            file=catalogue_path(code, folder).name,
        ),
    )


class Names:
    """The name of one thing (a region, a country) in every language, read from the catalogues
    when asked: ``Names("regions", "tay-nguyen")["vi"]`` is "Tây Nguyên"."""

    def __init__(self, section: str, key: str) -> None:
        self.section = section
        self.key = key

    def __getitem__(self, code: str) -> str:
        return labels_for(code)[self.section][self.key]

    def values(self) -> list[str]:
        """The names in every language of the site."""
        return [self[code] for code in site_languages.active().codes]

    def __repr__(self) -> str:
        return f"Names({self.section!r}, {self.key!r})"


def names(section: str) -> dict[str, Names]:
    """Every key of ``section`` (in the reference catalogue's order) with its names."""
    return {key: Names(section, key) for key in labels_for(REFERENCE)[section]}


def flat(labels: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """``{"search.open": "Mở ô tìm kiếm", ...}``: every label by its dotted key."""
    found: dict[str, str] = {}
    for key, value in labels.items():
        if isinstance(value, Mapping):
            found.update(flat(value, f"{prefix}{key}."))
        else:
            found[f"{prefix}{key}"] = value
    return found


def check_catalogues(
    codes: Iterable[str] | None = None, folder: Path = CATALOGUES
) -> list[Problem]:
    """Every language of the site (the active ones unless ``codes`` says) has a catalogue with
    exactly the keys of the reference one (en.yml) and no empty label."""
    codes = tuple(codes) if codes is not None else site_languages.active().codes
    try:
        reference = flat(labels_for(REFERENCE, folder))
    except LabelsError as error:
        return [error.problem]
    problems: list[Problem] = []
    for code in codes:
        try:
            labels = flat(labels_for(code, folder))
        except LabelsError as error:
            problems.append(error.problem)
            continue
        display = _display(catalogue_path(code, folder))
        example = _display(catalogue_path(REFERENCE, folder))
        problems += [
            Problem(
                display,
                t("the label '{key}' is missing", key=key),
                t("add it, translated from {example}", example=example),
            )
            for key in reference
            if key not in labels
        ]
        problems += [
            Problem(
                display,
                t("the label '{key}' is not in {example}", key=key, example=example),
                t("remove it, or add it to the catalogue of every language"),
            )
            for key in labels
            if key not in reference
        ]
        problems += [
            Problem(display, t("the label '{key}' is empty", key=key), t("write its text"))
            for key, text in labels.items()
            if key in reference and not text.strip()
        ]
    return problems


def is_composed(text: str) -> bool:
    """Vietnamese and Korean are stored composed (NFC), as editors' text is compared."""
    return unicodedata.normalize("NFC", text) == text


def template_globals(code: str) -> dict[str, Any]:
    """What every template sees besides MkDocs' own: ``labels`` (the catalogue of the language
    being built), ``site_language`` and ``other_languages`` (code, name, URL prefix and the
    language's own ``labels``, so a link to it is named in its words)."""
    site = site_languages.active()

    def described(language: site_languages.Language) -> dict[str, Any]:
        return {
            "code": language.code,
            "name": language.name,
            "prefix": language.prefix,
            "locale": language.locale,
            "labels": labels_for(language.code),
        }

    own = site.get(code) if code in site else site_languages.Language(code, code)
    return {
        "labels": labels_for(code),
        "site_language": described(own),
        "other_languages": [described(language) for language in site if language.code != code],
    }
