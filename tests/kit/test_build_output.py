"""What `make site` prints when the build succeeds: only what an editor needs, in Vietnamese
unless asked otherwise (its messages on failure: tests/kit/test_messages.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_site, make_kit_project
from exhibition_fixtures import good_exhibition, photo
from kit import messages

pytestmark = pytest.mark.build


def test_a_clean_build_says_only_what_an_editor_needs(tmp_path: Path) -> None:
    project = make_kit_project(tmp_path / "project")
    good_exhibition(project / "exhibitions" / "trien-lam-thu")
    photo(project / "exhibitions" / "trien-lam-thu" / "anh-1.jpg")
    result = build_site(project, env={messages.ENVIRONMENT: ""})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    site = project / "site"
    assert result.stdout.splitlines() == [
        "Đang dựng trang web: kiểm tra các trang và bản dịch...",
        "Đang tạo các trang...",
        f"Xong: trang web đã sẵn sàng trong {site}",
    ]
    again = build_site(project, "--force", "--verbose", env={messages.ENVIRONMENT: ""})
    assert again.returncode == 0
    assert "Đã nén sẵn" in again.stdout and "Đã kiểm tra bản dịch trong" in again.stdout
    # For engineers (and scripts/dev/bench_build.py): MkDocs' own lines, unfiltered.
    assert "Building 'en' documentation" in again.stderr
    assert "Documentation built in" in again.stderr
