"""Pages the build writes into docs/ before MkDocs reads it.

mkdocs-static-i18n drops in-memory pages, so generated pages are real files in a git-ignored
folder. A file is written only when its text changed: rewriting it would make `mkdocs serve`
see a change and rebuild forever. Files this module wrote earlier and no longer produces are
removed; files it did not write are never touched.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

MARKER = ".generated"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def is_generated(folder: Path, docs: Path) -> bool:
    """True if ``folder`` (inside ``docs``) was written by the build: it or a folder above it,
    up to ``docs``, holds the MARKER (a generated folder is marked at its top only)."""
    try:
        parts = folder.relative_to(docs).parts
    except ValueError:
        return False
    return any((docs.joinpath(*parts[:depth]) / MARKER).exists() for depth in range(len(parts) + 1))


def write_pages(target: Path, pages: Mapping[str, str]) -> bool:
    """Make ``target`` hold exactly ``pages`` (relative path -> text). True if anything changed."""
    target.mkdir(parents=True, exist_ok=True)
    marker = target / MARKER
    previous = _previous(marker)
    changed = False
    for relative, text in pages.items():
        path = target / relative
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        changed = True
    for relative in sorted(previous - set(pages)):
        stale = target / relative
        if stale.is_file():
            stale.unlink()
            changed = True
    _remove_empty_dirs(target)
    listing = json.dumps(sorted(pages), ensure_ascii=False, indent=0)
    if not marker.is_file() or marker.read_text(encoding="utf-8") != listing:
        marker.write_text(listing, encoding="utf-8")
    return changed


def _previous(marker: Path) -> set[str]:
    try:
        return set(json.loads(marker.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return set()


def _remove_empty_dirs(target: Path) -> None:
    for folder in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()


class _NoAliasDumper(yaml.SafeDumper):
    """Writes a value used twice out twice: front matter with '&' anchors is refused."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def markdown_page(front_matter: Mapping[str, Any], body: str) -> str:
    """A Markdown file with YAML front matter (values quoted safely by the YAML dumper)."""
    meta = yaml.dump(
        dict(front_matter),
        Dumper=_NoAliasDumper,
        allow_unicode=True,
        sort_keys=False,
        width=1000,
    )
    return f"---\n{meta}---\n\n{body.strip()}\n"


def section_index(strings: Mapping[str, str], view: str) -> str:
    """The index page of a generated section (exhibitions, infographics, quizzes, Discover):
    its title, description and introduction from the section's ``strings`` (``index_title``,
    ``index_description``, ``index_intro``), drawn by the template ``<view>.html``."""
    return markdown_page(
        {
            "title": strings["index_title"],
            "description": strings["index_description"],
            "template": f"{view}.html",
            "campaign_view": view,
        },
        f"# {strings['index_title']}\n\n{strings['index_intro']}",
    )


def plain(text: str) -> str:
    """Editor text shown literally: no HTML runs and no Markdown formatting applies."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
