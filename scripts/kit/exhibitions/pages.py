"""Exhibition pages: the Markdown files the build writes, and the data the templates show.

Pages are thin Markdown (title, introduction, caption and description, so search finds
them); the gallery, images and navigation are drawn by overrides/exhibition*.html from the
data returned by ``view_for_page``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urljoin

from kit.build.print_addresses import print_link
from kit.core import languages as site_languages
from kit.core.generated import markdown_page, plain, section_index
from kit.core.labels import labels_for
from kit.core.languages import format_date
from kit.exhibitions.content import METADATA_FILE, Exhibition, Item
from kit.media.pipeline import ProcessedImage
from kit.media.views import MEDIA_FOLDER, Links, image_view

OUTPUT_FOLDER = "exhibitions"  # inside docs/: git-ignored, written by the build
EAGER_THUMBNAILS = 4  # above the fold on a phone: loaded at once, the rest lazily
GALLERY_SIZES = "(max-width: 599px) 50vw, (max-width: 1219px) 25vw, 300px"
# The photo of an item's page: the whole width on phones, two thirds of the page beside its
# caption on wide screens (site.css).
PAGE_SIZES = "(max-width: 959px) 100vw, 66vw"
# Exhibitions use the whole width of the page: no menu column, no "on this page" column.
WIDE = ["navigation", "toc"]


def item_count(n: int, lang: str) -> str:
    strings = labels_for(lang)["exhibitions"]
    return strings["items_one"] if n == 1 else strings["items_other"].format(n=n)


def page_sources(exhibitions: list[Exhibition], languages: tuple[str, ...]) -> dict[str, str]:
    """Every generated Markdown file, by path relative to docs/exhibitions/."""
    pages: dict[str, str] = {}
    for lang in languages:
        strings = labels_for(lang)["exhibitions"]
        pages[f"index.{lang}.md"] = section_index(strings, "exhibitions")
        for exhibition in exhibitions:
            pages[f"{exhibition.slug}/index.{lang}.md"] = _exhibition_page(exhibition, lang)
            for item in exhibition.items:
                pages[f"{exhibition.slug}/{item.id}.{lang}.md"] = _item_page(exhibition, item, lang)
    return pages


def _exhibition_page(exhibition: Exhibition, lang: str) -> str:
    description = (exhibition.subtitle or exhibition.title)[lang]
    return markdown_page(
        {
            "title": exhibition.title[lang],
            "description": description,
            "template": "exhibition.html",
            "campaign_view": "exhibition",
            "exhibition": exhibition.slug,
            "hide": WIDE,
        },
        f"# {plain(exhibition.title[lang])}\n\n{exhibition.intro[lang]}",
    )


def _item_page(exhibition: Exhibition, item: Item, lang: str) -> str:
    strings = labels_for(lang)["exhibitions"]
    facts = [
        (strings["date"], format_date(item.date, lang)),
        (strings["place"], item.place[lang] if item.place else ""),
        (strings["credit"], item.credit[lang] if item.credit else ""),
        (strings["license"], item.license or ""),
    ]
    # A definition list in the Markdown, so search finds an item by its place and date.
    details = "\n".join(f"{label}\n:   {plain(value)}\n" for label, value in facts if value)
    body = f"# {plain(item.caption[lang])}\n\n"
    if item.description:
        body += f"{item.description[lang]}\n\n"
    body += details
    return markdown_page(
        {
            "title": item.caption[lang],
            "description": item.alt[lang],
            "template": "exhibition-item.html",
            "campaign_view": "exhibition-item",
            "exhibition": exhibition.slug,
            "item": item.id,
            "hide": WIDE,
        },
        body,
    )


def _item_view(
    exhibition: Exhibition,
    item: Item,
    lang: str,
    links: Links,
    images: Mapping[str, ProcessedImage],
    videos: Mapping[str, str],
    sizes: str,
) -> dict[str, object]:
    still = images.get(str(item.image)) if item.image else None
    credit = item.credit[lang] if item.credit else ""
    return {
        "id": item.id,
        "kind": item.kind,
        "caption": item.caption[lang],
        "alt": item.alt[lang],
        "credit": credit,
        "license": item.license or "",
        "date": format_date(item.date, lang),
        "place": item.place[lang] if item.place else "",
        "href": links(f"{_root(lang)}{OUTPUT_FOLDER}/{exhibition.slug}/{item.id}/"),
        "image": image_view(still, links, item.alt[lang], sizes),
        "video": links(f"{MEDIA_FOLDER}/{videos[str(item.file)]}")
        if item.kind == "video" and str(item.file) in videos
        else "",
        "youtube": item.youtube or "",
    }


def _root(lang: str) -> str:
    return site_languages.prefix(lang)


def _exhibition_card(
    exhibition: Exhibition, lang: str, links: Links, images: Mapping[str, ProcessedImage]
) -> dict[str, object]:
    cover = images.get(str(exhibition.cover_image)) if exhibition.cover_image else None
    return {
        "slug": exhibition.slug,
        "title": exhibition.title[lang],
        "subtitle": exhibition.subtitle[lang] if exhibition.subtitle else "",
        "count": item_count(len(exhibition.items), lang),
        "href": links(f"{_root(lang)}{OUTPUT_FOLDER}/{exhibition.slug}/"),
        "cover": image_view(cover, links, "", GALLERY_SIZES),
    }


def view_for_page(
    meta: Mapping[str, object],
    page_url: str,
    lang: str,
    exhibitions: list[Exhibition],
    images: Mapping[str, ProcessedImage],
    videos: Mapping[str, str],
) -> dict[str, object] | None:
    """The data an exhibition template needs for one page, or None for other pages."""
    view = meta.get("campaign_view")
    links = Links(page_url)
    if view == "exhibitions":
        return {"cards": [_exhibition_card(e, lang, links, images) for e in exhibitions]}
    by_slug = {e.slug: e for e in exhibitions}
    exhibition = by_slug.get(str(meta.get("exhibition")))
    if exhibition is None:
        return None
    card = _exhibition_card(exhibition, lang, links, images)
    if view == "exhibition":
        sections = []
        for section, items in exhibition.grouped():
            sections.append(
                {
                    "id": section.id if section else "other",
                    "title": section.title[lang]
                    if section
                    else labels_for(lang)["exhibitions"]["other"],
                    "description": section.description[lang]
                    if section and section.description
                    else "",
                    "entries": [
                        _item_view(exhibition, i, lang, links, images, videos, GALLERY_SIZES)
                        for i in items
                    ],
                }
            )
        position = 0
        for section in sections:
            for entry in section["entries"]:
                entry["eager"] = position < EAGER_THUMBNAILS
                position += 1
        return {
            "exhibition": card,
            "print_link": print_link("catalogue", exhibition.slug, lang, links),
            "layout": exhibition.layout,
            "credits": exhibition.credits[lang] if exhibition.credits else "",
            "sections": sections,
        }
    if view == "exhibition-item":
        ordered = exhibition.ordered_items()
        ids = [i.id for i in ordered]
        item_id = str(meta.get("item"))
        if item_id not in ids:
            return None
        index = ids.index(item_id)
        view_of = lambda i: _item_view(exhibition, i, lang, links, images, videos, PAGE_SIZES)  # noqa: E731
        return {
            "exhibition": card,
            "section": _section_link(exhibition, ordered[index], card["href"], lang),
            "item": view_of(ordered[index]),
            "previous": view_of(ordered[index - 1]) if index > 0 else None,
            "next": view_of(ordered[index + 1]) if index + 1 < len(ordered) else None,
            "position": index + 1,
            "total": len(ordered),
        }
    return None


def _section_link(exhibition: Exhibition, item: Item, href: str, lang: str) -> dict[str, str]:
    """The way back from an item's page to its place in the gallery."""
    section = next((s for s in exhibition.sections if s.id == item.section), None)
    title = section.title[lang] if section else labels_for(lang)["exhibitions"]["other"]
    return {"title": title, "href": f"{href}#section-{section.id if section else 'other'}"}


# ── the home page and the "last updated" line ────────────────────────────────────────────


def home_cards(
    exhibitions: list[Exhibition], page_url: str, lang: str, images: Mapping[str, ProcessedImage]
) -> list[dict[str, object]]:
    """Every exhibition and every photo, as cards of the home page (kit/build/home.py)."""
    links = Links(page_url)
    cards: list[dict[str, object]] = []
    for exhibition in exhibitions:
        card = _exhibition_card(exhibition, lang, links, images)
        cards.append(
            {
                "kind": "exhibition",
                "key": exhibition.slug,
                "title": card["title"],
                "summary": card["subtitle"],
                "note": card["count"],
                "href": card["href"],
                "image": card["cover"],
                "sources": [exhibition.folder / METADATA_FILE],
            }
        )
        for item in exhibition.ordered_items():
            still = images.get(str(item.image)) if item.image else None
            if still is None:
                continue
            cards.append(
                {
                    "kind": "photo",
                    "key": f"{exhibition.slug}/{item.id}",
                    "title": item.caption[lang],
                    "summary": exhibition.title[lang],
                    "note": format_date(item.date, lang),
                    "href": links(f"{_root(lang)}{OUTPUT_FOLDER}/{exhibition.slug}/{item.id}/"),
                    "image": image_view(still, links, item.alt[lang], GALLERY_SIZES),
                    "sources": [item.image],
                }
            )
    return cards


def page_source_files(meta: Mapping[str, object], exhibitions: list[Exhibition]) -> list[Path]:
    """What an exhibition page is made from: its exhibition.yml (every one for the index)."""
    view = meta.get("campaign_view")
    if view == "exhibitions":
        return [exhibition.folder / METADATA_FILE for exhibition in exhibitions]
    if view not in ("exhibition", "exhibition-item"):
        return []
    return [
        exhibition.folder / METADATA_FILE
        for exhibition in exhibitions
        if exhibition.slug == meta.get("exhibition")
    ]


def media_sources(exhibitions: list[Exhibition]) -> tuple[list[Path], list[Path]]:
    """(images to resize, videos to copy) used by the exhibitions."""
    images: set[Path] = set()
    videos: set[Path] = set()
    for exhibition in exhibitions:
        if exhibition.cover:
            images.add(exhibition.cover)
        for item in exhibition.items:
            if item.image:
                images.add(item.image)
            if item.kind == "video" and item.file:
                videos.add(item.file)
    return sorted(images), sorted(videos)


def structured_data(view: Mapping[str, object] | None, page_url: str) -> dict | None:
    """schema.org JSON-LD for an exhibition (an image gallery) or one of its items.

    ``page_url`` is the page's absolute address; the view's relative links are resolved
    against it.
    """
    if not view or "exhibition" not in view:
        return None
    absolute = lambda link: urljoin(page_url, str(link))  # noqa: E731
    card = view["exhibition"]
    if "item" in view:
        return _item_data(view["item"], absolute, card)
    parts = [
        _item_data(item, absolute, None)
        for section in view.get("sections", [])
        for item in section["entries"]
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "ImageGallery",
        "name": card["title"],
        "url": absolute(card["href"]),
        "hasPart": parts,
    }
    if card.get("subtitle"):
        data["description"] = card["subtitle"]
    if card.get("cover"):
        data["image"] = absolute(card["cover"]["share"])
    return data


def _item_data(item: Mapping, absolute, card: Mapping | None) -> dict:
    kind = "VideoObject" if item["kind"] in ("video", "youtube") else "ImageObject"
    data: dict[str, object] = {
        "@type": kind,
        "name": item["caption"],
        "url": absolute(item["href"]),
        "description": item["alt"],
    }
    if card is not None:
        data["@context"] = "https://schema.org"
        data["isPartOf"] = {
            "@type": "ImageGallery",
            "name": card["title"],
            "url": absolute(card["href"]),
        }
    image = item.get("image")
    if image:
        key = "thumbnailUrl" if kind == "VideoObject" else "contentUrl"
        data[key] = absolute(image["large"])
        data["caption"] = item["caption"]
    if item.get("video"):
        data["contentUrl"] = absolute(item["video"])
    if item.get("youtube"):
        data["embedUrl"] = f"https://www.youtube-nocookie.com/embed/{item['youtube']}"
    if item.get("credit"):
        data["creditText"] = item["credit"]
    if item.get("license"):
        data["license"] = item["license"]
    if item.get("place"):
        data["contentLocation"] = {"@type": "Place", "name": item["place"]}
    return data
