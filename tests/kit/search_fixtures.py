"""A small site for the search tests, built once per test session: the kit's fixture
project (conftest.make_kit_project) with these pages added.

Pages about Hà Nội and Huế specialities (the Huế page is written in NFD, as some editors
save it), a page whose title folds like the word a query looks for, a test exhibition, and a
Vietnamese page with no English translation.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from conftest import make_kit_project, run_mkdocs, write
from exhibition_fixtures import good_exhibition

EXHIBITION = "trien-lam-thu"

PAGES = {
    "places/ha-noi.vi.md": """\
---
title: Hà Nội, thủ đô nghìn năm văn hiến
description: Giới thiệu Thủ đô Hà Nội.
---

# Hà Nội, thủ đô nghìn năm văn hiến

Hà Nội là thủ đô của Việt Nam. Người dân Hà Nội tự hào về món phở và những con phố
rợp bóng cây.

## Hội nghị ASEAN tại Hà Nội

Năm 1998, Hà Nội đón Hội nghị Cấp cao ASEAN lần thứ sáu.
""",
    "places/ha-noi.en.md": """\
---
title: Hanoi, a thousand years of culture
description: About the capital, Hanoi.
---

# Hanoi, a thousand years of culture

Hanoi is the capital of Vietnam. Its people are proud of their noodle soup and of
streets shaded by old trees.

## ASEAN summit in Hanoi

In 1998 Hanoi hosted the sixth ASEAN Summit.
""",
    "places/dac-san-hue.vi.md": unicodedata.normalize(
        "NFD",
        """\
---
title: Đặc sản Huế
description: Những món ăn đặc sản của cố đô Huế.
---

# Đặc sản Huế

Bún bò, bánh khoái và chè là những món đặc sản của cố đô Huế.
""",
    ),
    "places/dac-san-hue.en.md": """\
---
title: Hue specialities
description: The dishes the old capital is known for.
---

# Hue specialities

Beef noodle soup, crispy pancakes and sweet soups are the specialities of Hue.

Visitors from Hanoi come by the night train.
""",
    "places/pho-co-hoi-an.vi.md": """\
---
title: Phố cổ Hội An
description: Đô thị cổ bên sông Thu Bồn.
---

# Phố cổ Hội An

Đô thị cổ bên sông Thu Bồn, di sản thế giới từ năm 1999.
""",
    "places/pho-co-hoi-an.en.md": """\
---
title: Hoi An ancient town
description: An old trading port on the Thu Bon river.
---

# Hoi An ancient town

An old trading port on the Thu Bon river, a World Heritage site since 1999.
""",
    # No English translation: the English site shows it in Vietnamese, and its English
    # search must not list it.
    "places/lien-he.vi.md": """\
---
title: Liên hệ ban biên tập
description: Cách liên hệ với ban biên tập.
---

# Liên hệ ban biên tập

Gửi thư cho ban biên tập chiến dịch quảng bá ASEAN tại Hà Nội.
""",
}

_built: dict[str, tuple[Path, str]] = {}


def build_search_site(root: Path) -> tuple[Path, str]:
    """(site folder, build log) of the search test site; built on the first call only."""
    if "site" not in _built:
        project = make_kit_project(root / "project")
        for relative, text in PAGES.items():
            write(project / "docs" / relative, text)
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        assert "not_in_nav: |\n" in text, "mkdocs.yml has no 'not_in_nav: |' block"
        config.write_text(text.replace("not_in_nav: |\n", "not_in_nav: |\n  /places/\n"), "utf-8")
        good_exhibition(project / "exhibitions" / EXHIBITION)
        result = run_mkdocs(project, project / "site")
        assert result.returncode == 0, result.stderr
        _built["site"] = (project / "site", result.stderr)
    return _built["site"]


def search(page, query: str) -> list[str]:
    """Type ``query`` into the header box; the titles of the results shown."""
    box = page.locator(".campaign-search .md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query)
    status = page.locator(".campaign-search__status")
    page.wait_for_function(
        "el => /\\d|Không|No /.test(el.textContent)", arg=status.element_handle()
    )
    return [t.strip() for t in page.locator(".campaign-search__title").all_inner_texts()]
