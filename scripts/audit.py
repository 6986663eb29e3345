"""Lighthouse scores (speed, accessibility, best practices, SEO) of each type of page.

Usage (from the project folder; `make audit` runs the first line):
    python scripts/audit.py                       build the site into a temporary folder, audit
    python scripts/audit.py --site-dir site       audit a site already built by `make site`
    python scripts/audit.py --runs 1              one audit per page (quicker, less steady)
    python scripts/audit.py --only exhibition item
    python scripts/audit.py --hosting gzip        served as most static hosts serve it (no brotli)

One page of each type (home, exhibitions index, exhibition gallery, exhibition item,
infographic, province, 404) is found in the built site and audited in Vietnamese (/) and in
English (/en/). The site is served on this computer as the production server sends it
(precompressed files, cache and security headers, the 404 page with status 404) and Lighthouse
(npm, installed by `make test`) opens each page in Debian's Chromium with its default phone
settings and simulated slow network. Performance varies from one run to the next (more so on
a busy computer), so each page is audited three times and the run with the median performance
score is kept, as Lighthouse's documentation advises; it takes about 10 minutes.

A table shows the scores out of 100 and the kilobytes a first visit downloads, and PASS or
FAIL against the targets: performance >= 95, accessibility, best practices and SEO 100, and an
exhibition gallery page of at most 500 KB. Then, for each failing page, the checks that cost
points, with the elements or files concerned. The full reports are kept in .cache/audit/
(open them in https://googlechrome.github.io/lighthouse/viewer/ for the details).

Exit codes: 0 every target met; 1 some target missed (or a page could not be audited, or the
build failed); 2 wrong usage (no Chromium, no Node.js or Lighthouse: run `make test` first).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kit.quality.audit import (
    HOSTING,
    LighthouseError,
    LocalServer,
    PageResult,
    format_problems,
    format_table,
    median_run,
    missed_targets,
    page_address,
    read_report,
    run_lighthouse,
)
from kit.quality.page_types import PAGE_TYPES, find_page_types

PROJECT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = PROJECT / "node_modules" / "lighthouse" / "cli" / "index.js"
REPORTS = PROJECT / ".cache" / "audit"
CHROMIUM = Path(os.environ.get("CHROME_PATH") or "/usr/bin/chromium")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="audit.py",
        description="Lighthouse scores of each type of page, in both languages, with targets.",
        epilog="Exit codes: 0 every target met, 1 some target missed, 2 wrong usage.",
    )
    parser.add_argument(
        "--site-dir",
        type=Path,
        default=None,
        help="audit this already built site (default: build the project into a temporary folder)",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="audits per page; the run with the median performance score is kept (default: 3; "
        "1 for a quick look)",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=PAGE_TYPES,
        metavar="TYPE",
        help=f"audit only these page types ({', '.join(PAGE_TYPES)})",
    )
    parser.add_argument(
        "--hosting",
        choices=sorted(HOSTING),
        default="nginx",
        help="how the pages are sent: 'nginx' (brotli or gzip, as the kit's nginx configuration "
        "does; the default) or 'gzip' (gzip only, as GitHub Pages and most static hosts do)",
    )
    parser.add_argument(
        "--reports",
        type=Path,
        default=REPORTS,
        help="folder for Lighthouse's JSON reports (default: .cache/audit/)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    return args


def usage_problem(site_dir: Path | None) -> str | None:
    """What is missing to run the audit, in words, or None."""
    if not CHROMIUM.is_file():
        return (
            f"Chromium not found at {CHROMIUM}: install Debian's package "
            "('sudo apt-get install chromium') or set CHROME_PATH"
        )
    if shutil.which("node") is None:
        return "Node.js not found: install it ('sudo apt-get install nodejs npm')"
    if not LIGHTHOUSE.is_file():
        return f"{LIGHTHOUSE.relative_to(PROJECT)} is missing: run 'make test' first (npm ci)"
    if site_dir is not None and not (site_dir / "index.html").is_file():
        return f"{site_dir} has no built site; run 'make site' first or leave out --site-dir"
    return None


def build_site(folder: Path) -> Path | None:
    """Build the project into ``folder``/site as `make site` does; None if the build failed."""
    site = folder / "site"
    command = [sys.executable, str(PROJECT / "scripts" / "build_site.py"), "--site-dir", str(site)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(result.stdout + result.stderr, file=sys.stderr)
        return None
    return site


def audit_page(
    server: LocalServer, kind: str, lang: str, page: str, runs: int, reports: Path
) -> PageResult:
    """Lighthouse on one page ``runs`` times; the median run."""
    address = page_address(page)
    for stale in reports.glob(f"{kind}-{lang}*.json"):
        stale.unlink()  # reports of an earlier audit, perhaps with another --runs
    results = []
    for run in range(1, runs + 1):
        suffix = f"-{run}" if runs > 1 else ""
        report = run_lighthouse(
            node=shutil.which("node") or "node",
            lighthouse=LIGHTHOUSE,
            chromium=CHROMIUM,
            url=server.url(address),
            report=reports / f"{kind}-{lang}{suffix}.json",
            not_found=kind == "404",
        )
        results.append(read_report(kind, lang, "/" + address, report))
    return median_run(results)


def audit_site(
    site: Path, kinds: tuple[str, ...], runs: int, reports: Path, hosting: str = "nginx"
) -> tuple[list[PageResult], list[str], float]:
    """(results, pages that could not be audited, highest load average seen) for every page
    type found in ``site``."""
    page_types = find_page_types(site)
    missing = [kind for kind in kinds if kind not in page_types]
    if missing:
        print(f"The site has no page of type: {', '.join(missing)} (skipped)")
    todo = [(k, lang, p) for k in kinds for lang, p in page_types.get(k, {}).items()]
    server = LocalServer(site, hosting)
    results: list[PageResult] = []
    errors: list[str] = []
    peak_load = 0.0
    try:
        for number, (kind, lang, page) in enumerate(todo, start=1):
            started = time.monotonic()
            peak_load = max(peak_load, os.getloadavg()[0])
            print(f"[{number}/{len(todo)}] {kind} ({lang}) /{page_address(page)} ...", flush=True)
            try:
                result = audit_page(server, kind, lang, page, runs, reports)
            except LighthouseError as error:
                errors.append(str(error))
                print(f"    {error}", flush=True)
                continue
            results.append(result)
            verdict = "FAIL" if missed_targets(result) else "PASS"
            print(f"    {verdict} in {time.monotonic() - started:.0f} s", flush=True)
    finally:
        server.close()
    return results, errors, peak_load


def busy_note(peak_load: float, cores: int) -> str | None:
    """A warning when other programs kept this computer busy during the audit, or None.

    Lighthouse's performance figures come from the page load as it ran here: on a busy
    computer the first paint is sometimes delayed by a second, which costs 5-10 points.
    The audit itself keeps about one core busy.
    """
    if peak_load <= cores * 0.75 + 1:
        return None
    return (
        f"note: other programs kept this computer busy during the audit (load average up to "
        f"{peak_load:.1f} on {cores} cores): performance scores may be lower than on an idle "
        "computer; run it again when the computer is idle before trusting a performance FAIL"
    )


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    problem = usage_problem(args.site_dir)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    started = time.monotonic()
    kinds = tuple(args.only or PAGE_TYPES)
    with tempfile.TemporaryDirectory(prefix="audit-") as temporary:
        site = args.site_dir
        if site is None:
            print("Building the site into a temporary folder ...", flush=True)
            site = build_site(Path(temporary))
            if site is None:
                print("error: the build failed (see above); nothing was audited", file=sys.stderr)
                return 1
        results, errors, peak_load = audit_site(
            site.resolve(), kinds, args.runs, args.reports, args.hosting
        )
    print(f"\nServed as: {args.hosting} ({', '.join(HOSTING[args.hosting])})")
    print(format_table(results))
    problems = format_problems(results)
    if problems:
        print("\nWhat costs points, page by page (points lost out of 100 in each category):")
        print(problems)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    busy = busy_note(peak_load, os.cpu_count() or 1)
    if busy:
        print(f"\n{busy}")
    failed = [result for result in results if missed_targets(result)]
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    print(
        f"\n{len(results) - len(failed)} of {len(results) + len(errors)} pages meet every "
        f"target ({minutes} min {seconds} s). Reports: {args.reports}"
    )
    return 1 if failed or errors or not results else 0


if __name__ == "__main__":
    sys.exit(main())
