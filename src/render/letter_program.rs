//! A letter's browser program: its subject, body and the language's `date-long` as the JSON
//! that `letters.js` evaluates, with what it needs to format values as fluent-rs does; and the
//! reference text fluent-rs gives for raw form values, which the browser must match exactly.
//! It never renders HTML.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::link::letters::text_for;
use crate::parse::config::Config;
use crate::parse::fluent::{Locales, number_symbols};
use crate::parse::letter::{FieldKind, Letter};
use crate::parse::letter_text::{self, LetterText};
use crate::parse::letters::LetterSet;
use crate::parse::page::Date;
use crate::parse::program::{self, Node};
use crate::render::letter_form::kind_name;

/// The browser program of a translation, as JSON.
pub fn program(decl: &Letter, text: &LetterText, locales: &Locales) -> Result<String, String> {
    let (group, decimal) = number_symbols(&text.lang);
    let date = match locales.pattern(&text.lang, "date-long") {
        Some((_, pattern)) => program::compile(pattern, &mut BTreeSet::new(), &mut |_, _| {})
            .map_err(|u| format!("`date-long` of `{}`: {}", text.lang, u.message))?,
        None => Vec::new(),
    };
    let fields: Vec<ProgramField> = decl
        .fields
        .iter()
        .filter(|f| text.used.contains(&f.id))
        .map(|f| ProgramField {
            id: &f.id,
            kind: kind_name(f.kind),
            required: f.required,
            label: text
                .fields
                .get(&f.id)
                .map_or(f.id.as_str(), |t| t.label.as_str()),
            default: f.default.as_deref(),
            shared: f.shared,
        })
        .collect();
    let program = Program {
        id: &decl.id,
        lang: &text.lang,
        group,
        decimal,
        fields,
        subject: &text.subject,
        body: &text.body,
        date,
    };
    serde_json::to_string(&program).map_err(|e| e.to_string())
}

#[derive(Serialize)]
struct ProgramField<'a> {
    id: &'a str,
    kind: &'static str,
    required: bool,
    label: &'a str,
    default: Option<&'a str>,
    shared: bool,
}

/// What the browser evaluates: the texts as programs, with what it needs to format values
/// exactly as fluent-rs does.
#[derive(Serialize)]
struct Program<'a> {
    id: &'a str,
    lang: &'a str,
    group: &'static str,
    decimal: &'static str,
    fields: Vec<ProgramField<'a>>,
    subject: &'a [Node],
    body: &'a [Node],
    date: Vec<Node>,
}

/// The subject and body fluent-rs gives for letter `id` shown to a reader of `lang`, with raw form
/// values (dates as `YYYY-MM-DD`, choices as their ids; missing required fields as `[Label]`).
/// The browser must produce exactly this text.
pub fn reference_text(
    set: &LetterSet,
    config: &Config,
    locales: &Locales,
    lang: &str,
    id: &str,
    values: &BTreeMap<String, String>,
) -> Result<(String, String), String> {
    let index = set
        .find(id)
        .ok_or_else(|| format!("unknown letter `{id}`"))?;
    let decl = &set.letters[index];
    let text = text_for(set, config, lang, index)
        .ok_or_else(|| format!("letter `{id}` has no translation"))?;
    let mut args = fluent::FluentArgs::new();
    for field in decl.fields.iter().filter(|f| text.used.contains(&f.id)) {
        let raw = values.get(&field.id).map(String::as_str).unwrap_or("");
        let value = if field.kind == FieldKind::Choice {
            if raw.is_empty() {
                field.default.clone().unwrap_or_default()
            } else {
                raw.to_string()
            }
        } else if raw.trim().is_empty() {
            if field.required {
                format!(
                    "[{}]",
                    text.fields
                        .get(&field.id)
                        .map_or(field.id.as_str(), |f| f.label.as_str())
                )
            } else {
                String::new()
            }
        } else if field.kind == FieldKind::Date {
            match Date::parse(raw) {
                Some(d) => locales.date(&text.lang, d)?,
                None => raw.to_string(),
            }
        } else {
            raw.to_string()
        };
        args.set(field.id.clone(), value);
    }
    Ok((
        letter_text::format_message(text, "subject", &args)?,
        letter_text::format_message(text, "body", &args)?,
    ))
}
