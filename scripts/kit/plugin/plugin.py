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
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kit import messages
from kit.build import content_types, home, menu, mkdocs_log, outputs, preview, siteconfig
from kit.build import docs_pages as pages
from kit.build import page_context as context_of
from kit.build.content_types import Brand, ContentType
from kit.core import generated, labels
from kit.core import languages as site_languages
from kit.core.history import History
from kit.core.problems import ContentError, Problem
from kit.core.slugs import toc_slugify
from kit.editor import config as editor_config
from kit.editor import publish as editor
from kit.editor import settings as editor_settings
from kit.hosting import bundle, html_fixes, inline_scripts
from kit.media import share_cards
from kit.media import site as site_media
from kit.opendata import export as open_data
from kit.opendata import feeds
from kit.plugin.config import CampaignConfig
from kit.plugin.registry import content_types as all_content_types
from kit.quality import safe_content
from kit.quality.conflict_markers import check_sources
from kit.quality.source_links import find_links
from kit.search import index as search
from kit.translations import check as translations

log = logging.getLogger("mkdocs.plugins.campaign")

TEMPLATE_CACHE = Path(".cache") / "templates"  # next to mkdocs.yml: compiled theme templates
ACCESSIBILITY_PAGE = "accessibility/"  # docs/accessibility.<lang>.md, linked from every footer


@dataclass
class SiteState:
    """What one site's builds share: loaded once per change of its sources, used by both
    language builds and kept between `make serve` rebuilds."""

    project: Path
    types: list[ContentType] = field(default_factory=all_content_types)
    media: site_media.PreparedMedia | None = None  # None: to prepare (sources changed)
    pages: dict[tuple[str, tuple[str, ...]], dict[str, str] | None] = field(default_factory=dict)
    reported: set[str] = field(default_factory=set)
    share_cards: dict[str, share_cards.Card] = field(default_factory=dict)  # by file name
    # Draw this build's missing share cards while its pages render, one per language build.
    drawers: dict[str, share_cards.CardDrawer] = field(default_factory=dict)
    search_index: search.IndexCollector = field(default_factory=search.IndexCollector)
    preview: preview.PreviewState = field(default_factory=preview.PreviewState)
    scripts: dict[str, bundle.SiteFile] = field(default_factory=dict)  # taken out of pages
    styles: bundle.StyleBundle | None = None  # the joined style sheet of this build
    history: History | None = None  # when each source last changed (read once per build)
    accessibility: bool = False  # the site has an accessibility statement
    open_data: dict[str, str] | None = None  # docs/data/ files; None: to make (sources changed)
    open_data_page: bool = False  # the site has its open data page (looked for once a build)
    feeds: feeds.FeedCollector = field(default_factory=feeds.FeedCollector)
    generated: set[Path] = field(default_factory=set)  # folders of docs/ the build writes
    media_cpu: float = 0.0  # CPU seconds spent preparing photos (scripts/dev/bench_build.py)
    built: set[str] = field(default_factory=set)  # languages built so far in this build
    lightbox: bundle.LightboxPages | None = None  # pages that need the lightbox (set in on_env)
    media_site: Path | None = None  # where photos are published: the default language's site


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
                site.open_data = None
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
            site.history = History(project)  # read again: a rebuild may follow a commit
            site.built = set()
        if language in site.drawers:  # left by a build that failed
            site.drawers.pop(language).abandon()
        for content in site.types:
            self._report(content.problems)
        if site.media is None:
            images, videos = content_types.media_sources(site.types)
            started, cpu = time.perf_counter(), _cpu_seconds()
            # A strict build (make site) resizes new photos while the pages are written: a
            # photo only decoding finds damaged still stops it, at its end. A preview (make
            # serve) waits for them, so that it shows no page with a missing photo.
            site.media = site_media.prepare(project, images, videos, background=config.strict)
            site.media_cpu += _cpu_seconds() - cpu
            log.info(f"Photos and videos ready in {time.perf_counter() - started:.2f} s")
            for content in site.types:
                content.keep_prepared_media(site.media)
            site.open_data = None
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
        if site.open_data is None:
            site.open_data = open_data.site_files(
                _site_info(config, self.languages),
                open_data.SiteContent.of(site.types),
                site.media.images,
                site.media.videos,
            )
        # Real files in docs/, so that pages may link to them (data/campaign-v1.json).
        generated.write_pages(docs / open_data.FOLDER, site.open_data)
        site.open_data_page = any(
            (docs / f"{open_data.PAGE}.{code}.md").is_file() for code in codes
        )
        if default_build:
            # Once per build (the default language comes first; the pages are the same for
            # the other one).
            _check_translations(project, docs, codes)
            site.generated = feeds.generated_folders(docs)
            _fail(pages.check_docs(docs, codes))

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        # Sources inside docs/ (a province's province.yml and original photos) stay out.
        types = self._site().types
        for file in [f for f in files if any(t.is_source_file(f.src_uri) for t in types)]:
            files.remove(file)
        # Pages of a section that is never in the menu (the printable versions): no warning
        # that the menu leaves them out, whatever the site's mkdocs.yml says in not_in_nav.
        hidden = tuple(f"{t.name}/" for t in types if not getattr(t, "in_menu", True))
        for file in files:
            if hidden and file.src_uri.startswith(hidden):
                file.inclusion = InclusionLevel.NOT_IN_NAV
        # Every footer links the accessibility statement, when the site has one (a site made
        # before the kit wrote one has not, until it adds docs/accessibility.<lang>.md).
        self._site().accessibility = any(
            f.src_uri.startswith(ACCESSIBILITY_PAGE.rstrip("/") + ".") for f in files
        )
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
        lightbox = self._site().lightbox
        template = str(page.meta.get("template") or "main.html")
        if lightbox is not None and not lightbox.needed(html, template):
            page.meta["glightbox"] = False  # mkdocs-glightbox then leaves the page alone
            html = bundle.without_document_tags(html)
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
        env.globals["accessibility_statement"] = self._site().accessibility
        self._site().lightbox = bundle.LightboxPages(env)
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
        # A picture the content type drew for the page (an infographic, a quiz result).
        share_path = next(
            (v["share_path"] for v in views.views.values() if v and v.get("share_path")), None
        )
        if not share_path:
            share_path, card = context_of.share_image(title, site_facts, views.get("view"))
            if card:
                site.share_cards[card.name] = card
                self._drawer(config.theme["language"]).add(card)
        campaign = context_of.campaign(
            facts, site_facts, self.languages, views, title, str(share_path)
        )
        history = site.history or History(site.project)
        sources = content_types.page_source_files(
            site.types, page.meta, page.file.src_uri, _source_path(page)
        )
        updated = history.newest(sources)
        campaign["updated_iso"] = updated.date().isoformat() if updated else ""
        campaign["updated"] = site_languages.format_date(campaign["updated_iso"], facts.language)
        campaign["accessibility"] = context_of.relative_url(
            f"{self.languages.prefix(facts.language)}{ACCESSIBILITY_PAGE}", facts.url or "."
        )
        if page.meta.get("campaign_view") == "home":
            campaign["home"], unknown_cover = home.home_view(
                site.types, page.meta, facts.url, facts.language, media, history
            )
            if unknown_cover:
                self._report([_unknown_cover(page.file.src_uri, unknown_cover)])
        campaign["open_data"] = _open_data_links(config, facts, self.languages, site.open_data_page)
        context["campaign"] = campaign
        if search.should_index(page.meta, facts.translated):
            site.search_index.add_page(
                facts.language, page.url, title, page.content or "", campaign["view"]
            )
            self._add_to_feed(page, facts, title, campaign, config)
        return context

    def _add_to_feed(
        self,
        page: Page,
        facts: context_of.PageFacts,
        title: str,
        campaign: dict[str, Any],
        config: MkDocsConfig,
    ) -> None:
        site = self._site()
        docs = Path(config.docs_dir)
        content = open_data.SiteContent.of(site.types)
        found = feeds.page_kind_and_sources(
            page.file.src_uri,
            page.meta,
            docs,
            content.exhibitions,
            content.infographics,
            site.generated,
        )
        if found is None:
            return
        kind, sources = found
        item = (campaign.get("view") or {}).get("item") or {}
        image = (item.get("image") or {}).get("share_path", "") if kind == "photo" else ""
        site.feeds.add(
            facts.language,
            feeds.FeedPage(page.url, title, campaign["description"], kind, sources, image),
        )

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
        language = config.theme["language"]
        if language == self.languages.default:
            site.media_site = site_dir
        site.built.add(language)
        if site.built >= set(self.languages.codes):  # the last language of the build
            self._publish_media()
        started_cards = time.perf_counter()
        try:
            drawn = self._drawer(language).finish()
            del site.drawers[language]
        except share_cards.ShareCardError as error:
            raise PluginError(str(error)) from None
        waited = time.perf_counter() - started_cards
        log.info(f"Share pictures ({language}): {drawn} drawn; waited {waited:.2f} s")
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
        if language == self.languages.default and self.editor is not None:
            _publish_editor(self.editor, site.project, config, self.languages)
        index = site.search_index.write(site_dir, language, keep=self.dirty)
        log.info(f"Search index ({language}): {index}")
        self._write_feed(site_dir, language, config)
        log.info(f"Post-processing ({language}) done in {time.perf_counter() - started:.2f} s")
        # For scripts/dev/bench_build.py: what the build cost whatever else the machine ran.
        log.info(
            f"CPU used so far: {_cpu_seconds():.2f} s in all, {site.media_cpu:.2f} s of it for "
            "photos"
        )

    def on_build_error(self, *, error: Exception) -> None:
        # The share cards of a failed build are not needed: stop drawing them, and forget the
        # ones not drawn, or every later `make serve` rebuild would look for their files.
        if self.site is not None:
            media = self.site.media
            if media is not None and media.job is not None:
                # Photos still resizing: stop; the next build starts them again (finished
                # ones are found in the cache), and reports their problems again.
                site_media.cancel(media)
                self.site.reported.difference_update(str(p) for p in media.problems)
                self.site.media = None
            for drawer in self.site.drawers.values():
                drawer.abandon()
            self.site.drawers.clear()
            cache = self.site.project / context_of.SHARE_CACHE
            self.site.share_cards = {
                name: card
                for name, card in self.site.share_cards.items()
                if (cache / name).is_file()
            }

    def _publish_media(self) -> None:
        """Wait for the photos still resizing (their outputs are named already), then publish
        every photo and video into the default language's site."""
        site = self._site()
        media = site.media or site_media.PreparedMedia()
        if media.job is not None:
            started, cpu = time.perf_counter(), _cpu_seconds()
            self._report(site_media.finish(site.project, media))
            site.media_cpu += _cpu_seconds() - cpu
            log.info(f"Photos resized; waited {time.perf_counter() - started:.2f} s at the end")
        if site.media_site is not None:
            site_media.publish(site.project, site.media_site, media.published_files())

    def _write_feed(self, site_dir: Path, language: str, config: MkDocsConfig) -> None:
        site = self._site()
        pages = site.feeds.take(language)
        if self.dirty:
            return  # a --dirty build renders only changed pages: the last full feed stays
        history = site.history or History(site.project)
        brand = config.extra["brand"]
        names = labels.labels_for(language)["open_data"]
        prefix = self.languages.prefix(language)
        content = feeds.feed_xml(
            language,
            config.site_url,
            prefix + feeds.FEED_FILE,
            prefix,
            f"{config.site_name} – {names['feed_title']}",
            str(brand.get("description", {}).get(language, "")),
            str(brand.get("agency", {}).get(language, "")),
            {kind: names[f"feed_kind_{kind}"] for kind in feeds.KINDS},
            feeds.dated(pages, history),
        )
        feeds.write_feed(site_dir, prefix, content)

    # ── helpers ───────────────────────────────────────────────────────────────────────

    def _drawer(self, language: str) -> share_cards.CardDrawer:
        """The share-card drawer of this language's build (made by its first page)."""
        site = self._site()
        if language not in site.drawers:
            site.drawers[language] = share_cards.CardDrawer(site.project / context_of.SHARE_CACHE)
        return site.drawers[language]

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


def _site_info(config: MkDocsConfig, languages: site_languages.Languages) -> open_data.SiteInfo:
    brand = config.extra["brand"]
    return open_data.SiteInfo(
        url=config.site_url,
        name=brand["site_name"],
        languages=languages,
        description=brand.get("description"),
        agency=brand.get("agency"),
    )


def _open_data_links(
    config: MkDocsConfig,
    facts: context_of.PageFacts,
    languages: site_languages.Languages,
    has_page: bool,
) -> dict[str, str]:
    """Links from the page to its language's feed, the open data page (``has_page``: the site
    has one) and the export."""
    prefix = languages.prefix(facts.language)
    here = facts.url or "."
    export = f"{open_data.FOLDER}/{open_data.EXPORT_FILE}"
    return {
        "feed": context_of.relative_url(prefix + feeds.FEED_FILE, here),
        # In the head, absolute like the hreflang links: feed readers keep the address.
        "feed_address": siteconfig.absolute_url(config.site_url, prefix + feeds.FEED_FILE),
        "feed_type": feeds.FEED_TYPE,
        "page": context_of.relative_url(f"{prefix}{open_data.PAGE}/" if has_page else export, here),
        "export": context_of.relative_url(export, here),
    }


def _cpu_seconds() -> float:
    """CPU seconds of this process and of the worker processes it has waited for (photos,
    share pictures); on Windows, which does not count the workers, this process only."""
    try:
        import resource
    except ImportError:
        return time.process_time()
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


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
        if generated.is_generated(source.parent, docs):
            continue  # written by the build (discover/<tag>/, print/...): not hand-written
        page = relative.removesuffix(suffix) + ".md"
        hidden = [config.not_in_nav, config.exclude_docs]
        if any(spec is not None and spec.match_file(page) for spec in hidden):
            continue
        pages.append(page)
    return pages


def _config_file(project: Path, config: MkDocsConfig) -> str:
    """mkdocs.yml's path from the project's top, as the editor names files."""
    path = Path(config.config_file_path or project / "mkdocs.yml").resolve()
    try:
        return path.relative_to(project.resolve()).as_posix()
    except ValueError:
        return path.name


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
            _config_file(project, config),
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
            editor_config.format_shapes(project, docs, languages),
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


def _source_path(page: Page) -> Path | None:
    path = page.file.abs_src_path
    return Path(path) if path else None


def _unknown_cover(src_uri: str, wanted: str) -> Problem:
    return Problem(
        f"docs/{src_uri}",
        messages.t("'cover: {cover}' names no photo of an exhibition", cover=wanted),
        messages.t(
            "write the exhibition's folder and the photo's id, for example "
            "'cover: 30-nam-viet-nam-asean/2025-ky-niem-30-nam', or remove 'cover:' to "
            "use the first exhibition's cover"
        ),
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
