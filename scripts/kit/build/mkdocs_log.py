"""MkDocs' own messages, put into the editor's language; the routine ones hidden.

``make site`` runs MkDocs quietly and passes its output through ``translate_output``;
``make serve`` installs ``EditorFilter`` on MkDocs' log handler (from the campaign plugin).
What an editor needs: warnings and errors, in plain words, and the preview's address. What
they do not: INFO lines about directories, timings and plugins (shown with --verbose).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable

from kit.messages import N_, t

# Set by `build_site.py --verbose` for the MkDocs it runs: no filter on MkDocs' lines.
VERBOSE = "KIT_VERBOSE"
_LEVEL = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL)\s*-\s+(.*)$")
_CONTINUATION = re.compile(r"^\s{2,}\S")


def _page_link(key: str) -> Callable[[re.Match[str]], str]:
    """The wording ``key`` filled with the page (group 1) and the link (group 2)."""
    return lambda match: t(key, page=match.group(1), link=match.group(2))


# English text of a MkDocs line -> its wording for the editor.
_KNOWN: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"Aborted with (\d+) (?:configuration )?warnings? in '?strict'? mode!"),
        lambda m: t(
            "The site was not built: {count} warning(s) above must be fixed first.",
            count=m.group(1),
        ),
    ),
    (
        re.compile(r"Aborted with a (?:BuildError|configuration error)!"),
        lambda m: t("The site was not built because of the error above."),
    ),
    (
        re.compile(r"Serving on (\S+?)(?: and opening it in a browser)?$"),
        lambda m: t(
            "Preview at {address} (open it in a web browser; press Ctrl+C here to stop)",
            address=m.group(1),
        ),
    ),
    (re.compile(r"Building documentation\.\.\.$"), lambda m: t("Preparing the preview...")),
    (
        re.compile(r"Detected file changes$"),
        lambda m: t("A file was changed: updating the preview..."),
    ),
    (
        re.compile(
            r"Doc file '(.+?)' contains a link '(.+?)', but the target '(.+?)' is not found "
            r"among documentation files\."
        ),
        _page_link(N_("the page docs/{page} links to '{link}', but there is no such file")),
    ),
    (
        re.compile(r"Doc file '(.+?)' contains an unrecognized relative link '(.+?)'"),
        _page_link(
            N_("the page docs/{page} has a link '{link}' that does not lead to a page of the site")
        ),
    ),
    (
        re.compile(
            r"Doc file '(.+?)' contains a link '#?(.+?)', but (?:the doc '.+?' does not|"
            r"there is no) (?:contain an )?anchor"
        ),
        _page_link(N_("the page docs/{page} links to '{link}', but that heading does not exist")),
    ),
]


# Lines that only confuse: `make serve` asks for the 'dirty' build this one warns about.
_HIDDEN = [re.compile(r"A 'dirty' build is being performed")]


def translate(level: str, text: str, verbose: bool = False) -> str | None:
    """The line to show for a MkDocs message of ``level``, or None to hide it."""
    if not verbose and any(pattern.search(text) for pattern in _HIDDEN):
        return None
    for pattern, wording in _KNOWN:
        match = pattern.search(text)
        if match:
            return _labelled(level, wording(match))
    if level in ("DEBUG", "INFO"):
        return text if verbose else None
    return _labelled(level, text)


def _labelled(level: str, text: str) -> str:
    if level == "WARNING":
        return f"{t('Warning')}: {text}"
    if level in ("ERROR", "CRITICAL"):
        return f"{t('Error')}: {text.removeprefix('Error: ')}"  # MkDocs' own prefix, in English
    return text


def translate_output(output: str, verbose: bool = False) -> list[str]:
    """The lines of a captured ``mkdocs build`` output to show (tracebacks reduced to their
    last line, continuation lines kept with the message they continue)."""
    shown: list[str] = []
    keep = False
    lines = output.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index].rstrip()
        index += 1
        if line.startswith("Traceback (most recent call last)"):
            while index < len(lines) and (lines[index].startswith(" ") or not lines[index]):
                index += 1
            last = lines[index].strip() if index < len(lines) else ""
            index += 1
            shown.append(t("MkDocs stopped with an unexpected error: {reason}", reason=last))
            keep = False
            continue
        match = _LEVEL.match(line)
        if match:
            result = translate(match.group(1), match.group(2), verbose)
            keep = result is not None
            if keep:
                shown.append(result)
        elif _CONTINUATION.match(line):
            if keep:
                shown.append(line)
        elif line.strip():
            result = translate("ERROR" if line.startswith("Error") else "NOTE", line, verbose)
            keep = result is not None
            if keep:
                shown.append(result)
    return shown


class EditorFilter(logging.Filter):
    """For ``make serve``: MkDocs' known lines in the editor's language, routine ones hidden
    (all shown with MkDocs' own --verbose)."""

    def __init__(self, verbose: bool = False) -> None:
        super().__init__()
        self.verbose = verbose

    def filter(self, record: logging.LogRecord) -> bool:
        if self.verbose or getattr(record, "kit_translated", False):
            return True
        text = record.getMessage()
        if any(pattern.search(text) for pattern in _HIDDEN):
            return False
        for pattern, wording in _KNOWN:
            match = pattern.search(text)
            if match:
                record.msg, record.args = wording(match), ()
                record.kit_translated = True
                return True
        return record.levelno >= logging.WARNING


class EditorFormatter(logging.Formatter):
    """The message alone, after "Cảnh báo:" or "Lỗi:" for warnings and errors (MkDocs prints
    "INFO    -  " before every line)."""

    def format(self, record: logging.LogRecord) -> str:
        return _labelled(record.levelname, record.getMessage())


def install(logger_name: str = "mkdocs") -> None:
    """Put EditorFilter and EditorFormatter on the handlers of MkDocs' logger. Called again
    when `make serve` reloads mkdocs.yml (and by every plugin instance): install only once."""
    if logging.getLogger(logger_name).level <= logging.DEBUG or os.environ.get(VERBOSE):
        return  # mkdocs serve --verbose, build_site.py --verbose: everything, as MkDocs prints it
    for handler in logging.getLogger(logger_name).handlers:
        if not any(type(f).__name__ == EditorFilter.__name__ for f in handler.filters):
            handler.addFilter(EditorFilter())
            handler.setFormatter(EditorFormatter())
