"""Benchmark the media pipeline against a naive Pillow loop (and vipsthumbnail if present).

    python scripts/dev/bench_media.py                    # 20 camera-size photos + 1000 warm
    python scripts/dev/bench_media.py --photos 5 --warm-photos 0

It makes its own test photos (24 megapixel JPEGs with noise and gradients, so they are as
hard to compress as real ones, with an EXIF orientation tag), times each way of resizing
them, and prints one table. Peak memory is the sum over this process and its worker
processes, sampled every 20 ms. Exit status: 0 when the targets are met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kit.media.pipeline import MediaConfig, process_images
from PIL import Image, ImageChops, ImageOps

CAMERA_SIZE = (6000, 4000)  # 24 MP, a common APS-C camera size
WARM_SIZE = (640, 480)  # warm runs never decode, so pixel count does not matter there
ORIENTATIONS = (1, 6, 8, 3)  # upright, and the three rotations cameras write
CONFIG = MediaConfig()


@dataclass
class Row:
    name: str
    photos: int
    seconds: float | None
    peak_mb: float | None
    note: str = ""
    cpu_seconds: float | None = None  # user + system, this process and finished children

    @property
    def per_photo(self) -> float | None:
        return None if self.seconds is None else self.seconds / self.photos


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench-media-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        return _bench(workdir, args.photos, args.warm_photos, args.jobs)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=20, help="24 MP photos (default 20)")
    parser.add_argument(
        "--warm-photos",
        type=int,
        default=1000,
        help="unchanged photos for the warm-run timing (default 1000; 0 to skip)",
    )
    parser.add_argument("--workdir", help="keep test photos and outputs here (reused)")
    parser.add_argument("--jobs", type=int, help="pipeline workers (default: all cores)")
    return parser


def _bench(workdir: Path, count: int, warm_count: int, jobs: int | None) -> int:
    cores = os.cpu_count() or 1
    print(f"Generating {count} test photos of {CAMERA_SIZE[0]}x{CAMERA_SIZE[1]} ...", flush=True)
    photos = make_photos(workdir / "photos", count, CAMERA_SIZE, quality=92)
    megabytes = sum(p.stat().st_size for p in photos) / count / 1e6
    print(f"  average file size {megabytes:.1f} MB; timing on {cores} core(s) ...", flush=True)

    rows: list[Row] = []
    cold_out = _fresh(workdir / "out-cold")
    rows.append(_measure("pipeline cold", count, lambda: _pipeline(photos, cold_out, jobs)))
    rows.append(_measure("pipeline warm", count, lambda: _pipeline(photos, cold_out, jobs)))
    one_out = _fresh(workdir / "out-1proc")
    rows.append(_measure("pipeline cold, 1 process", count, lambda: _pipeline(photos, one_out, 1)))
    naive_out = _fresh(workdir / "out-naive")
    rows.append(_measure("naive Pillow, 1 process", count, lambda: _naive(photos, naive_out)))
    rows.append(_vips_row(photos, _fresh(workdir / "out-vips")))
    if warm_count:
        rows += _warm_rows(workdir, warm_count, jobs)

    _print_table(rows, cores)
    return _print_targets(rows)


# --------------------------------------------------------------------------- test photos


def make_photos(folder: Path, count: int, size: tuple[int, int], quality: int) -> list[Path]:
    """``count`` distinct photo-like JPEGs (blobs, a gradient, sensor noise, EXIF tags)."""
    folder.mkdir(parents=True, exist_ok=True)
    tasks = [(folder / f"photo-{i:04d}.jpg", i, size, quality) for i in range(count)]
    missing = [task for task in tasks if not task[0].exists()]
    if missing:
        workers = min(os.cpu_count() or 1, len(missing))
        chunk = max(1, len(missing) // (workers * 4))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_make_photo, missing, chunksize=chunk))
    return [task[0] for task in tasks]


_layers: dict[tuple[int, int], tuple[Image.Image, Image.Image, Image.Image]] = {}


def _make_photo(task: tuple[Path, int, tuple[int, int], int]) -> None:
    """A photo-like JPEG: smooth blobs, a gradient and sensor-like noise, all shifted per
    photo so every file is distinct; with orientation, GPS, Artist and Copyright tags."""
    path, index, size, quality = task
    if size not in _layers:  # noise is slow to make: once per worker, then shifted
        width, height = size
        blobs = Image.effect_noise((max(2, width // 20), max(2, height // 20)), 90)
        _layers[size] = (
            blobs.resize(size, Image.Resampling.BICUBIC),
            Image.effect_noise(size, 12),
            Image.linear_gradient("L").resize(size),
        )
    blobs, fine, gradient = _layers[size]
    shift = 97 * index + 13
    blobs = ImageChops.offset(blobs, shift, shift // 2)
    red = ImageChops.add(ImageChops.multiply(blobs, gradient), fine, 1.0, -128)
    green = ImageChops.add(blobs, ImageChops.offset(fine, shift), 1.0, -100)
    blue = ImageChops.add(gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT), fine, 1.0, -128)
    photo = Image.merge("RGB", (red, green, blue))
    exif = Image.Exif()
    exif[0x0112] = ORIENTATIONS[index % len(ORIENTATIONS)]
    exif[0x013B] = "Bench photographer"
    exif[0x8298] = "CC BY 4.0"
    exif.get_ifd(0x8825)[2] = (21.0, 1.0, 30.0)  # GPSLatitude: must not reach the outputs
    temporary = path.with_suffix(".tmp")
    photo.save(temporary, "JPEG", quality=quality, exif=exif)
    os.replace(temporary, path)


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


# --------------------------------------------------------------------------- contenders


def _pipeline(photos: list[Path], out: Path, jobs: int | None) -> str:
    report = process_images(
        photos, out, CONFIG, cache_dir=out.parent / f"{out.name}-cache", jobs=jobs
    )
    if report.failures:
        raise RuntimeError(f"pipeline failed: {report.failures[:3]}")
    return f"processed {report.processed}, skipped {report.skipped}"


def _naive(photos: list[Path], out: Path) -> str:
    """What a first script usually does: reopen the full photo for every output."""
    for photo in photos:
        for width in CONFIG.widths:
            with Image.open(photo) as im:
                im = ImageOps.exif_transpose(im)
                im.thumbnail((width, 100_000), Image.Resampling.LANCZOS)
                im.save(out / f"{photo.stem}-{width}.webp", quality=CONFIG.webp_quality)
        with Image.open(photo) as im:
            im = ImageOps.exif_transpose(im)
            im = ImageOps.fit(im, CONFIG.share_size, Image.Resampling.LANCZOS)
            im.save(out / f"{photo.stem}-share.jpg", quality=CONFIG.jpeg_quality)
    return "per output: open, exif_transpose, LANCZOS thumbnail, save"


def _vips_row(photos: list[Path], out: Path) -> Row:
    vips = shutil.which("vipsthumbnail")
    if vips is None:
        return Row("vipsthumbnail", len(photos), None, None, "not installed")

    def run() -> str:
        for photo in photos:
            for width in CONFIG.widths:
                target = f"{out / photo.stem}-{width}.webp[Q={CONFIG.webp_quality},strip]"
                subprocess.run([vips, str(photo), "--size", f"{width}x", "-o", target], check=True)
            share = f"{out / photo.stem}-share.jpg[Q={CONFIG.jpeg_quality},strip]"
            size = "{}x{}".format(*CONFIG.share_size)
            command = [vips, str(photo), "--size", size, "--smartcrop", "centre", "-o", share]
            subprocess.run(command, check=True)
        return "one vipsthumbnail call per output"

    return _measure("vipsthumbnail", len(photos), run)


def _warm_rows(workdir: Path, count: int, jobs: int | None) -> list[Row]:
    print(f"Generating {count} small distinct photos for the warm run ...", flush=True)
    photos = make_photos(workdir / f"warm-photos-{count}", count, WARM_SIZE, quality=85)
    if len({hashlib.sha256(p.read_bytes()).digest() for p in photos}) != count:
        raise RuntimeError("warm-run photos are not all distinct")
    out = workdir / "out-warm"
    shutil.rmtree(out, ignore_errors=True)
    print("  first (cold) run to fill the cache, not timed ...", flush=True)
    process_images(photos, out, CONFIG, jobs=jobs)
    note = f"{WARM_SIZE[0]}x{WARM_SIZE[1]} copies: a warm run never decodes"
    rows = [
        _measure(
            f"pipeline warm, {count} photos", count, lambda: _pipeline_warm(photos, out, jobs), note
        )
    ]
    command = [
        sys.executable,
        str(Path(__file__).with_name("resize_media.py")),
        "--quiet",
        "--input",
        str(photos[0].parent),
        "--output",
        str(out),
    ]
    rows.append(
        _measure(
            f"CLI warm, {count} photos",
            count,
            lambda: f"exit {subprocess.run(command, check=True).returncode}",
            "whole command, Python start-up included",
        )
    )
    return rows


def _pipeline_warm(photos: list[Path], out: Path, jobs: int | None) -> str:
    report = process_images(photos, out, CONFIG, jobs=jobs)
    if report.processed or report.failures:
        raise RuntimeError(f"warm run was not warm: {report.processed} processed")
    return f"skipped {report.skipped}"


# --------------------------------------------------------------------------- measuring


def _measure(name: str, photos: int, work: Callable[[], str], note: str = "") -> Row:
    print(f"  {name} ...", flush=True)
    cpu_before = _cpu_seconds()
    with _peak_memory() as peak:
        started = time.perf_counter()
        detail = work()
        seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    print(f"    {seconds:.2f} s, {cpu:.2f} CPU s ({detail})", flush=True)
    return Row(name, photos, seconds, peak(), note, cpu)


def _cpu_seconds() -> float:
    """CPU time of this process and its reaped children: unlike wall time, it does not
    change when other programs compete for the cores."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


@contextmanager
def _peak_memory(interval: float = 0.02) -> Iterator[Callable[[], float]]:
    """Peak of (this process + all its descendants) memory in MB, sampled in a thread.

    Uses PSS (shared pages split between the processes sharing them, so forked workers are
    not double-counted) when /proc/<pid>/smaps_rollup exists, else RSS.
    """
    peak = [_tree_memory_mb()]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(interval):
            peak[0] = max(peak[0], _tree_memory_mb())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield lambda: peak[0]
    finally:
        stop.set()
        sampler.join()
        peak[0] = max(peak[0], _tree_memory_mb())


def _tree_memory_mb() -> float:
    return sum(_process_memory_kb(pid) for pid in _process_tree(os.getpid())) / 1024


def _process_tree(root: int) -> list[int]:
    tree, pending = [], [root]
    while pending:
        pid = pending.pop()
        tree.append(pid)
        pending += _children(pid)
    return tree


def _children(pid: int) -> list[int]:
    children: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return children
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                children += [int(child) for child in handle.read().split()]
        except OSError:
            continue
    return children


def _process_memory_kb(pid: int) -> int:
    for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path) as handle:
                for line in handle:
                    if line.startswith(key):
                        return int(line.split()[1])
        except (OSError, ValueError):
            continue
    return 0


# --------------------------------------------------------------------------- report


def _print_table(rows: list[Row], cores: int) -> None:
    cold = next(r for r in rows if r.name == "pipeline cold").per_photo or 1.0
    header = ("run", "photos", "total s", "s/photo", "photos/s", "CPU s", "peak MB", "time vs cold")
    lines = [header]
    for row in rows:
        if row.seconds is None:
            lines.append((row.name, str(row.photos), "-", "-", "-", "-", "-", row.note))
            continue
        per_photo = row.per_photo or 1e-9
        lines.append(
            (
                row.name,
                str(row.photos),
                _decimal(row.seconds),
                _decimal(per_photo),
                _decimal(1 / per_photo),
                _decimal(row.cpu_seconds) if row.cpu_seconds is not None else "-",
                f"{row.peak_mb:.0f}" if row.peak_mb is not None else "-",
                _decimal(per_photo / cold) + "x",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print()
    print(
        f"Media benchmark: {cores} core(s), Pillow {Image.__version__}, widths "
        f"{','.join(map(str, CONFIG.widths))} WebP q{CONFIG.webp_quality} + "
        f"{CONFIG.share_size[0]}x{CONFIG.share_size[1]} JPEG q{CONFIG.jpeg_quality}"
    )
    for number, line in enumerate(lines):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if number == 0:
            print("  ".join("-" * w for w in widths))
    for row in rows:
        if row.note and row.seconds is not None:
            print(f"  * {row.name}: {row.note}")
    print("  * time vs cold: seconds per photo divided by pipeline cold's (2x = twice as long)")
    print("  * CPU s: user + system time of this process and its workers (the bench itself")
    print("    included); wall times grow if other programs share the cores, CPU time does not")
    print(f"  * load average (1 min) when the table was printed: {load:.2f}")
    print("  * peak MB: PSS summed over this process and its workers, sampled every 20 ms")
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"  * ru_maxrss over the whole benchmark: this process {self_mb:.0f} MB, "
        f"largest finished child {child_mb:.0f} MB"
    )


def _decimal(value: float) -> str:
    """Three significant digits without scientific notation: 1,234 / 5.68 / 0.0000566."""
    if value >= 100:
        return f"{value:,.0f}"
    digits = max(0, 2 - math.floor(math.log10(value))) if value > 0 else 0
    return f"{value:.{digits}f}"


def _print_targets(rows: list[Row]) -> int:
    by_name = {row.name: row for row in rows}
    cold = by_name["pipeline cold"]
    naive = by_name["naive Pillow, 1 process"]
    checks = [
        (
            "cold at least 3x faster than naive",
            (naive.seconds or 0) / (cold.seconds or 1) >= 3,
            f"{(naive.seconds or 0) / (cold.seconds or 1):.1f}x",
        ),
        (
            "peak memory under 1 GB",
            max(r.peak_mb or 0 for r in rows) < 1024,
            f"{max(r.peak_mb or 0 for r in rows):.0f} MB",
        ),
    ]
    warm = next((r for r in rows if r.name.startswith("pipeline warm, ")), None)
    if warm is not None:
        checks.append((f"{warm.name} under 1 s", (warm.seconds or 0) < 1, f"{warm.seconds:.3f} s"))
    one = by_name["pipeline cold, 1 process"]
    print("\nTargets:")
    for label, passed, figure in checks:
        print(f"  [{'PASS' if passed else 'MISS'}] {label}: {figure}")
    ratio = (naive.seconds or 0) / (one.seconds or 1)
    print(f"  [info] same comparison with the pipeline on 1 process: {ratio:.1f}x")
    return 0 if all(passed for _, passed, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
