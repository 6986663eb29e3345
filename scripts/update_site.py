"""Bring the latest improvements of the ASEAN site kit into this province site.

Usage (from the site folder; `make update-kit` does the same):
    python scripts/update_site.py                          from where site-kit.yml says
    python scripts/update_site.py --kit ../asean-kit       from a kit folder
    python scripts/update_site.py --kit https://git.example.gov.vn/asean/kit.git

It renders the new kit with the answers recorded in site-kit.yml, records the result on the
git branch `kit`, and merges that branch into the branch you are on. Kit changes (templates,
scripts, tests) arrive; your content and your edits stay; only lines that both you and the
kit changed are reported as conflicts, for you to choose.

It never goes backwards: a kit older than the one the site already uses (site-kit.yml records
its commit) is refused, and so is a kit whose history cannot be compared, unless --force.

Exit codes: 0 updated, or already up to date; 1 conflicts to resolve (the merge is waiting
for you: see the message); 2 could not start (not a site folder, uncommitted changes, the kit
cannot be found, the kit is older than the site's, ...).

Every message is in Vietnamese, or in English with --language en, KIT_LANGUAGE=en or
`extra: kit: messages: en` in the site's mkdocs.yml (kit.messages).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kit import messages
from kit.build.siteconfig import OLD_HOOKS_FILE
from kit.core.config_file import read_record
from kit.messages import t
from kit.messages.arguments import ArgumentParser
from kit.sites.sitekit import RECORD_FILE, kit_commit, migrate_config
from kit.sites.siterepo import (
    KIT_BRANCH,
    RepoError,
    branch_commit,
    commit_files,
    compare_commits,
    is_repository_root,
    kit_merged,
    merge_in_progress,
    merge_kit,
    record_on_kit_branch,
    uncommitted_changes,
)

SITE = Path(__file__).resolve().parent.parent

DESCRIPTION = """\
Lấy các cải tiến mới nhất của bộ công cụ (mẫu trang, công cụ, bài kiểm tra) vào trang web này
mà không đụng đến nội dung của bạn. Hãy commit các thay đổi của bạn trước.
Bring the latest improvements of the ASEAN site kit into this site (templates, scripts, tests)
without touching your content. Commit your own changes first."""

EPILOG = """\
ví dụ / examples:
  make update-kit
  make update-kit KIT=../asean-kit
  make update-kit KIT=../asean-kit FORCE=1   (bộ công cụ không so được phiên bản / a kit whose
                                              version cannot be compared)
  .venv/bin/python scripts/update_site.py --kit https://git.example.gov.vn/asean/kit.git

mã thoát / exit codes:
  0 đã cập nhật, hoặc không có gì mới / updated, or already up to date
  1 có xung đột cần xử lý / conflicts to resolve
  2 chưa bắt đầu được (xem thông báo) / could not start (see the message)"""


class UpdateError(Exception):
    """The update cannot start; the message (a kit.messages Message) says why and what to do."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = ArgumentParser(
        prog="update_site.py",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--kit",
        default="",
        help=f"bộ công cụ: một thư mục hoặc địa chỉ git (mặc định: ghi trong {RECORD_FILE}) / "
        f"the kit: a folder or a git address (default: the one in {RECORD_FILE})",
    )
    parser.add_argument(
        "--site",
        type=Path,
        default=SITE,
        help="thư mục trang web (mặc định: thư mục này) / the site folder (default: this one)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="vẫn cập nhật khi không biết bộ công cụ mới hơn hay không (không có lịch sử git, "
        "hoặc lịch sử khác); không bao giờ từ bộ cũ hơn / update even when it cannot be told "
        "whether the kit is newer than the site's (a kit without git history, or with a "
        "different history); never from an older kit",
    )
    messages.add_option(parser)
    return parser.parse_args(argv)


def check_site(site: Path) -> dict:
    record_file = site / RECORD_FILE
    if not record_file.is_file():
        raise UpdateError(
            t(
                "{file} does not exist: this folder was not made by new_site.py, so there is "
                "nothing to update from",
                file=record_file,
            )
        )
    if not is_repository_root(site):
        raise UpdateError(
            t(
                "{folder} is not a git repository (the site was created with --no-git); "
                "updates need git: create the site again without --no-git and copy your "
                "content into it",
                folder=site,
            )
        )
    if merge_in_progress(site):
        raise UpdateError(
            t(
                "a merge is not finished yet. Resolve it and run `git commit`, or give up with "
                "`git merge --abort`, then run the update again"
            )
        )
    changed = uncommitted_changes(site)
    if changed:
        listed = "\n".join(f"    {name}" for name in changed[:10])
        raise UpdateError(
            t(
                "there are uncommitted changes:\n{files}\n  Commit them first (git add -A && "
                "git commit -m '...') or put them aside (git stash), then run the update again",
                files=listed,
            )
        )
    if branch_commit(site, KIT_BRANCH) is None:
        raise UpdateError(
            t(
                "the repository has no '{branch}' branch, which new_site.py creates; without "
                "it the update cannot tell your changes from the kit's",
                branch=KIT_BRANCH,
            )
        )
    record = read_record(record_file.read_text(encoding="utf-8")) or {}
    return record if isinstance(record, dict) else {}


def fetch_kit(source: str, scratch: Path) -> Path:
    """The kit folder: ``source`` itself if it is a folder, else a shallow git clone."""
    if not source:
        raise UpdateError(
            t("{file} does not say where the kit is; give it with --kit", file=RECORD_FILE)
        )
    folder = Path(source).expanduser()
    if folder.is_dir():
        if not (folder / "scripts" / "new_site.py").is_file():
            raise UpdateError(
                t(
                    "{folder} is not the site kit (no scripts/new_site.py in it); give the "
                    "kit's folder with --kit",
                    folder=folder,
                )
            )
        return folder.resolve()
    if "://" not in source and not source.startswith("git@"):
        raise UpdateError(
            t(
                "the kit folder {folder} does not exist; give the right one with --kit",
                folder=source,
            )
        )
    clone = scratch / "kit"
    print(t("Downloading the kit from {source} ...", source=source), flush=True)
    result = subprocess.run(
        # The whole history (without old file contents): the update checks that the kit is
        # newer than the site's, which needs the site's kit commit among its ancestors.
        ["git", "clone", "--quiet", "--filter=blob:none", source, str(clone)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise UpdateError(
            t(
                "could not download the kit from {source}: {reason}",
                source=source,
                reason=result.stderr.strip(),
            )
        )
    return clone


def check_direction(kit: Path, source: str, record: dict, force: bool) -> None:
    """Refuse a kit older than the site's; one that cannot be compared needs ``force``."""
    recorded = str((record.get("kit") or {}).get("commit") or "")
    new = kit_commit(kit)
    direction = compare_commits(kit, recorded, new)
    if direction in ("same", "newer"):
        return
    if direction == "older":
        raise UpdateError(
            t(
                "The kit in {source} (commit {new}) is OLDER than the kit this site already "
                "uses (commit {recorded}, recorded in {file}): updating from it would undo kit "
                "improvements. Get the latest kit (for example run `git pull` in the kit "
                "folder) and run the update again. Nothing was changed",
                source=source,
                new=new[:10],
                recorded=recorded[:10],
                file=RECORD_FILE,
            )
        )
    if direction == "unknown" and recorded:
        reason = t("{source} is not a git copy of the kit (it has no history)", source=source)
    elif direction == "unknown":
        reason = t("{file} does not record the commit of the kit this site uses", file=RECORD_FILE)
    elif direction == "missing":
        reason = t(
            "the kit in {source} does not have commit {recorded} that this site uses: it may "
            "be an older copy, or another kit",
            source=source,
            recorded=recorded[:10],
        )
    else:  # unrelated
        reason = t(
            "the kit in {source} (commit {new}) and the one this site uses (commit {recorded}) "
            "have separate histories",
            source=source,
            new=new[:10],
            recorded=recorded[:10],
        )
    if force:
        print(f"{t('Warning')} (--force): {reason}.")
        return
    raise UpdateError(
        t(
            "Cannot tell whether this kit is newer or older than the site's: {reason}. If you "
            "are sure it is newer, run again with --force (make update-kit KIT=... FORCE=1). "
            "Nothing was changed",
            reason=reason,
        )
    )


def render_new_kit(kit: Path, site: Path, target: Path, source: str) -> None:
    """Run the NEW kit's own new_site.py with this site's recorded answers."""
    new_site = kit / "scripts" / "new_site.py"
    command = [sys.executable, str(new_site), str(target), "--answers", str(site / RECORD_FILE)]
    command += ["--no-git"]
    # Where the kit came from, for the next update (older kits do not have the option).
    if "--kit-source" in new_site.read_text(encoding="utf-8"):
        command += ["--kit-source", source]
    # Its messages in the language of this run.
    env = {**os.environ, messages.ENVIRONMENT: messages.language()}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if result.returncode != 0:
        raise UpdateError(
            t(
                "the new kit could not render this site:\n{output}",
                output=result.stderr.strip() or result.stdout,
            )
        )


CONFIG_FILE = "mkdocs.yml"
MIGRATION_MESSAGE = f"mkdocs.yml: the kit's campaign plugin replaces {OLD_HOOKS_FILE}"


def migrate_to_plugin(site: Path) -> bool:
    """Move a mkdocs.yml that still runs the old hooks file (or lacks the campaign plugin) to
    the plugin, and commit it; True when it did. The merge does this by itself unless the
    province had changed the lines around; every other line is kept as it is."""
    path = site / CONFIG_FILE
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8")
    moved = migrate_config(text)
    if moved == text:
        return False
    path.write_text(moved, encoding="utf-8")
    commit_files(site, [CONFIG_FILE], MIGRATION_MESSAGE)
    print(
        t(
            "mkdocs.yml now lists '- campaign' under 'plugins:' instead of 'hooks: - {hooks}' "
            "(committed).",
            hooks=OLD_HOOKS_FILE,
        )
    )
    return True


def print_conflicts(conflicts: list[str]) -> None:
    listed = "\n".join(f"    {name}" for name in conflicts)
    message = t(
        "CONFLICTS: you and the kit changed the same lines in {count} file(s):\n"
        "{files}\n"
        "\n"
        "Open each file and look for the marked blocks:\n"
        "    <<<<<<< HEAD\n"
        "    your version\n"
        "    =======\n"
        "    the kit's new version\n"
        "    >>>>>>> kit\n"
        "Keep what is right, delete the three marker lines, then finish with:\n"
        "    git add -A\n"
        "    git commit --no-edit\n"
        "    make test\n"
        "To give up and go back to how the site was before the update:\n"
        "    git merge --abort",
        count=len(conflicts),
        files=listed,
    )
    print(f"\n{message}", file=sys.stderr)


def fail(error: Exception) -> int:
    print(f"{t('Error')}: {error}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    messages.use_setting(SITE / CONFIG_FILE)
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    site = args.site.resolve()
    messages.use_setting(site / CONFIG_FILE)
    messages.set_language(args.language)
    with tempfile.TemporaryDirectory(prefix="site-kit-") as scratch:
        try:
            record = check_site(site)
            source = args.kit or str((record.get("kit") or {}).get("source") or "")
            kit = fetch_kit(source, Path(scratch))
            if Path(scratch) not in kit.parents:
                source = str(kit)  # a folder: recorded in full, wherever the update ran from
            check_direction(kit, source, record, args.force)
            print(t("Rendering this site with the kit in {source} ...", source=source), flush=True)
            render_new_kit(kit, site, Path(scratch) / "site", source)
            old, new = record_on_kit_branch(
                site, Path(scratch) / "site", f"Site kit update from {source}"
            )
        except (UpdateError, RepoError) as error:
            return fail(error)
    if old == new and kit_merged(site):
        try:
            migrate_to_plugin(site)
        except RepoError as error:
            return fail(error)
        print(t("Already up to date: the kit has nothing new for this site."))
        return 0
    try:
        result = merge_kit(site, "Update from the site kit")
    except RepoError as error:
        return fail(error)
    if not result.merged:
        print_conflicts(result.conflicts)
        return 1
    try:
        migrate_to_plugin(site)
    except RepoError as error:
        return fail(error)
    print(t("Updated: the kit changed {count} file(s) in this site.", count=len(result.changed)))
    for name in result.changed[:20]:
        print(f"    {name}")
    if len(result.changed) > 20:
        print("    " + t("... and {count} more (git show --stat)", count=len(result.changed) - 20))
    print(t("Now run `make test`, then `make site`."))
    return 0


if __name__ == "__main__":
    sys.exit(main())
