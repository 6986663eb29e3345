"""Stop the build when a source file still holds git's conflict markers.

An unfinished ``make update-kit`` (or any merge) leaves blocks like these in the files both
sides changed::

    <<<<<<< HEAD
    your version
    =======
    the kit's version
    >>>>>>> kit

MkDocs publishes them as text, so a site built in the middle of a merge shows them in every
footer. Every text file the build reads is checked; the first marker of each file is reported
with its line. ``=======`` alone is a Markdown heading underline too, so it counts only inside
a block opened by ``<<<<<<<``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from kit.core.generated import MARKER as GENERATED_MARKER
from kit.core.problems import Problem
from kit.messages import N_, t

OPENING = "<<<<<<<"
ANCESTOR = "|||||||"  # git's diff3 and zdiff3 styles: the common ancestor's version
SEPARATOR = "======="
CLOSING = ">>>>>>>"
_QUICK = tuple(marker.encode() for marker in (OPENING, ANCESTOR, CLOSING))

TEXT_SUFFIXES = frozenset(
    {".md", ".markdown", ".yml", ".yaml", ".css", ".js", ".html", ".htm", ".svg", ".json",
     ".xml", ".txt"}
)  # fmt: skip
CONFIG_FILE = "mkdocs.yml"

FIX = N_(
    "finish the merge as the update message explained: keep the right version, delete the "
    "<<<<<<<, ======= and >>>>>>> lines, then run `git add -A` and `git commit --no-edit`; "
    "or give the update up with `git merge --abort`"
)


def _is_marker(line: str, marker: str) -> bool:
    return line == marker or line.startswith(marker + " ")


def marker_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) of every conflict marker in ``text``, first line 1."""
    found: list[tuple[int, str]] = []
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        if _is_marker(line, OPENING):
            inside = True
        elif _is_marker(line, CLOSING):
            inside = False
        elif not _is_marker(line, ANCESTOR) and not (inside and line.rstrip() == SEPARATOR):
            continue
        found.append((number, line.rstrip()))
    return found


def source_files(project: Path, docs_dir: Path | None = None) -> Iterator[Path]:
    """The text files a build reads: mkdocs.yml, docs/, exhibitions/*.yml and overrides/."""
    if (project / CONFIG_FILE).is_file():
        yield project / CONFIG_FILE
    for folder, suffixes in (
        (docs_dir or project / "docs", TEXT_SUFFIXES),
        (project / "exhibitions", frozenset({".yml", ".yaml"})),
        (project / "overrides", TEXT_SUFFIXES),
    ):
        yield from _text_files(folder, suffixes)


def _text_files(folder: Path, suffixes: frozenset[str]) -> Iterator[Path]:
    for root, folders, names in os.walk(folder):
        if GENERATED_MARKER in names:
            folders[:] = []  # written by the build from other sources, checked there
            continue
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            path = Path(root, name)
            if path.suffix.lower() in suffixes and not path.is_symlink():
                yield path


def check_sources(project: Path, docs_dir: Path | None = None) -> list[Problem]:
    """One problem per source file that still holds conflict markers, at the first one."""
    project = Path(project)
    problems = []
    for path in source_files(project, docs_dir):
        try:
            content = path.read_bytes()
        except OSError:
            continue  # unreadable files are reported by the checks that read them
        if not any(marker in content for marker in _QUICK):
            continue
        markers = marker_lines(content.decode("utf-8", errors="replace"))
        if markers:
            problems.append(_problem(project, path, *markers[0]))
    return problems


def _problem(project: Path, path: Path, line: int, marker: str) -> Problem:
    try:
        display = path.relative_to(project).as_posix()
    except ValueError:
        display = path.as_posix()
    return Problem(
        f"{display}:{line}",
        t("git conflict marker '{marker}' left by an unfinished merge", marker=marker),
        t(FIX),
    )
