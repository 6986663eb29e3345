"""Translation completeness: is every page, caption and menu title there in every language?

mkdocs-static-i18n publishes a missing English page as the Vietnamese one under /en/ without a
word of warning, so this module reads the sources (docs/, exhibitions/, mkdocs.yml) itself and
lists what is missing (gaps) and what looks different between the languages (warnings).
Plain Python: no MkDocs import, so the command line, the tests and the build all call it.

Here: the entry point, the pages under docs/, git dates and the status page. Elsewhere:
``kit.translations.yaml_fields`` (mkdocs.yml and content YAML), ``kit.translations.findings``
(what a finding is, checks shared by pages and YAML fields), ``kit.core.textcompare`` (reading
Markdown and telling Vietnamese from English) and ``kit.translations.texts`` (every sentence, in
English and Vietnamese).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from kit.build.docs_pages import markdown_files, page_language
from kit.core import languages as site_languages
from kit.core.generated import write_pages
from kit.core.history import run_git
from kit.core.problems import ContentError
from kit.core.textcompare import PageText, analyse_markdown, lines_outside_code, split_front_matter
from kit.core.textfile import FileRefused, read_markdown
from kit.messages import t
from kit.quality.source_links import find_links
from kit.translations.findings import (
    Finding,
    Param,
    ProjectError,
    SectionCount,
    TranslationReport,
    copied_finding,
    is_copy,
    language_name,
    make_finding,
    refused_finding,
    structure_findings,
    todo_findings,
    wrong_language,
)
from kit.translations.texts import SECTION_NAMES, UI, count
from kit.translations.yaml_fields import (
    CONFIG_FILE,
    check_config,
    check_yaml_file,
    content_yaml_files,
    generated_dirs,
    inside,
    load_config,
)

__all__ = [
    "Finding",
    "ProjectError",
    "SectionCount",
    "TranslationReport",
    "check_project",
    "section_name",
    "sources_fingerprint",
    "status_page_markdown",
    "without_history",
    "write_status_pages",
]


def check_project(
    project: Path, *, languages: Sequence[str] | None = None, git: bool = True
) -> TranslationReport:
    """Check every translatable source of ``project`` in ``languages`` (those of its
    mkdocs.yml unless given); the first language is the original.

    Raises ProjectError when the project cannot be checked at all.
    """
    project = Path(project)
    if languages is None:
        languages = site_languages.from_config_file(project / CONFIG_FILE).codes
    languages = tuple(languages)
    config_node, config = load_config(project)
    docs_dir = project / str(config.get("docs_dir") or "docs")
    if not docs_dir.is_dir():
        raise ProjectError(
            t(
                "the pages folder '{name}' does not exist in {folder} (mkdocs.yml says "
                "'docs_dir: {setting}')",
                name=docs_dir.name,
                folder=project,
                setting=config.get("docs_dir") or "docs",
            )
        )
    links = find_links(project, [docs_dir, project / "exhibitions"])
    if links:
        raise ProjectError(str(ContentError(links)))
    findings: list[Finding] = []
    checked: dict[str, list[str]] = {"config": [CONFIG_FILE]}
    findings += check_config(config_node, languages)

    pages = written_pages(docs_dir)
    checked["pages"] = [_display(project, path) for path in pages]
    findings += _check_pages(project, pages, languages, _GitDates(project, git))

    for path, section in content_yaml_files(project, docs_dir):
        display = _display(project, path)
        checked.setdefault(section, []).append(display)
        key = ("yaml", _file_state(path), display, section, languages)
        findings += _remembered(key, check_yaml_file, path, display, section, languages)

    unique = sorted(set(findings), key=lambda f: (f.file, f.line or 0, f.kind, f.message))
    return TranslationReport(project, languages, unique, checked)


# The translation check of `make site` (scripts/build_site.py) is handed to the MkDocs build it
# starts: this variable holds the fingerprint of the sources it checked. The build checks
# again only when its sources differ (a file edited in between, `make serve`, `mkdocs build`).
CHECKED_ENVIRONMENT = "KIT_TRANSLATIONS_CHECKED"
STATUS_FOLDER = "translation-status"  # inside docs/: a page for editors, never indexed


def sources_fingerprint(project: Path, languages: Sequence[str] | None = None) -> str:
    """A digest of the names, sizes and dates of every file ``check_project`` reads (git
    dates aside): equal fingerprints, equal reports. ProjectError if mkdocs.yml is unusable.
    ``languages``: those of the project's mkdocs.yml unless given."""
    project = Path(project)
    if languages is None:
        languages = site_languages.from_config_file(project / CONFIG_FILE).codes
    _, config = load_config(project)
    docs_dir = project / str(config.get("docs_dir") or "docs")
    files = [project / CONFIG_FILE]
    if docs_dir.is_dir():
        files += written_pages(docs_dir)
        files += [path for path, _ in content_yaml_files(project, docs_dir)]
    digest = hashlib.sha256(repr(tuple(languages)).encode())
    for path in files:
        digest.update(repr(_file_state(path)).encode())
    return digest.hexdigest()


def without_history(report: TranslationReport) -> TranslationReport:
    """The report as ``check_project(..., git=False)`` gives it: without the findings that
    come from git dates (the status page the build writes never shows them)."""
    findings = [finding for finding in report.findings if finding.kind != "stale"]
    return TranslationReport(report.project, report.languages, findings, report.checked)


def _display(project: Path, path: Path) -> str:
    try:
        return path.relative_to(project).as_posix()
    except ValueError:
        return path.as_posix()


# ── pages under docs/ ────────────────────────────────────────────────────────────────────────────


def written_pages(docs_dir: Path) -> list[Path]:
    """Pages written by people: the build's generated folders are checked at their source."""
    generated = generated_dirs(docs_dir)
    return [path for path in markdown_files(docs_dir) if not inside(path, generated)]


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
            findings.append(_file_name_finding(_display(project, path), code, languages))
    for stem, files in sorted(groups.items()):
        if git.enabled:  # the findings depend on the history too
            findings += _check_page_group(project, stem, files, languages, git)
            continue
        states = tuple(sorted((code, _file_state(path)) for code, path in files.items()))
        key = ("pages", str(project), str(stem), states, languages)
        findings += _remembered(key, _check_page_group, project, stem, files, languages, git)
    return findings


# Findings of files checked before, by what they were computed from: `make serve` checks the
# whole site after every edit, and only the files that changed are checked again.
_findings: dict[tuple, list[Finding]] = {}


def _file_state(path: Path) -> tuple[str, int, int]:
    status = path.stat()
    return str(path), status.st_size, status.st_mtime_ns


def _remembered(key: tuple, check: Callable[..., list[Finding]], *arguments: Any) -> list[Finding]:
    if key not in _findings:
        _findings[key] = check(*arguments)
    return _findings[key]


def _file_name_finding(display: str, code: str | None, languages: tuple[str, ...]) -> Finding:
    stem = display.rsplit("/", 1)[-1].split(".")[0]
    names = [f"'{stem}.{language}.md'" for language in languages]
    endings = [f"'.{language}.md'" for language in languages]
    alternatives = {"en": " or ", "vi": " hoặc "}
    params: dict[str, Param] = {
        "expected": {lang: word.join(names) for lang, word in alternatives.items()},
        "endings": {lang: word.join(endings) for lang, word in alternatives.items()},
        "codes": ", ".join(languages),
    }
    if code is None:
        return make_finding("page.no-suffix", display, "pages", **params)
    return make_finding("page.unknown-suffix", display, "pages", code=code, **params)


def _check_page_group(
    project: Path,
    stem: Path,
    files: Mapping[str, Path],
    languages: tuple[str, ...],
    git: _GitDates,
) -> list[Finding]:
    """One page in all its languages: missing files, untranslated text, differences."""
    source = languages[0]
    shown = {code: _display(project, path) for code, path in files.items()}
    findings: list[Finding] = []
    for code in languages:
        if code not in files:
            missing = _display(project, stem.with_name(f"{stem.name}.{code}.md"))
            twin = shown[next(language for language in languages if language in files)]
            params: dict[str, Param] = {"file": missing, "twin": twin, "lang": language_name(code)}
            findings.append(make_finding("page.missing", missing, "pages", **params))
    pages: dict[str, _Page] = {}
    for code, path in files.items():
        try:
            pages[code] = _read_page(path, shown[code])
        except FileRefused as error:
            findings.append(refused_finding(error.problem, shown[code], "pages"))
    for code, page in pages.items():
        findings += _todo_findings_in_page(page, shown[code])
        subject = {
            "en": f"this {language_name(code)['en']} page",
            "vi": f"trang {language_name(code)['vi']} này",
        }
        original = pages.get(source)
        if code != source and original and is_copy(original.body, page.body, page.readable):
            findings.append(
                copied_finding(shown[code], "pages", None, subject, shown[source], code)
            )
        else:
            findings += wrong_language(code, page.readable, shown[code], "pages", None, subject)
        if code != source and original:
            findings += structure_findings(
                source,
                original.text,
                code,
                page.text,
                shown[code],
                "pages",
                None,
                twin=shown[source],
                where="",
            )
            findings += _stale_findings(git, files, shown, source, code)
    return findings


def _stale_findings(
    git: _GitDates, files: Mapping[str, Path], shown: Mapping[str, str], source: str, code: str
) -> list[Finding]:
    dates = git.stale(files[source], files[code])
    if not dates:
        return []
    source_date, date = dates
    return [
        make_finding(
            "git.stale",
            shown[code],
            "pages",
            source_code=source,
            code=code,
            source_date=source_date,
            date=date,
            source_file=shown[source],
            source=language_name(source),
            lang=language_name(code),
        )
    ]


@dataclass(frozen=True)
class _Page:
    raw: str  # the whole file, front matter included
    body: str
    text: PageText
    readable: str  # title, description and the words of the body


def _read_page(path: Path, display: str) -> _Page:
    """A page as compared between languages; FileRefused if it is too big, too deeply nested
    or not UTF-8 (kit.core.textfile)."""
    raw = unicodedata.normalize("NFC", read_markdown(path, display))
    meta_text, body, first_line = split_front_matter(raw)
    text = analyse_markdown(body, first_line)
    return _Page(raw, body, text, f"{meta_text}\n{text.prose}")


def _todo_findings_in_page(page: _Page, display: str) -> list[Finding]:
    return [
        finding
        for number, line in lines_outside_code(page.raw)
        for finding in todo_findings(line, display, "pages", line=number)
    ]


# ── git history ──────────────────────────────────────────────────────────────────────────────────


class _GitDates:
    """Last commit dates of files; silently does nothing without git or outside a repository."""

    def __init__(self, project: Path, enabled: bool) -> None:
        self.project = project
        self.enabled = enabled and self._git("rev-parse", "--is-inside-work-tree") == "true"

    def _git(self, *args: str) -> str | None:
        output = run_git(self.project, *args)
        return output.strip() if output is not None else None

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


# ── the status page for editors ──────────────────────────────────────────────────────────────────


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
    return text if text.endswith((".", "?", "!")) else text + "."


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#|])")


def _escape(text: str) -> str:
    """Editor text shown literally: no Markdown or HTML in it applies."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))


def write_status_pages(report: TranslationReport, target_dir: Path) -> None:
    """Write ``index.<lang>.md`` for every language, and the generated-folder marker.

    Files are written only when their text changed (``kit.core.generated``): `mkdocs serve` would
    otherwise see a change after every build and rebuild forever.
    """
    write_pages(
        target_dir,
        {
            f"index.{language}.md": status_page_markdown(report, language)
            for language in report.languages
        },
    )
