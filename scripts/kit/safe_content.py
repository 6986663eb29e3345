"""What page text may contain, so nothing an editor writes can run as a script.

Titles and other front-matter texts are plain text. Material and MkDocs print ``page.title``
and ``page.meta`` values into the menu, the header, the footer and ``<title>`` without
escaping (MkDocs' Jinja does not escape by itself), so ``escaped_meta`` turns each printed
text into escaped ``Markup`` once, before any template sees it; templates that escape it
again with ``| e`` leave ``Markup`` as it is, so nothing is escaped twice. Pages the build
generates write their titles as plain text too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from markupsafe import Markup, escape

# Front-matter keys whose values MkDocs or Material print into pages.
PRINTED_META = ("title", "description", "subtitle", "author", "robots", "status")


def escaped_meta(meta: Mapping[str, Any]) -> dict[str, Any]:
    """``meta`` with every printed text HTML-escaped once (``Markup``, so never twice)."""
    return {
        key: Markup(escape(value)) if key in PRINTED_META and isinstance(value, str) else value
        for key, value in meta.items()
    }
