"""What a visitor sees in a real browser (Debian's Chromium driven by Playwright), on the kit's
fixture site: its pages, an exhibition, an infographic and a province."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import foreign_requests, switch_language
from site_fixtures import EXHIBITION, INFOGRAPHIC, PROVINCE

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(kit_site: Path, serve) -> str:
    return serve(kit_site)


def test_language_switch_keeps_the_page(page, base_url: str) -> None:
    page.goto(f"{base_url}/about/")
    switch_language(page, "en", f"{base_url}/en/about/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().rstrip("¶") == "About the campaign"
    switch_language(page, "vi", f"{base_url}/about/")
    assert page.locator("h1").inner_text().rstrip("¶") == "Giới thiệu chiến dịch"
    # An exhibition photo's page switches to the same photo.
    page.goto(f"{base_url}/exhibitions/{EXHIBITION}/anh-1/")
    switch_language(page, "en", f"{base_url}/en/exhibitions/{EXHIBITION}/anh-1/")
    assert page.locator("h1").inner_text().rstrip("¶") == "Admission ceremony"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/en/",
        "/about/",
        f"/en/exhibitions/{EXHIBITION}/",
        f"/infographics/{INFOGRAPHIC}/",
        f"/en/provinces/{PROVINCE}/",
    ],
)
def test_pages_load_without_errors_or_third_party_requests(page, base_url: str, path: str) -> None:
    page.goto(base_url + path, wait_until="networkidle")
    assert page.errors == []
    assert foreign_requests(page, base_url) == []
    # The self-hosted font is actually used for Vietnamese text.
    # (English pages need no Vietnamese subset, and the browser rightly skips it.)
    sample = "ASEAN" if path.startswith("/en/") else "Đặc sản"
    page.evaluate("document.fonts.ready")
    assert page.evaluate(f"document.fonts.check('16px \"Be Vietnam Pro\"', '{sample}')")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/en/about/",
        f"/exhibitions/{EXHIBITION}/",
        f"/en/exhibitions/{EXHIBITION}/anh-1/",
        f"/infographics/{INFOGRAPHIC}/",
        f"/provinces/{PROVINCE}/",
    ],
)
def test_phone_layout_has_no_horizontal_scroll(browser, base_url: str, path: str) -> None:
    context = browser.new_context(
        viewport={"width": 360, "height": 740},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert overflow <= 0


def test_404_page_is_served_in_each_language(page, base_url: str) -> None:
    page.goto(f"{base_url}/en/404.html")
    assert page.locator("h1").inner_text() == "Page not found"
    page.goto(f"{base_url}/404.html")
    assert page.locator("h1").inner_text() == "Không tìm thấy trang"


# Province pages (tests/kit/test_provinces.py): the region filter without JavaScript.
WIDEST = """() => Math.max(...[...document.querySelectorAll('.md-content *')]
    .filter(e => !e.closest('.province-toc ul'))
    .map(e => e.getBoundingClientRect().right))"""


def test_region_filter_in_a_browser_with_javascript_off(kit_site: Path, browser, serve) -> None:
    base = serve(kit_site)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    try:
        view = context.new_page()
        view.goto(f"{base}/provinces/")
        cards = view.locator(".province-card")
        # The fixture site's two provinces.
        assert cards.count() == 2 and all(cards.nth(n).is_visible() for n in range(cards.count()))
        view.click('label[for="region-tay-nguyen"]')
        visible = [cards.nth(n).get_attribute("data-region") for n in range(cards.count())]
        shown = [r for n, r in enumerate(visible) if cards.nth(n).is_visible()]
        assert shown == ["tay-nguyen"]
        view.click('label[for="region-all"]')
        assert all(cards.nth(n).is_visible() for n in range(cards.count()))
        # Nothing of ours is wider than a phone (the section menu scrolls inside itself).
        for path in ("provinces/", f"provinces/{PROVINCE}/"):
            view.goto(f"{base}/{path}")
            assert view.evaluate(WIDEST) <= 360, path
    finally:
        context.close()
