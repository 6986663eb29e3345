"""The web editor's file format for YAML content files (scripts/kit/editor/kit-yaml.js), run
under Node.js with the same browser build of the ``yaml`` package that /admin/ serves.

What a save must keep: a text written once for both languages (``credit: "Nguyễn Văn A"``,
``date: "1995"``), comments, flow maps, quoting, keys the editor does not know; an edit changes
only its own line; a new item is appended in the style README.md shows hand editors.
"""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from conftest import PROJECT, site_config
from kit.core import languages as site_languages
from kit.core.config_file import read_config
from kit.editor import config as editor_config
from kit.editor import publish

pytestmark = pytest.mark.unit

EDITOR = Path(publish.__file__).parent
RUN = """
import { fromFile, toFile } from './kit-yaml.js';
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const { op, text, data, shape } = JSON.parse(input);
  const result = op === 'from' ? fromFile(text, shape) : toFile(data, shape);
  process.stdout.write(JSON.stringify(result));
});
"""


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder laid out as /admin/ is: kit-yaml.js next to yaml/ (the package's browser build)."""
    node = shutil.which("node")
    root = publish.find_package(PROJECT)
    if node is None or root is None:
        pytest.skip("Node.js and 'npm ci' are needed to run the editor's file format")
    browser = root / publish.YAML_PACKAGE / "browser"
    assert (browser / "index.js").is_file(), "run 'npm ci': package.json pins the yaml package"
    folder = tmp_path_factory.mktemp("kit-yaml")
    (folder / "package.json").write_text('{"type": "module"}', encoding="utf-8")
    shutil.copy(EDITOR / "kit-yaml.js", folder / "kit-yaml.js")
    (folder / "yaml").symlink_to(browser, target_is_directory=True)
    (folder / "run.mjs").write_text(RUN, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def shapes() -> dict:
    project = PROJECT
    return editor_config.format_shapes(project, project / "docs", site_languages.active())


def node(harness: Path, **request) -> object:
    result = subprocess.run(
        ["node", "run.mjs"],
        cwd=harness,
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def read(harness: Path, text: str, shape: dict) -> dict:
    """What the editor shows: the file's values (as Sveltia hands them back when saving)."""
    return node(harness, op="from", text=text.strip(), shape=shape)


def save(harness: Path, data: dict, shape: dict) -> str:
    return node(harness, op="to", data=data, shape=shape).strip() + "\n"  # as Sveltia does


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


EXHIBITION = textwrap.dedent(
    """\
    # yaml-language-server: $schema=../../scripts/kit/schemas/exhibition.schema.json
    # Triển lãm thử: ghi chú cho người biên tập / notes for editors.

    title: {vi: "Triển lãm thử", en: "Test exhibition"}
    layout: grid
    sections:
      - id: "1995-1999"
        title: { vi: "1995–1999", en: "1995 to 1999" }

    items:
      # The first photo: keep its credit as the photographer wrote it.
      - file: anh-1.jpg   # from the archive
        section: "1995-1999"
        date: "1995"
        place: Huế
        caption:
          vi: "Lễ kết nạp"
          en: "Admission ceremony"
        alt: { vi: "Mô tả ảnh một", en: "Description of photo one" }
        credit: "Nguyễn Văn A"
        license: 'CC BY 4.0'
        tags: [vn, 1995]
        description:
          vi: |
            Hai dòng
            mô tả.
          en: |
            Two lines
            of description.

      - file: anh-2.jpg
        date: 1998
        caption: {vi: "Ảnh hai", en: "Photo two"}
        alt: {vi: "Mô tả ảnh hai", en: "Description of photo two"}
        credit: 2020
    """
)


def test_one_form_texts_are_shown_in_both_languages(harness: Path, shapes: dict) -> None:
    shape = shapes["kit-exhibition"]
    entry = read(harness, EXHIBITION, shape)
    first = entry["items"][0]
    assert first["credit"] == {"vi": "Nguyễn Văn A", "en": "Nguyễn Văn A"}
    assert first["place"] == {"vi": "Huế", "en": "Huế"}
    assert first["date"] == "1995"  # a date is one text, not a text per language
    assert entry["items"][1]["credit"] == {"vi": "2020", "en": "2020"}
    assert first["caption"] == {"vi": "Lễ kết nạp", "en": "Admission ceremony"}


def test_a_save_without_edits_keeps_the_file_byte_for_byte(harness: Path, shapes: dict) -> None:
    shape = shapes["kit-exhibition"]
    assert save(harness, read(harness, EXHIBITION, shape), shape) == EXHIBITION


@pytest.mark.parametrize(
    ("kind", "pattern"),
    [
        ("exhibition", "exhibitions/*/exhibition.yml"),
        ("infographic", "docs/_data/infographics/*.yml"),
        ("province", "docs/provinces/*/province.yml"),
    ],
)
def test_every_demo_file_survives_a_save(harness: Path, shapes: dict, kind, pattern) -> None:
    files = sorted(PROJECT.glob(pattern))
    if not files:
        pytest.skip(f"this site has no {pattern} (a province site has its own content)")
    for path in files:
        text = path.read_text(encoding="utf-8").strip() + "\n"
        shape = shapes[f"kit-{kind}"]
        assert save(harness, read(harness, text, shape), shape) == text, path


def test_editing_one_caption_changes_only_its_line(harness: Path, shapes: dict) -> None:
    shape = shapes["kit-exhibition"]
    entry = read(harness, EXHIBITION, shape)
    entry["items"][0]["caption"]["en"] = "The admission ceremony"
    entry["items"][1]["caption"]["vi"] = "Ảnh hai, sửa"
    after = save(harness, entry, shape)
    assert changed_lines(EXHIBITION, after) == [
        '-      en: "Admission ceremony"',
        '+      en: "The admission ceremony"',
        '-    caption: {vi: "Ảnh hai", en: "Photo two"}',
        '+    caption: {vi: "Ảnh hai, sửa", en: "Photo two"}',
    ]


def test_a_one_form_text_stays_one_until_the_languages_differ(harness: Path, shapes: dict) -> None:
    shape = shapes["kit-exhibition"]
    entry = read(harness, EXHIBITION, shape)
    entry["items"][0]["credit"] = {"vi": "Trần Thị B", "en": "Trần Thị B"}
    entry["items"][0]["place"] = {"vi": "Huế", "en": "Hue"}
    entry["items"][1]["credit"] = {"vi": "2021", "en": "2021"}
    after = save(harness, entry, shape)
    assert changed_lines(EXHIBITION, after) == [
        "-    place: Huế",
        '+    place: { vi: "Huế", en: "Hue" }',
        '-    credit: "Nguyễn Văn A"',
        '+    credit: "Trần Thị B"',
        "-    credit: 2020",
        "+    credit: 2021",
    ]


def test_block_texts_removed_keys_and_unknown_keys(harness: Path, shapes: dict) -> None:
    shape = shapes["kit-exhibition"]
    text = EXHIBITION.replace("    license: 'CC BY 4.0'\n", "    license: 'CC BY 4.0'\n    x: 1\n")
    entry = read(harness, text, shape)
    entry["items"][0]["description"]["vi"] = "Ba dòng\nmô tả\nmới.\n"
    del entry["items"][0]["license"]  # emptied in the editor: Sveltia leaves the key out
    after = save(harness, entry, shape)
    assert changed_lines(text, after) == [
        "-    license: 'CC BY 4.0'",
        "-        Hai dòng",
        "-        mô tả.",
        "+        Ba dòng",
        "+        mô tả",
        "+        mới.",
    ]
    assert "    x: 1\n" in after  # a key the editor does not declare stays


def test_a_new_item_is_appended_in_the_readme_style(harness: Path, shapes: dict) -> None:
    shape = shapes["kit-exhibition"]
    entry = read(harness, EXHIBITION, shape)
    entry["items"].append(
        {
            "file": "le-hoi-da-nang.jpg",
            "section": "1995-1999",
            "caption": {"vi": "Lễ hội ASEAN ở Đà Nẵng", "en": "ASEAN festival in Da Nang"},
            "alt": {"vi": "Người dân xem biểu diễn", "en": "People watching a show"},
            "date": "2024-08-08",
            "license": "CC BY 4.0",
            "tags": ["vn", 2024],
        }
    )
    after = save(harness, entry, shape)
    # Items set apart by a blank line get one before the new item too.
    assert after == EXHIBITION + (
        "\n"
        '  - file: "le-hoi-da-nang.jpg"\n'
        '    section: "1995-1999"\n'
        "    caption:\n"
        '      vi: "Lễ hội ASEAN ở Đà Nẵng"\n'
        '      en: "ASEAN festival in Da Nang"\n'
        "    alt:\n"
        '      vi: "Người dân xem biểu diễn"\n'
        '      en: "People watching a show"\n'
        '    date: "2024-08-08"\n'
        '    license: "CC BY 4.0"\n'
        "    tags: [vn, 2024]\n"
    )
    entry = read(harness, EXHIBITION, shape)
    entry["items"].pop()
    assert save(harness, entry, shape) == EXHIBITION.split("\n\n  - file: anh-2.jpg")[0] + "\n"


def test_a_new_file_is_written_in_the_readme_style(harness: Path, shapes: dict) -> None:
    shape = shapes["kit-exhibition"]
    new = {
        "title": {"vi": "Triển lãm mới", "en": "New exhibition"},
        "layout": "grid",
        "items": [{"file": "a.jpg", "caption": {"vi": "Một", "en": "One"}}],
    }
    assert save(harness, new, shape) == (
        "# yaml-language-server: $schema=../../scripts/kit/schemas/exhibition.schema.json\n"
        "title:\n"
        '  vi: "Triển lãm mới"\n'
        '  en: "New exhibition"\n'
        'layout: "grid"\n'
        "items:\n"
        '  - file: "a.jpg"\n'
        "    caption:\n"
        '      vi: "Một"\n'
        '      en: "One"\n'
    )


# ── the brand block of mkdocs.yml (kit-brand) ──────────────────────────────────────────────


def test_the_brand_block_is_read_alone(harness: Path, shapes: dict) -> None:
    shape = shapes["kit-brand"]
    brand = read(harness, (PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), shape)
    assert brand["site_name"] == site_config()["extra"]["brand"]["site_name"]
    assert brand["colors"]["primary"].startswith("#")
    assert "theme" not in brand and "plugins" not in brand and "extra" not in brand


def test_editing_the_brand_changes_only_its_lines(harness: Path, shapes: dict) -> None:
    shape = shapes["kit-brand"]
    text = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8").strip() + "\n"
    brand = read(harness, text, shape)
    assert save(harness, brand, shape) == text  # tags, anchors, comments: byte for byte
    edits = [
        (brand["site_name"]["vi"], "Sở Thông tin: ASEAN"),
        (brand["email"], "asean@example.gov.vn"),
        (brand["colors"]["primary"], "#123456"),
    ]
    brand["site_name"]["vi"], brand["email"], brand["colors"]["primary"] = (new for _, new in edits)
    del brand["logo"]  # a value other settings reuse (&logo) is never removed
    after = save(harness, brand, shape)
    changed = changed_lines(text, after)
    # One line per edit, the same line with only its value changed (anchor and note kept).
    assert len(changed) == 2 * len(edits), changed
    for removed, added, (old, new) in zip(changed[0::2], changed[1::2], edits, strict=True):
        assert added[1:] == removed[1:].replace(f'"{old}"', f'"{new}"', 1), (removed, added)
    assert changed[0].startswith("-      vi: &site_name_vi ")
    # The site's name follows into site_name: (an alias of the brand's anchor), as MkDocs reads it.
    settings = read_config(after)
    assert settings["site_name"] == "Sở Thông tin: ASEAN"
    assert settings["extra"]["brand"]["logo"] == site_config()["extra"]["brand"]["logo"]
    assert after.count("!!python/name:") == text.count("!!python/name:") > 0


def test_an_empty_key_filled_in_keeps_its_note(harness: Path, shapes: dict) -> None:
    shape = shapes["kit-exhibition"]
    text = EXHIBITION.replace(
        "    license: 'CC BY 4.0'\n", "    license:   # ask the photographer\n"
    ).replace('    credit: "Nguyễn Văn A"\n', "    credit:\n")
    entry = read(harness, text, shape)
    entry["items"][0]["license"] = "CC BY 4.0"
    entry["items"][0]["credit"] = {"vi": "Nguyễn Văn A", "en": "Nguyen Van A"}
    assert changed_lines(text, save(harness, entry, shape)) == [
        "-    credit:",
        "-    license:   # ask the photographer",
        '+    credit: { vi: "Nguyễn Văn A", en: "Nguyen Van A" }',
        '+    license: "CC BY 4.0"   # ask the photographer',
    ]
