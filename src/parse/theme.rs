//! The theme: the embedded default theme overlaid, file by file, with a site's own theme folder,
//! and the check that its templates hold no text of their own (words and punctuation belong to
//! the Fluent strings). It never reads files (the loader does) and never renders.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::ThemeFile;

include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));

/// A file of the embedded default theme, by its path below `themes/default/`.
pub fn embedded(path: &str) -> Option<&'static [u8]> {
    DEFAULT_THEME
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, bytes)| *bytes)
}

/// Paths below `themes/default/` of the embedded files.
pub fn embedded_paths() -> impl Iterator<Item = &'static str> {
    DEFAULT_THEME.iter().map(|(p, _)| *p)
}

/// A template's source and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub source: String,
    /// Path to show in diagnostics (`themes/<name>/templates/x.html`).
    pub origin: String,
}

/// Templates and static files of the theme in use.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// Name below `templates/` → template.
    pub templates: BTreeMap<String, Template>,
    /// Path below `static/` → contents.
    pub statics: BTreeMap<String, Cow<'static, [u8]>>,
}

impl Theme {
    /// The default theme with `overrides` (files of `themes/<name>/`) applied.
    pub fn resolve(name: &str, overrides: &[ThemeFile]) -> (Theme, Diagnostics) {
        let mut theme = Theme::default();
        let mut problems = Diagnostics::default();
        let embedded = DEFAULT_THEME
            .iter()
            .map(|(p, b)| (*p, Cow::Borrowed(*b), format!("themes/default/{p}")));
        let own = overrides.iter().map(|f| {
            (
                f.path.as_str(),
                Cow::Owned(f.bytes.clone()),
                format!("themes/{name}/{}", f.path),
            )
        });
        for (path, bytes, origin) in embedded.chain(own) {
            if let Some(t) = path.strip_prefix("templates/") {
                match String::from_utf8(bytes.into_owned()) {
                    Ok(source) => {
                        theme
                            .templates
                            .insert(t.to_string(), Template { source, origin });
                    }
                    Err(_) => problems.push(Diagnostic::error(
                        "invalid-utf8",
                        origin,
                        "template is not valid UTF-8",
                    )),
                }
            } else if let Some(s) = path.strip_prefix("static/") {
                theme.statics.insert(s.to_string(), bytes);
            }
        }
        (theme, problems)
    }
}

/// Attributes whose values people read or hear.
const PROSE_ATTRIBUTES: [&str; 7] = [
    "alt",
    "title",
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "placeholder",
    "label",
];

/// Text that templates write themselves, outside Tera's `{{ }}`, `{% %}` and `{# #}`: any
/// character but white space in a text node or in an attribute people read (`alt`, `title`,
/// `aria-label` …). Each is a warning for `letterpress check`: words, punctuation and word order
/// belong to the Fluent strings, so that every language can have its own.
pub fn literal_text(templates: &BTreeMap<String, Template>) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for template in templates.values() {
        for (offset, text) in literal_spans(&template.source) {
            let before = &template.source[..offset];
            let line = before.matches('\n').count() + 1;
            let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
                .chars()
                .count()
                + 1;
            found.push(
                Diagnostic::error(
                    "literal-text",
                    &template.origin,
                    format!(
                        "template writes the text `{text}` itself; put words and punctuation in a Fluent string and show it with `t()`"
                    ),
                )
                .at(&template.source, line, col)
                .warning(),
            );
        }
    }
    found
}

/// (byte offset, text) of every run of literal text in a template's source.
fn literal_spans(source: &str) -> Vec<(usize, String)> {
    // Tera's own syntax becomes blanks, so that offsets stay those of the source.
    let mut html: Vec<u8> = source.as_bytes().to_vec();
    let mut i = 0;
    while i + 1 < html.len() {
        let close: &[u8] = match &html[i..i + 2] {
            b"{{" => b"}}",
            b"{%" => b"%}",
            b"{#" => b"#}",
            _ => {
                i += 1;
                continue;
            }
        };
        let end = source[i + 2..]
            .find(std::str::from_utf8(close).unwrap_or("}}"))
            .map_or(html.len(), |e| i + 2 + e + 2);
        for b in &mut html[i..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        i = end;
    }
    // Blanking whole multi-byte characters keeps the text valid UTF-8.
    let html = String::from_utf8_lossy(&html).into_owned();
    let mut spans = Vec::new();
    let mut push = |start: usize, text: &str| {
        let trimmed = text.trim();
        if !trimmed.is_empty() && !is_attribute_list(trimmed) {
            let lead = text.len() - text.trim_start().len();
            spans.push((start + lead, trimmed.to_string()));
        }
    };
    let bytes = html.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let Some(lt) = html[at..].find('<').map(|p| at + p) else {
            push(at, &html[at..]);
            break;
        };
        push(at, &html[at..lt]);
        if html[lt..].starts_with("<!--") {
            at = html[lt..].find("-->").map_or(bytes.len(), |e| lt + e + 3);
            continue;
        }
        let Some(gt) = html[lt..].find('>').map(|p| lt + p) else {
            break;
        };
        let tag = &html[lt + 1..gt];
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        for (value_start, value) in prose_attributes(tag) {
            push(lt + 1 + value_start, value);
        }
        at = gt + 1;
        // Scripts and styles are not text.
        if name == "script" || name == "style" {
            let end = format!("</{name}");
            at = html[at..].find(&end).map_or(bytes.len(), |e| at + e);
        }
    }
    spans
}

/// Whether `text` is a list of HTML attributes (`data-x data-y="z"`), as a `{% block %}` that is
/// used inside a tag holds: every item has a value or a hyphenated name, unlike words.
fn is_attribute_list(text: &str) -> bool {
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')))
            .unwrap_or(rest.len());
        if name_len == 0 {
            return false;
        }
        let name = &rest[..name_len];
        rest = &rest[name_len..];
        if let Some(value) = rest.strip_prefix("=\"") {
            let Some(end) = value.find('"') else {
                return false;
            };
            rest = &value[end + 1..];
        } else if !name.contains('-') {
            return false;
        }
        if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
            return false;
        }
        rest = rest.trim_start();
    }
    true
}

/// (offset in `tag`, value) of the attributes of `tag` listed in [`PROSE_ATTRIBUTES`].
fn prose_attributes(tag: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let after = &rest[eq + 1..];
        let quote = after.chars().next();
        let (value_at, len) = match quote {
            Some(q @ ('"' | '\'')) => (1, after[1..].find(q).unwrap_or(after.len() - 1)),
            _ => (
                0,
                after
                    .find(|c: char| c.is_whitespace())
                    .unwrap_or(after.len()),
            ),
        };
        let start = tag.len() - after.len() + value_at;
        if PROSE_ATTRIBUTES.contains(&name.as_str()) {
            out.push((start, &tag[start..start + len]));
        }
        rest = &tag[(start + len + value_at).min(tag.len())..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_files_override_embedded_ones() {
        let own = vec![ThemeFile {
            path: "templates/article.html".into(),
            bytes: b"mine".to_vec(),
        }];
        let (theme, d) = Theme::resolve("x", &own);
        assert!(d.is_empty());
        assert_eq!(theme.templates["article.html"].source, "mine");
        assert_eq!(
            theme.templates["article.html"].origin,
            "themes/x/templates/article.html"
        );
        assert!(theme.templates.contains_key("base.html"));
        assert!(theme.statics.keys().any(|k| k.ends_with(".css")));
    }

    fn literal(source: &str) -> Vec<String> {
        literal_spans(source).into_iter().map(|(_, t)| t).collect()
    }

    #[test]
    fn literal_text_outside_tera_is_found_with_its_position() {
        assert_eq!(
            literal(
                "<h1>{% for l in ls %}{{ l }}{% if not loop.last %} · {% endif %}{% endfor %}</h1>"
            ),
            ["·"]
        );
        assert_eq!(
            literal(
                "<p>{{ t(key=\"a\") }}</p>\n<button aria-label=\"Close\" class=\"x y\">{{ t(key=\"b\") }}</button>"
            ),
            ["Close"]
        );
        assert_eq!(literal("<input placeholder=\"e.g. {{ x }}\">"), ["e.g."]);
        // A block of attributes, used inside a tag, is not text; words are.
        assert!(
            literal("{% block b %} data-pagefind-body data-kind=\"a:b\"{% endblock b %}")
                .is_empty()
        );
        assert_eq!(
            literal("{% block b %}Hello world{% endblock b %}"),
            ["Hello world"]
        );
        assert!(literal("<!DOCTYPE html>\n<a href=\"{{ root }}x/\" class=\"a b\">{# note #}{{ t(key=\"x\") }}</a>\n<!-- comment -->").is_empty());
        assert!(
            literal("<script src=\"{{ x }}\"></script><style>p::before { content: \"x\" }</style>")
                .is_empty()
        );
        let (offset, _) = literal_spans("<p>\n  {{ a }} Hello</p>")[0];
        assert_eq!(offset, 14);
    }

    #[test]
    fn the_default_theme_writes_no_text_of_its_own() {
        let (theme, _) = Theme::resolve("default", &[]);
        let found: Vec<String> = literal_text(&theme.templates)
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert!(found.is_empty(), "{found:#?}");
    }
}
