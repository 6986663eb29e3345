"""Shared fixtures: real builds of small sites into tmp folders, parsed HTML, a browser.

Used by both tests/kit/ (copied into every province's site) and tests/content/ (this site's
own pages). See tests/README.md.

Every test module names its tier (``pytestmark = pytest.mark.unit``, ``build`` or ``browser``);
pytest_collection_modifyitems below refuses a module that names none (a site's own tests in
tests/content/ written before the tiers count as build), or whose tests use what a lower tier
may not (a unit test that uses a built site, a build test that opens a browser).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SCRIPTS = PROJECT / "scripts"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))

# tests/kit/test_tiers.py runs pytest on small test folders.
pytest_plugins = ["pytester"]

# --------------------------------------------------------------------------- tiers

# unit: no MkDocs run (loaders, messages, media, translation rules against small data files);
# build: builds fixture sites with MkDocs; browser: drives Chromium. `make test-unit` etc.
TIERS = ("unit", "build", "browser")
# The fixtures that build a site, and those that start the browser.
BUILD_FIXTURES = frozenset({"kit_build", "kit_project", "kit_site", "demo_site"})
BROWSER_FIXTURES = frozenset({"browser", "page"})
# Set while a test runs; build_site() and run_mkdocs() refuse to start in a unit test. An
# environment variable, because tests import this file a second time as plain `conftest`.
TIER_VARIABLE = "KIT_TEST_TIER"


def tier_problem(tier_names: list[str], fixtures: set[str]) -> str | None:
    """Why a test with these tier markers and fixtures is in the wrong tier, or None."""
    if len(tier_names) != 1:
        found = ", ".join(tier_names) or "none"
        return (
            f"needs exactly one tier marker (found: {found}); put "
            "'pytestmark = pytest.mark.unit' (or build, browser) at the top of the module"
        )
    tier = tier_names[0]
    if tier != "browser" and fixtures & BROWSER_FIXTURES:
        return f"uses the browser but is in the '{tier}' tier: mark the module browser"
    if tier == "unit" and fixtures & BUILD_FIXTURES:
        return "uses a built site but is in the 'unit' tier: mark the module build"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    problems: dict[str, None] = {}  # one line per module and problem, in order
    for item in items:
        names = [mark.name for mark in item.iter_markers() if mark.name in TIERS]
        if not names and item.path.parent.name == "content":
            # A site's own tests written before the tiers: they build the site.
            item.add_marker(pytest.mark.build)
            names = ["build"]
        problem = tier_problem(names, set(getattr(item, "fixturenames", ())))
        if problem:
            problems[f"{item.nodeid.split('::')[0]}: {problem}"] = None
    if problems:
        raise pytest.UsageError("tests in the wrong tier:\n" + "\n".join(problems))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    tier = next((mark.name for mark in item.iter_markers() if mark.name in TIERS), "")
    os.environ[TIER_VARIABLE] = tier


def refuse_in_unit_tier(what: str) -> None:
    if os.environ.get(TIER_VARIABLE) == "unit":
        raise AssertionError(
            f"{what} in a unit test: unit tests run no MkDocs build; "
            "move the test to a module marked pytest.mark.build"
        )


# The kit speaks Vietnamese by default; the tests written before that assert English messages,
# so every test (and every build it starts) runs in English unless it asks for Vietnamese
# (tests/kit/test_messages.py).
os.environ["KIT_LANGUAGE"] = "en"


def run_mkdocs(
    project: Path, site_dir: Path, strict: bool = True, *arguments: str
) -> subprocess.CompletedProcess:
    """Build ``project`` with MkDocs into ``site_dir``; output captured for assertions."""
    refuse_in_unit_tier("mkdocs build")
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir)]
    command += ["--strict"] if strict else []
    command += arguments
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


# --------------------------------------------------------------------------- the kit's site

# Switches the web editor (/admin/, kit/editor) on in the fixture site, under `extra: kit:`.
EDITOR_SETTINGS = """\
    editor:
      backend: github
      repo: example/asean-site
      branch: main
"""

# Fixture sites are published here, whatever site_url the project's own mkdocs.yml names.
SITE_URL = "https://asean.example.org/"

# The menu of a fixture site; the build adds exhibitions, infographics and provinces to it.
KIT_NAV = {
    "Trang chủ": ("index.md", "Home"),
    "Giới thiệu": ("about.md", "About"),
    "Triển lãm": ("exhibitions/index.md", "Exhibitions"),
    "Đồ họa thông tin": ("infographics/index.md", "Infographics"),
    "Địa phương": ("provinces/index.md", "Provinces"),
}

KIT_PAGES = {
    "index.vi.md": """\
---
title: Trang chủ
description: Trang thử nghiệm của bộ công cụ chiến dịch.
---

# Trang thử nghiệm

Chào mừng bạn đến với trang thử nghiệm: triển lãm, đồ họa thông tin và đặc sản địa phương.

[Giới thiệu chiến dịch](about.md)
""",
    "index.en.md": """\
---
title: Home
description: The campaign kit's test site.
---

# Test site

Welcome to the test site: exhibitions, infographics and local specialities.

[About the campaign](about.md)
""",
    "about.vi.md": """\
---
title: Giới thiệu chiến dịch
description: Giới thiệu chiến dịch thử nghiệm của bộ công cụ.
---

# Giới thiệu chiến dịch

Trang này giới thiệu chiến dịch thử nghiệm và các đặc sản của địa phương.

!!! info

    Một ghi chú không có tiêu đề riêng.

## Đóng góp của Việt Nam

Việt Nam đóng góp tích cực vào Cộng đồng ASEAN.

## Đặc sản địa phương

Cà phê, chè và bánh.
""",
    "about.en.md": """\
---
title: About the campaign
description: About the kit's test campaign.
---

# About the campaign

This page presents the test campaign and the local specialities.

!!! info

    A note with no title of its own.

## Vietnam's contribution

Vietnam contributes actively to the ASEAN Community.

## Local specialities

Coffee, tea and cakes.
""",
    "provinces/index.vi.md": """\
---
title: Địa phương
description: Các tỉnh giới thiệu tiềm năng đầu tư, du lịch và đặc sản.
---

# Địa phương

Chọn một địa phương để xem.
""",
    "provinces/index.en.md": """\
---
title: Provinces
description: Provinces present their investment, tourism and specialities.
---

# Provinces

Choose a province to see its page.
""",
}


def kit_config(text: str, site_url: str = SITE_URL) -> str:
    """The project's mkdocs.yml with the fixture site's address and menu.

    Everything else (brand, theme, plugins, templates) stays the project's own, so a province
    tests the kit with its own settings.
    """
    text, found = re.subn(r"(?m)^site_url:.*$", f"site_url: {site_url}", text)
    assert found == 1, "mkdocs.yml has no 'site_url:' line"
    nav = "nav:\n" + "".join(f"  - {vi}: {page}\n" for vi, (page, _) in KIT_NAV.items())
    text, found = re.subn(r"(?m)^nav:.*\n(?:(?:[ \t].*)?\n)*", nav, text.rstrip("\n") + "\n")
    if not found:
        text += nav

    def translations(indent: str) -> str:
        lines = "".join(f"{indent}  {vi}: {en}\n" for vi, (_, en) in KIT_NAV.items())
        return f"{indent}nav_translations:\n{lines}"

    text, found = re.subn(
        r"(?m)^([ \t]+)nav_translations:.*\n(?:\1[ \t]+.*\n)*",
        lambda match: translations(match.group(1)),
        text,
    )
    if not found:
        text, found = re.subn(
            r"(?m)^([ \t]*)- locale: en\n",
            lambda match: match.group(0) + translations(match.group(1) + "  "),
            text,
        )
    assert found == 1, "mkdocs.yml has no English language under the i18n plugin"
    return text


def make_kit_project(destination: Path) -> Path:
    """A fixture site that does not depend on the project's own pages or exhibitions.

    The kit (mkdocs.yml, templates, assets, scripts) with a home page, an about page and the
    provinces index of KIT_PAGES, the menu of KIT_NAV, published at SITE_URL. Tests add
    exhibitions, infographics and provinces from the *_fixtures modules.
    """
    project = make_project(destination, with_docs=False, with_exhibitions=False)
    config = project / "mkdocs.yml"
    text = kit_config(config.read_text(encoding="utf-8"))
    # The web editor is off in the project's own mkdocs.yml; the fixture site has it on.
    text, found = re.subn(
        r"(?m)^(  kit:\n    messages: \w+\n)", lambda kit: kit.group(1) + EDITOR_SETTINGS, text
    )
    assert found == 1, "mkdocs.yml has no 'kit: messages:' under 'extra:'"
    config.write_text(text, encoding="utf-8")
    for relative, text in KIT_PAGES.items():
        write(project / "docs" / relative, text)
    return project


def site_config(project: Path = PROJECT) -> dict:
    """mkdocs.yml as plain data (its !!python tags are irrelevant to tests)."""
    from kit.core.config_file import read_config

    return read_config((project / "mkdocs.yml").read_text(encoding="utf-8"))


def published_pages(site: Path, pattern: str = "*.html") -> list[Path]:
    """The site's pages for visitors: every HTML file but the web editor's (/admin/, which is
    not a page of the site: kit/editor)."""
    return sorted(p for p in site.rglob(pattern) if p.relative_to(site).parts[0] != "admin")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def parse(path: Path):
    """The HTML file at ``path``, parsed (BeautifulSoup)."""
    from bs4 import BeautifulSoup  # imported on first use: unit tests rarely parse HTML

    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def build_site(
    project: Path,
    *arguments: str,
    env: dict[str, str] | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess:
    """scripts/build_site.py (what `make site` runs) on ``project``; ``env`` adds to the
    environment; ``timeout`` (seconds) raises subprocess.TimeoutExpired."""
    refuse_in_unit_tier("scripts/build_site.py")
    command = [
        sys.executable,
        str(SCRIPTS / "build_site.py"),
        "--config",
        str(project / "mkdocs.yml"),
    ]
    return subprocess.run(
        [*command, *arguments],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def kit_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(project, build output) of the kit's fixture site, built once per session as
    `make site` builds it: every kind of content, from the *_fixtures modules."""
    from site_fixtures import add_kit_content

    project = add_kit_content(make_kit_project(tmp_path_factory.mktemp("kit") / "project"))
    result = build_site(project, "--verbose")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Warning" not in output, output
    return project, output


@pytest.fixture(scope="session")
def kit_project(kit_build: tuple[Path, str]) -> Path:
    return kit_build[0]


@pytest.fixture(scope="session")
def kit_site(kit_project: Path) -> Path:
    """The kit's fixture site, built (see kit_build); tests must not change it."""
    return kit_project / "site"


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project (this site's own pages and exhibitions), built once per session."""
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


PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def new_page(browser, phone: bool = False):
    """A tab in a new browser context that records its requests (``page.requests``) and its
    console and script errors (``page.errors``)."""
    page = browser.new_context(**(PHONE if phone else DESKTOP)).new_page()
    page.requests = []
    page.errors = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    return page


@pytest.fixture
def page(browser) -> Iterator:
    """A desktop-sized tab recording requests and errors (see new_page)."""
    tab = new_page(browser)
    yield tab
    tab.context.close()


def foreign_requests(page, base_url: str) -> list[str]:
    """The requests ``page`` made to any web server but the one at ``base_url``."""
    own = urlsplit(base_url).netloc
    return [
        url
        for url in page.requests
        if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own
    ]


# --------------------------------------------------------------------------- shared checks


def page_file(site: Path, lang: str, url: str) -> Path:
    """The built file of the page at ``url`` ("about/") in ``lang``."""
    prefix = "en/" if lang == "en" else ""
    return site / prefix / url / "index.html"


def switch_language(page, lang: str, expected_url: str) -> None:
    """Choose ``lang`` in the header's language menu and wait for ``expected_url``."""
    page.locator(".md-select button").hover()
    page.locator(f'a.md-select__link[hreflang="{lang}"]').click()
    page.wait_for_url(expected_url)


def assert_hreflang_links(site: Path, url: str, site_url: str) -> None:
    """Both language versions of ``url`` name each other (and x-default) with absolute
    addresses, and each names itself as canonical."""
    expected = {"vi": site_url + url, "en": site_url + "en/" + url, "x-default": site_url + url}
    for lang in ("vi", "en"):
        html = parse(page_file(site, lang, url))
        found = {
            link["hreflang"]: link["href"]
            for link in html.select('head link[rel="alternate"][hreflang]')
        }
        assert found == expected
        canonical = html.select_one('head link[rel="canonical"]')["href"]
        assert canonical == expected[lang]


def assert_sitemap_alternates(site: Path, site_url: str) -> None:
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{site_url}about/</loc>" in sitemap
    assert f'hreflang="en" href="{site_url}en/about/"' in sitemap
    assert "None" not in sitemap


def assert_interface_in_page_language(site: Path, url: str) -> None:
    """Material's labels are Vietnamese on the Vietnamese page at ``url`` (which has an untitled
    info admonition) and English on the English one."""
    html = parse(page_file(site, "vi", url))
    text = str(html)
    for english in ("Initializing search", ">Tabs<", "Back to top", "Type to start searching"):
        assert english not in text
    assert html.select_one('input[name="query"]')["placeholder"] == "Tìm kiếm"
    assert html.select_one(".md-select button")["aria-label"] == "Chọn ngôn ngữ"
    assert "Về đầu trang" in text
    # An admonition with no title of its own gets a Vietnamese title.
    assert html.select_one(".admonition.info .admonition-title").get_text(strip=True) == "Thông tin"
    en = parse(page_file(site, "en", url))
    assert en.select_one(".admonition.info .admonition-title").get_text(strip=True) == "Info"
