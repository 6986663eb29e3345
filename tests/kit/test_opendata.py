"""kit.opendata: the export and its schema, the CSV tables, the Atom feeds, and harvest refusing
bad, oversized and hostile exports (no MkDocs run: the round trip through two built sites is in
test_opendata_build.py)."""

from __future__ import annotations

import copy
import csv
import io
import json
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from kit.core import languages as site_languages
from kit.core.history import History
from kit.exhibitions.content import load_exhibitions
from kit.infographics.content import load_infographics
from kit.opendata import export, feeds, harvest, validator
from kit.provinces.content import load_provinces
from PIL import Image

pytestmark = pytest.mark.unit

PROJECT = Path(__file__).resolve().parents[2]
SITE = "https://tinh.example.vn/"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


# ── the export of the demo content ──────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The export of the kit's fixture content (every kind: tests/kit/site_fixtures.py), the
    same in the kit and in every province site that runs these tests."""
    from site_fixtures import add_kit_content

    project = add_kit_content(tmp_path_factory.mktemp("content"))
    exhibitions, _ = load_exhibitions(project / "exhibitions")
    provinces, _ = load_provinces(project / "docs" / "provinces")
    infographics, _ = load_infographics(project / "docs")
    site = export.SiteInfo(
        "https://asean.example.org/",
        {"vi": "Việt Nam – ASEAN", "en": "Vietnam – ASEAN"},
        site_languages.KIT_LANGUAGES,
    )
    return export.document(site, exhibitions, provinces, infographics, {})


def test_the_schema_is_draft_07_and_uses_only_what_the_validator_checks() -> None:
    schema = export.schema()
    jsonschema.Draft7Validator.check_schema(schema)
    assert validator.unsupported_keywords(schema) == set()


def test_the_demo_export_validates_against_its_schema(demo_export: dict) -> None:
    assert demo_export["version"] == export.VERSION
    assert validator.errors(demo_export, export.schema()) == []
    assert list(jsonschema.Draft7Validator(export.schema()).iter_errors(demo_export)) == []
    assert demo_export["exhibitions"] and len(demo_export["provinces"]) == 2
    figures = [f for i in demo_export["infographics"] for f in i["figures"]]
    assert figures and all(f["source"]["url"].startswith("https://") for f in figures)
    item = demo_export["exhibitions"][0]["items"][0]
    assert set(item["caption"]) == {"vi", "en"}
    assert item["pages"]["en"].startswith("https://asean.example.org/en/exhibitions/")


def test_the_export_is_the_same_bytes_each_time(demo_export: dict) -> None:
    again = export.files(copy.deepcopy(demo_export))
    assert export.files(demo_export) == again
    assert "generated" not in json.loads(again[export.EXPORT_FILE])  # no build date in it


def broken_variants(valid: dict) -> list[dict]:
    variants = []
    for change in (
        lambda d: d.update(version=2),
        lambda d: d.pop("site"),
        lambda d: d["exhibitions"][0].update(id="Not A Slug"),
        lambda d: d["exhibitions"][0]["items"][0].update(caption="just a string"),
        lambda d: d["exhibitions"][0]["items"][0].update(extra=1),
        lambda d: d["provinces"][0]["sources"].append({"title": {"vi": "x"}, "url": "ftp://x"}),
        lambda d: d["infographics"][0]["figures"][0].update(value="12"),
        lambda d: d["provinces"][0].update(area_km2=-1),
        lambda d: d["site"].update(languages=[]),
        lambda d: d["exhibitions"][0]["items"][0]["caption"].update(vi="x" * 2001),
    ):
        variant = copy.deepcopy(valid)
        change(variant)
        variants.append(variant)
    return variants


def test_the_small_validator_agrees_with_jsonschema(demo_export: dict) -> None:
    reference = jsonschema.Draft7Validator(export.schema())
    for variant in broken_variants(demo_export):
        ours = validator.errors(variant, export.schema())
        assert ours, variant
        assert not reference.is_valid(variant)
    assert validator.errors([], export.schema()) == ["$: object expected, found array"]


def test_items_with_subject_tags_carry_them_into_the_export(tmp_path: Path) -> None:
    from exhibition_fixtures import good_exhibition

    good_exhibition(tmp_path / "exhibitions" / "trien-lam")
    exhibitions, _ = load_exhibitions(tmp_path / "exhibitions")
    exhibition = exhibitions[0]
    first = exhibition.items[0]

    exhibition.items = [replace(first, tags=("viet-nam", "1995")), *exhibition.items[1:]]
    site = export.SiteInfo(SITE, {"vi": "Tỉnh", "en": "Province"}, site_languages.KIT_LANGUAGES)
    document = export.document(site, [exhibition], [], [], {})
    items = document["exhibitions"][0]["items"]
    assert items[0]["tags"] == ["viet-nam", "1995"]
    assert "tags" not in items[1]
    assert validator.errors(document, export.schema()) == []
    table = export.csv_tables(document)[export.ITEMS_FILE]
    assert "viet-nam; 1995" in table


# ── CSV ─────────────────────────────────────────────────────────────────────────────────


def test_csv_tables_open_in_excel_and_never_run_formulas(demo_export: dict) -> None:
    hostile = copy.deepcopy(demo_export)
    hostile["exhibitions"][0]["items"][0]["caption"]["en"] = '=HYPERLINK("http://x")'
    tables = export.csv_tables(hostile)
    assert set(tables) == {export.ITEMS_FILE, export.PROVINCES_FILE, export.FIGURES_FILE}
    for text in tables.values():
        assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(tables[export.ITEMS_FILE][1:])))
    assert len(rows) == sum(len(e["items"]) for e in hostile["exhibitions"])
    assert rows[0]["caption_en"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["caption_vi"] == hostile["exhibitions"][0]["items"][0]["caption"]["vi"]
    figures = list(csv.DictReader(io.StringIO(tables[export.FIGURES_FILE][1:])))
    assert all(row["source_url"].startswith("https://") for row in figures)
    provinces = list(csv.DictReader(io.StringIO(tables[export.PROVINCES_FILE][1:])))
    assert [row["province_id"] for row in provinces] == [p["id"] for p in hostile["provinces"]]


# ── Atom feeds ──────────────────────────────────────────────────────────────────────────


def test_the_feed_is_atom_in_its_language_with_texts_escaped(tmp_path: Path) -> None:
    page = tmp_path / "a.en.md"
    page.write_text("x", encoding="utf-8")
    photo = tmp_path / "p.jpg"
    photo.write_text("x", encoding="utf-8")
    entries = feeds.dated(
        [
            feeds.FeedPage(
                "en/a/", "A <script>alert(1)</script> & b", "Sum\x00mary", "page", (page,)
            ),
            feeds.FeedPage("en/x/p/", "Photo", "", "photo", (photo,), "media/p-share.jpg"),
            feeds.FeedPage("en/gone/", "Gone", "", "page", (tmp_path / "missing.md",)),
        ],
        History(tmp_path, use_git=False),
    )
    kinds = {"page": "Page", "photo": "Exhibition photo"}
    text = feeds.feed_xml("en", SITE, "en/feed.xml", "en/", "Site", "Sub", "Agency", kinds, entries)
    root = ET.fromstring(text)
    assert root.tag == f"{ATOM}feed" and root.get(XML_LANG) == "en"
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None, required
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == SITE + "en/feed.xml"
    found = root.findall(f"{ATOM}entry")
    assert len(found) == 2  # the page whose source is gone has no date: left out
    for entry in found:
        assert entry.get(XML_LANG) == "en"
        for required in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{required}").text, required
        datetime.strptime(entry.find(f"{ATOM}updated").text, "%Y-%m-%dT%H:%M:%SZ")
    titles = [entry.find(f"{ATOM}title").text for entry in found]
    assert "A <script>alert(1)</script> & b" in titles
    assert b"<script>" not in text  # escaped by the XML writer
    photo_entry = next(e for e in found if e.find(f"{ATOM}title").text == "Photo")
    enclosure = photo_entry.find(f"{ATOM}link[@rel='enclosure']")
    assert enclosure.get("href") == SITE + "media/p-share.jpg"


def test_feed_entries_are_newest_first_and_limited(tmp_path: Path) -> None:
    pages = []
    for number in range(5):
        source = tmp_path / f"{number}.md"
        source.write_text("x", encoding="utf-8")
        stamp = datetime(2025, 1, 1 + number, tzinfo=UTC).timestamp()
        import os

        os.utime(source, (stamp, stamp))
        pages.append(feeds.FeedPage(f"p{number}/", f"P{number}", "", "page", (source,)))
    entries = feeds.dated(pages, History(tmp_path, use_git=False))
    text = feeds.feed_xml("vi", SITE, "feed.xml", "", "T", "", "", {}, entries, limit=3)
    root = ET.fromstring(text)
    assert [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")] == ["P4", "P3", "P2"]
    assert root.find(f"{ATOM}updated").text == "2025-01-05T00:00:00Z"


# ── harvest: a small export and its images in a folder ─────────────────────────────────


def webp(path: Path, colour: str = "#336699") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), colour).save(path, "WEBP")
    return path


def picture(name: str) -> dict:
    return {"url": f"{SITE}media/{name}", "width": 64, "height": 48, "type": "image/webp"}


def text(vi: str, en: str) -> dict:
    return {"vi": vi, "en": en}


def sample_export() -> dict:
    contact = {
        "name": text("Sở Ngoại vụ", "Department of Foreign Affairs"),
        "phone": "+84 203 3835 888",
        "email": None,
        "website": None,
        "address": None,
    }
    return {
        "format": export.FORMAT,
        "version": 1,
        "site": {
            "url": SITE,
            "name": text("Tỉnh Mẫu – ASEAN", "Sample Province and ASEAN"),
            "languages": ["vi", "en"],
            "default_language": "vi",
        },
        "exhibitions": [
            {
                "id": "di-san",
                "title": text("Di sản của tỉnh", "The province's heritage"),
                "intro": text("Những **di sản** tiêu biểu.", "Its best-known **heritage**."),
                "layout": "themes",
                "cover": None,
                "sections": [{"id": "canh-quan", "title": text("Cảnh quan", "Landscapes")}],
                "items": [
                    {
                        "id": "nui",
                        "kind": "image",
                        "section": "canh-quan",
                        "caption": text("Núi trong sương sớm", "Mountains in the morning mist"),
                        "alt": text("Dãy núi xanh phủ sương", "A green mountain range in mist"),
                        "date": "2024-05",
                        "place": text("Huyện Miền Núi", "Mountain District"),
                        "credit": text("Ảnh: Sở Văn hóa", "Photo: Department of Culture"),
                        "license": "CC BY 4.0",
                        "image": picture("nui-960.webp"),
                    },
                    {
                        "id": "song",
                        "kind": "image",
                        "caption": text("Dòng sông quê", "The home river"),
                        "alt": text(
                            "Con sông chảy qua cánh đồng", "A river running through fields"
                        ),
                        "image": picture("song-960.webp"),
                    },
                ],
            }
        ],
        "provinces": [
            {
                "id": "tinh-mau",
                "name": text("Tỉnh Mẫu", "Sample Province"),
                "summary": text("Một tỉnh miền núi phía Bắc.", "A mountain province in the north."),
                "narrative": text(
                    "Tỉnh có nhiều **núi** và sông.",
                    "The province has many **mountains** and rivers.",
                ),
                "region": {"id": "trung-du-mien-nui-phia-bac", "name": None},
                "status": {"id": "province", "name": None},
                "area_km2": 6364.25,
                "population": {
                    "value": 770000,
                    "year": 2023,
                    "about": True,
                    "source": text("Tổng cục Thống kê", "General Statistics Office"),
                },
                "sectors": [text("Du lịch", "Tourism")],
                "destinations": [
                    {
                        "id": "thac-nuoc",
                        "name": text("Thác nước", "The waterfall"),
                        "description": text(
                            "Thác cao giữa rừng.", "A high waterfall in the forest."
                        ),
                        "image": picture("thac-960.webp"),
                        "alt": text("Thác nước trắng xóa", "A white waterfall"),
                    },
                ],
                "contacts": [contact],
                "sources": [
                    {
                        "title": text("Cổng thông tin tỉnh", "Provincial portal"),
                        "url": "https://tinh.example.vn/gioi-thieu",
                    }
                ],
            }
        ],
        "infographics": [],
    }


def write_source(folder: Path, document: dict | bytes | None = None) -> Path:
    data = folder / "data" / export.EXPORT_FILE
    data.parent.mkdir(parents=True, exist_ok=True)
    if not isinstance(document, bytes):
        document = json.dumps(document or sample_export(), ensure_ascii=False).encode("utf-8")
    data.write_bytes(document)
    for name, colour in (("nui", "#336699"), ("song", "#2266aa"), ("thac", "#88aa22")):
        webp(folder / "media" / f"{name}-960.webp", colour)
    return folder


@pytest.fixture
def national(tmp_path: Path) -> Path:
    """A site to harvest into: its mkdocs.yml and one province of its own."""
    project = tmp_path / "national"
    (project / "docs" / "provinces" / "hue").mkdir(parents=True)
    (project / "docs" / "provinces" / "hue" / "province.yml").write_text("own\n", "utf-8")
    (project / "exhibitions").mkdir()
    (project / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    site_languages.use(site_languages.KIT_LANGUAGES)
    return project


def run(project: Path, location: Path | str, name: str = "tinh-mau") -> harvest.Outcome:
    return harvest.harvest_source(project, harvest.Source(name, str(location)))


def test_a_good_export_becomes_a_province_and_an_exhibition(national: Path, tmp_path: Path) -> None:
    outcome = run(national, write_source(tmp_path / "source"))
    assert outcome.refused == "", outcome.summary()
    province = national / "docs" / "provinces" / "tinh-mau"
    exhibition = national / "exhibitions" / "tinh-mau-di-san"
    assert (province / "province.yml").is_file() and (exhibition / "exhibition.yml").is_file()
    assert (exhibition / "nui.webp").read_bytes() == (
        tmp_path / "source" / "media" / "nui-960.webp"
    ).read_bytes()
    page = (province / "index.en.md").read_text(encoding="utf-8")
    assert "The province has many **mountains** and rivers." in page
    assert f"[Sample Province and ASEAN]({SITE}en/" in page or f"]({SITE})" in page
    assert "../../exhibitions/tinh-mau-di-san/index.md" in page
    assert outcome.images == 3
    # Again: the same source replaces its own folders, nothing else.
    assert run(national, tmp_path / "source").refused == ""
    assert (national / "docs" / "provinces" / "hue" / "province.yml").read_text("utf-8") == "own\n"


def test_a_zip_of_the_built_site_is_harvested_too(national: Path, tmp_path: Path) -> None:
    folder = write_source(tmp_path / "source")
    archive = tmp_path / "tinh.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in folder.rglob("*"):
            if path.is_file():
                bundle.write(path, "site/" + path.relative_to(folder).as_posix())
    outcome = run(national, archive)
    assert outcome.refused == "" and outcome.images == 3


def refused(outcome: harvest.Outcome, *words: str) -> str:
    message = outcome.summary()
    assert outcome.refused, message
    assert outcome.source.name in message and outcome.source.location in message
    for word in words:
        assert word in message, message
    assert "Traceback" not in message
    return message


def nothing_written(project: Path) -> bool:
    return not (project / "docs" / "provinces" / "tinh-mau").exists() and not any(
        (project / "exhibitions").iterdir()
    )


def test_an_export_of_the_wrong_schema_is_refused_by_name(national: Path, tmp_path: Path) -> None:
    wrong = sample_export()
    wrong["version"] = 7
    del wrong["exhibitions"][0]["items"][0]["caption"]
    message = refused(run(national, write_source(tmp_path / "s", wrong)), "version", "caption")
    assert "$.exhibitions[0].items[0]" in message
    assert nothing_written(national)


def test_a_100_mb_export_is_refused_without_reading_it(national: Path, tmp_path: Path) -> None:
    folder = write_source(tmp_path / "s")
    with open(folder / "data" / export.EXPORT_FILE, "r+b") as big:
        big.truncate(100 * 1024 * 1024)  # sparse: costs no disk and is never read
    refused(run(national, folder), "100", "MB")
    assert nothing_written(national)


def test_a_script_in_every_text_field_is_refused(national: Path, tmp_path: Path) -> None:
    hostile = sample_export()

    def poison(node: object) -> object:
        if isinstance(node, dict):
            return {
                k: (
                    v + "<script>alert(1)</script>"
                    if isinstance(v, str) and k in ("vi", "en")
                    else poison(v)
                )
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [poison(v) for v in node]
        return node

    message = refused(run(national, write_source(tmp_path / "s", poison(hostile))), "HTML")
    assert "<script>" in message or "script" in message
    assert nothing_written(national)


@pytest.mark.parametrize(
    "where",
    ["source url", "contact website", "markdown link", "reference link", "site url"],
)
def test_links_to_javascript_are_refused(national: Path, tmp_path: Path, where: str) -> None:
    hostile = sample_export()
    province = hostile["provinces"][0]
    if where == "source url":
        province["sources"][0]["url"] = "javascript:alert(1)"
    elif where == "contact website":
        province["contacts"][0]["website"] = " JavaScript:alert(document.cookie)"
    elif where == "markdown link":
        hostile["exhibitions"][0]["intro"]["en"] = "See [this](javascript:alert(1))."
    elif where == "reference link":
        province["narrative"]["vi"] = "Xem [đây][a].\n\n[a]: javascript:alert(1)\n"
    else:
        hostile["site"]["url"] = "javascript:alert(1)//"
    refused(run(national, write_source(tmp_path / "s", hostile)), "javascript")
    assert nothing_written(national)


def test_images_that_are_not_images_are_left_out_with_the_reason(
    national: Path, tmp_path: Path
) -> None:
    folder = write_source(tmp_path / "s")
    (folder / "media" / "nui-960.webp").write_bytes(b"<!DOCTYPE html><html><script>x</script>")
    (folder / "media" / "thac-960.webp").write_bytes(b"%!PS-Adobe-3.0\nshowpage\n")
    outcome = run(national, folder)
    message = outcome.summary()
    assert outcome.refused == "", message
    assert "nui-960.webp" in message and "thac-960.webp" in message
    assert outcome.images == 1
    exhibition = national / "exhibitions" / "tinh-mau-di-san"
    assert not (exhibition / "nui.webp").exists() and (exhibition / "song.webp").is_file()
    assert "nui" not in (exhibition / "exhibition.yml").read_text(encoding="utf-8").split("id:")[1]
    yml = (national / "docs" / "provinces" / "tinh-mau" / "province.yml").read_text("utf-8")
    assert "image:" not in yml


@pytest.mark.parametrize(
    "content, words",
    [
        (b"\xff\xfe\x00garbage", ["UTF-8"]),
        (b'{"format": ', ["JSON"]),
        (b"<!DOCTYPE html><html></html>", ["web page"]),
        (b"[" * 100_000 + b"]" * 100_000, []),
        (b"[]", ["object expected"]),
    ],
)
def test_broken_exports_are_refused_never_a_traceback(
    national: Path, tmp_path: Path, content: bytes, words: list[str]
) -> None:
    refused(run(national, write_source(tmp_path / "s", content)), *words)


def test_texts_that_only_look_like_links_are_kept(national: Path, tmp_path: Path) -> None:
    harmless = sample_export()
    harmless["exhibitions"][0]["items"][0]["caption"]["en"] = "Data: the 2024 census"
    harmless["exhibitions"][0]["items"][1]["caption"]["en"] = "JavaScript: a < b, not markup"
    outcome = run(national, write_source(tmp_path / "s", harmless))
    assert outcome.refused == "", outcome.summary()


def test_template_text_and_missing_languages_are_refused(national: Path, tmp_path: Path) -> None:
    todo = sample_export()
    todo["provinces"][0]["summary"]["en"] = "TODO: write the summary"
    refused(run(national, write_source(tmp_path / "a", todo)), "TODO")
    english_only = sample_export()
    english_only["site"]["languages"] = ["en"]
    refused(run(national, write_source(tmp_path / "b", english_only)), "vi")


def test_what_the_site_loaders_refuse_is_refused_as_a_whole(national: Path, tmp_path: Path) -> None:
    no_contact = sample_export()
    no_contact["provinces"][0]["contacts"] = []
    no_contact["provinces"][0]["region"]["id"] = "atlantis"
    refused(run(national, write_source(tmp_path / "s", no_contact)), "province.yml")
    assert nothing_written(national)


def test_the_sites_own_folders_are_never_overwritten(national: Path, tmp_path: Path) -> None:
    taken = sample_export()
    taken["provinces"][0]["id"] = "hue"
    refused(run(national, write_source(tmp_path / "s", taken)), "docs/provinces/hue/")
    assert (national / "docs" / "provinces" / "hue" / "province.yml").read_text("utf-8") == "own\n"


def test_only_https_addresses_are_fetched(national: Path) -> None:
    refused(run(national, "http://tinh.example.vn/data/campaign-v1.json"), "https")
    refused(run(national, "file:///etc/passwd"), "https")


class FakeResponse:
    def __init__(self, body: bytes, length: str | None = None) -> None:
        self.body = io.BytesIO(body)
        self.headers = {"Content-Length": length} if length else {}

    def read(self, size: int) -> bytes:
        return self.body.read(size)

    def __enter__(self) -> FakeResponse:
        return self

    def __exit__(self, *args: object) -> None:
        return None


def test_https_downloads_stop_at_the_size_limit(national: Path, tmp_path: Path) -> None:
    folder = write_source(tmp_path / "s")
    exported = (folder / "data" / export.EXPORT_FILE).read_bytes()
    asked: list[str] = []

    def opener(url: str, timeout: float) -> FakeResponse:
        asked.append(url)
        if url.endswith(".json"):
            return FakeResponse(exported)
        name = url.rsplit("/", 1)[1]
        if name.startswith("song"):  # a lying server: no length, endless bytes
            return FakeResponse(b"x" * (harvest.MAX_IMAGE_BYTES + 10))
        return FakeResponse((folder / "media" / name).read_bytes())

    source = harvest.Source("tinh-mau", f"{SITE}data/{export.EXPORT_FILE}")
    outcome = harvest.harvest_source(national, source, opener)
    assert outcome.refused == "", outcome.summary()
    assert "song-960.webp" in outcome.summary() and "MB" in outcome.summary()
    assert outcome.images == 2

    def huge(url: str, timeout: float) -> FakeResponse:
        return FakeResponse(b"{}", length=str(100 * 1024 * 1024))

    refused(harvest.harvest_source(national, source, huge), "100", "MB")


def test_the_sources_in_mkdocs_yml_are_checked() -> None:
    good = {"extra": {"kit": {"harvest": [{"name": "lao-cai", "from": "https://x.vn/d.json"}]}}}
    assert harvest.sources_from_config(good) == [harvest.Source("lao-cai", "https://x.vn/d.json")]
    assert harvest.sources_from_config({"extra": {}}) == []
    for bad in (
        {"extra": {"kit": {"harvest": "https://x"}}},
        {"extra": {"kit": {"harvest": [{"name": "Lào Cai", "from": "x"}]}}},
        {"extra": {"kit": {"harvest": [{"name": "a", "from": "x", "url": "y"}]}}},
        {"extra": {"kit": {"harvest": [{"name": "a", "from": "x"}, {"name": "a", "from": "y"}]}}},
    ):
        with pytest.raises(harvest.Refused, match=r"harvest|lao-cai"):
            harvest.sources_from_config(bad)


# ── the page for other sites' developers ─────────────────────────────────────────────────


def test_the_translation_check_covers_the_open_data_page(tmp_path: Path) -> None:
    from kit.translations.check import check_project

    report = check_project(PROJECT, git=False)
    assert {"docs/open-data.vi.md", "docs/open-data.en.md"} <= set(report.checked["pages"])
    project = tmp_path / "site"
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(
        (PROJECT / "mkdocs.yml").read_text("utf-8"), encoding="utf-8"
    )
    page = PROJECT / "docs" / "open-data.vi.md"
    (project / "docs" / page.name).write_text(page.read_text("utf-8"), encoding="utf-8")
    gaps = check_project(project, git=False).gaps
    assert any("open-data" in gap.file for gap in gaps)


def test_new_sites_get_the_same_open_data_page() -> None:
    if not (PROJECT / "scripts" / "dev").is_dir():
        pytest.skip("a province site: its open data page is its own to change")
    starter = PROJECT / "scripts" / "templates" / "starter"
    for code in ("vi", "en"):
        own = (PROJECT / "docs" / f"open-data.{code}.md").read_text("utf-8")
        assert (starter / f"open-data.{code}.md").read_text("utf-8") == own
