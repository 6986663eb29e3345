"""The search index the build writes: one file per language, text and thumbnails per page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import parse
from kit.search.index import smallest_candidate
from search_fixtures import EXHIBITION, build_search_site

pytestmark = pytest.mark.build

NO_RESULTS = {"vi": "Không tìm thấy kết quả phù hợp", "en": "No matching pages"}
CLEAR = {"vi": "Xóa từ khóa", "en": "Clear search"}


def load_index(site: Path, language: str) -> dict:
    script = (site / "search" / f"index.{language}.js").read_text(encoding="utf-8")
    return json.loads(script[script.index("={") + 1 :].rstrip().rstrip(";"))


def rows(site: Path, language: str) -> dict[str, list[str]]:
    return {row[0]: row for row in load_index(site, language)["pages"]}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_search_site(tmp_path_factory.getbasetemp() / "search-site")[0]


# ── the built site ──────────────────────────────────────────────────────────────────────


def test_each_language_has_its_own_index_with_only_its_pages(site: Path) -> None:
    vi, en = rows(site, "vi"), rows(site, "en")
    assert "places/ha-noi/" in vi and "en/places/ha-noi/" in en
    assert not any(url.startswith("en/") for url in vi)
    assert all(url.startswith("en/") for url in en)
    # Untranslated: shown in Vietnamese on the English site, never an English result.
    assert "places/lien-he/" in vi and "en/places/lien-he/" not in en
    assert not any(url.startswith(("translation-status", "en/translation-status")) for url in vi)
    assert not (site / "search" / "search_index.json").exists()  # Material's search is off


def test_exhibition_items_are_indexed_with_place_date_and_smallest_picture(site: Path) -> None:
    item = rows(site, "vi")[f"exhibitions/{EXHIBITION}/anh-1/"]
    url, title, thumbnail, _, text = item
    assert title == "Lễ kết nạp"
    assert "Địa điểm: Bru-nây" in text and "28 tháng 7, 1995" in text
    assert thumbnail.startswith("media/") and (site / thumbnail).is_file()
    page = parse(site / url / "index.html")
    srcset = page.select_one(".exhibit-figure img")["srcset"]
    assert thumbnail.rsplit("/", 1)[1] == smallest_candidate(srcset).rsplit("/", 1)[1]
    english = rows(site, "en")[f"en/exhibitions/{EXHIBITION}/anh-1/"]
    assert english[1] == "Admission ceremony" and "Place: Brunei" in english[4]


def test_pages_point_at_their_languages_index(site: Path) -> None:
    for page, language in (("about/index.html", "vi"), ("en/about/index.html", "en")):
        html = parse(site / page)
        box = html.select_one("[data-campaign-search]")
        assert box["data-lang"] == language
        assert (site / page).parent.joinpath(box["data-index"]).resolve() == (
            site / "search" / f"index.{language}.js"
        ).resolve()
        assert html.select_one('[role="search"]')["aria-label"]
        assert html.select_one('[role="status"][aria-live="polite"]')
        assert not html.select_one('form[name="search"]')  # would start Material's search
        strings = json.loads(box["data-strings"])
        assert strings["none"] == NO_RESULTS[language]
        clear = html.select_one('.campaign-search button[type="reset"]')
        assert clear["aria-label"] == CLEAR[language] == clear["title"]
