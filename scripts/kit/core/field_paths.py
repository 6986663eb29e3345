"""Where a value sits in a content file, in words: ``items[16].caption.en`` is shown as
"item 17 (anh-le-ky.jpg), English caption" / "mục thứ 17 (anh-le-ky.jpg), chú thích tiếng Anh".

Editors count from 1 and know their items by file name; they do not read list indexes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kit.messages import LANGUAGES, N_, Message, t

# Field names as editors know them; other keys are shown as written, in quotes.
FIELD_WORDS = {
    "caption": N_("caption"),
    "alt": N_("image description (alt)"),
    "title": N_("title"),
    "intro": N_("introduction"),
    "description": N_("description"),
    "place": N_("place"),
    "credit": N_("credit"),
    "name": N_("name"),
    "summary": N_("summary"),
    "site_name": N_("site name"),
    "agency": N_("agency name"),
    "address": N_("address"),
    "question": N_("question"),
    "explanation": N_("explanation"),
}
_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def shown(path: str, labels: Mapping[str, str] | None = None) -> dict[str, str]:
    """``path`` (``items[3].alt.en``) in words, in every language of the messages.

    ``labels``: the name to show for an entry of a list, by its path (``items[3]``: its file)."""
    parts: list[Message] = []
    prefix = ""
    for name, index in _TOKEN.findall(path):
        if name:
            prefix = f"{prefix}.{name}" if prefix else name
            parts.append(field_word(name))
            continue
        list_name = prefix.rsplit(".", 1)[-1]
        prefix = f"{prefix}[{index}]"
        label = (labels or {}).get(prefix)
        if parts:
            parts.pop()
        parts.append(_entry(list_name, int(index) + 1, label))
    if len(parts) >= 2 and _TOKEN.findall(path)[-1][0] in LANGUAGES:
        code = _TOKEN.findall(path)[-1][0]
        language = t("Vietnamese") if code == "vi" else t("English")
        field = parts[-2]
        parts[-2:] = [t("{language} {field}", language=language, field=field)]
    return {code: ", ".join(part.render(code) for part in parts) for code in LANGUAGES}


def field_word(name: str) -> Message:
    """The name of field ``name`` as editors know it ("caption", "chú thích")."""
    if name in FIELD_WORDS:
        return t(FIELD_WORDS[name])
    if name in LANGUAGES:
        return t("Vietnamese") if name == "vi" else t("English")
    return t("'{key}'", key=name)


def _entry(list_name: str, number: int, label: str | None) -> Message:
    if list_name == "items":
        if label:
            return t("item {number} ({label})", number=number, label=label)
        return t("item {number}", number=number)
    if list_name == "sections":
        return t("section {number}", number=number)
    if list_name == "questions":
        return t("question {number}", number=number)
    if list_name == "choices":
        return t("choice {number}", number=number)
    if list_name == "themes":
        return t("theme {number}", number=number)
    return t("entry {number} of '{key}'", number=number, key=list_name)
