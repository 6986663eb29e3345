"""Create a province's own bilingual ASEAN site from this kit.

Usage (from the kit folder):
    python scripts/new_site.py ../asean-laocai --name-vi "Lào Cai – ASEAN" \\
        --name-en "Lào Cai and ASEAN" --site-url https://asean.laocai.gov.vn/

Creates the folder with the kit's tools, templates and tests, the province's name and brand
in mkdocs.yml, a home page and an about page in both languages, one sample exhibition that is
easy to delete, a starter test of the site's content, and a git repository ready for
`make update-kit`. Nothing is asked: every choice is an option with a sensible default.

Exit codes: 0 created; 1 not created (the folder is not empty, a file or git failed);
2 wrong usage (a missing or unsafe value, a colour too light, an unknown section, ...).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import yaml
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
Create a province's own bilingual ASEAN site (Vietnamese at /, English at /en/) from this kit.

The new folder gets:
  - the kit's tools, page templates, styles and tests (updated later by `make update-kit`);
  - mkdocs.yml with your site name, agency, contacts, colours and logo;
  - a home page and an about page in both languages, linking to the sections you chose;
  - one sample exhibition, exhibitions/trien-lam-mau/ (delete the folder when you have your
    own);
  - a starter test of your content (tests/content/) and a README in both languages;
  - site-kit.yml, which records your answers and the kit version for updates;
  - a git repository with a first commit (branches `main` and `kit`).
No national content is copied. Only the three options below are required."""

EPILOG = """\
example:
  python scripts/new_site.py ../asean-laocai \\
      --name-vi "Lào Cai – ASEAN" --name-en "Lào Cai and ASEAN" \\
      --site-url https://asean.laocai.gov.vn/ \\
      --agency-vi "Sở Ngoại vụ tỉnh Lào Cai" --agency-en "Lào Cai Department of Foreign Affairs" \\
      --phone "+84 214 0000 000" --email asean@laocai.gov.vn --logo ~/logo.svg

then:
  cd ../asean-laocai && make test && make site

exit codes: 0 created; 1 not created (folder not empty, a file or git failed);
            2 wrong usage (a missing or unsafe value, a colour too light, ...)."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="new_site.py",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("destination", type=Path, help="the new folder (must not exist yet)")
    required = parser.add_argument_group("required (unless --answers is given)")
    required.add_argument("--name-vi", default="", help="site name in Vietnamese, in quotes")
    required.add_argument("--name-en", default="", help="site name in English, in quotes")
    parser.add_argument(
        "--short-name-vi",
        default="",
        help="the name shown in the header on phones, at most 18 characters "
        "(default: made from --name-vi)",
    )
    parser.add_argument(
        "--short-name-en", default="", help="the same in English (default: from --name-en)"
    )
    required.add_argument(
        "--site-url", default="", help="the address where the site will be published (https://...)"
    )
    brand = parser.add_argument_group("brand and contacts (shown in every page's footer)")
    brand.add_argument("--description-vi", default="", help="one sentence about the site")
    brand.add_argument("--description-en", default="", help="the same sentence in English")
    brand.add_argument("--agency-vi", default="", help="agency name (default: the site name)")
    brand.add_argument("--agency-en", default="", help="agency name in English")
    brand.add_argument("--address-vi", default="", help="agency address (default: the province)")
    brand.add_argument("--address-en", default="", help="agency address in English")
    brand.add_argument("--phone", default="", help='phone number, e.g. "+84 214 0000 000"')
    brand.add_argument("--email", default="", help="contact email address")
    brand.add_argument("--website", default="", help="the agency's main portal (https://...)")
    brand.add_argument("--logo", type=Path, help="logo file, SVG or PNG (default: the kit's)")
    brand.add_argument("--favicon", type=Path, help="browser tab icon, SVG, PNG or ICO")
    brand.add_argument(
        "--primary-colour",
        default=DEFAULT_PRIMARY,
        help="header and link colour, #rrggbb, dark enough for white text on it "
        f"(default {DEFAULT_PRIMARY})",
    )
    brand.add_argument(
        "--accent-colour",
        default=DEFAULT_ACCENT,
        help=f"highlight colour (default {DEFAULT_ACCENT})",
    )
    parser.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"comma list of the sections to include, from {','.join(SECTIONS)} "
        "(default: all three), or 'none'",
    )
    parser.add_argument(
        "--no-git", action="store_true", help="do not create a git repository (no updates then)"
    )
    parser.add_argument(
        "--answers",
        type=Path,
        help=f"re-create a site from the {RECORD_FILE} of an existing one (used by the update)",
    )
    parser.add_argument(
        "--kit-source",
        default="",
        help=f"the kit's folder or git address to record in {RECORD_FILE}, where "
        "`make update-kit` looks for updates (default: this kit's folder; used by the update)",
    )
    return parser.parse_args(argv)


def destination_problem(destination: Path) -> str:
    if destination.exists() and not destination.is_dir():
        return f"{destination} is a file; choose a new folder name"
    if destination.is_dir() and any(destination.iterdir()):
        return f"{destination} is not empty; nothing was changed. Choose a new folder name"
    kit = KIT.resolve()
    if destination.resolve() == kit or kit in destination.resolve().parents:
        return f"{destination} is inside the kit; create the site next to it, e.g. ../asean-site"
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
        raise SiteKitError(f"--answers {path}: no such file")
    try:
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SiteKitError(f"{path} is not valid YAML: {error}") from error
    answers = answers_from_record(record, str(path))
    site = path.resolve().parent
    brand_files = {
        name: (site / name).read_bytes()
        for name in (answers.logo, answers.favicon)
        if name and (site / name).is_file()  # deleted by the province: stays deleted
    }
    return answers, brand_files


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    destination: Path = args.destination
    try:
        if args.answers is not None:
            answers, brand_files = answers_from_file(args.answers)
        else:
            answers, brand_files = answers_from_options(args)
    except SiteKitError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    problem = destination_problem(destination)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    try:
        tree = render(KIT, answers, kit_version(KIT, args.kit_source), brand_files)
    except SiteKitError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    created = not destination.exists()
    try:
        destination.mkdir(parents=True, exist_ok=True)
        tree.write(destination)
        if not args.no_git:
            create_repository(destination, f"New site: {answers.name_en} (from the ASEAN site kit)")
    except (OSError, RepoError) as error:
        print(f"error: could not create {destination}: {error}", file=sys.stderr)
        if created:
            shutil.rmtree(destination, ignore_errors=True)
        return 1
    print(f"Created {destination} ({len(tree.files)} files) for {answers.name_vi}.")
    if args.answers is None:
        print_next_steps(destination, answers, args.no_git)
    return 0


def print_next_steps(destination: Path, answers: Answers, no_git: bool) -> None:
    print("Next / Tiếp theo:")
    print(f"  cd {destination}")
    print("  make test   # installs the tools the first time, then checks everything")
    print("              # lần đầu cài công cụ, sau đó kiểm tra toàn bộ trang")
    print("  make site   # builds the website into site/ / dựng trang web vào thư mục site/")
    print("  make serve  # preview / xem trước: http://127.0.0.1:8000")
    print("Then / Sau đó:")
    print("  - check the brand block at the top of mkdocs.yml (agency, address, phone, email);")
    print("    kiểm tra khối thương hiệu đầu tệp mkdocs.yml (cơ quan, địa chỉ, điện thoại, email);")
    if "exhibitions" in answers.sections:
        print(f"  - exhibitions/{SAMPLE_EXHIBITION}/ is a sample: delete the folder when done;")
        print(f"    exhibitions/{SAMPLE_EXHIBITION}/ chỉ là triển lãm mẫu: xóa thư mục khi xong;")
    if "provinces" in answers.sections:
        print(f"  - start your local page / tạo trang địa phương: {province_command(answers)}")
    if no_git:
        print("  - no git repository was created, so `make update-kit` will not work;")
        print("    không có kho git nên `make update-kit` sẽ không chạy được.")
    else:
        print("  - get later kit improvements with `make update-kit` (see README.md);")
        print("    nhận cải tiến sau này của bộ công cụ bằng `make update-kit` (xem README.md).")


if __name__ == "__main__":
    sys.exit(main())
