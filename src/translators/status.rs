//! Translation status: which articles, letters and UI strings each language has translated,
//! misses or has let fall out of date, measured against the default (source) language.
//! Pure data in, data out; `check`, `status` and the contributor dashboard all use it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::parse::Parsed;
use crate::parse::page::{Kind, Page};
use crate::translators::freshness::{is_outdated, letter_hash, letter_marker};

/// State of one translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Translated from the current source.
    Translated,
    /// Translated, but without a `source_hash` to tell whether the source changed since.
    Untracked,
    /// The source changed since the translation was made.
    Outdated,
    /// Not translated (readers see a fallback).
    Missing,
}

/// One article or letter in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// `offers/decline-offer` for articles, `letters/decline-offer` for letters.
    pub key: String,
    pub title: String,
    pub state: State,
    /// Source file of the translation (or where it would be).
    pub path: String,
    /// Source file in the source language.
    pub source_path: String,
}

/// Counts of one kind of thing in one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub total: usize,
    pub translated: usize,
    pub outdated: usize,
    pub missing: usize,
}

impl Counts {
    fn add(&mut self, state: State) {
        self.total += 1;
        match state {
            State::Translated | State::Untracked => self.translated += 1,
            State::Outdated => self.outdated += 1,
            State::Missing => self.missing += 1,
        }
    }

    /// Share of items translated and up to date, in percent (100 when there is nothing).
    pub fn percent(&self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }
}

/// Everything about one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageStatus {
    pub code: String,
    pub name: String,
    /// True for the source language (everything else is measured against it).
    pub source: bool,
    pub articles: Counts,
    pub letters: Counts,
    pub strings: Counts,
    pub items: Vec<Item>,
    /// UI string ids the language lacks.
    pub missing_strings: Vec<String>,
    /// UI string ids only the language has.
    pub obsolete_strings: Vec<String>,
}

/// The status of every language.
pub fn status(parsed: &Parsed) -> Vec<LanguageStatus> {
    let source_lang = parsed.config.default_language.as_str();
    let sources = Sources {
        parsed,
        source_lang,
        pages: parsed
            .pages
            .iter()
            .filter(|p| p.lang == source_lang)
            .map(|p| ((p.key.as_str(), p.kind), p))
            .collect(),
        by_key: parsed
            .pages
            .iter()
            .map(|p| ((p.lang.as_str(), p.key.as_str(), p.kind), p))
            .collect(),
        strings: parsed
            .locales
            .messages(source_lang)
            .map(|m| m.keys().collect())
            .unwrap_or_default(),
    };
    parsed
        .config
        .languages
        .iter()
        .map(|lang| {
            let code = lang.code.as_str();
            let mut items = Vec::new();
            let articles = sources.articles(code, &mut items);
            let letters = sources.letters(code, &mut items);
            let (strings, missing_strings, obsolete_strings) = sources.strings(code);
            LanguageStatus {
                code: code.to_string(),
                name: lang.name.clone(),
                source: code == source_lang,
                articles,
                letters,
                strings,
                items,
                missing_strings,
                obsolete_strings,
            }
        })
        .collect()
}

/// What every language is measured against: the source language's pages and strings.
struct Sources<'a> {
    parsed: &'a Parsed,
    source_lang: &'a str,
    /// (key, kind) → the page in the source language, sorted.
    pages: BTreeMap<(&'a str, Kind), &'a Page>,
    /// (language, key, kind) → page.
    by_key: HashMap<(&'a str, &'a str, Kind), &'a Page>,
    /// UI string ids of the source language.
    strings: BTreeSet<&'a String>,
}

impl Sources<'_> {
    /// Counts the articles (and home and section pages) of `code`, adding an item for each.
    fn articles(&self, code: &str, items: &mut Vec<Item>) -> Counts {
        let mut articles = Counts::default();
        for (&(key, kind), source) in &self.pages {
            let own = self.by_key.get(&(code, key, kind)).copied();
            let st = match own {
                _ if code == self.source_lang => State::Translated,
                None => State::Missing,
                Some(p) => match p.front.source_hash.as_deref() {
                    None => State::Untracked,
                    Some(_) if is_outdated(p, source) => State::Outdated,
                    Some(_) => State::Translated,
                },
            };
            articles.add(st);
            items.push(Item {
                key: if key.is_empty() {
                    "_index".to_string()
                } else if kind == Kind::Article {
                    key.to_string()
                } else {
                    format!("{key}/_index")
                },
                title: own.map_or(&source.front.title, |p| &p.front.title).clone(),
                state: st,
                path: crate::diagnostic::display_path(&crate::parse::page::source_path(
                    code, key, kind,
                )),
                source_path: crate::diagnostic::display_path(source.path()),
            });
        }
        articles
    }

    /// Counts the letters of `code`, adding an item for each.
    fn letters(&self, code: &str, items: &mut Vec<Item>) -> Counts {
        let letters = &self.parsed.letters;
        let mut counts = Counts::default();
        for decl in &letters.letters {
            let Some(source) = letters
                .texts
                .get(&(self.source_lang.to_string(), decl.id.clone()))
            else {
                continue;
            };
            let own = letters.texts.get(&(code.to_string(), decl.id.clone()));
            let st = match own {
                _ if code == self.source_lang => State::Translated,
                None => State::Missing,
                Some(t) => state(
                    letter_marker(&t.source).as_deref(),
                    &letter_hash(&source.source),
                ),
            };
            counts.add(st);
            items.push(Item {
                key: format!("letters/{}", decl.id),
                title: own.map_or(&source.title, |t| &t.title).clone(),
                state: st,
                path: format!("locales/{code}/letters/{}.ftl", decl.id),
                source_path: crate::diagnostic::display_path(&source.path),
            });
        }
        counts
    }

    /// The UI strings of `code`: counts, ids it lacks, ids only it has.
    fn strings(&self, code: &str) -> (Counts, Vec<String>, Vec<String>) {
        let own_strings: BTreeSet<&String> = self
            .parsed
            .locales
            .messages(code)
            .map(|m| m.keys().collect())
            .unwrap_or_default();
        let mut strings = Counts::default();
        let mut missing = Vec::new();
        for id in &self.strings {
            if own_strings.contains(id) {
                strings.add(State::Translated);
            } else {
                strings.add(State::Missing);
                missing.push((*id).clone());
            }
        }
        let obsolete = own_strings
            .iter()
            .filter(|id| !self.strings.contains(*id))
            .map(|id| (*id).clone())
            .collect();
        (strings, missing, obsolete)
    }
}

fn state(marker: Option<&str>, current: &str) -> State {
    match marker {
        None => State::Untracked,
        Some(m) if m == current => State::Translated,
        Some(_) => State::Outdated,
    }
}
