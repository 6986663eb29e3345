"""Pages and mkdocs.yml checked without a build: the messages an editor reads when a page or
the settings are broken. That they stop `make site` is tests/kit/test_bad_input.py."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from conftest import KIT_PAGES, site_config, write
from hostile_fixtures import deep_list
from kit.build.docs_pages import check_docs
from kit.build.siteconfig import check_brand, check_site_url

pytestmark = pytest.mark.unit


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """The kit's fixture pages (conftest.KIT_PAGES), which have no problem."""
    folder = tmp_path / "docs"
    for relative, text in KIT_PAGES.items():
        write(folder / relative, text)
    assert check_docs(folder) == []
    return folder


def messages(docs: Path) -> str:
    return "\n".join(str(problem) for problem in check_docs(docs))


def test_malformed_front_matter_names_the_file_line_and_fix(docs: Path) -> None:
    write(docs / "about.vi.md", "---\ntitle: Giới thiệu: chiến dịch\n---\n\n# Hi\n")
    output = messages(docs)
    assert "docs/about.vi.md" in output
    assert "the front matter between the '---' lines cannot be read" in output
    assert "docs/about.vi.md:2:" in output and "    2 | title: Giới thiệu: chiến dịch" in output
    assert "double quotes" in output


def test_unclosed_front_matter(docs: Path) -> None:
    write(docs / "about.en.md", "---\ntitle: About\n\n# About\n")
    output = messages(docs)
    assert "docs/about.en.md" in output
    assert "never closed" in output


def test_unknown_language_suffix(docs: Path) -> None:
    write(docs / "about.fr.md", "# À propos\n")
    output = messages(docs)
    assert "docs/about.fr.md" in output
    assert "unknown language ending '.fr.md'" in output
    assert "'about.vi.md' or 'about.en.md'" in output


def test_page_without_language_suffix(docs: Path) -> None:
    write(docs / "contact.md", "# Liên hệ\n")
    output = messages(docs)
    assert "docs/contact.md" in output
    assert "does not say which language the page is in" in output


def test_deep_list_is_refused_on_its_line(docs: Path) -> None:
    write(docs / "about.en.md", "# About\n\n" + deep_list(1000, step="  "))
    output = messages(docs)
    assert "docs/about.en.md:43: this line is nested more than 20 levels deep" in output
    assert len(check_docs(docs)) == 1


def test_missing_site_url_names_mkdocs_yml_and_the_fix() -> None:
    assert check_site_url("https://asean.example.org/") == []
    output = "\n".join(str(problem) for problem in check_site_url(""))
    assert "'site_url' is not set" in output
    assert "mkdocs.yml" in output and "site_url: https://" in output


def test_missing_brand_translation() -> None:
    brand = site_config()["extra"]["brand"]
    assert check_brand(brand, ("vi", "en")) == []
    broken = copy.deepcopy(brand)
    broken["agency"]["en"] = ""
    output = "\n".join(str(problem) for problem in check_brand(broken, ("vi", "en")))
    assert "mkdocs.yml" in output
    assert "'extra: brand: agency: en' is empty or missing" in output
