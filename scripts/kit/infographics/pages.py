"""Infographic pages: the Markdown the build writes, the share images, and the template data.

Pages are thin Markdown (title and introduction, so search finds them). The figures, charts,
timelines and member lists are drawn by overrides/infographic*.html from the data returned
by ``view_for_page``: numbers and dates already formatted for the page language, chart
geometry already computed, so templates only place things.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kit.core import languages as site_languages
from kit.core.asean_members import BY_CODE
from kit.core.generated import markdown_page, plain, section_index
from kit.core.labels import labels_for
from kit.core.languages import format_date, format_number
from kit.infographics.content import Block, Figure, Infographic, Source
from kit.infographics.images import FORMATS, Highlight, ShareContent, ShareImage, ensure_image
from kit.media.views import Links

OUTPUT_FOLDER = "infographics"  # inside docs/: git-ignored, written by the build
SHARE_FOLDER = "media/infographics"  # inside the built site
SHARE_CACHE = Path(".cache") / "infographics"  # next to mkdocs.yml

# Chart geometry, in CSS pixels: the SVGs have no viewBox, so their text keeps the page's
# font size on every screen while bars and columns stretch with percentages.
BAR_ROW, BAR_TEXT, BAR_TOP, BAR_HEIGHT = 44, 17, 24, 12
COLUMN_TOP, COLUMN_PLOT, COLUMN_BOTTOM = 28, 180, 32
ROW_HEIGHT, ROW_TEXT, ROW_BAR, ROW_BAR_HEIGHT, ROW_VALUES = 80, 17, 26, 18, 66

# ── numbers ─────────────────────────────────────────────────────────────────────────────


def with_unit(number: str, unit: str) -> str:
    """ "14,5" + "%" -> "14,5%"; "695" + "triệu người" -> "695 triệu người"."""
    if not unit:
        return number
    return f"{number}{unit}" if unit.startswith("%") else f"{number} {unit}"


def _unit(figure: Figure, lang: str) -> str:
    return figure.unit[lang] if figure.unit else ""


def value_text(figure: Figure, lang: str, unit: bool = True, words: bool = True) -> str:
    """The value as read aloud or in a table: "khoảng 695 triệu người"."""
    text = format_number(figure.value, lang, figure.decimals)
    text = with_unit(text, _unit(figure, lang)) if unit else text
    if figure.approx:
        prefix = _labels(lang)["approx"] if words else _labels(lang)["approx_sign"]
        text = f"{prefix} {text}"
    return text


def _percent(part: float, whole: float, lang: str) -> str:
    return with_unit(format_number(100 * part / whole, lang, 1), "%")


# ── pages ───────────────────────────────────────────────────────────────────────────────


def page_sources(infographics: list[Infographic], languages: tuple[str, ...]) -> dict[str, str]:
    """Every generated Markdown file, by path relative to docs/infographics/."""
    pages: dict[str, str] = {}
    for lang in languages:
        strings = _labels(lang)
        pages[f"index.{lang}.md"] = section_index(strings, "infographics")
        for infographic in infographics:
            pages[f"{infographic.slug}/index.{lang}.md"] = markdown_page(
                {
                    "title": infographic.title[lang],
                    "description": infographic.summary[lang],
                    "template": "infographic.html",
                    "campaign_view": "infographic",
                    "infographic": infographic.slug,
                },
                f"# {plain(infographic.title[lang])}\n\n{infographic.intro[lang]}",
            )
    return pages


# ── share images ────────────────────────────────────────────────────────────────────────


def _share_block(infographic: Infographic) -> Block | None:
    """The block a share image shows: the first one with figures or events."""
    return next(
        (b for b in infographic.blocks if b.figures or b.rows or b.events),
        None,
    )


def share_highlights(infographic: Infographic, lang: str) -> tuple[Highlight, ...]:
    """The figures a share image shows, from its first block that has some."""
    block = _share_block(infographic)
    if block is None:
        return ()
    if block.kind == "timeline":
        return tuple(Highlight(e.date[:4], e.title[lang]) for e in block.events)
    if block.kind == "comparison" and block.series:
        first = block.series[0][lang]
        return tuple(_highlight(r.values[0], f"{r.label[lang]}: {first}", lang) for r in block.rows)
    return tuple(_highlight(figure, figure.label[lang], lang) for figure in block.figures)


def _highlight(figure: Figure, label: str, lang: str) -> Highlight:
    number, unit = format_number(figure.value, lang, figure.decimals), _unit(figure, lang)
    if unit.startswith("%"):  # "14,5%" reads as one figure
        number, unit = number + unit, ""
    return Highlight(
        value=number,
        label=label,
        unit=unit,
        prefix=_labels(lang)["approx"] if figure.approx else "",
    )


def _cited(sources: list[Source], lang: str) -> str:
    """ "ASEAN Secretariat (1995, 2025); United Nations (2024)": one entry per source name."""
    years: dict[str, list[str]] = {}
    for source in sources:
        dates = years.setdefault(source.name[lang], [])
        if source.date[:4] not in dates:
            dates.append(source.date[:4])
    return "; ".join(
        # "ASEANstats (ASEAN Secretariat), 2023" rather than two pairs of brackets.
        f"{name}, {', '.join(sorted(dates))}"
        if name.endswith(")")
        else f"{name} ({', '.join(sorted(dates))})"
        for name, dates in years.items()
    )


def share_content(
    infographic: Infographic, lang: str, site_name: str, colours: Mapping[str, str]
) -> ShareContent:
    block = _share_block(infographic)
    sources = []
    if block is not None:
        sources = _distinct(
            [f.source for f in (*block.figures, *_row_figures(block))]
            + [e.source for e in block.events]
        )
    cited = _cited(sources, lang)
    return ShareContent(
        title=infographic.title[lang],
        summary=infographic.summary[lang],
        highlights=share_highlights(infographic, lang),
        sources=f"{_labels(lang)['source']}: {cited}" if cited else "",
        site_name=site_name,
        primary=colours.get("primary", "#0b3a75"),
        accent=colours.get("accent", "#c8102e"),
        on_primary=colours.get("on_primary", "#ffffff"),
    )


def _row_figures(block: Block) -> list[Figure]:
    return [figure for row in block.rows for figure in row.values]


def _distinct(sources: list[Source | None]) -> list[Source]:
    seen: list[Source] = []
    for source in sources:
        if source is not None and source not in seen:
            seen.append(source)
    return seen


def share_images(
    cache_dir: Path,
    infographics: list[Infographic],
    lang: str,
    site_name: str,
    colours: Mapping[str, str],
) -> dict[str, list[ShareImage]]:
    """Every share image of one language (drawn only when missing), by infographic slug."""
    images: dict[str, list[ShareImage]] = {}
    for infographic in infographics:
        content = share_content(infographic, lang, site_name, colours)
        images[infographic.slug] = [
            ensure_image(cache_dir, infographic.slug, lang, kind, content) for kind in FORMATS
        ]
    return images


# ── template data ───────────────────────────────────────────────────────────────────────


def _root(lang: str) -> str:
    return site_languages.prefix(lang)


def _labels(lang: str) -> dict[str, str]:
    return labels_for(lang)["infographics"]


def _source_view(source: Source, lang: str) -> dict[str, str]:
    return {
        "name": source.name[lang],
        "url": source.url,
        "date": format_date(source.date, lang),
    }


def _downloads(
    infographic: Infographic, lang: str, links: Links, images: list[ShareImage]
) -> list[dict[str, object]]:
    strings = _labels(lang)
    downloads = []
    for image in images:
        size_kb = format_number(max(1, round(image.size / 1024)), lang)
        downloads.append(
            {
                "href": links(f"{SHARE_FOLDER}/{image.name}"),
                "path": f"{SHARE_FOLDER}/{image.name}",
                "filename": f"{infographic.slug}-{lang}-{image.width}x{image.height}.png",
                "label": f"{strings[image.format]} {image.width} × {image.height}",
                "details": f"PNG, {size_kb} KB",
                "format": image.format,
                "width": image.width,
                "height": image.height,
            }
        )
    return downloads


def _card(
    infographic: Infographic, lang: str, links: Links, images: list[ShareImage]
) -> dict[str, object]:
    downloads = _downloads(infographic, lang, links, images)
    return {
        "slug": infographic.slug,
        "title": infographic.title[lang],
        "summary": infographic.summary[lang],
        "href": links(f"{_root(lang)}{OUTPUT_FOLDER}/{infographic.slug}/"),
        "preview": downloads[0] if downloads else None,
    }


def home_cards(
    infographics: list[Infographic], page_url: str, lang: str, images: Mapping[str, list]
) -> list[dict[str, object]]:
    """Every infographic as a card of the home page (kit/build/home.py)."""
    links = Links(page_url)
    cards = []
    for infographic in infographics:
        card = _card(infographic, lang, links, images.get(infographic.slug, []))
        cards.append(
            {
                "kind": "infographic",
                "key": infographic.slug,
                "title": card["title"],
                "summary": card["summary"],
                "note": "",
                "href": card["href"],
                "preview": card["preview"],
                "sources": [infographic.file],
            }
        )
    return cards


def page_source_files(meta: Mapping[str, object], infographics: list[Infographic]) -> list[Path]:
    """What an infographic page is made from: its data file (every one for the index)."""
    view = meta.get("campaign_view")
    if view == "infographics":
        return [infographic.file for infographic in infographics]
    if view != "infographic":
        return []
    return [i.file for i in infographics if i.slug == meta.get("infographic")]


def view_for_page(
    meta: Mapping[str, object],
    page_url: str,
    lang: str,
    infographics: list[Infographic],
    images: Mapping[str, list[ShareImage]],
) -> dict[str, object] | None:
    """The data an infographic template needs for one page, or None for other pages."""
    view = meta.get("campaign_view")
    links = Links(page_url)
    if view == "infographics":
        return {"cards": [_card(i, lang, links, images.get(i.slug, [])) for i in infographics]}
    if view != "infographic":
        return None
    infographic = next((i for i in infographics if i.slug == meta.get("infographic")), None)
    if infographic is None:
        return None
    own_images = images.get(infographic.slug, [])
    downloads = _downloads(infographic, lang, links, own_images)
    return {
        "card": _card(infographic, lang, links, own_images),
        "blocks": [
            _block_view(block, f"ig-{n}", lang, links)
            for n, block in enumerate(infographic.blocks, start=1)
        ],
        "downloads": downloads,
        "share_path": downloads[0]["path"] if downloads else "",
        "strings": _labels(lang),
    }


def _block_view(block: Block, block_id: str, lang: str, links: Links) -> dict[str, object]:
    view: dict[str, object] = {
        "id": block_id,
        "kind": block.kind,
        "title": block.title[lang],
        "description": block.description[lang] if block.description else "",
        "sources": [
            _source_view(s, lang)
            for s in _distinct(
                [f.source for f in (*block.figures, *_row_figures(block))]
                + [e.source for e in block.events]
                + [block.source]
            )
        ],
    }
    if block.kind == "figures":
        view["figures"] = [_figure_view(f, lang) for f in block.figures]
    elif block.kind == "bar":
        view.update(_bar_chart(block, lang))
    elif block.kind == "column":
        view.update(_column_chart(block, lang))
    elif block.kind == "comparison":
        view.update(_comparison(block, lang))
    elif block.kind == "timeline":
        view["events"] = [
            {
                "datetime": event.date,
                "when": format_date(event.date, lang),
                "title": event.title[lang],
                "text": event.text[lang] if event.text else "",
            }
            for event in block.events
        ]
    else:
        view["members"] = _members(block, lang, links)
    summary = str(view.pop("summary", ""))
    view["aria"] = " ".join(x for x in (str(view["description"]), summary) if x)
    return view


def _figure_view(figure: Figure, lang: str) -> dict[str, object]:
    highlight = _highlight(figure, figure.label[lang], lang)  # "14,5%" stays one number
    return {
        "prefix": highlight.prefix,
        "value": highlight.value,
        "unit": highlight.unit,
        "label": figure.label[lang],
        "note": figure.note[lang] if figure.note else "",
        "source": _source_view(figure.source, lang),
    }


def _chart_summary(block: Block, lang: str) -> str:
    """What a screen reader hears after the description: size, highest and lowest."""
    strings = _labels(lang)
    figures = block.figures
    top = max(figures, key=lambda f: f.value)
    low = min(figures, key=lambda f: f.value)
    parts = [f"{strings[block.kind]}, {strings['items'].format(n=len(figures))}."]
    if len(figures) > 1:
        parts.append(f"{strings['highest']}: {top.label[lang]}, {value_text(top, lang)}.")
        parts.append(f"{strings['lowest']}: {low.label[lang]}, {value_text(low, lang)}.")
    return " ".join(parts)


def _chart_table(block: Block, lang: str) -> dict[str, object]:
    strings = _labels(lang)
    unit = block.unit[lang] if block.unit else ""
    rows = [[figure.label[lang], value_text(figure, lang, unit=False)] for figure in block.figures]
    table = {
        "head": [
            strings["category"],
            f"{strings['value']} ({unit})" if unit else strings["value"],
        ],
        "classes": ["", "ig-num"],
        "rows": rows,
    }
    return _with_sources(table, [[figure.source] for figure in block.figures], lang)


def _with_sources(
    table: dict[str, list], sources: list[list[Source]], lang: str
) -> dict[str, list]:
    """A source column, unless every row has the same source (cited below the chart)."""
    if any(row != sources[0] for row in sources):  # Source holds dicts: not hashable
        table["head"].append(_labels(lang)["source"])
        table["classes"].append("ig-source")
        for row, cited in zip(table["rows"], sources, strict=True):
            row.append(" · ".join(_cite(source, lang) for source in _distinct(list(cited))))
    return table


def _cite(source: Source, lang: str) -> str:
    return f"{source.name[lang]} ({format_date(source.date, lang)})"


def _largest(figures: list[Figure]) -> float:
    return max((f.value for f in figures), default=0) or 1


def _bar_chart(block: Block, lang: str) -> dict[str, object]:
    largest = _largest(block.figures)
    bars = []
    for index, figure in enumerate(block.figures):
        share = figure.value / largest * 100
        bars.append(
            {
                "label": figure.label[lang],
                "value": value_text(figure, lang, unit=False, words=False),
                "text_y": index * BAR_ROW + BAR_TEXT,
                "bar_y": index * BAR_ROW + BAR_TOP,
                # A tiny non-zero value still shows as a sliver, not as nothing.
                "width": round(max(share, 0.6) if figure.value > 0 else 0, 2),
                "highlight": figure.highlight,
            }
        )
    return {
        "unit": block.unit[lang] if block.unit else "",
        "chart": {"height": len(bars) * BAR_ROW, "bar_height": BAR_HEIGHT, "bars": bars},
        "table": _chart_table(block, lang),
        "summary": _chart_summary(block, lang),
    }


def _column_chart(block: Block, lang: str) -> dict[str, object]:
    largest = _largest(block.figures)
    count = len(block.figures)
    slot = 100 / count
    columns = []
    for index, figure in enumerate(block.figures):
        height = figure.value / largest * COLUMN_PLOT
        height = max(height, 2) if figure.value > 0 else 0
        top = COLUMN_TOP + COLUMN_PLOT - height
        columns.append(
            {
                "label": figure.label[lang],
                "value": value_text(figure, lang, unit=False, words=False),
                "x": round(index * slot + slot * 0.18, 3),
                "center": round(index * slot + slot / 2, 3),
                "width": round(slot * 0.64, 3),
                "y": round(top, 1),
                "height": round(height, 1),
                "value_y": round(top - 8, 1),
                "highlight": figure.highlight,
            }
        )
    baseline = COLUMN_TOP + COLUMN_PLOT
    return {
        "unit": block.unit[lang] if block.unit else "",
        "chart": {
            "height": baseline + COLUMN_BOTTOM,
            "baseline": baseline,
            "label_y": baseline + 22,
            "columns": columns,
        },
        "table": _chart_table(block, lang),
        "summary": _chart_summary(block, lang),
    }


def _comparison(block: Block, lang: str) -> dict[str, object]:
    strings = _labels(lang)
    assert block.series is not None  # the loader drops comparisons without series
    names = (block.series[0][lang], block.series[1][lang])
    rows, table_rows, row_sources, sentences = [], [], [], []
    for index, row in enumerate(block.rows):
        first, second = row.values
        unit = row.unit[lang] if row.unit else ""
        label = f"{row.label[lang]} ({unit})" if unit else row.label[lang]
        share = _percent(first.value, second.value, lang) if block.share else ""
        if share and (first.approx or second.approx):
            share = f"{strings['approx_sign']} {share}"
        largest = second.value if block.share else max(first.value, second.value) or 1
        top = index * ROW_HEIGHT
        rows.append(
            {
                "label": label,
                "share": share,
                # Not "values": Jinja would find the dict's values() method first.
                "amounts": [
                    f"{names[0]}: {value_text(first, lang, unit=False, words=False)}",
                    f"{names[1]}: {value_text(second, lang, unit=False, words=False)}",
                ],
                "widths": [
                    round(min(first.value / largest, 1) * 100, 2),
                    round(min(second.value / largest, 1) * 100, 2),
                ],
                "text_y": top + ROW_TEXT,
                "bar_y": top + ROW_BAR,
                "values_y": top + ROW_VALUES,
            }
        )
        row_sources.append([first.source, second.source])
        table_rows.append(
            [label, value_text(first, lang, False), value_text(second, lang, False)]
            + ([share] if block.share else [])
        )
        sentence = f"{row.label[lang]}: {names[0]} {value_text(first, lang)}, "
        sentence += f"{names[1]} {value_text(second, lang)}"
        if share:
            sentence += f" ({strings['share_of'].format(a=names[0], share=share, b=names[1])})"
        sentences.append(sentence + ".")
    head = [strings["measure"], names[0], names[1]]
    head += [strings["share"]] if block.share else []
    return {
        "series": list(names),
        "share": block.share,
        "chart": {"height": len(rows) * ROW_HEIGHT, "bar_height": ROW_BAR_HEIGHT, "rows": rows},
        "table": _with_sources(
            {"head": head, "classes": ["", *["ig-num"] * (len(head) - 1)], "rows": table_rows},
            row_sources,
            lang,
        ),
        "summary": strings["comparison"].format(a=names[0], b=names[1])
        + ". "
        + " ".join(sentences),
    }


def _members(block: Block, lang: str, links: Links) -> list[dict[str, object]]:
    other = site_languages.active().other(lang)
    members = []
    for code in block.members:
        member = BY_CODE[code]
        members.append(
            {
                "code": code,
                "name": member.name[lang],
                "other_name": member.name[other],
                "other_lang": other,
                "flag": links(member.flag),
                "joined": format_date(member.joined, lang),
                "joined_iso": member.joined,
                "highlight": code == block.highlight,
            }
        )
    return members
