"""Infographic data files for tests: one with every block type, and broken ones."""

from __future__ import annotations

import textwrap
from pathlib import Path

from conftest import make_kit_project

DATA = Path("docs") / "_data" / "infographics"

SOURCE = '{name: {vi: "Nguồn thử", en: "Test source"}, url: "https://example.org/data", date: 2024}'

GOOD_YAML = f"""\
title: {{vi: "Đồ họa thử", en: "Test infographic"}}
summary: {{vi: "Tóm tắt đồ họa thử", en: "Summary of the test infographic"}}
intro:
  vi: "Giới thiệu **đồ họa** thử."
  en: "Introduction of the **test** infographic."
order: 1
blocks:
  - type: figures
    title: {{vi: "Các con số", en: "The figures"}}
    items:
      - label: {{vi: "Dân số", en: "Population"}}
        value: 1234.5
        approx: true
        unit: {{vi: "triệu người", en: "million people"}}
        note: {{vi: "Ghi chú thử", en: "Test note"}}
        source:
          name: {{vi: "Nguồn một", en: "Source one"}}
          url: "https://example.org/one"
          date: 1995-07-28
      - label: {{vi: "Tỷ lệ", en: "Share"}}
        value: 14.5
        decimals: 1
        unit: "%"
        source: {{name: "World Bank", url: "https://data.worldbank.org/", date: 2024}}
  - type: bar
    title: {{vi: "Biểu đồ thanh", en: "Bar chart"}}
    description: {{vi: "Mô tả biểu đồ thanh.", en: "Description of the bar chart."}}
    unit: {{vi: "nghìn người", en: "thousand people"}}
    decimals: 1
    source: {SOURCE}
    items:
      - {{label: {{vi: "<script>alert(1)</script>Một", en: "<b>One</b>"}}, value: 2000}}
      - {{label: {{vi: "Hai", en: "Two"}}, value: 1000, highlight: true}}
      - {{label: {{vi: "Ba", en: "Three"}}, value: 0.5}}
  - type: column
    title: {{vi: "Biểu đồ cột", en: "Column chart"}}
    unit: {{vi: "nước", en: "countries"}}
    source: {SOURCE}
    items:
      - {{label: "1967", value: 5}}
      - {{label: "2025", value: 11, highlight: true}}
  - type: comparison
    title: {{vi: "So sánh", en: "Comparison"}}
    series: [{{vi: "Việt Nam", en: "Vietnam"}}, {{vi: "Cả khối", en: "Whole bloc"}}]
    share: true
    source: {SOURCE}
    items:
      - label: {{vi: "Dân số", en: "Population"}}
        unit: {{vi: "triệu người", en: "million people"}}
        decimals: 1
        values: [101.0, 696.5]
  - type: timeline
    title: {{vi: "Dòng thời gian", en: "Timeline"}}
    items:
      - date: 2015-12-31
        title: {{vi: "Cộng đồng ASEAN", en: "ASEAN Community"}}
      - date: 1995-07-28
        title: {{vi: "Gia nhập ASEAN", en: "Joining ASEAN"}}
        text: {{vi: "Việt Nam là thành viên thứ bảy.", en: "Vietnam is the seventh member."}}
  - type: members
    title: {{vi: "Các nước thành viên", en: "Member states"}}
    highlight: vn
    source: {SOURCE}
"""

# Each broken file keeps one valid item, so a non-strict build still has something to show.
BAD_FILES = {
    "missing-translation": """\
title: {vi: "Thiếu bản dịch", en: "Missing translation"}
summary: {vi: "Tóm tắt", en: "Summary"}
intro: {vi: "Giới thiệu.", en: "Introduction."}
blocks:
  - type: bar
    title: {vi: "Biểu đồ", en: "Chart"}
    source: {name: "UN", url: "https://population.un.org/wpp/", date: 2024}
    items:
      - label: {vi: "Nhãn chỉ có tiếng Việt"}
        value: 10
      - label: {vi: "Nhãn đầy đủ", en: "Complete label"}
        value: 20
""",
    "not-a-number": """\
title: {vi: "Không phải số", en: "Not a number"}
summary: {vi: "Tóm tắt", en: "Summary"}
intro: {vi: "Giới thiệu.", en: "Introduction."}
blocks:
  - type: figures
    title: {vi: "Con số", en: "Figures"}
    source: {name: "UN", url: "https://population.un.org/wpp/", date: 2024}
    items:
      - label: {vi: "Số viết sai", en: "Badly written number"}
        value: "1.234,5"
      - label: {vi: "Số đúng", en: "Good number"}
        value: 42
""",
    "unknown-type": """\
title: {vi: "Loại lạ", en: "Unknown type"}
summary: {vi: "Tóm tắt", en: "Summary"}
intro: {vi: "Giới thiệu.", en: "Introduction."}
blocks:
  - type: colum
    title: {vi: "Cột", en: "Columns"}
    items:
      - {label: "2020", value: 1}
  - type: timeline
    title: {vi: "Mốc", en: "Milestones"}
    items:
      - {date: 2020, title: {vi: "Mốc còn lại", en: "Remaining milestone"}}
""",
    "no-source": """\
title: {vi: "Không nguồn", en: "No source"}
summary: {vi: "Tóm tắt", en: "Summary"}
intro: {vi: "Giới thiệu.", en: "Introduction."}
blocks:
  - type: figures
    title: {vi: "Con số", en: "Figures"}
    items:
      - label: {vi: "Số không nguồn", en: "Unsourced figure"}
        value: 7
      - label: {vi: "Số có nguồn", en: "Sourced figure"}
        value: 8
        source: {name: "UN", url: "https://population.un.org/wpp/", date: 2024}
""",
}


def infographic_project(destination: Path, files: dict[str, str]) -> Path:
    """The kit's fixture project (no exhibitions, no provinces) holding ``files``."""
    project = make_kit_project(destination)
    for slug, text in files.items():
        write_data(project, slug, text)
    return project


def write_data(project: Path, slug: str, text: str) -> Path:
    path = project / DATA / f"{slug}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def line_of(text: str, fragment: str) -> int:
    """1-based number of the first line of ``text`` containing ``fragment``."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def where(case: str, fragment: str) -> str:
    """The file and line of ``fragment`` in BAD_FILES[case], as messages name them."""
    return f"{DATA.as_posix()}/{case}.yml:{line_of(BAD_FILES[case], fragment)}"


# The message for each of BAD_FILES, and the text of the line it names.
EXPECTED = {
    "missing-translation": (
        'label: {vi: "Nhãn chỉ có tiếng Việt"}',
        "the English 'label' of item 1 ('Nhãn chỉ có tiếng Việt') of block 1 (bar) "
        "is missing or empty",
    ),
    "not-a-number": (
        'value: "1.234,5"',
        "the value '1.234,5' of item 1 ('Số viết sai') of block 1 (figures) is not a number",
    ),
    "unknown-type": (
        "type: colum",
        "unknown block type 'colum' in block 1. Fix: did you mean 'column'?",
    ),
    "no-source": (
        '- label: {vi: "Số không nguồn"',
        "item 1 ('Số không nguồn') of block 1 (figures) has no source",
    ),
}
