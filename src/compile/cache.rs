//! Incremental compilation: what one compile hands to the next (`serve` keeps it) — parsed
//! pages, rendered pages, and the last successful compile — and the fingerprint of the inputs
//! every page depends on. A fresh cache gives a full build. It never decides what a page
//! contains.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::Arc;

use super::{CompileOptions, Site};
use crate::link::files::FileLink;
use crate::load::Input;
use crate::parse::PageCache;
use crate::render::Rendered;
use crate::render::anchors::PageAnchors;
use crate::render::index::SiteIndex;
use crate::render::reuse::Renders;
use crate::render::templates::Templates;

/// What one compile hands to the next: parsed pages and rendered routes, reused when their
/// inputs have not changed. A fresh cache gives a full build.
#[derive(Default)]
pub struct Cache {
    pub(super) pages: PageCache,
    /// Rendered Markdown pages, and the [`global_hash`] of the compile that rendered them.
    renders: (u64, Renders),
    /// The last successful compile, for edits that change only an article's text.
    pub(super) last: Option<Box<Snapshot>>,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cache")
            .field("pages", &self.pages.len())
            .field("renders", &self.renders.1.len())
            .finish()
    }
}

/// Everything a successful compile worked out, kept so that an edit to the text of existing
/// articles (front matter unchanged) re-renders just the routes showing those articles.
pub(super) struct Snapshot {
    pub global: u64,
    /// The linked site and its lookups.
    pub site: SiteIndex,
    pub templates: Templates,
    /// Every Markdown file of the input and its text, in input order.
    pub sources: Vec<(PathBuf, Arc<str>)>,
    /// Source path → index in the site's pages (files that are no page are absent).
    pub page_index: HashMap<PathBuf, usize>,
    /// Per route: its page's headings and links to anchors.
    pub anchors: Vec<PageAnchors>,
    /// Per route: the files next to the articles its page links to.
    pub files: Vec<Vec<FileLink>>,
    /// Every file next to the articles and its bytes, in input order.
    pub content_files: Vec<(PathBuf, Arc<[u8]>)>,
    pub result: Site,
}

impl Cache {
    /// The renders a compile with inputs of fingerprint `global` may reuse; they are taken out
    /// (a compile that fails leaves none behind).
    pub(super) fn take_renders(&mut self, global: u64) -> Renders {
        let (of, renders) = std::mem::take(&mut self.renders);
        if of == global {
            renders
        } else {
            Renders::new()
        }
    }

    /// Keeps what a successful compile of `input` worked out for the next one.
    pub(super) fn keep(&mut self, input: &Input, global: u64, rendered: Rendered, site: &Site) {
        let Rendered {
            site: index,
            templates,
            anchors,
            files,
            renders,
            ..
        } = rendered;
        self.renders = (global, renders);
        self.last = Some(Box::new(Snapshot {
            global,
            page_index: index
                .pages()
                .iter()
                .enumerate()
                .map(|(i, p)| (p.source.path.clone(), i))
                .collect(),
            site: index,
            templates,
            sources: input
                .articles
                .iter()
                .map(|f| (f.path.clone(), Arc::clone(&f.text)))
                .collect(),
            anchors,
            files,
            content_files: input
                .files
                .iter()
                .map(|f| (f.path.clone(), Arc::clone(&f.bytes)))
                .collect(),
            result: site.clone(),
        }));
    }
}

/// Fingerprint of the inputs every page depends on: configuration, options, UI strings, theme,
/// static files (`asset()` gives their URLs) and letters. Files next to the articles are not
/// part of it: a page that links to one is checked on its own (see `render/content.rs`).
pub(super) fn global_hash(input: &Input, options: &CompileOptions) -> u64 {
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
    for f in &input.statics {
        f.path.hash(&mut h);
        f.bytes.hash(&mut h);
    }
    h.finish()
}
