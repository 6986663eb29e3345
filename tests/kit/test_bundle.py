"""Fewer requests before a page shows: the kit's style sheets joined into one fingerprinted file,
the lightbox script moved from the head to the end (scripts/kit/hosting/bundle.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import parse, published_pages, site_config
from kit.hosting import caching
from kit.hosting.bundle import LIGHTBOX_STYLES, lightbox_script_last, make_bundle, use_bundle

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
