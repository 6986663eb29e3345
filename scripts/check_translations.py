"""Check that every page, caption and menu title of the site exists in Vietnamese and English.

Usage (from the project folder):
    python scripts/check_translations.py               check this site
    python scripts/check_translations.py ../other-site check the site in another folder
    python scripts/check_translations.py --json        machine-readable output (for CI)
    python scripts/check_translations.py --strict      warnings count as failures too
    python scripts/check_translations.py --no-git      skip the "out of date" check

Exit codes: 0 nothing is missing; 1 something is missing (or, with --strict, there are
warnings); 2 wrong usage, or the project folder or its mkdocs.yml cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kit import messages
from kit.translations.check import (
    Finding,
    ProjectError,
    TranslationReport,
    check_project,
    section_name,
)
from kit.translations.texts import UI, count

PROJECT = Path(__file__).resolve().parent.parent
WIDTH = 100

DESCRIPTION = """\
Kiểm tra mọi nội dung của trang web đã có đủ cả hai ngôn ngữ.
Check that everything on the website exists in both languages.

Lệnh đọc các trang trong docs/, các triển lãm trong exhibitions/, menu và thông tin trang
web trong mkdocs.yml, rồi liệt kê:
  - chỗ thiếu: một trang, chú thích, mô tả ảnh (alt) hay tên mục menu chưa có ở một ngôn
    ngữ, một đoạn để trống, phần tiếng Anh vẫn còn tiếng Việt, hoặc ghi chú như TODO hay
    [dịch] còn sót lại. Chỗ thiếu phải được sửa.
  - cảnh báo: hai ngôn ngữ trông khác nhau (khác đề mục, ảnh, liên kết, năm hay số liệu),
    hoặc trang tiếng Việt được sửa sau trang tiếng Anh. Hãy xem lại.
Mỗi dòng cho biết tệp nào, sai gì và cách sửa. Lệnh không thay đổi gì.

It reads the pages in docs/, the exhibitions in exhibitions/ and the menu and site
details in mkdocs.yml, and lists:
  - gaps: a page, caption, image description (alt text) or menu title missing in one
    language, an empty text, English text that is still Vietnamese, or a note such as
    TODO or [dịch] left in the text. Gaps must be fixed.
  - warnings: the two languages look different (other headings, images, links, years
    or figures), or the Vietnamese page was changed after the English one. Check them.
Each line says which file, what is wrong and how to fix it. Nothing is changed."""

EPILOG = """\
ví dụ / examples:
  python scripts/check_translations.py
  python scripts/check_translations.py --language en
  python scripts/check_translations.py path/to/another-site --strict

mã thoát / exit codes:
  0 đủ cả hai ngôn ngữ / complete
  1 còn chỗ thiếu (hoặc cảnh báo, với --strict) / gaps found (or warnings with --strict)
  2 dùng sai lệnh, hoặc không đọc được thư mục hay tệp mkdocs.yml của nó /
    wrong usage, or the folder or its mkdocs.yml cannot be read"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="check_translations.py",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "project",
        nargs="?",
        type=Path,
        default=PROJECT,
        metavar="PROJECT_DIR",
        help="thư mục trang web, nơi có mkdocs.yml (mặc định: thư mục này) / the site folder, "
        "the one that holds mkdocs.yml (default: this kit's folder)",
    )
    parser.add_argument(
        "--json", action="store_true", help="in kết quả dạng JSON / print the result as JSON"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="báo lỗi (mã thoát 1) cả khi chỉ có cảnh báo / also fail (exit code 1) when there are "
        "warnings",
    )
    parser.add_argument(
        "--no-git",
        action="store_true",
        help="không so sánh thời điểm sửa gần nhất của hai ngôn ngữ (lịch sử git) / do not compare "
        "when the two languages were last changed (git history)",
    )
    messages.add_option(parser)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2  # --help is 0; every usage error is 2
    _tolerate_plain_terminals()
    messages.use_setting(args.project / "mkdocs.yml")
    messages.set_language(args.language)
    language = messages.language()
    try:
        report = check_project(args.project, git=not args.no_git)
    except ProjectError as error:
        print(f"{messages.t('Error')}: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_dict(language), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, language))
    if report.gaps or (args.strict and report.warnings):
        return 1
    return 0


def format_report(report: TranslationReport, language: str | None = None) -> str:
    """The readable report (in the current language unless ``language`` says): findings
    grouped by file, then the counts."""
    language = language or messages.language()
    words = UI[language]
    languages = ", ".join(report.languages)
    lines = [words["checking"].format(project=report.project, languages=languages)]
    for file in sorted({finding.file for finding in report.findings}):
        lines += ["", file]
        for finding in (f for f in report.findings if f.file == file):
            lines += _finding_lines(finding, language)
    lines += ["", words["summary_heading"]]
    for name, counts in report.sections().items():
        lines.append(
            f"  {section_name(name, language):<32}"
            f"{count(counts.files, 'file', language):>10}  "
            f"{count(counts.gaps, 'gap', language):>14}  "
            f"{count(counts.warnings, 'warning', language):>14}"
        )
    lines.append(
        "  "
        + words["summary"].format(
            gaps=count(len(report.gaps), "gap", language),
            warnings=count(len(report.warnings), "warning", language),
            files=count(report.files_checked, "file", language),
        )
    )
    if any(finding.kind == "unreadable" for finding in report.gaps):
        lines.append(words["result_unreadable"])
    elif report.gaps:
        lines.append(words["result_gaps"])
    elif report.warnings:
        lines.append(words["result_warnings"])
    else:
        lines.append(words["result_complete"])
    return "\n".join(lines)


def format_placeholders(report: TranslationReport) -> str:
    """Template texts and example contacts, each in Vietnamese then English ("" if none)."""
    found = [finding for finding in report.findings if finding.kind == "placeholder"]
    if not found:
        return ""
    lines = [
        "Chữ mẫu hoặc liên hệ ví dụ chưa được thay, trang web chưa được đăng:",
        "Template texts or example contacts still in place, the site was not published:",
    ]
    for finding in found:
        where = f"{finding.file}:{finding.line}" if finding.line else finding.file
        lines.append(f"  - {where}")
        for language, fix_word in (("vi", "Cách sửa"), ("en", "Fix")):
            message, fix = finding.text(language)
            lines.append(f"      {message}. {fix_word}: {fix}.")
    return "\n".join(lines)


def _finding_lines(finding: Finding, language: str) -> list[str]:
    words = UI[language]
    if finding.kind == "unreadable":
        label = words["error_label"]
    else:
        label = words["gap_label" if finding.severity == "gap" else "warning_label"]
    message, fix = finding.text(language)
    indent = " " * 12
    text = messages.wrap(message, WIDTH, initial_indent=f"  {label:<9} ", subsequent_indent=indent)
    text += [indent + line for line in finding.detail.splitlines()]
    text += messages.wrap(
        f"{words['how']}: {fix}", WIDTH, initial_indent=indent, subsequent_indent=indent + "  "
    )
    return text


def _tolerate_plain_terminals() -> None:
    # Vietnamese text must not crash the report on a terminal that cannot show it.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


if __name__ == "__main__":
    sys.exit(main())
