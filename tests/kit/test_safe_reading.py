"""Content files are read by one safe reader (kit.core.yamlfile over kit.core.textfile): a file that
is too big, not UTF-8, nested too deeply, or that uses YAML anchors or repeated keys is refused
with one message naming the file, the line and the fix, whichever part of the kit reads it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import write
from hostile_fixtures import alias_bomb, deep_list
from kit.build import docs_pages as pages
from kit.core import generated, textfile, yamlfile
from kit.core.problems import Problem
from kit.translations import yaml_fields as translation_yaml
from test_translations import check, only, site  # noqa: F401 (the fixture is used by name)

pytestmark = pytest.mark.unit

LANGUAGES = ("vi", "en")


def refusal(path: Path, display: str = "exhibitions/x/exhibition.yml") -> Problem:
    with pytest.raises(yamlfile.YamlError) as raised:
        yamlfile.load(path, display)
    return raised.value.problem


# ── the YAML rules ─────────────────────────────────────────────────────────────────────────────


def test_anchors_and_aliases_are_refused_at_their_line(tmp_path: Path) -> None:
    path = write(tmp_path / "exhibition.yml", "title: {vi: a, en: b}\n" + alias_bomb(3))
    problem = refusal(path)
    assert problem.file == "exhibitions/x/exhibition.yml:2"
    assert "'&' anchors or '*' aliases" in problem.message
    assert "write the text out in full" in problem.fix


def test_a_nine_level_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    path = write(tmp_path / "exhibition.yml", alias_bomb(9))
    started = time.perf_counter()
    problem = refusal(path)
    assert time.perf_counter() - started < 1
    assert "anchors" in problem.message


def test_repeated_key_names_both_lines(tmp_path: Path) -> None:
    text = "title: {vi: a, en: b}\ncaption:\n  vi: Một\n  en: One\n  vi: Hai\n"
    problem = refusal(write(tmp_path / "exhibition.yml", text))
    assert problem.file == "exhibitions/x/exhibition.yml:5"
    assert problem.message == "key 'vi' appears twice, on lines 3 and 5"
    assert problem.fix.startswith("keep one")


def test_repeated_file_key_in_an_item_is_a_repeated_key(tmp_path: Path) -> None:
    text = "items:\n  - file: a.jpg\n    caption: {vi: a, en: b}\n    file: b.jpg\n"
    problem = refusal(write(tmp_path / "exhibition.yml", text))
    assert problem.message == "key 'file' appears twice, on lines 2 and 4"


def test_repeated_key_in_one_flow_mapping(tmp_path: Path) -> None:
    problem = refusal(write(tmp_path / "exhibition.yml", "title: {vi: a, vi: b}\n"))
    assert problem.message == "key 'vi' appears twice, on line 1"


def test_values_nested_too_deeply_are_refused(tmp_path: Path) -> None:
    depth = yamlfile.MAX_YAML_DEPTH + 5
    path = write(tmp_path / "exhibition.yml", "title: " + "[" * depth + "]" * depth + "\n")
    problem = refusal(path)
    assert f"more than {yamlfile.MAX_YAML_DEPTH} levels" in problem.message


def test_an_over_long_text_field_is_refused(tmp_path: Path) -> None:
    text = f"intro:\n  vi: {'chữ ' * (yamlfile.MAX_TEXT_CHARS // 4 + 1)}\n  en: words\n"
    problem = refusal(write(tmp_path / "exhibition.yml", text))
    assert problem.file == "exhibitions/x/exhibition.yml:2"
    assert f"at most {yamlfile.MAX_TEXT_CHARS:,}" in problem.message


def test_a_deep_markdown_list_in_a_text_field_is_refused_at_its_line(tmp_path: Path) -> None:
    text = "intro:\n  vi: |\n" + deep_list(textfile.MAX_NESTING + 5, indent="    ")
    problem = refusal(write(tmp_path / "exhibition.yml", text))
    # The block text starts on line 3; its 21st list line is nested 21 levels deep.
    assert problem.file == f"exhibitions/x/exhibition.yml:{3 + textfile.MAX_NESTING}"
    assert "nested more than" in problem.message


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = write(tmp_path / "exhibition.yml", "title: a\n#" + "x" * textfile.MAX_YAML_BYTES)
    problem = refusal(path)
    assert "a content file may be at most 1.0 MB" in problem.message


def test_the_sites_own_files_follow_the_rules() -> None:
    """The kit's demo content, or a province's own (its site runs these tests too)."""
    from conftest import PROJECT

    files = [
        *PROJECT.glob("exhibitions/*/exhibition.yml"),
        *PROJECT.glob("docs/provinces/*/province.yml"),
        *PROJECT.glob("docs/_data/infographics/*.yml"),
    ]
    assert files  # templates at least
    for path in files:
        yamlfile.load(path, str(path))


# ── encodings ──────────────────────────────────────────────────────────────────────────────────

TITLE = "title: {vi: 'Tiếng Việt', en: 'Vietnamese'}\n"


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (TITLE.encode("utf-16"), "saved as UTF-16"),
        (TITLE.encode("utf-16-le"), "saved as UTF-16"),
        ("a: 1\ntitle: Tiê\u0301ng Viê\u0323t\n".encode("cp1258"), "Windows-1258"),
        ("a: 1\ntitle: Café\n".encode("cp1252"), "Windows-1252"),
    ],
    ids=["utf-16", "utf-16-le", "windows-1258", "windows-1252"],
)
def test_text_that_is_not_utf8_gets_the_save_as_utf8_fix(
    tmp_path: Path, encoded: bytes, expected: str
) -> None:
    path = tmp_path / "exhibition.yml"
    path.write_bytes(encoded)
    problem = refusal(path)
    assert "not UTF-8" in problem.message and expected in problem.message
    assert "save it again as UTF-8" in problem.fix
    [finding] = translation_yaml.check_yaml_file(path, "x.yml", "exhibitions", LANGUAGES)
    assert finding.message.startswith("this file cannot be used")
    assert finding.message.endswith(problem.message)
    assert "save it again as UTF-8" in finding.fix


def test_legacy_encoding_names_the_first_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "exhibition.yml"
    path.write_bytes("a: 1\nb: 2\ntitle: Café\n".encode("cp1252"))
    assert refusal(path).file == "exhibitions/x/exhibition.yml:3"


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "exhibition.yml"
    path.write_bytes(TITLE.encode("utf-8-sig"))
    assert yamlfile.load(path, "x.yml") == {"title": {"vi": "Tiếng Việt", "en": "Vietnamese"}}
    assert translation_yaml.check_yaml_file(path, "x.yml", "infographics", LANGUAGES) == []


# ── Markdown pages ─────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("line", "depth"),
    [
        ("Đoạn văn.", 0),
        ("- mục", 1),
        ("        - mục", 3),
        ("> > trích", 2),
        ("- - - x", 3),
        ("1. một", 1),
        ("\t\t- mục", 3),
        ("---", 0),
        ("> - trong trích dẫn", 2),
    ],
)
def test_nesting_depth_of_a_line(line: str, depth: int) -> None:
    assert textfile.nesting_depth(line) == depth


def problems_of(docs: Path) -> list[str]:
    return [str(problem) for problem in pages.check_docs(docs)]


def test_a_deep_markdown_list_is_refused_at_its_line(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs / "about.vi.md", "---\ntitle: Sâu\n---\n\n" + deep_list(400))
    problems = problems_of(docs)
    assert len(problems) == 1
    assert problems[0].startswith(f"docs/about.vi.md:{5 + textfile.MAX_NESTING}: ")
    assert "nested more than 20 levels" in problems[0]


def test_deep_quotes_and_one_line_lists_are_refused(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs / "a.vi.md", "# Trích\n\n" + "> " * 1000 + "x\n")
    write(docs / "b.vi.md", "- " * 1000 + "x\n")
    assert [problem.split(":")[:2] for problem in problems_of(docs)] == [
        ["docs/a.vi.md", "3"],
        ["docs/b.vi.md", "1"],
    ]


def test_many_markdown_html_blocks_are_refused(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs / "a.vi.md", "# Khối\n\n" + "<div markdown>" * 1000 + "x" + "</div>" * 1000)
    write(docs / "b.vi.md", '# Thẻ\n\n<div class="grid" markdown>\n\n- thẻ\n\n</div>\n' * 50)
    assert [problem.split(":")[:2] for problem in problems_of(docs)] == [["docs/a.vi.md", "3"]]


def test_code_blocks_and_usual_nesting_are_accepted(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    code = "```python\n" + "".join(" " * 4 * level + "x\n" for level in range(40)) + "```\n"
    write(docs / "a.vi.md", "# Mã\n\n" + code + deep_list(4) + "!!! note\n\n    > - trích\n")
    assert problems_of(docs) == []


def test_a_page_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs / "a.vi.md", "# Lớn\n\n" + "chữ " * (textfile.MAX_PAGE_BYTES // 4))
    [problem] = problems_of(docs)
    assert problem.startswith("docs/a.vi.md: the file is 3.0 MB; a content file may be at most")
    assert problem.endswith("or split the content into several pages or files")


def test_a_utf16_page_is_refused_with_the_fix(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "a.vi.md").parent.mkdir(parents=True)
    (docs / "a.vi.md").write_bytes("# Trang\n".encode("utf-16"))
    (docs / "b.vi.md").write_bytes("# Trang có BOM\n".encode("utf-8-sig"))
    assert problems_of(docs) == [
        "docs/a.vi.md: the file is not UTF-8 text (it is saved as UTF-16). "
        f"Fix: {textfile.SAVE_AS_UTF8}"
    ]


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ("title: &t Trang\ndescription: *t\n", "docs/a.vi.md:2: this file uses '&' anchors"),
        ("title: Một\ntitle: Hai\n", "docs/a.vi.md:3: key 'title' appears twice, on lines 2 and 3"),
    ],
    ids=["alias", "repeated-key"],
)
def test_front_matter_follows_the_yaml_rules(
    tmp_path: Path, front_matter: str, expected: str
) -> None:
    docs = tmp_path / "docs"
    write(docs / "a.vi.md", f"---\n{front_matter}---\n\n# Trang\n")
    problems = problems_of(docs)
    assert len(problems) == 1 and problems[0].startswith(expected)


def test_generated_front_matter_writes_shared_values_out(tmp_path: Path) -> None:
    photos = ["a.jpg", "b.jpg"]
    page = generated.markdown_page({"title": "Ảnh", "images": photos, "share": photos}, "# Ảnh")
    assert "&" not in page and "*" not in page
    assert pages.check_front_matter(page, "docs/exhibitions/x/index.vi.md") == []


# ── the translation check, which runs first in `make site` ───────────────────────────────────


def test_translation_check_refuses_an_alias_bomb_in_an_exhibition(site: Path) -> None:  # noqa: F811
    write(site / "exhibitions" / "demo" / "exhibition.yml", alias_bomb(7))
    started = time.perf_counter()
    finding = only(check(site), "unreadable")
    assert time.perf_counter() - started < 5
    assert finding.file == "exhibitions/demo/exhibition.yml" and finding.line == 1
    assert "anchors" in finding.message and "write the text out in full" in finding.fix


def test_translation_check_refuses_pages_it_cannot_read(site: Path) -> None:  # noqa: F811
    (site / "docs" / "about.en.md").write_bytes("# About\n".encode("utf-16"))
    write(site / "docs" / "about.vi.md", "# Giới thiệu\n\n" + deep_list(400))
    report = check(site)
    refused = {(f.file, f.line): f for f in report.findings if f.kind == "unreadable"}
    assert set(refused) == {("docs/about.en.md", None), ("docs/about.vi.md", 23)}
    assert "save it again as UTF-8" in refused["docs/about.en.md", None].fix
    assert "nested more than 20 levels" in refused["docs/about.vi.md", 23].message


def test_mkdocs_yml_keeps_its_anchors_but_an_alias_bomb_is_walked_once(site: Path) -> None:  # noqa: F811
    config = site / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "site_name: Trang thử nghiệm\n", "site_name: &name Trang thử nghiệm\n"
        )
        + "copyright: *name\n"
        + alias_bomb(7).replace("l", "extra_l"),
        encoding="utf-8",
    )
    started = time.perf_counter()
    assert check(site).findings == []
    assert time.perf_counter() - started < 5
