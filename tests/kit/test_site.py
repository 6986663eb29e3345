"""The bilingual site: languages, switcher, hreflang, UI strings, slugs, 404, no third parties.

Checked on the kit's fixture site (conftest.kit_build): its pages, one exhibition, one
infographic and two provinces, published at conftest.SITE_URL.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import (
    SITE_URL,
    assert_hreflang_links,
    assert_interface_in_page_language,
    assert_sitemap_alternates,
    page_file,
    parse,
    published_pages,
    site_config,
)
from kit.quality.page_types import PAGE_TYPES, find_page_types
from site_fixtures import EXHIBITION, INFOGRAPHIC, PROVINCE

pytestmark = pytest.mark.build

PAGES = [
    "",
    "about/",
    "exhibitions/",
    f"exhibitions/{EXHIBITION}/",
    f"exhibitions/{EXHIBITION}/anh-1/",
    f"exhibitions/{EXHIBITION}/phim/",
    "infographics/",
    f"infographics/{INFOGRAPHIC}/",
    "provinces/",
    f"provinces/{PROVINCE}/",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_exists_in_both_languages_with_its_lang(kit_site: Path, url: str) -> None:
    for lang in ("vi", "en"):
        html = parse(page_file(kit_site, lang, url))
        assert html.html["lang"] == lang


@pytest.mark.parametrize("url", PAGES)
def test_language_switcher_leads_to_the_same_page(kit_site: Path, url: str) -> None:
    for lang, other in (("vi", "en"), ("en", "vi")):
        path = page_file(kit_site, lang, url)
        links = {a["hreflang"]: a["href"] for a in parse(path).select("a.md-select__link")}
        assert set(links) == {"vi", "en"}
        target = (path.parent / links[other]).resolve()
        if target.is_dir():
            target = target / "index.html"
        assert target == page_file(kit_site, other, url).resolve()


@pytest.mark.parametrize("url", PAGES)
def test_hreflang_links_are_absolute_with_x_default(kit_site: Path, url: str) -> None:
    assert_hreflang_links(kit_site, url, SITE_URL)


def test_sitemap_lists_both_languages_as_alternates(kit_site: Path) -> None:
    assert_sitemap_alternates(kit_site, SITE_URL)


def test_site_name_and_footer_follow_the_page_language(kit_site: Path) -> None:
    brand = site_config()["extra"]["brand"]
    vi = parse(page_file(kit_site, "vi", "about/"))
    en = parse(page_file(kit_site, "en", "about/"))
    assert vi.title.string.endswith(brand["site_name"]["vi"])
    assert en.title.string.endswith(brand["site_name"]["en"])
    assert brand["site_name"]["vi"] != brand["site_name"]["en"]
    for html, lang in ((vi, "vi"), (en, "en")):
        footer = html.select_one(".campaign-footer").get_text()
        assert brand["agency"][lang] in footer and brand["address"][lang] in footer
        # Phone and e-mail are optional in the brand block; when given, they are links,
        # when empty (the demo has no real ones), they are left out.
        tel = html.select_one('.campaign-footer a[href^="tel:"]')
        mail = html.select_one('.campaign-footer a[href^="mailto:"]')
        assert bool(tel) == bool(brand.get("phone"))
        assert bool(mail) == bool(brand.get("email"))
        if brand.get("email"):
            assert mail["href"] == f"mailto:{brand['email']}"


def test_interface_strings_are_vietnamese_on_vietnamese_pages(kit_site: Path) -> None:
    assert_interface_in_page_language(kit_site, "about/")


def test_heading_anchors_keep_d_with_stroke_readable(kit_site: Path) -> None:
    html = parse(page_file(kit_site, "vi", "about/"))
    ids = {h["id"] for h in html.select("h2[id]")}
    assert "dong-gop-cua-viet-nam" in ids
    assert not any(re.search(r"[^a-z0-9-]", anchor) for anchor in ids)


def test_404_page_per_language(kit_site: Path) -> None:
    vi = parse(kit_site / "404.html")
    en = parse(kit_site / "en" / "404.html")
    assert vi.html["lang"] == "vi" and vi.h1.get_text(strip=True) == "Không tìm thấy trang"
    assert en.html["lang"] == "en" and en.h1.get_text(strip=True) == "Page not found"
    # A 404 can be served at any depth: its asset links must not be relative.
    for html in (vi, en):
        for link in html.select("link[rel=stylesheet]"):
            assert link["href"].startswith("/")
    switch = {a["hreflang"]: a["href"] for a in en.select("a.md-select__link")}
    assert switch == {"vi": "/", "en": "/en/"}


def test_fonts_are_self_hosted_with_vietnamese_glyphs(kit_site: Path) -> None:
    css = (kit_site / "assets" / "stylesheets" / "fonts.css").read_text(encoding="utf-8")
    fonts = re.findall(r'url\("\.\./fonts/([^"]+)"\)', css)
    assert any("vietnamese" in name for name in fonts)
    for name in fonts:
        assert (kit_site / "assets" / "fonts" / name).stat().st_size > 1000
    assert (kit_site / "assets" / "fonts" / "OFL.txt").exists()


EXTERNAL = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


@pytest.fixture(params=["kit", "project"])
def any_site(request: pytest.FixtureRequest) -> tuple[Path, str]:
    """(built site, its site_url): the kit's fixture site, then this project's own site
    (whatever its pages are): the checks below hold for every site the kit builds."""
    if request.param == "kit":
        return request.getfixturevalue("kit_site"), SITE_URL
    site_url = str(site_config()["site_url"])
    return request.getfixturevalue("demo_site"), site_url.rstrip("/") + "/"


def test_no_request_to_a_third_party_host(any_site: tuple[Path, str]) -> None:
    kit_site, site_url = any_site
    own_host = urlsplit(site_url).netloc
    offenders = []
    for path in kit_site.rglob("*.html"):
        html = parse(path)
        for tag in html.select(
            "script[src], img[src], iframe[src], source[src], video[src], "
            "audio[src], embed[src], img[srcset], source[srcset]"
        ):
            for attr in ("src", "srcset"):
                if tag.get(attr) and EXTERNAL.match(tag[attr]):
                    offenders.append(f"{path}: <{tag.name} {attr}={tag[attr]}>")
        for link in html.select("link[href]"):
            rel = set(link.get("rel", []))
            href = link["href"]
            if rel & {"alternate", "canonical"}:
                assert urlsplit(href).netloc == own_host
                continue
            if EXTERNAL.match(href):
                offenders.append(f"{path}: <link rel={rel} href={href}>")
        for style in html.select("style"):
            offenders += [f"{path}: style {url}" for url in css_urls(style.get_text())]
    for path in kit_site.rglob("*.css"):
        offenders += [f"{path}: {url}" for url in css_urls(path.read_text(encoding="utf-8"))]
    assert offenders == []


def css_urls(css: str) -> list[str]:
    urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css) + re.findall(
        r"@import\s+['\"]([^'\"]+)", css
    )
    return [url for url in urls if EXTERNAL.match(url)]


def test_internal_links_resolve(any_site: tuple[Path, str]) -> None:
    kit_site, _ = any_site
    broken = []
    for path in kit_site.rglob("*.html"):
        if path.name == "404.html":
            continue
        for a in parse(path).select("a[href]"):
            href = a["href"].split("#")[0]
            if not href or EXTERNAL.match(href) or href.startswith(("mailto:", "tel:")):
                continue
            target = Path(urljoin(path.as_posix(), href))
            if target.is_dir() or href.endswith("/"):
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(kit_site)} -> {a['href']}")
    assert broken == []


def test_share_tags_and_image_in_the_page_language(kit_site: Path) -> None:
    from PIL import Image

    for lang, title in (("vi", "Giới thiệu chiến dịch"), ("en", "About the campaign")):
        html = parse(page_file(kit_site, lang, "about/"))
        meta = {
            tag.get("property") or tag.get("name"): tag["content"]
            for tag in html.select("meta[property], meta[name]")
        }
        assert meta["og:title"] == title == meta["twitter:title"]
        assert meta["og:description"] == meta["description"]
        assert meta["og:url"] == SITE_URL + ("en/" if lang == "en" else "") + "about/"
        assert meta["og:locale"] == {"vi": "vi_VN", "en": "en_GB"}[lang]
        assert meta["twitter:card"] == "summary_large_image"
        image = meta["og:image"]
        assert image.startswith(SITE_URL + "share/") and image.endswith(".jpg")
        with Image.open(kit_site / image.removeprefix(SITE_URL)) as card:
            assert card.size == (1200, 630)
    vi_image = parse(page_file(kit_site, "vi", "about/")).select_one('meta[property="og:image"]')
    en_image = parse(page_file(kit_site, "en", "about/")).select_one('meta[property="og:image"]')
    assert vi_image["content"] != en_image["content"]


def test_exhibition_items_share_their_own_photo_and_describe_themselves(kit_site: Path) -> None:
    import json

    path = page_file(kit_site, "en", f"exhibitions/{EXHIBITION}/anh-1/")
    html = parse(path)
    image = html.select_one('meta[property="og:image"]')["content"]
    assert image.startswith(SITE_URL + "media/anh-1-") and image.endswith("-share.jpg")
    assert (kit_site / image.removeprefix(SITE_URL)).is_file()
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "ImageObject" and data["caption"] == "Admission ceremony"
    assert data["isPartOf"]["name"] == "Test exhibition"
    assert data["url"] == SITE_URL + f"en/exhibitions/{EXHIBITION}/anh-1/"
    gallery = parse(page_file(kit_site, "vi", f"exhibitions/{EXHIBITION}/"))
    data = json.loads(gallery.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "ImageGallery" and len(data["hasPart"]) == 7  # 5 photos, 2 films
    kinds = [part["@type"] for part in data["hasPart"]]
    assert kinds.count("ImageObject") == 5 and kinds.count("VideoObject") == 2


def test_robots_txt_points_at_the_sitemap(any_site: tuple[Path, str]) -> None:
    site, site_url = any_site
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {site_url}sitemap.xml" in robots
    assert (site / "sitemap.xml").is_file()


def test_every_page_has_its_language_canonical_address_and_switcher(
    any_site: tuple[Path, str],
) -> None:
    site, site_url = any_site
    pages = published_pages(site, "index.html")
    assert len(pages) >= 4  # at least the home page in both languages
    for path in pages:
        url = path.parent.relative_to(site).as_posix() + "/"
        url = "" if url == "./" else url
        html = parse(path)
        assert html.html["lang"] == ("en" if url.startswith("en/") else "vi"), url
        assert html.select_one('head link[rel="canonical"]')["href"] == site_url + url
        switch = {a["hreflang"] for a in html.select("a.md-select__link")}
        assert switch == {"vi", "en"}, url


# scripts/audit.py (tests/kit/test_audit.py) finds one page of each type to measure.
def test_every_page_type_of_the_kit_site_is_found(kit_site: Path) -> None:
    page_types = find_page_types(kit_site)
    assert list(page_types) == list(PAGE_TYPES)
    for kind, pages in page_types.items():
        assert sorted(pages) == ["en", "vi"], kind
        assert all((kit_site / path).is_file() for path in pages.values()), kind
