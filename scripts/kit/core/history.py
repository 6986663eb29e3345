"""When each source file last changed: from git when the project is a git checkout, else
from the file itself.

One ``git log`` walk reads the whole history once, so asking for hundreds of pages costs one
command, not one per page. A file with changes not yet committed (or not in git at all) is
dated by its modification time: the editor's change is newer than any commit. Plain Python:
the "last updated" line of pages, the feeds and the translation check all ask this module.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path


class History:
    """Last-change dates of the files of ``project``."""

    def __init__(self, project: Path, use_git: bool = True) -> None:
        self.project = Path(project).resolve()
        self._root: Path | None = None
        self._dates: dict[str, datetime] | None = None
        self._modified: set[str] = set()
        self.enabled = use_git and self._find_root()

    def _git(self, *args: str) -> str | None:
        return run_git(self.project, *args)

    def _find_root(self) -> bool:
        top = self._git("rev-parse", "--show-toplevel")
        if not top or not top.strip():
            return False
        self._root = Path(top.strip()).resolve()
        return True

    def _read(self) -> dict[str, datetime]:
        """Every path of the history with the date of the newest commit that touched it."""
        if self._dates is not None:
            return self._dates
        self._dates = {}
        # Each commit: "\x01<date>\0", then "\n<path>\0<path>\0..." (newest commit first).
        log = self._git("log", "--no-renames", "--format=%x01%cI", "--name-only", "-z", "HEAD")
        current: datetime | None = None
        for field in (log or "").split("\0"):
            if field.startswith("\x01"):
                current = _parse(field[1:])
                continue
            path = field.lstrip("\n")
            if current is not None and path and path not in self._dates:
                self._dates[path] = current
        status = self._git("status", "--porcelain", "-z", "--untracked-files=all") or ""
        self._modified = {entry[3:] for entry in status.split("\0") if len(entry) > 3}
        return self._dates

    def last_changed(self, path: Path) -> datetime | None:
        """When ``path`` last changed (timezone-aware), or None if it does not exist."""
        path = Path(path)
        if self.enabled and self._root is not None:
            dates = self._read()
            try:
                key = path.resolve().relative_to(self._root).as_posix()
            except ValueError:
                key = None
            if key is not None and key in dates and key not in self._modified:
                return dates[key]
        try:
            return datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            return None

    def newest(self, paths: list[Path]) -> datetime | None:
        """The latest of the dates of ``paths`` (a page built from several sources)."""
        dates = [date for date in map(self.last_changed, paths) if date is not None]
        return max(dates) if dates else None


def _parse(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return None


def run_git(folder: Path, *args: str) -> str | None:
    """The output of ``git -C folder args``; None without git, outside a repository or on an
    error (the callers then do without history)."""
    try:
        result = subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=False,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None
