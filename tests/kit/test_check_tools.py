"""`make test` names a missing Node.js/npm or Java and the command that installs it, before
anything else, instead of make's "Error 127"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

PROJECT = Path(__file__).resolve().parents[2]
MAKE = shutil.which("make")
MAKE_VARIABLES = {"MAKEFLAGS", "MAKELEVEL", "MFLAGS", "MAKEOVERRIDES"}


def check_tools(path: Path, *names: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(PROJECT / "scripts" / "check_tools.py"), *names],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": str(path)},
    )


def fake_program(folder: Path, name: str) -> None:
    folder.mkdir(exist_ok=True)
    program = folder / name
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)


def test_missing_programs_are_named_with_the_install_command(tmp_path: Path) -> None:
    result = check_tools(tmp_path, "npm", "java")
    assert result.returncode == 1
    assert "sudo apt-get install -y nodejs npm default-jre-headless" in result.stderr
    assert "Thiếu chương trình" in result.stderr and "not installed" in result.stderr
    assert result.stderr.index("Thiếu") < result.stderr.index("not installed")
    assert "Traceback" not in result.stderr


def test_only_the_missing_program_is_asked_for(tmp_path: Path) -> None:
    fake_program(tmp_path / "bin", "npm")
    result = check_tools(tmp_path / "bin", "npm", "java")
    assert result.returncode == 1
    assert "sudo apt-get install -y default-jre-headless\n" in result.stderr
    assert "- npm" not in result.stderr


def test_nothing_is_said_when_everything_is_there(tmp_path: Path) -> None:
    for name in ("npm", "java"):
        fake_program(tmp_path / "bin", name)
    result = check_tools(tmp_path / "bin", "npm", "java")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_unknown_program_is_a_usage_error(tmp_path: Path) -> None:
    assert check_tools(tmp_path, "nmp").returncode == 2


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
def test_make_test_checks_the_programs_first(tmp_path: Path) -> None:
    # -n: print what would run, run nothing.
    # Run under `make test` itself: a make started by make prints "Entering directory" lines
    # and inherits MAKEFLAGS unless told otherwise.
    outside_make = {k: v for k, v in os.environ.items() if k not in MAKE_VARIABLES}
    listed = subprocess.run(
        [str(MAKE), "-n", "--no-print-directory", "test"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
        env=outside_make,
    ).stdout.splitlines()
    assert "scripts/check_tools.py npm java" in listed[0]
    result = subprocess.run(
        [str(MAKE), "-s", "test-tools", f"PYTHON={sys.executable}"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": str(tmp_path)},  # neither npm nor java
    )
    assert result.returncode != 0
    assert "apt-get install" in result.stderr and "127" not in result.stderr
