"""The web editor at /admin/ (Sveltia CMS, kit/editor) in Chromium, on the kit's fixture site
served with the Content-Security-Policy that scripts/make_server_config.py gives /admin/.

1. It opens with no console error (a CSP violation is one) and asks no other server for
   anything until someone signs in.
2. Working on a copy of the fixture project in local-folder mode (the browser's File System
   Access API; the test hands the editor a folder of the origin-private file system), a
   communications officer creates a page in both languages and adds a photo with its captions
   to an exhibition, edits one caption of an existing photo and the site's name in the brand
   block; the files written are the ones README.md tells a hand editor to write, an edit changes
   only its own line (comments, a credit written once for both languages, flow maps, the tags
   and anchors of mkdocs.yml stay), the translation check is clean and the site builds with
   the new page, photo and name in both languages.
"""

from __future__ import annotations

import base64
import difflib
import functools
import http.server
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from conftest import SCRIPTS, build_site, foreign_requests, parse, site_config
from kit.editor import settings as editor_settings
from kit.hosting.csp import admin_policy
from PIL import Image
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect
from site_fixtures import EXHIBITION

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


# ── local-folder mode on a copy of the fixture project ─────────────────────────────────────

# What the editor sees of the project: the content, as a checkout has it (a .git folder marks
# the top of a repository; the editor refuses a folder without one).
CONTENT = ("mkdocs.yml", "docs", "exhibitions")


def generated_folders(project: Path) -> tuple[str, ...]:
    """The folders of docs/ the build writes (a .generated mark at their top): git ignores
    them, and the editor leaves them out."""
    return tuple(
        marker.parent.relative_to(project).as_posix() + "/"
        for marker in sorted((project / "docs").rglob(".generated"))
    )


# Hands the editor a folder of the origin-private file system instead of asking the user.
PICKER = """
window.showDirectoryPicker = async () =>
  (await navigator.storage.getDirectory()).getDirectoryHandle('project');
"""
FILL = """async (files) => {
  const root = await navigator.storage.getDirectory();
  try { await root.removeEntry('project', {recursive: true}); } catch (e) {}
  const project = await root.getDirectoryHandle('project', {create: true});
  await project.getDirectoryHandle('.git', {create: true});
  for (const [path, data] of Object.entries(files)) {
    const parts = path.split('/');
    let folder = project;
    for (const part of parts.slice(0, -1)) {
      folder = await folder.getDirectoryHandle(part, {create: true});
    }
    const writable = await (await folder.getFileHandle(parts.at(-1), {create: true}))
      .createWritable();
    await writable.write(Uint8Array.from(atob(data), c => c.charCodeAt(0)));
    await writable.close();
  }
}"""
READ = """async () => {
  const files = {};
  const project = await (await navigator.storage.getDirectory()).getDirectoryHandle('project');
  async function walk(folder, prefix) {
    for await (const [name, handle] of folder.entries()) {
      if (handle.kind === 'directory') { await walk(handle, prefix + name + '/'); continue; }
      const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 32768) {
        text += String.fromCharCode(...bytes.subarray(i, i + 32768));
      }
      files[prefix + name] = btoa(text);
    }
  }
  await walk(project, '');
  return files;
}"""

# True once the file at path (in the project folder) holds the text.
SAVED = """async ([path, text]) => {
  try {
    let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('project');
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
    const file = await (await folder.getFileHandle(parts.at(-1))).getFile();
    return (await file.text()).includes(text);
  } catch (error) { return false; }
}"""

# Marks the item just added to a list: the last one, with a file box and no text written yet.
# (The editor draws list items lazily, so "the last item" alone can be an older one.)
MARK_NEW_ITEM = """() => {
  const items = [...document.querySelectorAll('.item[role=group]')];
  const last = items.at(-1);
  if (!last || !last.querySelector('input[type=file]')) return false;
  if ([...last.querySelectorAll('input[type=text]')].some(box => box.value)) return false;
  last.setAttribute('data-new-item', '');
  return true;
}"""

# Finds the text box holding a text, scrolling the form until the editor draws it.
FIND_BOX = """(text) => {
  const box = [...document.querySelectorAll('input[type=text], textarea')]
    .find(candidate => candidate.value === text);
  if (box) { box.setAttribute('data-edit-me', ''); return true; }
  for (const element of document.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    if (/(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 10) {
      element.scrollTop += 400;
    }
  }
  return false;
}"""

# Scrolls the form that holds an element down by a little.
SCROLL_DOWN = """element => {
  let box = element;
  while (box && !(box.scrollHeight > box.clientHeight + 10
      && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
  if (box) box.scrollTop += 300;
}"""

# Notes for editors in the exhibition file, which a save must keep (README.md: the kit's
# tools keep a file's comments and style).
COMMENTS = (
    "# yaml-language-server: $schema=../../scripts/kit/schemas/exhibition.schema.json\n"
    "# Triển lãm thử: ghi chú cho người biên tập / notes for editors.\n\n"
)
CREDIT = '    credit: "Nguyễn Văn A"\n'

BRAND_ENTRY = "Nhận diện của trang · The site's identity"
NEW_SITE_NAME = "Sở Thông tin: ASEAN 30 năm"

NEW_PAGE = "ngay-hoi-da-nang"
PHOTO = "le-hoi-da-nang.jpg"


def content_files(project: Path) -> dict[str, str]:
    """The project's content files, base64-encoded, by path."""
    files = {}
    generated = generated_folders(project)
    for top in CONTENT:
        start = project / top
        for path in [start] if start.is_file() else sorted(start.rglob("*")):
            relative = path.relative_to(project).as_posix()
            if path.is_file() and not relative.startswith(generated):
                files[relative] = base64.b64encode(path.read_bytes()).decode()
    return files


def read_project(page, path: str, text: str) -> dict[str, bytes]:
    """Every file of the project folder in the browser, once the file at ``path`` holds
    ``text`` and two walks a moment apart see the same files: the editor may still be
    finishing its writes (its temporary files come and go)."""
    previous = None
    for _ in range(40):
        try:
            files = page.evaluate(READ)
        except PlaywrightError:
            files = None
        if (
            files is not None
            and files == previous
            and text in base64.b64decode(files.get(path, "")).decode("utf-8", "replace")
        ):
            return {name: base64.b64decode(data) for name, data in files.items()}
        previous = files
        page.wait_for_timeout(300)
    raise AssertionError(f"{path} never settled with {text!r} in it")


def wait_until_saved(page, where: list[str], seconds: float = 30) -> None:
    """Wait until the file ``where[0]`` of the project folder holds the text ``where[1]``.
    (page.evaluate awaits the check's promise; wait_for_function would take the promise itself
    for a true answer.)"""
    for _ in range(int(seconds / 0.2)):
        if page.evaluate(SAVED, where):
            return
        page.wait_for_timeout(200)
    raise AssertionError(f"{where[0]} was never saved with {where[1]!r}")


def reveal(item, target, near: str = ""):
    """``target`` inside the list item ``item``, once drawn: the editor draws the fields of a
    long item only as they scroll into view (later on a busy machine). ``near``: the label of a
    field next to it, to scroll to; without it (or before it is drawn) the form scrolls down
    from the item's top a little at a time."""
    item.evaluate("element => element.scrollIntoView({block: 'start'})")
    for _ in range(60):
        if target.count():
            return target.first
        anchor = item.get_by_text(near, exact=True) if near else None
        if anchor is not None and anchor.count():
            anchor.first.scroll_into_view_if_needed()
        else:
            item.evaluate(SCROLL_DOWN)
        item.page.wait_for_timeout(200)
    raise AssertionError("the new item's fields were never drawn")


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def open_exhibition(page, editor_url: str) -> None:
    page.goto(f"{editor_url}{ADMIN}#/collections/exhibitions")
    page.wait_for_timeout(1500)
    page.get_by_text("Triển lãm thử").first.click()
    page.get_by_text("Tên triển lãm · Exhibition title").wait_for()
    page.wait_for_timeout(1000)  # the form settles (it draws its lists after the first paint)


def fill_textbox(scope, name, text: str) -> None:
    box = scope.get_by_role("textbox", name=name, exact=isinstance(name, str))
    box.fill(text)


def test_editor_writes_the_files_a_hand_editor_writes(
    browser, editor_url: str, kit_project: Path, tmp_path: Path
) -> None:
    project = tmp_path / "project"
    shutil.copytree(
        kit_project, project, symlinks=True, ignore=shutil.ignore_patterns("site", ".cache")
    )
    exhibition_file = project / "exhibitions" / EXHIBITION / "exhibition.yml"
    original = exhibition_file.read_text(encoding="utf-8")
    assert CREDIT in original  # a name written once for both languages
    exhibition_file.write_text(
        COMMENTS + original.replace(CREDIT, CREDIT[:-1] + "   # as the photographer signs\n"),
        encoding="utf-8",
    )
    before = content_files(project)
    Image.new("RGB", (640, 480), "#884422").save(tmp_path / PHOTO, "JPEG", quality=85)

    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.add_init_script(PICKER)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("response", lambda r: r.status >= 400 and errors.append(f"HTTP {r.status} {r.url}"))
    page.goto(editor_url + ADMIN)
    page.evaluate(FILL, before)
    page.get_by_role("button", name="Work with Local Repository").click()

    # A new page, both languages side by side.
    page.get_by_role("button", name="Create New Entry").click()
    boxes = page.locator('input[lang="vi"]')
    boxes.nth(1).wait_for()
    page.wait_for_timeout(500)  # the form binds its boxes just after drawing them
    page_texts = [
        (boxes.nth(0), "Ngày hội Đà Nẵng"),
        (boxes.nth(1), "Ngày hội văn hóa ASEAN tại Đà Nẵng: âm nhạc, ẩm thực."),
        (page.locator('input[lang="en"]').nth(0), "Da Nang ASEAN Day"),
        (
            page.locator('input[lang="en"]').nth(1),
            "An ASEAN culture day in Da Nang: music and food.",
        ),
        (
            page.locator("textarea:visible").nth(0),
            "# Ngày hội Đà Nẵng\n\nMột ngày hội văn hóa ASEAN.\n",
        ),
        (
            page.locator("textarea:visible").nth(1),
            "# Da Nang ASEAN Day\n\nA day of ASEAN culture.\n",
        ),
    ]
    for box, text in page_texts:
        box.fill(text)
    for box, text in page_texts:
        expect(box).to_have_value(text)
    page.get_by_role("button", name="Save").click()
    wait_until_saved(page, [f"docs/{NEW_PAGE}.en.md", "A day of ASEAN culture."])

    # A photo with its captions, added to the exhibition.
    page.wait_for_timeout(1500)
    open_exhibition(page, editor_url)
    page.get_by_role("button", name=re.compile("Add .?Các ảnh và video")).click()
    page.wait_for_function(MARK_NEW_ITEM, polling=200)
    item = page.locator("[data-new-item]")
    reveal(item, item.locator("input[type=file]")).set_input_files(tmp_path / PHOTO)
    reveal(
        item,
        item.get_by_role("textbox", name="English", exact=True).nth(1),
        "Mô tả ảnh cho người khiếm thị · Alt text for blind visitors",
    )
    fill_textbox(item, re.compile("^Id của một phần"), "2010-2019")
    vi = item.get_by_role("textbox", name="Tiếng Việt", exact=True)
    en = item.get_by_role("textbox", name="English", exact=True)
    vi.nth(0).fill("Lễ hội ASEAN ở Đà Nẵng")
    en.nth(0).fill("ASEAN festival in Da Nang")
    vi.nth(1).fill("Người dân xem biểu diễn trên quảng trường")
    en.nth(1).fill("People watching a show on the square")
    for _ in range(3):
        item.evaluate("element => element.scrollIntoView({block: 'end'})")
        page.wait_for_timeout(300)
    fill_textbox(item, re.compile("^Ngày tháng"), "2024-08-08")
    fill_textbox(item, re.compile("^Giấy phép"), "CC BY 4.0")
    page.get_by_role("button", name="Save").click()
    exhibition = f"exhibitions/{EXHIBITION}/exhibition.yml"
    wait_until_saved(page, [exhibition, PHOTO])
    added = read_project(page, exhibition, PHOTO)[exhibition].decode("utf-8")
    unchanged = base64.b64decode(before[exhibition]).decode("utf-8")
    # At the end of items:, where the editor adds it (an editor may drag it elsewhere); the rest
    # of the file (its comments, the credit written once, the flow maps) as it was.
    assert added == unchanged + (
        '  - file: "le-hoi-da-nang.jpg"\n'
        '    section: "2010-2019"\n'
        "    caption:\n"
        '      vi: "Lễ hội ASEAN ở Đà Nẵng"\n'
        '      en: "ASEAN festival in Da Nang"\n'
        "    alt:\n"
        '      vi: "Người dân xem biểu diễn trên quảng trường"\n'
        '      en: "People watching a show on the square"\n'
        '    date: "2024-08-08"\n'
        '    license: "CC BY 4.0"\n'
    ), added

    # One caption of an existing photo, edited: only its line changes.
    page.wait_for_timeout(1500)
    open_exhibition(page, editor_url)
    page.wait_for_function(FIND_BOX, arg="Photo three", polling=300)
    caption = page.locator("[data-edit-me]")
    caption.fill("Photo three, edited")
    expect(caption).to_have_value("Photo three, edited")
    page.get_by_role("button", name="Save").click()
    wait_until_saved(page, [exhibition, "Photo three, edited"])
    edited = read_project(page, exhibition, "Photo three, edited")
    assert changed_lines(added, edited[exhibition].decode("utf-8")) == [
        '-    caption: {vi: "Ảnh ba", en: "Photo three"}',
        '+    caption: {vi: "Ảnh ba", en: "Photo three, edited"}',
    ]

    # The site's name, in the brand block of mkdocs.yml: only its line changes; the anchors,
    # the !!python/name: tags and the rest of the file stay.
    page.wait_for_timeout(1500)
    page.goto(f"{editor_url}{ADMIN}#/collections/brand")
    page.get_by_text(BRAND_ENTRY).first.click()
    site_name = site_config(project)["extra"]["brand"]["site_name"]["vi"]
    page.wait_for_function(FIND_BOX, arg=site_name, polling=300)
    name_box = page.locator("[data-edit-me]")
    name_box.fill(NEW_SITE_NAME)
    expect(name_box).to_have_value(NEW_SITE_NAME)
    page.get_by_role("button", name="Save").click()
    wait_until_saved(page, ["mkdocs.yml", NEW_SITE_NAME])
    after = read_project(page, "mkdocs.yml", NEW_SITE_NAME)
    assert after[exhibition] == edited[exhibition]
    assert changed_lines(
        base64.b64decode(before["mkdocs.yml"]).decode("utf-8"), after["mkdocs.yml"].decode("utf-8")
    ) == [
        f'-      vi: &site_name_vi "{site_name}"',
        f'+      vi: &site_name_vi "{NEW_SITE_NAME}"',
    ]
    context.close()
    assert errors == []

    changed = sorted(
        path
        for path in after
        if not path.startswith(".git")
        and base64.b64encode(after[path]).decode() != before.get(path)
    )
    assert changed == [
        f"docs/{NEW_PAGE}.en.md",
        f"docs/{NEW_PAGE}.vi.md",
        f"exhibitions/{EXHIBITION}/exhibition.yml",
        f"exhibitions/{EXHIBITION}/{PHOTO}",
        "mkdocs.yml",
    ], sorted(path for path in after if path.startswith("docs/") and path.count("/") == 1)
    # The page: front matter and text as README.md ("Writing a page") shows.
    assert after[f"docs/{NEW_PAGE}.vi.md"].decode("utf-8") == (
        "---\n"
        'title: "Ngày hội Đà Nẵng"\n'
        'description: "Ngày hội văn hóa ASEAN tại Đà Nẵng: âm nhạc, ẩm thực."\n'
        "---\n\n# Ngày hội Đà Nẵng\n\nMột ngày hội văn hóa ASEAN.\n"
    )
    assert after[f"docs/{NEW_PAGE}.en.md"].decode("utf-8") == (
        "---\n"
        'title: "Da Nang ASEAN Day"\n'
        'description: "An ASEAN culture day in Da Nang: music and food."\n'
        "---\n\n# Da Nang ASEAN Day\n\nA day of ASEAN culture.\n"
    )
    # The photo: in the exhibition's own folder, unchanged; its entry at the end of items:
    # with the keys in the schema's order, every text in both languages, double-quoted.
    assert after[f"exhibitions/{EXHIBITION}/{PHOTO}"] == (tmp_path / PHOTO).read_bytes()
    written = after[exhibition].decode("utf-8")
    assert "&" not in written.replace("& chú thích", "").replace("& caption", "")  # no anchors
    old = yaml.safe_load(base64.b64decode(before[f"exhibitions/{EXHIBITION}/exhibition.yml"]))
    new = yaml.safe_load(written)
    assert len(new["items"]) == len(old["items"]) + 1
    for key in ("title", "subtitle", "intro", "layout", "cover", "sections"):
        assert new[key] == old[key], key
    for old_item, new_item in zip(old["items"], new["items"], strict=False):
        if old_item["caption"]["en"] == "Photo three":
            old_item["caption"]["en"] = "Photo three, edited"
        assert new_item["caption"] == old_item["caption"]
        assert new_item["alt"] == old_item["alt"]
        assert str(new_item.get("date", "")) == str(old_item.get("date", ""))

    # Back into the copy of the project: the translation check is clean and the site builds
    # with the new page and the new photo in both languages.
    for path in changed:
        (project / path).write_bytes(after[path])
    check = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "check_translations.py"),
            str(project),
            "--no-git",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    result = build_site(project)
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    assert parse(site / NEW_PAGE / "index.html").h1.get_text().startswith("Ngày hội Đà Nẵng")
    assert NEW_SITE_NAME in parse(site / "index.html").title.get_text()
    assert parse(site / "en" / NEW_PAGE / "index.html").h1.get_text().startswith("Da Nang")
    for prefix, caption in (("", "Lễ hội ASEAN ở Đà Nẵng"), ("en/", "ASEAN festival in Da Nang")):
        gallery = (site / prefix / "exhibitions" / EXHIBITION / "index.html").read_text("utf-8")
        assert caption in gallery
        assert (
            site / prefix / "exhibitions" / EXHIBITION / "le-hoi-da-nang" / "index.html"
        ).is_file()


def test_editor_is_no_page_of_the_site(kit_site: Path) -> None:
    """/admin/ is marked noindex and is in neither the sitemap nor the search index."""
    admin = (kit_site / "admin" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex, nofollow">' in admin
    assert "<script>" not in admin  # no inline script: the site's policy holds here too
    assert "/admin/" not in (kit_site / "sitemap.xml").read_text(encoding="utf-8")
    indexes = sorted((kit_site / "search").glob("index.*.js"))
    assert indexes
    for index in indexes:
        assert "admin/" not in index.read_text(encoding="utf-8")
