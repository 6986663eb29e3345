"""scripts/audit.py without Lighthouse: finding the pages, the local server, reading reports,
the targets and the table. (`make audit` itself runs Lighthouse on the real site.)"""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import audit
import brotli
import pytest
from kit.hosting import caching
from kit.quality.audit import (
    COLUMNS,
    GALLERY_LIMIT_KB,
    LocalServer,
    PageResult,
    choose_encoding,
    content_type,
    forgive_own_not_found,
    format_problems,
    format_table,
    lighthouse_command,
    median_run,
    missed_targets,
    page_address,
    read_report,
    resolve,
)
from kit.quality.page_types import find_page_types

pytestmark = pytest.mark.unit

# --------------------------------------------------------------------------- a tiny site


def page(lang: str, body: str, vi_href: str, en_href: str, canonical: str = "") -> str:
    """A page as the kit's templates write it: html lang, canonical, language switcher."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (
        f'<!doctype html><html lang="{lang}"><head>{link}</head><body>'
        f'<a href="{vi_href}" hreflang="vi" lang="vi" class="md-select__link">VI</a>'
        f'<a href="{en_href}" hreflang="en" lang="en" class="md-select__link">EN</a>'
        f"{body}</body></html>"
    )


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def tiny_site(tmp_path: Path) -> Path:
    """Home, one exhibition (gallery) with an English twin, an item only in Vietnamese, and
    the 404 pages, at https://example.org/."""
    site = tmp_path / "site"
    write(site / "index.html", page("vi", "", "./", "en/", "https://example.org/"))
    write(site / "en" / "index.html", page("en", "", "../", "./", "https://example.org/en/"))
    gallery = '<div class="exhibit-grid"></div>'
    write(site / "exhibitions" / "a" / "index.html", page("vi", gallery, "./", "../../en/a/"))
    write(site / "en" / "a" / "index.html", page("en", gallery, "../../exhibitions/a/", "./"))
    item = '<figure class="exhibit-figure"></figure>'
    write(site / "exhibitions" / "a" / "b" / "index.html", page("vi", item, "./", "/en/b/"))
    write(site / "404.html", page("vi", "Không tìm thấy", "/", "/en/"))
    write(site / "en" / "404.html", page("en", "Not found", "/", "/en/"))
    return site


def test_page_types_are_found_from_markers_and_the_language_switcher(tiny_site: Path) -> None:
    assert find_page_types(tiny_site) == {
        "home": {"vi": "index.html", "en": "en/index.html"},
        # The item's English page does not exist: the type is left out.
        "exhibition": {"vi": "exhibitions/a/index.html", "en": "en/a/index.html"},
        "404": {"vi": "404.html", "en": "en/404.html"},
    }


@pytest.mark.parametrize(
    ("page_file", "address"),
    [
        ("index.html", ""),
        ("en/index.html", "en/"),
        ("exhibitions/a/b/index.html", "exhibitions/a/b/"),
        ("404.html", "audit-no-such-page/"),
        ("en/404.html", "en/audit-no-such-page/"),
    ],
)
def test_page_address(page_file: str, address: str) -> None:
    assert page_address(page_file) == address


# --------------------------------------------------------------------------- the server


@pytest.mark.parametrize(
    ("header", "available", "chosen"),
    [
        ("gzip, deflate, br, zstd", ["br", "gzip"], "br"),
        ("gzip, deflate", ["br", "gzip"], "gzip"),
        ("br;q=0, gzip", ["br", "gzip"], "gzip"),
        ("br", ["gzip"], None),
        ("*", ["br", "gzip"], "br"),
        ("", ["br", "gzip"], None),
        (None, ["br"], None),
    ],
)
def test_choose_encoding(header: str | None, available: list[str], chosen: str | None) -> None:
    assert choose_encoding(header, available) == chosen


def test_content_type() -> None:
    assert content_type("index.html") == "text/html; charset=utf-8"
    assert content_type("bundle.min.js") == "text/javascript; charset=utf-8"
    assert content_type("photo-480.webp") == "image/webp"
    assert content_type("font.woff2") == "font/woff2"
    assert content_type("logo.svg") == "image/svg+xml"


def test_resolve_like_nginx(tiny_site: Path) -> None:
    assert resolve(tiny_site, "/", "/") == (tiny_site / "index.html", 200)
    assert resolve(tiny_site, "/", "/en/a/?x=1") == (tiny_site / "en/a/index.html", 200)
    assert resolve(tiny_site, "/", "/missing/") == (tiny_site / "404.html", 404)
    assert resolve(tiny_site, "/", "/en/missing/") == (tiny_site / "en/404.html", 404)
    assert resolve(tiny_site, "/", "/../secret") == (tiny_site / "404.html", 404)
    assert resolve(tiny_site, "/", "//etc/hostname") == (tiny_site / "404.html", 404)
    # The precompressed copies are not pages of their own.
    (tiny_site / "index.html.gz").write_bytes(b"")
    assert resolve(tiny_site, "/", "/index.html.gz")[1] == 404
    # A site published under a sub-path.
    assert resolve(tiny_site, "/asean/", "/asean/en/") == (tiny_site / "en/index.html", 200)
    assert resolve(tiny_site, "/asean/", "/en/")[1] == 404


@pytest.fixture
def server(tiny_site: Path) -> Iterator[LocalServer]:
    text = (tiny_site / "index.html").read_bytes()
    (tiny_site / "index.html.br").write_bytes(brotli.compress(text))
    (tiny_site / "index.html.gz").write_bytes(gzip.compress(text))
    running = LocalServer(tiny_site)
    yield running
    running.close()


def fetch(url: str, encoding: str = "") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_server_sends_precompressed_pages_with_the_production_headers(
    server: LocalServer, tiny_site: Path
) -> None:
    status, headers, body = fetch(server.url(""), "gzip, br")
    assert status == 200
    assert headers["Content-Encoding"] == "br"
    assert brotli.decompress(body) == (tiny_site / "index.html").read_bytes()
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == caching.PAGE
    assert headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "Accept-Encoding" in headers["Vary"]
    status, headers, body = fetch(server.url(""), "gzip")
    assert headers["Content-Encoding"] == "gzip"
    status, headers, body = fetch(server.url(""))
    assert "Content-Encoding" not in headers
    assert body == (tiny_site / "index.html").read_bytes()


def test_gzip_only_hosting_never_sends_brotli(tiny_site: Path) -> None:
    text = (tiny_site / "index.html").read_bytes()
    (tiny_site / "index.html.br").write_bytes(brotli.compress(text))
    (tiny_site / "index.html.gz").write_bytes(gzip.compress(text))
    running = LocalServer(tiny_site, "gzip")
    try:
        _, headers, body = fetch(running.url(""), "gzip, br")
        assert headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body) == text
        _, headers, body = fetch(running.url(""), "br")
        assert "Content-Encoding" not in headers
        assert body == text
    finally:
        running.close()


def test_server_answers_missing_addresses_with_the_404_page_of_their_language(
    server: LocalServer,
) -> None:
    status, _, body = fetch(server.url("en/" + page_address("en/404.html")))
    assert status == 404
    assert b"Not found" in body
    status, _, body = fetch(server.url("nowhere.png"))
    assert status == 404
    assert "Không tìm thấy".encode() in body


# --------------------------------------------------------------------------- Lighthouse


def test_lighthouse_runs_with_its_default_phone_settings(tmp_path: Path) -> None:
    command = lighthouse_command("node", Path("lh.js"), "http://x/", tmp_path / "r.json")
    assert "--throttling-method=simulate" in command
    assert "--chrome-flags=--headless=new --no-sandbox" in command
    assert not [arg for arg in command if arg.startswith(("--form-factor", "--preset"))]
    assert "--ignore-status-code" not in command
    not_found = lighthouse_command("node", Path("lh.js"), "http://x/", tmp_path / "r", True)
    assert "--ignore-status-code" in not_found
    assert "--skip-audits=http-status-code" in not_found


def audit_result(score: float | None, title: str = "", items: tuple | list = ()) -> dict:
    return {
        "score": score,
        "scoreDisplayMode": "binary",
        "title": title,
        "details": {"type": "table", "items": list(items)},
    }


def fake_report(url: str = "http://127.0.0.1:1/x/", console: list | None = None) -> dict:
    """A Lighthouse JSON report reduced to what kit.quality.audit reads."""
    console = console or []
    audits = {
        "largest-contentful-paint": {
            "score": 0.5,
            "scoreDisplayMode": "numeric",
            "title": "Largest Contentful Paint",
            "displayValue": "4.0 s",
        },
        "total-blocking-time": {"score": 1, "scoreDisplayMode": "numeric", "title": "TBT"},
        "render-blocking-insight": {
            "score": 0,
            "scoreDisplayMode": "metricSavings",
            "title": "Render blocking requests",
            "metricSavings": {"FCP": 300},
            "details": {"items": [{"url": "http://127.0.0.1:1/a.css"}]},
        },
        "image-alt": audit_result(
            0, title="Images lack alt", items=[{"node": {"snippet": "<img>"}}]
        ),
        "color-contrast": audit_result(1),
        "errors-in-console": audit_result(
            0 if console else 1, title="Errors in console", items=console
        ),
        "doctype": audit_result(1),
        "meta-description": audit_result(1),
        "total-byte-weight": {"score": 1, "numericValue": 300 * 1024},
    }
    categories = {
        "performance": {
            "score": 0.75,
            "auditRefs": [
                {"id": "largest-contentful-paint", "weight": 25},
                {"id": "total-blocking-time", "weight": 25},
                {"id": "render-blocking-insight", "weight": 0},
            ],
        },
        "accessibility": {
            "score": 0.5,
            "auditRefs": [{"id": "image-alt", "weight": 1}, {"id": "color-contrast", "weight": 1}],
        },
        "best-practices": {
            "score": 0.5 if console else 1,
            "auditRefs": [{"id": "errors-in-console", "weight": 1}, {"id": "doctype", "weight": 1}],
        },
        "seo": {"score": 1, "auditRefs": [{"id": "meta-description", "weight": 1}]},
    }
    return {"finalDisplayedUrl": url, "audits": audits, "categories": categories}


def test_read_report_lists_what_costs_points_largest_first() -> None:
    result = read_report("item", "vi", "/x/", fake_report())
    assert result.scores == {
        "performance": 75,
        "accessibility": 50,
        "best-practices": 100,
        "seo": 100,
    }
    assert result.kilobytes == 300
    lost = [(f.category, f.audit, round(f.points, 1)) for f in result.findings]
    assert lost == [
        ("accessibility", "image-alt", 50.0),
        ("performance", "largest-contentful-paint", 25.0),
        ("performance", "render-blocking-insight", 0.0),  # a hint: it has no weight
    ]
    assert result.findings[0].examples == ["<img>"]
    assert result.findings[2].examples == ["http://127.0.0.1:1/a.css"]


OWN_404 = {
    "source": "network",
    "description": "Failed to load resource: the server responded with a status of 404",
    "sourceLocation": {"url": "http://127.0.0.1:1/x/"},
}
OTHER_404 = {**OWN_404, "sourceLocation": {"url": "http://127.0.0.1:1/missing.css"}}


def test_the_404_page_is_not_blamed_for_its_own_status() -> None:
    report = fake_report(console=[OWN_404])
    assert forgive_own_not_found(report)
    assert report["categories"]["best-practices"]["score"] == 1
    result = read_report("404", "en", "/en/x/", fake_report(console=[OWN_404]))
    assert result.scores["best-practices"] == 100
    assert "errors-in-console" not in [f.audit for f in result.findings]


def test_the_404_page_is_still_blamed_for_other_console_errors() -> None:
    result = read_report("404", "en", "/en/x/", fake_report(console=[OWN_404, OTHER_404]))
    assert result.scores["best-practices"] == 50
    console = next(f for f in result.findings if f.audit == "errors-in-console")
    assert console.examples == [OTHER_404["description"]]
    # Other pages are never forgiven.
    result = read_report("home", "en", "/en/", fake_report(console=[OWN_404]))
    assert result.scores["best-practices"] == 50


# --------------------------------------------------------------------------- targets, table


def page_result(kind: str = "home", perf: int = 100, kb: float = 100, **scores: int) -> PageResult:
    values = {"performance": perf, "accessibility": 100, "best-practices": 100, "seo": 100}
    values.update({name.replace("_", "-"): value for name, value in scores.items()})
    return PageResult(kind, "vi", "/", values, kb, [])


def test_targets() -> None:
    assert missed_targets(page_result(perf=95)) == []
    assert missed_targets(page_result(perf=94)) == ["performance 94 < 95"]
    assert missed_targets(page_result(best_practices=96)) == ["best-practices 96 < 100"]
    # Only the gallery page is held to the weight limit.
    assert missed_targets(page_result(kb=900)) == []
    assert missed_targets(page_result("exhibition", kb=GALLERY_LIMIT_KB)) == []
    assert missed_targets(page_result("exhibition", kb=GALLERY_LIMIT_KB + 1)) == [
        f"weight {GALLERY_LIMIT_KB + 1} KB > {GALLERY_LIMIT_KB} KB"
    ]
    no_score = page_result()
    no_score.scores["seo"] = None
    assert missed_targets(no_score) == ["seo: no score"]


def test_median_run_keeps_one_whole_run() -> None:
    runs = [page_result(perf=90, kb=1), page_result(perf=99, kb=2), page_result(perf=95, kb=3)]
    chosen = median_run(runs)
    assert (chosen.scores["performance"], chosen.kilobytes, chosen.runs) == (95, 3, 3)
    assert median_run([page_result(perf=90), page_result(perf=99)]).scores["performance"] == 90


def test_table() -> None:
    results = [page_result(), page_result("exhibition", perf=91, kb=612.4), page_result("404")]
    lines = format_table(results).splitlines()
    assert all(column in lines[0] for column in COLUMNS)
    assert lines[2].split() == ["home", "vi", "/", "100", "100", "100", "100", "100", "PASS"]
    assert lines[3].split() == ["exhibition", "vi", "/", "91", "100", "100", "100", "612†", "FAIL"]
    assert lines[4].split()[0] == "404*"
    assert len({len(line) for line in lines[:2]}) == 1
    text = "\n".join(lines)
    assert "* 404:" in text and "http-status-code" in text
    assert "median" not in text


def test_problems_name_the_page_the_target_and_the_audits() -> None:
    failing = read_report("item", "en", "/en/x/", fake_report())
    text = format_problems([page_result(), failing])
    assert text.splitlines()[0] == ("item (en) /en/x/: performance 75 < 95; accessibility 50 < 100")
    assert "[accessibility -50.0] image-alt: Images lack alt" in text
    assert "      <img>" in text
    assert "home" not in text


# --------------------------------------------------------------------------- the script


def test_missing_chromium_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setattr(audit, "CHROMIUM", tmp_path / "no-chromium")
    assert audit.main([]) == 2
    assert "install" in capsys.readouterr().err


def test_missing_lighthouse_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    chromium = tmp_path / "chromium"
    chromium.write_text("")
    monkeypatch.setattr(audit, "CHROMIUM", chromium)
    monkeypatch.setattr(audit, "LIGHTHOUSE", audit.PROJECT / "node_modules" / "nothing.js")
    monkeypatch.setattr(audit.shutil, "which", lambda name: "/usr/bin/" + name)
    assert audit.main([]) == 2
    assert "make test" in capsys.readouterr().err


def test_bad_options_are_usage_errors() -> None:
    assert audit.main(["--runs", "0"]) == 2
    assert audit.main(["--only", "blog"]) == 2


def test_a_busy_computer_is_mentioned() -> None:
    assert audit.busy_note(peak_load=2.4, cores=2) is None  # the audit's own load
    assert "load average up to 3.9 on 2 cores" in (audit.busy_note(3.9, 2) or "")


def test_server_is_quiet_about_connections_chromium_closes(
    server: LocalServer, capsys: pytest.CaptureFixture
) -> None:
    try:
        raise BrokenPipeError(32, "Broken pipe")
    except BrokenPipeError:
        server.server.handle_error(None, ("127.0.0.1", 1))
    assert capsys.readouterr().err == ""
