"""argparse in the language of the run: a command's wrong usage explained like its other messages.

argparse writes its errors in English ("the following arguments are required: destination").
A command that makes its parser with this ``ArgumentParser`` shows the usage line, then the
error in the language of the run (kit.messages) and where to read every option. The --help
text itself is the command's own (bilingual, Vietnamese first).
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

from kit.messages import N_, t

# argparse's own wording (Python 3.11 to 3.13) -> the kit's message; named groups are its values.
ARGPARSE_ERRORS = tuple(
    (re.compile(pattern, re.DOTALL), key)
    for pattern, key in (
        (
            r"the following arguments are required: (?P<names>.+)",
            N_("missing: {names}; write them as in the example of --help"),
        ),
        (
            r"unrecognized arguments: (?P<names>.+)",
            N_("unknown option or value: {names}; check the spelling in --help"),
        ),
        (
            r"argument (?P<option>\S+): expected (one|at least one) argument",
            N_("{option} needs a value after it"),
        ),
        (
            r"argument (?P<option>\S+): invalid choice: (?P<value>.+?) "
            r"\(choose from (?P<choices>.+)\)",
            N_("{option}: {value} is not one of {choices}"),
        ),
        (
            r"argument (?P<option>\S+): invalid \S+ value: (?P<value>.+)",
            N_("{option}: {value} is not a valid value"),
        ),
        (
            r"argument (?P<option>\S+): ignored explicit argument (?P<value>.+)",
            N_("{option} takes no value: remove {value}"),
        ),
        (
            r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)",
            N_("{option} could be {matches}: write the option in full"),
        ),
    )
)


HELP_USAGE = "cách dùng / usage: "  # --help is bilingual, whatever the language of the run


def explain(message: str) -> str:
    """argparse's error ``message`` in the language of the run (as it is if not known)."""
    for pattern, key in ARGPARSE_ERRORS:
        match = pattern.fullmatch(message)
        if match:
            return t(key, **{k: v for k, v in match.groupdict().items() if v is not None})
    return message


class ArgumentParser(argparse.ArgumentParser):
    """argparse.ArgumentParser whose usage errors are in the language of the run, and whose
    --help headings are in both languages like the command's own help texts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "tham số / positional arguments"
        self._optionals.title = "tùy chọn / options"
        self.add_argument(
            "-h",
            "--help",
            action="help",
            help="hiện hướng dẫn này rồi thoát / show this help message and exit",
        )

    def format_help(self) -> str:
        formatter = self._get_formatter()
        formatter.add_usage(
            self.usage, self._actions, self._mutually_exclusive_groups, prefix=HELP_USAGE
        )
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def format_usage(self) -> str:
        formatter = self._get_formatter()
        formatter.add_usage(
            self.usage, self._actions, self._mutually_exclusive_groups, prefix=t("usage: ")
        )
        return formatter.format_help()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        help_hint = t("Every option is explained by: {command}", command=f"{self.prog} --help")
        self.exit(2, f"{t('Error')}: {explain(message)}\n{help_hint}\n")
