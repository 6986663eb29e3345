"""Make web-sized copies of photos (see ``--help``); thin wrapper around kit.media.pipeline."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

# Lets `python scripts/resize_media.py` import the kit package next to this file.
from kit import messages
from kit.media.pipeline import (
    IMAGE_SUFFIXES,
    MediaConfig,
    MediaReport,
    is_image_path,
    process_images,
)
from kit.messages import t

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_PROJECT = Path(__file__).resolve().parent.parent
DOCS_EXCLUDED = ("_generated", "assets/fonts")

DESCRIPTION = """\
Tạo bản sao cỡ vừa cho web của các ảnh.
Make web-sized copies of photos.

Mỗi ảnh được làm thành ba cỡ ảnh WebP cho các trang (rộng 480, 960 và 1600 điểm ảnh;
ảnh nhỏ hơn không bao giờ bị phóng to) và một ảnh JPEG 1200 x 630 để chia sẻ lên mạng
xã hội. Dữ liệu vị trí (GPS) và các thông tin ẩn khác được xóa; tên tác giả và thông báo
bản quyền được giữ lại. Ảnh bị xoay ngang được xoay lại cho đúng chiều.

Ảnh không thay đổi từ lần chạy trước được bỏ qua, nên chạy lại lệnh rất nhanh. Các tệp
không dùng được được liệt kê ở cuối kèm lý do; các ảnh khác vẫn được làm. Với --input,
các tệp không phải ảnh (ví dụ tệp Photoshop hay PDF) cũng được liệt kê ở cuối.

Không có --input, lệnh làm mọi ảnh trong các thư mục triển lãm (exhibitions/*/) và trong
docs/ của dự án, và đặt các bản sao vào .cache/media/out để bước dựng trang web dùng.

Each photo becomes three sizes of WebP picture for the pages (480, 960 and 1600
pixels wide; smaller photos are never enlarged) and one 1200 x 630 JPEG picture
for sharing on social media. Location data (GPS) and other hidden details are
removed; the photographer's name and copyright notice are kept. Sideways photos
are turned the right way up.

Photos that have not changed since the last run are skipped, so running the
command again is quick. Files that cannot be used are listed at the end with the
reason; the other photos are still done. With --input, files that are not photos
(for example Photoshop or PDF files) are listed at the end too.

Without --input, it does every photo in the exhibition folders (exhibitions/*/)
and in docs/ of the project, and puts the copies in .cache/media/out, which the
site build picks up."""

EPILOG = """\
ví dụ / examples:
  Thu nhỏ mọi ảnh của dự án (chạy trong thư mục dự án) /
  Resize all photos of the project (run it from the project folder):
    python scripts/resize_media.py

  Thu nhỏ một thư mục ảnh bất kỳ vào một thư mục khác /
  Resize any folder of photos into another folder:
    python scripts/resize_media.py --input ~/Pictures/hue --output ~/Pictures/hue-web

mã thoát / exit status:
  0  đã làm xong mọi ảnh (hoặc ảnh đã là bản mới nhất) /
     every photo was done (or was already up to date)
  1  có tệp không dùng được; chúng được liệt kê ở cuối kèm lý do /
     some files could not be used; they are listed at the end with the reason
  2  gõ sai lệnh (ví dụ thư mục không tồn tại) /
     the command was typed wrong (for example a folder that does not exist)"""


class UsageError(Exception):
    """A mistake in the command line; the message is shown as it is."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help (0) or an argparse usage error (2)
        return int(exit_.code or 0)
    messages.use_setting(args.project / "mkdocs.yml")
    messages.set_language(args.language)
    try:
        config = MediaConfig(**_widths_settings(args.widths))
        sources, output_root, cache_dir, base = _plan(args)
        left_out = _left_out(args, sources)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"{t('Error')}: {error}", file=sys.stderr)
        return EXIT_USAGE
    if not sources:
        print(t("No photos found in {folder}.", folder=base))
        _print_left_out(left_out, base)
        return EXIT_OK
    bar = None if args.quiet else ProgressBar(sys.stderr)
    started = time.monotonic()
    report = process_images(
        sources, output_root, config, cache_dir=cache_dir, jobs=args.jobs, progress=bar
    )
    if bar is not None:
        bar.finish()
    _print_summary(report, output_root, base, time.monotonic() - started, args.quiet)
    _print_left_out(left_out, base)
    return EXIT_FAILED if report.failures else EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python scripts/resize_media.py",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--project",
        metavar="FOLDER",
        type=Path,
        default=DEFAULT_PROJECT,
        help="thư mục dự án (mặc định: thư mục chứa scripts/) / the project folder (default: the "
        "folder that holds scripts/)",
    )
    parser.add_argument(
        "--input", metavar="FOLDER", type=Path, help="một thư mục ảnh / a folder of photos"
    )
    parser.add_argument(
        "--output",
        metavar="FOLDER",
        type=Path,
        help="nơi đặt các bản sao (đi cùng --input) / where the copies go (with --input)",
    )
    parser.add_argument(
        "--widths",
        default="480,960,1600",
        help="các chiều rộng ảnh tính bằng điểm ảnh, cách nhau bằng dấu phẩy / picture widths in "
        "pixels, separated by commas (default: 480,960,1600)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="số ảnh làm cùng lúc (mặc định: mỗi lõi xử lý một ảnh) / how many photos to work on "
        "at once (default: one per processor core)",
    )
    parser.add_argument(
        "--quiet",
        action="store_true",
        help="không hiện thanh tiến độ, chỉ báo lỗi / no progress bar; problems only",
    )
    messages.add_option(parser)
    return parser


def _widths_settings(text: str) -> dict[str, object]:
    try:
        widths = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        widths = []
    if not widths or widths[0] < 16 or widths[-1] > 10_000:
        raise UsageError(
            f"--widths {text!r} is not a list of widths; write whole numbers of pixels "
            "between 16 and 10000 separated by commas, for example --widths 480,960,1600"
        )
    return {"widths": tuple(widths), "thumb_width": widths[0], "lightbox_width": widths[-1]}


def _plan(args: argparse.Namespace) -> tuple[list[Path], Path, Path | None, Path]:
    """Sources, output folder, cache folder and the folder names are shown relative to."""
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(t("--jobs must be 1 or more"))
    if args.input is not None or args.output is not None:
        if args.input is None or args.output is None:
            raise UsageError(t("--input and --output go together; give both folders"))
        source_root = _existing_folder(args.input, "--input")
        output_root = args.output.resolve()
        if output_root.exists() and not output_root.is_dir():
            raise UsageError(t("--output {path} is a file, not a folder", path=args.output))
        sources = _images_under(source_root, skip=[output_root])
        return sources, output_root, None, source_root
    project = _existing_folder(args.project, "--project")
    cache = project / ".cache" / "media"
    sources = [
        path
        for exhibition in sorted((project / "exhibitions").glob("*"))
        if exhibition.is_dir() and not exhibition.name.startswith((".", "_"))
        for path in _images_under(exhibition)
    ]
    docs = project / "docs"
    sources += _images_under(docs, skip=[docs / part for part in DOCS_EXCLUDED])
    return sources, cache / "out", cache, project


def _existing_folder(path: Path, option: str) -> Path:
    if not path.is_dir():
        raise UsageError(
            t("{option} {path}: there is no folder with that name", option=option, path=path)
        )
    return path.resolve()


def _images_under(folder: Path, skip: Iterable[Path] = ()) -> list[Path]:
    """Image files below ``folder`` (see _files_under)."""
    return [path for path in _files_under(folder, skip) if is_image_path(path)]


def _files_under(folder: Path, skip: Iterable[Path] = ()) -> list[Path]:
    """Files below ``folder``, leaving out names starting with "." or "_" (hidden files,
    drafts, caches) and the ``skip`` folders."""
    skipped = {os.path.abspath(s) for s in skip}
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [
            d for d in dirs if not d.startswith((".", "_")) and os.path.join(root, d) not in skipped
        ]
        found += [Path(root, name) for name in files if not name.startswith((".", "_"))]
    return sorted(found)


def _left_out(args: argparse.Namespace, sources: list[Path]) -> list[Path]:
    """With --input, the files that are not photos: the person chose that folder, so each one
    is named. (Project folders also hold texts and videos, which are not worth listing.)"""
    if args.input is None:
        return []
    output_root = args.output.resolve()
    return sorted(set(_files_under(args.input.resolve(), skip=[output_root])) - set(sources))


def _print_left_out(left_out: list[Path], base: Path) -> None:
    if not left_out:
        return
    kinds = ", ".join(sorted(IMAGE_SUFFIXES))
    print(t("Left out {count} file(s) that are not photos this tool resizes:", count=len(left_out)))
    for path in left_out:
        kind = path.suffix.lower() or t("no extension")
        reason = t(
            "not a photo type this tool resizes ({kind}); if it is a picture, export it as "
            "JPEG or PNG (photo types: {kinds})",
            kind=kind,
            kinds=kinds,
        )
        print(f"  {_shown(str(path), base)}: {reason}")


class ProgressBar:
    """``[#####.....] 12/40 photo.jpg`` on stderr: redrawn in place on a terminal, otherwise
    one line about every 10% so CI logs stay short."""

    WIDTH = 30

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.interactive = stream.isatty()
        self.last_tenth = -1
        self.drawn = False

    def __call__(self, done: int, total: int, source: str) -> None:
        filled = self.WIDTH * done // total
        line = f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{total} {Path(source).name}"
        if self.interactive:
            columns = shutil.get_terminal_size().columns - 1  # a full line would wrap
            self.stream.write("\r" + line[:columns].ljust(columns))
            self.drawn = True
        elif (tenth := 10 * done // total) > self.last_tenth or done == total:
            self.last_tenth = tenth
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _print_summary(
    report: MediaReport, output_root: Path, base: Path, seconds: float, quiet: bool
) -> None:
    if not quiet:
        print(
            t(
                "Resized {done} photo(s), skipped {skipped} unchanged, {failed} failed "
                "({seconds} s).",
                done=report.processed,
                skipped=report.skipped,
                failed=len(report.failures),
                seconds=f"{seconds:.1f}",
            )
        )
        print(t("Copies are in {folder}", folder=output_root))
    if report.failures:
        print(t("Could not use {count} file(s):", count=len(report.failures)))
        for failure in report.failures:
            print(f"  {_shown(failure.source, base)}: {failure.reason}")


def _shown(source: str, base: Path) -> str:
    try:
        return Path(source).relative_to(base).as_posix()
    except ValueError:
        return source


if __name__ == "__main__":
    sys.exit(main())
