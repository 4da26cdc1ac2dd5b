//! The home page of a language (`content/<lang>/_index.md` → `/<lang>/`): its introduction,
//! every top-level section with its pages, and the language's letters. It never decides URLs.

use crate::render::content::{ContentKind, Lists};
use crate::render::index::SiteIndex;

/// `home.html`.
pub struct Home;

impl ContentKind for Home {
    fn name(&self) -> &'static str {
        "home"
    }

    fn template(&self) -> &'static str {
        "home.html"
    }

    fn lists(&self, site: &SiteIndex, i: usize) -> Lists {
        let r = site.route(i);
        Lists {
            sections: site.section_lists(&r.lang, &r.key),
            letters: site.letter_links(&r.lang),
            ..Lists::default()
        }
    }
}
