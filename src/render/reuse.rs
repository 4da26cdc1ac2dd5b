//! Reuse of rendered pages between compiles (`serve` keeps them): each Markdown page is kept
//! with a fingerprint of everything it was made from but the targets of its links, which are
//! re-checked one by one. A page whose fingerprint and link targets are unchanged is not
//! rendered again. When reuse is allowed at all is up to the caller (see `compile/`).

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::link::files::FileLink;
use crate::link::routes::Route;
use crate::output::Output;
use crate::parse::page::Page;
use crate::render::anchors::PageAnchors;
use crate::render::context::PageInfo;
use crate::render::views::{Link, SectionList, Translation};

/// Identifies a route across compiles: (language, key, is a folder page).
pub type RouteKey = (String, String, bool);

/// The rendered Markdown pages of a compile, by route.
pub type Renders = HashMap<RouteKey, Arc<CachedPage>>;

/// A rendered page and what it was rendered from.
#[derive(Debug, Clone)]
pub struct CachedPage {
    pub fingerprint: u64,
    /// Keeps the source text alive, so that its address in the fingerprint stays unique.
    pub text: Arc<str>,
    pub output: Output,
    pub anchors: PageAnchors,
    /// Link destinations and the URL each became, re-checked on reuse.
    pub links: Vec<(String, Option<String>)>,
    /// File link destinations and the file each led to, re-checked on reuse.
    pub files: Vec<(String, Option<FileLink>)>,
}

/// The key of route `r` in [`Renders`].
pub fn key(r: &Route) -> RouteKey {
    (r.lang.clone(), r.key.clone(), r.kind.is_folder())
}

/// What a Markdown page is made of besides the targets of its links.
pub struct Ingredients<'a> {
    pub route: &'a Route,
    pub page: &'a Page,
    pub info: &'a PageInfo,
    pub translations: &'a [Translation],
    pub sections: &'a [SectionList],
    pub letters: &'a [Link],
    pub nav: &'a [Link],
}

/// Hash of everything the page is made of, but its own text (identified by its address, kept
/// alive by the cache) and the targets of its links (checked one by one on reuse).
pub fn fingerprint(of: &Ingredients) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (Arc::as_ptr(&of.page.source.text) as *const u8 as usize).hash(&mut h);
    (
        &of.route.lang,
        of.route.fallback,
        of.info,
        of.translations,
        of.sections,
        of.letters,
    )
        .hash(&mut h);
    of.nav.hash(&mut h);
    h.finish()
}
