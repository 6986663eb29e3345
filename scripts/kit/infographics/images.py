"""Share images of an infographic (PNG, one per language and format), drawn with Pillow.

Drawn with the site's own font (full Vietnamese glyphs) and brand colours; PNG keeps the
text crisp. Each file is named by a hash of everything drawn on it, so a changed figure or
title gives a new file and an unchanged one is never redrawn.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from kit.core.files import ensure_file
from kit.media.drawing import font, rgb, wrap

FORMATS: dict[str, tuple[int, int]] = {
    "landscape": (1200, 630),  # Facebook, Zalo, X, link previews
    "portrait": (1080, 1350),  # Instagram and phone feeds (4:5)
}
VERSION = "1"  # bump when the drawing changes, so every image is redrawn
ELLIPSIS = "…"


@dataclass(frozen=True)
class Highlight:
    """One figure on the image: "khoảng" / "695" / "triệu người" / "Dân số"."""

    value: str
    label: str
    unit: str = ""
    prefix: str = ""


@dataclass(frozen=True)
class ShareContent:
    """Everything drawn on one image; its hash names the file."""

    title: str
    summary: str
    highlights: tuple[Highlight, ...]
    sources: str  # one line: "Nguồn: ..." in the image's language
    site_name: str
    primary: str = "#0b3a75"
    accent: str = "#c8102e"
    on_primary: str = "#ffffff"


@dataclass(frozen=True)
class ShareImage:
    name: str
    format: str  # a key of FORMATS
    width: int
    height: int
    size: int  # bytes


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], amount: float) -> tuple[int, int, int]:
    r, g, bl = (round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))
    return (r, g, bl)


def _clip(
    draw: ImageDraw.ImageDraw, lines: list[str], face: ImageFont.FreeTypeFont, width: int, most: int
) -> list[str]:
    """At most ``most`` lines; a cut text ends with "…" so nobody reads it as complete."""
    if most <= 0:
        return []
    if len(lines) <= most:
        return lines
    kept = lines[:most]
    last = kept[-1]
    while last and draw.textlength(last + ELLIPSIS, font=face) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + ELLIPSIS
    return kept


def _fit(
    draw: ImageDraw.ImageDraw,
    text: str,
    size: int,
    smallest: int,
    width: int,
    most: int,
    bold: bool,
) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size (down to ``smallest``) at which ``text`` fits in ``most`` lines."""
    while True:
        face = font(size, bold)
        lines = wrap(draw, text, face, width)
        fits = len(lines) <= most and all(draw.textlength(x, font=face) <= width for x in lines)
        if fits or size <= smallest:
            return face, _clip(draw, lines, face, width, most)
        size -= 2


def _write(
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    lines: list[str],
    face: ImageFont.FreeTypeFont,
    fill: tuple[int, int, int],
    leading: float = 1.25,
) -> int:
    """Draw ``lines`` from ``xy``; return the y below the last one."""
    x, y = xy
    for line in lines:
        draw.text((x, y), line, font=face, fill=fill)
        y += round(face.size * leading)
    return y


@dataclass(frozen=True)
class _Layout:
    margin: int
    title: int
    title_lines: int
    summary: int
    summary_lines: int
    columns: int
    most: int  # highlights shown
    value: int
    small: int
    footer: int
    card: int  # tallest card: figures stay grouped on a tall image


LAYOUTS = {
    "landscape": _Layout(56, 50, 2, 24, 2, 4, 4, 52, 19, 18, 240),
    "portrait": _Layout(72, 66, 3, 30, 3, 2, 6, 84, 26, 22, 300),
}


def draw_image(content: ShareContent, kind: str) -> bytes:
    """The PNG bytes of one share image; the same content always gives the same bytes."""
    width, height = FORMATS[kind]
    layout = LAYOUTS[kind]
    primary, accent = rgb(content.primary), rgb(content.accent)
    ink = rgb(content.on_primary)
    soft = _mix(primary, ink, 0.82)
    image = Image.new("RGB", (width, height), primary)
    draw = ImageDraw.Draw(image)
    inner = width - 2 * layout.margin
    draw.rectangle([0, height - 14, width, height], fill=accent)
    draw.rectangle(
        [layout.margin, layout.margin, layout.margin + 110, layout.margin + 9], fill=accent
    )

    y = layout.margin + 34
    face, lines = _fit(draw, content.title, layout.title, 30, inner, layout.title_lines, True)
    y = _write(draw, (layout.margin, y), lines, face, ink, 1.2)
    face, lines = _fit(
        draw, content.summary, layout.summary, 16, inner, layout.summary_lines, False
    )
    y = _write(draw, (layout.margin, y + layout.summary // 2), lines, face, soft)

    footer_top = _footer(draw, content, layout, width, height, soft, ink)
    _highlights(draw, content, layout, (y + 28, footer_top - 24), width, primary, ink, soft)

    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False, compress_level=6)
    return buffer.getvalue()


def _footer(
    draw: ImageDraw.ImageDraw,
    content: ShareContent,
    layout: _Layout,
    width: int,
    height: int,
    soft: tuple[int, int, int],
    ink: tuple[int, int, int],
) -> int:
    """Site name and sources along the bottom edge; returns the top of the footer."""
    inner = width - 2 * layout.margin
    name_face = font(layout.footer + 4, True)
    source_face = font(layout.footer, False)
    sources = _clip(draw, wrap(draw, content.sources, source_face, inner), source_face, inner, 2)
    line = round(layout.footer * 1.3)
    bottom = height - 14 - layout.margin // 2
    name_y = bottom - name_face.size
    top = name_y - 10 - line * len(sources)
    _write(draw, (layout.margin, top), sources, source_face, soft, 1.3)
    draw.text((layout.margin, name_y), content.site_name, font=name_face, fill=ink)
    return top


def _highlights(
    draw: ImageDraw.ImageDraw,
    content: ShareContent,
    layout: _Layout,
    band: tuple[int, int],
    width: int,
    primary: tuple[int, int, int],
    ink: tuple[int, int, int],
    soft: tuple[int, int, int],
) -> None:
    """Cards with the key figures, in a grid centred in the band between summary and footer."""
    shown = content.highlights[: layout.most]
    if not shown:
        return
    gap = 20
    columns = min(layout.columns, len(shown))
    if columns == 2 and len(shown) == 3:
        columns = 1  # three full-width cards look better than two and a half-empty row
    rows = -(-len(shown) // columns)
    card_w = (width - 2 * layout.margin - gap * (columns - 1)) // columns
    card_h = min((band[1] - band[0] - gap * (rows - 1)) // rows, layout.card)
    if card_h < layout.value + 2 * layout.small:
        return  # no room: a title alone is better than clipped figures
    top = band[0] + (band[1] - band[0] - rows * card_h - (rows - 1) * gap) // 2
    fill = _mix(primary, ink, 0.1)
    prefixed = any(h.prefix for h in shown)  # same layout in every card, so figures line up
    for index, highlight in enumerate(shown):
        x = layout.margin + (index % columns) * (card_w + gap)
        y = top + (index // columns) * (card_h + gap)
        draw.rounded_rectangle([x, y, x + card_w, y + card_h], radius=14, fill=fill)
        box = (x + 18, y + 14, card_w - 36, card_h - 28)
        _card(draw, highlight, layout, box, prefixed, ink, soft)


def _card(
    draw: ImageDraw.ImageDraw,
    highlight: Highlight,
    layout: _Layout,
    box: tuple[int, int, int, int],
    prefixed: bool,
    ink: tuple[int, int, int],
    soft: tuple[int, int, int],
) -> None:
    """One figure, its words vertically centred in ``box`` (x, y, width, height)."""
    x, y, width, height = box
    small, strong = font(layout.small, False), font(layout.small, True)
    value_face, _ = _fit(draw, highlight.value, layout.value, 24, width, 1, True)
    value_width = draw.textlength(highlight.value, font=value_face)
    unit_face = font(round(layout.small * 1.25), True)
    # The unit sits beside the number when it fits ("695 triệu người"), else below it.
    beside = bool(highlight.unit) and (
        value_width + draw.textlength(" " + highlight.unit, font=unit_face) <= width
    )
    step = round(layout.small * 1.3)
    prefix_step = step if prefixed else 0
    value_step = round(value_face.size * 1.2)
    room = max(1, (height - prefix_step - value_step) // step)
    units = [] if beside else wrap(draw, highlight.unit, strong, width) if highlight.unit else []
    units = _clip(draw, units, strong, width, min(2, room - 1) if len(units) > 1 else room)
    labels = _clip(draw, wrap(draw, highlight.label, small, width), small, width, room - len(units))
    used = prefix_step + value_step + step * (len(units) + len(labels))
    y += max(0, (height - used) // 2)
    if highlight.prefix:
        draw.text((x, y), highlight.prefix, font=small, fill=soft)
    y += prefix_step
    draw.text((x, y), highlight.value, font=value_face, fill=ink)
    if beside:
        # Same baseline as the number.
        shift = value_face.getmetrics()[0] - unit_face.getmetrics()[0]
        space = draw.textlength(" ", font=unit_face)
        draw.text((x + value_width + space, y + shift), highlight.unit, font=unit_face, fill=ink)
    y += value_step
    y = _write(draw, (x, y), units, strong, ink, 1.3)
    _write(draw, (x, y), labels, small, soft, 1.3)


def image_name(slug: str, language: str, kind: str, content: ShareContent) -> str:
    width, height = FORMATS[kind]
    digest = hashlib.sha256(repr((VERSION, kind, content)).encode("utf-8")).hexdigest()[:12]
    return f"{slug}-{language}-{width}x{height}-{digest}.png"


def ensure_image(
    cache_dir: Path, slug: str, language: str, kind: str, content: ShareContent
) -> ShareImage:
    """Draw the image into ``cache_dir`` unless an identical one is there already."""
    name = image_name(slug, language, kind, content)
    target = ensure_file(cache_dir / name, lambda: draw_image(content, kind))
    width, height = FORMATS[kind]
    return ShareImage(name, kind, width, height, target.stat().st_size)
