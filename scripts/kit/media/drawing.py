"""Text drawing helpers shared by everything that draws pictures with Pillow.

The site's font (Be Vietnam Pro, OFL) is bundled as full TTF files, so Vietnamese
diacritics render correctly whatever fonts the machine has.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parent / "fonts"


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "BeVietnamPro-Bold.ttf" if bold else "BeVietnamPro-Regular.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def brand_canvas(size: tuple[int, int], colours: Mapping[str, str], mark_top: int) -> Image.Image:
    """A share picture's background in the site's colours: the primary colour, an accent bar
    along the bottom and a short accent mark at ``mark_top`` above the title."""
    image = Image.new("RGB", size, rgb(colours.get("primary", "#0b3a75")))
    draw = ImageDraw.Draw(image)
    accent = rgb(colours.get("accent", "#c8102e"))
    draw.rectangle([0, size[1] - 18, size[0], size[1]], fill=accent)
    draw.rectangle([70, mark_top, 190, mark_top + 12], fill=accent)
    return image


def rgb(colour: str) -> tuple[int, int, int]:
    """``"#0b3a75"`` -> ``(11, 58, 117)``."""
    colour = colour.lstrip("#")
    red, green, blue = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return red, green, blue


def wrap(
    draw: ImageDraw.ImageDraw, text: str, face: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    """Words into lines no wider than ``width`` (a single long word may overflow)."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=face) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines
