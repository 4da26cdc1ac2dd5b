//! Letters in pages: the interactive snippet a ```` ```letter ```` fence becomes in an article,
//! and each letter's own page at `/<lang>/letters/<slug>/` (or its fallback page). It never
//! decides URLs or fallbacks (`link/letters.rs` does).

use rayon::prelude::*;
use serde::Serialize;

use crate::diagnostic::{Diagnostic, display_path};
use crate::link::letters::{LetterRoute, text_for, translations};
use crate::link::urls::root_prefix;
use crate::output::Output;
use crate::render::Generated;
use crate::render::context::{OutdatedNotice, PageContext};
use crate::render::views::{Link, SectionList, Translation};
use crate::render::index::SiteIndex;
use crate::render::letter_form::{self, LetterSpec, LetterView};
use crate::render::templates::Templates;
use crate::translators::freshness::{letter_hash, letter_marker};

/// Context of the letter snippet template.
#[derive(Serialize)]
struct LetterContext<'a> {
    lang: &'a str,
    root: &'a str,
    letter: &'a LetterView,
    embedded: bool,
}

/// The form and preview of letter `index` for a reader of `lang`.
fn view(site: &SiteIndex, lang: &str, index: usize) -> Result<LetterView, Diagnostic> {
    let spec = LetterSpec {
        lang,
        index,
        heading: 2,
    };
    letter_form::view(site.letters(), site.config(), site.locales(), spec)
        .map_err(|e| Diagnostic::error("letter", &site.letters().letters[index].source.path, e))
}

/// The interactive snippet of a letter, for a reader of `lang` on a page at `root`.
pub fn snippet(
    site: &SiteIndex,
    templates: &Templates,
    lang: &str,
    index: usize,
    root: &str,
) -> Result<String, Diagnostic> {
    let view = view(site, lang, index)?;
    let ctx = LetterContext {
        lang,
        root,
        letter: &view,
        embedded: true,
    };
    templates.render("partials/letter.html", &ctx)
}

/// Every letter's page in every language: `letter.html`.
pub struct LetterPages;

impl Generated for LetterPages {
    fn render(&self, site: &SiteIndex, templates: &Templates) -> Vec<Result<Output, Diagnostic>> {
        site.letter_routes()
            .par_iter()
            .map(|r| page(site, templates, r))
            .collect()
    }
}

/// A page with the letter's snippet and nothing else, at `/<lang>/letters/<slug>/`.
fn page(site: &SiteIndex, templates: &Templates, r: &LetterRoute) -> Result<Output, Diagnostic> {
    let view = view(site, &r.lang, r.letter)?;
    let config = site.config();
    let original = translations(config, site.letter_routes(), r.letter)
        .find(|t| t.lang == r.text_lang)
        .map(|t| t.path.clone());
    let source = text_for(site.letters(), config, &r.lang, r.letter).map(|t| display_path(&t.path));
    let mut info = site.plain_page(
        "letter",
        &r.lang,
        &r.path,
        view.title.clone(),
        view.description.clone(),
    );
    info.key = format!("letters/{}", view.id);
    info.canonical = site.absolute(original.as_deref().unwrap_or(&r.path));
    info.noindex = r.fallback;
    info.fallback = view.fallback.clone().map(|mut f| {
        f.help_path = site.help_path(&r.lang);
        f
    });
    info.source_path = source;
    info.outdated = outdated(site, r);
    info.breadcrumbs.extend(site.letters_link(&r.lang));
    let translations = translations(config, site.letter_routes(), r.letter)
        .map(|t| Translation {
            current: t.lang == r.lang,
            available: !t.fallback,
            ..site.translation_to(&t.lang, t.path.clone())
        })
        .collect();
    let ctx = PageContext {
        translations,
        sections: used_in(site, r),
        letter: Some(view),
        ..PageContext::new(site, &r.lang, &r.text_lang, root_prefix(&r.path), info)
    };
    let html = templates.render("letter.html", &ctx)?;
    Ok(Output::text(format!("{}index.html", r.path), html))
}

/// The articles that explain the letter, in the guide's order, as one untitled list.
fn used_in(site: &SiteIndex, r: &LetterRoute) -> Vec<SectionList> {
    let pages: Vec<Link> = site
        .embedded(&r.lang)
        .iter()
        .filter(|(_, letters)| letters.contains(&r.letter))
        .map(|(i, _)| site.link(*i))
        .collect();
    if pages.is_empty() {
        return Vec::new();
    }
    vec![SectionList {
        title: String::new(),
        description: String::new(),
        path: None,
        lang: r.lang.clone(),
        pages,
    }]
}

/// The notice for a letter translation whose source `.ftl` changed since it was translated.
fn outdated(site: &SiteIndex, r: &LetterRoute) -> Option<OutdatedNotice> {
    let config = site.config();
    let letters = site.letters();
    let source_lang = &config.default_language;
    if r.fallback || &r.text_lang == source_lang {
        return None;
    }
    let id = &letters.letters[r.letter].id;
    let own = letters.texts.get(&(r.text_lang.clone(), id.clone()))?;
    let source = letters.texts.get(&(source_lang.clone(), id.clone()))?;
    let marker = letter_marker(&own.source)?;
    if marker == letter_hash(&source.source) {
        return None;
    }
    Some(OutdatedNotice {
        code: source_lang.clone(),
        name: site.language_name(source_lang),
        path: translations(config, site.letter_routes(), r.letter)
            .find(|t| &t.lang == source_lang)
            .map(|t| t.path.clone())
            .unwrap_or_default(),
    })
}
