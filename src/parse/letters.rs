//! The letters of a site: every declaration with its translations, parsed and checked
//! together (unknown letters, letters no language translates, fields no language uses).
//! Data in, data out: it never reads files, never decides fallbacks or URLs and never renders.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::SourceFile;
use crate::parse::config::Config;
use crate::parse::letter::Letter;
use crate::parse::letter_text::{self, LetterText};

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
        let Some((lang, id)) = letter_text::text_identity(&file.path) else {
            continue;
        };
        if config.language(&lang).is_none() {
            problems.push(crate::parse::fluent::unknown_locale_folder(
                &file.path, &lang,
            ));
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
        match letter_text::parse_text(decl, &lang, file) {
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

impl LetterSet {
    pub fn find(&self, id: &str) -> Option<usize> {
        self.letters.iter().position(|l| l.id == id)
    }
}
