"""This site's own pages in a real browser: they switch language, load without errors or
third-party requests, and fit a phone. (The kit's behaviour: tests/kit/test_browser_site.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import foreign_requests, switch_language

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(demo_site: Path, serve) -> str:
    return serve(demo_site)


def test_language_switch_keeps_the_page(page, base_url: str) -> None:
    page.goto(f"{base_url}/pillars/economic/")
    switch_language(page, "en", f"{base_url}/en/pillars/economic/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().rstrip("¶") == "ASEAN Economic Community"
    switch_language(page, "vi", f"{base_url}/pillars/economic/")
    assert page.locator("h1").inner_text().rstrip("¶") == "Cộng đồng Kinh tế ASEAN"


@pytest.mark.parametrize("path", ["/", "/en/", "/about/", "/en/pillars/socio-cultural/"])
def test_pages_load_without_errors_or_third_party_requests(page, base_url: str, path: str) -> None:
    page.goto(base_url + path, wait_until="networkidle")
    assert page.errors == []
    assert foreign_requests(page, base_url) == []
    # The self-hosted font is actually used for Vietnamese text.
    # (English pages need no Vietnamese subset, and the browser rightly skips it.)
    sample = "ASEAN" if path.startswith("/en/") else "Đặc sản"
    page.evaluate("document.fonts.ready")
    assert page.evaluate(f"document.fonts.check('16px \"Be Vietnam Pro\"', '{sample}')")


@pytest.mark.parametrize("path", ["/", "/en/about/", "/pillars/economic/"])
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
