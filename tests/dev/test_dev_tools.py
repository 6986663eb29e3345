"""The kit's developer tools (scripts/dev/): not copied into province sites, so their tests
live here and not under tests/kit/."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit.core import textfile

pytestmark = pytest.mark.unit

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
