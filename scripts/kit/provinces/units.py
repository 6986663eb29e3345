"""Vietnam's provincial-level units since 1 July 2025, for the new-province helper.

Resolution 202/2025/QH15 of the National Assembly (12 June 2025) reorganised the 63 provinces
and cities into 34 provincial-level units: 28 provinces and 6 centrally-run cities. Eleven
kept their boundaries; the other 52 were merged into 23. Huế had become a centrally-run city
on 1 January 2025 (Resolution 175/2024/QH15), on the whole territory of Thừa Thiên Huế.

The region is filled in only for the eleven units that were not merged, whose region in the
national master plan (Resolution 81/2023/QH15) is unchanged; for a merged unit the editor
chooses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.core.slugs import slugify


@dataclass(frozen=True)
class Unit:
    name: str  # as usually written, without "Tỉnh" / "Thành phố"
    status: str  # "province" or "city"
    region: str | None = None  # a key of kit.provinces.content.REGIONS, when certain


_NORTH = "trung-du-mien-nui-phia-bac"
_DELTA = "dong-bang-song-hong"
_CENTRAL = "bac-trung-bo-duyen-hai-mien-trung"

UNITS: dict[str, Unit] = {
    slugify(unit.name): unit
    for unit in (
        # Not merged in 2025.
        Unit("Hà Nội", "city", _DELTA),
        Unit("Huế", "city", _CENTRAL),
        Unit("Lai Châu", "province", _NORTH),
        Unit("Điện Biên", "province", _NORTH),
        Unit("Sơn La", "province", _NORTH),
        Unit("Lạng Sơn", "province", _NORTH),
        Unit("Cao Bằng", "province", _NORTH),
        Unit("Quảng Ninh", "province", _DELTA),
        Unit("Thanh Hóa", "province", _CENTRAL),
        Unit("Nghệ An", "province", _CENTRAL),
        Unit("Hà Tĩnh", "province", _CENTRAL),
        # Formed by merging, on 1 July 2025.
        Unit("Tuyên Quang", "province"),
        Unit("Lào Cai", "province"),
        Unit("Thái Nguyên", "province"),
        Unit("Phú Thọ", "province"),
        Unit("Bắc Ninh", "province"),
        Unit("Hưng Yên", "province"),
        Unit("Hải Phòng", "city"),
        Unit("Ninh Bình", "province"),
        Unit("Quảng Trị", "province"),
        Unit("Đà Nẵng", "city"),
        Unit("Quảng Ngãi", "province"),
        Unit("Gia Lai", "province"),
        Unit("Khánh Hòa", "province"),
        Unit("Lâm Đồng", "province"),
        Unit("Đắk Lắk", "province"),
        Unit("Hồ Chí Minh", "city"),
        Unit("Đồng Nai", "province"),
        Unit("Tây Ninh", "province"),
        Unit("Cần Thơ", "city"),
        Unit("Vĩnh Long", "province"),
        Unit("Đồng Tháp", "province"),
        Unit("Cà Mau", "province"),
        Unit("An Giang", "province"),
    )
}

# Former names -> the unit they are part of now.
FORMER: dict[str, str] = {
    slugify(old): new
    for old, new in (
        ("Thừa Thiên Huế", "Huế"),
        ("Hà Giang", "Tuyên Quang"),
        ("Yên Bái", "Lào Cai"),
        ("Bắc Kạn", "Thái Nguyên"),
        ("Vĩnh Phúc", "Phú Thọ"),
        ("Hòa Bình", "Phú Thọ"),
        ("Bắc Giang", "Bắc Ninh"),
        ("Thái Bình", "Hưng Yên"),
        ("Hải Dương", "Hải Phòng"),
        ("Hà Nam", "Ninh Bình"),
        ("Nam Định", "Ninh Bình"),
        ("Quảng Bình", "Quảng Trị"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Bình Định", "Gia Lai"),
        ("Ninh Thuận", "Khánh Hòa"),
        ("Đắk Nông", "Lâm Đồng"),
        ("Bình Thuận", "Lâm Đồng"),
        ("Phú Yên", "Đắk Lắk"),
        ("Bình Dương", "Hồ Chí Minh"),
        ("Bà Rịa – Vũng Tàu", "Hồ Chí Minh"),
        ("Bình Phước", "Đồng Nai"),
        ("Long An", "Tây Ninh"),
        ("Sóc Trăng", "Cần Thơ"),
        ("Hậu Giang", "Cần Thơ"),
        ("Bến Tre", "Vĩnh Long"),
        ("Trà Vinh", "Vĩnh Long"),
        ("Tiền Giang", "Đồng Tháp"),
        ("Bạc Liêu", "Cà Mau"),
        ("Kiên Giang", "An Giang"),
    )
}

_PREFIXES = ("thanh-pho-", "tinh-", "tp-")


def unit_slug(name: str) -> str:
    """ "Thành phố Huế" -> "hue", "Tỉnh Quảng Ninh" -> "quang-ninh", "TP. Hồ Chí Minh" ->
    "ho-chi-minh": the name without the word for its status."""
    slug = slugify(name)
    for prefix in _PREFIXES:
        if slug.startswith(prefix) and len(slug) > len(prefix):
            return slug[len(prefix) :]
    return slug
