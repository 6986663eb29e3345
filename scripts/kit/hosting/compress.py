"""Precompressed copies of text files (.gz and .br) for web servers that can send them as is.

nginx (gzip_static, brotli_static) then spends no CPU per request and visitors on slow
networks get the smallest files. Output is deterministic: no timestamps, fixed levels.

Compressing is the slowest step of a build, so it is done once per distinct content: the
copies are kept in a cache folder keyed by a hash of the file's bytes and of the settings, and
a file whose bytes did not change since the last build reuses them. New content is compressed
on every core. The cache keeps only what the last build used.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import brotli

from kit.core.files import write_whole

TEXT_SUFFIXES = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map", ".webmanifest"}
MIN_SIZE = 1024  # smaller files gain nothing worth a second request path
# Measured with scripts/dev/bench_build.py --qualities on the built pages of the demo plus 50
# articles (200 pages, 2-core machine): qualities 4 to 8 run at 30 to 70 MB/s on one core and
# 8 is the smallest of them; 9 is 13 times slower for 0.3% less; 10 and 11 are 15 and 40 times
# slower for 8% and 10% less. Every page changes when a menu title does, so a slow level
# would be paid on the whole site again (48 s at quality 10 for 1,000 pages per language,
# measured on a busy machine);
# 8% of a page's 5 KB is less than half a kilobyte for a visitor.
BROTLI_QUALITY = 8
GZIP_LEVEL = 9
CACHE_FOLDER = Path(".cache") / "compress"  # next to mkdocs.yml
SUFFIXES = (".br", ".gz")


@dataclass
class Summary:
    """What one run did: files written, their bytes before and after brotli, and how many
    reused the copies of an earlier build."""

    files: int = 0
    before: int = 0
    after: int = 0
    reused: int = 0


def text_files(site_dir: Path) -> list[Path]:
    """The files worth precompressing, in a stable order."""
    return [
        path
        for path in sorted(site_dir.rglob("*"))
        if path.suffix.lower() in TEXT_SUFFIXES
        and path.is_file()
        and path.stat().st_size >= MIN_SIZE
    ]


def content_key(data: bytes) -> str:
    """The cache name of ``data``'s copies: its hash and the settings that made them."""
    settings = f"br{BROTLI_QUALITY}-gz{GZIP_LEVEL}".encode()
    return hashlib.sha256(settings + b"\0" + data).hexdigest()


def compressed(data: bytes) -> tuple[bytes, bytes]:
    """(brotli, gzip) copies of ``data``; the same bytes every time."""
    return (
        brotli.compress(data, quality=BROTLI_QUALITY),
        gzip.compress(data, GZIP_LEVEL, mtime=0),
    )


def _cached(cache_dir: Path, key: str) -> list[Path]:
    return [cache_dir / key[:2] / f"{key}{suffix}" for suffix in SUFFIXES]


def _store(cache_dir: Path, key: str, data: bytes) -> None:
    """Compress ``data`` into the cache (written under a temporary name, then renamed, so an
    interrupted build never leaves half a file behind)."""
    for target, copy in zip(_cached(cache_dir, key), compressed(data), strict=True):
        write_whole(target, copy)


def _store_file(job: tuple[Path, str, Path]) -> None:
    cache_dir, key, path = job
    _store(cache_dir, key, path.read_bytes())


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def precompress(site_dir: Path, cache_dir: Path, workers: int | None = None) -> Summary:
    """Write ``name.br`` and ``name.gz`` next to every text file of ``site_dir``, reusing the
    copies in ``cache_dir`` of any content compressed before."""
    summary = Summary()
    keys: dict[Path, str] = {}
    missing: dict[str, Path] = {}
    for path in text_files(site_dir):
        data = path.read_bytes()
        keys[path] = key = content_key(data)
        summary.files, summary.before = summary.files + 1, summary.before + len(data)
        if all(copy.is_file() for copy in _cached(cache_dir, key)):
            summary.reused += 1
        else:
            missing.setdefault(key, path)
    jobs = [(cache_dir, key, path) for key, path in missing.items()]
    if len(jobs) > 1 and (workers or _cores()) > 1:
        with ProcessPoolExecutor(max_workers=workers or _cores()) as pool:
            list(pool.map(_store_file, jobs, chunksize=max(1, len(jobs) // 64)))
    else:
        for job in jobs:
            _store_file(job)
    for path, key in keys.items():
        for copy, suffix in zip(_cached(cache_dir, key), SUFFIXES, strict=True):
            shutil.copyfile(copy, path.with_name(path.name + suffix))
        summary.after += _cached(cache_dir, key)[0].stat().st_size
    _forget_unused(cache_dir, set(keys.values()))
    return summary


def _forget_unused(cache_dir: Path, used: set[str]) -> None:
    """Remove the copies no file of this build uses (the cache does not grow forever)."""
    for copy in cache_dir.glob("*/*"):
        if copy.name.split(".", 1)[0] not in used:
            copy.unlink(missing_ok=True)
