"""Tag pages and the quiz in the kit's fixture site (one tagged photo, a theme catalogue and a
three-question quiz: site_fixtures.py), so that every site made with the kit checks them."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import page_file, parse
from site_fixtures import EXHIBITION

pytestmark = pytest.mark.build

NAMES = {
    "vn": {"vi": "Việt Nam", "en": "Vietnam"},
    "di-san": {"vi": "Di sản thế giới", "en": "World Heritage"},
    "le-hoi": {"vi": "Lễ hội", "en": "Festivals"},  # a theme nothing carries yet
    "1995": {"vi": "1995", "en": "1995"},
}


def target(page: Path, href: str) -> Path:
    path = (page.parent / urlsplit(href).path).resolve()
    return path / "index.html" if path.is_dir() else path


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_tag_has_its_page_in_each_language(kit_site: Path, lang: str) -> None:
    for tag, names in NAMES.items():
        path = page_file(kit_site, lang, f"discover/{tag}/")
        html = parse(path)
        assert html.html["lang"] == lang
        assert html.h1.get_text(strip=True).rstrip("¶") == names[lang]
        cards = html.select(".discover-grid .exhibit-card")
        assert len(cards) == (0 if tag == "le-hoi" else 1), tag
        for card in cards:
            assert target(path, card.select_one("img")["src"]).is_file()
            assert target(path, card.select_one(".exhibit-card__caption a")["href"]) == (
                page_file(kit_site, lang, f"exhibitions/{EXHIBITION}/anh-1/").resolve()
            )
    index = page_file(kit_site, lang, "discover/")
    links = [target(index, a["href"]) for a in parse(index).select("a.discover-tag")]
    assert len(links) == len(NAMES) and all(link.is_file() for link in links)
    item = page_file(kit_site, lang, f"exhibitions/{EXHIBITION}/anh-1/")
    strip = parse(item).select(".discover-strip a.discover-tag")
    assert {target(item, a["href"]).parent.name for a in strip} == {"vn", "di-san", "1995"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_quiz_page_has_a_fieldset_per_question_and_its_answers(
    kit_site: Path, lang: str
) -> None:
    path = page_file(kit_site, lang, "quiz/do-vui/")
    html = parse(path)
    fieldsets = html.select("form[data-quiz] fieldset")
    assert len(fieldsets) == 3
    assert all(f.legend and f.select("input[type=radio]") for f in fieldsets)
    explanation = "Blue, with ten rice stalks." if lang == "en" else "Nền xanh lam"
    assert explanation in html.select("details[data-quiz-answer]")[1].get_text()
    for link in html.select("details[data-quiz-answer] a, [data-quiz-band] a"):
        assert target(path, link["href"]).is_file(), link["href"]
