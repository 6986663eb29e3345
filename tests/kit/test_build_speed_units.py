"""Work the build repeats on every page or every rebuild, made cheaper without changing what it
finds: content YAML and front matter read by libyaml (kit.core.yamlfile._FastLoader) with exactly
the values, lines, refusals and messages of the reference Python loader; conflict markers looked
for again only in changed files; links found from the directory listing. Speed itself is
measured by scripts/dev/bench_build.py."""

from __future__ import annotations

import os
import random
import re
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import write
from hostile_fixtures import alias_bomb, deep_list
from kit.core import textfile, yamlfile
from kit.core.languages import format_date
from kit.core.slugs import fold
from kit.opendata import feeds
from kit.quality.conflict_markers import check_sources
from kit.quality.source_links import find_links

pytestmark = pytest.mark.unit

PROJECT = Path(__file__).resolve().parents[2]

TEXTS = {
    "mapping": "title: {vi: Tiếng Việt, en: Vietnamese}\ndate: 1995-07-28\ncount: 3\n",
    "block texts": "intro: |\n  Dòng một\n  dòng hai\nnote: >\n  gấp\n  lại\nplain: chữ\n",
    "quoted": "a: 'một'\nb: \"hai\\tba\"\nc: ~\nd: yes\ne: 1.5\nf: 0o17\n",
    "lists": "items:\n  - file: a.jpg\n    caption: {vi: a, en: b}\n  - [1, 2, {x: y}]\n",
    "empty": "",
    "comment only": "# nothing here\n",
    "bom": "\ufefftitle: x\n",
    "anchors": "title: {vi: a, en: b}\n" + alias_bomb(3),
    "alias only": "a: &x 1\nb: *x\n",
    "repeated key": "title: a\nbody: b\ntitle: c\n",
    "repeated key, same line": "{a: 1, a: 2}\n",
    "deep": deep_list(yamlfile.MAX_YAML_DEPTH + 5),
    "long text": f"intro:\n  vi: {'chữ ' * (yamlfile.MAX_TEXT_CHARS // 4 + 1)}\n",
    "deep Markdown": "intro: " + "> " * 60 + "x\n",
    "syntax error": "title: a\n  bad: indent\n",
    "unclosed quote": 'title: "abc\n',
    "tab indent": "a:\n\tb: 1\n",
    "control character": "title: a\x07b\n",
    "colon in plain scalar": "title: Hội nghị: ngày 1\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "python tag": "a: !!python/object:os.system echo\n",
    "list at top": "- a\n- b\n",
    "syntax error after a refusal": "a: &x 1\nb: [\n",
}


def outcome(text: str, fast: bool, nodes: bool = False) -> tuple[Any, ...]:
    """What parse answers (values with their lines, or the error and its problem)."""
    saved = yamlfile._WITH_LIBYAML
    yamlfile._WITH_LIBYAML = fast and saved
    try:
        value = yamlfile.parse(text, "docs/page.vi.md", first_line=2, nodes=nodes)
    except yamlfile.YamlError as error:
        return ("refused", str(error.problem))
    except yaml.YAMLError as error:  # what textfile's reader stops first (control characters)
        return ("error", type(error).__name__, str(error))
    finally:
        yamlfile._WITH_LIBYAML = saved
    if nodes:
        return ("nodes", _nodes(value))
    return ("values", _values(value))


def _values(value: Any) -> Any:
    if isinstance(value, dict):
        lines = (value.line, dict(value.key_lines))
        return (type(value).__name__, lines, [(k, _values(v)) for k, v in value.items()])
    if isinstance(value, list):
        return (type(value).__name__, value.line, [_values(v) for v in value])
    return (type(value).__name__, value)


def _nodes(node: yaml.Node | None) -> Any:
    if node is None:
        return None
    where = (node.start_mark.line, node.start_mark.column, node.end_mark.line, node.tag)
    if isinstance(node, yaml.ScalarNode):
        return (where, node.value, node.style)
    if isinstance(node, yaml.MappingNode):
        return (where, [(_nodes(k), _nodes(v)) for k, v in node.value])
    return (where, [_nodes(child) for child in node.value])


def test_libyaml_is_used_when_pyyaml_has_it(monkeypatch: pytest.MonkeyPatch) -> None:
    if not yaml.__with_libyaml__:
        pytest.skip("this PyYAML was built without libyaml")
    used = []
    original = yamlfile._FastLoader.__init__

    def spy(self: Any, *args: Any, **kwargs: Any) -> None:
        used.append(args[0])
        original(self, *args, **kwargs)

    monkeypatch.setattr(yamlfile._FastLoader, "__init__", spy)
    assert yamlfile.parse("title: x\n", "x.yml") == {"title": "x"}
    assert used == ["title: x\n"]


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_both_loaders_give_the_same_answer(name: str) -> None:
    text = TEXTS[name]
    assert outcome(text, fast=True) == outcome(text, fast=False)
    assert outcome(text, fast=True, nodes=True) == outcome(text, fast=False, nodes=True)


def test_plain_scalars_have_no_style_as_with_pyyaml() -> None:
    node = yamlfile.parse("a: b\nc: |\n  d\n", "x.yml", nodes=True)
    assert [value.style for _, value in node.value] == [None, "|"]


def test_every_yaml_file_and_front_matter_of_the_demo_reads_alike() -> None:
    texts = [path.read_text("utf-8") for path in sorted(PROJECT.glob("exhibitions/*/*.yml"))]
    texts += [path.read_text("utf-8") for path in sorted(PROJECT.glob("docs/**/*.yml"))]
    for page in sorted(PROJECT.glob("docs/**/*.md")):
        text = page.read_text("utf-8")
        if text.startswith("---\n"):
            texts.append(text.split("---\n")[1])
    assert len(texts) > 20
    for text in texts:
        assert outcome(text, fast=True) == outcome(text, fast=False)


# ── conflict markers, links, dates, feeds ──────────────────────────────────────────────────


def test_conflict_markers_are_found_again_after_each_edit(tmp_path: Path) -> None:
    page = write(tmp_path / "docs" / "a.vi.md", "# A\n")
    assert check_sources(tmp_path) == []
    write(page, "# A\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> other\n")
    found = check_sources(tmp_path)
    assert [problem.file for problem in found] == ["docs/a.vi.md:2"]
    assert check_sources(tmp_path) == found  # asked again: the same answer
    write(page, "# A\ny\n")
    later = time.time_ns() + 10**9  # a clock that did not move would keep the old answer
    os.utime(page, ns=(later, later))
    assert check_sources(tmp_path) == []


def test_conflict_markers_are_not_read_again_from_unchanged_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "docs" / "a.vi.md", "# A\n")
    check_sources(tmp_path)
    opened: list[Path] = []
    original = Path.read_bytes

    def spy(self: Path) -> bytes:
        opened.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    check_sources(tmp_path)
    assert opened == []


def test_links_are_found_folder_by_folder_in_name_order_without_following_them(
    tmp_path: Path,
) -> None:
    docs = tmp_path / "docs"
    outside = write(tmp_path / "outside" / "secret.txt", "x")
    (docs / "b" / "inner").mkdir(parents=True)
    write(docs / "a.vi.md", "# A\n")
    (docs / "z-link.md").symlink_to(outside)
    (docs / "b" / "c-link").symlink_to(outside.parent, target_is_directory=True)
    (docs / "b" / "inner" / "d-link.jpg").symlink_to(outside)
    (docs / "a-folder-link").symlink_to(tmp_path / "outside", target_is_directory=True)
    found = [problem.file for problem in find_links(tmp_path, [docs])]
    assert found == [
        "docs/a-folder-link",
        "docs/z-link.md",
        "docs/b/c-link",
        "docs/b/inner/d-link.jpg",
    ]


def test_dates_are_formatted_the_same_when_asked_again() -> None:
    first = [format_date("1995-07-28", "vi"), format_date("1995-07-28", "en")]
    assert first == ["28 tháng 7, 1995", "28 July 1995"]
    assert [format_date("1995-07-28", "vi"), format_date("1995-07-28", "en")] == first
    assert format_date("1995-07", "en") == "July 1995"
    assert format_date("", "vi") == ""


def test_pages_of_generated_folders_stay_out_of_the_feed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    generated = {docs / "quiz", docs / "discover"}
    kind = feeds.page_kind_and_sources
    assert kind("quiz/a/index.vi.md", {}, docs, [], [], generated) is None
    assert kind("quiz.vi.md", {}, docs, [], [], generated) == ("page", (docs / "quiz.vi.md",))
    assert kind("quizzes/a.vi.md", {}, docs, [], [], generated) == (
        "page",
        (docs / "quizzes/a.vi.md",),
    )


def test_the_quick_nesting_check_finds_what_the_full_one_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """textfile.too_deep passes texts without a long line start at once; on texts made of
    every kind of nesting it answers as the line-by-line check does."""
    rng = random.Random(7)
    pieces = [" ", "    ", "\t", ">", "> ", "- ", "* ", "+ ", "1. ", "12) ", "-", "a", "\n"]
    texts = ["".join(rng.choices(pieces, k=rng.randint(10, 120))) for _ in range(1500)]
    texts += ["<div markdown>\n" * 101, "<DIV MARKDOWN>x</DIV>\n" * 101, deep_list(25, step="\t")]
    quick = [textfile.too_deep(text, "x") for text in texts]
    every_line = re.compile("(?s).?")
    monkeypatch.setattr(textfile, "_MAYBE_DEEP", every_line)
    monkeypatch.setattr(textfile, "_MAYBE_BLOCK", every_line)
    full = [textfile.too_deep(text, "x") for text in texts]
    assert [str(p) if p else None for p in quick] == [str(p) if p else None for p in full]
    assert sum(p is not None for p in full) > 40  # the texts do reach the limits


def test_folding_drops_the_same_marks_as_character_by_character() -> None:
    def reference(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
        return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()

    # Every character of the scripts with marks (Latin, Greek, Cyrillic, ..., CJK symbols).
    text = "".join(chr(c) for c in range(0x3100) if not 0xD800 <= c <= 0xDFFF)
    assert fold(text) == reference(text)
    for text in ["Chào mừng đến Huế", "ĐÀ NẴNG", "Hà Nội", "plain", ""]:
        assert fold(text) == reference(text)
    assert fold("Chào mừng đến Huế") == "chao mung den hue"


def test_a_failed_preview_rebuild_forgets_the_share_pictures_it_did_not_draw(
    tmp_path: Path,
) -> None:
    """`make serve`: a rebuild that fails (a page saved again while it was being built) must
    not leave the next rebuilds looking for share pictures that were never drawn."""
    from kit.build import page_context as context_of
    from kit.media import share_cards
    from kit.plugin.plugin import CampaignPlugin, SiteState

    plugin = CampaignPlugin()
    plugin.site = SiteState(tmp_path)
    drawn = share_cards.Card.of("Giới thiệu chiến dịch", "Chiến dịch", {"primary": "#0b3a75"})
    missing = share_cards.Card.of("Giới thiệu", "Chiến dịch", {"primary": "#0b3a75"})
    write(tmp_path / context_of.SHARE_CACHE / drawn.name, "jpeg")
    plugin.site.share_cards = {drawn.name: drawn, missing.name: missing}
    plugin.site.drawers["vi"] = share_cards.CardDrawer(tmp_path / context_of.SHARE_CACHE)
    plugin.site.drawers["vi"].add(missing)
    plugin.on_build_error(error=TypeError("argument of type 'NoneType' is not iterable"))
    assert plugin.site.share_cards == {drawn.name: drawn}
    assert plugin.site.drawers == {}
