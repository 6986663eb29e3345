"""Printable versions, without building a site: the Markdown pages the build writes into
docs/print/ and what a leaflet keeps of an editor's page (scripts/kit/printables)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from kit.build import print_addresses as addresses
from kit.core.labels import labels_for
from kit.exhibitions.content import load_exhibitions
from kit.printables import pages
from kit.provinces.content import load_provinces

pytestmark = pytest.mark.unit

PROJECT = Path(__file__).resolve().parents[2]


def front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def test_addresses_follow_the_language_prefix() -> None:
    assert addresses.catalogue_path("ban-sac", "vi") == "print/exhibitions/ban-sac/"
    assert addresses.catalogue_path("ban-sac", "en") == "en/print/exhibitions/ban-sac/"
    assert addresses.leaflet_path("hue", "en") == "en/print/provinces/hue/"
    link = addresses.print_link("leaflet", "hue", "en", lambda path: "../../" + path)
    assert link == {
        "href": "../../en/print/provinces/hue/",
        "text": labels_for("en")["print"]["link_leaflet"],
    }


def test_a_leaflet_keeps_the_text_and_drops_links_pictures_and_title() -> None:
    page = """---
title: Huế
---

# Thành phố Huế

Huế là [cố đô](../../about.md "Giới thiệu") của Việt Nam, xem [ảnh][a] và
<https://hue.gov.vn>.

![Cố đô](co-do.jpg){ loading=lazy }

Chú thích[^1] và \\[không phải liên kết\\](x).

[a]: ../../exhibitions/index.md
[^1]: Một chú thích.
"""
    text = pages.printable_markdown(page)
    assert text.startswith("Huế là cố đô của Việt Nam, xem ảnh và\n<https://hue.gov.vn>.")
    for gone in ("title:", "# Thành phố Huế", "about.md", "co-do.jpg", "exhibitions/index.md"):
        assert gone not in text
    assert "[^1]: Một chú thích." in text  # footnotes stay: they are text
    assert "Chú thích[^1]" in text
    assert "\\[không phải liên kết\\](x)" in text  # an escaped bracket is not a link


def test_host_is_what_a_leaflet_prints_of_an_address() -> None:
    assert pages._host("https://www.hue.gov.vn/Default.aspx?x=1") == "hue.gov.vn"
    assert pages._host("http://example.org:8080/a") == "example.org"
    assert pages._host("") == ""


def test_every_exhibition_and_province_gets_a_noindex_page_in_every_language() -> None:
    exhibitions, problems = load_exhibitions(PROJECT / "exhibitions")
    assert problems == []
    provinces, problems = load_provinces(PROJECT / "docs" / "provinces")
    assert problems == []
    narratives = {
        (province.slug, lang): pages.narrative(PROJECT / "docs", province, lang)
        for province in provinces
        for lang in ("vi", "en")
    }
    sources = pages.page_sources(exhibitions, provinces, narratives, ("vi", "en"))
    expected = {
        f"exhibitions/{e.slug}/index.{lang}.md" for e in exhibitions for lang in ("vi", "en")
    } | {f"provinces/{p.slug}/index.{lang}.md" for p in provinces for lang in ("vi", "en")}
    assert set(sources) == expected
    for path, text in sources.items():
        meta = front_matter(text)
        assert meta["robots"] == "noindex", path
        assert meta["search"] == {"exclude": True}, path
        assert meta["template"] in ("print-catalogue.html", "print-leaflet.html")
    if not (PROJECT / "docs" / "provinces" / "hue").is_dir():
        return  # a province site: the rest is about the kit's own demo
    assert len(expected) >= 8  # the demo: two exhibitions and two provinces, two languages
    hue = front_matter(sources["provinces/hue/index.en.md"])
    assert hue["title"] == "Leaflet: Huế City"
    assert "Resolution 175/2024/QH15" in sources["provinces/hue/index.en.md"]


def test_views_of_other_pages_are_none() -> None:
    assert pages.view_for_page({"campaign_view": "exhibition"}, "x/", "vi", [], [], {}, {}) is None
    assert pages.view_for_page({"campaign_view": "leaflet"}, "x/", "vi", [], [], {}, {}) is None
