"""The exhibition gallery in a real browser: lightbox, keyboard, focus, click-to-load video."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_fixtures import EXHIBITION as SLUG

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(kit_site: Path, serve) -> str:
    return serve(kit_site)


def open_first_photo(page, base_url: str, lang_prefix: str = "") -> None:
    page.goto(f"{base_url}/{lang_prefix}exhibitions/{SLUG}/", wait_until="networkidle")
    first = page.locator("a.glightbox").first
    first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".glightbox-container .gslide.current img")


def current_title(page) -> str:
    return page.locator(".gslide.current .gslide-title").inner_text()


def test_lightbox_opens_moves_with_keys_and_closes_with_escape(page, base_url: str) -> None:
    open_first_photo(page, base_url, "en/")
    assert current_title(page) == "Admission ceremony"
    source = page.locator(".gslide.current img").get_attribute("src")
    assert "/media/" in source and source.endswith(".webp")
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "document.querySelector('.gslide.current .gslide-title')?.textContent.includes('Bold')"
    )
    # The caption with HTML is shown as text, never run or rendered as markup.
    assert current_title(page) == "<b>Bold</b> & caption"
    page.keyboard.press("ArrowLeft")
    page.wait_for_function(
        "document.querySelector('.gslide.current .gslide-title')?.textContent"
        " === 'Admission ceremony'"
    )
    page.keyboard.press("Escape")
    page.wait_for_selector(".glightbox-container", state="detached")
    focused = page.evaluate("document.activeElement.getAttribute('data-title')")
    assert focused == "Admission ceremony"
    assert page.errors == []


def test_lightbox_buttons_speak_the_page_language(page, base_url: str) -> None:
    open_first_photo(page, base_url)
    assert page.locator(".gclose").get_attribute("aria-label") == "Đóng"
    assert page.locator(".gnext").get_attribute("aria-label") == "Ảnh sau"
    assert page.locator(".glightbox-container").get_attribute("role") == "dialog"
    assert page.locator(".gslide.current .gslide-desc").inner_text() == "Nguyễn Văn A · CC BY 4.0"


def test_youtube_loads_only_after_a_click(page, base_url: str) -> None:
    youtube_requests = []
    page.route(
        lambda url: "youtube.com" in url or "youtube-nocookie.com" in url,
        lambda route: (youtube_requests.append(route.request.url), route.abort()),
    )
    page.goto(f"{base_url}/en/exhibitions/{SLUG}/video-youtube/", wait_until="networkidle")
    assert youtube_requests == []
    assert page.locator("iframe").count() == 0
    page.locator(".exhibit-youtube__play").click()
    frame = page.locator("iframe.exhibit-youtube__frame")
    assert frame.get_attribute("src").startswith(
        "https://www.youtube-nocookie.com/embed/abcdefghijk"
    )
    assert frame.get_attribute("title") == "Video on YouTube"


def test_local_video_does_not_download_before_play(page, base_url: str) -> None:
    page.goto(f"{base_url}/exhibitions/{SLUG}/phim/", wait_until="networkidle")
    assert not any(url.endswith(".mp4") for url in page.requests)
    assert page.locator("video").get_attribute("preload") == "none"


def test_gallery_has_no_layout_shift_and_lazy_loads(page, base_url: str) -> None:
    page.goto(f"{base_url}/exhibitions/{SLUG}/", wait_until="networkidle")
    lazy = page.locator('.exhibit-grid img[loading="lazy"]')
    assert lazy.count() >= 1
    shift = page.evaluate(
        """() => new Promise(resolve => {
            let total = 0;
            new PerformanceObserver(list => {
              for (const entry of list.getEntries()) total += entry.value;
            }).observe({type: 'layout-shift', buffered: true});
            setTimeout(() => resolve(total), 500);
        })"""
    )
    assert shift < 0.05
