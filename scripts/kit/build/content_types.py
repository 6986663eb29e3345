"""What the build asks of each kind of content (exhibitions, provinces, infographics).

The MkDocs plugin (kit/plugin/plugin.py) loops over the content types instead of calling each
kind by name: a new kind of content is one adapter module (``kit/<kind>/content_type.py``)
that offers this small interface, plus its entry in ``kit/plugin/registry.py``. Plain Python: no
MkDocs import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kit.core.problems import Problem
from kit.media.site import PreparedMedia


@dataclass(frozen=True)
class Published:
    """Files of a cache folder next to mkdocs.yml that go into a folder of the built site."""

    names: list[str]
    folder: str  # inside the built site
    cache: Path  # next to mkdocs.yml


@dataclass(frozen=True)
class Brand:
    """What the pictures a content type draws show of the site (infographic share images)."""

    site_name: str
    colours: Mapping[str, str]


class ContentType(Protocol):
    """One kind of content, as the build sees it. State (what was loaded) lives on the
    object: it is kept between the two language builds and between `make serve` rebuilds."""

    name: str  # "exhibitions": its section in docs/ and in the menu (docs/<name>/index.md)
    view_key: str  # where templates find the page data: campaign.view or campaign.infographic

    @property
    def problems(self) -> list[Problem]:
        """What is wrong with the sources, as of the last load."""
        ...

    def refresh(self, project: Path, docs_dir: Path) -> bool:
        """Load the sources again if they changed since the last load; True when it did."""
        ...

    def menu_slugs(self) -> list[str]:
        """The pages listed under the section in the menu: docs/<name>/<slug>/index.md."""
        ...

    def media_sources(self) -> tuple[list[Path], list[Path]]:
        """(photos to resize, videos to copy) the pages show."""
        ...

    def keep_prepared_media(self, media: PreparedMedia) -> None:
        """Leave out what shows media that could not be prepared (already reported)."""
        ...

    def page_sources(self, languages: tuple[str, ...]) -> dict[str, str] | None:
        """Generated Markdown by path inside docs/<name>/, or None: editors write the pages."""
        ...

    def prepare_language(self, project: Path, language: str, brand: Brand) -> None:
        """Work done once per language build (infographics draw their share images)."""
        ...

    def published(self) -> list[Published]:
        """Files the content type made, to put into the built site."""
        ...

    def is_source_file(self, src_uri: str) -> bool:
        """A file under docs/ that the build reads and never publishes as it is."""
        ...

    def page_meta(self, src_uri: str, language: str) -> dict[str, object]:
        """Front-matter defaults of a page (the editor's front matter wins)."""
        ...

    def view(
        self, meta: Mapping[str, object], page_url: str, language: str, media: PreparedMedia
    ) -> dict[str, object] | None:
        """What the page's template shows, or None for a page of another kind."""
        ...

    def structured_data(self, view: Mapping[str, object] | None, address: str) -> dict | None:
        """schema.org JSON-LD of the page (``address`` is its absolute URL), or None."""
        ...


@dataclass(frozen=True)
class PageViews:
    """The data of one page, by the key templates read it under (view, infographic), and its
    structured data."""

    views: dict[str, dict[str, object] | None]
    jsonld: dict | None

    def get(self, key: str) -> dict[str, object] | None:
        return self.views.get(key)


def page_views(
    types: list[ContentType],
    meta: Mapping[str, object],
    page_url: str,
    language: str,
    media: PreparedMedia,
    address: str,
) -> PageViews:
    """Ask each content type for the page's view; the first one that knows the page wins its
    key, and gives the structured data."""
    views: dict[str, dict[str, object] | None] = {}
    jsonld = None
    for content in types:
        views.setdefault(content.view_key, None)
        if views[content.view_key] is not None:
            continue
        view = content.view(meta, page_url, language, media)
        if view is None:
            continue
        views[content.view_key] = view
        jsonld = jsonld or content.structured_data(view, address)
    return PageViews(views, jsonld)


def media_sources(types: list[ContentType]) -> tuple[list[Path], list[Path]]:
    """Every photo and video of every content type, each once, sorted."""
    images: set[Path] = set()
    videos: set[Path] = set()
    for content in types:
        own_images, own_videos = content.media_sources()
        images.update(own_images)
        videos.update(own_videos)
    return sorted(images), sorted(videos)


def page_source_files(
    types: list[ContentType], meta: Mapping[str, object], src_uri: str, page_file: Path | None
) -> list[Path]:
    """What a page is made from, for its "last updated" date: the sources a content type
    names for it (``page_source_files``, optional), and the page's own Markdown unless the
    build wrote it from those sources (it is rewritten whenever the kit's texts change too).
    A generated page with no sources (an empty index) is dated by its own file."""
    sources: list[Path] = []
    generated = False
    for content in types:
        named = getattr(content, "page_source_files", None)
        if named is not None:
            sources.extend(named(meta))
        generated = generated or (
            src_uri.startswith(f"{content.name}/") and content.page_sources(()) is not None
        )
    if page_file is not None and not (generated and sources):
        sources.append(page_file)
    return sources
