"""Where the web editor saves: ``extra: kit: editor:`` in mkdocs.yml.

    extra:
      kit:
        editor:
          backend: github          # github or gitlab
          repo: owner/name         # the repository that holds this site
          branch: main
          api_root: ""             # only for a GitLab or GitHub server of your own
          app_id: ""               # GitLab only: the application id for signing in (README.md)

The block switches the editor on: without it the site has no /admin/. Whatever the backend,
staff with a copy of the project on their computer can also work on that folder directly
(the local-folder mode of Chromium-based browsers, at http://127.0.0.1:8000/admin/).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from kit.core.problems import Problem
from kit.messages import t

BACKENDS = ("github", "gitlab")
# The API each backend's editor talks to, unless `api_root` names a server of your own.
DEFAULT_API = {"github": "https://api.github.com", "gitlab": "https://gitlab.com/api/v4"}
_REPO = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$")
_BRANCH = re.compile(r"^[A-Za-z0-9_./-]+$")
_WHERE = "mkdocs.yml (extra: kit: editor:)"
KEYS = ("backend", "repo", "branch", "api_root", "app_id")
# Where the account pictures shown after signing in come from, besides the API.
AVATARS = {
    "github": ("https://avatars.githubusercontent.com",),
    "gitlab": ("https://secure.gravatar.com",),
}


@dataclass(frozen=True)
class EditorSettings:
    backend: str
    repo: str
    branch: str
    api_root: str = ""
    app_id: str = ""

    @property
    def api(self) -> str:
        """The address of the backend's API (the editor's only outside connection)."""
        return (self.api_root or DEFAULT_API[self.backend]).rstrip("/")

    @property
    def api_origin(self) -> str:
        parts = urlsplit(self.api)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def origins(self) -> list[str]:
        """Every server the signed-in editor talks to: the API and the account pictures."""
        return [self.api_origin, *AVATARS[self.backend]]


def read(extra: Any) -> tuple[EditorSettings | None, list[Problem]]:
    """The editor settings under ``extra:`` of mkdocs.yml; None when there are none (no
    editor) or when they are wrong (the problems say what to fix)."""
    kit = extra.get("kit") if isinstance(extra, Mapping) else None
    block = kit.get("editor") if isinstance(kit, Mapping) else None
    if block is None:
        return None, []
    if not isinstance(block, Mapping):
        fix = t("write backend:, repo: and branch: under it, as README.md shows")
        return None, [Problem(_WHERE, t("'editor:' must be a block of settings"), fix)]
    problems = [
        Problem(
            _WHERE,
            t("unknown setting '{key}'", key=key),
            t("use one of: {keys}", keys=", ".join(KEYS)),
        )
        for key in block
        if key not in KEYS
    ]
    backend = str(block.get("backend") or "")
    repo = str(block.get("repo") or "")
    branch = str(block.get("branch") or "main")
    api_root = str(block.get("api_root") or "")
    app_id = str(block.get("app_id") or "")
    if backend not in BACKENDS:
        problems.append(
            Problem(
                _WHERE,
                t("backend '{value}' is not one the editor knows", value=backend),
                t("write backend: github or backend: gitlab"),
            )
        )
    if not _REPO.match(repo):
        problems.append(
            Problem(
                _WHERE,
                t("repo '{value}' is not a repository name", value=repo),
                t("write the owner and the name of the repository, e.g. repo: so-ttt/asean-site"),
            )
        )
    if not _BRANCH.match(branch):
        problems.append(
            Problem(
                _WHERE,
                t("branch '{value}' is not a branch name", value=branch),
                t("write e.g. branch: main"),
            )
        )
    if api_root and not re.match(r"^https://[^\s/]+(/\S*)?$", api_root):
        problems.append(
            Problem(
                _WHERE,
                t("api_root '{value}' is not an https:// address", value=api_root),
                t("write the full address of your server's API, or leave api_root out"),
            )
        )
    if problems:
        return None, problems
    return EditorSettings(backend, repo, branch, api_root, app_id), []
