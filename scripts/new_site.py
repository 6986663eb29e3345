"""Create a province's own bilingual ASEAN site from this kit.

Usage (from the kit folder):
    python scripts/new_site.py ../asean-laocai --name-vi "Lào Cai – ASEAN" \\
        --name-en "Lào Cai and ASEAN" --site-url https://asean.laocai.gov.vn/

Creates the folder with the kit's tools, templates and tests, the province's name and brand
in mkdocs.yml, a home page and an about page in both languages, one sample exhibition that is
easy to delete, a starter test of the site's content, and a git repository ready for
`make update-kit`. Nothing is asked: every choice is an option with a sensible default.

Every message is in Vietnamese, or in English with --language en, KIT_LANGUAGE=en or
`extra: kit: messages: en` in the kit's mkdocs.yml (kit.messages).

Exit codes: 0 created; 1 not created (the folder is not empty, a file or git failed);
2 wrong usage (a missing or unsafe value, a colour too light, an unknown section, ...).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from kit import messages
from kit.core.config_file import YAMLError, read_record
from kit.messages import t
from kit.messages.arguments import ArgumentParser
from kit.sites.sitekit import (
    DEFAULT_ACCENT,
    DEFAULT_PRIMARY,
    FAVICON_TYPES,
    LOGO_TYPES,
    RECORD_FILE,
    SAMPLE_EXHIBITION,
    SECTIONS,
    Answers,
    SiteKitError,
    answers_from_record,
    check_answers,
    check_image,
    kit_version,
    province_command,
    render,
)
from kit.sites.siterepo import RepoError, create_repository

KIT = Path(__file__).resolve().parent.parent
BRAND_FOLDER = "docs/assets/brand"

DESCRIPTION = """\
Tạo trang web ASEAN song ngữ riêng của một địa phương (tiếng Việt ở /, tiếng Anh ở /en/)
từ bộ công cụ này.
Create a province's own bilingual ASEAN site (Vietnamese at /, English at /en/) from this kit.

Thư mục mới có / The new folder gets:
  - công cụ, mẫu trang, kiểu trình bày và bài kiểm tra của bộ công cụ (cập nhật sau này bằng
    `make update-kit`) / the kit's tools, page templates, styles and tests;
  - mkdocs.yml với tên trang, cơ quan, liên hệ, màu sắc và logo của bạn / mkdocs.yml with your
    site name, agency, contacts, colours and logo;
  - trang chủ và trang giới thiệu bằng hai thứ tiếng / a home page and an about page in both
    languages, linking to the sections you chose;
  - một triển lãm mẫu, exhibitions/trien-lam-mau/ (xóa thư mục này khi đã có triển lãm của
    mình) / one sample exhibition (delete the folder when you have your own);
  - bài kiểm tra nội dung (tests/content/) và README song ngữ / a starter test of your content
    and a README in both languages;
  - site-kit.yml: ghi lại các lựa chọn và phiên bản bộ công cụ để cập nhật / records your
    answers and the kit version for updates;
  - kho git với commit đầu tiên (nhánh `main` và `kit`) / a git repository with a first commit.
Không chép nội dung của trang quốc gia. Chỉ ba tùy chọn bên dưới là bắt buộc.
No national content is copied. Only the three options below are required."""

EPILOG = """\
ví dụ / example:
  .venv/bin/python scripts/new_site.py ../asean-laocai \\
      --name-vi "Lào Cai – ASEAN" --name-en "Lào Cai and ASEAN" \\
      --site-url https://asean.laocai.gov.vn/ \\
      --agency-vi "Sở Ngoại vụ tỉnh Lào Cai" --agency-en "Lào Cai Department of Foreign Affairs" \\
      --phone "+84 214 0000 000" --email asean@laocai.gov.vn --logo ~/logo.svg

sau đó / then:
  cd ../asean-laocai && make test && make site

mã thoát / exit codes:
  0 đã tạo / created
  1 chưa tạo (thư mục không trống, lỗi ghi tệp hoặc lỗi git) / not created (folder not empty,
    a file or git failed)
  2 dùng sai lệnh (thiếu giá trị, giá trị không an toàn, màu quá nhạt, ...) / wrong usage (a
    missing or unsafe value, a colour too light, ...)"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = ArgumentParser(
        prog="new_site.py",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "destination",
        type=Path,
        help="thư mục mới (chưa có sẵn) / the new folder (must not exist yet)",
    )
    required = parser.add_argument_group(
        "bắt buộc (trừ khi có --answers) / required (unless --answers is given)"
    )
    required.add_argument(
        "--name-vi",
        default="",
        help="tên trang bằng tiếng Việt, trong dấu ngoặc kép / site name in Vietnamese, in quotes",
    )
    required.add_argument(
        "--name-en",
        default="",
        help="tên trang bằng tiếng Anh, trong dấu ngoặc kép / site name in English, in quotes",
    )
    parser.add_argument(
        "--short-name-vi",
        default="",
        help="tên hiện ở đầu trang trên điện thoại, tối đa 18 ký tự (mặc định: rút từ --name-vi) "
        "/ the name shown in the header on phones, at most 18 characters (default: made from "
        "--name-vi)",
    )
    parser.add_argument(
        "--short-name-en",
        default="",
        help="như trên, bằng tiếng Anh / the same in English (default: from --name-en)",
    )
    required.add_argument(
        "--site-url",
        default="",
        help="địa chỉ sẽ đăng trang web / the address where the site will be published "
        "(https://...)",
    )
    brand = parser.add_argument_group(
        "thương hiệu và liên hệ (hiện ở chân mọi trang) / brand and contacts (shown in every "
        "page's footer)"
    )
    brand.add_argument(
        "--description-vi",
        default="",
        help="một câu giới thiệu trang / one sentence about the site",
    )
    brand.add_argument(
        "--description-en",
        default="",
        help="câu đó bằng tiếng Anh / the same sentence in English",
    )
    brand.add_argument(
        "--agency-vi",
        default="",
        help="tên cơ quan (mặc định: tên trang) / agency name (default: the site name)",
    )
    brand.add_argument(
        "--agency-en", default="", help="tên cơ quan bằng tiếng Anh / agency name in English"
    )
    brand.add_argument(
        "--address-vi",
        default="",
        help="địa chỉ cơ quan (mặc định: tên tỉnh) / agency address (default: the province)",
    )
    brand.add_argument(
        "--address-en", default="", help="địa chỉ bằng tiếng Anh / agency address in English"
    )
    brand.add_argument(
        "--phone", default="", help='số điện thoại / phone number, e.g. "+84 214 0000 000"'
    )
    brand.add_argument("--email", default="", help="thư điện tử liên hệ / contact email address")
    brand.add_argument(
        "--website",
        default="",
        help="cổng thông tin chính của cơ quan / the agency's main portal (https://...)",
    )
    brand.add_argument(
        "--logo",
        type=Path,
        help="tệp logo SVG hoặc PNG (mặc định: logo của bộ công cụ) / logo file, SVG or PNG "
        "(default: the kit's)",
    )
    brand.add_argument(
        "--favicon",
        type=Path,
        help="biểu tượng trên thẻ trình duyệt, SVG, PNG hoặc ICO / browser tab icon, SVG, PNG "
        "or ICO",
    )
    brand.add_argument(
        "--primary-colour",
        default=DEFAULT_PRIMARY,
        help="màu đầu trang và liên kết, dạng #rrggbb, đủ đậm để chữ trắng dễ đọc / header and "
        "link colour, #rrggbb, dark enough for white text on it "
        f"(mặc định / default {DEFAULT_PRIMARY})",
    )
    brand.add_argument(
        "--accent-colour",
        default=DEFAULT_ACCENT,
        help=f"màu nhấn / highlight colour (mặc định / default {DEFAULT_ACCENT})",
    )
    parser.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"các mục cần có, cách nhau bằng dấu phẩy, trong {','.join(SECTIONS)} (mặc định: "
        "cả ba), hoặc 'none' / comma list of the sections to include (default: all three), "
        "or 'none'",
    )
    parser.add_argument(
        "--no-git",
        action="store_true",
        help="không tạo kho git (khi đó không cập nhật được) / do not create a git repository "
        "(no updates then)",
    )
    parser.add_argument(
        "--answers",
        type=Path,
        help=f"tạo lại trang từ {RECORD_FILE} của một trang đã có (dùng khi cập nhật) / "
        f"re-create a site from the {RECORD_FILE} of an existing one (used by the update)",
    )
    parser.add_argument(
        "--kit-source",
        default="",
        help=f"thư mục hoặc địa chỉ git của bộ công cụ, ghi vào {RECORD_FILE} để `make "
        "update-kit` tìm bản mới (mặc định: thư mục bộ công cụ này; dùng khi cập nhật) / the "
        f"kit's folder or git address to record in {RECORD_FILE}, where `make update-kit` looks "
        "for updates (default: this kit's folder; used by the update)",
    )
    messages.add_option(parser)
    return parser.parse_args(argv)


def destination_problem(destination: Path) -> str:
    if destination.exists() and not destination.is_dir():
        return t("{folder} is a file; choose a new folder name", folder=destination)
    if destination.is_dir() and any(destination.iterdir()):
        return t(
            "{folder} is not empty; nothing was changed. Choose a new folder name",
            folder=destination,
        )
    kit = KIT.resolve()
    if destination.resolve() == kit or kit in destination.resolve().parents:
        return t(
            "{folder} is inside the kit; create the site next to it, e.g. ../asean-site",
            folder=destination,
        )
    return ""


def answers_from_options(args: argparse.Namespace) -> tuple[Answers, dict[str, bytes]]:
    """The answers and the province's own image files (path in the site -> bytes)."""
    brand_files: dict[str, bytes] = {}
    paths = {}
    for option, types in (("logo", LOGO_TYPES), ("favicon", FAVICON_TYPES)):
        given = getattr(args, option)
        if given is not None:
            content = check_image(given.expanduser(), f"--{option}", types)
            paths[option] = f"{BRAND_FOLDER}/{option}{given.suffix.lower()}"
            brand_files[paths[option]] = content
    answers = Answers(
        name_vi=args.name_vi,
        name_en=args.name_en,
        site_url=args.site_url,
        short_name_vi=args.short_name_vi,
        short_name_en=args.short_name_en,
        description_vi=args.description_vi,
        description_en=args.description_en,
        agency_vi=args.agency_vi,
        agency_en=args.agency_en,
        address_vi=args.address_vi,
        address_en=args.address_en,
        phone=args.phone,
        email=args.email,
        website=args.website,
        primary_colour=args.primary_colour,
        accent_colour=args.accent_colour,
        sections=tuple(args.sections.split(",")),
        logo=paths.get("logo", ""),
        favicon=paths.get("favicon", ""),
    )
    return check_answers(answers), brand_files


def answers_from_file(path: Path) -> tuple[Answers, dict[str, bytes]]:
    """Answers recorded in an existing site; its logo and favicon are read from that site."""
    if not path.is_file():
        raise SiteKitError(t("{option} {path}: no such file", option="--answers", path=path))
    try:
        record = read_record(path.read_text(encoding="utf-8"))
    except YAMLError as error:
        raise SiteKitError(
            t("{file} is not valid YAML: {reason}", file=path, reason=error)
        ) from error
    answers = answers_from_record(record, str(path))
    site = path.resolve().parent
    brand_files = {
        name: (site / name).read_bytes()
        for name in (answers.logo, answers.favicon)
        if name and (site / name).is_file()  # deleted by the province: stays deleted
    }
    return answers, brand_files


def main(argv: list[str] | None = None) -> int:
    messages.use_setting(KIT / "mkdocs.yml")
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    messages.set_language(args.language)
    destination: Path = args.destination
    try:
        if args.answers is not None:
            answers, brand_files = answers_from_file(args.answers)
        else:
            answers, brand_files = answers_from_options(args)
    except SiteKitError as error:
        print(f"{t('Error')}: {error}", file=sys.stderr)
        return 2
    problem = destination_problem(destination)
    if problem:
        print(f"{t('Error')}: {problem}", file=sys.stderr)
        return 1
    try:
        tree = render(KIT, answers, kit_version(KIT, args.kit_source), brand_files)
    except SiteKitError as error:
        print(f"{t('Error')}: {error}", file=sys.stderr)
        return 1
    created = not destination.exists()
    try:
        destination.mkdir(parents=True, exist_ok=True)
        tree.write(destination)
        if not args.no_git:
            create_repository(destination, f"New site: {answers.name_en} (from the ASEAN site kit)")
    except (OSError, RepoError) as error:
        print(
            f"{t('Error')}: "
            + t("could not create {folder}: {reason}", folder=destination, reason=error),
            file=sys.stderr,
        )
        if created:
            shutil.rmtree(destination, ignore_errors=True)
        return 1
    print(
        t(
            "Created {folder} ({count} files) for {name}.",
            folder=destination,
            count=len(tree.files),
            name=answers.name_vi,
        )
    )
    if args.answers is None:
        print("\n".join(next_steps(destination, answers, args.no_git)))
    return 0


def next_steps(destination: Path, answers: Answers, no_git: bool) -> list[str]:
    """What to do after creating the site, in the language of the run."""
    lines = [
        t("Next:"),
        f"  cd {destination}",
        "  make test   # " + t("installs the tools the first time, then checks everything"),
        "  make site   # " + t("builds the website into the folder site/"),
        "  make serve  # " + t("preview at {address}", address="http://127.0.0.1:8000"),
        t("Then:"),
        "  - "
        + t("check the brand block at the top of mkdocs.yml (agency, address, phone, email);"),
    ]
    if "exhibitions" in answers.sections:
        lines.append(
            "  - "
            + t(
                "exhibitions/{folder}/ is a sample exhibition: delete the folder when you have "
                "your own;",
                folder=SAMPLE_EXHIBITION,
            )
        )
    if "provinces" in answers.sections:
        lines.append(
            "  - " + t("start your local page: {command}", command=province_command(answers))
        )
    if no_git:
        lines.append(
            "  - " + t("no git repository was created, so `make update-kit` will not work.")
        )
    else:
        lines.append(
            "  - " + t("get later kit improvements with `make update-kit` (see README.md).")
        )
    return lines


if __name__ == "__main__":
    sys.exit(main())
