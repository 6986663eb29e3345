"""Check a built site for broken links and images (run after `make site`).

Usage:
    python scripts/check_links.py site/                     the site built by `make site`
    python scripts/check_links.py /tmp/kiosk --offline      an unzipped kiosk bundle
    python scripts/check_links.py site/ --site-url https://portal.example.gov.vn/asean/

Every page is read for its links, images (including the sizes in srcset), scripts, style
sheets, video posters and share pictures; each must lead to a file of the site, and a link to
"#part" of a page must find that part. Links to other websites are not checked. The site's
address (for sites under a sub-path such as /asean/) is read from the home page unless given.

Each problem is printed on one line: the page file and line, what holds the address, the
address, and what is missing. Fix the page's source (docs/, exhibitions/ or overrides/), rebuild
and run the check again.

Exit codes: 0 no broken links; 1 broken links found; 2 wrong usage (no built site there).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kit.quality.links import check_site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="check_links.py",
        description="Find broken links and images in a built site.",
        epilog="Exit codes: 0 nothing broken, 1 broken links found, 2 wrong usage.",
    )
    parser.add_argument("site_dir", type=Path, help="the built site, for example site/")
    parser.add_argument(
        "--site-url",
        default=None,
        help="the address the site is published at (default: read from its home page)",
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help="the site is opened from the disk (kiosk bundle): links must name files",
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    if not (args.site_dir / "index.html").is_file():
        print(
            f"error: {args.site_dir} has no index.html; build the site first ('make site') "
            "and give the folder it was built into",
            file=sys.stderr,
        )
        return 2
    report = check_site(args.site_dir, args.site_url, args.offline)
    for broken in report.broken:
        print(broken)
    summary = (
        f"{report.pages} pages, {report.checked} links and images checked, "
        f"{report.external} to other websites not checked: "
    )
    if report.broken:
        print(summary + f"{len(report.broken)} broken.", file=sys.stderr)
        return 1
    print(summary + "none broken.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
