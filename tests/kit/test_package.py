"""The kit's shape: one installable package, its files owned by the kit, no path tricks."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

PROJECT = Path(__file__).resolve().parents[2]
PACKAGE = PROJECT / "scripts" / "kit"


def test_every_folder_of_the_package_is_declared_in_pyproject() -> None:
    settings = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = set(settings["tool"]["setuptools"]["packages"])
    found = {
        ".".join(("kit", *init.parent.relative_to(PACKAGE).parts))
        for init in PACKAGE.rglob("__init__.py")
    }
    assert declared == found


def test_no_script_or_test_edits_the_import_path() -> None:
    offenders = []
    for path in [*(PROJECT / "scripts").rglob("*.py"), *(PROJECT / "tests").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in {"insert", "append"}
                and ast.unparse(node.value) == "sys.path"
            ):
                offenders.append(f"{path.relative_to(PROJECT)}:{node.lineno}")
    assert offenders == []
