"""This site's own pages: they exist in both languages, carry the national brand, and the
exhibition photos describe themselves. (How the kit builds pages: tests/kit/test_site.py.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import (
    assert_hreflang_links,
    assert_interface_in_page_language,
    assert_sitemap_alternates,
    page_file,
    parse,
    site_config,
)
from kit.quality.page_types import PAGE_TYPES, find_page_types

pytestmark = pytest.mark.build

SITE_URL = "https://asean.example.org/"
PAGES = [
    "",
    "about/",
    "pillars/",
    "pillars/political-security/",
    "pillars/economic/",
    "pillars/socio-cultural/",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_exists_in_both_languages_with_its_lang(demo_site: Path, url: str) -> None:
    for lang in ("vi", "en"):
        html = parse(page_file(demo_site, lang, url))
        assert html.html["lang"] == lang


@pytest.mark.parametrize("url", PAGES)
def test_hreflang_links_are_absolute_with_x_default(demo_site: Path, url: str) -> None:
    assert_hreflang_links(demo_site, url, SITE_URL)


def test_sitemap_lists_both_languages_as_alternates(demo_site: Path) -> None:
    assert_sitemap_alternates(demo_site, SITE_URL)


def test_site_name_and_footer_follow_the_page_language(demo_site: Path) -> None:
    vi = parse(page_file(demo_site, "vi", "about/"))
    en = parse(page_file(demo_site, "en", "about/"))
    assert vi.title.string.endswith("Việt Nam – ASEAN: 30 năm đồng hành")
    assert en.title.string.endswith("Vietnam – ASEAN: 30 Years Together")
    assert "Ban biên tập" in vi.select_one(".campaign-footer").get_text()
    assert "Editorial Team" in en.select_one(".campaign-footer").get_text()
    # Contacts appear exactly when the brand block gives them (empty: left out, never faked).
    brand = site_config()["extra"]["brand"]
    for scheme, value in (("tel:", brand["phone"]), ("mailto:", brand["email"])):
        for page in (vi, en):
            link = page.select_one(f'.campaign-footer a[href^="{scheme}"]')
            assert (link is not None) == bool(value), (scheme, value)


def test_interface_strings_are_vietnamese_on_vietnamese_pages(demo_site: Path) -> None:
    assert_interface_in_page_language(demo_site, "pillars/economic/")


def test_heading_anchors_keep_d_with_stroke_readable(demo_site: Path) -> None:
    html = parse(page_file(demo_site, "vi", "pillars/political-security/"))
    ids = {h["id"] for h in html.select("h2[id]")}
    assert "dong-gop-cua-viet-nam" in ids
    assert not any(re.search(r"[^a-z0-9-]", anchor) for anchor in ids)


def test_share_tags_and_image_in_the_page_language(demo_site: Path) -> None:
    from PIL import Image

    for lang, title in (("vi", "Giới thiệu chiến dịch"), ("en", "About the campaign")):
        html = parse(page_file(demo_site, lang, "about/"))
        meta = {
            tag.get("property") or tag.get("name"): tag["content"]
            for tag in html.select("meta[property], meta[name]")
        }
        assert meta["og:title"] == title == meta["twitter:title"]
        assert meta["og:url"] == SITE_URL + ("en/" if lang == "en" else "") + "about/"
        image = meta["og:image"]
        assert image.startswith(SITE_URL + "share/") and image.endswith(".jpg")
        with Image.open(demo_site / image.removeprefix(SITE_URL)) as card:
            assert card.size == (1200, 630)


def test_exhibition_items_share_their_own_photo_and_describe_themselves(demo_site: Path) -> None:
    path = page_file(demo_site, "en", "exhibitions/ban-sac-asean/batik/")
    html = parse(path)
    image = html.select_one('meta[property="og:image"]')["content"]
    assert image.startswith(SITE_URL + "media/batik-") and image.endswith("-share.jpg")
    assert (demo_site / image.removeprefix(SITE_URL)).is_file()
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "ImageObject" and data["caption"] == "Indonesian batik"
    assert data["isPartOf"]["name"] == "ASEAN Identity"
    gallery = parse(page_file(demo_site, "vi", "exhibitions/ban-sac-asean/"))
    data = json.loads(gallery.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "ImageGallery" and len(data["hasPart"]) >= 12


def test_the_national_site_has_every_page_type_in_both_languages(demo_site: Path) -> None:
    # The quality gates (tests/kit/test_quality_gates.py) check each type the site has; this
    # site must have them all, so that none of the gates is skipped.
    found = find_page_types(demo_site)
    assert sorted(found) == sorted(PAGE_TYPES)
    for kind, pages in found.items():
        assert sorted(pages) == ["en", "vi"], kind
