"""Turn a built site into an offline bundle that works from file:// (a kiosk or USB stick).

Browsers do not open "folder/index.html" for a link to "folder/" when the page comes from
the disk, so every relative link to a folder gets "index.html" appended. Everything else
(relative asset paths, the lightbox, the language switcher) already works offline.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from kit.core.files import whole_file

# href="…/" or href="." inside a tag; the value must be relative (no scheme, no leading /).
_FOLDER_LINK = re.compile(
    r'(?P<attr>\shref=")(?P<url>(?![a-z][a-z0-9+.-]*:|/|#)[^"#?]*?)(?P<rest>[#?][^"]*)?"',
    re.IGNORECASE,
)
ZIP_TIME = (2025, 7, 28, 0, 0, 0)  # fixed, so the same site gives the same zip


def _with_index(match: re.Match[str]) -> str:
    url = match.group("url")
    rest = match.group("rest") or ""
    if url in (".", "./"):
        url = "index.html"
    elif url.endswith("/") or url.rsplit("/", 1)[-1] in (".", ".."):
        url = url.rstrip("/") + "/index.html"
    return f'{match.group("attr")}{url}{rest}"'


def rewrite_links(html: str) -> str:
    return _FOLDER_LINK.sub(_with_index, html)


def make_offline(site_dir: Path) -> int:
    """Rewrite folder links in every page; returns the number of pages changed."""
    changed = 0
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        rewritten = rewrite_links(text)
        if rewritten != text:
            page.write_text(rewritten, encoding="utf-8")
            changed += 1
    return changed


def write_zip(site_dir: Path, target: Path, top: str) -> None:
    """A deterministic zip of ``site_dir`` with every file under the folder ``top``."""
    with (
        whole_file(target) as partial,
        zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle,
    ):
        for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(site_dir).as_posix()}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            bundle.writestr(info, path.read_bytes())
