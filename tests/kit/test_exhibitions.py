"""Exhibitions: real builds of fixture folders, checked on the parsed HTML and messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import build_site, make_kit_project, parse, run_mkdocs, write
from exhibition_fixtures import GOOD_YAML, good_exhibition, photo
from site_fixtures import EXHIBITION as SLUG

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def built(kit_site: Path) -> Path:
    """The kit's fixture site (built with no warning), which holds the exhibition SLUG."""
    return kit_site


def page(site: Path, lang: str, path: str) -> Path:
    return site / ("en/" if lang == "en" else "") / path / "index.html"


def test_index_lists_the_exhibition_with_its_cover(built: Path) -> None:
    for lang, title in (("vi", "Triển lãm thử"), ("en", "Test exhibition")):
        html = parse(page(built, lang, "exhibitions"))
        card = html.select_one(".exhibit-cover__link")
        assert card.select_one(".exhibit-cover__title").get_text() == title
        assert card["href"] == f"{SLUG}/"
        cover = card.select_one("img")
        assert (page(built, lang, "exhibitions").parent / cover["src"]).resolve().is_file()


def test_timeline_sections_are_in_chronological_order(built: Path) -> None:
    html = parse(page(built, "vi", f"exhibitions/{SLUG}"))
    titles = [h.get_text() for h in html.select(".exhibit-section__title")]
    assert titles == ["Giai đoạn 1995–1999", "Giai đoạn 2010–2019"]
    assert html.select_one(".exhibit--timeline")


def test_gallery_images_are_responsive_and_open_a_resized_variant(built: Path) -> None:
    path = page(built, "en", f"exhibitions/{SLUG}")
    html = parse(path)
    links = html.select("a.glightbox")
    assert len(links) == 5  # photos only; films open their own page
    for position, link in enumerate(links):
        img = link.select_one("img")
        assert img["srcset"] and img["sizes"]
        assert int(img["width"]) > 0 and int(img["height"]) > 0
        assert img["alt"].startswith("Description of photo")
        assert img["loading"] == ("eager" if position < 4 else "lazy")
        target = (path.parent / link["href"]).resolve()
        assert target.is_file() and target.suffix == ".webp"
        assert "/media/" in target.as_posix()
        for candidate in img["srcset"].split(","):
            assert (path.parent / candidate.split()[0]).resolve().is_file()
    # The original files are never published.
    assert not list(built.rglob("anh-1.jpg"))


def test_lightbox_caption_and_credit_in_page_language(built: Path) -> None:
    vi = parse(page(built, "vi", f"exhibitions/{SLUG}")).select_one("a.glightbox")
    en = parse(page(built, "en", f"exhibitions/{SLUG}")).select_one("a.glightbox")
    assert vi["data-title"] == "Lễ kết nạp"
    assert en["data-title"] == "Admission ceremony"
    assert en["data-description"] == "Nguyễn Văn A · CC BY 4.0"
    assert vi["aria-label"].startswith("Phóng to ảnh")


def test_caption_with_html_is_shown_as_text(built: Path) -> None:
    gallery = page(built, "vi", f"exhibitions/{SLUG}").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in gallery
    html = parse(page(built, "vi", f"exhibitions/{SLUG}"))
    link = html.select("a.glightbox")[1]
    # GLightbox inserts data-title as HTML: it must still be escaped after attribute decoding.
    assert link["data-title"].startswith("&lt;script&gt;")
    item = parse(page(built, "vi", f"exhibitions/{SLUG}/anh-2"))
    assert item.h1.get_text().startswith("<script>alert(1)</script><b>Đậm</b> & chú thích")
    assert item.select("h1 b") == [] and item.select("article script") == []
    assert "<script>alert(1)</script>" not in item.title.get_text() or "&lt;script" in str(
        item.title
    )


def test_item_pages_have_permalinks_details_and_neighbours(built: Path) -> None:
    vi = parse(page(built, "vi", f"exhibitions/{SLUG}/anh-1"))
    en = parse(page(built, "en", f"exhibitions/{SLUG}/anh-1"))
    assert vi.h1.get_text().rstrip("¶") == "Lễ kết nạp"
    assert en.h1.get_text().rstrip("¶") == "Admission ceremony"
    assert "28 tháng 7, 1995" in vi.select_one("dl").get_text()
    assert "28 July 1995" in en.select_one("dl").get_text()
    assert "Bru-nây" in vi.select_one("dl").get_text()
    assert en.select_one('a[rel="prev"]') is None
    next_link = en.select_one('a[rel="next"]')
    target = page(built, "en", f"exhibitions/{SLUG}/anh-1").parent / next_link["href"]
    assert (target / "index.html").is_file()
    figure_img = en.select_one(".exhibit-figure img")
    assert figure_img["fetchpriority"] == "high" and figure_img["loading"] == "eager"
    month = parse(page(built, "en", f"exhibitions/{SLUG}/anh-2")).select_one("dl").get_text()
    assert "December 1998" in month


def test_video_item_uses_a_local_file_and_a_poster(built: Path) -> None:
    path = page(built, "vi", f"exhibitions/{SLUG}/phim")
    video = parse(path).select_one("video")
    assert video["preload"] == "none" and "autoplay" not in video.attrs
    assert (path.parent / video["poster"]).resolve().is_file()
    source = video.select_one("source")
    assert source["type"] == "video/mp4"
    assert re.search(r"media/phim-[0-9a-f]{12}\.mp4$", source["src"])
    assert (path.parent / source["src"]).resolve().is_file()


def test_youtube_item_loads_nothing_from_youtube_before_a_click(built: Path) -> None:
    html = parse(page(built, "en", f"exhibitions/{SLUG}/video-youtube"))
    assert html.select("iframe") == []
    for tag in html.select("[src]"):
        assert "youtube.com" not in tag["src"] and "youtube-nocookie" not in tag["src"]
    box = html.select_one(".exhibit-youtube")
    assert box["data-youtube-id"] == "abcdefghijk"
    assert "YouTube" in box.select_one("button").get_text()
    assert "connect to YouTube" in box.get_text()


def test_exhibition_is_in_the_navigation(built: Path) -> None:
    # Other sections' menus are pruned to a link to their index (navigation.prune): the
    # exhibition is listed in the menu of its own section.
    assert (
        "Exhibitions"
        in parse(page(built, "en", "about")).select_one("nav.md-nav--primary").get_text()
    )
    html = parse(page(built, "en", "exhibitions"))
    nav_text = html.select_one("nav.md-nav--primary").get_text()
    assert "Test exhibition" in nav_text and "Exhibitions" in nav_text


# --------------------------------------------------------------------------- bad input


def bad_project(tmp_path: Path, yaml_text: str, extra: dict[str, str] | None = None) -> Path:
    project = make_kit_project(tmp_path / "project")
    folder = good_exhibition(project / "exhibitions" / SLUG, yaml_text)
    for name, colour in (extra or {}).items():
        photo(folder / name, colour=colour)
    return project


def test_bad_input_stops_make_site_with_the_message_and_keeps_the_old_site(
    tmp_path: Path,
) -> None:
    """Exhibitions: the loader's message (tests/kit/test_exhibition_content.py) reaches the
    editor through `make site`."""
    project = bad_project(tmp_path, GOOD_YAML.replace("file: anh-3.jpg", "file: anh-03.jpg"))
    previous = write(project / "site" / "index.html", "<p>the site as it was</p>")
    result = build_site(project)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "exhibitions/trien-lam-thu/exhibition.yml:27: item 3 (anh-03.jpg) points at " in output
    assert "'anh-03.jpg', which does not exist. Fix: did you mean 'anh-3.jpg'?" in output
    assert "Traceback" not in output
    assert [path.name for path in (project / "site").iterdir()] == ["index.html"]
    assert previous.read_text(encoding="utf-8") == "<p>the site as it was</p>"


def test_non_strict_build_warns_and_leaves_the_item_out(tmp_path: Path) -> None:
    yaml_text = GOOD_YAML.replace("file: anh-3.jpg", "file: anh-03.jpg")
    project = bad_project(tmp_path, yaml_text)
    result = run_mkdocs(project, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    assert "Warning:" in result.stderr and "anh-03.jpg" in result.stderr
    gallery = parse(page(tmp_path / "site", "vi", f"exhibitions/{SLUG}"))
    captions = [p.get_text() for p in gallery.select(".exhibit-card__caption")]
    assert "Ảnh ba" not in captions and "Ảnh bốn" in captions
    assert not (tmp_path / "site" / "exhibitions" / SLUG / "anh-03").exists()


def test_generated_pages_are_rewritten_only_when_sources_change(tmp_path: Path) -> None:
    project = bad_project(tmp_path, GOOD_YAML)
    assert run_mkdocs(project, tmp_path / "a").returncode == 0
    generated = project / "docs" / "exhibitions" / SLUG / "anh-1.vi.md"
    before = generated.stat().st_mtime_ns
    assert run_mkdocs(project, tmp_path / "b").returncode == 0
    assert generated.stat().st_mtime_ns == before
    metadata = project / "exhibitions" / SLUG / "exhibition.yml"
    metadata.write_text(
        metadata.read_text(encoding="utf-8").replace("Lễ kết nạp", "Lễ kết nạp chính thức"),
        encoding="utf-8",
    )
    assert run_mkdocs(project, tmp_path / "c").returncode == 0
    assert "Lễ kết nạp chính thức" in generated.read_text(encoding="utf-8")
    # Source folders are never changed by the build.
    assert sorted(p.name for p in (project / "exhibitions" / SLUG).iterdir()) == sorted(
        [f"anh-{i}.jpg" for i in range(1, 6)]
        + ["phim.jpg", "youtube.jpg", "phim.mp4", "exhibition.yml"]
    )
