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
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from kit.build.siteconfig import OLD_HOOKS_FILE
from kit.core.config_file import read_record
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
Bring the latest improvements of the ASEAN site kit into this site (templates, scripts, tests)
without touching your content. Commit your own changes first.

Lấy các cải tiến mới nhất của bộ công cụ (mẫu trang, công cụ, bài kiểm tra) vào trang web này
mà không đụng đến nội dung của bạn. Hãy commit các thay đổi của bạn trước."""

EPILOG = """\
examples:
  make update-kit
  make update-kit KIT=../asean-kit
  make update-kit KIT=../asean-kit FORCE=1   (a kit whose version cannot be compared)
  python scripts/update_site.py --kit https://git.example.gov.vn/asean/kit.git

exit codes: 0 updated (or already up to date); 1 conflicts to resolve; 2 could not start."""


class UpdateError(Exception):
    """The update cannot start; the message says why and what to do."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="update_site.py",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--kit",
        default="",
        help=f"the kit: a folder or a git address (default: the one in {RECORD_FILE})",
    )
    parser.add_argument(
        "--site", type=Path, default=SITE, help="the site folder (default: this one)"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="update even when it cannot be told whether the kit is newer than the site's "
        "(a kit without git history, or with a different history); never from an older kit",
    )
    return parser.parse_args(argv)


def check_site(site: Path) -> dict:
    record_file = site / RECORD_FILE
    if not record_file.is_file():
        raise UpdateError(
            f"{record_file} does not exist: this folder was not made by new_site.py, "
            "so there is nothing to update from"
        )
    if not is_repository_root(site):
        raise UpdateError(
            f"{site} is not a git repository (the site was created with --no-git); updates "
            "need git: create the site again without --no-git and copy your content into it"
        )
    if merge_in_progress(site):
        raise UpdateError(
            "a merge is not finished yet. Resolve it and run `git commit`, or give up with "
            "`git merge --abort`, then run the update again"
        )
    changed = uncommitted_changes(site)
    if changed:
        listed = "\n".join(f"    {name}" for name in changed[:10])
        raise UpdateError(
            f"there are uncommitted changes:\n{listed}\n"
            "  Commit them first (git add -A && git commit -m '...') or put them aside "
            "(git stash), then run the update again"
        )
    if branch_commit(site, KIT_BRANCH) is None:
        raise UpdateError(
            f"the repository has no '{KIT_BRANCH}' branch, which new_site.py creates; "
            "without it the update cannot tell your changes from the kit's"
        )
    record = read_record(record_file.read_text(encoding="utf-8")) or {}
    return record if isinstance(record, dict) else {}


def fetch_kit(source: str, scratch: Path) -> Path:
    """The kit folder: ``source`` itself if it is a folder, else a shallow git clone."""
    if not source:
        raise UpdateError(f"{RECORD_FILE} does not say where the kit is; give it with --kit")
    folder = Path(source).expanduser()
    if folder.is_dir():
        if not (folder / "scripts" / "new_site.py").is_file():
            raise UpdateError(f"{folder} is not the site kit (no scripts/new_site.py in it)")
        return folder.resolve()
    if "://" not in source and not source.startswith("git@"):
        raise UpdateError(f"the kit folder {source} does not exist; give the right one with --kit")
    clone = scratch / "kit"
    print(f"Downloading the kit from {source} ...")
    result = subprocess.run(
        # The whole history (without old file contents): the update checks that the kit is
        # newer than the site's, which needs the site's kit commit among its ancestors.
        ["git", "clone", "--quiet", "--filter=blob:none", source, str(clone)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise UpdateError(f"could not download the kit from {source}: {result.stderr.strip()}")
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
            f"bộ công cụ trong {source} (commit {new[:10]}) CŨ HƠN bộ công cụ mà trang này "
            f"đang dùng (commit {recorded[:10]}, ghi trong {RECORD_FILE}): cập nhật từ nó sẽ "
            "xóa mất các cải tiến đã có. Hãy lấy bản mới của bộ công cụ (ví dụ chạy `git pull` "
            "trong thư mục bộ công cụ) rồi chạy lại. Trang web chưa bị thay đổi gì.\n"
            f"The kit in {source} (commit {new[:10]}) is OLDER than the kit this site already "
            f"uses (commit {recorded[:10]}, recorded in {RECORD_FILE}): updating from it would "
            "undo kit improvements. Get the latest kit (for example run `git pull` in the kit "
            "folder) and run the update again. Nothing was changed"
        )
    reason_vi, reason_en = {
        "unknown": (
            f"{source} không phải là một bản git của bộ công cụ (không có lịch sử)",
            f"{source} is not a git copy of the kit (it has no history)",
        )
        if recorded
        else (
            f"{RECORD_FILE} không ghi commit của bộ công cụ mà trang này đang dùng",
            f"{RECORD_FILE} does not record the commit of the kit this site uses",
        ),
        "missing": (
            f"lịch sử của bộ công cụ trong {source} không có commit {recorded[:10]} mà trang "
            "này đang dùng: đó có thể là một bản cũ hơn, hoặc một bộ công cụ khác",
            f"the kit in {source} does not have commit {recorded[:10]} that this site uses: "
            "it may be an older copy, or another kit",
        ),
        "unrelated": (
            f"bộ công cụ trong {source} (commit {new[:10]}) và bộ công cụ trang này đang dùng "
            f"(commit {recorded[:10]}) có lịch sử tách rời nhau",
            f"the kit in {source} (commit {new[:10]}) and the one this site uses (commit "
            f"{recorded[:10]}) have separate histories",
        ),
    }[direction]
    if force:
        print(f"Cảnh báo / Warning (--force): {reason_vi} / {reason_en}.")
        return
    raise UpdateError(
        f"không biết bộ công cụ này mới hơn hay cũ hơn bộ trang đang dùng: {reason_vi}. Nếu "
        "chắc chắn nó mới hơn, chạy lại với --force (make update-kit KIT=... FORCE=1). Trang "
        "web chưa bị thay đổi gì.\n"
        f"Cannot tell whether this kit is newer or older than the site's: {reason_en}. If you "
        "are sure it is newer, run again with --force (make update-kit KIT=... FORCE=1). "
        "Nothing was changed"
    )


def render_new_kit(kit: Path, site: Path, target: Path, source: str) -> None:
    """Run the NEW kit's own new_site.py with this site's recorded answers."""
    new_site = kit / "scripts" / "new_site.py"
    command = [sys.executable, str(new_site), str(target), "--answers", str(site / RECORD_FILE)]
    command += ["--no-git"]
    # Where the kit came from, for the next update (older kits do not have the option).
    if "--kit-source" in new_site.read_text(encoding="utf-8"):
        command += ["--kit-source", source]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise UpdateError(
            f"the new kit could not render this site:\n{result.stderr.strip() or result.stdout}"
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
        f"mkdocs.yml now lists '- campaign' under 'plugins:' instead of 'hooks: - "
        f"{OLD_HOOKS_FILE}' (committed).\n"
        f"mkdocs.yml giờ dùng '- campaign' trong 'plugins:' thay cho 'hooks: - "
        f"{OLD_HOOKS_FILE}' (đã commit)."
    )
    return True


def print_conflicts(conflicts: list[str]) -> None:
    listed = "\n".join(f"    {name}" for name in conflicts)
    print(
        f"""
CONFLICTS: you and the kit changed the same lines in {len(conflicts)} file(s):
{listed}

Open each file and look for the marked blocks:
    <<<<<<< HEAD
    your version
    =======
    the kit's new version
    >>>>>>> kit
Keep what is right, delete the three marker lines, then finish with:
    git add -A
    git commit --no-edit
    make test
To give up and go back to how the site was before the update:
    git merge --abort

XUNG ĐỘT: bạn và bộ công cụ cùng sửa những dòng giống nhau trong {len(conflicts)} tệp ở trên.
Mở từng tệp, tìm các khối có đánh dấu <<<<<<< (bản của bạn), ======= và >>>>>>> kit (bản
mới của bộ công cụ). Giữ lại nội dung đúng, xóa ba dòng đánh dấu, rồi chạy:
    git add -A
    git commit --no-edit
    make test
Muốn hủy và trở lại như trước khi cập nhật:
    git merge --abort""",
        file=sys.stderr,
    )


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    site = args.site.resolve()
    with tempfile.TemporaryDirectory(prefix="site-kit-") as scratch:
        try:
            record = check_site(site)
            source = args.kit or str((record.get("kit") or {}).get("source") or "")
            kit = fetch_kit(source, Path(scratch))
            if Path(scratch) not in kit.parents:
                source = str(kit)  # a folder: recorded in full, wherever the update ran from
            check_direction(kit, source, record, args.force)
            print(f"Rendering this site with the kit in {source} ...")
            render_new_kit(kit, site, Path(scratch) / "site", source)
            old, new = record_on_kit_branch(
                site, Path(scratch) / "site", f"Site kit update from {source}"
            )
        except (UpdateError, RepoError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    if old == new and kit_merged(site):
        try:
            migrate_to_plugin(site)
        except RepoError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        print("Already up to date: the kit has nothing new for this site.")
        print("Không có gì mới: trang này đã có mọi cải tiến của bộ công cụ.")
        return 0
    try:
        result = merge_kit(site, "Update from the site kit")
    except RepoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not result.merged:
        print_conflicts(result.conflicts)
        return 1
    try:
        migrate_to_plugin(site)
    except RepoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"Updated: the kit changed {len(result.changed)} file(s) in this site.")
    for name in result.changed[:20]:
        print(f"    {name}")
    if len(result.changed) > 20:
        print(f"    ... and {len(result.changed) - 20} more (git show --stat)")
    print("Now run `make test`, then `make site`.")
    print(f"Đã cập nhật {len(result.changed)} tệp. Hãy chạy `make test`, rồi `make site`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
