"""Share images (1200 x 630) for pages without a photo of their own, in the page language.

Facebook and Zalo show this picture when a page is shared. It is drawn with the site's
font (full Vietnamese glyphs) and brand colours, named by a hash of everything drawn so a
changed title gives a new file, and never redrawn while it exists.

A card takes about 5 ms to draw (the title, then the JPEG), and a first build of 1,000 pages in two
languages needs 2,000: :class:`CardDrawer` draws them in worker processes while MkDocs
renders the pages on one core, and the build waits for them only at its end.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from kit.core.files import ensure_file
from kit.core.slugs import slugify
from kit.media.drawing import FONTS, brand_canvas, font, rgb, wrap  # noqa: F401 - FONTS is re-exported
from kit.messages import t

SIZE = (1200, 630)
VERSION = "2"  # bump when the drawing changes, so every card is redrawn
# Fewer missing cards than this are drawn in this process: starting workers costs more.
POOL_FROM = 24


class ShareCardError(Exception):
    """A card that could not be drawn or saved: ``ShareCardError(message, file name)``. The
    message names the file and the page. (Both are in ``args``, so it crosses processes.)"""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Card:
    """Everything drawn on one card (and so everything its file name hashes)."""

    title: str
    site_name: str
    colours: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, title: str, site_name: str, colours: Mapping[str, str]) -> Card:
        return cls(title, site_name, tuple(sorted(colours.items())))

    @property
    def name(self) -> str:
        return card_name(self.title, self.site_name, dict(self.colours))

    def draw(self) -> bytes:
        return draw_card(self.title, self.site_name, dict(self.colours))


def draw_card(title: str, site_name: str, colours: Mapping[str, str]) -> bytes:
    """The JPEG bytes of one card; the same inputs always give the same bytes."""
    image = _background(site_name, tuple(sorted(colours.items()))).copy()
    draw = ImageDraw.Draw(image)
    text = rgb(colours.get("on_primary", "#ffffff"))
    size = 68
    face = font(size, bold=True)
    lines = wrap(draw, title, face, SIZE[0] - 140)
    while len(lines) > 4 and size > 40:  # long titles get a smaller size, not cut
        size -= 6
        face = font(size, bold=True)
        lines = wrap(draw, title, face, SIZE[0] - 140)
    y = 130
    for line in lines[:5]:
        draw.text((70, y), line, font=face, fill=text)
        y += int(size * 1.3)
    buffer = io.BytesIO()
    # Only the sites that show a shared link (Facebook, Zalo) download a card, once: without
    # the optimising pass it is saved in half the time, for a file about a tenth larger.
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


@functools.lru_cache(maxsize=4)
def _background(site_name: str, colours: tuple[tuple[str, str], ...]) -> Image.Image:
    """What every card of a site shares: its colours, the accent bars and its name."""
    named = dict(colours)
    image = brand_canvas(SIZE, named, mark_top=80)
    text = rgb(named.get("on_primary", "#ffffff"))
    ImageDraw.Draw(image).text((70, SIZE[1] - 95), site_name, font=font(34, bold=False), fill=text)
    return image


def card_name(title: str, site_name: str, colours: Mapping[str, str]) -> str:
    key = "\x00".join([VERSION, title, site_name, repr(sorted(colours.items()))])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return f"{slugify(title)[:60] or 'page'}-{digest}.jpg"


def ensure_card(cache_dir: Path, title: str, site_name: str, colours: Mapping[str, str]) -> str:
    """Draw the card for ``title`` (plain text) into ``cache_dir`` unless it is there; return
    its file name."""
    card = Card.of(title, site_name, colours)
    _draw_into(cache_dir, card)
    return card.name


def draw_cards(cache_dir: Path, cards: Mapping[str, Card], jobs: int | None = None) -> int:
    """Draw the ``cards`` (by file name) that ``cache_dir`` does not hold yet; return how many.

    Many missing cards are drawn in worker processes (``jobs``: how many; default one per
    core). The bytes do not depend on where a card is drawn. When cards fail, the others are
    still drawn, then the first failure (in file-name order) is raised as ShareCardError.
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1:
        missing = [c for name, c in sorted(cards.items()) if not (cache_dir / name).is_file()]
        failure = _draw_all(cache_dir, missing)
        if failure is not None:
            raise failure
        return len(missing)
    drawer = CardDrawer(cache_dir, jobs=jobs, batch=len(cards) + 1)
    for _name, card in sorted(cards.items()):
        drawer.add(card)
    return drawer.finish()


class CardDrawer:
    """Draws cards while the pages render, in worker processes on the cores MkDocs leaves idle
    (MkDocs renders on one), so a first build hardly waits for its cards.

    :meth:`add` each page's card; :meth:`finish` draws what is left and waits. A card already
    in ``cache_dir`` is not drawn again. Fewer than POOL_FROM missing cards in all are drawn in
    this process, in :meth:`finish`: starting workers would cost more.
    """

    def __init__(self, cache_dir: Path, jobs: int | None = None, batch: int = 32) -> None:
        self.cache_dir = cache_dir
        # Default: every core but the one the build itself renders pages on.
        self.jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1) - 1)
        self.batch = batch
        self.seen: set[str] = set()
        self.waiting: list[Card] = []
        self.sent = 0
        self.pool: ProcessPoolExecutor | None = None
        self.futures: list[Future[ShareCardError | None]] = []

    def add(self, card: Card) -> None:
        name = card.name
        if name in self.seen:
            return
        self.seen.add(name)
        if (self.cache_dir / name).is_file():
            return
        self.waiting.append(card)
        if self.sent + len(self.waiting) >= POOL_FROM and len(self.waiting) >= self.batch:
            self._send()

    def finish(self) -> int:
        """Draw the cards still waiting, wait for the workers; return how many were drawn."""
        drawn = self.sent + len(self.waiting)
        failures: list[ShareCardError] = []
        try:
            if self.waiting and (self.pool is not None or drawn >= POOL_FROM):
                self._send()
            else:
                failures.extend(e for e in [_draw_all(self.cache_dir, self.waiting)] if e)
                self.waiting = []
            failures.extend(e for f in self.futures if (e := f.result()) is not None)
        finally:
            self.abandon()
        if failures:
            raise min(failures, key=lambda error: error.args[1])
        return drawn

    def abandon(self) -> None:
        """Stop the workers (a build that failed half-way: its cards are not needed)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool, self.futures, self.waiting = None, [], []

    def _send(self) -> None:
        if self.pool is None:
            # Default start method (fork on Linux), as the photo pipeline: works from any
            # caller. The workers start with this process's memory: nothing to load again.
            self.pool = ProcessPoolExecutor(max_workers=self.jobs)
        # One task per worker share: a few large tasks cost less than many small ones.
        workers = min(self.jobs, len(self.waiting))
        for start in range(workers):
            share = self.waiting[start::workers]
            self.futures.append(self.pool.submit(_draw_all, self.cache_dir, share))
        self.sent += len(self.waiting)
        self.waiting = []


def _draw_all(cache_dir: Path, cards: list[Card]) -> ShareCardError | None:
    """Draw each card (in a worker, or here); the failure of the first card by file name is
    returned rather than raised, after the others are drawn."""
    first: ShareCardError | None = None
    for card in cards:
        try:
            _draw_into(cache_dir, card)
        except ShareCardError as error:
            if first is None or error.args[1] < first.args[1]:
                first = error
    return first


def _draw_into(cache_dir: Path, card: Card) -> None:
    name = card.name
    try:
        ensure_file(cache_dir / name, card.draw)
    except Exception as error:  # a full disk, a damaged font file: named, not a traceback
        reason = getattr(error, "strerror", None) or f"{type(error).__name__}: {error}"
        message = t(
            "the share picture {file} for the page '{title}' could not be made ({reason}); "
            "check there is free disk space and that the folder can be written to, then build "
            "again",
            file=cache_dir / name,
            title=card.title,
            reason=reason,
        )
        raise ShareCardError(str(message), name) from None
