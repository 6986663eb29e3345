"""Search as a visitor uses it: typing in the header box of each language's site, served over
HTTP and opened from the disk (file://, as on a kiosk)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import new_page
from search_fixtures import EXHIBITION, build_search_site, search

pytestmark = pytest.mark.browser

NO_RESULTS = {"vi": "Không tìm thấy kết quả phù hợp", "en": "No matching pages"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_search_site(tmp_path_factory.getbasetemp() / "search-site")[0]


@pytest.fixture(scope="module")
def base_url(site: Path, serve) -> str:
    return serve(site)


def loaded(page, image) -> None:
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )


def status(page) -> str:
    return page.locator(".campaign-search__status").inner_text()


def result_links(page) -> list[str]:
    return page.locator(".campaign-search__link").evaluate_all("links => links.map(a => a.href)")


# The kit's own pages are in the test site too, and grow; so a fixture page is expected
# among the first results rather than first, and rankings are checked between fixture pages.
HA_NOI = "Hà Nội, thủ đô nghìn năm văn hiến"
HANOI = "Hanoi, a thousand years of culture"
HUE = "Đặc sản Huế"
HOI_AN = "Phố cổ Hội An"


def result(page, title: str):
    """The result item whose title is ``title``."""
    return page.locator(".campaign-search__item").filter(
        has=page.locator(".campaign-search__title", has_text=title)
    )


def first_place(titles: list[str], mine: str, other: str) -> bool:
    return mine in titles and (other not in titles or titles.index(mine) < titles.index(other))


@pytest.mark.parametrize("query", ["ha noi", "Hà Nội", "HA NOI", "hà nội"])
def test_vietnamese_with_or_without_accents(page, base_url: str, query: str) -> None:
    page.goto(f"{base_url}/about/")
    assert HA_NOI in search(page, query)[:3]
    assert status(page).endswith("kết quả phù hợp")


def test_either_unicode_normalisation_and_d_with_stroke(page, base_url: str) -> None:
    page.goto(f"{base_url}/")
    # The page is stored in NFD; the visitor types NFC, NFD, or no accents at all.
    for query in ("dac san", "Đặc sản", unicodedata.normalize("NFD", "đặc sản huế")):
        assert HUE in search(page, query)[:3], query


def test_a_query_with_accents_ranks_exact_words_first(page, base_url: str) -> None:
    page.goto(f"{base_url}/")
    # "phở" (noodle soup) is in the Hà Nội page's text, "phố" (street) in Hội An's title:
    # typed with its accent, the exact word wins over the title.
    assert first_place(search(page, "phở"), HA_NOI, HOI_AN)
    assert first_place(search(page, "pho co"), HOI_AN, HA_NOI)


def test_english_site_lists_english_pages_only(page, base_url: str) -> None:
    page.goto(f"{base_url}/en/about/")
    # English pages write "Hanoi"; "ha noi" finds it too.
    for query in ("ha noi", "Hanoi", "HA NOI"):
        assert HANOI in search(page, query)[:3], query
        assert all("/en/" in link for link in result_links(page))
    assert status(page).endswith("matching pages")
    # The Vietnamese-only page is not offered in English.
    search(page, "ban biên tập")
    assert not any("lien-he" in link for link in result_links(page))


def test_vietnamese_site_lists_vietnamese_pages_only(page, base_url: str) -> None:
    page.goto(f"{base_url}/")
    search(page, "ha noi")
    assert result_links(page) and not any("/en/" in link for link in result_links(page))


@pytest.mark.parametrize(
    ("prefix", "query", "title"),
    [
        ("", "le ket nap", "Lễ kết nạp"),
        ("", "bru nay 1995", "Lễ kết nạp"),
        ("", "28 tháng 7 1995", "Lễ kết nạp"),
        ("en/", "admission ceremony", "Admission ceremony"),
        ("en/", "brunei july 1995", "Admission ceremony"),
    ],
)
def test_exhibition_items_by_caption_place_and_date_with_thumbnail(
    page, base_url: str, prefix: str, query: str, title: str
) -> None:
    page.goto(f"{base_url}/{prefix}")
    assert title in search(page, query)[:3]
    item = result(page, title)
    thumbnail = item.locator("img.campaign-search__thumb")
    assert "/media/anh-1-" in thumbnail.get_attribute("src")
    thumbnail.scroll_into_view_if_needed()
    loaded(page, thumbnail)
    link = item.locator("a").get_attribute("href")
    assert link == f"{base_url}/{prefix}exhibitions/{EXHIBITION}/anh-1/"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_results_are_said_in_the_page_language(page, base_url: str, language: str) -> None:
    page.goto(f"{base_url}/{'en/' if language == 'en' else ''}")
    assert search(page, "xyzzyq") == []
    assert status(page) == NO_RESULTS[language]


def test_captions_are_shown_as_text_never_run(page, base_url: str) -> None:
    page.goto(f"{base_url}/")
    titles = search(page, "chu thich")
    assert "<script>alert(1)</script><b>Đậm</b> & chú thích" in titles
    assert page.locator(".campaign-search__title b").count() == 0
    assert page.errors == []


def test_keyboard_opens_moves_and_closes(page, base_url: str) -> None:
    page.goto(f"{base_url}/")
    page.keyboard.press("/")
    box = page.locator(".campaign-search .md-search__input")
    assert box.evaluate("el => el === document.activeElement")
    box.press_sequentially("hue")
    page.wait_for_selector(".campaign-search__link")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.classList.contains('campaign-search__link')")
    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()
    assert not box.evaluate("el => el === document.activeElement")
    assert page.errors == []


def test_the_index_loads_only_when_search_is_opened(page, base_url: str) -> None:
    page.goto(f"{base_url}/about/", wait_until="networkidle")
    assert not any("/search/index." in url for url in page.requests)
    search(page, "hue")
    assert [url for url in page.requests if "/search/index." in url] == [
        f"{base_url}/search/index.vi.js"
    ]


def test_phone_opens_search_from_the_header_button(browser, base_url: str) -> None:
    page = new_page(browser, phone=True)
    page.goto(f"{base_url}/en/about/")
    page.locator(".campaign-search__open").click()
    page.locator(".campaign-search .md-search__input").press_sequentially("hue specialities")
    page.wait_for_selector(".campaign-search__link")
    assert page.locator(".campaign-search__title").first.inner_text() == "Hue specialities"
    # Once Material's opening animation (a growing circle, a slide) is over, the results fit
    # the phone's width and the page does not scroll sideways.
    page.wait_for_function(
        """() => {
            const box = document.querySelector(".campaign-search__link").getBoundingClientRect();
            return box.left >= 0 && box.right <= window.innerWidth && window.innerWidth === 360
                && document.documentElement.scrollWidth <= window.innerWidth;
        }""",
        timeout=5000,
    )
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize(
    ("start", "query", "title"),
    [
        ("index.html", "ha noi", HA_NOI),
        ("en/about/index.html", "HUE SPECIALITIES", "Hue specialities"),
        ("about/index.html", "le ket nap", "Lễ kết nạp"),
    ],
)
def test_search_works_from_the_disk(page, site: Path, start: str, query: str, title: str) -> None:
    page.goto((site / start).as_uri())
    assert title in search(page, query)[:3]
    item = result(page, title)
    if item.locator("img").count():
        loaded(page, item.locator("img"))
    item.locator("a").click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and page.url.endswith("/index.html")
    assert page.locator("h1").first.inner_text().rstrip("¶").strip() == title
    assert [url for url in page.requests if not url.startswith("file://")] == []
    assert page.errors == []
