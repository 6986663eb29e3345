"""Add the lines of new photos and videos to exhibition.yml, so no one has to type them.

Usage (from the project folder):
    python scripts/add_photos.py exhibitions/30-nam-viet-nam-asean   one exhibition
    python scripts/add_photos.py                                      every exhibition
(`make photos` and `make photos EXHIBITION=exhibitions/x` run the same.)

For every photo or video in the folder that exhibition.yml does not name yet, an entry is
added at the end of its `items:` list, written like the entries already there. Nothing else
in the file changes. The texts to write are marked TODO; the site is not published until
they are written.

Exit codes: 0 done (or nothing to add); 1 some file could not be edited (the others were);
2 wrong usage (a folder that does not exist).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kit import messages
from kit.core import languages
from kit.exhibitions.content import METADATA_FILE
from kit.exhibitions.photo_entries import EntryError, Result, add_missing_entries
from kit.messages import t

PROJECT = Path(__file__).resolve().parent.parent

DESCRIPTION = """\
Thêm vào exhibition.yml các dòng cho ảnh và video mới chép vào thư mục triển lãm.
Add to exhibition.yml the lines for photos and videos newly copied into an exhibition folder.

Mỗi ảnh (hoặc video) chưa có trong exhibition.yml được thêm một mục ở cuối danh sách
"items:", viết giống các mục đã có. Phần còn lại của tệp giữ nguyên. Các chữ cần viết được
đánh dấu TODO: hãy thay bằng chú thích thật; trang web chưa được đăng khi còn TODO.
Every photo (or video) not yet in exhibition.yml gets an entry at the end of the "items:"
list, written like the entries already there. The rest of the file stays as it is. The texts
to write are marked TODO: replace them with the real captions; the site is not published
while a TODO is left.

Không ghi tên thư mục: làm cho mọi triển lãm trong exhibitions/.
Without a folder name: every exhibition in exhibitions/."""

EPILOG = """\
ví dụ / examples:
  make photos
  make photos EXHIBITION=exhibitions/30-nam-viet-nam-asean
  python scripts/add_photos.py exhibitions/30-nam-viet-nam-asean

mã thoát / exit codes:
  0 xong, hoặc không có gì để thêm / done, or nothing to add
  1 có tệp không sửa được (các tệp khác đã xong) / a file could not be edited (others done)
  2 dùng sai lệnh, ví dụ thư mục không tồn tại / wrong usage, e.g. no such folder"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="add_photos.py",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        metavar="EXHIBITION_FOLDER",
        help="thư mục triển lãm / exhibition folder, e.g. exhibitions/30-nam-viet-nam-asean",
    )
    messages.add_option(parser)
    return parser.parse_args(argv)


def exhibition_folders(root: Path) -> list[Path]:
    """Every exhibition under ``root`` (folders starting with "_" or "." are templates)."""
    if not root.is_dir():
        return []
    return sorted(
        folder
        for folder in root.iterdir()
        if folder.is_dir() and not folder.name.startswith(("_", "."))
    )


def summary(result: Result, shown: str) -> list[str]:
    if not result.added:
        return []
    names = ", ".join(result.added)
    return [
        t(
            "{file}: added {count} entry(ies): {names}",
            file=shown,
            count=len(result.added),
            names=names,
        ),
        "  "
        + t(
            "Next: open {file} and replace every TODO with the real caption, description and "
            "author.",
            file=shown,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    messages.use_setting(PROJECT / "mkdocs.yml")
    languages.use(languages.from_config_file(PROJECT / "mkdocs.yml"))  # a TODO line for each
    messages.set_language(args.language)
    folders = args.folders or exhibition_folders(PROJECT / "exhibitions")
    for folder in args.folders:
        if not folder.is_dir():
            print(
                f"{t('Error')}: "
                + t(
                    "there is no folder '{folder}'; give an exhibition folder, e.g. "
                    "exhibitions/30-nam-viet-nam-asean",
                    folder=folder,
                ),
                file=sys.stderr,
            )
            return 2
    failed = 0
    added = 0
    for folder in folders:
        shown = f"{folder.name}/{METADATA_FILE}"
        try:
            result = add_missing_entries(folder)
        except EntryError as error:
            failed += 1
            print(f"{t('Error')}: {error}", file=sys.stderr)
            continue
        except OSError as error:
            failed += 1
            print(
                f"{t('Error')}: "
                + t(
                    "{file}: the file could not be written: {reason}",
                    file=shown,
                    reason=error.strerror or error,
                ),
                file=sys.stderr,
            )
            continue
        added += len(result.added)
        for line in summary(result, f"exhibitions/{shown}"):
            print(line)
    if not added and not failed:
        print(t("No new photo or video to add."))
    if failed:
        print(t("{count} file(s) could not be edited, see above", count=failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
