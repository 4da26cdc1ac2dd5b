//! The translation graph and URLs: which page is shown at each (language, key), fallbacks,
//! localized paths, and resolution of Markdown links between source files.
//! It never renders HTML and never reads files.

use std::collections::{BTreeSet, HashMap};

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::page::{Kind, Page, parent_key};

/// One URL of the site: a page (or its fallback) in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// The language of the URL and of the interface.
    pub lang: String,
    pub key: String,
    pub kind: Kind,
    /// Index into the page list of the page whose text is shown here.
    pub page: usize,
    /// True when the page is missing in `lang` and another language's text is shown.
    pub fallback: bool,
    /// Path from the site root, ending in `/` (`de/angebote/angebot-ablehnen/`).
    pub path: String,
}

/// All routes, with lookups by language and key.
#[derive(Debug, Default)]
pub struct Routes {
    pub routes: Vec<Route>,
    index: HashMap<(String, String, bool), usize>,
}

/// Whether a kind is a folder page (home or section) rather than an article: both share the
/// key space of folders and files in `content/<lang>/`.
fn is_folder(kind: Kind) -> bool {
    matches!(kind, Kind::Home | Kind::Section)
}

impl Routes {
    /// Builds a route for every key in every language, choosing fallbacks where a translation
    /// is missing, and reports colliding URLs.
    pub fn build(config: &Config, pages: &[Page]) -> (Routes, Diagnostics) {
        let mut problems = Diagnostics::default();
        let mut by_lang_key: HashMap<(&str, &str, bool), usize> = HashMap::new();
        let mut keys: BTreeSet<(bool, &str, Kind)> = BTreeSet::new();
        for (i, p) in pages.iter().enumerate() {
            by_lang_key.insert((p.lang.as_str(), p.key.as_str(), is_folder(p.kind)), i);
            keys.insert((is_folder(p.kind), p.key.as_str(), p.kind));
        }
        let mut routes = Routes::default();
        for lang in &config.languages {
            let pick = |key: &str, folder: bool| -> Option<(usize, bool)> {
                if let Some(&i) = by_lang_key.get(&(lang.code.as_str(), key, folder)) {
                    return Some((i, false));
                }
                lang.fallback
                    .iter()
                    .map(String::as_str)
                    .chain(config.codes())
                    .find_map(|c| by_lang_key.get(&(c, key, folder)).map(|&i| (i, true)))
            };
            let segment = |key: &str| -> String {
                // The localized slug of a folder: from its `_index.md` (or fallback), else its name.
                match pick(key, true) {
                    Some((i, _)) => pages[i].slug().to_string(),
                    None => key.rsplit('/').next().unwrap_or(key).to_string(),
                }
            };
            let folder_path = |key: &str| -> String {
                let mut segs = Vec::new();
                let mut k = key;
                while !k.is_empty() {
                    segs.push(segment(k));
                    k = parent_key(k);
                }
                segs.reverse();
                let mut path = format!("{}/", lang.code);
                for s in segs {
                    path.push_str(&s);
                    path.push('/');
                }
                path
            };
            for &(folder, key, kind) in &keys {
                let Some((page, fallback)) = pick(key, folder) else {
                    continue;
                };
                let path = if folder {
                    folder_path(key)
                } else {
                    format!("{}{}/", folder_path(parent_key(key)), pages[page].slug())
                };
                routes.push(Route {
                    lang: lang.code.clone(),
                    key: key.to_string(),
                    kind,
                    page,
                    fallback,
                    path,
                });
            }
        }
        // Colliding URLs within a language: two sources would overwrite each other.
        let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
        for (i, r) in routes.routes.iter().enumerate() {
            if let Some(&first) = seen.get(&(r.lang.as_str(), r.path.as_str())) {
                let a = &pages[routes.routes[first].page];
                let b = &pages[r.page];
                let (line, col) = slug_position(b);
                problems.push(
                    Diagnostic::error(
                        "duplicate-slug",
                        b.path(),
                        format!(
                            "duplicate slug: this page and `{}` would both be written to `{}`",
                            crate::diagnostic::display_path(a.path()),
                            r.path
                        ),
                    )
                    .at(&b.source.text, line, col),
                );
            } else {
                seen.insert((r.lang.as_str(), r.path.as_str()), i);
            }
        }
        (routes, problems)
    }

    fn push(&mut self, r: Route) {
        self.index.insert(
            (r.lang.clone(), r.key.clone(), is_folder(r.kind)),
            self.routes.len(),
        );
        self.routes.push(r);
    }

    /// The route of `key` in `lang` (an article when `folder` is false, else a home or section).
    pub fn get(&self, lang: &str, key: &str, folder: bool) -> Option<&Route> {
        self.index
            .get(&(lang.to_string(), key.to_string(), folder))
            .map(|&i| &self.routes[i])
    }

    /// Index of a route in [`Routes::routes`].
    pub fn position(&self, lang: &str, key: &str, folder: bool) -> Option<usize> {
        self.index
            .get(&(lang.to_string(), key.to_string(), folder))
            .copied()
    }

    /// All routes of one key (its translations and fallbacks), in language order.
    pub fn translations<'a>(
        &'a self,
        config: &'a Config,
        key: &'a str,
        folder: bool,
    ) -> impl Iterator<Item = &'a Route> + 'a {
        config.codes().filter_map(move |c| self.get(c, key, folder))
    }
}

pub fn slug_position(page: &Page) -> (usize, usize) {
    let text = &page.source.text;
    text.lines()
        .position(|l| l.starts_with("slug:"))
        .map_or((1, 1), |i| (i + 1, 7))
}

/// `../` repeated once per segment of `path`: the way from a page back to the site root.
pub fn root_prefix(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// A link in Markdown that points at another source file, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    /// Index of the target route.
    pub route: usize,
    pub anchor: Option<String>,
}

/// Why a link could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    Missing(String),
    OutsideContent(String),
}

impl LinkError {
    pub fn message(&self) -> String {
        match self {
            LinkError::Missing(dest) => format!("link to missing page `{dest}`"),
            LinkError::OutsideContent(dest) => {
                format!("link `{dest}` points outside the language's content folder")
            }
        }
    }
}

/// Is `dest` a link to a source file (`x.md`, `../a/_index.md#h`) rather than a URL?
pub fn is_source_link(dest: &str) -> bool {
    if dest.contains("://")
        || dest.starts_with("mailto:")
        || dest.starts_with('/')
        || dest.starts_with('#')
    {
        return false;
    }
    let path = dest.split('#').next().unwrap_or(dest);
    path.ends_with(".md")
}

/// Resolves a source-file link written in the page with key `from_key` (kind `from_kind`),
/// for a reader of `lang`.
pub fn resolve(
    routes: &Routes,
    lang: &str,
    from_key: &str,
    from_kind: Kind,
    dest: &str,
) -> Result<LinkTarget, LinkError> {
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_string())),
        None => (dest, None),
    };
    let base = match from_kind {
        Kind::Home | Kind::Section => from_key,
        Kind::Article => parent_key(from_key),
    };
    let mut segs: Vec<&str> = if base.is_empty() {
        Vec::new()
    } else {
        base.split('/').collect()
    };
    let decoded = percent_decode(path).unwrap_or_else(|| path.to_string());
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if segs.pop().is_none() {
                    return Err(LinkError::OutsideContent(dest.to_string()));
                }
            }
            p => segs.push(p),
        }
    }
    let file = segs.pop().unwrap_or_default();
    let stem = file.strip_suffix(".md").unwrap_or(file);
    let (key, folder) = if stem == "_index" {
        (segs.join("/"), true)
    } else {
        segs.push(stem);
        (segs.join("/"), false)
    };
    routes
        .position(lang, &key, folder)
        .map(|route| LinkTarget { route, anchor })
        .ok_or_else(|| LinkError::Missing(dest.to_string()))
}

/// Decodes `%XX` escapes; `None` when an escape is malformed or the result is not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_string());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let b = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())?;
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes the characters of a path that are not allowed as-is in a URL
/// (for sitemaps and feeds; HTML attributes may carry them raw).
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::SourceFile;

    fn page(path: &str, slug: &str) -> Page {
        let (lang, key, kind) = crate::page::identify(std::path::Path::new(path)).unwrap();
        let text = format!("---\ntitle: T\ndescription: D\nslug: {slug}\n---\n");
        crate::page::parse(SourceFile::new(path, text), lang, key, kind).unwrap()
    }

    fn config() -> Config {
        crate::config::parse("base_url: https://x.org/\ndefault_language: en\nlanguages:\n  en:\n    name: English\n  de:\n    name: Deutsch\n").unwrap()
    }

    #[test]
    fn localized_paths_and_fallbacks() {
        let pages = vec![
            page("content/en/offers/_index.md", "offers"),
            page("content/de/offers/_index.md", "angebote"),
            page("content/en/offers/decline.md", "decline-an-offer"),
            page("content/de/offers/decline.md", "angebot-ablehnen"),
            page("content/en/offers/late.md", "late"),
        ];
        let (routes, d) = Routes::build(&config(), &pages);
        assert!(d.is_empty(), "{d}");
        assert_eq!(
            routes.get("de", "offers/decline", false).unwrap().path,
            "de/angebote/angebot-ablehnen/"
        );
        let late = routes.get("de", "offers/late", false).unwrap();
        assert!(late.fallback);
        assert_eq!(late.path, "de/angebote/late/");
        let t = resolve(&routes, "de", "offers/late", Kind::Article, "decline.md#x").unwrap();
        assert_eq!(routes.routes[t.route].path, "de/angebote/angebot-ablehnen/");
        assert_eq!(t.anchor.as_deref(), Some("x"));
        assert_eq!(
            resolve(&routes, "de", "offers/late", Kind::Article, "nope.md"),
            Err(LinkError::Missing("nope.md".into()))
        );
        assert!(matches!(
            resolve(&routes, "de", "offers/late", Kind::Article, "../../x.md"),
            Err(LinkError::OutsideContent(_))
        ));
    }

    #[test]
    fn colliding_slugs_are_reported() {
        let pages = vec![
            page("content/en/a.md", "same"),
            page("content/en/b.md", "same"),
        ];
        let (_, d) = Routes::build(&config(), &pages);
        assert_eq!(d.0[0].code, "duplicate-slug");
        assert_eq!(d.0[0].line, 4);
    }

    #[test]
    fn helpers() {
        assert_eq!(root_prefix("de/a/b/"), "../../../");
        assert_eq!(encode_path("zh/拒绝/"), "zh/%E6%8B%92%E7%BB%9D/");
        assert!(is_source_link("../a/b.md#x"));
        assert_eq!(percent_decode("a%20b%C3%A4").as_deref(), Some("a bä"));
        assert_eq!(
            percent_decode("%é.md"),
            None,
            "no panic on a `%` before a multi-byte character"
        );
        assert!(!is_source_link("https://x.org/a.md"));
    }
}
