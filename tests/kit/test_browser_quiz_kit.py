"""The kit's fixture quiz (three questions, site_fixtures.py) scored in Chromium with the
keyboard only, in both languages; no request leaves the site. (This site's own quiz, all right,
all wrong and from the kiosk bundle: tests/content/test_browser_quiz.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import foreign_requests, new_page

pytestmark = pytest.mark.browser

ANSWERS = [1, 0, 0]  # the right choice of each question, counting from 0
RESULT = {"vi": "Bạn trả lời đúng 2/3 câu.", "en": "You answered 2 of 3 questions correctly."}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_fixture_quiz_is_scored_from_the_keyboard(
    browser, kit_site: Path, serve, lang: str
) -> None:
    base_url = serve(kit_site)
    page = new_page(browser)
    page.goto(f"{base_url}/{'en/' if lang == 'en' else ''}quiz/do-vui/", wait_until="networkidle")
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "q1":
            break
    else:
        pytest.fail("Tab never reached the first question")
    for number, answer in enumerate(ANSWERS, start=1):
        assert page.evaluate("document.activeElement.name") == f"q{number}"
        page.keyboard.press("Space")
        # The last question is answered wrongly on purpose: choice 2 instead of 1.
        for _ in range(answer if number < len(ANSWERS) else answer + 1):
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.locator("[data-quiz-score]").inner_text() == RESULT[lang]
    classes = [page.locator(f"#q{n}").get_attribute("class") for n in (1, 2, 3)]
    assert [c.rsplit("--", 1)[1] for c in classes] == ["right", "right", "wrong"]
    assert page.evaluate("document.activeElement.id") == "quiz-result"
    assert page.errors == [] and foreign_requests(page, base_url) == []
    page.context.close()
