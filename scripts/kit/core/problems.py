"""Errors whose message is what the editor reads: which file, what is wrong, how to fix it."""

from __future__ import annotations

from dataclasses import dataclass

from kit.messages import in_language, language, t


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the sources, located and explained.

    ``message`` and ``fix`` are usually made by ``kit.messages.t`` and can be shown in either
    language; ``context`` holds lines shown as they are under the message (the line of a file
    with a '^' under the place of the mistake)."""

    file: str
    message: str
    fix: str = ""
    context: str = ""

    def __str__(self) -> str:
        return self.render(language())

    def render(self, code: str) -> str:
        """The problem in language ``code``: file, message, the lines of context, the fix."""
        text = f"{self.file}: {in_language(self.message, code)}"
        if self.context:
            text += "\n" + self.context
        if self.fix:
            # After the marked line, the fix starts a line of its own.
            before = "\n    " if self.context else ". "
            text += f"{before}{t('Fix').render(code)}: {in_language(self.fix, code)}"
        return text


class ContentError(Exception):
    """Raised with every problem found, so one build reports them all at once."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {problem}" for problem in problems)
        heading = t("{count} problem(s) in the site sources:", count=len(problems))
        super().__init__(f"{heading}\n{lines}")
