"""Infographics: real builds of fixture data, checked on the parsed HTML, images and messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_site, parse, run_mkdocs, write
from infographic_fixtures import (
    BAD_FILES,
    EXPECTED,
    infographic_project,
    where,
)
from PIL import Image
from site_fixtures import INFOGRAPHIC as SLUG

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def built(kit_site: Path) -> Path:
    """The kit's fixture site (built with no warning): its infographic SLUG is GOOD_YAML."""
    return kit_site


def page(site: Path, lang: str, path: str) -> Path:
    return site / ("en/" if lang == "en" else "") / path / "index.html"


def infographic(site: Path, lang: str):
    return parse(page(site, lang, f"infographics/{SLUG}"))


def block(html, kind: str):
    return html.select_one(f".ig-block--{kind}")


# --------------------------------------------------------------------------- pages


def test_index_lists_the_infographic_with_its_preview(built: Path) -> None:
    for lang, title in (("vi", "Đồ họa thử"), ("en", "Test infographic")):
        path = page(built, lang, "infographics")
        link = parse(path).select_one(".ig-card__link")
        assert link.select_one(".ig-card__title").get_text() == title
        assert link["href"] == f"{SLUG}/"
        preview = link.select_one("img")
        assert f"-{lang}-1200x630-" in preview["src"]
        assert (path.parent / preview["src"]).resolve().is_file()


def test_numbers_follow_the_page_language(built: Path) -> None:
    vi, en = infographic(built, "vi"), infographic(built, "en")
    first_vi, first_en = vi.select(".ig-figure")[0], en.select(".ig-figure")[0]
    assert first_vi.select_one(".ig-figure__value").get_text() == "1.234,5"
    assert first_en.select_one(".ig-figure__value").get_text() == "1,234.5"
    assert first_vi.select_one(".ig-figure__prefix").get_text() == "khoảng"
    assert first_en.select_one(".ig-figure__prefix").get_text() == "about"
    assert first_vi.select_one(".ig-figure__unit").get_text() == "triệu người"
    # A percentage is one number: "14,5%", not "14,5 %".
    assert vi.select(".ig-figure__value")[1].get_text() == "14,5%"
    assert en.select(".ig-figure__value")[1].get_text() == "14.5%"
    bar_values = [t.get_text() for t in block(vi, "bar").select("text.ig-chart__value")]
    assert bar_values == ["2.000,0", "1.000,0", "0,5"]
    assert block(en, "bar").select("text.ig-chart__value")[0].get_text() == "2,000.0"
    assert block(vi, "comparison").select_one(".ig-compare__share").get_text() == "14,5%"
    assert block(en, "comparison").select_one(".ig-compare__share").get_text() == "14.5%"


def test_dates_follow_the_page_language(built: Path) -> None:
    vi, en = infographic(built, "vi"), infographic(built, "en")
    # The timeline reads from the oldest event, whatever order it was written in.
    first_vi = block(vi, "timeline").select_one("time")
    assert first_vi["datetime"] == "1995-07-28"
    assert first_vi.get_text() == "28 tháng 7, 1995"
    assert block(en, "timeline").select_one("time").get_text() == "28 July 1995"
    source_vi = vi.select_one(".ig-figure__source").get_text()
    assert "Nguồn: Nguồn một, 28 tháng 7, 1995" in source_vi
    assert "Source: Source one, 28 July 1995" in en.select_one(".ig-figure__source").get_text()


def test_every_chart_has_an_accessible_name_description_and_data_table(built: Path) -> None:
    for lang in ("vi", "en"):
        html = infographic(built, lang)
        charts = html.select("svg.ig-chart")
        assert len(charts) == 3  # bar, column, comparison
        for svg in charts:
            assert svg["role"] == "img"
            title_id, desc_id = svg["aria-labelledby"].split()
            assert svg.select_one(f"title#{title_id}").get_text().strip()
            assert svg.select_one(f"desc#{desc_id}").get_text().strip()
            section = svg.find_parent("section")
            assert section.select_one("details > summary")
            table = section.select_one("details table")
            assert table.select_one("caption").get_text() == svg.select_one("title").get_text()
    bar = block(infographic(built, "en"), "bar")
    description = bar.select_one("desc").get_text()
    assert description.startswith("Description of the bar chart.")
    assert "Highest: <b>One</b>, 2,000.0 thousand people" in description
    rows = bar.select("details tbody tr")
    assert [r.th.get_text() for r in rows] == ["<b>One</b>", "Two", "Three"]
    assert rows[0].td.get_text() == "2,000.0"
    assert "Value (thousand people)" in bar.select_one("thead").get_text()


def test_chart_geometry_is_proportional(built: Path) -> None:
    bars = block(infographic(built, "vi"), "bar").select("rect.ig-chart__bar")
    assert [float(rect["width"].rstrip("%")) for rect in bars] == [100.0, 50.0, 0.6]
    highlighted = block(infographic(built, "vi"), "bar").select(".ig-bar--highlight text")
    assert highlighted[0].get_text() == "Hai"
    columns = block(infographic(built, "vi"), "column").select("rect.ig-chart__bar")
    heights = [float(rect["height"]) for rect in columns]
    assert heights[1] == 180.0 and round(heights[0], 1) == round(180 * 5 / 11, 1)
    share = block(infographic(built, "vi"), "comparison").select_one("rect.ig-compare__part")
    assert float(share["width"].rstrip("%")) == pytest.approx(14.5, abs=0.01)


def test_members_have_flags_and_names_in_both_languages(built: Path) -> None:
    path = page(built, "en", f"infographics/{SLUG}")
    members = block(parse(path), "members").select(".ig-member")
    assert len(members) == 11
    names = [m.select_one(".ig-member__name").get_text() for m in members]
    assert "Timor-Leste" in names and "Vietnam" in names
    vietnam = members[names.index("Vietnam")]
    assert "ig-member--highlight" in vietnam["class"]
    other = vietnam.select_one(".ig-member__other")
    assert other.get_text() == "Việt Nam" and other["lang"] == "vi"
    assert "28 July 1995" in vietnam.select_one(".ig-member__joined").get_text()
    for member in members:
        flag = member.select_one("img")
        assert flag["alt"] == ""  # the name beside it is the label
        assert "no-lightbox" in flag["class"]
        assert (path.parent / flag["src"]).resolve().is_file()
    vi_names = [
        m.get_text()
        for m in parse(page(built, "vi", f"infographics/{SLUG}")).select(".ig-member__name")
    ]
    assert "Đông Ti-mo" in vi_names and "In-đô-nê-xi-a" in vi_names


def test_editor_text_is_shown_as_text(built: Path) -> None:
    text = page(built, "vi", f"infographics/{SLUG}").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;Một" in text
    assert "<b>One</b>" not in page(built, "en", f"infographics/{SLUG}").read_text("utf-8")


def test_share_images_are_downloadable_in_the_page_language(built: Path) -> None:
    for lang, label in (("vi", "Ảnh ngang 1200 × 630"), ("en", "Landscape 1200 × 630")):
        path = page(built, lang, f"infographics/{SLUG}")
        html = parse(path)
        links = html.select(".ig-share a[download]")
        assert links[0].get_text() == label
        assert links[0]["download"] == f"{SLUG}-{lang}-1200x630.png"
        sizes = []
        for link in links:
            target = (path.parent / link["href"]).resolve()
            assert f"-{lang}-" in target.name and "/media/infographics/" in target.as_posix()
            with Image.open(target) as image:
                sizes.append(image.size)
        assert sizes == [(1200, 630), (1080, 1350)]
        # The page's own share picture is its landscape image, in its language.
        og_image = html.select_one('meta[property="og:image"]')["content"]
        assert og_image.endswith(links[0]["href"].rsplit("/", 1)[-1])


def test_data_files_are_not_published(built: Path) -> None:
    # The web editor's own configuration (admin/config.yml) is the only YAML file published.
    published = [path.relative_to(built).as_posix() for path in built.rglob("*.yml")]
    assert [path for path in published if path != "admin/config.yml"] == []
    assert not (built / "_data").exists()


def test_the_infographics_are_in_the_navigation(built: Path) -> None:
    # Listed in the menu of their own section (other sections' menus are pruned).
    assert (
        "Infographics"
        in parse(page(built, "en", "about")).select_one("nav.md-nav--primary").get_text()
    )
    nav = parse(page(built, "en", "infographics")).select_one("nav.md-nav--primary").get_text()
    assert "Infographics" in nav and "Test infographic" in nav


# --------------------------------------------------------------------------- bad input


# The broken files that reach the loader: a missing translation is stopped before, by the
# translation check (the loader's message for it: tests/kit/test_infographic_content.py).
REACH_THE_LOADER = ("not-a-number", "no-source", "unknown-type")


def test_bad_infographics_stop_make_site_with_every_message_and_keep_the_old_site(
    tmp_path: Path,
) -> None:
    """Infographics: the loader's messages (tests/kit/test_infographic_content.py) reach the
    editor through `make site`, all in one build."""
    files = {case: BAD_FILES[case] for case in REACH_THE_LOADER}
    project = infographic_project(tmp_path / "project", files)
    previous = write(project / "site" / "index.html", "<p>the site as it was</p>")
    result = build_site(project)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    for case in REACH_THE_LOADER:
        fragment, message = EXPECTED[case]
        assert f"Warning: {where(case, fragment)}: {message}" in output, output
    assert "Traceback" not in output
    assert [path.name for path in (project / "site").iterdir()] == ["index.html"]
    assert previous.read_text(encoding="utf-8") == "<p>the site as it was</p>"


def test_non_strict_build_leaves_out_only_the_broken_parts(tmp_path: Path) -> None:
    project = infographic_project(tmp_path / "project", BAD_FILES)
    result = run_mkdocs(project, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Warning:") >= len(BAD_FILES)
    en = {case: parse(page(tmp_path / "site", "en", f"infographics/{case}")) for case in BAD_FILES}
    labels = [t.get_text() for t in en["missing-translation"].select("text.ig-chart__label")]
    assert labels == ["Complete label"]
    figures = [p.get_text() for p in en["not-a-number"].select(".ig-figure__label")]
    assert figures == ["Good number"]
    assert en["unknown-type"].select(".ig-block--timeline") and not en["unknown-type"].select(
        ".ig-block--column"
    )
    assert [p.get_text() for p in en["no-source"].select(".ig-figure__label")] == ["Sourced figure"]
