"""The search index without a build: text taken from pages, thumbnails, the index script.
The index a real build writes: tests/kit/test_search_site.py."""

from __future__ import annotations

import json
import unicodedata

import pytest
from kit.search.index import (
    SearchEntry,
    extract_text,
    index_script,
    should_index,
    site_path,
    smallest_candidate,
    view_thumbnail,
)

pytestmark = pytest.mark.unit


# ── text extraction ─────────────────────────────────────────────────────────────────────


def test_text_keeps_headings_apart_and_drops_permalinks_and_scripts() -> None:
    page = extract_text(
        '<h1 id="a">Đặc sản Huế<a class="headerlink" href="#a">¶</a></h1>'
        "<p>Bún <strong>bò</strong> Huế<sup>1</sup></p><script>var x = 1;</script>"
        "<div data-search-exclude><p>Không tìm</p></div><ul><li>Chè</li><li>Bánh</li></ul>"
    )
    assert page.headings == ["Đặc sản Huế"]
    assert page.text == "Bún bò Huế1 Chè Bánh"


def test_definition_lists_read_as_label_and_value() -> None:
    page = extract_text("<dl><dt>Thời gian</dt><dd>28 tháng 7, 1995</dd><dt>Địa điểm</dt>"
                        "<dd>Bru-nây</dd></dl>")  # fmt: skip
    assert page.text == "Thời gian: 28 tháng 7, 1995 · Địa điểm: Bru-nây"


def test_text_is_stored_in_nfc_whatever_the_source() -> None:
    page = extract_text(unicodedata.normalize("NFD", "<p>Hà Nội</p>"))
    assert page.text == unicodedata.normalize("NFC", "Hà Nội")


def test_stray_end_tags_do_not_lose_text() -> None:
    assert extract_text("<p>một</span> hai</p></div><p>ba").text == "một hai ba"


def test_the_smallest_image_of_a_srcset_is_chosen() -> None:
    assert smallest_candidate("a-960.webp 960w, a-480.webp 480w, a-1600.webp 1600w") == (
        "a-480.webp"
    )
    assert smallest_candidate("") is None
    assert extract_text('<p><img src="x.png" srcset="s.png 2x, t.png 1x"></p>').first_image == (
        "t.png"
    )


def test_links_become_paths_from_the_site_root() -> None:
    assert site_path("../../media/a.webp", "exhibitions/x/item/") == "exhibitions/media/a.webp"
    assert site_path("../../../media/a.webp", "en/exhibitions/x/") == "media/a.webp"
    assert site_path("https://example.org/a.png", "about/") == ""


def test_exhibition_views_give_the_items_smallest_picture() -> None:
    image = {"src": "m/a-480.webp", "srcset": "m/a-240.webp 240w, m/a-480.webp 480w"}
    assert view_thumbnail({"item": {"image": image}}) == "m/a-240.webp"
    assert view_thumbnail({"item": {"image": None}}) is None
    assert view_thumbnail({"exhibition": {"cover": image}, "sections": []}) == "m/a-240.webp"
    assert view_thumbnail(None) is None


def test_excluded_and_untranslated_pages_are_left_out() -> None:
    assert should_index({}, translated=True)
    assert not should_index({"search": {"exclude": True}}, translated=True)
    assert not should_index({}, translated=False)


def test_index_script_is_deterministic_and_sets_one_language() -> None:
    entries = [SearchEntry("b/", "B", (), "b"), SearchEntry("a/", "Á </script>", ("h",), "a")]
    script = index_script("vi", entries)
    assert script == index_script("vi", list(reversed(entries)))
    assert '(window.campaignSearchIndex=window.campaignSearchIndex||{})["vi"]=' in script
    data = json.loads(script[script.index("={") + 1 :].rstrip().rstrip(";"))
    assert [row[0] for row in data["pages"]] == ["a/", "b/"]
