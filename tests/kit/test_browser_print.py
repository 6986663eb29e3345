"""Paper, in Chromium: the demo site printed (print media emulated, then saved as PDF the way
a visitor's "Save as PDF" does). The site's chrome stays off paper, coloured boxes print as
black text, every province leaflet fits on two A4 pages in both languages, and a catalogue
prints its cover, introduction and every photo."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from kit.build.print_addresses import catalogue_path, leaflet_path
from kit.exhibitions.content import load_exhibitions
from kit.provinces.content import load_provinces

pytestmark = pytest.mark.browser

LANGUAGES = ("vi", "en")
A4_POINTS = (595.3, 841.9)  # an A4 page in PDF points (US Letter would be 612 x 792)
# What a visitor never needs on paper: menu, tabs, search, language switcher, footer, the
# print button itself.
CHROME = (
    ".md-header",
    ".md-tabs",
    ".md-sidebar",
    ".md-footer",
    ".campaign-search",
    ".md-select",
    ".print-toolbar",
    ".print-link",
    ".province-toc",
)


@pytest.fixture(scope="module")
def base_url(demo_site: Path, serve) -> str:
    return serve(demo_site)


@pytest.fixture(scope="module")
def project(demo_site: Path) -> Path:
    return demo_site.parent


def printed(page, url: str) -> bytes:
    """The page as the browser prints it: print media, the page's own paper size (A4)."""
    page.goto(url, wait_until="networkidle")
    page.emulate_media(media="print")
    return page.pdf(prefer_css_page_size=True, print_background=False)


def pdf_pages(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) in points of every page of a PDF that Chromium wrote."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == len(boxes)
    return [(float(width), float(height)) for width, height in boxes]


def assert_a4(pages: list[tuple[float, float]]) -> None:
    for width, height in pages:
        assert abs(width - A4_POINTS[0]) < 1 and abs(height - A4_POINTS[1]) < 1, (width, height)


def assert_no_chrome(page) -> None:
    for selector in CHROME:
        for element in page.locator(selector).all():
            assert not element.is_visible(), selector


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_leaflet_fits_on_two_a4_pages_without_the_site_chrome(
    page, base_url: str, project: Path, lang: str
) -> None:
    provinces, _ = load_provinces(project / "docs" / "provinces")
    if not provinces:
        pytest.skip("this site has no province pages yet")
    for province in provinces:
        pdf = printed(page, f"{base_url}/{leaflet_path(province.slug, lang)}")
        pages = pdf_pages(pdf)
        assert 1 <= len(pages) <= 2, (province.slug, lang, len(pages))
        assert_a4(pages)
        assert_no_chrome(page)
        assert page.locator("h1").is_visible()
        assert page.locator(".printable-place img").count() == len(province.destinations)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_catalogue_prints_its_cover_and_every_photo_without_the_site_chrome(
    page, base_url: str, project: Path, lang: str
) -> None:
    exhibitions, _ = load_exhibitions(project / "exhibitions")
    exhibition = exhibitions[0]
    pdf = printed(page, f"{base_url}/{catalogue_path(exhibition.slug, lang)}")
    pages = pdf_pages(pdf)
    assert_a4(pages)
    assert_no_chrome(page)
    figures = page.locator("figure.printable-photo")
    assert figures.count() == len(exhibition.items)
    for index in range(figures.count()):
        assert figures.nth(index).is_visible()
    # A cover page, an introduction page, then two photos a page at most.
    photos = len(exhibition.items)
    assert 2 + (photos + 1) // 2 <= len(pages) <= 2 + photos, len(pages)
    # Every photo was loaded before printing (none is lazy).
    assert page.evaluate(
        "[...document.querySelectorAll('figure img')].every(i => i.complete && i.naturalWidth)"
    )


# One page of every type: home, content, exhibition index, exhibition, photo, infographic,
# province index, province.
SITE_PAGES = [
    "",
    "en/about/",
    "exhibitions/",
    "en/exhibitions/ban-sac-asean/",
    "exhibitions/ban-sac-asean/bagan/",
    "en/infographics/ba-tru-cot/",
    "provinces/",
    "provinces/hue/",
]


@pytest.mark.parametrize("path", SITE_PAGES)
def test_site_pages_print_black_text_without_the_chrome(page, base_url: str, path: str) -> None:
    response = page.goto(f"{base_url}/{path}")
    if response is None or response.status == 404:
        pytest.skip(f"this site has no page {path} (a province site has its own exhibitions)")
    pages = pdf_pages(printed(page, f"{base_url}/{path}"))
    assert_a4(pages)
    assert_no_chrome(page)
    colour = page.evaluate("getComputedStyle(document.querySelector('h1')).color")
    assert colour == "rgb(0, 0, 0)", colour


@pytest.mark.parametrize("lang", LANGUAGES)
def test_printable_pages_on_screen_have_no_accessibility_violation(
    page, base_url: str, project: Path, lang: str
) -> None:
    """axe-core (npm, installed by `make test`) on a catalogue and a leaflet as the visitor
    first sees them, on screen."""
    axe = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.is_file():
        pytest.skip(f"{axe} is missing: run 'make test'")
    exhibitions, _ = load_exhibitions(project / "exhibitions")
    provinces, _ = load_provinces(project / "docs" / "provinces")
    paths = [catalogue_path(exhibitions[0].slug, lang)]
    paths += [leaflet_path(provinces[0].slug, lang)] if provinces else []  # a site may have none
    for path in paths:
        page.goto(f"{base_url}/{path}", wait_until="networkidle")
        assert page.locator("[data-print-page]").is_visible()  # the script shows the button
        page.add_script_tag(path=str(axe))
        violations = page.evaluate(
            "async () => (await axe.run(document)).violations.map(v => v.id)"
        )
        assert violations == [], (path, violations)
