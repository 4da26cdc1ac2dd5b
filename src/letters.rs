//! The letters of a site: every translation parsed and checked, a route per (language, letter)
//! with fallbacks, and the views and browser programs templates need.
//! Data in, data out: it never reads files and never renders templates.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{Locales, number_symbols};
use crate::letter::{self, FieldKind, Letter, LetterText, Segment};
use crate::load::SourceFile;
use crate::program::{self, Node};
use crate::render::{ChoiceView, FallbackNotice, FieldView, LetterView, SegmentView};

/// Every letter with its translations, keyed by (language, letter id).
#[derive(Debug, Default)]
pub struct LetterSet {
    pub letters: Vec<Letter>,
    pub texts: HashMap<(String, String), LetterText>,
}

/// Parses every `locales/<lang>/letters/<id>.ftl` and checks it against its declaration.
pub fn parse_all(
    config: &Config,
    letters: Vec<Letter>,
    files: &[SourceFile],
) -> (LetterSet, Diagnostics) {
    let mut problems = Diagnostics::default();
    let mut texts = HashMap::new();
    for file in files {
        let Some((lang, id)) = letter::text_identity(&file.path) else {
            continue;
        };
        if config.language(&lang).is_none() {
            problems.push(crate::i18n::unknown_locale_folder(&file.path, &lang));
            continue;
        }
        let Some(decl) = letters.iter().find(|l| l.id == id) else {
            problems.push(Diagnostic::error(
                "unknown-letter",
                &file.path,
                format!("no letter `{id}` is declared: add `content/letters/{id}.yaml` or rename this file"),
            ));
            continue;
        };
        match letter::parse_text(decl, &lang, file) {
            Ok(text) => {
                texts.insert((lang, id), text);
            }
            Err(d) => problems.extend(d),
        }
    }
    for decl in &letters {
        let translated: Vec<&LetterText> = texts
            .iter()
            .filter(|((_, id), _)| id == &decl.id)
            .map(|(_, t)| t)
            .collect();
        if translated.is_empty() {
            problems.push(Diagnostic::error(
                "untranslated-letter",
                &decl.source.path,
                format!(
                    "letter `{}` has no translation: add `locales/<lang>/letters/{}.ftl`",
                    decl.id, decl.id
                ),
            ));
            continue;
        }
        for (field, line) in decl.fields.iter().zip(&decl.lines) {
            if !translated.iter().any(|t| t.used.contains(&field.id)) {
                problems.push(
                    Diagnostic::error(
                        "unused-field",
                        &decl.source.path,
                        format!(
                            "field `{}` is declared but no language's text uses it",
                            field.id
                        ),
                    )
                    .at(&decl.source.text, *line, 3)
                    .warning(),
                );
            }
        }
    }
    (LetterSet { letters, texts }, problems)
}

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

impl LetterSet {
    pub fn find(&self, id: &str) -> Option<usize> {
        self.letters.iter().position(|l| l.id == id)
    }

    /// The translation of letter `index` to show to a reader of `lang`.
    pub fn text_for(&self, config: &Config, lang: &str, index: usize) -> Option<&LetterText> {
        let id = &self.letters[index].id;
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
            .find_map(|code| self.texts.get(&(code.to_string(), id.clone())))
    }

    /// A route per language and letter, sorted by title.
    pub fn routes(&self, config: &Config) -> Vec<LetterRoute> {
        let mut routes = Vec::new();
        for lang in config.codes() {
            let mut of_lang: Vec<(String, LetterRoute)> = (0..self.letters.len())
                .filter_map(|i| {
                    let text = self.text_for(config, lang, i)?;
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

    /// What the letter snippet template needs to show `letter` to a reader of `lang`.
    pub fn view(
        &self,
        config: &Config,
        locales: &Locales,
        lang: &str,
        index: usize,
        heading: u8,
    ) -> Result<LetterView, String> {
        let decl = &self.letters[index];
        let text = self
            .text_for(config, lang, index)
            .ok_or_else(|| format!("letter `{}` has no translation", decl.id))?;
        let empty = BTreeMap::new();
        let subject = letter::render_with_blanks(decl, text, "subject", &empty)?;
        let body = letter::render_with_blanks(decl, text, "body", &empty)?;
        let fields = decl
            .fields
            .iter()
            .filter(|f| text.used.contains(&f.id))
            .map(|f| {
                let t = text.fields.get(&f.id);
                FieldView {
                    id: f.id.clone(),
                    kind: kind_name(f.kind),
                    required: f.required,
                    label: t.map(|t| t.label.clone()).unwrap_or_else(|| f.id.clone()),
                    hint: t.and_then(|t| t.hint.clone()),
                    example: t.and_then(|t| t.example.clone()),
                    autocomplete: f
                        .autocomplete
                        .clone()
                        .or_else(|| (f.kind == FieldKind::Email).then(|| "email".to_string())),
                    shared: f.shared,
                    choices: f
                        .choices
                        .iter()
                        .map(|c| ChoiceView {
                            id: c.clone(),
                            label: text
                                .choices
                                .get(&(f.id.clone(), c.clone()))
                                .cloned()
                                .unwrap_or_else(|| c.clone()),
                            checked: f.default.as_deref() == Some(c.as_str()),
                        })
                        .collect(),
                }
            })
            .collect();
        let path = format!("{lang}/letters/{}/", text.slug);
        let fallback = (text.lang != lang).then(|| FallbackNotice {
            code: text.lang.clone(),
            name: config
                .language(&text.lang)
                .map(|l| l.name.clone())
                .unwrap_or_default(),
            missing_name: config
                .language(lang)
                .map(|l| l.name.clone())
                .unwrap_or_default(),
            help_path: None,
        });
        Ok(LetterView {
            id: decl.id.clone(),
            lang: text.lang.clone(),
            title: text.title.clone(),
            description: text.description.clone(),
            path,
            fallback,
            fields,
            mailto: mailto(&letter::plain_text(&subject), &letter::plain_text(&body)),
            subject: segment_views(subject),
            body: segment_views(body),
            download: format!("{}.txt", text.slug),
            program: self.program(decl, text, locales)?,
            heading,
        })
    }

    /// The browser program of a translation, as JSON.
    fn program(
        &self,
        decl: &Letter,
        text: &LetterText,
        locales: &Locales,
    ) -> Result<String, String> {
        let (group, decimal) = number_symbols(&text.lang);
        let date = match locales.pattern(&text.lang, "date-long") {
            Some((_, pattern)) => {
                program::compile(pattern, &mut BTreeSet::new(), &mut |_, _| {})
                    .map_err(|u| format!("`date-long` of `{}`: {}", text.lang, u.message))?
            }
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

pub fn kind_name(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Text => "text",
        FieldKind::Multiline => "multiline",
        FieldKind::Date => "date",
        FieldKind::Email => "email",
        FieldKind::Choice => "choice",
    }
}

fn segment_views(segments: Vec<Segment>) -> Vec<SegmentView> {
    segments
        .into_iter()
        .map(|s| match s {
            Segment::Text(text) => SegmentView { text, blank: false },
            Segment::Blank { label, .. } => SegmentView {
                text: format!("[{label}]"),
                blank: true,
            },
        })
        .collect()
}

/// A `mailto:` URL with subject and body, percent-encoded like `encodeURIComponent`, with
/// line breaks as CRLF (RFC 6068).
pub fn mailto(subject: &str, body: &str) -> String {
    format!(
        "mailto:?subject={}&body={}",
        encode_component(subject),
        encode_component(&body.replace("\r\n", "\n").replace('\n', "\r\n"))
    )
}

/// Percent-encoding of `encodeURIComponent`.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
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
    let text = set
        .text_for(config, lang, index)
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
            match crate::page::Date::parse(raw) {
                Some(d) => locales.date(&text.lang, d)?,
                None => raw.to_string(),
            }
        } else {
            raw.to_string()
        };
        args.set(field.id.clone(), value);
    }
    Ok((
        letter::format_message(text, "subject", &args)?,
        letter::format_message(text, "body", &args)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_encodes_cjk_umlauts_and_line_breaks() {
        assert_eq!(
            mailto("Ä 拒", "a\nb"),
            "mailto:?subject=%C3%84%20%E6%8B%92&body=a%0D%0Ab"
        );
    }
}
