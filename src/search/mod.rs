//! The search index: hands rendered pages to Pagefind and returns its bundle as output files
//! under `pagefind/`. It never reads or writes files and never decides what a page shows:
//! templates opt a page in with `data-pagefind-body` and leave parts out with
//! `data-pagefind-ignore`.
//!
//! Pagefind splits its index by `<html lang>`, so a reader's search only ever looks at pages of
//! the language they are reading. Each language is indexed on its own thread (Pagefind indexes
//! one page at a time) and the per-language bundles are merged into one.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::output::Output;

mod indexer;

/// The folder of the search bundle, below the output root.
pub const BUNDLE_DIR: &str = "pagefind";

/// The attribute that marks a page's searchable content.
const BODY_MARKER: &str = "data-pagefind-body";

/// The search bundle of a site.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    /// Files to write, with paths below the output root (`pagefind/…`), sorted.
    pub files: Vec<Output>,
    /// Language → number of pages indexed.
    pub languages: BTreeMap<String, usize>,
    /// How many languages were indexed again (the others were reused from the cache).
    pub reindexed: usize,
}

impl SearchIndex {
    pub fn pages(&self) -> usize {
        self.languages.values().sum()
    }

    pub fn bytes(&self) -> usize {
        self.files.iter().map(|f| f.contents.len()).sum()
    }
}

/// What indexing one language produced, kept so that an unchanged language is not indexed again.
#[derive(Debug, Clone)]
struct LanguageBundle {
    /// The pages it was made from (contents are shared with the site, not copied).
    pages: Vec<(String, Arc<[u8]>)>,
    /// Its files, `pagefind-entry.json` excepted.
    files: Vec<(String, Arc<[u8]>)>,
    /// Its `pagefind-entry.json`, naming this language only.
    entry: serde_json::Value,
}

/// How indexing runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Mode {
    /// Every language on its own thread, at normal priority (`build`).
    #[default]
    Parallel,
    /// One language at a time, at the lowest CPU priority, so that rebuilds running meanwhile
    /// are not slowed down (`serve`).
    Background,
}

/// The last index of each language. `serve` keeps one across rebuilds, so an edit re-indexes
/// only the language whose pages changed; a fresh cache indexes everything.
#[derive(Debug, Clone, Default)]
pub struct IndexCache {
    languages: BTreeMap<String, LanguageBundle>,
    /// How indexing runs (`serve` indexes in the background).
    mode: Mode,
}

impl IndexCache {
    /// A cache for indexing in the background (as `serve` does): languages are indexed one after
    /// the other on the calling thread and Pagefind's thread, both at the lowest CPU priority
    /// (on Linux), so that rebuilds running meanwhile are not slowed down.
    pub fn background() -> IndexCache {
        IndexCache {
            mode: Mode::Background,
            ..IndexCache::default()
        }
    }
}

/// Indexes every HTML page of `outputs` that carries `data-pagefind-body`.
pub fn index(outputs: &[Output]) -> Result<SearchIndex, Diagnostic> {
    index_with(outputs, &mut IndexCache::default())
}

/// Like [`index`], reusing the bundles of languages whose pages are the same as in `cache`, and
/// leaving the new bundles there.
pub fn index_with(outputs: &[Output], cache: &mut IndexCache) -> Result<SearchIndex, Diagnostic> {
    let by_lang = pages_by_language(outputs);
    cache.languages.retain(|lang, _| by_lang.contains_key(lang));
    let stale: Vec<(&String, &Vec<Page>)> = by_lang
        .iter()
        .filter(|(lang, pages)| {
            cache
                .languages
                .get(*lang)
                .is_none_or(|cached| !same_pages(&cached.pages, pages))
        })
        .collect();
    let mode = cache.mode;
    let one = |(lang, pages): &(&String, &Vec<Page>)| {
        indexer::index_language(pages, mode).map(|bundle| ((*lang).clone(), bundle))
    };
    let fresh: Vec<Result<(String, LanguageBundle), Diagnostic>> = if mode == Mode::Background {
        indexer::lower_priority();
        stale.iter().map(one).collect()
    } else {
        stale.par_iter().map(one).collect()
    };
    let reindexed = fresh.len();
    for result in fresh {
        let (lang, bundle) = result?;
        cache.languages.insert(lang, bundle);
    }
    let mut index = combine(&cache.languages)?;
    index.reindexed = reindexed;
    Ok(index)
}

/// The HTML pages that carry `data-pagefind-body`, by the language of their `<html lang>`.
fn pages_by_language(outputs: &[Output]) -> BTreeMap<String, Vec<Page<'_>>> {
    let mut by_lang: BTreeMap<String, Vec<Page>> = BTreeMap::new();
    for o in outputs.iter().filter(|o| o.path.ends_with(".html")) {
        let Ok(html) = std::str::from_utf8(&o.contents) else {
            continue;
        };
        if !html.contains(BODY_MARKER) {
            continue;
        }
        by_lang
            .entry(html_lang(html).unwrap_or_default().to_string())
            .or_default()
            .push(Page { output: o, html });
    }
    by_lang
}

/// The bundles of every language merged into one: their files, and one `pagefind-entry.json`
/// naming every language.
fn combine(languages: &BTreeMap<String, LanguageBundle>) -> Result<SearchIndex, Diagnostic> {
    if languages.is_empty() {
        return Ok(SearchIndex::default());
    }
    let mut files: BTreeMap<&str, &Arc<[u8]>> = BTreeMap::new();
    let mut entry: Option<serde_json::Value> = None;
    for bundle in languages.values() {
        files.extend(
            bundle
                .files
                .iter()
                .map(|(name, bytes)| (name.as_str(), bytes)),
        );
        entry = Some(match entry.take() {
            None => bundle.entry.clone(),
            Some(whole) => merge_entries(whole, bundle.entry.clone())?,
        });
    }
    let entry = entry.ok_or_else(|| failure("pagefind wrote no `pagefind-entry.json`".into()))?;
    let languages = entry
        .get("languages")
        .and_then(|l| l.as_object())
        .map(|l| {
            l.iter()
                .map(|(code, v)| {
                    let count = v.get("page_count").and_then(|c| c.as_u64()).unwrap_or(0);
                    (code.clone(), count as usize)
                })
                .collect()
        })
        .unwrap_or_default();
    let entry = Output::text(
        format!("{BUNDLE_DIR}/pagefind-entry.json"),
        entry.to_string(),
    );
    let mut outputs: Vec<Output> = files
        .into_iter()
        .map(|(name, contents)| Output::new(format!("{BUNDLE_DIR}/{name}"), Arc::clone(contents)))
        .collect();
    outputs.push(entry);
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(SearchIndex {
        files: outputs,
        languages,
        reindexed: 0,
    })
}

/// A page to index: its output and that output's text.
struct Page<'a> {
    output: &'a Output,
    html: &'a str,
}

/// Are `pages` the pages a bundle was made from? (Unchanged pages share their bytes.)
fn same_pages(cached: &[(String, Arc<[u8]>)], pages: &[Page]) -> bool {
    cached.len() == pages.len()
        && cached.iter().zip(pages).all(|((path, bytes), page)| {
            let o = page.output;
            *path == o.path && (Arc::ptr_eq(bytes, &o.contents) || **bytes == *o.contents)
        })
}

/// Merges the `languages` of two `pagefind-entry.json` files (the rest is the same in both).
fn merge_entries(
    mut whole: serde_json::Value,
    part: serde_json::Value,
) -> Result<serde_json::Value, Diagnostic> {
    let add = part
        .get("languages")
        .and_then(|l| l.as_object())
        .cloned()
        .unwrap_or_default();
    let languages = whole
        .get_mut("languages")
        .and_then(|l| l.as_object_mut())
        .ok_or_else(|| failure("`pagefind-entry.json` has no `languages`".into()))?;
    languages.extend(add);
    languages.sort_keys();
    Ok(whole)
}

/// The `lang` attribute of the `<html>` element.
fn html_lang(html: &str) -> Option<&str> {
    let start = html.find("<html")?;
    let tag = &html[start..start + html[start..].find('>')?];
    let value = tag.split(" lang=\"").nth(1)?;
    value.split('"').next()
}

pub(crate) fn failure(message: String) -> Diagnostic {
    Diagnostic::error(
        "search",
        BUNDLE_DIR,
        format!("cannot build the search index: {message}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str, lang: &str, title: &str, body: &str) -> Output {
        Output::text(
            path,
            format!(
                "<!DOCTYPE html><html lang=\"{lang}\"><head><title>{title}</title></head><body>\
                 <nav data-pagefind-ignore>menu</nav><main data-pagefind-body><h1>{title}</h1>\
                 <p>{body}</p></main></body></html>"
            ),
        )
    }

    #[test]
    fn indexes_marked_pages_per_language() {
        let outputs = vec![
            page("en/a/index.html", "en", "Declining", "a polite refusal"),
            page("en/b/index.html", "en", "Withdrawn", "an offer withdrawn"),
            page("de/a/index.html", "de", "Absage", "eine höfliche Absage"),
            page("zh/a/index.html", "zh", "拒绝", "撤回录用通知"),
            Output::text(
                "en/fallback/index.html",
                "<html lang=\"de\"><body>not marked</body></html>".into(),
            ),
            Output::text("assets/x.css", "body{}".into()),
        ];
        let index = index(&outputs).unwrap();
        assert_eq!(
            index.languages,
            BTreeMap::from([("de".into(), 1), ("en".into(), 2), ("zh".into(), 1)])
        );
        let names: Vec<&str> = index.files.iter().map(|f| f.path.as_str()).collect();
        assert!(names.contains(&"pagefind/pagefind.js"));
        assert!(names.contains(&"pagefind/wasm.en.pagefind"));
        assert!(names.iter().all(|n| n.starts_with("pagefind/")));
        assert!(!names.iter().any(|n| n.contains("-ui")));
        let entry = index
            .files
            .iter()
            .find(|f| f.path == "pagefind/pagefind-entry.json")
            .unwrap();
        let entry: serde_json::Value = serde_json::from_slice(&entry.contents).unwrap();
        for lang in ["de", "en", "zh"] {
            let hash = entry["languages"][lang]["hash"].as_str().unwrap();
            assert!(
                names.contains(&format!("pagefind/pagefind.{hash}.pf_meta").as_str()),
                "{lang}: {names:?}"
            );
        }
        // Same pages, same bytes.
        let again = super::index(&outputs).unwrap();
        assert_eq!(again.files, index.files);
    }

    #[test]
    fn the_cache_reindexes_only_changed_languages_and_gives_the_same_bundle() {
        let mut outputs = vec![
            page("en/a/index.html", "en", "Declining", "a polite refusal"),
            page("de/a/index.html", "de", "Absage", "eine höfliche Absage"),
            page("zh/a/index.html", "zh", "拒绝", "撤回录用通知"),
        ];
        let mut cache = IndexCache::default();
        let first = index_with(&outputs, &mut cache).unwrap();
        assert_eq!(first.reindexed, 3);
        let again = index_with(&outputs, &mut cache).unwrap();
        assert_eq!(again.reindexed, 0);
        assert_eq!(again.files, first.files);

        outputs[0] = page(
            "en/a/index.html",
            "en",
            "Declining",
            "a firm but polite refusal",
        );
        let edited = index_with(&outputs, &mut cache).unwrap();
        assert_eq!(edited.reindexed, 1, "only English changed");
        assert_eq!(
            edited.files,
            index(&outputs).unwrap().files,
            "as if built from scratch"
        );
        assert_ne!(edited.files, first.files);

        outputs.remove(1);
        let fewer = index_with(&outputs, &mut cache).unwrap();
        assert_eq!(fewer.reindexed, 0);
        assert!(!fewer.languages.contains_key("de"));
        assert!(
            !fewer.files.iter().any(|f| f.path.contains("/de_")),
            "no German files left"
        );
        assert_eq!(fewer.files, index(&outputs).unwrap().files);
    }

    #[test]
    fn no_marked_pages_no_bundle() {
        let outputs = vec![Output::text("a.html", "<html lang=\"en\"></html>".into())];
        assert!(index(&outputs).unwrap().files.is_empty());
    }

    #[test]
    fn reads_the_html_lang() {
        assert_eq!(
            html_lang("<!DOCTYPE html>\n<html lang=\"zh\" dir=\"ltr\">"),
            Some("zh")
        );
        assert_eq!(
            html_lang("<html dir=\"ltr\" lang=\"pt-BR\">"),
            Some("pt-BR")
        );
        assert_eq!(html_lang("<html>"), None);
    }
}
