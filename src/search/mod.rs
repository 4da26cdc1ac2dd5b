//! The search index: hands rendered pages to Pagefind and returns its bundle as output files
//! under `pagefind/`. It never reads or writes files and never decides what a page shows:
//! templates opt a page in with `data-pagefind-body` and leave parts out with
//! `data-pagefind-ignore`.
//!
//! Pagefind splits its index by `<html lang>`, so a reader's search only ever looks at pages of
//! the language they are reading. Pagefind indexes one page at a time and holds the index of
//! all the pages it was given in memory, so a language is indexed in shards where that keeps
//! every core busy or its memory bounded (see [`SHARD_PAGES`]; `schedule.rs` plans them and
//! runs them on as many threads as there are cores, `indexer.rs` runs Pagefind), and the shards
//! of a language are then merged into the index Pagefind would have made of all its pages at
//! once, byte for byte (`merge.rs`). Pagefind is given only the parts of a page that it reads
//! (`trim.rs`). The bundles of all languages are combined into one.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::output::Output;

mod indexer;
mod merge;
mod schedule;
mod trim;

/// What of a page Pagefind is given (for the benchmarks): the page, or the parts it reads.
#[doc(hidden)]
pub fn indexable(html: &str) -> std::borrow::Cow<'_, str> {
    trim::indexable(html)
}

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
    /// How many languages had a shard indexed again (the others were reused from the cache).
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

/// What indexing one shard produced, kept so that an unchanged shard is not indexed again.
#[derive(Debug, Clone)]
struct ShardBundle {
    /// The pages it was made from (contents are shared with the site, not copied).
    pages: Vec<(String, Arc<[u8]>)>,
    /// The URL Pagefind gave each of them, in the same order.
    urls: Vec<String>,
    /// Its files, `pagefind-entry.json` excepted.
    files: Vec<(String, Arc<[u8]>)>,
    /// Its `pagefind-entry.json`, naming this shard's language only.
    entry: serde_json::Value,
}

impl ShardBundle {
    /// Pagefind's code of the language (the `<html lang>`, in lowercase).
    fn code(&self) -> Option<&str> {
        let languages = self.entry.get("languages")?.as_object()?;
        languages.keys().next().map(String::as_str)
    }
}

/// A language with more pages than this is indexed in shards of at most about this many
/// pages, merged into one index afterwards: Pagefind holds what it found in every page it was
/// given until it writes the index (about 0.75 MiB per page of Chinese, so about 2.2 GiB for a
/// shard of Chinese). A page of a language that Pagefind segments into words with a dictionary
/// (Chinese, Japanese, Thai) counts [`SEGMENTED_WEIGHT`] times: it takes about that much more
/// time and memory to index. A language may also be cut into more shards than this asks for,
/// so that every core has work until the end (`schedule.rs`).
pub const SHARD_PAGES: usize = 12_000;

/// The most (weighted) pages of a shard when `serve` indexes: smaller shards, so that an edit
/// indexes fewer pages again.
pub const SERVE_SHARD_PAGES: usize = 3000;

/// How many pages of other languages a page of Chinese, Japanese or Thai counts for.
pub const SEGMENTED_WEIGHT: usize = 4;

/// How indexing runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Mode {
    /// Shards on as many threads as there are cores, at normal priority (`build`).
    #[default]
    Parallel,
    /// One shard at a time, at the lowest CPU priority, so that rebuilds running meanwhile
    /// are not slowed down (`serve`).
    Background,
}

/// The last index of each shard of each language, and of each language made of shards. `serve`
/// keeps one across rebuilds, so an edit re-indexes only the shard whose pages changed; a fresh
/// cache indexes everything.
#[derive(Debug, Clone)]
pub struct IndexCache {
    /// (`<html lang>`, shard number from 1) → its bundle.
    shards: BTreeMap<(String, usize), ShardBundle>,
    /// `<html lang>` → the merged index of its shards (languages with more than one).
    merged: BTreeMap<String, Arc<merge::Merged>>,
    /// How indexing runs (`serve` indexes in the background).
    mode: Mode,
    /// Hand Pagefind every page whole (as a check that the cut pages give the same index).
    whole_pages: bool,
    /// The most (weighted) pages of a shard.
    shard_pages: usize,
    /// How many threads to plan shards for (by default, rayon's).
    threads: Option<usize>,
}

impl Default for IndexCache {
    fn default() -> Self {
        IndexCache {
            shards: BTreeMap::new(),
            merged: BTreeMap::new(),
            mode: Mode::default(),
            whole_pages: false,
            shard_pages: SHARD_PAGES,
            threads: None,
        }
    }
}

impl IndexCache {
    /// A cache for indexing in the background (as `serve` does): shards are indexed one after
    /// the other on the calling thread and Pagefind's thread, both at the lowest CPU priority
    /// (on Linux), so that rebuilds running meanwhile are not slowed down.
    pub fn background() -> IndexCache {
        IndexCache {
            mode: Mode::Background,
            shard_pages: SERVE_SHARD_PAGES,
            ..IndexCache::default()
        }
    }

    /// A cache whose indexing hands Pagefind every page whole, not only the parts it reads:
    /// slower, and for checking that both give the same bundle.
    #[doc(hidden)]
    pub fn whole_pages() -> IndexCache {
        IndexCache {
            whole_pages: true,
            ..IndexCache::default()
        }
    }

    /// Shards of at most `pages` (weighted) pages instead of [`SHARD_PAGES`] (for tests of small
    /// sites and for benchmarks).
    #[doc(hidden)]
    pub fn with_shard_pages(mut self, pages: usize) -> IndexCache {
        self.shard_pages = pages.max(1);
        self
    }

    /// How many shards the language `lang` was last indexed in (for tests).
    #[doc(hidden)]
    pub fn shards(&self, lang: &str) -> usize {
        self.shards.keys().filter(|(l, _)| l == lang).count()
    }

    /// Shards planned for `threads` threads instead of as many as rayon has (for tests and
    /// benchmarks; the bundle is the same for any number).
    #[doc(hidden)]
    pub fn with_threads(mut self, threads: usize) -> IndexCache {
        self.threads = Some(threads.max(1));
        self
    }
}

/// Indexes every HTML page of `outputs` that carries `data-pagefind-body`.
pub fn index(outputs: &[Output]) -> Result<SearchIndex, Diagnostic> {
    index_with(outputs, &mut IndexCache::default())
}

/// Like [`index`], reusing the bundles of shards whose pages are the same as in `cache`, and
/// leaving the new bundles there.
pub fn index_with(outputs: &[Output], cache: &mut IndexCache) -> Result<SearchIndex, Diagnostic> {
    let languages = pages_by_language(outputs);
    let sizes: Vec<schedule::Size> = languages
        .iter()
        .map(|(lang, language)| {
            let pages: Vec<&Page> = language.pages.iter().collect();
            let most = (cache.shard_pages / weight(lang)).max(1);
            schedule::Size {
                cost: cost(lang, &pages),
                least: if language.mergeable {
                    language.pages.len().div_ceil(most).max(1)
                } else {
                    1
                },
                mergeable: language.mergeable,
            }
        })
        .collect();
    let threads = match cache.mode {
        Mode::Background => 1,
        Mode::Parallel => cache.threads.unwrap_or_else(rayon::current_num_threads),
    };
    let counts = schedule::shard_counts(&sizes, threads);
    let mut shards: BTreeMap<(String, usize), Vec<&Page>> = BTreeMap::new();
    for ((lang, language), count) in languages.iter().zip(counts) {
        for (number, pages) in split(&language.pages, count).into_iter().enumerate() {
            shards.insert((lang.clone(), number + 1), pages);
        }
    }
    cache.shards.retain(|key, _| shards.contains_key(key));
    let stale: Vec<schedule::Job> = shards
        .iter()
        .filter(|(key, pages)| {
            cache
                .shards
                .get(*key)
                .is_none_or(|cached| !same_pages(&cached.pages, pages))
        })
        .map(|(key, pages)| schedule::Job {
            key: key.clone(),
            pages,
            cost: cost(&key.0, pages),
        })
        .collect();
    let reindexed: BTreeSet<String> = stale.iter().map(|job| job.key.0.clone()).collect();
    let count = |lang: &str| shards.keys().filter(|(l, _)| l == lang).count();
    cache
        .merged
        .retain(|lang, _| count(lang) > 1 && !reindexed.contains(lang));
    let plan = schedule::Plan {
        languages: &languages,
        shards: &shards,
        cached: &cache.shards,
        merged: &cache.merged,
        mode: cache.mode,
        whole: cache.whole_pages,
    };
    let done = plan.run(stale)?;
    cache.shards.extend(done.shards);
    cache.merged.extend(done.merged);
    let mut index = combine(&cache.shards, &cache.merged)?;
    index.reindexed = reindexed.len();
    Ok(index)
}

/// The pages of one language.
struct Language<'a> {
    /// In the order of the outputs.
    pages: Vec<Page<'a>>,
    /// Whether its shards can be merged: no page has filters or sort orders.
    mergeable: bool,
}

/// The HTML pages that carry `data-pagefind-body`, by the language of their `<html lang>`.
fn pages_by_language(outputs: &[Output]) -> BTreeMap<String, Language<'_>> {
    let mut by_lang: BTreeMap<String, Language> = BTreeMap::new();
    for o in outputs.iter().filter(|o| o.path.ends_with(".html")) {
        let Ok(html) = std::str::from_utf8(&o.contents) else {
            continue;
        };
        if !html.contains(BODY_MARKER) {
            continue;
        }
        let language = by_lang
            .entry(html_lang(html).unwrap_or_default().to_string())
            .or_insert_with(|| Language {
                pages: Vec::new(),
                mergeable: true,
            });
        if html.contains("data-pagefind-filter") || html.contains("data-pagefind-sort") {
            language.mergeable = false;
        }
        language.pages.push(Page { output: o, html });
    }
    by_lang
}

/// The pages of a language in `count` shards, each in the order of the language. A page's shard
/// depends only on its path and the number of shards, so editing a page changes only its shard.
fn split<'a, 'b>(pages: &'b [Page<'a>], count: usize) -> Vec<Vec<&'b Page<'a>>> {
    let count = count.max(1);
    let mut shards: Vec<Vec<&Page>> = (0..count).map(|_| Vec::new()).collect();
    for page in pages {
        let at = (fnv1a(page.output.path.as_bytes()) % count as u64) as usize;
        shards[at].push(page);
    }
    shards.retain(|s| !s.is_empty());
    shards
}

/// FNV-1a, a hash that is the same on every machine and in every build.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// How many pages of other languages a page of `lang` counts for.
fn weight(lang: &str) -> usize {
    let segmented = matches!(
        lang.split('-')
            .next()
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("zh" | "ja" | "th")
    );
    if segmented { SEGMENTED_WEIGHT } else { 1 }
}

/// A rough measure of the work of indexing `pages`: their size, times the weight of their
/// language.
fn cost(lang: &str, pages: &[&Page]) -> usize {
    pages.iter().map(|p| p.html.len()).sum::<usize>() * weight(lang)
}

/// Merges the shards of a language (in the order of their numbers).
fn merge_language(
    language: &Language,
    bundles: &[&ShardBundle],
) -> Result<merge::Merged, Diagnostic> {
    let code = bundles
        .first()
        .and_then(|b| b.code())
        .ok_or_else(|| failure("a `pagefind-entry.json` names no language".into()))?;
    // Each page's place in the language, by the URL Pagefind gave it.
    let order: HashMap<&str, usize> = language
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.output.path.as_str(), i))
        .collect();
    let places: Vec<HashMap<String, usize>> = bundles
        .iter()
        .map(|b| {
            b.pages
                .iter()
                .zip(&b.urls)
                .filter_map(|((path, _), url)| order.get(path.as_str()).map(|&i| (url.clone(), i)))
                .collect()
        })
        .collect();
    let shards: Vec<merge::Shard> = bundles
        .iter()
        .zip(&places)
        .map(|(b, place)| merge::Shard {
            files: &b.files,
            place,
        })
        .collect();
    merge::merge(code, &shards).map_err(|e| {
        failure(match e {
            merge::Merge::Unsupported => format!("cannot merge the shards of `{code}`"),
            merge::Merge::Unreadable(what) => {
                format!("cannot merge the shards of `{code}`: {what}")
            }
        })
    })
}

/// Is this file of a bundle part of one language's index (rather than Pagefind's script or
/// WebAssembly)?
fn index_file(name: &str) -> bool {
    name.ends_with(".pf_meta")
        || ["fragment/", "index/", "filter/"]
            .iter()
            .any(|dir| name.starts_with(dir))
}

/// The bundles of every language combined into one: their files (for a language in shards,
/// its merged index and the first shard's other files), and one `pagefind-entry.json` naming
/// every language.
fn combine(
    shards: &BTreeMap<(String, usize), ShardBundle>,
    merged: &BTreeMap<String, Arc<merge::Merged>>,
) -> Result<SearchIndex, Diagnostic> {
    if shards.is_empty() {
        return Ok(SearchIndex::default());
    }
    let mut files: BTreeMap<&str, &Arc<[u8]>> = BTreeMap::new();
    let mut entry: Option<serde_json::Value> = None;
    for ((lang, number), bundle) in shards {
        if *number != 1 {
            continue;
        }
        let mut part = bundle.entry.clone();
        match merged.get(lang) {
            None => files.extend(bundle.files.iter().map(|(n, b)| (n.as_str(), b))),
            Some(m) => {
                files.extend(
                    bundle
                        .files
                        .iter()
                        .filter(|(name, _)| !index_file(name))
                        .map(|(n, b)| (n.as_str(), b)),
                );
                files.extend(m.files.iter().map(|(n, b)| (n.as_str(), b)));
                let code = bundle.code().unwrap_or_default().to_string();
                let listed = &mut part["languages"][code];
                listed["hash"] = m.hash.clone().into();
                listed["page_count"] = m.pages.into();
            }
        }
        entry = Some(match entry.take() {
            None => part,
            Some(whole) => merge_entries(whole, part)?,
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
fn same_pages(cached: &[(String, Arc<[u8]>)], pages: &[&Page]) -> bool {
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

    /// `n` English and `n` Chinese pages.
    fn site(n: usize) -> Vec<Output> {
        (0..n)
            .flat_map(|i| {
                [
                    page(
                        &format!("en/p{i}/index.html"),
                        "en",
                        &format!("Page {i}"),
                        &format!("an offer number {i}"),
                    ),
                    page(
                        &format!("zh/p{i}/index.html"),
                        "zh",
                        &format!("页面{i}"),
                        &format!("撤回录用通知{i}"),
                    ),
                ]
            })
            .collect()
    }

    #[test]
    fn large_languages_are_split_into_shards_by_path() {
        let outputs = site(12);
        let pages = |lang: &str| -> Vec<Page> {
            outputs
                .iter()
                .filter(|o| o.path.starts_with(lang))
                .map(|o| Page {
                    output: o,
                    html: std::str::from_utf8(&o.contents).unwrap(),
                })
                .collect()
        };
        let paths = |shards: &[Vec<&Page>]| -> Vec<Vec<String>> {
            shards
                .iter()
                .map(|s| s.iter().map(|p| p.output.path.clone()).collect())
                .collect()
        };
        let en = pages("en/");
        let shards = split(&en, 3);
        assert_eq!(shards.len(), 3);
        assert_eq!(shards.iter().map(Vec::len).sum::<usize>(), 12);
        // A page's shard depends on its path only: the same split every time, pages in order.
        assert_eq!(paths(&shards), paths(&split(&en, 3)));
        for shard in paths(&shards) {
            let mut sorted = shard.clone();
            sorted.sort_by_key(|p| outputs.iter().position(|o| &o.path == p));
            assert_eq!(shard, sorted);
        }
        assert_eq!(split(&en, 1).len(), 1);
        // A Chinese page counts four.
        assert_eq!(weight("zh"), SEGMENTED_WEIGHT);
        assert_eq!(weight("zh-TW"), SEGMENTED_WEIGHT);
        assert_eq!(weight("en"), 1);
    }

    #[test]
    fn shards_merged_are_the_index_of_the_whole_language_byte_for_byte() {
        let outputs = site(12);
        let whole = index_with(&outputs, &mut IndexCache::default().with_threads(1)).unwrap();
        let mut cache = IndexCache::default().with_shard_pages(6).with_threads(1);
        let merged = index_with(&outputs, &mut cache).unwrap();
        // 12 English pages in shards of at most about 6; 12 Chinese pages counting 4 each, in
        // shards of about 1 page.
        assert_eq!(cache.shards("en"), 2);
        assert!(cache.shards("zh") > 2, "{}", cache.shards("zh"));
        assert_eq!(
            merged.languages,
            BTreeMap::from([("en".into(), 12), ("zh".into(), 12)])
        );
        let names = |index: &SearchIndex| -> Vec<String> {
            index.files.iter().map(|f| f.path.clone()).collect()
        };
        assert_eq!(names(&merged), names(&whole));
        assert!(merged.files == whole.files, "the same bytes");
    }

    #[test]
    fn the_number_of_threads_changes_the_shards_not_the_bundle() {
        let outputs = site(40);
        let mut one = IndexCache::default().with_threads(1);
        let mut many = IndexCache::default().with_threads(16);
        let a = index_with(&outputs, &mut one).unwrap();
        let b = index_with(&outputs, &mut many).unwrap();
        assert_eq!((one.shards("en"), one.shards("zh")), (1, 1));
        assert!(many.shards("zh") > 1, "{}", many.shards("zh"));
        assert!(a.files == b.files, "the same bytes");
    }

    #[test]
    fn a_language_with_filters_is_indexed_whole() {
        let outputs: Vec<Output> = (0..6)
            .map(|i| {
                Output::text(
                    format!("en/p{i}/index.html"),
                    format!(
                        "<html lang=\"en\"><head><title>P{i}</title></head><body>\
                         <main data-pagefind-body><h1 data-pagefind-filter=\"kind\">article</h1>\
                         <p>offer {i}</p></main></body></html>"
                    ),
                )
            })
            .collect();
        let mut cache = IndexCache::default().with_shard_pages(2);
        let index = index_with(&outputs, &mut cache).unwrap();
        assert_eq!(cache.shards.len(), 1);
        assert_eq!(index.languages, BTreeMap::from([("en".into(), 6)]));
        assert!(
            index
                .files
                .iter()
                .any(|f| f.path.starts_with("pagefind/filter/"))
        );
    }

    #[test]
    fn an_edit_reindexes_only_its_shard() {
        let mut outputs = site(12);
        // As `serve` plans them: for one thread, so that an edit never changes the shards.
        let mut cache = IndexCache::default().with_shard_pages(6).with_threads(1);
        let first = index_with(&outputs, &mut cache).unwrap();
        let shards_before = cache.shards.clone();
        outputs[0] = page("en/p0/index.html", "en", "Page 0", "a withdrawn offer");
        let edited = index_with(&outputs, &mut cache).unwrap();
        assert_eq!(edited.reindexed, 1, "only English changed");
        let changed: Vec<&(String, usize)> = cache
            .shards
            .iter()
            .filter(|(key, bundle)| {
                !Arc::ptr_eq(&bundle.files[0].1, &shards_before[*key].files[0].1)
            })
            .map(|(key, _)| key)
            .collect();
        assert_eq!(changed.len(), 1, "{changed:?}");
        assert_eq!(changed[0].0, "en");
        assert_ne!(edited.files, first.files);
        let fresh = index_with(&outputs, &mut IndexCache::default().with_shard_pages(6)).unwrap();
        assert_eq!(edited.files, fresh.files, "as if built from scratch");
    }

    #[test]
    fn several_builds_indexing_at_once_give_the_same_bundle() {
        // Threads of rayon's pool that wait inside Pagefind (which runs on a Tokio runtime) must
        // never pick up another shard: a runtime cannot start inside another.
        let outputs = site(120);
        let expected = index_with(&outputs, &mut IndexCache::default().with_threads(1)).unwrap();
        std::thread::scope(|scope| {
            for _ in 0..6 {
                scope.spawn(|| {
                    for _ in 0..3 {
                        let mut cache = IndexCache::default().with_threads(4);
                        let index = index_with(&outputs, &mut cache).unwrap();
                        assert!(index.files == expected.files, "the same bytes");
                    }
                });
            }
        });
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
