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


LAYERS = {  # a package may import those of lower layers and its own, nothing above
    "schemas": 0,
    "labels": 0,
    "messages": 1,  # the editor's messages read the language setting of mkdocs.yml (core)
    "core": 1,
    "media": 2,
    "search": 2,
    "hosting": 2,
    "quality": 3,
    "editor": 3,  # the web editor's configuration, made from the schemas and mkdocs.yml
    "build": 4,
    "exhibitions": 5,
    "provinces": 5,
    "infographics": 5,
    "quizzes": 5,
    "translations": 5,
    "printables": 6,  # printed versions of exhibitions and provinces
    "discover": 6,  # tag pages made from exhibition items and infographics
    "opendata": 6,  # the export, feeds and harvest of everything the content packages hold
    "sites": 6,  # a province site's starter files use the list of provinces
    "plugin": 7,
}


def _kit_imports(path: Path) -> set[str]:
    """The kit subpackages a module imports (at any depth of the module)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kit"):
            parts = node.module.split(".")
            if len(parts) > 1:
                found.add(parts[1])
            else:
                found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("kit.")}
    return found


def test_every_subpackage_has_a_layer() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == set(LAYERS)


def test_imports_go_down_the_layers_and_content_types_do_not_borrow_from_each_other() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if len(parts) < 2:
            continue
        own = parts[0]
        for imported in _kit_imports(path) - {own}:
            if imported not in LAYERS or {own, imported} == {"core", "messages"}:
                continue
            if LAYERS[imported] >= LAYERS[own]:
                wrong.append(f"{path.relative_to(PROJECT)} imports kit.{imported}")
    assert wrong == []


def test_only_the_plugin_imports_mkdocs() -> None:
    importers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] == "plugin":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            if any(name == "mkdocs" or name.startswith("mkdocs.") for name in names):
                importers.append(str(path.relative_to(PROJECT)))
    assert importers == []


def test_tests_copied_into_province_sites_do_not_import_the_kit_developer_tools() -> None:
    """scripts/dev/ and tests/dev/ stay in the kit (kit.sites.sitekit.KIT_ONLY): a test under
    tests/kit/ that imports a developer tool fails in every province's copy."""
    developer_tools = {path.stem for path in (PROJECT / "scripts" / "dev").glob("*.py")}
    if not developer_tools:
        pytest.skip("a province site: the kit's developer tools are not here")
    offenders = []
    for test in sorted((PROJECT / "tests" / "kit").rglob("*.py")):
        for node in ast.walk(ast.parse(test.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module.split(".")[0]]
            offenders += [f"{test.name}: {name}" for name in names if name in developer_tools]
    assert offenders == []
