"""A province's own site from this kit: which files are the kit's, and the starter files.

A province site is two kinds of files:

- KIT-OWNED files (tools, templates, styles, kit tests, CI): copied verbatim from the kit and
  refreshed by ``scripts/update_site.py``;
- STARTER files (mkdocs.yml with the province's brand, home and about pages, one sample
  exhibition, a starter content test, README.md, site-kit.yml): written once from the answers
  given to ``scripts/new_site.py``, then the province's own.

``render(kit, answers, kit_version, brand_files)`` returns the whole tree as a pure function of
its inputs: the same kit and answers always give the same bytes. The update relies on that:
it renders the new kit with the recorded answers and lets git merge the difference.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import urlsplit

import yaml

from kit.build.siteconfig import OLD_HOOKS_FILE, PLUGIN_NAME, SHORT_NAME_LIMIT, read_config
from kit.core.labels import labels_for
from kit.core.languages import KIT_LANGUAGES
from kit.messages import t
from kit.provinces.units import UNITS, unit_slug

RECORD_FILE = "site-kit.yml"
TEMPLATES = Path("scripts") / "templates" / "starter"
SAMPLE_EXHIBITION = "trien-lam-mau"
SECTIONS = ("exhibitions", "infographics", "provinces")

# Files and folders (ending in "/") that belong to the kit: every site gets them verbatim.
KIT_OWNED = (
    "scripts/",
    "overrides/",
    "docs/assets/",
    "docs/_data/infographics/_template.yml",
    "tests/conftest.py",
    "tests/README.md",
    "tests/kit/",
    "Makefile",
    ".ci/",
    "requirements*.txt",
    "pyproject.toml",
    ".pre-commit-config.yaml",
    ".gitignore",
    ".vscode/",
    ".github/workflows/",
    ".gitlab-ci.yml",
    "exhibitions/_template/",
    "exhibitions/README.md",
    "package.json",
    "package-lock.json",
)
# The kit's developer tools (benchmarks, demo pictures, guide screenshots) and their tests stay
# with the kit: a province site never runs them.
KIT_ONLY = ("scripts/dev/", "tests/dev/")
# Never copied, wherever they are: tools' caches, installed packages, built output.
SKIPPED_FOLDERS = frozenset(
    {".git", ".venv", ".cache", "site", "dist", "node_modules", "__pycache__",
     ".pytest_cache", ".ruff_cache"}
)  # fmt: skip
SKIPPED_SUFFIXES = (".pyc", ".pyo")

DEFAULT_PRIMARY = "#0b3a75"
DEFAULT_ACCENT = "#c8102e"
MIN_CONTRAST = 4.5
LOGO_TYPES = (".svg", ".png")
FAVICON_TYPES = (".svg", ".png", ".ico")
MAX_IMAGE_BYTES = 1_000_000

# The menu of a province site; titles as in the kit's mkdocs.yml, so its nav_translations apply.
NAV = (
    ("Trang chủ", "index.md", None),
    ("Giới thiệu", "about.md", None),
    ("Triển lãm", "exhibitions/index.md", "exhibitions"),
    ("Đồ họa thông tin", "infographics/index.md", "infographics"),
    ("Địa phương", "provinces/index.md", "provinces"),
    ("Dữ liệu mở", "open-data.md", None),  # the open data page (kit/opendata)
)

SECTION_TEXT = {
    "vi": {
        "exhibitions": "triển lãm ảnh trực tuyến",
        "infographics": "đồ họa thông tin",
        "provinces": "trang giới thiệu địa phương",
        "none": "thông tin về ASEAN",
        "and": "và",
    },
    "en": {
        "exhibitions": "online photo exhibitions",
        "infographics": "infographics",
        "provinces": "local promotion pages",
        "none": "information about ASEAN",
        "and": "and",
    },
}
# One card per chosen section on the home page, in Markdown (the kit's grid-card style).
HOME_CARDS = {
    "vi": {
        "exhibitions": (
            ":material-image-multiple:", "Triển lãm", "exhibitions/index.md",
            "Ảnh và tư liệu về địa phương và ASEAN, có chú thích bằng hai thứ tiếng.",
        ),
        "infographics": (
            ":material-chart-box:", "Đồ họa thông tin", "infographics/index.md",
            "Những con số chính, trình bày trực quan, có nguồn và dễ chia sẻ.",
        ),
        "provinces": (
            ":material-map-marker-radius:", "Địa phương", "provinces/index.md",
            "Tiềm năng đầu tư, điểm đến du lịch, văn hóa và đặc sản của địa phương.",
        ),
    },
    "en": {
        "exhibitions": (
            ":material-image-multiple:", "Exhibitions", "exhibitions/index.md",
            "Photos and documents about the province and ASEAN, captioned in two languages.",
        ),
        "infographics": (
            ":material-chart-box:", "Infographics", "infographics/index.md",
            "Key figures shown visually, with their sources, easy to share.",
        ),
        "provinces": (
            ":material-map-marker-radius:", "Local pages", "provinces/index.md",
            "Investment opportunities, places to visit, culture and local specialties.",
        ),
    },
}  # fmt: skip

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_MARKUP = re.compile(r"[<>{}\[\]`\\|*_$]")  # would break Markdown, YAML or the templates
_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{5,24}$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class SiteKitError(Exception):
    """Something the person running the command must fix; the message (a kit.messages
    Message, shown in the language chosen for the run) says what and how."""


@dataclass(frozen=True)
class Answers:
    """What a province chose for its site; recorded in site-kit.yml for later updates."""

    name_vi: str
    name_en: str
    site_url: str
    short_name_vi: str = ""  # the header's name on phones; "" = made from the name
    short_name_en: str = ""
    description_vi: str = ""
    description_en: str = ""
    agency_vi: str = ""
    agency_en: str = ""
    address_vi: str = ""
    address_en: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    primary_colour: str = DEFAULT_PRIMARY
    accent_colour: str = DEFAULT_ACCENT
    sections: tuple[str, ...] = SECTIONS
    logo: str = ""  # path inside the site, e.g. docs/assets/brand/logo.png; "" = kit's logo
    favicon: str = ""

    def record(self) -> dict[str, Any]:
        values = asdict(self)
        values["sections"] = list(self.sections)
        return values


@dataclass(frozen=True)
class KitVersion:
    """Where the kit came from, recorded so that an update knows where to look.

    ``source`` is the folder or git address the site was made (or last updated) from: the
    update takes the kit from there when no other is given. ``origin`` is the kit folder's
    own git remote, for information only.
    """

    source: str
    commit: str = ""
    version: str = ""
    origin: str = ""


@dataclass(frozen=True)
class TreeFile:
    content: bytes
    executable: bool = False


@dataclass
class Tree:
    """A site's files by path (``"docs/index.vi.md"``), ready to write or to commit."""

    files: dict[str, TreeFile] = field(default_factory=dict)

    def add(self, path: str, content: bytes | str, executable: bool = False) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        self.files[path] = TreeFile(data, executable)

    def write(self, destination: Path) -> None:
        for path in sorted(self.files):
            target = destination / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(self.files[path].content)
            if self.files[path].executable:
                target.chmod(0o755)


# ── answers ─────────────────────────────────────────────────────────────────────────────


def _clean(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def _text(value: str, option: str, required: bool, example: str) -> str:
    text = _clean(value)
    if required and not text:
        raise SiteKitError(
            t(
                "{option} is empty; write it in quotes, for example {option} {example}",
                option=option,
                example=example,
            )
        )
    if _CONTROL.search(value or "") or _MARKUP.search(text):
        raise SiteKitError(
            t(
                "{option} '{text}' contains characters a page cannot show safely "
                "(< > {{ }} [ ] ` \\ | * _ $ or a line break); write plain words",
                option=option,
                text=text,
            )
        )
    if len(text) > 200:
        raise SiteKitError(
            t(
                "{option} is {length} characters long; keep it under 200",
                option=option,
                length=len(text),
            )
        )
    return text


def contrast_on_white(colour: str) -> float:
    """WCAG contrast ratio of ``#rrggbb`` against white (1 to 21)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    return 1.05 / (luminance + 0.05)


def darker_until_readable(colour: str) -> str:
    """The same hue, darkened step by step until white text on it is readable (4.5:1)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    for step in range(100, -1, -1):
        candidate = "#{:02x}{:02x}{:02x}".format(
            *(round(c * step / 100) for c in (red, green, blue))
        )
        if contrast_on_white(candidate) >= MIN_CONTRAST:
            return candidate
    return "#000000"


def _colour(value: str, option: str, need_contrast: bool) -> str:
    colour = (value or "").strip().lower()
    if not _COLOUR.match(colour):
        raise SiteKitError(
            t(
                "{option} '{value}' is not a colour; write it as #rrggbb, e.g. #0b3a75",
                option=option,
                value=value,
            )
        )
    if need_contrast and contrast_on_white(colour) < MIN_CONTRAST:
        raise SiteKitError(
            t(
                "{option} {colour} is too light: white text on it and links in it on white have "
                "a contrast of {ratio}:1, below the {minimum}:1 that people with low vision "
                "need. Choose a darker colour, for example {suggestion}",
                option=option,
                colour=colour,
                ratio=f"{contrast_on_white(colour):.1f}",
                minimum=MIN_CONTRAST,
                suggestion=darker_until_readable(colour),
            )
        )
    return colour


def _url(value: str, option: str, required: bool) -> str:
    text = (value or "").strip()
    if not text and not required:
        return ""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or _CONTROL.search(text):
        raise SiteKitError(
            t(
                "{option} '{text}' is not a full web address; write it with https:// and the "
                "domain, for example https://asean.laocai.gov.vn/",
                option=option,
                text=text,
            )
        )
    if " " in text or '"' in text:
        raise SiteKitError(
            t(
                "{option} '{text}' contains spaces or quotes; check the address",
                option=option,
                text=text,
            )
        )
    return text


def sections_from(value: str | Iterable[str]) -> tuple[str, ...]:
    """``"exhibitions,provinces"`` -> ``("exhibitions", "provinces")``, in the kit's order."""
    names = value.split(",") if isinstance(value, str) else list(value)
    chosen = {name.strip().lower() for name in names if name.strip()}
    chosen.discard("none")
    for name in sorted(chosen - set(SECTIONS)):
        close = difflib.get_close_matches(name, SECTIONS, n=1)
        raise SiteKitError(
            t(
                "--sections: unknown section '{name}'.{hint} Choose from {choices} "
                "(comma-separated), or 'none'",
                name=name,
                hint=did_you_mean(close),
                choices=", ".join(SECTIONS),
            )
        )
    return tuple(name for name in SECTIONS if name in chosen)


def did_you_mean(close: list[str]) -> str:
    """ " Did you mean 'x'?" for the closest known name, or "" when none is close."""
    return " " + t("Did you mean '{name}'?", name=close[0]) if close else ""


def province_in(name: str) -> str:
    """The provincial-level unit a site name mentions ("Lào Cai" in "Lào Cai và ASEAN")."""
    slug = f"-{unit_slug(name)}-"
    found = [unit.name for key, unit in UNITS.items() if f"-{key}-" in slug]
    return max(found, key=len) if found else ""


def check_answers(answers: Answers) -> Answers:
    """Validated, normalised answers with defaults filled in; SiteKitError on a bad value."""
    name_vi = _text(answers.name_vi, "--name-vi", True, '"Lào Cai – ASEAN"')
    name_en = _text(answers.name_en, "--name-en", True, '"Lào Cai and ASEAN"')
    site_url = _url(answers.site_url, "--site-url", True)
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    sections = sections_from(answers.sections)
    province = province_in(name_vi)
    descriptions = default_descriptions(name_vi, name_en, sections)
    phone = _clean(answers.phone)
    if phone and not _PHONE.match(phone):
        raise SiteKitError(
            t(
                "--phone '{phone}' is not a phone number; write digits with spaces, "
                "for example '+84 214 0000 000'",
                phone=phone,
            )
        )
    email = _clean(answers.email)
    if email and not _EMAIL.match(email):
        raise SiteKitError(
            t("--email '{email}' is not an email address (name@example.gov.vn)", email=email)
        )
    return Answers(
        name_vi=name_vi,
        name_en=name_en,
        site_url=site_url,
        short_name_vi=_short(answers.short_name_vi, "--short-name-vi", name_vi),
        short_name_en=_short(answers.short_name_en, "--short-name-en", name_en),
        description_vi=_text(answers.description_vi, "--description-vi", False, "")
        or descriptions["vi"],
        description_en=_text(answers.description_en, "--description-en", False, "")
        or descriptions["en"],
        agency_vi=_text(answers.agency_vi, "--agency-vi", False, "") or name_vi,
        agency_en=_text(answers.agency_en, "--agency-en", False, "") or name_en,
        address_vi=_text(answers.address_vi, "--address-vi", False, "")
        or (f"{province}, Việt Nam" if province else "Việt Nam"),
        address_en=_text(answers.address_en, "--address-en", False, "")
        or (f"{province}, Vietnam" if province else "Vietnam"),
        phone=phone,
        email=email,
        website=_url(answers.website, "--website", False),
        primary_colour=_colour(answers.primary_colour, "--primary-colour", True),
        accent_colour=_colour(answers.accent_colour, "--accent-colour", False),
        sections=sections,
        logo=answers.logo,
        favicon=answers.favicon,
    )


def short_name(name: str) -> str:
    """A name that fits a phone's header (SHORT_NAME_LIMIT characters): the name itself if
    short, else its part before " – " or ":" ("Lào Cai – ASEAN: 30 năm" -> "Lào Cai"), else
    its first words."""
    if len(name) <= SHORT_NAME_LIMIT:
        return name
    for separator in (":", " – ", " - "):
        head = name.split(separator, 1)[0].strip()
        if head != name and len(head) <= SHORT_NAME_LIMIT:
            return head
    words: list[str] = []
    for word in name.split():
        if len(" ".join([*words, word])) > SHORT_NAME_LIMIT:
            break
        words.append(word)
    return " ".join(words) or name[:SHORT_NAME_LIMIT]


def _short(value: str, option: str, name: str) -> str:
    text = _text(value, option, False, "")
    if len(text) > SHORT_NAME_LIMIT:
        raise SiteKitError(
            t(
                "{option} '{text}' has {length} characters; a phone's header shows {limit}: "
                "shorten it",
                option=option,
                text=text,
                length=len(text),
                limit=SHORT_NAME_LIMIT,
            )
        )
    return text or short_name(name)


def default_descriptions(name_vi: str, name_en: str, sections: tuple[str, ...]) -> dict[str, str]:
    texts = {}
    for lang, name in (("vi", name_vi), ("en", name_en)):
        words = SECTION_TEXT[lang]
        parts = [words[section] for section in sections] or [words["none"]]
        listed = (
            parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {words['and']} {parts[-1]}"
        )
        if lang == "vi":
            texts[lang] = f"{name}: {listed}, bằng tiếng Việt và tiếng Anh."
        else:
            texts[lang] = f"{name}: {listed}, in Vietnamese and English."
    return texts


def answers_from_record(record: Any, file: str) -> Answers:
    """Answers read back from site-kit.yml (unknown keys are refused, with a hint)."""
    values = record.get("answers") if isinstance(record, Mapping) else None
    if not isinstance(values, Mapping):
        raise SiteKitError(
            t("{file} has no 'answers:' block; it was not written by new_site.py", file=file)
        )
    known = {f.name for f in fields(Answers)}
    for key in values:
        if key not in known:
            close = difflib.get_close_matches(str(key), sorted(known), n=1)
            raise SiteKitError(
                t(
                    "{file}: unknown key 'answers: {key}'.{hint}",
                    file=file,
                    key=key,
                    hint=did_you_mean(close),
                )
            )
    cleaned = {key: ("" if value is None else value) for key, value in values.items()}
    if not isinstance(cleaned.get("sections", ()), str):
        cleaned["sections"] = tuple(str(s) for s in cleaned.get("sections") or ())
    for key in ("name_vi", "name_en", "site_url"):
        if not cleaned.get(key):
            raise SiteKitError(
                t("{file}: 'answers: {key}' is missing or empty", file=file, key=key)
            )
    return check_answers(
        Answers(**{k: v if k == "sections" else str(v) for k, v in cleaned.items()})
    )


def check_image(path: Path, option: str, types: tuple[str, ...]) -> bytes:
    """The bytes of a logo or favicon given on the command line, after basic checks."""
    if not path.is_file():
        raise SiteKitError(t("{option} {path}: no such file", option=option, path=path))
    if path.suffix.lower() not in types:
        raise SiteKitError(
            t(
                "{option} {path}: use a file of type {types}",
                option=option,
                path=path,
                types=", ".join(kind[1:].upper() for kind in types),
            )
        )
    content = path.read_bytes()
    if len(content) > MAX_IMAGE_BYTES:
        raise SiteKitError(
            t(
                "{option} {path} is {size} KB; make it under 1 MB",
                option=option,
                path=path,
                size=len(content) // 1024,
            )
        )
    if path.suffix.lower() == ".svg":
        text = content.decode("utf-8", errors="replace").lower()
        if "<svg" not in text:
            raise SiteKitError(t("{option} {path} is not an SVG picture", option=option, path=path))
        if "<script" in text or "javascript:" in text or re.search(r"\son\w+\s*=", text):
            raise SiteKitError(
                t(
                    "{option} {path} contains a script; save the logo again without scripts "
                    "(for example with Inkscape: File > Save As > Plain SVG)",
                    option=option,
                    path=path,
                )
            )
    elif path.suffix.lower() == ".png" and not content.startswith(b"\x89PNG\r\n\x1a\n"):
        raise SiteKitError(t("{option} {path} is not a PNG picture", option=option, path=path))
    return content


# ── the kit's files ─────────────────────────────────────────────────────────────────────


def _git(folder: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(folder), *args], capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return result.stdout if result.returncode == 0 else None


def is_kit_owned(path: str) -> bool:
    parts = path.split("/")
    if any(part in SKIPPED_FOLDERS for part in parts[:-1]) or path.endswith(SKIPPED_SUFFIXES):
        return False
    if path.startswith(KIT_ONLY):
        return False
    for pattern in KIT_OWNED:
        if pattern.endswith("/"):
            if path.startswith(pattern):
                return True
        elif re.fullmatch(re.escape(pattern).replace(r"\*", "[^/]*"), path):
            return True
    return False


def kit_files(kit: Path) -> list[str]:
    """The kit-owned files of ``kit``, as sorted relative paths.

    In a git checkout: tracked files plus new files not ignored by .gitignore (so caches,
    virtual environments and built sites never travel); otherwise a walk of the folder.
    """
    listed = _git(kit, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    if listed is not None and _git(kit, "rev-parse", "--show-prefix") == "\n":
        candidates = [p for p in listed.split("\0") if p]
    else:
        candidates = [
            path.relative_to(kit).as_posix() for path in kit.rglob("*") if not path.is_dir()
        ]
    return sorted({p for p in candidates if is_kit_owned(p) and (kit / p).is_file()})


def kit_version(kit: Path, source: str = "") -> KitVersion:
    """The kit in folder ``kit``, taken from ``source`` (default: the folder itself)."""
    remote = (_git(kit, "remote", "get-url", "origin") or "").strip()
    commit = kit_commit(kit)
    version = ""
    pyproject = kit / "pyproject.toml"
    if pyproject.is_file():
        try:
            version = str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
        except (KeyError, tomllib.TOMLDecodeError):
            version = ""
    return KitVersion(
        source=source or str(kit.resolve()), commit=commit, version=version, origin=remote
    )


def kit_commit(kit: Path) -> str:
    """The commit the kit folder is at; "" when the folder is not the top of a git checkout
    (a copy, or a folder inside some other repository, whose commit says nothing of the kit)."""
    if _git(kit, "rev-parse", "--show-prefix") != "\n":
        return ""
    return (_git(kit, "rev-parse", "HEAD") or "").strip()


# ── mkdocs.yml ──────────────────────────────────────────────────────────────────────────

_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z_][\w-]*):(?P<rest>.*)$")
_VALUE = re.compile(
    r"^(?P<space>\s*)(?P<anchor>&\S+\s+)?"
    r"(?P<value>\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*'|[^#]*?)(?P<comment>\s+#.*)?$"
)


def yaml_string(text: str) -> str:
    """A double-quoted YAML scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def set_scalars(text: str, values: Mapping[tuple[str, ...], str]) -> str:
    """Replace the scalar at each key path of a block-style YAML text, keeping its anchors,
    comments and every other line as they are. A path not found raises SiteKitError."""
    lines = text.split("\n")
    stack: list[tuple[int, str]] = []
    done: set[tuple[str, ...]] = set()
    for number, line in enumerate(lines):
        match = _KEY_LINE.match(line)
        if not match:
            continue
        indent = len(match["indent"])
        while stack and stack[-1][0] >= indent:
            stack.pop()
        stack.append((indent, match["key"]))
        path = tuple(key for _, key in stack)
        if path not in values:
            continue
        value = _VALUE.match(match["rest"])
        if value is None or not value["value"].strip():
            raise SiteKitError(
                t(
                    "mkdocs.yml line {line}: '{text}' has no value",
                    line=number + 1,
                    text=line.strip(),
                )
            )
        new = yaml_string(values[path])
        comment = value["comment"] or ""
        if comment:
            new = new.ljust(len(value["value"]))
        anchor = value["anchor"] or ""
        lines[number] = f"{match['indent']}{match['key']}: {anchor}{new}{comment}"
        done.add(path)
    missing = [": ".join(path) for path in values if path not in done]
    if missing:
        raise SiteKitError(
            t(
                "the kit's mkdocs.yml has no '{key}:' line, which new_site.py fills in; "
                "restore it in the kit's mkdocs.yml",
                key=missing[0],
            )
        )
    return "\n".join(lines)


def _replace_block(text: str, key: str, block: str) -> str:
    """Replace the top-level ``key:`` and everything indented under it with ``block``."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if start is None:
        raise SiteKitError(
            t(
                "the kit's mkdocs.yml has no top-level '{key}:'; restore it in the kit's "
                "mkdocs.yml",
                key=key,
            )
        )
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " #"):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # keep the blank lines that separate it from the next block
    return "\n".join([*lines[:start], *block.rstrip("\n").split("\n"), *lines[end:]])


# English menu titles that read better on a province's own site than the national ones.
PROVINCE_NAV_TITLES = {"Địa phương": "Local pages"}


def _keep_nav_translations(text: str, titles: set[str]) -> str:
    """Drop the English menu titles of pages the province site does not have."""
    lines = text.split("\n")
    kept: list[str] = []
    inside = -1
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if inside >= 0 and line.strip() and indent <= inside:
            inside = -1
        if inside >= 0 and line.strip():
            key = line.strip().split(":", 1)[0]
            if key not in titles:
                continue
            if key in PROVINCE_NAV_TITLES:
                line = f"{line[:indent]}{key}: {PROVINCE_NAV_TITLES[key]}"
        if line.strip() == "nav_translations:":
            inside = indent
        kept.append(line)
    return "\n".join(kept)


def brand_values(answers: Answers) -> dict[tuple[str, ...], str]:
    brand = ("extra", "brand")
    values = {
        (*brand, "site_name", "vi"): answers.name_vi,
        (*brand, "site_name", "en"): answers.name_en,
        (*brand, "short_name", "vi"): answers.short_name_vi,
        (*brand, "short_name", "en"): answers.short_name_en,
        (*brand, "description", "vi"): answers.description_vi,
        (*brand, "description", "en"): answers.description_en,
        (*brand, "agency", "vi"): answers.agency_vi,
        (*brand, "agency", "en"): answers.agency_en,
        (*brand, "address", "vi"): answers.address_vi,
        (*brand, "address", "en"): answers.address_en,
        (*brand, "phone"): answers.phone,
        (*brand, "email"): answers.email,
        (*brand, "website"): answers.website,
        (*brand, "colors", "primary"): answers.primary_colour,
        (*brand, "colors", "accent"): answers.accent_colour,
        ("site_url",): answers.site_url,
    }
    for key in ("logo", "favicon"):
        path = getattr(answers, key)
        if path:
            values[(*brand, key)] = path.removeprefix("docs/")
    return values


def site_config(kit_config: str, answers: Answers) -> str:
    """The kit's mkdocs.yml with the province's brand, address and menu."""
    values = brand_values(answers)
    text = set_scalars(kit_config, values)
    nav = ["nav:"]
    for title, page, section in NAV:
        if section is None or section in answers.sections:
            nav.append(f"  - {title}: {page}")
    text = _replace_block(text, "nav", "\n".join(nav) + "\n")
    text = _keep_nav_translations(text, {title for title, _, _ in NAV})
    # A section the province did not choose is left out of the build entirely.
    left_out = [f"  /{section}/" for section in SECTIONS if section not in answers.sections]
    if left_out:
        config = read_config(text)
        excluded = str(config.get("exclude_docs") or "").rstrip("\n").split("\n")
        block = ["exclude_docs: |", *(f"  {line}" for line in excluded if line), *left_out]
        text = _replace_block(text, "exclude_docs", "\n".join(block) + "\n")
    _check_config(text, values)
    return text


def _check_config(text: str, values: Mapping[tuple[str, ...], str]) -> None:
    config = read_config(text)
    for path, expected in values.items():
        node: Any = config
        for key in path:
            node = node.get(key) if isinstance(node, Mapping) else None
        if (node or "") != expected:
            raise SiteKitError(
                t(
                    "new_site.py could not set '{key}' in mkdocs.yml (found {found}); the kit's "
                    "mkdocs.yml has a layout it does not know",
                    key=": ".join(path),
                    found=repr(node),
                )
            )


_LIST_ITEM = re.compile(r"^(?P<indent> *)- *(?P<value>[^#]*?)\s*(?P<comment>#.*)?$")


def _top_level_block(lines: list[str], key: str) -> tuple[int, int] | None:
    """(first, end) line numbers of the top-level ``key:`` and the lines indented under it,
    trailing blank lines and comments left out."""
    start = next((i for i, line in enumerate(lines) if re.match(rf"^{key}\s*:", line)), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " #"):
        end += 1
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    return start, end


def _item_name(line: str) -> str | None:
    match = _LIST_ITEM.match(line)
    if not match:
        return None
    return match["value"].strip().strip("'\"").split(":", 1)[0].strip()


def migrate_config(text: str) -> str:
    """mkdocs.yml of a site made by an older kit, moved to the campaign plugin: the
    ``hooks: - scripts/mkdocs_hooks.py`` entry removed (the whole ``hooks:`` block when it
    held nothing else), ``- campaign`` added as the last plugin. Every other line, comment
    and anchor stays as it is; a file already moved comes back unchanged."""
    lines = text.split("\n")
    hooks = _top_level_block(lines, "hooks")
    if hooks is not None:
        start, end = hooks
        kept = [line for line in lines[start + 1 : end] if _item_name(line) != OLD_HOOKS_FILE]
        if not any(_item_name(line) for line in kept) and lines[start].strip() == "hooks:":
            del lines[start:end]
            if (
                start < len(lines)
                and not lines[start].strip()
                and (start == 0 or not lines[start - 1].strip())
            ):
                del lines[start]  # the blank line that separated the block
        else:
            lines[start + 1 : end] = kept
    plugins = _top_level_block(lines, "plugins")
    if plugins is None:
        while lines and not lines[-1].strip():
            lines.pop()
        return "\n".join([*lines, "", "plugins:", f"  - {PLUGIN_NAME}", ""])
    start, end = plugins
    items = [line for line in lines[start + 1 : end] if _item_name(line) is not None]
    indent = min((len(line) - len(line.lstrip(" ")) for line in items), default=2)
    if not any(
        _item_name(line) == PLUGIN_NAME for line in items if line.startswith(" " * indent + "-")
    ):
        lines.insert(end, f"{' ' * indent}- {PLUGIN_NAME}")
    return "\n".join(lines)


# ── the starter files ───────────────────────────────────────────────────────────────────


def _template(kit: Path, name: str) -> Template:
    return Template((kit / TEMPLATES / name).read_text(encoding="utf-8"))


def _home_cards(lang: str, sections: tuple[str, ...]) -> str:
    if not sections:
        return ""
    cards = []
    for section in sections:
        icon, title, link, text = HOME_CARDS[lang][section]
        cards.append(f"-   {icon} **[{title}]({link})**\n\n    ---\n\n    {text}\n")
    heading = labels_for(lang)["starter"]["explore"]
    return (
        f'## {heading}\n\n<div class="grid cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"
    )


def _contacts(lang: str, answers: Answers) -> str:
    labels = labels_for(lang)["starter"]
    rows = [
        (labels["agency"], getattr(answers, f"agency_{lang}")),
        (labels["address"], getattr(answers, f"address_{lang}")),
        (labels["phone"], answers.phone),
        (labels["email"], f"<{answers.email}>" if answers.email else ""),
        (labels["website"], f"<{answers.website}>" if answers.website else ""),
    ]
    return "\n".join(f"- **{label}:** {value}" for label, value in rows if value)


def starter_files(kit: Path, answers: Answers) -> dict[str, str]:
    """The province's own files, written once; the province edits them freely afterwards."""
    files: dict[str, str] = {}
    # A new site has the kit's two languages (the questions ask for both); a third is added
    # afterwards: its label catalogue and a line in mkdocs.yml.
    for lang in KIT_LANGUAGES.codes:
        values = {
            "name": getattr(answers, f"name_{lang}"),
            "name_vi": answers.name_vi,
            "name_en": answers.name_en,
            "quoted_name": yaml_string(getattr(answers, f"name_{lang}"))[1:-1],
            "description": yaml_string(getattr(answers, f"description_{lang}")),
            "title_description": getattr(answers, f"description_{lang}"),
            "sections": _home_cards(lang, answers.sections),
            "contacts": _contacts(lang, answers),
        }
        for page in ("index", "about", "accessibility"):
            files[f"docs/{page}.{lang}.md"] = _template(kit, f"{page}.{lang}.md").substitute(values)
        # The page for other sites' developers (kit/opendata): the same on every site.
        files[f"docs/open-data.{lang}.md"] = (kit / TEMPLATES / f"open-data.{lang}.md").read_text(
            encoding="utf-8"
        )
        if "provinces" in answers.sections:
            files[f"docs/provinces/index.{lang}.md"] = _template(
                kit, f"provinces.{lang}.md"
            ).substitute(values)
    files["README.md"] = _template(kit, "README.md").substitute(
        name_vi=answers.name_vi,
        name_en=answers.name_en,
        province_command=province_command(answers),
    )
    files["tests/content/test_content.py"] = (kit / TEMPLATES / "test_content.py").read_text(
        encoding="utf-8"
    )
    return files


def province_command(answers: Answers) -> str:
    province = province_in(answers.name_vi) or "Tên tỉnh"
    english = f"{province} Province" if province != "Tên tỉnh" else "Province name"
    return f'.venv/bin/python scripts/new_province.py "{province}" --name-en "{english}"'


def record_text(answers: Answers, version: KitVersion) -> str:
    record = {"kit": asdict(version), "answers": answers.record()}
    header = (
        "# Written by scripts/new_site.py; read by scripts/update_site.py (make update-kit).\n"
        "# 'answers' are the choices made when the site was created: an update renders the\n"
        "# kit's starter files with them, so editing them here changes nothing on the site.\n"
        "# Change the brand in mkdocs.yml (the block under 'extra: brand:').\n"
    )
    return header + yaml.safe_dump(record, sort_keys=False, allow_unicode=True, width=4096)


def render(
    kit: Path,
    answers: Answers,
    version: KitVersion,
    brand_files: Mapping[str, bytes] | None = None,
) -> Tree:
    """The whole province site: kit-owned files + starter files + the province's images."""
    kit = Path(kit)
    tree = Tree()
    for path in kit_files(kit):
        source = kit / path
        tree.add(path, source.read_bytes(), os.access(source, os.X_OK))
    tree.add("mkdocs.yml", site_config((kit / "mkdocs.yml").read_text(encoding="utf-8"), answers))
    for path, text in starter_files(kit, answers).items():
        tree.add(path, text)
    if "exhibitions" in answers.sections:
        sample = kit / TEMPLATES / "exhibitions" / SAMPLE_EXHIBITION
        for file in sorted(sample.iterdir()):
            tree.add(f"exhibitions/{SAMPLE_EXHIBITION}/{file.name}", file.read_bytes())
    for path, content in sorted((brand_files or {}).items()):
        tree.add(path, content)
    tree.add(RECORD_FILE, record_text(answers, version))
    return tree
