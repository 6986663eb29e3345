"""Share pictures of a quiz result (1200 x 630), drawn before the site is published: one per
score band and language, shown when a visitor shares the page of their band.

Nothing is drawn in the visitor's browser and nothing is sent anywhere: the quiz page links
to the band's page, whose og:image is the picture drawn here.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from pathlib import Path

from PIL import ImageDraw

from kit.core.files import ensure_file
from kit.media.drawing import brand_canvas, font, rgb, wrap

SIZE = (1200, 630)
VERSION = "1"  # bump when the drawing changes, so every picture is redrawn


def draw_result(
    quiz_title: str, score: str, message: str, site_name: str, colours: Mapping[str, str]
) -> bytes:
    """The JPEG bytes of one picture; the same inputs always give the same bytes."""
    text = rgb(colours.get("on_primary", "#ffffff"))
    image = brand_canvas(SIZE, colours, mark_top=70)
    draw = ImageDraw.Draw(image)
    title_face = font(44, bold=True)
    y = 110
    for line in wrap(draw, quiz_title, title_face, SIZE[0] - 140)[:2]:
        draw.text((70, y), line, font=title_face, fill=text)
        y += 58
    score_face = font(150, bold=True)
    draw.text((70, y + 10), score, font=score_face, fill=text)
    message_face = font(50, bold=False)
    y += 200
    for line in wrap(draw, message, message_face, SIZE[0] - 140)[:2]:
        draw.text((70, y), line, font=message_face, fill=text)
        y += 64
    draw.text((70, SIZE[1] - 80), site_name, font=font(30, bold=False), fill=text)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def ensure_result_picture(
    cache_dir: Path,
    slug: str,
    quiz_title: str,
    score: str,
    message: str,
    site_name: str,
    colours: Mapping[str, str],
) -> str:
    """Draw the picture into ``cache_dir`` unless it is there; return its file name."""
    key = "\x00".join(
        [VERSION, quiz_title, score, message, site_name, repr(sorted(colours.items()))]
    )
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    name = f"{slug}-{digest}.jpg"
    ensure_file(
        cache_dir / name, lambda: draw_result(quiz_title, score, message, site_name, colours)
    )
    return name
