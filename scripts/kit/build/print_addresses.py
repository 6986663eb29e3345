"""Where the printable versions (kit/printables/) are published, for the pages that link to them.

No import from the content types: exhibitions/pages.py and provinces/pages.py ask this module
for the link, and the printables build their pages from those content types.
"""

from __future__ import annotations

from collections.abc import Callable

from kit.core import languages as site_languages
from kit.core.labels import labels_for

OUTPUT_FOLDER = "print"  # inside docs/: git-ignored, written by the build
CATALOGUES = "exhibitions"  # print/exhibitions/<slug>/: one catalogue per exhibition
LEAFLETS = "provinces"  # print/provinces/<slug>/: one leaflet per province


def catalogue_path(slug: str, lang: str) -> str:
    """The catalogue's address from the site root: "print/exhibitions/<slug>/" (with the
    language's prefix, "en/print/...", for the other languages)."""
    return f"{site_languages.prefix(lang)}{OUTPUT_FOLDER}/{CATALOGUES}/{slug}/"


def leaflet_path(slug: str, lang: str) -> str:
    """The province leaflet's address from the site root: "print/provinces/<slug>/"."""
    return f"{site_languages.prefix(lang)}{OUTPUT_FOLDER}/{LEAFLETS}/{slug}/"


def print_link(kind: str, slug: str, lang: str, links: Callable[[str], str]) -> dict[str, str]:
    """The link from an exhibition ("catalogue") or province ("leaflet") page to its printable
    version: ``href`` relative to the page (``links`` makes it so) and the link's text."""
    path = catalogue_path(slug, lang) if kind == "catalogue" else leaflet_path(slug, lang)
    return {"href": links(path), "text": labels_for(lang)["print"][f"link_{kind}"]}
