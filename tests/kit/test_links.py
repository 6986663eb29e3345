"""The link checker (scripts/check_links.py): tiny fixture sites, then the real builds
(domain root, sub-path, kiosk bundle), which must have no broken link or image."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import check_links
import pytest
from conftest import SCRIPTS, make_project, run_mkdocs, write
from kit.quality.links import check_site, split_srcset

pytestmark = pytest.mark.build

SITE_URL = "https://asean.example.org/"
SUB_PATH_URL = "https://portal.example.gov.vn/asean/"


def tiny_site(root: Path, home_links: str = "", about_links: str = "") -> Path:
    """A two-page site with one of every kind of address, all working."""
    write(root / "assets" / "site.css", "@font-face{src:url(../fonts/f.woff2)}")
    write(root / "fonts" / "f.woff2", "font")
    write(root / "media" / "a-480.webp", "img")
    write(root / "media" / "a-960.webp", "img")
    write(root / "media" / "poster.jpg", "img")
    write(root / "share" / "home.jpg", "img")
    write(root / "app.js", "")
    write(
        root / "index.html",
        f"""<!doctype html><html><head>
<link rel="canonical" href="{SITE_URL}">
<link rel="stylesheet" href="assets/site.css">
<meta property="og:image" content="{SITE_URL}share/home.jpg">
<script src="app.js"></script></head><body>
<h2 id="top">Top</h2>
<a href="about/">About</a> <a href="about/#team">Team</a> <a href="#top">Up</a>
<a href="https://example.com/missing/">elsewhere</a> <a href="mailto:a@b.vn">mail</a>
<img src="media/a-480.webp" srcset="media/a-480.webp 480w, media/a-960.webp 960w" alt="">
<video poster="media/poster.jpg" preload="none"></video>
{home_links}
</body></html>""",
    )
    write(
        root / "about" / "index.html",
        f"""<!doctype html><html><body><h2 id="team">Team</h2>
<a href="../">Home</a> <a href="/">Home</a> <a href="../index.html#top">Top</a>
<picture><source srcset="../media/a-960.webp 960w"><img src="../media/a-480.webp" alt=""></picture>
{about_links}
</body></html>""",
    )
    return root


def test_a_site_with_working_links_passes(tmp_path: Path) -> None:
    report = check_site(tiny_site(tmp_path))
    assert report.broken == []
    assert report.pages == 2
    assert report.checked >= 15
    assert report.external == 1


@pytest.mark.parametrize(
    ("about_links", "source", "problem"),
    [
        ('<a href="../missing/">x</a>', "<a href>", "no file missing/index.html"),
        ('<img src="../media/gone.webp" alt="">', "<img src>", "no file media/gone.webp"),
        (
            '<img src="../media/a-480.webp" srcset="../media/a-480.webp 1x, ../media/b.webp 2x">',
            "<img srcset>",
            "no file media/b.webp",
        ),
        ('<video poster="../poster.jpg"></video>', "<video poster>", "no file poster.jpg"),
        ('<script src="../gone.js"></script>', "<script src>", "no file gone.js"),
        ('<link rel="stylesheet" href="../x.css">', "<link href>", "no file x.css"),
        ('<a href="#nowhere">x</a>', "<a href>", 'no element with id="nowhere"'),
        ('<a href="../#team">x</a>', "<a href>", 'no element with id="team" in index.html'),
        ('<a href="../../up.html">x</a>', "<a href>", "goes above the top folder"),
        (
            f'<meta property="og:image" content="{SITE_URL}share/gone.jpg">',
            '<meta "og:image">',
            "no file share/gone.jpg",
        ),
    ],
)
def test_each_kind_of_broken_address_is_reported(
    tmp_path: Path, about_links: str, source: str, problem: str
) -> None:
    report = check_site(tiny_site(tmp_path, about_links=about_links))
    assert len(report.broken) == 1, report.broken
    broken = report.broken[0]
    assert broken.page == "about/index.html"
    assert broken.line == 4
    assert broken.source == source
    assert problem in broken.problem


def test_broken_font_in_a_style_sheet_is_reported(tmp_path: Path) -> None:
    tiny_site(tmp_path)
    (tmp_path / "fonts" / "f.woff2").unlink()
    [broken] = check_site(tmp_path).broken
    assert str(broken) == (
        "assets/site.css:1: url() in style sheet '../fonts/f.woff2': no file fonts/f.woff2"
    )


def test_sub_path_site_needs_links_inside_the_sub_path(tmp_path: Path) -> None:
    tiny_site(tmp_path, home_links='<a href="/asean/about/">ok</a> <a href="/about/">wrong</a>')
    html = (tmp_path / "about" / "index.html").read_text(encoding="utf-8")
    (tmp_path / "about" / "index.html").write_text(html.replace('href="/"', 'href="/asean/"'))
    index = tmp_path / "index.html"
    index.write_text(index.read_text(encoding="utf-8").replace(SITE_URL, SUB_PATH_URL))
    # The address is read from the home page's canonical link.
    [broken] = check_site(tmp_path).broken
    assert broken.url == "/about/"
    assert "outside the site's address /asean/" in broken.problem


def test_offline_bundle_needs_links_to_files(tmp_path: Path) -> None:
    tiny_site(tmp_path)
    problems = {(b.page, b.url): b.problem for b in check_site(tmp_path, offline=True).broken}
    assert "must end in index.html" in problems[("index.html", "about/")]
    assert "must end in index.html" in problems[("about/index.html", "../")]
    assert "does not work when opened from the disk" in problems[("about/index.html", "/")]
    # A full address of the site means the live website: not a file of the bundle.
    assert ("index.html", f"{SITE_URL}share/home.jpg") not in problems
    assert ("about/index.html", "../index.html#top") not in problems


def test_srcset_candidates() -> None:
    assert split_srcset("a.webp 480w, b.webp 960w,c.webp") == ["a.webp", "b.webp", "c.webp"]


def test_command_names_the_page_and_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert check_links.main([str(tiny_site(tmp_path / "good"))]) == 0
    assert "none broken" in capsys.readouterr().out
    site = tiny_site(tmp_path / "bad", about_links='<img src="../media/gone.webp" alt="">')
    assert check_links.main([str(site)]) == 1
    captured = capsys.readouterr()
    assert "about/index.html:4: <img src> '../media/gone.webp': no file media/gone.webp" in (
        captured.out
    )
    assert "1 broken" in captured.err
    assert check_links.main([str(tmp_path / "nothing")]) == 2
    assert "make site" in capsys.readouterr().err


# The real builds. --------------------------------------------------------------------------


def assert_no_broken_links(site: Path, offline: bool = False) -> None:
    report = check_site(site, offline=offline)
    assert report.pages >= 4 and report.checked > 50
    assert report.broken == [], "\n".join(str(broken) for broken in report.broken[:50])


def test_root_build_has_no_broken_links(demo_site: Path) -> None:
    assert_no_broken_links(demo_site)


def test_sub_path_build_has_no_broken_links(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text, found = re.subn(
        r"(?m)^site_url:.*$", f"site_url: {SUB_PATH_URL}", config.read_text(encoding="utf-8")
    )
    assert found == 1
    config.write_text(text, encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert_no_broken_links(tmp_path / "site")


def test_kiosk_bundle_has_no_broken_links(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    bundle = tmp_path / "kiosk.zip"
    command = [sys.executable, str(SCRIPTS / "build_kiosk.py"), "--config"]
    command += [str(project / "mkdocs.yml"), "--output", str(bundle)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(tmp_path / "unpacked")
    kiosk = tmp_path / "unpacked" / "kiosk"
    assert not (kiosk / "404.html").exists() and not list(kiosk.glob("*/404.html"))
    assert_no_broken_links(kiosk, offline=True)


def test_the_demo_is_built_without_the_web_editor(demo_site: Path) -> None:
    # The editor is off in the demo's mkdocs.yml, so `make site` needs nothing from npm; the
    # fixture site switches it on (tests/kit/test_browser_editor.py).
    assert not (demo_site / "admin").exists()
