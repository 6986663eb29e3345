"""Province pages as the build sees them (kit/build/content_types.py): docs/provinces/<slug>/
province.yml loaded when a file there changed; editors write the pages, the build gives them
their template, title and description and the photos."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kit.build.content_types import Brand, Published
from kit.core.files import folder_state
from kit.core.problems import Problem
from kit.media.site import PreparedMedia
from kit.provinces import pages
from kit.provinces.content import Province, load_provinces


class Provinces:
    name = pages.SOURCE_FOLDER
    view_key = "view"

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.provinces: list[Province] = []
        self._problems: list[Problem] = []

    @property
    def problems(self) -> list[Problem]:
        return self._problems

    def refresh(self, project: Path, docs_dir: Path) -> bool:
        folder = docs_dir / pages.SOURCE_FOLDER
        key = folder_state(folder)
        if key == self.key:
            return False
        self.key = key
        self.provinces, self._problems = load_provinces(folder)
        return True

    def menu_slugs(self) -> list[str]:
        return [province.slug for province in self.provinces]

    def media_sources(self) -> tuple[list[Path], list[Path]]:
        return pages.media_sources(self.provinces), []

    def keep_prepared_media(self, media: PreparedMedia) -> None:
        return None  # a missing photo shows no picture; the page stays

    def page_sources(self, languages: tuple[str, ...]) -> dict[str, str] | None:
        return None  # editors write the pages (docs/provinces/<slug>/index.<lang>.md)

    def prepare_language(self, project: Path, language: str, brand: Brand) -> None:
        return None

    def published(self) -> list[Published]:
        return []  # the photos are published with the site's media

    def is_source_file(self, src_uri: str) -> bool:
        return pages.is_source_file(src_uri)

    def page_meta(self, src_uri: str, language: str) -> dict[str, object]:
        return pages.page_meta(src_uri, language, self.provinces)

    def view(
        self, meta: Mapping[str, object], page_url: str, language: str, media: PreparedMedia
    ) -> dict[str, object] | None:
        return pages.view_for_page(meta, page_url, language, self.provinces, media.images)

    def structured_data(self, view: Mapping[str, object] | None, address: str) -> dict | None:
        return pages.structured_data(view, address)

    def home_cards(
        self, page_url: str, language: str, media: PreparedMedia
    ) -> list[dict[str, object]]:
        return pages.home_cards(self.provinces, page_url, language, media.images)

    def page_source_files(self, meta: Mapping[str, object]) -> list[Path]:
        return pages.page_source_files(meta, self.provinces)
