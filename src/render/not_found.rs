//! The 404 pages (`404.html`): one at the root in the default language and one per language at
//! `/<lang>/404.html`. Hosts serve them at any URL, so their links start from the base path,
//! not relative to the page. It never decides which one a server shows (`serve/` does).

use crate::diagnostic::Diagnostic;
use crate::output::Output;
use crate::render::Generated;
use crate::render::index::SiteIndex;
use crate::render::standalone::{self, Standalone};
use crate::render::templates::Templates;

/// `/404.html` and `/<lang>/404.html`.
pub struct NotFound;

impl Generated for NotFound {
    fn render(&self, site: &SiteIndex, templates: &Templates) -> Vec<Result<Output, Diagnostic>> {
        let config = site.config();
        let default = config.default_language.as_str();
        let pages = std::iter::once(("404.html".to_string(), default)).chain(
            config
                .codes()
                .map(|code| (format!("{code}/404.html"), code)),
        );
        pages
            .map(|(path, lang)| {
                let canonical = path.clone();
                let spec = Standalone {
                    kind: "not-found",
                    template: "404.html",
                    canonical: &canonical,
                    path,
                    lang,
                    title: "not-found-title",
                    noindex: true,
                    root: config.base_path().to_string(),
                    current: lang,
                };
                standalone::render(site, templates, spec)
            })
            .collect()
    }
}
