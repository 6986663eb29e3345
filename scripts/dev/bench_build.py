"""Measure how long `make site` and `make serve` take on a campaign site as it grows.

Usage (from the project folder):
    python scripts/dev/bench_build.py                        50 and 400 articles, 300 photos
    python scripts/dev/bench_build.py --sizes 50 400 1000    also 1,000 (several more minutes)
    python scripts/dev/bench_build.py --photos 0 --no-serve  quicker: no photos, no preview
    python scripts/dev/bench_build.py --qualities            also brotli size against time
    python scripts/dev/bench_build.py --photos-from ~/Pictures/sample
                                      your own photos (repeated under new names up to --photos)

Each site is a copy of this project (its pages, exhibitions and provinces) plus N generated
bilingual articles reached from an articles index page, and an exhibition of P generated
photos. For each it prints: the time of each phase of a first build (translation check,
photos, MkDocs per language, post-processing, compression), of a build with nothing
changed, of `make serve` from saving a page to serving it changed, the HTML bytes per page,
and how the kit's cost per page compares with plain MkDocs + Material + mkdocs-static-i18n
building the same hand-written pages (and Hugo when it is installed: not done yet).

The figures depend on the machine and on what else runs on it: the load is printed too.
Exit codes: 0 done; 1 a build failed; 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import brotli
import yaml
from bench_media import make_photos
from bench_search import BenchError, make_project, page_markdown, topics
from kit.core.config_file import read_config
from kit.media.pipeline import is_image_path

PROJECT = Path(__file__).resolve().parents[2]
LANGUAGES = ("vi", "en")
# What `make serve` runs (Makefile); the address is added.
SERVE = ["-m", "mkdocs", "serve", "--livereload", "--dirty"]

# A phase ends when the build prints its line (seconds are counted from the previous one).
MARKERS = {
    "translations": re.compile(r"Translations checked in"),
    "mkdocs vi": re.compile(r"Building 'en' documentation"),
    "mkdocs en": re.compile(r"Documentation built in"),
    "compression": re.compile(r"Precompressed \d+"),
}
MEDIA = re.compile(r"Photos and videos ready in ([\d.]+) s")
# New photos resize while the pages are written; the build waits for the rest at its end.
WAITED = re.compile(r"Photos resized; waited ([\d.]+) s at the end")
POST = re.compile(r"Post-processing \((\w+)\) done in ([\d.]+) s")
# The kit's MkDocs process, at the end of each language: its CPU seconds and its photos' part.
CPU = re.compile(r"CPU used so far: ([\d.]+) s in all, ([\d.]+) s of it for photos")
_TEMPLATE_LINE = re.compile(r"^template: .*\n", re.MULTILINE)


@dataclass
class Figures:
    articles: int
    pages: int = 0  # per language, as built
    phases: dict[str, float] = field(default_factory=dict)
    cold: float = 0.0
    cold_cpu: float = 0.0  # CPU seconds of the first build, all its processes together
    unchanged: float = 0.0
    reload: float | None = None
    page_bytes: float = 0.0
    plain: float | None = None  # seconds for the same hand-written pages
    plain_pages: int = 0
    kit_cpu: float = 0.0  # CPU seconds of the kit's MkDocs build (and its workers), photos not
    plain_cpu: float | None = None  # CPU seconds of the plain build
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after the site


# ── the generated site ──────────────────────────────────────────────────────────────────────


def add_articles(project: Path, count: int, seed: int = 1) -> None:
    """``count`` articles in both languages under docs/articles/, listed on its index page."""
    rng = random.Random(seed)
    folder = project / "docs" / "articles"
    folder.mkdir(parents=True)
    chosen = topics(count)
    for language in LANGUAGES:
        title = "Bài viết" if language == "vi" else "Articles"
        links = "".join(f"- [{t.title(language)}]({t.slug}.md)\n" for t in chosen)
        (folder / f"index.{language}.md").write_text(f"# {title}\n\n{links}", encoding="utf-8")
        for topic in chosen:
            text = page_markdown(topic, language, rng)
            (folder / f"{topic.slug}.{language}.md").write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("not_in_nav: |\n", "not_in_nav: |\n  /articles/trang-*\n", 1)
    text = text.replace("\nnav:\n", "\nnav:\n  - Bài viết: articles/index.md\n", 1)
    text = text.replace("          nav_translations:\n", "          nav_translations:\n"
                        "            Bài viết: Articles\n", 1)  # fmt: skip
    config.write_text(text, encoding="utf-8")


def photos_from(folder: Path, count: int, target: Path) -> list[Path]:
    """``count`` copies of the photos in ``folder``, taken in turn, each under its own name (the
    kit resizes a photo again under a new name, as it would a new photo)."""
    found = sorted(path for path in folder.iterdir() if path.is_file() and is_image_path(path))
    if not found:
        raise BenchError(f"{folder} holds no photos")
    target.mkdir(parents=True, exist_ok=True)
    copies = []
    for number in range(count):
        source = found[number % len(found)]
        copies.append(target / f"photo-{number:04d}{source.suffix.lower()}")
        shutil.copyfile(source, copies[-1])
    return copies


def add_photo_exhibition(project: Path, photos: list[Path]) -> None:
    folder = project / "exhibitions" / "anh-bench"
    folder.mkdir(parents=True)
    items = []
    for number, photo in enumerate(photos, start=1):
        os.link(photo, folder / photo.name)
        text = {"vi": f"Ảnh số {number}", "en": f"Photo number {number}"}
        # Two dicts: one used twice would be written with '&' anchors, which the kit refuses.
        items.append({"file": photo.name, "caption": text, "alt": dict(text)})
    exhibition = {
        "title": {"vi": "Ảnh thử tốc độ", "en": "Speed test photos"},
        "intro": {"vi": "Ảnh tạo ra để đo.", "en": "Photos made for measuring."},
        "items": items,
    }
    text = yaml.safe_dump(exhibition, allow_unicode=True, sort_keys=False)
    (folder / "exhibition.yml").write_text(text, encoding="utf-8")


# ── measuring ───────────────────────────────────────────────────────────────────────────────


def timed_build(project: Path, figures: Figures | None = None) -> float:
    """Run scripts/build_site.py on ``project``; the phases go into ``figures``."""
    command = [sys.executable, str(PROJECT / "scripts" / "build_site.py")]
    # --verbose: MkDocs' own lines as they come, in English, which the phases are read from.
    command += ["--config", str(project / "mkdocs.yml"), "--verbose"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "NO_MKDOCS_2_WARNING": "1"}
    env["KIT_LANGUAGE"] = "en"
    start = last = time.perf_counter()
    lines, phases = [], {}
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    ) as build:
        for line in build.stdout:
            lines.append(line)
            for phase, marker in MARKERS.items():
                if marker.search(line):
                    now = time.perf_counter()
                    phases[phase], last = now - last, now
    total = time.perf_counter() - start
    if build.returncode != 0:
        raise BenchError(f"the build of {project} failed:\n{''.join(lines[-30:])}")
    if figures is not None:
        output = "".join(lines)
        figures.phases = split_phases(phases, output)
        used = CPU.findall(output)
        if used:
            figures.kit_cpu = float(used[-1][0]) - float(used[-1][1])
    return total


def split_phases(phases: dict[str, float], output: str) -> dict[str, float]:
    """Photos (prepared during the Vietnamese build) and post-processing (after each
    language's pages) reported apart from the MkDocs time around them."""
    media = sum(float(m) for m in MEDIA.findall(output))
    waited = sum(float(m) for m in WAITED.findall(output))
    post = {language: float(seconds) for language, seconds in POST.findall(output)}
    result = dict(phases)
    result["media"] = media + waited
    result["post-processing"] = sum(post.values()) - waited
    for language in LANGUAGES:
        result[f"mkdocs {language}"] = result.get(f"mkdocs {language}", 0.0) - post.get(
            language, 0.0
        )
    result["mkdocs vi"] -= media
    return result


def children_cpu() -> float:
    """CPU seconds used so far by the processes this one started (and theirs), once ended:
    unlike the elapsed time, it hardly changes with what else runs on the machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at ``url`` contains ``text``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise BenchError(f"{url} did not show {text!r} within {timeout:.0f} s")


def serve_reload(project: Path, edits: int = 3) -> float:
    """Median seconds from saving an edited page to `make serve` serving it changed."""
    port = free_port()
    command = [sys.executable, *SERVE, "-a", f"127.0.0.1:{port}"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        command,
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    page = project / "docs" / "about.vi.md"
    original = page.read_text(encoding="utf-8")
    try:
        wait_for(f"http://127.0.0.1:{port}/about/", "<html", timeout=600)
        times = []
        for number in range(edits):
            marker = f"bench-edit-{number}-{time.time_ns()}"
            page.write_text(f"{original}\n{marker}\n", encoding="utf-8")
            times.append(wait_for(f"http://127.0.0.1:{port}/about/", marker, timeout=600))
            time.sleep(1)  # let the watcher settle before the next edit
        return statistics.median(times)
    finally:
        page.write_text(original, encoding="utf-8")
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()


def bytes_per_page(site: Path) -> float:
    pages = list(site.rglob("index.html"))
    return sum(page.stat().st_size for page in pages) / len(pages)


def plain_build(project: Path, destination: Path) -> tuple[float, float, int]:
    """(seconds, CPU seconds, pages per language) of plain MkDocs + Material + static-i18n
    building the project's hand-written pages with the same menu and theme features, without
    the kit."""
    docs = destination / "docs"
    shutil.copytree(
        project / "docs",
        docs,
        ignore=lambda folder, names: [
            n for n in names if (Path(folder) / n / ".generated").exists() or n == "_data"
        ],
    )
    # The kit's own page templates (home.html) are not Material's: its default one instead.
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        if _TEMPLATE_LINE.search(text):
            page.write_text(_TEMPLATE_LINE.sub("", text, count=1), encoding="utf-8")
    kit = read_config((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config = {
        "site_name": "Bench",
        "site_url": kit["site_url"],
        "theme": {"name": "material", "language": "vi", "font": False,
                  "features": kit["theme"]["features"]},
        "not_in_nav": kit["not_in_nav"],
        "nav": kit["nav"],
        "markdown_extensions": ["abbr", "admonition", "attr_list", "def_list", "footnotes",
                                "md_in_html", "tables", {"toc": {"permalink": True}},
                                "pymdownx.details", "pymdownx.superfences"],
        "plugins": [{"i18n": {"docs_structure": "suffix", "languages": [
            {"locale": "vi", "name": "Tiếng Việt", "default": True, "build": True},
            {"locale": "en", "name": "English", "build": True},
        ]}}],
    }  # fmt: skip
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    (destination / "mkdocs.yml").write_text(text, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start, cpu = time.perf_counter(), children_cpu()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q"],
        cwd=destination,
        env=env,
        capture_output=True,
        text=True,
    )
    seconds, cpu = time.perf_counter() - start, children_cpu() - cpu
    if result.returncode != 0:
        raise BenchError(f"the plain build failed:\n{result.stderr[-2000:]}")
    pages = len(list((destination / "site").rglob("index.html"))) // len(LANGUAGES)
    return seconds, cpu, pages


def brotli_qualities(site: Path) -> list[tuple[int, int, float]]:
    """(quality, bytes, seconds on one core) of every HTML page of ``site``."""
    pages = [path.read_bytes() for path in sorted(site.rglob("*.html"))]
    rows = []
    for quality in range(4, 12):
        start = time.process_time()
        size = sum(len(brotli.compress(page, quality=quality)) for page in pages)
        rows.append((quality, size, time.process_time() - start))
    return rows


# ── the run ─────────────────────────────────────────────────────────────────────────────────


def measure(workdir: Path, articles: int, photos: list[Path], serve: bool, plain: bool) -> Figures:
    figures = Figures(articles)
    load_before = os.getloadavg()[0]
    project = make_project(workdir / f"site-{articles}")
    add_articles(project, articles)
    if photos:
        add_photo_exhibition(project, photos)
    print(f"  {articles} articles: first build ...", flush=True)
    cpu_before = children_cpu()
    figures.cold = timed_build(project, figures)
    figures.cold_cpu = children_cpu() - cpu_before
    figures.pages = len(list((project / "site").rglob("index.html"))) // len(LANGUAGES)
    figures.page_bytes = bytes_per_page(project / "site")
    print(f"  {articles} articles: build with nothing changed ...", flush=True)
    figures.unchanged = timed_build(project)
    if serve:
        print(f"  {articles} articles: make serve, edit to reload ...", flush=True)
        figures.reload = serve_reload(project)
    if plain:
        print(f"  {articles} articles: plain MkDocs ...", flush=True)
        figures.plain, figures.plain_cpu, figures.plain_pages = plain_build(
            project, workdir / f"plain-{articles}"
        )
    figures.load = (load_before, os.getloadavg()[0])
    return figures


PHASES = ["translations", "media", "mkdocs vi", "mkdocs en", "post-processing", "compression"]
PAGE_WORK = ["mkdocs vi", "mkdocs en", "post-processing"]  # what plain MkDocs does too


def table_row(row: Figures) -> list[str]:
    pages = row.pages * len(LANGUAGES)
    kit = sum(row.phases.get(p, 0.0) for p in PAGE_WORK) / pages
    plain = row.plain / (row.plain_pages * len(LANGUAGES)) if row.plain else None
    cells = [str(row.pages), f"{row.cold:.1f}", f"{row.cold_cpu:.0f}"]
    cells += [f"{row.phases.get(p, 0.0):.1f}" for p in PHASES]
    cells += [f"{row.unchanged:.1f}", f"{row.reload:.2f}" if row.reload else "-"]
    cells += [f"{row.page_bytes / 1024:.1f}", f"{row.cold / pages * 1000:.0f}", f"{kit * 1000:.0f}"]
    cells += [f"{plain * 1000:.0f}", f"{kit / plain:.2f}"] if plain else ["-", "-"]
    if row.plain_cpu and row.kit_cpu:
        kit_cpu = row.kit_cpu / pages
        plain_cpu = row.plain_cpu / (row.plain_pages * len(LANGUAGES))
        cells += [f"{kit_cpu * 1000:.1f}", f"{plain_cpu * 1000:.1f}", f"{kit_cpu / plain_cpu:.2f}"]
    else:
        cells += ["-", "-", "-"]
    cells += [f"{row.load[0]:.1f}→{row.load[1]:.1f}"]
    return cells


def print_table(rows: list[Figures]) -> None:
    header = ["pages/lang", "cold s", "cold CPU s", *(f"{p} s" for p in PHASES), "unchanged s"]
    header += ["edit→reload s", "KB/page", "cold ms/page", "kit MkDocs ms/page"]
    header += ["plain ms/page", "kit/plain", "kit CPU ms/page", "plain CPU ms/page"]
    header += ["kit/plain CPU", "load"]
    print("\n| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(table_row(row)) + " |")
    print(
        "\ncold CPU s: CPU seconds of the first build, all processes together (on an idle "
        "machine the cold time is at least this divided by the number of cores).\n"
        "kit MkDocs ms/page: the MkDocs phases and post-processing (not photos, translation "
        "check or compression), per page and language; plain: the same hand-written pages "
        "with plain MkDocs + Material + mkdocs-static-i18n (with new photos, the kit's pages "
        "are written while the photos are resized on both cores: compare the CPU columns); "
        "media s: planning the photos, then waiting for them at the end; load: the 1-minute "
        "load average before and after that site's measurements (above the number of cores: "
        "other work was running).\n"
        "kit CPU ms/page: CPU seconds of the kit's MkDocs process and its workers (share "
        "pictures), photos left out, per page and language; plain CPU: the same for the plain "
        "build. Unlike the times, these hardly change with what else runs on the machine."
    )
    if len(rows) > 1:
        growth = rows[-1].page_bytes / rows[0].page_bytes
        print(f"HTML bytes per page, largest site against smallest: {growth:.2f} times")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench_build.py", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[50, 400],
        help="generated articles per language, one site each (default 50 400)",
    )
    parser.add_argument("--photos", type=int, default=300, help="photos in the bench exhibition")
    parser.add_argument("--photo-size", default="2400x1600", help="width x height of a photo")
    parser.add_argument(
        "--photos-from",
        type=Path,
        help="take the photos from this folder (repeated up to --photos) instead of making them",
    )
    parser.add_argument("--no-serve", action="store_true", help="skip the make serve timing")
    parser.add_argument("--no-plain", action="store_true", help="skip the plain MkDocs build")
    parser.add_argument(
        "--qualities",
        action="store_true",
        help="brotli size against time on the smallest site's pages",
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated sites")
    return parser.parse_args(argv)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
        width, height = (int(n) for n in args.photo_size.lower().split("x"))
    except (SystemExit, ValueError):
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="bench-build-"))
    print(f"Load before: {os.getloadavg()}; cores: {os.cpu_count()}; work folder: {workdir}")
    try:
        if args.photos_from:
            print(f"Copying {args.photos} photos from {args.photos_from} ...", flush=True)
            photos = photos_from(args.photos_from, args.photos, workdir / "photos")
        else:
            print(f"Making {args.photos} photos of {width}x{height} ...", flush=True)
            photos = make_photos(workdir / "photos", args.photos, (width, height), quality=85)
        rows = [
            measure(workdir, size, photos, not args.no_serve, not args.no_plain)
            for size in args.sizes
        ]
        print_table(rows)
        if shutil.which("hugo") is None:
            print("Hugo is not installed: no Hugo comparison.")
        else:
            print("Hugo is installed, but this script does not build the pages with it yet.")
        if args.qualities:
            print("\n| brotli quality | KB | s (one core) |\n|---|---|---|")
            site = workdir / f"site-{args.sizes[0]}" / "site"
            for quality, size, seconds in brotli_qualities(site):
                print(f"| {quality} | {size // 1024} | {seconds:.2f} |")
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        print(f"Load after: {os.getloadavg()}")
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
