//! A section page (`content/<lang>/<section…>/_index.md` → `/<lang>/<section…>/`): its
//! introduction and the sections and articles below it, with breadcrumbs. It never decides URLs.

use crate::render::content::{ContentKind, Lists};
use crate::render::index::SiteIndex;

/// `section.html`.
pub struct Section;

impl ContentKind for Section {
    fn name(&self) -> &'static str {
        "section"
    }

    fn template(&self) -> &'static str {
        "section.html"
    }

    fn lists(&self, site: &SiteIndex, i: usize) -> Lists {
        let r = site.route(i);
        Lists {
            breadcrumbs: site.breadcrumbs(r),
            sections: site.section_lists(&r.lang, &r.key),
            ..Lists::default()
        }
    }
}
