"""Errors whose message is what the editor reads: which file, what is wrong, how to fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the sources, located and explained."""

    file: str
    message: str
    fix: str = ""

    def __str__(self) -> str:
        text = f"{self.file}: {self.message}"
        return f"{text}. Fix: {self.fix}" if self.fix else text


class ContentError(Exception):
    """Raised with every problem found, so one build reports them all at once."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"{len(problems)} problem(s) in the site sources:\n{lines}")
