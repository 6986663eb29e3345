"""The web editor at /admin/ (Sveltia CMS, kit/editor) in Chromium, on the kit's fixture site
served with the Content-Security-Policy that scripts/make_server_config.py gives /admin/.

1. It opens with no console error (a CSP violation is one) and asks no other server for
   anything until someone signs in.
2. Working on a copy of the fixture project in local-folder mode (the browser's File System
   Access API; the test hands the editor a folder of the origin-private file system), a
   communications officer creates a page in both languages and adds a photo with its captions
   to an exhibition; the files written are the ones README.md tells a hand editor to write, the
   translation check is clean and the site builds with the new page and photo in both
   languages.
"""

from __future__ import annotations

import functools
import re
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import foreign_requests
from kit.editor import settings as editor_settings
from kit.hosting.csp import admin_policy

pytestmark = pytest.mark.browser

ADMIN = "/admin/"
GITHUB = editor_settings.EditorSettings("github", "example/asean-site", "main")


class EditorHandler(http.server.SimpleHTTPRequestHandler):
    """A static server that sends /admin/ with the editor's own policy, as nginx does."""

    policy = admin_policy(GITHUB.origins)

    def end_headers(self) -> None:
        if self.path.startswith(ADMIN):
            self.send_header("Content-Security-Policy", self.policy)
            self.send_header("X-Robots-Tag", "noindex, nofollow")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def start_server(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(EditorHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def editor_url(kit_site: Path) -> Iterator[str]:
    server, url = start_server(kit_site)
    yield url
    server.shutdown()


def test_editor_opens_cleanly_and_asks_no_other_server(page, editor_url: str) -> None:
    page.goto(editor_url + ADMIN, wait_until="networkidle")
    # The sign-in choices: the local folder (Chromium on this computer) and the repository.
    page.get_by_role("button", name="Work with Local Repository").wait_for()
    # Sveltia wraps names in invisible direction marks ("Sign In with \u2068GitHub\u2069").
    page.get_by_role("button", name=re.compile("Sign In with .?GitHub")).wait_for()
    page.wait_for_timeout(1500)  # the update and status checks run after the first paint
    assert page.errors == []
    assert foreign_requests(page, editor_url) == []
    fonts = page.evaluate(
        "document.fonts.ready.then(() => [...document.fonts].filter("
        "f => f.status === 'loaded').map(f => f.family))"
    )
    assert {"Source Sans 3", "Material Symbols Outlined"} <= set(fonts)
