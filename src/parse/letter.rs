//! Letter declarations: the language-neutral declaration of a letter (`content/letters/<id>.yaml`):
//! its fields, their kinds and choices. It parses text it is given; it never renders.
//! (Translations build on this in `letter_text.rs`, the form and the browser program in `render/`.)

use std::path::Path;

use indexmap::IndexMap;
use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::load::SourceFile;
use crate::parse::yaml;

/// What a reader types into a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Several lines of text.
    Multiline,
    /// A calendar date, formatted the way the language writes dates.
    Date,
    /// An e-mail address (a letter may use one as the recipient of its `mailto:` link).
    Email,
    /// One of a fixed list of choices.
    Choice,
}

/// One blank of a letter.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Field {
    pub id: String,
    pub kind: FieldKind,
    pub required: bool,
    /// Choice ids, for `choice` fields.
    pub choices: Vec<String>,
    /// The preselected choice, for `choice` fields.
    pub default: Option<String>,
    /// HTML `autocomplete` token (`name`, `email` …).
    pub autocomplete: Option<String>,
    /// Shared between letters when the reader opts in to remembering details.
    pub shared: bool,
}

/// A letter, declared once for every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub id: String,
    pub fields: Vec<Field>,
    /// Line of each field's key in the declaration, for diagnostics.
    pub lines: Vec<usize>,
    pub source: SourceFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLetter {
    fields: IndexMap<String, RawField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    kind: FieldKind,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    choices: Vec<String>,
    #[serde(default)]
    default: Option<String>,
    #[serde(default)]
    autocomplete: Option<String>,
    #[serde(default)]
    shared: bool,
}

/// Is `id` usable as a letter, field or choice id (and so as a Fluent variable or variant key)?
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Parses `content/letters/<id>.yaml`.
pub fn parse(file: SourceFile) -> Result<Letter, Vec<Diagnostic>> {
    let path = file.path.clone();
    let id = Path::new(&path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = &file.text;
    if text.trim().is_empty() {
        return Err(vec![Diagnostic::error(
            "empty-file",
            &path,
            "letter declaration is empty: it needs `fields`",
        )]);
    }
    let raw: RawLetter = yaml::decode(&path, text, text, 1).map_err(|d| vec![d])?;
    let mut problems = Vec::new();
    if !is_valid_id(&id) {
        problems.push(Diagnostic::error(
            "invalid-letter-id",
            &path,
            format!("letter id `{id}` must start with a letter and contain only letters, digits, `-` and `_`"),
        ));
    }
    let mut fields = Vec::new();
    let mut lines = Vec::new();
    for (fid, f) in raw.fields {
        let line = field_line(text, &fid);
        problems.extend(
            field_problems(&fid, &f)
                .into_iter()
                .map(|(code, message)| Diagnostic::error(code, &path, message).at(text, line, 3)),
        );
        fields.push(Field {
            id: fid,
            kind: f.kind,
            required: f.required,
            default: f.default.or_else(|| {
                (f.kind == FieldKind::Choice)
                    .then(|| f.choices.first().cloned())
                    .flatten()
            }),
            choices: f.choices,
            autocomplete: f.autocomplete,
            shared: f.shared,
        });
        lines.push(line);
    }
    if fields.is_empty() {
        problems.push(
            Diagnostic::error("no-fields", &path, "a letter needs at least one field")
                .at(text, 1, 1),
        );
    }
    if problems.is_empty() {
        Ok(Letter {
            id,
            fields,
            lines,
            source: file,
        })
    } else {
        Err(problems)
    }
}

/// What is wrong with field `fid` (its id, its choices and default), as (code, message).
fn field_problems(fid: &str, f: &RawField) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    if !fid.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        || !fid.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        problems.push((
            "invalid-field-id",
            format!("field id `{fid}` must start with a letter and contain only letters, digits and `_` (it is a Fluent variable)"),
        ));
    }
    match f.kind {
        FieldKind::Choice => {
            if f.choices.is_empty() {
                problems.push((
                    "missing-choices",
                    format!("choice field `{fid}` needs a `choices` list"),
                ));
            }
            for c in &f.choices {
                if !is_valid_id(c) {
                    problems.push(("invalid-choice-id", format!("choice `{c}` of `{fid}` must start with a letter and contain only letters, digits, `-` and `_`")));
                }
            }
            if let Some(d) = &f.default
                && !f.choices.contains(d)
            {
                problems.push((
                    "unknown-choice",
                    format!("default `{d}` of `{fid}` is not one of its choices"),
                ));
            }
        }
        _ if !f.choices.is_empty() || f.default.is_some() => {
            problems.push((
                "unexpected-choices",
                format!("only `choice` fields take `choices` and `default` (field `{fid}`)"),
            ));
        }
        _ => {}
    }
    problems
}

fn field_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            let t = l.trim_start();
            l.starts_with(' ') && t.strip_prefix(id).is_some_and(|r| r.starts_with(':'))
        })
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter(text: &str) -> Result<Letter, Vec<Diagnostic>> {
        parse(SourceFile::new("content/letters/decline-offer.yaml", text))
    }

    #[test]
    fn parses_fields_in_order_with_defaults() {
        let l = letter("fields:\n  contact:\n    kind: text\n    required: true\n  reason:\n    kind: choice\n    choices: [a, b]\n").unwrap();
        assert_eq!(l.id, "decline-offer");
        assert_eq!(l.fields[0].id, "contact");
        assert!(l.fields[0].required);
        assert_eq!(l.fields[1].default.as_deref(), Some("a"));
        assert_eq!(l.lines, [2, 5]);
    }

    #[test]
    fn bad_declarations_are_positioned() {
        let e = letter("fields:\n  contact:\n    kind: txt\n").unwrap_err();
        assert_eq!((e[0].line, e[0].col), (3, 11));
        let e = letter("fields:\n  reason:\n    kind: choice\n    choices: [a]\n    default: z\n")
            .unwrap_err();
        assert_eq!((e[0].code, e[0].line), ("unknown-choice", 2));
        let e = letter("fields:\n  bad-id:\n    kind: text\n").unwrap_err();
        assert_eq!(e[0].code, "invalid-field-id");
    }
}
