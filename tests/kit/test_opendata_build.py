"""Open data through real builds: the export, feeds and links of the kit's fixture site (every
kind of content), and the round trip of a province site made by scripts/new_site.py, harvested
into a copy of this site and built again (same texts, same images)."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from conftest import PROJECT, make_project, parse, run_mkdocs
from kit.core import languages as site_languages
from kit.opendata import export, validator
from province_fixtures import GOOD_YAML, SLUG, good_province

pytestmark = pytest.mark.build

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PROVINCE_URL = "https://asean.quangninh.example.vn/"


def exported(site: Path) -> dict:
    return json.loads((site / export.FOLDER / export.EXPORT_FILE).read_text(encoding="utf-8"))


def test_the_site_publishes_its_open_data_and_schema(kit_site: Path) -> None:
    demo_site = kit_site
    document = exported(demo_site)
    schema = json.loads((demo_site / export.FOLDER / export.SCHEMA_FILE).read_text("utf-8"))
    assert schema == export.schema()
    assert validator.errors(document, schema) == []
    jsonschema.Draft7Validator(schema).validate(document)
    for exhibition in document["exhibitions"]:
        for item in exhibition["items"]:
            image = item["image"]
            if image:  # the address is a published file of the site
                relative = image["url"].removeprefix(document["site"]["url"])
                assert (demo_site / relative).is_file(), image["url"]
    for name in (export.ITEMS_FILE, export.PROVINCES_FILE, export.FIGURES_FILE):
        assert (demo_site / export.FOLDER / name).read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("code", ["vi", "en"])
def test_each_language_has_an_atom_feed_announced_on_every_page(kit_site: Path, code: str) -> None:
    demo_site = kit_site
    prefix = site_languages.KIT_LANGUAGES.prefix(code)
    root = ET.parse(demo_site / prefix / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed" and root.get(XML_LANG) == code
    entries = root.findall(f"{ATOM}entry")
    kinds = {entry.find(f"{ATOM}category").get("term") for entry in entries}
    assert {"page", "photo", "infographic", "exhibition", "province"} <= kinds
    for entry in entries:
        assert entry.get(XML_LANG) == code
        href = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert href.startswith(f"https://asean.example.org/{prefix}")
        assert entry.find(f"{ATOM}updated").text.endswith("Z")
    pages = [demo_site / prefix / "index.html"]
    pages += list((demo_site / prefix / "exhibitions").glob("*/*/index.html"))[:3]
    for page in pages:
        html = parse(page)
        feed = [
            link
            for link in html.find_all("link", type="application/atom+xml")
            if "alternate" in link.get("rel", [])
        ]
        assert len(feed) == 1, page
        assert feed[0]["href"] == f"https://asean.example.org/{prefix}feed.xml"
        footer = html.select_one(".campaign-footer__data")
        href = footer.find("a")["href"]
        target = (page.parent / href / ("index.html" if href.endswith("/") else "")).resolve()
        # The open data page when the site has it (docs/open-data.*.md), else the export.
        expected = demo_site / prefix / "open-data" / "index.html"
        if not expected.is_file():
            expected = demo_site / export.FOLDER / export.EXPORT_FILE
        assert target == expected.resolve()


def test_a_province_site_round_trips_into_the_national_site(tmp_path: Path) -> None:
    # A province site made by new_site.py, whose editors filled in their province profile.
    province_site = tmp_path / "asean-quangninh"
    command = [sys.executable, str(PROJECT / "scripts" / "new_site.py"), str(province_site)]
    command += ["--name-vi", "Quảng Ninh – ASEAN", "--name-en", "Quảng Ninh and ASEAN"]
    command += ["--site-url", PROVINCE_URL, "--no-git"]
    subprocess.run(command, check=True, capture_output=True)
    # (The fixture's name with markup in it, shown escaped by the site, would be refused.)
    clean = GOOD_YAML.replace("</script><b>Xanh</b>", "Xanh").replace(
        "</script><b>Lake</b>", "Lake"
    )
    good_province(province_site / "docs" / "provinces" / SLUG, clean)
    built = province_site / "site"
    result = run_mkdocs(province_site, built)
    assert result.returncode == 0, result.stderr
    source = exported(built)
    assert validator.errors(source, export.schema()) == []
    assert source["site"]["url"] == PROVINCE_URL and len(source["provinces"]) == 1

    # This site (a copy) harvests it.
    national = make_project(tmp_path / "national")
    config = national / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace(
            "  kit:\n    messages: vi\n",
            f"  kit:\n    messages: vi\n    harvest:\n      - name: quang-ninh\n"
            f"        from: {built}\n",
        ),
        encoding="utf-8",
    )
    script = [sys.executable, str(PROJECT / "scripts" / "harvest.py"), "--project", str(national)]
    result = subprocess.run(script, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr

    # Built again, the national site publishes the same texts and the same pictures.
    site = national / "site"
    result = run_mkdocs(national, site)
    assert result.returncode == 0, result.stderr
    again = exported(site)
    province = next(p for p in again["provinces"] if p["id"] == SLUG)
    original = source["provinces"][0]
    for key in ("name", "summary", "sectors", "heritage", "specialties", "region", "status"):
        assert province[key] == original[key], key
    assert province["sources"][:-1] == original["sources"]
    assert province["sources"][-1]["url"] == PROVINCE_URL  # the link back
    assert [d["name"] for d in province["destinations"]] == [
        d["name"] for d in original["destinations"]
    ]
    harvested = next(e for e in again["exhibitions"] if e["id"] == "quang-ninh-trien-lam-mau")
    sample = source["exhibitions"][0]
    assert harvested["title"] == sample["title"] and harvested["intro"] == sample["intro"]
    for mine, theirs in zip(harvested["items"], sample["items"], strict=True):
        for key in ("caption", "alt", "date", "place", "license", "section"):
            assert mine[key] == theirs[key], key
        assert theirs["credit"]["en"] in mine["credit"]["en"] or mine["credit"] == theirs["credit"]
    folder = national / "exhibitions" / "quang-ninh-trien-lam-mau"
    for item in sample["items"]:
        published = built / item["image"]["url"].removeprefix(PROVINCE_URL)
        assert (folder / f"{item['id']}.webp").read_bytes() == published.read_bytes()
    page = parse(site / "en" / "provinces" / SLUG / "index.html")
    assert page.find("a", href=f"{PROVINCE_URL}en/provinces/{SLUG}/") is not None
    assert page.find("a", href="../../exhibitions/quang-ninh-trien-lam-mau/") is not None
