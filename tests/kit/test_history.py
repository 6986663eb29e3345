"""kit.core.history: when each source last changed, from git or from the file."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from kit.core.history import History

pytestmark = pytest.mark.unit


def git(folder: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    if date:
        env |= {"GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date}
    subprocess.run(["git", "-C", str(folder), *args], check=True, env=env, capture_output=True)


def test_dates_come_from_the_newest_commit_of_each_file(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a b.vi.md").write_text("một\n", encoding="utf-8")
    (tmp_path / "docs" / "b.en.md").write_text("one\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "first", date="2025-01-02T03:04:05+07:00")
    (tmp_path / "docs" / "b.en.md").write_text("two\n", encoding="utf-8")
    git(tmp_path, "commit", "-qam", "second", date="2025-08-08T10:00:00+07:00")

    history = History(tmp_path / "docs")
    assert history.enabled
    first = history.last_changed(tmp_path / "docs" / "a b.vi.md")
    second = history.last_changed(tmp_path / "docs" / "b.en.md")
    assert first == datetime.fromisoformat("2025-01-02T03:04:05+07:00")
    assert second == datetime.fromisoformat("2025-08-08T10:00:00+07:00")
    assert history.newest([tmp_path / "docs" / "a b.vi.md", tmp_path / "docs" / "b.en.md"]) == (
        second
    )


def test_an_edit_not_yet_committed_is_newer_than_any_commit(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    page = tmp_path / "page.vi.md"
    page.write_text("một\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "first", date="2020-01-01T00:00:00+00:00")
    page.write_text("hai\n", encoding="utf-8")
    new = tmp_path / "new.vi.md"
    new.write_text("mới\n", encoding="utf-8")
    history = History(tmp_path)
    assert history.last_changed(page) > datetime(2024, 1, 1, tzinfo=UTC)
    assert history.last_changed(new) > datetime(2024, 1, 1, tzinfo=UTC)


def test_outside_git_the_file_date_is_used(tmp_path: Path) -> None:
    page = tmp_path / "page.vi.md"
    page.write_text("một\n", encoding="utf-8")
    os.utime(page, (1_700_000_000, 1_700_000_000))
    history = History(tmp_path)
    assert history.last_changed(page) == datetime.fromtimestamp(1_700_000_000, UTC)
    assert history.last_changed(tmp_path / "missing.md") is None
