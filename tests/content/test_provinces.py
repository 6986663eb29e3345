"""This site's own province pages (docs/provinces/hue and docs/provinces/quang-ninh)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PROJECT, parse

pytestmark = pytest.mark.build

DEMO = sorted(p.name for p in (PROJECT / "docs" / "provinces").iterdir() if p.is_dir())


def page(site: Path, lang: str, path: str) -> Path:
    return site / ("en/" if lang == "en" else "") / path / "index.html"


def province_page(site: Path, lang: str, slug: str):
    return parse(page(site, lang, f"provinces/{slug}"))


def json_ld(html) -> dict:
    scripts = html.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_index_has_a_card_per_demo_province(demo_site: Path) -> None:
    for lang in ("vi", "en"):
        cards = parse(page(demo_site, lang, "provinces")).select(".province-card")
        assert len(cards) == len(DEMO)


def test_demo_provinces_are_real_units_with_sources(demo_site: Path) -> None:
    assert {"hue", "quang-ninh"} <= set(DEMO)  # Huế and Quảng Ninh kept their boundaries
    hue = province_page(demo_site, "en", "hue")
    assert "Centrally-run city" in hue.select_one(".province-facts").get_text()
    assert "4,947.11 km²" in hue.select_one(".province-facts").get_text()
    for slug in DEMO:
        html = province_page(demo_site, "vi", slug)
        assert len(html.select("#sources a[href^='https://']")) >= 3
        assert json_ld(html)["@type"] == "AdministrativeArea"
        assert html.select(".province-todo") == [] and html.select(".province-todo-banner") == []
