"""Shared fixtures: real builds of small sites into tmp folders, parsed HTML, a browser."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

PROJECT = Path(__file__).resolve().parent.parent
SCRIPTS = PROJECT / "scripts"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))


def run_mkdocs(project: Path, site_dir: Path, strict: bool = True) -> subprocess.CompletedProcess:
    """Build ``project`` with MkDocs into ``site_dir``; output captured for assertions."""
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir)]
    command += ["--strict"] if strict else []
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, check=False
    )


def make_project(destination: Path, with_docs: bool = True, with_exhibitions: bool = True) -> Path:
    """A copy of the kit (config, templates, pages, exhibitions) that a test may change freely.

    scripts/ is linked, not copied: tests exercise the real code.
    """
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copy2(PROJECT / "mkdocs.yml", destination / "mkdocs.yml")
    shutil.copytree(PROJECT / "overrides", destination / "overrides")
    (destination / "scripts").symlink_to(SCRIPTS, target_is_directory=True)

    def ignore(folder: str, names: list[str]) -> list[str]:
        # Folders the build generates (marked by a .generated file) are not sources.
        return [n for n in names if (Path(folder) / n / ".generated").exists()]

    if with_docs:
        shutil.copytree(PROJECT / "docs", destination / "docs", ignore=ignore)
    else:
        shutil.copytree(PROJECT / "docs" / "assets", destination / "docs" / "assets")
    if with_exhibitions:
        shutil.copytree(PROJECT / "exhibitions", destination / "exhibitions")
    else:
        (destination / "exhibitions").mkdir()
    return destination


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project, built once per test session."""
    project = make_project(tmp_path_factory.mktemp("demo") / "project")
    site = project / "site"
    result = run_mkdocs(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def serve() -> Iterator:
    """Start a local HTTP server for a folder; returns its base URL."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator:
    """Debian's Chromium driven by Playwright; skipped locally when it is not installed."""
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM} (install Debian's 'chromium' package)"
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()
