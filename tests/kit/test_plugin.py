"""The campaign plugin's wiring and the plain functions it calls (no site is built here)."""

from __future__ import annotations

import itertools
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from kit.build import content_types, menu, outputs
from kit.build import page_context as context_of
from kit.core.config_file import read_config
from kit.core.files import folder_state
from kit.core.languages import KIT_LANGUAGES
from kit.media.site import PreparedMedia
from kit.plugin import registry
from kit.plugin.config import CampaignConfig
from kit.plugin.plugin import CampaignPlugin
from mkdocs.utils import get_relative_url

pytestmark = pytest.mark.unit

PROJECT = Path(__file__).resolve().parents[2]


def test_the_plugin_is_registered_and_listed_after_i18n_and_glightbox() -> None:
    (entry,) = [e for e in entry_points(group="mkdocs.plugins") if e.name == "campaign"]
    assert entry.load() is CampaignPlugin
    config = read_config((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"))
    names = [next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]]
    assert names[-1] == "campaign"  # its events run after theirs, as the hooks file's did
    assert {"i18n", "glightbox"} <= set(names)
    assert "hooks" not in config


def test_the_menu_limit_defaults_to_12() -> None:
    config = CampaignConfig()
    config.load_dict({})
    errors, warnings = config.validate()
    assert (errors, warnings) == ([], [])
    assert config.menu_limit == 12


def test_a_short_section_is_listed_in_the_menu_a_long_one_is_not() -> None:
    nav = [{"Home": "index.md"}, {"Exhibitions": "exhibitions/index.md"}]
    menu.extend_nav(nav, "exhibitions", ["a", "b"], limit=2)
    assert nav[1] == {
        "Exhibitions": ["exhibitions/index.md", "exhibitions/a/index.md", "exhibitions/b/index.md"]
    }
    long = [{"Exhibitions": "exhibitions/index.md"}]
    menu.extend_nav(long, "exhibitions", ["a", "b", "c"], limit=2)
    assert long == [{"Exhibitions": "exhibitions/index.md"}]


@pytest.mark.parametrize(
    ("url", "other"),
    list(
        itertools.product(
            ["", ".", "./", "en/", "about/", "en/about/", "exhibitions/x/item/", "share/a.png"],
            ["", ".", "en/", "about/", "en/exhibitions/x/", "404.html", "en/404.html"],
        )
    ),
)
def test_relative_links_follow_mkdocs_rule(url: str, other: str) -> None:
    assert context_of.relative_url(url, other) == get_relative_url(url, other)


def page(**facts: object) -> context_of.PageFacts:
    values: dict = {
        "url": "about/",
        "meta": {"title": "Giới thiệu &amp; liên hệ"},
        "title": "Giới thiệu",
        "is_homepage": False,
        "language": "vi",
        "file_language": "vi",
        "alternates": {"vi": ("about/", "vi"), "en": ("en/about/", "en")},
    }
    return context_of.PageFacts(**{**values, **facts})


SITE = context_of.SiteFacts(
    "https://asean.example.org/",
    "Việt Nam – ASEAN",
    {"description": {"vi": "Mô tả", "en": "About"}, "colors": {}, "phone": "", "email": ""},
)


def test_the_page_context_names_languages_from_the_languages_module() -> None:
    views = content_types.PageViews({"view": None, "infographic": None}, None)
    campaign = context_of.campaign(page(), SITE, KIT_LANGUAGES, views, "Giới thiệu", "share/a.png")
    assert campaign["og_locale"] == "vi_VN"
    assert campaign["og_alternate"] == ["en_GB"]
    assert campaign["switcher"] == [
        {"lang": "vi", "name": "Tiếng Việt", "href": "./"},
        {"lang": "en", "name": "English", "href": "../en/about/"},
    ]
    assert [link["lang"] for link in campaign["hreflang"]] == ["vi", "en", "x-default"]
    assert campaign["share_image"] == "https://asean.example.org/share/a.png"
    assert campaign["description"] == "Mô tả"


def test_a_page_served_from_the_other_language_is_not_announced() -> None:
    fallback = page(language="en", file_language="vi", url="en/about/",
                    alternates={"vi": ("about/", "vi"), "en": ("en/about/", "vi")})  # fmt: skip
    views = content_types.PageViews({}, None)
    campaign = context_of.campaign(fallback, SITE, KIT_LANGUAGES, views, "t", "share/a.png")
    assert campaign["translated"] is False
    assert campaign["hreflang"] == []
    assert campaign["switcher"][1]["href"] == "../"  # no English file: the English home page
    assert context_of.plain_title(page(), SITE) == "Giới thiệu & liên hệ"


def test_robots_and_404_pages() -> None:
    assert outputs.robots_txt("https://asean.example.org/sub/") == (
        "User-agent: *\nAllow: /\n\nSitemap: https://asean.example.org/sub/sitemap.xml\n"
    )
    site = Path("/site")
    assert outputs.not_found_page(site, "vi", KIT_LANGUAGES) is None
    assert outputs.not_found_page(site, "en", KIT_LANGUAGES) == site / "en" / "404.html"


def test_every_content_type_offers_the_same_interface() -> None:
    types = registry.content_types()
    assert [t.name for t in types] == [
        "exhibitions",
        "provinces",
        "infographics",
        "print",
        "discover",
        "quiz",
    ]
    for content in types:
        for member in content_types.ContentType.__dict__:
            if not member.startswith("_"):
                assert hasattr(content, member), (content.name, member)


def test_the_first_content_type_that_knows_a_page_gives_its_view(tmp_path: Path) -> None:
    types = registry.content_types()
    for content in types:
        content.refresh(tmp_path, tmp_path / "docs")
    views = content_types.page_views(
        types, {"campaign_view": "exhibitions"}, "exhibitions/", "vi", PreparedMedia(), "x"
    )
    assert views.get("view") == {"cards": []}
    assert views.get("infographic") is None
    assert views.jsonld is None


def test_folder_state_sees_changes_and_does_not_follow_links(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    assert folder_state(folder) == ()
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "x.yml").write_text("x", encoding="utf-8")
    first = folder_state(folder)
    (folder / "a" / "x.yml").write_text("xy", encoding="utf-8")
    assert folder_state(folder) != first
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "big.jpg").write_bytes(b"0" * 1000)
    (folder / "link").symlink_to(outside, target_is_directory=True)
    names = [Path(name).name for name, _, _ in folder_state(folder)]
    assert "link" in names and "big.jpg" not in names
