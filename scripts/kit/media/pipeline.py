"""Web-sized copies of exhibition photos: WebP page images plus one JPEG share card.

Plain Python (no MkDocs): :func:`process_images` takes source files and writes
``{slug}-{fingerprint}-{width}.webp`` and ``{slug}-{fingerprint}-share.jpg`` into one
folder. The fingerprint hashes the source bytes and the output settings, so a file name
changes whenever its bytes would, and the site can serve media with long HTTP caching.

Speed comes from three things: each source is decoded once (JPEGs already shrunk in the
DCT domain with ``Image.draft``), smaller widths are derived from the larger ones, and a
JSON manifest lets unchanged photos skip decoding entirely on the next run. Sources run in
a process pool; each worker holds one photo at a time, so memory does not grow with the
number of photos.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import os
import re
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageCms, ImageFile, UnidentifiedImageError, features

from kit.core.files import write_whole
from kit.core.slugs import slugify
from kit.messages import t

# Bump when a code change alters output bytes, so fingerprints (and file names) change too.
PIPELINE_VERSION = 4
MANIFEST_NAME = ".media-manifest.json"
MANIFEST_VERSION = 1

IMAGE_SUFFIXES: frozenset[str] = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".bmp", ".heic", ".heif"}
    | ({".avif"} if features.check("avif") else set())
)
# The only decoders run on content files (Pillow's format names). Image.open otherwise picks
# any of its ~40 decoders from the file's content, whatever its name: a PostScript file named
# .jpg would run Ghostscript. MPO is how Pillow names JPEGs from cameras that add a preview.
PHOTO_FORMATS: tuple[str, ...] = (
    "JPEG",
    "MPO",
    "PNG",
    "WEBP",
    "GIF",
    "TIFF",
    "BMP",
    "HEIF",
    *(("AVIF",) if features.check("avif") else ()),
)
# Pillow's TIFF loader applies the EXIF orientation itself on load() (and reports the turned
# size before it); turning these again would rotate them twice.
_ORIENTED_ON_LOAD = frozenset({"TIFF"})
WEBP_MAX_SIDE = 16383  # libwebp cannot encode a longer side
# Share cards of images more than this many times taller than wide (posters, long
# screenshots) show the top, where the title is, rather than the middle.
_TALL = 2.0

# libwebp effort (0-6), fixed so output bytes never depend on defaults. The smallest copy
# (gallery thumbnails, what most visitors load first) gets effort 4. The larger copies (960
# for cards and phones, 1600 for the lightbox and high-density screens) hold 90% of the
# pixels and get effort 2: measured on 12 real photos of 2400 x 1600, it encodes 2.2 times
# faster for 1-3% more bytes (SSIM 0.963 against 0.965 at 1600, 0.968 against 0.970 at 960),
# which cuts the CPU time per photo by a third. Effort 3 takes as long as 4; effort 6 is 2-3
# times slower for 3% fewer bytes.
WEBP_METHOD = 4
WEBP_METHOD_LARGER = 2
RESAMPLE = Image.Resampling.LANCZOS
# Box-reduce first when shrinking by more than 3x: much faster, visually identical.
REDUCING_GAP = 3.0
_SLUG_MAX = 60
_KEPT_EXIF_TAGS = (0x013B, 0x8298)  # Artist, Copyright: credit travels with the photo
_ORIENTATION_TAG = 0x0112
# Same table as ImageOps.exif_transpose; applied here to the already-shrunk image.
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


# --------------------------------------------------------------------------- data types


@dataclass(frozen=True)
class MediaConfig:
    """Output settings. Every field except ``max_pixels`` is part of the fingerprint."""

    widths: tuple[int, ...] = (480, 960, 1600)  # page images; never upscaled
    thumb_width: int = 480  # used by galleries; must be one of ``widths``
    lightbox_width: int = 1600  # opened by the lightbox; the largest width
    share_size: tuple[int, int] = (1200, 630)  # social card, cover-fit and centred
    webp_quality: int = 80
    jpeg_quality: int = 82
    max_pixels: int = 120_000_000  # decompression-bomb guard

    def __post_init__(self) -> None:
        if not self.widths or any(int(w) < 1 for w in self.widths):
            raise ValueError(f"widths must be positive whole numbers, got {self.widths!r}")
        # Normalised so equal settings compare (and hash, and fingerprint) equal.
        object.__setattr__(self, "widths", tuple(sorted({int(w) for w in self.widths})))
        object.__setattr__(self, "share_size", tuple(self.share_size))
        if self.thumb_width not in self.widths:
            raise ValueError(f"thumb_width {self.thumb_width} is not one of {self.widths}")
        if self.lightbox_width != self.widths[-1]:
            raise ValueError(f"lightbox_width {self.lightbox_width} must be the largest width")
        if min(self.share_size) < 1 or self.max_pixels < 1:
            raise ValueError("share_size and max_pixels must be positive")


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    format: str  # "webp" or "jpeg"
    path: str  # POSIX path relative to the output root


@dataclass(frozen=True)
class ProcessedImage:
    source: str
    slug: str
    width: int  # source size after EXIF orientation
    height: int
    variants: tuple[Variant, ...]  # WebP, ascending width
    share: Variant
    fingerprint: str

    @property
    def largest(self) -> Variant:
        return self.variants[-1]

    @property
    def smallest(self) -> Variant:
        return self.variants[0]

    def fit(self, width: int) -> Variant:
        """The widest variant not wider than ``width`` (the smallest if all are wider)."""
        fitting = [v for v in self.variants if v.width <= width]
        return fitting[-1] if fitting else self.smallest

    def srcset(self, prefix: str = "") -> str:
        """``"a-480.webp 480w, a-960.webp 960w"``; ``prefix`` is prepended to each path."""
        return ", ".join(f"{prefix}{v.path} {v.width}w" for v in self.variants)


@dataclass
class MediaFailure:
    source: str
    reason: str  # plain-English sentence: what is wrong and how to fix it


@dataclass
class MediaReport:
    images: dict[str, ProcessedImage] = field(default_factory=dict)
    processed: int = 0
    skipped: int = 0  # unchanged since the last run: not decoded again
    failures: list[MediaFailure] = field(default_factory=list)


class MediaError(Exception):
    """A source that cannot be used; the message is shown to the person who added it."""


# --------------------------------------------------------------------------- public API


def media_slug(path: Path) -> str:
    """ASCII slug of the file stem: ``"Ảnh 1.JPG"`` (NFC or NFD) -> ``"anh-1"``."""
    slug = slugify(Path(path).stem)[:_SLUG_MAX].strip("-")
    return slug or "image"


def is_image_path(path: Path) -> bool:
    """True when the file name has an image extension we resize (any letter case)."""
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def process_images(
    sources: Iterable[Path],
    output_root: Path,
    config: MediaConfig = MediaConfig(),
    cache_dir: Path | None = None,
    jobs: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> MediaReport:
    """Resize every source into ``output_root``; one bad file never stops the others.

    ``cache_dir`` holds the manifest (default: ``output_root``). ``progress(done, total,
    source)`` is called in this process after each source.
    """
    return MediaJob(sources, output_root, config, cache_dir, jobs, progress).finish()


def start_images(
    sources: Iterable[Path],
    output_root: Path,
    config: MediaConfig = MediaConfig(),
    cache_dir: Path | None = None,
    jobs: int | None = None,
) -> MediaJob:
    """Start resizing in worker processes and return at once, with every output planned.

    Each new source is read and its header checked here (no pixel is decoded), so
    ``job.images`` already holds what :meth:`MediaJob.finish` will return for it (sizes,
    file names) and ``job.failures`` every source refused by its header. Pages can be
    written while the workers resize; ``finish()`` waits for them and reports the few
    problems only decoding finds (a damaged file, or one changed in the meantime).
    """
    return MediaJob(sources, output_root, config, cache_dir, jobs, plan=True)


class MediaJob:
    """Sources being resized; :func:`process_images` and :func:`start_images` make one."""

    def __init__(
        self,
        sources: Iterable[Path],
        output_root: Path,
        config: MediaConfig = MediaConfig(),
        cache_dir: Path | None = None,
        jobs: int | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        plan: bool = False,
    ) -> None:
        self.output_root = Path(output_root)
        self.output_root.mkdir(parents=True, exist_ok=True)
        self.config = config
        self._progress = progress
        self._manifest = _Manifest.load(Path(cache_dir or output_root) / MANIFEST_NAME)
        existing = _existing_files(self.output_root)
        self._ordered = list(dict.fromkeys(str(s) for s in sources))  # de-duplicate, keep order
        self._outcomes: dict[str, _Outcome] = {}
        self._planned: dict[str, ProcessedImage] = {}
        self._report: MediaReport | None = None
        known = self._manifest.by_stem()
        misses: list[str] = []
        for source in self._ordered:
            outcome = _stat_hit(source, self._manifest, config, existing)
            if outcome is None and plan:
                outcome = _plan_source(source, config, known)
            if outcome is None:
                misses.append(source)
            elif outcome.status == "planned" and outcome.image is not None:
                self._planned[source] = outcome.image
                misses.append(source)
            else:
                self._record(outcome)
        self._run = _Run(misses, self.output_root, config, known, jobs)

    @property
    def images(self) -> dict[str, ProcessedImage]:
        """What each usable source gives (planned or already done), in source order."""
        done = {s: o.image for s, o in self._outcomes.items() if o.image is not None}
        return {
            source: done.get(source) or self._planned[source]
            for source in self._ordered
            if source in done or source in self._planned
        }

    @property
    def failures(self) -> list[MediaFailure]:
        """Sources refused so far (all of them once :meth:`finish` has returned)."""
        return [
            MediaFailure(source, self._outcomes[source].reason)
            for source in self._ordered
            if source in self._outcomes and self._outcomes[source].status == "failed"
        ]

    def finish(self) -> MediaReport:
        """Wait for every source, save the manifest and return the report (once; then the
        same report again)."""
        return self._collect(cancel=False)

    def cancel(self) -> None:
        """Stop: sources not started are dropped, finished ones are kept for next time."""
        self._collect(cancel=True)

    def _collect(self, cancel: bool) -> MediaReport:
        if self._report is None:
            try:
                for outcome in self._run.outcomes(cancel):
                    self._record(self._checked(outcome))
            finally:
                self._save()
            self._report = _report(self._ordered, self._outcomes)
        return self._report

    def _checked(self, outcome: _Outcome) -> _Outcome:
        planned = self._planned.get(outcome.source)
        if planned is None or outcome.status == "failed" or outcome.image == planned:
            return outcome
        # The file was replaced between the planning read and the worker's read.
        return _Outcome(outcome.source, "failed", reason=_changed_meanwhile())

    def _record(self, outcome: _Outcome) -> None:
        self._outcomes[outcome.source] = outcome
        if self._progress is not None:
            self._progress(len(self._outcomes), len(self._ordered), outcome.source)

    def _save(self) -> None:
        for outcome in self._outcomes.values():
            self._manifest.update(outcome, self.config)
        self._manifest.prune(_existing_files(self.output_root))
        self._manifest.save()


# --------------------------------------------------------------------------- orchestration


@dataclass
class _Outcome:
    """What happened to one source; crosses the process boundary, so it stays small."""

    source: str
    status: str  # "processed", "skipped" or "failed"
    image: ProcessedImage | None = None
    reason: str = ""
    size: int = -1
    mtime_ns: int = -1
    content: str = ""  # sha256 of the source bytes


def _report(ordered: list[str], outcomes: Mapping[str, _Outcome]) -> MediaReport:
    report = MediaReport()
    for source in ordered:
        outcome = outcomes.get(source)
        if outcome is None:  # interrupted before this one ran
            continue
        if outcome.status == "failed" or outcome.image is None:
            report.failures.append(MediaFailure(source, outcome.reason))
            continue
        report.images[source] = outcome.image
        if outcome.status == "processed":
            report.processed += 1
        else:
            report.skipped += 1
    return report


class _Run:
    """The sources to resize: in worker processes (started at once), or here, one by one,
    when :meth:`outcomes` is read (one source, or ``jobs=1``: not worth a process)."""

    def __init__(
        self,
        sources: list[str],
        output_root: Path,
        config: MediaConfig,
        known: dict[str, dict[str, Any]],
        jobs: int | None,
    ) -> None:
        self.sources, self.output_root, self.config = sources, output_root, config
        self.known = known
        self.pool: ProcessPoolExecutor | None = None
        self.futures: dict[Future[_Outcome], str] = {}
        workers = min(jobs or os.cpu_count() or 1, len(sources))
        if workers <= 1:
            return
        # Default start method (fork with Python 3.11 on Linux): works from any caller, even
        # a script read from stdin, which spawn/forkserver cannot re-import.
        self.pool = ProcessPoolExecutor(
            max_workers=workers,
            initializer=_set_known,
            initargs=(known,),
        )
        self.futures = {
            self.pool.submit(_process_source, source, str(output_root), config): source
            for source in sources
        }

    def outcomes(self, cancel: bool = False) -> Iterator[_Outcome]:
        if self.pool is None:
            yield from () if cancel else self._here()
            return
        try:
            if cancel:
                self.pool.shutdown(wait=True, cancel_futures=True)
                done = [f for f in self.futures if f.done() and not f.cancelled()]
            else:
                done = as_completed(self.futures)  # type: ignore[assignment]
            for future in done:
                yield _future_outcome(future, self.futures[future])
        finally:
            self.pool.shutdown(cancel_futures=True)

    def _here(self) -> Iterator[_Outcome]:
        _set_known(self.known)
        try:
            for source in self.sources:
                yield _process_source(source, str(self.output_root), self.config)
        finally:
            _set_known({})


def _future_outcome(future: Future[_Outcome], source: str) -> _Outcome:
    try:
        return future.result()
    except BrokenProcessPool:
        reason = (
            "the resizing process stopped unexpectedly (the computer may have run out of "
            "memory); close other programs and run it again, or make the largest photos smaller"
        )
    except Exception as error:  # one photo's bug must not stop the rest
        reason = _unexpected(error)
    return _Outcome(source, "failed", reason=reason)


def _existing_files(folder: Path) -> set[str]:
    with os.scandir(folder) as entries:
        return {entry.name for entry in entries}


def _stat_hit(
    source: str, manifest: _Manifest, config: MediaConfig, existing: set[str]
) -> _Outcome | None:
    """Cheapest check: same path, size and mtime as last time, outputs still there."""
    try:
        stat = os.stat(source)
    except OSError:
        return None  # the worker explains the problem
    entry = manifest.get(source)
    if not entry or (entry["size"], entry["mtime_ns"]) != (stat.st_size, stat.st_mtime_ns):
        return None
    if entry["fingerprint"] != _fingerprint(entry["content"], config):
        return None
    if entry["slug"] != media_slug(Path(source)):
        return None
    image = _image_from_entry(source, entry)
    if not all(path in existing for path in _output_paths(image)):
        return None
    return _Outcome(
        source,
        "skipped",
        image,
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        content=entry["content"],
    )


# --------------------------------------------------------------------------- manifest


class _Manifest:
    """JSON record of what each source produced last time, keyed by absolute path."""

    def __init__(self, path: Path, sources: dict[str, dict[str, Any]]) -> None:
        self.path = path
        self.sources = sources

    @classmethod
    def load(cls, path: Path) -> _Manifest:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") == MANIFEST_VERSION:
                return cls(path, {k: e for k, e in data["sources"].items() if _valid(k, e)})
        except (OSError, ValueError, KeyError, AttributeError):
            pass  # missing or damaged: start again; outputs are rebuilt or found by content
        return cls(path, {})

    @staticmethod
    def key(source: str) -> str:
        return os.path.abspath(source)

    def get(self, source: str) -> dict[str, Any] | None:
        return self.sources.get(self.key(source))

    def by_stem(self) -> dict[str, dict[str, Any]]:
        """Entries by ``slug-fingerprint``: finds outputs of a touched or moved photo."""
        return {f"{e['slug']}-{e['fingerprint']}": e for e in self.sources.values()}

    def update(self, outcome: _Outcome, config: MediaConfig) -> None:
        # A failure keeps the old entry: its outputs are still good and still on disk.
        if outcome.image is None or outcome.status == "failed":
            return
        self.sources[self.key(outcome.source)] = {
            "size": outcome.size,
            "mtime_ns": outcome.mtime_ns,
            "content": outcome.content,
            **_entry_from_image(outcome.image),
        }

    def prune(self, existing: set[str]) -> None:
        """Forget entries whose files were deleted, so the manifest cannot grow forever."""
        self.sources = {
            key: entry
            for key, entry in self.sources.items()
            if all(p in existing for p in _output_paths(_image_from_entry(key, entry)))
        }

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": MANIFEST_VERSION, "sources": self.sources}, sort_keys=True)
        write_whole(self.path, text.encode("utf-8"))


def _valid(key: str, entry: Any) -> bool:
    """A hand-edited or truncated entry is dropped rather than crashing a build."""
    try:
        _image_from_entry(key, entry)
        return (
            isinstance(entry["size"], int)
            and isinstance(entry["mtime_ns"], int)
            and (isinstance(entry["content"], str))
        )
    except (KeyError, TypeError, ValueError):
        return False


def _entry_from_image(image: ProcessedImage) -> dict[str, Any]:
    def variant(v: Variant) -> list[Any]:
        return [v.width, v.height, v.format, v.path]

    return {
        "slug": image.slug,
        "fingerprint": image.fingerprint,
        "width": image.width,
        "height": image.height,
        "variants": [variant(v) for v in image.variants],
        "share": variant(image.share),
    }


def _image_from_entry(source: str, entry: Mapping[str, Any]) -> ProcessedImage:
    return ProcessedImage(
        source=source,
        slug=entry["slug"],
        width=entry["width"],
        height=entry["height"],
        variants=tuple(Variant(*v) for v in entry["variants"]),
        share=Variant(*entry["share"]),
        fingerprint=entry["fingerprint"],
    )


def _output_paths(image: ProcessedImage) -> list[str]:
    return [v.path for v in image.variants] + [image.share.path]


# --------------------------------------------------------------------------- one source (worker)

_known_by_stem: dict[str, dict[str, Any]] = {}


def _set_known(known: dict[str, dict[str, Any]]) -> None:
    """Pool initializer: the manifest index, sent once per worker rather than per photo."""
    global _known_by_stem
    _known_by_stem = known


def _process_source(source: str, output_root: str, config: MediaConfig) -> _Outcome:
    """Read, fingerprint and (unless already done) resize one source. Never raises."""
    outcome, data, named = _read_source(source, config, _known_by_stem, output_root)
    if data is None or named is None:
        return outcome
    try:
        with warnings.catch_warnings():
            _quiet_warnings()
            image = _render(data, source, named, Path(output_root), config)
    except MediaError as error:
        outcome.reason = str(error)
    except Exception as error:  # turn any Pillow surprise into a reason
        outcome.reason = _unexpected(error)
    else:
        outcome.status, outcome.image = "processed", image
    return outcome


def _plan_source(source: str, config: MediaConfig, known: dict[str, dict[str, Any]]) -> _Outcome:
    """What resizing ``source`` will give, from its header alone: an outcome "planned" (or
    "failed" with the reason, or "skipped" when its outputs exist under another name)."""
    outcome, data, named = _read_source(source, config, known, None)
    if data is None or named is None:
        return outcome
    try:
        with warnings.catch_warnings():
            _quiet_warnings()
            with _open_image(data, source, config) as im:
                outcome.image = _layout(im, config).image(named)
    except MediaError as error:
        outcome.reason = str(error)
    except Exception as error:
        outcome.reason = _unexpected(error)
    else:
        outcome.status = "planned"
    return outcome


def _read_source(
    source: str, config: MediaConfig, known: dict[str, dict[str, Any]], output_root: str | None
) -> tuple[_Outcome, bytes | None, ProcessedImage | None]:
    """The source's bytes, with a "failed" outcome to fill in and a placeholder image
    holding the names (slug and fingerprint); or a finished outcome and no bytes."""
    path = Path(source)
    try:
        stat = path.stat()
        data = path.read_bytes()
    except OSError as error:
        return _Outcome(source, "failed", reason=_unreadable(error)), None, None
    content = hashlib.sha256(data).hexdigest()
    outcome = _Outcome(
        source, "failed", size=stat.st_size, mtime_ns=stat.st_mtime_ns, content=content
    )
    slug, fingerprint = media_slug(path), _fingerprint(content, config)
    entry = known.get(f"{slug}-{fingerprint}")
    if entry is not None:
        image = _image_from_entry(source, entry)
        root = Path(output_root) if output_root is not None else None
        if root is None or all((root / p).is_file() for p in _output_paths(image)):
            outcome.status, outcome.image = "skipped", image  # touched or moved, same bytes
            if root is None:
                outcome.status = "planned"  # the worker checks the files are still there
            return outcome, None, None
    named = ProcessedImage(source, slug, 0, 0, (), Variant(0, 0, "", ""), fingerprint)
    return outcome, data, named


def _quiet_warnings() -> None:
    # Pillow's "corrupt EXIF" and decompression-bomb warnings would only clutter the
    # progress bar; real problems raise. Deprecations still surface.
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("ignore", Image.DecompressionBombWarning)


def _fingerprint(content_sha256: str, config: MediaConfig) -> str:
    text = _settings_text(config) + "\n" + content_sha256
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:12]


@functools.lru_cache(maxsize=8)
def _settings_text(config: MediaConfig) -> str:
    """Everything that changes output bytes (not max_pixels, which only refuses files)."""
    settings = {
        "pipeline": PIPELINE_VERSION,
        "widths": list(config.widths),
        "share": list(config.share_size),
        "webp": [config.webp_quality, WEBP_METHOD, WEBP_METHOD_LARGER],
        "jpeg": config.jpeg_quality,
    }
    return json.dumps(settings, sort_keys=True)


# --------------------------------------------------------------------------- image work


@dataclass(frozen=True)
class _Layout:
    """Every size one source gives, worked out from its header (before any decoding)."""

    orientation: int
    width: int  # after EXIF orientation
    height: int
    sizes: list[tuple[int, int]]  # WebP copies, ascending
    share_box: tuple[float, float, float, float]  # in source pixels
    share_size: tuple[int, int]

    def image(self, named: ProcessedImage) -> ProcessedImage:
        """The result, named like ``named`` (source, slug and fingerprint)."""
        stem = f"{named.slug}-{named.fingerprint}"
        variants = tuple(Variant(*size, "webp", f"{stem}-{size[0]}.webp") for size in self.sizes)
        share = Variant(*self.share_size, "jpeg", f"{stem}-share.jpg")
        return ProcessedImage(
            named.source, named.slug, self.width, self.height, variants, share, named.fingerprint
        )


def _layout(im: Image.Image, config: MediaConfig) -> _Layout:
    orientation = _orientation(im)
    width, height = im.size if orientation < 5 else im.size[::-1]
    plan = _plan_widths(width, height, config.widths)
    sizes = [(w, _height_for(w, width, height)) for w in plan]
    share_box, share_size = _share_geometry(width, height, config.share_size)
    return _Layout(orientation, width, height, sizes, share_box, share_size)


def _render(
    data: bytes, source: str, named: ProcessedImage, output_root: Path, config: MediaConfig
) -> ProcessedImage:
    """Decode once, make every output in memory, then write them all (atomically)."""
    with _captured_stderr() as captured, _open_image(data, source, config) as im:
        layout = _layout(im, config)
        orientation, width, height = layout.orientation, layout.width, layout.height
        sizes, share_box, share_size = layout.sizes, layout.share_box, layout.share_size
        kept_exif = _kept_exif(im)
        icc = im.info.get("icc_profile")
        working_size = _working_size(width, height, sizes[-1], share_box, share_size)
        pre_size = working_size if orientation < 5 else working_size[::-1]
        if im.format == "JPEG":
            im.draft(im.mode, pre_size)  # DCT-domain downscale: decode far fewer pixels
        _load(im, captured, config)
        working = _normalise_mode(im)
    working = _resize(working, pre_size)
    if orientation in _TRANSPOSE:
        working = working.transpose(_TRANSPOSE[orientation])
    working = _to_srgb(working, icc)
    # Resized copies inherit .info, and some encoders read it (a JPEG comment would ride
    # along): clear it once here; the metadata we keep is passed to the encoders explicitly.
    working.info = {}

    scale_x, scale_y = working.width / width, working.height / height
    left, top, right, bottom = share_box
    box = (
        left * scale_x,
        top * scale_y,
        min(right * scale_x, working.width),
        min(bottom * scale_y, working.height),
    )
    image = layout.image(named)
    outputs: list[tuple[Variant, bytes]] = []
    previous = working
    for variant in reversed(image.variants):  # largest first; each smaller one from the previous
        previous = _resize(previous, (variant.width, variant.height))
        # A photo with one copy only (a small source) uses it as its gallery thumbnail.
        method = WEBP_METHOD if variant == image.smallest else WEBP_METHOD_LARGER
        outputs.append((variant, _encode_webp(previous, kept_exif, config, method)))
    share = working.resize(share_size, RESAMPLE, box=box, reducing_gap=REDUCING_GAP)
    outputs.append((image.share, _encode_jpeg(share, kept_exif, config)))

    for variant, payload in outputs:
        _write_output(output_root / variant.path, payload)
    return image


@contextmanager
def _open_image(data: bytes, source: str, config: MediaConfig) -> Iterator[ImageFile.ImageFile]:
    if not data:
        raise MediaError(t("the file is empty (0 bytes); export or copy the photo again"))
    _register_plugins()
    try:
        with _pixel_limit(config.max_pixels):
            im = Image.open(io.BytesIO(data), formats=_photo_decoders())
    except Image.DecompressionBombError as error:
        raise MediaError(_bomb(error, config)) from None
    except UnidentifiedImageError:
        raise MediaError(_not_an_image(data, source)) from None
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise MediaError(_decode_failure(error, None, [])) from None
    # Not closed on purpose: it reads from memory, and closing would discard the pixels.
    if im.width * im.height > config.max_pixels:
        raise MediaError(_too_large(im.width * im.height, im.size, config))
    yield im


@contextmanager
def _pixel_limit(limit: int) -> Iterator[None]:
    # Pillow warns above MAX_IMAGE_PIXELS (ignored in _process_source: our own check gives
    # the clearer message) and refuses above twice that, before reading any pixel.
    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = limit
    try:
        yield
    finally:
        Image.MAX_IMAGE_PIXELS = saved


def _bomb(error: Image.DecompressionBombError, config: MediaConfig) -> str:
    match = re.search(r"\((\d+) pixels\)", str(error))
    pixels = int(match.group(1)) if match else 2 * config.max_pixels
    return _too_large(pixels, None, config)


def _load(im: ImageFile.ImageFile, captured: _CapturedStderr, config: MediaConfig) -> None:
    try:
        with _pixel_limit(config.max_pixels):
            im.load()
    except Image.DecompressionBombError as error:
        raise MediaError(_bomb(error, config)) from None
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise MediaError(_decode_failure(error, im, captured.lines())) from None
    # libtiff reports some damage (a bad CCITT fax code, say) only by printing an error and
    # filling the rest with garbage; Pillow then returns normally.
    errors = _library_errors(captured.lines()) if im.format == "TIFF" else []
    if errors:
        raise MediaError(_damaged(errors[0]))


def _decode_failure(error: BaseException, im: Image.Image | None, messages: list[str]) -> str:
    if "decompressed data too large" in str(error).lower():
        return _hidden_data()
    if im is not None and im.format == "TIFF" and _codec_missing(messages):
        return _unreadable_tiff(im.info.get("compression"))
    return _damaged(str(error))


def _library_errors(messages: list[str]) -> list[str]:
    """libtiff's error lines (its warnings read "module: Warning, ...")."""
    return [line for line in messages if "Warning, " not in line]


def _codec_missing(messages: list[str]) -> bool:
    return any("not configured" in line or "not implemented" in line for line in messages)


class _CapturedStderr:
    """What C libraries wrote to file descriptor 2 while it pointed at ``fd``."""

    def __init__(self, fd: int | None) -> None:
        self.fd = fd

    def lines(self) -> list[str]:
        if self.fd is None:
            return []
        end = os.lseek(self.fd, 0, os.SEEK_CUR)
        os.lseek(self.fd, 0, os.SEEK_SET)
        text = os.read(self.fd, min(end, 65536)).decode("utf-8", "replace")
        os.lseek(self.fd, end, os.SEEK_SET)  # writers share this offset: leave it at the end
        return [line.strip() for line in text.splitlines() if line.strip()]


@contextmanager
def _captured_stderr() -> Iterator[_CapturedStderr]:
    """libtiff prints warnings and errors itself, on file descriptor 2 past Python's
    sys.stderr (hundreds of lines for some scanner files, right into the progress bar).
    While decoding, the descriptor points at a temporary file, which is read, not shown."""
    saved = _duplicate_stderr()
    if saved is None:
        yield _CapturedStderr(None)
        return
    with tempfile.TemporaryFile() as file:
        os.dup2(file.fileno(), 2)
        try:
            yield _CapturedStderr(file.fileno())
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _duplicate_stderr() -> int | None:
    with suppress(AttributeError, ValueError):  # sys.stderr missing or closed
        sys.stderr.flush()  # Python's own buffered text goes out before the switch
    try:
        return os.dup(2)
    except OSError:  # no descriptor 2 (a program without a console): nothing to hide
        return None


def _orientation(im: Image.Image) -> int:
    if im.format in _ORIENTED_ON_LOAD:
        return 1
    try:
        value = im.getexif().get(_ORIENTATION_TAG, 1)
    except Exception:  # a broken EXIF block only loses the rotation
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _kept_exif(im: Image.Image) -> Image.Exif | None:
    """Artist and Copyright only; GPS and everything else are dropped."""
    try:
        source = im.getexif()
    except Exception:
        return None
    kept = Image.Exif()
    for tag in _KEPT_EXIF_TAGS:
        value = source.get(tag)
        if isinstance(value, str):
            # Pillow reads EXIF text as Latin-1 and would write it back as ASCII with "?",
            # turning "Nguyễn" into "Nguy?n"; giving the original bytes back keeps it intact.
            value = value.encode("latin-1", "replace")
        if isinstance(value, bytes) and value.strip(b"\0 "):
            kept[tag] = value
    return kept if len(kept) else None


def _plan_widths(source_width: int, source_height: int, widths: Iterable[int]) -> list[int]:
    """Configured widths below the widest allowed, plus that one once if any is wider.

    The widest allowed is the source width (never enlarged), narrowed so that no side of a
    WebP copy is longer than WebP allows: a 1080 x 20000 poster gets copies up to 884 wide.
    """
    fitting = WEBP_MAX_SIDE * source_width // source_height
    widest = max(1, min(source_width, WEBP_MAX_SIDE, fitting))
    ordered = sorted(set(widths))
    plan = [w for w in ordered if w < widest]
    if len(plan) < len(ordered):
        plan.append(widest)
    return plan


def _height_for(width: int, source_width: int, source_height: int) -> int:
    # The cap only bites beyond a 16383:1 aspect ratio, which no photo has.
    return min(WEBP_MAX_SIDE, max(1, round(source_height * width / source_width)))


def _share_geometry(
    width: int, height: int, share_size: tuple[int, int]
) -> tuple[tuple[float, float, float, float], tuple[int, int]]:
    """Centred crop box (source pixels) with the card's aspect, and the card's size.

    A source smaller than the card is cropped but not enlarged. Very tall sources (posters,
    long screenshots) are cropped from the top, where their title is.
    """
    target_w, target_h = share_size
    aspect = target_w / target_h
    if width / height > aspect:
        box_w, box_h = height * aspect, float(height)
    else:
        box_w, box_h = float(width), width / aspect
    left, top = (width - box_w) / 2, (height - box_h) / 2
    if height > _TALL * width:
        top = 0.0
    if box_w >= target_w:
        size = share_size
    else:
        size = (max(1, math.floor(box_w)), max(1, math.floor(box_h)))
    return (left, top, left + box_w, top + box_h), size


def _working_size(
    width: int,
    height: int,
    largest: tuple[int, int],
    share_box: tuple[float, float, float, float],
    share_size: tuple[int, int],
) -> tuple[int, int]:
    """The one size every output is made from: the largest variant, unless the share card
    needs more pixels (very wide panoramas)."""
    share_scale = min(1.0, share_size[0] / (share_box[2] - share_box[0]))
    needed = (math.ceil(width * share_scale), math.ceil(height * share_scale))
    if largest[0] >= needed[0] and largest[1] >= needed[1]:
        return largest
    return min(width, needed[0]), min(height, needed[1])


def _resize(im: Image.Image, size: tuple[int, int]) -> Image.Image:
    if im.size == tuple(size):
        return im
    return im.resize(size, RESAMPLE, reducing_gap=REDUCING_GAP)


def _normalise_mode(im: Image.Image) -> Image.Image:
    """Bring any decoded mode to RGB, RGBA, L or CMYK (the last two keep their ICC profile)."""
    mode = im.mode
    if mode.startswith("I;16") or mode == "I":
        # 16-bit: Pillow's convert("L") clips at 255 (all white); scale instead.
        return im.convert("I").point(lambda value: value / 257).convert("L")
    if mode == "F":
        return im.convert("L")
    if mode in ("RGB", "L", "CMYK") and "transparency" not in im.info:
        return im
    if mode == "1":
        return im.convert("L")
    has_alpha = "A" in mode or "a" in mode or "transparency" in im.info
    if not has_alpha:
        return im.convert("RGB")
    rgba = im.convert("RGBA")
    # Drop an alpha channel that is fully opaque: smaller files, no white fill needed.
    return rgba.convert("RGB") if rgba.getchannel("A").getextrema() == (255, 255) else rgba


_srgb_profile: ImageCms.ImageCmsProfile | None = None


def _to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """Convert embedded colour profiles to sRGB; outputs carry no profile (= sRGB on the web)."""
    global _srgb_profile
    target = "RGBA" if im.mode == "RGBA" else "RGB"
    if icc:
        try:
            profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if "srgb" not in (ImageCms.getProfileDescription(profile) or "").lower():
                _srgb_profile = _srgb_profile or ImageCms.ImageCmsProfile(
                    ImageCms.createProfile("sRGB")
                )
                converted = ImageCms.profileToProfile(im, profile, _srgb_profile, outputMode=target)
                if converted is not None:
                    im = converted
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass  # unreadable or mismatched profile: browsers ignore it too, and so do we
    return im if im.mode == target else im.convert(target)


def _encode_webp(
    im: Image.Image, exif: Image.Exif | None, config: MediaConfig, method: int = WEBP_METHOD
) -> bytes:
    buffer = io.BytesIO()
    options: dict[str, Any] = {"quality": config.webp_quality, "method": method}
    if exif is not None:
        options["exif"] = exif
    im.save(buffer, "WEBP", **options)
    return buffer.getvalue()


def _encode_jpeg(im: Image.Image, exif: Image.Exif | None, config: MediaConfig) -> bytes:
    if im.mode == "RGBA":  # social networks show transparency as black; use white
        background = Image.new("RGB", im.size, (255, 255, 255))
        background.paste(im, mask=im.getchannel("A"))
        im = background
    buffer = io.BytesIO()
    options: dict[str, Any] = {"quality": config.jpeg_quality, "optimize": True}
    if exif is not None:
        options["exif"] = exif
    im.save(buffer, "JPEG", **options)
    return buffer.getvalue()


def _write_output(path: Path, payload: bytes) -> None:
    try:
        write_whole(path, payload)
    except OSError as error:
        raise MediaError(
            t(
                "the resized copy could not be saved as {path} ({reason}); check there is free "
                "disk space and that the folder can be written to",
                path=path,
                reason=error.strerror or error,
            )
        ) from None


_plugins_registered = False


def _photo_decoders() -> list[str]:
    """PHOTO_FORMATS that this Pillow can read (HEIF needs pillow_heif)."""
    return [name for name in PHOTO_FORMATS if name in Image.OPEN]


def _register_plugins() -> None:
    """HEIC/HEIF (iPhone photos) through pillow_heif; once per process."""
    global _plugins_registered
    if not _plugins_registered:
        Image.init()  # every format registered, so the allow-list names known decoders
        with suppress(ImportError):
            from pillow_heif import register_heif_opener

            register_heif_opener()
        _plugins_registered = True


# --------------------------------------------------------------------------- messages


def _too_large(pixels: int, size: tuple[int, int] | None, config: MediaConfig) -> str:
    dims = t(" ({width}x{height} pixels)", width=size[0], height=size[1]) if size else ""
    limit = _megapixels(config.max_pixels)
    longest = int(math.sqrt(config.max_pixels * 1.5))  # a 3:2 photo's long side at the limit
    return t(
        "the image is {pixels} megapixels{dims}, more than the {limit} megapixel limit; resize "
        "it below {limit} megapixels (for example to at most {longest} pixels on the long side) "
        "before adding it",
        pixels=_megapixels(pixels),
        dims=dims,
        limit=limit,
        longest=longest,
    )


def _megapixels(pixels: int) -> str:
    value = pixels / 1_000_000
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}".removesuffix(".0")


def _not_an_image(data: bytes, source: str) -> str:
    suffix = Path(source).suffix or t("an image extension")
    found = _format_found(data)
    if found == "TIFF":
        return _unreadable_tiff(None)
    if found in PHOTO_FORMATS:
        return _damaged("")
    if found is not None:
        return t(
            "this file is in the {format} format, which is not a photo format the site "
            "publishes, although its name ends in {suffix}; open it in an image editor and "
            "export it as JPEG or PNG",
            format=_format_name(found),
            suffix=suffix,
        )
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        kind = t("a web page (HTML), not a photo")
    elif b"\0" not in head and _is_text(head):
        kind = t("a text file, not a photo")
    else:
        kind = t("not in an image format that can be read")
    return t(
        "this file is {kind}, although its name ends in {suffix}; download or export the "
        "original photo again (as JPEG, PNG, WebP or HEIC)",
        kind=kind,
        suffix=suffix,
    )


def _format_found(data: bytes) -> str | None:
    """The Pillow format whose signature the file starts with, found without decoding."""
    Image.init()
    prefix = data[:16]  # what Image.open shows each format's signature check
    for format_id in Image.ID:
        accept = Image.OPEN[format_id][1]
        with suppress(Exception):  # a signature check must not stop the message
            if accept is not None and accept(prefix):
                return format_id
    return None


def _format_name(format_id: str) -> str:
    description = getattr(Image.OPEN[format_id][0], "format_description", None)
    return f"{description} ({format_id})" if description else format_id


def _is_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _damaged(detail: str) -> str:
    return t(
        "the image data is incomplete or damaged (the file may have been cut off while "
        "copying or downloading); copy or export the photo again{detail}",
        detail=f" [{detail}]" if detail else "",
    )


def _unreadable_tiff(compression: str | None) -> str:
    return t(
        "this TIFF file is stored with a compression{kind} or layout that cannot be read "
        "here; export it again as JPEG, or as a TIFF without compression or with LZW compression",
        kind=f" ({compression})" if compression else "",
    )


def _hidden_data() -> str:
    return t(
        "the file holds a hidden block of data that would unpack to far more than a photo "
        "needs (a 'decompression bomb'), so it was not opened; export the photo again as JPEG "
        "or PNG from a photo editor"
    )


def _unreadable(error: OSError) -> str:
    return t(
        "the file could not be read ({reason}); check that it still exists and that you have "
        "permission to open it",
        reason=error.strerror or error,
    )


def _changed_meanwhile() -> str:
    return t(
        "the file changed while the site was being built; wait until it is completely copied, "
        "then build again"
    )


def _unexpected(error: BaseException) -> str:
    return t(
        "the image could not be processed ({reason}); open it in a photo editor and export it "
        "again as JPEG",
        reason=f"{type(error).__name__}: {error}",
    )


# --------------------------------------------------------------------------- checking only


def check_image(
    data: bytes, source: str, config: MediaConfig = MediaConfig()
) -> tuple[str, int, int]:
    """Decode ``data`` completely, with the same decoders and limits as the resizer, and write
    nothing: (Pillow format name, width, height). MediaError says why it is not a usable photo
    (used for images that come from outside, such as another site's export)."""
    with warnings.catch_warnings():
        _quiet_warnings()
        try:
            with _captured_stderr() as captured, _open_image(data, source, config) as im:
                _load(im, captured, config)
                return str(im.format), im.width, im.height
        except MediaError:
            raise
        except Exception as error:  # any Pillow surprise is a reason, never a traceback
            raise MediaError(_unexpected(error)) from None
