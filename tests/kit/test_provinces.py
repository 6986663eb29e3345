"""Province pages: real builds of fixture provinces, checked on the parsed HTML and messages.

The kit's fixture site holds two provinces, in two regions (site_fixtures).
"""

from __future__ import annotations

import json
from pathlib import Path

import new_province
import pytest
from conftest import build_site, make_kit_project, parse, run_mkdocs, write
from kit.provinces.content import REGIONS
from kit.translations import check as translations
from province_fixtures import BAD_CASES, SLUG, good_province
from site_fixtures import SECOND_PROVINCE

pytestmark = pytest.mark.build

PROVINCES = sorted([SLUG, SECOND_PROVINCE])  # what the kit's fixture site holds


@pytest.fixture(scope="module")
def built(kit_site: Path) -> Path:
    """The kit's fixture site (built with no warning)."""
    return kit_site


def page(site: Path, lang: str, path: str) -> Path:
    return site / ("en/" if lang == "en" else "") / path / "index.html"


def province_page(site: Path, lang: str, slug: str = SLUG):
    return parse(page(site, lang, f"provinces/{slug}"))


def json_ld(html) -> dict:
    scripts = html.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


# --------------------------------------------------------------------------- index


def test_index_has_a_card_per_province_in_both_languages(built: Path) -> None:
    for lang, name in (("vi", "Tỉnh Thử"), ("en", "Test Province")):
        path = page(built, lang, "provinces")
        cards = parse(path).select(".province-card")
        assert len(cards) == len(PROVINCES)
        titles = [c.select_one(".province-card__title").get_text() for c in cards]
        assert name in titles
        for card in cards:
            target = path.parent / card.select_one("a.province-card__link")["href"]
            assert (target / "index.html").is_file()


def test_region_filter_works_without_javascript(built: Path) -> None:
    html = parse(page(built, "en", "provinces"))
    browser = html.select_one(".province-browser")
    inputs = browser.select("input.province-filter__input[type=radio]")
    assert inputs[0]["value"] == "all" and inputs[0].has_attr("checked")
    assert len({i["name"] for i in inputs}) == 1  # one group: choosing one unchooses the rest
    regions = {c["data-region"] for c in browser.select(".province-card")}
    assert regions >= {"tay-nguyen", "dong-bang-song-hong"}
    assert {i["value"] for i in inputs[1:]} == regions
    for radio in inputs:
        label = browser.select_one(f'label[for="{radio["id"]}"]')
        assert label and label.get_text().strip()
    # The stylesheet hides the other cards for every region, with no script involved.
    css = (built / "assets" / "stylesheets" / "provinces.css").read_text(encoding="utf-8")
    for region in REGIONS:
        assert f'#region-{region}:checked) .province-card:not([data-region="{region}"])' in css
    scripts = [s.get("src", "") for s in html.select("script")]
    assert not any("province" in src for src in scripts)


def test_index_lists_provinces_as_json_ld(built: Path) -> None:
    data = json_ld(parse(page(built, "vi", "provinces")))
    assert data["@type"] == "ItemList"
    urls = [item["url"] for item in data["itemListElement"]]
    assert f"https://asean.example.org/provinces/{SLUG}/" in urls


# --------------------------------------------------------------------------- province page


def test_page_has_every_section_and_a_working_section_menu(built: Path) -> None:
    html = province_page(built, "vi")
    assert html.select_one("h1").get_text() == "Tỉnh Thử"
    assert len(html.select("article h1")) == 1
    sections = [s["id"] for s in html.select("section.province-section")]
    assert sections == [
        "overview",
        "investment",
        "tourism",
        "heritage",
        "specialties",
        "contacts",
        "sources",
    ]
    menu = [a["href"] for a in html.select("nav.province-toc a")]
    assert menu == [f"#{s}" for s in sections]
    overview = html.select_one("#overview").get_text()
    assert "Tỉnh Thử là một tỉnh ở Tây Nguyên" in overview
    assert html.title.get_text().startswith("Tỉnh Thử")


def test_key_facts_in_the_page_language(built: Path) -> None:
    vi = province_page(built, "vi").select_one(".province-facts").get_text(" ", strip=True)
    en = province_page(built, "en").select_one(".province-facts").get_text(" ", strip=True)
    assert "1.234,5 km²" in vi and "987.654" in vi and "Tây Nguyên" in vi
    assert "1,234.5 km²" in en and "987,654" in en and "Central Highlands" in en
    assert "2024; source: Statistics Office" in en


def test_projects_show_what_an_investor_looks_for(built: Path) -> None:
    html = province_page(built, "en")
    projects = html.select("#investment li.province-project")
    assert len(projects) == 2
    for project in projects:
        labels = [dt.get_text() for dt in project.select("dt")]
        assert labels == ["Sector", "Location", "Scale", "Incentives", "Contact"]
    first = projects[0]
    assert first.select_one("h3").get_text() == "Coffee processing plant"
    assert first.select_one('a[href="tel:+842343822355"]').get_text() == "0234 3822 355"
    assert first.select_one('a[href="mailto:dautu@tinhthu.example.gov.vn"]')
    # A project may name a contact of the contacts list by its id.
    assert "Thử Department of Finance" in projects[1].get_text()


def test_contacts_are_links_that_work_on_phones(built: Path) -> None:
    contacts = province_page(built, "vi").select_one("#contacts")
    hrefs = [a["href"] for a in contacts.select("a")]
    assert "tel:+842623123456" in hrefs  # spaces dropped, the international form kept
    assert "tel:115" in hrefs  # short emergency numbers are dialled as written
    assert "mailto:sotaichinh@tinhthu.example.gov.vn" in hrefs
    assert "https://tinhthu.example.gov.vn" in hrefs
    sources = province_page(built, "vi").select("#sources li")
    assert sources[0].a["href"] == "https://example.org/nien-giam"
    assert sources[1].a is None and sources[1].get_text() == "Nguồn không có địa chỉ"


def test_destination_photos_are_resized_and_originals_not_published(built: Path) -> None:
    path = page(built, "en", f"provinces/{SLUG}")
    places = parse(path).select("#tourism li.province-place")
    assert len(places) == 2
    link = places[0].select_one("a.glightbox")
    assert (path.parent / link["href"]).resolve().is_file()
    img = places[0].select_one("img")
    assert img["alt"] == "The lake in the morning" and img["loading"] == "lazy"
    for candidate in img["srcset"].split(","):
        assert (path.parent / candidate.split()[0]).resolve().is_file()
    assert "UNESCO World Heritage (2001)" in places[0].get_text()
    assert not list(built.rglob("ho-xanh.jpg")) and not list(built.rglob("province.yml"))


def test_editor_text_is_shown_as_text(built: Path) -> None:
    path = page(built, "vi", f"provinces/{SLUG}")
    html = parse(path)
    name = html.select_one("#tourism h3").get_text()
    assert name == "Hồ </script><b>Xanh</b>"
    assert html.select("#tourism h3 b") == []
    assert "</script><b>" not in path.read_text(encoding="utf-8")


def test_json_ld_describes_the_province_and_its_attractions(built: Path) -> None:
    data = json_ld(province_page(built, "en"))
    assert data["@type"] == "AdministrativeArea"
    assert data["name"] == "Test Province" and data["alternateName"] == "Tỉnh Thử"
    assert data["url"] == f"https://asean.example.org/en/provinces/{SLUG}/"
    attractions = data["containsPlace"]
    assert [a["@type"] for a in attractions] == ["TouristAttraction", "TouristAttraction"]
    assert attractions[0]["name"] == "Blue </script><b>Lake</b>"  # escaped, still parses
    assert attractions[0]["image"].startswith("https://asean.example.org/media/")
    area = next(p for p in data["additionalProperty"] if p["name"] == "Area")
    assert area["value"] == 1234.5 and area["unitText"] == "km²"


def test_province_is_in_the_navigation(built: Path) -> None:
    # Listed in the menu of its own section (other sections' menus are pruned).
    assert (
        "Provinces"
        in parse(page(built, "en", "about")).select_one("nav.md-nav--primary").get_text()
    )
    nav = parse(page(built, "en", "provinces")).select_one("nav.md-nav--primary").get_text()
    assert "Provinces" in nav and "Test Province" in nav


# --------------------------------------------------------------------------- bad input


def test_bad_provinces_stop_make_site_and_a_preview_publishes_the_rest(tmp_path: Path) -> None:
    """Provinces: the loader's messages (tests/kit/test_province_content.py) reach the editor
    through `make site`, which keeps the old site; a preview leaves out only what is broken."""
    project = make_kit_project(tmp_path / "project")
    for case, (yaml_text, _) in BAD_CASES.items():
        good_province(project / "docs" / "provinces" / case, yaml_text)
    previous = write(project / "site" / "index.html", "<p>the site as it was</p>")
    strict = build_site(project)
    output = strict.stdout + strict.stderr
    assert strict.returncode == 1, output
    for _, expected in BAD_CASES.values():
        for fragment in expected:
            assert fragment in output, output
    assert "Traceback" not in output
    assert [path.name for path in (project / "site").iterdir()] == ["index.html"]
    assert previous.read_text(encoding="utf-8") == "<p>the site as it was</p>"
    lenient = run_mkdocs(project, tmp_path / "site", strict=False)
    assert lenient.returncode == 0, lenient.stdout + lenient.stderr
    # The project without a contact is left out; the province is still published.
    html = parse(page(tmp_path / "site", "en", "provinces/project-without-contact"))
    assert [h.get_text() for h in html.select("#investment h3")] == ["Coffee processing plant"]
    # The destination whose photo is missing is shown without a photo.
    places = parse(page(tmp_path / "site", "en", "provinces/missing-image")).select("#tourism li")
    assert [bool(p.select("img")) for p in places] == [True, False]


# --------------------------------------------------------------------------- new province


def test_new_province_builds_and_is_reported_as_incomplete(tmp_path: Path, capsys) -> None:
    project = make_kit_project(tmp_path / "project")
    code = new_province.main(
        ["Lạng Sơn", "--name-en", "Lạng Sơn Province", "--project", str(project)]
    )
    assert code == 0
    folder = project / "docs" / "provinces" / "lang-son"
    assert sorted(p.name for p in folder.iterdir()) == [
        "index.en.md",
        "index.vi.md",
        "province.yml",
    ]
    assert "region: trung-du-mien-nui-phia-bac" in (folder / "province.yml").read_text("utf-8")
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    html = parse(page(tmp_path / "site", "en", "provinces/lang-son"))
    assert "TODO" in html.select_one(".province-todo-banner").get_text()
    assert html.select_one("h1").get_text() == "Lạng Sơn Province"
    assert len(html.select(".province-todo")) >= 5
    assert "TODO – Write a few paragraphs" in html.select_one("#overview").get_text()
    assert html.select('#contacts a[href^="tel:"]') == []  # a TODO is not a phone number
    report = translations.check_project(project, git=False)
    todo = [f for f in report.gaps if f.file.startswith("docs/provinces/lang-son/")]
    assert {f.kind for f in todo} == {"todo"}
    assert {f.file.rsplit("/", 1)[1] for f in todo} == {
        "province.yml",
        "index.vi.md",
        "index.en.md",
    }
    # It never overwrites, and it knows the 2025 mergers.
    assert new_province.main(["Lạng Sơn", "--project", str(project)]) == 1
    assert new_province.main(["Hà Giang", "--project", str(project)]) == 2
    assert "Tuyên Quang" in capsys.readouterr().err
