"""Build the offline bundle for a kiosk screen or USB stick at a physical exhibition.

Usage:
    python scripts/build_kiosk.py                 writes dist/kiosk.zip
    python scripts/build_kiosk.py --output X.zip

Unzip it on the kiosk computer and open the file "index.html" inside the folder "kiosk" in a
browser: no network is needed. Links, photos, the lightbox and the language switch work from
the disk.

Exit codes: 0 built; 1 the site build failed (nothing written); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import build_site
from kit.editor import publish as editor
from kit.hosting.kiosk import make_offline, write_zip

PROJECT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_kiosk.py", description=__doc__.split("\n")[0])
    parser.add_argument("--config", type=Path, default=PROJECT / "mkdocs.yml")
    parser.add_argument("--output", type=Path, default=PROJECT / "dist" / "kiosk.zip")
    args = parser.parse_args(argv)
    if not args.config.is_file():
        print(f"error: {args.config} does not exist", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "kiosk"
        status = build_site.main(
            ["--config", str(args.config), "--site-dir", str(site), "--no-compress"]
        )
        if status != 0:
            return status
        # The web editor saves through a web server or the repository: nothing to do offline.
        shutil.rmtree(site / editor.FOLDER, ignore_errors=True)
        pages = make_offline(site)
        # Files only a web server uses (a 404 page is only ever shown by a server, and its
        # links start with "/", which means nothing on a disk).
        for name in ("sitemap.xml", "sitemap.xml.gz", "robots.txt"):
            (site / name).unlink(missing_ok=True)
        for not_found in site.glob("*/404.html"):
            not_found.unlink()
        (site / "404.html").unlink(missing_ok=True)
        # Pictures made only for social networks (og:image) are left out; the quiz's result
        # pictures (share/quiz/) are also shown on its result pages, so they stay.
        for picture in (site / "share").glob("*"):
            if picture.is_file():
                picture.unlink()
        write_zip(site, args.output, "kiosk")
    print(f"Kiosk bundle written to {args.output} ({pages} pages made offline-ready).")
    print("Unzip it and open kiosk/index.html in a browser.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
