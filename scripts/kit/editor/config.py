"""The web editor's configuration (Sveltia CMS ``config.yml``), made from the kit's own
description of the content, so that it cannot drift from what the build reads:

- pages: every folder of ``docs/`` with pages of its own (``name.vi.md`` + ``name.en.md``, one
  file per language, the default language first), with their title, description and text;
- exhibitions: one entry per folder of ``exhibitions/``, its ``exhibition.yml`` with the keys
  of kit/schemas/exhibition.schema.json, photos uploaded into the exhibition's own folder;
- infographics (``docs/_data/infographics/*.yml``) and provinces (``docs/provinces/<name>/``:
  ``province.yml``, photos in that folder, and the ``index.<lang>.md`` introductions).

The YAML files are read and written by the kit's own file format (kit-yaml.js, one format per
kind: ``kit-exhibition``...), which applies the edits onto the file's text, so comments, style
and one-form texts (``credit: "Nguyễn Văn A"``) survive a save; ``format_shapes()`` tells it
what each kind of file holds.

- the brand block: ``extra: brand:`` of mkdocs.yml, one entry showing only its keys. Its file
  format (``kit-brand``) reads and changes that block only: the rest of mkdocs.yml, with its
  ``!!python/name:`` tags and the anchors other settings reuse (``&site_name_vi``), is never
  turned into values and stays byte for byte; an emptied setting is written ``""``, and a value
  named by an anchor is never removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from kit import schemas
from kit.core import generated
from kit.core.languages import Languages
from kit.editor import fields
from kit.editor.settings import EditorSettings

EXHIBITIONS = "exhibitions"  # next to mkdocs.yml
INFOGRAPHICS = "_data/infographics"  # inside docs/
PROVINCES = "provinces"  # inside docs/
PROVINCE_FILE = "province.yml"
STATUS_PAGE = "translation-status/"
# Folders of docs/ that hold no hand-written pages: the theme's files, data, and the folders the
# build writes (marked by a .generated file, or named after a content type).
_NOT_PAGES = {"assets", "exhibitions", "infographics", "translation-status"}
# The YAML content files the editor edits: kind -> a file of that kind, relative to the project
# ("docs" standing for the docs folder), for the schema line at the top of a new file.
DATA_KINDS = {
    "exhibition": f"{EXHIBITIONS}/new/exhibition.yml",
    "infographic": f"docs/{INFOGRAPHICS}/new.yml",
    "province": f"docs/{PROVINCES}/new/{PROVINCE_FILE}",
}
# Material's front-matter switch that hides the menu or the table of contents of one page.
HIDE_CHOICES = ["navigation", "toc", "footer"]


def site_path(site_url: str) -> str:
    """The path the site is published under ("/" or "/asean/")."""
    path = urlsplit(site_url or "/").path or "/"
    return path if path.endswith("/") else path + "/"


def status_links(site_url: str, languages: Languages) -> str:
    """Markdown links to the translation status page in every language (editors' hints)."""
    base = site_path(site_url)
    links = [
        f"[{fields.language_name(code)}]({base}{languages.prefix(code)}{STATUS_PAGE})"
        for code in languages.codes
    ]
    return "Trang nào còn thiếu bản dịch — What is still untranslated: " + " · ".join(links)


def page_folders(docs: Path, default: str) -> list[str]:
    """Folders of ``docs`` (relative, "" for docs/ itself) that hold hand-written pages."""
    found = set()
    for page in docs.rglob(f"*.{default}.md"):
        folder = page.parent.relative_to(docs)
        parts = folder.parts
        if parts and (parts[0] in _NOT_PAGES or any(p.startswith(("_", ".")) for p in parts)):
            continue
        if (page.parent / PROVINCE_FILE).exists() or generated.is_generated(page.parent, docs):
            continue  # written by the build (a .generated mark at its top), or a province
        found.add(folder.as_posix() if parts else "")
    return sorted(found)


def _front_matter_title(page: Path) -> str:
    try:
        text = page.read_text(encoding="utf-8")
        if text.startswith("---"):
            meta = yaml.safe_load(text.split("---", 2)[1])
            if isinstance(meta, dict) and meta.get("title"):
                return str(meta["title"])
    except (OSError, UnicodeError, yaml.YAMLError, IndexError):
        pass
    return ""


def _folder_label(docs: Path, folder: str, languages: Languages) -> str:
    if not folder:
        return "Trang chính · Main pages"
    titles = [
        _front_matter_title(docs / folder / f"index.{code}.md") or folder
        for code in languages.codes[:2]
    ]
    return f"Trang · Pages: {' · '.join(dict.fromkeys(titles))}"


def page_fields(hint: str) -> list[dict[str, Any]]:
    """Front matter (title, description, Material's `hide:`) and the text of a page."""
    return [
        {
            "name": "title",
            "label": "Tiêu đề · Title",
            "widget": "string",
            "i18n": True,
            "hint": hint,
        },
        {
            "name": "description",
            "label": "Mô tả một câu · One-sentence description",
            "widget": "string",
            "i18n": True,
            "hint": (
                "Hiện trong kết quả tìm kiếm và khi chia sẻ — "
                "Shown in search results and when the page is shared"
            ),
        },
        {
            "name": "hide",
            "label": "Ẩn · Hide",
            "widget": "select",
            "multiple": True,
            "required": False,
            "i18n": True,
            "options": HIDE_CHOICES,
            "hint": "Ẩn menu (navigation) hoặc mục lục (toc) — Hide the menu or the contents",
        },
        _body(),
    ]


def _body() -> dict[str, Any]:
    return {
        "name": "body",
        "label": "Nội dung · Text",
        "widget": "markdown",
        "i18n": True,
        # Raw Markdown first: the pages use Material's syntax (boxes, grids, attribute lists),
        # which a rich-text round trip would change.
        "modes": ["raw", "rich_text"],
    }


def page_collections(docs: Path, languages: Languages, hint: str) -> list[dict[str, Any]]:
    collections = []
    for folder in page_folders(docs, languages.default):
        name = "pages" if not folder else "pages-" + folder.replace("/", "-")
        collections.append(
            {
                "name": name,
                "label": _folder_label(docs, folder, languages),
                "folder": "docs" + (f"/{folder}" if folder else ""),
                "extension": "md",
                "format": "frontmatter",
                "i18n": True,
                "create": True,
                # Pictures of a page sit next to it and are linked by name.
                "media_folder": "",
                "public_folder": "",
                "description": hint,
                "fields": page_fields(hint),
            }
        )
    return collections


def _data_collection(
    name: str, label: str, folder: str, kind: str, path: str | None, languages: Languages, hint: str
) -> dict[str, Any]:
    collection: dict[str, Any] = {
        "name": name,
        "label": label,
        "folder": folder,
        "extension": "yml",
        "format": format_name(kind),
        "identifier_field": "title.vi" if kind != "province" else "name.vi",
        "summary": "{{title.vi}} · {{title.en}}" if kind != "province" else "{{name.vi}}",
        "description": hint,
        "fields": fields.without_marks(fields.content_fields(kind, languages.codes)),
    }
    if path:
        collection["path"] = path
        # Photos go into the entry's own folder; the file names only the photo.
        collection["media_folder"] = ""
        collection["public_folder"] = ""
    return collection


def format_name(kind: str) -> str:
    """The name of the editor's file format for ``kind`` (registered by kit-editor.js)."""
    return f"kit-{kind}"


def format_shapes(project: Path, docs: Path, languages: Languages) -> dict[str, dict[str, Any]]:
    """For each file format: what kit-yaml.js needs to know of that kind of file, and the
    schema line a new file starts with (as the templates in exhibitions/_template/ do)."""
    shapes = {}
    for kind, example in DATA_KINDS.items():
        example_file = project / example.replace("docs/", f"{docs.relative_to(project)}/", 1)
        shape = fields.shape(fields.content_fields(kind, languages.codes), languages.codes)
        shape["header"] = schemas.schema_line(kind, example_file, project) + "\n"
        shapes[format_name(kind)] = shape
    brand = fields.shape(brand_fields(languages), languages.codes)
    shapes[format_name("brand")] = {**brand, "root": list(BRAND_BLOCK), "keepKeys": True}
    return shapes


BRAND_BLOCK = ("extra", "brand")  # where the brand block sits in mkdocs.yml


def brand_fields(languages: Languages) -> list[dict[str, Any]]:
    """The keys of the brand block (kit/schemas/brand.schema.json, under extra: brand:)."""
    found = fields.content_fields("brand", languages.codes)
    for name in BRAND_BLOCK:
        found = next(entry for entry in found if entry["name"] == name)["fields"]
    return found


def brand_collection(config_file: str, languages: Languages, hint: str) -> dict[str, Any]:
    """One entry: the brand block of mkdocs.yml, and nothing else of that file."""
    entry = {
        "name": "brand",
        "label": "Nhận diện của trang · The site's identity",
        "file": config_file,
        "format": format_name("brand"),
        "fields": fields.without_marks(brand_fields(languages)),
    }
    return {
        "name": "brand",
        "label": "Nhận diện · Brand",
        "format": format_name("brand"),
        "description": hint,
        "files": [entry],
    }


def collections(
    docs: Path, project: Path, languages: Languages, hint: str, config_file: str = "mkdocs.yml"
) -> list[dict[str, Any]]:
    docs_folder = docs.relative_to(project).as_posix()
    found = page_collections(docs, languages, hint)
    found.append(
        _data_collection(
            "exhibitions",
            "Triển lãm · Exhibitions",
            EXHIBITIONS,
            "exhibition",
            "{{slug}}/exhibition",
            languages,
            hint,
        )
    )
    found.append(
        _data_collection(
            "infographics",
            "Đồ họa thông tin · Infographics",
            f"{docs_folder}/{INFOGRAPHICS}",
            "infographic",
            None,
            languages,
            hint,
        )
    )
    provinces = _data_collection(
        "provinces",
        "Địa phương · Provinces",
        f"{docs_folder}/{PROVINCES}",
        "province",
        "{{slug}}/" + PROVINCE_FILE.removesuffix(".yml"),
        languages,
        hint,
    )
    # A new province starts with scripts/new_province.py, which writes every file it needs.
    provinces["create"] = False
    found.append(provinces)
    found.append(
        {
            "name": "province-texts",
            "label": "Địa phương: bài giới thiệu · Provinces: introductions",
            "folder": f"{docs_folder}/{PROVINCES}",
            "path": "{{slug}}/index",
            "extension": "md",
            "format": "frontmatter",
            "i18n": True,
            "create": False,
            "media_folder": "",
            "public_folder": "",
            "identifier_field": "body",
            "summary": "{{slug}}",
            "description": hint,
            "fields": [_body()],
        }
    )
    found.append(brand_collection(config_file, languages, hint))
    return found


def editor_config(
    settings: EditorSettings,
    languages: Languages,
    project: Path,
    docs: Path,
    site_url: str,
    site_name: str,
    logo: str = "",
    config_file: str = "mkdocs.yml",
) -> dict[str, Any]:
    """The whole Sveltia CMS configuration, as data. ``config_file``: mkdocs.yml's path from
    the project's top (the file that holds the brand block)."""
    backend: dict[str, Any] = {
        "name": settings.backend,
        "repo": settings.repo,
        "branch": settings.branch,
    }
    if settings.api_root:
        backend["api_root"] = settings.api_root
    if settings.backend == "gitlab" and settings.app_id:
        # Signing in with GitLab needs no server of our own (PKCE): README.md, step by step.
        backend.update({"auth_type": "pkce", "app_id": settings.app_id})
        if settings.api_root:
            backend["base_url"] = settings.api_origin
    hint = status_links(site_url, languages)
    return {
        "backend": backend,
        "app_title": site_name,
        **({"logo_url": f"{site_path(site_url)}{logo}"} if logo else {}),
        "site_url": site_url,
        "show_preview_links": False,
        "media_folder": f"{docs.relative_to(project).as_posix()}/assets/images",
        "public_folder": f"{site_path(site_url)}assets/images",
        "i18n": {
            "structure": "multiple_files",
            "locales": list(languages.codes),
            "default_locale": languages.default,
        },
        # Addresses of new entries: "Đà Nẵng" -> "da-nang", as the kit writes them.
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "output": {
            "omit_empty_optional_fields": True,
            "yaml": {"quote": "double", "indent_size": 2},
        },
        "editor": {"preview": False},
        "collections": collections(docs, project, languages, hint, config_file),
    }


def config_text(config: dict[str, Any]) -> str:
    header = (
        "# Written by the build (scripts/kit/editor/config.py) from the content schemas and\n"
        "# mkdocs.yml: do not edit; change those instead.\n"
    )
    return header + yaml.dump(
        config, Dumper=_PlainDumper, allow_unicode=True, sort_keys=False, width=100
    )


class _PlainDumper(yaml.SafeDumper):
    """Writes a list used twice in full, never as an anchor and alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True
