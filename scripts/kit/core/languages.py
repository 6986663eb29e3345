"""The site's languages: the one place that knows their codes, the default, their locales and
where each lives in the site.

Everything else asks this module instead of writing ``("vi", "en")``. The languages come from
the i18n plugin's settings in mkdocs.yml (``plugins: - i18n: languages:``): the MkDocs plugin
calls :func:`use` with them when a build starts, and command-line tools read them with
:func:`from_config_file`. Until then the kit's own pair applies (Vietnamese first, then
English), so plain functions and their tests work without any set-up.

Adding a language (Korean for a province's tourism pages, say) takes its catalogue of interface
labels in ``scripts/kit/labels/<code>.yml`` (kit.core.labels; the kit ships vi, en and ko) and
one entry under ``languages:`` in mkdocs.yml, then the content's texts in that language. Material
brings its own words for most languages (its partials/languages/<code>.html); nothing here
changes unless the locale is missing from ``LOCALES``. Numbers and dates are written as each
locale writes them (:func:`format_number`, :func:`format_date`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

import yaml

# Locale of each language code, as Open Graph and Babel (dates, numbers) spell it. A code not
# listed here uses the code itself, which Babel and Open Graph also understand. British English
# writes dates as "28 July 1995", as the campaign does.
LOCALES: dict[str, str] = {
    "vi": "vi_VN",
    "en": "en_GB",
    "ko": "ko_KR",
    "zh": "zh_CN",
    "ja": "ja_JP",
    "fr": "fr_FR",
    "th": "th_TH",
    "lo": "lo_LA",
    "km": "km_KH",
}


@dataclass(frozen=True)
class Language:
    """One language of the site."""

    code: str  # "vi": the suffix of page files (page.vi.md) and the key of YAML texts
    name: str  # "Tiếng Việt": how the language switcher names it
    default: bool = False  # the default language is at the site root; the others at /<code>/

    @property
    def locale(self) -> str:
        """ "vi_VN": for Open Graph, dates and numbers."""
        return LOCALES.get(self.code, self.code)

    @property
    def prefix(self) -> str:
        """Where the language's pages start, relative to the site root: "" or "en/"."""
        return "" if self.default else f"{self.code}/"


@dataclass(frozen=True)
class Languages:
    """The site's languages, the default one first."""

    all: tuple[Language, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.all:
            raise ValueError("a site needs at least one language")
        defaults = [language for language in self.all if language.default]
        if len(defaults) != 1:
            raise ValueError("exactly one language must be the default")
        # The default first, the others in the order mkdocs.yml lists them.
        ordered = tuple(defaults) + tuple(lang for lang in self.all if not lang.default)
        object.__setattr__(self, "all", ordered)

    def __iter__(self) -> Iterator[Language]:
        return iter(self.all)

    def __len__(self) -> int:
        return len(self.all)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    @property
    def codes(self) -> tuple[str, ...]:
        """("vi", "en"): the default first."""
        return tuple(language.code for language in self.all)

    @property
    def default(self) -> str:
        """The code of the default language ("vi")."""
        return self.all[0].code

    def get(self, code: str) -> Language:
        for language in self.all:
            if language.code == code:
                return language
        raise KeyError(f"not a language of this site: {code!r}")

    def prefix(self, code: str) -> str:
        """ "" for the default language, "en/" for English: the start of its pages' URLs."""
        return self.get(code).prefix

    def locale(self, code: str) -> str:
        """ "vi_VN", "en_GB": for Open Graph, dates and numbers."""
        return LOCALES.get(code, code)

    def others(self, code: str) -> tuple[str, ...]:
        """Every language but ``code``, in site order."""
        return tuple(other for other in self.codes if other != code)

    def other(self, code: str) -> str:
        """The first other language: English for a Vietnamese page, Vietnamese for an English
        one (a two-language site's "the other language")."""
        others = self.others(code)
        return others[0] if others else code


KIT_LANGUAGES = Languages((Language("vi", "Tiếng Việt", default=True), Language("en", "English")))

_active: list[Languages] = [KIT_LANGUAGES]


def active() -> Languages:
    """The languages of the site being built (the kit's pair until :func:`use` is called)."""
    return _active[0]


def use(languages: Languages) -> Languages:
    """Make ``languages`` the site's languages for everything that asks :func:`active`."""
    _active[0] = languages
    return languages


def from_settings(entries: Iterable[Mapping[str, Any]] | None) -> Languages:
    """The languages listed under the i18n plugin's ``languages:`` in mkdocs.yml (each with
    ``locale``, ``name`` and ``default``); the kit's pair when there are none."""
    languages = [
        Language(
            code=str(entry.get("locale")),
            name=str(entry.get("name") or entry.get("locale")),
            default=bool(entry.get("default")),
        )
        for entry in entries or ()
        if isinstance(entry, Mapping) and entry.get("locale") and entry.get("build", True)
    ]
    if not languages:
        return KIT_LANGUAGES
    if not any(language.default for language in languages):
        languages[0] = Language(languages[0].code, languages[0].name, default=True)
    return Languages(tuple(languages))


def from_config(config: Mapping[str, Any]) -> Languages:
    """The languages of a loaded mkdocs.yml: a mapping as ``kit.build.siteconfig`` reads it, or
    MkDocs' own config during a build (its plugins by name, the i18n one with its settings)."""
    plugins = config.get("plugins")
    if isinstance(plugins, Mapping):  # MkDocs' PluginCollection
        i18n = plugins.get("i18n")
        settings = getattr(i18n, "config", None)
        return from_settings(settings.get("languages") if settings is not None else None)
    for plugin in plugins or ():
        if isinstance(plugin, Mapping) and isinstance(plugin.get("i18n"), Mapping):
            return from_settings(plugin["i18n"].get("languages"))
    return KIT_LANGUAGES


def from_config_file(path: Path) -> Languages:
    """The languages of the mkdocs.yml at ``path`` (the kit's pair if it cannot be read: the
    build itself then says what is wrong with the file)."""
    from kit.core.config_file import read_config

    try:
        return from_config(read_config(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
        return KIT_LANGUAGES  # the build itself says what is wrong with the file


# ── numbers and dates, as each language writes them ─────────────────────────────────────────


def locale(code: str) -> str:
    """ "vi_VN" for "vi": the locale of any language code, a site's or not."""
    return LOCALES.get(code, code)


def format_number(value: float, code: str, decimals: int | None = None) -> str:
    """``1234.5`` -> "1.234,5" (vi) / "1,234.5" (en); ``decimals`` fixes the digits shown."""
    # Babel is imported here, not at the top: the translation check and the other tools that
    # only read the sources must start without the build's packages.
    from babel.numbers import format_decimal

    if decimals is None:
        return format_decimal(value, locale=locale(code))
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale(code))


def format_date(value: str | None, code: str) -> str:
    """``"1995-07-28"`` -> "28 tháng 7, 1995" / "28 July 1995" / "1995년 7월 28일"; a month
    (``"1995-07"``) or a year alone too; "" for none."""
    if not value:
        return ""
    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton

    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return babel_date(Date(*parts), format="long", locale=locale(code))
    if len(parts) == 2:
        return format_skeleton("yMMMM", Date(parts[0], parts[1], 1), locale=locale(code))
    return str(parts[0])


def prefix(code: str) -> str:
    """Where pages in ``code`` start on the site being built: "" for its default language,
    "en/" for English (any other code too, a site's language or not)."""
    return "" if code == active().default else f"{code}/"
