"""Safe file writes: a file or a published folder is replaced only once its replacement is
complete, so a reader (a visitor, a web server, the next build) never sees half of it."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no lock; two builds of one site at once are not guarded
    fcntl = None


class BuildBusy(Exception):
    """Another build of the same site is running."""


@contextmanager
def exclusive(target: Path) -> Iterator[None]:
    """Hold the build lock of ``target`` and clear what interrupted builds left behind.

    A build killed half-way (a timeout, Ctrl+C twice, a power cut) leaves its staging folder
    ``site.tmp-*`` (or ``site.old-*``); with the lock held no other build can be using them.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    # Opened for appending and never written: its date stays, so it never looks like an edit.
    with open(target.parent / f".{target.name}.lock", "a", encoding="utf-8") as lock:
        if fcntl is not None:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise BuildBusy(str(target)) from None
        for leftover in _leftovers(target):
            shutil.rmtree(leftover, ignore_errors=True)
        yield


def _leftovers(target: Path) -> list[Path]:
    patterns = (f"{target.name}.tmp-*", f"{target.name}.old-*")
    return [p for pattern in patterns for p in target.parent.glob(pattern) if p.is_dir()]


def staging_dir(target: Path) -> Path:
    """A new empty folder next to ``target`` (same file system, so the swap is a rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f"{target.name}.tmp-", dir=target.parent))
    staged.chmod(0o755)  # mkdtemp makes it private; a web server must be able to read it
    return staged


def swap_in(staged: Path, target: Path) -> None:
    """Put ``staged`` in place of ``target``; the old folder is removed only afterwards.

    Between the two renames ``target`` is missing for an instant, but it is never
    half-written: a visitor or web server sees the old site or the new one.
    """
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f"{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        os.replace(target, old)
    os.replace(staged, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextmanager
def whole_file(target: Path, mode: int | None = None) -> Iterator[Path]:
    """Give a temporary path next to ``target`` to write; it becomes ``target`` (one rename)
    when the block ends without an error, and is removed otherwise.

    The temporary name is unique to the process and hidden (it starts with a dot), so two
    builds writing the same cache file never mix their halves, and a half-written file never
    looks like a finished one. ``mode`` sets the file's permissions before the rename.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        os.chmod(partial, 0o644 if mode is None else mode)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def write_whole(target: Path, content: bytes) -> None:
    """Write ``content`` to ``target`` through :func:`whole_file`."""
    with whole_file(target) as partial:
        partial.write_bytes(content)


def ensure_file(target: Path, make: Callable[[], bytes]) -> Path:
    """Write ``make()`` to ``target`` unless it exists (cache files named by their content)."""
    if not target.exists():
        write_whole(target, make())
    return target


def folder_state(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Cheap fingerprint of everything under ``folder``: names, sizes and modification times.

    Links are not followed (a link's own entry counts): a link in a content folder is refused
    by the checks, and following one could walk the whole computer. () when there is no folder.
    """
    if not folder.is_dir() or folder.is_symlink():
        return ()
    entries = []
    for path in folder.rglob("*"):
        status = path.lstat()
        if stat.S_ISDIR(status.st_mode):
            continue
        entries.append((str(path), status.st_size, status.st_mtime_ns))
    return tuple(sorted(entries))
