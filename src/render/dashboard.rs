//! The contributor dashboard at `/<lang>/translations/` (`translations.html`): the translation
//! status of every language, with the numbers of `letterpress status`. It never computes the
//! status itself (`translators/status.rs` does).

use crate::diagnostic::Diagnostic;
use crate::output::Output;
use crate::render::Generated;
use crate::render::index::SiteIndex;
use crate::render::lists::{ListPage, render_list};
use crate::render::templates::Templates;

/// `/<lang>/translations/` in every language.
pub struct Dashboard;

impl Generated for Dashboard {
    fn folder(&self) -> Option<&'static str> {
        Some("translations")
    }

    fn render(&self, site: &SiteIndex, templates: &Templates) -> Vec<Result<Output, Diagnostic>> {
        site.config()
            .codes()
            .map(|lang| {
                let spec = ListPage {
                    lang,
                    folder: "translations",
                    template: "translations.html",
                    letters: Vec::new(),
                    sections: Vec::new(),
                    status: Some(&site.linked.status),
                };
                render_list(site, templates, spec)
            })
            .collect()
    }
}
