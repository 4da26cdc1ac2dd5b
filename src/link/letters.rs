//! Letter pages: a route per (language, letter) — the language's own translation or, where it
//! is missing, its fallback — at `/<lang>/letters/<slug>/`, and the URLs letters would share
//! with each other or with pages. It never renders and never reads files.

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;
use crate::link::routes::{Routes, slug_position};
use crate::parse::config::Config;
use crate::parse::letter_text::LetterText;
use crate::parse::letters::LetterSet;
use crate::parse::page::Page;

/// One letter page: a letter in one language (or its fallback).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterRoute {
    pub lang: String,
    /// Index into [`LetterSet::letters`].
    pub letter: usize,
    /// The language whose translation is shown.
    pub text_lang: String,
    pub fallback: bool,
    /// `de/letters/absage-jobangebot/`.
    pub path: String,
}

/// The translation of letter `index` to show to a reader of `lang`: the language's own, else
/// the first of its fallbacks, else the first language that has one.
pub fn text_for<'a>(
    set: &'a LetterSet,
    config: &Config,
    lang: &str,
    index: usize,
) -> Option<&'a LetterText> {
    let id = &set.letters[index].id;
    let chain = std::iter::once(lang)
        .chain(
            config
                .language(lang)
                .map(|l| l.fallback.iter().map(String::as_str))
                .into_iter()
                .flatten(),
        )
        .chain(config.codes());
    chain
        .into_iter()
        .find_map(|code| set.texts.get(&(code.to_string(), id.clone())))
}

/// A route per language and letter, sorted by title within each language.
pub fn routes(set: &LetterSet, config: &Config) -> Vec<LetterRoute> {
    let mut routes = Vec::new();
    for lang in config.codes() {
        let mut of_lang: Vec<(String, LetterRoute)> = (0..set.letters.len())
            .filter_map(|i| {
                let text = text_for(set, config, lang, i)?;
                Some((
                    text.title.clone(),
                    LetterRoute {
                        lang: lang.to_string(),
                        letter: i,
                        text_lang: text.lang.clone(),
                        fallback: text.lang != lang,
                        path: format!("{lang}/letters/{}/", text.slug),
                    },
                ))
            })
            .collect();
        of_lang.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.path.cmp(&b.1.path)));
        routes.extend(of_lang.into_iter().map(|(_, r)| r));
    }
    routes
}

/// The routes of one letter in every language, in language order.
pub fn translations<'a>(
    config: &'a Config,
    letter_routes: &'a [LetterRoute],
    letter: usize,
) -> impl Iterator<Item = &'a LetterRoute> + 'a {
    config.codes().filter_map(move |c| {
        letter_routes
            .iter()
            .find(|r| r.letter == letter && r.lang == c)
    })
}

/// Letter pages whose URL collides with another letter's (equal slugs) or with a page's.
pub fn collisions(
    routes: &Routes,
    pages: &[Page],
    letter_routes: &[LetterRoute],
    set: &LetterSet,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut seen: HashMap<&str, &LetterRoute> = HashMap::new();
    for r in letter_routes.iter().filter(|r| !r.fallback) {
        let Some(text) = set
            .texts
            .get(&(r.text_lang.clone(), set.letters[r.letter].id.clone()))
        else {
            continue;
        };
        if let Some(first) = seen.get(r.path.as_str()) {
            problems.push(
                Diagnostic::error(
                    "duplicate-slug",
                    &text.path,
                    format!(
                        "duplicate slug: letters `{}` and `{}` would both be written to `{}`",
                        set.letters[first.letter].id, set.letters[r.letter].id, r.path
                    ),
                )
                .at(
                    &text.source,
                    crate::parse::fluent::message_line(&text.source, "slug"),
                    1,
                ),
            );
        } else {
            seen.insert(&r.path, r);
        }
    }
    for route in routes.routes.iter().filter(|r| !r.fallback) {
        if seen.contains_key(route.path.as_str()) {
            problems.push(taken(&pages[route.page], &route.path, "a letter"));
        }
    }
    problems
}

/// A page whose URL `path` is taken by something Letterpress makes (`taken_by`), shown at its
/// `slug:` line, or at the file when its slug comes from the file name.
pub fn taken(page: &Page, path: &str, taken_by: &str) -> Diagnostic {
    let problem = Diagnostic::error(
        "duplicate-slug",
        page.path(),
        format!("this page's URL `{path}` is taken by {taken_by}; choose another slug"),
    );
    if page.front.slug.is_some() {
        let (line, col) = slug_position(page);
        problem.at(&page.source.text, line, col)
    } else {
        problem
    }
}
