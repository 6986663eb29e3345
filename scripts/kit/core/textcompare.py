"""Reading Markdown and short texts the way the translation checker compares them.

Plain text functions, no findings: what a page's headings, images, links and numbers are,
and whether a text meant to be English is still Vietnamese (or the other way round).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from kit.core import yamlfile
from kit.core.textfile import FRONT_MATTER, lines_outside_code

# Heuristics for "not translated". Short texts are mostly names ("Hà Nội", "TTXVN"), which
# stay the same in both languages, so they are left alone.
MIN_WORDS_COPIED = 4
MIN_WORDS_NO_DIACRITICS = 5
LONG_TEXT_WORDS = 20  # lower-case words; below this a text counts as short
LONG_TEXT_SHARE = 0.2  # share of Vietnamese words that marks a long English text
SHORT_TEXT_SHARE = 0.5
VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
)
# Common English words that are never Vietnamese words ("in", "to", "an" are both).
ENGLISH_WORDS = frozenset(
    (  # noqa: SIM905 (a list of words reads best as one string)
        "the of and for with from by is are was were this that these those its their his her "
        "our your has have had been be at on into as or not it which who will can"
    ).split()
)

_HEADING = re.compile(r"^[ \t]*(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_HEADING_TAIL = re.compile(r"(?:[ \t]+#+|[ \t]*\{[^{}]*\})[ \t]*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_REFERENCE = re.compile(r"^[ \t]{0,3}\[(?!\^)[^\]]+\]:[ \t]*<?([^\s>]+)>?.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|mailto|tel):[^>\s]+)>")
_HREF = re.compile(r"\bhref\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_BARE_URL = re.compile(r"\bhttps?://[^\s<>()\"']+")
_ATTR_LIST = re.compile(r"\{:?[ \t]*(?:[.#][\w-]+|[\w-]+=)[^{}\n]*\}")
_EMOJI = re.compile(r":[a-z][a-z0-9_+-]*:")
_ENTITY = re.compile(r"&#?\w+;")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
# "1.234", "1,234,567", "1.234,5", "12,5": a number; anything else with dots ("28.7.1995")
# is read as separate groups of digits.
_GROUPED_NUMBER = re.compile(r"^(?:\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d+)?|\d+[.,]\d+)$")
_WORD = re.compile(r"[^\W\d_]+")
_MARKERS = re.compile(r"\b(TODO|FIXME|XXX)\b|(\[(?:dịch|translate)\])", re.IGNORECASE)
_CASE_SENSITIVE_MARKERS = frozenset({"TODO", "FIXME", "XXX"})


def shorten(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return f"{text[: limit - 1]}…" if len(text) > limit else text


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(_words(text))


def same_text(first: str, second: str) -> bool:
    """Equal but for spacing and line breaks."""
    return " ".join(first.split()) == " ".join(second.split())


def _is_vietnamese_word(word: str) -> bool:
    return any(letter in VIETNAMESE_LETTERS for letter in word.lower())


def vietnamese_share(text: str) -> float | None:
    """Share of Vietnamese words in text meant to be English, when it is high enough to say
    the text is not translated; None otherwise.

    Only lower-case words count: names keep their accents in English ("Hà Nội", "Võ Văn
    Kiệt") and are capitalised. Short texts need a higher share and no English word at all,
    so "Taste bánh mì and phở" stays English.
    """
    lower = [word for word in _words(text) if word[0].islower()]
    vietnamese = [word for word in lower if _is_vietnamese_word(word)]
    if len(vietnamese) < 2:
        return None
    share = len(vietnamese) / len(lower)
    if len(lower) >= LONG_TEXT_WORDS:
        return share if share > LONG_TEXT_SHARE else None
    has_english = any(word in ENGLISH_WORDS for word in lower)
    return share if share > SHORT_TEXT_SHARE and not has_english else None


def lacks_vietnamese_accents(text: str) -> bool:
    """True for text meant to be Vietnamese with enough words and not one accent."""
    words = _words(text)
    return len(words) >= MIN_WORDS_NO_DIACRITICS and not any(map(_is_vietnamese_word, words))


def find_markers(text: str) -> Iterator[tuple[str, int, str]]:
    """(marker, line offset, the line it is on) for every note left in ``text``.

    'TODO', 'FIXME' and 'XXX' count only as written (capitals): "a todo list" is English.
    '[dịch]' and '[translate]' count in any case.
    """
    for match in _MARKERS.finditer(text):
        word, bracket = match.group(1), match.group(2)
        if word and word not in _CASE_SENSITIVE_MARKERS:
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        line = text[start : end if end >= 0 else len(text)]
        yield word or bracket, text.count("\n", 0, match.start()), shorten(line)


def split_front_matter(raw: str) -> tuple[str, str, int]:
    """(title and description, body, line number of the body's first line) of a page."""
    match = FRONT_MATTER.match(raw)
    if not match:
        return "", raw, 1
    try:
        meta = yamlfile.parse(match.group(1), "front matter", first_line=2)
    except yamlfile.YamlError:
        meta = None  # pages.py fails the build on it; nothing to compare here
    meta_text = ""
    if isinstance(meta, dict):
        meta_text = " ".join(str(meta[key]) for key in ("title", "description") if meta.get(key))
    return meta_text, raw[match.end() :], raw[: match.end()].count("\n") + 1


@dataclass(frozen=True)
class PageText:
    """What is compared between the languages of a Markdown text."""

    headings: tuple[tuple[int, str, int], ...]  # (level, text, line)
    images: frozenset[str]
    links: frozenset[str]
    numbers: Counter  # normalised digits -> how often
    number_forms: Mapping[str, str]  # normalised digits -> as first written
    prose: str  # the words a visitor reads


def analyse_markdown(text: str, first_line: int = 1) -> PageText:
    """Headings, images, links, numbers and readable words of Markdown ``text``.

    Fenced code and HTML comments are left out; front matter must be removed beforehand.
    """
    text = unicodedata.normalize("NFC", text)
    lines = dict(lines_outside_code(text, first_line))
    kept = "\n".join(lines.get(first_line + index, "") for index in range(len(text.split("\n"))))
    kept = _COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), kept)
    headings = tuple(
        heading
        for number, line in enumerate(kept.split("\n"), first_line)
        if (heading := _heading(line, number))
    )
    kept = _INLINE_CODE.sub(" ", kept)
    images = {_target(m.group(2)) for m in _IMAGE.finditer(kept)}
    images |= {_target(m.group(1)) for m in _HTML_IMAGE.finditer(kept)}
    kept = _IMAGE.sub(lambda match: match.group(1), kept)
    links = {_target(m.group(2)) for m in _LINK.finditer(kept)}
    kept = _LINK.sub(lambda match: match.group(1), kept)
    links |= {_target(m.group(1)) for m in _REFERENCE.finditer(kept)}
    kept = _REFERENCE.sub("", kept)
    for pattern in (_AUTOLINK, _HREF):
        links |= {_target(m.group(1)) for m in pattern.finditer(kept)}
    kept = _TAG.sub(" ", kept)
    links |= {_target(m.group(0).rstrip(".,;:!?")) for m in _BARE_URL.finditer(kept)}
    for pattern in (_BARE_URL, _ATTR_LIST, _EMOJI, _ENTITY, _FOOTNOTE):
        kept = pattern.sub(" ", kept)
    numbers, forms = _numbers(kept)
    return PageText(
        headings=headings,
        images=frozenset(image for image in images if image),
        links=frozenset(link for link in links if _is_compared_link(link)),
        numbers=numbers,
        number_forms=forms,
        prose=kept,
    )


def _heading(line: str, number: int) -> tuple[int, str, int] | None:
    match = _HEADING.match(line)
    if not match:
        return None
    title = _HEADING_TAIL.sub("", match.group(2) or "").strip()
    return len(match.group(1)), title, number


def _target(raw: str) -> str:
    """The address of a link or image: no title, no anchor, no leading './'."""
    parts = raw.strip().split()
    target = parts[0].strip("<>") if parts else ""
    target = target.split("#", 1)[0]
    return target[2:] if target.startswith("./") else target


def _is_compared_link(target: str) -> bool:
    return bool(target) and (bool(_SCHEME.match(target)) or target.endswith(".md"))


def _numbers(text: str) -> tuple[Counter, dict[str, str]]:
    """Numbers of 3 digits or more (so every year), separators removed: "1.234,5" == "1,234.5".

    Day and month numbers are left out, so "28/7/1995" and "28 July 1995" both give 1995.
    """
    numbers: Counter = Counter()
    forms: dict[str, str] = {}
    for match in _NUMBER.finditer(text):
        written = match.group(0)
        if _GROUPED_NUMBER.match(written):
            groups = [(re.sub(r"[.,]", "", written), written)]
        else:
            groups = [(group, group) for group in re.split(r"[.,]", written)]
        for digits, form in groups:
            if len(digits) >= 3:
                numbers[digits] += 1
                forms.setdefault(digits, form)
    return numbers, forms
