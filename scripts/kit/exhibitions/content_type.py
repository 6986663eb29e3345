"""Exhibitions as the build sees them (kit/build/content_types.py): exhibitions/<slug>/ loaded
when a file in it changed, pages generated into docs/exhibitions/, photos and videos."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kit.build.content_types import Brand, Published
from kit.core.files import folder_state
from kit.core.problems import Problem
from kit.exhibitions import pages
from kit.exhibitions.content import Exhibition, load_exhibitions
from kit.media.site import PreparedMedia

SOURCE_FOLDER = "exhibitions"  # next to mkdocs.yml


class Exhibitions:
    name = pages.OUTPUT_FOLDER
    view_key = "view"

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.exhibitions: list[Exhibition] = []
        self._problems: list[Problem] = []

    @property
    def problems(self) -> list[Problem]:
        return self._problems

    def refresh(self, project: Path, docs_dir: Path) -> bool:
        key = folder_state(project / SOURCE_FOLDER)
        if key == self.key:
            return False
        self.key = key
        self.exhibitions, self._problems = load_exhibitions(project / SOURCE_FOLDER)
        return True

    def menu_slugs(self) -> list[str]:
        return [exhibition.slug for exhibition in self.exhibitions]

    def media_sources(self) -> tuple[list[Path], list[Path]]:
        return pages.media_sources(self.exhibitions)

    def keep_prepared_media(self, media: PreparedMedia) -> None:
        self.exhibitions = without_broken_media(self.exhibitions, media)

    def page_sources(self, languages: tuple[str, ...]) -> dict[str, str] | None:
        return pages.page_sources(self.exhibitions, languages)

    def prepare_language(self, project: Path, language: str, brand: Brand) -> None:
        return None

    def published(self) -> list[Published]:
        return []  # the photos and videos are published with the site's media

    def is_source_file(self, src_uri: str) -> bool:
        return False  # the sources are outside docs/

    def page_meta(self, src_uri: str, language: str) -> dict[str, object]:
        return {}  # the generated pages carry their front matter

    def view(
        self, meta: Mapping[str, object], page_url: str, language: str, media: PreparedMedia
    ) -> dict[str, object] | None:
        return pages.view_for_page(
            meta, page_url, language, self.exhibitions, media.images, media.videos
        )

    def structured_data(self, view: Mapping[str, object] | None, address: str) -> dict | None:
        return pages.structured_data(view, address)

    def home_cards(
        self, page_url: str, language: str, media: PreparedMedia
    ) -> list[dict[str, object]]:
        return pages.home_cards(self.exhibitions, page_url, language, media.images)

    def page_source_files(self, meta: Mapping[str, object]) -> list[Path]:
        return pages.page_source_files(meta, self.exhibitions)


def without_broken_media(exhibitions: list[Exhibition], media: PreparedMedia) -> list[Exhibition]:
    """Leave out items whose photo could not be processed (already reported)."""
    for exhibition in exhibitions:
        exhibition.items = [
            item
            for item in exhibition.items
            if item.image is None or str(item.image) in media.images
        ]
        if exhibition.cover and str(exhibition.cover) not in media.images:
            exhibition.cover = None
    return exhibitions
