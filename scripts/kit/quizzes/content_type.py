"""Quizzes as the build sees them (kit/build/content_types.py): docs/_data/quizzes/ loaded when
a file there changed, pages generated into docs/quiz/, a share picture per score band and
language."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kit.build.content_types import Brand, Published
from kit.core.problems import Problem
from kit.media.site import PreparedMedia
from kit.quizzes import pages
from kit.quizzes.content import Library


class Quizzes:
    name = pages.OUTPUT_FOLDER
    view_key = "quiz"

    def __init__(self) -> None:
        self.library = Library()
        self.pictures: dict[tuple[str, int], str] = {}  # of the language being built
        self.drawn: set[str] = set()  # every picture of every language, to publish

    @property
    def problems(self) -> list[Problem]:
        return self.library.problems

    def refresh(self, project: Path, docs_dir: Path) -> bool:
        return self.library.refresh(project, docs_dir)

    def menu_slugs(self) -> list[str]:
        return [quiz.slug for quiz in self.library.quizzes]

    def media_sources(self) -> tuple[list[Path], list[Path]]:
        return [], []

    def keep_prepared_media(self, media: PreparedMedia) -> None:
        return None

    def page_sources(self, languages: tuple[str, ...]) -> dict[str, str] | None:
        return pages.page_sources(self.library.quizzes, languages)

    def prepare_language(self, project: Path, language: str, brand: Brand) -> None:
        self.pictures = pages.share_pictures(
            project / pages.SHARE_CACHE,
            self.library.quizzes,
            language,
            brand.site_name,
            brand.colours,
        )
        self.drawn.update(self.pictures.values())

    def published(self) -> list[Published]:
        return [Published(sorted(self.drawn), pages.SHARE_FOLDER, pages.SHARE_CACHE)]

    def is_source_file(self, src_uri: str) -> bool:
        return False  # the data folder is excluded in mkdocs.yml (exclude_docs)

    def page_meta(self, src_uri: str, language: str) -> dict[str, object]:
        return {}

    def view(
        self, meta: Mapping[str, object], page_url: str, language: str, media: PreparedMedia
    ) -> dict[str, object] | None:
        return pages.view_for_page(meta, page_url, language, self.library.quizzes, self.pictures)

    def structured_data(self, view: Mapping[str, object] | None, address: str) -> dict | None:
        return None
