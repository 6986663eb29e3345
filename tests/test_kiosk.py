"""The offline kiosk bundle: a zip that works from file:// with no network."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import SCRIPTS, make_project, parse
from kit.kiosk import rewrite_links


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
    project = make_project(root / "project")
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
    for page in kiosk.rglob("*.html"):
        for link in parse(page).select("a[href]"):
            href = link["href"].split("#")[0]
            if not href or ":" in href or href.startswith("/"):
                continue
            assert (page.parent / href).resolve().is_file(), (page, link["href"])


@pytest.mark.browser
def test_kiosk_works_from_the_disk(browser, kiosk: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((kiosk / "index.html").as_uri())
    assert page.locator("html").get_attribute("lang") == "vi"
    page.locator("a.md-tabs__link", has_text="Triển lãm").click()
    page.locator(".exhibit-cover__link").first.click()
    page.wait_for_url("**/exhibitions/30-nam-viet-nam-asean/index.html")
    page.locator("a.glightbox").first.click()
    page.wait_for_selector(".glightbox-container .gslide.current img")
    page.keyboard.press("Escape")
    page.wait_for_selector(".glightbox-container", state="detached")
    page.locator(".md-select button").hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_url("**/en/exhibitions/30-nam-viet-nam-asean/index.html")
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()
    assert [url for url in requests if not url.startswith("file://")] == []
