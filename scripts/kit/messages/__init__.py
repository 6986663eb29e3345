"""The language of every message the kit's commands show, and the catalogue of their wording.

Messages are written in the code in English, gettext style: ``t("the file is empty")`` or
``t("unknown key '{key}'", key=key)``. The English text is the key; ``kit/messages/vi.py``
gives the Vietnamese wording of each. The language is, first found:
  1. ``set_language()`` (the ``--language vi|en`` option of a script),
  2. the environment variable KIT_LANGUAGE (tests, CI),
  3. ``extra: kit: messages: vi|en`` in mkdocs.yml,
  4. Vietnamese.
A message made by ``t()`` is a ``str`` in the language current when it was made, and keeps its
key and values so that it can be shown again in the other language (``render``).
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kit.messages.vi import VI

LANGUAGES = ("vi", "en")
DEFAULT = "vi"
ENVIRONMENT = "KIT_LANGUAGE"
CATALOGUES: Mapping[str, Mapping[str, str]] = {"vi": VI}

_chosen: str | None = None
_from_config: str | None = None


def language() -> str:
    """The language messages are shown in now."""
    for candidate in (_chosen, os.environ.get(ENVIRONMENT, "").strip().lower(), _from_config):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT


def set_language(code: str | None) -> None:
    """Show messages in ``code`` from now on (None: back to environment, mkdocs.yml, default)."""
    global _chosen
    _chosen = code if code in LANGUAGES else None


def read_setting(config: Path) -> str | None:
    """The ``extra: kit: messages:`` language of mkdocs.yml at ``config`` (None if unset or
    unreadable: a broken mkdocs.yml is reported by the checks that need it)."""
    # Imported here: kit.build.siteconfig's messages use this module, and the message for a
    # missing library (kit.core.missing_library) needs it importable without PyYAML.
    from kit.core.config_file import YAMLError, read_config

    try:
        extra = read_config(config.read_text("utf-8")).get("extra")
    except (OSError, UnicodeError, YAMLError):
        return None
    kit = extra.get("kit") if isinstance(extra, dict) else None
    value = kit.get("messages") if isinstance(kit, dict) else None
    return value if value in LANGUAGES else None


def use_setting(config: Path) -> None:
    """Take the language from mkdocs.yml (used when neither option nor environment says)."""
    global _from_config
    _from_config = read_setting(config)


def use_setting_value(value: Any) -> None:
    """Take the language from the already-read ``extra.kit.messages`` value (MkDocs plugin)."""
    global _from_config
    _from_config = value if value in LANGUAGES else None


class Message(str):
    """A message in the language current when it was made; ``render`` gives another one."""

    key: str
    params: Mapping[str, Any]

    def render(self, code: str) -> str:
        return _format(self.key, self.params, code)


def t(key: str, /, **params: Any) -> Message:
    """The message ``key`` (its English wording) in the current language, values filled in."""
    message = Message(_format(key, params, language()))
    message.key = key
    message.params = params
    return message


def in_language(text: str, code: str) -> str:
    """``text`` in language ``code`` if it is a Message, else as it is."""
    return text.render(code) if isinstance(text, Message) else str(text)


def _format(key: str, params: Mapping[str, Any], code: str) -> str:
    wording = CATALOGUES.get(code, {}).get(key, key)
    shown = {name: in_language(value, code) for name, value in params.items()}
    return wording.format(**shown)  # '{{' and '}}' are literal braces, as in str.format


def wrap(text: str, width: int, **options: Any) -> list[str]:
    """textwrap.wrap that never breaks a file name at a hyphen or a long word in two."""
    return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False, **options)


def add_option(parser: Any) -> None:
    """The ``--language vi|en`` option every editor's command has."""
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="ngôn ngữ của thông báo / language of the messages: vi (default) or en",
    )


def N_(key: str) -> str:
    """Marks ``key`` as a message key used later through ``t(variable)`` (gettext's N_), so
    that the catalogue test finds it."""
    return key
