"""Translation completeness: is every page, caption and menu title there in every language?

mkdocs-static-i18n publishes a missing English page as the Vietnamese one under /en/ without a
word of warning, so this module reads the sources (docs/, exhibitions/, mkdocs.yml) itself and
lists what is missing (gaps) and what looks different between the languages (warnings).
Plain Python: no MkDocs import, so the command line, the tests and the build all call it.

The wording of every finding lives in ``kit.translation_texts``, in English and Vietnamese.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kit.pages import LANGUAGES, markdown_files, page_language
from kit.translation_texts import (
    FIELD_NAMES,
    LANGUAGE_NAMES,
    MESSAGES,
    SECTION_NAMES,
    TEXT_LANGUAGES,
    UI,
    count,
)

Severity = Literal["gap", "warning"]
# A message parameter: the same text in every language, or one text per language.
Param = str | int | Mapping[str, str]

CONFIG_FILE = "mkdocs.yml"
GENERATED_MARKER = ".generated"
EXHIBITIONS_DIR = "exhibitions"
EXHIBITION_FILE = "exhibition.yml"
BRAND_KEYS = ("site_name", "description", "agency", "address")
EXHIBITION_FIELDS = ("title", "intro")
ITEM_FIELDS = ("caption", "alt")

# Message key -> kind of finding. The kind is what the JSON output and the tests rely on.
KINDS: Mapping[str, str] = {
    "page.missing": "missing-page",
    "page.no-suffix": "file-name",
    "page.unknown-suffix": "file-name",
    "file.unreadable": "unreadable",
    "file.not-mapping": "unreadable",
    "field.missing": "missing-field",
    "field.one-language": "missing-field",
    "field.missing-language": "missing-field",
    "field.empty": "empty-field",
    "field.not-text": "not-text",
    "field.unknown-language": "unknown-language",
    "text.copied": "untranslated",
    "text.mostly-vietnamese": "untranslated",
    "text.no-diacritics": "not-vietnamese",
    "text.todo": "todo",
    "nav.missing": "missing-nav-translation",
    "nav.empty": "missing-nav-translation",
    "nav.no-language": "missing-nav-translation",
    "brand.missing": "missing-field",
    "structure.headings": "heading-mismatch",
    "structure.images": "image-mismatch",
    "structure.links": "link-mismatch",
    "structure.numbers": "number-mismatch",
    "git.stale": "stale",
}
WARNING_KINDS = frozenset(
    {
        "unknown-language",
        "heading-mismatch",
        "image-mismatch",
        "link-mismatch",
        "number-mismatch",
        "stale",
    }
)

# Heuristics for "not translated". Short texts are mostly names ("Hà Nội", "TTXVN"), which
# stay the same in both languages, so they are left alone.
MIN_WORDS_COPIED = 4
MIN_WORDS_NO_DIACRITICS = 5
LONG_TEXT_WORDS = 20  # lower-case words; below this a text counts as short
LONG_TEXT_SHARE = 0.2  # share of Vietnamese words that marks a long English text
SHORT_TEXT_SHARE = 0.5
VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
# Common English words that are never Vietnamese words ("in", "to", "an" are both).
ENGLISH_WORDS = frozenset(
    "the of and for with from by is are was were this that these those its their his her "
    "our your has have had been be at on into as or not it which who will can".split()
)

_LANGUAGE_KEY = re.compile(r"^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})(.*)$")
_HEADING = re.compile(r"^[ \t]*(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_HEADING_TAIL = re.compile(r"(?:[ \t]+#+|[ \t]*\{[^{}]*\})[ \t]*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_REFERENCE = re.compile(r"^[ \t]{0,3}\[(?!\^)[^\]]+\]:[ \t]*<?([^\s>]+)>?.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|mailto|tel):[^>\s]+)>")
_HREF = re.compile(r"\bhref\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_BARE_URL = re.compile(r"\bhttps?://[^\s<>()\"']+")
_ATTR_LIST = re.compile(r"\{:?[ \t]*(?:[.#][\w-]+|[\w-]+=)[^{}\n]*\}")
_EMOJI = re.compile(r":[a-z][a-z0-9_+-]*:")
_ENTITY = re.compile(r"&#?\w+;")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
# "1.234", "1,234,567", "1.234,5", "12,5": a number; anything else with dots ("28.7.1995")
# is read as separate groups of digits.
_GROUPED_NUMBER = re.compile(r"^(?:\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d+)?|\d+[.,]\d+)$")
_WORD = re.compile(r"[^\W\d_]+")
_MARKERS = re.compile(r"\b(TODO|FIXME|XXX)\b|(\[(?:dịch|translate)\])", re.IGNORECASE)
_CASE_SENSITIVE_MARKERS = frozenset({"TODO", "FIXME", "XXX"})


class ProjectError(Exception):
    """The project cannot be checked at all (no folder, no mkdocs.yml, unreadable config).

    The message is what the user reads.
    """


@dataclass(frozen=True)
class Finding:
    """One thing missing or suspicious, located and explained (with the fix)."""

    file: str
    kind: str
    severity: Severity
    message: str
    fix: str
    section: str
    line: int | None = None
    # The same message and fix in every language of the wording, for the status page.
    texts: Mapping[str, tuple[str, str]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    def text(self, language: str) -> tuple[str, str]:
        """(message, fix) in ``language``, English when that wording does not exist."""
        return self.texts.get(language, (self.message, self.fix))

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        message, fix = self.text(language)
        return {
            "file": self.file,
            "line": self.line,
            "section": self.section,
            "kind": self.kind,
            "severity": self.severity,
            "message": message,
            "fix": fix,
        }


@dataclass(frozen=True)
class SectionCount:
    files: int = 0
    gaps: int = 0
    warnings: int = 0


@dataclass
class TranslationReport:
    """Everything found in one project, with the files that were checked per section."""

    project: Path
    languages: tuple[str, ...]
    findings: list[Finding]
    checked: dict[str, list[str]]

    @property
    def gaps(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity == "gap"]

    @property
    def warnings(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity == "warning"]

    @property
    def complete(self) -> bool:
        return not self.gaps

    @property
    def files_checked(self) -> int:
        return sum(len(files) for files in self.checked.values())

    def sections(self) -> dict[str, SectionCount]:
        """Counts per section, in a stable order: the known sections first."""
        names = [*self.checked, *(finding.section for finding in self.findings)]
        order = {name: index for index, name in enumerate(SECTION_NAMES)}
        result = {}
        for name in sorted(set(names), key=lambda name: (order.get(name, len(order)), name)):
            findings = [finding for finding in self.findings if finding.section == name]
            result[name] = SectionCount(
                files=len(self.checked.get(name, [])),
                gaps=sum(finding.severity == "gap" for finding in findings),
                warnings=sum(finding.severity == "warning" for finding in findings),
            )
        return result

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        return {
            "project": str(self.project),
            "languages": list(self.languages),
            "complete": self.complete,
            "counts": {
                "gaps": len(self.gaps),
                "warnings": len(self.warnings),
                "files_checked": self.files_checked,
                "sections": {
                    name: {"files": c.files, "gaps": c.gaps, "warnings": c.warnings}
                    for name, c in self.sections().items()
                },
            },
            "findings": [finding.to_dict(language) for finding in self.findings],
        }


# ── the entry point ──────────────────────────────────────────────────────────────────────────


def check_project(
    project: Path, *, languages: Sequence[str] = LANGUAGES, git: bool = True
) -> TranslationReport:
    """Check every translatable source of ``project``; the first language is the original.

    Raises ProjectError when the project cannot be checked at all.
    """
    project = Path(project)
    languages = tuple(languages)
    config_node, config = _load_config(project)
    docs_dir = project / str(config.get("docs_dir") or "docs")
    if not docs_dir.is_dir():
        raise ProjectError(
            f"the pages folder '{docs_dir.name}' does not exist in {project} "
            f"(mkdocs.yml says 'docs_dir: {config.get('docs_dir') or 'docs'}')"
        )
    findings: list[Finding] = []
    checked: dict[str, list[str]] = {"config": [CONFIG_FILE]}
    findings += _check_config(config_node, languages)

    pages = _page_files(docs_dir)
    checked["pages"] = [_display(project, path) for path in pages]
    findings += _check_pages(project, pages, languages, _GitDates(project, git))

    for path, section in _content_yaml_files(project, docs_dir):
        display = _display(project, path)
        checked.setdefault(section, []).append(display)
        findings += _check_yaml_file(path, display, section, languages)

    unique = sorted(set(findings), key=lambda f: (f.file, f.line or 0, f.kind, f.message))
    return TranslationReport(project, languages, unique, checked)


def _display(project: Path, path: Path) -> str:
    try:
        return path.relative_to(project).as_posix()
    except ValueError:
        return path.as_posix()


def _finding(
    key: str, display: str, section: str, line: int | None = None, /, **params: Param
) -> Finding:
    """A finding whose message and fix are the template ``key`` filled in every language."""
    kind = KINDS[key]
    texts = {language: _render(key, language, params) for language in TEXT_LANGUAGES}
    message, fix = texts["en"]
    severity: Severity = "warning" if kind in WARNING_KINDS else "gap"
    return Finding(display, kind, severity, message, fix, section, line, texts)


def _render(key: str, language: str, params: Mapping[str, Param]) -> tuple[str, str]:
    values = {
        name: value.get(language, value.get("en", "")) if isinstance(value, Mapping) else value
        for name, value in params.items()
    }
    message, fix = MESSAGES[key][language]
    return message.format_map(values), fix.format_map(values)


def _language(code: str) -> Mapping[str, str]:
    """The name of a language in every language of the wording ("English", "tiếng Anh")."""
    return LANGUAGE_NAMES.get(code, dict.fromkeys(TEXT_LANGUAGES, f"'{code}'"))


def _join(codes: Iterable[str]) -> Mapping[str, str]:
    """ "Vietnamese and English" / "tiếng Việt và tiếng Anh"."""
    codes = list(codes)
    result = {}
    for language in TEXT_LANGUAGES:
        names = [_language(code)[language] for code in codes]
        last = f" {UI[language]['and']} {names[-1]}" if len(names) > 1 else names[-1]
        result[language] = ", ".join(names[:-1]) + last
    return result


def _at(line: int | None) -> Mapping[str, str] | str:
    """ " (line 12)" in every language, or nothing when the line is unknown."""
    if not line:
        return ""
    return {language: f" ({UI[language]['line']} {line})" for language in TEXT_LANGUAGES}


def _shorten(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return f"{text[: limit - 1]}…" if len(text) > limit else text


# ── mkdocs.yml ───────────────────────────────────────────────────────────────────────────────


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (!!python/name:, !ENV, !relative)."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: Node) -> None:
    return None


_ConfigLoader.add_multi_constructor("", _ignore_tag)


def _load_config(project: Path) -> tuple[MappingNode, dict[str, Any]]:
    if not project.is_dir():
        raise ProjectError(f"the project folder {project} does not exist")
    path = project / CONFIG_FILE
    if not path.is_file():
        raise ProjectError(
            f"there is no {CONFIG_FILE} in {project}: give the folder of the site "
            "(the one that holds mkdocs.yml)"
        )
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    except (OSError, UnicodeDecodeError) as error:
        raise ProjectError(f"{path} cannot be read: {error}") from None
    except yaml.YAMLError as error:
        raise ProjectError(f"{path} is not valid YAML: {_yaml_reason(error)}") from None
    if not isinstance(node, MappingNode):
        raise ProjectError(f"{path} should be made of 'key: value' lines")
    return node, _construct(node)


def _yaml_reason(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    return f"{reason} (line {mark.line + 1})" if mark else reason


def _construct(node: Node) -> Any:
    """The Python value of a YAML node, unknown tags read as None."""
    return _ConfigLoader("").construct_object(node, deep=True)


def _check_config(root: MappingNode, languages: tuple[str, ...]) -> list[Finding]:
    findings = _check_fields(root, CONFIG_FILE, "config", languages)
    findings += _check_brand(root, languages)
    findings += _check_nav(root, languages)
    return findings


def _check_brand(root: MappingNode, languages: tuple[str, ...]) -> list[Finding]:
    brand = _get(_get(root, "extra"), "brand")
    if not isinstance(brand, MappingNode):
        return [_finding("brand.missing", CONFIG_FILE, "config", _line(root))]
    return [
        finding
        for key in BRAND_KEYS
        for finding in _require_field(
            brand, key, "extra.brand", CONFIG_FILE, "config", languages, owner=_at(_line(brand))
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
                _finding(
                    "nav.no-language",
                    CONFIG_FILE,
                    "config",
                    _line(_get(root, "plugins") or root),
                    code=code,
                    lang=_language(code),
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
    params: dict[str, Param] = {"title": title, "code": code, "lang": _language(code)}
    if translated is None:
        return [
            _finding(
                "nav.missing",
                CONFIG_FILE,
                "config",
                line,
                at=_at(line),
                source=_language(source),
                **params,
            )
        ]
    if not _text_of(translated) or not _text_of(translated).strip():
        line = _line(translated)
        return [_finding("nav.empty", CONFIG_FILE, "config", line, at=_at(line), **params)]
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


# ── YAML nodes ───────────────────────────────────────────────────────────────────────────────


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


def _walk(node: Node, path: str = "", seen: frozenset[int] = frozenset()) -> Iterator[tuple]:
    """(path, node) for ``node`` and every value below it: ``items[3].alt.en``."""
    yield path, node
    if id(node) in seen:  # a YAML alias that contains itself
        return
    seen = seen | {id(node)}
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
    return all(
        isinstance(key, str) and _LANGUAGE_KEY.match(key) for key in keys
    ) and any(key in languages for key in keys)


# ── content YAML (exhibitions, data files under docs/) ──────────────────────────────────────


def _content_yaml_files(project: Path, docs_dir: Path) -> list[tuple[Path, str]]:
    """(file, section) of every content YAML file; templates and generated folders skipped."""
    files = [
        (path, "exhibitions")
        for path in sorted((project / EXHIBITIONS_DIR).glob(f"*/{EXHIBITION_FILE}"))
        if not path.parent.name.startswith(("_", "."))
    ]
    generated = _generated_dirs(docs_dir)
    for path in sorted([*docs_dir.rglob("*.yml"), *docs_dir.rglob("*.yaml")]):
        relative = path.relative_to(docs_dir)
        if "assets" in relative.parts[:-1] or _inside(path, generated):
            continue
        files.append((path, relative.parts[0] if len(relative.parts) > 1 else "pages"))
    return files


def _check_yaml_file(
    path: Path, display: str, section: str, languages: tuple[str, ...]
) -> list[Finding]:
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    except (OSError, UnicodeDecodeError) as error:
        return [_finding("file.unreadable", display, section, at="", reason=str(error))]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        return [
            _finding(
                "file.unreadable",
                display,
                section,
                line,
                at=_at(line),
                reason={"en": reason, "vi": "lỗi cú pháp YAML"},
            )
        ]
    if root is None:
        return []
    findings = _check_fields(root, display, section, languages)
    if path.name == EXHIBITION_FILE and section == "exhibitions":
        findings += _check_exhibition(root, display, languages)
    return findings


def _check_exhibition(root: Node, display: str, languages: tuple[str, ...]) -> list[Finding]:
    """Fields an exhibition cannot be published without, in every language."""
    if not isinstance(root, MappingNode):
        return [_finding("file.not-mapping", display, "exhibitions", _line(root))]
    findings = [
        finding
        for key in EXHIBITION_FIELDS
        for finding in _require_field(root, key, "", display, "exhibitions", languages)
    ]
    items = _get(root, "items")
    for index, item in enumerate(items.value if isinstance(items, SequenceNode) else []):
        if not isinstance(item, MappingNode):
            continue  # the exhibition loader reports malformed items
        label = next(
            (_text_of(_get(item, key)) for key in ("file", "youtube", "id") if _get(item, key)),
            None,
        ) or str(index + 1)
        owner = {
            "en": f" for item “{label}” (line {_line(item)})",
            "vi": f" của mục “{label}” (dòng {_line(item)})",
        }
        for key in ITEM_FIELDS:
            findings += _require_field(
                item, key, f"items[{index}]", display, "exhibitions", languages, owner=owner
            )
    return findings


def _require_field(
    parent: MappingNode,
    key: str,
    parent_path: str,
    display: str,
    section: str,
    languages: tuple[str, ...],
    owner: Param = "",
) -> list[Finding]:
    """A field that must exist as {vi: …, en: …}; what is inside is checked by _check_fields."""
    node = _get(parent, key)
    path = f"{parent_path}.{key}" if parent_path else key
    params: dict[str, Param] = {
        "what": FIELD_NAMES.get(key, dict.fromkeys(TEXT_LANGUAGES, f"'{key}'")),
        "path": path,
        "key": key,
        "example": "{" + ", ".join(f'{code}: "…"' for code in languages) + "}",
    }
    if _is_null(node):
        line = _line(node) if node is not None else _line(parent)
        return [_finding("field.missing", display, section, line, owner=owner, **params)]
    if not _is_translatable(node, languages):
        line = _line(node)
        return [
            _finding(
                "field.one-language",
                display,
                section,
                line,
                at=_at(line),
                langs=_join(languages),
                **params,
            )
        ]
    return []


def _check_fields(
    root: Node, display: str, section: str, languages: tuple[str, ...]
) -> list[Finding]:
    """Every {vi: …, en: …} field anywhere in the file, and notes left in any text."""
    findings: list[Finding] = []
    for path, node in _walk(root):
        if _is_translatable(node, languages):
            findings += _check_field(node, path, display, section, languages)
        text = _text_of(node)
        if text is not None:
            findings += _todo_findings(text, display, section, path=path, line=_line(node))
    return findings


def _check_field(
    node: MappingNode, path: str, display: str, section: str, languages: tuple[str, ...]
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
            _finding(
                key,
                display,
                section,
                line,
                path=path_shown,
                at=_at(line),
                code=code,
                lang=_language(code),
            )
        )
    for key, value in values.items():
        if key not in languages:
            line = _line(value)
            findings.append(
                _finding(
                    "field.unknown-language",
                    display,
                    section,
                    line,
                    path=f"{path}.{key}",
                    at=_at(line),
                    code=key,
                    langs=_join(languages),
                )
            )
    findings += _compare_field(texts, path, values, display, section, languages)
    return findings


def _compare_field(
    texts: Mapping[str, str],
    path: str,
    values: Mapping[str, Node],
    display: str,
    section: str,
    languages: tuple[str, ...],
) -> list[Finding]:
    """Untranslated text and differing years, links and images between the languages."""
    source = languages[0]
    if source not in texts:
        return []
    findings = []
    source_text = analyse_markdown(texts[source])
    for code in languages[1:]:
        if code not in texts:
            continue
        line = _line(values[code])
        subject = {
            language: f"'{path}.{code}' ({UI[language]['line']} {line})"
            for language in TEXT_LANGUAGES
        }
        twin = f"'{path}.{source}'"
        findings += _language_findings(
            source, texts[source], code, texts[code], display, section, line, subject, twin
        )
        where = {
            "en": f" of '{path}.{code}' (line {line})",
            "vi": f" của '{path}.{code}' (dòng {line})",
        }
        findings += _structure_findings(
            source,
            source_text,
            code,
            analyse_markdown(texts[code]),
            display,
            section,
            line,
            twin=twin,
            where=where,
        )
    return findings


# ── pages under docs/ ────────────────────────────────────────────────────────────────────────


def _generated_dirs(docs_dir: Path) -> set[Path]:
    return {marker.parent for marker in docs_dir.rglob(GENERATED_MARKER)}


def _inside(path: Path, folders: set[Path]) -> bool:
    return any(parent in folders for parent in path.parents)


def _page_files(docs_dir: Path) -> list[Path]:
    """Pages written by people: the build's generated folders are checked at their source."""
    generated = _generated_dirs(docs_dir)
    return [path for path in markdown_files(docs_dir) if not _inside(path, generated)]


def _check_pages(
    project: Path, pages: list[Path], languages: tuple[str, ...], git: _GitDates
) -> list[Finding]:
    findings: list[Finding] = []
    groups: dict[Path, dict[str, Path]] = {}
    for path in pages:
        code = page_language(path)
        if code in languages:
            stem = path.with_name(path.name[: -len(f".{code}.md")])
            groups.setdefault(stem, {})[code] = path
        else:
            findings.append(_file_name_finding(project, path, code, languages))
    for stem, files in sorted(groups.items()):
        findings += _check_page_group(project, stem, files, languages, git)
    return findings


def _file_name_finding(
    project: Path, path: Path, code: str | None, languages: tuple[str, ...]
) -> Finding:
    stem = path.name.split(".")[0]
    names = [f"'{stem}.{language}.md'" for language in languages]
    endings = [f"'.{language}.md'" for language in languages]
    expected = {lang: f" {UI[lang]['and']} ".join(names) for lang in TEXT_LANGUAGES}
    or_word = {"en": "or", "vi": "hoặc"}
    params: dict[str, Param] = {
        "expected": {lang: f" {or_word[lang]} ".join(names) for lang in TEXT_LANGUAGES},
        "endings": {lang: f" {or_word[lang]} ".join(endings) for lang in TEXT_LANGUAGES},
        "codes": ", ".join(languages),
    }
    del expected  # both files are meant, but one name is what a rename gives
    display = _display(project, path)
    if code is None:
        return _finding("page.no-suffix", display, "pages", **params)
    return _finding("page.unknown-suffix", display, "pages", code=code, **params)


def _check_page_group(
    project: Path,
    stem: Path,
    files: Mapping[str, Path],
    languages: tuple[str, ...],
    git: _GitDates,
) -> list[Finding]:
    findings: list[Finding] = []
    for code in languages:
        if code in files:
            continue
        present = next(language for language in languages if language in files)
        findings.append(
            _finding(
                "page.missing",
                _display(project, stem.with_name(f"{stem.name}.{code}.md")),
                "pages",
                file=_display(project, stem.with_name(f"{stem.name}.{code}.md")),
                twin=_display(project, files[present]),
                lang=_language(code),
            )
        )
    pages = {code: _read_page(path) for code, path in files.items()}
    for code, page in pages.items():
        findings += _todo_findings_in_page(page, _display(project, files[code]))
    source = languages[0]
    if source not in pages:
        return findings
    for code in languages[1:]:
        if code in pages:
            findings += _compare_pages(project, files, pages, source, code, git)
    if not any(code in pages for code in languages[1:]):
        findings += _language_findings_single(pages[source], _display(project, files[source]))
    return findings


@dataclass(frozen=True)
class _Page:
    meta_text: str  # the title and description from the front matter
    body: str
    first_line: int  # line of the body's first line in the file
    text: PageText


def _read_page(path: Path) -> _Page:
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    meta_text, body, first_line = "", text, 1
    match = _FRONT_MATTER.match(text)
    if match:
        body = text[match.end() :]
        first_line = text[: match.end()].count("\n") + 1
        try:
            meta = yaml.safe_load(match.group(1) or "")
        except yaml.YAMLError:
            meta = None  # pages.py fails the build on it; nothing to compare here
        if isinstance(meta, dict):
            meta_text = " ".join(
                str(meta[key]) for key in ("title", "description") if meta.get(key)
            )
    return _Page(meta_text, body, first_line, analyse_markdown(body, first_line))


def _compare_pages(
    project: Path,
    files: Mapping[str, Path],
    pages: Mapping[str, _Page],
    source: str,
    code: str,
    git: _GitDates,
) -> list[Finding]:
    display = _display(project, files[code])
    twin = _display(project, files[source])
    source_page, page = pages[source], pages[code]
    subjects = {
        "vi": {"en": "this Vietnamese page", "vi": "trang tiếng Việt này"},
        "en": {"en": "this English page", "vi": "trang tiếng Anh này"},
    }
    findings = []
    if " ".join(source_page.body.split()) == " ".join(page.body.split()):
        if len(_words(page.text.prose)) >= MIN_WORDS_COPIED:
            findings.append(
                _finding(
                    "text.copied",
                    display,
                    "pages",
                    subject=subjects.get(code, _language(code)),
                    twin=twin,
                    lang=_language(code),
                )
            )
    else:
        findings += _language_findings(
            source,
            f"{source_page.meta_text}\n{source_page.text.prose}",
            code,
            f"{page.meta_text}\n{page.text.prose}",
            display,
            "pages",
            None,
            subjects.get(code, _language(code)),
            twin,
            source_display=twin,
            source_subject=subjects.get(source, _language(source)),
        )
    findings += _structure_findings(
        source, source_page.text, code, page.text, display, "pages", None, twin=twin, where=""
    )
    stale = git.stale(files[source], files[code])
    if stale:
        source_date, date = stale
        findings.append(
            _finding(
                "git.stale",
                display,
                "pages",
                source_code=source,
                code=code,
                source_date=source_date,
                date=date,
                source_file=twin,
                source=_language(source),
                lang=_language(code),
            )
        )
    return findings


def _language_findings_single(page: _Page, display: str) -> list[Finding]:
    """A Vietnamese page without its twin still has to be Vietnamese."""
    subject = {"en": "this Vietnamese page", "vi": "trang tiếng Việt này"}
    return _vietnamese_findings(f"{page.meta_text}\n{page.text.prose}", display, "pages", None, subject)


# ── untranslated text ────────────────────────────────────────────────────────────────────────


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_vietnamese_word(word: str) -> bool:
    return any(letter in VIETNAMESE_LETTERS for letter in word.lower())


def vietnamese_share(text: str) -> float | None:
    """Share of Vietnamese words in text meant to be English, when it is high enough to say
    the text is not translated; None otherwise.

    Only lower-case words count: names keep their accents in English ("Hà Nội", "Võ Văn
    Kiệt") and are capitalised. Short texts need a higher share and no English word at all,
    so "Taste bánh mì and phở" stays English.
    """
    lower = [word for word in _words(text) if word[0].islower()]
    vietnamese = [word for word in lower if _is_vietnamese_word(word)]
    if not lower or len(vietnamese) < 2:
        return None
    share = len(vietnamese) / len(lower)
    if len(lower) >= LONG_TEXT_WORDS:
        return share if share > LONG_TEXT_SHARE else None
    has_english = any(word in ENGLISH_WORDS for word in lower)
    return share if share > SHORT_TEXT_SHARE and not has_english else None


def lacks_vietnamese_accents(text: str) -> bool:
    """True for text meant to be Vietnamese with enough words and not one accent."""
    words = _words(text)
    return len(words) >= MIN_WORDS_NO_DIACRITICS and not any(map(_is_vietnamese_word, words))


def _language_findings(
    source: str,
    source_text: str,
    code: str,
    text: str,
    display: str,
    section: str,
    line: int | None,
    subject: Param,
    twin: str,
    source_display: str | None = None,
    source_subject: Param | None = None,
) -> list[Finding]:
    """Untranslated text in ``code``; and, for pages, a Vietnamese original without accents.

    For fields both languages sit in one file, so both findings name that file.
    """
    findings = []
    copied = " ".join(source_text.split()) == " ".join(text.split())
    if copied and len(_words(text)) >= MIN_WORDS_COPIED:
        findings.append(
            _finding(
                "text.copied",
                display,
                section,
                line,
                subject=subject,
                twin=twin,
                lang=_language(code),
            )
        )
    elif code == "en" and source == "vi":
        share = vietnamese_share(text)
        if share is not None:
            findings.append(
                _finding(
                    "text.mostly-vietnamese",
                    display,
                    section,
                    line,
                    subject=subject,
                    share=round(share * 100),
                )
            )
    if source == "vi":
        vi_subject = source_subject or _with_path(subject, code, source)
        findings += _vietnamese_findings(
            source_text, source_display or display, section, line, vi_subject
        )
    return findings


def _with_path(subject: Param, code: str, source: str) -> Param:
    """'items[0].caption.en' (line 5) -> 'items[0].caption.vi' (line 5)."""
    if isinstance(subject, Mapping):
        return {lang: text.replace(f".{code}'", f".{source}'", 1) for lang, text in subject.items()}
    return subject


def _vietnamese_findings(
    text: str, display: str, section: str, line: int | None, subject: Param
) -> list[Finding]:
    if not lacks_vietnamese_accents(text):
        return []
    return [_finding("text.no-diacritics", display, section, line, subject=subject)]


def _todo_findings_in_page(page: _Page, display: str) -> list[Finding]:
    findings = []
    for line_number, line in _lines_outside_code(page.body, page.first_line):
        findings += _todo_findings(line, display, "pages", line=line_number)
    return findings


def _todo_findings(
    text: str, display: str, section: str, *, line: int, path: str = ""
) -> list[Finding]:
    """'TODO', 'FIXME', 'XXX' (as written), '[dịch]' and '[translate]' (any case)."""
    findings = []
    for match in _MARKERS.finditer(text):
        word, bracket = match.group(1), match.group(2)
        if word and word not in _CASE_SENSITIVE_MARKERS:
            continue  # "todo" in a sentence is a word, not a note
        marker = word or bracket
        if path:
            where = {
                "en": f"in '{path}' (line {line})",
                "vi": f"trong '{path}' (dòng {line})",
            }
        else:
            where = {"en": f"on line {line}", "vi": f"ở dòng {line}"}
        excerpt = _quote(text.strip().splitlines()[0] if "\n" not in match.group(0) else text)
        findings.append(
            _finding(
                "text.todo",
                display,
                section,
                line,
                marker=marker,
                where=where,
                excerpt=excerpt.strip("“”"),
            )
        )
    return findings


# ── Markdown structure ───────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class PageText:
    """What is compared between the languages of a Markdown text."""

    headings: tuple[tuple[int, str, int], ...]  # (level, text, line)
    images: frozenset[str]
    links: frozenset[str]
    numbers: Counter  # normalised digits -> how often
    number_forms: Mapping[str, str]  # normalised digits -> as first written
    prose: str  # the words a visitor reads


def analyse_markdown(text: str, first_line: int = 1) -> PageText:
    """Headings, images, links, numbers and readable words of Markdown ``text``.

    Fenced code and HTML comments are left out; front matter must be removed beforehand.
    """
    text = unicodedata.normalize("NFC", text)
    lines = dict(_lines_outside_code(text, first_line))
    kept = "\n".join(lines.get(first_line + index, "") for index in range(len(text.split("\n"))))
    kept = _COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), kept)
    headings = tuple(
        heading
        for number, line in enumerate(kept.split("\n"), first_line)
        if (heading := _heading(line, number))
    )
    kept = _INLINE_CODE.sub(" ", kept)
    images = {_target(m.group(2)) for m in _IMAGE.finditer(kept)}
    images |= {_target(m.group(1)) for m in _HTML_IMAGE.finditer(kept)}
    kept = _IMAGE.sub(lambda match: match.group(1), kept)
    links = {_target(m.group(2)) for m in _LINK.finditer(kept)}
    kept = _LINK.sub(lambda match: match.group(1), kept)
    links |= {_target(m.group(1)) for m in _REFERENCE.finditer(kept)}
    kept = _REFERENCE.sub("", kept)
    for pattern in (_AUTOLINK, _HREF):
        links |= {_target(m.group(1)) for m in pattern.finditer(kept)}
    kept = _TAG.sub(" ", kept)
    links |= {_target(m.group(0).rstrip(".,;:!?")) for m in _BARE_URL.finditer(kept)}
    for pattern in (_BARE_URL, _ATTR_LIST, _EMOJI, _ENTITY, _FOOTNOTE):
        kept = pattern.sub(" ", kept)
    numbers, forms = _numbers(kept)
    return PageText(
        headings=headings,
        images=frozenset(image for image in images if image),
        links=frozenset(link for link in links if _is_compared_link(link)),
        numbers=numbers,
        number_forms=forms,
        prose=kept,
    )


def _lines_outside_code(text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """(line number, line) of every line that is not inside a fenced code block."""
    fence = ""
    for number, line in enumerate(text.split("\n"), first_line):
        match = _FENCE.match(line)
        if not fence:
            if match:
                fence = match.group(1)
                continue
            yield number, line
        elif match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
            if not match.group(2).strip():
                fence = ""


def _heading(line: str, number: int) -> tuple[int, str, int] | None:
    match = _HEADING.match(line)
    if not match:
        return None
    title = _HEADING_TAIL.sub("", match.group(2) or "").strip()
    return len(match.group(1)), title, number


def _target(raw: str) -> str:
    """The address of a link or image: no title, no anchor, no leading './'."""
    parts = raw.strip().split()
    target = parts[0].strip("<>") if parts else ""
    target = target.split("#", 1)[0]
    return target[2:] if target.startswith("./") else target


def _is_compared_link(target: str) -> bool:
    return bool(target) and (bool(_SCHEME.match(target)) or target.endswith(".md"))


def _numbers(text: str) -> tuple[Counter, dict[str, str]]:
    """Numbers of 3 digits or more (so every year), separators removed: "1.234,5" == "1,234.5".

    Day and month numbers are left out, so "28/7/1995" and "28 July 1995" both give 1995.
    """
    numbers: Counter = Counter()
    forms: dict[str, str] = {}
    for match in _NUMBER.finditer(text):
        written = match.group(0)
        if _GROUPED_NUMBER.match(written):
            groups = [(re.sub(r"[.,]", "", written), written)]
        else:
            groups = [(group, group) for group in re.split(r"[.,]", written)]
        for digits, form in groups:
            if len(digits) >= 3:
                numbers[digits] += 1
                forms.setdefault(digits, form)
    return numbers, forms


def _structure_findings(
    source: str,
    source_text: PageText,
    code: str,
    text: PageText,
    display: str,
    section: str,
    line: int | None,
    *,
    twin: str,
    where: Param,
) -> list[Finding]:
    """Warnings when headings, images, links or numbers differ between two languages."""
    findings = []
    common: dict[str, Param] = {"twin": twin, "where": where}
    headings = _heading_difference(source, source_text.headings, code, text.headings)
    if headings:
        findings.append(
            _finding("structure.headings", display, section, line, **common, **headings)
        )
    for key, ours, theirs in (
        ("structure.images", source_text.images, text.images),
        ("structure.links", source_text.links, text.links),
    ):
        if ours != theirs:
            diff = _difference(source, sorted(ours - theirs), code, sorted(theirs - ours))
            findings.append(_finding(key, display, section, line, diff=diff, **common))
    if source_text.numbers != text.numbers:
        only_source = _number_list(source_text.numbers - text.numbers, source_text.number_forms)
        only_code = _number_list(text.numbers - source_text.numbers, text.number_forms)
        diff = _difference(source, only_source, code, only_code, quoted=False)
        findings.append(_finding("structure.numbers", display, section, line, diff=diff, **common))
    return findings


def _heading_difference(
    source: str,
    ours: Sequence[tuple[int, str, int]],
    code: str,
    theirs: Sequence[tuple[int, str, int]],
) -> dict[str, Param] | None:
    if [level for level, _, _ in ours] == [level for level, _, _ in theirs]:
        return None
    index = next(
        i
        for i in range(max(len(ours), len(theirs)))
        if i >= len(ours) or i >= len(theirs) or ours[i][0] != theirs[i][0]
    )

    def shown(headings: Sequence[tuple[int, str, int]], language: str) -> str:
        if index >= len(headings):
            return {"en": "none", "vi": "không có"}[language]
        level, title, number = headings[index]
        return f"“{'#' * level} {_quote(title, 50)[1:-1]}” ({UI[language]['line']} {number})"

    count_text = {
        language: f"{_language(source)[language]} {len(ours)}, "
        f"{_language(code)[language]} {len(theirs)}"
        for language in TEXT_LANGUAGES
    }
    first = {
        language: f"{_language(source)[language]} {shown(ours, language)}, "
        f"{_language(code)[language]} {shown(theirs, language)}"
        for language in TEXT_LANGUAGES
    }
    return {"count": count_text, "first": first}


def _number_list(numbers: Counter, forms: Mapping[str, str]) -> list[str]:
    return [
        f"“{forms[digits]}”" + (f" ×{times}" if times > 1 else "")
        for digits, times in sorted(numbers.items())
    ]


def _difference(
    source: str, only_source: list[str], code: str, only_code: list[str], quoted: bool = True
) -> Mapping[str, str]:
    """ "only in Vietnamese: “a.jpg”; only in English: “b.jpg”" in every language."""
    only = {"en": "only in {lang}", "vi": "chỉ có ở bản {lang}"}

    def listed(items: list[str]) -> str:
        shown = [f"“{item}”" if quoted else item for item in items[:5]]
        return ", ".join(shown) + (", …" if len(items) > 5 else "")

    result = {}
    for language in TEXT_LANGUAGES:
        parts = [
            f"{only[language].format(lang=_language(lang)[language])}: {listed(items)}"
            for lang, items in ((source, only_source), (code, only_code))
            if items
        ]
        result[language] = "; ".join(parts)
    return result


# ── git history ──────────────────────────────────────────────────────────────────────────────


class _GitDates:
    """Last commit dates of files; silently does nothing without git or outside a repository."""

    def __init__(self, project: Path, enabled: bool) -> None:
        self.project = project
        self.enabled = enabled and self._git("rev-parse", "--is-inside-work-tree") == "true"

    def _git(self, *args: str) -> str | None:
        try:
            result = subprocess.run(
                ["git", "-C", str(self.project), *args],
                capture_output=True,
                text=True,
                check=False,
                timeout=30,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return result.stdout.strip() if result.returncode == 0 else None

    def last_change(self, path: Path) -> datetime | None:
        if not self.enabled:
            return None
        output = self._git("log", "-1", "--format=%cI", "--", _display(self.project, path))
        try:
            return datetime.fromisoformat(output) if output else None
        except ValueError:
            return None

    def stale(self, source: Path, translation: Path) -> tuple[str, str] | None:
        """(source date, translation date) when the source changed after the translation.

        Only this direction: a translation committed after its original is the normal way
        of working, and flagging the original then would mark every page.
        """
        source_date, date = self.last_change(source), self.last_change(translation)
        if not source_date or not date or source_date <= date:
            return None
        shown = "%Y-%m-%d %H:%M" if source_date.date() == date.date() else "%Y-%m-%d"
        return source_date.strftime(shown), date.strftime(shown)


# ── the status page for editors ─────────────────────────────────────────────────────────────


def status_page_markdown(report: TranslationReport, language: str) -> str:
    """The translation status page in ``language`` ("vi" or "en"), front matter included."""
    words = UI.get(language, UI["en"])
    meta = {
        "title": words["title"],
        "description": words["description"],
        "robots": "noindex",
        "search": {"exclude": True},
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    lines = [f"# {words['title']}", "", words["intro"], "", _summary(report, language), ""]
    lines += _section_table(report, language)
    if not report.findings:
        lines += ["", words["complete"]]
    for severity, heading in (("gap", "gaps_heading"), ("warning", "warnings_heading")):
        chosen = [finding for finding in report.findings if finding.severity == severity]
        if chosen:
            lines += ["", f"## {words[heading]}", *_finding_list(chosen, language)]
    return f"---\n{front}---\n\n" + "\n".join(lines).strip() + "\n"


def _summary(report: TranslationReport, language: str) -> str:
    return UI.get(language, UI["en"])["summary"].format(
        gaps=count(len(report.gaps), "gap", language),
        warnings=count(len(report.warnings), "warning", language),
        files=count(report.files_checked, "file", language),
    )


def section_name(section: str, language: str) -> str:
    return SECTION_NAMES.get(section, {}).get(language, section)


def _section_table(report: TranslationReport, language: str) -> list[str]:
    words = UI.get(language, UI["en"])
    rows = [
        f"| {words['section']} | {words['files']} | {words['gaps']} | {words['warnings']} |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, counts in report.sections().items():
        label = _escape(section_name(name, language))
        rows.append(f"| {label} | {counts.files} | {counts.gaps} | {counts.warnings} |")
    return rows


def _finding_list(findings: list[Finding], language: str) -> list[str]:
    words = UI.get(language, UI["en"])
    lines: list[str] = []
    for file in sorted({finding.file for finding in findings}):
        lines += ["", f"### `{file}`", ""]
        for finding in (f for f in findings if f.file == file):
            message, fix = finding.text(language)
            lines.append(f"- {_escape(_sentence(message))} **{words['how']}:** {_escape(fix)}.")
    return lines


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!", "”")) else text + "."


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#|])")


def _escape(text: str) -> str:
    """Editor text shown literally: no Markdown or HTML in it applies."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))


def write_status_pages(report: TranslationReport, target_dir: Path) -> None:
    """Write ``index.<lang>.md`` for every language, and the generated-folder marker.

    Files are written only when their text changed: `mkdocs serve` would otherwise see a
    change after every build and rebuild forever.
    """
    target_dir.mkdir(parents=True, exist_ok=True)
    contents = {
        f"index.{language}.md": status_page_markdown(report, language)
        for language in report.languages
    }
    contents[GENERATED_MARKER] = (
        "Written by scripts/kit/translations.py at every build; edits here are lost.\n"
    )
    for name, text in contents.items():
        path = target_dir / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
