"""The translation checker finds each kind of gap in small fixture sites, names the right file,
and finds nothing in a complete site or in the real project."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from check_translations import main
from conftest import PROJECT, write
from kit.core.textcompare import analyse_markdown, lacks_vietnamese_accents, vietnamese_share
from kit.translations.check import (
    Finding,
    ProjectError,
    TranslationReport,
    check_project,
    status_page_markdown,
    write_status_pages,
)

pytestmark = pytest.mark.unit

CONFIG = """\
site_name: Trang thử nghiệm
site_url: https://example.org/
docs_dir: docs
extra:
  brand:
    site_name: {vi: "Trang thử nghiệm", en: "Test site"}
    description: {vi: "Trang dùng để kiểm tra bản dịch", en: "A site to test translations"}
    agency: {vi: "Ban biên tập", en: "Editorial team"}
    address: {vi: "Hà Nội, Việt Nam", en: "Hanoi, Vietnam"}
    phone: ""
plugins:
  - search
  - i18n:
      docs_structure: suffix
      languages:
        - locale: vi
          name: Tiếng Việt
          default: true
        - locale: en
          name: English
          site_name: !ENV [SITE_NAME_EN, "Test site"]
          nav_translations:
            Trang chủ: Home
            Giới thiệu: About
            Ba trụ cột: Three pillars
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
nav:
  - Trang chủ: index.md
  - Giới thiệu: about.md
  - Ba trụ cột:
      - pillars/index.md
"""

INDEX_VI = """\
---
title: Trang chủ
description: Kỷ niệm 30 năm Việt Nam gia nhập ASEAN.
---

# 30 năm Việt Nam – ASEAN { .hero }

Ngày 28/7/1995, Việt Nam trở thành thành viên thứ bảy của ASEAN. Thị trường chung có hơn
680 triệu dân và tổng sản phẩm khoảng 1.234,5 tỷ đô la.

![Lễ kết nạp](assets/le-ket-nap.jpg)

[Tìm hiểu thêm](about.md#muc-dich){ .md-button } và xem [trang ASEAN](https://asean.org/).

```yaml
# không phải đề mục; TODO trong mã thì bỏ qua
year: 2099
```

## Những mốc son

| Năm | Sự kiện |
| --- | --- |
| 2015 | Cộng đồng ASEAN hình thành (31/12/2015). |
"""

INDEX_EN = """\
---
title: Home
description: Marking 30 years of Vietnam in ASEAN.
---

# 30 years of Vietnam in ASEAN { .hero }

On 28 July 1995, Vietnam became the seventh member of ASEAN. The common market has more than
680 million people and an output of about 1,234.5 billion dollars.

![Admission ceremony](assets/le-ket-nap.jpg)

[Learn more](about.md#purpose){ .md-button } and visit [the ASEAN site](https://asean.org/).

```yaml
# not a heading
year: 2099
```

## Milestones

| Year | Event |
| --- | --- |
| 2015 | The ASEAN Community is established (31 December 2015). |
"""

ABOUT_VI = """\
---
title: Giới thiệu
---

# Giới thiệu chiến dịch

Trang này giới thiệu chiến dịch tuyên truyền, quảng bá ASEAN của tỉnh.

## Mục đích

Giúp người dân hiểu rõ hơn về Cộng đồng ASEAN và cùng hưởng lợi từ hội nhập.

## Nội dung

Triển lãm, đồ họa thông tin và trang quảng bá địa phương.
"""

ABOUT_EN = """\
---
title: About
---

# About the campaign

This page presents the province's ASEAN information and promotion campaign.

## Purpose

Help people understand the ASEAN Community and share in the benefits of integration.

## What you will find

Exhibitions, infographics and local promotion pages.
"""

PILLARS_VI = "# Ba trụ cột\n\nChính trị – An ninh, Kinh tế, Văn hóa – Xã hội.\n"
PILLARS_EN = "# Three pillars\n\nPolitical-Security, Economic, Socio-Cultural.\n"

EXHIBITION = """\
title: {vi: "30 năm Việt Nam trong ASEAN", en: "30 Years of Vietnam in ASEAN"}
subtitle: {vi: "Hành trình hội nhập", en: "A journey of integration"}
intro:
  vi: |
    Ngày 28 tháng 7 năm 1995, Việt Nam trở thành thành viên thứ bảy của ASEAN.
  en: |
    On 28 July 1995, Vietnam became the seventh member of ASEAN.
layout: timeline
credits: {vi: "Ảnh: Ban biên tập", en: "Photos: editorial team"}
sections:
  - id: "1995-1999"
    title: {vi: "1995–1999: Gia nhập", en: "1995–1999: Joining"}
items:
  - file: le-ket-nap.jpg
    section: "1995-1999"
    date: 1995-07-28
    caption: {vi: "Lễ kết nạp Việt Nam vào ASEAN", en: "Vietnam's admission to ASEAN"}
    alt: {vi: "Các đại biểu trên sân khấu năm 1995", en: "Delegates on a stage in 1995"}
    place: "Bandar Seri Begawan"
    credit: {vi: "Ảnh tư liệu", en: "Archive photo"}
  - youtube: abcdefghijk
    id: phim
    caption: {vi: "Phim tư liệu về Hà Nội", en: "Documentary about Hanoi"}
    alt: {vi: "Khung hình đầu của phim", en: "The first frame of the film"}
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A small complete bilingual site: every check passes on it."""
    root = tmp_path / "site"
    write(root / "mkdocs.yml", CONFIG)
    for name, text in {
        "index.vi.md": INDEX_VI,
        "index.en.md": INDEX_EN,
        "about.vi.md": ABOUT_VI,
        "about.en.md": ABOUT_EN,
        "pillars/index.vi.md": PILLARS_VI,
        "pillars/index.en.md": PILLARS_EN,
        # Skipped: assets, and folders the build generates from sources checked directly.
        "assets/readme.md": "TODO\n",
        "exhibitions/index.vi.md": "# Chỉ tiếng Việt\n",
    }.items():
        write(root / "docs" / name, text)
    write(root / "docs" / "exhibitions" / ".generated", "[]")
    write(root / "exhibitions" / "demo" / "exhibition.yml", EXHIBITION)
    write(root / "exhibitions" / "_template" / "exhibition.yml", "title: TODO\nitems: [{}]\n")
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def only(report: TranslationReport, kind: str) -> Finding:
    """The single finding of the report, which must be of ``kind``."""
    assert [f.kind for f in report.findings] == [kind], [str(f) for f in report.findings]
    return report.findings[0]


def check(site: Path) -> TranslationReport:
    return check_project(site, git=False)


# ── a complete site ─────────────────────────────────────────────────────────────────────────


def test_complete_site_has_no_findings(site: Path) -> None:
    report = check(site)
    assert report.findings == []
    assert report.complete
    # 6 pages, 1 exhibition (the template is skipped), mkdocs.yml.
    assert report.files_checked == 8
    assert {name: c.files for name, c in report.sections().items()} == {
        "pages": 6,
        "exhibitions": 1,
        "config": 1,
    }


def test_infographic_data_is_counted_as_infographics(site: Path, tmp_path: Path) -> None:
    shutil.copytree(site, tmp_path / "copy")
    write(
        tmp_path / "copy" / "docs" / "_data" / "infographics" / "members.yml",
        'title: {vi: "Thành viên", en: "Members"}\n',
    )
    sections = check(tmp_path / "copy").sections()
    assert "_data" not in sections and sections["infographics"].files == 1


def test_real_project_has_no_gaps() -> None:
    report = check_project(PROJECT, git=False)
    assert report.gaps == [], "\n".join(f"{f.file}: {f.message}" for f in report.gaps)


# ── pages ────────────────────────────────────────────────────────────────────────────────────


def test_missing_page(site: Path) -> None:
    (site / "docs" / "about.en.md").unlink()
    finding = only(check(site), "missing-page")
    assert finding.severity == "gap"
    assert finding.file == "docs/about.en.md"
    assert "docs/about.vi.md" in finding.message
    assert "create docs/about.en.md" in finding.fix


def test_unknown_suffix_and_missing_suffix(site: Path) -> None:
    write(site / "docs" / "about.fr.md", "# À propos\n")
    write(site / "docs" / "contact.md", "# Liên hệ\n")
    report = check(site)
    by_file = {f.file: f for f in report.findings}
    assert set(by_file) == {"docs/about.fr.md", "docs/contact.md"}
    assert by_file["docs/about.fr.md"].kind == "file-name"
    assert "'.fr.md'" in by_file["docs/about.fr.md"].message
    assert "'about.vi.md' or 'about.en.md'" in by_file["docs/about.fr.md"].fix
    assert "'contact.vi.md' or 'contact.en.md'" in by_file["docs/contact.md"].fix


def test_heading_mismatch(site: Path) -> None:
    edit(site / "docs" / "about.en.md", "## What you will find", "### What you will find")
    finding = only(check(site), "heading-mismatch")
    assert finding.severity == "warning"
    assert finding.file == "docs/about.en.md"
    assert "“## Nội dung” (line 13)" in finding.message
    assert "“### What you will find” (line 13)" in finding.message


def test_extra_heading_is_a_mismatch(site: Path) -> None:
    edit(site / "docs" / "about.vi.md", "## Nội dung", "## Nội dung\n\n## Liên hệ")
    finding = only(check(site), "heading-mismatch")
    assert "(4 in Vietnamese, 3 in English)" in finding.message
    assert "English none" in finding.message


def test_number_mismatch_quotes_both_sides(site: Path) -> None:
    edit(site / "docs" / "index.en.md", "28 July 1995", "28 July 1996")
    finding = only(check(site), "number-mismatch")
    assert finding.file == "docs/index.en.md"
    assert "only in Vietnamese: “1995”" in finding.message
    assert "only in English: “1996”" in finding.message


def test_image_and_link_mismatch(site: Path) -> None:
    edit(site / "docs" / "index.en.md", "assets/le-ket-nap.jpg", "assets/other.jpg")
    edit(site / "docs" / "index.en.md", "https://asean.org/", "https://asean.org/en/")
    kinds = {f.kind: f for f in check(site).findings}
    assert set(kinds) == {"image-mismatch", "link-mismatch"}
    assert "“assets/le-ket-nap.jpg”" in kinds["image-mismatch"].message
    assert "“https://asean.org/en/”" in kinds["link-mismatch"].message


def test_copied_vietnamese_page(site: Path) -> None:
    shutil.copy(site / "docs" / "about.vi.md", site / "docs" / "about.en.md")
    finding = only(check(site), "untranslated")
    assert finding.file == "docs/about.en.md"
    assert "exactly the same as docs/about.vi.md" in finding.message


def test_partly_vietnamese_english_page(site: Path) -> None:
    edit(
        site / "docs" / "about.en.md",
        "Exhibitions, infographics and local promotion pages.",
        "Triển lãm, đồ họa thông tin và trang quảng bá địa phương của tỉnh, "
        "giới thiệu tiềm năng, thế mạnh và các dự án kêu gọi đầu tư.",
    )
    finding = only(check(site), "untranslated")
    assert finding.file == "docs/about.en.md"
    assert "mostly in Vietnamese" in finding.message


def test_vietnamese_page_without_accents(site: Path) -> None:
    edit(
        site / "docs" / "about.vi.md",
        "Triển lãm, đồ họa thông tin và trang quảng bá địa phương.",
        "Trien lam, do hoa thong tin va trang quang ba dia phuong.",
    )
    # The rest of the page still has accents: only a whole text without any is flagged.
    assert check(site).findings == []
    for name in ("about.vi.md", "about.en.md"):
        write(site / "docs" / name, "# About\n\nThis page is written in English only.\n")
    kinds = {(f.file, f.kind) for f in check(site).findings}
    assert ("docs/about.vi.md", "not-vietnamese") in kinds
    assert ("docs/about.en.md", "untranslated") in kinds


def test_todo_markers(site: Path) -> None:
    edit(site / "docs" / "about.vi.md", "của tỉnh.", "của tỉnh. TODO: thêm số liệu")
    edit(site / "docs" / "about.en.md", "integration.", "integration. [dịch] <!-- FIXME -->")
    report = check(site)
    found = sorted((f.file, f.line, f.kind) for f in report.findings)
    assert found == [
        ("docs/about.en.md", 11, "todo"),
        ("docs/about.en.md", 11, "todo"),
        ("docs/about.vi.md", 7, "todo"),
    ]
    assert all(f.severity == "gap" for f in report.findings)
    assert "'TODO'" in next(f.message for f in report.findings if f.file.endswith("vi.md"))


def test_lower_case_todo_is_a_word_not_a_marker(site: Path) -> None:
    edit(site / "docs" / "about.en.md", "integration.", "integration, a todo for us all.")
    assert check(site).findings == []


# ── exhibitions ──────────────────────────────────────────────────────────────────────────────

EXHIBITION_FILE = "exhibitions/demo/exhibition.yml"


def exhibition(site: Path) -> Path:
    return site / EXHIBITION_FILE


def test_missing_caption(site: Path) -> None:
    edit(
        exhibition(site),
        '    caption: {vi: "Phim tư liệu về Hà Nội", en: "Documentary about Hanoi"}\n',
        "",
    )
    finding = only(check(site), "missing-field")
    assert finding.file == EXHIBITION_FILE
    assert finding.section == "exhibitions"
    assert "the caption is missing for item 2 (abcdefghijk), line 21" in (finding.message)
    assert finding.line == 21


def test_missing_alt_text_language(site: Path) -> None:
    edit(
        exhibition(site),
        'alt: {vi: "Khung hình đầu của phim", en: "The first frame of the film"}',
        'alt: {vi: "Khung hình đầu của phim"}',
    )
    finding = only(check(site), "missing-field")
    assert finding.file == EXHIBITION_FILE
    assert (
        "item 2 (abcdefghijk), image description (alt) has no English text (line 24)"
        in finding.message
    )


def test_empty_alt_text(site: Path) -> None:
    edit(exhibition(site), 'en: "Delegates on a stage in 1995"', 'en: "  "')
    finding = only(check(site), "empty-field")
    assert "English image description (alt) is empty (line 18)" in finding.message


def test_alt_text_in_one_language_only(site: Path) -> None:
    edit(
        exhibition(site),
        'alt: {vi: "Các đại biểu trên sân khấu năm 1995", en: "Delegates on a stage in 1995"}',
        'alt: "Các đại biểu trên sân khấu năm 1995"',
    )
    finding = only(check(site), "missing-field")
    assert "(line 18) is a single text" in finding.message and "single text" in finding.message


def test_copied_caption_and_todo_in_yaml(site: Path) -> None:
    edit(
        exhibition(site),
        'en: "Vietnam\'s admission to ASEAN"',
        'en: "Lễ kết nạp Việt Nam vào ASEAN"',
    )
    edit(exhibition(site), 'en: "Archive photo"', 'en: "XXX"')
    report = check(site)
    found = sorted((f.kind, f.line) for f in report.findings)
    assert found == [("todo", 20), ("untranslated", 17)]
    copied = next(f for f in report.findings if f.kind == "untranslated")
    assert "English caption" in copied.message


def test_number_mismatch_in_yaml(site: Path) -> None:
    edit(exhibition(site), "On 28 July 1995", "On 28 July 1996")
    finding = only(check(site), "number-mismatch")
    assert "English introduction (line 6)" in finding.message


def test_template_exhibitions_are_skipped(site: Path) -> None:
    assert all("_template" not in f.file for f in check(site).findings)


def test_data_files_under_docs_are_checked_generically(site: Path) -> None:
    write(
        site / "docs" / "infographics" / "gdp.yml",
        'title: {vi: "Tăng trưởng kinh tế", en: ""}\nvalue: 680\nlabel: {vi: "triệu dân"}\n',
    )
    report = check(site)
    assert sorted((f.kind, f.line) for f in report.findings) == [
        ("empty-field", 1),
        ("missing-field", 3),
    ]
    assert {f.section for f in report.findings} == {"infographics"}


def test_unreadable_exhibition_is_a_gap(site: Path) -> None:
    write(exhibition(site), "title: {vi: 'a'\nitems: [\n")
    finding = only(check(site), "unreadable")
    assert finding.file == EXHIBITION_FILE


# ── mkdocs.yml ───────────────────────────────────────────────────────────────────────────────


def test_missing_nav_translation(site: Path) -> None:
    edit(site / "mkdocs.yml", "            Giới thiệu: About\n", "")
    finding = only(check(site), "missing-nav-translation")
    assert finding.file == "mkdocs.yml"
    assert finding.section == "config"
    assert "“Giới thiệu” (line 30)" in finding.message
    assert "'Giới thiệu: …'" in finding.fix


def test_missing_brand_translation(site: Path) -> None:
    edit(site / "mkdocs.yml", 'en: "Editorial team"', 'en: ""')
    finding = only(check(site), "empty-field")
    assert "'extra', 'brand', English agency name is empty (line 8)" in finding.message


def test_missing_brand_key(site: Path) -> None:
    edit(site / "mkdocs.yml", '    address: {vi: "Hà Nội, Việt Nam", en: "Hanoi, Vietnam"}\n', "")
    finding = only(check(site), "missing-field")
    assert "the address is missing (line 6)" in finding.message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda site: shutil.rmtree(site), "does not exist"),
        (lambda site: (site / "mkdocs.yml").unlink(), "no mkdocs.yml"),
        (
            lambda site: write(site / "mkdocs.yml", "nav: [\n"),
            "mkdocs.yml:1: the file cannot be read",
        ),
        (lambda site: shutil.rmtree(site / "docs"), "'docs' does not exist"),
    ],
)
def test_project_that_cannot_be_checked(site: Path, change, expected: str) -> None:
    change(site)
    with pytest.raises(ProjectError, match=expected):
        check(site)


# ── stale translations (git) ─────────────────────────────────────────────────────────────────


def git(site: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    if date:
        env |= {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    command = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    subprocess.run([*command, *args], cwd=site, env=env, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_stale_translation_from_git_dates(site: Path) -> None:
    git(site, "init", "-q")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "first", date="2024-01-02T10:00:00+07:00")
    edit(site / "docs" / "about.vi.md", "của tỉnh.", "của tỉnh Quảng Ninh.")
    git(site, "commit", "-q", "-am", "vi edit", date="2024-03-05T09:00:00+07:00")

    finding = only(check_project(site), "stale")
    assert finding.severity == "warning"
    assert finding.file == "docs/about.en.md"
    assert finding.message.startswith("vi changed on 2024-03-05, en last changed on 2024-01-02")
    assert check_project(site, git=False).findings == []

    # Updating the translation afterwards clears the warning.
    edit(site / "docs" / "about.en.md", "the province's", "Quang Ninh province's")
    git(site, "commit", "-q", "-am", "en edit", date="2024-03-06T09:00:00+07:00")
    assert check_project(site).findings == []


def test_no_git_repository_is_silently_fine(site: Path) -> None:
    assert check_project(site, git=True).findings == []


# ── text helpers ─────────────────────────────────────────────────────────────────────────────


def test_numbers_ignore_separators_and_date_formats() -> None:
    vi = analyse_markdown("Ngày 28/7/1995, 1.234,5 tỷ; 12,5%; 2.000 người; 28.7.1995")
    en = analyse_markdown("On 28 July 1995, 1,234.5 billion; 12.5%; 2,000 people; 1995")
    assert vi.numbers == en.numbers


def test_vietnamese_names_in_english_are_not_untranslated() -> None:
    for english in (
        "President Võ Văn Kiệt visits Hà Nội",
        "Taste bánh mì and phở in Hội An",
        "Hội An ancient town",
    ):
        assert vietnamese_share(english) is None, english
    assert vietnamese_share("Lễ kết nạp Việt Nam vào ASEAN") is not None
    assert not lacks_vietnamese_accents("ASEAN Regional Forum")  # too short to judge
    assert lacks_vietnamese_accents("Viet Nam gia nhap ASEAN nam 1995")


# ── command line ─────────────────────────────────────────────────────────────────────────────


def test_cli_complete_site_exits_0(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(site), "--no-git"]) == 0
    output = capsys.readouterr().out
    assert "0 gaps to fill in, 0 warnings to check, 8 files checked." in output
    assert "Result: complete" in output


def test_cli_gaps_exit_1_and_say_how_to_fix(site: Path, capsys) -> None:
    (site / "docs" / "about.en.md").unlink()
    assert main([str(site), "--no-git"]) == 1
    output = capsys.readouterr().out
    assert "docs/about.en.md\n  GAP       this page does not exist yet" in output
    assert "How to fix: create docs/about.en.md" in output
    assert "1 gap to fill in" in output


def test_cli_in_vietnamese(site: Path, capsys) -> None:
    (site / "docs" / "about.en.md").unlink()
    assert main([str(site), "--no-git", "--language", "vi"]) == 1
    output = capsys.readouterr().out
    assert "THIẾU" in output and "chưa có bản tiếng Anh" in output
    assert "Cách sửa: tạo tệp docs/about.en.md" in output


def test_cli_strict_fails_on_warnings(site: Path, capsys) -> None:
    edit(site / "docs" / "index.en.md", "28 July 1995", "28 July 1996")
    assert main([str(site), "--no-git"]) == 0
    assert main([str(site), "--no-git", "--strict"]) == 1
    assert "WARNING" in capsys.readouterr().out


def test_cli_json(site: Path, capsys) -> None:
    (site / "docs" / "about.en.md").unlink()
    assert main([str(site), "--no-git", "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["complete"] is False
    assert result["counts"]["gaps"] == 1
    assert result["counts"]["sections"]["pages"] == {"files": 5, "gaps": 1, "warnings": 0}
    (finding,) = result["findings"]
    assert finding["file"] == "docs/about.en.md"
    assert finding["kind"] == "missing-page"
    assert finding["severity"] == "gap"
    assert finding["fix"].startswith("create docs/about.en.md")


@pytest.mark.parametrize(
    "argv", [["/no/such/folder"], ["--bogus"], ["a", "b"], ["--language", "fr"]]
)
def test_cli_usage_and_configuration_errors_exit_2(argv: list[str], capsys) -> None:
    assert main(argv) == 2


def test_cli_broken_config_exits_2(site: Path, capsys) -> None:
    write(site / "mkdocs.yml", "nav: [\n")
    assert main([str(site)]) == 2
    assert "mkdocs.yml:1: the file cannot be read" in capsys.readouterr().err


def test_cli_help_is_for_people(capsys) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "examples:" in text and "python scripts/check_translations.py" in text
    assert "exit codes" in text


# ── status page ──────────────────────────────────────────────────────────────────────────────


def front_matter(page: str) -> dict:
    return yaml.safe_load(page.split("---\n")[1])


def test_status_page_in_both_languages(site: Path) -> None:
    (site / "docs" / "about.en.md").unlink()
    edit(site / "docs" / "index.en.md", "28 July 1995", "28 July 1996")
    report = check(site)

    vi = status_page_markdown(report, "vi")
    assert front_matter(vi) == {
        "title": "Tình trạng bản dịch",
        "description": front_matter(vi)["description"],
        "robots": "noindex",
        "search": {"exclude": True},
    }
    assert "# Tình trạng bản dịch" in vi
    assert "1 thiếu sót cần bổ sung, 1 cảnh báo cần kiểm tra, đã kiểm tra 7 tệp." in vi
    assert "| Trang nội dung | 5 | 1 | 1 |" in vi
    assert "## Thiếu sót (cần bổ sung)" in vi and "## Cảnh báo (cần kiểm tra lại)" in vi
    assert "Chưa có trang này: docs/about.vi.md chưa có bản tiếng Anh" in vi
    assert "**Cách sửa:**" in vi
    assert "How to fix" not in vi and "only in" not in vi

    en = status_page_markdown(report, "en")
    assert front_matter(en)["title"] == "Translation status"
    assert front_matter(en)["search"] == {"exclude": True}
    assert "| Pages | 5 | 1 | 1 |" in en
    assert "only in Vietnamese: “1995”" in en
    assert "**How to fix:**" in en


def test_status_page_of_complete_site(site: Path) -> None:
    page = status_page_markdown(check(site), "en")
    assert "Everything is available in every language." in page
    assert "## Gaps" not in page


def test_status_page_escapes_editor_text(site: Path) -> None:
    edit(site / "docs" / "about.vi.md", "## Mục đích", "TODO <b>*đậm*</b> {x}\n\n## Mục đích")
    page = status_page_markdown(check(site), "en")
    assert "&lt;b>" in page and "<b>" not in page
    assert "\\*đậm\\*" in page and "\\{x\\}" in page


def test_write_status_pages_only_when_changed(site: Path) -> None:
    target = site / "docs" / "translation-status"
    report = check(site)
    write_status_pages(report, target)
    assert sorted(p.name for p in target.iterdir()) == [".generated", "index.en.md", "index.vi.md"]
    for path in target.iterdir():
        os.utime(path, ns=(1, 1))
    write_status_pages(report, target)
    assert all(p.stat().st_mtime_ns == 1 for p in target.iterdir()), "unchanged files rewritten"
    # The generated folder is not checked as pages.
    assert check(site).findings == []
    (site / "docs" / "about.en.md").unlink()
    write_status_pages(check(site), target)
    assert (target / "index.en.md").stat().st_mtime_ns != 1
    assert (target / ".generated").stat().st_mtime_ns == 1
