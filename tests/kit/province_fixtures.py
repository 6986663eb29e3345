"""Small province folders for tests: a complete province and variants with one mistake each."""

from __future__ import annotations

from pathlib import Path

from exhibition_fixtures import photo

SLUG = "tinh-thu"

GOOD_YAML = """\
name: {vi: "Tỉnh Thử", en: "Test Province"}
summary:
  vi: "Tỉnh dùng để kiểm thử trang địa phương."
  en: "A province used to test the province pages."
region: tay-nguyen
status: province
area_km2: 1234.5
population:
  value: 987654
  year: 2024
  source: {vi: "Cục Thống kê", en: "Statistics Office"}
sectors:
  - {vi: "Cà phê", en: "Coffee"}
  - {vi: "Năng lượng tái tạo", en: "Renewable energy"}
projects:
  - name: {vi: "Nhà máy chế biến cà phê", en: "Coffee processing plant"}
    sector: {vi: "Chế biến nông sản", en: "Agro-processing"}
    location: {vi: "Khu công nghiệp Thử", en: "Thử Industrial Park"}
    scale: {vi: "20 ha, khoảng 50 triệu USD", en: "20 ha, about USD 50 million"}
    incentives: {vi: "Miễn thuế 4 năm", en: "Four-year tax exemption"}
    contact:
      name: {vi: "Trung tâm Xúc tiến đầu tư", en: "Investment Promotion Centre"}
      phone: "0234 3822 355"
      email: "dautu@tinhthu.example.gov.vn"
  - name: {vi: "Điện gió Thử", en: "Thử wind farm"}
    sector: {vi: "Năng lượng", en: "Energy"}
    location: {vi: "Huyện Gió", en: "Gió District"}
    scale: {vi: "100 MW", en: "100 MW"}
    incentives: {vi: "Ưu đãi tiền thuê đất", en: "Land rent incentives"}
    contact: so-ke-hoach
destinations:
  - name: {vi: "Hồ </script><b>Xanh</b>", en: "Blue </script><b>Lake</b>"}
    description: {vi: "Hồ nước trên núi.", en: "A lake in the mountains."}
    image: ho-xanh.jpg
    alt: {vi: "Mặt hồ buổi sáng", en: "The lake in the morning"}
    credit: "Nguyễn Văn A"
    license: "CC BY 4.0"
    unesco: 2001
  - name: {vi: "Thác Bạc", en: "Silver Falls"}
    description: {vi: "Thác nước cao.", en: "A tall waterfall."}
    image: thac-bac.jpg
    alt: {vi: "Thác nước giữa rừng", en: "A waterfall in the forest"}
heritage:
  - name: {vi: "Không gian văn hóa cồng chiêng", en: "Gong culture space"}
    description: {vi: "Âm nhạc cồng chiêng.", en: "Gong music."}
    recognition: {vi: "UNESCO, 2005", en: "UNESCO, 2005"}
specialties:
  - name: {vi: "Cà phê Thử", en: "Thử coffee"}
    description: {vi: "Cà phê rang xay.", en: "Roasted coffee."}
contacts:
  - id: so-ke-hoach
    name: {vi: "Sở Tài chính tỉnh Thử", en: "Thử Department of Finance"}
    phone: "+84 262 3 123 456"
    email: "sotaichinh@tinhthu.example.gov.vn"
    website: "https://tinhthu.example.gov.vn"
    address: {vi: "1 Đường Thử, Tỉnh Thử", en: "1 Thử Street, Thử Province"}
  - name: {vi: "Cấp cứu", en: "Ambulance"}
    phone: "115"
sources:
  - title: "Niên giám thống kê / Statistical yearbook"
    url: "https://example.org/nien-giam"
  - title: {vi: "Nguồn không có địa chỉ", en: "A source without an address"}
"""

NARRATIVE = {
    "vi": "Tỉnh Thử là một tỉnh ở Tây Nguyên.\n\n### Tỉnh Thử và ASEAN\n\nĐoạn văn thứ hai.\n",
    "en": "Thử Province is in the Central Highlands.\n\n### Thử and ASEAN\n\nA second paragraph.\n",
}


def good_province(folder: Path, yaml_text: str = GOOD_YAML) -> Path:
    """A province folder with two photos and both narrative pages."""
    folder.mkdir(parents=True, exist_ok=True)
    photo(folder / "ho-xanh.jpg", colour="#2a6f97")
    photo(folder / "thac-bac.jpg", colour="#6a994e")
    (folder / "province.yml").write_text(yaml_text, encoding="utf-8")
    for lang, text in NARRATIVE.items():
        (folder / f"index.{lang}.md").write_text(text, encoding="utf-8")
    return folder


# One mistake each: (changed YAML, fragments the build output must contain).
BAD_CASES: dict[str, tuple[str, list[str]]] = {
    "missing-region": (
        GOOD_YAML.replace("region: tay-nguyen\n", ""),
        ["docs/provinces/missing-region/province.yml:", "the province has no 'region'"],
    ),
    "unknown-region": (
        GOOD_YAML.replace("region: tay-nguyen", "region: tay-nguyne"),
        [
            "docs/provinces/unknown-region/province.yml:5",
            "unknown region 'tay-nguyne'",
            "did you mean 'tay-nguyen'?",
        ],
    ),
    "project-without-contact": (
        GOOD_YAML.replace("    contact: so-ke-hoach\n", ""),
        [
            "docs/provinces/project-without-contact/province.yml:25",
            "project 'Thử wind farm' has no 'contact'",
        ],
    ),
    "missing-image": (
        GOOD_YAML.replace("image: thac-bac.jpg", "image: thac-bach.jpg"),
        [
            "docs/provinces/missing-image/province.yml:",
            "destination 2 (Silver Falls) points at 'thac-bach.jpg', which does not exist",
            "did you mean 'thac-bac.jpg'?",
        ],
    ),
    "missing-population": (
        GOOD_YAML.replace("  value: 987654\n", ""),
        [
            "docs/provinces/missing-population/province.yml:",
            "'population' needs 'value' as a whole number",
        ],
    ),
}
