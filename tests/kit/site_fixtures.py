"""What the kit's fixture site holds (see conftest.kit_build): one of every kind of content.

The pages themselves (home, about, provinces index) are conftest.KIT_PAGES; this adds an
exhibition with photos and both kinds of video (one photo with subject tags), an infographic
with every block type, two provinces in two regions, a theme catalogue and a quiz.
"""

from __future__ import annotations

from pathlib import Path

import province_fixtures
from exhibition_fixtures import GOOD_YAML as EXHIBITION_YAML
from exhibition_fixtures import good_exhibition
from infographic_fixtures import GOOD_YAML as INFOGRAPHIC_YAML
from infographic_fixtures import write_data
from quiz_fixtures import write_quiz, write_tags

EXHIBITION = "trien-lam-thu"
INFOGRAPHIC = "do-hoa-thu"
PROVINCE = province_fixtures.SLUG
SECOND_PROVINCE = "tinh-thu-hai"
SECOND_PROVINCE_YAML = province_fixtures.GOOD_YAML.replace(
    'name: {vi: "Tỉnh Thử", en: "Test Province"}',
    'name: {vi: "Tỉnh Thử Hai", en: "Second Test Province"}',
).replace("region: tay-nguyen", "region: dong-bang-song-hong")


def add_kit_content(project: Path) -> Path:
    tagged = EXHIBITION_YAML.replace(
        '    license: "CC BY 4.0"\n', '    license: "CC BY 4.0"\n    tags: [vn, di-san, 1995]\n', 1
    )
    good_exhibition(project / "exhibitions" / EXHIBITION, tagged)
    write_data(project, INFOGRAPHIC, INFOGRAPHIC_YAML)
    provinces = project / "docs" / "provinces"
    province_fixtures.good_province(provinces / PROVINCE)
    province_fixtures.good_province(provinces / SECOND_PROVINCE, SECOND_PROVINCE_YAML)
    write_tags(project)
    write_quiz(project)
    return project
