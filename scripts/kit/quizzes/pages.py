"""Quiz pages: the Markdown files the build writes into docs/quiz/ and the data the templates
show (overrides/quiz*.html).

A quiz page is a form of radio groups that reads as a list without JavaScript: each answer is
inside a <details> the visitor opens. With JavaScript (docs/assets/javascripts/quiz.js) the
page scores the answers in the browser and links to the page of the score band, whose share
picture (kit/quizzes/share.py) shows the result when shared.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kit.core import languages as site_languages
from kit.core.generated import markdown_page, plain, section_index
from kit.core.labels import labels_for
from kit.media.views import Links
from kit.quizzes import share
from kit.quizzes.content import Quiz

OUTPUT_FOLDER = "quiz"  # inside docs/: git-ignored, written by the build
SHARE_CACHE = Path(".cache") / "quiz-share"  # next to mkdocs.yml
SHARE_FOLDER = "share/quiz"  # inside the built site
LETTERS = "ABCDEF"
BAND_LABELS = 4  # band_0 ... band_3 in the label catalogues (quiz:)


@dataclass(frozen=True)
class Band:
    number: int  # 1, 2, ...: the page quiz/<slug>/result-<number>/
    low: int
    high: int
    label: str  # "band_3": the message of the label catalogues


def bands(total: int) -> list[Band]:
    """Score bands of a quiz of ``total`` questions: all right is a band of its own; the rest
    splits at 40 % and 75 %. 15 questions: 0–5, 6–10, 11–14, 15."""
    cuts = [0, round(total * 0.4), round(total * 0.75), total, total + 1]
    ranges = [(cuts[i], cuts[i + 1] - 1) for i in range(4) if cuts[i] <= cuts[i + 1] - 1]
    first_label = BAND_LABELS - len(ranges)
    return [
        Band(number, low, high, f"band_{first_label + number - 1}")
        for number, (low, high) in enumerate(ranges, start=1)
    ]


def _strings(lang: str) -> Mapping[str, str]:
    return labels_for(lang)["quiz"]


def question_count(n: int, lang: str) -> str:
    strings = _strings(lang)
    return strings["questions_one"] if n == 1 else strings["questions_other"].format(n=n)


def band_score(band: Band, total: int) -> str:
    return f"{band.low}/{total}" if band.low == band.high else f"{band.low}–{band.high}/{total}"


def result_title(quiz: Quiz, band: Band, lang: str) -> str:
    strings = _strings(lang)
    total = len(quiz.questions)
    key = "result_title_one" if band.low == band.high else "result_title"
    return strings[key].format(low=band.low, high=band.high, total=total, quiz=quiz.title[lang])


def page_sources(quizzes: list[Quiz], languages: tuple[str, ...]) -> dict[str, str]:
    """Every generated Markdown file, by path relative to docs/quiz/ (none without quizzes)."""
    if not quizzes:
        return {}
    pages: dict[str, str] = {}
    for lang in languages:
        strings = _strings(lang)
        pages[f"index.{lang}.md"] = section_index(strings, "quizzes")
        for quiz in quizzes:
            pages[f"{quiz.slug}/index.{lang}.md"] = markdown_page(
                {
                    "title": quiz.title[lang],
                    "description": quiz.intro[lang],
                    "template": "quiz.html",
                    "campaign_view": "quiz",
                    "quiz": quiz.slug,
                },
                f"# {plain(quiz.title[lang])}\n\n{plain(quiz.intro[lang])}",
            )
            for band in bands(len(quiz.questions)):
                title = result_title(quiz, band, lang)
                pages[f"{quiz.slug}/result-{band.number}.{lang}.md"] = markdown_page(
                    {
                        "title": title,
                        "description": strings["result_intro"],
                        "template": "quiz-result.html",
                        "campaign_view": "quiz-result",
                        "quiz": quiz.slug,
                        "band": band.number,
                        "search": {"exclude": True},
                    },
                    f"# {plain(title)}\n\n{strings['result_intro']}",
                )
    return pages


def share_pictures(
    cache: Path,
    quizzes: list[Quiz],
    lang: str,
    site_name: str,
    colours: Mapping[str, str],
) -> dict[tuple[str, int], str]:
    """The share picture of every band of every quiz in ``lang``, by (slug, band number)."""
    strings = _strings(lang)
    pictures = {}
    for quiz in quizzes:
        total = len(quiz.questions)
        for band in bands(total):
            pictures[(quiz.slug, band.number)] = share.ensure_result_picture(
                cache,
                f"{quiz.slug}-{lang}-{band.number}",
                quiz.title[lang],
                band_score(band, total),
                strings[band.label],
                site_name,
                colours,
            )
    return pictures


def _root(lang: str) -> str:
    return site_languages.prefix(lang)


def _question_view(number: int, total: int, question, lang: str, links: Links) -> dict:
    strings = _strings(lang)
    right = f"{LETTERS[question.answer]}. {question.choices[question.answer][lang]}"
    return {
        "number": number,
        "id": f"q{number}",
        "legend": strings["question"].format(n=number, total=total),
        "text": question.question[lang],
        "choices": [
            {"value": str(index), "letter": LETTERS[index], "text": choice[lang]}
            for index, choice in enumerate(question.choices)
        ],
        "answer": str(question.answer),
        "answer_text": right,
        "explanation": question.explanation[lang],
        "learn_more": links(f"{_root(lang)}{question.learn_more}"),
    }


def view_for_page(
    meta: Mapping[str, object],
    page_url: str,
    lang: str,
    quizzes: list[Quiz],
    pictures: Mapping[tuple[str, int], str],
) -> dict[str, object] | None:
    """The data a quiz template needs for one page, or None for other pages."""
    view = meta.get("campaign_view")
    links = Links(page_url)
    if view == "quizzes":
        return {
            "cards": [
                {
                    "title": quiz.title[lang],
                    "intro": quiz.intro[lang],
                    "count": question_count(len(quiz.questions), lang),
                    "href": links(f"{_root(lang)}{OUTPUT_FOLDER}/{quiz.slug}/"),
                }
                for quiz in quizzes
            ]
        }
    quiz = next((q for q in quizzes if q.slug == meta.get("quiz")), None)
    if quiz is None or view not in ("quiz", "quiz-result"):
        return None
    total = len(quiz.questions)
    quiz_href = links(f"{_root(lang)}{OUTPUT_FOLDER}/{quiz.slug}/")
    if view == "quiz":
        return {
            "slug": quiz.slug,
            "total": total,
            "questions": [
                _question_view(number, total, question, lang, links)
                for number, question in enumerate(quiz.questions, start=1)
            ],
            "bands": [
                {
                    "low": band.low,
                    "high": band.high,
                    "href": links(
                        f"{_root(lang)}{OUTPUT_FOLDER}/{quiz.slug}/result-{band.number}/"
                    ),
                }
                for band in bands(total)
            ],
        }
    number = meta.get("band")
    band = next((b for b in bands(total) if b.number == number), None)
    if band is None:
        return None
    picture = pictures.get((quiz.slug, band.number))
    share_path = f"{SHARE_FOLDER}/{picture}" if picture else ""
    return {
        "quiz": {"title": quiz.title[lang], "href": quiz_href},
        "score": band_score(band, total),
        "message": _strings(lang)[band.label],
        "picture": links(share_path) if picture else "",
        "share_path": share_path,
    }
