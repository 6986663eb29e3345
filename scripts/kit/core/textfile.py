"""Reading the text files editors write (Markdown pages, content YAML) so that no file can
hang or crash the build: a size limit, UTF-8 only, and a limit on how deeply Markdown blocks
(lists, quotes, notes) are nested.

Why these limits. The largest content file of the demo is 13 KB and its longest page 10 KB;
an honest file stays far below them, a pasted-by-mistake or hostile one is refused in
milliseconds. Python-Markdown nests blocks by recursion: 400 nested list levels (or 400 nested
<div markdown>) already end in a RecursionError and 200 take seconds, while editors use three
or four levels. The
build's time grows with the size of a page, so a page is bounded too.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from kit.core.problems import Problem
from kit.messages import N_, t

MAX_YAML_BYTES = 1_000_000  # a content YAML file (exhibition.yml, province.yml, ...)
MAX_PAGE_BYTES = 2_000_000  # a Markdown page, front matter included

# A page's front matter, by MkDocs' own rule (mkdocs.utils.meta): a line '---', YAML lines,
# then '---' or '...' on a line of its own. Anything else is Markdown, as MkDocs renders it.
FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:-{3}|\.{3})[ \t]*\n", re.DOTALL)
MAX_NESTING = 20  # lists, quotes and notes inside one another, in a page or a text field
# HTML blocks whose content is Markdown (<div markdown>): md_in_html reads them by recursion too,
# and cannot be told apart from plain <div> at their closing tag, so all of them are counted.
MAX_MARKDOWN_BLOCKS = 100

SAVE_AS_UTF8 = N_(
    "open it in a text editor and save it again as UTF-8 "
    "(Notepad: File > Save as > Encoding: UTF-8)"
)
_UTF16_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})(.*)$")
# What opens a nested block at the start of a line: a quote '>' or a list marker.
_OPENER = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))")
_INDENT = re.compile(r"[ \t]*")
_MARKDOWN_BLOCK = re.compile(r"<[A-Za-z][\w-]*\s[^<>]*?\bmarkdown\b", re.IGNORECASE)
# Each level of nesting takes at least one character at the start of a line (a '>', a list
# marker, a tab, four spaces), so a text without a line starting with more than MAX_NESTING of
# these characters cannot be nested too deeply: most texts are passed without a closer look.
_MAYBE_DEEP = re.compile(rf"^[ \t>*+\-0-9.)]{{{MAX_NESTING + 1},}}", re.MULTILINE)
_MAYBE_BLOCK = re.compile("markdown", re.IGNORECASE)


class FileRefused(Exception):
    """A file the kit will not read; ``problem`` says which, where and how to fix it."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_text(path: Path, display: str, limit: int) -> str:
    """The text of ``path``; FileRefused if it is over ``limit`` bytes or not UTF-8."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise FileRefused(too_big(display, size, limit))
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise FileRefused(
            Problem(
                display,
                t("the file cannot be read ({reason})", reason=reason),
                t("check that it is a file"),
            )
        ) from None
    return decode(data, display)


def too_big(display: str, size: int, limit: int) -> Problem:
    return Problem(
        display,
        t(
            "the file is {size}; a content file may be at most {limit}",
            size=_megabytes(size),
            limit=_megabytes(limit),
        ),
        t("remove text pasted by mistake, or split the content into several pages or files"),
    )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} KB"


def decode(data: bytes, display: str) -> str:
    """UTF-8 text (a UTF-8 byte order mark is dropped); FileRefused for anything else."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if data.startswith(_UTF16_BOMS) or b"\x00" in data:
        raise FileRefused(
            Problem(
                display, t("the file is not UTF-8 text (it is saved as UTF-16)"), t(SAVE_AS_UTF8)
            )
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FileRefused(
            Problem(
                f"{display}:{line}",
                t(
                    "the file is not UTF-8 text (it looks saved in an old Windows or Vietnamese "
                    "encoding such as Windows-1258, Windows-1252 or VNI)"
                ),
                t(SAVE_AS_UTF8),
            )
        ) from None


def lines_outside_code(text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """(line number, line) of every line that is not inside a fenced code block."""
    fence = ""
    for number, line in enumerate(text.split("\n"), first_line):
        match = _FENCE.match(line)
        if not fence:
            if match:
                fence = match.group(1)
                continue
            yield number, line
        elif _closes(match, fence):
            fence = ""


def _closes(match: re.Match | None, fence: str) -> bool:
    """A closing fence: the same character, at least as long, nothing after it."""
    return bool(
        match
        and match.group(1)[0] == fence[0]
        and len(match.group(1)) >= len(fence)
        and not match.group(2).strip()
    )


def nesting_depth(line: str) -> int:
    """How many blocks a Markdown line is nested in: each '>' or list marker at its start
    counts one, and so does every four columns of indentation (notes, list content)."""
    depth = 0
    position = 0
    while match := _OPENER.match(line, position):
        depth += 1
        position = match.end()
    indent = "".join(_INDENT.findall(line[:position])) + _INDENT.match(line, position).group()
    return depth + len(indent.expandtabs(4)) // 4


def too_deep(text: str, display: str, first_line: int = 1) -> Problem | None:
    """A problem at the first line of Markdown ``text`` nested deeper than MAX_NESTING, or
    with more than MAX_MARKDOWN_BLOCKS HTML blocks whose content is Markdown."""
    if not _MAYBE_DEEP.search(text) and not _MAYBE_BLOCK.search(text):
        return None
    blocks = 0
    for number, line in lines_outside_code(text, first_line):
        if nesting_depth(line) > MAX_NESTING:
            return Problem(
                f"{display}:{number}",
                t(
                    "this line is nested more than {levels} levels deep (lists, quotes '>' "
                    "or indented blocks inside one another)",
                    levels=MAX_NESTING,
                ),
                t("use fewer levels: a reader on a phone cannot follow more than three or four"),
            )
        blocks += len(_MARKDOWN_BLOCK.findall(line))
        if blocks > MAX_MARKDOWN_BLOCKS:
            return Problem(
                f"{display}:{number}",
                t(
                    "the page has more than {count} HTML blocks with a 'markdown' "
                    "attribute (they may be nested inside one another)",
                    count=MAX_MARKDOWN_BLOCKS,
                ),
                t("write the content as plain Markdown, or split it into several pages"),
            )
    return None


def read_markdown(path: Path, display: str) -> str:
    """A Markdown page's text; FileRefused if too big, not UTF-8 or nested too deeply."""
    text = read_text(path, display, MAX_PAGE_BYTES)
    problem = too_deep(text, display)
    if problem:
        raise FileRefused(problem)
    return text
