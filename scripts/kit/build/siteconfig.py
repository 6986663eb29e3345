"""Checks on mkdocs.yml that MkDocs does not make: the published address and the brand."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

from kit import schemas
from kit.core.config_file import ConfigLoader, read_config  # noqa: F401 (used by callers)
from kit.core.problems import Problem
from kit.messages import N_, t
from kit.quality.safe_content import link_scheme

CONFIG_FILE = "mkdocs.yml"
# The brand block is described in kit/schemas/brand.schema.json (editors' tools read it too).
BILINGUAL_BRAND_KEYS = schemas.required_bilingual("brand", "extra", "brand")
REQUIRED_BRAND_KEYS = schemas.required("brand", "extra", "brand")
# The required ones and the optional ones (short_name): checked in every language when given.
ALL_BILINGUAL_BRAND_KEYS = schemas.bilingual_fields("brand", "extra", "brand")
# The header of a 390 px phone holds about 18 characters of the site name in one line.
SHORT_NAME_LIMIT = 18
# What each bilingual brand text is, in words (message keys).
BRAND_FIELDS = {
    "site_name": N_("site name"),
    "short_name": N_("short name for phones"),
    "description": N_("description"),
    "agency": N_("agency name"),
    "address": N_("address"),
}


def check_site_url(site_url: str | None) -> list[Problem]:
    """``site_url`` must be an absolute http(s) address: hreflang and canonical links need it."""
    if not site_url:
        return [
            Problem(
                CONFIG_FILE,
                t("'site_url' is not set; search engines need the full address of every page"),
                t(
                    "set 'site_url' to the address where the site is published, for example "
                    "'site_url: https://asean.example.gov.vn/'"
                ),
            )
        ]
    parts = urlsplit(site_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return [
            Problem(
                CONFIG_FILE,
                t("'site_url: {address}' is not a full web address", address=site_url),
                t(
                    "write it with https:// and the domain, for example "
                    "'https://asean.example.gov.vn/'"
                ),
            )
        ]
    return []


def check_brand(brand: Any, languages: tuple[str, ...]) -> list[Problem]:
    """The ``extra.brand`` block must name the site and agency in every language."""
    if not isinstance(brand, Mapping):
        return [
            Problem(
                CONFIG_FILE,
                t("the 'extra: brand:' block is missing"),
                t("copy the 'extra: brand:' block from the kit's mkdocs.yml and fill it in"),
            )
        ]
    problems = [
        Problem(
            CONFIG_FILE,
            t("'extra: brand: {key}' is missing", key=key),
            t("add '{key}:' to the brand block", key=key),
        )
        for key in REQUIRED_BRAND_KEYS
        if key not in brand
    ]
    for key in ALL_BILINGUAL_BRAND_KEYS:
        value = brand.get(key)
        if key not in brand:
            continue
        for lang in languages:
            text = value.get(lang) if isinstance(value, Mapping) else None
            if not isinstance(text, str) or not text.strip():
                problems.append(
                    Problem(
                        CONFIG_FILE,
                        t("'extra: brand: {key}: {code}' is empty or missing", key=key, code=lang),
                        t(
                            "write the {field} in '{code}' under 'brand: {key}:'",
                            field=t(BRAND_FIELDS[key])
                            if key in BRAND_FIELDS
                            else key.replace("_", " "),
                            code=lang,
                            key=key,
                        ),
                    )
                )
    problems += _check_short_name(brand.get("short_name"))
    return problems + _check_website(brand.get("website"))


def _check_short_name(short_name: Any) -> list[Problem]:
    """The header's name on phones must fit in one line there."""
    if not isinstance(short_name, Mapping):
        return []
    return [
        Problem(
            CONFIG_FILE,
            t(
                "'extra: brand: short_name: {code}' has {count} characters; a phone's header "
                "shows {limit}",
                code=code,
                count=len(text.strip()),
                limit=SHORT_NAME_LIMIT,
            ),
            t("shorten it (for example 'Lào Cai – ASEAN'), or remove 'short_name'"),
        )
        for code, text in short_name.items()
        if isinstance(text, str) and len(text.strip()) > SHORT_NAME_LIMIT
    ]


def _check_website(website: Any) -> list[Problem]:
    """The agency's portal, linked from every page's footer, must be a web address."""
    if not website or link_scheme(str(website)) in ("http", "https"):
        return []
    return [
        Problem(
            CONFIG_FILE,
            t("'extra: brand: website: {address}' is not a web address", address=website),
            t('write the full address, starting with https://, or leave it empty ("")'),
        )
    ]


def absolute_url(site_url: str, page_url: str) -> str:
    """Join a page URL as MkDocs writes it (``"en/about/"``, ``"./"``) onto ``site_url``."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    page_url = "" if page_url in (".", "./") else page_url.lstrip("/")
    return urljoin(base, page_url)


def language_alternates(
    site_url: str, urls_by_language: Mapping[str, str], default_language: str
) -> list[dict[str, str]]:
    """hreflang entries for one page: one per language, plus ``x-default`` (the default one)."""
    links = [
        {"lang": lang, "href": absolute_url(site_url, url)}
        for lang, url in urls_by_language.items()
    ]
    if default_language in urls_by_language:
        links.append(
            {
                "lang": "x-default",
                "href": absolute_url(site_url, urls_by_language[default_language]),
            }
        )
    return links


# Kits before the campaign plugin (kit/plugin) ran their MkDocs glue from a hooks file.
OLD_HOOKS_FILE = "scripts/mkdocs_hooks.py"
PLUGIN_NAME = "campaign"


def uses_plugin(config: Mapping[str, Any]) -> bool:
    """Whether a loaded mkdocs.yml lists the campaign plugin and no longer the old hooks."""
    names = [
        next(iter(entry)) if isinstance(entry, Mapping) else entry
        for entry in config.get("plugins") or ()
    ]
    hooks = config.get("hooks") or ()
    return PLUGIN_NAME in names and OLD_HOOKS_FILE not in hooks
