"""Nothing an editor writes runs as a script: titles are text everywhere they are shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import (
    build_site,
    make_kit_project,
    page_file,
    parse,
    run_mkdocs,
    site_config,
    write,
)
from exhibition_fixtures import GOOD_YAML, good_exhibition
from infographic_fixtures import GOOD_YAML as INFOGRAPHIC_YAML
from infographic_fixtures import line_of, write_data
from kit.build.siteconfig import check_brand
from kit.quality.safe_content import (
    YAML_SCHEMES,
    escaped_meta,
    markdown_findings,
    rendered_problems,
)

pytestmark = pytest.mark.build

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


def test_printed_front_matter_is_escaped_once_whatever_its_type() -> None:
    meta = escaped_meta(
        {"title": ["<script>x</script>"], "subtitle": "a & b", "hide": ["toc"], "order": 2}
    )
    assert meta["title"] == "[&#39;&lt;script&gt;x&lt;/script&gt;&#39;]"
    assert escaped_meta(meta) == meta  # escaping twice changes nothing
    assert meta["subtitle"] == "a &amp; b" and meta["hide"] == ["toc"] and meta["order"] == 2


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


# ── links and raw HTML that would run a script ──────────────────────────────────────────

SCRIPT_MARKDOWN = [
    "[x](javascript:alert(1))",
    "[x\\\\](javascript:alert(1))",  # an escaped backslash, then a real link
    "[x]( JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](java\nscript:alert(1))",
    "[x](\x01javascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "![x](data:image/svg+xml;base64,PHN2Zz4=)",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "[x][ref]\n\n[ref]:\n    java&#x09;script:alert(1)",
    "<javascript:alert(1)>",
    '<a href="jav&#x61;script:alert(1)">x</a>',
    '<a\nhref=" javascript:alert(1)">x</a>',
    '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
    '<form action="javascript:alert(1)"><button formaction="data:x">x</button></form>',
    '<img src="x.png" alt="" onerror="alert(1)">',
    '<p ONCLICK="alert(1)">x</p>',
    "<script>alert(1)</script>",
    '<iframe src="https://example.org"></iframe>',
    '<object data="x.swf"></object>',
    '<embed src="x.swf">',
    '[x](page.md){: onclick="alert(1)" }',
    '[x](page.md){ href="javascript:alert(1)" }',
]


@pytest.mark.parametrize("markdown", SCRIPT_MARKDOWN)
def test_links_and_html_that_could_run_a_script_are_found_on_their_line(markdown: str) -> None:
    text = "# Tiêu đề\n\nĐoạn đầu.\n\n" + markdown + "\n"
    found = markdown_findings(text)
    assert found, markdown
    assert {line for line, _ in found} <= set(range(5, 5 + markdown.count("\n") + 1))


def test_ordinary_links_html_and_code_examples_pass() -> None:
    text = """\
[trang](../about.md#gioi-thieu) [web](https://asean.org/) [thư](mailto:a@example.org)
[gọi](tel:+84240000000) [mục](#muc) ![ảnh](../assets/brand/logo.svg){ width="100" }
<div class="grid cards" markdown>
<a href="https://example.org/javascript:tips">tips</a> <abbr title="data: 2024">ASEAN</abbr>
</div>
Viết `<script>` hoặc `[x](javascript:...)` trong mã là ví dụ, không phải liên kết.
Chữ \\[x\\](javascript:x) có dấu \\ trước ngoặc cũng không phải liên kết.

```html
<script>alert(1)</script>
```
"""
    assert markdown_findings(text) == []


def test_yaml_texts_may_link_only_to_web_pages_mail_phones_and_the_site() -> None:
    allowed = "[a](https://x.org) [b](http://x.org) [c](mailto:a@x.org) [d](tel:+84) [e](../a/)"
    assert markdown_findings(allowed, YAML_SCHEMES) == []
    found = markdown_findings("Xem\n[tệp](ftp://files.example.org/a.zip)", YAML_SCHEMES)
    assert found == [
        (
            2,
            "the link 'ftp://files.example.org/a.zip' starts with 'ftp:', "
            "which is not allowed here",
        )
    ]


def test_the_built_page_is_checked_again() -> None:
    problems = rendered_problems('<p><a href="java\nscript:alert(1)">x</a></p>', "docs/a.vi.md")
    assert [p.file for p in problems] == ["docs/a.vi.md"]
    assert "runs a script" in problems[0].message
    assert rendered_problems('<p><a href="https://asean.org/">x</a></p>', "docs/a.vi.md") == []


PAGE_ATTACKS = {
    "about.vi.md": "Xem [chi tiết](JaVaScRiPt:alert(document.cookie)).",
    "about.en.md": '<img src="x.png" alt="" onerror="alert(1)">',
}


def test_a_page_that_could_run_a_script_is_refused_before_the_build(tmp_path: Path) -> None:
    project = make_kit_project(tmp_path / "project")
    for name, attack in PAGE_ATTACKS.items():
        write(project / "docs" / name, f"---\ntitle: Trang\n---\n\n# Trang\n\n{attack}\n")
    result = build_site(project)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "docs/about.vi.md:7: the link 'JaVaScRiPt:alert(document.cookie)'" in output
    assert "docs/about.en.md:7: the attribute 'onerror' of <img> runs a script" in output
    assert "Fix: remove it" in output and "Traceback" not in output
    assert "Building documentation" not in output  # refused before MkDocs starts
    assert not (project / "site").exists()
    # `make serve` (MkDocs itself) refuses it too, with the same message.
    served = run_mkdocs(project, tmp_path / "serve")
    assert served.returncode != 0
    assert "docs/about.vi.md:7: the link" in served.stdout + served.stderr


def test_yaml_texts_with_links_that_are_not_allowed_are_not_published(tmp_path: Path) -> None:
    project = make_kit_project(tmp_path / "project")
    yaml_text = GOOD_YAML.replace(
        '  vi: "Giới thiệu triển lãm thử."', '  vi: "Xem [tệp](ftp://files.example.org/a.zip)."'
    ).replace(
        '    license: "CC BY 4.0"',
        '    license: "CC BY 4.0"\n    description: {vi: "[x](javascript:alert(1))", en: "Text."}',
    )
    good_exhibition(project / "exhibitions" / EXHIBITION, yaml_text)
    infographic = INFOGRAPHIC_YAML.replace(
        '  en: "Introduction of the **test** infographic."',
        '  en: "See [this](<java\tscript:alert(1)>)."',
    )
    write_data(project, "do-hoa-thu", infographic)
    result = run_mkdocs(project, project / "site", strict=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    shown = f"exhibitions/{EXHIBITION}/exhibition.yml"
    assert f"{shown}:{line_of(yaml_text, 'ftp://')}: the link 'ftp://files.example.org/a.zip' " in (
        output
    )
    assert f"{shown}:{line_of(yaml_text, 'javascript:')}: the link 'javascript:alert(1)'" in output
    assert f"do-hoa-thu.yml:{line_of(infographic, 'script:alert')}: the link" in output
    assert "Fix: write a web address starting with https://" in output
    # Refused texts are left out (with the exhibition whose introduction it was); only the
    # editors' translation-status page quotes them, as text.
    assert not (project / "site" / "exhibitions" / EXHIBITION).exists()
    for page in (project / "site").rglob("*.html"):
        links = [a.get("href", "") for a in parse(page).select("[href]")]
        assert not [link for link in links if "script:" in link or "ftp:" in link], page


def test_the_agency_website_in_the_footer_must_be_a_web_address() -> None:
    config = site_config()
    brand = config["extra"]["brand"]
    assert check_brand(brand, ("vi", "en")) == []
    for website in ("javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x"):
        problems = check_brand({**brand, "website": website}, ("vi", "en"))
        assert [p.file for p in problems] == ["mkdocs.yml"], website
        assert "is not a web address" in problems[0].message
        assert "https://" in problems[0].fix
