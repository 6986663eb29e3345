"""Translation checks of YAML: mkdocs.yml (menu titles, brand) and content files
(exhibitions/*/exhibition.yml, data files under docs/).

Files are read as YAML node trees, not Python values, so that every finding can name the line.
Any mapping whose keys are all language codes ({vi: …, en: …}) is a translatable field.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kit import schemas
from kit.core import field_paths, textfile, yaml_syntax, yamlfile
from kit.core.config_file import ConfigLoader
from kit.core.generated import MARKER as GENERATED_MARKER
from kit.core.textcompare import analyse_markdown
from kit.messages import t
from kit.translations.findings import (
    Finding,
    Param,
    ProjectError,
    at_line,
    copied_finding,
    is_copy,
    join_languages,
    language_name,
    make_finding,
    placeholder_findings,
    refused_finding,
    structure_findings,
    todo_findings,
    wrong_language,
)
from kit.translations.texts import FIELD_NAMES, TEXT_LANGUAGES, UI

CONFIG_FILE = "mkdocs.yml"
EXHIBITIONS_DIR = "exhibitions"
EXHIBITION_FILE = "exhibition.yml"
PROVINCE_FILE = "province.yml"
# Which fields must be {vi: …, en: …} comes from the content schemas (kit/schemas/), which the
# loaders and editors' tools read too: see _check_required.
BRAND_KEYS = schemas.required_bilingual("brand", "extra", "brand")
_LANGUAGE_KEY = re.compile(r"^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$")


# ── mkdocs.yml ───────────────────────────────────────────────────────────────────────────────────


def load_config(project: Path) -> tuple[MappingNode, dict[str, Any]]:
    """mkdocs.yml as a node tree (for line numbers) and as values; ProjectError if unusable."""
    if not project.is_dir():
        raise ProjectError(t("the project folder {folder} does not exist", folder=project))
    path = project / CONFIG_FILE
    if not path.is_file():
        raise ProjectError(
            t(
                "there is no {file} in {folder}: give the folder of the site (the one that "
                "holds mkdocs.yml)",
                file=CONFIG_FILE,
                folder=project,
            )
        )
    try:
        text = textfile.read_text(path, str(path), textfile.MAX_YAML_BYTES)
    except textfile.FileRefused as error:
        raise ProjectError(str(error.problem)) from None
    try:
        node = yaml.compose(text, Loader=ConfigLoader)
    except yaml.YAMLError as error:
        raise ProjectError(str(yaml_syntax.explain(error, text, CONFIG_FILE))) from None
    if not isinstance(node, MappingNode):
        raise ProjectError(t("{file} should be made of 'key: value' lines", file=path))
    return node, _construct(node)


def _construct(node: Node) -> Any:
    """The Python value of a YAML node, unknown tags read as None."""
    return ConfigLoader("").construct_object(node, deep=True)


def check_config(root: MappingNode, languages: tuple[str, ...]) -> list[Finding]:
    """Bilingual fields anywhere in mkdocs.yml, the brand block and the menu titles."""
    findings = _check_fields(root, CONFIG_FILE, "config", languages)
    findings += _check_brand(root, languages)
    findings += _check_nav(root, languages)
    return findings


def _check_brand(root: MappingNode, languages: tuple[str, ...]) -> list[Finding]:
    brand = _get(_get(root, "extra"), "brand")
    if not isinstance(brand, MappingNode):
        return [make_finding("brand.missing", CONFIG_FILE, "config", _line(root))]
    return [
        finding
        for key in BRAND_KEYS
        for finding in _require_field(
            brand, key, CONFIG_FILE, "config", languages, owner=at_line(_line(brand))
        )
    ]


def _check_nav(root: MappingNode, languages: tuple[str, ...]) -> list[Finding]:
    titles = _nav_titles(_get(root, "nav"))
    if not titles:
        return []
    source, *targets = languages
    i18n_languages = _i18n_languages(root)
    findings = []
    for code in targets:
        language = i18n_languages.get(code)
        if language is None:
            findings.append(
                make_finding(
                    "nav.no-language",
                    CONFIG_FILE,
                    "config",
                    _line(_get(root, "plugins") or root),
                    code=code,
                    lang=language_name(code),
                )
            )
            continue
        translations = _get(language, "nav_translations")
        for title, line in titles.items():
            findings += _check_nav_title(title, line, translations, code, source)
    return findings


def _check_nav_title(
    title: str, line: int, translations: Node | None, code: str, source: str
) -> list[Finding]:
    translated = _get(translations, title)
    params: dict[str, Param] = {"title": title, "code": code, "lang": language_name(code)}
    if translated is None:
        return [
            make_finding(
                "nav.missing",
                CONFIG_FILE,
                "config",
                line,
                at=at_line(line),
                source=language_name(source),
                **params,
            )
        ]
    if not _text_of(translated) or not _text_of(translated).strip():
        line = _line(translated)
        return [make_finding("nav.empty", CONFIG_FILE, "config", line, at=at_line(line), **params)]
    return []


def _nav_titles(nav: Node | None) -> dict[str, int]:
    """Every title of the menu (sections too) with its line, in menu order."""
    titles: dict[str, int] = {}
    if not isinstance(nav, SequenceNode):
        return titles
    for entry in nav.value:
        if not isinstance(entry, MappingNode):
            continue  # a bare "page.md": MkDocs takes the title from the page itself
        for key, value in entry.value:
            title = _text_of(key)
            if title:
                titles.setdefault(title, _line(key))
            titles.update({t: n for t, n in _nav_titles(value).items() if t not in titles})
    return titles


def _i18n_languages(root: MappingNode) -> dict[str, MappingNode]:
    """The i18n plugin's languages by locale; empty when the plugin is not configured."""
    plugins = _get(root, "plugins")
    entries = plugins.value if isinstance(plugins, SequenceNode) else [plugins]
    i18n = None
    for entry in entries:
        i18n = _get(entry, "i18n") if isinstance(entry, MappingNode) else None
        if i18n is not None:
            break
    result = {}
    languages = _get(i18n, "languages")
    for language in languages.value if isinstance(languages, SequenceNode) else []:
        locale = _text_of(_get(language, "locale"))
        if locale and isinstance(language, MappingNode):
            result[locale] = language
    return result


# ── YAML nodes ───────────────────────────────────────────────────────────────────────────────────


def _get(node: Node | None, key: str) -> Node | None:
    if not isinstance(node, MappingNode):
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return value_node
    return None


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _text_of(node: Node | None) -> str | None:
    """The text of a plain string node; None for anything else (numbers, lists, null)."""
    if isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        return unicodedata.normalize("NFC", node.value)
    return None


def _is_null(node: Node | None) -> bool:
    return node is None or (isinstance(node, ScalarNode) and node.tag.endswith(":null"))


def _walk(node: Node, path: str = "", seen: set[int] | None = None) -> Iterator[tuple]:
    """(path, node) for ``node`` and every value below it: ``items[3].alt.en``.

    A value repeated with a YAML alias (mkdocs.yml may use them) is walked once, where it
    is defined: nine nested aliases of nine would otherwise mean 387 million paths."""
    yield path, node
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, ScalarNode) else "?"
            yield from _walk(value, f"{path}.{name}" if path else str(name), seen)
    elif isinstance(node, SequenceNode):
        for index, value in enumerate(node.value):
            yield from _walk(value, f"{path}[{index}]", seen)


def _is_translatable(node: Node | None, languages: tuple[str, ...]) -> bool:
    """A mapping whose keys are all language codes, one of them ours: {vi: …, en: …}."""
    if not isinstance(node, MappingNode) or not node.value:
        return False
    keys = [key.value if isinstance(key, ScalarNode) else None for key, _ in node.value]
    return all(isinstance(key, str) and _LANGUAGE_KEY.match(key) for key in keys) and any(
        key in languages for key in keys
    )


# ── content YAML (exhibitions, data files under docs/) ───────────────────────────────────────────


def generated_dirs(docs_dir: Path) -> set[Path]:
    """Folders the build writes (marked by kit.core.generated); their sources are checked
    instead."""
    return {marker.parent for marker in docs_dir.rglob(GENERATED_MARKER)}


def inside(path: Path, folders: set[Path]) -> bool:
    return any(parent in folders for parent in path.parents)


def content_yaml_files(project: Path, docs_dir: Path) -> list[tuple[Path, str]]:
    """(file, section) of every content YAML file; templates and generated folders skipped."""
    files = [
        (path, "exhibitions")
        for path in sorted((project / EXHIBITIONS_DIR).glob(f"*/{EXHIBITION_FILE}"))
        if not path.parent.name.startswith(("_", "."))
    ]
    generated = generated_dirs(docs_dir)
    for path in sorted([*docs_dir.rglob("*.yml"), *docs_dir.rglob("*.yaml")]):
        relative = path.relative_to(docs_dir)
        if "assets" in relative.parts[:-1] or inside(path, generated):
            continue
        if path.name.startswith(("_", ".")):
            continue  # a template such as _template.yml: never published
        folders = relative.parts[:-1]
        if folders and folders[0] == "_data":
            # docs/_data/infographics/ holds the infographics' data, docs/_data/quizzes/ the
            # quizzes; docs/_data/tags.yml is the theme catalogue (section "tags").
            folders = folders[1:] or (path.stem,)
        files.append((path, folders[0] if folders else "pages"))
    return files


def check_yaml_file(
    path: Path, display: str, section: str, languages: tuple[str, ...]
) -> list[Finding]:
    """Every bilingual field of a content file, and the ones its schema requires."""
    try:
        root = yamlfile.compose(path, display)
    except yamlfile.YamlError as error:
        return [refused_finding(error.problem, display, section)]
    if root is None:
        return []
    findings = _check_fields(root, display, section, languages, item_labels(root))
    kind = _schema_kind(path, section)
    if kind is None:
        return findings
    if not isinstance(root, MappingNode):
        return [*findings, make_finding("file.not-mapping", display, section, _line(root))]
    return findings + _check_required(root, (kind,), "", display, section, languages)


def _entry_schema(entry: Node, schema_path: tuple[str, ...]) -> tuple[str, ...] | None:
    """The schema path of one entry of a list: the list's own, or for a list of alternatives
    (an infographic's blocks) the one named by the entry's 'type:'."""
    if not isinstance(entry, MappingNode):
        return None
    described = schemas.node(*schema_path)
    if "properties" in described:
        return schema_path
    if "oneOf" not in described:
        return None
    kind = _text_of(_get(entry, "type"))
    found = schemas.variant(*schema_path, tag="type", value=kind) if kind else None
    return (schema_path[0], *found) if found else None


def _schema_kind(path: Path, section: str) -> str | None:
    """The schema (kit/schemas/) of a content file, from where it lies; None for other files."""
    if section == "exhibitions" and path.name == EXHIBITION_FILE:
        return "exhibition"
    if section == "provinces" and path.name == PROVINCE_FILE:
        return "province"
    if section == "infographics" and path.parent.parent.name == "_data":
        return "infographic"  # docs/_data/infographics/<slug>.yml
    if section == "quizzes" and path.parent.parent.name == "_data":
        return "quiz"  # docs/_data/quizzes/<slug>.yml
    if section == "tags" and path.parent.name == "_data":
        return "tags"  # docs/_data/tags.yml
    return None


def _check_required(
    mapping: MappingNode,
    schema_path: tuple[str, ...],
    path: str,
    display: str,
    section: str,
    languages: tuple[str, ...],
    owner: Param = "",
) -> list[Finding]:
    """The bilingual fields the schema requires of ``mapping``, and of every entry of its lists
    of entries (an exhibition's items, an infographic's blocks), in every language."""
    findings = [
        finding
        for key in schemas.required_bilingual(*schema_path)
        for finding in _require_field(mapping, key, display, section, languages, owner)
    ]
    for key in schemas.keys(*schema_path):
        entries = _get(mapping, key)
        if not isinstance(entries, SequenceNode):
            continue
        for index, entry in enumerate(entries.value):
            entry_schema = _entry_schema(entry, (*schema_path, key, "[]"))
            if entry_schema is None:
                continue  # not a mapping (the content loader reports it) or not described
            entry_path = f"{path}.{key}[{index}]" if path else f"{key}[{index}]"
            label = _entry_label(entry)
            shown_entry = field_paths.shown(entry_path, {entry_path: label} if label else None)
            entry_owner = {
                "en": f" for {shown_entry['en']}, line {_line(entry)}",
                "vi": f" của {shown_entry['vi']}, dòng {_line(entry)}",
            }
            findings += _check_required(
                entry, entry_schema, entry_path, display, section, languages, entry_owner
            )
    return findings


def _require_field(
    parent: MappingNode,
    key: str,
    display: str,
    section: str,
    languages: tuple[str, ...],
    owner: Param = "",
) -> list[Finding]:
    """A field that must exist as {vi: …, en: …}; what is inside is checked by _check_fields."""
    node = _get(parent, key)
    params: dict[str, Param] = {
        "what": FIELD_NAMES.get(key, dict.fromkeys(TEXT_LANGUAGES, f"'{key}'")),
        "key": key,
        "example": "{" + ", ".join(f'{code}: "…"' for code in languages) + "}",
    }
    if _is_null(node):
        line = _line(node) if node is not None else _line(parent)
        typo = _misspelt(parent, key) if node is None else ""
        return [
            make_finding("field.missing", display, section, line, owner=owner, typo=typo, **params)
        ]
    if not _is_translatable(node, languages):
        line = _line(node)
        return [
            make_finding(
                "field.one-language",
                display,
                section,
                line,
                at=at_line(line),
                langs=join_languages(languages),
                **params,
            )
        ]
    return []


def item_labels(root: Node | None) -> dict[str, str]:
    """The name editors know each item of an exhibition by (its file), by path: ``items[3]``."""
    items = _get(root, "items") if isinstance(root, MappingNode) else None
    labels = {}
    for index, item in enumerate(items.value if isinstance(items, SequenceNode) else []):
        label = _entry_label(item)
        if label:
            labels[f"items[{index}]"] = label
    return labels


def _entry_label(entry: Node) -> str | None:
    """What an entry of a list is known by: its file, YouTube video or id."""
    if not isinstance(entry, MappingNode):
        return None
    return next(
        (_text_of(_get(entry, name)) for name in ("file", "youtube", "id") if _get(entry, name)),
        None,
    )


def _misspelt(parent: MappingNode, key: str) -> Mapping[str, str] | str:
    """ "; is 'captoin' on line 24 a misspelling of 'caption'?" when a key of ``parent`` is
    close to the missing ``key`` (the loader reports it as unknown, but this check runs first)."""
    names = [k.value for k, _ in parent.value if isinstance(k, ScalarNode) and k.value != key]
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.7)
    if not close:
        return ""
    line = next(_line(k) for k, _ in parent.value if getattr(k, "value", None) == close[0])
    return {
        "en": f"; is '{close[0]}' on line {line} a misspelling of '{key}'?",
        "vi": f"; có phải '{close[0]}' ở dòng {line} là '{key}' bị gõ sai?",
    }


def _check_fields(
    root: Node,
    display: str,
    section: str,
    languages: tuple[str, ...],
    labels: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Every {vi: …, en: …} field anywhere in the file, and notes left in any text."""
    findings: list[Finding] = []
    for path, node in _walk(root):
        if _is_translatable(node, languages):
            findings += _check_field(node, path, display, section, languages, labels)
        text = _text_of(node)
        if text is not None:
            # A block scalar ("|" or ">") starts on the line after its key.
            line = _line(node) + (1 if getattr(node, "style", None) in ("|", ">") else 0)
            where = field_paths.shown(path, labels)
            findings += todo_findings(text, display, section, path=where, line=line)
            key = re.split(r"[.\[]", path)[-1]
            findings += placeholder_findings(text, key, display, section, line=line, path=where)
    return findings


def _check_field(
    node: MappingNode,
    path: str,
    display: str,
    section: str,
    languages: tuple[str, ...],
    labels: Mapping[str, str] | None,
) -> list[Finding]:
    findings = []
    texts: dict[str, str] = {}
    values = {key.value: value for key, value in node.value}
    for code in languages:
        value = values.get(code)
        lang_path = f"{path}.{code}" if path else code
        if value is None:
            line = _line(node)
            key = "field.missing-language"
        elif isinstance(value, MappingNode | SequenceNode):
            line, key = _line(value), "field.not-text"
        elif _is_null(value) or (_text_of(value) is not None and not _text_of(value).strip()):
            line, key = _line(value), "field.empty"
        else:
            if _text_of(value) is not None:
                texts[code] = _text_of(value)
            continue  # a number or a date is the same in every language
        path_shown = path if key == "field.missing-language" else lang_path
        findings.append(
            make_finding(
                key,
                display,
                section,
                line,
                path=field_paths.shown(path_shown, labels),
                at=at_line(line),
                code=code,
                lang=language_name(code),
            )
        )
    for key, value in values.items():
        if key not in languages:
            line = _line(value)
            findings.append(
                make_finding(
                    "field.unknown-language",
                    display,
                    section,
                    line,
                    path=field_paths.shown(f"{path}.{key}", labels),
                    at=at_line(line),
                    code=key,
                    langs=join_languages(languages),
                )
            )
    findings += _compare_field(texts, path, values, display, section, languages, labels)
    return findings


def _compare_field(
    texts: Mapping[str, str],
    path: str,
    values: Mapping[str, Node],
    display: str,
    section: str,
    languages: tuple[str, ...],
    labels: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Untranslated text, and years, links and images that differ between the languages."""
    source = languages[0]
    findings = []
    for code, text in texts.items():
        line = _line(values[code])
        shown = field_paths.shown(f"{path}.{code}", labels)
        subject = {
            language: f"{shown[language]} ({UI[language]['line']} {line})"
            for language in TEXT_LANGUAGES
        }
        twin = field_paths.shown(f"{path}.{source}", labels)
        if code != source and is_copy(texts.get(source), text):
            findings.append(copied_finding(display, section, line, subject, twin, code))
        else:
            findings += wrong_language(code, text, display, section, line, subject)
        if code != source and source in texts:
            where = {
                "en": f" of {shown['en']} (line {line})",
                "vi": f" của {shown['vi']} (dòng {line})",
            }
            findings += structure_findings(
                source,
                analyse_markdown(texts[source]),
                code,
                analyse_markdown(text),
                display,
                section,
                line,
                twin=twin,
                where=where,
            )
    return findings
