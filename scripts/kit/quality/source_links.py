"""Symbolic links in the content folders: refused before anything reads them.

MkDocs copies a linked file in docs/ as a regular file, and ``Path.is_file()`` follows links,
so one link in a content folder would publish whatever it points to (``/etc/passwd``, a
private folder, a key). Editors never need links: a photo or page is copied into the folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from kit.core.problems import Problem
from kit.messages import N_, t

FIX = N_("delete the link and copy the real file (or folder) here instead")


def find_links(project: Path, folders: Iterable[Path]) -> list[Problem]:
    """One problem per symbolic link in ``folders`` (the folders themselves included),
    without following any link."""
    problems: list[Problem] = []
    for folder in folders:
        if folder.is_symlink():
            problems.append(_problem(project, folder))
            continue
        if not folder.is_dir():
            continue
        problems += [_problem(project, link) for link in _links_under(folder)]
    return problems


def _links_under(folder: Path) -> list[Path]:
    """The links inside ``folder``, folder by folder in name order (each folder's own entries
    before those of its sub-folders). The directory listing says which entries are links:
    no file is opened or looked up one by one (a big site has thousands)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return []  # unreadable: the checks that read it say so
    links = [Path(entry.path) for entry in entries if entry.is_symlink()]
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            links += _links_under(Path(entry.path))
    return links


def _problem(project: Path, link: Path) -> Problem:
    message = (
        t("this folder is a link (shortcut) to another place; the build never publishes links")
        if link.is_dir()
        else t("this file is a link (shortcut) to another place; the build never publishes links")
    )
    return Problem(_display(project, link), message, t(FIX))


def _display(project: Path, path: Path) -> str:
    try:
        return path.relative_to(project).as_posix()
    except ValueError:
        return str(path)
