"""`make photos` (scripts/add_photos.py): entries for new photos, in the file's own style."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from exhibition_fixtures import photo
from kit.exhibitions import photo_entries
from kit.exhibitions.content import load_exhibition
from kit.translations.check import check_project

pytestmark = pytest.mark.unit

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "add_photos.py"

INDENTED_BLOCK = """\
# Triển lãm thử: chú thích ở đầu tệp.
title: {vi: "Triển lãm", en: "Exhibition"}
intro: {vi: "Giới thiệu.", en: "Introduction."}

items:
  # Ảnh đầu tiên / first photo
  - file: anh-1.jpg
    caption:
      vi: "Ảnh một"   # chú thích trong dòng
      en: "Photo one"
    alt:
      vi: "Mô tả một"
      en: "Description one"

  - file: anh-2.jpg
    caption:
      vi: "Ảnh hai"
      en: "Photo two"
    alt:
      vi: "Mô tả hai"
      en: "Description two"
  # Ghi chú cuối danh sách / a note after the list
"""

COLUMN_ZERO_FLOW = """\
title: {vi: "Triển lãm", en: "Exhibition"}
intro: {vi: "Giới thiệu.", en: "Introduction."}
items:
- file: anh-1.jpg
  caption: {vi: "Ảnh một", en: "Photo one"}
  alt: {vi: "Mô tả một", en: "Description one"}
- file: anh-2.jpg
  caption: {vi: "Ảnh hai", en: "Photo two"}
  alt: {vi: "Mô tả hai", en: "Description two"}
"""

COLUMN_ZERO_BLOCK = """\
title:
  vi: Triển lãm
  en: Exhibition
intro:
  vi: Giới thiệu.
  en: Introduction.
items:
# Ảnh một / photo one
- file: anh-1.jpg
  caption:
    vi: Ảnh một
    en: Photo one
  alt:
    vi: Mô tả một
    en: Description one
  license: CC0 1.0
# Cuối tệp / end of file
"""

ITEMS_NOT_LAST = """\
title: {vi: "Triển lãm", en: "Exhibition"}
items:
  - file: anh-1.jpg
    caption: { vi: "Ảnh một", en: "Photo one" }
    alt: { vi: "Mô tả một", en: "Description one" }
    description:
      vi: |
        Đoạn dài.

      en: |
        A long paragraph.

# Lời giới thiệu ở cuối / the introduction comes last
intro: {vi: "Giới thiệu.", en: "Introduction."}
"""


def exhibition(tmp_path: Path, text: str, photos: tuple[str, ...], newline: str = "\n") -> Path:
    folder = tmp_path / "exhibitions" / "thu"
    folder.mkdir(parents=True)
    for name in photos:
        photo(folder / name, size=(40, 30))
    (folder / "exhibition.yml").write_bytes(text.replace("\n", newline).encode("utf-8"))
    return folder


def items_of(folder: Path) -> list[dict]:
    return yaml.safe_load((folder / "exhibition.yml").read_text(encoding="utf-8"))["items"]


def test_indented_block_style_keeps_comments_and_follows_the_style(tmp_path: Path) -> None:
    folder = exhibition(tmp_path, INDENTED_BLOCK, ("anh-1.jpg", "anh-2.jpg", "anh-3.jpg"))
    result = photo_entries.add_missing_entries(folder)
    assert result.added == ["anh-3.jpg"]
    text = (folder / "exhibition.yml").read_text(encoding="utf-8")
    before, after = text.split('      en: "Description two"\n', 1)
    assert INDENTED_BLOCK.startswith(before)
    assert after == (
        "\n"
        "  - file: anh-3.jpg\n"
        "    caption:\n"
        '      vi: "TODO: viết chú thích"\n'
        '      en: "TODO: write the caption"\n'
        "    alt:\n"
        '      vi: "TODO: tả ảnh cho người không nhìn thấy"\n'
        '      en: "TODO: describe the photo for people who cannot see it"\n'
        '    credit: "TODO: tác giả / author"\n'
        "  # Ghi chú cuối danh sách / a note after the list\n"
    )
    assert [item["file"] for item in items_of(folder)] == ["anh-1.jpg", "anh-2.jpg", "anh-3.jpg"]


def test_column_zero_flow_style_with_crlf(tmp_path: Path) -> None:
    folder = exhibition(tmp_path, COLUMN_ZERO_FLOW, ("anh-1.jpg", "anh-2.jpg", "moi.jpg"), "\r\n")
    photo_entries.add_missing_entries(folder)
    raw = (folder / "exhibition.yml").read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    expected = COLUMN_ZERO_FLOW + (
        "- file: moi.jpg\n"
        '  caption: {vi: "TODO: viết chú thích", en: "TODO: write the caption"}\n'
        '  alt: {vi: "TODO: tả ảnh cho người không nhìn thấy", '
        'en: "TODO: describe the photo for people who cannot see it"}\n'
        '  credit: "TODO: tác giả / author"\n'
    )
    assert raw.decode("utf-8") == expected.replace("\n", "\r\n")


def test_column_zero_block_style(tmp_path: Path) -> None:
    folder = exhibition(tmp_path, COLUMN_ZERO_BLOCK, ("anh-1.jpg", "anh-2.png"))
    photo_entries.add_missing_entries(folder)
    text = (folder / "exhibition.yml").read_text(encoding="utf-8")
    assert text == COLUMN_ZERO_BLOCK.replace(
        "  license: CC0 1.0\n",
        "  license: CC0 1.0\n"
        "- file: anh-2.png\n"
        "  caption:\n"
        '    vi: "TODO: viết chú thích"\n'
        '    en: "TODO: write the caption"\n'
        "  alt:\n"
        '    vi: "TODO: tả ảnh cho người không nhìn thấy"\n'
        '    en: "TODO: describe the photo for people who cannot see it"\n'
        '  credit: "TODO: tác giả / author"\n',
    )


def test_entries_go_before_a_following_key(tmp_path: Path) -> None:
    folder = exhibition(tmp_path, ITEMS_NOT_LAST, ("anh-1.jpg", "b.jpg", "video.mp4", "video.jpg"))
    photo_entries.add_missing_entries(folder)
    text = (folder / "exhibition.yml").read_text(encoding="utf-8")
    assert text.endswith(
        "\n\n# Lời giới thiệu ở cuối / the introduction comes last\n"
        'intro: {vi: "Giới thiệu.", en: "Introduction."}\n'
    )
    assert '    caption: { vi: "TODO: viết chú thích", en: "TODO: write the caption" }' in text
    data = yaml.safe_load(text)
    assert data["items"][0]["description"] == {"vi": "Đoạn dài.\n", "en": "A long paragraph.\n"}
    # The video takes the photo of the same name as its poster; that photo gets no entry.
    assert [(item["file"], item.get("poster")) for item in data["items"]] == [
        ("anh-1.jpg", None),
        ("b.jpg", None),
        ("video.mp4", "video.jpg"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'title: {vi: "T", en: "T"}\nintro: {vi: "G", en: "I"}\n',
        'title: {vi: "T", en: "T"}\nitems:   # ảnh / photos\nintro: {vi: "G", en: "I"}',
        'title: {vi: "T", en: "T"}\nitems: []\nintro: {vi: "G", en: "I"}\n',
    ],
    ids=["no-items-key", "empty-items", "empty-flow-list"],
)
def test_a_file_without_items_gets_a_list(tmp_path: Path, text: str) -> None:
    folder = exhibition(tmp_path, text, ("a.jpg",))
    photo_entries.add_missing_entries(folder)
    data = yaml.safe_load((folder / "exhibition.yml").read_text(encoding="utf-8"))
    assert [item["file"] for item in data["items"]] == ["a.jpg"]
    assert data["intro"] == {"vi": "G", "en": "I"}


def test_a_second_run_changes_nothing(tmp_path: Path) -> None:
    folder = exhibition(tmp_path, INDENTED_BLOCK, ("anh-1.jpg", "anh-2.jpg", "anh-3.jpg"))
    photo_entries.add_missing_entries(folder)
    path = folder / "exhibition.yml"
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    content = path.read_bytes()
    assert photo_entries.add_missing_entries(folder).added == []
    assert path.stat().st_mtime_ns == 1_000_000_000
    assert path.read_bytes() == content


def test_a_file_with_nothing_to_add_is_not_rewritten(tmp_path: Path) -> None:
    folder = exhibition(tmp_path, COLUMN_ZERO_FLOW, ("anh-1.jpg", "anh-2.jpg"))
    path = folder / "exhibition.yml"
    os.utime(path, ns=(2_000_000_000, 2_000_000_000))
    assert photo_entries.add_missing_entries(folder).added == []
    assert path.stat().st_mtime_ns == 2_000_000_000
    assert sorted(p.name for p in folder.iterdir()) == ["anh-1.jpg", "anh-2.jpg", "exhibition.yml"]


def test_a_broken_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    broken = COLUMN_ZERO_FLOW.replace('  alt: {vi: "Mô tả hai"', ' alt: {vi: "Mô tả hai"')
    folder = exhibition(tmp_path, broken, ("anh-1.jpg", "anh-2.jpg", "moi.jpg"))
    with pytest.raises(photo_entries.EntryError) as error:
        photo_entries.add_missing_entries(folder)
    assert "exhibitions/thu/exhibition.yml" in str(error.value)
    assert "line" in str(error.value)
    assert "Tệp chưa được sửa" in str(error.value)
    assert (folder / "exhibition.yml").read_text(encoding="utf-8") == broken
    assert sorted(p.name for p in folder.iterdir())[-1] == "moi.jpg"  # no temporary file left


def test_an_edit_that_would_change_other_data_is_not_written(tmp_path: Path) -> None:
    # The last item's block text ends with lines that look like comments: inserting after
    # the last line that is not a comment would cut them off, and the check notices.
    text = INDENTED_BLOCK.replace(
        '      en: "Description two"\n',
        '      en: "Description two"\n    description:\n      vi: |\n        Đoạn.\n'
        "        # không phải ghi chú\n      en: |\n        Text.\n        # not a comment\n",
    )
    folder = exhibition(tmp_path, text, ("anh-1.jpg", "anh-2.jpg", "anh-3.jpg"))
    with pytest.raises(photo_entries.EntryError, match="left as it was"):
        photo_entries.add_missing_entries(folder)
    assert (folder / "exhibition.yml").read_text(encoding="utf-8") == text


def test_new_entries_are_listed_by_the_translation_check_and_load(tmp_path: Path) -> None:
    folder = exhibition(tmp_path, INDENTED_BLOCK, ("anh-1.jpg", "anh-2.jpg", "anh-3.jpg"))
    photo_entries.add_missing_entries(folder)
    loaded, problems = load_exhibition(folder, folder.parent)
    assert problems == [] and loaded is not None
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    report = check_project(tmp_path, git=False)
    todo = [f for f in report.gaps if f.kind == "todo" and f.file.endswith("thu/exhibition.yml")]
    assert len(todo) == 5


def test_the_build_suggestion_names_the_command_and_follows_the_style(tmp_path: Path) -> None:
    folder = exhibition(tmp_path, COLUMN_ZERO_FLOW, ("anh-1.jpg", "anh-2.jpg", "moi.jpg"))
    _, problems = load_exhibition(folder, folder.parent)
    [problem] = problems
    assert "make photos EXHIBITION=exhibitions/thu" in problem.fix
    assert "chưa có mục" in problem.message.render("vi")
    pasted = "\n".join(problem.fix.splitlines()[1:]) + "\n"
    (folder / "exhibition.yml").write_text(COLUMN_ZERO_FLOW + pasted, encoding="utf-8")
    assert [item["file"] for item in items_of(folder)] == ["anh-1.jpg", "anh-2.jpg", "moi.jpg"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_command_summary_and_exit_codes(tmp_path: Path) -> None:
    good = exhibition(tmp_path, INDENTED_BLOCK, ("anh-1.jpg", "anh-2.jpg", "anh-3.jpg"))
    broken = tmp_path / "exhibitions" / "hong"
    broken.mkdir()
    photo(broken / "a.jpg", size=(40, 30))
    (broken / "exhibition.yml").write_text("title: [\n", encoding="utf-8")
    result = run(str(good), str(broken), cwd=tmp_path)
    assert result.returncode == 1
    assert "added 1 entry(ies): anh-3.jpg" in result.stdout
    assert "hong/exhibition.yml" in result.stderr and "Traceback" not in result.stderr
    assert run(str(good), cwd=tmp_path).returncode == 0
    missing = run("exhibitions/khong-co", cwd=tmp_path)
    assert missing.returncode == 2 and "khong-co" in missing.stderr
    help_text = run("--help", cwd=tmp_path)
    assert help_text.returncode == 0
    assert "Thêm vào exhibition.yml" in help_text.stdout and "exit codes" in help_text.stdout


def test_an_exhibition_with_subject_tags_gets_a_tags_line_to_fill_in(tmp_path: Path) -> None:
    tagged = COLUMN_ZERO_BLOCK.replace("  license: CC0 1.0\n", "  license: CC0 1.0\n  tags: [vn]\n")
    folder = exhibition(tmp_path, tagged, ("anh-1.jpg", "anh-2.png"))
    photo_entries.add_missing_entries(folder)
    text = (folder / "exhibition.yml").read_text(encoding="utf-8")
    assert (
        '  credit: "TODO: tác giả / author"\n'
        "  # tags: [vn, 1995]   # thẻ chủ đề / subject tags (docs/_data/tags.yml)\n"
    ) in text
    assert [item.get("tags") for item in items_of(folder)] == [["vn"], None]
