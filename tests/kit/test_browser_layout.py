"""What a visitor sees of the layout, on the demo site, on a 390 px phone and a 1366 px
laptop, in both languages, on every kind of page: nothing wider than the screen, no text cut
off in the header or in a row of links, an exhibition gallery that uses the page's width,
a home page whose every card is a link, and a footer with the page's last change and the
accessibility statement."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from kit.core.languages import KIT_LANGUAGES
from kit.quality.page_types import find_page_types

pytestmark = pytest.mark.browser

LANGUAGES = KIT_LANGUAGES.codes
SCREENS = {
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 2,
    },
    "laptop": {"viewport": {"width": 1366, "height": 768}},
}
# Kinds of page the quality gates' page types (kit/quality/page_types.py) leave out, found by
# what their templates write.
MORE_KINDS = {
    "infographics": '<ul class="ig-cards">',
    "provinces": '<div class="province-browser">',
}
KINDS = (
    "home",
    "page",
    "exhibitions",
    "exhibition",
    "item",
    "infographics",
    "infographic",
    "provinces",
    "province",
    "404",
)

# Every element (of the rows of links and the header, and anywhere with an ellipsis) whose
# text is wider than its box and is clipped: cut off for the visitor.
CUT_OFF = """() => {
  const rows = '.md-header, .md-tabs, .md-footer, .md-nav--primary > .md-nav__title, '
    + '.province-toc, .exhibit-trail, .exhibit-pager, .home-section__head, .campaign-footer';
  const candidates = new Set();
  for (const row of document.querySelectorAll(rows)) {
    candidates.add(row);
    row.querySelectorAll('*').forEach(e => candidates.add(e));
  }
  document.querySelectorAll('*').forEach(e => {
    if (getComputedStyle(e).textOverflow === 'ellipsis') candidates.add(e);
  });
  const cut = [];
  const searching = document.getElementById('__search')?.checked;
  for (const e of candidates) {
    if (!e.getClientRects().length || e.closest('[hidden]')) continue;
    if (!searching && e.closest('.md-search')) continue;  // closed: the search box is a button
    const style = getComputedStyle(e);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const clips = style.textOverflow === 'ellipsis'
      || ['hidden', 'auto', 'scroll', 'clip'].includes(style.overflowX);
    if (clips && e.scrollWidth > e.clientWidth + 1 && e.textContent.trim()) {
      cut.push(`${e.tagName.toLowerCase()}.${[...e.classList].join('.')}: `
        + `${e.scrollWidth} > ${e.clientWidth} "${e.textContent.trim().slice(0, 40)}"`);
    }
  }
  return cut;
}"""


@pytest.fixture(scope="module")
def pages(demo_site: Path) -> dict[str, dict[str, str]]:
    """kind -> language -> page path inside the site."""
    found = find_page_types(demo_site)
    found["page"] = {lang: f"{prefix(lang)}about/index.html" for lang in LANGUAGES}
    for kind, marker in MORE_KINDS.items():
        found[kind] = {}
        for lang in LANGUAGES:
            for path in sorted((demo_site / prefix(lang).rstrip("/")).glob("*/index.html")):
                if marker in path.read_text(encoding="utf-8"):
                    found[kind][lang] = path.relative_to(demo_site).as_posix()
                    break
    return {kind: languages for kind, languages in found.items() if languages}


def prefix(lang: str) -> str:
    return "" if lang == KIT_LANGUAGES.default else f"{lang}/"


def page_of(pages: dict, kind: str, lang: str) -> str:
    """A page of ``kind``; skipped when the site has none (a province site may have no
    infographics, say: tests/content checks the national site has every kind)."""
    if lang not in pages.get(kind, {}):
        pytest.skip(f"the site has no {kind} page in {lang}")
    return pages[kind][lang]


def test_every_kind_of_page_found_is_in_every_language(pages: dict) -> None:
    for kind in ("home", "page", "404"):
        assert sorted(pages[kind]) == sorted(LANGUAGES), kind
    for kind in KINDS:
        assert sorted(pages.get(kind) or LANGUAGES) == sorted(LANGUAGES), kind


@pytest.fixture(scope="module")
def base_url(demo_site: Path, serve) -> str:
    return serve(demo_site)


@pytest.fixture(scope="module")
def tabs(browser):
    """One tab per screen, kept for the module (opening a context costs time)."""
    opened = {name: browser.new_context(**screen).new_page() for name, screen in SCREENS.items()}
    yield opened
    for tab in opened.values():
        tab.context.close()


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_nothing_is_wider_than_the_screen_or_cut_off(
    tabs, pages: dict, base_url: str, kind: str, lang: str, screen: str
) -> None:
    tab = tabs[screen]
    tab.goto(f"{base_url}/{page_of(pages, kind, lang)}", wait_until="load")
    assert tab.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert tab.evaluate(CUT_OFF) == []
    # Scrolled down, Material would swap the page title into the header: not cut off either.
    tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    tab.wait_for_timeout(300)
    assert tab.evaluate(CUT_OFF) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_header_shows_the_short_name_on_a_phone_and_the_full_name_on_a_laptop(
    tabs, pages: dict, base_url: str, lang: str
) -> None:
    shown = """() => [...document.querySelectorAll('.md-header .campaign-brand > span')]
        .filter(e => e.getClientRects().length).map(e => e.textContent.trim())"""
    tabs["phone"].goto(f"{base_url}/{pages['home'][lang]}")
    tabs["laptop"].goto(f"{base_url}/{pages['home'][lang]}")
    phone, laptop = tabs["phone"].evaluate(shown), tabs["laptop"].evaluate(shown)
    assert len(phone) == 1 and len(laptop) == 1
    assert len(phone[0]) <= len(laptop[0])  # a short name may be the whole name
    # One line of text in the phone's header.
    lines = tabs["phone"].evaluate(
        "document.querySelector('.md-header .campaign-brand__short').getClientRects().length"
    )
    assert lines == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_gallery_spans_most_of_a_laptop_screen(
    tabs, pages: dict, base_url: str, lang: str
) -> None:
    tab = tabs["laptop"]
    tab.goto(f"{base_url}/{page_of(pages, 'exhibition', lang)}")
    share = tab.evaluate(
        "document.querySelector('.exhibit-grid').getBoundingClientRect().width / innerWidth"
    )
    assert share >= 0.8


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_photo_page_shows_the_photo_large_with_its_caption_block_and_the_way_back(
    tabs, pages: dict, base_url: str, lang: str
) -> None:
    tab = tabs["laptop"]
    tab.goto(f"{base_url}/{page_of(pages, 'item', lang)}")
    photo = tab.locator(".exhibit-figure img").bounding_box()
    assert photo and photo["width"] >= 0.5 * 1366
    # The details are a caption block beside the photo, not an indented list below it.
    block = tab.locator(".exhibit-caption").bounding_box()
    assert block and block["x"] > photo["x"] + photo["width"] - 1
    assert tab.locator(".exhibit-caption dl dt").count() >= 2
    indent = tab.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.exhibit-caption dd')).marginLeft)"
    )
    assert indent == 0
    trail = tab.locator(".exhibit-trail a")
    assert trail.count() == 2
    assert "#section-" in (trail.nth(1).get_attribute("href") or "")
    assert tab.locator(".exhibit-pager a").count() >= 1


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_card_on_the_home_page_is_a_link(
    tabs, pages: dict, base_url: str, lang: str, screen: str
) -> None:
    tab = tabs[screen]
    tab.goto(f"{base_url}/{pages['home'][lang]}")
    cards = tab.evaluate(
        """() => [...document.querySelectorAll(
              '.home-cards > li, .home-latest > li, .grid.cards > ul > li')]
            .map(card => {
              card.scrollIntoView({block: 'center'});
              const box = card.getBoundingClientRect();
              const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
              const link = hit && hit.closest('a[href]');
              return link && card.contains(link) ? link.getAttribute('href') : null;
            })"""
    )
    assert cards and None not in cards
    # A row for each kind of content the site has, in this order.
    kinds = tab.evaluate(
        "[...document.querySelectorAll('.home-cards')].map(list => list.className)"
    )
    expected = [k for k in ("exhibition", "infographic", "province") if k in pages]
    assert [re.sub(r".*--", "", k) for k in kinds] == expected
    if "exhibition" in pages:
        cover = tab.locator(".home-cover img")
        assert cover.get_attribute("fetchpriority") == "high"
        assert (cover.get_attribute("srcset") or "").count("w,") >= 1  # resized by the pipeline


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_footer_dates_the_page_and_links_the_accessibility_statement(
    demo_site: Path, tabs, pages: dict, base_url: str, kind: str, lang: str
) -> None:
    tab = tabs["laptop"]
    tab.goto(f"{base_url}/{page_of(pages, kind, lang)}")
    assert tab.locator("html").get_attribute("lang") == lang
    footer = tab.locator(".campaign-footer__page")
    if kind != "404":  # a missing address has no content to date
        date = footer.locator("time").inner_text()
        assert re.search(r"\d{4}", date), date
        assert ("tháng" in date) == (lang == "vi"), date
    if not (demo_site / f"{prefix(lang)}accessibility/index.html").is_file():
        assert footer.locator("a").count() == 0  # no statement: no link to a missing page
        return
    link = footer.locator("a").get_attribute("href") or ""
    target = urlsplit(urljoin(tab.url, link)).path.lstrip("/")
    assert (demo_site / target / "index.html").is_file(), link
    assert target == f"{prefix(lang)}accessibility/"
