"""What every page's templates get under ``campaign``: the language switcher, hreflang and
canonical addresses, Open Graph locale, plain title and description, share picture, the
content type's view and its structured data.

Plain Python: the MkDocs plugin hands over what it knows of the page as plain values
(``PageFacts``), so this is tested without building a site.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit.build import siteconfig
from kit.build.content_types import PageViews
from kit.core.languages import Languages
from kit.media import share_cards
from kit.quality import placeholders

SHARE_CACHE = Path(".cache") / "share"  # next to mkdocs.yml: the drawn share cards
SHARE_FOLDER = "share"  # inside the built site


@dataclass(frozen=True)
class SiteFacts:
    """What every page shows of the site: its address, name and brand (extra.brand)."""

    site_url: str
    site_name: str
    brand: Mapping[str, Any]


@dataclass(frozen=True)
class PageFacts:
    """One page as MkDocs and mkdocs-static-i18n see it, in plain values."""

    url: str  # "en/about/", "" for the home page
    meta: Mapping[str, Any]  # front matter (already escaped once: kit/quality/safe_content.py)
    title: str | None  # the page's own title (front matter or first heading)
    is_homepage: bool
    language: str  # the language build the page belongs to
    file_language: str  # the language of the file it was made from (differs on a fallback)
    # Language code -> (URL, language of the file): the page in each language.
    alternates: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def translated(self) -> bool:
        """False for a page served from the other language's file (translation missing):
        it is never indexed and never announced as a translation."""
        return self.file_language == self.language


def relative_url(url: str, other: str) -> str:
    """``url`` relative to the page at ``other`` (MkDocs' own rule, mkdocs.utils)."""
    directory, _, name = other.rpartition("/")
    if "." in name:
        other = directory
    other_parts = _parts(other)
    target_parts = _parts(url)
    common = 0
    for mine, theirs in zip(other_parts, target_parts, strict=False):
        if mine != theirs:
            break
        common += 1
    parts = [".."] * (len(other_parts) - common) + target_parts[common:]
    relative = "/".join(parts) or "."
    return relative + "/" if url.endswith("/") else relative


def _parts(path: str) -> list[str]:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return parts


def translation_urls(page: PageFacts, languages: Languages) -> dict[str, str]:
    """The page's URL in each language that has its own file (fallbacks left out)."""
    return {
        code: url
        for code, (url, file_language) in page.alternates.items()
        if code in languages and file_language == code
    }


def switcher(page: PageFacts, languages: Languages, urls: Mapping[str, str]) -> list[dict]:
    """One link per language: to this page in it, or to its home page when not translated."""
    return [
        {
            "lang": code,
            "name": languages.get(code).name,
            "href": relative_url(urls.get(code, languages.prefix(code)) or ".", page.url or "."),
        }
        for code in languages.codes
    ]


def plain_title(page: PageFacts, site: SiteFacts) -> str:
    """The page title as plain text (the front matter's was escaped once for the templates)."""
    if page.is_homepage:
        return site.site_name
    return html.unescape(str(page.meta.get("title") or page.title or site.site_name))


def plain_description(page: PageFacts, site: SiteFacts) -> str:
    text = page.meta.get("description") or site.brand["description"][page.language]
    return html.unescape(str(text))


def share_image(
    title: str, site: SiteFacts, view: Mapping[str, Any] | None
) -> tuple[str, share_cards.Card | None]:
    """(site-root path of the picture shown when the page is shared, the card to draw for it
    or None): the page's own photo if it has one, else a card with its title. The card is
    drawn later, with the build's other cards (share_cards.draw_cards)."""
    item = (view or {}).get("item") or {}
    if item.get("image"):
        return item["image"]["share_path"], None
    card = share_cards.Card.of(title, site.site_name, site.brand["colors"])
    return f"{SHARE_FOLDER}/{card.name}", card


def brand_contacts(site: SiteFacts) -> dict[str, Any]:
    return {key: site.brand.get(key) for key in placeholders.CONTACT_KEYS}


def campaign(
    page: PageFacts,
    site: SiteFacts,
    languages: Languages,
    views: PageViews,
    title: str,
    share_path: str,
) -> dict[str, Any]:
    """The ``campaign`` variable of the page's templates."""
    urls = translation_urls(page, languages)
    view, infographic = views.get("view"), views.get("infographic")
    # The views of the other content types, by their key (campaign.discover, campaign.quiz).
    others = {
        key: value for key, value in views.views.items() if key not in ("view", "infographic")
    }
    return {
        **others,
        "view": view,
        "infographic": infographic,
        "jsonld": views.jsonld,
        "title": title,
        "description": plain_description(page, site),
        "share_image": siteconfig.absolute_url(site.site_url, share_path),
        "og_locale": languages.locale(page.language),
        "og_alternate": [languages.locale(code) for code in urls if code != page.language],
        "switcher": switcher(page, languages, urls),
        "language": page.language,
        "translated": page.translated,
        "hreflang": siteconfig.language_alternates(site.site_url, urls, languages.default)
        if page.translated
        else [],
        "canonical": siteconfig.absolute_url(site.site_url, page.url),
        # Template texts and example contacts on this page: `make site` refuses them, a
        # preview shows them under a warning.
        "placeholders": placeholders.found_in(
            [view, infographic, *others.values(), page.meta.get("title"), brand_contacts(site)]
        ),
    }
