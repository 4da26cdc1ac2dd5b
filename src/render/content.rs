//! Pages made from Markdown — home, section and article pages: what they share (the page's
//! information, notices, translations, the body) and reuse of a page that has not changed since
//! the previous compile. What sets each kind apart is in its own file (`home.rs`, `section.rs`,
//! `article.rs`). It never decides URLs and never writes files.

use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::link::files::FileLink;
use crate::link::urls::root_prefix;
use crate::output::Output;
use crate::render::anchors::PageAnchors;
use crate::render::body::{self, resolve_link};
use crate::render::context::{FallbackNotice, OutdatedNotice, PageContext, PageInfo};
use crate::render::index::SiteIndex;
use crate::render::markdown::{self, Heading};
use crate::render::reuse::{self, CachedPage, Ingredients, Renders};
use crate::render::templates::Templates;
use crate::render::views::{Link, SectionList};
use crate::translators::freshness::is_outdated;

/// What sets one kind of Markdown page apart: its name, its template and its lists.
pub trait ContentKind: Sync {
    /// `page.kind` in templates (`home`, `section`, `article`).
    fn name(&self) -> &'static str;
    fn template(&self) -> &'static str;
    /// What the page at route `i` lists besides its text.
    fn lists(&self, site: &SiteIndex, i: usize) -> Lists;
}

/// What a Markdown page lists besides its text.
#[derive(Debug, Default)]
pub struct Lists {
    pub breadcrumbs: Vec<Link>,
    pub prev: Option<Link>,
    pub next: Option<Link>,
    /// Sections with their pages.
    pub sections: Vec<SectionList>,
    /// The language's letters.
    pub letters: Vec<Link>,
}

/// What rendering one route produced.
pub struct ContentPage {
    /// False when the output was reused from the previous compile.
    pub fresh: bool,
    pub output: Option<Output>,
    pub anchors: PageAnchors,
    pub problems: Vec<Diagnostic>,
    /// The files next to the articles that the page links to, to be written with it.
    pub files: Vec<FileLink>,
    /// The entry to keep for the next compile (none when rendering failed).
    pub keep: Option<Arc<CachedPage>>,
}

/// Renders the page at route `i` as `kind`, or reuses its render from `previous`.
pub fn render(
    kind: &dyn ContentKind,
    site: &SiteIndex,
    templates: &Templates,
    previous: &Renders,
    i: usize,
) -> ContentPage {
    let (r, p) = (site.route(i), site.page_of(i));
    let mut problems = Vec::new();
    let mut lists = kind.lists(site, i);
    let mut info = page_info(site, i, kind.name(), &mut problems);
    info.breadcrumbs = std::mem::take(&mut lists.breadcrumbs);
    (info.prev, info.next) = (lists.prev.take(), lists.next.take());
    let translations = site.translations(r);
    let fingerprint = reuse::fingerprint(&Ingredients {
        route: r,
        page: p,
        info: &info,
        translations: &translations,
        sections: &lists.sections,
        letters: &lists.letters,
        nav: site.nav(&r.lang),
    });
    if problems.is_empty()
        && let Some(cached) = reusable(site, previous, i, fingerprint)
    {
        return ContentPage {
            fresh: false,
            output: Some(cached.output.clone()),
            anchors: cached.anchors.clone(),
            problems,
            files: cached.files.iter().filter_map(|(_, f)| f.clone()).collect(),
            keep: Some(Arc::clone(cached)),
        };
    }
    let root = root_prefix(&r.path);
    let body = body::render(site, templates, i, &root);
    problems.extend(body.problems);
    let headings = with_body(&mut info, body.markdown);
    let ctx = PageContext {
        translations,
        sections: lists.sections,
        letters: lists.letters,
        ..PageContext::new(site, &r.lang, &p.lang, root, info)
    };
    let output = match templates.render(kind.template(), &ctx) {
        Ok(html) => Some(Output::text(format!("{}index.html", r.path), html)),
        Err(d) => {
            problems.push(d);
            None
        }
    };
    let anchors = PageAnchors {
        headings,
        links: body.anchors,
        urls: body.urls,
        targets: body.targets,
    };
    let files = body.files.iter().filter_map(|(_, f)| f.clone()).collect();
    let keep = match (&output, problems.is_empty()) {
        (Some(o), true) => Some(Arc::new(CachedPage {
            fingerprint,
            text: Arc::clone(&p.source.text),
            output: o.clone(),
            anchors: anchors.clone(),
            links: body.links,
            files: body.files,
        })),
        _ => None,
    };
    ContentPage {
        fresh: true,
        output,
        anchors,
        problems,
        files,
        keep,
    }
}

/// The render of route `i` in `previous`, if it was made from the same inputs (`fingerprint`)
/// and every link it has still leads where it led (a link to a file: to the same file, of the
/// same size).
fn reusable<'a>(
    site: &SiteIndex,
    previous: &'a Renders,
    i: usize,
    fingerprint: u64,
) -> Option<&'a Arc<CachedPage>> {
    let cached = previous.get(&reuse::key(site.route(i)))?;
    let same = cached.fingerprint == fingerprint
        && cached
            .links
            .iter()
            .all(|(dest, url)| resolve_link(site, i, dest).as_ref() == url.as_ref())
        && cached.files.iter().all(|(dest, file)| {
            let (r, p) = (site.route(i), site.page_of(i));
            let now = site.file_lookup().resolve(&r.lang, &p.key, p.kind, dest);
            now.ok().as_ref() == file.as_ref()
        });
    same.then_some(cached)
}

/// Puts the rendered body into the page's information: its HTML, table of contents and
/// reading time (220 words or 400 CJK characters a minute, at least one). Gives its headings.
fn with_body(info: &mut PageInfo, md: markdown::Rendered) -> Vec<Heading> {
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
    md.headings
}

/// What templates know about the page at route `i` before its body is rendered.
fn page_info(
    site: &SiteIndex,
    i: usize,
    kind: &'static str,
    problems: &mut Vec<Diagnostic>,
) -> PageInfo {
    let (r, p) = (site.route(i), site.page_of(i));
    let original = site
        .routes()
        .get(&p.lang, &r.key, r.kind.is_folder())
        .map(|o| o.path.clone());
    let canonical = site.absolute(original.as_deref().unwrap_or(&r.path));
    let fallback = r.fallback.then(|| FallbackNotice {
        code: p.lang.clone(),
        name: site.language_name(&p.lang),
        missing_name: site.language_name(&r.lang),
        help_path: site.help_path(&r.lang),
    });
    PageInfo {
        key: r.key.clone(),
        date: p.front.date.map(|d| d.iso()),
        date_display: site.date_display(&r.lang, p.front.date, problems),
        updated: p.front.updated.map(|d| d.iso()),
        updated_display: site.date_display(&r.lang, p.front.updated, problems),
        tags: p.front.tags.clone(),
        noindex: r.fallback,
        fallback,
        outdated: outdated(site, i),
        source_path: Some(crate::diagnostic::display_path(p.path())),
        ..PageInfo::bare(
            kind,
            r.path.clone(),
            canonical,
            p.front.title.clone(),
            p.front.description.clone(),
        )
    }
}

/// The notice for a translation whose source changed since it was translated.
fn outdated(site: &SiteIndex, i: usize) -> Option<OutdatedNotice> {
    let p = site.page_of(i);
    let source = site.source_of(p).filter(|source| is_outdated(p, source))?;
    Some(OutdatedNotice {
        code: source.lang.clone(),
        name: site.language_name(&source.lang),
        path: site
            .routes()
            .get(&source.lang, &source.key, source.kind.is_folder())
            .map(|s| s.path.clone())
            .unwrap_or_default(),
    })
}
