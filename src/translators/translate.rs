//! `letterpress translate`: starts a translation from the source language, or marks one as up to
//! date (`--refresh`). This is the only code that writes into the source tree, and it only ever
//! creates new files or rewrites the freshness marker of an existing translation. Every write is
//! a temporary file beside the target, then a rename: never through a symlink, never into a
//! hard-linked file, never a truncated file.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{CONFIG_FILE, Input};
use crate::parse::config::Config;
use crate::parse::page::{self, Kind, Page};
use crate::translators::freshness;

/// What `letterpress translate` needs to know.
#[derive(Debug, Clone)]
pub struct TranslateOptions {
    pub root: PathBuf,
    /// `offers/decline-offer`, `content/en/offers/decline-offer.md`, `letters/decline-offer` …
    pub item: String,
    /// The language to translate into.
    pub to: String,
    /// Mark an existing translation as made from the current source instead of creating one.
    pub refresh: bool,
}

/// What to translate, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    Page { key: String, kind: Kind },
    Letter(String),
}

fn resolve(item: &str, config: &Config, input: &Input) -> Option<Target> {
    let mut s = item.trim().trim_start_matches("./").replace('\\', "/");
    if let Some(rest) = s.strip_prefix("content/") {
        // content/<lang>/<key>.md
        s = rest
            .split_once('/')
            .map(|(_, k)| k.to_string())
            .unwrap_or_default();
    }
    if let Some(rest) = s.strip_prefix("locales/") {
        s = rest
            .split_once('/')
            .map(|(_, k)| k.trim_end_matches(".ftl").to_string())
            .unwrap_or_default();
    }
    let s = s.trim_end_matches(".md").trim_end_matches('/').to_string();
    let source_lang = &config.default_language;
    let page_exists = |key: &str, kind: Kind| {
        let path = page::source_path(source_lang, key, kind);
        input.articles.iter().any(|f| f.path == path)
    };
    if let Some(id) = s.strip_prefix("letters/") {
        return Some(Target::Letter(id.to_string()));
    }
    if s == "_index" || s.is_empty() {
        return page_exists("", Kind::Home).then(|| Target::Page {
            key: String::new(),
            kind: Kind::Home,
        });
    }
    if let Some(section) = s.strip_suffix("/_index") {
        return page_exists(section, Kind::Section).then(|| Target::Page {
            key: section.to_string(),
            kind: Kind::Section,
        });
    }
    if page_exists(&s, Kind::Article) {
        return Some(Target::Page {
            key: s,
            kind: Kind::Article,
        });
    }
    let letter_path = PathBuf::from(format!("content/letters/{s}.yaml"));
    if input.letters.iter().any(|f| f.path == letter_path) {
        return Some(Target::Letter(s));
    }
    None
}

fn problem(path: impl Into<PathBuf>, message: String) -> Diagnostics {
    Diagnostic::error("translate", path, message).into()
}

/// Creates (or, with `refresh`, re-marks) the translation; returns the files written.
pub fn translate(
    options: &TranslateOptions,
    config: &Config,
    input: &Input,
) -> Result<Vec<PathBuf>, Diagnostics> {
    let source_lang = config.default_language.as_str();
    if config.language(&options.to).is_none() {
        return Err(problem(
            CONFIG_FILE,
            format!(
                "`{}` is not a language of this site (languages: {})",
                options.to,
                config.codes().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    if options.to == source_lang {
        return Err(problem(
            CONFIG_FILE,
            format!(
                "`{}` is the source language: translations are made from it",
                options.to
            ),
        ));
    }
    let target = resolve(&options.item, config, input).ok_or_else(|| {
        problem(
            "content",
            format!("nothing to translate called `{}`: give an article such as `offers/decline-offer` or a letter such as `letters/decline-offer`", options.item),
        )
    })?;
    match target {
        Target::Page { key, kind } => translate_page(options, input, source_lang, &key, kind),
        Target::Letter(id) => translate_letter(options, input, source_lang, &id),
    }
}

fn translate_page(
    options: &TranslateOptions,
    input: &Input,
    source_lang: &str,
    key: &str,
    kind: Kind,
) -> Result<Vec<PathBuf>, Diagnostics> {
    let source_path = page::source_path(source_lang, key, kind);
    let file = input
        .articles
        .iter()
        .find(|f| f.path == source_path)
        .ok_or_else(|| problem(&source_path, "source file not found".into()))?;
    let source: Page = page::parse(file.clone(), source_lang.to_string(), key.to_string(), kind)
        .map_err(Diagnostics::from)?;
    let hash = freshness::article_hash(&source);
    let rel = page::source_path(&options.to, key, kind);
    write_translation(
        options,
        input,
        rel,
        || {
            let front = file.text[..source.body_start].to_string();
            let front = set_front_matter_hash(&front, &hash).unwrap_or(front);
            format!("{front}{}", source.body())
        },
        |existing| {
            set_front_matter_hash(existing, &hash)
                .ok_or_else(|| "front matter not found: the file must start with `---`".to_string())
        },
    )
}

fn translate_letter(
    options: &TranslateOptions,
    input: &Input,
    source_lang: &str,
    id: &str,
) -> Result<Vec<PathBuf>, Diagnostics> {
    let source_path = PathBuf::from(format!("locales/{source_lang}/letters/{id}.ftl"));
    let file = input
        .locales
        .iter()
        .find(|f| f.path == source_path)
        .ok_or_else(|| {
            problem(
                &source_path,
                format!("letter `{id}` has no source translation"),
            )
        })?;
    let hash = freshness::letter_hash(&file.text);
    let rel = PathBuf::from(format!("locales/{}/letters/{id}.ftl", options.to));
    write_translation(
        options,
        input,
        rel,
        || set_ftl_hash(&file.text, &hash),
        |existing| Ok(set_ftl_hash(existing, &hash)),
    )
}

/// Creates the translation at `rel` with `create()`, or with `--refresh` rewrites the existing
/// one with `refresh(existing text)`; never overwrites a translation when creating.
fn write_translation(
    options: &TranslateOptions,
    input: &Input,
    rel: PathBuf,
    create_text: impl FnOnce() -> String,
    refresh: impl FnOnce(&str) -> Result<String, String>,
) -> Result<Vec<PathBuf>, Diagnostics> {
    let target = options.root.join(&rel);
    if options.refresh {
        let text = existing(input, &rel).ok_or_else(|| {
            problem(
                &rel,
                "there is no translation to refresh yet: run without `--refresh` to create it"
                    .into(),
            )
        })?;
        let updated = refresh(text).map_err(|message| problem(&rel, message))?;
        if updated != text {
            replace(&options.root, &target, &rel, &updated)?;
        }
        return Ok(vec![rel]);
    }
    if fs::symlink_metadata(&target).is_ok() {
        return Err(problem(
            &rel,
            "a translation already exists; edit it, or mark it up to date with `--refresh`".into(),
        ));
    }
    create(&options.root, &target, &rel, &create_text())?;
    Ok(vec![rel])
}

/// The text of a source file as the loader read it (symlinks out of the site are never read).
fn existing<'a>(input: &'a Input, rel: &Path) -> Option<&'a str> {
    input
        .articles
        .iter()
        .chain(&input.locales)
        .find(|f| f.path == rel)
        .map(|f| &*f.text)
}

/// Sets `source_hash:` in the front matter of `text` (adding it before the closing `---`).
pub fn set_front_matter_hash(text: &str, hash: &str) -> Option<String> {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return None;
    }
    let close = lines.iter().skip(1).position(|l| l.trim_end() == "---")? + 1;
    let marker = format!("source_hash: {hash}\n");
    match lines[1..close]
        .iter()
        .position(|l| l.starts_with("source_hash:"))
    {
        Some(i) => lines[i + 1] = &marker,
        None => lines.insert(close, &marker),
    }
    Some(lines.concat())
}

/// Sets the `# source_hash: …` comment on the first line of a Fluent file. Only that line is
/// the marker: a `# source_hash:` line anywhere else is the translator's text and stays.
pub fn set_ftl_hash(text: &str, hash: &str) -> String {
    let rest = match text.split_once('\n') {
        Some((first, rest)) if first.trim_start().starts_with("# source_hash:") => rest,
        None if text.trim_start().starts_with("# source_hash:") => "",
        _ => text,
    };
    format!("# source_hash: {hash}\n{rest}")
}

/// Creates `path` with `text`, atomically, and never over a file that exists meanwhile.
fn create(root: &Path, path: &Path, rel: &Path, text: &str) -> Result<(), Diagnostics> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| problem(rel, format!("cannot create the folder: {}", io_text(&e))))?;
    }
    let temp = write_temp(root, path, rel, text)?;
    // A hard link fails if the target exists, even if it appeared a moment ago.
    let linked = fs::hard_link(&temp, path);
    let _ = fs::remove_file(&temp);
    linked.map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => problem(
            rel,
            "a translation already exists; edit it, or mark it up to date with `--refresh`".into(),
        ),
        _ => problem(
            rel,
            format!(
                "cannot create the file: {}; nothing was written",
                io_text(&e)
            ),
        ),
    })
}

/// Replaces the regular file `path` with `text` through a temporary file and a rename.
fn replace(root: &Path, path: &Path, rel: &Path, text: &str) -> Result<(), Diagnostics> {
    let meta = fs::symlink_metadata(path)
        .map_err(|e| problem(rel, format!("cannot read the file: {}", io_text(&e))))?;
    if meta.file_type().is_symlink() || !meta.is_file() {
        return Err(problem(
            rel,
            "this is a symlink or not a regular file; translate only rewrites regular files, so nothing was written".into(),
        ));
    }
    if links(&meta) > 1 {
        return Err(problem(
            rel,
            "this file has other hard links (it may be another file's source); copy it to a file of its own first, so nothing was written".into(),
        ));
    }
    let temp = write_temp(root, path, rel, text)?;
    fs::rename(&temp, path).map_err(|e| {
        let _ = fs::remove_file(&temp);
        problem(
            rel,
            format!(
                "cannot replace the file: {}; it was left unchanged",
                io_text(&e)
            ),
        )
    })
}

/// Writes `text` to a new temporary file beside `path`, flushed to disk; removes it on failure.
fn write_temp(root: &Path, path: &Path, rel: &Path, text: &str) -> Result<PathBuf, Diagnostics> {
    let parent = path.parent().unwrap_or(root);
    let inside = match (parent.canonicalize(), root.canonicalize()) {
        (Ok(p), Ok(r)) => p.starts_with(r),
        _ => false,
    };
    if !inside {
        return Err(problem(
            rel,
            "the folder of this file leads outside the site (a symlink?); nothing was written"
                .into(),
        ));
    }
    crate::source_write::write_temp_beside(path, text).map_err(|e| {
        problem(
            rel,
            format!(
                "cannot write the file: {}; it was left unchanged",
                io_text(&e)
            ),
        )
    })
}

#[cfg(unix)]
fn links(meta: &fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn links(_: &fs::Metadata) -> u64 {
    1
}

fn io_text(e: &std::io::Error) -> String {
    crate::diagnostic::lowercase_first(&e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_added_or_replaced() {
        assert_eq!(
            set_front_matter_hash("---\ntitle: A\n---\nBody\n", "ab").unwrap(),
            "---\ntitle: A\nsource_hash: ab\n---\nBody\n"
        );
        assert_eq!(
            set_front_matter_hash("---\nsource_hash: x\n---\n", "ab").unwrap(),
            "---\nsource_hash: ab\n---\n"
        );
        assert_eq!(
            set_ftl_hash("# source_hash: x\ntitle = A\n", "ab"),
            "# source_hash: ab\ntitle = A\n"
        );
        assert!(set_front_matter_hash("title: A\n", "ab").is_none());
        let inner = "title = A\n# source_hash: keep\nbody = B\n";
        assert_eq!(
            set_ftl_hash(inner, "ab"),
            format!("# source_hash: ab\n{inner}")
        );
    }
}
