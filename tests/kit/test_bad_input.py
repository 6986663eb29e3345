"""Broken sources fail the build with a message that names the file and the fix;
a failed build never replaces the site that was there before.

The messages themselves are checked without a build in tests/kit/test_page_checks.py."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import build_site, make_kit_project, run_mkdocs, write
from hostile_fixtures import alias_bomb, deep_list

pytestmark = pytest.mark.build


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The kit's fixture site (kit pages only; whatever this site's own content is)."""
    return make_kit_project(tmp_path / "project")


def output_of(result: subprocess.CompletedProcess) -> str:
    return result.stdout + result.stderr


def test_a_broken_page_stops_make_site_and_keeps_the_old_site(project: Path) -> None:
    """Pages: the check's message (tests/kit/test_page_checks.py) reaches the editor."""
    previous = write(project / "site" / "index.html", "<p>the site as it was</p>")
    write(project / "docs" / "about.vi.md", "---\ntitle: Giới thiệu: chiến dịch\n---\n\n# Hi\n")
    result = build_site(project)
    output = output_of(result)
    assert result.returncode == 1, output
    assert "docs/about.vi.md:2:" in output and "    2 | title: Giới thiệu: chiến dịch" in output
    assert "the front matter between the '---' lines cannot be read" in output
    assert "Traceback" not in output
    assert [path.name for path in (project / "site").iterdir()] == ["index.html"]
    assert previous.read_text(encoding="utf-8") == "<p>the site as it was</p>"


def test_broken_internal_link_fails_strict_build(project: Path, tmp_path: Path) -> None:
    page = project / "docs" / "about.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [the plan](plan.md).\n", "utf-8")
    result = run_mkdocs(project, tmp_path / "out")
    assert result.returncode != 0
    output = output_of(result)
    assert "about.en.md" in output and "plan.md" in output


def test_failed_build_keeps_the_previous_site(project: Path) -> None:
    first = build_site(project)
    assert first.returncode == 0, output_of(first)
    site = project / "site"
    home = (site / "index.html").read_bytes()
    assert oct(site.stat().st_mode & 0o777) == "0o755"

    for lang in ("vi", "en"):  # the same broken link in both: only MkDocs can catch it
        page = project / "docs" / f"about.{lang}.md"
        page.write_text(page.read_text(encoding="utf-8") + "\n[x](missing.md)\n", "utf-8")
    second = build_site(project)
    assert second.returncode == 1
    assert "previous site" in second.stderr and "kept unchanged" in second.stderr
    assert (site / "index.html").read_bytes() == home
    assert (site / "en" / "about" / "index.html").exists()
    leftovers = [p.name for p in project.iterdir() if p.name.startswith("site.")]
    assert leftovers == []


def test_build_site_usage_error(tmp_path: Path) -> None:
    result = build_site(tmp_path / "nowhere")  # no mkdocs.yml there
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_two_builds_of_the_same_sources_are_identical(project: Path, tmp_path: Path) -> None:
    env_epoch = {"SOURCE_DATE_EPOCH": "1700000000"}
    outputs = []
    compressed = []
    for name in ("one", "two"):
        result = build_site(project, "--site-dir", str(tmp_path / name), "--verbose", env=env_epoch)
        assert result.returncode == 0, result.stderr
        compressed.append(
            re.search(r"Precompressed (\d+) text files \((\d+) unchanged", result.stdout)
        )
        outputs.append(
            {
                path.relative_to(tmp_path / name): path.read_bytes()
                for path in sorted((tmp_path / name).rglob("*"))
                if path.is_file()
            }
        )
    assert outputs[0].keys() == outputs[1].keys()
    different = [str(path) for path in outputs[0] if outputs[0][path] != outputs[1][path]]
    assert different == []
    # The second build compressed nothing: every copy came from the first one's cache.
    assert compressed[0] and compressed[1] and compressed[0][2] == "0"
    assert compressed[1][1] == compressed[1][2] == compressed[0][1]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("exhibitions/bom/exhibition.yml", alias_bomb(9)),
        ("docs/about.vi.md", "# Giới thiệu\n\n" + deep_list(1000, step="  ")),
    ],
    ids=["alias-bomb", "deep-list"],
)
def test_hostile_content_fails_fast_with_one_message(project: Path, source: str, text: str) -> None:
    site = project / "site"
    previous = write(site / "index.html", "<p>the site as it was</p>")
    write(project / source, text)
    # The unchecked build ran for over ten minutes: a hang raises TimeoutExpired.
    result = build_site(project, timeout=120)
    output = output_of(result)
    assert result.returncode == 1, output
    assert "Traceback" not in output
    named = [line for line in output.splitlines() if source in line]
    assert len(named) == 1, output
    assert [path.name for path in site.iterdir()] == ["index.html"]
    assert previous.read_text(encoding="utf-8") == "<p>the site as it was</p>"


def test_deep_page_fails_a_plain_mkdocs_build(project: Path, tmp_path: Path) -> None:
    """`mkdocs serve` and `mkdocs build` do not stop on translation gaps: the campaign plugin
    refuses the page before Python-Markdown would recurse into it."""
    write(project / "docs" / "about.en.md", "# About\n\n" + deep_list(1000, step="  "))
    result = run_mkdocs(project, tmp_path / "out")
    output = output_of(result)
    assert result.returncode != 0
    assert "docs/about.en.md:43: this line is nested more than 20 levels deep" in output
    assert "RecursionError" not in output
