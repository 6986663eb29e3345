"""Printable versions as the build sees them (kit/build/content_types.py): pages generated into
docs/print/ from the exhibitions and provinces the other adapters loaded.

It has no sources of its own: whenever exhibitions or provinces change, the plugin asks every
content type for its pages again (a source change clears them all), so this one follows.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kit.build.content_types import Brand, Published
from kit.core.problems import Problem
from kit.exhibitions.content_type import Exhibitions
from kit.media.site import PreparedMedia
from kit.printables import pages
from kit.provinces.content_type import Provinces


class Printables:
    name = pages.OUTPUT_FOLDER
    view_key = "view"
    in_menu = False  # reached from the exhibition and province pages, never from the menu

    def __init__(self, exhibitions: Exhibitions, provinces: Provinces) -> None:
        self.exhibitions = exhibitions
        self.provinces = provinces
        self.docs_dir: Path | None = None

    @property
    def problems(self) -> list[Problem]:
        return []  # the exhibitions' and provinces' problems are reported by their adapters

    def refresh(self, project: Path, docs_dir: Path) -> bool:
        self.docs_dir = docs_dir
        return False  # no sources of its own

    def menu_slugs(self) -> list[str]:
        return []

    def media_sources(self) -> tuple[list[Path], list[Path]]:
        return [], []  # the photos are the exhibitions' and provinces'

    def keep_prepared_media(self, media: PreparedMedia) -> None:
        return None

    def page_sources(self, languages: tuple[str, ...]) -> dict[str, str] | None:
        provinces = self.provinces.provinces
        narratives = (
            {
                (province.slug, lang): pages.narrative(self.docs_dir, province, lang)
                for province in provinces
                for lang in languages
            }
            if self.docs_dir is not None
            else {}
        )
        return pages.page_sources(self.exhibitions.exhibitions, provinces, narratives, languages)

    def prepare_language(self, project: Path, language: str, brand: Brand) -> None:
        return None

    def published(self) -> list[Published]:
        return []

    def is_source_file(self, src_uri: str) -> bool:
        return False

    def page_meta(self, src_uri: str, language: str) -> dict[str, object]:
        return {}  # the generated pages carry their front matter

    def view(
        self, meta: Mapping[str, object], page_url: str, language: str, media: PreparedMedia
    ) -> dict[str, object] | None:
        return pages.view_for_page(
            meta,
            page_url,
            language,
            self.exhibitions.exhibitions,
            self.provinces.provinces,
            media.images,
            media.videos,
        )

    def structured_data(self, view: Mapping[str, object] | None, address: str) -> dict | None:
        return None  # the page it prints carries the structured data
