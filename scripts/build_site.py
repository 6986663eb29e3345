"""Build the website into site/ without ever leaving a half-written site behind.

Usage (from the project folder):
    python scripts/build_site.py                  build into site/ (strict: warnings fail)
    python scripts/build_site.py --site-dir out   build into another folder

The site is built into a temporary folder next to the target and moved into place only when
the build succeeded. If it fails, the previous site is kept as it was and the errors are shown.

A build is skipped when nothing it reads changed since the last one (kit/build/state.py says
what it checks); --force builds anyway.

Exit codes: 0 built (or already up to date); 1 the build failed (the previous site is
untouched); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from check_translations import format_placeholders, format_report
from kit import messages
from kit.build import mkdocs_log
from kit.build import state as buildstate
from kit.build.docs_pages import check_scripts
from kit.build.mkdocs_log import VERBOSE
from kit.build.siteconfig import OLD_HOOKS_FILE, PLUGIN_NAME, read_config, uses_plugin
from kit.core.config_file import YAMLError
from kit.core.files import BuildBusy, exclusive, staging_dir, swap_in
from kit.core.languages import from_config_file
from kit.core.problems import ContentError
from kit.hosting.compress import CACHE_FOLDER, precompress
from kit.messages import t
from kit.quality.conflict_markers import FIX, check_sources
from kit.translations.check import (
    CHECKED_ENVIRONMENT,
    CONFIG_FILE,
    STATUS_FOLDER,
    ProjectError,
    check_project,
    sources_fingerprint,
    without_history,
    write_status_pages,
    written_pages,
)

PROJECT = Path(__file__).resolve().parent.parent


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build_site.py",
        description=(
            "Dựng trang web song ngữ. Nếu có lỗi, trang web cũ được giữ nguyên.\n"
            "Build the bilingual website. The previous site is kept if anything fails."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=PROJECT / "mkdocs.yml",
        help="tệp mkdocs.yml cần dựng / mkdocs.yml to build",
    )
    parser.add_argument(
        "--site-dir",
        type=Path,
        default=None,
        help="thư mục kết quả (mặc định: site/ cạnh mkdocs.yml) / output folder (default: site/ "
        "next to mkdocs.yml)",
    )
    parser.add_argument(
        "--no-strict",
        action="store_true",
        help="vẫn dựng dù còn cảnh báo (không nên) / publish even if there are warnings (not "
        "advised)",
    )
    parser.add_argument(
        "--no-compress",
        action="store_true",
        help="không tạo bản nén .gz/.br (gói ngoại tuyến) / skip the .gz/.br copies (offline "
        "bundles)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="dựng lại dù không có gì thay đổi từ lần trước / build even if nothing changed since "
        "the last build",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="hiện cả các dòng thường lệ của MkDocs và thời gian mỗi bước / also show MkDocs' own "
        "routine lines and how long each step took",
    )
    messages.add_option(parser)
    return parser.parse_args(argv)


def last_commit_time(folder: Path) -> str | None:
    """Seconds since 1970 of the last commit, or None outside a git checkout."""
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    value = result.stdout.strip()
    return value if result.returncode == 0 and value.isdigit() else None


def translation_status(project: Path, env: dict[str, str] | None = None) -> str:
    """Print the translation report if anything is missing; "complete", "missing" (gaps),
    "misnamed" (a page's file name has no language), or "unreadable" (a file or the project
    cannot be read).

    When complete, the status pages for editors are written from this report and ``env`` (the
    environment of the MkDocs build) gets the fingerprint of the checked sources, so that the
    build does not check them again (kit/plugin/plugin.py)."""
    try:
        languages = from_config_file(project / CONFIG_FILE).codes
        fingerprint = sources_fingerprint(project, languages)  # before: an edit during the check
        report = check_project(project, languages=languages)
    except ProjectError as error:
        print(f"{t('Error')}: {error}", file=sys.stderr)
        return "unreadable"
    if not report.gaps:
        docs_dir = project / str(read_config(_config_text(project)).get("docs_dir") or "docs")
        write_status_pages(without_history(report), docs_dir / STATUS_FOLDER)
        if env is not None:
            env[CHECKED_ENVIRONMENT] = fingerprint
        return "complete"
    print(format_report(report), file=sys.stderr)
    placeholders = format_placeholders(report)
    if placeholders:
        print(f"\n{placeholders}", file=sys.stderr)
    kinds = {finding.kind for finding in report.gaps}
    if "unreadable" in kinds:
        return "unreadable"
    return "misnamed" if "file-name" in kinds else "missing"


def _config_text(project: Path) -> str:
    return (project / CONFIG_FILE).read_text(encoding="utf-8")


def sources_merged(project: Path, target: Path) -> bool:
    """False, after listing them, if source files still hold git conflict markers."""
    problems = check_sources(project)
    if not problems:
        return True
    listed = "\n".join(f"  - {problem.file}: {problem.message}" for problem in problems)
    heading = t(
        "The site was not built: a merge (make update-kit) is unfinished and these files still "
        "hold git conflict markers."
    )
    print(
        f"{t('Error')}: {heading}\n{listed}\n{t('Fix')}: {t(FIX)}.\n{_previous_site(target)}",
        file=sys.stderr,
    )
    return False


def plugin_listed(config: Path, target: Path) -> bool:
    """False, after saying how to fix it, when mkdocs.yml does not list the kit's plugin (a
    site made by an older kit whose update was merged by hand)."""
    try:
        settings = read_config(config.read_text("utf-8"))
    except (OSError, UnicodeError, YAMLError):
        return True  # the translation check says what is wrong with the file
    if uses_plugin(settings):
        return True
    message = t(
        "{file} does not list the kit's plugin: under 'plugins:', add the line '  - {plugin}' "
        "after the other plugins, and remove 'hooks:' with its line '- {hooks}' (older kits "
        "used it). 'make update-kit' does this by itself.",
        file=config.name,
        plugin=PLUGIN_NAME,
        hooks=OLD_HOOKS_FILE,
    )
    print(f"{t('Error')}: {message}\n{_previous_site(target)}", file=sys.stderr)
    return False


def pages_are_safe(config: Path) -> bool:
    """Print every link or HTML element in a page that could run a script (none: True)."""
    docs_dir = config.parent / str(read_config(config.read_text("utf-8")).get("docs_dir") or "docs")
    problems = check_scripts(docs_dir, written_pages(docs_dir))
    if problems:
        print(f"{t('Error')}: {ContentError(problems)}", file=sys.stderr)
    return not problems


def _previous_site(target: Path) -> str:
    if target.exists():
        return t("The previous site in {folder} was kept unchanged.", folder=target)
    return t("No site was created in {folder}.", folder=target)


def build_environment(project: Path) -> dict[str, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Two builds of the same sources must give identical files: dates written into the
    # site (sitemap) come from the last commit, not from the clock.
    env.setdefault("SOURCE_DATE_EPOCH", last_commit_time(project) or "")
    if not env["SOURCE_DATE_EPOCH"]:
        del env["SOURCE_DATE_EPOCH"]
    return env


def build_into(
    config: Path, staged: Path, strict: bool, env: dict[str, str], verbose: bool = False
) -> bool:
    """Run MkDocs, showing its messages in the editor's language (routine ones only with
    ``verbose``); on failure remove ``staged``."""
    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config)]
    command += ["--site-dir", str(staged)]
    command += ["--strict"] if strict else []
    env = {**env, messages.ENVIRONMENT: messages.language()}
    if verbose:  # for engineers: MkDocs' own lines, unfiltered, as they come
        result = subprocess.run(command, cwd=config.parent, env={**env, VERBOSE: "1"}, check=False)
        if result.returncode != 0:
            shutil.rmtree(staged, ignore_errors=True)
        return result.returncode == 0
    result = subprocess.run(
        command,
        cwd=config.parent,
        env=env,
        check=False,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    for line in mkdocs_log.translate_output(result.stdout, verbose):
        print(line, file=sys.stderr if result.returncode else sys.stdout)
    if result.returncode != 0:
        shutil.rmtree(staged, ignore_errors=True)
    return result.returncode == 0


def compress(staged: Path, project: Path, verbose: bool) -> None:
    started = time.perf_counter()
    done = precompress(staged, project / CACHE_FOLDER)
    if verbose:
        print(
            t(
                "Precompressed {files} text files ({reused} unchanged, reused): {before} KB -> "
                "{after} KB in {seconds} s",
                files=done.files,
                reused=done.reused,
                before=done.before // 1024,
                after=done.after // 1024,
                seconds=f"{time.perf_counter() - started:.2f}",
            )
        )


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    config = args.config.resolve()
    messages.use_setting(config)
    messages.set_language(args.language)
    if not config.is_file():
        print(
            f"{t('Error')}: "
            + t("{file} does not exist; run this from the project folder", file=config),
            file=sys.stderr,
        )
        return 2
    target = (args.site_dir or config.parent / "site").resolve()
    try:
        with exclusive(target):
            return build(config, target, args)
    except BuildBusy:
        print(
            f"{t('Error')}: "
            + t(
                "another build of {folder} is running; wait for it to finish (or close the "
                "other window) and run this again.",
                folder=target,
            ),
            file=sys.stderr,
        )
        return 1


def build(config: Path, target: Path, args: argparse.Namespace) -> int:
    """Check, build into a staging folder, compress and swap in (with the build lock held)."""
    project = config.parent
    env = build_environment(project)
    options = [str(o) for o in (args.no_strict, args.no_compress, env.get("SOURCE_DATE_EPOCH"))]
    sources = buildstate.sources_fingerprint(project, target, options)
    if not args.force and buildstate.up_to_date(project, target, sources):
        print(
            t(
                "Nothing has changed since the last build: the site in {folder} is up to date.",
                folder=target,
            )
        )
        return 0
    print(t("Building the site: checking the pages and translations..."), flush=True)
    started = time.perf_counter()
    if not sources_merged(project, target) or not plugin_listed(config, target):
        return 1
    status = translation_status(project, env)
    if status != "complete":
        closing = {
            "unreadable": t(
                "The site was not built: a file listed above cannot be read. Correct it as "
                "explained and run the command again."
            ),
            "misnamed": t(
                "The site was not built: rename the files listed above as explained and run "
                "the command again."
            ),
            "missing": t(
                "The site was not built: write the missing or unfinished texts listed above "
                "(a language left out, or a TODO still to replace), or run 'make serve' to "
                "preview the site with them marked."
            ),
        }[status]
        print(f"\n{closing} {_previous_site(target)}", file=sys.stderr)
        return 1
    if not pages_are_safe(config):
        print(
            "\n"
            + t("The site was not built: fix the pages listed above.")
            + " "
            + _previous_site(target),
            file=sys.stderr,
        )
        return 1
    if args.verbose:
        seconds = f"{time.perf_counter() - started:.2f}"
        print(t("Translations checked in {seconds} s", seconds=seconds), flush=True)
    print(t("Building the pages..."), flush=True)
    staged = staging_dir(target)
    if not build_into(config, staged, not args.no_strict, env, args.verbose):
        print(
            "\n"
            + t("The build failed: fix the problems listed above and run it again.")
            + " "
            + _previous_site(target),
            file=sys.stderr,
        )
        return 1
    if not args.no_compress:
        compress(staged, project, args.verbose)
    swap_in(staged, target)
    # Sources edited while the site was being built: the next build must not be skipped.
    if buildstate.sources_fingerprint(project, target, options) == sources:
        buildstate.remember(project, target, sources)
    print(t("Done: the site is ready in {folder}", folder=target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
