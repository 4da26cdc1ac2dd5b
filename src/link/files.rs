//! Links from a page to a file next to the articles (`![…](screenshot.png)`, `[…](form.pdf)`):
//! which file a reader of each language gets — the one in their own language's folder, else the
//! first along the language's fallback chain, the same rule as for pages — and where it is
//! written: once per language, at the path of its source folder with each folder's slug in that
//! language (`content/en/offers/screenshot.png` → `de/angebote/screenshot.png`). It never reads
//! or writes files and never renders.

use std::path::PathBuf;

use crate::link::routes::Routes;
use crate::link::urls::{encode_path, percent_decode};
use crate::parse::config::Config;
use crate::parse::files::{Files, ImageSize};
use crate::parse::page::{Kind, parent_key};

/// The languages whose content a reader of `lang` may be shown, in order: `lang` itself, its
/// `fallback` list, then every language of the site. Pages and files both follow it.
pub fn chain<'a>(config: &'a Config, lang: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let fallback = config
        .language(lang)
        .map(|l| l.fallback.as_slice())
        .unwrap_or_default();
    std::iter::once(lang)
        .chain(fallback.iter().map(String::as_str))
        .chain(config.codes())
}

/// A link to a file, resolved for a reader of one language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileLink {
    /// The file chosen, from the site root (`content/en/offers/screenshot.png`).
    pub source: PathBuf,
    /// Where it is written for this language (`de/angebote/screenshot.png`).
    pub output: String,
    pub size: Option<ImageSize>,
    /// `?…` and `#…` of the link, kept as written.
    pub suffix: String,
}

impl FileLink {
    /// The URL of the file from the page at `page_path` (a folder path ending in `/`).
    pub fn url(&self, page_path: &str) -> String {
        format!(
            "{}{}",
            encode_path(&relative_path(page_path, &self.output)),
            self.suffix
        )
    }
}

/// Why a file link does not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// No language of the chain has the file: (link as written, path below the language
    /// folders, languages looked in, in the order of `site.yaml`).
    Missing(String, String, Vec<String>),
    OutsideContent(String),
}

impl FileError {
    pub fn message(&self) -> String {
        match self {
            FileError::Missing(dest, path, langs) => {
                let folders: Vec<String> =
                    langs.iter().map(|l| format!("`content/{l}/`")).collect();
                format!(
                    "link to missing file `{dest}`: no `{path}` in {}",
                    folders.join(", ")
                )
            }
            FileError::OutsideContent(dest) => {
                format!("link `{dest}` points outside the language's content folder")
            }
        }
    }
}

/// Is `dest` a relative link to a file (`screenshot.png`, `../forms/form.pdf?x#page=2`) rather
/// than to a page (`x.md`, `../x/`, `x.html`), an anchor, or a URL with a scheme or from the
/// root?
pub fn is_file_link(dest: &str) -> bool {
    let path = dest.split(['?', '#']).next().unwrap_or(dest);
    let scheme = path.split('/').next().unwrap_or(path).contains(':');
    if path.is_empty() || scheme || path.starts_with('/') || path.starts_with('\\') {
        return false;
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    match name.rsplit_once('.') {
        Some((stem, ext)) => {
            !stem.is_empty()
                && !ext.is_empty()
                && !["md", "html", "htm"].contains(&ext.to_ascii_lowercase().as_str())
        }
        None => false,
    }
}

/// What a file link is resolved against: the site's files and routes.
pub struct FileLookup<'a> {
    pub config: &'a Config,
    pub routes: &'a Routes,
    pub files: &'a Files,
}

impl FileLookup<'_> {
    /// Resolves `dest`, written in the page with key `from_key` (kind `from_kind`), for a
    /// reader of `lang`.
    pub fn resolve(
        &self,
        lang: &str,
        from_key: &str,
        from_kind: Kind,
        dest: &str,
    ) -> Result<FileLink, FileError> {
        let split = dest.find(['?', '#']).unwrap_or(dest.len());
        let (raw, suffix) = dest.split_at(split);
        let path = normalize(from_key, from_kind, raw)
            .ok_or_else(|| FileError::OutsideContent(dest.to_string()))?;
        for code in chain(self.config, lang) {
            if let Some(file) = self.files.get(code, &path) {
                let (folder, name) = match path.rsplit_once('/') {
                    Some((folder, name)) => (folder, name),
                    None => ("", path.as_str()),
                };
                return Ok(FileLink {
                    source: file.source.clone(),
                    output: format!("{}{name}", self.folder_path(lang, folder)),
                    size: file.size,
                    suffix: suffix.to_string(),
                });
            }
        }
        // The chain ends with every language: the message is the same for every reader.
        let tried = self.config.codes().map(String::from).collect();
        Err(FileError::Missing(dest.to_string(), path, tried))
    }

    /// The output folder of source folder `key` for `lang`: its section's localized path; the
    /// path of the article of the same name, for a folder beside an article
    /// (`offers/decline/` next to `offers/decline.md`); else its parent's path and its name.
    fn folder_path(&self, lang: &str, key: &str) -> String {
        if let Some(r) = self.routes.get(lang, key, true) {
            return r.path.clone();
        }
        if key.is_empty() {
            return format!("{lang}/");
        }
        if let Some(r) = self.routes.get(lang, key, false) {
            return r.path.clone();
        }
        let name = key.rsplit('/').next().unwrap_or(key);
        format!("{}{name}/", self.folder_path(lang, parent_key(key)))
    }
}

/// The path below the language folders that `dest` (without `?…#…`) names, written in the page
/// with key `from_key`; `None` when it leaves the language's folder.
fn normalize(from_key: &str, from_kind: Kind, dest: &str) -> Option<String> {
    let base = match from_kind {
        Kind::Home | Kind::Section => from_key,
        Kind::Article => parent_key(from_key),
    };
    let decoded = percent_decode(dest).unwrap_or_else(|| dest.to_string());
    let mut out: Vec<String> = base
        .split('/')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                out.pop()?;
            }
            p => out.push(p.to_string()),
        }
    }
    Some(out.join("/"))
}

/// The relative URL path from folder `from` (ending in `/`) to file `to`, both from the site
/// root: `de/a/b/` → `de/a/x.png` is `../x.png`.
pub fn relative_path(from: &str, to: &str) -> String {
    let from: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let to: Vec<&str> = to.split('/').collect();
    let (dirs, file) = to.split_at(to.len().saturating_sub(1));
    let common = from.iter().zip(dirs).take_while(|(a, b)| a == b).count();
    let mut out = "../".repeat(from.len() - common);
    for d in &dirs[common..] {
        out.push_str(d);
        out.push('/');
    }
    out.push_str(file.first().copied().unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_links_are_relative_paths_with_an_extension() {
        for yes in [
            "a.png",
            "../x/form.PDF#page=2",
            "img/a%20b.jpg?v=1",
            "./x.svg",
        ] {
            assert!(is_file_link(yes), "{yes}");
        }
        for no in [
            "a.md",
            "../a.md#x",
            "x.html",
            "../x/",
            "#top",
            "/static.png",
            "https://x.org/a.png",
            "data:image/png;base64,AA",
            "mailto:a@b.c",
            ".hidden",
            "README",
        ] {
            assert!(!is_file_link(no), "{no}");
        }
    }

    #[test]
    fn relative_paths_climb_only_as_far_as_needed() {
        assert_eq!(relative_path("de/a/b/", "de/a/x.png"), "../x.png");
        assert_eq!(relative_path("de/a/b/", "de/a/b/x.png"), "x.png");
        assert_eq!(relative_path("de/", "de/a/x.png"), "a/x.png");
        assert_eq!(relative_path("de/a/", "en/a/x.png"), "../../en/a/x.png");
    }

    #[test]
    fn links_are_taken_from_the_page_folder() {
        assert_eq!(
            normalize("offers/decline", Kind::Article, "../img/a%20b.png").as_deref(),
            Some("img/a b.png")
        );
        assert_eq!(
            normalize("offers", Kind::Section, "x.png").as_deref(),
            Some("offers/x.png")
        );
        assert_eq!(normalize("", Kind::Home, "../x.png"), None);
    }
}
