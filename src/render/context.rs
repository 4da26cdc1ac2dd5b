//! The context every page template gets (`PageContext`, documented for theme authors): the
//! site, the page with its notices, and (from `views.rs`) its translations and lists of links.
//! Only data; the renderers fill it, and it never renders or looks anything up itself.

use serde::Serialize;

use crate::render::index::SiteIndex;
use crate::render::letter_form::LetterView;
use crate::render::markdown::Heading;
use crate::render::views::{Link, SectionList, Translation};
use crate::translators::status::LanguageStatus;

/// The site-wide part of every page's context.
#[derive(Debug, Clone, Serialize)]
pub struct SiteInfo {
    pub base_url: String,
    pub default_language: String,
    pub languages: Vec<LanguageInfo>,
    pub repository: Option<String>,
    /// The site has a search index (templates show the search box).
    pub search: bool,
}

/// A language, as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageInfo {
    pub code: String,
    pub name: String,
    pub dir: &'static str,
}

/// Notice shown on a page displayed in a fallback language.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct FallbackNotice {
    /// Code and name of the language whose text is shown.
    pub code: String,
    pub name: String,
    /// Name of the page's (missing) language.
    pub missing_name: String,
    /// Path of the page that explains how to contribute, if the site has one.
    pub help_path: Option<String>,
}

/// Notice shown on a translation whose source has changed since.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct OutdatedNotice {
    /// Code and name of the source language.
    pub code: String,
    pub name: String,
    /// Path of the source page.
    pub path: String,
}

/// Everything templates know about the page being rendered.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct PageInfo {
    /// `home`, `section`, `article`, `not-found`, `chooser`.
    pub kind: &'static str,
    pub key: String,
    pub title: String,
    pub description: String,
    pub path: String,
    pub canonical: String,
    pub content: String,
    pub toc: Vec<Heading>,
    pub date: Option<String>,
    pub date_display: Option<String>,
    pub updated: Option<String>,
    pub updated_display: Option<String>,
    pub reading_minutes: u64,
    pub tags: Vec<String>,
    pub noindex: bool,
    pub fallback: Option<FallbackNotice>,
    /// Set when this translation's source changed since it was translated.
    pub outdated: Option<OutdatedNotice>,
    pub breadcrumbs: Vec<Link>,
    pub prev: Option<Link>,
    pub next: Option<Link>,
    /// Source file, relative to the site root (for "edit this page").
    pub source_path: Option<String>,
}

/// The context of one HTML page.
#[derive(Debug, Clone, Serialize)]
pub struct PageContext<'a> {
    /// Language of the interface (and of the URL).
    pub lang: &'a str,
    /// Language of the main text (differs on fallback pages).
    pub text_lang: &'a str,
    pub dir: &'static str,
    /// Relative way back to the site root (`../../`), or the base path on 404 pages.
    pub root: String,
    pub site: &'a SiteInfo,
    pub page: PageInfo,
    pub translations: Vec<Translation>,
    /// Sections and their pages (home and section pages); the letters grouped by situation
    /// (letters list); the articles that explain the letter (letter page).
    pub sections: Vec<SectionList>,
    /// Top-level navigation: the language's sections.
    pub nav: &'a [Link],
    /// The language's letters (home and letters index).
    pub letters: Vec<Link>,
    /// The letter of a letter page.
    pub letter: Option<LetterView>,
    /// Translation status of every language (the contributor dashboard).
    pub status: Option<&'a [LanguageStatus]>,
}

impl PageInfo {
    /// A page without Markdown source: everything but what is given is empty.
    pub fn bare(
        kind: &'static str,
        path: String,
        canonical: String,
        title: String,
        description: String,
    ) -> PageInfo {
        PageInfo {
            kind,
            key: String::new(),
            title,
            description,
            path,
            canonical,
            content: String::new(),
            toc: Vec::new(),
            date: None,
            date_display: None,
            updated: None,
            updated_display: None,
            reading_minutes: 0,
            tags: Vec::new(),
            noindex: false,
            fallback: None,
            outdated: None,
            breadcrumbs: Vec::new(),
            prev: None,
            next: None,
            source_path: None,
        }
    }
}

impl<'a> PageContext<'a> {
    /// The context of `page` for a reader of `lang`, whose text is in `text_lang` (the writing
    /// direction follows the text); lists, the letter and the status are empty.
    pub fn new(
        site: &'a SiteIndex,
        lang: &'a str,
        text_lang: &'a str,
        root: String,
        page: PageInfo,
    ) -> PageContext<'a> {
        PageContext {
            lang,
            text_lang,
            dir: site.dir(text_lang),
            root,
            site: &site.info,
            page,
            translations: Vec::new(),
            sections: Vec::new(),
            nav: site.nav(lang),
            letters: Vec::new(),
            letter: None,
            status: None,
        }
    }
}
