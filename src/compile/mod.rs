//! Compile: the pure middle of a build, from an in-memory [`Input`] to the list of output
//! files — parse → link → render — with every problem collected and reported together; and
//! incremental compilation: the [`Cache`] that `serve` keeps between compiles, so that only what
//! changed is parsed and rendered again. It never touches the file system.

mod cache;
mod text_edits;

pub use cache::Cache;

use std::time::{Duration, Instant};

use crate::diagnostic::Diagnostics;
use crate::link;
use crate::load::Input;
use crate::output::Output;
use crate::parse::{self, ParseOptions};
use crate::render::{self, ProgressFn, Rendered};
use crate::translators::findings::findings;
use crate::translators::status::LanguageStatus;

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

impl CompileOptions {
    fn parse(&self) -> ParseOptions<'_> {
        ParseOptions {
            drafts: self.drafts,
            base_url: self.base_url.as_deref(),
            search: self.search,
        }
    }
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
    pub status: Vec<LanguageStatus>,
    /// Translator findings (missing, obsolete and outdated translations …) for `letterpress check`.
    pub findings: Diagnostics,
    /// Pages rendered by this compile (the others were reused from the cache).
    pub rendered: usize,
    /// Whether the site has search: its pages show a search box, and `search::index`
    /// should index them (`build` does; `serve` does it in the background).
    pub search: bool,
    /// Per language, in the order of `site.yaml`: its pages, and which show another
    /// language's text.
    pub by_language: Vec<LanguagePages>,
    /// How long each stage of this compile took.
    pub timings: StageTimes,
}

/// What one language of the built site holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguagePages {
    pub code: String,
    /// HTML files below `<lang>/`.
    pub pages: usize,
    /// Pages and letters of the language that show another language's text.
    pub fallbacks: Vec<Fallback>,
}

/// A page of one language showing the text of another (its translation is missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback {
    /// From the site root (`de/angebote/late/`).
    pub path: String,
    /// The language whose text it shows.
    pub shows: String,
    /// The source file of that text.
    pub source: String,
}

/// How long the stages of a compile took (all zero when `serve`'s fast path re-rendered a
/// few pages).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StageTimes {
    pub parse: Duration,
    pub link: Duration,
    /// Templates and every file of the site.
    pub render: Duration,
    /// The check that every link leads somewhere.
    pub links: Duration,
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
    if let Some(result) = text_edits::compile(cache, input, options) {
        return result;
    }
    let mut problems = Diagnostics::default();
    let mut times = StageTimes::default();
    let started = Instant::now();
    let Some(parsed) = parse::parse(input, &options.parse(), &mut cache.pages, &mut problems)
    else {
        return Err(sorted(problems));
    };
    times.parse = started.elapsed();
    let started = Instant::now();
    let linked = link::link(parsed, &mut problems);
    times.link = started.elapsed();
    let started = Instant::now();
    let templates = render::prepare(&linked, &mut problems);
    let Some(templates) = templates.filter(|_| !problems.has_errors()) else {
        return Err(sorted(problems));
    };
    let global = cache::global_hash(input, options);
    let previous = cache.take_renders(global);
    let progress = options.progress.as_ref();
    let rendered = render::render(linked, templates, &previous, progress, &mut problems);
    drop(previous);
    times.render = started.elapsed();
    let started = Instant::now();
    problems.extend(render::links::check(&render::links::Site {
        site: &rendered.site,
        templates: &rendered.templates,
        outputs: &rendered.outputs,
        anchors: &rendered.anchors,
        redirects: &rendered.redirects,
    }));
    times.links = started.elapsed();
    let problems = sorted(problems);
    if problems.has_errors() {
        return Err(problems);
    }
    let (mut site, rendered) = site(rendered, problems);
    site.timings = times;
    cache.keep(input, global, rendered, &site);
    Ok(site)
}

fn sorted(mut problems: Diagnostics) -> Diagnostics {
    problems.sort();
    problems
}

/// The compiled site, with the rendered state it came from (without its outputs).
fn site(mut rendered: Rendered, warnings: Diagnostics) -> (Site, Rendered) {
    let mut outputs = std::mem::take(&mut rendered.outputs);
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    let linked = &rendered.site.linked;
    let config = &linked.parsed.config;
    let mut findings = findings(&linked.parsed, &linked.status);
    findings.extend(render::copied::unused(&rendered.site, &rendered.files));
    findings.extend(render::feeds::missing_author(config));
    let site = Site {
        pages: outputs.iter().filter(|o| o.path.ends_with(".html")).count(),
        outputs,
        languages: config.codes().map(String::from).collect(),
        warnings,
        status: linked.status.clone(),
        findings,
        rendered: rendered.fresh,
        search: config.search,
        by_language: Vec::new(),
        timings: StageTimes::default(),
    };
    let by_language = by_language(&rendered.site, &site.outputs);
    (
        Site {
            by_language,
            ..site
        },
        rendered,
    )
}

/// Per language: its pages, and those that show another language's text.
fn by_language(site: &render::index::SiteIndex, outputs: &[Output]) -> Vec<LanguagePages> {
    let display = |p: &std::path::Path| crate::diagnostic::display_path(p);
    site.config()
        .codes()
        .map(|code| {
            let prefix = format!("{code}/");
            let pages = outputs
                .iter()
                .filter(|o| o.path.starts_with(&prefix) && o.path.ends_with(".html"))
                .count();
            let mut fallbacks: Vec<Fallback> = site
                .routes()
                .routes
                .iter()
                .filter(|r| r.lang == code && r.fallback)
                .map(|r| {
                    let page = &site.pages()[r.page];
                    Fallback {
                        path: r.path.clone(),
                        shows: page.lang.clone(),
                        source: display(page.path()),
                    }
                })
                .collect();
            fallbacks.extend(
                site.letter_routes()
                    .iter()
                    .filter(|r| r.lang == code && r.fallback)
                    .map(|r| Fallback {
                        path: r.path.clone(),
                        shows: r.text_lang.clone(),
                        source: format!(
                            "locales/{}/letters/{}.ftl",
                            r.text_lang,
                            site.letters().letters[r.letter].id
                        ),
                    }),
            );
            LanguagePages {
                code: code.to_string(),
                pages,
                fallbacks,
            }
        })
        .collect()
}
