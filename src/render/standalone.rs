//! The shape of pages that stand outside the site's tree — the language chooser and the 404
//! pages: a title from a UI string, the site's tagline, links to every language's home page,
//! no lists. It never decides where such a page goes (its kind's file does).

use crate::diagnostic::Diagnostic;
use crate::output::Output;
use crate::render::context::{PageContext, PageInfo};
use crate::render::index::SiteIndex;
use crate::render::templates::Templates;

/// One standalone page.
pub struct Standalone<'a> {
    /// `page.kind` in templates.
    pub kind: &'static str,
    pub template: &'static str,
    /// Path below the output folder (`404.html`, `de/404.html`).
    pub path: String,
    /// The page's language.
    pub lang: &'a str,
    /// The UI string that titles the page.
    pub title: &'static str,
    /// The page's canonical path from the site root.
    pub canonical: &'a str,
    /// Keep search engines away.
    pub noindex: bool,
    /// The way back to the site root.
    pub root: String,
    /// Whose home page is the current one in the language switcher (`""`: none).
    pub current: &'a str,
}

/// Renders a standalone page.
pub fn render(
    site: &SiteIndex,
    templates: &Templates,
    spec: Standalone,
) -> Result<Output, Diagnostic> {
    let lang = spec.lang;
    let title = site
        .locales()
        .text(lang, spec.title)
        .map_err(|e| Diagnostic::error("missing-key", format!("locales/{lang}"), e))?;
    let description = site
        .locales()
        .text(lang, "site-tagline")
        .unwrap_or_default();
    let mut info = PageInfo::bare(
        spec.kind,
        spec.path.clone(),
        site.absolute(spec.canonical),
        title,
        description,
    );
    info.noindex = spec.noindex;
    let ctx = PageContext {
        translations: site.everywhere("", spec.current),
        ..PageContext::new(site, lang, lang, spec.root, info)
    };
    let html = templates.render(spec.template, &ctx)?;
    Ok(Output::text(spec.path, html))
}
