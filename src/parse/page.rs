//! One Markdown source file: its front matter and its identity (language, translation key, slug).
//! It parses text it is given; it never renders Markdown or decides URLs.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostic::Diagnostic;
use crate::load::SourceFile;
use crate::parse::yaml;

/// A calendar date as written in front matter (`2026-11-22`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0);
        let days = match date.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&date.day).then_some(date)
    }

    /// `2026-11-22`, as used in feeds and `<time datetime>`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What kind of page a source file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// `content/<lang>/_index.md`: the language's home page.
    Home,
    /// `content/<lang>/<section…>/_index.md`: a section's title and intro.
    Section,
    /// Any other `.md` file.
    Article,
}

impl Kind {
    /// Whether the kind is a folder page (home or section) rather than an article: both share
    /// the key space of folders and files in `content/<lang>/`.
    pub fn is_folder(self) -> bool {
        matches!(self, Kind::Home | Kind::Section)
    }
}

/// Front matter of a page, validated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: String,
    pub description: String,
    pub date: Option<Date>,
    pub updated: Option<Date>,
    pub slug: Option<String>,
    pub tags: Vec<String>,
    pub draft: bool,
    pub weight: i64,
    /// Hash of the source-language text this translation was made from (see `letterpress translate`).
    pub source_hash: Option<String>,
    /// Old URLs of the page, each to be redirected to it (`aliases:`).
    pub aliases: Vec<Alias>,
}

/// An old URL of a page (`aliases: [old/path/]`), where a redirect to the page is written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Alias {
    /// The output path below the site root: a folder (`de/old/path/`, written as its
    /// `index.html`) or an `.html` file (`de/old.html`).
    pub path: String,
    /// As written in the front matter.
    pub written: String,
    /// 1-based position of the alias in the source file.
    pub line: usize,
    pub col: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: String,
    description: String,
    #[serde(default)]
    date: Option<Spanned<String>>,
    #[serde(default)]
    updated: Option<Spanned<String>>,
    #[serde(default)]
    slug: Option<Spanned<String>>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    weight: i64,
    #[serde(default)]
    source_hash: Option<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
}

/// A parsed Markdown file. The body is kept in the file's text to avoid copying it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub source: SourceFile,
    pub lang: String,
    /// Path below `content/<lang>/` without `.md`, `/`-separated; for `_index.md` the folder
    /// (`""` for the home page, `offers` for a section). Equal keys are translations.
    pub key: String,
    pub kind: Kind,
    pub front: FrontMatter,
    /// Byte offset of the body in `source.text`.
    pub body_start: usize,
}

impl Page {
    pub fn body(&self) -> &str {
        &self.source.text[self.body_start..]
    }

    pub fn path(&self) -> &Path {
        &self.source.path
    }

    /// The section folder the page belongs to (`""` at the top level).
    pub fn section(&self) -> &str {
        match self.kind {
            Kind::Home => "",
            Kind::Section => parent_key(&self.key),
            Kind::Article => parent_key(&self.key),
        }
    }

    /// The URL segment: `slug` from front matter, else the file (or folder) name.
    pub fn slug(&self) -> &str {
        if let Some(s) = &self.front.slug {
            return s;
        }
        self.key.rsplit('/').next().unwrap_or(&self.key)
    }
}

/// The key of the folder containing `key` (`""` for top-level keys).
pub fn parent_key(key: &str) -> &str {
    key.rfind('/').map_or("", |i| &key[..i])
}

/// Where a content file sits: its language folder and its key, or why it is not a page.
pub fn identify(path: &Path) -> Option<(String, String, Kind)> {
    let rel = path.strip_prefix("content").ok()?;
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let lang = parts.remove(0);
    let file = parts.pop()?;
    let stem = file.strip_suffix(".md")?.to_string();
    let folder = parts.join("/");
    if stem == "_index" {
        let kind = if folder.is_empty() {
            Kind::Home
        } else {
            Kind::Section
        };
        Some((lang, folder, kind))
    } else {
        let key = if folder.is_empty() {
            stem
        } else {
            format!("{folder}/{stem}")
        };
        Some((lang, key, Kind::Article))
    }
}

/// Splits `---` front matter from the body and validates it.
pub fn parse(
    source: SourceFile,
    lang: String,
    key: String,
    kind: Kind,
) -> Result<Page, Diagnostic> {
    let path = source.path.clone();
    let text = &source.text;
    if text.trim().is_empty() {
        return Err(Diagnostic::error(
            "empty-file",
            &path,
            "file is empty: an article needs front matter with `title` and `description`",
        ));
    }
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return Err(Diagnostic::error(
            "missing-front-matter",
            &path,
            "missing front matter: the file must start with a `---` line",
        )
        .at(text, 1, 1));
    }
    let yaml_start = (first_line_end + 1).min(text.len());
    let mut offset = yaml_start;
    let mut close = None;
    for line in text[yaml_start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((yaml_end, body_start)) = close else {
        return Err(Diagnostic::error(
            "unclosed-front-matter",
            &path,
            "front matter is never closed: add a `---` line after it",
        )
        .at(text, 1, 1));
    };
    let yaml_text = &text[yaml_start..yaml_end];
    let raw: RawFrontMatter = yaml::decode(&path, text, yaml_text, 2)?;
    let front = validate(&path, text, &lang, raw)?;
    if front.slug.is_none()
        && kind != Kind::Home
        && let Some(problem) = slug_problem(key.rsplit('/').next().unwrap_or(&key))
    {
        let name = path
            .file_name()
            .filter(|_| kind == Kind::Article)
            .or_else(|| path.parent().and_then(|p| p.file_name()))
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Err(Diagnostic::error(
            "invalid-slug",
            &path,
            format!(
                "the name `{}` cannot be a URL segment: its slug {problem}; rename it or set `slug:` in the front matter",
                name.escape_debug()
            ),
        ));
    }
    Ok(Page {
        source,
        lang,
        key,
        kind,
        front,
        body_start,
    })
}

fn validate(
    path: &Path,
    text: &str,
    lang: &str,
    raw: RawFrontMatter,
) -> Result<FrontMatter, Diagnostic> {
    // Spans are relative to the YAML, which starts on line 2 of the file.
    let at = |loc: &serde_saphyr::Location, code: &'static str, message: String| {
        Diagnostic::error(code, path, message).at(
            text,
            loc.line() as usize + 1,
            (loc.column() as usize).max(1),
        )
    };
    let date = |field: &str, v: Option<Spanned<String>>| -> Result<Option<Date>, Diagnostic> {
        match v {
            None => Ok(None),
            Some(s) => Date::parse(&s.value).map(Some).ok_or_else(|| {
                at(
                    &s.referenced,
                    "invalid-date",
                    format!(
                        "`{field}` must be a date written `YYYY-MM-DD`, found `{}`",
                        s.value
                    ),
                )
            }),
        }
    };
    if raw.title.trim().is_empty() {
        return Err(
            Diagnostic::error("empty-title", path, "`title` must not be empty").at(
                text,
                key_line(text, "title"),
                1,
            ),
        );
    }
    let slug = match raw.slug {
        None => None,
        Some(s) => {
            if let Some(problem) = slug_problem(&s.value) {
                return Err(at(
                    &s.referenced,
                    "invalid-slug",
                    format!("slug `{}` {problem}", s.value),
                ));
            }
            Some(s.value)
        }
    };
    let mut aliases = Vec::with_capacity(raw.aliases.len());
    for a in raw.aliases {
        let written = a.value.trim().to_string();
        match alias_path(lang, &written) {
            Ok(path) => aliases.push(Alias {
                path,
                written,
                line: a.referenced.line() as usize + 1,
                col: (a.referenced.column() as usize).max(1),
            }),
            Err(problem) => {
                let message = format!("alias `{written}` {problem}");
                return Err(at(&a.referenced, "invalid-alias", message));
            }
        }
    }
    Ok(FrontMatter {
        aliases,
        title: raw.title.trim().to_string(),
        description: raw.description.trim().to_string(),
        date: date("date", raw.date)?,
        updated: date("updated", raw.updated)?,
        slug,
        tags: raw.tags,
        draft: raw.draft,
        weight: raw.weight,
        source_hash: raw.source_hash,
    })
}

/// The output path of an alias written in a page of `lang`: `old/path/` is below the
/// language's folder (`de/old/path/`), `/old/path/` below the site root; a last segment ending
/// in `.html` names a file, anything else a folder.
pub fn alias_path(lang: &str, alias: &str) -> Result<String, &'static str> {
    if alias.is_empty() {
        return Err("is empty");
    }
    if alias.contains("://") || alias.starts_with("//") {
        return Err("must be a path of this site, not a URL with a host");
    }
    if alias.contains(['?', '#', '\\'])
        || alias.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err("must be a path: no `?`, `#`, `\\`, spaces or control characters");
    }
    let (root, rest) = match alias.strip_prefix('/') {
        Some(rest) => (String::new(), rest),
        None => (format!("{lang}/"), alias),
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let mut path = root;
    for segment in rest.split('/').filter(|_| !rest.is_empty()) {
        match segment {
            "" => return Err("must not contain empty segments (`//`)"),
            "." | ".." => return Err("must not contain `.` or `..` segments"),
            s => {
                path.push_str(s);
                path.push('/');
            }
        }
    }
    if path.ends_with(".html/") && !alias.ends_with('/') {
        path.pop();
    }
    Ok(path)
}

/// Why `slug` is unsafe as a URL and path segment, if it is.
pub fn slug_problem(slug: &str) -> Option<&'static str> {
    if slug.is_empty() {
        Some("is empty")
    } else if slug.contains('/') || slug.contains('\\') {
        Some("must not contain `/` or `\\`: a slug is a single URL segment")
    } else if slug == "." || slug == ".." || slug.starts_with('.') {
        Some("must not start with `.`")
    } else if let Some(c) = slug
        .chars()
        .find(|c| !(c.is_alphanumeric() || *c == '-' || *c == '_'))
    {
        let _ = c;
        Some("may only contain letters, digits, `-` and `_`")
    } else {
        None
    }
}

fn key_line(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| l.starts_with(key) && l[key.len()..].trim_start().starts_with(':'))
        .map_or(1, |i| i + 1)
}

/// Convenience for tests and tools: the path a page of `lang` and `key` would have.
pub fn source_path(lang: &str, key: &str, kind: Kind) -> PathBuf {
    match kind {
        Kind::Home => PathBuf::from(format!("content/{lang}/_index.md")),
        Kind::Section => PathBuf::from(format!("content/{lang}/{key}/_index.md")),
        Kind::Article => PathBuf::from(format!("content/{lang}/{key}.md")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(text: &str) -> Result<Page, Diagnostic> {
        let f = SourceFile::new("content/en/a.md", text);
        parse(f, "en".into(), "a".into(), Kind::Article)
    }

    #[test]
    fn splits_front_matter_and_body() {
        let p = page("---\ntitle: T\ndescription: D\nslug: x-y\ndate: 2026-02-28\n---\n# Body\n")
            .unwrap();
        assert_eq!(p.front.title, "T");
        assert_eq!(p.slug(), "x-y");
        assert_eq!(p.body(), "# Body\n");
        assert_eq!(p.front.date.unwrap().iso(), "2026-02-28");
    }

    #[test]
    fn each_bad_input_has_its_own_error() {
        assert_eq!(page("").unwrap_err().code, "empty-file");
        assert_eq!(page("title: x\n").unwrap_err().code, "missing-front-matter");
        assert_eq!(
            page("---\ntitle: x\n").unwrap_err().code,
            "unclosed-front-matter"
        );
        let slug = page("---\ntitle: T\ndescription: D\nslug: ../x\n---\n").unwrap_err();
        assert_eq!((slug.code, slug.line, slug.col), ("invalid-slug", 4, 7));
        let date = page("---\ntitle: T\ndescription: D\ndate: 2026-02-30\n---\n").unwrap_err();
        assert_eq!((date.code, date.line), ("invalid-date", 4));
        let key = page("---\ntitle: T\ndescription: D\ntitel: x\n---\n").unwrap_err();
        assert_eq!((key.line, key.col), (4, 1));
    }

    #[test]
    fn aliases_are_below_the_language_unless_absolute() {
        assert_eq!(alias_path("de", "alt/pfad/").as_deref(), Ok("de/alt/pfad/"));
        assert_eq!(alias_path("de", "alt/pfad").as_deref(), Ok("de/alt/pfad/"));
        assert_eq!(alias_path("de", "/old/x/").as_deref(), Ok("old/x/"));
        assert_eq!(alias_path("de", "alt.html").as_deref(), Ok("de/alt.html"));
        assert_eq!(alias_path("de", "/").as_deref(), Ok(""));
        for bad in [
            "",
            "../x/",
            "a/./b",
            "https://x.org/a/",
            "//x.org/a",
            "a//b",
            "a?b",
            "a b",
        ] {
            assert!(alias_path("de", bad).is_err(), "{bad}");
        }
        let p = page("---\ntitle: T\ndescription: D\naliases: [ok/, ../x/]\n---\n").unwrap_err();
        assert_eq!((p.code, p.line, p.col), ("invalid-alias", 4, 16));
        let p = page("---\ntitle: T\ndescription: D\naliases:\n  - old/\n---\n").unwrap();
        assert_eq!(p.front.aliases[0].path, "en/old/");
        assert_eq!((p.front.aliases[0].line, p.front.aliases[0].col), (5, 5));
    }

    #[test]
    fn identifies_language_key_and_kind() {
        let id = |p: &str| identify(Path::new(p));
        assert_eq!(
            id("content/de/offers/a.md"),
            Some(("de".into(), "offers/a".into(), Kind::Article))
        );
        assert_eq!(
            id("content/de/_index.md"),
            Some(("de".into(), "".into(), Kind::Home))
        );
        assert_eq!(
            id("content/de/offers/_index.md"),
            Some(("de".into(), "offers".into(), Kind::Section))
        );
        assert_eq!(id("content/a.md"), None);
    }
}
