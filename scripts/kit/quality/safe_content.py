"""What page text may contain, so nothing an editor writes can run as a script.

Titles and other front-matter texts are plain text. Material and MkDocs print ``page.title``
and ``page.meta`` values into the menu, the header, the footer and ``<title>`` without
escaping (MkDocs' Jinja does not escape by itself), so ``escaped_meta`` turns each printed
text into escaped ``Markup`` once, before any template sees it; templates that escape it
again with ``| e`` leave ``Markup`` as it is, so nothing is escaped twice. Pages the build
generates write their titles as plain text too.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser
from typing import Any

from markupsafe import Markup, escape

from kit.core.problems import Problem
from kit.core.textcompare import lines_outside_code, shorten
from kit.core.yamlfile import FieldReader
from kit.messages import N_, Message, t

# Front-matter keys whose values MkDocs or Material print into pages.
PRINTED_META = ("title", "description", "subtitle", "author", "robots", "status")


def escaped_meta(meta: Mapping[str, Any]) -> dict[str, Any]:
    """``meta`` with every printed text HTML-escaped once (``Markup``, so never twice)."""
    # A list or a number is printed as text too ("title: [a, b]" shows "['a', 'b']").
    return {
        key: Markup(escape(value)) if key in PRINTED_META and value is not None else value
        for key, value in meta.items()
    }


# ── links and raw HTML ────────────────────────────────────────────────────────────────────
#
# Markdown pages may link anywhere but to a script; texts from YAML files may link only to
# web pages, e-mail addresses, phone numbers and the site itself. Raw HTML in pages may not
# hold elements that run or embed other documents, nor event-handler attributes. The source
# is checked line by line (so the message names the line) before the build, and the HTML
# MkDocs renders is checked again (``rendered_problems``), so no Markdown syntax the line
# check does not know about gets a script through.

BLOCKED_SCHEMES = ("javascript", "vbscript", "data")
YAML_SCHEMES = ("http", "https", "mailto", "tel")
FORBIDDEN_ELEMENTS = frozenset(
    [
        "script",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "base",
        "meta",
        "link",
        "animate",
        "set",
    ]
)
URL_ATTRIBUTES = frozenset(
    [
        "href",
        "src",
        "action",
        "formaction",
        "xlink:href",
        "srcset",
        "poster",
        "data",
        "background",
        "cite",
        "longdesc",
        "ping",
        "lowsrc",
        "dynsrc",
        "manifest",
        "codebase",
        "archive",
    ]
)
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\ufeff]+")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
# "](" not escaped by a backslash; the address may start on the next line and hold single
# line breaks.
_INLINE_LINK = re.compile(
    r"(?<!\\)(?:\\\\)*\]\(\s*"
    r"(?:<([^<>\n]*)>|((?:[^\s()<>]|\n(?!\s*\n)|\([^\s()]*\))+))"
)
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\n?\s*<?([^\s>]+)", re.MULTILINE)
_ATTR_LIST = re.compile(r"\{:?([^{}]*)\}")
_ATTRIBUTE = re.compile(r"([A-Za-z_:][-\w:.]*)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s}]+)")


def link_scheme(url: str) -> str | None:
    """The scheme a browser sees in ``url`` ("javascript" for " JaVa&#115;cript:x"), lower-case;
    None for a link inside the site."""
    text = _INVISIBLE.sub("", html.unescape(url))
    match = _SCHEME.match(text.lower())
    return match.group(1) if match else None


def blocked_link(url: str, allowed: tuple[str, ...] | None = None) -> str | None:
    """Why ``url`` may not be published (None when it may). ``allowed``: the only schemes
    allowed (texts from YAML); without it, only script-running schemes are refused."""
    scheme = link_scheme(url)
    if scheme is None or scheme in (allowed or ()):
        return None
    if allowed is not None or scheme in BLOCKED_SCHEMES:
        return scheme
    return None


def tag_problems(tag: str, attributes: list[tuple[str, str | None]]) -> list[str]:
    """What is wrong with one HTML start tag, each as a message."""
    if tag in FORBIDDEN_ELEMENTS:
        return [t("the HTML element <{tag}> is not allowed in pages (it can run scripts)", tag=tag)]
    if link_scheme(tag) in BLOCKED_SCHEMES:
        return [t("the link <{tag}> runs a script", tag=tag)]
    found = []
    for name, value in attributes:
        if name.startswith("on"):
            found.append(t("the attribute '{name}' of <{tag}> runs a script", name=name, tag=tag))
        elif name in URL_ATTRIBUTES and value and _blocked_urls(value):
            found.append(
                t(
                    "the link '{link}' in <{tag} {name}> runs a script",
                    link=_short(value),
                    tag=tag,
                    name=name,
                )
            )
    return found


def _blocked_urls(value: str) -> bool:
    # srcset holds several addresses, each followed by its width.
    return any(blocked_link(url.strip().split(" ")[0]) for url in value.split(","))


def _short(text: str) -> str:
    return shorten(_INVISIBLE.sub(" ", text).strip(), 60)


class _TagChecker(HTMLParser):
    """Collects (line, message) for every unsafe start tag of an HTML or Markdown text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [(self.getpos()[0], message) for message in tag_problems(tag, attrs)]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def html_findings(text: str) -> list[tuple[int, str]]:
    """(line, message) for every unsafe tag in ``text`` (HTML, or Markdown's raw HTML)."""
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    return checker.found


def without_code(text: str) -> str:
    """``text`` with fenced code blocks and code spans blanked, lines kept in place: examples
    shown as code are text, never HTML or links."""
    kept = dict(lines_outside_code(text))
    return "\n".join(
        _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), kept.get(number, ""))
        for number in range(1, text.count("\n") + 2)
    )


def markdown_findings(text: str, allowed: tuple[str, ...] | None = None) -> list[tuple[int, str]]:
    """(line, message) for every unsafe link, attribute or element in Markdown ``text``.
    ``allowed``: the only link schemes allowed (texts from YAML files)."""
    source = without_code(text)
    found = html_findings(source)
    for pattern in (_INLINE_LINK, _REFERENCE, _ATTR_LIST):
        for match in pattern.finditer(source):
            line = source.count("\n", 0, match.start(match.lastindex or 0)) + 1
            found += [(line, message) for message in _match_findings(match, allowed)]
    return sorted(set(found))


def _match_findings(match: re.Match[str], allowed: tuple[str, ...] | None) -> Iterator[str]:
    urls = [match.group(match.lastindex or 0)]
    if match.re is _ATTR_LIST:
        urls = []
        for name, value in _ATTRIBUTE.findall(match.group(1)):
            if name.lower().startswith("on"):
                yield t(
                    "the attribute '{name}' in '{{{attributes}}}' runs a script",
                    name=name,
                    attributes=match.group(1).strip(),
                )
            elif name.lower() in URL_ATTRIBUTES:
                urls.append(value.strip("\"'"))
    for url in urls:
        scheme = blocked_link(url, allowed)
        if scheme is not None:
            yield _link_message(url, scheme, allowed)


def _link_message(url: str, scheme: str, allowed: tuple[str, ...] | None) -> str:
    if allowed is None or scheme in BLOCKED_SCHEMES:
        return t(
            "the link '{link}' starts with '{scheme}:', which runs a script",
            link=_short(url),
            scheme=scheme,
        )
    return t(
        "the link '{link}' starts with '{scheme}:', which is not allowed here",
        link=_short(url),
        scheme=scheme,
    )


PAGE_FIX = N_(
    "remove it: link to a web address (https://...), an e-mail (mailto:), a phone number "
    "(tel:) or another page of the site; photos and videos go in an exhibition"
)
YAML_FIX = N_(
    "write a web address starting with https:// (or http://), an e-mail address starting "
    "with mailto:, a phone number starting with tel:, or a link to a page of the site"
)


def check_page(text: str, display: str) -> list[Problem]:
    """Unsafe links, attributes and elements in the Markdown of a page (``display``)."""
    return [
        Problem(f"{display}:{line}", message, t(PAGE_FIX))
        for line, message in markdown_findings(text)
    ]


YAML_HTML_FIX = N_(
    "remove the HTML code: write the text with Markdown only (**bold**, *italic*, "
    "[a link](https://...))"
)


def check_yaml_markdown(text: str, display: str, line: int) -> list[Problem]:
    """Unsafe or not allowed links (or HTML) in a Markdown text of a YAML file; ``line``: where
    the text starts in the file (``display``)."""
    return [
        Problem(
            f"{display}:{line + offset - 1}",
            message,
            t(YAML_FIX if _key(message).startswith("the link") else YAML_HTML_FIX),
        )
        for offset, message in markdown_findings(text, YAML_SCHEMES)
    ]


def _key(message: str) -> str:
    """The English key of a message (the catalogue's), whatever the language it is shown in."""
    return message.key if isinstance(message, Message) else message


def markdown_field_problems(display: str, mapping: Mapping, key: str) -> list[Problem]:
    """Problems in the Markdown text ``key`` of a YAML mapping, in each language."""
    value = mapping.get(key)
    owner, texts = (value, value) if isinstance(value, Mapping) else (mapping, {key: value})
    problems = []
    for name, text in texts.items():
        if isinstance(text, str):
            line = owner.line_of(name) if hasattr(owner, "line_of") else 1
            # A text written on the lines under its key ("|" or ">") starts one line lower.
            problems += check_yaml_markdown(text, display, line + ("\n" in text.strip()))
    return problems


def checked_markdown(
    reader: FieldReader, mapping: Mapping, key: str, text: dict[str, str] | None
) -> dict[str, str] | None:
    """``text`` (the field ``key`` as read), or None with its problems recorded when one of its
    links is not allowed: the text is then never published."""
    problems = markdown_field_problems(reader.display, mapping, key)
    reader.problems += problems
    return None if problems else text


def rendered_problems(content: str, display: str) -> list[Problem]:
    """Unsafe tags in a page as MkDocs rendered it (the check after ``check_page``)."""
    return [
        Problem(display, t("{problem} (in the page as built)", problem=message), t(PAGE_FIX))
        for _, message in html_findings(content)
    ]
