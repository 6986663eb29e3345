"""Infographic data read without a build (kit.infographics.content.load_infographic) and
share images drawn: messages that name the file, line and key. That they stop `make site`
is tests/kit/test_infographics.py."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import PROJECT
from infographic_fixtures import BAD_FILES, DATA, EXPECTED, GOOD_YAML, where
from kit.core.asean_members import MEMBERS
from kit.infographics.content import closest_type, load_infographic
from kit.infographics.images import (
    FORMATS,
    Highlight,
    ShareContent,
    draw_image,
    ensure_image,
)
from PIL import Image, ImageChops, ImageStat
from site_fixtures import INFOGRAPHIC as SLUG

pytestmark = pytest.mark.unit


def test_the_good_infographic_has_no_problem(tmp_path: Path) -> None:
    path = tmp_path / f"{SLUG}.yml"
    path.write_text(GOOD_YAML, encoding="utf-8")
    infographic, problems = load_infographic(path, f"{DATA.as_posix()}/{SLUG}.yml")
    assert infographic is not None and problems == []


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_bad_input_names_file_line_and_key(tmp_path: Path, case: str) -> None:
    path = tmp_path / f"{case}.yml"
    path.write_text(BAD_FILES[case], encoding="utf-8")
    _, problems = load_infographic(path, f"{DATA.as_posix()}/{case}.yml")
    fragment, message = EXPECTED[case]
    expected = f"{where(case, fragment)}: {message}"
    assert any(str(problem).startswith(expected) for problem in problems), problems


LOADER_CASES = {
    "source-without-url": (
        GOOD_YAML.replace('          url: "https://example.org/one"\n', ""),
        "the source of item 1 ('Dân số') of block 1 (figures) needs the web address",
    ),
    "bad-date": (
        GOOD_YAML.replace("date: 2015-12-31", "date: 31/12/2015"),
        "the date '31/12/2015' of item 1 ('Cộng đồng ASEAN') of block 5 (timeline)",
    ),
    "unknown-member": (
        GOOD_YAML.replace("highlight: vn", "highlight: Viet Nam"),
        "'viet nam' in 'highlight' of block 6 (members) is not an ASEAN member code. "
        "Fix: did you mean 'vn'?",
    ),
    "unknown-key": (
        GOOD_YAML.replace("    decimals: 1\n    source", "    decimal: 1\n    source"),
        "unknown key 'decimal' in block 2 (bar). Fix: did you mean 'decimals'?",
    ),
    "one-series": (
        GOOD_YAML.replace(', {vi: "Cả khối", en: "Whole bloc"}]', "]"),
        "block 4 (comparison) needs 'series:'",
    ),
}


@pytest.mark.parametrize("case", sorted(LOADER_CASES))
def test_loader_messages(tmp_path: Path, case: str) -> None:
    text, message = LOADER_CASES[case]
    path = tmp_path / f"{SLUG}.yml"
    path.write_text(text, encoding="utf-8")
    _, problems = load_infographic(path, f"docs/_data/infographics/{SLUG}.yml")
    assert any(message in str(p) for p in problems), [str(p) for p in problems]
    assert all(f"{SLUG}.yml:" in p.file for p in problems)


def test_closest_block_type() -> None:
    assert closest_type("colum") == "column"
    assert closest_type("bar-chart") == "bar"
    assert closest_type("timelines") == "timeline"
    assert closest_type("pie") is None


def test_every_member_has_a_simple_svg_flag() -> None:
    assert len(MEMBERS) == 11
    for member in MEMBERS:
        svg = ET.parse(PROJECT / "docs" / member.flag).getroot()
        assert svg.tag.endswith("svg") and len(svg.get("viewBox", "").split()) == 4
        assert (PROJECT / "docs" / member.flag).stat().st_size < 4000


# --------------------------------------------------------------------------- share images


def _content(**changes: object) -> ShareContent:
    values: dict[str, object] = {
        "title": "Việt Nam trong ASEAN",
        "summary": "Ba mươi năm đồng hành, những con số chính.",
        "highlights": (Highlight("1.234,5", "Dân số", "triệu người", "khoảng"),) * 4,
        "sources": "Nguồn: Liên Hợp Quốc (2024)",
        "site_name": "Việt Nam – ASEAN",
    }
    values.update(changes)
    return ShareContent(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_share_images_have_the_right_size_and_real_text(kind: str) -> None:
    drawn = Image.open(io.BytesIO(draw_image(_content(), kind))).convert("RGB")
    blank = _content(title="", summary="", highlights=(), sources="", site_name="")
    empty = Image.open(io.BytesIO(draw_image(blank, kind))).convert("RGB")
    assert drawn.size == empty.size == FORMATS[kind]
    width = drawn.size[0]
    title_area = (40, 100, width - 40, 160)  # below the accent bar
    # Text leaves anti-aliased pixels: the title area varies, and differs from a blank image.
    assert ImageStat.Stat(drawn.crop(title_area).convert("L")).stddev[0] > 20
    assert ImageStat.Stat(empty.crop(title_area).convert("L")).stddev[0] < 1
    assert ImageChops.difference(drawn, empty).getbbox() is not None


def test_share_images_are_redrawn_only_when_their_content_changes(tmp_path: Path) -> None:
    first = ensure_image(tmp_path, SLUG, "vi", "landscape", _content())
    stamp = (tmp_path / first.name).stat().st_mtime_ns
    again = ensure_image(tmp_path, SLUG, "vi", "landscape", _content())
    assert again == first and (tmp_path / first.name).stat().st_mtime_ns == stamp
    changed = ensure_image(tmp_path, SLUG, "vi", "landscape", _content(title="Tiêu đề mới"))
    assert changed.name != first.name and changed.name.startswith(f"{SLUG}-vi-1200x630-")
