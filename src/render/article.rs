//! An article (`content/<lang>/…/<name>.md` → `/<lang>/…/<slug>/`), or its fallback page in a
//! language that lacks it: its text, breadcrumbs, and the previous and next article of its
//! section. It never decides URLs.

use crate::parse::page::parent_key;
use crate::render::content::{ContentKind, Lists};
use crate::render::index::SiteIndex;

/// `article.html`.
pub struct Article;

impl ContentKind for Article {
    fn name(&self) -> &'static str {
        "article"
    }

    fn template(&self) -> &'static str {
        "article.html"
    }

    fn lists(&self, site: &SiteIndex, i: usize) -> Lists {
        let r = site.route(i);
        let siblings = site
            .folder(&r.lang, parent_key(&r.key))
            .map(|f| &f.articles);
        let at = siblings.and_then(|s| s.iter().position(|&x| x == i));
        let (prev, next) = match (siblings, at) {
            (Some(s), Some(at)) => (
                at.checked_sub(1).map(|j| site.link(s[j])),
                s.get(at + 1).map(|&j| site.link(j)),
            ),
            _ => (None, None),
        };
        Lists {
            breadcrumbs: site.breadcrumbs(r),
            prev,
            next,
            ..Lists::default()
        }
    }
}
