"""A half-finished merge (make update-kit) never reaches the published site: any source file
with git's conflict markers stops the build, naming the file, the line and the fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import build_site, make_kit_project, run_mkdocs, write
from exhibition_fixtures import good_exhibition
from kit.quality.conflict_markers import check_sources, marker_lines

pytestmark = pytest.mark.build

CONFLICT = """\
<<<<<<< HEAD
Lào Cai chào đón bạn bè ASEAN.
=======
Chào mừng bạn đến với trang thử nghiệm.
>>>>>>> kit
"""


def test_the_markers_of_a_conflict_are_found_with_their_lines() -> None:
    text = "# Trang\n\n" + CONFLICT + "\nHết.\n"
    assert marker_lines(text) == [
        (3, "<<<<<<< HEAD"),
        (5, "======="),
        (7, ">>>>>>> kit"),
    ]


def test_the_diff3_ancestor_marker_is_found() -> None:
    text = "<<<<<<< HEAD\nmới\n||||||| merged common ancestors\ncũ\n=======\nkit\n>>>>>>> kit\n"
    assert [line for line, _ in marker_lines(text)] == [1, 3, 5, 7]
    # Left behind when the rest of the block was cleaned up by hand.
    assert marker_lines("a\n||||||| 1a2b3c4\nb\n") == [(2, "||||||| 1a2b3c4")]


def test_a_setext_heading_is_not_a_marker() -> None:
    text = "Tiêu đề lớn\n=======\n\nMục nhỏ\n-------\n\n| a | b |\n|---|---|\n"
    assert marker_lines(text) == []


def test_marker_like_text_that_git_does_not_write_is_not_flagged() -> None:
    text = "<<<<<<<<<< mũi tên\n>>>>>>>>\n> > trích dẫn\n<<<<<<<HEAD\n"
    assert marker_lines(text) == []


def test_windows_line_endings_and_a_lone_closing_marker() -> None:
    assert marker_lines("a\r\n>>>>>>> kit\r\n") == [(2, ">>>>>>> kit")]


def test_only_text_sources_are_read_and_generated_folders_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "mkdocs.yml", "site_name: x\n")
    write(tmp_path / "docs" / "index.vi.md", "# Trang\n")
    write(tmp_path / "docs" / "photo.jpg", CONFLICT)  # not text: never read
    write(tmp_path / "docs" / "exhibitions" / ".generated", "")
    write(tmp_path / "docs" / "exhibitions" / "x.vi.md", CONFLICT)  # rewritten by the build
    write(tmp_path / "exhibitions" / "a" / "notes.md", CONFLICT)  # not read by the build
    write(tmp_path / "overrides" / "partials" / "copyright.html", "<p>\n" + CONFLICT)
    write(tmp_path / "docs" / "assets" / "site.css", CONFLICT)

    problems = check_sources(tmp_path)

    assert [problem.file for problem in problems] == [
        "docs/assets/site.css:1",
        "overrides/partials/copyright.html:2",
    ]
    message = str(problems[0])
    assert "<<<<<<< HEAD" in message and "git merge --abort" in message
    assert "git conflict marker" in message
    vietnamese = problems[0].render("vi")
    assert "dấu xung đột" in vietnamese and "git merge --abort" in vietnamese


def test_each_text_source_is_read_once_and_photos_never(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What keeps the check fast on a 400-page site (speed itself is measured by benchmarks,
    not by timed tests: see tests/README.md)."""
    page = "---\ntitle: Trang\n---\n\n# Trang\n\n" + "Một đoạn văn về ASEAN. " * 200 + "\n"
    for number in range(400):
        for lang in ("vi", "en"):
            write(tmp_path / "docs" / f"p{number}" / f"index.{lang}.md", page)
        photo = tmp_path / "exhibitions" / f"e{number}" / "anh.jpg"
        write(photo, "not read")
    write(tmp_path / "docs" / "p399" / "index.en.md", page + CONFLICT)
    reads: list[Path] = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: reads.append(path) or read_bytes(path))

    problems = check_sources(tmp_path)

    assert [problem.file for problem in problems] == ["docs/p399/index.en.md:8"]
    assert len(reads) == len(set(reads)) == 800
    assert all(path.suffix == ".md" for path in reads)


# ── the build ───────────────────────────────────────────────────────────────────────────


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_kit_project(tmp_path / "project")


def test_build_stops_on_markers_and_names_each_file_and_line(project: Path) -> None:
    about = project / "docs" / "about.vi.md"
    about.write_text(about.read_text("utf-8") + "\n" + CONFLICT, encoding="utf-8")
    about_line = about.read_text("utf-8").splitlines().index("<<<<<<< HEAD") + 1
    config = project / "mkdocs.yml"
    # The brand block as an update leaves it when the province changed its phone number.
    text, found = re.subn(
        r"(?m)^(    phone: .*)$",
        r'<<<<<<< HEAD\n    phone: "+84 214 1111 222"\n=======\n\1\n>>>>>>> kit',
        config.read_text("utf-8"),
    )
    assert found == 1
    config.write_text(text, encoding="utf-8")
    config_line = text.splitlines().index("<<<<<<< HEAD") + 1
    exhibition = good_exhibition(project / "exhibitions" / "trien-lam") / "exhibition.yml"
    lines = exhibition.read_text("utf-8").splitlines()
    lines[1:1] = ["<<<<<<< HEAD", "=======", ">>>>>>> kit"]
    exhibition.write_text("\n".join(lines) + "\n", encoding="utf-8")
    site = write(project / "site" / "index.html", "<p>the published site</p>").parent

    result = build_site(project)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    for where in (
        f"docs/about.vi.md:{about_line}",
        f"mkdocs.yml:{config_line}",
        "exhibitions/trien-lam/exhibition.yml:2",
    ):
        assert where in result.stderr
    assert "git merge --abort" in result.stderr and "conflict markers" in result.stderr
    assert "kept unchanged" in result.stderr
    assert [path.name for path in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text("utf-8") == "<p>the published site</p>"
    assert [p.name for p in project.iterdir() if p.name.startswith("site.")] == []


def test_mkdocs_itself_stops_on_markers_in_a_template(project: Path, tmp_path: Path) -> None:
    """`make serve` and a plain `mkdocs build` stop too, not only `make site`."""
    footer = project / "overrides" / "partials" / "copyright.html"
    footer.write_text(CONFLICT + footer.read_text("utf-8"), encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "out")
    assert result.returncode != 0
    assert "overrides/partials/copyright.html:1" in result.stdout + result.stderr
    assert not (tmp_path / "out" / "index.html").exists()
