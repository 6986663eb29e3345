"""The git side of a province site: the ``kit`` branch and merging kit updates.

A province site is a git repository with two branches:

- ``kit``: only ever written by the tools, one commit per kit version, each holding exactly
  what ``kit.sites.sitekit.render`` produced for the province's recorded answers;
- ``main`` (or any branch the province works on): the province's own history, which merges
  ``kit`` to receive updates.

Because ``kit`` holds the pristine rendering of the previous version, git's three-way merge
sees exactly what the kit changed and what the province changed: kit changes arrive, the
province's edits stay, and only lines both changed are reported as conflicts.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kit.messages import t

KIT_BRANCH = "kit"
MAIN_BRANCH = "main"
# Used only when git has no name configured (a fresh CI machine, a new laptop).
TOOL_IDENTITY = {"name": "ASEAN site kit", "email": "site-kit@localhost"}


class RepoError(Exception):
    """A git step failed; the message (a kit.messages Message) says which and what git said."""


@dataclass
class MergeResult:
    merged: bool
    conflicts: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    output: str = ""


def _environment(repo: Path) -> dict[str, str]:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    for role in ("AUTHOR", "COMMITTER"):
        for key in ("name", "email"):
            configured = subprocess.run(
                ["git", "-C", str(repo), "config", f"user.{key}"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
            if not configured and f"GIT_{role}_{key.upper()}" not in env:
                env[f"GIT_{role}_{key.upper()}"] = TOOL_IDENTITY[key]
    return env


def git(
    repo: Path, *args: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess:
    try:
        result = subprocess.run(
            ["git", "-C", str(repo), *args],
            capture_output=True,
            text=True,
            check=False,
            env=env or _environment(repo),
        )
    except FileNotFoundError as error:
        raise RepoError(t("git is not installed; install it (apt-get install git)")) from error
    if check and result.returncode != 0:
        raise RepoError(git_failed(" ".join(args), result.stderr))
    return result


def git_failed(command: str, output: str) -> str:
    """The message for a git command that failed; git's own words (in English: the kit runs
    git with LC_ALL=C) follow it."""
    return t("'git {command}' failed: {output}", command=command, output=output.strip())


def _commit_folder(repo: Path, folder: Path, parent: str | None, message: str) -> str:
    """A commit of exactly the files in ``folder``, made without touching the repository's
    work tree or index (a throwaway index file is used)."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {**_environment(repo), "GIT_INDEX_FILE": str(Path(scratch) / "index")}
        # -f: the folder's files are the tree to record, whatever .gitignore says.
        git(repo, f"--work-tree={folder}", "add", "-A", "-f", ".", env=env)
        tree = git(repo, "write-tree", env=env).stdout.strip()
    if parent and git(repo, "rev-parse", f"{parent}^{{tree}}").stdout.strip() == tree:
        return parent
    command = ["commit-tree", tree, "-m", message]
    command += ["-p", parent] if parent else []
    return git(repo, *command).stdout.strip()


def create_repository(folder: Path, message: str) -> str:
    """A new repository in ``folder`` whose ``kit`` and ``main`` branches both hold its files;
    ``main`` is checked out. Returns the commit."""
    git(folder, "init", "--quiet")
    commit = _commit_folder(folder, folder, None, message)
    git(folder, "update-ref", f"refs/heads/{KIT_BRANCH}", commit)
    git(folder, "update-ref", f"refs/heads/{MAIN_BRANCH}", commit)
    git(folder, "symbolic-ref", "HEAD", f"refs/heads/{MAIN_BRANCH}")
    git(folder, "reset", "--quiet")  # the index matches the commit: a clean `git status`
    return commit


def is_repository_root(folder: Path) -> bool:
    result = git(folder, "rev-parse", "--show-prefix", check=False)
    return result.returncode == 0 and result.stdout.strip() == ""


def _names(result: subprocess.CompletedProcess) -> list[str]:
    return sorted({name for name in result.stdout.split("\0") if name})


def uncommitted_changes(repo: Path) -> list[str]:
    entries = git(repo, "status", "-z", "--porcelain", "--untracked-files=normal").stdout
    return sorted({entry[3:] for entry in entries.split("\0") if len(entry) > 3})


def merge_in_progress(repo: Path) -> bool:
    return git(repo, "rev-parse", "-q", "--verify", "MERGE_HEAD", check=False).returncode == 0


def branch_commit(repo: Path, branch: str) -> str | None:
    result = git(repo, "rev-parse", "-q", "--verify", f"refs/heads/{branch}", check=False)
    return result.stdout.strip() or None


def record_on_kit_branch(repo: Path, folder: Path, message: str) -> tuple[str, str]:
    """Commit ``folder`` as the next state of the ``kit`` branch; (old, new) commits, equal
    when nothing changed."""
    old = branch_commit(repo, KIT_BRANCH)
    if old is None:
        raise RepoError(t("the repository has no '{branch}' branch", branch=KIT_BRANCH))
    new = _commit_folder(repo, folder, old, message)
    if new != old:
        git(repo, "update-ref", f"refs/heads/{KIT_BRANCH}", new, old)
    return old, new


def kit_merged(repo: Path) -> bool:
    """Whether the checked-out branch has every commit of ``kit`` (not so after an update
    that was given up with `git merge --abort`)."""
    return _is_ancestor(repo, KIT_BRANCH, "HEAD")


def merge_kit(repo: Path, message: str) -> MergeResult:
    """Merge the ``kit`` branch into the checked-out branch."""
    before = git(repo, "rev-parse", "HEAD").stdout.strip()
    result = git(repo, "merge", "--no-edit", "-m", message, KIT_BRANCH, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        conflicts = _names(git(repo, "diff", "-z", "--name-only", "--diff-filter=U"))
        if not conflicts and not merge_in_progress(repo):
            raise RepoError(git_failed(f"merge {KIT_BRANCH}", output))
        return MergeResult(False, conflicts=conflicts, output=output)
    changed = _names(git(repo, "diff", "-z", "--name-only", before, "HEAD"))
    return MergeResult(True, changed=changed, output=output)


def compare_commits(repo: Path, recorded: str, new: str) -> str:
    """How commit ``new`` of ``repo`` stands to the ``recorded`` one.

    "same"; "newer" (``recorded`` is in its history); "older" (it is in ``recorded``'s
    history: going there would undo changes); "unrelated" (neither is in the other's
    history); "missing" (``repo`` does not have ``recorded``); "unknown" (a commit is "").
    """
    if not recorded or not new:
        return "unknown"
    if recorded == new:
        return "same"
    if git(repo, "cat-file", "-e", f"{recorded}^{{commit}}", check=False).returncode != 0:
        return "missing"
    if _is_ancestor(repo, recorded, new):
        return "newer"
    if _is_ancestor(repo, new, recorded):
        return "older"
    return "unrelated"


def _is_ancestor(repo: Path, ancestor: str, commit: str) -> bool:
    result = git(repo, "merge-base", "--is-ancestor", ancestor, commit, check=False)
    return result.returncode == 0


def commit_files(repo: Path, paths: list[str], message: str) -> str:
    """Commit the current content of ``paths`` on the checked-out branch; the new commit."""
    git(repo, "add", "--", *paths)
    git(repo, "commit", "--quiet", "-m", message, "--", *paths)
    return git(repo, "rev-parse", "HEAD").stdout.strip()
