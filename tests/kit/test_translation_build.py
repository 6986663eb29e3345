"""The build never hides a translation gap: `make site` stops, a preview marks the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_site, make_kit_project, parse, run_mkdocs, write

pytestmark = pytest.mark.build

PAGE = "---\ntitle: Liên hệ\ndescription: Thông tin liên hệ của ban biên tập.\n---\n\n# Liên hệ\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = make_kit_project(tmp_path / "project")
    write(project / "docs" / "contact.vi.md", PAGE)
    return project


def test_make_site_stops_on_a_missing_translation(project: Path) -> None:
    result = build_site(project)
    assert result.returncode == 1
    assert "docs/contact.en.md" in result.stderr
    assert "The site was not built" in result.stderr
    assert not (project / "site").exists()


def test_preview_marks_the_untranslated_page_and_hides_it_from_search_engines(
    project: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    result = run_mkdocs(project, site, strict=False)
    assert result.returncode == 0, result.stderr
    english = parse(site / "en" / "contact" / "index.html")
    assert english.html["lang"] == "en"
    assert "This page is not yet translated" in english.select_one(".campaign-untranslated").text
    assert english.select_one('meta[name="robots"]')["content"] == "noindex"
    assert english.select("link[hreflang]") == []
    vietnamese = parse(site / "contact" / "index.html")
    assert vietnamese.select_one(".campaign-untranslated") is None
    hreflangs = {link["hreflang"] for link in vietnamese.select("link[hreflang]")}
    assert hreflangs == {"vi", "x-default"}
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://asean.example.org/contact/" in sitemap
    assert "https://asean.example.org/en/contact/" not in sitemap


def test_status_page_for_editors_lists_the_gap(project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert run_mkdocs(project, site, strict=False).returncode == 0
    for lang, prefix in (("vi", ""), ("en", "en/")):
        status = parse(site / prefix / "translation-status" / "index.html")
        assert status.html["lang"] == lang
        assert status.select_one('meta[name="robots"]')["content"] == "noindex"
        assert "contact.en.md" in status.select_one("article").get_text()
    nav = parse(site / "index.html").select_one("nav.md-nav--primary").get_text()
    assert "translation" not in nav.lower()
    assert "translation-status" not in (site / "sitemap.xml").read_text(encoding="utf-8")


# ── one check per `make site` ──────────────────────────────────────────────────────────


def test_make_site_hands_its_translation_check_to_the_build(tmp_path: Path) -> None:
    import build_site as build_script
    from kit.translations import check as translations

    project = make_kit_project(tmp_path / "project")
    env: dict[str, str] = {}
    assert build_script.translation_status(project, env) == "complete"
    status = project / "docs" / translations.STATUS_FOLDER
    assert (status / "index.vi.md").is_file()
    assert (status / "index.en.md").is_file()
    fingerprint = translations.sources_fingerprint(project, ("vi", "en"))
    assert env[translations.CHECKED_ENVIRONMENT] == fingerprint


def test_the_build_checks_translations_again_only_when_the_sources_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kit.plugin import plugin as campaign_plugin
    from kit.translations import check as translations

    project = make_kit_project(tmp_path / "project")
    docs, codes = project / "docs", ("vi", "en")
    monkeypatch.setenv(
        translations.CHECKED_ENVIRONMENT, translations.sources_fingerprint(project, codes)
    )
    calls: list[Path] = []
    real_check = translations.check_project

    def counted(project: Path, **options: object) -> translations.TranslationReport:
        calls.append(project)
        return real_check(project, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(translations, "check_project", counted)
    campaign_plugin._check_translations(project, docs, codes)
    assert calls == []  # `make site` checked exactly these sources
    write(docs / "contact.vi.md", PAGE)  # edited after `make site` checked
    campaign_plugin._check_translations(project, docs, codes)
    assert calls == [project]
    status = (docs / translations.STATUS_FOLDER / "index.en.md").read_text(encoding="utf-8")
    assert "contact.en.md" in status
