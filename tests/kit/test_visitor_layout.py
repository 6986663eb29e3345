"""The plain-Python parts of the visitor layout: the brand's short name for phones, the home
page's cards, cover and latest additions, and what a page's "last updated" date is read from.
(In a browser: tests/kit/test_browser_layout.py.)"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from kit.build import content_types, home, siteconfig
from kit.core.history import History
from kit.media.site import PreparedMedia
from kit.sites import sitekit

pytestmark = pytest.mark.unit

BRAND = {
    "site_name": {"vi": "Việt Nam – ASEAN: 30 năm đồng hành", "en": "Vietnam – ASEAN"},
    "description": {"vi": "Mô tả", "en": "Description"},
    "agency": {"vi": "Cơ quan", "en": "Agency"},
    "address": {"vi": "Hà Nội", "en": "Hanoi"},
    "colors": {"primary": "#0b3a75", "accent": "#c8102e", "on_primary": "#ffffff"},
    "logo": "assets/brand/logo.svg",
}


def test_a_short_name_that_fits_a_phone_is_accepted_and_a_long_one_is_refused() -> None:
    fits = {**BRAND, "short_name": {"vi": "Việt Nam – ASEAN", "en": "Vietnam – ASEAN"}}
    assert siteconfig.check_brand(fits, ("vi", "en")) == []
    long = {**BRAND, "short_name": {"vi": "Việt Nam – ASEAN: 30 năm", "en": "Vietnam – ASEAN"}}
    problems = siteconfig.check_brand(long, ("vi", "en"))
    assert len(problems) == 1
    text = str(problems[0])
    assert "mkdocs.yml" in text and "short_name" in text and "24" in text
    empty = {**BRAND, "short_name": {"vi": "Việt Nam – ASEAN", "en": " "}}
    assert len(siteconfig.check_brand(empty, ("vi", "en"))) == 1
    # Optional: a brand without it still passes (the full name wraps).
    assert siteconfig.check_brand(BRAND, ("vi", "en")) == []


def test_the_kits_own_brand_has_short_names_that_fit() -> None:
    config = siteconfig.read_config(Path("mkdocs.yml").read_text(encoding="utf-8"))
    short = config["extra"]["brand"]["short_name"]
    assert set(short) == {"vi", "en"}
    assert all(0 < len(name) <= siteconfig.SHORT_NAME_LIMIT for name in short.values())


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Lào Cai – ASEAN", "Lào Cai – ASEAN"),
        ("Quảng Ninh: 30 năm hội nhập ASEAN", "Quảng Ninh"),
        ("Thành phố Hồ Chí Minh – ASEAN", "Thành phố Hồ Chí"),
        ("Cổng thông tin ASEAN của tỉnh Lào Cai", "Cổng thông tin"),
    ],
)
def test_new_sites_get_a_short_name_made_from_their_name(name: str, short: str) -> None:
    assert sitekit.short_name(name) == short
    assert len(sitekit.short_name(name)) <= siteconfig.SHORT_NAME_LIMIT


def test_new_sites_refuse_a_short_name_too_long_for_a_phone() -> None:
    answers = sitekit.Answers(
        name_vi="Lào Cai – ASEAN",
        name_en="Lào Cai and ASEAN",
        site_url="https://asean.laocai.gov.vn/",
        short_name_en="Lào Cai Province and ASEAN",
    )
    with pytest.raises(sitekit.SiteKitError, match="--short-name-en"):
        sitekit.check_answers(answers)
    checked = sitekit.check_answers(
        sitekit.Answers("Lào Cai – ASEAN", "Lào Cai and ASEAN", "https://asean.laocai.gov.vn/")
    )
    values = sitekit.brand_values(checked)
    assert values[("extra", "brand", "short_name", "vi")] == "Lào Cai – ASEAN"
    assert values[("extra", "brand", "short_name", "en")] == "Lào Cai and ASEAN"


# ── home page ───────────────────────────────────────────────────────────────────────────────


def picture(alt: str = "a photo") -> dict:
    return {"src": "a.webp", "srcset": "a.webp 480w", "sizes": "50vw", "alt": alt}


class Cards:
    """A content type offering home page cards, as the adapters do."""

    def __init__(self, name: str, cards: list[dict]) -> None:
        self.name = name
        self.cards = cards

    def home_cards(self, page_url: str, language: str, media: PreparedMedia) -> list[dict]:
        return [dict(card) for card in self.cards]

    def page_sources(self, languages: tuple[str, ...]) -> dict[str, str] | None:
        return {} if self.name == "exhibitions" else None


class Dates(History):
    """History with given dates (no git)."""

    def __init__(self, dates: dict[str, datetime]) -> None:
        self.dates = dates

    def last_changed(self, path: Path) -> datetime | None:
        return self.dates.get(Path(path).name)


def card(kind: str, key: str, source: str, image: bool = True) -> dict:
    return {
        "kind": kind,
        "key": key,
        "title": key.title(),
        "summary": "",
        "note": "",
        "href": f"{key}/",
        "image": picture() if image else None,
        "sources": [Path(source)],
    }


def day(n: int) -> datetime:
    return datetime(2026, 11, n, tzinfo=UTC)


def test_home_view_has_a_row_per_kind_the_latest_additions_and_the_chosen_cover() -> None:
    types = [
        Cards(
            "exhibitions",
            [
                card("exhibition", "expo", "exhibition.yml"),
                card("photo", "expo/old", "old.jpg"),
                card("photo", "expo/new", "new.jpg"),
            ],
        ),
        Cards("provinces", [card("province", "hue", "hue.yml")]),
        object(),  # a content type without home cards
    ]
    history = Dates(
        {"exhibition.yml": day(5), "old.jpg": day(1), "new.jpg": day(9), "hue.yml": day(3)}
    )
    view, unknown = home.home_view(
        types, {"cover": "expo/old"}, "en/", "en", PreparedMedia(), history
    )
    assert unknown is None
    assert [s["kind"] for s in view["sections"]] == ["exhibition", "province"]
    assert [s["index"] for s in view["sections"]] == ["exhibitions/", "provinces/"]
    # Newest first; an exhibition itself is not an addition, its photos are.
    assert [c["key"] for c in view["latest"]] == ["expo/new", "hue", "expo/old"]
    assert view["latest"][0]["updated_text"] == "9 November 2026"
    assert "sources" not in view["latest"][0]
    # The cover keeps its description; a card's picture needs none (its title names the link).
    assert view["cover"]["title"] == "Expo/Old" and view["cover"]["image"]["alt"] == "a photo"
    assert view["cover"]["image"]["sizes"] == home.COVER_SIZES
    assert all(c["image"]["alt"] == "" for s in view["sections"] for c in s["cards"])


def test_an_unknown_cover_is_reported_and_the_first_exhibition_cover_used() -> None:
    types = [Cards("exhibitions", [card("exhibition", "expo", "exhibition.yml")])]
    view, unknown = home.home_view(
        types, {"cover": "expo/missing"}, "", "vi", PreparedMedia(), Dates({})
    )
    assert unknown == "expo/missing"
    assert view["cover"]["href"] == "expo/"
    assert view["latest"] == []  # no dates: nothing to order


def test_a_generated_page_is_dated_by_its_sources_and_an_editors_page_by_itself_too() -> None:
    class Sources(Cards):
        def page_source_files(self, meta: dict) -> list[Path]:
            return [Path(f"{self.name}.yml")] if meta.get("kind") == self.name else []

    types = [Sources("exhibitions", []), Sources("provinces", [])]
    page = Path("docs/provinces/hue/index.vi.md")
    assert content_types.page_source_files(
        types, {"kind": "provinces"}, "provinces/hue/index.vi.md", page
    ) == [Path("provinces.yml"), page]
    # The build writes docs/exhibitions/: its files' dates say nothing.
    assert content_types.page_source_files(
        types, {"kind": "exhibitions"}, "exhibitions/x/index.vi.md", Path("x")
    ) == [Path("exhibitions.yml")]
    assert content_types.page_source_files(types, {}, "about.vi.md", Path("about")) == [
        Path("about")
    ]
    # An index with nothing in it yet: its own file.
    assert content_types.page_source_files(types, {}, "exhibitions/index.vi.md", Path("index")) == [
        Path("index")
    ]


def test_the_toc_title_of_a_page_outside_the_menu_points_at_no_missing_switch() -> None:
    from kit.hosting.html_fixes import valid_html

    title = '<label class="md-nav__title" for="__toc">\n  <span></span>\n  Mục lục\n</label>'
    outside = valid_html(f"<nav>{title}</nav>")
    assert 'for="__toc"' not in outside and "Mục lục" in outside
    inside = f'<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">{title}'
    assert valid_html(inside) == inside
