"""MkDocs glue: thin calls into the plain-Python kit under scripts/kit/.

mkdocs-static-i18n runs the whole build once per language, so every function here must be
idempotent and cheap.
"""

from __future__ import annotations

import html
import logging
import time
from copy import deepcopy
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache
from kit import messages
from kit.build import docs_pages as pages
from kit.build import generated, mkdocs_log, preview, siteconfig
from kit.core import labels
from kit.core import languages as site_languages
from kit.core.problems import ContentError, Problem
from kit.core.slugs import toc_slugify
from kit.exhibitions import pages as exhibition_pages
from kit.exhibitions.content import Exhibition, load_exhibitions
from kit.hosting import bundle, html_fixes, inline_scripts
from kit.infographics import content as infographics
from kit.infographics import pages as infographic_pages
from kit.media import share_cards
from kit.media import site as site_media
from kit.provinces import pages as province_pages
from kit.provinces.content import Province, load_provinces
from kit.quality import placeholders, safe_content
from kit.quality.conflict_markers import check_sources
from kit.quality.source_links import find_links
from kit.search import index as search
from kit.translations import check as translations
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.campaign")
# MkDocs' own lines in the editor's language, routine ones hidden (MkDocs' --verbose shows all).
mkdocs_log.install()


class _Content:
    """What the sources say, loaded once per change and shared by both language builds."""

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.exhibitions: list[Exhibition] = []
        self.provinces: list[Province] = []
        self.media = site_media.PreparedMedia()
        self.problems: list[Problem] = []
        self.reported: set[str] = set()
        self.share_cards: set[str] = set()
        self.pages: dict[tuple[str, ...], dict[str, str]] = {}  # generated, by languages

    def refresh(self, project: Path, docs_dir: Path | None = None) -> None:
        provinces = (docs_dir or project / "docs") / province_pages.SOURCE_FOLDER
        key = (_tree_state(project / "exhibitions"), _tree_state(provinces))
        if key == self.key:
            return
        self.key = key
        self.exhibitions, self.problems = load_exhibitions(project / "exhibitions")
        self.provinces, province_problems = load_provinces(provinces)
        self.problems = self.problems + province_problems
        self.media = site_media.PreparedMedia()
        self.reported = set()
        self.pages = {}

    def report(self, problems: list[Problem]) -> None:
        # Warnings make a strict build fail; a non-strict one publishes without the item.
        for problem in problems:
            if str(problem) not in self.reported:
                self.reported.add(str(problem))
                log.warning(str(problem))


_content = _Content()
_infographics = infographics.Library()  # docs/_data/infographics, shared by both languages
_search_index = search.IndexCollector()  # pages of the language being built, for site search
_styles: list[bundle.StyleBundle] = []  # the joined style sheet of this build (on_config)
_scripts: dict[str, bundle.SiteFile] = {}  # scripts taken out of pages (on_post_page)
_preview = preview.PreviewState()  # `make serve --dirty`: when every page must be rebuilt
_dirty: list[bool] = [False]  # the build renders only changed pages (mkdocs serve --dirty)


def _tree_state(folder: Path) -> tuple:
    """Cheap fingerprint of a folder: names, sizes and modification times."""
    if not folder.is_dir():
        return ()
    return tuple(
        sorted(
            (str(path), path.stat().st_size, path.stat().st_mtime_ns)
            for path in folder.rglob("*")
            if path.is_file()
        )
    )


def _project(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _languages(config: MkDocsConfig) -> tuple[str, str]:
    """(all languages, default language) from the i18n plugin's settings."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return site_languages.active().codes, site_languages.active().default
    languages = tuple(lang.locale for lang in i18n.config.languages)
    default = next((lang.locale for lang in i18n.config.languages if lang.default), languages[0])
    return languages, default


def _fail(problems: list[Problem]) -> None:
    if problems:
        raise PluginError(str(ContentError(problems)))


def on_startup(command: str, dirty: bool) -> None:
    _dirty[0] = dirty


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    kit_settings = config.extra.get("kit")
    messages.use_setting_value(
        kit_settings.get("messages") if isinstance(kit_settings, dict) else None
    )
    languages, _ = _languages(config)
    site_languages.use(site_languages.from_config(config))  # kit.core.languages.active()
    # Before anything reads the content: a link could point anywhere on the computer.
    _fail(find_links(_project(config), [Path(config.docs_dir), _project(config) / "exhibitions"]))
    _fail(check_sources(_project(config), Path(config.docs_dir)))
    _fail(
        siteconfig.check_site_url(config.site_url)
        + siteconfig.check_brand(config.extra.get("brand"), languages)
        + labels.check_catalogues(languages)
    )
    # Readable Vietnamese anchors: "Đà Nẵng" -> "#da-nang" (Markdown's default drops "đ").
    config.mdx_configs.setdefault("toc", {})["slugify"] = toc_slugify
    _styles[:] = [_style_bundle(config)]  # read once per build, used by every page
    _content.refresh(_project(config), Path(config.docs_dir))
    _extend_nav(config.nav or [], exhibition_pages.OUTPUT_FOLDER, _content.exhibitions)
    _extend_nav(config.nav or [], province_pages.SOURCE_FOLDER, _content.provinces)
    if _infographics.refresh(Path(config.docs_dir)):
        _content.reported.difference_update(str(p) for p in _infographics.problems)
    _extend_nav(config.nav or [], infographic_pages.OUTPUT_FOLDER, _infographics.infographics)
    return config


# A section lists its pages in the menu while it is short. A long one (34 provinces, dozens of
# exhibitions) is reached through its index page, which shows them all as cards: every page
# carries the menu, so a menu that grows with the site makes every page grow with it.
MENU_LIMIT = 12


def _extend_nav(nav: list, folder: str, exhibitions: list[Exhibition]) -> None:
    """Turn the nav entry for ``folder/index.md`` into a section listing every exhibition,
    unless there are more than MENU_LIMIT."""
    if len(exhibitions) > MENU_LIMIT:
        return
    index = f"{folder}/index.md"
    children = [index] + [f"{folder}/{e.slug}/index.md" for e in exhibitions]
    for position, entry in enumerate(nav):
        if not isinstance(entry, dict) or len(entry) != 1:
            continue
        title, value = next(iter(entry.items()))
        if value == index or (isinstance(value, list) and value and value[0] == index):
            nav[position] = {title: children}
        elif isinstance(value, list):
            _extend_nav(value, folder, exhibitions)


def on_pre_build(config: MkDocsConfig) -> None:
    languages, default = _languages(config)
    project = _project(config)
    if config.theme["language"] == default:
        _full_build_if_needed(project, config)
    _content.report(_content.problems)
    if not _content.media.images and not _content.media.videos:
        images, videos = exhibition_pages.media_sources(_content.exhibitions)
        images = sorted({*images, *province_pages.media_sources(_content.provinces)})
        started = time.perf_counter()
        _content.media = site_media.prepare(project, images, videos)
        log.info(f"Photos and videos ready in {time.perf_counter() - started:.2f} s")
        _content.exhibitions = _without_broken_media(_content.exhibitions, _content.media)
    _content.report(_content.media.problems)
    if languages not in _content.pages:  # once per change of the sources (make serve)
        _content.pages[languages] = exhibition_pages.page_sources(_content.exhibitions, languages)
    generated.write_pages(
        Path(config.docs_dir) / exhibition_pages.OUTPUT_FOLDER, _content.pages[languages]
    )
    _content.report(_infographics.problems)
    generated.write_pages(
        Path(config.docs_dir) / infographic_pages.OUTPUT_FOLDER,
        infographic_pages.page_sources(_infographics.infographics, languages),
    )
    _infographics.images = infographic_pages.share_images(
        project / infographic_pages.SHARE_CACHE,
        _infographics.infographics,
        config.theme["language"],
        config.site_name,
        config.extra["brand"]["colors"],
    )
    if config.theme["language"] == default:
        # Once per build (the default language comes first; the pages are the same for the
        # other); git dates are left to the command-line check, which has time for them.
        report = translations.check_project(project, languages=languages, git=False)
        translations.write_status_pages(report, Path(config.docs_dir) / STATUS_FOLDER)
        _fail(pages.check_docs(Path(config.docs_dir), languages))


def _full_build_if_needed(project: Path, config: MkDocsConfig) -> None:
    """A --dirty build renders only the changed pages; when more than the text of pages
    changed (kit/build/preview.py), the output is emptied so that every page is rendered. A full
    build into the folder makes the next --dirty one start afresh."""
    docs, site = Path(config.docs_dir).resolve(), Path(config.site_dir).resolve()
    if not _dirty[0]:
        preview.forget(project, site)
        return
    if _preview.needs_full_build(project, docs, site):
        preview.empty_folder(site)


STATUS_FOLDER = "translation-status"  # a page for editors, not in the menu, never indexed


def _without_broken_media(
    exhibitions: list[Exhibition], media: site_media.PreparedMedia
) -> list[Exhibition]:
    """Leave out items whose photo could not be processed (already reported)."""
    for exhibition in exhibitions:
        exhibition.items = [
            item
            for item in exhibition.items
            if item.image is None or str(item.image) in media.images
        ]
        if exhibition.cover and str(exhibition.cover) not in media.images:
            exhibition.cover = None
    return exhibitions


def on_files(files: Any, config: MkDocsConfig) -> Any:
    # A province's province.yml and original photos are sources, not files to publish.
    for file in [f for f in files if province_pages.is_source_file(f.src_uri)]:
        files.remove(file)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Any) -> str:
    # Province pages take their template, title and description from province.yml.
    defaults = province_pages.page_meta(
        page.file.src_uri, config.theme["language"], _content.provinces
    )
    # Front-matter texts are plain text: escaped once here, before any template prints them.
    page.meta = safe_content.escaped_meta({**defaults, **page.meta})
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Any) -> str:
    # check_docs read every page's source before the build; this catches whatever Markdown
    # syntax turned into a script that the line-by-line check did not see.
    _fail(safe_content.rendered_problems(html, f"docs/{page.file.src_uri}"))
    return html


def on_env(env: Any, config: MkDocsConfig, files: Any) -> Any:
    # Theme templates (404.html) render before any page and would otherwise inherit the
    # language switcher links of the previous language build's last page.
    i18n = config.plugins.get("i18n")
    defaults = getattr(i18n, "extra_alternate", None)
    if defaults:
        # The plugin sets it as an attribute; Jinja reads the attribute before the key.
        config.extra.alternate = deepcopy(defaults)
    # Every build (each language, each `make serve` rebuild) makes a new Jinja environment
    # that would compile the theme's templates again: about a second per build. Compiled
    # templates are kept, keyed by their source (an edited template is compiled again).
    env.bytecode_cache = FileSystemBytecodeCache(str(_cache_folder(config, TEMPLATE_CACHE)))
    env.globals.update(labels.template_globals(config.theme["language"]))  # interface labels
    return env


TEMPLATE_CACHE = Path(".cache") / "templates"


def _cache_folder(config: MkDocsConfig, folder: Path) -> Path:
    path = _project(config) / folder
    path.mkdir(parents=True, exist_ok=True)
    return path


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any
) -> dict[str, Any]:
    languages, default = _languages(config)
    page_language = context.get("i18n_page_locale", default)
    file_language = context.get("i18n_file_locale", page_language)
    alternates = getattr(page.file, "alternates", {}) or {}
    # A page served from the other language's file (translation missing) is never indexed
    # and never announced as a translation.
    translated = file_language == page_language
    urls = {
        lang: file.url
        for lang, file in alternates.items()
        if lang in languages and getattr(file, "locale", lang) == lang
    }
    names = {lang.locale: lang.name for lang in config.plugins["i18n"].config.languages}
    homes = {lang: ("" if lang == default else f"{lang}/") for lang in languages}
    switcher = [
        {
            "lang": lang,
            "name": names.get(lang, lang),
            "href": get_relative_url(urls.get(lang, homes[lang]) or ".", page.url or "."),
        }
        for lang in languages
    ]
    view = exhibition_pages.view_for_page(
        page.meta,
        page.url,
        page_language,
        _content.exhibitions,
        _content.media.images,
        _content.media.videos,
    ) or province_pages.view_for_page(
        page.meta, page.url, page_language, _content.provinces, _content.media.images
    )
    infographic = infographic_pages.view_for_page(
        page.meta, page.url, page_language, _infographics.infographics, _infographics.images
    )
    page_address = siteconfig.absolute_url(config.site_url, page.url)
    context["campaign"] = {
        "view": view,
        "infographic": infographic,
        "jsonld": exhibition_pages.structured_data(view, page_address)
        or province_pages.structured_data(view, page_address),
        "title": _plain_title(page, config),
        "description": _plain_description(page, config, page_language),
        "share_image": siteconfig.absolute_url(
            config.site_url,
            (infographic or {}).get("share_path") or _share_image(page, config, view),
        ),
        "og_locale": OG_LOCALES.get(page_language, page_language),
        "og_alternate": [OG_LOCALES.get(lang, lang) for lang in urls if lang != page_language],
        "switcher": switcher,
        "language": page_language,
        "translated": translated,
        "hreflang": siteconfig.language_alternates(config.site_url, urls, default)
        if translated
        else [],
        "canonical": siteconfig.absolute_url(config.site_url, page.url),
        # Template texts and example contacts on this page: `make site` refuses them, a
        # preview shows them under a warning.
        "placeholders": placeholders.found_in(
            [view, infographic, page.meta.get("title"), _brand_contacts(config)]
        ),
    }
    if search.should_index(page.meta, translated):
        _search_index.add_page(
            page_language, page.url, context["campaign"]["title"], page.content or "", view
        )
    return context


def _brand_contacts(config: MkDocsConfig) -> dict[str, Any]:
    brand = config.extra.get("brand") or {}
    return {key: brand.get(key) for key in placeholders.CONTACT_KEYS}


def _style_bundle(config: MkDocsConfig) -> bundle.StyleBundle:
    """The kit's style sheets and the lightbox's, joined (kit/hosting/bundle.py)."""
    import mkdocs_glightbox

    docs = Path(config.docs_dir)
    sources = [(str(path), docs / str(path)) for path in config.extra_css]
    lightbox = Path(mkdocs_glightbox.__file__).parent / "glightbox" / "glightbox.min.css"
    return bundle.make_bundle([*sources, (bundle.LIGHTBOX_STYLES, lightbox)])


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    output = bundle.lightbox_script_last(bundle.use_bundle(output, _styles[0]))
    output, script = inline_scripts.external_lightbox_start(output)
    if script is not None:
        _scripts[script.path] = script
    return html_fixes.valid_html(output)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    # mkdocs-static-i18n renders 404.html once per language into the same file, so the last
    # language would win at the site root. Each language gets its own: /404.html, /en/404.html.
    _, default = _languages(config)
    language = config.theme["language"]
    if template_name != "404.html":
        return output
    output = html_fixes.valid_html(bundle.use_bundle(output, _styles[0]))
    if language == default:
        return output
    target = Path(config.site_dir) / language / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""


OG_LOCALES = site_languages.LOCALES
SHARE_CACHE = Path(".cache") / "share"


def _plain_title(page: Page, config: MkDocsConfig) -> str:
    """The page title as plain text (on_page_markdown escaped the front matter's)."""
    if page.is_homepage:
        return config.site_name
    return html.unescape(str(page.meta.get("title") or page.title or config.site_name))


def _plain_description(page: Page, config: MkDocsConfig, language: str) -> str:
    text = page.meta.get("description") or config.extra["brand"]["description"][language]
    return html.unescape(str(text))


def _share_image(page: Page, config: MkDocsConfig, view: dict | None) -> str:
    """Site-root path of the picture shown when the page is shared: its own photo if it has
    one, else a card with its title in the page language."""
    item = (view or {}).get("item") or {}
    if item.get("image"):
        return item["image"]["share_path"]
    name = share_cards.ensure_card(
        _project(config) / SHARE_CACHE,
        _plain_title(page, config),
        config.site_name,
        config.extra["brand"]["colors"],
    )
    _content.share_cards.add(name)
    return f"share/{name}"


def on_post_build(config: MkDocsConfig) -> None:
    started = time.perf_counter()
    project = _project(config)
    _styles[0].write(Path(config.site_dir))
    for script in _scripts.values():
        script.write(Path(config.site_dir))
    sitemap = siteconfig.absolute_url(config.site_url, "sitemap.xml")
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"
    (Path(config.site_dir) / "robots.txt").write_text(robots, encoding="utf-8")
    site_media.publish(project, Path(config.site_dir), _content.media.published_files())
    site_media.publish(
        project, Path(config.site_dir), sorted(_content.share_cards), "share", SHARE_CACHE
    )
    site_media.publish(
        project,
        Path(config.site_dir),
        sorted(image.name for images in _infographics.images.values() for image in images),
        infographic_pages.SHARE_FOLDER,
        infographic_pages.SHARE_CACHE,
    )
    language = config.theme["language"]
    index = _search_index.write(Path(config.site_dir), language, keep=_dirty[0])
    log.info(f"Search index ({language}): {index}")
    log.info(f"Post-processing ({language}) done in {time.perf_counter() - started:.2f} s")
