from __future__ import annotations

import unicodedata

import pytest
from kit.core.slugs import slugify

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Chào mừng đến Đà Nẵng", "chao-mung-den-da-nang"),
        ("Đặc sản Huế", "dac-san-hue"),
        ("  Ảnh 1.JPG ", "anh-1-jpg"),
        ("ASEAN – 30 năm!", "asean-30-nam"),
        ("", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_nfd_and_nfc_give_the_same_slug() -> None:
    text = "Hội nghị Cấp cao ASEAN lần thứ 6"
    assert (
        slugify(unicodedata.normalize("NFD", text))
        == slugify(text)
        == ("hoi-nghi-cap-cao-asean-lan-thu-6")
    )
