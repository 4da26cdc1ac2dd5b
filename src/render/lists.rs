//! Language-wide list pages, which Letterpress makes itself at `/<lang>/<folder>/` in every
//! language, titled by the strings `<folder>-title` and `<folder>-intro`: their shared shape,
//! and the list of the language's letters (`/<lang>/letters/`), grouped by situation. It never
//! decides URLs.

use std::collections::HashSet;

use crate::diagnostic::Diagnostic;
use crate::link::letters::LetterRoute;
use crate::link::urls::root_prefix;
use crate::output::Output;
use crate::render::Generated;
use crate::render::context::PageContext;
use crate::render::views::{Link, SectionList};
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

/// The list page `page` gives for each language of the site.
pub fn in_every_language<'a>(
    site: &'a SiteIndex,
    templates: &Templates,
    page: impl Fn(&'a str) -> ListPage<'a>,
) -> Vec<Result<Output, Diagnostic>> {
    site.config()
        .codes()
        .map(|lang| render_list(site, templates, page(lang)))
        .collect()
}

/// `/<lang>/letters/`: every letter of the language (`letters.html`).
pub struct LetterList;

impl Generated for LetterList {
    fn folder(&self) -> Option<&'static str> {
        Some("letters")
    }

    fn render(&self, site: &SiteIndex, templates: &Templates) -> Vec<Result<Output, Diagnostic>> {
        in_every_language(site, templates, |lang| ListPage {
            lang,
            folder: "letters",
            template: "letters.html",
            letters: site.letter_links(lang),
            sections: letter_groups(site, lang),
            status: None,
        })
    }
}

/// The letters of `lang` grouped by the situation they belong to: under the first article (in
/// the guide's order) that embeds them, then the letters no article embeds.
fn letter_groups(site: &SiteIndex, lang: &str) -> Vec<SectionList> {
    let of_lang: Vec<&LetterRoute> = site
        .letter_routes()
        .iter()
        .filter(|r| r.lang == lang)
        .collect();
    let route_of = |letter: usize| of_lang.iter().find(|r| r.letter == letter);
    let mut listed = HashSet::new();
    let mut groups = Vec::new();
    for (i, letters) in site.embedded(lang) {
        let pages: Vec<Link> = letters
            .iter()
            .filter(|&&l| listed.insert(l))
            .filter_map(|&l| route_of(l))
            .map(|r| site.letter_link(r))
            .collect();
        if !pages.is_empty() {
            let article = site.link(*i);
            groups.push(SectionList {
                title: article.title,
                description: String::new(),
                path: Some(article.path),
                lang: article.lang,
                pages,
            });
        }
    }
    let rest: Vec<Link> = of_lang
        .iter()
        .filter(|r| !listed.contains(&r.letter))
        .map(|r| site.letter_link(r))
        .collect();
    if !rest.is_empty() {
        let title = if groups.is_empty() {
            String::new()
        } else {
            site.locales()
                .text(lang, "letters-more")
                .unwrap_or_default()
        };
        groups.push(SectionList {
            title,
            description: String::new(),
            path: None,
            lang: lang.to_string(),
            pages: rest,
        });
    }
    groups
}
