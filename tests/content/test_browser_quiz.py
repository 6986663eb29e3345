"""The quiz played in Chromium, in both languages: all answers right, all wrong, and with the
keyboard only; without JavaScript it reads as a list; in the kiosk bundle it works from
file://. Scoring happens in the page: no request leaves the site and nothing is stored."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import DESKTOP, PROJECT, SCRIPTS, foreign_requests, make_project, new_page
from kit.quizzes.content import load_quizzes

pytestmark = pytest.mark.browser

QUIZ = "quiz/tim-hieu-asean/"
AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
WORDS = {
    "vi": {
        "correct": "Đúng.",
        "wrong": "Chưa đúng. Đáp án đúng là ",
        "check": "Chấm điểm",
        "again": "Làm lại",
        "result": "Bạn trả lời đúng {score}/{total} câu.",
        "unanswered": "Chưa trả lời. Đáp án đúng là ",
    },
    "en": {
        "correct": "Correct.",
        "wrong": "Not quite. The right answer is ",
        "check": "Check my answers",
        "again": "Start again",
        "result": "You answered {score} of {total} questions correctly.",
        "unanswered": "Not answered. The right answer is ",
    },
}


@pytest.fixture(scope="module")
def quiz():
    (quiz,) = load_quizzes(PROJECT, PROJECT / "docs")[0]
    return quiz


@pytest.fixture(scope="module")
def base_url(demo_site: Path, serve) -> str:
    return serve(demo_site)


def quiz_url(base_url: str, lang: str) -> str:
    return f"{base_url}/{'en/' if lang == 'en' else ''}{QUIZ}"


def choose(page, number: int, value: int) -> None:
    page.locator(f'input[name="q{number}"][value="{value}"]').check()


def verdicts(page) -> list[str]:
    return page.locator("[data-quiz-verdict]").all_inner_texts()


def assert_clean(page, base_url: str) -> None:
    assert page.errors == []
    assert foreign_requests(page, base_url) == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert page.evaluate("document.cookie") == ""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_all_right_gives_full_marks_and_the_perfect_band(
    browser, base_url: str, quiz, lang: str
) -> None:
    page = new_page(browser)
    page.goto(quiz_url(base_url, lang), wait_until="networkidle")
    words, total = WORDS[lang], len(quiz.questions)
    # While playing, the answers are hidden; scoring reveals them.
    assert not page.locator("[data-quiz-answer]").first.is_visible()
    for number, question in enumerate(quiz.questions, start=1):
        choose(page, number, question.answer)
    page.get_by_role("button", name=words["check"]).click()
    score = page.locator("[data-quiz-score]")
    assert score.inner_text() == words["result"].format(score=total, total=total)
    assert score.get_attribute("aria-live") == "polite"
    assert verdicts(page) == [words["correct"]] * total
    for number, question in enumerate(quiz.questions, start=1):
        details = page.locator(f"#q{number} [data-quiz-answer]")
        assert details.is_visible() and details.get_attribute("open") is not None
        assert question.explanation[lang] in details.inner_text()
        assert details.locator("a").is_visible()
    shown = page.locator("[data-quiz-band]:visible a")
    assert shown.count() == 1
    assert shown.get_attribute("href").endswith("result-4/")
    shown.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"{QUIZ}result-4/")
    assert "share/quiz/" in page.locator('meta[property="og:image"]').get_attribute("content")
    assert_clean(page, base_url)
    page.context.close()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_all_wrong_gives_zero_and_names_each_right_answer(
    browser, base_url: str, quiz, lang: str
) -> None:
    page = new_page(browser)
    page.goto(quiz_url(base_url, lang), wait_until="networkidle")
    words, total = WORDS[lang], len(quiz.questions)
    for number, question in enumerate(quiz.questions, start=1):
        if number == total:
            continue  # the last one left unanswered
        choose(page, number, (question.answer + 1) % len(question.choices))
    page.get_by_role("button", name=words["check"]).click()
    assert page.locator("[data-quiz-score]").inner_text() == words["result"].format(
        score=0, total=total
    )
    found = verdicts(page)
    for number, (verdict, question) in enumerate(zip(found, quiz.questions, strict=True), 1):
        letter = "ABCDEF"[question.answer]
        right = f"{letter}. {question.choices[question.answer][lang]}"
        start = words["unanswered"] if number == total else words["wrong"]
        assert verdict == f"{start}{right}.", verdict
        assert page.locator(f"#q{number}").get_attribute("class").endswith("--wrong")
    assert page.locator("[data-quiz-band]:visible a").get_attribute("href").endswith("result-1/")
    # Start again: everything as before the first answer.
    page.get_by_role("button", name=words["again"]).click()
    assert page.locator("[data-quiz-score]").inner_text() == ""
    assert page.locator("input[type=radio]:checked").count() == 0
    assert not page.locator("[data-quiz-answer]").first.is_visible()
    assert page.locator("[data-quiz-band]:visible").count() == 0
    assert_clean(page, base_url)
    page.context.close()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_quiz_is_played_with_the_keyboard_only(browser, base_url: str, quiz, lang: str) -> None:
    page = new_page(browser)
    page.goto(quiz_url(base_url, lang), wait_until="networkidle")
    words, total = WORDS[lang], len(quiz.questions)
    for _ in range(300):  # Tab from the top of the page to the first choice
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "q1":
            break
    else:
        pytest.fail("Tab never reached the first question")
    for number, question in enumerate(quiz.questions, start=1):
        assert page.evaluate("document.activeElement.name") == f"q{number}"
        page.keyboard.press("Space")  # the first choice
        for _ in range(question.answer):
            page.keyboard.press("ArrowDown")  # moves to the next choice and selects it
        page.keyboard.press("Tab")  # on to the next question (the answers are hidden)
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == words["check"]
    page.keyboard.press("Enter")
    score = page.locator("[data-quiz-score]")
    assert score.inner_text() == words["result"].format(score=total, total=total)
    # Focus moved to the result, so a screen reader reads it next.
    assert page.evaluate("document.activeElement.id") == "quiz-result"
    assert_clean(page, base_url)
    page.context.close()


def test_the_scored_quiz_passes_axe(browser, base_url: str, quiz) -> None:
    if not AXE.is_file():
        pytest.skip(f"{AXE} is missing: run 'make test'")
    page = new_page(browser)
    page.goto(quiz_url(base_url, "vi"), wait_until="networkidle")
    choose(page, 1, quiz.questions[0].answer)
    page.get_by_role("button", name=WORDS["vi"]["check"]).click()
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        "async () => (await axe.run(document)).violations.map(v => v.id + ': ' + v.help)"
    )
    assert violations == []
    page.context.close()


def test_without_javascript_the_answers_open_from_the_list(browser, base_url: str, quiz) -> None:
    context = browser.new_context(**DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.goto(quiz_url(base_url, "en"))
    assert not page.get_by_role("button", name=WORDS["en"]["check"]).is_visible()
    details = page.locator("#q3 [data-quiz-answer]")
    assert details.is_visible()
    assert not details.get_by_text(quiz.questions[2].explanation["en"]).is_visible()
    details.locator("summary").click()
    assert details.get_by_text(quiz.questions[2].explanation["en"]).is_visible()
    context.close()


# ── the kiosk bundle ───────────────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def kiosk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("quiz-kiosk")
    project = make_project(root / "project")
    bundle = root / "kiosk.zip"
    result = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "build_kiosk.py"),
            "--config",
            str(project / "mkdocs.yml"),
            "--output",
            str(bundle),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(root / "unpacked")
    return root / "unpacked" / "kiosk"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_kiosk_quiz_works_from_the_disk(browser, kiosk: Path, quiz, lang: str) -> None:
    page = new_page(browser)
    start = kiosk / ("en" if lang == "en" else "") / "index.html"
    page.goto(start.as_uri())
    words, total = WORDS[lang], len(quiz.questions)
    # From the home page through the menu, as a visitor at the kiosk would.
    page.locator(
        ".md-tabs__link", has_text="Tìm hiểu về ASEAN" if lang == "vi" else "ASEAN quiz"
    ).click()
    page.locator(".quiz-card__link").first.click()
    page.wait_for_url(f"**/{QUIZ}index.html")
    for number, question in enumerate(quiz.questions, start=1):
        right = number <= 12
        value = question.answer if right else (question.answer + 1) % len(question.choices)
        choose(page, number, value)
    page.get_by_role("button", name=words["check"]).click()
    assert page.locator("[data-quiz-score]").inner_text() == words["result"].format(
        score=12, total=total
    )
    band = page.locator("[data-quiz-band]:visible a")
    assert band.get_attribute("href").endswith("result-3/index.html")
    page.locator("#q1 [data-quiz-answer] a").click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and page.url.endswith("/index.html")
    assert page.errors == []
    assert [url for url in page.requests if not url.startswith("file://")] == []
    page.context.close()
