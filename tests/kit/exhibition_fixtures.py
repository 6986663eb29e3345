"""Small exhibition folders for tests: tiny generated photos and a YAML description."""

from __future__ import annotations

import textwrap
from pathlib import Path

from PIL import Image

GOOD_YAML = """\
title: {vi: "Triển lãm thử", en: "Test exhibition"}
subtitle: {vi: "Phụ đề", en: "Subtitle"}
intro:
  vi: "Giới thiệu triển lãm thử."
  en: "Introduction of the test exhibition."
layout: timeline
cover: anh-1.jpg
sections:
  - id: "2010-2019"
    title: {vi: "Giai đoạn 2010–2019", en: "2010 to 2019"}
  - id: "1995-1999"
    title: {vi: "Giai đoạn 1995–1999", en: "1995 to 1999"}
items:
  - file: anh-1.jpg
    section: "1995-1999"
    date: 1995-07-28
    place: {vi: "Bru-nây", en: "Brunei"}
    caption: {vi: "Lễ kết nạp", en: "Admission ceremony"}
    alt: {vi: "Mô tả ảnh một", en: "Description of photo one"}
    credit: "Nguyễn Văn A"
    license: "CC BY 4.0"
  - file: anh-2.jpg
    section: "1995-1999"
    date: 1998-12
    caption: {vi: "<script>alert(1)</script><b>Đậm</b> & chú thích", en: "<b>Bold</b> & caption"}
    alt: {vi: "Mô tả ảnh hai", en: "Description of photo two"}
  - file: anh-3.jpg
    section: "2010-2019"
    date: 2010
    caption: {vi: "Ảnh ba", en: "Photo three"}
    alt: {vi: "Mô tả ảnh ba", en: "Description of photo three"}
  - file: anh-4.jpg
    section: "2010-2019"
    caption: {vi: "Ảnh bốn", en: "Photo four"}
    alt: {vi: "Mô tả ảnh bốn", en: "Description of photo four"}
  - file: anh-5.jpg
    section: "2010-2019"
    caption: {vi: "Ảnh năm", en: "Photo five"}
    alt: {vi: "Mô tả ảnh năm", en: "Description of photo five"}
  - file: phim.mp4
    poster: phim.jpg
    section: "2010-2019"
    caption: {vi: "Phim tư liệu", en: "Documentary"}
    alt: {vi: "Khung hình phim", en: "A frame of the film"}
  - youtube: abcdefghijk
    id: video-youtube
    poster: youtube.jpg
    section: "2010-2019"
    caption: {vi: "Video trên YouTube", en: "Video on YouTube"}
    alt: {vi: "Khung hình video", en: "A frame of the video"}
"""


def photo(path: Path, size: tuple[int, int] = (800, 600), colour: str = "#336699") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path, "JPEG", quality=80)
    return path


def good_exhibition(folder: Path, yaml_text: str = GOOD_YAML) -> Path:
    """An exhibition folder with every kind of item."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(1, 6):
        photo(folder / f"anh-{index}.jpg", colour=f"#{index * 40:02x}6699")
    photo(folder / "phim.jpg")
    photo(folder / "youtube.jpg")
    # Not a real film; the build copies videos as they are.
    (folder / "phim.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(64))
    (folder / "exhibition.yml").write_text(textwrap.dedent(yaml_text), encoding="utf-8")
    return folder
