"""Media for the built site: resized images and copied videos, published under site/media/.

Resizing is cached by content (see kit.media.pipeline), so a rebuild with unchanged photos decodes
nothing; both language builds share one result. New photos can be resized in the background
while the pages are written (``prepare(..., background=True)``), since every output's size and
name is known from the photo's header; :func:`finish` then waits for them.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from kit.core.files import whole_file
from kit.core.problems import Problem
from kit.media.pipeline import MediaJob, ProcessedImage, media_slug, start_images

CACHE_FOLDER = Path(".cache") / "media"
OUTPUT_FOLDER = CACHE_FOLDER / "out"


@dataclass
class PreparedMedia:
    images: dict[str, ProcessedImage] = field(default_factory=dict)  # by source path
    videos: dict[str, str] = field(default_factory=dict)  # source path -> published name
    problems: list[Problem] = field(default_factory=list)
    job: MediaJob | None = None  # photos still being resized (see finish)

    def published_files(self) -> list[str]:
        names = [v.path for image in self.images.values() for v in (*image.variants, image.share)]
        return sorted(set(names) | set(self.videos.values()))


def prepare(
    project: Path, images: list[Path], videos: list[Path], background: bool = False
) -> PreparedMedia:
    """Resize ``images`` and fingerprint ``videos`` into the project's media cache.

    With ``background``, new photos are still being resized when this returns: ``images``
    holds what they will give, and :func:`finish` must be called before the files are used.
    """
    output = project / OUTPUT_FOLDER
    if background:
        job = start_images(images, output, cache_dir=project / CACHE_FOLDER)
    else:  # waited for at once: nothing to plan from the headers first
        job = MediaJob(images, output, cache_dir=project / CACHE_FOLDER)
    prepared = PreparedMedia(images=job.images, problems=_problems(project, job), job=job)
    if not background:
        finish(project, prepared)
    for video in videos:
        prepared.videos[str(video)] = _publish_video(video, output)
    return prepared


def finish(project: Path, prepared: PreparedMedia) -> list[Problem]:
    """Wait for the photos still being resized; return the problems only decoding found (their
    photos are then left out of ``prepared.images``). Nothing to do the second time."""
    job, prepared.job = prepared.job, None
    if job is None:
        return []
    report = job.finish()
    prepared.images = dict(report.images)
    known = {str(problem) for problem in prepared.problems}
    new = [problem for problem in _problems(project, job) if str(problem) not in known]
    prepared.problems.extend(new)
    return new


def cancel(prepared: PreparedMedia) -> None:
    """Stop resizing (a build that failed); what was finished is kept for the next build."""
    job, prepared.job = prepared.job, None
    if job is not None:
        job.cancel()


def _problems(project: Path, job: MediaJob) -> list[Problem]:
    return [Problem(_display(project, Path(f.source)), f.reason) for f in job.failures]


def _display(project: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(project.resolve()).as_posix()
    except ValueError:
        return str(path)


def _publish_video(video: Path, output: Path) -> str:
    """Copy a video into the cache under a name that changes when its content changes."""
    digest = hashlib.sha256()
    with video.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    name = f"{media_slug(video)}-{digest.hexdigest()[:12]}{video.suffix.lower()}"
    target = output / name
    if not target.exists():
        with whole_file(target) as partial:
            shutil.copyfile(video, partial)
    return name


def publish(
    project: Path,
    site_dir: Path,
    names: list[str],
    folder: str = "media",
    cache: Path = OUTPUT_FOLDER,
) -> None:
    """Put the listed files of a cache folder into ``site_dir/folder`` (hard links if possible)."""
    source_dir = project / cache
    target_dir = site_dir / folder
    target_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        source, target = source_dir / name, target_dir / name
        if target.exists():
            continue
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
