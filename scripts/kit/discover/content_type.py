"""Discover ASEAN culture as the build sees it (kit/build/content_types.py): the tags of the
exhibition items and infographics, a page per tag in docs/discover/.

It reads what the exhibitions and infographics adapters loaded (it comes after them in
``content_types()``), so a change to an exhibition, an infographic or the theme catalogue
(docs/_data/tags.yml) makes its pages again.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kit.build.content_types import Brand, Published
from kit.core.files import folder_state
from kit.core.problems import Problem
from kit.core.tags import CATALOGUE, Catalogue, TagRef, load_catalogue
from kit.discover import pages
from kit.exhibitions.content_type import Exhibitions
from kit.infographics.content_type import Infographics
from kit.media.site import PreparedMedia
from kit.messages import t


class Discover:
    name = pages.OUTPUT_FOLDER
    view_key = "discover"

    def __init__(self, exhibitions: Exhibitions, infographics: Infographics) -> None:
        self.exhibitions = exhibitions
        self.infographics = infographics
        self.key: tuple | None = None
        self.catalogue = Catalogue({})
        self.tags: dict[str, pages.Tagged] = {}
        self.pillar_pages: set[str] = set()
        self._catalogue_problems: list[Problem] = []
        self._problems: list[Problem] = []

    @property
    def problems(self) -> list[Problem]:
        return self._problems

    def refresh(self, project: Path, docs_dir: Path) -> bool:
        catalogue_file = docs_dir / CATALOGUE
        key = (
            folder_state(catalogue_file.parent) if catalogue_file.is_file() else None,
            id(self.exhibitions.exhibitions),
            id(self.infographics.library.infographics),
            folder_state(docs_dir / pages.PILLAR_PAGES),
        )
        if key == self.key:
            return False
        self.key = key
        self.catalogue, self._catalogue_problems = load_catalogue(docs_dir)
        self.pillar_pages = {
            pillar
            for pillar in ("political-security", "economic", "socio-cultural")
            if list((docs_dir / pages.PILLAR_PAGES).glob(f"{pillar}.*md"))
        }
        self._collect()
        return True

    def _collect(self) -> None:
        problems = list(self._catalogue_problems)
        for exhibition in self.exhibitions.exhibitions:
            for item in exhibition.items:
                owner = t("item '{label}'", label=item.file.name if item.file else item.id)
                problems += self.catalogue.check(TagRef(item.tags, item.tags_at, owner))
        for infographic in self.infographics.library.infographics:
            owner = t("the infographic")
            problems += self.catalogue.check(TagRef(infographic.tags, infographic.tags_at, owner))
        self._problems = problems
        self.tags = pages.collect(
            self.catalogue, self.exhibitions.exhibitions, self.infographics.library.infographics
        )

    def menu_slugs(self) -> list[str]:
        return list(self.tags)

    def media_sources(self) -> tuple[list[Path], list[Path]]:
        return [], []  # the thumbnails are the exhibitions' photos

    def keep_prepared_media(self, media: PreparedMedia) -> None:
        self._collect()  # the exhibitions left out items whose photo failed

    def page_sources(self, languages: tuple[str, ...]) -> dict[str, str] | None:
        return pages.page_sources(self.tags, languages)

    def prepare_language(self, project: Path, language: str, brand: Brand) -> None:
        return None

    def published(self) -> list[Published]:
        return []

    def is_source_file(self, src_uri: str) -> bool:
        return False  # the catalogue is in docs/_data/, excluded in mkdocs.yml

    def page_meta(self, src_uri: str, language: str) -> dict[str, object]:
        return {}

    def view(
        self, meta: Mapping[str, object], page_url: str, language: str, media: PreparedMedia
    ) -> dict[str, object] | None:
        return pages.view_for_page(
            meta, page_url, language, self.tags, media.images, self.pillar_pages
        )

    def structured_data(self, view: Mapping[str, object] | None, address: str) -> dict | None:
        return None
