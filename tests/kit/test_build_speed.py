"""Build speed at campaign scale: precompression done once per content, page weight that does
not grow with the number of pages. Speed itself is measured by scripts/dev/bench_build.py."""

from __future__ import annotations

import gzip
import re
import shutil
from pathlib import Path

import brotli
import pytest
from conftest import build_site, make_kit_project, parse, run_mkdocs, write
from kit.build import state as buildstate
from kit.build.docs_pages import check_docs
from kit.hosting.compress import SUFFIXES, precompress
from kit.translations.check import check_project
from test_quality_gates import html_errors

pytestmark = pytest.mark.build


def site_files(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def small_site(site: Path) -> Path:
    for number in range(4):
        write(site / f"p{number}" / "index.html", f"<p>trang {number}</p>\n" * 200)
    write(site / "tiny.css", "a{}")  # too small to be worth a copy
    return site


def test_precompress_reuses_the_copies_of_unchanged_files(tmp_path: Path) -> None:
    site, cache = small_site(tmp_path / "site"), tmp_path / "cache"
    first = precompress(site, cache)
    assert (first.files, first.reused) == (4, 0)
    write(site / "p1" / "index.html", "<p>đã sửa</p>\n" * 200)
    second = precompress(site, cache)
    assert (second.files, second.reused) == (4, 3)
    page = (site / "p1" / "index.html").read_bytes()
    assert brotli.decompress((site / "p1" / "index.html.br").read_bytes()) == page
    assert gzip.decompress((site / "p1" / "index.html.gz").read_bytes()) == page
    assert not (site / "tiny.css.br").exists()


def test_precompress_cache_keeps_only_what_the_last_build_used(tmp_path: Path) -> None:
    site, cache = small_site(tmp_path / "site"), tmp_path / "cache"
    precompress(site, cache)
    write(site / "p1" / "index.html", "<p>đã sửa</p>\n" * 200)
    precompress(site, cache)
    assert len(list(cache.glob("*/*"))) == 4 * len(SUFFIXES)
    assert not list(cache.glob("*/*.tmp"))


def test_precompress_on_all_cores_gives_the_same_bytes(tmp_path: Path) -> None:
    one = small_site(tmp_path / "one")
    many = small_site(tmp_path / "many")
    precompress(one, tmp_path / "cache-one", workers=1)
    precompress(many, tmp_path / "cache-many", workers=2)
    assert site_files(one) == site_files(many)
    assert len(site_files(one)) == 5 + 4 * len(SUFFIXES)


# --------------------------------------------------------------------------- page weight

EXHIBITION_YAML = """\
title: {{vi: "Triển lãm số {number}", en: "Exhibition number {number}"}}
intro:
  vi: "Giới thiệu triển lãm số {number}."
  en: "Introduction of exhibition number {number}."
"""


def site_of(tmp_path: Path, exhibitions: int) -> Path:
    """The kit's fixture site with ``exhibitions`` exhibitions, built; its site folder."""
    project = make_kit_project(tmp_path / f"project-{exhibitions}")
    for number in range(1, exhibitions + 1):
        write(
            project / "exhibitions" / f"trien-lam-{number:04d}" / "exhibition.yml",
            EXHIBITION_YAML.format(number=number),
        )
    result = run_mkdocs(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning:" not in result.stderr, result.stderr
    return project / "site"


def bytes_per_page(site: Path) -> float:
    pages = list(site.rglob("index.html"))
    return sum(page.stat().st_size for page in pages) / len(pages)


def test_page_weight_does_not_grow_with_the_number_of_pages(tmp_path: Path) -> None:
    small, large = site_of(tmp_path, 20), site_of(tmp_path, 150)
    assert len(list(large.rglob("index.html"))) > 300
    assert bytes_per_page(large) <= 1.3 * bytes_per_page(small)
    # Every exhibition is still reached from the exhibitions index, in both languages.
    for prefix in ("", "en/"):
        index = parse(large / prefix / "exhibitions" / "index.html")
        links = {a["href"].strip("./") for a in index.select(".md-content a[href]")}
        assert {f"trien-lam-{n:04d}" for n in range(1, 151)} <= links
    # The large site's pages still pass the HTML gate (tests/kit/test_quality_gates.py).
    sample = ["index.html", "en/exhibitions/index.html", "exhibitions/trien-lam-0150/index.html"]
    assert html_errors(large, sample) == []


# --------------------------------------------------------------------------- nothing changed


def test_a_build_with_nothing_changed_is_skipped(tmp_path: Path) -> None:
    project = make_kit_project(tmp_path / "project")
    site = project / "site"
    assert build_site(project).returncode == 0
    home = (site / "index.html").stat().st_mtime_ns
    again = build_site(project)
    assert again.returncode == 0, again.stderr
    assert "Nothing has changed since the last build" in again.stdout
    assert (site / "index.html").stat().st_mtime_ns == home

    # An edited page is built again.
    about = project / "docs" / "about.vi.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nĐoạn mới thêm.\n", "utf-8")
    edited = build_site(project)
    assert "Nothing has changed" not in edited.stdout
    assert "Đoạn mới thêm." in parse(site / "about" / "index.html").get_text()

    # So is a site changed by hand, and one asked for with --force.
    (site / "en" / "about" / "index.html").unlink()
    assert "Nothing has changed" not in build_site(project).stdout
    assert (site / "en" / "about" / "index.html").is_file()
    assert "Nothing has changed" not in build_site(project, "--force").stdout


# --------------------------------------------------------------------------- make serve


def dirty_build(project: Path) -> str:
    """A build like the ones `make serve` runs on every change (only changed pages)."""
    result = run_mkdocs(project, project / "site", False, "--dirty")
    assert result.returncode == 0, result.stderr
    return result.stderr


def indexed_pages(output: str) -> list[int]:
    return [int(n) for n in re.findall(r"Search index \(\w+\): (\d+) pages", output)]


def test_preview_rebuilds_changed_text_only_and_everything_when_a_title_changes(
    tmp_path: Path,
) -> None:
    project = make_kit_project(tmp_path / "project")
    site, about = project / "site", project / "docs" / "about.vi.md"
    everything = indexed_pages(dirty_build(project))
    home = (site / "index.html").stat().st_mtime_ns

    about.write_text(about.read_text(encoding="utf-8") + "\nĐoạn mới thêm.\n", "utf-8")
    output = dirty_build(project)
    assert "Đoạn mới thêm." in parse(site / "about" / "index.html").get_text()
    assert (site / "index.html").stat().st_mtime_ns == home  # not rendered again
    assert indexed_pages(output) == everything  # search still finds every page

    # A new title shows in other pages' menus and links: every page is rendered again.
    about.write_text(about.read_text(encoding="utf-8").replace("chiến dịch", "Chiến Dịch"), "utf-8")
    output = dirty_build(project)
    assert (site / "index.html").stat().st_mtime_ns != home
    assert indexed_pages(output) == everything

    # So does a new exhibition (its card on the exhibitions index page).
    write(project / "exhibitions" / "moi" / "exhibition.yml", EXHIBITION_YAML.format(number=7))
    dirty_build(project)
    cards = parse(site / "exhibitions" / "index.html").select_one(".md-content").get_text()
    assert "Triển lãm số 7" in cards

    # After a full build into the folder, the next --dirty build renders every page again.
    assert run_mkdocs(project, site, False).returncode == 0
    home = (site / "index.html").stat().st_mtime_ns
    about.write_text(about.read_text(encoding="utf-8") + "\nThêm một đoạn.\n", "utf-8")
    dirty_build(project)
    assert (site / "index.html").stat().st_mtime_ns != home


def test_translation_check_repeated_in_one_process_sees_each_edit(tmp_path: Path) -> None:
    # make serve checks the whole site after every edit and remembers unchanged files' results.
    project = make_kit_project(tmp_path / "project")
    english = project / "docs" / "about.en.md"

    def findings_in_english_page() -> set[str]:
        report = check_project(project, git=False)
        return {finding.kind for finding in report.findings if finding.file.endswith("about.en.md")}

    assert findings_in_english_page() == set()
    english.write_text((project / "docs" / "about.vi.md").read_text(encoding="utf-8"), "utf-8")
    assert findings_in_english_page() != set()
    english.unlink()
    assert findings_in_english_page() == {"missing-page"}


def test_build_records_of_folders_that_are_gone_are_forgotten(tmp_path: Path) -> None:
    project, kiosk, site = tmp_path / "project", tmp_path / "kiosk", tmp_path / "site"
    for folder in (kiosk, site):
        write(folder / "index.html", "<p>x</p>")
        buildstate.remember(project, folder, "sources")
        assert buildstate.up_to_date(project, folder, "sources")
    shutil.rmtree(kiosk)
    buildstate.remember(project, site, "sources")
    assert len(list((project / buildstate.STATE_FOLDER).glob("*.json"))) == 1
    assert buildstate.up_to_date(project, site, "sources")
    assert not buildstate.up_to_date(project, site, "other sources")


def test_page_check_repeated_in_one_process_sees_each_edit(tmp_path: Path) -> None:
    page = write(tmp_path / "docs" / "gioi-thieu.vi.md", "---\ntitle: Giới thiệu\n---\n\n# A\n")
    assert check_docs(tmp_path / "docs") == []
    page.write_text("---\ntitle: Giới thiệu: chiến dịch\n---\n\n# A\n", encoding="utf-8")
    assert "cannot be read" in str(check_docs(tmp_path / "docs"))
