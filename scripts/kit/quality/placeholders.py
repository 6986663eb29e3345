"""Template and example texts that must never be published.

Editors copy a template (exhibitions/_template/exhibition.yml, the infographic template) or
paste the lines the build suggests, and may forget one text: "English caption" would then be
the title of a page. This module knows those texts and the fake contacts used as examples
(``+84 24 0000 0000``, ``lienhe@example.org``). The translation check reports each one as a
gap, so `make site` refuses to publish them; `make serve` shows the pages with a warning.

Texts still to write in the kit's scaffolds (new_province.py, add_photos.py) are marked
``TODO`` instead, which the translation check already lists.

Every text of every template is either in PLACEHOLDERS or in REAL_TEXTS (real facts a site
may publish, such as "Việt Nam"): tests/kit/test_placeholders.py reads the templates and
fails when a template gets a text that is in neither, so the catalogue cannot drift.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from kit.core.textcompare import find_markers

EXHIBITION_TEMPLATE = "exhibitions/_template/exhibition.yml"
INFOGRAPHIC_TEMPLATE = "docs/_data/infographics/_template.yml"
OLD_SUGGESTION = "the lines suggested by the build for a new photo (before `make photos`)"

# Template -> its example texts (as written there).
PLACEHOLDERS: Mapping[str, tuple[str, ...]] = {
    EXHIBITION_TEMPLATE: (
        "Tên triển lãm",
        "Exhibition title",
        "Một câu giới thiệu ngắn",
        "One short introductory sentence",
        "Đoạn giới thiệu triển lãm. Có thể viết nhiều đoạn, dùng **chữ đậm** hoặc "
        "[liên kết](../../about.md).",
        "The exhibition's introduction. Several paragraphs are fine, with **bold** or links.",
        "Ảnh: Thông tấn xã Việt Nam. Biên tập: ...",
        "Photos: Vietnam News Agency. Editors: ...",
        "1995–1999: Gia nhập ASEAN",
        "1995–1999: Joining ASEAN",
        "Những năm đầu hội nhập.",
        "The first years of integration.",
        "Chú thích ngắn gọn",
        "Short caption",
        "Ảnh chụp những gì, ai, ở đâu",
        "What the photo shows, who, where",
        "Tên tác giả / Author name",
        "Vài câu kể thêm về bức ảnh.",
        "A few more sentences about the photo.",
    ),
    INFOGRAPHIC_TEMPLATE: (
        "Tên đồ họa thông tin",
        "Infographic title",
        "Một câu tóm tắt những con số chính.",
        "One sentence summing up the main figures.",
        "Đoạn giới thiệu đồ họa. Có thể dùng **chữ đậm** hoặc [liên kết](../../about.md).",
        "The infographic's introduction. **Bold** or [links](../../about.md) are fine.",
        "Tên biểu đồ",
        "Chart title",
        "Điều biểu đồ cho thấy.",
        "What the chart shows.",
        "Mô tả ngắn.",
        "A short description.",
    ),
    OLD_SUGGESTION: (
        "Chú thích tiếng Việt",
        "English caption",
        "Mô tả ảnh cho người không nhìn thấy",
        "What the photo shows, for people who cannot see it",
        "Tên tác giả / Author",
    ),
}

# Texts of the templates that are real facts: publishing them is not a mistake.
REAL_TEXTS = frozenset(
    {
        "Bandar Seri Begawan, Bru-nây",
        "Bandar Seri Begawan, Brunei",
        "Những con số chính",
        "Key figures",
        "Dân số",
        "Population",
        "triệu người",
        "million people",
        "Ước tính giữa năm",
        "Mid-year estimate",
        "Liên Hợp Quốc",
        "United Nations",
        "Việt Nam",
        "Vietnam",
        "Thái Lan",
        "Thailand",
        "Số nước thành viên",
        "Member states",
        "nước",
        "countries",
        "Ban Thư ký ASEAN",
        "ASEAN Secretariat",
        "Việt Nam trong ASEAN",
        "Vietnam within ASEAN",
        "ASEAN",
        "Những mốc son",
        "Milestones",
        "Việt Nam gia nhập ASEAN",
        "Vietnam joins ASEAN",
        "Các nước thành viên",
    }
)

CONTACT_KEYS = ("phone", "email", "website")


def template_name(template: str) -> Mapping[str, str]:
    """Where a placeholder comes from, in English and Vietnamese."""
    if template == OLD_SUGGESTION:
        return {
            "en": OLD_SUGGESTION,
            "vi": "các dòng gợi ý cho ảnh mới mà lệnh build in ra trước khi có `make photos`",
        }
    return {"en": template, "vi": template}


# A placeholder this long is refused inside a longer text too (the rest was added to it).
_MIN_WORDS_INSIDE = 6
_TAG = re.compile(r"<[^>]+>")
_ONLY_DOTS = re.compile(r"^[.…\s]+$")
_EXAMPLE_HOST = re.compile(
    r"(?:^|[@./])(?:example\.(?:com|org|net|edu)|[\w-]+\.(?:example|test|invalid|localhost))"
    r"(?:[/:?#]|$)",
    re.IGNORECASE,
)
# "0000 0000" (a real switchboard such as "3800 0000" has fewer zeros in a row), "123456789"
_FAKE_DIGITS = re.compile(r"0{7,}|123456789")
_FAKE_LETTERS = re.compile(r"x{2,}", re.IGNORECASE)


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFC", html.unescape(_TAG.sub("", text)))
    return " ".join(text.split()).casefold().rstrip(".… ")


_CATALOGUE: dict[str, tuple[str, str]] = {
    _normal(text): (text, template) for template, texts in PLACEHOLDERS.items() for text in texts
}


@functools.lru_cache(maxsize=8192)  # the preview asks for the same labels on every page
def placeholder(text: str) -> tuple[str, str] | None:
    """(placeholder, template it comes from) when ``text`` is, or holds, a template text."""
    if not isinstance(text, str) or not text.strip():
        return None
    if any(find_markers(text)):
        return None  # "TODO: một câu giới thiệu ngắn về ...": the TODO check lists it
    if _ONLY_DOTS.match(text):
        return text.strip(), EXHIBITION_TEMPLATE
    normal = _normal(text)
    if normal in _CATALOGUE:
        return _CATALOGUE[normal]
    for known, found in _CATALOGUE.items():
        if len(known.split()) >= _MIN_WORDS_INSIDE and known in normal:
            return found
    return None


def example_contact(key: str, value: Any) -> bool:
    """True for a phone, email or website that is an example, not a real contact."""
    if key not in CONTACT_KEYS or not isinstance(value, str) or not value.strip():
        return False
    if key == "phone":
        digits = re.sub(r"\D", "", value)
        return bool(_FAKE_DIGITS.search(digits) or _FAKE_LETTERS.search(value))
    return bool(_EXAMPLE_HOST.search(value.strip()))


def found_in(value: Any, key: str = "") -> list[str]:
    """Every placeholder text and example contact inside ``value`` (nested dicts and lists)."""
    found: list[str] = []
    for name, text in _texts(value, key):
        known = placeholder(text)
        if known:
            found.append(known[0])
        elif example_contact(name, text):
            found.append(text)
    return list(dict.fromkeys(found))


def _texts(value: Any, key: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, Mapping):
        for name, child in value.items():
            yield from _texts(child, str(name))
    elif isinstance(value, list | tuple):
        for child in value:
            yield from _texts(child, key)
