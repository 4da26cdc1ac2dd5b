//! The letter form and preview as templates see them: a letter's fields with labels, hints and
//! choices, its subject and body with `[Label]` blanks for readers without JavaScript, and a
//! `mailto:` link. Filled from the parsed translation; it never renders HTML itself.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::link::letters::text_for;
use crate::link::urls::percent_encode;
use crate::parse::config::Config;
use crate::parse::fluent::Locales;
use crate::parse::letter::{FieldKind, Letter};
use crate::parse::letter_text::{self, LetterText, Segment};
use crate::parse::letters::LetterSet;
use crate::render::context::FallbackNotice;
use crate::render::letter_program;

/// A choice of a choice field, in the form.
#[derive(Debug, Clone, Serialize)]
pub struct ChoiceView {
    pub id: String,
    pub label: String,
    pub checked: bool,
}

/// A field of a letter's form.
#[derive(Debug, Clone, Serialize)]
pub struct FieldView {
    pub id: String,
    /// `text`, `multiline`, `date`, `email`, `choice`.
    pub kind: &'static str,
    pub required: bool,
    pub label: String,
    pub hint: Option<String>,
    pub example: Option<String>,
    pub autocomplete: Option<String>,
    pub shared: bool,
    pub choices: Vec<ChoiceView>,
}

/// A piece of a letter's text without JavaScript: text, or a blank shown as `[label]`.
#[derive(Debug, Clone, Serialize)]
pub struct SegmentView {
    pub text: String,
    pub blank: bool,
}

/// Everything the letter snippet template needs.
#[derive(Debug, Clone, Serialize)]
pub struct LetterView {
    pub id: String,
    /// Language of the letter's text (differs from the page's on fallbacks).
    pub lang: String,
    pub title: String,
    pub description: String,
    /// Path of the letter's own page from the site root.
    pub path: String,
    pub fallback: Option<FallbackNotice>,
    pub fields: Vec<FieldView>,
    pub subject: Vec<SegmentView>,
    pub body: Vec<SegmentView>,
    /// `mailto:` URL of the text with blanks (kept current by the script).
    pub mailto: String,
    /// File name for downloads.
    pub download: String,
    /// The compiled browser program (JSON).
    pub program: String,
    /// Heading level of the snippet's title (2 inside articles, 2 on its own page too).
    pub heading: u8,
}

/// Which letter to show, to whom, under which heading level.
#[derive(Debug, Clone, Copy)]
pub struct LetterSpec<'a> {
    /// The reader's language.
    pub lang: &'a str,
    /// Index into [`LetterSet::letters`].
    pub index: usize,
    /// Heading level of the snippet's title.
    pub heading: u8,
}

/// What the letter snippet template needs to show `letter` to a reader of `lang`.
pub fn view(
    set: &LetterSet,
    config: &Config,
    locales: &Locales,
    spec: LetterSpec,
) -> Result<LetterView, String> {
    let LetterSpec {
        lang,
        index,
        heading,
    } = spec;
    let decl = &set.letters[index];
    let text = text_for(set, config, lang, index)
        .ok_or_else(|| format!("letter `{}` has no translation", decl.id))?;
    let empty = BTreeMap::new();
    let subject = letter_text::render_with_blanks(decl, text, "subject", &empty)?;
    let body = letter_text::render_with_blanks(decl, text, "body", &empty)?;
    let fields = field_views(decl, text);
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
        mailto: mailto(
            &letter_text::plain_text(&subject),
            &letter_text::plain_text(&body),
        ),
        subject: segment_views(subject),
        body: segment_views(body),
        download: format!("{}.txt", text.slug),
        program: letter_program::program(decl, text, locales)?,
        heading,
    })
}

/// The form fields of the translation `text` of `decl`: those its messages use.
fn field_views(decl: &Letter, text: &LetterText) -> Vec<FieldView> {
    decl.fields
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
        .collect()
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
    percent_encode(s, b"-_.!~*'()")
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
