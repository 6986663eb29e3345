"""The settings of the campaign plugin, under ``plugins: - campaign:`` in mkdocs.yml.

Every setting has a default, so ``- campaign`` alone is the usual line. The language of the
kit's messages stays ``extra: kit: messages:``: the command-line scripts read it before MkDocs
starts, and every province site already has it there.
"""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from kit.build.menu import MENU_LIMIT


class CampaignConfig(Config):
    # A section (exhibitions, provinces, infographics) lists its pages in the menu while it has
    # at most this many; a longer one is reached through its index page (kit/build/menu.py).
    menu_limit = c.Type(int, default=MENU_LIMIT)
