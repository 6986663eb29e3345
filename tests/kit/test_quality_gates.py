"""Quality gates for every page type of the built site, in every language.

The page types are found by reading the built site, not by naming pages, so a copy of the kit
with other content runs the same gates: the home page, the exhibitions index, an exhibition,
an exhibition item, an infographic, a province, and the 404 page. A type is skipped only when
the site has no page of it.

Gates: valid HTML (the Nu HTML Checker, npm vnu-jar, run on Java), no accessibility violation
(axe-core from npm, in Chromium, on a desktop and a phone screen, with search and the lightbox
open too), no error in the browser console, no request to any other server, a language switch
that leads to the same page, a lightbox that works with the keyboard, and videos that load
nothing before the visitor presses play.

The npm tools are installed by `make test` (package.json); run the tests through it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import DESKTOP, PHONE, PROJECT
from kit.core.languages import KIT_LANGUAGES
from kit.quality.page_types import MARKERS, PAGE_TYPES, find_page_types

LANGUAGES = KIT_LANGUAGES.codes  # the fixture site's

pytestmark = pytest.mark.browser

NODE_MODULES = PROJECT / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture(scope="module")
def site(demo_site: Path) -> Path:
    return demo_site


@pytest.fixture(scope="module")
def page_types(site: Path) -> dict[str, dict[str, str]]:
    return find_page_types(site)


def page_of(page_types: dict[str, dict[str, str]], kind: str, lang: str) -> str:
    if lang not in page_types.get(kind, {}):
        pytest.skip(f"the site has no {kind} page in {lang}")
    return page_types[kind][lang]


def require(tool: Path) -> None:
    """The npm tools come from `make test`; in CI a missing tool is a failure."""
    if tool.is_file():
        return
    message = f"{tool} is missing: run 'make test' (it runs 'npm ci' to install the checkers)"
    if os.environ.get("REQUIRE_BROWSER"):
        pytest.fail(message)
    pytest.skip(message)


def test_every_page_type_found_is_in_both_languages(page_types: dict) -> None:
    # Which types a site has depends on its content (tests/content checks the national site
    # has them all); the home and 404 pages are always there.
    for kind, pages in page_types.items():
        assert sorted(pages) == sorted(LANGUAGES), kind
    assert page_types["home"] == {"vi": "index.html", "en": "en/index.html"}
    assert page_types["404"] == {"vi": "404.html", "en": "en/404.html"}


# Valid HTML. -------------------------------------------------------------------------------


def test_html_is_valid(site: Path, page_types: dict) -> None:
    """The Nu HTML Checker finds no error in any page type, nor in any other page that is not
    an exhibition item (items all share one template; the chosen ones are checked)."""
    chosen = {page for pages in page_types.values() for page in pages.values()}
    pages = sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*.html")
        if path.relative_to(site).as_posix() in chosen
        or MARKERS["item"] not in path.read_text(encoding="utf-8")
    )
    assert chosen <= set(pages)
    errors = html_errors(site, pages)
    assert errors == [], "\n".join(errors)
    assert len(pages) >= len(chosen)


def html_errors(site: Path, pages: list[str]) -> list[str]:
    """The Nu HTML Checker's errors in ``pages`` (paths relative to ``site``)."""
    require(VNU)
    java = shutil.which("java")
    if java is None:
        require(Path("/usr/bin/java"))
    result = subprocess.run(
        [str(java or "java"), "-jar", str(VNU), "--format", "json", "--errors-only", *pages],
        cwd=site,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stderr or result.stdout)
    return [
        f"{urlsplit(m.get('url', '')).path.split('/site/')[-1]}:{m.get('lastLine', '?')}: "
        f"{m.get('message')} [{m.get('extract', '').strip()[:80]}]"
        for m in report["messages"]
        if m.get("type") in ("error", "non-document-error")
    ]


# In the browser. --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def base_url(site: Path, serve) -> str:
    return serve(site)


class Visit:
    """One browser tab on the local server, recording errors and requests."""

    def __init__(self, browser, base_url: str, screen: dict) -> None:
        self.base_url = base_url
        self.context = browser.new_context(**screen)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))

    def open(self, path: str) -> None:
        self.page.goto(f"{self.base_url}/{path}", wait_until="networkidle")

    def foreign_requests(self) -> list[str]:
        own = urlsplit(self.base_url).netloc
        return [url for url in self.requests if urlsplit(url).netloc not in (own, "")]

    def settle(self) -> None:
        """Wait until no animation or transition runs (a half-faded text has a lower contrast
        than the finished one)."""
        self.page.wait_for_function(
            "document.getAnimations().every(a => a.playState !== 'running')"
        )

    def axe_violations(self) -> list[str]:
        """axe-core's default rules (WCAG 2 A and AA, best practices) on the page as it is."""
        self.settle()
        self.page.add_script_tag(path=str(AXE))
        violations = self.page.evaluate(
            """async () => (await axe.run(document)).violations.map(v => ({
                 id: v.id, help: v.help,
                 targets: v.nodes.slice(0, 5).map(n => n.target.join(" "))}))"""
        )
        return [f"{v['id']}: {v['help']} -> {', '.join(v['targets'])}" for v in violations]


@pytest.fixture
def visit(browser, base_url: str) -> Iterator:
    visits: list[Visit] = []

    def start(screen: dict = DESKTOP) -> Visit:
        visits.append(Visit(browser, base_url, screen))
        return visits[-1]

    yield start
    for one in visits:
        one.context.close()


both_languages = pytest.mark.parametrize("lang", LANGUAGES)
every_page = pytest.mark.parametrize("kind", PAGE_TYPES)


@every_page
@both_languages
@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_page_has_no_accessibility_violations(
    visit, page_types: dict, kind: str, lang: str, screen: str
) -> None:
    require(AXE)
    path = page_of(page_types, kind, lang)
    tab = visit(DESKTOP if screen == "desktop" else PHONE)
    tab.open(path)
    assert tab.axe_violations() == []


@every_page
@both_languages
def test_page_loads_cleanly_and_switches_language_in_place(
    visit, page_types: dict, kind: str, lang: str
) -> None:
    path = page_of(page_types, kind, lang)
    tab = visit()
    tab.open(path)
    assert tab.page.locator("html").get_attribute("lang") == lang
    assert tab.errors == []
    assert tab.foreign_requests() == []
    other = next(code for code in LANGUAGES if code != lang)
    tab.page.locator(".md-select button").first.hover()
    tab.page.locator(f'a.md-select__link[hreflang="{other}"]').click()
    tab.page.wait_for_load_state("networkidle")
    assert tab.page.locator("html").get_attribute("lang") == other
    landed = urlsplit(tab.page.url).path.lstrip("/")
    landed = landed + "index.html" if landed.endswith("/") or not landed else landed
    if kind == "404":
        # There is no "same page" for a missing address: the other language's home page.
        assert landed == page_types["home"][other]
    else:
        assert landed == page_types[kind][other]
    assert tab.errors == []
    assert tab.foreign_requests() == []


@both_languages
@pytest.mark.parametrize("screen", ["desktop", "phone"])
def test_open_search_has_no_accessibility_violations(
    visit, page_types: dict, lang: str, screen: str
) -> None:
    require(AXE)
    tab = visit(DESKTOP if screen == "desktop" else PHONE)
    tab.open(page_of(page_types, "home", lang))
    if screen == "phone":
        tab.page.locator(".campaign-search__open").click()  # a search button in the header
    else:
        tab.page.locator(".md-search__input").click()  # a search box in the header
    tab.page.locator(".md-search__input").fill("ASEAN")
    tab.page.wait_for_selector(".campaign-search__item")
    assert tab.axe_violations() == []
    if screen == "phone":
        # The close button closes search and gives the focus back to the search button.
        tab.page.locator(".campaign-search__close").click()
        assert tab.page.evaluate("document.getElementById('__search').checked") is False
        focused = tab.page.evaluate("document.activeElement.className")
        assert "campaign-search__open" in focused
    assert tab.errors == []


@both_languages
@pytest.mark.parametrize("kind", ["exhibition", "item"])
def test_lightbox_works_with_the_keyboard_and_passes_axe(
    visit, page_types: dict, kind: str, lang: str
) -> None:
    """Opens from a thumbnail, moves with the arrow keys, closes with Esc, returns focus."""
    require(AXE)
    tab = visit()
    tab.open(page_of(page_types, kind, lang))
    thumbnails = tab.page.locator("a.glightbox")
    if thumbnails.count() == 0:
        pytest.skip(f"the {kind} page has no photo")
    thumbnail = thumbnails.first
    thumbnail.focus()
    tab.page.keyboard.press("Enter")
    tab.page.wait_for_selector(".glightbox-container .gslide.current img")
    dialog = tab.page.locator(".glightbox-container")
    assert dialog.get_attribute("role") == "dialog"
    assert dialog.get_attribute("lang") in (None, lang) and dialog.get_attribute("aria-label")
    first_source = tab.page.locator(".gslide.current img").get_attribute("src")
    assert tab.axe_violations() == []
    if thumbnails.count() > 1:
        tab.page.keyboard.press("ArrowRight")
        tab.page.wait_for_function(
            "src => document.querySelector('.gslide.current img')?.getAttribute('src') !== src",
            arg=first_source,
        )
        tab.page.keyboard.press("ArrowLeft")
        tab.page.wait_for_function(
            "src => document.querySelector('.gslide.current img')?.getAttribute('src') === src",
            arg=first_source,
        )
    tab.page.keyboard.press("Escape")
    tab.page.wait_for_selector(".glightbox-container", state="detached")
    assert tab.page.evaluate("document.activeElement.getAttribute('href')") == (
        thumbnail.get_attribute("href")
    )
    assert tab.errors == []
    assert tab.foreign_requests() == []


def _video_pages(site: Path, page_types: dict) -> list[str]:
    return sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("index.html")
        if re.search(r"<video\b|exhibit-youtube", path.read_text(encoding="utf-8"))
    )


def test_videos_load_nothing_before_play(visit, site: Path, page_types: dict) -> None:
    pages = _video_pages(site, page_types)
    if not pages:
        pytest.skip(
            "the site has no video (videos in general: tests/kit/test_browser_exhibitions.py)"
        )
    for path in pages:
        tab = visit()
        tab.open(path)
        media = [url for url in tab.requests if re.search(r"\.(mp4|webm|ogv)(\?|$)", url)]
        assert media == [], path
        assert tab.foreign_requests() == [], path
        for video in tab.page.locator("video").all():
            assert video.get_attribute("preload") == "none", path
        assert tab.page.locator("iframe").count() == 0, path
        assert tab.errors == [], path
