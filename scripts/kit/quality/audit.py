"""Lighthouse audit of each page type: the pieces behind scripts/audit.py.

Finding one page of each type in the built site, serving the site the way the production
server does (precompressed files, cache and security headers, the 404 page with status 404),
running Lighthouse on a page, reading its JSON report and judging it against the targets.
Everything except running Lighthouse is plain Python that the tests call directly.
"""

from __future__ import annotations

import http.server
import json
import mimetypes
import os
import posixpath
import re
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kit.hosting.caching import cache_control
from kit.hosting.csp import policy
from kit.quality.page_types import site_languages, site_path

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")

# Scores out of 100 that every page must reach, and the weight limit of a gallery page.
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
GALLERY_TYPE = "exhibition"
GALLERY_LIMIT_KB = 500

# A 404 page must answer with status 404, and Lighthouse's SEO check "Page has successful
# HTTP status code" can only fail on it; that one check is left out for this page type.
NOT_FOUND_SKIPPED_AUDITS = ("http-status-code",)

# A path no site has: the 404 page is audited the way visitors meet it, at a missing address.
MISSING_PAGE = "audit-no-such-page/"


def page_address(page: str) -> str:
    """The address path (inside the site) of a page file: ``en/about/index.html`` ->
    ``en/about/``; a 404 page becomes a missing address in its language's folder."""
    folder, name = posixpath.split(page)
    prefix = f"{folder}/" if folder else ""
    if name == "404.html":
        return prefix + MISSING_PAGE
    if name == "index.html":
        return prefix
    return page


# --------------------------------------------------------------------------- local server
# Headers as in the nginx configuration of scripts/make_server_config.py (cache times from
# kit.hosting.caching, shared with it).

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "X-Frame-Options": "SAMEORIGIN",
}
EXTRA_TYPES = {
    ".webp": "image/webp",
    ".woff2": "font/woff2",
    ".webmanifest": "application/manifest+json",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".svg": "image/svg+xml",
    ".json": "application/json",
    ".xml": "application/xml",
}
# Precompressed copies the build writes, in order of preference.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))
# How a host may send them: the kit's nginx configuration sends both; most static hosts
# (GitHub Pages, GitLab Pages, a plain web server) send gzip only.
HOSTING = {"nginx": ("br", "gzip"), "gzip": ("gzip",)}


def content_type(path: str) -> str:
    """Content-Type for a file, with ``charset=utf-8`` for text."""
    suffix = posixpath.splitext(path)[1].lower()
    kind = EXTRA_TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"
    textual = kind.startswith("text/") or kind in ("application/json", "application/xml")
    return f"{kind}; charset=utf-8" if textual else kind


def accepted_encodings(header: str | None) -> set[str]:
    """The content codings an Accept-Encoding header allows (q=0 means refused)."""
    accepted = set()
    for part in (header or "").split(","):
        name, _, params = part.strip().partition(";")
        quality = re.search(r"q\s*=\s*([0-9.]+)", params)
        if name and not (quality and float(quality.group(1)) == 0):
            accepted.add(name.strip().lower())
    return accepted


def choose_encoding(header: str | None, available: Iterable[str]) -> str | None:
    """The precompressed coding to send ("br", "gzip") or None for the plain file."""
    accepted = accepted_encodings(header)
    present = set(available)
    for coding, _suffix in ENCODINGS:
        if coding in present and (coding in accepted or "*" in accepted):
            return coding
    return None


def resolve(site: Path, base: str, url_path: str) -> tuple[Path, int]:
    """(file to send, status) for a request path, as nginx does it: folders give their
    index.html, anything missing the 404 page of the address's language."""
    path = unquote(urlsplit(url_path).path)
    inside = path[len(base) :].lstrip("/") if path.startswith(base) else None
    if inside is not None and ".." not in inside.split("/"):
        candidate = site / inside
        if candidate.is_dir():
            candidate = candidate / "index.html"
        if candidate.is_file() and not candidate.name.endswith((".br", ".gz")):
            return candidate, 200
    for lang in site_languages(site):
        not_found = site / lang / "404.html"
        if inside is not None and inside.startswith(f"{lang}/") and not_found.is_file():
            return not_found, 404
    return site / "404.html", 404


def make_handler(
    site: Path, base: str, csp: str, codings: tuple[str, ...] = HOSTING["nginx"]
) -> type[http.server.BaseHTTPRequestHandler]:
    """A request handler class serving ``site`` at ``base`` with the production headers,
    sending the precompressed copies in ``codings`` only."""
    encodings = [(coding, suffix) for coding, suffix in ENCODINGS if coding in codings]

    class SiteHandler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self.send_site_file(with_body=True)

        def do_HEAD(self) -> None:
            self.send_site_file(with_body=False)

        def send_site_file(self, with_body: bool) -> None:
            target, status = resolve(site, base, self.path)
            if not target.is_file():
                self.send_error(404)
                return
            available = [c for c, s in encodings if target.with_name(target.name + s).is_file()]
            coding = choose_encoding(self.headers.get("Accept-Encoding"), available)
            suffix = dict(encodings)[coding] if coding else ""
            body = target.with_name(target.name + suffix).read_bytes()
            self.send_response(status)
            self.send_header("Content-Type", content_type(target.name))
            self.send_header("Content-Length", str(len(body)))
            if available:
                self.send_header("Vary", "Accept-Encoding")
            if coding:
                self.send_header("Content-Encoding", coding)
            self.send_header("Cache-Control", cache_control(target.relative_to(site).as_posix()))
            if target.suffix == ".html":
                self.send_header("Content-Security-Policy", csp)
            for name, value in SECURITY_HEADERS.items():
                self.send_header(name, value)
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # Lighthouse's requests are not worth a line each

    return SiteHandler


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # Chromium closes connections it no longer needs, sometimes mid-answer.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LocalServer:
    """The built site served on 127.0.0.1 (a free port) in a background thread."""

    def __init__(self, site: Path, hosting: str = "nginx") -> None:
        base = site_path(site)
        handler = make_handler(site, base, policy(), HOSTING[hosting])
        self.server = _QuietServer(("127.0.0.1", 0), handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}{base}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, address: str) -> str:
        """The full URL of an address path inside the site."""
        return self.base_url + address

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# --------------------------------------------------------------------------- Lighthouse

CHROME_FLAGS = "--headless=new --no-sandbox"


def lighthouse_command(
    node: str, lighthouse: Path, url: str, report: Path, not_found: bool = False
) -> list[str]:
    """The Lighthouse command line: default mobile settings, simulated throttling, JSON."""
    command = [
        node,
        str(lighthouse),
        url,
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--throttling-method=simulate",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]
    if not_found:
        # Without this flag Lighthouse refuses to audit a page answered with status 404.
        command += ["--ignore-status-code", f"--skip-audits={','.join(NOT_FOUND_SKIPPED_AUDITS)}"]
    return command


class LighthouseError(Exception):
    """Lighthouse could not audit a page; the message says why."""


def run_lighthouse(
    node: str, lighthouse: Path, chromium: Path, url: str, report: Path, not_found: bool
) -> dict:
    """Audit one URL; returns the parsed JSON report (also kept at ``report``)."""
    report.parent.mkdir(parents=True, exist_ok=True)
    report.unlink(missing_ok=True)
    command = lighthouse_command(node, lighthouse, url, report, not_found)
    env = {**os.environ, "CHROME_PATH": str(chromium)}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0 or not report.is_file():
        output = (result.stderr or result.stdout).strip().splitlines()
        raise LighthouseError(f"Lighthouse failed on {url}: {' '.join(output[-3:])}")
    data = json.loads(report.read_text(encoding="utf-8"))
    if data.get("runtimeError"):
        raise LighthouseError(f"Lighthouse failed on {url}: {data['runtimeError']['message']}")
    return data


# --------------------------------------------------------------------------- reports


@dataclass
class Finding:
    """An audit that cost points: how many (out of 100 in its category) and examples."""

    category: str
    audit: str
    title: str
    points: float
    display: str = ""
    examples: list[str] = field(default_factory=list)


@dataclass
class PageResult:
    """Lighthouse's verdict on one page in one language."""

    kind: str
    lang: str
    address: str
    scores: dict[str, int | None]
    kilobytes: float
    findings: list[Finding]
    warnings: list[str] = field(default_factory=list)
    runs: int = 1
    benchmark: float | None = None  # Lighthouse's measure of this computer's CPU speed


def _score(category: dict) -> int | None:
    value = category.get("score")
    return None if value is None else round(value * 100)


def _example(item: dict) -> str:
    """A short description of one row of an audit's details table."""
    node = item.get("node") if isinstance(item.get("node"), dict) else {}
    source = item.get("source") if isinstance(item.get("source"), dict) else {}
    for value in (
        node.get("snippet"),
        node.get("selector"),
        item.get("description"),
        item.get("url"),
        source.get("url"),
        item.get("label"),
    ):
        if isinstance(value, str) and value:
            return " ".join(value.split())[:160]
    return ""


def examples(audit: dict, limit: int = 3) -> list[str]:
    """Up to ``limit`` offending elements, files or messages from an audit's details."""
    items = (audit.get("details") or {}).get("items") or []
    found = []
    for item in items:
        text = _example(item) if isinstance(item, dict) else ""
        if text and text not in found:
            found.append(text)
        if len(found) == limit:
            break
    return found


def findings(report: dict) -> list[Finding]:
    """Every weighted audit that lost points, largest loss first.

    The loss is the audit's share of its category score: weight x (1 - score) over the total
    weight of the category's scored audits, in points out of 100.
    """
    audits = report["audits"]
    lost = []
    for name, category in report["categories"].items():
        # The report already gives no weight to audits that do not apply to the page.
        refs = [ref for ref in category["auditRefs"] if ref["weight"] > 0 and ref["id"] in audits]
        total = sum(ref["weight"] for ref in refs) or 1
        for ref in refs:
            audit = audits[ref["id"]]
            score = audit.get("score")
            if score is None or score >= 1:
                continue
            lost.append(
                Finding(
                    category=name,
                    audit=ref["id"],
                    title=audit.get("title", ref["id"]),
                    points=100 * ref["weight"] * (1 - score) / total,
                    display=audit.get("displayValue", ""),
                    examples=examples(audit),
                )
            )
    return sorted(lost, key=lambda finding: -finding.points)


def opportunities(report: dict, limit: int = 3) -> list[Finding]:
    """Lighthouse's performance suggestions with the largest estimated savings.

    They carry no weight of their own but say why the performance metrics are slow.
    """
    found = []
    for ref in report["categories"].get("performance", {}).get("auditRefs", []):
        audit = report["audits"].get(ref["id"], {})
        score = audit.get("score")
        savings = audit.get("metricSavings") or {}
        if ref["weight"] or score is None or score >= 0.9 or not any(savings.values()):
            continue
        found.append(
            Finding(
                category="performance",
                audit=ref["id"],
                title=audit.get("title", ref["id"]),
                points=0.0,
                display=audit.get("displayValue", ""),
                examples=examples(audit),
            )
        )
    return found[:limit]


def kilobytes(report: dict) -> float:
    """Bytes transferred over the network on a first visit (empty cache), in KB."""
    audit = report["audits"].get("total-byte-weight", {})
    return float(audit.get("numericValue") or 0) / 1024


def category_score(report: dict, category: str) -> float | None:
    """A category's score (0-1) recomputed from its audits, as Lighthouse computes it: the
    weighted mean over audits with a weight, two decimals; None if one of them has no score."""
    refs = [ref for ref in report["categories"][category]["auditRefs"] if ref["weight"] > 0]
    scores = [report["audits"][ref["id"]].get("score") for ref in refs]
    if any(score is None for score in scores):
        return None
    total = sum(ref["weight"] for ref in refs)
    return round(sum(s * ref["weight"] for s, ref in zip(scores, refs, strict=True)) / total, 2)


def _is_own_status_error(item: dict, page_url: str) -> bool:
    location = item.get("sourceLocation") or {}
    return (
        item.get("source") == "network"
        and location.get("url") == page_url
        and "status of 404" in (item.get("description") or "")
    )


def forgive_own_not_found(report: dict) -> bool:
    """On the 404 page, remove the console message Chrome writes for the page's own 404
    answer ("Failed to load resource: ... 404") and rescore best practices without it.

    Any other console error still counts. Returns True when the message was found.
    """
    audit = report["audits"].get("errors-in-console")
    page_url = report.get("finalDisplayedUrl") or report.get("requestedUrl") or ""
    if not audit or not audit.get("details"):
        return False
    items = audit["details"].get("items") or []
    others = [item for item in items if not _is_own_status_error(item, page_url)]
    if len(others) == len(items):
        return False
    audit["details"]["items"] = others
    if not others:
        audit["score"] = 1
    if "best-practices" in report["categories"]:
        report["categories"]["best-practices"]["score"] = category_score(report, "best-practices")
    return True


def read_report(kind: str, lang: str, address: str, report: dict) -> PageResult:
    """The scores, weight and lost points of one Lighthouse JSON report.

    For the 404 page, what follows from its status 404 by design is not counted (see
    forgive_own_not_found and NOT_FOUND_SKIPPED_AUDITS), nor Lighthouse's warning about it.
    """
    warnings = [str(warning) for warning in report.get("runWarnings", [])]
    if kind == "404":
        forgive_own_not_found(report)
        warnings = [warning for warning in warnings if "(Status code: 404)" not in warning]
    return PageResult(
        kind=kind,
        lang=lang,
        address=address,
        scores={name: _score(report["categories"].get(name, {})) for name in CATEGORIES},
        kilobytes=kilobytes(report),
        findings=findings(report) + opportunities(report),
        warnings=warnings,
        benchmark=(report.get("environment") or {}).get("benchmarkIndex"),
    )


def median_run(results: Sequence[PageResult]) -> PageResult:
    """The run whose performance score is the median (the lower middle one for an even
    count); all its figures are kept together, as Lighthouse recommends."""
    ranked = sorted(results, key=lambda result: result.scores.get("performance") or 0)
    chosen = ranked[(len(ranked) - 1) // 2]
    chosen.runs = len(results)
    return chosen


# --------------------------------------------------------------------------- targets


def missed_targets(result: PageResult) -> list[str]:
    """The targets a page misses, in words ("performance 91 < 95")."""
    missed = []
    for name, target in TARGETS.items():
        score = result.scores.get(name)
        if score is None:
            missed.append(f"{name}: no score")
        elif score < target:
            missed.append(f"{name} {score} < {target}")
    if result.kind == GALLERY_TYPE and result.kilobytes > GALLERY_LIMIT_KB:
        missed.append(f"weight {result.kilobytes:.0f} KB > {GALLERY_LIMIT_KB} KB")
    return missed


# --------------------------------------------------------------------------- output

COLUMNS = (
    "Page type",
    "Language",
    "URL path",
    "Performance",
    "Accessibility",
    "Best practices",
    "SEO",
    "KB",
    "Result",
)


def _cell(score: int | None) -> str:
    return "-" if score is None else str(score)


def table_rows(results: Iterable[PageResult]) -> list[tuple[str, ...]]:
    """One row of cells per page, in the order of COLUMNS."""
    rows = []
    for result in results:
        kind = f"{result.kind}*" if result.kind == "404" else result.kind
        weight = f"{result.kilobytes:.0f}"
        weight += "†" if result.kind == GALLERY_TYPE else ""
        rows.append(
            (
                kind,
                result.lang,
                result.address,
                *(_cell(result.scores.get(name)) for name in CATEGORIES),
                weight,
                "FAIL" if missed_targets(result) else "PASS",
            )
        )
    return rows


def format_table(results: Sequence[PageResult]) -> str:
    """A plain-text table, numbers right-aligned, with the footnotes it needs."""
    rows = [COLUMNS, *table_rows(results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    numeric = range(3, 8)

    def line(row: Sequence[str]) -> str:
        cells = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        return "  ".join(cells).rstrip()

    out = [line(rows[0]), "  ".join("-" * width for width in widths)]
    out += [line(row) for row in rows[1:]]
    targets = ", ".join(f"{name} >= {value}" for name, value in TARGETS.items())
    out.append("")
    out.append(f"Targets: {targets}; an exhibition (gallery) page <= {GALLERY_LIMIT_KB} KB.")
    out.append(
        "KB: bytes transferred on a first visit with an empty cache (Lighthouse "
        "total-byte-weight); † = the gallery page, held to the weight limit."
    )
    if any(result.kind == "404" for result in results):
        skipped = ", ".join(NOT_FOUND_SKIPPED_AUDITS)
        out.append(
            f"* 404: audited at a missing address, answered with status 404 as the server "
            f"does. Two results of that status are not counted: the SEO check '{skipped}' "
            "(skipped: it fails on any 404 answer) and the console message Chrome logs for "
            "the page's own 404 answer (removed, best practices rescored; other console "
            "errors still count)."
        )
    runs = {result.runs for result in results}
    if runs != {1}:
        out.append(
            f"Each page was audited {max(runs)} times; the run with the median performance "
            "score is shown."
        )
    benchmarks = [round(r.benchmark) for r in results if r.benchmark]
    if benchmarks:
        out.append(
            f"CPU benchmark of this computer (Lighthouse benchmarkIndex): {min(benchmarks)}"
            f"-{max(benchmarks)}; a slow or busy computer lowers the performance scores."
        )
    return "\n".join(out)


def format_problems(results: Iterable[PageResult], per_page: int = 6) -> str:
    """What to fix, page by page: the missed targets, then the audits that cost points."""
    out = []
    for result in results:
        missed = missed_targets(result)
        if not missed:
            continue
        out.append(f"{result.kind} ({result.lang}) {result.address}: {'; '.join(missed)}")
        for finding in result.findings[:per_page]:
            cost = f"-{finding.points:.1f}" if finding.points else "hint"
            display = f" ({finding.display})" if finding.display else ""
            out.append(f"  [{finding.category} {cost}] {finding.audit}: {finding.title}{display}")
            out += [f"      {example}" for example in finding.examples]
        out += [f"  warning: {warning}" for warning in result.warnings]
    return "\n".join(out)
