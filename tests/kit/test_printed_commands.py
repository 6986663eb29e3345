"""Commands the kit prints for editors to copy must work as printed.

On a fresh Debian or Ubuntu, the system's `python` (often absent) or `python3` has none of the
kit's packages: only the site's own `.venv/bin/python`, made by `make site`, runs the scripts.
A printed `python scripts/...` ends in "No module named 'yaml'", a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path

import new_province
import pytest
from kit.provinces.content import load_province
from kit.sites.sitekit import Answers, province_command

pytestmark = pytest.mark.unit

BARE_PYTHON = re.compile(r"(?<![\w/.])python3? scripts/")


def test_new_site_suggests_new_province_with_the_sites_python() -> None:
    command = province_command(
        Answers(name_vi="Tỉnh Lào Cai", name_en="Lào Cai Province", site_url="https://x.vn/")
    )
    assert command.startswith(".venv/bin/python scripts/new_province.py ")
    assert not BARE_PYTHON.search(command)


def test_new_province_suggests_the_check_with_the_sites_python(tmp_path: Path, capsys) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    code = new_province.main(
        ["Lạng Sơn", "--name-en", "Lạng Sơn Province", "--project", str(tmp_path)]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert ".venv/bin/python scripts/check_translations.py" in printed
    assert not BARE_PYTHON.search(printed)


def test_a_province_folder_without_its_file_names_the_sites_python(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "provinces" / "lao-cai"
    folder.mkdir(parents=True)
    province, problems = load_province(folder, tmp_path)
    assert province is None
    fix = " ".join(str(p) for p in problems)
    assert ".venv/bin/python scripts/new_province.py" in fix
    assert not BARE_PYTHON.search(fix)
