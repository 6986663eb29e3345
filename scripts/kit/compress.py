"""Precompressed copies of text files (.gz and .br) for web servers that can send them as is.

nginx (gzip_static, brotli_static) then spends no CPU per request and visitors on slow
networks get the smallest files. Output is deterministic: no timestamps, fixed levels.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli

TEXT_SUFFIXES = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map", ".webmanifest"}
MIN_SIZE = 1024  # smaller files gain nothing worth a second request path


def precompress(site_dir: Path) -> tuple[int, int, int]:
    """Write ``name.gz`` and ``name.br`` next to every text file; returns
    (files, bytes before, brotli bytes after)."""
    count = before = after = 0
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in TEXT_SUFFIXES:
            continue
        data = path.read_bytes()
        if len(data) < MIN_SIZE:
            continue
        squeezed = brotli.compress(data, quality=11)
        path.with_name(path.name + ".br").write_bytes(squeezed)
        path.with_name(path.name + ".gz").write_bytes(gzip.compress(data, 9, mtime=0))
        count, before, after = count + 1, before + len(data), after + len(squeezed)
    return count, before, after
