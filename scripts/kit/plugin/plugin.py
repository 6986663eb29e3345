"""The campaign plugin: MkDocs glue, thin calls into the plain-Python kit.

mkdocs-static-i18n runs the whole build once per language (the other languages from inside
the default one's on_post_build), so every event here must be idempotent and cheap. What
the events keep lives on the plugin object, which MkDocs keeps across `mkdocs serve`
rebuilds (a plugin with on_startup is loaded once). mkdocs.yml lists the plugin after i18n
and glightbox: its events run after theirs, as the hooks file it replaced did.
"""

from __future__ import annotations

import logging
import os
import time
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kit import messages
from kit.build import content_types, generated, menu, mkdocs_log, outputs, preview, siteconfig
from kit.build import docs_pages as pages
from kit.build import page_context as context_of
from kit.build.content_types import Brand, ContentType
from kit.core import labels
from kit.core import languages as site_languages
from kit.core.problems import ContentError, Problem
from kit.core.slugs import toc_slugify
from kit.editor import config as editor_config
from kit.editor import publish as editor
from kit.editor import settings as editor_settings
from kit.hosting import bundle, html_fixes, inline_scripts
from kit.media import site as site_media
from kit.plugin.config import CampaignConfig
from kit.quality import safe_content
from kit.quality.conflict_markers import check_sources
from kit.quality.source_links import find_links
from kit.search import index as search
from kit.translations import check as translations

log = logging.getLogger("mkdocs.plugins.campaign")

TEMPLATE_CACHE = Path(".cache") / "templates"  # next to mkdocs.yml: compiled theme templates


@dataclass
class SiteState:
    """What one site's builds share: loaded once per change of its sources, used by both
    language builds and kept between `make serve` rebuilds."""

    project: Path
    types: list[ContentType] = field(default_factory=content_types.content_types)
    media: site_media.PreparedMedia | None = None  # None: to prepare (sources changed)
    pages: dict[tuple[str, tuple[str, ...]], dict[str, str] | None] = field(default_factory=dict)
    reported: set[str] = field(default_factory=set)
    share_cards: set[str] = field(default_factory=set)
    search_index: search.IndexCollector = field(default_factory=search.IndexCollector)
    preview: preview.PreviewState = field(default_factory=preview.PreviewState)
    scripts: dict[str, bundle.SiteFile] = field(default_factory=dict)  # taken out of pages
    styles: bundle.StyleBundle | None = None  # the joined style sheet of this build


class CampaignPlugin(BasePlugin[CampaignConfig]):
    """Exhibitions, provinces and infographics; share pictures, search, language links."""

    def __init__(self) -> None:
        super().__init__()
        self.dirty = False  # the build renders only changed pages (mkdocs serve --dirty)
        self.site: SiteState | None = None
        self.languages = site_languages.KIT_LANGUAGES
        self.editor: editor_settings.EditorSettings | None = None  # the web editor at /admin/
        # MkDocs' own lines in the editor's language, routine ones hidden (--verbose: all).
        mkdocs_log.install()

    # ── settings and sources ──────────────────────────────────────────────────────────

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.dirty = dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        kit_settings = config.extra.get("kit")
        messages.use_setting_value(
            kit_settings.get("messages") if isinstance(kit_settings, dict) else None
        )
        i18n = config.plugins.get("i18n")
        self.languages = site_languages.use(
            site_languages.from_settings(i18n.config.languages if i18n else None)
        )
        project, docs = _project(config), Path(config.docs_dir)
        # Before anything reads the content: a link could point anywhere on the computer.
        _fail(find_links(project, [docs, project / "exhibitions"]))
        _fail(check_sources(project, docs))
        self.editor, editor_problems = editor_settings.read(config.extra)
        _fail(
            editor_problems
            + siteconfig.check_site_url(config.site_url)
            + siteconfig.check_brand(config.extra.get("brand"), self.languages.codes)
            + labels.check_catalogues(self.languages.codes)
        )
        # Readable Vietnamese anchors: "Đà Nẵng" -> "#da-nang" (Markdown's default drops "đ").
        config.mdx_configs.setdefault("toc", {})["slugify"] = toc_slugify
        if self.site is None or self.site.project != project:
            self.site = SiteState(project)
        site = self.site
        site.styles = _style_bundle(config)  # read once per build, used by every page
        for content in site.types:
            old_problems = {str(problem) for problem in content.problems}
            had_media = any(content.media_sources())
            if content.refresh(project, docs):
                # Its problems are reported again; its pages (and photos) are made again.
                site.reported.difference_update(old_problems)
                site.pages = {}
                if site.media is not None and (had_media or any(content.media_sources())):
                    site.reported.difference_update(str(p) for p in site.media.problems)
                    site.media = None
            menu.extend_nav(
                config.nav or [], content.name, content.menu_slugs(), self.config.menu_limit
            )
        if config.nav:
            menu.add_unlisted_pages(config.nav, _own_pages(config, self.languages.default))
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        site = self._site()
        project, docs = site.project, Path(config.docs_dir)
        language = config.theme["language"]
        default_build = language == self.languages.default
        if default_build:
            preview.start_build(site.preview, project, docs, Path(config.site_dir), self.dirty)
        for content in site.types:
            self._report(content.problems)
        if site.media is None:
            images, videos = content_types.media_sources(site.types)
            started = time.perf_counter()
            site.media = site_media.prepare(project, images, videos)
            log.info(f"Photos and videos ready in {time.perf_counter() - started:.2f} s")
            for content in site.types:
                content.keep_prepared_media(site.media)
        self._report(site.media.problems)
        codes = self.languages.codes
        brand = Brand(config.site_name, config.extra["brand"]["colors"])
        for content in site.types:
            key = (content.name, codes)
            if key not in site.pages:  # once per change of the sources (make serve)
                site.pages[key] = content.page_sources(codes)
            generated_pages = site.pages[key]
            if generated_pages is not None:
                generated.write_pages(docs / content.name, generated_pages)
            content.prepare_language(project, language, brand)
        if default_build:
            # Once per build (the default language comes first; the pages are the same for
            # the other one).
            _check_translations(project, docs, codes)
            _fail(pages.check_docs(docs, codes))

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        # Sources inside docs/ (a province's province.yml and original photos) stay out.
        types = self._site().types
        for file in [f for f in files if any(t.is_source_file(f.src_uri) for t in types)]:
            files.remove(file)
        return files

    # ── pages ─────────────────────────────────────────────────────────────────────────

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        language = config.theme["language"]
        defaults: dict[str, object] = {}
        for content in self._site().types:
            defaults.update(content.page_meta(page.file.src_uri, language))
        # Front-matter texts are plain text: escaped once here, before any template prints them.
        page.meta = safe_content.escaped_meta({**defaults, **page.meta})
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        # check_docs read every page's source before the build; this catches whatever Markdown
        # syntax turned into a script that the line-by-line check did not see.
        _fail(safe_content.rendered_problems(html, f"docs/{page.file.src_uri}"))
        return html

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
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
        cache = self._site().project / TEMPLATE_CACHE
        cache.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(str(cache))
        # Interface labels of the language being built (kit/labels/<code>.yml).
        env.globals.update(labels.template_globals(config.theme["language"]))
        return env

    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        site = self._site()
        facts = _page_facts(page, context, self.languages.default)
        brand = config.extra["brand"]
        site_facts = context_of.SiteFacts(config.site_url, config.site_name, brand)
        address = siteconfig.absolute_url(config.site_url, page.url)
        media = site.media or site_media.PreparedMedia()
        views = content_types.page_views(
            site.types, facts.meta, facts.url, facts.language, media, address
        )
        title = context_of.plain_title(facts, site_facts)
        share_path = (views.get("infographic") or {}).get("share_path")
        if not share_path:
            share_path, card = context_of.share_image(
                site.project, title, site_facts, views.get("view")
            )
            if card:
                site.share_cards.add(card)
        campaign = context_of.campaign(
            facts, site_facts, self.languages, views, title, str(share_path)
        )
        context["campaign"] = campaign
        if search.should_index(page.meta, facts.translated):
            site.search_index.add_page(
                facts.language, page.url, title, page.content or "", campaign["view"]
            )
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        site = self._site()
        output = bundle.lightbox_script_last(bundle.use_bundle(output, _styles(site)))
        output, script = inline_scripts.external_lightbox_start(output)
        if script is not None:
            site.scripts[script.path] = script
        return html_fixes.valid_html(output)

    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str:
        if template_name != outputs.NOT_FOUND_TEMPLATE:
            return output_content
        output = html_fixes.valid_html(bundle.use_bundle(output_content, _styles(self._site())))
        target = outputs.not_found_page(
            Path(config.site_dir), config.theme["language"], self.languages
        )
        if target is None:
            return output
        outputs.write_not_found_page(target, output)
        return ""

    # ── the built site ────────────────────────────────────────────────────────────────

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        started = time.perf_counter()
        site = self._site()
        site_dir = Path(config.site_dir)
        _styles(site).write(site_dir)
        for script in site.scripts.values():
            script.write(site_dir)
        outputs.write_robots_txt(site_dir, config.site_url)
        media = site.media or site_media.PreparedMedia()
        site_media.publish(site.project, site_dir, media.published_files())
        site_media.publish(
            site.project,
            site_dir,
            sorted(site.share_cards),
            context_of.SHARE_FOLDER,
            context_of.SHARE_CACHE,
        )
        for content in site.types:
            for files in content.published():
                site_media.publish(site.project, site_dir, files.names, files.folder, files.cache)
        language = config.theme["language"]
        if language == self.languages.default and self.editor is not None:
            _publish_editor(self.editor, site.project, config, self.languages)
        index = site.search_index.write(site_dir, language, keep=self.dirty)
        log.info(f"Search index ({language}): {index}")
        log.info(f"Post-processing ({language}) done in {time.perf_counter() - started:.2f} s")

    # ── helpers ───────────────────────────────────────────────────────────────────────

    def _site(self) -> SiteState:
        if self.site is None:
            raise PluginError("the campaign plugin's on_config did not run")
        return self.site

    def _report(self, problems: list[Problem]) -> None:
        # Warnings make a strict build fail; a non-strict one publishes without the item.
        site = self._site()
        for problem in problems:
            if str(problem) not in site.reported:
                site.reported.add(str(problem))
                log.warning(str(problem))


def _project(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _fail(problems: list[Problem]) -> None:
    if problems:
        raise PluginError(str(ContentError(problems)))


def _styles(site: SiteState) -> bundle.StyleBundle:
    if site.styles is None:
        raise PluginError("the campaign plugin's on_config did not run")
    return site.styles


def _style_bundle(config: MkDocsConfig) -> bundle.StyleBundle:
    """The kit's style sheets and the lightbox's, joined (kit/hosting/bundle.py)."""
    import mkdocs_glightbox

    docs = Path(config.docs_dir)
    sources = [(str(path), docs / str(path)) for path in config.extra_css]
    lightbox = Path(mkdocs_glightbox.__file__).parent / "glightbox" / "glightbox.min.css"
    return bundle.make_bundle([*sources, (bundle.LIGHTBOX_STYLES, lightbox)])


def _own_pages(config: MkDocsConfig, default: str) -> list[str]:
    """The hand-written pages of docs/ ("about.md" for about.vi.md), without the ones that
    mkdocs.yml keeps out of the menu (not_in_nav) or out of the site (exclude_docs)."""
    docs = Path(config.docs_dir)
    suffix = f".{default}.md"
    pages = []
    for source in docs.rglob(f"*{suffix}"):
        relative = source.relative_to(docs).as_posix()
        if any(part.startswith((".", "_")) for part in relative.split("/")):
            continue
        if (source.parent / generated.MARKER).exists():
            continue
        page = relative.removesuffix(suffix) + ".md"
        hidden = [config.not_in_nav, config.exclude_docs]
        if any(spec is not None and spec.match_file(page) for spec in hidden):
            continue
        pages.append(page)
    return pages


def _publish_editor(
    settings: editor_settings.EditorSettings,
    project: Path,
    config: MkDocsConfig,
    languages: site_languages.Languages,
) -> None:
    """The web editor at /admin/ (kit/editor), when its files are installed (npm ci)."""
    root = editor.find_package(project)
    if root is None:
        log.info(
            messages.t(
                "The web editor (/admin/) was left out: Sveltia CMS is not installed. "
                "Fix: run 'npm ci' in {folder}",
                folder=project,
            )
        )
        return
    docs = Path(config.docs_dir)
    text = editor_config.config_text(
        editor_config.editor_config(
            settings,
            languages,
            project,
            docs,
            config.site_url or "/",
            config.site_name,
            str(config.extra.get("brand", {}).get("logo") or ""),
        )
    )
    try:
        brand = config.extra.get("brand", {})
        editor.publish(
            Path(config.site_dir),
            root,
            text,
            languages.default,
            config.site_name,
            str(brand.get("favicon") or ""),
        )
    except editor.EditorPackageError as error:
        log.warning(str(error))  # a strict build (make site) stops here


def _page_facts(page: Page, context: dict[str, Any], default: str) -> context_of.PageFacts:
    """What mkdocs-static-i18n and MkDocs know of the page, as plain values."""
    language = context.get("i18n_page_locale", default)
    alternates = getattr(page.file, "alternates", {}) or {}
    return context_of.PageFacts(
        url=page.url,
        meta=page.meta,
        title=page.title,
        is_homepage=page.is_homepage,
        language=language,
        file_language=context.get("i18n_file_locale", language),
        alternates={
            code: (file.url, getattr(file, "locale", code)) for code, file in alternates.items()
        },
    )


def _check_translations(project: Path, docs: Path, codes: tuple[str, ...]) -> None:
    """The translation status pages for editors. `make site` checked the same sources just
    before it started this build and wrote them (scripts/build_site.py): not again then."""
    try:
        fingerprint = translations.sources_fingerprint(project, codes)
    except translations.ProjectError:
        fingerprint = None
    if fingerprint is not None and os.environ.get(translations.CHECKED_ENVIRONMENT) == fingerprint:
        return
    # Git dates are left to the command-line check, which has time for them.
    report = translations.check_project(project, languages=codes, git=False)
    translations.write_status_pages(report, docs / translations.STATUS_FOLDER)
