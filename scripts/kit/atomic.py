"""Replace a published folder only once its replacement is complete."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


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
