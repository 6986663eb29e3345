"""Exhibition folders read without a build (kit.exhibitions.content.load_exhibitions): the
message for each kind of mistake names the file, the line or key, and the fix. That such a
message stops `make site` is tests/kit/test_exhibitions.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import PROJECT
from exhibition_fixtures import GOOD_YAML, good_exhibition, photo
from kit.exhibitions.content import load_exhibitions
from site_fixtures import EXHIBITION as SLUG

pytestmark = pytest.mark.unit


CASES = {
    "malformed-yaml": (
        GOOD_YAML.replace("  - file: anh-3.jpg", '  - file: anh-3.jpg\n   caption: "x'),
        {},
        ["exhibitions/trien-lam-thu/exhibition.yml:28: the file cannot be read", "    28 |"],
    ),
    "unknown-key": (
        GOOD_YAML.replace('    caption: {vi: "Ảnh ba"', '    captoin: {vi: "Ảnh ba"'),
        {},
        ["unknown key 'captoin'", "did you mean 'caption'?", "exhibition.yml:"],
    ),
    "missing-file": (
        GOOD_YAML.replace("file: anh-3.jpg", "file: anh-03.jpg"),
        {},
        ["points at 'anh-03.jpg', which does not exist", "did you mean"],
    ),
    "file-without-metadata": (
        GOOD_YAML,
        {"moi.jpg": "#aa3300"},
        ["'moi.jpg' is in the folder but has no entry", "- file: moi.jpg", "caption:"],
    ),
    "duplicate-id": (
        GOOD_YAML.replace("  - file: anh-5.jpg\n", "  - file: anh-5.jpg\n    id: anh-4\n"),
        {},
        ["item id 'anh-4' is used twice"],
    ),
    "same-slug": (
        GOOD_YAML + '  - file: "Anh 1.jpg"\n    caption: {vi: "a", en: "a"}\n'
        '    alt: {vi: "b", en: "b"}\n',
        {"Anh 1.jpg": "#00aa00"},
        ["'Anh 1.jpg' and 'anh-1.jpg' would get the same web address 'anh-1'"],
    ),
    "missing-translation": (
        GOOD_YAML.replace('caption: {vi: "Ảnh ba", en: "Photo three"}', 'caption: {vi: "Ảnh ba"}'),
        {},
        ["the English caption of item 3 (anh-3.jpg) is missing or empty"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_reported_with_a_clear_message(tmp_path: Path, case: str) -> None:
    yaml_text, extra, expected = CASES[case]
    folder = good_exhibition(tmp_path / "exhibitions" / SLUG, yaml_text)
    for name, colour in extra.items():
        photo(folder / name, colour=colour)
    _, problems = load_exhibitions(tmp_path / "exhibitions")
    output = "\n".join(str(problem) for problem in problems)
    for fragment in expected:
        assert fragment in output, output


def test_the_good_exhibition_has_no_problem(tmp_path: Path) -> None:
    good_exhibition(tmp_path / "exhibitions" / SLUG)
    exhibitions, problems = load_exhibitions(tmp_path / "exhibitions")
    assert problems == []
    assert len(exhibitions[0].items) == 7


def test_commented_template_is_valid_once_its_photo_is_added(tmp_path: Path) -> None:
    folder = tmp_path / "exhibitions" / "trien-lam-moi"
    shutil.copytree(PROJECT / "exhibitions" / "_template", folder)
    photo(folder / "anh-bia.jpg")
    exhibitions, problems = load_exhibitions(tmp_path / "exhibitions")
    assert problems == []
    assert [item.id for item in exhibitions[0].items] == ["anh-bia"]
