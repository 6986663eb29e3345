"""The kit's developer tools (scripts/dev/): not copied into province sites, so their tests
live here and not under tests/kit/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from kit.core import textfile
from kit.sites import sitekit

pytestmark = pytest.mark.unit

PROJECT = Path(__file__).resolve().parents[2]
TITLE = "title:\n  vi: Triển lãm\n  en: Exhibition\n"


def test_placeholder_script_skips_a_file_it_cannot_use(tmp_path: Path, capsys) -> None:
    from make_placeholders import main

    (tmp_path / "exhibitions" / "x").mkdir(parents=True)
    (tmp_path / "exhibitions" / "x" / "exhibition.yml").write_bytes(TITLE.encode("utf-16"))
    assert main(["--project", str(tmp_path)]) == 0
    assert capsys.readouterr().err == (
        "skipped: exhibitions/x/exhibition.yml: the file is not UTF-8 text (it is saved as "
        f"UTF-16). Fix: {textfile.SAVE_AS_UTF8}\n"
    )


def test_every_kit_owned_pattern_names_a_file_of_the_kit() -> None:
    files = sitekit.kit_files(PROJECT)
    unused = [
        pattern
        for pattern in sitekit.KIT_OWNED
        if not any(
            path.startswith(pattern)
            if pattern.endswith("/")
            else re.fullmatch(re.escape(pattern).replace(r"\*", "[^/]*"), path)
            for path in files
        )
    ]
    assert unused == []


# Here, not in tests/kit/test_package.py: a province site has no scripts/dev/ to find.
def test_developer_tools_stay_with_the_kit() -> None:
    files = sitekit.kit_files(PROJECT)
    assert "scripts/build_site.py" in files
    assert "scripts/kit/core/languages.py" in files
    assert not [path for path in files if path.startswith(("scripts/dev/", "tests/dev/"))]
    assert (PROJECT / "scripts" / "dev" / "bench_build.py").is_file()


def test_build_benchmark_compares_cpu_seconds_per_page() -> None:
    from bench_build import CPU, Figures, table_row

    line = "INFO    -  CPU used so far: 25.50 s in all, 5.50 s of it for photos"
    assert CPU.findall(line) == [("25.50", "5.50")]
    row = Figures(400, pages=500, cold=60.0, plain=5.0, plain_pages=400)
    row.phases = {"mkdocs vi": 6.0, "mkdocs en": 4.0, "post-processing": 0.0}
    row.kit_cpu, row.plain_cpu = 20.0, 4.0  # 20 ms and 5 ms a page
    cells = table_row(row)
    assert cells[-4:-1] == ["20.0", "5.0", "4.00"]
    row.plain_cpu = None
    assert table_row(row)[-4:-1] == ["-", "-", "-"]


def test_plain_build_of_the_benchmark_leaves_out_the_kits_page_templates() -> None:
    from bench_build import _TEMPLATE_LINE

    page = "---\ntemplate: home.html\ntitle: Trang chủ\n---\n# Trang chủ\n"
    assert _TEMPLATE_LINE.sub("", page, count=1) == "---\ntitle: Trang chủ\n---\n# Trang chủ\n"


def test_build_benchmark_counts_the_wait_for_photos_as_photo_time() -> None:
    from bench_build import split_phases

    output = (
        "INFO - Photos and videos ready in 0.50 s\n"
        "INFO - Post-processing (vi) done in 0.30 s\n"
        "INFO - Photos resized; waited 12.00 s at the end\n"
        "INFO - Post-processing (en) done in 12.40 s\n"
    )
    phases = split_phases({"mkdocs vi": 10.0, "mkdocs en": 20.0}, output)
    assert phases["media"] == pytest.approx(12.5)
    assert phases["post-processing"] == pytest.approx(0.7)
    assert phases["mkdocs vi"] == pytest.approx(10.0 - 0.3 - 0.5)
    assert phases["mkdocs en"] == pytest.approx(20.0 - 12.4)
