//! The contributor dashboard at `/<lang>/translations/` (`translations.html`): the translation
//! status of every language, with the numbers of `letterpress status`. It never computes the
//! status itself (`translators/status.rs` does).

use crate::diagnostic::Diagnostic;
use crate::output::Output;
use crate::render::Generated;
use crate::render::index::SiteIndex;
use crate::render::lists::{ListPage, in_every_language};
use crate::render::templates::Templates;

/// `/<lang>/translations/` in every language.
pub struct Dashboard;

impl Generated for Dashboard {
    fn folder(&self) -> Option<&'static str> {
        Some("translations")
    }

    fn render(&self, site: &SiteIndex, templates: &Templates) -> Vec<Result<Output, Diagnostic>> {
        in_every_language(site, templates, |lang| ListPage {
            lang,
            folder: "translations",
            template: "translations.html",
            letters: Vec::new(),
            sections: Vec::new(),
            status: Some(&site.linked.status),
        })
    }
}
