"""The kinds of content the site is built from: one adapter each, with the interface of
``kit.build.content_types.ContentType``. A new kind of content is added here."""

from __future__ import annotations

from kit.build.content_types import ContentType
from kit.discover.content_type import Discover
from kit.exhibitions.content_type import Exhibitions
from kit.infographics.content_type import Infographics
from kit.printables.content_type import Printables
from kit.provinces.content_type import Provinces
from kit.quizzes.content_type import Quizzes


def content_types() -> list[ContentType]:
    """A fresh adapter of every kind of content, in the order the build has always used
    (menus, warnings and media follow it)."""
    exhibitions, provinces, infographics = Exhibitions(), Provinces(), Infographics()
    # Printables and Discover come after the kinds they read (the printed versions of
    # exhibitions and provinces; the tags of exhibition items and infographics).
    return [
        exhibitions,
        provinces,
        infographics,
        Printables(exhibitions, provinces),
        Discover(exhibitions, infographics),
        Quizzes(),
    ]
