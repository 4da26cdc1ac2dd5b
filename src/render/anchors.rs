//! Links to anchors (`#heading`, `other.md#heading`): recorded while a page renders and checked
//! once the headings of every page are known, against the page actually shown at the target.
//! It only reports; it never changes a link.

use std::collections::{HashMap, HashSet};

use crate::diagnostic::Diagnostic;
use crate::link::routes::Routes;
use crate::render::markdown::Heading;

/// A link to `#anchor` of a route, checked once every page's headings are known.
#[derive(Debug, Clone)]
pub struct AnchorCheck {
    /// The target route: (language, key, is a folder).
    pub target: (String, String, bool),
    pub anchor: String,
    /// What to report when the anchor is missing.
    pub diagnostic: Diagnostic,
}

/// A link by URL in a page's content (`../x/`, `/de/x/#h`, a raw `<img src>` …), checked once
/// every file of the site is known (see `links.rs`).
#[derive(Debug, Clone)]
pub struct UrlCheck {
    /// The file or folder it leads to, from the site root (`de/x/`, `de/x/photo.png`).
    pub path: String,
    pub fragment: Option<String>,
    /// The link as written.
    pub written: String,
    /// The path of the page it is in, when that page shows the text in place of a missing
    /// translation.
    pub fallback: Option<String>,
    /// Where to report it (its message is made by the check).
    pub diagnostic: Diagnostic,
}

/// What a content route's page contributes to the link checks: its headings, its links to
/// anchors, its links by URL, and where every link of its content leads (path and fragment),
/// so that the check of the whole page leaves them to the checks at their source.
#[derive(Debug, Clone, Default)]
pub struct PageAnchors {
    pub headings: Vec<Heading>,
    pub links: Vec<AnchorCheck>,
    pub urls: Vec<UrlCheck>,
    pub targets: Vec<(String, Option<String>)>,
}

/// Whether a fragment needs no element: HTML scrolls to the top for `#` and `#top`.
pub fn scrolls_to_top(fragment: &str) -> bool {
    fragment.is_empty() || fragment.eq_ignore_ascii_case("top")
}

/// The links of `pages` (one per route of `routes`) to anchors that the page shown at their
/// target does not have. Fallback routes lend no headings: a page's own route does.
pub fn check(routes: &Routes, pages: &[PageAnchors]) -> Vec<Diagnostic> {
    let mut ids: HashMap<usize, HashSet<&str>> = HashMap::new();
    for (route, page) in routes.routes.iter().zip(pages) {
        if !route.fallback {
            ids.entry(route.page)
                .or_default()
                .extend(page.headings.iter().map(|h| h.id.as_str()));
        }
    }
    let mut problems = Vec::new();
    for check in pages.iter().flat_map(|p| &p.links) {
        let (lang, key, folder) = &check.target;
        let page = routes.get(lang, key, *folder).map(|t| t.page);
        if !page
            .and_then(|p| ids.get(&p))
            .is_some_and(|set| set.contains(check.anchor.as_str()))
        {
            problems.push(check.diagnostic.clone());
        }
    }
    problems
}
