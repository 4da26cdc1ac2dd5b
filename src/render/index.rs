//! The site index: the linked site with the lookups every renderer shares, worked out once per
//! build — each folder's sections and articles in order, navigation, letter lists, dates as each
//! language writes them — and the links, translations and lists templates show. It is read-only
//! while pages render; it never renders a page itself.

use std::collections::{HashMap, HashSet};

use crate::diagnostic::Diagnostic;
use crate::link::Linked;
use crate::link::files::FileLookup;
use crate::link::letters::LetterRoute;
use crate::link::routes::{Route, Routes};
use crate::link::urls::encode_path;
use crate::parse::config::{Config, Direction};
use crate::parse::fluent::Locales;
use crate::parse::letters::LetterSet;
use crate::parse::page::{Date, Kind, Page, parent_key};
use crate::render::context::{LanguageInfo, SiteInfo};
use crate::render::markdown;
use crate::render::views::Link;

/// The routes directly below one folder of one language, as route indexes, each sorted by
/// weight, then title, then key.
#[derive(Debug, Clone, Default)]
pub struct Folder {
    pub sections: Vec<usize>,
    pub articles: Vec<usize>,
}

/// The linked site and its lookups, shared read-only by the rendering threads.
pub struct SiteIndex {
    pub linked: Linked,
    /// The site-wide part of every page's context.
    pub info: SiteInfo,
    /// Language → folder key → what is below it.
    folders: HashMap<String, HashMap<String, Folder>>,
    /// Language → top-level navigation.
    nav: HashMap<String, Vec<Link>>,
    /// Language → its letters, for lists.
    letter_links: HashMap<String, Vec<Link>>,
    /// Language → date → the date as the language writes it.
    dates: HashMap<String, HashMap<Date, String>>,
    /// Language → its articles that embed letters, in the guide's order, with those letters.
    embedded: HashMap<String, Vec<(usize, Vec<usize>)>>,
}

impl SiteIndex {
    /// Works out the lookups of `linked`.
    pub fn new(linked: Linked) -> SiteIndex {
        let config = &linked.parsed.config;
        let info = SiteInfo {
            base_url: config.base_url.clone(),
            default_language: config.default_language.clone(),
            languages: config
                .languages
                .iter()
                .map(|l| LanguageInfo {
                    code: l.code.clone(),
                    name: l.name.clone(),
                    dir: dir(l.dir),
                })
                .collect(),
            repository: config.repository.clone(),
            search: config.search,
        };
        let folders = folders(&linked);
        let dates = dates(&linked);
        let mut index = SiteIndex {
            linked,
            info,
            folders,
            nav: HashMap::new(),
            letter_links: HashMap::new(),
            dates,
            embedded: HashMap::new(),
        };
        index.letter_links = index.letter_lists();
        index.nav = index.navigation();
        index.embedded = index.embedded_letters();
        index
    }

    /// Each language's top-level sections, its letters (when it has any) and its top-level
    /// articles.
    fn navigation(&self) -> HashMap<String, Vec<Link>> {
        self.config()
            .languages
            .iter()
            .map(|l| {
                let top = self.folder(&l.code, "").cloned().unwrap_or_default();
                let mut nav: Vec<Link> = top
                    .sections
                    .iter()
                    .chain(&top.articles)
                    .map(|&i| self.link(i))
                    .collect();
                let has_letters = self.letter_routes().iter().any(|r| r.lang == l.code);
                if has_letters && let Some(link) = self.letters_link(&l.code) {
                    nav.insert(top.sections.len(), link);
                }
                (l.code.clone(), nav)
            })
            .collect()
    }

    /// Each language's articles that embed letters, in the guide's order, with those letters.
    fn embedded_letters(&self) -> HashMap<String, Vec<(usize, Vec<usize>)>> {
        self.config()
            .languages
            .iter()
            .map(|l| {
                let mut order = Vec::new();
                self.articles_in_order(&l.code, "", &mut order);
                let list = order
                    .into_iter()
                    .filter_map(|i| {
                        let letters: Vec<usize> = markdown::letter_ids(self.page_of(i).body())
                            .iter()
                            .filter_map(|id| self.letters().find(id))
                            .collect();
                        (!letters.is_empty()).then_some((i, letters))
                    })
                    .collect();
                (l.code.clone(), list)
            })
            .collect()
    }

    /// The article routes of `lang` below `folder` in the guide's order, as the menu shows them:
    /// each section's articles and then its subsections, and the top-level articles last.
    fn articles_in_order(&self, lang: &str, folder: &str, out: &mut Vec<usize>) {
        let Some(below) = self.folder(lang, folder) else {
            return;
        };
        if !folder.is_empty() {
            out.extend(&below.articles);
        }
        for &s in &below.sections {
            self.articles_in_order(lang, &self.route(s).key, out);
        }
        if folder.is_empty() {
            out.extend(&below.articles);
        }
    }

    /// The articles of `lang` that embed letters, in the guide's order, with those letters.
    pub fn embedded(&self, lang: &str) -> &[(usize, Vec<usize>)] {
        self.embedded.get(lang).map_or(&[], |v| v.as_slice())
    }

    /// Each language's letters, in the order of their routes.
    fn letter_lists(&self) -> HashMap<String, Vec<Link>> {
        self.config()
            .languages
            .iter()
            .map(|l| {
                let links = self
                    .letter_routes()
                    .iter()
                    .filter(|r| r.lang == l.code)
                    .map(|r| self.letter_link(r))
                    .collect();
                (l.code.clone(), links)
            })
            .collect()
    }

    pub fn config(&self) -> &Config {
        &self.linked.parsed.config
    }

    pub fn pages(&self) -> &[Page] {
        &self.linked.parsed.pages
    }

    pub fn locales(&self) -> &Locales {
        &self.linked.parsed.locales
    }

    pub fn letters(&self) -> &LetterSet {
        &self.linked.parsed.letters
    }

    pub fn routes(&self) -> &Routes {
        &self.linked.routes
    }

    pub fn letter_routes(&self) -> &[LetterRoute] {
        &self.linked.letter_routes
    }

    /// Where links to files next to the articles are resolved.
    pub fn file_lookup(&self) -> FileLookup<'_> {
        FileLookup {
            config: self.config(),
            routes: self.routes(),
            files: &self.linked.parsed.files,
        }
    }

    pub fn route(&self, i: usize) -> &Route {
        &self.linked.routes.routes[i]
    }

    /// The page whose text route `i` shows.
    pub fn page_of(&self, i: usize) -> &Page {
        &self.pages()[self.route(i).page]
    }

    /// What is below folder `key` of `lang`.
    pub fn folder(&self, lang: &str, key: &str) -> Option<&Folder> {
        self.folders.get(lang)?.get(key)
    }

    /// The top-level navigation of `lang`.
    pub fn nav(&self, lang: &str) -> &[Link] {
        self.nav.get(lang).map_or(&[], |v| v.as_slice())
    }

    /// The letters of `lang`, for lists.
    pub fn letter_links(&self, lang: &str) -> Vec<Link> {
        self.letter_links.get(lang).cloned().unwrap_or_default()
    }

    /// The name of language `code` in itself (empty for an unknown code).
    pub fn language_name(&self, code: &str) -> String {
        self.config()
            .language(code)
            .map(|l| l.name.clone())
            .unwrap_or_default()
    }

    /// The writing direction of language `code`.
    pub fn dir(&self, code: &str) -> &'static str {
        self.config().language(code).map_or("ltr", |l| dir(l.dir))
    }

    /// The absolute URL of a path from the site root.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.config().base_url, encode_path(path))
    }

    /// Path of the page of `lang` that explains how to contribute (`about`), if there is one.
    pub fn help_path(&self, lang: &str) -> Option<String> {
        self.routes()
            .get(lang, "about", false)
            .map(|a| a.path.clone())
    }

    /// `date` as `lang` writes it, if the site has that date.
    pub fn written_date(&self, lang: &str, date: Date) -> Option<String> {
        self.dates.get(lang)?.get(&date).cloned()
    }

    /// `date` as `lang` writes it; a language that cannot write it is a problem.
    pub fn date_display(
        &self,
        lang: &str,
        date: Option<Date>,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        let d = date?;
        if let Some(text) = self.written_date(lang, d) {
            return Some(text);
        }
        match self.locales().date(lang, d) {
            Ok(s) => Some(s),
            Err(e) => {
                problems.push(Diagnostic::error(
                    "missing-key",
                    format!("locales/{lang}"),
                    e,
                ));
                None
            }
        }
    }

    /// The page in the source language that `p` translates (if it is a translation).
    pub fn source_of(&self, p: &Page) -> Option<&Page> {
        let source_lang = self.config().default_language.as_str();
        if p.lang == source_lang {
            return None;
        }
        let route = self.routes().get(source_lang, &p.key, p.kind.is_folder())?;
        (!route.fallback).then(|| &self.pages()[route.page])
    }
}

/// `ltr` or `rtl`, as templates write it.
pub fn dir(d: Direction) -> &'static str {
    match d {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    }
}

/// Sections and articles below each folder, per language, sorted by weight, then title.
fn folders(linked: &Linked) -> HashMap<String, HashMap<String, Folder>> {
    let pages = &linked.parsed.pages;
    let routes = &linked.routes.routes;
    let mut map: HashMap<String, HashMap<String, Folder>> = HashMap::new();
    for (i, r) in routes.iter().enumerate() {
        if r.kind == Kind::Home {
            continue;
        }
        let folder = map
            .entry(r.lang.clone())
            .or_default()
            .entry(parent_key(&r.key).to_string())
            .or_default();
        if r.kind == Kind::Section {
            folder.sections.push(i)
        } else {
            folder.articles.push(i)
        }
    }
    let order = |i: &usize| {
        let p = &pages[routes[*i].page];
        (p.front.weight, p.front.title.clone(), p.key.clone())
    };
    for folder in map.values_mut().flat_map(|m| m.values_mut()) {
        folder.sections.sort_by_cached_key(order);
        folder.articles.sort_by_cached_key(order);
    }
    map
}

/// Every date of the site, as each language writes it.
fn dates(linked: &Linked) -> HashMap<String, HashMap<Date, String>> {
    let parsed = &linked.parsed;
    let distinct: HashSet<Date> = parsed
        .pages
        .iter()
        .flat_map(|p| p.front.date.into_iter().chain(p.front.updated))
        .collect();
    parsed
        .config
        .languages
        .iter()
        .map(|lang| {
            let written = distinct
                .iter()
                .filter_map(|&d| Some((d, parsed.locales.date(&lang.code, d).ok()?)))
                .collect();
            (lang.code.clone(), written)
        })
        .collect()
}
