"""Infographics as the build sees them (kit/build/content_types.py): docs/_data/infographics/
loaded when a file there changed, pages generated into docs/infographics/, a share image per
infographic and language."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kit.build.content_types import Brand, Published
from kit.core.problems import Problem
from kit.infographics import pages
from kit.infographics.content import Library
from kit.media.site import PreparedMedia


class Infographics:
    name = pages.OUTPUT_FOLDER
    view_key = "infographic"

    def __init__(self) -> None:
        self.library = Library()  # shared by both language builds

    @property
    def problems(self) -> list[Problem]:
        return self.library.problems

    def refresh(self, project: Path, docs_dir: Path) -> bool:
        return self.library.refresh(docs_dir)

    def menu_slugs(self) -> list[str]:
        return [infographic.slug for infographic in self.library.infographics]

    def media_sources(self) -> tuple[list[Path], list[Path]]:
        return [], []  # the pictures are drawn from the data (prepare_language)

    def keep_prepared_media(self, media: PreparedMedia) -> None:
        return None

    def page_sources(self, languages: tuple[str, ...]) -> dict[str, str] | None:
        return pages.page_sources(self.library.infographics, languages)

    def prepare_language(self, project: Path, language: str, brand: Brand) -> None:
        self.library.images = pages.share_images(
            project / pages.SHARE_CACHE,
            self.library.infographics,
            language,
            brand.site_name,
            brand.colours,
        )

    def published(self) -> list[Published]:
        names = sorted(image.name for images in self.library.images.values() for image in images)
        return [Published(names, pages.SHARE_FOLDER, pages.SHARE_CACHE)]

    def is_source_file(self, src_uri: str) -> bool:
        return False  # the data folder is excluded in mkdocs.yml (exclude_docs)

    def page_meta(self, src_uri: str, language: str) -> dict[str, object]:
        return {}  # the generated pages carry their front matter

    def view(
        self, meta: Mapping[str, object], page_url: str, language: str, media: PreparedMedia
    ) -> dict[str, object] | None:
        return pages.view_for_page(
            meta, page_url, language, self.library.infographics, self.library.images
        )

    def structured_data(self, view: Mapping[str, object] | None, address: str) -> dict | None:
        return None

    def home_cards(
        self, page_url: str, language: str, media: PreparedMedia
    ) -> list[dict[str, object]]:
        return pages.home_cards(self.library.infographics, page_url, language, self.library.images)

    def page_source_files(self, meta: Mapping[str, object]) -> list[Path]:
        return pages.page_source_files(meta, self.library.infographics)
