"""A site in three languages (Vietnamese, English, Korean for a province's tourism pages):
the kit's Korean label catalogue and one more entry under the i18n plugin's `languages:` in
mkdocs.yml (plus the Korean texts of the content) are all it takes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import build_site, make_kit_project, parse, write
from exhibition_fixtures import photo
from kit.core import languages
from kit.translations.check import check_project

pytestmark = pytest.mark.build

SLUG = "ba-thu-tieng"

# The config line (one entry of the i18n plugin) and the brand texts in Korean.
KOREAN = """\
        - locale: ko
          name: 한국어
          build: true
          site_name: "베트남 – 아세안: 함께한 30년"
          site_description: "베트남 아세안 가입 30주년 온라인 전시와 인포그래픽."
          nav_translations:
            Trang chủ: 홈
            Giới thiệu: 소개
            Triển lãm: 전시
            Đồ họa thông tin: 인포그래픽
            Địa phương: 지역
"""
BRAND = {
    "site_name": "베트남 – 아세안: 함께한 30년",
    "short_name": "베트남 – 아세안",
    "description": "베트남 아세안 가입 30주년 온라인 전시와 인포그래픽.",
    "agency": "아세안 홍보 캠페인 편집팀",
    "address": "베트남 하노이",
}

PAGES = {
    "index.ko.md": "---\ntitle: 홈\ndescription: 캠페인 도구의 시험 사이트.\n---\n\n"
    "# 시험 사이트\n\n전시와 인포그래픽, 지역 특산물을 소개하는 시험 사이트입니다.\n\n"
    "[캠페인 소개](about.md)\n",
    "about.ko.md": "---\ntitle: 캠페인 소개\ndescription: 시험 캠페인 소개.\n---\n\n"
    "# 캠페인 소개\n\n이 페이지는 시험 캠페인과 지역 특산물을 소개합니다.\n\n"
    "!!! info\n\n    제목이 없는 메모입니다.\n\n"
    "## 베트남의 기여\n\n베트남은 아세안 공동체에 적극적으로 기여합니다.\n\n"
    "## 지역 특산물\n\n커피, 차, 과자.\n",
    "provinces/index.ko.md": "---\ntitle: 지역\ndescription: 각 지역의 투자, 관광, 특산물.\n---\n\n"
    "# 지역\n\n지역을 골라 보십시오.\n",
}

EXHIBITION = """\
title: {vi: "Triển lãm ba thứ tiếng", en: "A three-language exhibition", ko: "세 언어 전시"}
intro:
  vi: "Giới thiệu triển lãm."
  en: "About the exhibition."
  ko: "전시 소개."
layout: timeline
items:
  - file: anh-1.jpg
    date: 1995-07-28
    caption: {vi: "Lễ kết nạp", en: "Admission ceremony", ko: "가입식"}
    alt: {vi: "Mô tả ảnh một", en: "Description of photo one", ko: "첫 번째 사진 설명"}
  - file: anh-2.jpg
    date: 2010
    caption: {vi: "Ảnh hai", en: "Photo two", ko: "두 번째 사진"}
    alt: {vi: "Mô tả ảnh hai", en: "Description of photo two", ko: "두 번째 사진 설명"}
"""

INFOGRAPHIC = """\
title: {vi: "Thành viên ASEAN", en: "ASEAN members", ko: "아세안 회원국"}
summary: {vi: "Các nước thành viên", en: "The member states", ko: "회원국"}
intro: {vi: "Giới thiệu.", en: "Introduction.", ko: "소개."}
order: 1
blocks:
  - type: figures
    title: {vi: "Các con số", en: "The figures", ko: "주요 수치"}
    items:
      - label: {vi: "Dân số", en: "Population", ko: "인구"}
        value: 1234.5
        approx: true
        unit: {vi: "triệu người", en: "million people", ko: "백만 명"}
        source:
          name: {vi: "Nguồn một", en: "Source one", ko: "출처 1"}
          url: "https://example.org/one"
          date: 1995-07-28
  - type: members
    title: {vi: "Các nước thành viên", en: "Member states", ko: "회원국"}
    highlight: vn
    source: {name: "ASEAN", url: "https://asean.org/", date: 2025}
"""


def three_language_project(destination: Path) -> Path:
    """The kit's fixture site with Korean added: the config entry, brand texts, pages, an
    exhibition and an infographic with their Korean texts."""
    project = make_kit_project(destination)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text, found = re.subn(r"(?m)^(\s+- glightbox:)", KOREAN.replace("\\", "\\\\") + r"\1", text)
    assert found == 1
    for key, korean in BRAND.items():
        text, found = re.subn(
            rf"(?m)^(    {key}:\n      vi: .*\n      en: .*\n)",
            rf'\g<1>      ko: "{korean}"\n',
            text,
        )
        assert found == 1, key
    config.write_text(text, encoding="utf-8")
    for relative, page in PAGES.items():
        write(project / "docs" / relative, page)
    folder = project / "exhibitions" / SLUG
    photo(folder / "anh-1.jpg")
    photo(folder / "anh-2.jpg", colour="#996633")
    write(folder / "exhibition.yml", EXHIBITION)
    write(project / "docs" / "_data" / "infographics" / "asean.yml", INFOGRAPHIC)
    return project


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = three_language_project(tmp_path_factory.mktemp("three") / "project")
    result = build_site(project, "--verbose")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Warning" not in output, output
    return project


def test_the_config_names_three_languages(three: Path) -> None:
    site = languages.from_config_file(three / "mkdocs.yml")
    assert site.codes == ("vi", "en", "ko")
    assert site.prefix("ko") == "ko/"


def test_korean_pages_are_built_under_ko(three: Path) -> None:
    site = three / "site"
    for page in ("index.html", "about/index.html", f"exhibitions/{SLUG}/index.html", "404.html"):
        assert (site / "ko" / page).is_file(), page
        assert parse(site / "ko" / page).html["lang"] == "ko"
    assert parse(site / "index.html").html["lang"] == "vi"


def test_the_switcher_lists_three_languages(three: Path) -> None:
    for prefix in ("", "en/", "ko/"):
        page = parse(three / "site" / prefix / "about" / "index.html")
        links = page.select("a.md-select__link")
        assert [link["hreflang"] for link in links] == ["vi", "en", "ko"]
        assert [link.get_text(strip=True) for link in links] == ["Tiếng Việt", "English", "한국어"]


def test_labels_are_korean_on_korean_pages(three: Path) -> None:
    site = three / "site" / "ko"
    exhibitions = parse(site / "exhibitions" / "index.html")
    assert exhibitions.h1.get_text(strip=True).rstrip("¶") == "온라인 전시"
    assert "자료 2점" in exhibitions.get_text()  # the item count of the exhibition card
    gallery = parse(site / "exhibitions" / SLUG / "index.html")
    assert gallery.select_one(".exhibit-card a.glightbox")["aria-label"].startswith(
        "사진 크게 보기"
    )
    item = parse(site / "exhibitions" / SLUG / "anh-1" / "index.html")
    assert "1995년 7월 28일" in item.get_text()  # the date as Korean writes it
    assert item.select_one(".exhibit-pager")["aria-label"] == "이전 및 다음 자료"
    search = parse(site / "index.html").select_one("[data-campaign-search]")
    assert json.loads(search["data-strings"])["open"] == "검색 열기"
    not_found = parse(site / "404.html")
    assert not_found.h1.get_text(strip=True) == "페이지를 찾을 수 없습니다"
    versions = {
        a["hreflang"]: a.get_text(strip=True) for a in not_found.select("a.md-button[hreflang]")
    }
    assert versions == {"vi": "Phiên bản tiếng Việt", "en": "English version"}
    assert "한국어 버전" in parse(three / "site" / "404.html").get_text()
    infographic = (site / "infographics" / "asean" / "index.html").read_text(encoding="utf-8")
    assert ">브루나이<" in infographic  # the member names from the ko catalogue
    assert ">1,234.5<" in infographic  # numbers as Korean writes them


def test_english_and_vietnamese_labels_stay_theirs(three: Path) -> None:
    english = parse(three / "site" / "en" / "exhibitions" / "index.html")
    assert english.h1.get_text(strip=True).rstrip("¶") == "Online exhibitions"
    vietnamese = parse(three / "site" / "exhibitions" / "index.html")
    assert vietnamese.h1.get_text(strip=True).rstrip("¶") == "Triển lãm trực tuyến"


def test_a_missing_korean_text_is_reported(three: Path, tmp_path: Path) -> None:
    project = three_language_project(tmp_path / "project")
    assert check_project(project, git=False).gaps == []
    folder = project / "exhibitions" / SLUG / "exhibition.yml"
    folder.write_text(EXHIBITION.replace(', ko: "두 번째 사진"}', "}"), encoding="utf-8")
    (project / "docs" / "about.ko.md").unlink()
    report = check_project(project, git=False)
    assert report.languages == ("vi", "en", "ko")
    files = sorted({finding.file for finding in report.gaps})
    assert files == ["docs/about.ko.md", f"exhibitions/{SLUG}/exhibition.yml"], report.gaps
