"""Fewer requests before a page shows: the kit's style sheets joined into one fingerprinted file,
the lightbox script moved from the head to the end (scripts/kit/hosting/bundle.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import parse, published_pages, site_config
from jinja2 import DictLoader, Environment
from kit.hosting import caching
from kit.hosting.bundle import (
    LIGHTBOX_STYLES,
    LightboxPages,
    lightbox_script_last,
    make_bundle,
    use_bundle,
    without_document_tags,
)

pytestmark = pytest.mark.build

PAGE = """<html><head>
<link rel="stylesheet" href="../assets/stylesheets/main.1234abcd.min.css">
<link rel="stylesheet" href="../assets/stylesheets/a.css">
<link rel="stylesheet" href="../assets/stylesheets/b.css">
<link href="../assets/stylesheets/glightbox.min.css" rel="stylesheet">\
<script src="../assets/javascripts/glightbox.min.js"></script>
</head><body><p>x</p>
<script src="../assets/javascripts/bundle.1234abcd.min.js"></script>
<script id="init-glightbox">const lightbox = GLightbox({});</script></body></html>"""


def sources(tmp_path: Path) -> list[tuple[str, Path]]:
    files = []
    for name, text in (
        ("a.css", "a{color:red}"),
        ("b.css", "b{color:blue}"),
        ("glightbox.min.css", ".g{}"),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append((f"assets/stylesheets/{name}", tmp_path / name))
    return files


def test_bundle_replaces_the_parts_where_the_first_was(tmp_path: Path) -> None:
    bundle = make_bundle(sources(tmp_path))
    assert re.fullmatch(r"assets/stylesheets/campaign\.[0-9a-f]{10}\.css", bundle.path)
    assert caching.cache_control(bundle.path) == caching.YEAR
    text = bundle.content.decode()
    assert text.index("a{color:red}") < text.index("b{color:blue}") < text.index(".g{}")
    page = use_bundle(PAGE, bundle)
    links = re.findall(r'<link[^>]*href="([^"]+)"', page)
    assert links == ["../assets/stylesheets/main.1234abcd.min.css", f"../{bundle.path}"]


def test_a_page_without_the_kit_style_sheets_is_left_alone(tmp_path: Path) -> None:
    bundle = make_bundle(sources(tmp_path))
    page = PAGE.replace("../assets/stylesheets/b.css", "../elsewhere/b.css")
    assert use_bundle(page, bundle) == page
    # Without the lightbox (the 404 page) the kit's sheets are still joined.
    without = PAGE.replace(
        '<link href="../assets/stylesheets/glightbox.min.css" rel="stylesheet">', ""
    )
    assert f"../{bundle.path}" in use_bundle(without, bundle)


def test_lightbox_script_moves_to_just_before_the_lightbox_starts() -> None:
    page = lightbox_script_last(PAGE)
    head, body = page.split("</head>")
    assert "glightbox.min.js" not in head
    assert (
        '<script src="../assets/javascripts/glightbox.min.js"></script><script id="init-glightbox">'
        in body
    )
    assert body.index("bundle.1234abcd.min.js") < body.index("glightbox.min.js")
    assert lightbox_script_last(page) == page


def test_every_built_page_loads_one_kit_style_sheet(kit_site: Path) -> None:
    parts = [str(path) for path in site_config()["extra_css"]] + [LIGHTBOX_STYLES]
    bundles = sorted(kit_site.glob("assets/stylesheets/campaign.*.css"))
    assert len(bundles) == 1
    content = bundles[0].read_text(encoding="utf-8")
    for part in parts:
        assert f"/* {part} */" in content
    pages = published_pages(kit_site)
    assert len(pages) > 20
    for page in pages:
        html = parse(page)
        sheets = [link["href"] for link in html.select('link[rel="stylesheet"]')]
        ours = [href for href in sheets if "stylesheets/campaign." in href]
        assert len(ours) == 1, page
        assert not any(href.endswith(tuple(parts)) for href in sheets), page
        if not ours[0].startswith("/"):  # the 404 pages use addresses from the site's root
            assert (page.parent / ours[0]).resolve() == bundles[0].resolve(), page
        assert html.select_one('head script[src*="glightbox"]') is None, page


def test_pages_that_open_nothing_in_the_lightbox_do_not_load_it() -> None:
    env = Environment(
        loader=DictLoader(
            {
                "base.html": "<html>{% block content %}{% endblock %}{% include 'footer.html' %}",
                "footer.html": "<footer>{% include 'footer.html' if false %}</footer>",
                "main.html": "{% extends 'base.html' %}",
                "gallery.html": "{% extends 'main.html' %}{% import 'links.html' as links %}",
                "links.html": '{% macro open(p) %}<a class="glightbox" href="{{ p }}">'
                "{% endmacro %}",
                "loop.html": "{% include 'loop.html' %}",
            }
        )
    )
    pages = LightboxPages(env)
    assert not pages.needed("<p>Chỉ có chữ</p>", "main.html")
    assert pages.needed('<a class="glightbox" href="a.webp"><img src="a.webp"></a>', "main.html")
    assert pages.needed("<p>Chỉ có chữ</p>", "gallery.html")  # through an imported macro
    assert not pages.needed("", "loop.html")
    assert not pages.needed("", "missing.html")
    whole = "<html><head></head><body><h1>Tiêu đề</h1>\n<p>Chữ</p></body></html>"
    assert without_document_tags(whole) == "<h1>Tiêu đề</h1>\n<p>Chữ</p>"
    assert without_document_tags("<p>Chữ</p>") == "<p>Chữ</p>"


def test_the_lightbox_is_loaded_where_a_page_has_something_to_open_and_not_on_text_pages(
    kit_site: Path,
) -> None:
    text_pages = 0
    for page in published_pages(kit_site):
        html = parse(page)
        loads = html.select_one('script[src*="glightbox"]') is not None
        if html.select_one("a.glightbox") is not None:
            assert loads, page
        # (A gallery page showing a video loads it all the same: its template links photos.)
        text_pages += not loads
    assert text_pages > 5
    about = parse(kit_site / "en" / "about" / "index.html")
    assert about.select_one('script[src*="glightbox"]') is None
