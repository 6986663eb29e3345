"""Write the web editor into the built site: ``admin/index.html``, ``admin/config.yml`` and
Sveltia CMS's script, copied from ``node_modules`` (installed by ``npm ci`` from the version
pinned in package.json): the editor comes from the site itself, never from a CDN.

Sveltia CMS as published asks other servers for things as soon as it opens: its fonts
(cdn.jsdelivr.net), the words of its interface in the browser's language and whether a newer
version exists (unpkg.com), and whether GitHub or GitLab has an incident (their status pages).
The copy written here asks the site instead (PATCHES): the fonts come from npm packages pinned
next to it, the interface words from its own package, and the version file and the status
answer are written beside the script. The editor then talks to no other server until someone
signs in, and then only to the repository's API. Each change must find its text exactly once,
so a new Sveltia version that moved things stops with a message instead of leaking requests.

The kit's own file format for the YAML content files (kit-yaml.js, started by kit-editor.js)
comes with it, with the browser build of the ``yaml`` package it uses (pinned in package.json,
copied into admin/yaml/) and kit-formats.js, what each kind of file holds (config.py).

The script's name carries a fingerprint of its content (``sveltia-cms.<hash>.js``), so servers
may keep it for a year (kit/hosting/caching.py) and a new version gets a new name.
"""

from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path
from typing import Any

import kit
from kit.core.files import write_whole

FOLDER = "admin"
PACKAGE = Path("node_modules") / "@sveltia" / "cms"
SCRIPT = PACKAGE / "dist" / "sveltia-cms.js"
LICENSE = PACKAGE / "LICENSE.txt"
PAGE = Path(__file__).with_name("admin.html")
KIT_ROOT = Path(kit.__file__).resolve().parents[2]  # the kit's checkout (scripts/kit/..)
YAML_PACKAGE = Path("node_modules") / "yaml"  # eemeli/yaml: its browser build, ES modules
KIT_SCRIPTS = ("kit-manual-init.js", "kit-editor.js", "kit-yaml.js")
FORMATS_FILE = "kit-formats.js"
VERSION = "0.221.1"  # the version PATCHES were written for (package.json pins it)

# (npm package, font file) copied into admin/fonts/: the files the CDN would have sent.
FONTS = (
    ("@fontsource-variable/source-sans-3", "source-sans-3-latin-wght-normal.woff2"),
    ("@fontsource-variable/source-sans-3", "source-sans-3-vietnamese-wght-normal.woff2"),
    ("@fontsource/noto-mono", "noto-mono-latin-400-normal.woff2"),
    (
        "@fontsource-variable/material-symbols-outlined",
        "material-symbols-outlined-latin-wght-normal.woff2",
    ),
)
_CDN = "https://cdn.jsdelivr.net/fontsource/fonts/"
# Vietnamese letters in Source Sans 3 too (Sveltia asks for the Latin subset only).
_VIETNAMESE_FACE = (
    "@font-face {font-family:'Source Sans 3';font-style:normal;font-display:swap;"
    "font-weight:200 900;src:url(fonts/source-sans-3-vietnamese-wght-normal.woff2) "
    "format('woff2-variations');unicode-range:U+0102-0103, U+0110-0111, U+0128-0129, "
    "U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, "
    "U+0329, U+1EA0-1EF9, U+20AB;size-adjust:110%;}\n\n  "
)
STATUS = {
    "github.json": {"status": {"indicator": "none"}},
    "gitlab.json": {"result": {"status_overall": {"status_code": 100}}},
}
# (text in Sveltia's script, its replacement): each text must be found exactly once.
PATCHES = (
    (
        f"{_CDN}source-sans-3:vf@5.3.0/latin-wght-normal.woff2",
        "fonts/source-sans-3-latin-wght-normal.woff2",
    ),
    (
        "/* https://fontsource.org/fonts/noto-mono/cdn */",
        _VIETNAMESE_FACE + "/* https://fontsource.org/fonts/noto-mono/cdn */",
    ),
    (f"{_CDN}noto-mono@5.3.0/latin-400-normal.woff2", "fonts/noto-mono-latin-400-normal.woff2"),
    (
        f"{_CDN}material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2",
        "fonts/material-symbols-outlined-latin-wght-normal.woff2",
    ),
    # The words of the interface in the browser's language: admin/locales/<code>.json.
    ("`${iP}@${rP}/locales`", "`locales`"),
    # The update check reads <this>/package.json: admin/package.json, the version in use.
    ("`https://unpkg.com/@sveltia/cms`", "`.`"),
    ("`https://www.githubstatus.com/api/v2/status.json`", "`status/github.json`"),
    (
        "`https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c08349f7`",
        "`status/gitlab.json`",
    ),
)


class EditorPackageError(Exception):
    """The installed Sveltia CMS is not the one the kit knows how to serve safely."""


def patched_script(script: str) -> str:
    """Sveltia's script asking the site itself instead of other servers (PATCHES)."""
    for original, replacement in PATCHES:
        found = script.count(original)
        if found != 1:
            raise EditorPackageError(
                f"node_modules/@sveltia/cms/dist/sveltia-cms.js: expected '{original[:60]}' "
                f"once, found it {found} times; the kit serves Sveltia CMS {VERSION}: run "
                "'npm ci' (package-lock.json pins it)"
            )
        script = script.replace(original, replacement)
    return script


def find_package(project: Path) -> Path | None:
    """The folder holding node_modules with Sveltia CMS: the project's, else the kit's."""
    for root in (project, KIT_ROOT):
        if (root / SCRIPT).is_file():
            return root
    return None


def _write_if_changed(target: Path, content: bytes) -> None:
    # An unchanged file is left alone: `make serve` would otherwise see a change.
    if not target.is_file() or target.read_bytes() != content:
        write_whole(target, content)


def _publish_formats(admin: Path, root: Path, formats: dict[str, Any]) -> None:
    """kit-yaml.js and what it needs: the ``yaml`` package's browser build, kit-formats.js."""
    browser = root / YAML_PACKAGE / "browser"
    if not (browser / "index.js").is_file():
        raise EditorPackageError(f"{browser / 'index.js'} is missing: run 'npm ci'")
    for source in sorted(browser.rglob("*.js")):
        target = admin / "yaml" / source.relative_to(browser)
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_if_changed(target, source.read_bytes())
    licence = root / YAML_PACKAGE / "LICENSE"
    if licence.is_file():
        _write_if_changed(admin / "yaml" / "LICENSE.txt", licence.read_bytes())
    for name in KIT_SCRIPTS:
        _write_if_changed(admin / name, PAGE.with_name(name).read_bytes())
    described = json.dumps(formats, ensure_ascii=False, indent=1, sort_keys=True)
    header = "// Written by the build (kit/editor/config.py): do not edit.\n"
    content = f"{header}export default {described};\n"
    _write_if_changed(admin / FORMATS_FILE, content.encode())


def publish(
    site_dir: Path,
    root: Path,
    config_text: str,
    language: str,
    title: str,
    icon: str = "",
    formats: dict[str, Any] | None = None,
) -> Path:
    """Write the editor into ``site_dir/admin``; returns that folder. ``icon``: the site's
    favicon, relative to the site's root (without it the browser asks for /favicon.ico).
    ``formats``: config.format_shapes(), what the kit's file formats know of each file."""
    admin = site_dir / FOLDER
    admin.mkdir(parents=True, exist_ok=True)
    _publish_formats(admin, root, formats or {})
    script = patched_script((root / SCRIPT).read_text(encoding="utf-8")).encode("utf-8")
    name = f"sveltia-cms.{hashlib.sha256(script).hexdigest()[:12]}.js"
    for old in admin.glob("sveltia-cms.*.js"):
        if old.name != name:
            old.unlink()
    _write_if_changed(admin / name, script)
    if (root / LICENSE).is_file():
        _write_if_changed(admin / "sveltia-cms.LICENSE.txt", (root / LICENSE).read_bytes())
    _write_if_changed(admin / "config.yml", config_text.encode("utf-8"))
    package = {"name": "@sveltia/cms", "version": VERSION}
    _write_if_changed(admin / "package.json", json.dumps(package).encode("utf-8"))
    for file, answer in STATUS.items():
        (admin / "status").mkdir(exist_ok=True)
        _write_if_changed(admin / "status" / file, json.dumps(answer).encode("utf-8"))
    (admin / "locales").mkdir(exist_ok=True)
    for words in sorted((root / PACKAGE / "locales").glob("*.json")):
        _write_if_changed(admin / "locales" / words.name, words.read_bytes())
    (admin / "fonts").mkdir(exist_ok=True)
    for package_name, font in FONTS:
        source = root / "node_modules" / package_name / "files" / font
        if not source.is_file():
            raise EditorPackageError(f"{source} is missing: run 'npm ci'")
        _write_if_changed(admin / "fonts" / font, source.read_bytes())
        licence = root / "node_modules" / package_name / "LICENSE"
        if licence.is_file():
            name_only = package_name.rpartition("/")[2]
            _write_if_changed(admin / "fonts" / f"{name_only}.LICENSE.txt", licence.read_bytes())
    page = PAGE.read_text(encoding="utf-8").format(
        language=html.escape(language),
        title=html.escape(title),
        script=html.escape(name),
        icon=html.escape(f"../{icon}" if icon else "data:,"),
    )
    _write_if_changed(admin / "index.html", page.encode("utf-8"))
    return admin
