"""Discover ASEAN culture and the quiz in this site's build (the kit's own tests of them:
tests/kit/test_quiz_content.py, test_discover_quiz_kit.py): a page per tag in both languages
with the tagged photos' thumbnails, tag links on the exhibitions and infographics, and a quiz
page that reads as a list of questions with their answers in <details>."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import PROJECT, page_file, parse
from kit.core.tags import load_catalogue
from kit.discover import pages as discover_pages
from kit.exhibitions.content import load_exhibitions
from kit.infographics.content import load_infographics
from kit.quizzes.content import load_quizzes
from kit.translations.check import check_project

pytestmark = pytest.mark.build

LANGUAGES = ("vi", "en")


def demo_tags() -> dict[str, discover_pages.Tagged]:
    catalogue, _ = load_catalogue(PROJECT / "docs")
    exhibitions, _ = load_exhibitions(PROJECT / "exhibitions")
    infographics, _ = load_infographics(PROJECT / "docs")
    return discover_pages.collect(catalogue, exhibitions, infographics)


def target(page: Path, href: str) -> Path:
    """The file a relative link of ``page`` opens."""
    path = (page.parent / urlsplit(href).path).resolve()
    return path / "index.html" if path.is_dir() else path


def test_every_tag_has_a_page_in_both_languages_listing_its_items(demo_site: Path) -> None:
    tags = demo_tags()
    assert len(tags) > 20
    for tag_id, tagged in tags.items():
        for lang in LANGUAGES:
            path = page_file(demo_site, lang, f"discover/{tag_id}/")
            assert path.is_file(), path
            html = parse(path)
            assert html.html["lang"] == lang
            assert html.h1.get_text(strip=True).rstrip("¶") == tagged.tag.name[lang]
            cards = html.select(".discover-grid .exhibit-card")
            assert len(cards) == len(tagged.items), (tag_id, lang)
            for card, (_, item) in zip(cards, tagged.items, strict=True):
                assert (
                    card.select_one(".exhibit-card__caption").get_text(strip=True)
                    == (item.caption[lang])
                )
                thumbnail = card.select_one("img")
                assert thumbnail and target(path, thumbnail["src"]).is_file()
                link = card.select_one(".exhibit-card__caption a")["href"]
                assert target(path, link).is_file(), link
            infographics = html.select(".discover-list a")
            assert [a.get_text(strip=True) for a in infographics] == [
                i.title[lang] for i in tagged.infographics
            ]


def test_the_index_lists_every_tag_by_kind(demo_site: Path) -> None:
    tags = demo_tags()
    for lang in LANGUAGES:
        path = page_file(demo_site, lang, "discover/")
        html = parse(path)
        links = html.select(".discover-group a.discover-tag")
        assert [target(path, a["href"]) for a in links] == [
            page_file(demo_site, lang, f"discover/{tag_id}/").resolve() for tag_id in tags
        ]
        headings = [h.get_text(strip=True) for h in html.select(".discover-group h2")]
        assert headings == (
            ["Quốc gia", "Chủ đề", "Các trụ cột của Cộng đồng ASEAN", "Năm"]
            if lang == "vi"
            else ["Countries", "Themes", "Pillars of the ASEAN Community", "Years"]
        )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("exhibitions/ban-sac-asean/angkor-wat/", {"kh", "di-san", "den-chua", "1992"}),
        ("exhibitions/ban-sac-asean/", {"kh", "di-san", "bieu-tuong", "tl", "socio-cultural"}),
        ("infographics/ba-tru-cot/", {"political-security", "economic", "socio-cultural"}),
    ],
)
def test_exhibitions_and_infographics_link_into_their_tags(
    demo_site: Path, url: str, expected: set[str]
) -> None:
    for lang in LANGUAGES:
        path = page_file(demo_site, lang, url)
        links = parse(path).select(".discover-strip a.discover-tag")
        found = {target(path, a["href"]).parent.name for a in links}
        assert expected <= found, (lang, found)
        assert all(target(path, a["href"]).is_file() for a in links)


def test_a_pillar_page_links_to_the_pillar_and_names_it_in_each_language(demo_site: Path) -> None:
    for lang, name in [("vi", "Cộng đồng Kinh tế"), ("en", "Economic Community")]:
        path = page_file(demo_site, lang, "discover/economic/")
        html = parse(path)
        assert html.h1.get_text(strip=True).rstrip("¶") == name
        (pillar,) = [a for a in html.select(".md-content a") if "pillars" in a["href"]]
        assert target(path, pillar["href"]) == page_file(demo_site, lang, "pillars/economic/")


def test_the_quiz_page_reads_as_a_list_without_javascript(demo_site: Path) -> None:
    quizzes, problems = load_quizzes(PROJECT, PROJECT / "docs")
    assert problems == []
    (quiz,) = quizzes
    assert len(quiz.questions) >= 15
    for lang in LANGUAGES:
        path = page_file(demo_site, lang, f"quiz/{quiz.slug}/")
        html = parse(path)
        questions = html.select("form[data-quiz] li.quiz__question")
        assert len(questions) == len(quiz.questions)
        for number, (element, question) in enumerate(
            zip(questions, quiz.questions, strict=True), start=1
        ):
            legend = element.select_one("fieldset > legend").get_text(" ", strip=True)
            assert question.question[lang] in legend
            radios = element.select(f'input[type=radio][name="q{number}"]')
            assert len(radios) == len(question.choices)
            # Every radio has its label: the choice's text.
            labels = [r.find_parent("label").get_text(" ", strip=True) for r in radios]
            assert [label.split(". ", 1)[1] for label in labels] == [
                c[lang] for c in question.choices
            ]
            details = element.select_one("details[data-quiz-answer]")
            assert question.choices[question.answer][lang] in details.get_text()
            assert question.explanation[lang] in details.get_text()
            link = details.select_one("a")["href"]
            assert target(path, link).is_file(), link
            # Each language's quiz teaches from the pages of its language.
            assert ("/en/" in str(target(path, link))) == (lang == "en")
        assert html.select_one("[role=status][aria-live=polite]")
        assert html.select_one("[data-quiz-actions]").has_attr("hidden")
        for band in html.select("[data-quiz-band] a"):
            assert target(path, band["href"]).is_file()


def test_each_score_band_has_a_page_with_its_own_share_picture(demo_site: Path) -> None:
    pictures = set()
    for lang in LANGUAGES:
        quiz = page_file(demo_site, lang, "quiz/tim-hieu-asean/")
        for band in parse(quiz).select("[data-quiz-band] a"):
            page = target(quiz, band["href"])
            image = parse(page).select_one('meta[property="og:image"]')["content"]
            assert image.startswith("https://asean.example.org/share/quiz/"), image
            assert (demo_site / urlsplit(image).path.lstrip("/")).is_file()
            pictures.add(image)
    assert len(pictures) == 8  # four bands, two languages


def test_the_demo_quiz_and_catalogue_are_complete() -> None:
    report = check_project(PROJECT, git=False)
    assert report.checked["quizzes"] == ["docs/_data/quizzes/tim-hieu-asean.yml"]
    assert [f for f in report.findings if f.section in ("quizzes", "tags")] == []
    quizzes, problems = load_quizzes(PROJECT, PROJECT / "docs")
    assert problems == [] and len(quizzes[0].questions) >= 15
