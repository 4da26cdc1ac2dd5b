//! Translation status: which articles, letters and UI strings each language has translated,
//! misses or has let fall out of date, measured against the default (source) language.
//! Pure data in, data out; `check`, `status` and the contributor dashboard all use it.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::config::Config;
use crate::i18n::Locales;
use crate::letters::LetterSet;
use crate::page::{Kind, Page};

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

/// A stable 64-bit hash (FNV-1a) as 16 hex digits: the freshness marker of translations.
pub fn hash(text: &str) -> String {
    let h = text.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    });
    format!("{h:016x}")
}

/// The marker an article translation made now from `source` would carry.
pub fn article_hash(source: &Page) -> String {
    let body: String = source
        .body()
        .lines()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n");
    hash(&format!(
        "{}\n{}\n{}",
        source.front.title,
        source.front.description,
        body.trim()
    ))
}

/// The marker of a letter translation made now from the source `.ftl` (comments ignored).
pub fn letter_hash(source_ftl: &str) -> String {
    let text: Vec<&str> = source_ftl
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect();
    hash(text.join("\n").trim())
}

/// The `# source_hash: …` comment of a letter translation.
pub fn letter_marker(ftl: &str) -> Option<String> {
    ftl.lines().find_map(|l| {
        l.trim()
            .strip_prefix("# source_hash:")
            .map(|h| h.trim().to_string())
    })
}

fn state(marker: Option<&str>, current: &str) -> State {
    match marker {
        None => State::Untracked,
        Some(m) if m == current => State::Translated,
        Some(_) => State::Outdated,
    }
}

/// Whether the translation `p` is outdated relative to `source` (its page in the source language).
pub fn is_outdated(p: &Page, source: &Page) -> bool {
    p.lang != source.lang
        && p.front
            .source_hash
            .as_deref()
            .is_some_and(|marker| marker != article_hash(source))
}

/// The status of every language (or of `only` those given).
pub fn status(
    config: &Config,
    pages: &[Page],
    letters: &LetterSet,
    locales: &Locales,
) -> Vec<LanguageStatus> {
    let source_lang = config.default_language.as_str();
    let sources: BTreeMap<(&str, Kind), &Page> = pages
        .iter()
        .filter(|p| p.lang == source_lang)
        .map(|p| ((p.key.as_str(), p.kind), p))
        .collect();
    let by_key: std::collections::HashMap<(&str, &str, Kind), &Page> = pages
        .iter()
        .map(|p| ((p.lang.as_str(), p.key.as_str(), p.kind), p))
        .collect();
    let source_strings: BTreeSet<&String> = locales
        .messages(source_lang)
        .map(|m| m.keys().collect())
        .unwrap_or_default();
    config
        .languages
        .iter()
        .map(|lang| {
            let code = lang.code.as_str();
            let mut articles = Counts::default();
            let mut letter_counts = Counts::default();
            let mut strings = Counts::default();
            let mut items = Vec::new();
            for (&(key, kind), source) in &sources {
                let own = by_key.get(&(code, key, kind)).copied();
                let st = match own {
                    _ if code == source_lang => State::Translated,
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
                    path: crate::diagnostic::display_path(&crate::page::source_path(
                        code, key, kind,
                    )),
                    source_path: crate::diagnostic::display_path(source.path()),
                });
            }
            for decl in &letters.letters {
                let Some(source) = letters
                    .texts
                    .get(&(source_lang.to_string(), decl.id.clone()))
                else {
                    continue;
                };
                let own = letters.texts.get(&(code.to_string(), decl.id.clone()));
                let st = match own {
                    _ if code == source_lang => State::Translated,
                    None => State::Missing,
                    Some(t) => state(
                        letter_marker(&t.source).as_deref(),
                        &letter_hash(&source.source),
                    ),
                };
                letter_counts.add(st);
                items.push(Item {
                    key: format!("letters/{}", decl.id),
                    title: own.map_or(&source.title, |t| &t.title).clone(),
                    state: st,
                    path: format!("locales/{code}/letters/{}.ftl", decl.id),
                    source_path: crate::diagnostic::display_path(&source.path),
                });
            }
            let own_strings: BTreeSet<&String> = locales
                .messages(code)
                .map(|m| m.keys().collect())
                .unwrap_or_default();
            let mut missing_strings = Vec::new();
            for id in &source_strings {
                if own_strings.contains(id) {
                    strings.add(State::Translated);
                } else {
                    strings.add(State::Missing);
                    missing_strings.push((*id).clone());
                }
            }
            let obsolete_strings = own_strings
                .iter()
                .filter(|id| !source_strings.contains(*id))
                .map(|id| (*id).clone())
                .collect();
            LanguageStatus {
                code: code.to_string(),
                name: lang.name.clone(),
                source: code == source_lang,
                articles,
                letters: letter_counts,
                strings,
                items,
                missing_strings,
                obsolete_strings,
            }
        })
        .collect()
}

/// What `letterpress check` reports beyond build errors: outdated and untracked translations,
/// UI strings missing from or obsolete in a language, and variables a translation uses that its
/// source message does not provide.
pub fn findings(
    config: &Config,
    pages: &[Page],
    letters: &LetterSet,
    locales: &Locales,
    status: &[LanguageStatus],
) -> crate::diagnostic::Diagnostics {
    use crate::diagnostic::Diagnostic;
    let mut out = crate::diagnostic::Diagnostics::default();
    let source_lang = config.default_language.as_str();
    let by_path: std::collections::HashMap<String, &Page> = pages
        .iter()
        .map(|p| (crate::diagnostic::display_path(p.path()), p))
        .collect();
    for lang in status.iter().filter(|l| !l.source) {
        for item in &lang.items {
            let (code, message) = match item.state {
                State::Outdated => (
                    "outdated-translation",
                    format!(
                        "translation is outdated: `{}` changed since; update it, then run `letterpress translate {} --to {} --refresh`",
                        item.source_path, item.key, lang.code
                    ),
                ),
                State::Untracked => (
                    "untracked-translation",
                    format!(
                        "translation has no `source_hash`, so changes to `{}` cannot be detected; run `letterpress translate {} --to {} --refresh` once it is up to date",
                        item.source_path, item.key, lang.code
                    ),
                ),
                _ => continue,
            };
            let line = source_hash_line(&by_path, letters, &lang.code, item);
            out.push(Diagnostic {
                line,
                col: usize::from(line > 0),
                ..Diagnostic::error(code, &item.path, message).warning()
            });
        }
        let source_messages = locales.messages(source_lang);
        for id in &lang.missing_strings {
            let origin = source_messages.and_then(|m| m.get(id));
            let path = origin.map_or_else(
                || format!("locales/{}", lang.code),
                |o| {
                    crate::diagnostic::display_path(&o.path).replacen(
                        &format!("locales/{source_lang}/"),
                        &format!("locales/{}/", lang.code),
                        1,
                    )
                },
            );
            let from = origin
                .map(|o| {
                    format!(
                        " (defined in `{}`:{})",
                        crate::diagnostic::display_path(&o.path),
                        o.line
                    )
                })
                .unwrap_or_default();
            out.push(
                Diagnostic::error(
                    "missing-key",
                    path,
                    format!("`{id}` is not translated{from}"),
                )
                .warning(),
            );
        }
        let own = locales.messages(&lang.code);
        for id in &lang.obsolete_strings {
            if let Some(o) = own.and_then(|m| m.get(id)) {
                out.push(Diagnostic {
                    line: o.line,
                    col: 1,
                    ..Diagnostic::error("obsolete-key", &o.path, format!("`{id}` does not exist in the source language `{source_lang}`; remove it")).warning()
                });
            }
        }
        if let Some(own) = own {
            for (id, origin) in own {
                let (Some(mine), Some(theirs)) = (
                    locales.own_pattern(&lang.code, id),
                    locales.own_pattern(source_lang, id),
                ) else {
                    continue;
                };
                let provided = crate::i18n::variables(theirs);
                for var in crate::i18n::variables(mine).difference(&provided) {
                    out.push(Diagnostic {
                        line: origin.line,
                        col: 1,
                        ..Diagnostic::error(
                            "unknown-variable",
                            &origin.path,
                            format!(
                                "`${var}` in `{id}` is not provided: the source message uses {}",
                                list(&provided)
                            ),
                        )
                    });
                }
            }
        }
    }
    out
}

fn list(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        "no variables".to_string()
    } else {
        vars.iter()
            .map(|v| format!("`${v}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Line of the freshness marker of an item's translation (0 when it has none).
fn source_hash_line(
    pages: &std::collections::HashMap<String, &Page>,
    letters: &LetterSet,
    lang: &str,
    item: &Item,
) -> usize {
    let text = if let Some(id) = item.key.strip_prefix("letters/") {
        letters
            .texts
            .get(&(lang.to_string(), id.to_string()))
            .map(|t| t.source.as_str())
    } else {
        pages
            .get(&item.path)
            .map(|p| &p.source.text[..p.body_start])
    };
    text.and_then(|t| {
        t.lines()
            .position(|l| l.contains("source_hash:"))
            .map(|i| i + 1)
    })
    .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_and_ignore_comments() {
        assert_eq!(hash(""), "cbf29ce484222325");
        assert_eq!(
            letter_hash("# source_hash: x\ntitle = A\n"),
            letter_hash("title = A")
        );
        assert_ne!(letter_hash("title = A"), letter_hash("title = B"));
        assert_eq!(
            letter_marker("# source_hash: abc\ntitle = A").as_deref(),
            Some("abc")
        );
    }
}
