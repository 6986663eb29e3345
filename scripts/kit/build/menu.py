"""The menu entries the build adds: a short section lists its pages under its index page.

A section lists its pages in the menu while it is short. A long one (34 provinces, dozens of
exhibitions) is reached through its index page, which shows them all as cards: every page
carries the menu, so a menu that grows with the site makes every page grow with it.
"""

from __future__ import annotations

MENU_LIMIT = 12  # the plugin's default for `menu_limit` (kit/plugin/config.py)


def extend_nav(nav: list, folder: str, slugs: list[str], limit: int = MENU_LIMIT) -> None:
    """Turn the nav entry for ``folder/index.md`` into a section listing ``folder/<slug>/``
    for every slug, unless there are more than ``limit``. Changes ``nav`` in place."""
    if len(slugs) > limit:
        return
    index = f"{folder}/index.md"
    children = [index] + [f"{folder}/{slug}/index.md" for slug in slugs]
    for position, entry in enumerate(nav):
        if not isinstance(entry, dict) or len(entry) != 1:
            continue
        title, value = next(iter(entry.items()))
        if value == index or (isinstance(value, list) and value and value[0] == index):
            nav[position] = {title: children}
        elif isinstance(value, list):
            extend_nav(value, folder, slugs, limit)
