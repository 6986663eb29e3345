"""Plain explanations of YAML syntax errors: the line, a '^' under the place, what to change.

PyYAML's messages ("mapping values are not allowed here") mean nothing to an editor. The
mistakes editors make are few: a tab, a text holding ': ' without quotes, a line not lined up
with its neighbours, an opened quote never closed, a text starting with '*', '&', '@' or '`'.
Each is recognised from the parser's message and the line it points at.
"""

from __future__ import annotations

import yaml

from kit.core.problems import Problem
from kit.messages import t

_SPECIAL_STARTS = "*&@`%!|>"
_CURLY_QUOTES = set("“”‘’")


def explain(
    error: yaml.YAMLError,
    text: str,
    display: str,
    first_line: int = 1,
    subject: str | None = None,
) -> Problem:
    """The problem to show for ``error``, raised while reading ``text`` (which starts on line
    ``first_line`` of ``display``; ``subject`` names that part when it is not the whole file)."""
    problem = str(getattr(error, "problem", None) or "")
    context = str(getattr(error, "context", None) or "")
    mark = getattr(error, "problem_mark", None)
    if "while scanning a quoted scalar" in context or "while scanning a simple key" in context:
        mark = getattr(error, "context_mark", None) or mark  # where the quote or key began
    lines = text.split("\n")
    if mark is not None and "flow" in context:
        mark = _opening_bracket(lines, mark) or mark
    if mark is None or mark.line >= len(lines):
        return Problem(
            display,
            t("the file is not written in the expected form, so it cannot be read"),
            t(
                "check the indentation (spaces, not tabs) and put text containing ':' or '#' "
                "in double quotes"
            ),
        )
    line = lines[mark.line]
    column = min(mark.column, len(line))
    message, fix, column = _classify(problem, context, line, column)
    number = mark.line + first_line
    return Problem(
        f"{display}:{number}",
        t("{subject} cannot be read: {explanation}", subject=subject, explanation=message)
        if subject
        else t("the file cannot be read: {explanation}", explanation=message),
        fix,
        marker(number, line, column),
    )


def marker(number: int, line: str, column: int) -> str:
    """The line as written, and a '^' under ``column`` (tabs shown as one space each)."""
    shown = line.replace("\t", " ")
    gutter = f"    {number} | "
    return f"{gutter}{shown}\n{' ' * (len(gutter) - 2)}| {' ' * column}^"


def _classify(problem: str, context: str, line: str, column: int) -> tuple[str, str, int]:
    """(what is wrong, how to fix it, column to mark) for a parser message at ``line``."""
    indent = len(line) - len(line.lstrip(" \t"))
    if "'\\t'" in problem or "\t" in line[: column + 1]:
        return (
            t("the line holds a tab character"),
            t("replace the tab character with spaces"),
            line.index("\t") if "\t" in line else column,
        )
    if "quoted scalar" in context:
        return (
            t("a text in quotes is never closed"),
            t('add the closing quote mark " at the end of the text'),
            column,
        )
    if "flow" in context:
        return (
            t("a list opened with '[' or '{{' is never closed"),
            t("add the closing ']' or '}}' at its end, or write the list one '- ' line per entry"),
            column,
        )
    if "mapping values are not allowed here" in problem and _CURLY_QUOTES & set(line):
        return (
            t("the text is in curly quotes “ ” (from Word), which do not count as quotes here"),
            t(
                'replace “ and ” with straight double quotes ", for example: {example}',
                example=_quoted_example(line),
            ),
            column,
        )
    if "mapping values are not allowed here" in problem and ":" in line[:column]:
        return (
            t("a text holds ':' but is not in quotes"),
            t(
                "put the text that holds ':' in double quotes, for example: {example}",
                example=_quoted_example(line),
            ),
            column,
        )
    if "alias" in context or "cannot start any token" in problem:
        start = line[column : column + 1] or "*"
        return (
            t(
                "a text starts with '{sign}', which has a special meaning in this file",
                sign=start if start in _SPECIAL_STARTS else "*",
            ),
            t("put the whole text in double quotes"),
            column,
        )
    if "found '<scalar>'" in problem and '"' in line[:column]:
        return (
            t("there is more text after the closing quote mark"),
            t("put the whole text inside the quotes"),
            column,
        )
    if "could not find expected ':'" in problem:
        return (
            t("a line has no ':' after its name"),
            t(
                "write 'name: value' on one line; a text that goes on to the next line must be "
                "indented further than its name"
            ),
            indent,
        )
    return (
        t("this line is not lined up with the lines at the same level"),
        t("lines at the same level must start in the same column, indented with spaces"),
        indent,
    )


def _opening_bracket(lines: list[str], mark: yaml.Mark) -> yaml.Mark | None:
    """Where the last '[' or '{' at or before ``mark`` opens (the parser points at the end)."""
    for number in range(min(mark.line, len(lines) - 1), -1, -1):
        column = max(lines[number].rfind("["), lines[number].rfind("{"))
        if column >= 0:
            return yaml.Mark("", 0, number, column, None, None)
    return None


def _quoted_example(line: str) -> str:
    key, _, value = line.strip().lstrip("- ").partition(":")
    value = value.strip().strip("“”‘’").replace('"', "'")
    return f'{key}: "{value}"' if key and value else 'title: "Hà Nội: 30 năm"'
