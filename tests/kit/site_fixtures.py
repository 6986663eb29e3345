"""What the kit's fixture site holds (see conftest.kit_build): one of every kind of content.

The pages themselves (home, about, provinces index) are conftest.KIT_PAGES; this adds an
exhibition with photos and both kinds of video, an infographic with every block type, and two
provinces in two regions.
"""

from __future__ import annotations

from pathlib import Path

import province_fixtures
from exhibition_fixtures import good_exhibition
from infographic_fixtures import GOOD_YAML as INFOGRAPHIC_YAML
from infographic_fixtures import write_data

EXHIBITION = "trien-lam-thu"
INFOGRAPHIC = "do-hoa-thu"
PROVINCE = province_fixtures.SLUG
SECOND_PROVINCE = "tinh-thu-hai"
SECOND_PROVINCE_YAML = province_fixtures.GOOD_YAML.replace(
    'name: {vi: "Tỉnh Thử", en: "Test Province"}',
    'name: {vi: "Tỉnh Thử Hai", en: "Second Test Province"}',
).replace("region: tay-nguyen", "region: dong-bang-song-hong")


def add_kit_content(project: Path) -> Path:
    good_exhibition(project / "exhibitions" / EXHIBITION)
    write_data(project, INFOGRAPHIC, INFOGRAPHIC_YAML)
    provinces = project / "docs" / "provinces"
    province_fixtures.good_province(provinces / PROVINCE)
    province_fixtures.good_province(provinces / SECOND_PROVINCE, SECOND_PROVINCE_YAML)
    return project
