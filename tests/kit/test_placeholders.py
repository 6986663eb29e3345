"""Template texts and example contacts: `make site` refuses them, a preview marks them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import PROJECT, build_site, make_kit_project, parse, run_mkdocs, write
from exhibition_fixtures import GOOD_YAML, good_exhibition, photo
from kit.exhibitions import photo_entries
from kit.quality import placeholders
from kit.translations.check import check_project
from site_fixtures import EXHIBITION as SLUG

pytestmark = pytest.mark.build

# The lines the build printed for a new photo before `make photos`, pasted unchanged.
PASTED = """\
  - file: moi.jpg
    section: "2010-2019"
    caption:
      vi: "Chú thích tiếng Việt"
      en: "English caption"
    alt:
      vi: "Mô tả ảnh cho người không nhìn thấy"
      en: "What the photo shows, for people who cannot see it"
    date: 2025-07-28
    credit: "Tên tác giả / Author"
    license: "CC BY 4.0"
"""


def _template_texts(node: object, key: str = "") -> list[str]:
    """Every text of a template a visitor would see: bilingual fields and credits."""
    texts: list[str] = []
    if isinstance(node, dict):
        if node and set(node) <= {"vi", "en"}:
            return [str(value) for value in node.values() if isinstance(value, str)]
        for name, child in node.items():
            texts += _template_texts(child, str(name))
    elif isinstance(node, list):
        for child in node:
            texts += _template_texts(child, key)
    elif isinstance(node, str) and key == "credit":
        texts.append(node)
    return texts


@pytest.mark.parametrize(
    "template", [placeholders.EXHIBITION_TEMPLATE, placeholders.INFOGRAPHIC_TEMPLATE]
)
def test_the_catalogue_matches_every_template_text(template: str) -> None:
    data = yaml.safe_load((PROJECT / template).read_text(encoding="utf-8"))
    texts = {" ".join(text.split()) for text in _template_texts(data)}
    catalogue = set(placeholders.PLACEHOLDERS[template])
    unclassified = texts - catalogue - placeholders.REAL_TEXTS
    assert not unclassified, (
        f"{template} has texts that are neither placeholders nor real facts: add them to "
        f"PLACEHOLDERS or REAL_TEXTS in scripts/kit/quality/placeholders.py: {sorted(unclassified)}"
    )
    assert catalogue <= texts, f"no longer in {template}: {sorted(catalogue - texts)}"


def test_scaffold_texts_are_marked_todo() -> None:
    province = yaml.safe_load(
        (PROJECT / "scripts/templates/province/province.yml").read_text(encoding="utf-8")
    )
    for text in _template_texts(province):
        assert "TODO" in text or text.startswith("$"), text
    for page in ("index.vi.md", "index.en.md"):
        assert (PROJECT / "scripts/templates/province" / page).read_text("utf-8").startswith("TODO")
    for text in [*photo_entries.CAPTION.values(), *photo_entries.ALT.values()]:
        assert text.startswith("TODO"), text
    assert photo_entries.CREDIT.startswith("TODO")


@pytest.mark.parametrize(
    "text",
    [
        "English caption",
        "  english   CAPTION ",
        "Tên đồ họa thông tin",
        "Ảnh: Thông tấn xã Việt Nam. Biên tập: ...",
        "Ảnh: Thông tấn xã Việt Nam. Biên tập: Nguyễn Văn A",
        "What the photo shows, for people who cannot see it, in Hanoi.",
        "...",
    ],
)
def test_placeholders_are_recognised(text: str) -> None:
    assert placeholders.placeholder(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam",
        "Population",
        "Lễ kết nạp Việt Nam",
        "A caption in English",
        "",
        # Left to the TODO check, not reported twice (the province scaffold's summary).
        "TODO: một câu giới thiệu ngắn về Lạng Sơn",
    ],
)
def test_real_texts_are_not_placeholders(text: str) -> None:
    assert placeholders.placeholder(text) is None


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("phone", "+84 24 0000 0000"),
        ("phone", "+84 214 0000 000"),
        ("phone", "+84 24 XXXX XXXX"),
        ("email", "lienhe@example.org"),
        ("email", "asean@tinh.example"),
        ("website", "https://www.example.com/"),
        ("website", "http://portal.test"),
    ],
)
def test_example_contacts_are_recognised(key: str, value: str) -> None:
    assert placeholders.example_contact(key, value)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("phone", "113"),
        ("phone", "+84 203 3835 555"),
        ("phone", "+84 24 3800 0000"),
        ("phone", "0888 888 888"),
        ("phone", ""),
        ("email", "asean@quangninh.gov.vn"),
        ("website", "https://www.quangninh.gov.vn"),
        ("site_url", "https://asean.example.org/"),  # not a contact: checked elsewhere
    ],
)
def test_real_contacts_are_accepted(key: str, value: str) -> None:
    assert not placeholders.example_contact(key, value)


def _with_example_contacts(project: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text, phones = re.subn(r'(?m)^    phone: ".*?"', '    phone: "+84 24 0000 0000"', text)
    text, emails = re.subn(r'(?m)^    email: ".*?"', '    email: "lienhe@example.org"', text)
    assert phones == emails == 1
    config.write_text(text, encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A site with pasted suggested lines, a copied infographic template, example contacts."""
    project = make_kit_project(tmp_path / "project")
    folder = good_exhibition(project / "exhibitions" / SLUG, GOOD_YAML + PASTED)
    photo(folder / "moi.jpg", size=(80, 60))
    template = PROJECT / placeholders.INFOGRAPHIC_TEMPLATE
    write(
        project / "docs" / "_data" / "infographics" / "copied.yml",
        template.read_text(encoding="utf-8"),
    )
    _with_example_contacts(project)
    return project


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_the_check_lists_each_placeholder_with_file_and_line(project: Path) -> None:
    report = check_project(project, git=False)
    found = {(f.file, f.line) for f in report.gaps if f.kind == "placeholder"}
    exhibition = project / "exhibitions" / SLUG / "exhibition.yml"
    infographic = project / "docs" / "_data" / "infographics" / "copied.yml"
    expected = (
        {
            (f"exhibitions/{SLUG}/exhibition.yml", _line_of(exhibition, text))
            for text in ("Chú thích tiếng Việt", "English caption", "Tên tác giả / Author")
        }
        | {
            ("docs/_data/infographics/copied.yml", _line_of(infographic, text))
            for text in ("Tên đồ họa thông tin", "Infographic title")
        }
        | {
            ("mkdocs.yml", _line_of(project / "mkdocs.yml", text))
            for text in ("0000 0000", "lienhe@example.org")
        }
    )
    assert expected <= found


def test_the_kit_demo_has_no_placeholder() -> None:
    report = check_project(PROJECT, git=False)
    assert [f for f in report.findings if f.kind == "placeholder"] == []


def test_make_site_refuses_and_lists_them_in_both_languages(project: Path) -> None:
    site = project / "site"
    write(site / "index.html", "the published site")
    result = build_site(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    exhibition = f"exhibitions/{SLUG}/exhibition.yml"
    line = _line_of(project / exhibition, "English caption")
    assert f"  - {exhibition}:{line}\n" in result.stderr
    assert "chữ mẫu “English caption” vẫn còn ở mục thứ 8 (" in result.stderr
    assert "the template text “English caption” is still in" in result.stderr
    assert "docs/_data/infographics/copied.yml:" in result.stderr
    assert "chữ mẫu “Tên đồ họa thông tin”" in result.stderr
    assert "số điện thoại “+84 24 0000 0000”" in result.stderr
    assert "the email address “lienhe@example.org”" in result.stderr
    assert result.stderr.index("Chữ mẫu hoặc liên hệ ví dụ") < result.stderr.index(
        "Template texts or example contacts"
    )
    assert sorted(p.name for p in site.iterdir()) == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "the published site"


def test_a_preview_publishes_them_under_a_warning(project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = run_mkdocs(project, site, strict=False)
    assert result.returncode == 0, result.stderr
    english = parse(site / "en" / "exhibitions" / SLUG / "moi" / "index.html")
    banner = english.select_one(".campaign-placeholder")
    marked = [mark.text for mark in banner.select("mark")]
    assert "English caption" in marked and "Tên tác giả / Author" in marked
    assert "+84 24 0000 0000" in marked and "lienhe@example.org" in marked
    assert "template text" in banner.text
    assert english.select_one('.campaign-footer a[href="tel:+842400000000"]')
    vietnamese = parse(site / "infographics" / "copied" / "index.html")
    banner = vietnamese.select_one(".campaign-placeholder")
    assert "chữ mẫu" in banner.text
    assert "Tên đồ họa thông tin" in [mark.text for mark in banner.select("mark")]
