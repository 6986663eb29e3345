"""Share images (1200 x 630) for pages without a photo of their own, in the page language.

Facebook and Zalo show this picture when a page is shared. It is drawn with the site's
font (full Vietnamese glyphs) and brand colours, named by a hash of everything drawn so a
changed title gives a new file, and never redrawn while it exists.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image, ImageDraw

from kit.core.files import ensure_file
from kit.core.slugs import slugify
from kit.media.drawing import FONTS, font, rgb, wrap  # noqa: F401 - FONTS is re-exported

SIZE = (1200, 630)
VERSION = "1"  # bump when the drawing changes, so every card is redrawn


def draw_card(title: str, site_name: str, colours: dict[str, str]) -> bytes:
    """The JPEG bytes of one card; the same inputs always give the same bytes."""
    primary = rgb(colours.get("primary", "#0b3a75"))
    accent = rgb(colours.get("accent", "#c8102e"))
    text = rgb(colours.get("on_primary", "#ffffff"))
    image = Image.new("RGB", SIZE, primary)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, SIZE[1] - 18, SIZE[0], SIZE[1]], fill=accent)
    draw.rectangle([70, 80, 190, 92], fill=accent)
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
    draw.text((70, SIZE[1] - 95), site_name, font=font(34, bold=False), fill=text)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def card_name(title: str, site_name: str, colours: dict[str, str]) -> str:
    key = "\x00".join([VERSION, title, site_name, repr(sorted(colours.items()))])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return f"{slugify(title)[:60] or 'page'}-{digest}.jpg"


def ensure_card(cache_dir: Path, title: str, site_name: str, colours: dict[str, str]) -> str:
    """Draw the card for ``title`` (plain text) into ``cache_dir`` unless it is there; return
    its file name."""
    name = card_name(title, site_name, colours)
    ensure_file(cache_dir / name, lambda: draw_card(title, site_name, colours))
    return name
