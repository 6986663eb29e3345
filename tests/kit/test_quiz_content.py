"""Quizzes and subject tags as editors write them: the loaders accept good files, refuse each
kind of mistake with a message that names the file, the line and the fix, and the translation
check finds a missing English text in a quiz and in the tag catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_kit_project, write
from kit.core import yamlfile
from kit.core.tags import Catalogue, TagRef, load_catalogue, read_tag_ids
from kit.exhibitions.content import load_exhibition
from kit.quizzes.content import load_quizzes
from kit.quizzes.pages import bands
from kit.translations.check import check_project
from quiz_fixtures import QUIZ_SLUG, QUIZ_YAML, TAGS_YAML, write_quiz, write_tags

pytestmark = pytest.mark.unit

QUIZ_FILE = f"docs/_data/quizzes/{QUIZ_SLUG}.yml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = tmp_path / "site"
    (project / "docs").mkdir(parents=True)
    write(project / "docs" / "about.vi.md", "# Giới thiệu\n")
    write(project / "docs" / "about.en.md", "# About\n")
    write(project / "docs" / "index.vi.md", "# Trang chủ\n")
    return project


def quiz_problems(project: Path, text: str) -> list[str]:
    write_quiz(project, text)
    _, problems = load_quizzes(project, project / "docs")
    return [str(problem) for problem in problems]


def test_a_good_quiz_loads_with_answers_counted_from_one(project: Path) -> None:
    quizzes, problems = load_quizzes(project, write_quiz(project).parents[2])
    assert problems == []
    (quiz,) = quizzes
    assert [q.answer for q in quiz.questions] == [1, 0, 0]
    # A choice written once ("1995") is the same in every language.
    assert quiz.questions[0].choices[1] == {"vi": "1995", "en": "1995"}
    assert [q.learn_more for q in quiz.questions] == ["about/", "about/", ""]


@pytest.mark.parametrize(
    ("change", "line", "message", "fix"),
    [
        (("answer: 2\n", "answer: 4\n"), 6, "points past the last of its 3 choices", "answer: 2"),
        (("answer: 2\n", "answer: two\n"), 6, "is not the number of a choice", "counting from 1"),
        (
            ('choices: ["1967", "1995", "1999"]', 'choices: ["1995"]'),
            5,
            "needs 'choices:', a list of 2 to 6 answers",
            "choices:",
        ),
        (
            (
                '    learn_more: about/\n  - question: {vi: "Cờ',
                '    learn_more: tin-tuc/\n  - question: {vi: "Cờ',
            ),
            8,
            "links to 'tin-tuc/', which is not a page of this site",
            "copy its address",
        ),
        (
            (
                '    learn_more: about/\n  - question: {vi: "Cờ',
                '    learn_more: /en/about/\n  - question: {vi: "Cờ',
            ),
            8,
            "starts with the language 'en/'",
            "'about/'",
        ),
        (
            (
                '    learn_more: about/\n  - question: {vi: "Cờ',
                '    learn_more: https://asean.org/\n  - question: {vi: "Cờ',
            ),
            8,
            "must be a page of this site",
            "without 'https://'",
        ),
        (
            (
                'explanation: {vi: "Năm 1995, là thành viên thứ bảy.", '
                'en: "In 1995, as the seventh member."}',
                "",
            ),
            4,
            "question 1 has no 'explanation'",
            "'vi:' and an 'en:' line",
        ),
        (
            (
                '    answer: 1\n    explanation: {vi: "Nền',
                '    anwser: 1\n    explanation: {vi: "Nền',
            ),
            13,
            "unknown key 'anwser'",
            "did you mean 'answer'?",
        ),
    ],
)
def test_a_mistake_in_a_quiz_is_named_with_its_line_and_fix(
    project: Path, change: tuple[str, str], line: int, message: str, fix: str
) -> None:
    assert change[0] in QUIZ_YAML
    problems = quiz_problems(project, QUIZ_YAML.replace(*change, 1))
    found = [p for p in problems if message in p]
    assert found, problems
    assert found[0].startswith(f"{QUIZ_FILE}:{line}: "), found[0]
    assert fix in found[0], found[0]


def test_a_broken_question_is_left_out_and_the_rest_published(project: Path) -> None:
    write_quiz(project, QUIZ_YAML.replace("answer: 2\n", "answer: 9\n"))
    quizzes, problems = load_quizzes(project, project / "docs")
    assert len(problems) == 1 and len(quizzes[0].questions) == 2


def test_a_quiz_without_questions_is_refused(project: Path) -> None:
    problems = quiz_problems(project, QUIZ_YAML.split("questions:")[0])
    assert problems == [
        f"{QUIZ_FILE}:1: the quiz needs 'questions:', a list of '- question: ...' entries. "
        "Fix: copy a question from docs/_data/quizzes/_template.yml and change its texts"
    ]


def test_learn_more_accepts_generated_pages_only_when_their_source_exists(project: Path) -> None:
    write(project / "exhibitions" / "ban-sac" / "exhibition.yml", "title: x\n")
    write(project / "exhibitions" / "ban-sac" / "co-asean.jpg", "x")
    write(project / "docs" / "_data" / "infographics" / "so-lieu.yml", "title: x\n")
    good = ["exhibitions/ban-sac/", "exhibitions/ban-sac/co-asean/", "infographics/so-lieu/"]
    bad = ["exhibitions/khac/", "exhibitions/ban-sac/khong-co/", "infographics/khac/"]
    for address, expected in [(a, True) for a in good] + [(a, False) for a in bad]:
        text = QUIZ_YAML.replace("learn_more: index.md", f"learn_more: {address}")
        assert (quiz_problems(project, text) == []) is expected, address


def test_score_bands_give_a_perfect_score_its_own_band() -> None:
    assert [(b.low, b.high) for b in bands(15)] == [(0, 5), (6, 10), (11, 14), (15, 15)]
    assert [b.label for b in bands(15)] == ["band_0", "band_1", "band_2", "band_3"]
    assert [(b.low, b.high, b.label) for b in bands(1)] == [(0, 0, "band_2"), (1, 1, "band_3")]
    for total in range(1, 40):
        scores = [s for b in bands(total) for s in range(b.low, b.high + 1)]
        assert scores == list(range(total + 1)), total


# ── tags ─────────────────────────────────────────────────────────────────────────────────────


def test_tag_ids_mean_countries_pillars_years_and_the_catalogue_themes(project: Path) -> None:
    write_tags(project)
    catalogue, problems = load_catalogue(project / "docs")
    assert problems == []
    kinds = {i: catalogue.find(i).kind for i in ("kh", "economic", "1995", "di-san")}
    assert kinds == {"kh": "country", "economic": "pillar", "1995": "year", "di-san": "theme"}
    assert catalogue.find("kh").name["vi"] == "Campuchia"
    assert catalogue.find("kh").name["en"] == "Cambodia"
    assert catalogue.find("economic").name["en"] == "Economic Community"
    assert catalogue.find("di-san").name == {"vi": "Di sản thế giới", "en": "World Heritage"}


def test_an_unknown_tag_is_named_with_the_item_line_and_a_suggestion(project: Path) -> None:
    write_tags(project)
    catalogue, _ = load_catalogue(project / "docs")
    ref = TagRef(("kh", "di-sna", "xyz"), "exhibitions/x/exhibition.yml:12", "item 'a.jpg'")
    problems = [str(p) for p in catalogue.check(ref)]
    assert problems == [
        "exhibitions/x/exhibition.yml:12: item 'a.jpg' has the tag 'di-sna', which is not "
        "defined. Fix: did you mean 'di-san'? Otherwise add it under 'themes:' in "
        "docs/_data/tags.yml with its name in every language",
        "exhibitions/x/exhibition.yml:12: item 'a.jpg' has the tag 'xyz', which is not "
        "defined. Fix: add it under 'themes:' in docs/_data/tags.yml with its name in every "
        "language",
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (TAGS_YAML.replace("id: le-hoi", "id: di-san"), 4, "two themes have the id 'di-san'"),
        (
            TAGS_YAML.replace("id: le-hoi", "id: vn"),
            4,
            "the theme id 'vn' is already a built-in tag",
        ),
        (TAGS_YAML.replace("id: le-hoi", "id: Lễ hội"), 4, "the id 'Lễ hội' is not a web address"),
        (
            TAGS_YAML.replace(', en: "Festivals"', ""),
            5,
            "the English name of theme 'le-hoi' is missing",
        ),
        (TAGS_YAML.replace("themes:", "themse:"), 1, "unknown key 'themse' in the tag catalogue"),
    ],
)
def test_a_mistake_in_the_tag_catalogue_is_named(
    project: Path, text: str, line: int, message: str
) -> None:
    write_tags(project, text)
    _, problems = load_catalogue(project / "docs")
    found = [str(p) for p in problems if message in str(p)]
    assert found, [str(p) for p in problems]
    assert found[0].startswith(f"docs/_data/tags.yml:{line}: "), found[0]


@pytest.mark.parametrize(
    ("tags", "message"),
    [
        ("tags: vn", "'tags' of item 1 (a.jpg) must be a list in square brackets"),
        ("tags: [Việt Nam]", "'Việt Nam' in 'tags' of item 1 (a.jpg) is not a tag id"),
        ("tags: [vn, vn]", "the tag 'vn' is written twice in item 1 (a.jpg)"),
    ],
)
def test_a_badly_written_tag_list_is_named_with_its_line(
    tmp_path: Path, tags: str, message: str
) -> None:
    folder = tmp_path / "exhibitions" / "x"
    write(folder / "a.jpg", "")
    write(
        folder / "exhibition.yml",
        "title: {vi: Tên, en: Title}\nintro: {vi: Giới thiệu, en: Intro}\nitems:\n"
        "  - file: a.jpg\n    caption: {vi: Chú thích, en: Caption}\n"
        f"    alt: {{vi: Mô tả, en: Description}}\n    {tags}\n",
    )
    _, problems = load_exhibition(folder, tmp_path / "exhibitions")
    found = [str(p) for p in problems if message in str(p)]
    assert found, [str(p) for p in problems]
    assert found[0].startswith("exhibitions/x/exhibition.yml:7: "), found[0]


def test_tag_ids_are_read_as_written_years_included() -> None:
    reader = yamlfile.FieldReader("x.yml")
    entry = yamlfile.Located(tags=["vn", 1995, "di-san"])
    assert read_tag_ids(reader, entry, "item 1") == ("vn", "1995", "di-san")
    assert reader.problems == []
    assert Catalogue({}).find("1995").name["en"] == "1995"


# ── the translation check ────────────────────────────────────────────────────────────────────


def test_translation_check_finds_a_missing_english_text_in_a_quiz_and_a_theme(
    tmp_path: Path,
) -> None:
    project = make_kit_project(tmp_path / "site")
    write_quiz(
        project, QUIZ_YAML.replace(', en: "What colour is the ASEAN flag\'s background?"', "")
    )
    write_tags(project, TAGS_YAML.replace(', en: "Festivals"', ""))
    report = check_project(project, git=False)
    assert report.checked["quizzes"] == [QUIZ_FILE]
    assert report.checked["tags"] == ["docs/_data/tags.yml"]
    gaps = {(f.file, f.line, f.kind) for f in report.gaps}
    assert (QUIZ_FILE, 9, "missing-field") in gaps, gaps
    assert ("docs/_data/tags.yml", 5, "missing-field") in gaps, gaps
    english = [f.text("en")[0] for f in report.gaps if f.file == QUIZ_FILE]
    assert any("question 2" in text and "English" in text for text in english), english


def test_translation_check_requires_every_bilingual_field_of_a_question(tmp_path: Path) -> None:
    project = make_kit_project(tmp_path / "site")
    write_quiz(
        project,
        QUIZ_YAML.replace(
            '    explanation: {vi: "Nền xanh lam, bó lúa mười nhánh.", '
            'en: "Blue, with ten rice stalks."}\n',
            "",
        ),
    )
    report = check_project(project, git=False)
    missing = [f for f in report.gaps if f.file == QUIZ_FILE]
    assert missing and "explanation" in missing[0].text("en")[0], [
        f.text("en") for f in report.gaps
    ]
