//! `site.yaml` → a validated [`Config`]: languages, default language, fallbacks, base URL, theme.
//! It parses text it is given; it never reads files or looks at content.

use std::path::Path;

use indexmap::IndexMap;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::CONFIG_FILE;
use crate::parse::yaml;

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// One language of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code, also the URL segment and the folder name (`de`, `zh`, `pt-BR`).
    pub code: String,
    /// The language's name in itself (Deutsch, 中文).
    pub name: String,
    pub dir: Direction,
    /// Languages to show, in order, when a page or string is missing (always ends with the default).
    pub fallback: Vec<String>,
    /// Opening and closing double quotation marks.
    pub quotes: (String, String),
}

/// Who wrote the site (`author:` in `site.yaml`), for feeds: a name, or a name with an e-mail
/// address and a web address.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    pub name: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub uri: Option<String>,
}

/// `author:` as written: `author: Jane Doe` or `author: {name: Jane Doe, email: …, uri: …}`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawAuthor {
    Name(String),
    Full(Author),
}

/// The validated site configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The site's name in every language that does not define `site-title` itself.
    pub title: Option<String>,
    /// The site's tagline in every language that does not define `site-tagline` itself.
    pub description: Option<String>,
    /// Who wrote the site (optional).
    pub author: Option<Author>,
    /// Absolute base URL, always ending in `/`.
    pub base_url: String,
    pub default_language: String,
    pub theme: String,
    /// In the order of `site.yaml`.
    pub languages: Vec<Language>,
    /// Optional URL of the site's source repository (used for "edit this page" links).
    pub repository: Option<String>,
    /// Build a search index and show the search box (`search: false` turns both off).
    pub search: bool,
    /// Let raw `<script>`, `on…` event handlers and `javascript:` URLs in content reach the pages
    /// (`unsafe_html: true`); off by default, when they are build errors.
    pub unsafe_html: bool,
}

impl Config {
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }

    /// The path part of the base URL (`/guide/` for `https://example.org/guide/`).
    pub fn base_path(&self) -> &str {
        let after_scheme = self.base_url.find("://").map_or(0, |i| i + 3);
        match self.base_url[after_scheme..].find('/') {
            Some(i) => &self.base_url[after_scheme + i..],
            None => "/",
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    author: Option<Spanned<RawAuthor>>,
    base_url: Spanned<String>,
    default_language: Spanned<String>,
    #[serde(default)]
    theme: Option<Spanned<String>>,
    languages: IndexMap<String, RawLanguage>,
    #[serde(default)]
    repository: Option<String>,
    #[serde(default)]
    search: Option<bool>,
    #[serde(default)]
    unsafe_html: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    name: String,
    #[serde(default)]
    fallback: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    dir: Option<Direction>,
    #[serde(default)]
    quotes: Option<Vec<String>>,
}

/// Parses and validates `site.yaml`. All problems are reported at once.
pub fn parse(source: &str) -> Result<Config, Diagnostics> {
    let path = Path::new(CONFIG_FILE);
    if source.trim().is_empty() {
        return Err(Diagnostic::error("empty-file", path, "`site.yaml` is empty").into());
    }
    let raw: RawConfig = yaml::decode(path, source, source, 1)?;
    let mut problems = Diagnostics::default();
    let base_url = raw.base_url.value.trim().to_string();
    if !(base_url.starts_with("http://") || base_url.starts_with("https://") || base_url == "/") {
        problems.push(at(
            source,
            &raw.base_url.referenced,
            format!(
                "`base_url` must be an absolute `http://` or `https://` URL, found `{base_url}`"
            ),
            "invalid-base-url",
        ));
    }
    if let Some(theme) = &raw.theme
        && let Some(problem) = theme_problem(&theme.value)
    {
        problems.push(at(
            source,
            &theme.referenced,
            format!("theme `{}` {problem}", theme.value),
            "invalid-theme",
        ));
    }
    check_codes(source, &raw, &mut problems);
    let default_language = raw.default_language.value.clone();
    let languages = raw
        .languages
        .iter()
        .map(|(code, lang)| language(source, &raw, code, lang, &mut problems))
        .collect();

    if let Some(author) = &raw.author {
        check_author(source, author, &mut problems);
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(Config {
        title: non_empty(raw.title),
        description: non_empty(raw.description),
        author: raw.author.map(|a| match a.value {
            RawAuthor::Name(name) => Author {
                name: name.trim().to_string(),
                email: None,
                uri: None,
            },
            RawAuthor::Full(author) => Author {
                name: author.name.trim().to_string(),
                ..author
            },
        }),
        base_url: with_trailing_slash(&base_url),
        default_language,
        theme: raw.theme.map_or_else(|| "default".to_string(), |t| t.value),
        languages,
        repository: raw.repository.map(|r| r.trim_end_matches('/').to_string()),
        search: raw.search.unwrap_or(true),
        unsafe_html: raw.unsafe_html,
    })
}

/// Reports what RFC 4287 would refuse in the feeds' author: an empty name, a `uri` that is not
/// an absolute URL, an `email` that is no address.
fn check_author(source: &str, author: &Spanned<RawAuthor>, problems: &mut Diagnostics) {
    let loc = &author.referenced;
    let (name, email, uri) = match &author.value {
        RawAuthor::Name(name) => (name, None, None),
        RawAuthor::Full(a) => (&a.name, a.email.as_ref(), a.uri.as_ref()),
    };
    if name.trim().is_empty() {
        let message = "`author` needs a `name`".to_string();
        problems.push(at(source, loc, message, "invalid-author"));
    }
    if let Some(uri) = uri.filter(|u| !(u.starts_with("https://") || u.starts_with("http://"))) {
        let message = format!(
            "`uri` of `author` must be an absolute `http://` or `https://` URL, found `{uri}`"
        );
        problems.push(at(source, loc, message, "invalid-author"));
    }
    if let Some(email) = email.filter(|e| !e.contains('@')) {
        let message = format!("`email` of `author` must be an e-mail address, found `{email}`");
        problems.push(at(source, loc, message, "invalid-author"));
    }
}

/// A trimmed value, or nothing when it is blank.
fn non_empty(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// A diagnostic at a position serde-saphyr reported in `site.yaml`.
fn at(
    source: &str,
    loc: &serde_saphyr::Location,
    message: String,
    code: &'static str,
) -> Diagnostic {
    Diagnostic::error(code, CONFIG_FILE, message).at(
        source,
        loc.line() as usize,
        (loc.column() as usize).max(1),
    )
}

/// Reports an empty `languages`, invalid language codes and an unlisted default language.
fn check_codes(source: &str, raw: &RawConfig, problems: &mut Diagnostics) {
    if raw.languages.is_empty() {
        problems.push(Diagnostic::error(
            "no-languages",
            CONFIG_FILE,
            "`languages` must name at least one language",
        ));
    }
    for code in raw.languages.keys() {
        if !is_valid_language_code(code) {
            let line = key_line(source, code);
            problems.push(
                Diagnostic::error(
                    "invalid-language-code",
                    CONFIG_FILE,
                    format!(
                        "`{code}` is not a valid language code (expected e.g. `de` or `pt-BR`)"
                    ),
                )
                .at(source, line, 3),
            );
        }
    }
    let default_language = &raw.default_language.value;
    if !raw.languages.contains_key(default_language) {
        problems.push(at(
            source,
            &raw.default_language.referenced,
            format!("default language `{default_language}` is not listed under `languages`"),
            "unknown-language",
        ));
    }
}

/// One language of `languages`, validated: its fallbacks end with the default language.
fn language(
    source: &str,
    raw: &RawConfig,
    code: &str,
    lang: &RawLanguage,
    problems: &mut Diagnostics,
) -> Language {
    let default_language = &raw.default_language.value;
    let mut fallback = Vec::new();
    for f in lang.fallback.iter().flatten() {
        if !raw.languages.contains_key(&f.value) {
            problems.push(at(
                source,
                &f.referenced,
                format!(
                    "fallback language `{}` is not listed under `languages`",
                    f.value
                ),
                "unknown-language",
            ));
        } else if f.value != *code && !fallback.contains(&f.value) {
            fallback.push(f.value.clone());
        }
    }
    if code != default_language && !fallback.contains(default_language) {
        fallback.push(default_language.clone());
    }
    let quotes = match &lang.quotes {
        Some(q) if q.len() == 2 => (q[0].clone(), q[1].clone()),
        Some(_) => {
            problems.push(
                Diagnostic::error(
                    "invalid-quotes",
                    CONFIG_FILE,
                    format!(
                        "`quotes` of `{code}` must list exactly two marks, opening and closing"
                    ),
                )
                .at(source, key_line(source, "quotes"), 5),
            );
            default_quotes(code)
        }
        None => default_quotes(code),
    };
    if lang.name.trim().is_empty() {
        problems.push(
            Diagnostic::error(
                "empty-name",
                CONFIG_FILE,
                format!("language `{code}` has an empty `name`"),
            )
            .at(source, key_line(source, code), 3),
        );
    }
    Language {
        code: code.to_string(),
        name: lang.name.trim().to_string(),
        dir: lang.dir.unwrap_or_else(|| default_direction(code)),
        fallback,
        quotes,
    }
}

/// Why `theme` cannot name a folder of `themes/`, if it cannot.
fn theme_problem(theme: &str) -> Option<&'static str> {
    if theme.is_empty() {
        Some("is empty: give the name of a folder in `themes/`")
    } else if theme.starts_with('.') || theme.contains(['/', '\\', ':']) {
        Some("must be the name of a folder in `themes/`, not a path")
    } else {
        None
    }
}

/// Ensures a URL ends with `/`.
pub fn with_trailing_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

fn is_valid_language_code(code: &str) -> bool {
    code.parse::<unic_langid::LanguageIdentifier>().is_ok()
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Line of the first `key:` in `source` (1 when not found); serde gives no spans for map keys.
fn key_line(source: &str, key: &str) -> usize {
    source
        .lines()
        .position(|l| {
            let t = l.trim_start().trim_start_matches('"');
            t.starts_with(key) && t[key.len()..].trim_start_matches('"').starts_with(':')
        })
        .map_or(1, |i| i + 1)
}

/// Typographic double quotes by language; a site may override them with `quotes`.
fn default_quotes(code: &str) -> (String, String) {
    let primary = code.split('-').next().unwrap_or(code);
    let traditional = ["zh-hant", "zh-tw", "zh-hk", "zh-mo"]
        .iter()
        .any(|t| code.to_ascii_lowercase().starts_with(t));
    let (open, close) = match primary {
        "zh" if traditional => ("「", "」"),
        "de" | "cs" | "sk" | "lt" | "bg" | "is" => ("„", "“"),
        "da" => ("»", "«"),
        "fr" | "ru" | "uk" | "nb" | "no" | "nn" | "es" | "it" | "pt" | "el" | "ca" | "fa"
        | "ar" => ("«", "»"),
        "sv" | "fi" => ("”", "”"),
        "pl" | "hu" | "ro" | "nl" | "hr" => ("„", "”"),
        "ja" => ("「", "」"),
        _ => ("“", "”"),
    };
    (open.to_string(), close.to_string())
}

fn default_direction(code: &str) -> Direction {
    let primary = code.split('-').next().unwrap_or(code);
    match primary {
        "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "sd" | "dv" | "ug" => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_quotes_follow_the_language_and_script() {
        let q = |code| default_quotes(code).0;
        assert_eq!(q("ar"), "«");
        assert_eq!(q("zh-Hant"), "「");
        assert_eq!(q("zh-TW"), "「");
        assert_eq!(q("zh"), "“");
        assert_eq!(q("de-AT"), "„");
    }

    const GOOD: &str = "base_url: https://example.org/guide\ndefault_language: en\nlanguages:\n  zh:\n    name: 中文\n  en:\n    name: English\n  de:\n    name: Deutsch\n    fallback: [en]\n";

    #[test]
    fn parses_languages_in_order_with_fallbacks() {
        let c = parse(GOOD).unwrap();
        assert_eq!(c.codes().collect::<Vec<_>>(), ["zh", "en", "de"]);
        assert_eq!(c.language("zh").unwrap().fallback, ["en"]);
        assert!(c.language("en").unwrap().fallback.is_empty());
        assert_eq!(c.language("de").unwrap().quotes.0, "„");
        assert_eq!(c.base_url, "https://example.org/guide/");
        assert_eq!(c.base_path(), "/guide/");
    }

    #[test]
    fn title_description_and_author_are_optional() {
        let c = parse(GOOD).unwrap();
        assert_eq!((c.title, c.description, c.author), (None, None, None));
        let c = parse(&format!(
            "title: Guide\ndescription: ' A tagline '\nauthor: Jane Doe\n{GOOD}"
        ))
        .unwrap();
        assert_eq!(c.title.as_deref(), Some("Guide"));
        assert_eq!(c.description.as_deref(), Some("A tagline"));
        assert_eq!(c.author.unwrap().name, "Jane Doe");
        let c = parse(&format!(
            "author:\n  name: Jane Doe\n  email: jane@example.org\n  uri: https://example.org/\n{GOOD}"
        ))
        .unwrap();
        let author = c.author.unwrap();
        assert_eq!(author.email.as_deref(), Some("jane@example.org"));
        assert_eq!(author.uri.as_deref(), Some("https://example.org/"));
    }

    #[test]
    fn unknown_key_has_line_and_column() {
        let src = GOOD.replace("languages:", "titel: x\nlanguages:");
        let d = parse(&src).unwrap_err();
        let first = &d.0[0];
        assert_eq!((first.line, first.col), (3, 1));
        assert!(first.message.contains("`titel`"), "{}", first.message);
    }

    #[test]
    fn unknown_fallback_and_default_are_all_reported() {
        let src = GOOD
            .replace("default_language: en", "default_language: fr")
            .replace("[en]", "[xx]");
        let d = parse(&src).unwrap_err();
        assert_eq!(d.len(), 2, "{d}");
        assert!(
            d.0.iter()
                .any(|x| x.message.contains("`fr`") && x.line == 2)
        );
        assert!(
            d.0.iter()
                .any(|x| x.message.contains("`xx`") && x.line == 10)
        );
    }
}
