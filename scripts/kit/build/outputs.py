"""Files of the built site that are not pages: robots.txt and the 404 page of each language.

Plain Python: the MkDocs plugin decides when, these functions what.
"""

from __future__ import annotations

from pathlib import Path

from kit.build import siteconfig
from kit.core.languages import Languages

NOT_FOUND_TEMPLATE = "404.html"


def robots_txt(site_url: str) -> str:
    """Everything may be indexed; the sitemap says what there is."""
    sitemap = siteconfig.absolute_url(site_url, "sitemap.xml")
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"


def write_robots_txt(site_dir: Path, site_url: str) -> None:
    (site_dir / "robots.txt").write_text(robots_txt(site_url), encoding="utf-8")


def not_found_page(site_dir: Path, language: str, languages: Languages) -> Path | None:
    """Where the 404 page of ``language`` goes: None for the default language (MkDocs writes
    it at the site root), ``<site>/<code>/404.html`` for the others.

    mkdocs-static-i18n renders 404.html once per language into the same file, so the last
    language would win at the site root: each language gets its own, /404.html, /en/404.html.
    """
    if language == languages.default:
        return None
    return site_dir / languages.prefix(language) / NOT_FOUND_TEMPLATE


def write_not_found_page(target: Path, html_text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html_text, encoding="utf-8")
