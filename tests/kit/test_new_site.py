"""A province's own site: created from the kit, built, tested, and updated by later kits.

The one expensive step, running the new site's own test suite, runs once, and never inside a
suite that is itself such a nested run (NESTED_RUN), so that a site's copy of this file does
not create sites within sites.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from kit.sites import sitekit, siterepo

pytestmark = pytest.mark.build

PROJECT = Path(__file__).resolve().parents[2]
NEW_SITE = PROJECT / "scripts" / "new_site.py"
NESTED_RUN = "SITE_KIT_NESTED_RUN"
NAME_VI = "Lào Cai – ASEAN"
NAME_EN = "Lào Cai and ASEAN"
SITE_URL = "https://asean.laocai.example.vn/"
# Words of the national demo site that must not appear in a province's site.
NATIONAL = [
    "30 năm đồng hành",
    "30 Years Together",
    "Bản sắc ASEAN",
    "Quảng Ninh",
    "Ban biên tập chiến dịch",
    "Campaign Editorial Team",
    "30-nam-viet-nam-asean",
    "ban-sac-asean",
    "+84 24 0000 0000",
    "lienhe@example.org",
    "asean.example.org",
    "Ba trụ cột",
]
GIT_USER = {
    "GIT_AUTHOR_NAME": "Tester",
    "GIT_AUTHOR_EMAIL": "tester@example.org",
    "GIT_COMMITTER_NAME": "Tester",
    "GIT_COMMITTER_EMAIL": "tester@example.org",
}


def new_site(destination: Path, *options: str, kit: Path = PROJECT) -> subprocess.CompletedProcess:
    command = [sys.executable, str(kit / "scripts" / "new_site.py"), str(destination)]
    command += ["--name-vi", NAME_VI, "--name-en", NAME_EN, "--site-url", SITE_URL, *options]
    return subprocess.run(
        command, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL
    )


def build(site: Path) -> Path:
    """Build like `make site` (translation check + strict MkDocs) with this interpreter."""
    target = site / "site"
    result = subprocess.run(
        [sys.executable, "scripts/build_site.py", "--no-compress"],
        cwd=site,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return target


def git(folder: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(folder), *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **GIT_USER},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def html(site: Path, language: str, url: str = "") -> BeautifulSoup:
    prefix = "en/" if language == "en" else ""
    return BeautifulSoup((site / prefix / url / "index.html").read_text("utf-8"), "html.parser")


@pytest.fixture(scope="module")
def created(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site made with only the three required options."""
    destination = tmp_path_factory.mktemp("province") / "asean-laocai"
    result = new_site(destination)
    assert result.returncode == 0, result.stdout + result.stderr
    return destination


@pytest.fixture(scope="module")
def built(created: Path) -> Path:
    return build(created)


@pytest.fixture(scope="module")
def branded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site with its own logo, colours and contacts, built."""
    folder = tmp_path_factory.mktemp("branded")
    logo = folder / "my-logo.svg"
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" id="laocai-logo">'
        '<rect width="10" height="10" fill="#1d5c2e"/></svg>',
        encoding="utf-8",
    )
    destination = folder / "site-src"
    result = new_site(
        destination,
        "--no-git",
        "--logo", str(logo),
        "--primary-colour", "#1D5C2E",
        "--accent-colour", "#b5651d",
        "--agency-vi", "Sở Ngoại vụ tỉnh Lào Cai",
        "--agency-en", "Lào Cai Department of Foreign Affairs",
        "--phone", "+84 214 3840 000",
        "--email", "asean@laocai.example.vn",
        "--sections", "exhibitions,provinces",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return build(destination)


# ── creating ────────────────────────────────────────────────────────────────────────────


def test_help_names_the_options_and_exit_codes() -> None:
    result = subprocess.run(
        [sys.executable, str(NEW_SITE), "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    for words in ("--name-vi", "--site-url", "--logo", "--sections", "exit codes"):
        assert words in result.stdout


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--primary-colour", "#ffcc00"], "too light"),
        (["--primary-colour", "blue"], "#rrggbb"),
        (["--sections", "exhibition"], "did you mean 'exhibitions'"),
        (["--email", "not-an-address"], "--email"),
        (["--logo", "/nonexistent/logo.svg"], "no such file"),
    ],
)
def test_bad_options_are_refused_with_the_fix(
    tmp_path: Path, options: list[str], message: str
) -> None:
    result = new_site(tmp_path / "new", "--no-git", *options)
    assert result.returncode == 2
    assert message.lower() in result.stderr.lower()
    assert not (tmp_path / "new").exists()


def test_a_light_primary_colour_gets_a_darker_suggestion(tmp_path: Path) -> None:
    result = new_site(tmp_path / "new", "--primary-colour", "#ffcc00")
    suggested = re.search(r"for example (#[0-9a-f]{6})", result.stderr)
    assert suggested
    assert sitekit.contrast_on_white(suggested[1]) >= sitekit.MIN_CONTRAST


def test_empty_or_unsafe_names_are_refused(tmp_path: Path) -> None:
    command = [sys.executable, str(NEW_SITE), str(tmp_path / "new"), "--site-url", SITE_URL]
    for name_vi in ("  ", "Lào Cai <script>"):
        result = subprocess.run(
            [*command, "--name-vi", name_vi, "--name-en", NAME_EN],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 2
        assert "--name-vi" in result.stderr


def test_an_existing_folder_is_never_overwritten(tmp_path: Path) -> None:
    destination = tmp_path / "taken"
    destination.mkdir()
    (destination / "notes.txt").write_text("mine", encoding="utf-8")
    result = new_site(destination, "--no-git")
    assert result.returncode == 1
    assert "not empty" in result.stderr
    assert [p.name for p in destination.iterdir()] == ["notes.txt"]


def test_rendering_is_deterministic() -> None:
    answers = sitekit.check_answers(sitekit.Answers(NAME_VI, NAME_EN, SITE_URL))
    version = sitekit.KitVersion("kit", "abc", "1")
    first = sitekit.render(PROJECT, answers, version)
    second = sitekit.render(PROJECT, answers, version)
    assert first.files == second.files


def test_the_site_has_the_kit_tools_and_only_a_sample_of_content(created: Path) -> None:
    for kit_file in ("Makefile", ".ci/run", "scripts/build_site.py", "scripts/update_site.py",
                     "tests/conftest.py", "tests/kit/test_new_site.py", "pyproject.toml",
                     "overrides/main.html", "exhibitions/_template/exhibition.yml"):  # fmt: skip
        assert (created / kit_file).is_file(), kit_file
    assert os.access(created / ".ci" / "run", os.X_OK)
    exhibitions = sorted(p.name for p in (created / "exhibitions").iterdir() if p.is_dir())
    assert exhibitions == ["_template", sitekit.SAMPLE_EXHIBITION]
    infographics = sorted(p.name for p in (created / "docs" / "_data" / "infographics").iterdir())
    assert infographics == ["_template.yml"]
    assert [p.name for p in (created / "docs" / "provinces").iterdir() if p.is_dir()] == []
    assert not (created / "docs" / "pillars").exists()
    assert sorted(p.name for p in (created / "tests" / "content").iterdir()) == ["test_content.py"]
    for cache in (".venv", "site", "node_modules", ".cache"):
        assert not (created / cache).exists()


def test_the_site_is_a_git_repository_ready_for_updates(created: Path) -> None:
    assert git(created, "status", "--porcelain") == ""
    assert git(created, "rev-parse", "--abbrev-ref", "HEAD") == "main"
    assert git(created, "rev-parse", "kit") == git(created, "rev-parse", "main")
    record = yaml.safe_load((created / sitekit.RECORD_FILE).read_text("utf-8"))
    assert record["answers"]["name_vi"] == NAME_VI
    assert record["kit"]["source"]


def test_mkdocs_yml_keeps_its_comments_anchors_and_tags(created: Path) -> None:
    text = (created / "mkdocs.yml").read_text("utf-8")
    assert f'vi: &site_name_vi "{NAME_VI}"' in text
    assert "site_name: *site_name_vi" in text
    assert "!!python/name:material.extensions.emoji.twemoji" in text
    assert "# VISUAL IDENTITY" in text


# ── building ────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(("language", "name"), [("vi", NAME_VI), ("en", NAME_EN)])
def test_site_name_is_everywhere(built: Path, language: str, name: str) -> None:
    for url in ("", "about", f"exhibitions/{sitekit.SAMPLE_EXHIBITION}"):
        page = html(built, language, url)
        assert page.html["lang"] == language
        assert name in page.title.get_text()
        assert name in page.select_one(".md-header").get_text()
        assert name in page.select_one(".campaign-footer").get_text()  # agency = site name
        assert page.select_one('meta[property="og:site_name"]')["content"] == name
        canonical = page.select_one('link[rel="canonical"]')["href"]
        assert canonical.startswith(SITE_URL)


def test_home_page_links_to_the_chosen_sections(built: Path) -> None:
    for language in ("vi", "en"):
        links = {a["href"] for a in html(built, language).select(".md-content a[href]")}
        for section in ("exhibitions/", "infographics/", "provinces/"):
            assert section in links


def test_no_national_content_in_the_built_site(built: Path) -> None:
    found = []
    for page in built.rglob("*"):
        if page.suffix in (".html", ".xml", ".txt", ".json"):
            text = page.read_text("utf-8")
            found += [f"{page.relative_to(built)}: {w}" for w in NATIONAL if w in text]
    assert found == []
    assert not (built / "pillars").exists()


def test_own_logo_colours_and_contacts(branded: Path) -> None:
    assert "laocai-logo" in (branded / "assets" / "brand" / "logo.svg").read_text("utf-8")
    for language in ("vi", "en"):
        page = html(branded, language, "about")
        assert page.select_one(".md-header img")["src"].endswith("assets/brand/logo.svg")
        style = " ".join(s.get_text() for s in page.select("style"))
        assert "--brand-primary:#1d5c2e" in style
        assert "--brand-accent:#b5651d" in style
        footer = page.select_one(".campaign-footer")
        agency = "Sở Ngoại vụ" if language == "vi" else "Department of Foreign Affairs"
        assert agency in footer.get_text()
        assert footer.select_one('a[href="tel:+842143840000"]')
    assert not (branded / "infographics").exists()  # not among the chosen sections


def test_the_site_passes_its_own_tests(created: Path) -> None:
    if os.environ.get(NESTED_RUN):
        pytest.skip("already inside a site's own test run")
    # The site's own `make test` would install the same Python and npm packages (its lock
    # files are the kit's); this interpreter and the kit's node_modules stand in for them.
    for lock in ("requirements.txt", "requirements-test.txt", "package-lock.json"):
        assert (created / lock).read_bytes() == (PROJECT / lock).read_bytes(), lock
    if (PROJECT / "node_modules").is_dir() and not (created / "node_modules").exists():
        (created / "node_modules").symlink_to(PROJECT / "node_modules", target_is_directory=True)
    env = {**os.environ, NESTED_RUN: "1", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"],
        cwd=created,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


# ── updating ────────────────────────────────────────────────────────────────────────────


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """A git copy of the kit as it is on disk now (uncommitted work included)."""
    folder = tmp_path / "kit"
    for name in [*sitekit.kit_files(PROJECT), "mkdocs.yml"]:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT / name, target)
    git(folder, "init", "--quiet")
    git(folder, "add", "-A")
    git(folder, "commit", "--quiet", "-m", "kit")
    return folder


@pytest.fixture
def province(kit: Path, tmp_path: Path) -> Path:
    site = tmp_path / "province"
    result = new_site(site, kit=kit)
    assert result.returncode == 0, result.stderr
    return site


def update(
    site: Path, kit: Path | None, *options: str, language: str = "en"
) -> subprocess.CompletedProcess:
    """scripts/update_site.py in ``site``; without ``kit``, from where site-kit.yml says."""
    kit_option = ["--kit", str(kit)] if kit else []
    return subprocess.run(
        [sys.executable, "scripts/update_site.py", *kit_option, *options],
        cwd=site,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **GIT_USER, "KIT_LANGUAGE": language},
    )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def commit(folder: Path, message: str) -> None:
    git(folder, "add", "-A")
    git(folder, "commit", "--quiet", "-m", message)


FOOTER = "overrides/partials/copyright.html"


def improve_footer(kit: Path) -> None:
    """A change of the kit's footer template, not yet committed."""
    edit(kit / FOOTER, 'campaign-footer">', 'campaign-footer" data-v="2">')


def footer_conflict(kit: Path, province: Path) -> str:
    """The province and the kit both change the same line of the footer; its path."""
    edit(province / FOOTER, 'campaign-footer">', 'campaign-footer" data-province="1">')
    commit(province, "Our footer")
    edit(kit / FOOTER, 'campaign-footer">', 'campaign-footer" data-kit="2">')
    commit(kit, "Kit footer")
    return FOOTER


def test_update_brings_kit_changes_and_keeps_the_content(kit: Path, province: Path) -> None:
    # The province writes its content and changes its phone number.
    index_vi = province / "docs" / "index.vi.md"
    index_vi.write_text(index_vi.read_text("utf-8") + "\nLào Cai chào đón bạn bè ASEAN.\n", "utf-8")
    sample = province / "exhibitions" / sitekit.SAMPLE_EXHIBITION
    shutil.copy2(sample / "anh-mau-1.jpg", sample / "sa-pa.jpg")
    (sample / "exhibition.yml").write_text(
        (sample / "exhibition.yml").read_text("utf-8")
        + "\n  - file: sa-pa.jpg\n    section: mau\n"
        + '    caption: {vi: "Sa Pa", en: "Sa Pa"}\n'
        + '    alt: {vi: "Ruộng bậc thang Sa Pa", en: "Sa Pa rice terraces"}\n',
        encoding="utf-8",
    )
    edit(province / "mkdocs.yml", 'phone: ""', 'phone: "+84 214 1111 222"')
    commit(province, "Our content")
    # The kit improves a template and the starter pages.
    edit(
        kit / "overrides/partials/copyright.html",
        'campaign-footer">',
        'campaign-footer" data-v="2">',
    )
    edit(
        kit / "scripts/templates/starter/about.en.md",
        "## Who we are",
        "## Who we are and how to reach us",
    )
    commit(kit, "Kit improvements")

    result = update(province, kit)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "make test" in result.stdout
    assert 'data-v="2"' in (province / FOOTER).read_text("utf-8")
    assert "how to reach us" in (province / "docs/about.en.md").read_text("utf-8")
    assert "Lào Cai chào đón bạn bè ASEAN." in index_vi.read_text("utf-8")
    assert "sa-pa.jpg" in (sample / "exhibition.yml").read_text("utf-8")
    assert (sample / "sa-pa.jpg").is_file()
    assert 'phone: "+84 214 1111 222"' in (province / "mkdocs.yml").read_text("utf-8")
    parents = git(province, "log", "-1", "--format=%P").split()
    assert len(parents) == 2  # a merge commit
    record = yaml.safe_load((province / sitekit.RECORD_FILE).read_text("utf-8"))
    assert record["kit"]["commit"] == git(kit, "rev-parse", "HEAD")
    assert git(province, "status", "--porcelain") == ""
    build(province)  # still builds, strictly

    again = update(province, kit, language="vi")
    assert again.returncode == 0
    assert "Không có gì mới" in again.stdout and "up to date" not in again.stdout


# ── sites made before the campaign plugin ──────────────────────────────────────────────

PLUGIN_LINES = (
    "  # The kit itself (scripts/kit/plugin): exhibitions, provinces, infographics, share "
    "pictures,\n"
    "  # search, language links. Last, so that it sees what i18n and glightbox did.\n"
    "  - campaign\n"
)


def with_old_hooks(text: str) -> str:
    """mkdocs.yml as kits before the campaign plugin wrote it."""
    assert PLUGIN_LINES in text
    text = text.replace(PLUGIN_LINES, "")
    return text.replace("\nplugins:\n", "\nhooks:\n  - scripts/mkdocs_hooks.py\n\nplugins:\n", 1)


def test_an_old_mkdocs_yml_moves_to_the_plugin_and_keeps_its_lines() -> None:
    current = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    old = with_old_hooks(current)
    assert sitekit.migrate_config(old) == current.replace(PLUGIN_LINES, "  - campaign\n")
    assert sitekit.migrate_config(current) == current  # already moved: unchanged
    # Other hooks a province added stay.
    own = old.replace("  - scripts/mkdocs_hooks.py\n", "  - scripts/mkdocs_hooks.py\n  - own.py\n")
    moved = sitekit.migrate_config(own)
    assert "hooks:\n  - own.py\n" in moved
    assert "mkdocs_hooks" not in moved


def test_update_moves_an_old_mkdocs_yml_to_the_plugin(kit: Path, province: Path) -> None:
    # A province that kept its old lines when it resolved an update by hand.
    config = province / "mkdocs.yml"
    config.write_text(with_old_hooks(config.read_text("utf-8")), encoding="utf-8")
    commit(province, "Our mkdocs.yml")
    result = build_site_in(province)
    assert result.returncode == 1
    assert "- campaign" in result.stderr and "make update-kit" in result.stderr

    result = update(province, kit)

    assert result.returncode == 0, result.stdout + result.stderr
    text = config.read_text("utf-8")
    assert "mkdocs_hooks" not in text and "\n  - campaign\n" in text
    assert git(province, "status", "--porcelain") == ""
    assert "campaign plugin" in git(province, "log", "-1", "--format=%s")


def build_site_in(site: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "scripts/build_site.py", "--no-compress"],
        cwd=site,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "KIT_LANGUAGE": "en"},
    )


def test_a_deleted_sample_stays_deleted(kit: Path, province: Path) -> None:
    shutil.rmtree(province / "exhibitions" / sitekit.SAMPLE_EXHIBITION)
    commit(province, "No sample")
    edit(
        kit / "overrides/partials/copyright.html",
        'campaign-footer">',
        'campaign-footer" data-v="2">',
    )
    commit(kit, "Kit improvement")
    result = update(province, kit)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (province / "exhibitions" / sitekit.SAMPLE_EXHIBITION).exists()


def test_conflicts_are_listed_and_the_merge_waits(kit: Path, province: Path) -> None:
    copyright_html = footer_conflict(kit, province)

    result = update(province, kit)

    assert result.returncode == 1
    assert copyright_html in result.stderr
    assert "<<<<<<<" in result.stderr and "git merge --abort" in result.stderr
    assert "CONFLICTS" in result.stderr and "XUNG ĐỘT" not in result.stderr  # one language
    assert (province / ".git" / "MERGE_HEAD").is_file()
    assert "<<<<<<<" in (province / copyright_html).read_text("utf-8")
    # `make site` meanwhile stops, naming the file, instead of publishing the markers.
    site = subprocess.run(
        [sys.executable, "scripts/build_site.py", "--no-compress"],
        cwd=province,
        capture_output=True,
        text=True,
        check=False,
    )
    assert site.returncode == 1
    assert f"{copyright_html}:" in site.stderr and "git merge --abort" in site.stderr
    assert not (province / "site").exists()


def test_update_refuses_uncommitted_changes(kit: Path, province: Path) -> None:
    before = git(province, "rev-parse", "kit")
    (province / "docs" / "index.vi.md").write_text("chưa commit\n", encoding="utf-8")
    result = update(province, kit)
    assert result.returncode == 2
    assert "commit" in result.stderr and "docs/index.vi.md" in result.stderr
    assert git(province, "rev-parse", "kit") == before
    assert (province / "docs" / "index.vi.md").read_text("utf-8") == "chưa commit\n"


def kit_record(site: Path) -> dict:
    return yaml.safe_load((site / sitekit.RECORD_FILE).read_text("utf-8"))["kit"]


def test_update_refuses_an_older_kit(kit: Path, province: Path) -> None:
    first = git(kit, "rev-parse", "HEAD")
    improve_footer(kit)
    commit(kit, "Kit improvement")
    assert update(province, kit).returncode == 0
    newer = git(province, "rev-parse", "kit")
    git(kit, "checkout", "--quiet", first)  # an old copy of the kit

    for options, language, older in (((), "en", "OLDER"), (("--force",), "vi", "CŨ HƠN")):
        result = update(province, kit, *options, language=language)
        assert result.returncode == 2, result.stdout + result.stderr
        assert older in result.stderr and ("OLDER" in result.stderr) == (language == "en")
        assert "git pull" in result.stderr and "Traceback" not in result.stderr
    assert git(province, "rev-parse", "kit") == newer
    assert 'data-v="2"' in (province / FOOTER).read_text("utf-8")
    assert git(province, "status", "--porcelain") == ""


def test_a_kit_without_history_needs_force(kit: Path, province: Path, tmp_path: Path) -> None:
    plain = tmp_path / "kit-copy"  # e.g. unpacked from a zip file: no git history
    shutil.copytree(kit, plain, ignore=shutil.ignore_patterns(".git"))
    improve_footer(plain)
    before = git(province, "rev-parse", "kit")

    refused = update(province, plain)

    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "--force" in refused.stderr and "newer or older" in refused.stderr
    assert git(province, "rev-parse", "kit") == before
    forced = update(province, plain, "--force")
    assert forced.returncode == 0, forced.stdout + forced.stderr
    assert 'data-v="2"' in (province / FOOTER).read_text("utf-8")


def test_the_site_records_the_kit_folder_it_came_from(kit: Path, tmp_path: Path) -> None:
    """Not the kit folder's own remote: a later `make update-kit` must find this kit."""
    address = "https://git.example.gov.vn/asean/kit.git"  # never reachable from a test
    git(kit, "remote", "add", "origin", address)
    site = tmp_path / "from-a-clone"
    assert new_site(site, kit=kit).returncode == 0
    assert kit_record(site)["source"] == str(kit.resolve())
    assert kit_record(site)["origin"] == address
    improve_footer(kit)
    commit(kit, "Kit improvement")

    result = update(site, None)  # make update-kit, without KIT=

    assert result.returncode == 0, result.stdout + result.stderr
    assert 'data-v="2"' in (site / FOOTER).read_text("utf-8")
    assert kit_record(site)["source"] == str(kit.resolve())
    assert kit_record(site)["commit"] == git(kit, "rev-parse", "HEAD")


def test_update_from_a_git_address(kit: Path, province: Path) -> None:
    """A downloaded kit keeps its history, so that it can be compared with the site's."""
    improve_footer(kit)
    commit(kit, "Kit improvement")
    address = kit.resolve().as_uri()

    result = update(province, None, "--kit", address)

    assert result.returncode == 0, result.stdout + result.stderr
    assert 'data-v="2"' in (province / FOOTER).read_text("utf-8")
    assert kit_record(province)["source"] == address
    assert kit_record(province)["commit"] == git(kit, "rev-parse", "HEAD")


def test_an_update_given_up_can_be_run_again(kit: Path, province: Path) -> None:
    """After `git merge --abort` the kit branch is ahead of the site: not "up to date"."""
    copyright_html = footer_conflict(kit, province)
    assert update(province, kit).returncode == 1
    git(province, "merge", "--abort")

    again = update(province, kit)

    assert again.returncode == 1, again.stdout + again.stderr
    assert "up to date" not in again.stdout
    assert copyright_html in again.stderr
    assert (province / ".git" / "MERGE_HEAD").is_file()


def test_kit_commits_are_compared_by_history(tmp_path: Path) -> None:
    repo = tmp_path / "kit"
    repo.mkdir()
    git(repo, "init", "--quiet")
    commits = []
    for text in ("one", "two"):
        (repo / "file.txt").write_text(text, encoding="utf-8")
        commit(repo, text)
        commits.append(git(repo, "rev-parse", "HEAD"))
    git(repo, "checkout", "--quiet", "--orphan", "other")
    commit(repo, "a separate history")
    separate = git(repo, "rev-parse", "HEAD")
    old, new = commits

    assert siterepo.compare_commits(repo, old, new) == "newer"
    assert siterepo.compare_commits(repo, new, old) == "older"
    assert siterepo.compare_commits(repo, new, new) == "same"
    assert siterepo.compare_commits(repo, new, separate) == "unrelated"
    assert siterepo.compare_commits(repo, "0" * 40, new) == "missing"
    assert siterepo.compare_commits(repo, "", new) == "unknown"
    assert siterepo.compare_commits(repo, old, "") == "unknown"
