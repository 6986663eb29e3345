"""The JSON Schemas of the content files (scripts/kit/schemas/): every content file the kit
ships or writes points at its schema and is valid against it (checked with a real JSON Schema
validator, as VS Code's YAML extension does), the loaders and the translation check take their
keys from the same schemas, and every title and description is in both languages."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import PROJECT, write
from jsonschema import Draft7Validator
from kit import schemas
from kit.build import siteconfig
from kit.core import yamlfile
from kit.core.asean_members import MEMBERS
from kit.exhibitions import content as exhibitions
from kit.infographics import content as infographics
from kit.provinces import content as provinces
from kit.sites import sitekit
from kit.translations import yaml_fields as translation_yaml
from kit.translations.check import check_project
from new_province import render
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

pytestmark = pytest.mark.unit

REGISTRY = Registry().with_resources(
    (path.name, Resource.from_contents(json.loads(path.read_text("utf-8")), DRAFT7))
    for path in schemas.FOLDER.glob("*.schema.json")
)
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")

# Every content file of the kit, with the kind of its schema.
CONTENT_FILES = [
    *[(path, "exhibition") for path in sorted(PROJECT.glob("exhibitions/*/exhibition.yml"))],
    *[(path, "province") for path in sorted(PROJECT.glob("docs/provinces/*/province.yml"))],
    *[(path, "infographic") for path in sorted(PROJECT.glob("docs/_data/infographics/*.yml"))],
    *[(path, "quiz") for path in sorted(PROJECT.glob("docs/_data/quizzes/*.yml"))],
    *[(path, "tags") for path in sorted(PROJECT.glob("docs/_data/tags.yml"))],
    (PROJECT / "mkdocs.yml", "brand"),
]
# Files copied elsewhere by new_site.py: their schema line is right where they are copied to.
STARTER_EXHIBITION = PROJECT / "scripts/templates/starter/exhibitions/trien-lam-mau/exhibition.yml"


def validator(kind: str) -> Draft7Validator:
    return Draft7Validator(schemas.schema(kind), registry=REGISTRY)


def errors(kind: str, values: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator(kind).iter_errors(values)
    ]


def read(path: Path, kind: str) -> Any:
    if kind == "brand":
        return siteconfig.read_config(path.read_text(encoding="utf-8"))
    return yamlfile.load(path, path.name)


def schema_target(path: Path, folder: Path) -> Path:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = SCHEMA_LINE.match(first)
    assert match, f"{path}: the first line does not point at a schema: {first!r}"
    return (folder / match.group(1)).resolve()


# ── the schemas themselves ───────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("path", sorted(schemas.FOLDER.glob("*.schema.json")), ids=lambda p: p.name)
def test_schemas_are_valid_draft_07(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(document)
    assert document["$schema"] == "http://json-schema.org/draft-07/schema#"


def _texts(node: Any, where: str = "") -> list[tuple[str, str]]:
    """(place, text) of every title and description in a schema."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("title", "description") and isinstance(value, str):
                found.append((f"{where}/{key}", value))
            elif key != "properties" or not isinstance(value, dict):
                found += _texts(value, f"{where}/{key}")
            else:  # property names such as "title" are not texts
                for name, child in value.items():
                    found += _texts(child, f"{where}/properties/{name}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _texts(value, f"{where}/{index}")
    return found


@pytest.mark.parametrize("path", sorted(schemas.FOLDER.glob("*.schema.json")), ids=lambda p: p.name)
def test_every_title_and_description_is_in_both_languages(path: Path) -> None:
    texts = _texts(json.loads(path.read_text(encoding="utf-8")))
    assert texts
    for where, text in texts:
        vietnamese, separator, english = text.partition(" — ")
        assert separator and vietnamese.strip() and english.strip(), f"{where}: {text!r}"


def _properties(node: Any, where: str = "") -> list[tuple[str, dict]]:
    found = []
    if isinstance(node, dict):
        for name, child in (node.get("properties") or {}).items():
            found.append((f"{where}/{name}", child))
        for key, value in node.items():
            if key != "properties":
                found += _properties(value, f"{where}/{key}")
        for name, child in (node.get("properties") or {}).items():
            found += _properties(child, f"{where}/{name}")
    elif isinstance(node, list):
        for value in node:
            found += _properties(value, where)
    return found


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_every_key_is_described_for_the_editor(kind: str) -> None:
    """The YAML extension shows a key's description while typing it: none may be bare."""
    for where, child in _properties(schemas.schema(kind)):
        if where == "/extra":
            continue  # mkdocs.yml's own key: only its 'brand:' block is the kit's
        assert child.get("description"), f"{kind}{where} has no description"


# ── content files point at their schema and are valid ────────────────────────────────────────


@pytest.mark.parametrize(
    ("path", "kind"),
    CONTENT_FILES,
    ids=lambda v: v.relative_to(PROJECT).as_posix() if isinstance(v, Path) else v,
)
def test_content_file_points_at_its_schema_and_is_valid(path: Path, kind: str) -> None:
    assert schema_target(path, path.parent) == schemas.schema_file(kind)
    assert errors(kind, read(path, kind)) == []


def test_starter_exhibition_points_at_the_schema_from_where_new_site_copies_it(
    tmp_path: Path,
) -> None:
    copied = tmp_path / "exhibitions" / "trien-lam-mau" / "exhibition.yml"
    write(copied, STARTER_EXHIBITION.read_text(encoding="utf-8"))
    for part in (
        "scripts/kit/schemas/exhibition.schema.json",
        "scripts/kit/schemas/common.schema.json",
    ):
        write(tmp_path / part, (PROJECT / part).read_text(encoding="utf-8"))
    assert (
        schema_target(copied, copied.parent)
        == (tmp_path / schemas.schema_file("exhibition").relative_to(PROJECT)).resolve()
    )
    assert errors("exhibition", read(STARTER_EXHIBITION, "exhibition")) == []


def test_new_province_writes_the_schema_line_and_a_structurally_valid_file(tmp_path: Path) -> None:
    files = render("Lạng Sơn", "Lang Son", "lang-son", "trung-du-mien-nui-phia-bac", "province")
    written = tmp_path / "docs" / "provinces" / "lang-son" / "province.yml"
    write(written, files["province.yml"])
    assert (
        schema_target(written, written.parent)
        == (tmp_path / "scripts/kit/schemas/province.schema.json").resolve()
    )
    assert files["province.yml"].startswith(schemas.schema_line("province", written, tmp_path))
    # the TODO values are placeholders: allowed by the schema, reported by the translation check
    assert errors("province", read(written, "province")) == []
    # without a region chosen, new_province writes a TODO in its place
    files = render("Lạng Sơn", "", "lang-son", '"TODO: chọn vùng"', "province")
    write(written, files["province.yml"])
    assert errors("province", read(written, "province")) == []


def test_schema_line_is_relative_to_the_file_folder(tmp_path: Path) -> None:
    line = schemas.schema_line("exhibition", tmp_path / "exhibitions/x/exhibition.yml", tmp_path)
    assert (
        line == "# yaml-language-server: $schema=../../scripts/kit/schemas/exhibition.schema.json"
    )
    line = schemas.schema_line("brand", tmp_path / "mkdocs.yml", tmp_path)
    assert line == "# yaml-language-server: $schema=scripts/kit/schemas/brand.schema.json"


# ── the validator underlines what the loaders refuse ─────────────────────────────────────────


EXHIBITION = {
    "title": {"vi": "Triển lãm", "en": "Exhibition"},
    "intro": {"vi": "Giới thiệu", "en": "Introduction"},
    "layout": "timeline",
    "items": [
        {
            "file": "a.jpg",
            "caption": {"vi": "Ảnh", "en": "Photo"},
            "alt": {"vi": "Ảnh", "en": "Photo"},
            "date": "1995-07-28",
        }
    ],
}


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda e: e.update(tittle=e.pop("title")), ""),  # a typo in a key
        (lambda e: e["title"].pop("en"), "title"),  # one language missing
        (lambda e: e.update(layout="gallery"), "layout"),  # not one of the layouts
        (lambda e: e["items"][0].update(date="28/07/1995"), "items/0/date"),
        (lambda e: e["items"][0].pop("file"), "items/0"),  # neither file nor youtube
        (lambda e: e["items"][0].update(file="photos/a.jpg"), "items/0/file"),
        (lambda e: e["items"][0].update(captoin="x"), "items/0"),
    ],
)
def test_validator_underlines_a_mistake(change: Any, where: str) -> None:
    exhibition = json.loads(json.dumps(EXHIBITION))
    assert errors("exhibition", exhibition) == []
    change(exhibition)
    found = errors("exhibition", exhibition)
    assert found and any(error.startswith(f"{where}:") for error in found), found


def test_validator_underlines_an_unknown_block_type_and_a_typo_in_the_brand() -> None:
    infographic = read(PROJECT / "docs/_data/infographics/_template.yml", "infographic")
    infographic["blocks"][0]["type"] = "colum"
    assert errors("infographic", infographic)
    config = read(PROJECT / "mkdocs.yml", "brand")
    config["extra"]["brand"]["agnecy"] = config["extra"]["brand"].pop("agency")
    assert errors("brand", config)


# ── described once: the loaders and the translation check read the schemas ──────────────────


def test_loaders_keys_are_the_schemas_keys() -> None:
    assert set(exhibitions.EXHIBITION_KEYS) == set(schemas.schema("exhibition")["properties"])
    definitions = schemas.schema("exhibition")["definitions"]
    assert set(exhibitions.ITEM_KEYS) == set(definitions["item"]["properties"])
    assert set(exhibitions.SECTION_KEYS) == set(definitions["section"]["properties"])
    assert exhibitions.LAYOUTS == ("timeline", "themes")

    province = schemas.schema("province")
    assert set(provinces.PROVINCE_KEYS) == set(province["properties"])
    assert set(provinces.POPULATION_KEYS) == set(province["properties"]["population"]["properties"])
    for keys, name in [
        (provinces.PROJECT_KEYS, "project"),
        (provinces.CONTACT_KEYS, "contact"),
        (provinces.DESTINATION_KEYS, "destination"),
        (provinces.ENTRY_KEYS, "entry"),
        (provinces.SOURCE_KEYS, "source"),
    ]:
        assert set(keys) == set(province["definitions"][name]["properties"]), name

    infographic = schemas.schema("infographic")["definitions"]
    assert set(infographics.INFOGRAPHIC_KEYS) == set(schemas.schema("infographic")["properties"])
    assert set(infographics.BLOCK_TYPES) == {
        "figures",
        "bar",
        "column",
        "timeline",
        "comparison",
        "members",
    }
    for kind, keys in infographics.BLOCK_KEYS.items():
        assert set(keys) == set(infographic[f"block-{kind}"]["properties"]), kind
    for keys, name in [
        (infographics.FIGURE_KEYS, "figure"),
        (infographics.CHART_ITEM_KEYS, "chartItem"),
        (infographics.ROW_KEYS, "row"),
        (infographics.VALUE_KEYS, "value"),
        (infographics.EVENT_KEYS, "event"),
        (infographics.SOURCE_KEYS, "source"),
    ]:
        assert set(keys) == set(infographic[name]["properties"]), name

    brand = schemas.schema("brand")["definitions"]["brand"]
    assert set(siteconfig.REQUIRED_BRAND_KEYS) == set(brand["required"])
    assert siteconfig.BILINGUAL_BRAND_KEYS == translation_yaml.BRAND_KEYS
    assert set(siteconfig.BILINGUAL_BRAND_KEYS) == {"site_name", "description", "agency", "address"}


def test_choices_with_names_in_python_match_the_schema() -> None:
    """Regions, statuses and ASEAN members have their display names in Python; the schema
    lists the same codes (and the English region names the loader also accepts)."""
    region = schemas.node("province", "region")["anyOf"]
    assert tuple(region[0]["enum"]) == tuple(provinces.REGIONS)
    assert set(region[1]["enum"]) == set(provinces._REGION_ALIASES)
    assert schemas.choices("province", "status") == tuple(provinces.STATUSES)
    members = schemas.node("infographic", "#block-members", "members", "[]")["enum"]
    assert members == [member.code for member in MEMBERS]


def test_bilingual_fields_come_from_the_schema() -> None:
    assert schemas.required_bilingual("exhibition") == ("title", "intro")
    assert schemas.required_bilingual("exhibition", "items", "[]") == ("caption", "alt")
    assert "place" not in schemas.bilingual_fields("exhibition", "items", "[]")  # a name is fine
    assert schemas.required_bilingual("province") == ("name", "summary")


def test_translation_check_requires_the_schemas_bilingual_fields_of_a_province(
    tmp_path: Path,
) -> None:
    for name in ("mkdocs.yml", "docs/index.vi.md", "docs/index.en.md"):
        write(tmp_path / name, (PROJECT / name).read_text(encoding="utf-8"))
    files = render("Lạng Sơn", "Lang Son", "lang-son", "trung-du-mien-nui-phia-bac", "province")
    summary = re.search(r"(?m)^summary:.*\n(?:  .*\n)+", files["province.yml"])
    assert summary
    files["province.yml"] = files["province.yml"].replace(summary.group(), 'summary: "Xứ Lạng"\n')
    for name, text in files.items():
        write(tmp_path / "docs/provinces/lang-son" / name, text)
    report = check_project(tmp_path, git=False)
    found = [
        (f.kind, f.section, f.line)
        for f in report.findings
        if f.file.endswith("province.yml") and f.kind == "missing-field"
    ]
    line = files["province.yml"].splitlines().index('summary: "Xứ Lạng"') + 1
    assert found == [("missing-field", "provinces", line)]


def test_translation_check_requires_the_bilingual_title_of_each_infographic_block(
    tmp_path: Path,
) -> None:
    for name in ("mkdocs.yml", "docs/index.vi.md", "docs/index.en.md"):
        write(tmp_path / name, (PROJECT / name).read_text(encoding="utf-8"))
    text = (PROJECT / "docs/_data/infographics/_template.yml").read_text(encoding="utf-8")
    bar_title = '    title: {vi: "Tên biểu đồ", en: "Chart title"}\n'
    assert bar_title in text
    write(
        tmp_path / "docs/_data/infographics/thu.yml",
        text.replace(bar_title, '    title: "Tên biểu đồ"\n'),
    )
    found = [
        (f.kind, f.line)
        for f in check_project(tmp_path, git=False).findings
        if f.file.endswith("thu.yml") and f.kind == "missing-field"
    ]
    line = text.splitlines().index(bar_title.rstrip("\n")) + 1
    assert found == [("missing-field", line)]


def test_a_new_province_site_has_the_schemas_and_every_content_file_points_at_them() -> None:
    answers = sitekit.check_answers(
        sitekit.Answers("Lào Cai – ASEAN", "Lào Cai and ASEAN", "https://asean.laocai.example.vn/")
    )
    tree = sitekit.render(PROJECT, answers, sitekit.KitVersion("kit", "abc", "1")).files
    kinds = {"exhibition.yml": "exhibition", "mkdocs.yml": "brand"}
    content = [
        (path, kinds.get(Path(path).name, "infographic"))
        for path in tree
        if path == "mkdocs.yml"
        or re.fullmatch(
            r"exhibitions/[^/]+/exhibition\.yml|docs/_data/infographics/[^/]+\.yml", path
        )
    ]
    assert {kind for _, kind in content} == {"exhibition", "brand", "infographic"}
    for path, kind in content:
        first = tree[path].content.decode("utf-8").splitlines()[0]
        match = SCHEMA_LINE.match(first)
        assert match, f"{path}: {first!r}"
        target = posixpath.normpath(posixpath.join(posixpath.dirname(path), match.group(1)))
        assert target == f"scripts/kit/schemas/{kind}.schema.json", path
        assert target in tree and "scripts/kit/schemas/common.schema.json" in tree
    assert ".vscode/settings.json" in tree and ".vscode/extensions.json" in tree
