"""Checks on the Markdown pages under docs/ that MkDocs itself lets through.

MkDocs silently treats malformed front matter as page text, and mkdocs-static-i18n
publishes ``page.fr.md`` as if it had no language. Both would reach visitors unnoticed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from kit.core import languages as site_languages
from kit.core import textfile, yamlfile
from kit.core.problems import Problem
from kit.core.textfile import FRONT_MATTER
from kit.messages import t
from kit.quality import safe_content

# Folders inside docs/ that hold no pages of their own.
SKIPPED_DIRS = ("assets",)
_SUFFIX = re.compile(r"^(?P<stem>.+)\.(?P<lang>[A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?)\.md$")


def markdown_files(docs_dir: Path) -> list[Path]:
    """Every Markdown page under ``docs_dir``, sorted, skipping asset folders."""
    return sorted(
        path
        for path in docs_dir.rglob("*.md")
        if not any(part in SKIPPED_DIRS for part in path.relative_to(docs_dir).parts[:-1])
    )


def page_language(path: Path) -> str | None:
    """The language suffix of ``index.vi.md`` (``"vi"``), or None without one."""
    match = _SUFFIX.match(path.name)
    return match.group("lang") if match else None


def check_front_matter(text: str, display: str) -> list[Problem]:
    """Front matter, when present, must be a YAML mapping (read by kit.core.yamlfile's rules)."""
    if not text.startswith("---"):
        return []
    match = FRONT_MATTER.match(text)
    if not match:
        return [
            Problem(
                display,
                t("the front matter that starts on line 1 with '---' is never closed"),
                t("add a line with only '---' after the last 'key: value' line"),
            )
        ]
    try:
        meta = yamlfile.parse(
            match.group(1),
            display,
            first_line=2,
            subject=t("the front matter between the '---' lines"),
        )
    except yamlfile.YamlError as error:
        return [error.problem]
    if meta is not None and not isinstance(meta, dict):
        return [
            Problem(
                display,
                t("the front matter must be 'key: value' lines, not a list or plain text"),
                t("write it as, for example, 'title: My page'"),
            )
        ]
    return []


def check_language_suffix(path: Path, display: str, languages: Iterable[str]) -> list[Problem]:
    """Pages must be named ``name.vi.md`` or ``name.en.md``."""
    languages = tuple(languages)
    expected = f" {t('or')} ".join(f"'{path.stem.split('.')[0]}.{lang}.md'" for lang in languages)
    lang = page_language(path)
    if lang is None:
        return [
            Problem(
                display,
                t(
                    "the file name does not say which language the page is in, so the page "
                    "would be published in one language only"
                ),
                t("rename it to {expected} and add the other language's file", expected=expected),
            )
        ]
    if lang not in languages:
        return [
            Problem(
                display,
                t(
                    "unknown language ending '.{code}.md'; this site is built in {codes} only",
                    code=lang,
                    codes=", ".join(languages),
                ),
                t("rename it to {expected}", expected=expected),
            )
        ]
    return []


def page_body(text: str) -> str:
    """The page's Markdown with its front matter (plain text, not Markdown) blanked, so line
    numbers stay those of the file."""
    match = FRONT_MATTER.match(text)
    return "\n" * match.group(0).count("\n") + text[match.end() :] if match else text


def check_docs(docs_dir: Path, languages: Iterable[str] | None = None) -> list[Problem]:
    """All problems in the page files under ``docs_dir`` (a site of ``languages``: the
    active ones unless given)."""
    languages = tuple(languages) if languages is not None else site_languages.active().codes
    problems: list[Problem] = []
    for path in markdown_files(docs_dir):
        display = _display(docs_dir, path)
        status = path.stat()
        key = (str(path), status.st_size, status.st_mtime_ns, display, languages)
        if key not in _checked:
            _checked[key] = check_language_suffix(path, display, languages) + _check_text(
                path, display
            )
        problems += _checked[key]
    return problems


def _check_text(path: Path, display: str) -> list[Problem]:
    try:
        text = textfile.read_markdown(path, display)
    except textfile.FileRefused as error:
        return [error.problem]
    return check_front_matter(text, display) + safe_content.check_page(page_body(text), display)


# Problems of the files checked before, by name, size and modification time: `make serve`
# checks every page after each edit, and only the changed ones are read again.
_checked: dict[tuple, list[Problem]] = {}


def check_scripts(docs_dir: Path, paths: Iterable[Path]) -> list[Problem]:
    """Links, HTML elements and attributes in pages that could run a script (pages that
    cannot be read are reported by check_docs and the translation check)."""
    problems: list[Problem] = []
    for path in paths:
        display = _display(docs_dir, path)
        try:
            text = textfile.read_markdown(path, display)
        except textfile.FileRefused:
            continue
        problems += safe_content.check_page(page_body(text), display)
    return problems


def _display(docs_dir: Path, path: Path) -> str:
    return f"docs/{path.relative_to(docs_dir).as_posix()}"
