//! [`compile`]: the pure middle of a build, from an in-memory [`Input`] to the list of output files.
//! It parses, links and renders in parallel; it never touches the file system.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::config::{self, Config, Direction};
use crate::diagnostic::{Diagnostic, Diagnostics, LineIndex};
use crate::i18n::Locales;
use crate::letter::{self, Letter};
use crate::letters::{self, LetterRoute, LetterSet};
use crate::link::{self, LinkError, Route, Routes, encode_path, root_prefix};
use crate::load::Input;
use crate::markdown::{self, Heading, LinkOutcome, MarkdownOptions};
use crate::page::{self, Kind, Page, parent_key};
use crate::render::{
    FallbackNotice, LanguageInfo, Link, OutdatedNotice, PageContext, PageInfo, Renderer,
    SectionList, SiteInfo, Translation,
};
use crate::theme::Theme;
use crate::translation;
use crate::write::Output;

/// Called while pages render with (pages done, pages in all); from several threads.
pub type ProgressFn = Arc<dyn Fn(usize, usize) + Send + Sync>;

/// Options that change what a build produces.
#[derive(Clone, Default)]
pub struct CompileOptions {
    /// Include pages marked `draft: true`.
    pub drafts: bool,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// Overrides `search` from `site.yaml` (`Some(false)`: no search index, no search box).
    pub search: Option<bool>,
    /// Reports rendering progress (the command line draws a bar for large sites).
    pub progress: Option<ProgressFn>,
}

impl std::fmt::Debug for CompileOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CompileOptions")
            .field("drafts", &self.drafts)
            .field("base_url", &self.base_url)
            .field("search", &self.search)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

/// A compiled site, ready to be written.
#[derive(Debug, Clone)]
pub struct Site {
    /// Sorted by path.
    pub outputs: Vec<Output>,
    /// Number of HTML pages.
    pub pages: usize,
    pub languages: Vec<String>,
    pub warnings: Diagnostics,
    /// Translation status of every language (as `letterpress status` shows it).
    pub status: Vec<crate::translation::LanguageStatus>,
    /// Translator findings (missing, obsolete and outdated translations …) for `letterpress check`.
    pub findings: Diagnostics,
    /// Pages rendered by this compile (the others were reused from the cache).
    pub rendered: usize,
    /// Whether the site has search: its pages show a search box, and [`crate::search::index`]
    /// should index them (`build` does; `serve` does it in the background).
    pub search: bool,
}

/// Routes below one folder of one language: (sections, articles), as route indexes.
type Children<'a> = HashMap<(&'a str, &'a str), (Vec<usize>, Vec<usize>)>;

/// Everything rendering needs, shared read-only by the rendering threads.
struct Shared<'a> {
    config: &'a Config,
    pages: &'a [Page],
    routes: &'a Routes,
    locales: &'a Locales,
    renderer: &'a Renderer,
    site: &'a SiteInfo,
    /// (language, folder key) → (section routes, article routes), sorted.
    children: Children<'a>,
    /// Language → top-level navigation.
    nav: HashMap<&'a str, Vec<Link>>,
    letters: &'a LetterSet,
    letter_routes: &'a [LetterRoute],
    /// Renders of the previous compile.
    cache: &'a HashMap<RouteKey, Arc<CachedRender>>,
    /// Hash of everything every page depends on (configuration, strings, theme, letters).
    global: u64,
    /// Language → its letters, for lists.
    letter_links: HashMap<&'a str, Vec<Link>>,
    /// (language, date) → the date as the language writes it.
    dates: HashMap<(&'a str, page::Date), String>,
    /// Language → its articles that embed letters, in the guide's order, with those letters.
    embedded: HashMap<&'a str, Vec<(usize, Vec<usize>)>>,
}

/// What rendering one route produced.
struct Rendered {
    /// False when the output was reused from the cache.
    fresh: bool,
    output: Option<Output>,
    headings: Vec<Heading>,
    anchors: Vec<AnchorCheck>,
    problems: Vec<Diagnostic>,
    /// The entry to keep for the next compile (none when rendering failed).
    cache: Option<Arc<CachedRender>>,
}

/// A link to `#anchor` of another route, checked once every page's headings are known.
#[derive(Debug, Clone)]
struct AnchorCheck {
    /// The target route: (language, key, is a folder).
    target: (String, String, bool),
    anchor: String,
    diagnostic: Diagnostic,
}

/// A Markdown file, parsed (`None` when it is not a page, e.g. outside a language folder).
type ParsedPage = Result<Option<Page>, Diagnostic>;

/// A folder of one language: (language, folder key).
type FolderKey = (String, String);

/// The routes below a folder: (sections, articles), as route indexes.
type FolderRoutes = (Vec<usize>, Vec<usize>);

/// Identifies a route across compiles: (language, key, is a folder page).
type RouteKey = (String, String, bool);

/// What one compile hands to the next (`serve` keeps it): parsed pages and rendered routes,
/// reused when their inputs have not changed. A fresh cache gives a full build.
#[derive(Default)]
pub struct Cache {
    pages: HashMap<std::path::PathBuf, (Arc<str>, ParsedPage)>,
    renders: HashMap<RouteKey, Arc<CachedRender>>,
    /// The last successful compile, for edits that change only an article's text.
    last: Option<Box<Snapshot>>,
}

/// Everything a successful compile worked out, kept so that an edit to the text of existing
/// articles (front matter unchanged) re-renders just the routes showing those articles.
struct Snapshot {
    global: u64,
    config: Config,
    locales: Arc<Locales>,
    renderer: Renderer,
    letter_set: LetterSet,
    letter_routes: Vec<LetterRoute>,
    routes: Routes,
    pages: Vec<Page>,
    /// Every Markdown file of the input and its text, in input order.
    sources: Vec<(std::path::PathBuf, Arc<str>)>,
    /// Source path → index in `pages` (files that are no page are absent).
    page_index: HashMap<std::path::PathBuf, usize>,
    site_info: SiteInfo,
    /// Per route: its headings and anchor checks.
    route_data: Vec<(Vec<Heading>, Vec<AnchorCheck>)>,
    /// The sorted sections and articles of each folder (see [`Shared::children`]).
    children: Vec<(FolderKey, FolderRoutes)>,
    /// Dates as each language writes them (see [`Shared::dates`]).
    dates: Vec<((String, page::Date), String)>,
    result: Site,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cache")
            .field("pages", &self.pages.len())
            .field("renders", &self.renders.len())
            .finish()
    }
}

/// A rendered route and what it was rendered from.
#[derive(Debug, Clone)]
struct CachedRender {
    fingerprint: u64,
    /// Keeps the source text alive, so that its address in the fingerprint stays unique.
    _text: Arc<str>,
    output: Output,
    headings: Vec<Heading>,
    anchors: Vec<AnchorCheck>,
    /// Link destinations and the URL each became, re-checked on reuse.
    links: Vec<(String, Option<String>)>,
}

/// Compiles the site: parse → link → render. All problems are reported together.
pub fn compile(input: &Input, options: &CompileOptions) -> Result<Site, Diagnostics> {
    compile_with(input, options, &mut Cache::default())
}

/// Like [`compile`], reusing what `cache` holds from the previous compile and leaving in it what
/// the next one can reuse: only pages whose inputs changed are parsed and rendered again.
pub fn compile_with(
    input: &Input,
    options: &CompileOptions,
    cache: &mut Cache,
) -> Result<Site, Diagnostics> {
    let mut problems = Diagnostics::default();
    if let Some(result) = compile_text_edits(cache, input, options) {
        return result;
    }
    let config = match &input.config {
        Some(f) => config::parse(&f.text).map_err(|d| problems.extend(d)).ok(),
        None => None,
    };
    let config = config.map(|mut c| {
        if let Some(url) = &options.base_url {
            c.base_url = config::with_trailing_slash(url);
        }
        if let Some(search) = options.search {
            c.search = search;
        }
        c
    });

    // Parse every Markdown file, in parallel.
    let parsed: Vec<ParsedPage> = input
        .articles
        .par_iter()
        .map(|file| {
            if let Some((text, parsed)) = cache.pages.get(&file.path)
                && Arc::ptr_eq(text, &file.text)
            {
                return parsed.clone();
            }
            match page::identify(&file.path) {
                Some((lang, key, kind)) => page::parse(file.clone(), lang, key, kind).map(Some),
                None => Ok(None),
            }
        })
        .collect();
    cache.pages = input
        .articles
        .iter()
        .zip(&parsed)
        .map(|(f, p)| (f.path.clone(), (Arc::clone(&f.text), p.clone())))
        .collect();
    let mut pages = Vec::with_capacity(parsed.len());
    for p in parsed {
        match p {
            Ok(Some(p)) => pages.push(p),
            Ok(None) => {}
            Err(d) => problems.push(d),
        }
    }
    // Letter declarations (their translations and forms build on these).
    let letters: Vec<Letter> = input
        .letters
        .iter()
        .cloned()
        .filter_map(|f| letter::parse(f).map_err(|d| problems.extend(d)).ok())
        .collect();
    let Some(config) = config else {
        problems.sort();
        return Err(problems);
    };

    let mut unknown: Vec<String> = pages
        .iter()
        .filter(|p| config.language(&p.lang).is_none())
        .map(|p| p.lang.clone())
        .collect();
    unknown.sort();
    unknown.dedup();
    for lang in &unknown {
        problems.push(
            Diagnostic::error(
                "unknown-language",
                format!("content/{lang}"),
                format!(
                    "folder `content/{lang}` is not a language listed in `site.yaml`; it is ignored"
                ),
            )
            .warning(),
        );
    }
    pages.retain(|p| config.language(&p.lang).is_some() && (options.drafts || !p.front.draft));
    if !pages.iter().any(|p| p.kind == Kind::Home) {
        problems.push(Diagnostic::error(
            "missing-home",
            format!("content/{}/_index.md", config.default_language),
            "the site has no home page: add `_index.md` with a `title` and `description`",
        ));
    }

    let global = global_hash(input, options);

    let (locales, d) = Locales::parse(&config, &input.locales);
    problems.extend(d);
    let (letter_set, d) = letters::parse_all(&config, letters, &input.locales);
    problems.extend(d);
    let letter_routes = letter_set.routes(&config);
    let (theme, d) = Theme::resolve(&config.theme, &input.theme);
    problems.extend(d);
    let assets: BTreeMap<String, String> = theme
        .statics
        .iter()
        .map(|(path, bytes)| {
            (
                path.clone(),
                format!("{}?v={:08x}", path, fnv1a(bytes) as u32),
            )
        })
        .collect();
    let locales = Arc::new(locales);
    let renderer = match Renderer::new(&theme, Arc::clone(&locales), Arc::new(assets)) {
        Ok(r) => Some(r),
        Err(d) => {
            problems.extend(d);
            None
        }
    };
    let (routes, d) = Routes::build(&config, &pages);
    problems.extend(d);
    problems.extend(letter_collisions(
        &routes,
        &pages,
        &letter_routes,
        &letter_set,
    ));
    let Some(renderer) = renderer else {
        problems.sort();
        return Err(problems);
    };
    if problems.has_errors() {
        problems.sort();
        return Err(problems);
    }

    let site = SiteInfo {
        base_url: config.base_url.clone(),
        default_language: config.default_language.clone(),
        languages: config
            .languages
            .iter()
            .map(|l| LanguageInfo {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: dir(l.dir),
            })
            .collect(),
        repository: config.repository.clone(),
        search: config.search,
    };
    let previous = std::mem::take(&mut cache.renders);
    let mut shared = Shared {
        config: &config,
        pages: &pages,
        routes: &routes,
        locales: &locales,
        renderer: &renderer,
        site: &site,
        children: HashMap::new(),
        nav: HashMap::new(),
        letters: &letter_set,
        letter_routes: &letter_routes,
        cache: &previous,
        global,
        letter_links: HashMap::new(),
        dates: HashMap::new(),
        embedded: HashMap::new(),
    };
    shared.prepare();

    let total = routes.routes.len();
    let done = AtomicUsize::new(0);
    let rendered: Vec<Rendered> = (0..total)
        .into_par_iter()
        .map(|i| {
            let rendered = shared.render_route(i);
            if let Some(progress) = &options.progress {
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
            }
            rendered
        })
        .collect();

    // Check anchors against the headings of the page shown at the target route.
    let mut ids: HashMap<usize, HashSet<&str>> = HashMap::new();
    for (i, r) in rendered.iter().enumerate() {
        if !routes.routes[i].fallback {
            ids.entry(routes.routes[i].page)
                .or_default()
                .extend(r.headings.iter().map(|h| h.id.as_str()));
        }
    }
    let mut next_cache = HashMap::with_capacity(rendered.len());
    let mut outputs = Vec::with_capacity(rendered.len() + theme.statics.len() + 16);
    for r in &rendered {
        problems.extend(r.problems.iter().cloned());
        for check in &r.anchors {
            let (lang, key, folder) = &check.target;
            let page = routes.get(lang, key, *folder).map(|t| t.page);
            if !page
                .and_then(|p| ids.get(&p))
                .is_some_and(|set| set.contains(check.anchor.as_str()))
            {
                problems.push(check.diagnostic.clone());
            }
        }
    }
    for (r, route) in rendered.iter().zip(&routes.routes) {
        if let Some(entry) = &r.cache {
            next_cache.insert(
                (route.lang.clone(), route.key.clone(), is_folder(route.kind)),
                entry.clone(),
            );
        }
    }
    drop(ids);
    let fresh = rendered.iter().filter(|r| r.fresh).count();
    let route_data: Vec<(Vec<Heading>, Vec<AnchorCheck>)> = rendered
        .iter()
        .map(|r| (r.headings.clone(), r.anchors.clone()))
        .collect();
    outputs.extend(rendered.into_iter().filter_map(|r| r.output));
    let letter_pages: Vec<Result<Output, Diagnostic>> = (0..letter_routes.len())
        .into_par_iter()
        .map(|i| shared.render_letter_page(i))
        .collect();
    for page in letter_pages {
        match page {
            Ok(o) => outputs.push(o),
            Err(d) => problems.push(d),
        }
    }
    let status = translation::status(&config, &pages, &letter_set, &locales);
    for lang in &config.languages {
        match shared.render_dashboard(&lang.code, &status) {
            Ok(o) => outputs.push(o),
            Err(d) => problems.push(d),
        }
        match shared.render_letters_index(&lang.code) {
            Ok(o) => outputs.push(o),
            Err(d) => problems.push(d),
        }
        if config.search {
            match shared.render_search_page(&lang.code) {
                Ok(o) => outputs.push(o),
                Err(d) => problems.push(d),
            }
        }
    }
    outputs.extend(shared.extra_pages(&mut problems));
    outputs.push(Output::text("sitemap.xml", sitemap(&shared)));
    outputs.push(Output::text(
        "robots.txt",
        format!(
            "User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n",
            config.base_url
        ),
    ));
    for lang in &config.languages {
        outputs.push(Output::text(
            format!("{}/atom.xml", lang.code),
            feed(&shared, &lang.code),
        ));
    }
    outputs.extend(
        theme
            .statics
            .into_iter()
            .map(|(path, bytes)| Output::new(path, bytes)),
    );

    problems.sort();
    if problems.has_errors() {
        return Err(problems);
    }
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    cache.renders = next_cache;
    let page_count = outputs.iter().filter(|o| o.path.ends_with(".html")).count();
    let mut findings = translation::findings(&config, &pages, &letter_set, &locales, &status);
    findings.extend(crate::theme::literal_text(&theme.templates));
    let result = Site {
        outputs,
        pages: page_count,
        languages: config.codes().map(String::from).collect(),
        warnings: problems,
        status,
        findings,
        rendered: fresh,
        search: config.search,
    };
    let children_owned = shared
        .children
        .iter()
        .map(|((l, k), v)| ((l.to_string(), k.to_string()), v.clone()))
        .collect();
    let dates_owned = shared
        .dates
        .iter()
        .map(|((l, d), t)| ((l.to_string(), *d), t.clone()))
        .collect();
    drop(shared);
    cache.last = Some(Box::new(Snapshot {
        children: children_owned,
        dates: dates_owned,
        global,
        config,
        locales,
        renderer,
        letter_set,
        letter_routes,
        routes,
        page_index: pages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.source.path.clone(), i))
            .collect(),
        pages,
        sources: input
            .articles
            .iter()
            .map(|f| (f.path.clone(), Arc::clone(&f.text)))
            .collect(),
        site_info: site,
        route_data,
        result: result.clone(),
    }));
    Ok(result)
}

/// The fast path of `serve`: when only the text of existing articles changed (same files, same
/// front matter, same strings, templates and letters), parse just those files, re-render just
/// the routes that show them, and reuse everything else from the last successful compile.
/// `None` means "not applicable, compile normally" (which also reports any error).
fn compile_text_edits(
    cache: &mut Cache,
    input: &Input,
    options: &CompileOptions,
) -> Option<Result<Site, Diagnostics>> {
    let snap = cache.last.as_deref_mut()?;
    if snap.sources.len() != input.articles.len() || global_hash(input, options) != snap.global {
        return None;
    }
    let source_lang = snap.config.default_language.clone();
    let mut edits: Vec<(usize, usize, Page)> = Vec::new(); // (input index, page index, new page)
    for (i, (file, (path, text))) in input.articles.iter().zip(&snap.sources).enumerate() {
        if file.path != *path {
            return None;
        }
        if Arc::ptr_eq(&file.text, text) {
            continue;
        }
        let &index = snap.page_index.get(path)?;
        let old = &snap.pages[index];
        let new = page::parse(file.clone(), old.lang.clone(), old.key.clone(), old.kind).ok()?;
        // A changed source text can make translations outdated, which touches other pages.
        let has_marked_translations = new.lang == source_lang
            && snap
                .pages
                .iter()
                .any(|t| t.key == new.key && t.kind == new.kind && t.front.source_hash.is_some());
        // Letter pages list the articles that embed them, and are not re-rendered here.
        if new.front != old.front
            || has_marked_translations
            || markdown::letter_ids(new.body()) != markdown::letter_ids(old.body())
        {
            return None;
        }
        edits.push((i, index, new));
    }
    let mut result = snap.result.clone();
    result.rendered = 0;
    if edits.is_empty() {
        return Some(Ok(result));
    }
    // Apply the edits, keeping what they replace in case the result does not build.
    let mut undo = Vec::with_capacity(edits.len());
    for (_, index, page) in &edits {
        undo.push((
            *index,
            std::mem::replace(&mut snap.pages[*index], page.clone()),
        ));
    }
    let changed: HashSet<usize> = edits.iter().map(|(_, index, _)| *index).collect();
    let affected: Vec<usize> = (0..snap.routes.routes.len())
        .filter(|&i| changed.contains(&snap.routes.routes[i].page))
        .collect();
    let empty = HashMap::new();
    let mut shared = Shared {
        config: &snap.config,
        pages: &snap.pages,
        routes: &snap.routes,
        locales: &snap.locales,
        renderer: &snap.renderer,
        site: &snap.site_info,
        children: HashMap::new(),
        nav: HashMap::new(),
        letters: &snap.letter_set,
        letter_routes: &snap.letter_routes,
        cache: &empty,
        global: snap.global,
        letter_links: HashMap::new(),
        embedded: HashMap::new(),
        dates: snap
            .dates
            .iter()
            .map(|((l, d), t)| ((l.as_str(), *d), t.clone()))
            .collect(),
    };
    shared.children = snap
        .children
        .iter()
        .map(|((l, k), v)| ((l.as_str(), k.as_str()), v.clone()))
        .collect();
    shared.prepare();
    let fresh: Vec<(usize, Rendered)> = affected
        .par_iter()
        .map(|&i| (i, shared.render_route(i)))
        .collect();
    drop(shared);
    let mut problems = Diagnostics::default();
    let mut replaced = HashMap::new();
    let mut old_data = Vec::new();
    for (i, r) in fresh {
        problems.extend(r.problems.iter().cloned());
        if let Some(o) = r.output {
            replaced.insert(o.path.clone(), o);
        }
        old_data.push((
            i,
            std::mem::replace(&mut snap.route_data[i], (r.headings, r.anchors)),
        ));
    }
    // Anchors anywhere may point into the edited pages.
    let mut ids: HashMap<usize, HashSet<&str>> = HashMap::new();
    for (i, (headings, _)) in snap.route_data.iter().enumerate() {
        if !snap.routes.routes[i].fallback {
            ids.entry(snap.routes.routes[i].page)
                .or_default()
                .extend(headings.iter().map(|h| h.id.as_str()));
        }
    }
    for (_, anchors) in &snap.route_data {
        for check in anchors {
            let (lang, key, folder) = &check.target;
            let page = snap.routes.get(lang, key, *folder).map(|t| t.page);
            if !page
                .and_then(|p| ids.get(&p))
                .is_some_and(|set| set.contains(check.anchor.as_str()))
            {
                problems.push(check.diagnostic.clone());
            }
        }
    }
    drop(ids);
    if problems.has_errors() {
        for (index, page) in undo {
            snap.pages[index] = page;
        }
        for (i, data) in old_data {
            snap.route_data[i] = data;
        }
        problems.sort();
        return Some(Err(problems));
    }
    result.rendered = replaced.len();
    for o in &mut result.outputs {
        if let Some(new) = replaced.remove(&o.path) {
            *o = new;
        }
    }
    for (i, index, page) in edits {
        snap.sources[i].1 = Arc::clone(&input.articles[i].text);
        cache.pages.insert(
            page.source.path.clone(),
            (Arc::clone(&input.articles[i].text), Ok(Some(page))),
        );
        let _ = index;
    }
    if let Some(snap) = cache.last.as_deref_mut() {
        snap.result.outputs.clone_from(&result.outputs);
    }
    Some(Ok(result))
}

fn dir(d: Direction) -> &'static str {
    match d {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    }
}

/// 64-bit FNV-1a, for cache-busting asset URLs (stable across runs and platforms).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

fn is_folder(kind: Kind) -> bool {
    matches!(kind, Kind::Home | Kind::Section)
}

/// Sections and articles below each folder, per language, sorted by weight then title.
fn children<'a>(s: &Shared<'a>) -> Children<'a> {
    let mut map: Children<'a> = HashMap::new();
    for (i, r) in s.routes.routes.iter().enumerate() {
        if r.kind == Kind::Home {
            continue;
        }
        let entry = map
            .entry((r.lang.as_str(), parent_key(&r.key)))
            .or_default();
        if r.kind == Kind::Section {
            entry.0.push(i)
        } else {
            entry.1.push(i)
        }
    }
    let order = |i: &usize| {
        let p = &s.pages[s.routes.routes[*i].page];
        (p.front.weight, p.front.title.clone(), p.key.clone())
    };
    for (sections, articles) in map.values_mut() {
        sections.sort_by_cached_key(order);
        articles.sort_by_cached_key(order);
    }
    map
}

impl<'a> Shared<'a> {
    /// Every date of the site, as each language writes it.
    fn compute_dates(&mut self) {
        let distinct: HashSet<page::Date> = self
            .pages
            .iter()
            .flat_map(|p| p.front.date.into_iter().chain(p.front.updated))
            .collect();
        for lang in &self.config.languages {
            for &d in &distinct {
                if let Ok(text) = self.locales.date(&lang.code, d) {
                    self.dates.insert((lang.code.as_str(), d), text);
                }
            }
        }
    }

    /// Works out the lookups every page needs: dates, letter lists, sections and navigation.
    fn prepare(&mut self) {
        if self.dates.is_empty() {
            self.compute_dates();
        }
        let letter_links = self
            .config
            .languages
            .iter()
            .map(|l| {
                let links = self
                    .letter_routes
                    .iter()
                    .filter(|r| r.lang == l.code)
                    .map(|r| self.letter_link(r))
                    .collect();
                (l.code.as_str(), links)
            })
            .collect();
        self.letter_links = letter_links;
        if self.children.is_empty() {
            self.children = children(self);
        }
        let nav = self
            .config
            .languages
            .iter()
            .map(|l| {
                let (sections, articles) = self
                    .children
                    .get(&(l.code.as_str(), ""))
                    .cloned()
                    .unwrap_or_default();
                let mut nav: Vec<Link> = sections
                    .iter()
                    .chain(articles.iter())
                    .map(|&i| self.link(i))
                    .collect();
                // The letters, after the sections, when the language has any.
                let has_letters = self.letter_routes.iter().any(|r| r.lang == l.code);
                if let (true, Ok(title)) = (has_letters, self.locales.text(&l.code, "nav-letters"))
                {
                    nav.insert(sections.len(), self.letters_link(&l.code, title));
                }
                (l.code.as_str(), nav)
            })
            .collect();
        self.nav = nav;
        let embedded = self
            .config
            .languages
            .iter()
            .map(|l| {
                let mut order = Vec::new();
                self.articles_in_order(&l.code, "", &mut order);
                let list = order
                    .into_iter()
                    .filter_map(|i| {
                        let letters: Vec<usize> = markdown::letter_ids(self.page_of(i).body())
                            .iter()
                            .filter_map(|id| self.letters.find(id))
                            .collect();
                        (!letters.is_empty()).then_some((i, letters))
                    })
                    .collect();
                (l.code.as_str(), list)
            })
            .collect();
        self.embedded = embedded;
    }

    /// The article routes of `lang` below `folder` in the guide's order, as the menu shows them:
    /// each section's articles and then its subsections, and the top-level articles last.
    fn articles_in_order(&self, lang: &str, folder: &str, out: &mut Vec<usize>) {
        let Some((sections, articles)) = self.children.get(&(lang, folder)) else {
            return;
        };
        if !folder.is_empty() {
            out.extend(articles);
        }
        for &s in sections {
            self.articles_in_order(lang, &self.route(s).key, out);
        }
        if folder.is_empty() {
            out.extend(articles);
        }
    }

    /// A link to the letters of `lang` (`/<lang>/letters/`), titled `title`.
    fn letters_link(&self, lang: &str, title: String) -> Link {
        Link {
            title,
            description: String::new(),
            path: format!("{lang}/letters/"),
            lang: lang.to_string(),
            fallback: false,
            date: None,
            date_display: None,
        }
    }

    /// The letters of `lang` grouped by the situation they belong to: under the first article
    /// (in the guide's order) that embeds them, then the letters no article embeds.
    fn letter_groups(&self, lang: &str) -> Vec<SectionList> {
        let of_lang: Vec<&LetterRoute> = self
            .letter_routes
            .iter()
            .filter(|r| r.lang == lang)
            .collect();
        let route_of = |letter: usize| of_lang.iter().find(|r| r.letter == letter);
        let mut listed = HashSet::new();
        let mut groups = Vec::new();
        for (i, letters) in self.embedded.get(lang).into_iter().flatten() {
            let pages: Vec<Link> = letters
                .iter()
                .filter(|&&l| listed.insert(l))
                .filter_map(|&l| route_of(l))
                .map(|r| self.letter_link(r))
                .collect();
            if !pages.is_empty() {
                let article = self.link(*i);
                groups.push(SectionList {
                    title: article.title,
                    description: String::new(),
                    path: Some(article.path),
                    lang: article.lang,
                    pages,
                });
            }
        }
        let rest: Vec<Link> = of_lang
            .iter()
            .filter(|r| !listed.contains(&r.letter))
            .map(|r| self.letter_link(r))
            .collect();
        if !rest.is_empty() {
            let title = if groups.is_empty() {
                String::new()
            } else {
                self.locales.text(lang, "letters-more").unwrap_or_default()
            };
            groups.push(SectionList {
                title,
                description: String::new(),
                path: None,
                lang: lang.to_string(),
                pages: rest,
            });
        }
        groups
    }

    fn route(&self, i: usize) -> &Route {
        &self.routes.routes[i]
    }

    fn page_of(&self, i: usize) -> &Page {
        &self.pages[self.route(i).page]
    }

    fn date_display(
        &self,
        lang: &str,
        date: Option<page::Date>,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        let d = date?;
        if let Some(text) = self.dates.get(&(lang, d)) {
            return Some(text.clone());
        }
        match self.locales.date(lang, d) {
            Ok(s) => Some(s),
            Err(e) => {
                problems.push(Diagnostic::error(
                    "missing-key",
                    format!("locales/{lang}"),
                    e,
                ));
                None
            }
        }
    }

    /// A list entry for route `i`.
    fn link(&self, i: usize) -> Link {
        let r = self.route(i);
        let p = self.page_of(i);
        Link {
            title: p.front.title.clone(),
            description: p.front.description.clone(),
            path: r.path.clone(),
            lang: p.lang.clone(),
            fallback: r.fallback,
            date: p.front.date.map(|d| d.iso()),
            date_display: p
                .front
                .date
                .and_then(|d| self.dates.get(&(r.lang.as_str(), d)).cloned()),
        }
    }

    fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.config.base_url, encode_path(path))
    }

    /// The same page in language `code` at `path`; callers say whether it is the current one
    /// and whether it is really translated.
    fn translation_to(&self, code: &str, path: String) -> Translation {
        Translation {
            code: code.to_string(),
            name: self
                .config
                .language(code)
                .map(|l| l.name.clone())
                .unwrap_or_default(),
            url: self.absolute(&path),
            path,
            current: false,
            available: true,
        }
    }

    fn translations(&self, r: &Route) -> Vec<Translation> {
        let folder = is_folder(r.kind);
        self.routes
            .translations(self.config, &r.key, folder)
            .map(|t| Translation {
                current: t.lang == r.lang,
                available: !t.fallback,
                ..self.translation_to(&t.lang, t.path.clone())
            })
            .collect()
    }

    /// The list of sections (with their pages) below `folder` in `lang`.
    fn section_lists(&self, lang: &str, folder: &str) -> Vec<SectionList> {
        let Some((sections, articles)) = self.children.get(&(lang, folder)) else {
            return Vec::new();
        };
        let mut lists = Vec::new();
        if !articles.is_empty() {
            lists.push(self.section_list(lang, None, articles));
        }
        for &s in sections {
            let (subs, arts) = self
                .children
                .get(&(lang, self.route(s).key.as_str()))
                .cloned()
                .unwrap_or_default();
            let pages: Vec<usize> = subs.into_iter().chain(arts).collect();
            lists.push(self.section_list(lang, Some(s), &pages));
        }
        lists
    }

    /// A list of the routes `pages`, titled by the section route `section` (untitled without one).
    fn section_list(&self, lang: &str, section: Option<usize>, pages: &[usize]) -> SectionList {
        let pages = pages.iter().map(|&i| self.link(i)).collect();
        match section {
            Some(s) => {
                let p = self.page_of(s);
                SectionList {
                    title: p.front.title.clone(),
                    description: p.front.description.clone(),
                    path: Some(self.route(s).path.clone()),
                    lang: p.lang.clone(),
                    pages,
                }
            }
            None => SectionList {
                title: String::new(),
                description: String::new(),
                path: None,
                lang: lang.to_string(),
                pages,
            },
        }
    }

    fn render_route(&self, i: usize) -> Rendered {
        let r = self.route(i);
        let p = self.page_of(i);
        let mut problems = Vec::new();
        let root = root_prefix(&r.path);
        let kind = match r.kind {
            Kind::Home => "home",
            Kind::Section => "section",
            Kind::Article => "article",
        };
        let original = self
            .routes
            .get(&p.lang, &r.key, is_folder(r.kind))
            .map(|o| o.path.clone());
        let canonical = self.absolute(original.as_deref().unwrap_or(&r.path));
        let fallback = r.fallback.then(|| FallbackNotice {
            code: p.lang.clone(),
            name: self
                .config
                .language(&p.lang)
                .map(|l| l.name.clone())
                .unwrap_or_default(),
            missing_name: self
                .config
                .language(&r.lang)
                .map(|l| l.name.clone())
                .unwrap_or_default(),
            help_path: self
                .routes
                .get(&r.lang, "about", false)
                .map(|a| a.path.clone()),
        });
        let mut breadcrumbs = Vec::new();
        if r.kind != Kind::Home {
            let mut k = parent_key(&r.key);
            loop {
                if let Some(pos) = self.routes.position(&r.lang, k, true) {
                    breadcrumbs.push(self.link(pos));
                }
                if k.is_empty() {
                    break;
                }
                k = parent_key(k);
            }
            breadcrumbs.reverse();
        }
        let (prev, next) = if r.kind == Kind::Article {
            let siblings = self
                .children
                .get(&(r.lang.as_str(), parent_key(&r.key)))
                .map(|c| &c.1);
            let at = siblings.and_then(|s| s.iter().position(|&x| x == i));
            match (siblings, at) {
                (Some(s), Some(at)) => (
                    at.checked_sub(1).map(|j| self.link(s[j])),
                    s.get(at + 1).map(|&j| self.link(j)),
                ),
                _ => (None, None),
            }
        } else {
            (None, None)
        };
        let sections = match r.kind {
            Kind::Home | Kind::Section => self.section_lists(&r.lang, &r.key),
            Kind::Article => Vec::new(),
        };
        let letters = if r.kind == Kind::Home {
            self.letter_links
                .get(r.lang.as_str())
                .cloned()
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        let translations = self.translations(r);
        let mut info = PageInfo {
            kind,
            key: r.key.clone(),
            title: p.front.title.clone(),
            description: p.front.description.clone(),
            path: r.path.clone(),
            canonical,
            content: String::new(),
            toc: Vec::new(),
            date: p.front.date.map(|d| d.iso()),
            date_display: self.date_display(&r.lang, p.front.date, &mut problems),
            updated: p.front.updated.map(|d| d.iso()),
            updated_display: self.date_display(&r.lang, p.front.updated, &mut problems),
            reading_minutes: 0,
            tags: p.front.tags.clone(),
            noindex: r.fallback,
            fallback,
            outdated: self
                .source_of(p)
                .filter(|source| crate::translation::is_outdated(p, source))
                .map(|source| OutdatedNotice {
                    code: source.lang.clone(),
                    name: self
                        .config
                        .language(&source.lang)
                        .map(|l| l.name.clone())
                        .unwrap_or_default(),
                    path: self
                        .routes
                        .get(&source.lang, &source.key, is_folder(source.kind))
                        .map(|s| s.path.clone())
                        .unwrap_or_default(),
                }),
            breadcrumbs,
            prev,
            next,
            source_path: Some(crate::diagnostic::display_path(p.path())),
        };

        // Everything the page is made of, but its own text (identified by its address, kept
        // alive by the cache) and the targets of its links (checked one by one below).
        let fingerprint = {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            self.global.hash(&mut h);
            (Arc::as_ptr(&p.source.text) as *const u8 as usize).hash(&mut h);
            (
                &r.lang,
                r.fallback,
                &info,
                &translations,
                &sections,
                &letters,
            )
                .hash(&mut h);
            self.nav.get(r.lang.as_str()).hash(&mut h);
            h.finish()
        };
        if let Some(cached) = self
            .cache
            .get(&(r.lang.clone(), r.key.clone(), is_folder(r.kind)))
            && cached.fingerprint == fingerprint
            && problems.is_empty()
            && cached
                .links
                .iter()
                .all(|(dest, url)| self.resolve_link(i, dest).as_ref() == url.as_ref())
        {
            return Rendered {
                fresh: false,
                output: Some(cached.output.clone()),
                headings: cached.headings.clone(),
                anchors: cached.anchors.clone(),
                problems,
                cache: Some(Arc::clone(cached)),
            };
        }

        let mut anchors = Vec::new();
        let mut links = Vec::new();
        let quotes = self
            .config
            .language(&p.lang)
            .map(|l| (l.quotes.0.as_str(), l.quotes.1.as_str()))
            .unwrap_or(("“", "”"));
        let body_start = p.body_start;
        // Built on the first diagnostic, and shared by all of the page's.
        let lines = std::cell::OnceCell::new();
        let index = || lines.get_or_init(|| LineIndex::new(&p.source.text));
        let mut on_link = |dest: &str, offset: usize| -> LinkOutcome {
            let at = |message: String| {
                Diagnostic::error("broken-link", p.path(), message)
                    .at_index(index(), body_start + offset)
            };
            if let Some(anchor) = dest.strip_prefix('#') {
                if scrolls_to_top(anchor) {
                    return LinkOutcome::Keep;
                }
                anchors.push(AnchorCheck {
                    target: (r.lang.clone(), r.key.clone(), is_folder(r.kind)),
                    anchor: anchor.to_string(),
                    diagnostic: at(format!("link to missing anchor `{dest}`")),
                });
                return LinkOutcome::Keep;
            }
            if !link::is_source_link(dest) {
                return LinkOutcome::Keep;
            }
            let resolved = self.resolve_link(i, dest);
            links.push((dest.to_string(), resolved.clone()));
            match (
                resolved,
                link::resolve(self.routes, &r.lang, &p.key, p.kind, dest),
            ) {
                (Some(url), Ok(target)) => {
                    if let Some((_, anchor)) = url.split_once('#')
                        && !scrolls_to_top(anchor)
                    {
                        let t = self.route(target.route);
                        anchors.push(AnchorCheck {
                            target: (t.lang.clone(), t.key.clone(), is_folder(t.kind)),
                            diagnostic: at(format!(
                                "link to missing anchor `#{anchor}` in `{}`",
                                dest.split('#').next().unwrap_or(dest)
                            )),
                            anchor: anchor.to_string(),
                        });
                    }
                    LinkOutcome::Rewrite(url)
                }
                (_, Err(e @ (LinkError::Missing(_) | LinkError::OutsideContent(_)))) => {
                    problems.push(at(e.message()));
                    LinkOutcome::Keep
                }
                (None, Ok(_)) => LinkOutcome::Keep,
            }
        };
        let mut letter_problems = Vec::new();
        let mut on_letter = |id: &str, offset: usize| -> Option<String> {
            let at = |message: String| {
                Diagnostic::error("unknown-letter", p.path(), message)
                    .at_index(index(), body_start + offset)
            };
            let Some(index) = self.letters.find(id) else {
                letter_problems.push(at(format!(
                    "unknown letter `{id}`: no `content/letters/{id}.yaml`"
                )));
                return None;
            };
            match self.letter_html(&r.lang, index, &root) {
                Ok(html) => Some(html),
                Err(d) => {
                    letter_problems.push(d);
                    None
                }
            }
        };
        let options = MarkdownOptions {
            quotes,
            unsafe_html: self.config.unsafe_html,
        };
        let md = markdown::render(p.body(), &options, &mut on_link, &mut on_letter);
        problems.extend(letter_problems);
        problems.extend(md.problems.iter().map(|f| {
            Diagnostic::error(f.code, p.path(), f.message.clone())
                .at_index(index(), body_start + f.offset)
        }));
        info.reading_minutes = (md.words as f64 / 220.0 + md.cjk_chars as f64 / 400.0)
            .ceil()
            .max(1.0) as u64;
        info.toc = md
            .headings
            .iter()
            .filter(|h| h.level <= 3)
            .cloned()
            .collect();
        info.content = md.html;
        let lang_dir = self.config.language(&p.lang).map_or("ltr", |l| dir(l.dir));
        let ctx = PageContext {
            lang: &r.lang,
            text_lang: &p.lang,
            dir: lang_dir,
            root,
            site: self.site,
            page: info,
            translations,
            sections,
            nav: self.nav.get(r.lang.as_str()).map_or(&[], |v| v.as_slice()),
            letters,
            letter: None,
            status: None,
        };
        let template = match r.kind {
            Kind::Home => "home.html",
            Kind::Section => "section.html",
            Kind::Article => "article.html",
        };
        let output = match self.renderer.render(template, &ctx) {
            Ok(html) => Some(Output::text(format!("{}index.html", r.path), html)),
            Err(d) => {
                problems.push(d);
                None
            }
        };
        let cache = match (&output, problems.is_empty()) {
            (Some(o), true) => Some(Arc::new(CachedRender {
                fingerprint,
                _text: Arc::clone(&p.source.text),
                output: o.clone(),
                headings: md.headings.clone(),
                anchors: anchors.clone(),
                links,
            })),
            _ => None,
        };
        Rendered {
            fresh: true,
            output,
            headings: md.headings,
            anchors,
            problems,
            cache,
        }
    }

    /// The page in the source language that `p` translates (if it is a translation).
    fn source_of(&self, p: &Page) -> Option<&Page> {
        let source_lang = self.config.default_language.as_str();
        if p.lang == source_lang {
            return None;
        }
        let route = self.routes.get(source_lang, &p.key, is_folder(p.kind))?;
        (!route.fallback).then(|| &self.pages[route.page])
    }

    /// The URL a source-file link in route `i` becomes (`None` when it does not resolve).
    /// Heading ids differ between languages: a fallback page keeps an anchor only when the
    /// target shows text in the same language as the page's text.
    fn resolve_link(&self, i: usize, dest: &str) -> Option<String> {
        let r = self.route(i);
        let p = self.page_of(i);
        let target = link::resolve(self.routes, &r.lang, &p.key, p.kind, dest).ok()?;
        let t = self.route(target.route);
        let mut url = format!("{}{}", root_prefix(&r.path), t.path);
        let same_text = self.pages[t.page].lang == p.lang;
        if let Some(anchor) = target.anchor.filter(|_| !r.fallback || same_text) {
            url.push('#');
            url.push_str(&anchor);
        }
        Some(url)
    }

    fn letter_link(&self, r: &LetterRoute) -> Link {
        let text = self.letters.texts.get(&(
            r.text_lang.clone(),
            self.letters.letters[r.letter].id.clone(),
        ));
        Link {
            title: text.map(|t| t.title.clone()).unwrap_or_default(),
            description: text.map(|t| t.description.clone()).unwrap_or_default(),
            path: r.path.clone(),
            lang: r.text_lang.clone(),
            fallback: r.fallback,
            date: None,
            date_display: None,
        }
    }

    /// The routes of one letter in every language, in language order.
    fn letter_translations(&self, letter: usize) -> impl Iterator<Item = &LetterRoute> + '_ {
        self.config.codes().filter_map(move |c| {
            self.letter_routes
                .iter()
                .find(|r| r.letter == letter && r.lang == c)
        })
    }

    fn letter_view(
        &self,
        lang: &str,
        index: usize,
    ) -> Result<crate::render::LetterView, Diagnostic> {
        self.letters
            .view(self.config, self.locales, lang, index, 2)
            .map_err(|e| Diagnostic::error("letter", &self.letters.letters[index].source.path, e))
    }

    /// The interactive snippet of a letter, for a reader of `lang` on a page at `root`.
    fn letter_html(&self, lang: &str, index: usize, root: &str) -> Result<String, Diagnostic> {
        let view = self.letter_view(lang, index)?;
        let ctx = LetterContext {
            lang,
            root,
            letter: &view,
            embedded: true,
        };
        self.renderer.render("partials/letter.html", &ctx)
    }

    /// A page with the letter's snippet and nothing else, at `/<lang>/letters/<slug>/`.
    fn render_letter_page(&self, i: usize) -> Result<Output, Diagnostic> {
        let r = &self.letter_routes[i];
        let view = self.letter_view(&r.lang, r.letter)?;
        let original = self
            .letter_translations(r.letter)
            .find(|t| t.lang == r.text_lang)
            .map(|t| t.path.clone());
        let source = self
            .letters
            .text_for(self.config, &r.lang, r.letter)
            .map(|t| crate::diagnostic::display_path(&t.path));
        let mut info = self.plain_page(
            "letter",
            &r.lang,
            &r.path,
            view.title.clone(),
            view.description.clone(),
        );
        info.key = format!("letters/{}", view.id);
        info.canonical = self.absolute(original.as_deref().unwrap_or(&r.path));
        info.noindex = r.fallback;
        info.fallback = view.fallback.clone().map(|mut f| {
            f.help_path = self
                .routes
                .get(&r.lang, "about", false)
                .map(|a| a.path.clone());
            f
        });
        info.source_path = source;
        info.outdated = self.letter_outdated(r);
        if let Ok(title) = self.locales.text(&r.lang, "nav-letters") {
            info.breadcrumbs.push(self.letters_link(&r.lang, title));
        }
        // The articles that explain the letter, in the guide's order.
        let used_in: Vec<Link> = self
            .embedded
            .get(r.lang.as_str())
            .into_iter()
            .flatten()
            .filter(|(_, letters)| letters.contains(&r.letter))
            .map(|(i, _)| self.link(*i))
            .collect();
        let translations = self
            .letter_translations(r.letter)
            .map(|t| Translation {
                current: t.lang == r.lang,
                available: !t.fallback,
                ..self.translation_to(&t.lang, t.path.clone())
            })
            .collect();
        let ctx = PageContext {
            lang: &r.lang,
            text_lang: &r.text_lang,
            dir: self
                .config
                .language(&r.text_lang)
                .map_or("ltr", |l| dir(l.dir)),
            root: root_prefix(&r.path),
            site: self.site,
            page: info,
            translations,
            sections: if used_in.is_empty() {
                Vec::new()
            } else {
                vec![SectionList {
                    title: String::new(),
                    description: String::new(),
                    path: None,
                    lang: r.lang.clone(),
                    pages: used_in,
                }]
            },
            nav: self.nav.get(r.lang.as_str()).map_or(&[], |v| v.as_slice()),
            letters: Vec::new(),
            letter: Some(view),
            status: None,
        };
        let html = self.renderer.render("letter.html", &ctx)?;
        Ok(Output::text(format!("{}index.html", r.path), html))
    }

    /// The notice for a letter translation whose source `.ftl` changed since it was translated.
    fn letter_outdated(&self, r: &LetterRoute) -> Option<OutdatedNotice> {
        let source_lang = &self.config.default_language;
        if r.fallback || &r.text_lang == source_lang {
            return None;
        }
        let id = &self.letters.letters[r.letter].id;
        let own = self.letters.texts.get(&(r.text_lang.clone(), id.clone()))?;
        let source = self.letters.texts.get(&(source_lang.clone(), id.clone()))?;
        let marker = translation::letter_marker(&own.source)?;
        if marker == translation::letter_hash(&source.source) {
            return None;
        }
        Some(OutdatedNotice {
            code: source_lang.clone(),
            name: self
                .config
                .language(source_lang)
                .map(|l| l.name.clone())
                .unwrap_or_default(),
            path: self
                .letter_translations(r.letter)
                .find(|t| &t.lang == source_lang)
                .map(|t| t.path.clone())
                .unwrap_or_default(),
        })
    }

    /// A page without Markdown source (letters, lists), with breadcrumbs back to the home page.
    fn plain_page(
        &self,
        kind: &'static str,
        lang: &str,
        path: &str,
        title: String,
        description: String,
    ) -> PageInfo {
        let breadcrumbs = self
            .routes
            .position(lang, "", true)
            .map(|pos| self.link(pos))
            .into_iter()
            .collect();
        PageInfo {
            kind,
            key: String::new(),
            title,
            description,
            path: path.to_string(),
            canonical: self.absolute(path),
            content: String::new(),
            toc: Vec::new(),
            date: None,
            date_display: None,
            updated: None,
            updated_display: None,
            reading_minutes: 0,
            tags: Vec::new(),
            noindex: false,
            fallback: None,
            outdated: None,
            breadcrumbs,
            prev: None,
            next: None,
            source_path: None,
        }
    }

    /// `/<lang>/translations/`: the contributor dashboard, with the numbers of `letterpress status`.
    fn render_dashboard(
        &self,
        lang: &str,
        status: &[crate::translation::LanguageStatus],
    ) -> Result<Output, Diagnostic> {
        self.render_list_page(ListPage {
            lang,
            folder: "translations",
            template: "translations.html",
            letters: Vec::new(),
            sections: Vec::new(),
            status: Some(status),
        })
    }

    /// `/<lang>/letters/`: every letter of the language, grouped by situation.
    fn render_letters_index(&self, lang: &str) -> Result<Output, Diagnostic> {
        let letters = self.letter_links.get(lang).cloned().unwrap_or_default();
        self.render_list_page(ListPage {
            lang,
            folder: "letters",
            template: "letters.html",
            letters,
            sections: self.letter_groups(lang),
            status: None,
        })
    }

    /// `/<lang>/search/`: search results, and without JavaScript a plain list of every article
    /// and letter of the language (the search box's form leads here).
    fn render_search_page(&self, lang: &str) -> Result<Output, Diagnostic> {
        let mut sections = Vec::new();
        self.collect_sections(lang, "", &mut sections);
        self.render_list_page(ListPage {
            lang,
            folder: "search",
            template: "search.html",
            letters: self.letter_links.get(lang).cloned().unwrap_or_default(),
            sections,
            status: None,
        })
    }

    /// Every folder below `folder` in `lang`, depth first, each with its articles.
    fn collect_sections(&self, lang: &str, folder: &str, out: &mut Vec<SectionList>) {
        let Some((sections, articles)) = self.children.get(&(lang, folder)) else {
            return;
        };
        if !articles.is_empty() {
            let section = self
                .routes
                .position(lang, folder, true)
                .filter(|_| !folder.is_empty());
            out.push(self.section_list(lang, section, articles));
        }
        for &s in sections {
            let key = self.route(s).key.as_str();
            self.collect_sections(lang, key, out);
        }
    }

    /// A page of its own at `/<lang>/<folder>/`, titled by the strings `<folder>-title` and
    /// `<folder>-intro`, that exists in every language.
    fn render_list_page(&self, spec: ListPage) -> Result<Output, Diagnostic> {
        let ListPage {
            lang,
            folder,
            template,
            letters,
            sections,
            status,
        } = spec;
        let path = format!("{lang}/{folder}/");
        let text = |id: String| {
            self.locales
                .text(lang, &id)
                .map_err(|e| Diagnostic::error("missing-key", format!("locales/{lang}"), e))
        };
        let mut info = self.plain_page(
            folder,
            lang,
            &path,
            text(format!("{folder}-title"))?,
            text(format!("{folder}-intro"))?,
        );
        info.key = folder.to_string();
        let translations = self
            .config
            .languages
            .iter()
            .map(|l| Translation {
                current: l.code == lang,
                available: true,
                ..self.translation_to(&l.code, format!("{}/{folder}/", l.code))
            })
            .collect();
        let ctx = PageContext {
            lang,
            text_lang: lang,
            dir: self.config.language(lang).map_or("ltr", |l| dir(l.dir)),
            root: root_prefix(&path),
            site: self.site,
            page: info,
            translations,
            sections,
            nav: self.nav.get(lang).map_or(&[], |v| v.as_slice()),
            letters,
            letter: None,
            status,
        };
        let html = self.renderer.render(template, &ctx)?;
        Ok(Output::text(format!("{path}index.html"), html))
    }

    /// The language chooser at `/index.html` and the 404 pages.
    fn extra_pages(&self, problems: &mut Diagnostics) -> Vec<Output> {
        let mut out = Vec::new();
        let default = self.config.default_language.as_str();
        let base_path = self.config.base_path().to_string();
        let mut render = |template: &str,
                          path: String,
                          lang: &str,
                          kind: &'static str,
                          root: String,
                          translations: Vec<Translation>| {
            let title = self.locales.text(
                lang,
                if kind == "chooser" {
                    "site-title"
                } else {
                    "not-found-title"
                },
            );
            let title = match title {
                Ok(t) => t,
                Err(e) => {
                    problems.push(Diagnostic::error(
                        "missing-key",
                        format!("locales/{lang}"),
                        e,
                    ));
                    return;
                }
            };
            let description = self.locales.text(lang, "site-tagline").unwrap_or_default();
            let info = PageInfo {
                kind,
                key: String::new(),
                title,
                description,
                canonical: self.absolute(if kind == "chooser" { "" } else { &path }),
                path: path.clone(),
                content: String::new(),
                toc: Vec::new(),
                date: None,
                date_display: None,
                updated: None,
                updated_display: None,
                reading_minutes: 0,
                tags: Vec::new(),
                noindex: kind != "chooser",
                fallback: None,
                outdated: None,
                breadcrumbs: Vec::new(),
                prev: None,
                next: None,
                source_path: None,
            };
            let ctx = PageContext {
                lang,
                text_lang: lang,
                dir: self.config.language(lang).map_or("ltr", |l| dir(l.dir)),
                root,
                site: self.site,
                page: info,
                translations,
                sections: Vec::new(),
                nav: self.nav.get(lang).map_or(&[], |v| v.as_slice()),
                letters: Vec::new(),
                letter: None,
                status: None,
            };
            match self.renderer.render(template, &ctx) {
                Ok(html) => out.push(Output::text(path, html)),
                Err(d) => problems.push(d),
            }
        };
        let homes = |current: &str| -> Vec<Translation> {
            self.config
                .languages
                .iter()
                .map(|l| Translation {
                    current: l.code == current,
                    available: true,
                    ..self.translation_to(&l.code, format!("{}/", l.code))
                })
                .collect()
        };
        render(
            "chooser.html",
            "index.html".into(),
            default,
            "chooser",
            String::new(),
            homes(""),
        );
        render(
            "404.html",
            "404.html".into(),
            default,
            "not-found",
            base_path.clone(),
            homes(default),
        );
        for l in &self.config.languages {
            render(
                "404.html",
                format!("{}/404.html", l.code),
                &l.code,
                "not-found",
                base_path.clone(),
                homes(&l.code),
            );
        }
        out
    }
}

fn escape_xml(s: &str) -> String {
    markdown::escape_attr(s)
}

/// `sitemap.xml` with `xhtml:link` alternates; fallback pages are left out (they are `noindex`).
fn sitemap(s: &Shared) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for r in s.routes.routes.iter().filter(|r| !r.fallback) {
        let p = &s.pages[r.page];
        let _ = writeln!(
            xml,
            "  <url>\n    <loc>{}</loc>",
            escape_xml(&s.absolute(&r.path))
        );
        if let Some(d) = p.front.updated.or(p.front.date) {
            let _ = writeln!(xml, "    <lastmod>{}</lastmod>", d.iso());
        }
        let alternates: Vec<&Route> = s
            .routes
            .translations(s.config, &r.key, is_folder(r.kind))
            .filter(|t| !t.fallback)
            .collect();
        if alternates.len() > 1 {
            alternate_links(&mut xml, s, alternates.iter().map(|t| (&t.lang, &t.path)));
            let default = alternates
                .iter()
                .find(|t| t.lang == s.config.default_language)
                .unwrap_or(&alternates[0]);
            let _ = writeln!(
                xml,
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                escape_xml(&s.absolute(&default.path))
            );
        }
        xml.push_str("  </url>\n");
    }
    for r in s.letter_routes.iter().filter(|r| !r.fallback) {
        let _ = writeln!(
            xml,
            "  <url>\n    <loc>{}</loc>",
            escape_xml(&s.absolute(&r.path))
        );
        let alternates: Vec<&LetterRoute> = s
            .letter_translations(r.letter)
            .filter(|t| !t.fallback)
            .collect();
        if alternates.len() > 1 {
            alternate_links(&mut xml, s, alternates.iter().map(|t| (&t.lang, &t.path)));
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// One `xhtml:link` alternate per (language, path).
fn alternate_links<'a>(
    xml: &mut String,
    s: &Shared,
    alternates: impl Iterator<Item = (&'a String, &'a String)>,
) {
    for (lang, path) in alternates {
        let _ = writeln!(
            xml,
            "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
            escape_xml(&s.absolute(path))
        );
    }
}

/// An Atom feed of the language's own articles, newest first.
fn feed(s: &Shared, lang: &str) -> String {
    let mut entries: Vec<&Route> = s
        .routes
        .routes
        .iter()
        .filter(|r| r.lang == lang && !r.fallback && r.kind == Kind::Article)
        .collect();
    let date = |r: &Route| {
        let p = &s.pages[r.page];
        p.front.updated.or(p.front.date)
    };
    entries.sort_by(|a, b| date(b).cmp(&date(a)).then_with(|| a.path.cmp(&b.path)));
    let updated = entries
        .iter()
        .filter_map(|r| date(r))
        .max()
        .map_or_else(|| "1970-01-01".to_string(), |d| d.iso());
    let title = s.locales.text(lang, "site-title").unwrap_or_default();
    let home = s.absolute(&format!("{lang}/"));
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{}</title>\n  <link href=\"{}\"/>\n  <link rel=\"self\" href=\"{}\"/>\n  <id>{}</id>\n  <updated>{updated}T00:00:00Z</updated>\n",
        escape_xml(&title),
        escape_xml(&home),
        escape_xml(&s.absolute(&format!("{lang}/atom.xml"))),
        escape_xml(&home),
    );
    for r in entries.iter().take(50) {
        let p = &s.pages[r.page];
        let url = escape_xml(&s.absolute(&r.path));
        let when = date(r).map_or_else(|| updated.clone(), |d| d.iso());
        let _ = write!(
            xml,
            "  <entry>\n    <title>{}</title>\n    <link href=\"{url}\"/>\n    <id>{url}</id>\n    <updated>{when}T00:00:00Z</updated>\n    <summary>{}</summary>\n  </entry>\n",
            escape_xml(&p.front.title),
            escape_xml(&p.front.description),
        );
    }
    xml.push_str("</feed>\n");
    xml
}

/// A language-wide page that is not made from Markdown (see [`Shared::render_list_page`]).
struct ListPage<'a> {
    lang: &'a str,
    /// URL segment and prefix of its strings (`letters`, `translations`).
    folder: &'static str,
    template: &'static str,
    letters: Vec<Link>,
    sections: Vec<SectionList>,
    status: Option<&'a [crate::translation::LanguageStatus]>,
}

/// Folders of every language whose pages Letterpress makes itself.
const GENERATED_FOLDERS: [&str; 3] = ["letters", "translations", "search"];

/// Context of the letter snippet template.
#[derive(serde::Serialize)]
struct LetterContext<'a> {
    lang: &'a str,
    root: &'a str,
    letter: &'a crate::render::LetterView,
    embedded: bool,
}

/// Whether a fragment needs no element: HTML scrolls to the top for `#` and `#top`.
fn scrolls_to_top(fragment: &str) -> bool {
    fragment.is_empty() || fragment.eq_ignore_ascii_case("top")
}

/// Letter pages whose URL collides with another letter's (equal slugs) or with a page's.
fn letter_collisions(
    routes: &Routes,
    pages: &[Page],
    letter_routes: &[LetterRoute],
    set: &LetterSet,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut seen: HashMap<&str, &LetterRoute> = HashMap::new();
    for r in letter_routes.iter().filter(|r| !r.fallback) {
        let Some(text) = set
            .texts
            .get(&(r.text_lang.clone(), set.letters[r.letter].id.clone()))
        else {
            continue;
        };
        if let Some(first) = seen.get(r.path.as_str()) {
            problems.push(
                Diagnostic::error(
                    "duplicate-slug",
                    &text.path,
                    format!(
                        "duplicate slug: letters `{}` and `{}` would both be written to `{}`",
                        set.letters[first.letter].id, set.letters[r.letter].id, r.path
                    ),
                )
                .at(
                    &text.source,
                    crate::i18n::message_line(&text.source, "slug"),
                    1,
                ),
            );
        } else {
            seen.insert(&r.path, r);
        }
    }
    for route in routes.routes.iter().filter(|r| !r.fallback) {
        let generated = GENERATED_FOLDERS
            .iter()
            .find(|f| route.path == format!("{}/{f}/", route.lang));
        if generated.is_some() || seen.contains_key(route.path.as_str()) {
            let page = &pages[route.page];
            let taken_by = match generated {
                Some(folder) => format!("the `{folder}` page"),
                None => "a letter".to_string(),
            };
            let mut problem = Diagnostic::error(
                "duplicate-slug",
                page.path(),
                format!(
                    "this page's URL `{}` is taken by {taken_by}; choose another slug",
                    route.path
                ),
            );
            // A slug from front matter is shown at its line; one from the file name at the file.
            if page.front.slug.is_some() {
                let (line, col) = crate::link::slug_position(page);
                problem = problem.at(&page.source.text, line, col);
            }
            problems.push(problem);
        }
    }
    problems
}

/// Hash of the inputs every page depends on: configuration, options, UI strings, theme and letters.
fn global_hash(input: &Input, options: &CompileOptions) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    options.drafts.hash(&mut h);
    options.base_url.hash(&mut h);
    options.search.hash(&mut h);
    if let Some(c) = &input.config {
        c.text.hash(&mut h);
    }
    for f in input.locales.iter().chain(&input.letters) {
        f.path.hash(&mut h);
        f.text.hash(&mut h);
    }
    for f in &input.theme {
        f.path.hash(&mut h);
        f.bytes.hash(&mut h);
    }
    h.finish()
}
