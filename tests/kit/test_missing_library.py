"""A script run with a Python that lacks the kit's libraries says what to do, in the editor's
language, instead of showing a traceback (for example `python3 scripts/build_site.py` before
`make site` has set up .venv)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from kit.core import missing_library

pytestmark = pytest.mark.unit

PROJECT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted(path.name for path in (PROJECT / "scripts").glob("*.py"))
# Libraries of requirements.txt that the scripts import, as a fresh system Python lacks them.
LIBRARIES = ("yaml", "PIL", "brotli", "jinja2", "markupsafe", "mkdocs", "markdown", "babel")


def run_without(
    libraries: tuple[str, ...], script: str, arguments: tuple[str, ...] = (), language: str = ""
) -> subprocess.CompletedProcess:
    blocked = "; ".join(f"sys.modules[{name!r}] = None" for name in libraries)
    code = (
        # As `python scripts/x.py` does: the script's folder first on the path, then the script.
        f"import sys, runpy; {blocked}; sys.path.insert(0, 'scripts'); "
        f"sys.argv = ['scripts/{script}', *{arguments!r}]; "
        f"runpy.run_path('scripts/{script}', run_name='__main__')"
    )
    environment = {"PATH": "/usr/bin:/bin", "KIT_LANGUAGE": language}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=PROJECT,
        env=environment,
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_script_explains_missing_libraries_without_a_traceback(script: str) -> None:
    result = run_without(LIBRARIES, script, ("--help",))
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    if "usage:" not in result.stdout + result.stderr:  # those needing none of them: their help
        assert result.returncode == 1
        assert "thiếu thư viện" in result.stderr
        assert f".venv/bin/python scripts/{script}" in result.stderr
        assert "make site" in result.stderr


def test_a_missing_library_stops_the_build_with_the_explanation() -> None:
    result = run_without(("yaml",), "build_site.py")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert result.stderr.startswith("Lỗi: Python này (")
    assert "thiếu thư viện 'yaml'" in result.stderr


def test_the_explanation_names_the_library_in_english_when_asked() -> None:
    result = run_without(("brotli",), "build_site.py", language="en")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: The library 'brotli' that the kit needs is missing")
    assert ".venv/bin/python scripts/build_site.py" in result.stderr


def test_only_missing_libraries_are_explained() -> None:
    assert missing_library.missing_library(ModuleNotFoundError("x", name="PIL.Image")) == "PIL"
    assert missing_library.missing_library(ModuleNotFoundError("x", name="kit.nothing")) is None
    assert missing_library.missing_library(ModuleNotFoundError("x")) is None
    assert missing_library.missing_library(ValueError("yaml")) is None
