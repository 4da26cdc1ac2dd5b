//! What `letterpress check` reports beyond build errors: outdated and untracked translations,
//! UI strings missing from or obsolete in a language, variables a translation uses that its
//! source message does not provide, text templates write themselves instead of taking it
//! from Fluent, and the lints of `string_lint` (counts without plural forms, unused keys). All
//! are warnings except unknown variables; this module only reports, it never changes a file.

use std::collections::{BTreeSet, HashMap};

use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use crate::parse::Parsed;
use crate::parse::fluent::variables;
use crate::parse::letters::LetterSet;
use crate::parse::page::Page;
use crate::parse::theme::literal_text;
use crate::translators::status::{Item, LanguageStatus, State};
use crate::translators::string_lint;

/// Every finding for the languages of `status` (the source language has none).
pub fn findings(parsed: &Parsed, status: &[LanguageStatus]) -> Diagnostics {
    let mut out = Diagnostics::default();
    let by_path: HashMap<String, &Page> = parsed
        .pages
        .iter()
        .map(|p| (display_path(p.path()), p))
        .collect();
    for lang in status.iter().filter(|l| !l.source) {
        for item in &lang.items {
            out.extend(stale_item(&by_path, &parsed.letters, &lang.code, item));
        }
        missing_strings(parsed, lang, &mut out);
        obsolete_strings(parsed, lang, &mut out);
        unknown_variables(parsed, &lang.code, &mut out);
    }
    out.extend(literal_text(&parsed.theme.templates));
    out.extend(string_lint::lint(parsed));
    out
}

/// The warning for an outdated or untracked translation, at its marker when it has one.
fn stale_item(
    by_path: &HashMap<String, &Page>,
    letters: &LetterSet,
    lang: &str,
    item: &Item,
) -> Option<Diagnostic> {
    let (code, message) = match item.state {
        State::Outdated => (
            "outdated-translation",
            format!(
                "translation is outdated: `{}` changed since; update it, then run `letterpress translate {} --to {} --refresh`",
                item.source_path, item.key, lang
            ),
        ),
        State::Untracked => (
            "untracked-translation",
            format!(
                "translation has no `source_hash`, so changes to `{}` cannot be detected; run `letterpress translate {} --to {} --refresh` once it is up to date",
                item.source_path, item.key, lang
            ),
        ),
        _ => return None,
    };
    let line = source_hash_line(by_path, letters, lang, item);
    Some(Diagnostic {
        line,
        col: usize::from(line > 0),
        ..Diagnostic::error(code, &item.path, message).warning()
    })
}

/// UI strings the language lacks, shown where the source language defines them.
fn missing_strings(parsed: &Parsed, lang: &LanguageStatus, out: &mut Diagnostics) {
    let source_lang = parsed.config.default_language.as_str();
    let source_messages = parsed.locales.messages(source_lang);
    for id in &lang.missing_strings {
        let origin = source_messages.and_then(|m| m.get(id));
        let path = origin.map_or_else(
            || format!("locales/{}", lang.code),
            |o| {
                display_path(&o.path).replacen(
                    &format!("locales/{source_lang}/"),
                    &format!("locales/{}/", lang.code),
                    1,
                )
            },
        );
        let from = origin
            .map(|o| format!(" (defined in `{}`:{})", display_path(&o.path), o.line))
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
}

/// UI strings only the language has.
fn obsolete_strings(parsed: &Parsed, lang: &LanguageStatus, out: &mut Diagnostics) {
    let source_lang = parsed.config.default_language.as_str();
    let own = parsed.locales.messages(&lang.code);
    for id in &lang.obsolete_strings {
        if let Some(o) = own.and_then(|m| m.get(id)) {
            out.push(Diagnostic {
                line: o.line,
                col: 1,
                ..Diagnostic::error(
                    "obsolete-key",
                    &o.path,
                    format!(
                        "`{id}` does not exist in the source language `{source_lang}`; remove it"
                    ),
                )
                .warning()
            });
        }
    }
}

/// Variables a UI string of `lang` uses that the source language's message does not provide.
fn unknown_variables(parsed: &Parsed, lang: &str, out: &mut Diagnostics) {
    let locales = &parsed.locales;
    let source_lang = parsed.config.default_language.as_str();
    let Some(own) = locales.messages(lang) else {
        return;
    };
    for (id, origin) in own {
        let (Some(mine), Some(theirs)) = (
            locales.own_pattern(lang, id),
            locales.own_pattern(source_lang, id),
        ) else {
            continue;
        };
        let provided = variables(theirs);
        for var in variables(mine).difference(&provided) {
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
    pages: &HashMap<String, &Page>,
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
