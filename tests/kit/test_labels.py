"""kit.core.labels: one catalogue of interface labels per language, the same keys in each."""

from __future__ import annotations

import re
import string
import unicodedata
from pathlib import Path

import pytest
from conftest import PROJECT
from kit.core import labels, languages
from kit.core.labels import CATALOGUES, LabelsError, check_catalogues, flat, labels_for

pytestmark = pytest.mark.unit

CODES = sorted(path.stem for path in CATALOGUES.glob("*.yml"))


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_kit_ships_vietnamese_english_and_korean() -> None:
    assert {"vi", "en", "ko"} <= set(CODES)


def test_every_catalogue_has_the_same_keys_and_no_empty_label() -> None:
    assert check_catalogues(CODES) == []
    reference = flat(labels_for("en"))
    for code in CODES:
        catalogue = flat(labels_for(code))
        assert list(catalogue) == list(reference), code  # the same keys, in the same order
        assert all(text.strip() for text in catalogue.values()), code


@pytest.mark.parametrize("code", CODES)
def test_labels_are_composed_unicode_and_keep_their_placeholders(code: str) -> None:
    reference = flat(labels_for("en"))
    for key, text in flat(labels_for(code)).items():
        assert unicodedata.is_normalized("NFC", text), (code, key)
        assert labels.is_composed(text), (code, key)
        assert fields(text) == fields(reference[key]), (code, key)
        assert text == text.strip(), (code, key)


def test_vietnamese_labels_have_their_diacritics() -> None:
    vietnamese = flat(labels_for("vi"))
    assert vietnamese["search.open"] == "Mở ô tìm kiếm"
    assert vietnamese["not_found.version"] == "Phiên bản tiếng Việt"


def test_a_language_without_catalogue_is_named_with_its_file(tmp_path: Path) -> None:
    (tmp_path / "en.yml").write_text("page:\n  phone: Phone\n", encoding="utf-8")
    with pytest.raises(LabelsError, match=r"zh\.yml"):
        labels_for("zh", tmp_path)
    [problem] = check_catalogues(["en", "zh"], tmp_path)
    assert problem.file.endswith("zh.yml")
    assert "'zh'" in problem.message and "en.yml" in problem.fix


def test_a_missing_extra_or_empty_label_is_reported(tmp_path: Path) -> None:
    (tmp_path / "en.yml").write_text("page:\n  phone: Phone\n  email: Email\n", encoding="utf-8")
    (tmp_path / "ko.yml").write_text('page:\n  phone: ""\n  fax: 팩스\n', encoding="utf-8")
    messages = sorted(problem.message for problem in check_catalogues(["en", "ko"], tmp_path))
    assert len(messages) == 3
    assert any("page.email" in message for message in messages)  # missing
    assert any("page.fax" in message for message in messages)  # not in en.yml
    assert any("page.phone" in message for message in messages)  # empty


def test_a_broken_catalogue_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "en.yml").write_text("page:\n  phone: Phone\n  phone: Tel\n", encoding="utf-8")
    with pytest.raises(LabelsError, match=r"en\.yml:3"):
        labels_for("en", tmp_path)


def test_templates_get_this_language_and_the_others() -> None:
    site = languages.from_settings(
        [
            {"locale": "vi", "name": "Tiếng Việt", "default": True},
            {"locale": "en", "name": "English"},
            {"locale": "ko", "name": "한국어"},
        ]
    )
    try:
        languages.use(site)
        context = labels.template_globals("ko")
    finally:
        languages.use(languages.KIT_LANGUAGES)
    assert context["labels"]["search"]["open"] == "검색 열기"
    assert context["site_language"]["prefix"] == "ko/"
    others = context["other_languages"]
    assert [other["code"] for other in others] == ["vi", "en"]
    assert [other["labels"]["not_found"]["version"] for other in others] == [
        "Phiên bản tiếng Việt",
        "English version",
    ]


def test_no_template_chooses_words_by_language() -> None:
    """Interface words come from the catalogues, not from `'...' if vi else '...'`."""
    pattern = re.compile(r"""(==\s*["'](vi|en)["'])|(\bif vi\b)|(site_lang\s*==)""")
    found = [
        f"{path.relative_to(PROJECT)}:{number}"
        for path in sorted((PROJECT / "overrides").rglob("*.html"))
        if "languages" not in path.parts  # Material's own per-language partials
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []


def test_names_of_regions_and_countries_come_from_the_catalogues() -> None:
    from kit.core.asean_members import BY_CODE
    from kit.provinces.content import REGIONS

    assert REGIONS["tay-nguyen"]["ko"] == "중부 고원"
    assert BY_CODE["vn"].name["vi"] == "Việt Nam"
    assert BY_CODE["vn"].name.values() == ["Việt Nam", "Vietnam"]
