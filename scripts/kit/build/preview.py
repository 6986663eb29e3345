"""When `make serve` may rebuild only the pages that changed.

`make serve` runs MkDocs with --dirty: a rebuild renders only the pages whose Markdown file
is newer than its output. That is right when only the text of pages changed. Anything that
shows on other pages too needs every page rendered again: a page title (menus, previous/next
links), a page added or removed (menus, language switcher), an exhibition, province or data
file (cards and generated pages), a template or mkdocs.yml. ``PreviewState.needs_full_build``
tells them apart; the caller then empties the output folder so that every page is rebuilt.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from kit.build.state import source_files

# What other pages show of a page: its title, from the front matter or its first heading.
_TITLE = re.compile(r"^(?:title:.*|#\s.*)$", re.MULTILINE)


def _title_lines(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace") as text:
        return "\n".join(_TITLE.findall(text.read(8192))[:2])


STATE_FOLDER = Path(".cache") / "preview"  # next to mkdocs.yml


class PreviewState:
    """The fingerprint of the last build's sources, Markdown pages counted by their titles.

    Kept in a file per output folder, so that `mkdocs build --dirty` is right too."""

    def __init__(self) -> None:
        self.titles: dict[Path, tuple[int, str]] = {}  # path -> (modification time, titles)

    def needs_full_build(self, project: Path, docs_dir: Path, site_dir: Path) -> bool:
        """True on the first build and whenever more than the text of pages changed."""
        digest = hashlib.sha256()
        for path in source_files(project, site_dir):
            status = path.stat()
            if path.suffix == ".md" and path.is_relative_to(docs_dir):
                digest.update(f"{path}\0{self._titles(path, status.st_mtime_ns)}\n".encode())
            else:
                digest.update(f"{path}\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
        state = _state_file(project, site_dir)
        previous = state.read_text(encoding="utf-8") if state.is_file() else None
        state.parent.mkdir(parents=True, exist_ok=True)
        state.write_text(digest.hexdigest(), encoding="utf-8")
        return previous != digest.hexdigest()

    def _titles(self, path: Path, modified: int) -> str:
        known = self.titles.get(path)
        if known is None or known[0] != modified:
            known = self.titles[path] = (modified, _title_lines(path))
        return known[1]


def _state_file(project: Path, site_dir: Path) -> Path:
    return project / STATE_FOLDER / hashlib.sha256(str(site_dir).encode()).hexdigest()[:16]


def forget(project: Path, site_dir: Path) -> None:
    """A full build into ``site_dir`` (not --dirty): the next --dirty one starts afresh."""
    _state_file(project, site_dir).unlink(missing_ok=True)


def empty_folder(folder: Path) -> None:
    """Remove everything inside ``folder`` (kept itself: the preview server serves it)."""
    for child in folder.iterdir() if folder.is_dir() else []:
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def start_build(
    state: PreviewState, project: Path, docs_dir: Path, site_dir: Path, dirty: bool
) -> None:
    """Before a build renders pages. A --dirty build renders only the changed pages; when
    more than the text of pages changed, the output is emptied so that every page is
    rendered. A full build into the folder makes the next --dirty one start afresh."""
    docs, site = docs_dir.resolve(), site_dir.resolve()
    if not dirty:
        forget(project, site)
        return
    if state.needs_full_build(project, docs, site):
        empty_folder(site)
