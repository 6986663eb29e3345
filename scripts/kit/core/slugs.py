"""ASCII slugs that keep Vietnamese words readable.

Python's and Markdown's default slug functions drop "đ" ("Đà Nẵng" becomes "a-nang")
because it has no Unicode decomposition; we map it to "d" explicitly.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


class _WithoutMarks(dict):
    """``str.translate`` table deleting combining marks, filled in as characters are met (every
    heading of every page is folded: one call per text, not one per character)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def fold(text: str) -> str:
    """Return ``text`` without diacritics, "đ" mapped to "d", lower-cased."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return text.translate(_WITHOUT_MARKS).lower()


def slugify(text: str, sep: str = "-") -> str:
    """Return an ASCII slug: ``"Chào mừng đến Huế"`` -> ``"chao-mung-den-hue"``.

    NFC and NFD spellings of the same words give the same slug.
    """
    return _NON_ALNUM.sub(sep, fold(text)).strip(sep)


def toc_slugify(value: str, separator: str) -> str:
    """Signature expected by Python-Markdown's ``toc`` extension."""
    return slugify(value, separator)
