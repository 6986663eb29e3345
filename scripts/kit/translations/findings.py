"""Findings of the translation checker, and the comparisons pages and YAML fields share.

A finding carries its message and fix in every language of ``kit.translations.texts``, so the
command line and the status page can each show their own language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from kit.core.problems import Problem
from kit.core.textcompare import (
    MIN_WORDS_COPIED,
    PageText,
    find_markers,
    lacks_vietnamese_accents,
    same_text,
    shorten,
    vietnamese_share,
    word_count,
)
from kit.messages import in_language
from kit.quality.placeholders import example_contact, placeholder, template_name
from kit.translations.texts import (
    CONTACT_NAMES,
    LANGUAGE_NAMES,
    MESSAGES,
    SECTION_NAMES,
    TEXT_LANGUAGES,
    UI,
)

Severity = Literal["gap", "warning"]
# A message parameter: the same text in every language, or one text per language.
Param = str | int | Mapping[str, str]


# Message key -> kind of finding. The kind is what the JSON output and the tests rely on.
KINDS: Mapping[str, str] = {
    "page.missing": "missing-page",
    "page.no-suffix": "file-name",
    "page.unknown-suffix": "file-name",
    "file.unreadable": "unreadable",
    "file.not-mapping": "unreadable",
    "file.refused": "unreadable",
    "file.syntax": "unreadable",
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
    "text.placeholder": "placeholder",
    "contact.example": "placeholder",
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
    # Lines shown as they are under the message: a line of the file with '^' under a mistake.
    detail: str = field(default="", compare=False, hash=False, repr=False)

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


# ── making findings ──────────────────────────────────────────────────────────────────────────────


def make_finding(
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


def language_name(code: str) -> Mapping[str, str]:
    """The name of a language in every language of the wording ("English", "tiếng Anh")."""
    return LANGUAGE_NAMES.get(code, dict.fromkeys(TEXT_LANGUAGES, f"'{code}'"))


def join_languages(codes: Iterable[str]) -> Mapping[str, str]:
    """ "Vietnamese and English" / "tiếng Việt và tiếng Anh"."""
    codes = list(codes)
    result = {}
    for language in TEXT_LANGUAGES:
        names = [language_name(code)[language] for code in codes]
        last = f" {UI[language]['and']} {names[-1]}" if len(names) > 1 else names[-1]
        result[language] = ", ".join(names[:-1]) + last
    return result


def refused_finding(problem: Problem, display: str, section: str) -> Finding:
    """A file the kit would not read (kit.core.textfile, kit.core.yamlfile), with its own message
    and fix
    instead of the general advice on YAML syntax, and the marked line of a syntax error."""
    suffix = problem.file[len(display) + 1 :] if problem.file.startswith(f"{display}:") else ""
    line = int(suffix) if suffix.isdigit() else None
    finding = make_finding(
        "file.syntax" if problem.context else "file.refused",
        display,
        section,
        line,
        at=at_line(line),
        reason={code: in_language(problem.message, code) for code in TEXT_LANGUAGES},
        fix={code: in_language(problem.fix, code) for code in TEXT_LANGUAGES},
    )
    return replace(finding, detail=problem.context)


def at_line(line: int | None) -> Mapping[str, str] | str:
    """ " (line 12)" in every language, or nothing when the line is unknown."""
    if not line:
        return ""
    return {language: f" ({UI[language]['line']} {line})" for language in TEXT_LANGUAGES}


# ── checks shared by pages and YAML fields ───────────────────────────────────────────────────────


def is_copy(original: str | None, text: str, readable: str | None = None) -> bool:
    """The same text as the original (spacing aside), long enough not to be just a name."""
    if original is None or not same_text(original, text):
        return False
    return word_count(readable if readable is not None else text) >= MIN_WORDS_COPIED


def copied_finding(
    display: str, section: str, line: int | None, subject: Param, twin: Param, code: str
) -> Finding:
    return make_finding(
        "text.copied", display, section, line, subject=subject, twin=twin, lang=language_name(code)
    )


def wrong_language(
    code: str, text: str, display: str, section: str, line: int | None, subject: Param
) -> list[Finding]:
    """English that is still Vietnamese, Vietnamese without a single accent."""
    if code == "en":
        share = vietnamese_share(text)
        if share is not None:
            key, params = "text.mostly-vietnamese", {"share": round(share * 100)}
            return [make_finding(key, display, section, line, subject=subject, **params)]
    if code == "vi" and lacks_vietnamese_accents(text):
        return [make_finding("text.no-diacritics", display, section, line, subject=subject)]
    return []


def todo_findings(
    text: str, display: str, section: str, *, line: int, path: Mapping[str, str] | None = None
) -> list[Finding]:
    """Notes such as 'TODO' or '[dịch]' left in ``text``, whose first line is ``line``."""
    findings = []
    for marker, offset, excerpt in find_markers(text):
        number = line + offset
        if path:
            where = {
                "en": f"in {path['en']} (line {number})",
                "vi": f"trong {path['vi']} (dòng {number})",
            }
        else:
            where = {"en": f"on line {number}", "vi": f"ở dòng {number}"}
        params: dict[str, Param] = {"marker": marker, "where": where, "excerpt": excerpt}
        findings.append(make_finding("text.todo", display, section, number, **params))
    return findings


def placeholder_findings(
    text: str, key: str, display: str, section: str, *, line: int, path: Mapping[str, str]
) -> list[Finding]:
    """A template text (“English caption”) or an example contact left in ``text``."""
    where = {"en": f"in {path['en']} (line {line})", "vi": f"ở {path['vi']} (dòng {line})"}
    known = placeholder(text)
    if known:
        params: dict[str, Param] = {
            "text": shorten(known[0]),
            "where": where,
            "template": template_name(known[1]),
        }
        return [make_finding("text.placeholder", display, section, line, **params)]
    if example_contact(key, text):
        what = CONTACT_NAMES[key]
        params = {"value": text, "what": what, "where": where}
        return [make_finding("contact.example", display, section, line, **params)]
    return []


def structure_findings(
    source: str,
    source_text: PageText,
    code: str,
    text: PageText,
    display: str,
    section: str,
    line: int | None,
    *,
    twin: Param,
    where: Param,
) -> list[Finding]:
    """Warnings when headings, images, links or numbers differ between two languages."""
    findings = []
    common: dict[str, Param] = {"twin": twin, "where": where}
    headings = _heading_difference(source, source_text.headings, code, text.headings)
    if headings:
        findings.append(
            make_finding("structure.headings", display, section, line, **common, **headings)
        )
    for key, ours, theirs in (
        ("structure.images", source_text.images, text.images),
        ("structure.links", source_text.links, text.links),
    ):
        if ours != theirs:
            diff = _difference(source, sorted(ours - theirs), code, sorted(theirs - ours))
            findings.append(make_finding(key, display, section, line, diff=diff, **common))
    if source_text.numbers != text.numbers:
        only_source = _number_list(source_text.numbers - text.numbers, source_text.number_forms)
        only_code = _number_list(text.numbers - source_text.numbers, text.number_forms)
        diff = _difference(source, only_source, code, only_code, quoted=False)
        findings.append(
            make_finding("structure.numbers", display, section, line, diff=diff, **common)
        )
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
        return f"“{'#' * level} {shorten(title, 50)}” ({UI[language]['line']} {number})"

    in_words = {"en": "{n} in {lang}", "vi": "{n} đề mục ở bản {lang}"}
    count_text = {
        language: ", ".join(
            in_words[language].format(n=len(headings), lang=language_name(lang)[language])
            for lang, headings in ((source, ours), (code, theirs))
        )
        for language in TEXT_LANGUAGES
    }
    first = {
        language: f"{language_name(source)[language]} {shown(ours, language)}, "
        f"{language_name(code)[language]} {shown(theirs, language)}"
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
            f"{only[language].format(lang=language_name(lang)[language])}: {listed(items)}"
            for lang, items in ((source, only_source), (code, only_code))
            if items
        ]
        result[language] = "; ".join(parts)
    return result
