"""Nothing an editor writes runs as a script: titles are text everywhere they are shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import make_kit_project, page_file, parse, run_mkdocs, write
from exhibition_fixtures import GOOD_YAML, good_exhibition

TITLES = {
    "vi": '<script>alert(1)</script> "Trích dẫn" & Hà Nội – ASEAN',
    "en": '<script>alert(1)</script> "quotes" & Hà Nội – ASEAN',
}
EXHIBITION = "trien-lam-thu"


def _about(lang: str) -> str:
    return f"---\ntitle: '{TITLES[lang]}'\n---\n\n# Giới thiệu\n\nNội dung.\n"


@pytest.fixture(scope="module")
def hostile_titles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site whose about page and exhibition carry TITLES, built strictly."""
    project = make_kit_project(tmp_path_factory.mktemp("titles") / "project")
    for lang in TITLES:
        write(project / "docs" / f"about.{lang}.md", _about(lang))
    exhibition_title = f"title: {{vi: '{TITLES['vi']}', en: '{TITLES['en']}'}}"
    yaml_text = GOOD_YAML.replace(
        'title: {vi: "Triển lãm thử", en: "Test exhibition"}', exhibition_title
    )
    good_exhibition(project / "exhibitions" / EXHIBITION, yaml_text)
    result = run_mkdocs(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def text(element) -> str:
    return " ".join(element.get_text().split()).rstrip("¶").strip()


def shown_titles(html: BeautifulSoup) -> dict[str, str]:
    """The page's title where a visitor or a sharing service reads it."""
    return {
        "header": text(html.select_one('[data-md-component="header-topic"]')),
        "<title>": text(html.title).rsplit(" - ", 1)[0],
        "og:title": html.select_one('meta[property="og:title"]')["content"],
        "twitter:title": html.select_one('meta[name="twitter:title"]')["content"],
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_front_matter_title_is_text_in_header_title_and_share_tags(
    hostile_titles: Path, lang: str
) -> None:
    # (The menu and the footer name this page by its menu entry in mkdocs.yml.)
    html = parse(page_file(hostile_titles, lang, "about/"))
    assert shown_titles(html) == dict.fromkeys(shown_titles(html), TITLES[lang])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_generated_page_title_is_text_everywhere_it_is_shown(
    hostile_titles: Path, lang: str
) -> None:
    html = parse(page_file(hostile_titles, lang, f"exhibitions/{EXHIBITION}/"))
    assert shown_titles(html) == dict.fromkeys(shown_titles(html), TITLES[lang])
    assert text(html.h1) == TITLES[lang]
    assert text(html.select_one("a.md-nav__link--active")) == TITLES[lang]
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["name"] == TITLES[lang]
    index = parse(page_file(hostile_titles, lang, "exhibitions/"))
    assert text(index.select_one(".exhibit-cover__title")) == TITLES[lang]
    menu = [text(a) for a in index.select("a.md-nav__link") if a["href"] == f"{EXHIBITION}/"]
    assert menu and set(menu) == {TITLES[lang]}
    following = index.select_one(".md-footer__link--next")
    assert text(following.select_one(".md-ellipsis")) == TITLES[lang]
    assert following["aria-label"].endswith(": " + TITLES[lang])
    item = parse(page_file(hostile_titles, lang, f"exhibitions/{EXHIBITION}/anh-1/"))
    assert text(item.select_one(".exhibit-trail a")) == TITLES[lang]


# GLightbox inserts these as HTML, so the templates escape them twice on purpose.
LIGHTBOX_ATTRIBUTES = ("data-title", "data-description")


def test_no_page_holds_the_script_or_a_doubly_escaped_title(hostile_titles: Path) -> None:
    for path in hostile_titles.rglob("*.html"):
        assert "<script>alert(1)" not in path.read_text(encoding="utf-8"), path
        html = parse(path)
        for script in html.select("script"):
            assert "alert(1)" not in (script.string or "") or "json" in script["type"], path
        values = [str(node) for node in html.find_all(string=True)] + [
            value
            for element in html.find_all(True)
            for name, value in element.attrs.items()
            if name not in LIGHTBOX_ATTRIBUTES and isinstance(value, str)
        ]
        doubly_escaped = [v for v in values if "&amp;" in v or "&lt;" in v or "&#" in v]
        assert doubly_escaped == [], path
