"""The home page's data: the campaign's cover photo, every exhibition, infographic and
province as a linked card, and the latest additions.

Each kind of content offers its cards (``home_cards`` of its adapter, kit/<kind>/pages.py),
with the source files each card is made from; the dates of those files (kit/core/history.py)
order the latest additions. Plain Python: overrides/home.html draws the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kit.build.page_context import relative_url
from kit.core import languages as site_languages
from kit.core.history import History
from kit.core.languages import format_date
from kit.media.site import PreparedMedia

LATEST = 4  # how many of the latest additions the home page shows
LATEST_KINDS = ("photo", "infographic", "province")  # what counts as an addition
SECTIONS = ("exhibition", "infographic", "province")  # one row of cards each, in this order
# The cover spans the page: the whole width on phones and tablets, the page's width above.
COVER_SIZES = "(max-width: 1219px) 100vw, 1220px"


def cards_of(
    types: Iterable[Any], page_url: str, language: str, media: PreparedMedia
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """(the cards every content type offers, the link to each kind's index page). A type
    without ``home_cards`` offers none."""
    cards: list[dict[str, Any]] = []
    index_links: dict[str, str] = {}
    for content in types:
        offer = getattr(content, "home_cards", None)
        if offer is None:
            continue
        own = [dict(card) for card in offer(page_url, language, media)]
        if own:
            index = f"{site_languages.prefix(language)}{content.name}/"
            index_links.setdefault(own[0]["kind"], relative_url(index, page_url or "."))
        cards.extend(own)
    return cards, index_links


def dated(cards: list[dict[str, Any]], history: History, language: str) -> list[dict[str, Any]]:
    """Each card with the date its sources last changed (``updated``, shown as
    ``updated_text``); the list of sources is not passed on to the template."""
    for card in cards:
        date = history.newest(list(card.pop("sources", [])))
        card["updated"] = date
        card["updated_text"] = format_date(date.date().isoformat(), language) if date else ""
    return cards


def latest(cards: list[dict[str, Any]], count: int = LATEST) -> list[dict[str, Any]]:
    """The ``count`` most recently changed additions, newest first (ties keep their order)."""
    additions = [c for c in cards if c["kind"] in LATEST_KINDS and c.get("updated")]
    return sorted(additions, key=lambda c: c["updated"], reverse=True)[:count]


def cover(cards: list[dict[str, Any]], wanted: str | None) -> tuple[dict[str, Any] | None, bool]:
    """(the cover photo, whether ``wanted`` was found): the photo named in the home page's
    front matter (``cover: <exhibition>/<item id>``), else the first exhibition's cover."""
    photos = {c["key"]: c for c in cards if c["kind"] == "photo" and c.get("image")}
    chosen = photos.get(str(wanted)) if wanted else None
    if chosen is None:
        chosen = next((c for c in cards if c["kind"] == "exhibition" and c.get("image")), None)
    if chosen is None:
        return None, not wanted
    image = {**chosen["image"], "sizes": COVER_SIZES}
    return {"title": chosen["title"], "href": chosen["href"], "image": image}, (
        not wanted or str(wanted) in photos
    )


def home_view(
    types: Iterable[object],
    meta: Mapping[str, object],
    page_url: str,
    language: str,
    media: PreparedMedia,
    history: History,
) -> tuple[dict[str, Any], str | None]:
    """(the home template's data, the unknown ``cover:`` value or None)."""
    cards, index_links = cards_of(types, page_url, language, media)
    cards = dated(cards, history, language)
    wanted = meta.get("cover")
    chosen, found = cover(cards, str(wanted) if wanted else None)
    for card in cards:  # the card's title names its link: its picture needs no words
        if card.get("image"):
            card["image"] = {**card["image"], "alt": ""}
    view = {
        "cover": chosen,
        "sections": [
            {
                "kind": kind,
                "cards": [c for c in cards if c["kind"] == kind],
                "index": index_links.get(kind, ""),
            }
            for kind in SECTIONS
            if any(c["kind"] == kind for c in cards)
        ],
        "latest": latest(cards),
    }
    return view, None if found else str(wanted)
