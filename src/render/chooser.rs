//! The language chooser at the site root (`/index.html`, `chooser.html`): sends readers to their
//! browser's language and remembers an explicit choice; without JavaScript a plain list of the
//! languages. It never decides what a language's home page shows.

use crate::diagnostic::Diagnostic;
use crate::output::Output;
use crate::render::Generated;
use crate::render::index::SiteIndex;
use crate::render::standalone::{self, Standalone};
use crate::render::templates::Templates;

/// `/index.html`.
pub struct Chooser;

impl Generated for Chooser {
    fn render(&self, site: &SiteIndex, templates: &Templates) -> Vec<Result<Output, Diagnostic>> {
        let spec = Standalone {
            kind: "chooser",
            template: "chooser.html",
            path: "index.html".to_string(),
            lang: &site.config().default_language,
            title: "site-title",
            canonical: "",
            noindex: false,
            root: String::new(),
            current: "",
        };
        vec![standalone::render(site, templates, spec)]
    }
}
