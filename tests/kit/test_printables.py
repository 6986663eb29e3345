"""Printable versions in built sites (scripts/kit/printables): a catalogue of every exhibition
and a leaflet of every province, in every language, holding every photo with its caption and
credit; linked from the pages they print; out of the sitemap and search; styled by the print
style sheet, which is part of the joined style sheet.

Checked on the kit's fixture site (an exhibition with photos and videos, two provinces) and on
the demo site (this project's own content)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import parse, site_config
from kit.build.print_addresses import catalogue_path, leaflet_path
from kit.core.textfile import FRONT_MATTER
from kit.exhibitions.content import Exhibition, load_exhibitions
from kit.provinces.content import Province, load_provinces
from kit.quality.page_types import find_page_types

pytestmark = pytest.mark.build

LANGUAGES = ("vi", "en")


@pytest.fixture(scope="module", params=["kit", "demo"])
def built(request: pytest.FixtureRequest) -> Path:
    """The built site of the kit's fixtures, then the demo's; its project is its parent."""
    return request.getfixturevalue("kit_site" if request.param == "kit" else "demo_site")


def exhibitions_of(site: Path) -> list[Exhibition]:
    exhibitions, problems = load_exhibitions(site.parent / "exhibitions")
    assert problems == []
    assert exhibitions
    return exhibitions


def provinces_of(site: Path) -> list[Province]:
    provinces, problems = load_provinces(site.parent / "docs" / "provinces")
    assert problems == []
    if not provinces:
        pytest.skip("this site has no province pages yet")
    return provinces


def page_at(site: Path, path: str) -> Path:
    return site / path / "index.html"


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def assert_printable(html, lang: str) -> None:
    assert html.html["lang"] == lang
    assert html.select_one('meta[name="robots"][content="noindex"]') is not None
    assert html.select_one("article.printable") is not None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_exhibition_has_a_catalogue_with_every_photo_caption_and_credit(
    built: Path, lang: str
) -> None:
    for exhibition in exhibitions_of(built):
        path = page_at(built, catalogue_path(exhibition.slug, lang))
        assert path.is_file(), path
        html = parse(path)
        assert_printable(html, lang)
        assert text_of(html.select_one("h1")) == exhibition.title[lang]
        figures = html.select("figure.printable-photo")
        assert len(figures) == len(exhibition.items), exhibition.slug
        by_id = {figure["id"]: figure for figure in figures}
        for item in exhibition.items:
            figure = by_id[f"photo-{item.id}"]
            caption = text_of(figure.select_one(".printable-photo__caption"))
            assert caption.endswith(item.caption[lang]), (exhibition.slug, item.id)
            if item.credit:
                assert item.credit[lang] in text_of(figure.select_one(".printable-photo__credit"))
            if item.license:
                assert item.license in text_of(figure)
            if item.image:
                image = figure.select_one("img")
                assert image["alt"] == item.alt[lang]
                assert image["loading"] == "eager"  # on paper before the visitor prints
                assert (path.parent / image["src"]).resolve().is_file(), image["src"]
            if item.kind != "image":
                assert f"{exhibition.slug}/{item.id}/" in text_of(figure)  # where to watch it
        # The introduction (the exhibition's intro, as Markdown) and the web address.
        intro = text_of(html.select_one(".printable-intro__text"))
        assert " ".join(exhibition.intro[lang].split()[:4]) in intro
        site_url = str(site_config(built.parent)["site_url"]).rstrip("/")
        address = f"{site_url}/{'en/' if lang == 'en' else ''}exhibitions/"
        assert f"{address}{exhibition.slug}/" in text_of(html.select_one(".printable-address"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_province_has_a_leaflet_with_its_profile_photos_and_credits(
    built: Path, lang: str
) -> None:
    for province in provinces_of(built):
        path = page_at(built, leaflet_path(province.slug, lang))
        assert path.is_file(), path
        html = parse(path)
        assert_printable(html, lang)
        assert text_of(html.select_one("h1")) == province.name[lang]
        assert province.summary[lang] in text_of(html.select_one(".printable-leaflet__summary"))
        places = html.select("li.printable-place")
        assert len(places) == len(province.destinations)
        for place, destination in zip(places, province.destinations, strict=True):
            assert text_of(place.select_one("h3")) == destination.name[lang]
            if destination.image:
                image = place.select_one("img")
                assert (path.parent / image["src"]).resolve().is_file(), image["src"]
            if destination.credit:
                assert destination.credit[lang] in text_of(place)
        # The overview is the province page's own text, without its links.
        source = built.parent / "docs" / "provinces" / province.slug / f"index.{lang}.md"
        body = FRONT_MATTER.sub("", source.read_text(encoding="utf-8"))
        first_words = " ".join(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body).split()[:5])
        assert first_words in text_of(html.select_one(".printable-overview__text"))
        host = str(site_config(built.parent)["site_url"]).split("//")[-1].strip("/")
        assert host.split("/")[0] in text_of(html.select_one(".printable-footer"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_exhibition_and_province_pages_link_to_their_printable_version(
    built: Path, lang: str
) -> None:
    prefix = "en/" if lang == "en" else ""
    targets = [
        (f"{prefix}exhibitions/{e.slug}", catalogue_path(e.slug, lang))
        for e in exhibitions_of(built)
    ]
    targets += [
        (f"{prefix}provinces/{p.slug}", leaflet_path(p.slug, lang)) for p in provinces_of(built)
    ]
    for page, printable in targets:
        html = parse(page_at(built, page))
        link = html.select_one(".print-link a")
        assert link is not None, page
        resolved = (built / page / link["href"]).resolve()
        assert resolved == (built / printable).resolve(), page
        # ... and the printable page leads back.
        back = parse(page_at(built, printable)).select_one(".print-toolbar__back a")
        assert (built / printable / back["href"]).resolve() == (built / page).resolve()


def test_printable_pages_stay_out_of_the_sitemap_search_and_page_types(built: Path) -> None:
    assert "/print/" not in (built / "sitemap.xml").read_text(encoding="utf-8")
    for index in (built / "search").glob("index.*.js"):
        assert "print/" not in index.read_text(encoding="utf-8"), index
    for pages in find_page_types(built).values():
        assert not any("print/" in page for page in pages.values())


def test_the_print_style_sheet_is_in_the_joined_style_sheet(built: Path) -> None:
    assert "assets/stylesheets/print.css" in site_config(built.parent)["extra_css"]
    html = parse(built / "print" / "provinces" / provinces_of(built)[0].slug / "index.html")
    links = [link["href"] for link in html.select('link[rel="stylesheet"]')]
    assert not any(href.endswith("print.css") for href in links)
    bundles = [href for href in links if re.search(r"campaign\.[0-9a-f]+\.css$", href)]
    assert len(bundles) == 1
    css = (built / "assets" / "stylesheets" / Path(bundles[0]).name).read_text(encoding="utf-8")
    assert "/* assets/stylesheets/print.css */" in css
    assert "@media print" in css and "size: A4" in css
