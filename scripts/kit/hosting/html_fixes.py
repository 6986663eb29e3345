"""Small corrections to the HTML that Material for MkDocs writes, so every page is valid HTML
(checked by the Nu HTML Checker in tests/test_quality_gates.py).

- Material's menu and search switches are checkboxes with autocomplete="off", an attribute
  HTML allows only on text-like inputs. Material adds it so that Firefox does not restore an
  open menu after a reload; docs/assets/javascripts/campaign.js closes them on load instead.
- Material's menu gives section labels tabindex="" (meaning "not focusable"); an empty
  tabindex is invalid, and leaving the attribute out means the same.
- A menu section that has its own page is named (aria-labelledby) by the label holding only
  the expand arrow, so its navigation landmark has no name and several share the same empty
  one (axe-core: landmark-unique). It is named by the section title shown inside it instead.
- A page that is not in the menu (the accessibility statement, reached from the footer) gets
  no "__toc" switch in the menu, yet its "on this page" title still points at one: the title
  stays, as plain text.
"""

from __future__ import annotations

import re

_TOGGLE = re.compile(r'(<input class="md-toggle"[^>]*?type="checkbox"[^>]*?) autocomplete="off"')
_EMPTY_TABINDEX = re.compile(r'(<label\b[^>]*?) tabindex=""')
_TOC_TITLE = re.compile(r'<label class="md-nav__title" for="__toc">(?P<title>.*?)</label>', re.S)
_SECTION_NAME = re.compile(
    r'(<nav class="md-nav" data-md-level="\d+" aria-labelledby=")(?P<toggle>__nav[\w]*?)_label'
    r'(" aria-expanded="\w+">\s*<label class="md-nav__title" for="(?P=toggle)")>'
)


def valid_html(page: str) -> str:
    """The page with Material's invalid attributes removed; nothing else changes."""
    page = _TOGGLE.sub(r"\1", page)
    page = _EMPTY_TABINDEX.sub(r"\1", page)
    if 'id="__toc"' not in page:
        page = _TOC_TITLE.sub(r'<div class="md-nav__title">\g<title></div>', page)
    return _SECTION_NAME.sub(r'\1\g<toggle>_title\3 id="\g<toggle>_title">', page)
