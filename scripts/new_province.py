"""Start the page of a new province or city, in Vietnamese and English.

Usage (from the project folder):
    python scripts/new_province.py "Quảng Ninh" --name-en "Quảng Ninh Province"
    python scripts/new_province.py "Thành phố Huế" --name-en "Huế City" --slug hue

Creates docs/provinces/<slug>/ with province.yml, index.vi.md and index.en.md filled with
"TODO" placeholders, then says what to do next. An existing province is never overwritten.

Exit codes: 0 created; 1 not created (the province already exists, or a file could not be
written); 2 wrong usage (for example a former province name, or an unknown region).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path
from string import Template

from kit import messages
from kit.core.slugs import slugify
from kit.messages import t
from kit.provinces.content import REGIONS, STATUSES
from kit.provinces.units import FORMER, UNITS, unit_slug

PROJECT = Path(__file__).resolve().parent.parent
TEMPLATE = Path(__file__).resolve().parent / "templates" / "province"
FILES = ("province.yml", "index.vi.md", "index.en.md")
_UNSAFE = re.compile(r"[\"\\#:\n\r\t{}\[\]$]")  # would break the YAML or the template

DESCRIPTION = """\
Tạo trang cho một tỉnh hoặc thành phố mới, bằng tiếng Việt và tiếng Anh.
Start the page of a new province or city, in Vietnamese and English.

Lệnh tạo thư mục docs/provinces/<tên-ngắn>/ với ba tệp cần điền:
  province.yml   số liệu, dự án đầu tư, điểm đến, văn hóa, đặc sản, đầu mối liên hệ
                 chính thức và nguồn
  index.vi.md    phần giới thiệu bằng tiếng Việt
  index.en.md    phần giới thiệu bằng tiếng Anh
Mọi chỗ cần viết được đánh dấu TODO. Khi còn TODO, trang hiện một cảnh báo và
`python scripts/check_translations.py` liệt kê những gì còn lại.
Một địa phương đã có không bao giờ bị ghi đè.

It creates the folder docs/provinces/<short-name>/ with three files to fill in:
  province.yml   facts, investment projects, places to visit, culture, specialties,
                 official contacts and sources
  index.vi.md    the introduction in Vietnamese
  index.en.md    the introduction in English
Every text to write is marked TODO. Until they are all replaced, the page shows a warning
and `python scripts/check_translations.py` lists what is left.
An existing province is never overwritten."""

EPILOG = (
    """\
ví dụ / examples:
  python scripts/new_province.py "Quảng Ninh" --name-en "Quảng Ninh Province"
  python scripts/new_province.py "Thành phố Huế" --name-en "Huế City" --slug hue
  python scripts/new_province.py "Cà Mau" --name-en "Cà Mau Province" \\
      --region dong-bang-song-cuu-long

vùng / regions (--region):
"""
    + "\n".join(f"  {key:36} {names['vi']} / {names['en']}" for key, names in REGIONS.items())
    + """

mã thoát / exit codes:
  0 đã tạo / created
  1 chưa tạo (đã có, hoặc không ghi được tệp) / not created (it exists already, or a file
    could not be written)
  2 dùng sai lệnh (tên tỉnh cũ, vùng không có, ...) / wrong usage (a former province name,
    an unknown region, ...)"""
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="new_province.py",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "name",
        help='tên tiếng Việt, trong ngoặc kép / the Vietnamese name, in quotes: "Quảng Ninh"',
    )
    parser.add_argument(
        "--name-en",
        default="",
        help='tên tiếng Anh, trong ngoặc kép / the English name, in quotes: "Quảng Ninh Province"',
    )
    parser.add_argument(
        "--slug",
        default="",
        help="tên ngắn trong địa chỉ trang web (mặc định: lấy từ tên) / the short name in the web "
        "address (default: from the name)",
    )
    parser.add_argument(
        "--region", default="", help="vùng (xem danh sách ở dưới) / the region (see the list below)"
    )
    parser.add_argument(
        "--status", choices=sorted(STATUSES), help="tỉnh hoặc thành phố / province or city"
    )
    parser.add_argument(
        "--project",
        type=Path,
        default=PROJECT,
        help="thư mục trang web (mặc định: thư mục này) / the site folder (default: this one)",
    )
    messages.add_option(parser)
    return parser.parse_args(argv)


class UsageError(Exception):
    """Wrong input; the message says how to fix it."""


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or _UNSAFE.search(name):
        raise UsageError(
            t("'{name}' does not look like a place name; write only the name", name=name)
        )
    merged_into = FORMER.get(unit_slug(name))
    if merged_into:
        command = f'.venv/bin/python scripts/new_province.py "{merged_into}"'
        raise UsageError(
            t(
                "{name} is no longer a provincial-level unit: since 2025 it is part of "
                "{merged_into}. Create that one instead: {command}",
                name=name,
                merged_into=merged_into,
                command=command,
            )
        )
    return name


def choose_region(wanted: str, known: str | None) -> str:
    if not wanted:
        return known or '"TODO: chọn vùng trong danh sách trên / choose a region from the list"'
    slug = slugify(wanted)
    if slug in REGIONS:
        return slug
    close = difflib.get_close_matches(slug, list(REGIONS), n=1, cutoff=0.5)
    hint = " " + t("Did you mean {region}?", region=close[0]) if close else ""
    raise UsageError(
        t(
            "unknown region '{wanted}'.{hint} Choose one of: {regions}",
            wanted=wanted,
            hint=hint,
            regions=", ".join(REGIONS),
        )
    )


def render(name_vi: str, name_en: str, slug: str, region: str, status: str) -> dict[str, str]:
    values = {
        "name_vi": name_vi,
        "name_en": name_en or "TODO: English name",
        "english_name": name_en or name_vi,
        "slug": slug,
        "region": region,
        "status": status,
    }
    return {
        name: Template((TEMPLATE / name).read_text(encoding="utf-8")).substitute(values)
        for name in FILES
    }


def create(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True)  # fails if it exists: a province is never overwritten
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    messages.use_setting(args.project / "mkdocs.yml")
    messages.set_language(args.language)
    try:
        name = check_name(args.name)
        name_en = " ".join(args.name_en.split())
        if _UNSAFE.search(name_en):
            raise UsageError(t("'{name}' does not look like a place name", name=name_en))
        slug = slugify(args.slug) if args.slug else unit_slug(name)
        if not slug:
            raise UsageError(t("give the short name for the web address with --slug"))
        unit = UNITS.get(unit_slug(name))
        region = choose_region(args.region, unit.region if unit else None)
        status = args.status or (unit.status if unit else '"TODO: province hoặc city"')
    except UsageError as error:
        print(f"{t('Error')}: {error}", file=sys.stderr)
        return 2
    if unit is None:
        print(
            t(
                "Note: '{name}' is not one of the 34 provinces and cities in place since "
                "1 July 2025; check the spelling.",
                name=name,
            )
        )
    folder = args.project / "docs" / "provinces" / slug
    if folder.exists():
        print(
            f"{t('Error')}: "
            + t(
                "{folder} exists already; nothing was changed. Edit its files, or choose "
                "another short name with --slug.",
                folder=folder.relative_to(args.project),
            )
        )
        return 1
    try:
        create(folder, render(name, name_en, slug, region, status))
    except OSError as error:
        print(
            f"{t('Error')}: "
            + t("could not write {folder}: {reason}", folder=folder, reason=error),
            file=sys.stderr,
        )
        return 1
    shown = folder.relative_to(args.project).as_posix()
    print(
        t(
            "Created {folder}/ with {files}.\n"
            "Next:\n"
            "  1. Replace every TODO in {folder}/province.yml and in the two index.*.md files.\n"
            "  2. Copy photos of the places into {folder}/ and name them under "
            "'destinations:'.\n"
            "  3. Preview with `make serve` (the page shows what is still TODO) and check with\n"
            "     `.venv/bin/python scripts/check_translations.py`.",
            folder=shown,
            files=", ".join(FILES),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
