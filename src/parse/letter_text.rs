//! Letter translations: one letter in one language (`locales/<lang>/letters/<id>.ftl`), parsed
//! and checked against its declaration, and formatted with fluent-rs (with blanks for readers
//! without JavaScript). It parses and formats text it is given; it never renders pages.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::load::SourceFile;
use crate::parse::fluent::{message_line, new_bundle, parse_resource};
use crate::parse::letter::{FieldKind, Letter};
use crate::parse::program::Node;

/// Visible texts of one field in one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldText {
    pub label: String,
    pub hint: Option<String>,
    pub example: Option<String>,
}

/// A letter translated into one language (`locales/<lang>/letters/<id>.ftl`), compiled.
pub struct LetterText {
    pub lang: String,
    pub path: std::path::PathBuf,
    /// The `.ftl` source, for diagnostics.
    pub source: String,
    pub title: String,
    pub slug: String,
    pub description: String,
    pub subject: Vec<Node>,
    pub body: Vec<Node>,
    /// Ids of the fields this language's subject and body use, in declaration order.
    pub used: Vec<String>,
    pub fields: BTreeMap<String, FieldText>,
    /// (field, choice) → label.
    pub choices: BTreeMap<(String, String), String>,
    /// The Fluent bundle of this translation, for rendering with fluent-rs.
    pub bundle: Bundle,
}

impl std::fmt::Debug for LetterText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LetterText")
            .field("lang", &self.lang)
            .field("slug", &self.slug)
            .finish_non_exhaustive()
    }
}

/// Is `path` a letter translation (`locales/<lang>/letters/<id>.ftl`)? Returns (lang, id).
pub fn text_identity(path: &Path) -> Option<(String, String)> {
    let rel = path.strip_prefix("locales").ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [lang, letters, file] if letters == "letters" => {
            Some((lang.clone(), file.strip_suffix(".ftl")?.to_string()))
        }
        _ => None,
    }
}

/// Messages every letter translation must define.
pub const REQUIRED_MESSAGES: [&str; 5] = ["title", "slug", "description", "subject", "body"];

/// The Fluent bundle of one translation.
type Bundle = fluent::concurrent::FluentBundle<fluent::FluentResource>;

/// Parses and checks one translation of `letter`.
pub fn parse_text(
    letter: &Letter,
    lang: &str,
    file: &SourceFile,
) -> Result<LetterText, Vec<Diagnostic>> {
    let (bundle, mut problems) = bundle(lang, file);
    check_required(&bundle, file, &mut problems);
    let slug = format(&bundle, "slug", None)
        .unwrap_or_default()
        .trim()
        .to_string();
    let (subject, body, used) = compile_messages(letter, &bundle, file, &mut problems);
    let (fields, choices) = labels(letter, lang, &used, &bundle, file, &mut problems);
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    Ok(LetterText {
        lang: lang.to_string(),
        path: file.path.clone(),
        source: file.text.to_string(),
        title: format(&bundle, "title", None).unwrap_or_default(),
        slug,
        description: format(&bundle, "description", None).unwrap_or_default(),
        subject,
        body,
        used,
        fields,
        choices,
        bundle,
    })
}

/// The translation's bundle, with its syntax errors and duplicate messages.
fn bundle(lang: &str, file: &SourceFile) -> (Bundle, Vec<Diagnostic>) {
    let (resource, mut problems) = parse_resource(file);
    let mut bundle = new_bundle(lang);
    if let Err(errors) = bundle.add_resource(resource) {
        for e in errors {
            if let fluent::FluentError::Overriding { id, .. } = e {
                problems.push(
                    Diagnostic::error(
                        "duplicate-key",
                        &file.path,
                        format!("message `{id}` is defined twice"),
                    )
                    .at(&file.text, message_line(&file.text, &id), 1),
                );
            }
        }
    }
    (bundle, problems)
}

/// Message `id` (or its `attribute`) formatted without arguments.
fn format(bundle: &Bundle, id: &str, attribute: Option<&str>) -> Option<String> {
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        None => message.value()?,
        Some(a) => message.get_attribute(a)?.value(),
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// The line after the last one, where missing messages are reported.
fn end_line(text: &str) -> usize {
    text.lines().count().max(1)
}

/// Reports missing required messages and an unusable slug.
fn check_required(bundle: &Bundle, file: &SourceFile, problems: &mut Vec<Diagnostic>) {
    let (path, text) = (&file.path, &file.text);
    for id in REQUIRED_MESSAGES {
        if !bundle.has_message(id) {
            problems.push(
                Diagnostic::error(
                    "missing-key",
                    path,
                    format!("letter translation has no `{id}` message"),
                )
                .at(text, end_line(text), 1),
            );
        }
    }
    let slug = format(bundle, "slug", None)
        .unwrap_or_default()
        .trim()
        .to_string();
    if bundle.has_message("slug")
        && let Some(problem) = crate::parse::page::slug_problem(&slug)
    {
        problems.push(
            Diagnostic::error("invalid-slug", path, format!("slug `{slug}` {problem}")).at(
                text,
                message_line(text, "slug"),
                1,
            ),
        );
    }
}

/// `subject` and `body` compiled into browser programs, and the fields they use (in
/// declaration order); reports what the browser could not evaluate, variant keys that are not
/// choices and variables that are not fields.
fn compile_messages(
    letter: &Letter,
    bundle: &Bundle,
    file: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> (Vec<Node>, Vec<Node>, Vec<String>) {
    let (path, text) = (&file.path, &file.text);
    let mut used = BTreeSet::new();
    let mut compiled = Vec::new();
    for id in ["subject", "body"] {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            compiled.push(Vec::new());
            continue;
        };
        let start = offset_of_message(text, id);
        let mut select_problems = Vec::new();
        let mut on_select = |var: &str, keys: &[(String, bool)]| {
            select_problems.extend(unknown_choices(letter, var, keys));
        };
        match crate::parse::program::compile(pattern, &mut used, &mut on_select) {
            Ok(nodes) => compiled.push(nodes),
            Err(u) => {
                problems.push(
                    Diagnostic::error("unsupported-fluent", path, u.message)
                        .at_offset(text, find_from(text, start, &u.needle)),
                );
                compiled.push(Vec::new());
            }
        }
        for (needle, message) in select_problems {
            problems.push(
                Diagnostic::error("unknown-choice", path, message)
                    .at_offset(text, find_from(text, start, &needle)),
            );
        }
    }
    for var in &used {
        if !letter.fields.iter().any(|f| &f.id == var) {
            let start = offset_of_message(text, "subject").min(offset_of_message(text, "body"));
            problems.push(
                Diagnostic::error(
                    "unknown-variable",
                    path,
                    format!("variable `${var}` is not a field of letter `{}` (see `content/letters/{}.yaml`)", letter.id, letter.id),
                )
                .at_offset(text, find_from(text, start, &format!("${var}"))),
            );
        }
    }
    let used = letter
        .fields
        .iter()
        .filter(|f| used.contains(&f.id))
        .map(|f| f.id.clone())
        .collect();
    let body = compiled.pop().unwrap_or_default();
    let subject = compiled.pop().unwrap_or_default();
    (subject, body, used)
}

/// Variant keys of a select on choice field `var` that are not its choices, as (needle to
/// find the key, message).
fn unknown_choices(letter: &Letter, var: &str, keys: &[(String, bool)]) -> Vec<(String, String)> {
    let Some(field) = letter
        .fields
        .iter()
        .find(|f| f.id == var && f.kind == FieldKind::Choice)
    else {
        return Vec::new();
    };
    keys.iter()
        .filter(|(key, numeric)| *numeric || !field.choices.contains(key))
        .map(|(key, _)| {
            (
                format!("[{key}]"),
                format!(
                    "`{key}` is not a choice of `{var}` (its choices are {})",
                    field
                        .choices
                        .iter()
                        .map(|c| format!("`{c}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
        .collect()
}

/// Field labels (with hints and examples) and choice labels of the fields a translation uses.
type Labels = (
    BTreeMap<String, FieldText>,
    BTreeMap<(String, String), String>,
);

/// The labels of the used fields and their choices; reports missing ones.
fn labels(
    letter: &Letter,
    lang: &str,
    used: &[String],
    bundle: &Bundle,
    file: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Labels {
    let (path, text) = (&file.path, &file.text);
    let mut fields = BTreeMap::new();
    let mut choices = BTreeMap::new();
    for field in letter.fields.iter().filter(|f| used.contains(&f.id)) {
        let key = format!("field-{}", field.id);
        match format(bundle, &key, None) {
            Some(label) => {
                fields.insert(
                    field.id.clone(),
                    FieldText {
                        label,
                        hint: format(bundle, &key, Some("hint")),
                        example: format(bundle, &key, Some("example")),
                    },
                );
            }
            None => problems.push(
                Diagnostic::error(
                    "missing-key",
                    path,
                    format!(
                        "field `{}` is used but has no label: add a `{key}` message",
                        field.id
                    ),
                )
                .at(text, end_line(text), 1),
            ),
        }
        for choice in &field.choices {
            let key = format!("choice-{}-{choice}", field.id);
            match format(bundle, &key, None) {
                Some(label) => {
                    choices.insert((field.id.clone(), choice.clone()), label);
                }
                None => problems.push(
                    Diagnostic::error(
                        "missing-choice-label",
                        path,
                        format!("choice `{choice}` of `{}` has no label in `{lang}`: add a `{key}` message", field.id),
                    )
                    .at(text, end_line(text), 1),
                ),
            }
        }
    }
    (fields, choices)
}

fn offset_of_message(text: &str, id: &str) -> usize {
    let line = crate::parse::fluent::message_line(text, id);
    text.lines()
        .take(line - 1)
        .map(|l| l.len() + 1)
        .sum::<usize>()
        .min(text.len())
}

/// Offset of `needle` at or after `start` (or `start` itself when it is not found).
fn find_from(text: &str, start: usize, needle: &str) -> usize {
    text.get(start..)
        .and_then(|rest| rest.find(needle))
        .map_or(start, |i| start + i)
}

/// A piece of a letter rendered for readers without JavaScript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    /// A blank the reader has not filled: shown as `[Label]`.
    Blank {
        field: String,
        label: String,
    },
}

const BLANK_OPEN: char = '\u{E000}';
const BLANK_CLOSE: char = '\u{E001}';

/// Formats `message` (`subject` or `body`) with fluent-rs and the given values; fields without
/// a value become blanks (required and fillable fields) or empty text (optional ones), and choice
/// fields take their default.
pub fn render_with_blanks(
    letter: &Letter,
    text: &LetterText,
    message: &str,
    values: &BTreeMap<String, String>,
) -> Result<Vec<Segment>, String> {
    let mut args = fluent::FluentArgs::new();
    for field in letter.fields.iter().filter(|f| text.used.contains(&f.id)) {
        let value = match (values.get(&field.id), field.kind) {
            (Some(v), _) if !v.is_empty() => v.clone(),
            (_, FieldKind::Choice) => field.default.clone().unwrap_or_default(),
            _ if field.required => format!("{BLANK_OPEN}{}{BLANK_CLOSE}", field.id),
            _ => String::new(),
        };
        args.set(field.id.clone(), value);
    }
    let formatted = format_message(text, message, &args)?;
    let mut segments = Vec::new();
    let mut rest = formatted.as_str();
    while let Some(open) = rest.find(BLANK_OPEN) {
        if open > 0 {
            segments.push(Segment::Text(rest[..open].to_string()));
        }
        let after = &rest[open + BLANK_OPEN.len_utf8()..];
        let close = after.find(BLANK_CLOSE).unwrap_or(after.len());
        let field = after[..close].to_string();
        let label = text
            .fields
            .get(&field)
            .map(|f| f.label.clone())
            .unwrap_or_else(|| field.clone());
        segments.push(Segment::Blank { field, label });
        rest = after.get(close + BLANK_CLOSE.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() {
        segments.push(Segment::Text(rest.to_string()));
    }
    Ok(segments)
}

/// Formats a message of the translation with fluent-rs (the reference the browser must match).
pub fn format_message(
    text: &LetterText,
    message: &str,
    args: &fluent::FluentArgs,
) -> Result<String, String> {
    let pattern = text
        .bundle
        .get_message(message)
        .and_then(|m| m.value())
        .ok_or_else(|| format!("no `{message}` message"))?;
    let mut errors = Vec::new();
    let out = text
        .bundle
        .format_pattern(pattern, Some(args), &mut errors)
        .into_owned();
    match errors.first() {
        Some(e) => Err(e.to_string()),
        None => Ok(tidy(&out)),
    }
}

/// A letter's text without whitespace at the end of a line or of the text, which an empty
/// optional field leaves behind (`letters.js` does the same).
fn tidy(text: &str) -> String {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.trim_end_matches([' ', '\t']))
        .collect();
    lines.join("\n").trim_end().to_string()
}

/// Plain text of segments, with blanks as `[Label]`.
pub fn plain_text(segments: &[Segment]) -> String {
    segments
        .iter()
        .map(|s| match s {
            Segment::Text(t) => t.clone(),
            Segment::Blank { label, .. } => format!("[{label}]"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_optional_fields_leave_no_trailing_whitespace() {
        assert_eq!(
            tidy("Dear Anna, \nThanks \t\n\nBest,\nMads\n \n"),
            "Dear Anna,\nThanks\n\nBest,\nMads"
        );
    }
}
