"""Province pages: page settings, the data the templates show, and schema.org data.

The pages themselves are the editors' Markdown (docs/provinces/<slug>/index.vi.md and
index.en.md, see kit.provinces.content); the build only adds settings to them (``page_meta``), and
overrides/province.html and provinces.html draw the profile from ``view_for_page``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urljoin

from kit.build.print_addresses import print_link
from kit.core import languages as site_languages
from kit.core.labels import Names, labels_for
from kit.media.pipeline import ProcessedImage
from kit.media.views import Links, image_view  # one picture format for the site
from kit.provinces.content import (
    METADATA_FILE,
    REGIONS,
    STATUSES,
    Contact,
    Destination,
    Entry,
    Placeholder,
    Province,
    has_marker,
)

SOURCE_FOLDER = "provinces"  # inside docs/: one folder per province, tracked in git
CARD_SIZES = "(max-width: 599px) 100vw, (max-width: 959px) 50vw, 320px"
HERO_SIZES = "(max-width: 1219px) 100vw, 960px"
_PAGE = re.compile(rf"^{SOURCE_FOLDER}/(?:(?P<slug>[^/]+)/)?index(?:\.[A-Za-z_-]+)?\.md$")


def _root(lang: str) -> str:
    return site_languages.prefix(lang)


def _labels(lang: str) -> dict[str, str]:
    return labels_for(lang)["provinces"]


def page_meta(src_uri: str, lang: str, provinces: list[Province]) -> dict[str, object]:
    """Settings for a province page or the provinces index (empty for other pages).

    Front matter an editor wrote wins over these; the title and description come from
    province.yml so they are written once, as plain text (the plugin escapes it once for the
    templates: kit/quality/safe_content.py).
    """
    match = _PAGE.match(src_uri)
    if not match:
        return {}
    slug = match.group("slug")
    if slug is None:
        return {"template": "provinces.html", "campaign_view": "provinces"}
    province = next((p for p in provinces if p.slug == slug), None)
    if province is None:
        return {}  # not loaded: a plain page, and the problem is reported
    return {
        "template": "province.html",
        "campaign_view": "province",
        "province": slug,
        "title": province.name[lang],
        "description": province.summary[lang],
        "hide": ["toc"],  # the page has its own section menu; the narrative alone is not it
    }


def is_source_file(src_uri: str) -> bool:
    """province.yml and the original photos: read by the build, never published as they are."""
    parts = src_uri.split("/")
    return len(parts) == 3 and parts[0] == SOURCE_FOLDER and not parts[2].endswith(".md")


def media_sources(provinces: list[Province]) -> list[Path]:
    """Photos to resize: covers and destination photos."""
    images = {p.cover for p in provinces if p.cover}
    images |= {d.image for p in provinces for d in p.destinations if d.image}
    return sorted(images)


# ── numbers and contacts ────────────────────────────────────────────────────────────────


def format_number(value: float | int | str | None, lang: str) -> str:
    """1236393 -> "1.236.393" (vi) / "1,236,393" (en); a placeholder stays as written."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return site_languages.format_number(value, lang)


def tel_href(phone: str) -> str:
    """``tel:`` address: digits only; a Vietnamese number gets +84 so it works from abroad."""
    digits = re.sub(r"[^0-9]", "", phone)
    if phone.strip().startswith("+"):
        return f"tel:+{digits}"
    if digits.startswith("0") and len(digits) >= 9:
        return f"tel:+84{digits[1:]}"
    return f"tel:{digits}"  # short numbers such as 113 are dialled as they are


def _link(text: str | None, href: str) -> dict[str, object] | None:
    if not text:
        return None
    if isinstance(text, Placeholder):
        return {"text": text, "href": "", "todo": True}
    return {"text": text, "href": href, "todo": False}


def _contact_view(contact: Contact, lang: str) -> dict[str, object]:
    website = contact.website or ""
    return {
        "name": contact.name[lang],
        "phone": _link(contact.phone, tel_href(contact.phone or "")),
        "email": _link(contact.email, f"mailto:{contact.email}"),
        "website": _link(website, website),
        "website_text": re.sub(r"^https?://(www\.)?", "", website).rstrip("/"),
        "address": contact.address[lang] if contact.address else "",
        "todo": any(has_marker(v) for v in (contact.name[lang], contact.phone, contact.email)),
    }


# ── views ───────────────────────────────────────────────────────────────────────────────


def _choice(value: str, names: Mapping[str, Names], lang: str) -> dict[str, object]:
    if isinstance(value, Placeholder) or value not in names:
        return {"id": "", "label": str(value), "todo": True}
    return {"id": value, "label": names[value][lang], "todo": False}


def _card(
    province: Province, lang: str, links: Links, images: Mapping[str, ProcessedImage]
) -> dict[str, object]:
    cover = images.get(str(province.cover_image)) if province.cover_image else None
    return {
        "slug": province.slug,
        "name": province.name[lang],
        "summary": province.summary[lang],
        "region": _choice(province.region, REGIONS, lang),
        "status": _choice(province.status, STATUSES, lang),
        "href": links(f"{_root(lang)}{SOURCE_FOLDER}/{province.slug}/"),
        "cover": image_view(cover, links, "", CARD_SIZES),
        "todo": province.placeholders > 0,
    }


def _index_view(
    provinces: list[Province], lang: str, links: Links, images: Mapping[str, ProcessedImage]
) -> dict[str, object]:
    cards = [_card(p, lang, links, images) for p in provinces]
    regions = [
        {"id": key, "label": names[lang], "count": sum(c["region"]["id"] == key for c in cards)}
        for key, names in REGIONS.items()
    ]
    return {
        "provinces": cards,
        "regions": [r for r in regions if r["count"]],
        "labels": _labels(lang),
    }


def _fact(
    label: str, value: str, todo: bool, unit: str = "", note: str = "", number: object = None
) -> dict:
    """One line of the key facts; ``number`` is the unformatted figure, for JSON-LD."""
    return {"label": label, "value": value, "unit": unit, "note": note, "todo": todo} | (
        {"number": number} if number is not None and not todo else {}
    )


def _facts(province: Province, lang: str) -> list[dict[str, object]]:
    strings = _labels(lang)
    status = _choice(province.status, STATUSES, lang)
    region = _choice(province.region, REGIONS, lang)
    facts = [
        _fact(strings["status"], str(status["label"]), bool(status["todo"])),
        _fact(strings["region"], str(region["label"]), bool(region["todo"])),
    ]
    if province.area_km2 is not None:
        area = format_number(province.area_km2, lang)
        todo = has_marker(area)
        unit = "" if todo else "km²"
        facts.append(_fact(strings["area"], area, todo, unit=unit, number=province.area_km2))
    population = province.population
    if population is not None:
        value = format_number(population.value, lang)
        if population.about:
            value = strings["about"].format(value=value)
        note = strings["population_note"].format(
            year=population.year, source=population.source[lang]
        )
        todo = has_marker(value + note)
        facts.append(_fact(strings["population"], value, todo, note=note, number=population.value))
    return facts


def _destination_view(
    destination: Destination,
    province: Province,
    lang: str,
    links: Links,
    images: Mapping[str, ProcessedImage],
) -> dict[str, object]:
    image = images.get(str(destination.image)) if destination.image else None
    alt = destination.alt[lang] if destination.alt else ""
    credit = destination.credit[lang] if destination.credit else ""
    return {
        "id": destination.id,
        "name": destination.name[lang],
        "description": destination.description[lang],
        "image": image_view(image, links, alt, CARD_SIZES),
        "credit": " · ".join(t for t in (credit, destination.license or "") if t),
        "unesco": _labels(lang)["unesco"].format(year=destination.unesco)
        if destination.unesco
        else "",
        "gallery": province.slug,
        "todo": has_marker(destination.name[lang]) or has_marker(destination.description[lang]),
    }


def _entry_view(entry: Entry, lang: str) -> dict[str, object]:
    recognition = entry.recognition[lang] if entry.recognition else ""
    return {
        "name": entry.name[lang],
        "description": entry.description[lang],
        "recognition": recognition,
        "todo": any(has_marker(t) for t in (entry.name[lang], entry.description[lang])),
    }


def _province_view(
    province: Province, lang: str, links: Links, images: Mapping[str, ProcessedImage]
) -> dict[str, object]:
    strings = _labels(lang)
    cover = images.get(str(province.cover_image)) if province.cover_image else None
    card = _card(province, lang, links, images)
    card["cover"] = image_view(cover, links, "", HERO_SIZES)
    projects = [
        {
            "name": p.name[lang],
            "facts": [
                {"label": strings[key], "text": getattr(p, key)[lang]}
                for key in ("sector", "location", "scale", "incentives")
            ],
            "contact": _contact_view(p.contact, lang),
            "todo": any(has_marker(text[lang]) for text in (p.name, p.sector, p.scale)),
        }
        for p in province.projects
    ]
    view: dict[str, object] = {
        "province": card,
        "print_link": print_link("leaflet", province.slug, lang, links),
        "other_name": province.name[site_languages.active().other(lang)],
        "facts": _facts(province, lang),
        "sectors": [s[lang] for s in province.sectors],
        "projects": projects,
        "destinations": [
            _destination_view(d, province, lang, links, images) for d in province.destinations
        ],
        "heritage": [_entry_view(e, lang) for e in province.heritage],
        "specialties": [_entry_view(e, lang) for e in province.specialties],
        "contacts": [_contact_view(c, lang) for c in province.contacts],
        "sources": [{"title": s.title[lang], "url": s.url or ""} for s in province.sources],
        "todo": strings["todo"].format(n=province.placeholders) if province.placeholders else "",
        "labels": strings,
    }
    sections = [("overview", True), ("investment", projects), ("tourism", view["destinations"])]
    sections += [("heritage", view["heritage"]), ("specialties", view["specialties"])]
    sections += [("contacts", view["contacts"]), ("sources", view["sources"])]
    view["toc"] = [{"id": key, "title": strings[key]} for key, shown in sections if shown]
    return view


def home_cards(
    provinces: list[Province], page_url: str, lang: str, images: Mapping[str, ProcessedImage]
) -> list[dict[str, object]]:
    """Every province as a card of the home page (kit/build/home.py)."""
    links = Links(page_url)
    cards = []
    for province in provinces:
        card = _card(province, lang, links, images)
        labels = (card["status"]["label"], card["region"]["label"])
        cards.append(
            {
                "kind": "province",
                "key": province.slug,
                "title": card["name"],
                "summary": card["summary"],
                "note": " · ".join(str(label) for label in labels if label),
                "href": card["href"],
                "image": card["cover"],
                "sources": [province.folder / METADATA_FILE],
            }
        )
    return cards


def page_source_files(meta: Mapping[str, object], provinces: list[Province]) -> list[Path]:
    """What a province page is made from besides its own Markdown: its province.yml."""
    view = meta.get("campaign_view")
    if view == "provinces":
        return [province.folder / METADATA_FILE for province in provinces]
    if view != "province":
        return []
    return [p.folder / METADATA_FILE for p in provinces if p.slug == meta.get("province")]


def view_for_page(
    meta: Mapping[str, object],
    page_url: str,
    lang: str,
    provinces: list[Province],
    images: Mapping[str, ProcessedImage],
) -> dict[str, object] | None:
    """The data a province template needs for one page, or None for other pages."""
    view = meta.get("campaign_view")
    links = Links(page_url)
    if view == "provinces":
        return _index_view(provinces, lang, links, images)
    if view == "province":
        province = next((p for p in provinces if p.slug == meta.get("province")), None)
        return _province_view(province, lang, links, images) if province else None
    return None


# ── schema.org ──────────────────────────────────────────────────────────────────────────


def structured_data(view: Mapping[str, object] | None, page_url: str) -> dict | None:
    """JSON-LD: an AdministrativeArea with its TouristAttractions, or the list of provinces.

    ``page_url`` is the page's absolute address; the view's relative links are resolved
    against it. The template prints it with Jinja's ``tojson``, which escapes "<", so a
    name containing "</script>" cannot end the script element.
    """
    if not view:
        return None
    absolute = lambda link: urljoin(page_url, str(link))  # noqa: E731
    if "provinces" in view:
        return {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "url": page_url,
            "itemListElement": [
                {"@type": "ListItem", "position": n, "name": c["name"], "url": absolute(c["href"])}
                for n, c in enumerate(view["provinces"], start=1)
            ],
        }
    if "province" not in view:
        return None
    card = view["province"]
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "AdministrativeArea",
        "name": card["name"],
        "alternateName": view["other_name"],
        "description": card["summary"],
        "url": page_url,
        "containedInPlace": {"@type": "Country", "name": view["labels"]["country"]},
        "additionalProperty": _properties(view["facts"]),
        "containsPlace": [
            _attraction(d, absolute, page_url) for d in view["destinations"] if not d["todo"]
        ],
    }
    if card.get("cover"):
        data["image"] = absolute(card["cover"]["share"])
    return data


def _properties(facts: list[dict]) -> list[dict[str, object]]:
    return [
        {
            "@type": "PropertyValue",
            "name": fact["label"],
            "value": fact.get("number", fact["value"]),
        }
        | ({"unitText": fact["unit"]} if fact.get("unit") else {})
        | ({"description": fact["note"]} if fact.get("note") else {})
        for fact in facts
        if not fact["todo"]
    ]


def _attraction(destination: Mapping, absolute, page_url: str) -> dict[str, object]:
    data: dict[str, object] = {
        "@type": "TouristAttraction",
        "name": destination["name"],
        "description": destination["description"],
        "url": f"{page_url}#{destination['id']}",
    }
    if destination.get("image"):
        data["image"] = absolute(destination["image"]["large"])
    if destination.get("unesco"):
        data["award"] = destination["unesco"]
    return data
