//! Language-wide list pages, which Letterpress makes itself at `/<lang>/<folder>/` in every
//! language, titled by the strings `<folder>-title` and `<folder>-intro`: their shared shape,
//! and the list of the language's letters (`/<lang>/letters/`). It never decides URLs.

use crate::diagnostic::Diagnostic;
use crate::link::urls::root_prefix;
use crate::output::Output;
use crate::render::Generated;
use crate::render::context::{Link, PageContext, SectionList};
use crate::render::index::SiteIndex;
use crate::render::templates::Templates;
use crate::translators::status::LanguageStatus;

/// A list page of one language.
pub struct ListPage<'a> {
    pub lang: &'a str,
    /// URL segment and prefix of its strings (`letters`, `translations`).
    pub folder: &'static str,
    pub template: &'static str,
    pub letters: Vec<Link>,
    pub sections: Vec<SectionList>,
    pub status: Option<&'a [LanguageStatus]>,
}

/// Renders a list page at `/<lang>/<folder>/index.html`.
pub fn render_list(
    site: &SiteIndex,
    templates: &Templates,
    spec: ListPage,
) -> Result<Output, Diagnostic> {
    let ListPage {
        lang,
        folder,
        template,
        letters,
        sections,
        status,
    } = spec;
    let path = format!("{lang}/{folder}/");
    let text = |id: String| {
        site.locales()
            .text(lang, &id)
            .map_err(|e| Diagnostic::error("missing-key", format!("locales/{lang}"), e))
    };
    let mut info = site.plain_page(
        folder,
        lang,
        &path,
        text(format!("{folder}-title"))?,
        text(format!("{folder}-intro"))?,
    );
    info.key = folder.to_string();
    let ctx = PageContext {
        translations: site.everywhere(&format!("{folder}/"), lang),
        sections,
        letters,
        status,
        ..PageContext::new(site, lang, lang, root_prefix(&path), info)
    };
    let html = templates.render(template, &ctx)?;
    Ok(Output::text(format!("{path}index.html"), html))
}

/// `/<lang>/letters/`: every letter of the language (`letters.html`).
pub struct LetterList;

impl Generated for LetterList {
    fn folder(&self) -> Option<&'static str> {
        Some("letters")
    }

    fn render(&self, site: &SiteIndex, templates: &Templates) -> Vec<Result<Output, Diagnostic>> {
        site.config()
            .codes()
            .map(|lang| {
                let spec = ListPage {
                    lang,
                    folder: "letters",
                    template: "letters.html",
                    letters: site.letter_links(lang),
                    sections: Vec::new(),
                    status: None,
                };
                render_list(site, templates, spec)
            })
            .collect()
    }
}
