"""Province folders read without a build (kit.provinces.content.load_provinces): messages
that name the file, line and key. That they stop `make site` is tests/kit/test_provinces.py."""

from __future__ import annotations

import re
from pathlib import Path

import new_province
import pytest
from kit.build.docs_pages import check_docs
from kit.core.textfile import SAVE_AS_UTF8
from kit.provinces.content import load_provinces
from province_fixtures import BAD_CASES, NARRATIVE, SLUG, good_province

pytestmark = pytest.mark.unit


def test_the_good_province_has_no_problem(tmp_path: Path) -> None:
    good_province(tmp_path / "docs" / "provinces" / SLUG)
    provinces, problems = load_provinces(tmp_path / "docs" / "provinces")
    assert [province.slug for province in provinces] == [SLUG] and problems == []


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_loader_names_the_file_line_and_key(tmp_path: Path, case: str) -> None:
    yaml_text, expected = BAD_CASES[case]
    good_province(tmp_path / "docs" / "provinces" / case, yaml_text)
    _, problems = load_provinces(tmp_path / "docs" / "provinces")
    messages = "\n".join(str(p) for p in problems)
    for fragment in expected:
        assert fragment in messages, messages


def test_narrative_pages_are_checked(tmp_path: Path) -> None:
    folder = good_province(tmp_path / "docs" / "provinces" / SLUG)
    (folder / "index.en.md").write_text("Note: the title line.\n\n# Test\n", encoding="utf-8")
    (folder / "index.vi.md").unlink()
    provinces, problems = load_provinces(tmp_path / "docs" / "provinces")
    messages = "\n".join(str(p) for p in problems)
    assert provinces == []  # no Vietnamese page: nothing to publish
    assert "tinh-thu/index.vi.md: the province has no Vietnamese page" in messages
    assert "tinh-thu/index.en.md:1: MkDocs reads the first line ('Note: the" in messages
    assert "tinh-thu/index.en.md:3: the page has its own '# ' title" in messages


def test_unreadable_narrative_page_is_left_to_the_page_check(tmp_path: Path) -> None:
    folder = good_province(tmp_path / "docs" / "provinces" / SLUG)
    (folder / "index.en.md").write_bytes(NARRATIVE["en"].encode("utf-16"))
    provinces, problems = load_provinces(tmp_path / "docs" / "provinces")
    assert [province.slug for province in provinces] == [SLUG] and problems == []
    assert [str(problem) for problem in check_docs(tmp_path / "docs")] == [
        f"docs/provinces/{SLUG}/index.en.md: the file is not UTF-8 text (it is saved as UTF-16). "
        f"Fix: {SAVE_AS_UTF8}"
    ]


def test_new_province_help_is_written_for_editors(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        new_province.main(["--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert "TODO" in text and "exit codes" in text
    assert re.search(r"dong-bang-song-hong\s+Đồng bằng sông Hồng", text)
