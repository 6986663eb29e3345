"""The developer benchmark's wiring with the build (scripts/dev/bench_build.py). Like the rest
of scripts/dev/ and tests/dev/, it stays in the kit and is not copied into province sites."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_build import CPU
from conftest import build_site, make_kit_project

pytestmark = pytest.mark.build


def test_the_build_reports_its_cpu_seconds_for_the_benchmark(tmp_path: Path) -> None:
    """scripts/dev/bench_build.py compares the kit with plain MkDocs by CPU seconds, which
    hardly change with the machine's load: the build prints them (with --verbose only)."""
    project = make_kit_project(tmp_path / "site")
    result = build_site(project, "--verbose", "--no-compress")
    assert result.returncode == 0, result.stderr
    used = CPU.findall(result.stdout + result.stderr)
    assert len(used) == 2  # one line per language
    total, photos = (float(value) for value in used[-1])
    assert 0 <= photos < total
    quiet = build_site(project, "--force", "--no-compress")
    assert CPU.findall(quiet.stdout + quiet.stderr) == []
