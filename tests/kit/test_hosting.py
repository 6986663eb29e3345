"""Hosting: precompressed files, a server configuration whose CSP the pages satisfy,
and builds under a sub-path."""

from __future__ import annotations

import functools
import gzip
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import brotli
import pytest
from conftest import SCRIPTS, make_kit_project, new_page, parse, run_mkdocs
from kit.hosting import caching
from kit.hosting.csp import inline_scripts, policy
from site_fixtures import EXHIBITION

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def built(kit_build: tuple[Path, str]) -> Path:
    """The kit's fixture site, built by scripts/build_site.py like `make site`."""
    project, output = kit_build
    assert "Precompressed" in output
    return project


def test_text_files_are_precompressed(built: Path) -> None:
    page = built / "site" / "about" / "index.html"
    original = page.read_bytes()
    assert gzip.decompress((page.parent / "index.html.gz").read_bytes()) == original
    assert brotli.decompress((page.parent / "index.html.br").read_bytes()) == original
    assert not list((built / "site").rglob("*.webp.gz"))


def make_server_config(config: Path, site: Path, *arguments: str) -> subprocess.CompletedProcess:
    command = [sys.executable, str(SCRIPTS / "make_server_config.py"), "--config", str(config)]
    return subprocess.run(
        [*command, "--site-dir", str(site), *arguments],
        capture_output=True,
        text=True,
        check=False,
    )


def test_server_config_allows_no_inline_script(built: Path, tmp_path: Path) -> None:
    output = tmp_path / "nginx.conf"
    result = make_server_config(built / "mkdocs.yml", built / "site", "--output", str(output))
    assert result.returncode == 0, result.stderr
    config = output.read_text(encoding="utf-8")
    assert "server_name asean.example.org;" in config
    assert "error_page 404 /en/404.html;" in config
    # The kit's pages carry no inline script, so the policy names no hash and no
    # 'unsafe-inline': a script that got into a page cannot run.
    assert inline_scripts(built / "site") == []
    assert "script-src 'self';" in config
    assert "sha256-" not in config
    assert "unsafe-inline" not in policy().split("script-src")[1].split(";")[0]
    assert "warning" not in result.stderr


def test_server_config_needs_a_built_site(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "make_server_config.py"), "--site-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "make site" in result.stderr


class CspHandler(http.server.SimpleHTTPRequestHandler):
    csp = ""

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", self.csp)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve_with_policy(folder: Path) -> http.server.ThreadingHTTPServer:
    """A local server that sends the kit's Content-Security-Policy with every file."""
    handler = functools.partial(
        type("Handler", (CspHandler,), {"csp": policy()}), directory=str(folder)
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def csp_server(built: Path) -> Iterator[str]:
    server = serve_with_policy(built / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/en/about/",
        f"/exhibitions/{EXHIBITION}/",
        f"/en/exhibitions/{EXHIBITION}/anh-3/",
        "/404.html",
    ],
)
def test_pages_satisfy_the_content_security_policy(browser, csp_server: str, path: str) -> None:
    page = new_page(browser)
    page.goto(csp_server + path, wait_until="networkidle")
    if path.endswith(f"/{EXHIBITION}/"):
        page.locator("a.glightbox").first.click()
        page.wait_for_selector(".glightbox-container .gslide.current img")
    # Material's setup, now a file, still finds the site root from any page depth.
    scope = page.evaluate("__md_scope.href")
    page.context.close()
    assert page.errors == []
    assert scope == csp_server + "/"


INJECTED = (
    '<script>document.title = "injected";</script>'
    '<img src="missing.png" alt="" onerror="document.title = \'injected\'">'
)


def test_a_script_injected_into_a_page_does_not_run(built: Path, tmp_path: Path, browser) -> None:
    site = tmp_path / "site"
    shutil.copytree(built / "site", site)
    about = site / "about" / "index.html"
    about.write_text(
        about.read_text(encoding="utf-8").replace("</article>", INJECTED + "</article>", 1),
        encoding="utf-8",
    )
    result = make_server_config(built / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    assert "script-src 'self';" in result.stdout and "sha256-" not in result.stdout
    assert "about/index.html:" in result.stderr  # the page with the inline script is named
    server = serve_with_policy(site)
    page = new_page(browser)
    page.goto(f"http://127.0.0.1:{server.server_address[1]}/about/", wait_until="networkidle")
    title = page.title()
    page.context.close()
    server.shutdown()
    assert title != "injected"
    assert any("Content Security Policy" in error for error in page.errors)


def test_sub_path_build_keeps_links_inside_the_sub_path(tmp_path: Path) -> None:
    project = make_kit_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "site_url: https://asean.example.org/", "site_url: https://portal.example.gov.vn/asean/"
        ),
        encoding="utf-8",
    )
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    about = parse(tmp_path / "site" / "en" / "about" / "index.html")
    canonical = about.select_one('link[rel="canonical"]')["href"]
    assert canonical == "https://portal.example.gov.vn/asean/en/about/"
    not_found = parse(tmp_path / "site" / "404.html")
    for link in not_found.select("link[rel=stylesheet]"):
        assert link["href"].startswith("/asean/")
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://portal.example.gov.vn/asean/en/about/</loc>" in sitemap
    for page in (tmp_path / "site").rglob("index.html"):
        for tag in parse(page).select("[href], [src]"):
            value = tag.get("href") or tag.get("src")
            assert not (value.startswith("/") and not value.startswith("/asean/")), (page, value)


def test_only_fingerprinted_files_are_cached_for_a_year(built: Path) -> None:
    site = built / "site"
    files = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()]
    year = {path for path in files if caching.cache_control(path) == caching.YEAR}
    # Resized photos, share images and Material's theme files carry a fingerprint...
    for folder in ("media/", "share/"):
        inside = [path for path in files if path.startswith(folder)]
        assert inside and set(inside) <= year, folder
    assert any(path.startswith("assets/javascripts/bundle.") for path in year)
    # ...the kit's own styles, scripts, fonts and the search index do not: an hour.
    for path in (
        "assets/javascripts/campaign.js",
        "assets/stylesheets/site.css",
        "search/index.vi.js",
        "assets/fonts/be-vietnam-pro-vietnamese-400-normal.woff2",
    ):
        assert path in files and caching.cache_control(path) == caching.OTHER, path
    assert caching.cache_control("en/about/index.html") == caching.PAGE
    assert caching.cache_control("media/photo-0123456789ab-480.webp.br") == caching.YEAR


def test_server_config_caches_like_the_kit_says(built: Path) -> None:
    result = make_server_config(built / "mkdocs.yml", built / "site")
    assert result.returncode == 0, result.stderr
    config = result.stdout
    fingerprinted = config.index(f'location ~* "{caching.FINGERPRINTED}"')
    other = config.index("location ~* \\.(css|js|json|woff2")
    assert fingerprinted < other  # nginx uses the first regular expression that matches
    assert config.count(caching.YEAR) == 1
    assert f'Cache-Control "{caching.OTHER}"' in config[other:]
    assert f'Cache-Control "{caching.PAGE}"' in config
