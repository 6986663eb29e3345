"""A hostile content tree, one attack at a time, through `make site` (scripts/build_site.py).

Whatever a content folder holds, the build either publishes it safely (every text escaped,
nothing from outside the project published) or stops within a bounded time with one clear
message naming the file, never a traceback, and the site that was there stays untouched.
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import build_site, make_kit_project, write
from exhibition_fixtures import photo
from PIL import Image
from site_fixtures import EXHIBITION, INFOGRAPHIC, PROVINCE, add_kit_content

pytestmark = pytest.mark.build

# Texts of exhibition.yml and infographics written in Markdown (links, bold).
MARKDOWN_FIELDS = ("intro", "description")
LINK_MESSAGE = "is a link (shortcut) to another place"
SECRET = "TOP-SECRET-7c41e9"  # in a file outside the project; must never be published
PAYLOAD = "<script>alert('xss-1')</script><img src=x onerror=alert('xss-2')>\"'&"
SENTINEL = "<html><body>the site that was there before</body></html>"
# What an editor must never read: Python's own words for a crash.
RAW_ERRORS = (
    "Traceback",
    "RecursionError",
    "MemoryError",
    "UnicodeDecodeError",
    "codec can't decode",
    "DecompressionBomb",
    "yaml.constructor",
    "PIL.",
)
BOUND = 120  # seconds: a build that has not stopped by then hangs


# --------------------------------------------------------------------------- the attacks


def exhibition(project: Path) -> Path:
    return project / "exhibitions" / EXHIBITION


def province(project: Path) -> Path:
    return project / "docs" / "provinces" / PROVINCE


def infographic(project: Path) -> Path:
    return project / "docs" / "_data" / "infographics" / f"{INFOGRAPHIC}.yml"


def outside(project: Path) -> Path:
    """A folder next to the project, holding the secret and a valid-looking photo."""
    folder = project.parent / "outside"
    write(folder / "secret.txt", f"{SECRET}\n")
    photo(folder / "private.jpg")
    return folder


def link(path: Path, target: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)


def link_video_in_exhibition(project: Path) -> str:
    link(exhibition(project) / "leak.mp4", outside(project) / "secret.txt")
    metadata = exhibition(project) / "exhibition.yml"
    text = metadata.read_text(encoding="utf-8")
    metadata.write_text(
        text + '  - file: leak.mp4\n    poster: anh-1.jpg\n    section: "2010-2019"\n'
        '    caption: {vi: "Phim", en: "Film"}\n    alt: {vi: "Phim", en: "Film"}\n',
        encoding="utf-8",
    )
    return "leak.mp4"


def link_in_assets(project: Path) -> str:
    link(project / "docs" / "assets" / "leak.txt", outside(project) / "secret.txt")
    return "docs/assets/leak.txt"


def link_page(project: Path) -> str:
    link(project / "docs" / "leak.vi.md", outside(project) / "secret.txt")
    return "docs/leak.vi.md"


def link_photo_in_province(project: Path) -> str:
    (province(project) / "ho-xanh.jpg").unlink()
    link(province(project) / "ho-xanh.jpg", outside(project) / "private.jpg")
    return "ho-xanh.jpg"


def link_exhibition_folder(project: Path) -> str:
    elsewhere = outside(project) / "exhibition"
    shutil.copytree(exhibition(project), elsewhere)  # complete and valid: only the link is wrong
    link(project / "exhibitions" / "linked", elsewhere)
    return "exhibitions/linked"


def link_folder_of_dangling_links(project: Path) -> str:
    folder = outside(project) / "dangling"
    folder.mkdir()
    for index in range(3):
        (folder / f"gone-{index}.png").symlink_to(folder / f"missing-{index}.png")
    link(project / "docs" / "assets" / "dangling", folder)
    return "docs/assets/dangling"


def link_loop(project: Path) -> str:
    link(project / "docs" / "assets" / "loop", project / "docs")
    return "docs/assets/loop"


def link_infographic_data(project: Path) -> str:
    infographic(project).unlink()
    link(infographic(project), outside(project) / "secret.txt")
    return f"{INFOGRAPHIC}.yml"


def alias_bomb(project: Path) -> str:
    lines = ['a0: &a0 ["lol"]']
    for level in range(1, 10):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    write(exhibition(project) / "exhibition.yml", "\n".join(lines) + "\n")
    return "exhibition.yml"


def size_bomb(project: Path) -> str:
    metadata = exhibition(project) / "exhibition.yml"
    text = metadata.read_text(encoding="utf-8")
    filler = "# " + "x" * 98 + "\n"
    metadata.write_text(text + filler * 500_000, encoding="utf-8")  # 50 MB
    return "exhibition.yml"


def deep_markdown_list(project: Path) -> str:
    body = "".join("  " * level + "- item\n" for level in range(1000))
    write(project / "docs" / "about.vi.md", f"---\ntitle: Sâu\n---\n\n# Sâu\n\n{body}")
    return "docs/about.vi.md"


def deep_yaml(project: Path) -> str:
    text = "title: " + "[" * 5000 + "]" * 5000 + "\n"
    write(infographic(project), text)
    return f"{INFOGRAPHIC}.yml"


def duplicate_keys(project: Path) -> str:
    metadata = exhibition(project) / "exhibition.yml"
    text = metadata.read_text(encoding="utf-8")
    text = text.replace(
        'caption: {vi: "Lễ kết nạp", en: "Admission ceremony"}',
        'caption:\n      vi: "Lễ kết nạp"\n      vi: "Thay thế"\n      en: "Admission ceremony"',
    )
    metadata.write_text(text, encoding="utf-8")
    return "exhibition.yml"


def utf16_file(project: Path) -> str:
    metadata = exhibition(project) / "exhibition.yml"
    metadata.write_bytes(metadata.read_text(encoding="utf-8").encode("utf-16"))
    return "exhibition.yml"


def javascript_links(project: Path) -> str:
    metadata = exhibition(project) / "exhibition.yml"
    text = metadata.read_text(encoding="utf-8")
    text = text.replace(
        'vi: "Giới thiệu triển lãm thử."', 'vi: "Xem [tại đây](javascript:alert(1))."'
    )
    metadata.write_text(text, encoding="utf-8")
    return "exhibition.yml"


def javascript_link_in_page(project: Path) -> str:
    page = project / "docs" / "about.en.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\n[Click](JaVaScRiPt:alert(1))\n", encoding="utf-8"
    )
    return "docs/about.en.md"


def script_in_page(project: Path) -> str:
    page = project / "docs" / "about.en.md"
    page.write_text(
        page.read_text(encoding="utf-8") + f"\n<script>alert('{SECRET}')</script>\n",
        encoding="utf-8",
    )
    return "docs/about.en.md"


def postscript_named_jpg(project: Path) -> str:
    (exhibition(project) / "anh-3.jpg").write_bytes(
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\nshowpage\n"
    )
    return "anh-3.jpg"


def text_named_jpg(project: Path) -> str:
    (exhibition(project) / "anh-4.jpg").write_text("not a photo\n", encoding="utf-8")
    return "anh-4.jpg"


def truncated_jpeg(project: Path) -> str:
    path = exhibition(project) / "anh-5.jpg"
    path.write_bytes(path.read_bytes()[:300])
    return "anh-5.jpg"


def jpeg_cut_in_its_pixels(project: Path) -> str:
    # The header is whole (sizes known, so the build plans the photo's copies and goes on
    # writing pages), the pixels stop at 60 %: only decoding it finds the damage.
    noise = Image.merge("RGB", [Image.effect_noise((600, 400), 60) for _ in range(3)])
    buffer = io.BytesIO()
    noise.save(buffer, "JPEG", quality=90)
    data = buffer.getvalue()
    (exhibition(project) / "anh-5.jpg").write_bytes(data[: len(data) * 6 // 10])
    return "anh-5.jpg"


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def pixel_bomb(project: Path) -> str:
    # A 60-byte PNG that claims 40,000 x 40,000 pixels (1.6 billion: a decompression bomb).
    header = struct.pack(">IIBBBBB", 40_000, 40_000, 8, 2, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header)
    bomb += png_chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + png_chunk(b"IEND", b"")
    (exhibition(project) / "anh-2.jpg").write_bytes(bomb)
    return "anh-2.jpg"


FAILING: dict[str, Callable[[Path], str]] = {
    "link-video-in-exhibition": link_video_in_exhibition,
    "link-in-assets": link_in_assets,
    "link-page": link_page,
    "link-photo-in-province": link_photo_in_province,
    "link-exhibition-folder": link_exhibition_folder,
    "link-folder-of-dangling-links": link_folder_of_dangling_links,
    "link-infographic-data": link_infographic_data,
    "link-loop": link_loop,
    "alias-bomb": alias_bomb,
    "size-bomb": size_bomb,
    "deep-markdown-list": deep_markdown_list,
    "deep-yaml": deep_yaml,
    "duplicate-keys": duplicate_keys,
    "utf16-file": utf16_file,
    "javascript-links": javascript_links,
    "javascript-link-in-page": javascript_link_in_page,
    "script-in-page": script_in_page,
    "postscript-named-jpg": postscript_named_jpg,
    "text-named-jpg": text_named_jpg,
    "truncated-jpeg": truncated_jpeg,
    "jpeg-cut-in-its-pixels": jpeg_cut_in_its_pixels,
    "pixel-bomb": pixel_bomb,
}


# --------------------------------------------------------------------------- the checks


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = add_kit_content(make_kit_project(tmp_path / "project"))
    write(project / "site" / "index.html", SENTINEL)
    return project


def run_build(project: Path) -> subprocess.CompletedProcess:
    try:
        return build_site(project, "--no-compress", timeout=BOUND)
    except subprocess.TimeoutExpired:  # pragma: no cover - the failure this test is for
        pytest.fail(f"the build did not stop within {BOUND} s")


def assert_refused(project: Path, result: subprocess.CompletedProcess, named: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert not [raw for raw in RAW_ERRORS if raw in output], output
    assert named in output, output
    assert SECRET not in output
    assert (project / "site" / "index.html").read_text(encoding="utf-8") == SENTINEL
    assert not list(project.glob("site.tmp-*")), "a failed build left its staging folder"


@pytest.mark.parametrize("attack", sorted(FAILING))
def test_hostile_input_stops_the_build_with_one_clear_message(project: Path, attack: str) -> None:
    named = FAILING[attack](project)
    result = run_build(project)
    assert_refused(project, result, named)
    if attack.startswith("link-"):  # refused as a link, not for a side effect of reading it
        assert LINK_MESSAGE in result.stdout + result.stderr


# Text fields: every text of every content type and the front matter carries the payload;
# the build publishes it, escaped everywhere.


def poison_texts(value: object, key: str = "", markdown: tuple[str, ...] = ()) -> object:
    """Every text with the payload added, except the Markdown fields named in ``markdown``
    (HTML there is Markdown's raw HTML: refused, see the test below)."""
    if isinstance(value, dict):
        return {
            k: v if k in markdown else poison_texts(v, str(k), markdown) for k, v in value.items()
        }
    if isinstance(value, list):
        return [poison_texts(v, key, markdown) for v in value]
    if isinstance(value, str) and key in {"vi", "en", "credit", "license"}:
        # Each language its own words, so the translation check sees real translations.
        return value + (" Chữ đậm " if key == "vi" else " Bold text ") + PAYLOAD
    return value


def poison_yaml(path: Path, markdown: tuple[str, ...] = ()) -> None:
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    poisoned = poison_texts(content, markdown=markdown)
    path.write_text(yaml.safe_dump(poisoned, allow_unicode=True), encoding="utf-8")


def poison_front_matter(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    language = "vi" if page.name.endswith(".vi.md") else "en"
    meta = {k: poison_texts(v, language) for k, v in meta.items()}
    page.write_text(f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n{body}", "utf-8")


def executable_scripts(soup) -> list:
    return [
        s
        for s in soup.find_all("script")
        if s.get("type") in (None, "", "text/javascript", "module")
    ]


def test_script_in_every_text_field_is_published_escaped(project: Path) -> None:
    poison_yaml(exhibition(project) / "exhibition.yml", MARKDOWN_FIELDS)
    poison_yaml(province(project) / "province.yml")
    poison_yaml(infographic(project), MARKDOWN_FIELDS)
    for quiz in (project / "docs" / "_data" / "quizzes").glob("[!_]*.yml"):
        poison_yaml(quiz)
    poison_yaml(project / "docs" / "_data" / "tags.yml")
    for page in (project / "docs").glob("*.md"):
        poison_front_matter(page)
    result = run_build(project)
    output = result.stdout + result.stderr
    assert not [raw for raw in RAW_ERRORS if raw in output], output
    # Text is not code: a script written as text is published, shown as text.
    assert result.returncode == 0, output
    from bs4 import BeautifulSoup

    pages = sorted((project / "site").rglob("*.html"))
    assert len(pages) > 10
    shown = 0
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for script in executable_scripts(soup):
            assert "xss-" not in script.get_text(), page
        for element in soup.find_all(True):
            for name, value in element.attrs.items():
                assert not (name.startswith("on") and "xss-" in str(value)), (page, element)
        assert not soup.find("img", src="x"), page
        shown += "alert('xss-1')" in soup.get_text()
    assert shown > 5, "the payload should be shown as text on the pages that carry it"
    for section in ("quiz", "discover"):  # quiz texts and tag names, shown as text too
        texts = [
            p.read_text(encoding="utf-8") for p in (project / "site" / section).rglob("*.html")
        ]
        assert any(
            "alert(&#39;xss-1&#39;)" in text or "alert('xss-1')" in text for text in texts
        ), section


def test_nothing_outside_the_project_is_published_even_without_links(project: Path) -> None:
    """A path with '..' in a content file is refused as well (the folder is the boundary)."""
    outside(project)
    metadata = exhibition(project) / "exhibition.yml"
    text = metadata.read_text(encoding="utf-8")
    metadata.write_text(text.replace("file: anh-3.jpg", "file: ../../../outside/private.jpg"))
    assert_refused(project, run_build(project), "exhibition.yml")


@pytest.mark.parametrize("field", MARKDOWN_FIELDS)
def test_html_that_runs_a_script_in_a_markdown_text_is_refused_on_its_line(
    project: Path, field: str
) -> None:
    metadata = exhibition(project) / "exhibition.yml"
    content = yaml.safe_load(metadata.read_text(encoding="utf-8"))
    owner = content if field == "intro" else content["items"][0]
    owner[field] = {"vi": f"Giới thiệu {PAYLOAD}", "en": f"Introduction {PAYLOAD}"}
    text = yaml.safe_dump(content, allow_unicode=True, width=1000)
    metadata.write_text(text, encoding="utf-8")
    result = run_build(project)
    output = result.stdout + result.stderr
    assert_refused(project, result, "exhibition.yml:")
    assert "<script>" in output and "onerror" in output
    assert "remove the HTML" in output
