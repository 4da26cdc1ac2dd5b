//! Render: the linked site → [`Rendered`]: every page as HTML, the feeds, the sitemap, the
//! theme's files and the files copied as they are, as [`Output`]s in memory. Markdown pages
//! render in parallel, and a page whose inputs have not changed since the previous compile is
//! reused. Each kind of page has a file of its own, listed below; this stage never reads or
//! writes files and never decides URLs.
//!
//! To add a kind of page, write a file with a type implementing [`Generated`] and add one line
//! to `generated!` below (see the README, "How to add a kind of page").

// Shared by the renderers.
pub mod anchors;
pub mod body;
pub mod content;
pub mod context;
pub mod copied;
pub mod index;
pub mod letter_form;
pub mod letter_program;
pub mod links;
pub mod markdown;
pub mod raw_html;
pub mod raw_links;
pub mod redirects;
pub mod reuse;
pub mod standalone;
pub mod templates;
pub mod views;
// The kinds of Markdown page (see `content_kind`).
pub mod article;
pub mod home;
pub mod section;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::link::Linked;
use crate::link::files::FileLink;
use crate::link::letters::taken;
use crate::output::Output;
use crate::parse::page::Kind;
use anchors::PageAnchors;
use content::{ContentKind, ContentPage};
use index::SiteIndex;
use reuse::Renders;
use templates::Templates;

/// A kind of page (or other file) that Letterpress makes itself rather than from one Markdown
/// file: letter pages, lists, the dashboard, feeds, the sitemap …
pub trait Generated: Sync {
    /// The folder of every language that this kind's pages take (`letters` for
    /// `/<lang>/letters/`), which no Markdown page may then use as its URL.
    fn folder(&self) -> Option<&'static str> {
        None
    }

    /// Every file of this kind; a page that cannot be rendered gives its problem instead.
    fn render(&self, site: &SiteIndex, templates: &Templates) -> Vec<Result<Output, Diagnostic>>;
}

/// Declares each module that holds a kind of [`Generated`] file, and lists the kinds in
/// [`GENERATED`]: one line per kind.
macro_rules! generated {
    ($($module:ident::$kind:ident,)*) => {
        $(pub mod $module;)*

        /// Every kind of file besides the Markdown pages, in the order their files are listed.
        pub const GENERATED: &[&dyn Generated] = &[$(&$module::$kind),*];
    };
}

generated! {
    letter::LetterPages,
    dashboard::Dashboard,
    lists::LetterList,
    search_page::SearchPage,
    chooser::Chooser,
    not_found::NotFound,
    sitemap::Sitemap,
    feeds::Feeds,
    assets::ThemeFiles,
}

/// The kind of page a Markdown file makes.
pub fn content_kind(kind: Kind) -> &'static dyn ContentKind {
    match kind {
        Kind::Home => &home::Home,
        Kind::Section => &section::Section,
        Kind::Article => &article::Article,
    }
}

/// Called while pages render with (pages done, pages in all); from several threads.
pub type ProgressFn = Arc<dyn Fn(usize, usize) + Send + Sync>;

/// What rendering adds to [`Linked`]: every output file, and what the next compile can reuse.
pub struct Rendered {
    /// The linked site with the lookups the renderers used.
    pub site: SiteIndex,
    pub templates: Templates,
    /// Every file of the site, unsorted.
    pub outputs: Vec<Output>,
    /// Per route of `site`: its page's headings and links to anchors.
    pub anchors: Vec<PageAnchors>,
    /// Per route of `site`: the files next to the articles that its page links to.
    pub files: Vec<Vec<FileLink>>,
    /// The Markdown pages rendered now, for reuse by the next compile.
    pub renders: Renders,
    /// How many Markdown pages were rendered rather than reused.
    pub fresh: usize,
    /// The redirect pages of aliases, by output path.
    pub redirects: std::collections::HashSet<String>,
}

/// Compiles the theme's templates and checks that no page takes the URL of a page Letterpress
/// makes itself; `None` when the templates do not compile.
pub fn prepare(linked: &Linked, problems: &mut Diagnostics) -> Option<Templates> {
    let parsed = &linked.parsed;
    for route in linked.routes.routes.iter().filter(|r| !r.fallback) {
        let folder = GENERATED
            .iter()
            .filter_map(|kind| kind.folder())
            .find(|f| route.path == format!("{}/{f}/", route.lang));
        if let Some(folder) = folder {
            let page = &parsed.pages[route.page];
            problems.push(taken(page, &route.path, &format!("the `{folder}` page")));
        }
    }
    let assets = assets::urls(&parsed.theme, &parsed.files);
    Templates::new(&parsed.theme, Arc::clone(&parsed.locales), Arc::new(assets))
        .map_err(|d| problems.extend(d))
        .ok()
}

/// Renders the site, reusing what `previous` holds of unchanged Markdown pages; problems are
/// added to `problems`.
pub fn render(
    linked: Linked,
    templates: Templates,
    previous: &Renders,
    progress: Option<&ProgressFn>,
    problems: &mut Diagnostics,
) -> Rendered {
    let site = SiteIndex::new(linked);
    let total = site.routes().routes.len();
    let done = AtomicUsize::new(0);
    let pages: Vec<ContentPage> = (0..total)
        .into_par_iter()
        .map(|i| {
            let page = render_route(&site, &templates, previous, i);
            if let Some(progress) = progress {
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
            }
            page
        })
        .collect();
    let mut renders = Renders::with_capacity(total);
    let mut outputs = Vec::with_capacity(total + 64);
    let mut anchors = Vec::with_capacity(total);
    let mut files = Vec::with_capacity(total);
    let fresh = pages.iter().filter(|p| p.fresh).count();
    for (page, route) in pages.into_iter().zip(&site.routes().routes) {
        problems.extend(page.problems);
        files.push(page.files);
        if let Some(keep) = page.keep {
            renders.insert(reuse::key(route), keep);
        }
        outputs.extend(page.output);
        anchors.push(page.anchors);
    }
    problems.extend(anchors::check(site.routes(), &anchors));
    let generated: Vec<Vec<Result<Output, Diagnostic>>> = GENERATED
        .par_iter()
        .map(|kind| kind.render(&site, &templates))
        .collect();
    for file in generated.into_iter().flatten() {
        match file {
            Ok(o) => outputs.push(o),
            Err(d) => problems.push(d),
        }
    }
    let (copied, clashes) = copied::outputs(&site, files.iter().flatten().cloned(), &outputs);
    outputs.extend(copied);
    problems.extend(clashes);
    // Last: an alias may take no other file's place.
    let (redirects, clashes) = redirects::render(&site, &templates, &mut outputs);
    problems.extend(clashes);
    Rendered {
        site,
        templates,
        outputs,
        anchors,
        files,
        renders,
        fresh,
        redirects,
    }
}

/// Renders the Markdown page at route `i` as its kind, or reuses it from `previous`.
pub fn render_route(
    site: &SiteIndex,
    templates: &Templates,
    previous: &Renders,
    i: usize,
) -> ContentPage {
    content::render(
        content_kind(site.route(i).kind),
        site,
        templates,
        previous,
        i,
    )
}
