"""Checks of this site's own content: add your own below (this file belongs to the site).

The site is built once, strictly, as `make site` does; each test then reads the built pages.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from kit.core.config_file import read_config

# Tests that build the site are in the 'build' tier (tests/README.md); `make test` runs them all.
pytestmark = pytest.mark.build

PROJECT = Path(__file__).resolve().parents[2]


def brand() -> dict:
    config = read_config((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"))
    return config["extra"]["brand"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built like `make site` does (strict: any warning fails)."""
    target = tmp_path_factory.mktemp("content") / "site"
    command = [sys.executable, "scripts/build_site.py", "--site-dir", str(target), "--no-compress"]
    result = subprocess.run(
        command,
        cwd=PROJECT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return target


def page(site: Path, language: str, url: str = "") -> BeautifulSoup:
    prefix = "" if language == "vi" else f"{language}/"
    path = site / prefix / url / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_page_exists_in_both_languages(site: Path) -> None:
    vietnamese = {
        path.parent.relative_to(site).as_posix()
        for path in site.rglob("index.html")
        if not path.relative_to(site).as_posix().startswith("en/")
    }
    english = {
        path.parent.relative_to(site / "en").as_posix()
        for path in (site / "en").rglob("index.html")
    }
    assert vietnamese == english


@pytest.mark.parametrize("language", ["vi", "en"])
def test_home_page_carries_the_site_name(site: Path, language: str) -> None:
    home = page(site, language)
    name = brand()["site_name"][language]
    assert home.html["lang"] == language
    assert name in home.title.get_text()
    assert name in home.select_one(".md-header").get_text()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_footer_names_the_agency(site: Path, language: str) -> None:
    footer = page(site, language, "about").select_one(".campaign-footer").get_text()
    assert brand()["agency"][language] in footer
