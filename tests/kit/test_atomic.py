"""One build at a time, and nothing left behind by a build that was killed half-way."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit.core.files import BuildBusy, exclusive, staging_dir, swap_in

pytestmark = pytest.mark.unit


def test_leftovers_of_a_killed_build_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "site"
    killed = staging_dir(target)  # as a build killed by a timeout leaves it
    (killed / "index.html").write_text("half", encoding="utf-8")
    old = tmp_path / "site.old-abc123"
    old.mkdir()
    unrelated = tmp_path / "site-notes"
    unrelated.mkdir()
    with exclusive(target):
        assert not killed.exists() and not old.exists()
    assert unrelated.is_dir()


def test_a_second_build_of_the_same_site_waits_its_turn(tmp_path: Path) -> None:
    target = tmp_path / "site"
    with exclusive(target):
        staged = staging_dir(target)
        with pytest.raises(BuildBusy), exclusive(target):
            pass
        assert staged.is_dir(), "the running build's staging folder must be left alone"
        swap_in(staged, target)
    with exclusive(target):  # free again once the first build is done
        assert target.is_dir()
