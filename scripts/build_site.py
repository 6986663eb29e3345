"""Build the website into site/ without ever leaving a half-written site behind.

Usage (from the project folder):
    python scripts/build_site.py                  build into site/ (strict: warnings fail)
    python scripts/build_site.py --site-dir out   build into another folder

The site is built into a temporary folder next to the target and moved into place only when
the build succeeded. If it fails, the previous site is kept as it was and the errors are shown.

Exit codes: 0 built; 1 the build failed (the previous site is untouched); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_translations import format_report
from kit.atomic import staging_dir, swap_in
from kit.compress import precompress
from kit.translations import ProjectError, check_project

PROJECT = Path(__file__).resolve().parent.parent


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build_site.py",
        description="Build the bilingual website. The previous site is kept if anything fails.",
    )
    parser.add_argument(
        "--config", type=Path, default=PROJECT / "mkdocs.yml", help="mkdocs.yml to build"
    )
    parser.add_argument(
        "--site-dir",
        type=Path,
        default=None,
        help="output folder (default: site/ next to mkdocs.yml)",
    )
    parser.add_argument(
        "--no-strict", action="store_true", help="publish even if there are warnings (not advised)"
    )
    parser.add_argument(
        "--no-compress", action="store_true", help="skip the .gz/.br copies (offline bundles)"
    )
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


def translations_complete(project: Path) -> bool:
    """Print the translation report and say whether anything is missing (gaps only)."""
    try:
        report = check_project(project)
    except ProjectError as error:
        print(f"error: {error}", file=sys.stderr)
        return False
    if report.gaps:
        print(format_report(report), file=sys.stderr)
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    config = args.config.resolve()
    if not config.is_file():
        print(f"error: {config} does not exist; run this from the project folder", file=sys.stderr)
        return 2
    target = (args.site_dir or config.parent / "site").resolve()
    if not translations_complete(config.parent):
        kept = "was kept unchanged" if target.exists() else "was not created"
        print(
            f"\nThe site was not built: fix the gaps listed above (missing translations, or "
            f"files that cannot be used), or run 'make serve' to preview the site with missing "
            f"translations marked. The previous site in {target} {kept}.",
            file=sys.stderr,
        )
        return 1
    staged = staging_dir(target)
    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config)]
    command += ["--site-dir", str(staged)]
    command += [] if args.no_strict else ["--strict"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # Two builds of the same sources must give identical files: dates written into the
    # site (sitemap) come from the last commit, not from the clock.
    env.setdefault("SOURCE_DATE_EPOCH", last_commit_time(config.parent) or "")
    if not env["SOURCE_DATE_EPOCH"]:
        del env["SOURCE_DATE_EPOCH"]
    result = subprocess.run(command, cwd=config.parent, env=env, check=False)
    if result.returncode != 0:
        shutil.rmtree(staged, ignore_errors=True)
        kept = "was kept unchanged" if target.exists() else "was not created"
        print(
            f"\nThe build failed: fix the problems listed above and run it again. "
            f"The previous site in {target} {kept}.",
            file=sys.stderr,
        )
        return 1
    if not args.no_compress:
        files, before, after = precompress(staged)
        print(f"Precompressed {files} text files: {before // 1024} KB -> {after // 1024} KB")
    swap_in(staged, target)
    print(f"Site built in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
