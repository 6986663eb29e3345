"""The web editor's set-up (kit/editor), without a browser: its settings in mkdocs.yml, the
configuration made from the content schemas, the copy of Sveltia CMS that asks no other
server, and the menu entry a page written in the editor gets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from conftest import PROJECT, write
from kit import schemas
from kit.build import menu
from kit.core.languages import KIT_LANGUAGES
from kit.editor import config as editor_config
from kit.editor import fields, publish
from kit.editor.settings import EditorSettings, read
from kit.hosting.csp import admin_policy

pytestmark = pytest.mark.unit

GITHUB = EditorSettings("github", "so-ttt/asean-site", "main")


def test_settings_switch_the_editor_on_and_name_the_repository() -> None:
    assert read({"kit": {"messages": "vi"}}) == (None, [])
    settings, problems = read(
        {"kit": {"editor": {"backend": "gitlab", "repo": "so/asean", "app_id": "abc"}}}
    )
    assert problems == []
    assert settings == EditorSettings("gitlab", "so/asean", "main", "", "abc")
    assert settings.origins == ["https://gitlab.com", "https://secure.gravatar.com"]


def test_wrong_settings_say_what_to_write() -> None:
    settings, problems = read(
        {"kit": {"editor": {"backend": "bitbucket", "repo": "x", "branche": "main"}}}
    )
    assert settings is None
    text = "\n".join(str(problem) for problem in problems)
    assert "mkdocs.yml (extra: kit: editor:)" in text
    assert "branche" in text and "bitbucket" in text and "repo 'x'" in text


def all_keys(entries: list[dict]) -> set[str]:
    found = set()
    for entry in entries:
        found.add(entry["name"])
        for child in entry.get("fields", []) + entry.get("types", []):
            found |= {f"{entry['name']}.{key}" for key in all_keys([child])}
    return found


@pytest.mark.parametrize("kind", ["exhibition", "province", "infographic"])
def test_every_key_of_a_content_file_has_a_field(kind: str) -> None:
    form = fields.content_fields(kind, KIT_LANGUAGES.codes)
    assert [entry["name"] for entry in form] == list(schemas.keys(kind))
    required = set(schemas.required(kind))
    assert {entry["name"] for entry in form if entry["required"]} == required


def test_an_exhibition_item_has_its_photo_and_both_languages_side_by_side() -> None:
    form = {entry["name"]: entry for entry in fields.content_fields("exhibition")}
    item = {entry["name"]: entry for entry in form["items"]["fields"]}
    assert list(item) == list(schemas.keys("exhibition", "items", "[]"))
    assert item["file"]["widget"] == "image" and ".jpg" in item["file"]["accept"]
    for key in ("caption", "alt", "place", "credit"):
        assert item[key]["widget"] == "object"
        assert [box["name"] for box in item[key]["fields"]] == ["vi", "en"]
    assert item["date"]["pattern"][0] == r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
    assert form["layout"]["options"][0]["value"] == "timeline"
    assert form["intro"]["fields"][0]["widget"] == "text"  # Markdown: several lines


def test_infographic_blocks_are_chosen_by_type() -> None:
    blocks = {entry["name"]: entry for entry in fields.content_fields("infographic")}["blocks"]
    assert blocks["typeKey"] == "type"
    assert [kind["name"] for kind in blocks["types"]] == [
        "figures",
        "bar",
        "column",
        "timeline",
        "comparison",
        "members",
    ]


def test_configuration_is_made_from_the_project(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    for page in ("index", "about", "news/index", "news/first", "provinces/index"):
        for code in KIT_LANGUAGES.codes:
            write(docs / f"{page}.{code}.md", f"---\ntitle: {page} {code}\n---\n")
    write(docs / "provinces" / "hue" / "province.yml", "name: {vi: Huế, en: Hue}\n")
    write(docs / "provinces" / "hue" / "index.vi.md", "Huế\n")
    write(docs / "exhibitions" / ".generated", "")
    write(docs / "exhibitions" / "index.vi.md", "generated\n")
    # A folder the build writes, marked at its top only (tag pages: discover/<tag>/).
    write(docs / "discover" / ".generated", "")
    write(docs / "discover" / "1995" / "index.vi.md", "generated\n")
    config = editor_config.editor_config(
        GITHUB, KIT_LANGUAGES, tmp_path, docs, "https://example.gov.vn/asean/", "Site", "logo.svg"
    )
    assert config["backend"] == {"name": "github", "repo": "so-ttt/asean-site", "branch": "main"}
    assert config["i18n"] == {
        "structure": "multiple_files",
        "locales": ["vi", "en"],
        "default_locale": "vi",
    }
    assert config["logo_url"] == "/asean/logo.svg"
    folders = {c["name"]: c.get("folder") or c["files"][0]["file"] for c in config["collections"]}
    assert folders == {
        "pages": "docs",
        "pages-news": "docs/news",
        "pages-provinces": "docs/provinces",
        "exhibitions": "exhibitions",
        "infographics": "docs/_data/infographics",
        "provinces": "docs/provinces",
        "province-texts": "docs/provinces",
        "brand": "mkdocs.yml",  # the brand block only (kit-brand)
    }
    news = next(c for c in config["collections"] if c["name"] == "pages-news")
    assert news["label"] == "Trang · Pages: news/index vi · news/index en"
    assert "(/asean/en/translation-status/)" in news["description"]
    exhibitions = next(c for c in config["collections"] if c["name"] == "exhibitions")
    assert exhibitions["path"] == "{{slug}}/exhibition" and exhibitions["media_folder"] == ""
    text = editor_config.config_text(config)
    assert "&id" not in text and "*id" not in text  # no YAML anchors
    assert yaml.safe_load(text) == config
    # The YAML files are read and written by the kit's own format (kit-yaml.js), which knows
    # where a text may be written once for both languages; Sveltia sees no mark of it.
    formats = {c["name"]: c.get("format") for c in config["collections"]}
    assert formats["exhibitions"] == "kit-exhibition"
    assert formats["infographics"] == "kit-infographic"
    assert formats["provinces"] == "kit-province"
    assert fields.EITHER not in text


def test_file_formats_know_where_a_text_may_be_written_once() -> None:
    shapes = editor_config.format_shapes(PROJECT, PROJECT / "docs", KIT_LANGUAGES)
    assert set(shapes) == {"kit-exhibition", "kit-infographic", "kit-province", "kit-brand"}
    exhibition = shapes["kit-exhibition"]
    assert exhibition["codes"] == ["vi", "en"]
    assert ["items", "*", "credit"] in exhibition["either"]
    assert ["items", "*", "place"] in exhibition["either"]
    assert ["items", "*", "caption"] not in exhibition["either"]  # always in both languages
    assert ["items", "*", "caption"] in exhibition["declared"]
    assert ["items", "*", "caption", "en"] in exhibition["declared"]
    assert exhibition["header"] == (
        "# yaml-language-server: $schema=../../scripts/kit/schemas/exhibition.schema.json\n"
    )
    assert shapes["kit-infographic"]["header"].endswith(
        "$schema=../../../scripts/kit/schemas/infographic.schema.json\n"
    )
    assert shapes["kit-infographic"]["either"]  # numbers and years written once
    brand = shapes["kit-brand"]
    assert brand["root"] == ["extra", "brand"] and brand["keepKeys"] is True
    assert ["site_name", "vi"] in brand["declared"] and ["colors", "primary"] in brand["declared"]


def test_the_demo_site_has_the_editor_off() -> None:
    """`make site` on the demo needs no npm: the editor is switched on by hand (README)."""
    from conftest import site_config

    settings, problems = read(site_config()["extra"])
    assert settings is None and problems == []


def test_the_editor_is_published_with_its_file_format(tmp_path: Path) -> None:
    root = publish.find_package(PROJECT)
    if root is None:
        pytest.skip("run 'npm ci': Sveltia CMS and the yaml package are not installed")
    shapes = editor_config.format_shapes(PROJECT, PROJECT / "docs", KIT_LANGUAGES)
    admin = publish.publish(tmp_path, root, "backend: {}\n", "vi", "Site", "", shapes)
    page = (admin / "index.html").read_text(encoding="utf-8")
    scripts = [line for line in page.splitlines() if "<script" in line]
    # Sveltia waits (kit-manual-init.js) until the formats are registered (kit-editor.js).
    assert scripts[0] == '<script src="kit-manual-init.js"></script>'
    assert scripts[1].startswith('<script src="sveltia-cms.')
    assert scripts[2] == '<script type="module" src="kit-editor.js"></script>'
    for name in ("kit-editor.js", "kit-yaml.js", "yaml/index.js", "yaml/dist/index.js"):
        assert (admin / name).is_file(), name
    formats = (admin / "kit-formats.js").read_text(encoding="utf-8")
    assert formats.startswith("// Written by the build")
    assert '"kit-exhibition"' in formats


def test_editor_policy_names_only_what_the_editor_needs() -> None:
    policy = admin_policy(GITHUB.origins)
    assert "script-src 'self';" in policy
    assert "unsafe-eval" not in policy
    assert "connect-src 'self' blob: data: https://api.github.com" in policy
    assert "frame-ancestors 'none'" in policy


def test_pages_missing_from_the_menu_join_their_folder() -> None:
    nav = [{"Home": "index.md"}, {"News": ["news/index.md", "news/first.md"]}]
    added = menu.add_unlisted_pages(nav, ["index.md", "news/second.md", "day.md"])
    assert added == ["day.md", "news/second.md"]
    assert nav == [
        {"Home": "index.md"},
        {"News": ["news/index.md", "news/first.md", "news/second.md"]},
        "day.md",
    ]


SVELTIA = PROJECT / publish.SCRIPT


@pytest.mark.skipif(
    not SVELTIA.is_file() and not os.environ.get("CI"), reason="npm ci has not run here"
)
def test_the_copy_of_sveltia_asks_no_other_server() -> None:
    script = publish.patched_script(SVELTIA.read_text(encoding="utf-8"))
    for host in ("cdn.jsdelivr.net", "githubstatus.com/api", "status-api.hostedstatus.com"):
        assert host not in script
    assert "`https://unpkg.com/@sveltia/cms`" not in script
    for package, font in publish.FONTS:
        assert (PROJECT / "node_modules" / package / "files" / font).is_file()
        assert f"fonts/{font}" in script


def test_a_changed_sveltia_is_refused_with_the_fix() -> None:
    with pytest.raises(publish.EditorPackageError, match="npm ci"):
        publish.patched_script("nothing the kit knows")


def test_server_config_gives_the_editor_its_own_policy(tmp_path: Path) -> None:
    import make_server_config

    config = write(
        tmp_path / "mkdocs.yml",
        "site_url: https://example.gov.vn/asean/\n"
        "extra:\n  kit:\n    editor: {backend: github, repo: so/asean, branch: main}\n",
    )
    write(tmp_path / "site" / "index.html", "<!doctype html>")
    write(tmp_path / "site" / "admin" / "index.html", "<!doctype html>")
    output = tmp_path / "asean.conf"
    assert (
        make_server_config.main(
            ["--config", str(config), "--site-dir", str(tmp_path / "site"), "--output", str(output)]
        )
        == 0
    )
    text = output.read_text(encoding="utf-8")
    assert "location ^~ /asean/admin/ {" in text
    assert admin_policy(GITHUB.origins) in text
    assert 'X-Robots-Tag "noindex, nofollow"' in text


def test_a_table_of_contents_label_without_its_switch_loses_the_broken_reference() -> None:
    # The guide became a menu section (its index page and the editing guide): Material then
    # writes a label for a __toc switch that the index page does not have.
    from kit.hosting.html_fixes import valid_html

    label = '<label class="md-nav__title" for="__toc">Contents</label>'
    assert valid_html(label) == '<div class="md-nav__title">Contents</div>'
    with_switch = f'<input class="md-toggle" type="checkbox" id="__toc">{label}'
    assert valid_html(with_switch) == with_switch
