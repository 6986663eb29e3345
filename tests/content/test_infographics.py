"""This site's own infographics (docs/_data/infographics/*.yml) and their template."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import PROJECT, parse
from kit.infographics.content import BLOCK_TYPES, load_infographics

pytestmark = pytest.mark.build

DATA = Path("docs") / "_data" / "infographics"


def page(site: Path, lang: str, path: str) -> Path:
    return site / ("en/" if lang == "en" else "") / path / "index.html"


def test_demo_infographics_are_complete_and_cited() -> None:
    infographics, problems = load_infographics(PROJECT / "docs")
    assert problems == []
    assert [i.slug for i in infographics] == [
        "toan-canh-asean",
        "viet-nam-trong-asean",
        "ba-tru-cot",
    ]
    kinds = {b.kind for i in infographics for b in i.blocks}
    assert kinds == set(BLOCK_TYPES)
    for info in infographics:
        for b in info.blocks:
            for figure in (*b.figures, *(f for row in b.rows for f in row.values)):
                assert figure.source.url.startswith("https://") and figure.source.date[:4]


def test_template_is_valid_once_copied(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / DATA.relative_to("docs")
    folder.mkdir(parents=True)
    shutil.copy(PROJECT / DATA / "_template.yml", folder / "moi.yml")
    infographics, problems = load_infographics(tmp_path / "docs")
    assert problems == [] and [i.slug for i in infographics] == ["moi"]


def test_demo_pages_are_published_in_both_languages(demo_site: Path) -> None:
    for lang in ("vi", "en"):
        html = parse(page(demo_site, lang, "infographics/toan-canh-asean"))
        assert len(html.select("svg.ig-chart[role=img]")) == 3
        assert len(html.select(".ig-member img")) == 11
