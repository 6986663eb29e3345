"""Take the screenshots of the guide "Build your province's ASEAN site" (docs/guide/).

Usage (from the project folder, after `make test` has installed the test tools):
    .venv/bin/python scripts/dev/make_guide_screenshots.py

It creates an example province site with scripts/new_site.py in a temporary folder, builds it,
opens it in Debian's Chromium and saves the pictures the guide shows, as WebP, into
docs/guide/. Run it again when the look of the site changes.

Exit codes: 0 pictures written; 1 the example site could not be created or built, or the
browser is missing.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import io
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from PIL import Image

PROJECT = Path(__file__).resolve().parents[2]
SCRIPTS = PROJECT / "scripts"
GUIDE = PROJECT / "docs" / "guide"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
EXAMPLE = [
    "--name-vi",
    "Tỉnh Ninh Bình",
    "--name-en",
    "Ninh Bình Province",
    "--site-url",
    "https://asean.ninhbinh.example.org/",
    "--no-git",
]
# (file name, address in the example site, viewport width, height, phone?)
SHOTS = [
    ("home.vi.webp", "", 1280, 800, False),
    ("exhibition.en.phone.webp", "en/exhibitions/trien-lam-mau/", 390, 844, True),
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:2])} failed:\n{result.stdout}{result.stderr}")


def _serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def _save_webp(png: bytes, path: Path) -> int:
    with Image.open(io.BytesIO(png)) as picture:
        picture.convert("RGB").save(path, "WEBP", quality=80, method=6)
    return path.stat().st_size


def take(site: Path, output: Path) -> list[tuple[Path, int]]:
    from playwright.sync_api import sync_playwright

    server, base = _serve(site)
    written = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM),
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            for name, address, width, height, phone in SHOTS:
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    is_mobile=phone,
                    has_touch=phone,
                    device_scale_factor=1,
                )
                page = context.new_page()
                page.goto(base + address)
                page.wait_for_load_state("networkidle")
                page.evaluate("document.fonts.ready")
                path = output / name
                written.append((path, _save_webp(page.screenshot(), path)))
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_guide_screenshots.py", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--output", type=Path, default=GUIDE, help="default: docs/guide/")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"error: Chromium not found at {CHROMIUM}; install Debian's 'chromium'")
        return 1
    with tempfile.TemporaryDirectory() as work:
        example = Path(work) / "asean-ninh-binh"
        try:
            print("Creating the example site…")
            _run([sys.executable, str(SCRIPTS / "new_site.py"), str(example), *EXAMPLE], PROJECT)
            print("Building it…")
            _run(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"], example
            )
        except RuntimeError as error:
            print(f"error: {error}")
            return 1
        args.output.mkdir(parents=True, exist_ok=True)
        for path, size in take(example / "site", args.output):
            print(
                f"wrote {path.relative_to(PROJECT) if path.is_relative_to(PROJECT) else path}"
                f" ({size // 1024} KB)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
