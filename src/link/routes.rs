//! The translation graph: which page is shown at each (language, key) — the page itself or,
//! where a translation is missing, its fallback — and its localized path; colliding URLs are
//! reported. It never renders HTML and never reads files.

use std::collections::{BTreeSet, HashMap};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::link::files::chain;
use crate::parse::config::Config;
use crate::parse::page::{Kind, Page, parent_key};

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

impl Routes {
    /// Builds a route for every key in every language, choosing fallbacks where a translation
    /// is missing, and reports colliding URLs.
    pub fn build(config: &Config, pages: &[Page]) -> (Routes, Diagnostics) {
        let mut by_lang_key: HashMap<(&str, &str, bool), usize> = HashMap::new();
        let mut keys: BTreeSet<(bool, &str, Kind)> = BTreeSet::new();
        for (i, p) in pages.iter().enumerate() {
            by_lang_key.insert((p.lang.as_str(), p.key.as_str(), p.kind.is_folder()), i);
            keys.insert((p.kind.is_folder(), p.key.as_str(), p.kind));
        }
        let mut routes = Routes::default();
        for lang in &config.languages {
            let graph = Graph {
                config,
                lang,
                pages,
                by_lang_key: &by_lang_key,
            };
            for &(folder, key, kind) in &keys {
                let Some((page, fallback)) = graph.pick(key, folder) else {
                    continue;
                };
                let path = if folder {
                    graph.folder_path(key)
                } else {
                    format!(
                        "{}{}/",
                        graph.folder_path(parent_key(key)),
                        pages[page].slug()
                    )
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
        let problems = collisions(&routes, pages);
        (routes, problems)
    }

    fn push(&mut self, r: Route) {
        self.index.insert(
            (r.lang.clone(), r.key.clone(), r.kind.is_folder()),
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

/// The pages of the site as seen from one language.
struct Graph<'a> {
    config: &'a Config,
    lang: &'a crate::parse::config::Language,
    pages: &'a [Page],
    /// (language, key, is a folder) → page index.
    by_lang_key: &'a HashMap<(&'a str, &'a str, bool), usize>,
}

impl Graph<'_> {
    /// The page shown for `key`: the language's own (`false`), else the first along its
    /// fallback chain (`true`; see [`chain`]).
    fn pick(&self, key: &str, folder: bool) -> Option<(usize, bool)> {
        let own = self.lang.code.as_str();
        chain(self.config, own).find_map(|c| {
            self.by_lang_key
                .get(&(c, key, folder))
                .map(|&i| (i, c != own))
        })
    }

    /// The localized slug of a folder: from its `_index.md` (or fallback), else its name.
    fn segment(&self, key: &str) -> String {
        match self.pick(key, true) {
            Some((i, _)) => self.pages[i].slug().to_string(),
            None => key.rsplit('/').next().unwrap_or(key).to_string(),
        }
    }

    /// `de/angebote/`: the path of folder `key`, each segment localized.
    fn folder_path(&self, key: &str) -> String {
        let mut segs = Vec::new();
        let mut k = key;
        while !k.is_empty() {
            segs.push(self.segment(k));
            k = parent_key(k);
        }
        segs.reverse();
        let mut path = format!("{}/", self.lang.code);
        for s in segs {
            path.push_str(&s);
            path.push('/');
        }
        path
    }
}

/// Colliding URLs within a language: two sources would overwrite each other.
fn collisions(routes: &Routes, pages: &[Page]) -> Diagnostics {
    let mut problems = Diagnostics::default();
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
    problems
}

/// Line and column of a page's `slug:` (1:1 when its slug comes from the file name).
pub fn slug_position(page: &Page) -> (usize, usize) {
    let text = &page.source.text;
    text.lines()
        .position(|l| l.starts_with("slug:"))
        .map_or((1, 1), |i| (i + 1, 7))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::resolve::{LinkError, resolve};
    use crate::load::SourceFile;

    fn page(path: &str, slug: &str) -> Page {
        let (lang, key, kind) = crate::parse::page::identify(std::path::Path::new(path)).unwrap();
        let text = format!("---\ntitle: T\ndescription: D\nslug: {slug}\n---\n");
        crate::parse::page::parse(SourceFile::new(path, text), lang, key, kind).unwrap()
    }

    fn config() -> Config {
        crate::parse::config::parse("base_url: https://x.org/\ndefault_language: en\nlanguages:\n  en:\n    name: English\n  de:\n    name: Deutsch\n").unwrap()
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
}
