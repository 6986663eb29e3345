"""Broken sources fail the build with a message that names the file and the fix;
a failed build never replaces the site that was there before."""

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


def test_malformed_front_matter_fails_and_names_the_file(project: Path, tmp_path: Path) -> None:
    write(project / "docs" / "about.vi.md", "---\ntitle: Giới thiệu: chiến dịch\n---\n\n# Hi\n")
    result = run_mkdocs(project, tmp_path / "out")
    assert result.returncode != 0
    output = output_of(result)
    assert "docs/about.vi.md" in output
    assert "the front matter between the '---' lines cannot be read" in output
    assert "docs/about.vi.md:2:" in output and "    2 | title: Giới thiệu: chiến dịch" in output
    assert "double quotes" in output


def test_unclosed_front_matter_fails(project: Path, tmp_path: Path) -> None:
    write(project / "docs" / "about.en.md", "---\ntitle: About\n\n# About\n")
    result = run_mkdocs(project, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/about.en.md" in output_of(result)
    assert "never closed" in output_of(result)


def test_unknown_language_suffix_fails(project: Path, tmp_path: Path) -> None:
    write(project / "docs" / "about.fr.md", "# À propos\n")
    result = run_mkdocs(project, tmp_path / "out")
    assert result.returncode != 0
    output = output_of(result)
    assert "docs/about.fr.md" in output
    assert "unknown language ending '.fr.md'" in output
    assert "'about.vi.md' or 'about.en.md'" in output


def test_page_without_language_suffix_fails(project: Path, tmp_path: Path) -> None:
    write(project / "docs" / "contact.md", "# Liên hệ\n")
    result = run_mkdocs(project, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/contact.md" in output_of(result)
    assert "does not say which language the page is in" in output_of(result)


def test_broken_internal_link_fails_strict_build(project: Path, tmp_path: Path) -> None:
    page = project / "docs" / "about.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [the plan](plan.md).\n", "utf-8")
    result = run_mkdocs(project, tmp_path / "out")
    assert result.returncode != 0
    output = output_of(result)
    assert "about.en.md" in output and "plan.md" in output


def test_missing_site_url_fails_with_the_fix(project: Path, tmp_path: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "site_url: https://asean.example.org/", "site_url: ''"
    )
    config.write_text(text, encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "out")
    assert result.returncode != 0
    assert "'site_url' is not set" in output_of(result)
    assert "mkdocs.yml" in output_of(result)


def test_missing_brand_translation_fails(project: Path, tmp_path: Path) -> None:
    config = project / "mkdocs.yml"
    text, found = re.subn(
        r"(?m)^(\s+agency:\n\s+vi: .*\n\s+en: ).*$", r'\1""', config.read_text(encoding="utf-8")
    )
    assert found == 1
    config.write_text(text, encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "out")
    assert result.returncode != 0
    assert "'extra: brand: agency: en' is empty or missing" in output_of(result)


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
    """`mkdocs serve` and `mkdocs build` skip the translation check: the hooks refuse the page
    before Python-Markdown would recurse into it."""
    write(project / "docs" / "about.en.md", "# About\n\n" + deep_list(1000, step="  "))
    result = run_mkdocs(project, tmp_path / "out")
    output = output_of(result)
    assert result.returncode != 0
    assert "docs/about.en.md:43: this line is nested more than 20 levels deep" in output
    assert "RecursionError" not in output
