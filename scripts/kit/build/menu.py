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


def listed_pages(nav: list) -> set[str]:
    """Every page path the menu names ("about.md", "pillars/economic.md")."""
    found: set[str] = set()
    for entry in nav:
        values = entry.values() if isinstance(entry, dict) else [entry]
        for value in values:
            if isinstance(value, list):
                found |= listed_pages(value)
            elif isinstance(value, str):
                found.add(value)
    return found


def _section_of(nav: list, folder: str) -> list | None:
    """The menu list that holds a page of ``folder`` ("" for docs/ itself), if any."""
    for entry in nav:
        for value in entry.values() if isinstance(entry, dict) else [entry]:
            if isinstance(value, str) and value.rpartition("/")[0] == folder:
                return nav
            if isinstance(value, list):
                inner = _section_of(value, folder)
                if inner is not None:
                    return inner
    return None


def add_unlisted_pages(nav: list, pages: list[str]) -> list[str]:
    """Append to the menu every page of ``pages`` it does not name yet: into the section that
    lists the other pages of its folder, else at the end. A page written in the web editor
    (or by hand, without touching mkdocs.yml) then appears with its own title in each
    language. Changes ``nav`` in place; returns the pages added."""
    known = listed_pages(nav)
    added = []
    for page in sorted(pages):
        if page in known:
            continue
        folder = page.rpartition("/")[0]
        section = _section_of(nav, folder) if folder else None
        (section if section is not None else nav).append(page)
        added.append(page)
    return added
