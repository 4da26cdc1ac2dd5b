//! `letterpress init`: a small working site as data (`site`: every file with its text), and
//! the one writer that puts it into an empty folder (`write.rs`). The site has `site.yaml`, a
//! home page, a section and an article per language linked as translations, and a letter with
//! its declaration and a translation per language, every translation marked up to date. It
//! never overwrites a file and never writes anywhere but the new site's folder.

mod samples;
pub mod write;

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;
use crate::parse::page::{self, Date, Kind};
use crate::parse::ui_strings;
use crate::translators::freshness;

pub use write::write;

/// What `letterpress init` is asked for.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The folder to create the site in (created if missing; must be empty).
    pub root: PathBuf,
    /// Language codes, the default language first.
    pub languages: Vec<String>,
    /// Written as `author:` in `site.yaml` (a placeholder when absent).
    pub author: Option<String>,
    /// The date of the sample article (the command line gives today's).
    pub date: Option<Date>,
}

/// One file of the new site: its path below the site's folder and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    pub path: PathBuf,
    pub text: String,
}

/// The id of the sample letter.
const LETTER: &str = "thank-you";

/// The letter's declaration: its fields (the text is in each language's `.ftl`).
const LETTER_DECLARATION: &str = "# A short thank-you note: the fields readers fill in. Its text in each language is in\n# `locales/<lang>/letters/thank-you.ftl`.\nfields:\n  contact:\n    kind: text\n    required: true\n  sender_name:\n    kind: text\n    required: true\n    autocomplete: name\n    shared: true\n";

/// Every file of the new site, or the problem with the languages asked for.
pub fn site(options: &InitOptions) -> Result<Vec<SiteFile>, Diagnostic> {
    let languages = languages(&options.languages)?;
    let default = &languages[0];
    let mut files = vec![SiteFile {
        path: "site.yaml".into(),
        text: site_yaml(options, &languages),
    }];
    files.push(SiteFile {
        path: format!("content/letters/{LETTER}.yaml").into(),
        text: LETTER_DECLARATION.to_string(),
    });
    let source = LanguageFiles::new(&default.0, default.1, options.date, None);
    let hashes = source.hashes();
    files.extend(source.files());
    for (code, tag) in &languages[1..] {
        files.extend(LanguageFiles::new(code, tag, options.date, Some(&hashes)).files());
    }
    Ok(files)
}

/// (code, built-in tag) of each language asked for, checked: known to Letterpress, each once.
fn languages(codes: &[String]) -> Result<Vec<(String, &'static str)>, Diagnostic> {
    let problem = |message: String| Diagnostic::error("invalid-languages", "site.yaml", message);
    let codes: Vec<&str> = codes
        .iter()
        .flat_map(|c| c.split(','))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if codes.is_empty() {
        return Err(problem(
            "`--languages` names no language; list codes such as `en,de`".into(),
        ));
    }
    let mut out: Vec<(String, &'static str)> = Vec::new();
    for code in codes {
        let valid = code.parse::<unic_langid::LanguageIdentifier>().is_ok()
            && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        let tag = ui_strings::builtin_tag(code).filter(|_| valid).ok_or_else(|| {
            problem(format!(
                "`{code}` is not a language `init` can start a site in; it can use {}, and any other language can be added afterwards with a `locales/<code>/ui.ftl` of its own (see the README)",
                ui_strings::languages()
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?;
        if out.iter().any(|(c, _)| c == code) {
            return Err(problem(format!(
                "`{code}` is listed twice in `--languages`"
            )));
        }
        out.push((code.to_string(), tag));
    }
    Ok(out)
}

fn site_yaml(options: &InitOptions, languages: &[(String, &'static str)]) -> String {
    let sample = samples::sample(languages[0].1);
    let author = options.author.as_deref().map_or_else(
        || "Your Name   # who wrote the site: shown in its feeds".to_string(),
        yaml_string,
    );
    let mut yaml = format!(
        "# The site's configuration; README.md of Letterpress explains every key.\ntitle: {}\ndescription: {}\nauthor:\n  name: {author}\n  # email: you@example.org\n  # uri: https://example.org/\nbase_url: https://example.org/   # where the site will be published\ndefault_language: {}\nlanguages:\n",
        yaml_string(sample.site_title),
        yaml_string(sample.site_tagline),
        languages[0].0,
    );
    for (code, tag) in languages {
        yaml.push_str(&format!(
            "  {code}:\n    name: {}\n",
            yaml_string(samples::native_name(tag))
        ));
    }
    yaml
}

/// A YAML scalar for `text`: plain when that is safe, else double-quoted.
fn yaml_string(text: &str) -> String {
    let plain = !text.is_empty()
        && !text.starts_with(|c: char| "!&*-?{}[],#|>@`\"'%: ".contains(c))
        && !text.contains(": ")
        && !text.contains(" #")
        && !text.ends_with([':', ' '])
        && !text.chars().any(char::is_control);
    if plain {
        text.to_string()
    } else {
        serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
    }
}

/// The freshness markers of the default language's article pages and letter.
struct Hashes {
    pages: Vec<(Kind, &'static str, String)>,
    letter: String,
}

/// The files of one language.
struct LanguageFiles<'a> {
    code: &'a str,
    sample: samples::Sample,
    date: Option<Date>,
    hashes: Option<&'a Hashes>,
}

impl<'a> LanguageFiles<'a> {
    fn new(code: &'a str, tag: &str, date: Option<Date>, hashes: Option<&'a Hashes>) -> Self {
        LanguageFiles {
            code,
            sample: samples::sample(tag),
            date,
            hashes,
        }
    }

    /// (kind, key, front matter without the marker, body) of the home page, section and article.
    fn pages(&self) -> Vec<(Kind, &'static str, String, String)> {
        let s = &self.sample;
        let fill = |body: &str| {
            let body = body.replace("{lang}", self.code);
            let (text, letter) = match body.split_once("{letter}") {
                Some((text, rest)) => (text, format!("```letter\n{LETTER}\n```\n{rest}")),
                None => (body.as_str(), String::new()),
            };
            if s.native {
                format!("{text}{letter}")
            } else {
                // The English stand-in says which language it is in: for screen readers, and
                // for the direction of its text on right-to-left pages.
                format!(
                    "<div lang=\"en\" dir=\"ltr\">\n\n{}{}\n\n</div>\n\n{letter}",
                    samples::STAND_IN_NOTE,
                    text.trim_end()
                )
            }
        };
        let date = self
            .date
            .map(|d| format!("date: {:04}-{:02}-{:02}\n", d.year, d.month, d.day))
            .unwrap_or_default();
        vec![
            (
                Kind::Home,
                "",
                front(s.home_title, s.home_description, ""),
                fill(s.home_body),
            ),
            (
                Kind::Section,
                "guide",
                front(
                    s.section_title,
                    s.section_description,
                    &format!("slug: {}\n", s.section_slug),
                ),
                fill(s.section_body),
            ),
            (
                Kind::Article,
                "guide/first-article",
                front(
                    s.article_title,
                    s.article_description,
                    &format!("slug: {}\n{date}weight: 1\n", s.article_slug),
                ),
                fill(s.article_body),
            ),
        ]
    }

    /// The markers a translation of these pages and letter carries.
    fn hashes(&self) -> Hashes {
        let pages = self
            .pages()
            .into_iter()
            .filter_map(|(kind, key, front, body)| {
                let path = page::source_path(self.code, key, kind);
                let text = format!("---\n{front}---\n{body}");
                let file = crate::load::SourceFile::new(path, text);
                let parsed =
                    page::parse(file, self.code.to_string(), key.to_string(), kind).ok()?;
                Some((kind, key, freshness::article_hash(&parsed)))
            })
            .collect();
        Hashes {
            pages,
            letter: freshness::letter_hash(self.sample.letter),
        }
    }

    fn files(&self) -> Vec<SiteFile> {
        let mut files: Vec<SiteFile> = self
            .pages()
            .into_iter()
            .map(|(kind, key, front, body)| {
                let marker = self
                    .hashes
                    .and_then(|h| h.pages.iter().find(|(k, n, _)| *k == kind && *n == key))
                    .map(|(_, _, hash)| format!("source_hash: {hash}\n"))
                    .unwrap_or_default();
                SiteFile {
                    path: page::source_path(self.code, key, kind),
                    text: format!("---\n{front}{marker}---\n{body}"),
                }
            })
            .collect();
        let letter = match self.hashes {
            Some(h) => format!("# source_hash: {}\n{}", h.letter, self.sample.letter),
            None => self.sample.letter.to_string(),
        };
        files.push(SiteFile {
            path: format!("locales/{}/letters/{LETTER}.ftl", self.code).into(),
            text: letter,
        });
        if self.sample.native {
            files.push(SiteFile {
                path: format!("locales/{}/ui.ftl", self.code).into(),
                text: format!(
                    "# The site's own interface strings; every other one is built into Letterpress.\nsite-title = {}\nsite-tagline = {}\n",
                    self.sample.site_title, self.sample.site_tagline
                ),
            });
        }
        files
    }
}

fn front(title: &str, description: &str, rest: &str) -> String {
    format!(
        "title: {}\ndescription: {}\n{rest}",
        yaml_string(title),
        yaml_string(description)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(languages: &str) -> InitOptions {
        InitOptions {
            root: "site".into(),
            languages: vec![languages.to_string()],
            author: Some("Jane Doe".into()),
            date: Date::parse("2026-03-01"),
        }
    }

    #[test]
    fn every_language_gets_its_pages_and_the_letter_marked_up_to_date() {
        let files = site(&options("de, en,fr")).unwrap();
        let paths: Vec<String> = files.iter().map(|f| f.path.display().to_string()).collect();
        for expected in [
            "site.yaml",
            "content/letters/thank-you.yaml",
            "content/de/_index.md",
            "content/en/guide/_index.md",
            "content/fr/guide/first-article.md",
            "locales/de/letters/thank-you.ftl",
            "locales/fr/letters/thank-you.ftl",
            "locales/de/ui.ftl",
        ] {
            assert!(
                paths.contains(&expected.to_string()),
                "{expected} in {paths:?}"
            );
        }
        assert!(
            !paths.contains(&"locales/fr/ui.ftl".to_string()),
            "fr uses the built-in strings"
        );
        let text = |p: &str| {
            &files
                .iter()
                .find(|f| f.path.to_str() == Some(p))
                .unwrap()
                .text
        };
        assert!(text("site.yaml").contains("default_language: de\n"));
        assert!(text("site.yaml").contains("  fr:\n    name: Français\n"));
        assert!(text("site.yaml").contains("  name: Jane Doe\n"));
        assert!(!text("content/de/guide/first-article.md").contains("source_hash"));
        assert!(text("content/en/guide/first-article.md").contains("source_hash: "));
        assert!(text("content/fr/_index.md").contains("Sample text in English"));
        assert!(text("content/de/guide/first-article.md").contains("date: 2026-03-01\n"));
        assert!(text("locales/en/letters/thank-you.ftl").starts_with("# source_hash: "));
    }

    #[test]
    fn unknown_and_repeated_languages_are_refused() {
        let e = site(&options("en,eo")).unwrap_err();
        assert!(
            e.message.contains("`eo`") && e.message.contains("`zh-Hant`"),
            "{}",
            e.message
        );
        let e = site(&options("en,de,en")).unwrap_err();
        assert!(e.message.contains("`en` is listed twice"), "{}", e.message);
        assert!(site(&options(" , ")).is_err());
        assert!(
            site(&options("pt-BR,zh-TW")).is_ok(),
            "regional tags use their language's strings"
        );
    }

    #[test]
    fn yaml_strings_are_quoted_only_when_needed() {
        assert_eq!(yaml_string("Mein Ratgeber"), "Mein Ratgeber");
        assert_eq!(yaml_string("a: b"), "\"a: b\"");
        assert_eq!(yaml_string("# x"), "\"# x\"");
        assert_eq!(yaml_string("中文（繁體）"), "中文（繁體）");
    }
}
