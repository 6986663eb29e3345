"""Whether a site needs building again: a fingerprint of everything a build reads.

`make site` with nothing changed should take a second, not a minute. The fingerprint lists
the name, size and modification time of every file of the project (pages, exhibitions,
provinces, data, templates, the kit's scripts, mkdocs.yml) and the installed packages'
versions, with the build's options. It is saved with a fingerprint of the built site after a
successful build; the next build is skipped when both are unchanged. Editing, adding, removing
or touching any source file, updating a package, or changing the built site by hand makes the
next build a full one.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
from collections.abc import Iterable
from pathlib import Path

STATE_FOLDER = Path(".cache") / "build"  # next to mkdocs.yml
# Never read by a build: tools, outputs and caches at the top of the project, compiled Python
# anywhere, the site folders, and the folders the build generates inside docs/ (marked by a
# .generated file).
NOT_SOURCES = {".git", ".venv", "node_modules", ".cache", "dist", "tests", ".pytest_cache"}
NOT_SOURCES |= {".ruff_cache"}
GENERATED_MARKER = ".generated"


def _is_source_folder(folder: Path, name: str, project: Path, site: Path) -> bool:
    if name == "__pycache__" or (folder / name / GENERATED_MARKER).exists():
        return False
    if folder == site.parent and name.split(".tmp-")[0].split(".old-")[0] == site.name:
        return False
    return not (folder == project and name in NOT_SOURCES)


def source_files(project: Path, site: Path) -> Iterable[Path]:
    """Every file of ``project`` a build may read, in a stable order."""
    # Links are not followed: one pointing at its own folder would never end (links in the
    # content folders are refused by the build anyway, kit/quality/source_links.py).
    for top, names, files in os.walk(project):
        folder = Path(top)
        names[:] = sorted(n for n in names if _is_source_folder(folder, n, project, site))
        yield from (folder / name for name in sorted(files))


def tree_fingerprint(paths: Iterable[Path], root: Path) -> str:
    """A hash of the names, sizes and modification times of ``paths``."""
    digest = hashlib.sha256()
    for path in paths:
        try:
            status = path.stat()
        except OSError:
            continue
        relative = os.path.relpath(path, root)
        digest.update(f"{relative}\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def packages() -> list[str]:
    return sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )


def sources_fingerprint(project: Path, site: Path, options: list[str]) -> str:
    """What a build of ``project`` into ``site`` with ``options`` depends on."""
    digest = hashlib.sha256(json.dumps([str(site), options, packages()]).encode())
    digest.update(tree_fingerprint(source_files(project, site), project).encode())
    return digest.hexdigest()


def site_fingerprint(site: Path) -> str:
    files = sorted(path for path in site.rglob("*") if path.is_file()) if site.is_dir() else []
    return tree_fingerprint(files, site)


def _state_file(project: Path, site: Path) -> Path:
    name = hashlib.sha256(str(site).encode()).hexdigest()[:16]
    return project / STATE_FOLDER / f"{name}.json"


def up_to_date(project: Path, site: Path, sources: str) -> bool:
    """True when ``site`` was built from exactly these sources and is as that build left it."""
    try:
        state = json.loads(_state_file(project, site).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return state == _state(site, sources)


def _state(site: Path, sources: str) -> dict[str, str]:
    return {"site_dir": str(site), "sources": sources, "site": site_fingerprint(site)}


def remember(project: Path, site: Path, sources: str) -> None:
    """Record a successful build of ``sources`` into ``site`` (and forget the builds into
    folders that are gone, such as the kiosk's temporary one)."""
    path = _state_file(project, site)
    path.parent.mkdir(parents=True, exist_ok=True)
    for other in path.parent.glob("*.json"):
        try:
            gone = not Path(json.loads(other.read_text(encoding="utf-8"))["site_dir"]).exists()
        except (OSError, ValueError, KeyError, TypeError):
            gone = True
        if gone:
            other.unlink(missing_ok=True)
    path.write_text(json.dumps(_state(site, sources)), encoding="utf-8")
