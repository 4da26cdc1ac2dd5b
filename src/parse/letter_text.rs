//! Letter translations: one letter in one language (`locales/<lang>/letters/<id>.ftl`), parsed
//! and checked against its declaration, and formatted with fluent-rs (with blanks for readers
//! without JavaScript). It parses and formats text it is given; it never renders pages.

use std::collections::BTreeSet;
use std::path::Path;

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::load::SourceFile;
use crate::parse::letter::{FieldKind, Letter};

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
    pub subject: Vec<crate::parse::program::Node>,
    pub body: Vec<crate::parse::program::Node>,
    /// Ids of the fields this language's subject and body use, in declaration order.
    pub used: Vec<String>,
    pub fields: std::collections::BTreeMap<String, FieldText>,
    /// (field, choice) → label.
    pub choices: std::collections::BTreeMap<(String, String), String>,
    /// The Fluent bundle of this translation, for rendering with fluent-rs.
    pub bundle: fluent::concurrent::FluentBundle<fluent::FluentResource>,
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

/// Parses and checks one translation of `letter`.
pub fn parse_text(
    letter: &Letter,
    lang: &str,
    file: &SourceFile,
) -> Result<LetterText, Vec<Diagnostic>> {
    let path = &file.path;
    let text = &file.text;
    let index = LineIndex::new(text);
    let (bundle, mut problems) = letter_bundle(lang, file);
    let format = |id: &str, attribute: Option<&str>| -> Option<String> {
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
    };
    let slug = format("slug", None).unwrap_or_default().trim().to_string();
    problems.extend(required_messages(&bundle, file, &slug));
    let mut used = BTreeSet::new();
    let [subject, body] = ["subject", "body"].map(|id| {
        compile_message(
            letter,
            &bundle,
            (file, &index),
            id,
            &mut used,
            &mut problems,
        )
    });
    problems.extend(unknown_variables(letter, file, &index, &used));
    let used: Vec<String> = letter
        .fields
        .iter()
        .filter(|f| used.contains(&f.id))
        .map(|f| f.id.clone())
        .collect();
    let (fields, choices) = field_texts(letter, (lang, file), &used, &format, &mut problems);
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    Ok(LetterText {
        lang: lang.to_string(),
        path: path.clone(),
        source: text.to_string(),
        title: format("title", None).unwrap_or_default(),
        slug,
        description: format("description", None).unwrap_or_default(),
        subject,
        body,
        used,
        fields,
        choices,
        bundle,
    })
}

type Bundle = fluent::concurrent::FluentBundle<fluent::FluentResource>;

/// The messages a translation lacks of [`REQUIRED_MESSAGES`], and a `slug` that is no slug.
fn required_messages(bundle: &Bundle, file: &SourceFile, slug: &str) -> Vec<Diagnostic> {
    let (path, text) = (&file.path, &file.text);
    let end_line = text.lines().count().max(1);
    let mut problems: Vec<Diagnostic> = REQUIRED_MESSAGES
        .iter()
        .filter(|id| !bundle.has_message(id))
        .map(|id| {
            let message = format!("letter translation has no `{id}` message");
            Diagnostic::error("missing-key", path, message).at(text, end_line, 1)
        })
        .collect();
    if bundle.has_message("slug")
        && let Some(problem) = crate::parse::page::slug_problem(slug)
    {
        let line = crate::parse::fluent::message_line(text, "slug");
        let message = format!("slug `{slug}` {problem}");
        problems.push(Diagnostic::error("invalid-slug", path, message).at(text, line, 1));
    }
    problems
}

/// The Fluent bundle of one translation, with its syntax errors and duplicate messages.
fn letter_bundle(lang: &str, file: &SourceFile) -> (Bundle, Vec<Diagnostic>) {
    let (resource, mut problems) = crate::parse::fluent::parse_resource(file);
    let mut bundle = crate::parse::fluent::new_bundle(lang);
    let Err(errors) = bundle.add_resource(resource) else {
        return (bundle, problems);
    };
    let lines = crate::parse::fluent::message_lines(&file.text);
    // The n-th error for a message is about its (n+1)-th definition.
    let mut repeated: std::collections::HashMap<String, usize> = Default::default();
    for e in errors {
        if let fluent::FluentError::Overriding { id, .. } = e {
            let n = repeated.entry(id.clone()).or_insert(0);
            *n += 1;
            let line = lines.get(id.as_str()).and_then(|l| l.get(*n)).copied();
            problems.push(
                Diagnostic::error(
                    "duplicate-key",
                    &file.path,
                    format!("message `{id}` is defined twice"),
                )
                .at(&file.text, line.unwrap_or(1), 1),
            );
        }
    }
    (bundle, problems)
}

/// Compiles message `id` (`subject` or `body`) into a browser program, checking the variant
/// keys of its selects against the choices of their fields.
fn compile_message(
    letter: &Letter,
    bundle: &Bundle,
    (file, index): (&SourceFile, &LineIndex),
    id: &str,
    used: &mut BTreeSet<String>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<crate::parse::program::Node> {
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return Vec::new();
    };
    let text = &file.text;
    let start = offset_of_message(text, id);
    let mut select_problems = Vec::new();
    let mut on_select = |var: &str, keys: &[(String, bool)]| {
        let Some(field) = letter
            .fields
            .iter()
            .find(|f| f.id == var && f.kind == FieldKind::Choice)
        else {
            return;
        };
        for (key, numeric) in keys {
            if *numeric || !field.choices.contains(key) {
                let choices: Vec<String> = field.choices.iter().map(|c| format!("`{c}`")).collect();
                select_problems.push((
                    format!("[{key}]"),
                    format!(
                        "`{key}` is not a choice of `{var}` (its choices are {})",
                        choices.join(", ")
                    ),
                ));
            }
        }
    };
    let compiled = crate::parse::program::compile(pattern, used, &mut on_select);
    let compiled = compiled.unwrap_or_else(|u| {
        problems.push(
            Diagnostic::error("unsupported-fluent", &file.path, u.message)
                .at_index(index, find_from(text, start, &u.needle)),
        );
        Vec::new()
    });
    for (needle, message) in select_problems {
        problems.push(
            Diagnostic::error("unknown-choice", &file.path, message)
                .at_index(index, find_from(text, start, &needle)),
        );
    }
    compiled
}

/// A variable of the subject or body that is no field of the letter, at its first use.
fn unknown_variables(
    letter: &Letter,
    file: &SourceFile,
    index: &LineIndex,
    used: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let text = &file.text;
    let start = offset_of_message(text, "subject").min(offset_of_message(text, "body"));
    // The first offset of every `$name` from there, found in one pass.
    let mut first: std::collections::HashMap<&str, usize> = Default::default();
    let rest = text.get(start..).unwrap_or_default();
    for (i, _) in rest.match_indices('$') {
        let name = &rest[i + 1..];
        let end = name
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(name.len());
        first.entry(&name[..end]).or_insert(start + i);
    }
    used.iter()
        .filter(|var| !letter.fields.iter().any(|f| &f.id == *var))
        .map(|var| {
            Diagnostic::error(
                "unknown-variable",
                &file.path,
                format!("variable `${var}` is not a field of letter `{}` (see `content/letters/{}.yaml`)", letter.id, letter.id),
            )
            .at_index(index, first.get(var.as_str()).copied().unwrap_or(start))
        })
        .collect()
}

/// Labels, hints and examples of the used fields, and labels of their choices, by field id and
/// by (field, choice); a missing label is a problem placed at the end of the file.
type FieldTexts = (
    std::collections::BTreeMap<String, FieldText>,
    std::collections::BTreeMap<(String, String), String>,
);

fn field_texts(
    letter: &Letter,
    (lang, file): (&str, &SourceFile),
    used: &[String],
    format: &dyn Fn(&str, Option<&str>) -> Option<String>,
    problems: &mut Vec<Diagnostic>,
) -> FieldTexts {
    let end_line = file.text.lines().count().max(1);
    let missing = |code: &'static str, message: String| {
        Diagnostic::error(code, &file.path, message).at(&file.text, end_line, 1)
    };
    let (mut fields, mut choices) = FieldTexts::default();
    for field in letter.fields.iter().filter(|f| used.contains(&f.id)) {
        let key = format!("field-{}", field.id);
        match format(&key, None) {
            Some(label) => {
                let text = FieldText {
                    label,
                    hint: format(&key, Some("hint")),
                    example: format(&key, Some("example")),
                };
                fields.insert(field.id.clone(), text);
            }
            None => problems.push(missing(
                "missing-key",
                format!(
                    "field `{}` is used but has no label: add a `{key}` message",
                    field.id
                ),
            )),
        }
        for choice in &field.choices {
            let key = format!("choice-{}-{choice}", field.id);
            match format(&key, None) {
                Some(label) => {
                    choices.insert((field.id.clone(), choice.clone()), label);
                }
                None => problems.push(missing(
                    "missing-choice-label",
                    format!(
                        "choice `{choice}` of `{}` has no label in `{lang}`: add a `{key}` message",
                        field.id
                    ),
                )),
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
    values: &std::collections::BTreeMap<String, String>,
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
