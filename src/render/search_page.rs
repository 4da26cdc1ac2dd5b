//! The search page at `/<lang>/search/` (`search.html`), where the search box's form leads:
//! results in the browser, and without JavaScript a plain list of every article and letter of
//! the language. Only when the site has search; it never builds the index (`search/` does).

use crate::diagnostic::Diagnostic;
use crate::output::Output;
use crate::render::Generated;
use crate::render::index::SiteIndex;
use crate::render::lists::{ListPage, in_every_language};
use crate::render::templates::Templates;
use crate::render::views::SectionList;

/// `/<lang>/search/` in every language.
pub struct SearchPage;

impl Generated for SearchPage {
    fn folder(&self) -> Option<&'static str> {
        Some("search")
    }

    fn render(&self, site: &SiteIndex, templates: &Templates) -> Vec<Result<Output, Diagnostic>> {
        if !site.config().search {
            return Vec::new();
        }
        in_every_language(site, templates, |lang| {
            let mut sections = Vec::new();
            collect_sections(site, lang, "", &mut sections);
            ListPage {
                lang,
                folder: "search",
                template: "search.html",
                letters: site.letter_links(lang),
                sections,
                status: None,
            }
        })
    }
}

/// Every folder below `folder` in `lang`, depth first, each with its articles.
fn collect_sections(site: &SiteIndex, lang: &str, folder: &str, out: &mut Vec<SectionList>) {
    let Some(below) = site.folder(lang, folder) else {
        return;
    };
    if !below.articles.is_empty() {
        let section = site
            .routes()
            .position(lang, folder, true)
            .filter(|_| !folder.is_empty());
        out.push(site.section_list(lang, section, &below.articles));
    }
    for &s in &below.sections {
        collect_sections(site, lang, &site.route(s).key, out);
    }
}
