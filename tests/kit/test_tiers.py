"""Every test module is in exactly one tier (unit, build, browser: tests/README.md), and the
tier is honest: a unit test builds no site and a build test opens no browser."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import TIERS, build_site, run_mkdocs, tier_problem

pytestmark = pytest.mark.unit

TESTS = Path(__file__).resolve().parents[1]


def declared_tiers(module: Path) -> list[str]:
    """The tiers named by the module's top-level ``pytestmark = pytest.mark.<tier>``."""
    tiers = []
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "pytestmark" for target in node.targets
        ):
            marks = (
                node.value.elts if isinstance(node.value, ast.List | ast.Tuple) else [node.value]
            )
            tiers += [m.attr for m in marks if isinstance(m, ast.Attribute) and m.attr in TIERS]
    return tiers


def test_every_test_module_declares_exactly_one_tier() -> None:
    # tests/content/ is the site's: a file there without a tier is a build test (conftest).
    modules = sorted(
        module for module in TESTS.rglob("test_*.py") if module.parent.name != "content"
    )
    assert len(modules) > 10
    wrong = {
        module.relative_to(TESTS).as_posix(): tiers
        for module in modules
        if len(tiers := declared_tiers(module)) != 1
    }
    assert wrong == {}


def test_the_collection_check_refuses_a_test_in_the_wrong_tier() -> None:
    assert tier_problem(["unit"], {"tmp_path"}) is None
    assert tier_problem(["build"], {"kit_site", "tmp_path"}) is None
    assert tier_problem(["browser"], {"kit_site", "page"}) is None
    assert "exactly one tier" in tier_problem([], {"tmp_path"})
    assert "exactly one tier" in tier_problem(["unit", "build"], set())
    assert "mark the module build" in tier_problem(["unit"], {"kit_site"})
    assert "mark the module build" in tier_problem(["unit"], {"demo_site"})
    assert "mark the module browser" in tier_problem(["build"], {"browser"})
    assert "mark the module browser" in tier_problem(["unit"], {"page"})


def test_a_sites_own_test_without_a_tier_is_a_build_test(pytester: pytest.Pytester) -> None:
    conftest = (TESTS / "conftest.py").read_text(encoding="utf-8")
    pytester.makeconftest(conftest)
    pytester.makeini("[pytest]\nmarkers =\n    unit\n    build\n    browser\n")
    content = pytester.mkdir("content")
    (content / "test_old.py").write_text("def test_old():\n    pass\n", encoding="utf-8")
    pytester.makepyfile(test_untiered="def test_new():\n    pass\n")
    refused = pytester.runpytest("--strict-markers", "-m", "build")
    assert refused.ret == pytest.ExitCode.USAGE_ERROR
    assert "test_untiered.py: needs exactly one tier marker" in refused.stderr.str()
    (pytester.path / "test_untiered.py").unlink()
    accepted = pytester.runpytest("--strict-markers", "-m", "build")
    accepted.assert_outcomes(passed=1)


def test_a_unit_test_cannot_start_a_build(tmp_path: Path) -> None:
    with pytest.raises(AssertionError, match="unit tests run no MkDocs build"):
        run_mkdocs(tmp_path, tmp_path / "site")
    with pytest.raises(AssertionError, match="unit tests run no MkDocs build"):
        build_site(tmp_path)
    assert not (tmp_path / "site").exists()
