"""A plain message, instead of a traceback, when a script runs with a Python that lacks the
kit's libraries (for example `python3 scripts/build_site.py` on a fresh machine, where
`make site` has not set up `.venv` yet, or with the system's Python instead of `.venv`'s).

Standard library and kit.messages only (which imports no library either): it must work
precisely when the other libraries are missing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from kit.messages import N_  # plain Python: importable without any library
from kit.messages.vi import VI

ENGLISH = N_(
    "The library '{name}' that the kit needs is missing from this Python ({python}). "
    "Run 'make site' once in the project folder (it installs the kit's libraries into .venv), "
    "then run the command with the kit's Python: .venv/bin/python {command}"
)
LANGUAGE_SETTING = "KIT_LANGUAGE"


def message(name: str, python: str, command: str, language: str) -> str:
    """The explanation, headed "Error", in ``language`` ("vi" unless "en" is asked for)."""
    if language == "en":
        return "Error: " + ENGLISH.format(name=name, python=python, command=command)
    return f"{VI['Error']}: " + VI[ENGLISH].format(name=name, python=python, command=command)


def missing_library(error: BaseException) -> str | None:
    """The top-level name of a missing library other than the kit itself, or None."""
    if not isinstance(error, ModuleNotFoundError) or not error.name:
        return None
    name = error.name.split(".")[0]
    return None if name == "kit" else name


def explain(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook: a missing library is explained; anything else goes to the usual hook."""
    name = missing_library(error)
    if name is None:
        sys.__excepthook__(kind, error, trace)
        return
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path("scripts/build_site.py")
    try:
        command = script.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        command = str(script)
    language = os.environ.get(LANGUAGE_SETTING, "").strip().lower()
    print(message(name, sys.executable, command, language), file=sys.stderr)


def install() -> None:
    """Explain missing libraries in a command-line script (leaves any other hook alone)."""
    if sys.excepthook is sys.__excepthook__:
        sys.excepthook = explain
