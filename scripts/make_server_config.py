"""Write an nginx configuration for the built site (run after `make site`).

Usage:
    python scripts/make_server_config.py                      print it for site/
    python scripts/make_server_config.py --site-dir /var/www/asean --output asean.conf

The configuration serves the site at the path of `site_url` in mkdocs.yml (the domain root or
a sub-path such as /asean/), sends the precompressed .br/.gz files the build writes, caches
files whose names carry a fingerprint of their content for a year, other files for an hour
and pages for five minutes (scripts/kit/hosting/caching.py), serves the 404 page in the right
language, and sends security headers including a Content-Security-Policy that allows scripts
from the site itself only (no inline script runs, so nothing injected into a page can run). It
warns about any page that still has an inline script, which that policy would block.

Exit codes: 0 written; 2 wrong usage (no built site, no mkdocs.yml).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlsplit

from kit.core.config_file import read_config
from kit.editor import settings as editor_settings
from kit.hosting import caching
from kit.hosting.csp import admin_policy, inline_scripts, policy

PROJECT = Path(__file__).resolve().parent.parent

# The web editor (scripts/kit/editor) gets a policy of its own: its worker and previews (blob:)
# and the API of the repository it saves to. ^~: the file-type rules above do not apply here.
ADMIN = """
        # The web editor: never indexed, never cached stale, its own Content-Security-Policy.
        location ^~ {path}admin/ {{
            add_header Content-Security-Policy "{csp}" always;
            add_header X-Robots-Tag "noindex, nofollow" always;
            add_header Cache-Control "no-cache" always;
            add_header X-Content-Type-Options "nosniff" always;
            add_header Referrer-Policy "same-origin" always;
            add_header X-Frame-Options "DENY" always;
        }}"""

TEMPLATE = """\
# nginx configuration for {site_url}
# Written by scripts/make_server_config.py; rerun it after rebuilding with a new kit version.
# Works with a standard nginx (gzip_static). If your nginx has the brotli module
# (Debian: libnginx-mod-http-brotli-static), uncomment the brotli_static line.

server {{
    listen 80;
    server_name {host};
    # For HTTPS, add your certificate lines here (listen 443 ssl; ssl_certificate ...).

    location {path} {{
        alias {root}/;
        index index.html;
        charset utf-8;

        gzip_static on;
        # brotli_static on;

        add_header Content-Security-Policy "{csp}" always;
        add_header X-Content-Type-Options "nosniff" always;
        add_header Referrer-Policy "strict-origin-when-cross-origin" always;
        add_header Permissions-Policy "camera=(), microphone=(), geolocation=()" always;
        add_header X-Frame-Options "SAMEORIGIN" always;

        # Pages: short cache, so corrections reach visitors within minutes.
        location ~* \\.html$ {{
            add_header Cache-Control "{page}" always;
            add_header Content-Security-Policy "{csp}" always;
            add_header X-Content-Type-Options "nosniff" always;
            add_header Referrer-Policy "strict-origin-when-cross-origin" always;
            add_header X-Frame-Options "SAMEORIGIN" always;
        }}
        # Files whose names carry a fingerprint of their content (resized photos, share
        # images, Material's theme files) get a new name when they change: kept a year.
        location ~* "{fingerprinted}" {{
            add_header Cache-Control "{year}" always;
            add_header X-Content-Type-Options "nosniff" always;
        }}
        # Other files keep their names from one version to the next (the kit's styles and
        # scripts, fonts, the search index): asked for again after an hour.
        location ~* \\.(css|js|json|woff2|webp|jpg|jpeg|png|svg|ico|mp4|webm|txt|xml)$ {{
            add_header Cache-Control "{other}" always;
            add_header X-Content-Type-Options "nosniff" always;
        }}

{admin}
        error_page 404 {path}404.html;
        location {path}en/ {{
            error_page 404 {path}en/404.html;
        }}
    }}
}}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_server_config.py", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--config", type=Path, default=PROJECT / "mkdocs.yml")
    parser.add_argument(
        "--site-dir",
        type=Path,
        default=PROJECT / "site",
        help="the built site to describe (default: site/)",
    )
    parser.add_argument(
        "--root",
        default=None,
        help="where the site's files are on the server (default: --site-dir)",
    )
    parser.add_argument("--output", type=Path, default=None, help="file to write (default: print)")
    args = parser.parse_args(argv)
    if not (args.site_dir / "index.html").is_file():
        print(f"error: {args.site_dir} has no built site; run 'make site' first", file=sys.stderr)
        return 2
    if not args.config.is_file():
        print(f"error: {args.config} does not exist", file=sys.stderr)
        return 2
    site_config = read_config(args.config.read_text(encoding="utf-8"))
    site_url = str(site_config.get("site_url") or "http://localhost/")
    parts = urlsplit(site_url)
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    editor, _ = editor_settings.read(site_config.get("extra"))
    admin = ""
    if editor is not None and (args.site_dir / "admin" / "index.html").is_file():
        admin = ADMIN.format(path=path, csp=admin_policy(editor.origins))
    text = TEMPLATE.format(
        site_url=site_url,
        host=parts.hostname or "_",
        path=path,
        root=str(Path(args.root) if args.root else args.site_dir.resolve()).rstrip("/"),
        csp=policy(),
        fingerprinted=caching.FINGERPRINTED,
        year=caching.YEAR,
        page=caching.PAGE,
        other=caching.OTHER,
        admin=admin,
    )
    _warn_about_inline_scripts(args.site_dir)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}")
    else:
        print(text)
    return 0


def _warn_about_inline_scripts(site_dir: Path) -> None:
    found = inline_scripts(site_dir)
    if found:
        shown = ", ".join(found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
        print(
            f"warning: inline scripts that the Content-Security-Policy blocks: {shown}. "
            "Fix: move them into a file under docs/assets/javascripts/ and load it with "
            "<script src=...> (see scripts/kit/hosting/inline_scripts.py)",
            file=sys.stderr,
        )


if __name__ == "__main__":
    sys.exit(main())
