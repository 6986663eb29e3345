"""The offline kiosk bundle: a zip that works from file:// with no network."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import SCRIPTS, make_kit_project, parse, switch_language
from kit.hosting.kiosk import rewrite_links
from search_fixtures import search
from site_fixtures import EXHIBITION, add_kit_content

pytestmark = pytest.mark.browser

ITEM = f"exhibitions/{EXHIBITION}/anh-1/index.html"


def test_folder_links_get_index_html() -> None:
    html = (
        '<a href="../about/">a</a><a href="./">b</a><a href="en/#top">c</a>'
        '<a href="https://x.org/">d</a><a href="/abs/">e</a><a href="#s">f</a>'
        '<a href="../media/x.webp">g</a><a href="..">h</a>'
    )
    assert rewrite_links(html) == (
        '<a href="../about/index.html">a</a><a href="index.html">b</a>'
        '<a href="en/index.html#top">c</a><a href="https://x.org/">d</a><a href="/abs/">e</a>'
        '<a href="#s">f</a><a href="../media/x.webp">g</a><a href="../index.html">h</a>'
    )


@pytest.fixture(scope="module")
def kiosk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kiosk")
    project = add_kit_content(make_kit_project(root / "project"))
    bundle = root / "kiosk.zip"
    result = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "build_kiosk.py"),
            "--config",
            str(project / "mkdocs.yml"),
            "--output",
            str(bundle),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(root / "unpacked")
    return root / "unpacked" / "kiosk"


def test_bundle_has_every_page_and_no_server_files(kiosk: Path) -> None:
    assert (kiosk / "index.html").is_file() and (kiosk / "en" / "index.html").is_file()
    assert not (kiosk / "sitemap.xml").exists() and not list(kiosk.rglob("*.br"))
    assert not (kiosk / "admin").exists()  # the web editor needs a server or a repository
    for page in kiosk.rglob("*.html"):
        for link in parse(page).select("a[href]"):
            href = link["href"].split("#")[0]
            if not href or ":" in href or href.startswith("/"):
                continue
            assert (page.parent / href).resolve().is_file(), (page, link["href"])


def test_kiosk_works_from_the_disk(browser, kiosk: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((kiosk / "index.html").as_uri())
    assert page.locator("html").get_attribute("lang") == "vi"
    page.locator("a.md-tabs__link", has_text="Triển lãm").click()
    page.locator(".exhibit-cover__link").first.click()
    page.wait_for_url(f"**/exhibitions/{EXHIBITION}/index.html")
    page.locator("a.glightbox").first.click()
    page.wait_for_selector(".glightbox-container .gslide.current img")
    page.keyboard.press("Escape")
    page.wait_for_selector(".glightbox-container", state="detached")
    switch_language(page, "en", f"**/en/exhibitions/{EXHIBITION}/index.html")
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()
    assert [url for url in requests if not url.startswith("file://")] == []


@pytest.mark.parametrize(
    ("start", "query", "title", "target"),
    [
        ("index.html", "le ket nap", "Lễ kết nạp", ITEM),
        ("about/index.html", "Lễ kết nạp", "Lễ kết nạp", ITEM),
        ("en/index.html", "admission ceremony", "Admission ceremony", f"en/{ITEM}"),
    ],
)
def test_kiosk_search_finds_pages_offline(
    browser, kiosk: Path, start: str, query: str, title: str, target: str
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((kiosk / start).as_uri())
    titles = search(page, query)
    assert title in titles[:3], titles
    links = page.locator(".campaign-search__link").evaluate_all("ls => ls.map(a => a.href)")
    english = [link for link in links if "/kiosk/en/" in link]
    # Each language's site lists its own pages only.
    assert english == (links if start.startswith("en/") else []), links
    page.locator(".campaign-search__item").filter(has_text=title).first.locator("a").click()
    page.wait_for_url(f"**/{target}")
    assert page.locator("h1").first.inner_text().rstrip("¶").strip() == title
    context.close()
    assert [url for url in requests if not url.startswith("file://")] == []
    assert errors == []
