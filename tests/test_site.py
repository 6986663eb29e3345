"""The bilingual site: languages, switcher, hreflang, UI strings, slugs, 404, no third parties."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import parse

SITE_URL = "https://asean.example.org/"
PAGES = [
    "",
    "about/",
    "pillars/",
    "pillars/political-security/",
    "pillars/economic/",
    "pillars/socio-cultural/",
]


def page_file(site: Path, lang: str, url: str) -> Path:
    prefix = "en/" if lang == "en" else ""
    return site / prefix / url / "index.html"


@pytest.mark.parametrize("url", PAGES)
def test_every_page_exists_in_both_languages_with_its_lang(demo_site: Path, url: str) -> None:
    for lang in ("vi", "en"):
        html = parse(page_file(demo_site, lang, url))
        assert html.html["lang"] == lang


@pytest.mark.parametrize("url", PAGES)
def test_language_switcher_leads_to_the_same_page(demo_site: Path, url: str) -> None:
    for lang, other in (("vi", "en"), ("en", "vi")):
        path = page_file(demo_site, lang, url)
        links = {a["hreflang"]: a["href"] for a in parse(path).select("a.md-select__link")}
        assert set(links) == {"vi", "en"}
        target = (path.parent / links[other]).resolve()
        if target.is_dir():
            target = target / "index.html"
        assert target == page_file(demo_site, other, url).resolve()


@pytest.mark.parametrize("url", PAGES)
def test_hreflang_links_are_absolute_with_x_default(demo_site: Path, url: str) -> None:
    expected = {"vi": SITE_URL + url, "en": SITE_URL + "en/" + url, "x-default": SITE_URL + url}
    for lang in ("vi", "en"):
        html = parse(page_file(demo_site, lang, url))
        found = {
            link["hreflang"]: link["href"]
            for link in html.select('head link[rel="alternate"][hreflang]')
        }
        assert found == expected
        canonical = html.select_one('head link[rel="canonical"]')["href"]
        assert canonical == expected[lang]


def test_sitemap_lists_both_languages_as_alternates(demo_site: Path) -> None:
    sitemap = (demo_site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{SITE_URL}about/</loc>" in sitemap
    assert f'hreflang="en" href="{SITE_URL}en/about/"' in sitemap
    assert "None" not in sitemap


def test_site_name_and_footer_follow_the_page_language(demo_site: Path) -> None:
    vi = parse(page_file(demo_site, "vi", "about/"))
    en = parse(page_file(demo_site, "en", "about/"))
    assert vi.title.string.endswith("Việt Nam – ASEAN: 30 năm đồng hành")
    assert en.title.string.endswith("Vietnam – ASEAN: 30 Years Together")
    assert "Ban biên tập" in vi.select_one(".campaign-footer").get_text()
    assert "Editorial Team" in en.select_one(".campaign-footer").get_text()
    assert en.select_one('.campaign-footer a[href^="tel:"]')
    assert en.select_one('.campaign-footer a[href^="mailto:"]')


def test_interface_strings_are_vietnamese_on_vietnamese_pages(demo_site: Path) -> None:
    html = parse(page_file(demo_site, "vi", "pillars/economic/"))
    text = str(html)
    for english in ("Initializing search", ">Tabs<", "Back to top", "Type to start searching"):
        assert english not in text
    assert html.select_one('input[name="query"]')["placeholder"] == "Tìm kiếm"
    assert html.select_one(".md-select button")["aria-label"] == "Chọn ngôn ngữ"
    assert "Về đầu trang" in text
    # An admonition with no title of its own gets a Vietnamese title.
    assert html.select_one(".admonition.info .admonition-title").get_text(strip=True) == "Thông tin"
    en = parse(page_file(demo_site, "en", "pillars/economic/"))
    assert en.select_one(".admonition.info .admonition-title").get_text(strip=True) == "Info"


def test_heading_anchors_keep_d_with_stroke_readable(demo_site: Path) -> None:
    html = parse(page_file(demo_site, "vi", "pillars/political-security/"))
    ids = {h["id"] for h in html.select("h2[id]")}
    assert "dong-gop-cua-viet-nam" in ids
    assert not any(re.search(r"[^a-z0-9-]", anchor) for anchor in ids)


def test_404_page_per_language(demo_site: Path) -> None:
    vi = parse(demo_site / "404.html")
    en = parse(demo_site / "en" / "404.html")
    assert vi.html["lang"] == "vi" and vi.h1.get_text(strip=True) == "Không tìm thấy trang"
    assert en.html["lang"] == "en" and en.h1.get_text(strip=True) == "Page not found"
    # A 404 can be served at any depth: its asset links must not be relative.
    for html in (vi, en):
        for link in html.select("link[rel=stylesheet]"):
            assert link["href"].startswith("/")
    switch = {a["hreflang"]: a["href"] for a in en.select("a.md-select__link")}
    assert switch == {"vi": "/", "en": "/en/"}


def test_fonts_are_self_hosted_with_vietnamese_glyphs(demo_site: Path) -> None:
    css = (demo_site / "assets" / "stylesheets" / "fonts.css").read_text(encoding="utf-8")
    fonts = re.findall(r'url\("\.\./fonts/([^"]+)"\)', css)
    assert any("vietnamese" in name for name in fonts)
    for name in fonts:
        assert (demo_site / "assets" / "fonts" / name).stat().st_size > 1000
    assert (demo_site / "assets" / "fonts" / "OFL.txt").exists()


EXTERNAL = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


def test_no_request_to_a_third_party_host(demo_site: Path) -> None:
    own_host = urlsplit(SITE_URL).netloc
    offenders = []
    for path in demo_site.rglob("*.html"):
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
    for path in demo_site.rglob("*.css"):
        offenders += [f"{path}: {url}" for url in css_urls(path.read_text(encoding="utf-8"))]
    assert offenders == []


def css_urls(css: str) -> list[str]:
    urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css) + re.findall(
        r"@import\s+['\"]([^'\"]+)", css
    )
    return [url for url in urls if EXTERNAL.match(url)]


def test_internal_links_resolve(demo_site: Path) -> None:
    broken = []
    for path in demo_site.rglob("*.html"):
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
                broken.append(f"{path.relative_to(demo_site)} -> {a['href']}")
    assert broken == []


def test_share_tags_and_image_in_the_page_language(demo_site: Path) -> None:
    from PIL import Image

    for lang, title in (("vi", "Giới thiệu chiến dịch"), ("en", "About the campaign")):
        html = parse(page_file(demo_site, lang, "about/"))
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
        with Image.open(demo_site / image.removeprefix(SITE_URL)) as card:
            assert card.size == (1200, 630)
    vi_image = parse(page_file(demo_site, "vi", "about/")).select_one('meta[property="og:image"]')
    en_image = parse(page_file(demo_site, "en", "about/")).select_one('meta[property="og:image"]')
    assert vi_image["content"] != en_image["content"]


def test_exhibition_items_share_their_own_photo_and_describe_themselves(demo_site: Path) -> None:
    import json

    path = page_file(demo_site, "en", "exhibitions/ban-sac-asean/batik/")
    html = parse(path)
    image = html.select_one('meta[property="og:image"]')["content"]
    assert image.startswith(SITE_URL + "media/batik-") and image.endswith("-share.jpg")
    assert (demo_site / image.removeprefix(SITE_URL)).is_file()
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "ImageObject" and data["caption"] == "Indonesian batik"
    assert data["isPartOf"]["name"] == "ASEAN Identity"
    gallery = parse(page_file(demo_site, "vi", "exhibitions/ban-sac-asean/"))
    data = json.loads(gallery.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "ImageGallery" and len(data["hasPart"]) >= 12


def test_robots_txt_points_at_the_sitemap(demo_site: Path) -> None:
    robots = (demo_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots
