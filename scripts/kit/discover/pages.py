"""Discover ASEAN culture: the pages the build writes (an index and one page per tag) and the
data the templates show (overrides/discover*.html, partials/campaign/tags.html).

A tag's page lists the exhibition items (with their thumbnails) and the infographics that
carry it. Exhibition, item and infographic pages show their own tags as links to those pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kit.core import languages as site_languages
from kit.core.asean_members import MEMBERS
from kit.core.generated import markdown_page, plain, section_index
from kit.core.labels import labels_for
from kit.core.tags import KINDS, PILLARS, Catalogue, Tag
from kit.exhibitions.content import Exhibition, Item
from kit.exhibitions.pages import GALLERY_SIZES
from kit.infographics.content import Infographic
from kit.media.pipeline import ProcessedImage
from kit.media.views import Links, image_view

OUTPUT_FOLDER = "discover"  # inside docs/: git-ignored, written by the build
PILLAR_PAGES = "pillars"  # docs/pillars/<pillar id>.md, when the site has them
EAGER_THUMBNAILS = 4


@dataclass
class Tagged:
    """One tag with everything that carries it."""

    tag: Tag
    items: list[tuple[Exhibition, Item]] = field(default_factory=list)
    infographics: list[Infographic] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items) + len(self.infographics)


def collect(
    catalogue: Catalogue, exhibitions: list[Exhibition], infographics: list[Infographic]
) -> dict[str, Tagged]:
    """Every tag that has a page, in the order of the index: countries (ASEAN's order),
    themes (the catalogue's), pillars, years (oldest first). Every theme of the catalogue has
    a page; a country, pillar or year has one when something carries it."""
    found: dict[str, Tagged] = {tag_id: Tagged(tag) for tag_id, tag in catalogue.themes.items()}
    for exhibition in exhibitions:
        for item in exhibition.ordered_items():
            for tag_id in item.tags:
                tag = catalogue.find(tag_id)
                if tag is not None:
                    found.setdefault(tag_id, Tagged(tag)).items.append((exhibition, item))
    for infographic in infographics:
        for tag_id in infographic.tags:
            tag = catalogue.find(tag_id)
            if tag is not None:
                found.setdefault(tag_id, Tagged(tag)).infographics.append(infographic)
    countries = [member.code for member in MEMBERS]
    themes = list(catalogue.themes)

    def position(tagged: Tagged) -> tuple:
        tag = tagged.tag
        within = {
            "country": lambda: countries.index(tag.id),
            "theme": lambda: themes.index(tag.id),
            "pillar": lambda: PILLARS.index(tag.id),
            "year": lambda: int(tag.id),
        }[tag.kind]()
        return (KINDS.index(tag.kind), within)

    return {tagged.tag.id: tagged for tagged in sorted(found.values(), key=position)}


def _strings(lang: str) -> Mapping[str, str]:
    return labels_for(lang)["discover"]


def tag_intro(tag: Tag, lang: str) -> str:
    strings = _strings(lang)
    if tag.description:
        return tag.description[lang]
    if tag.kind == "year":
        return strings["year_intro"].format(tag=tag.name[lang])
    return strings["country_intro"].format(tag=tag.name[lang])


def page_sources(tags: Mapping[str, Tagged], languages: tuple[str, ...]) -> dict[str, str]:
    """Every generated Markdown file, by path relative to docs/discover/ (none when no item
    or infographic has a tag and the site defines no theme)."""
    if not tags:
        return {}
    pages: dict[str, str] = {}
    for lang in languages:
        strings = _strings(lang)
        pages[f"index.{lang}.md"] = section_index(strings, "discover")
        for tagged in tags.values():
            tag = tagged.tag
            pages[f"{tag.id}/index.{lang}.md"] = markdown_page(
                {
                    "title": tag.name[lang],
                    "description": strings["tag_description"].format(tag=tag.name[lang]),
                    "template": "discover-tag.html",
                    "campaign_view": "discover-tag",
                    "tag": tag.id,
                },
                f"# {plain(tag.name[lang])}\n\n{plain(tag_intro(tag, lang))}",
            )
    return pages


def _root(lang: str) -> str:
    return site_languages.prefix(lang)


def tag_link(tag: Tag, lang: str, links: Links) -> dict[str, str]:
    return {
        "id": tag.id,
        "kind": tag.kind,
        "name": tag.name[lang],
        "href": links(f"{_root(lang)}{OUTPUT_FOLDER}/{tag.id}/"),
    }


def _count(n: int, lang: str) -> str:
    strings = _strings(lang)
    return strings["count_one"] if n == 1 else strings["count_other"].format(n=n)


def _item_card(
    exhibition: Exhibition,
    item: Item,
    lang: str,
    links: Links,
    images: Mapping[str, ProcessedImage],
    eager: bool,
) -> dict[str, object]:
    still = images.get(str(item.image)) if item.image else None
    return {
        "caption": item.caption[lang],
        "exhibition": exhibition.title[lang],
        "href": links(f"{_root(lang)}exhibitions/{exhibition.slug}/{item.id}/"),
        "image": image_view(still, links, item.alt[lang], GALLERY_SIZES),
        "eager": eager,
    }


# The pages that show tags (the rest get no Discover view).
_VIEWS_WITH_TAGS = frozenset(
    {"discover", "discover-tag", "infographic", "exhibition", "exhibition-item"}
)


def view_for_page(
    meta: Mapping[str, object],
    page_url: str,
    lang: str,
    tags: Mapping[str, Tagged],
    images: Mapping[str, ProcessedImage],
    pillar_pages: set[str],
) -> dict[str, object] | None:
    """What the Discover templates show on a page: the index, a tag's page, or the tags of an
    exhibition, exhibition item or infographic page; None for other pages."""
    view = meta.get("campaign_view")
    if not tags or view not in _VIEWS_WITH_TAGS:
        return None  # most pages: nothing to work out
    links = Links(page_url)
    strings = _strings(lang)
    index_href = links(f"{_root(lang)}{OUTPUT_FOLDER}/")
    if view == "discover":
        groups = []
        for kind in KINDS:
            members = [t for t in tags.values() if t.tag.kind == kind]
            if members:
                groups.append(
                    {
                        "kind": kind,
                        "title": strings[f"{kind}s" if kind != "country" else "countries"],
                        "tags": [
                            {**tag_link(t.tag, lang, links), "count": _count(t.count, lang)}
                            for t in members
                        ],
                    }
                )
        return {"groups": groups}
    if view == "discover-tag":
        tagged = tags.get(str(meta.get("tag")))
        if tagged is None:
            return None
        pillar = tagged.tag.id if tagged.tag.kind == "pillar" else None
        return {
            "tag": tag_link(tagged.tag, lang, links),
            "index": index_href,
            "items": [
                _item_card(exhibition, item, lang, links, images, n < EAGER_THUMBNAILS)
                for n, (exhibition, item) in enumerate(tagged.items)
            ],
            "infographics": [
                {
                    "title": infographic.title[lang],
                    "summary": infographic.summary[lang],
                    "href": links(f"{_root(lang)}infographics/{infographic.slug}/"),
                }
                for infographic in tagged.infographics
            ],
            "pillar_page": links(f"{_root(lang)}{PILLAR_PAGES}/{pillar}/")
            if pillar in pillar_pages
            else "",
        }
    ids = _page_tag_ids(meta, view, tags)
    if not ids:
        return None
    return {
        "index": index_href,
        "tags": [tag_link(tags[tag_id].tag, lang, links) for tag_id in ids],
    }


def _page_tag_ids(
    meta: Mapping[str, object], view: object, tags: Mapping[str, Tagged]
) -> list[str]:
    """The tags an exhibition, item or infographic page shows, in the index's order."""
    if view == "infographic":
        slug = meta.get("infographic")
        return [
            tag_id
            for tag_id, tagged in tags.items()
            if any(i.slug == slug for i in tagged.infographics)
        ]
    if view in ("exhibition", "exhibition-item"):
        slug, item_id = meta.get("exhibition"), meta.get("item")
        return [
            tag_id
            for tag_id, tagged in tags.items()
            if any(
                e.slug == slug and (view == "exhibition" or i.id == item_id)
                for e, i in tagged.items
            )
        ]
    return []
