//! The search index: hands rendered pages to Pagefind and returns its bundle as output files
//! under `pagefind/`. It never reads or writes files and never decides what a page shows:
//! templates opt a page in with `data-pagefind-body` and leave parts out with
//! `data-pagefind-ignore`.
//!
//! Pagefind splits its index by `<html lang>`, so a reader's search only ever looks at pages of
//! the language they are reading. Pagefind indexes one page at a time, so a large language is
//! split into shards (see [`SHARD_PAGES`]); the shards of all languages are indexed on as many
//! threads as there are cores, the costliest first. The first shard of every language goes
//! into one bundle in `pagefind/`; every other shard is a bundle of its own, which `search.js`
//! searches together with the first (Pagefind's `mergeIndex`). Pagefind is given only the
//! parts of a page that it reads (`trim.rs`).

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::output::Output;

mod indexer;
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

/// A language with more pages than this is indexed in shards of at most this many pages, on
/// as many threads as there are cores, and searched in the browser as one index (Pagefind's
/// `mergeIndex`). Pagefind indexes one page at a time, so a large language would otherwise
/// take as long as all the others together, and hold the index of all its pages in memory at
/// once; but each shard costs a reader one more request per search word. A page of a language
/// that Pagefind segments into words with a dictionary (Chinese, Japanese, Thai) counts
/// [`SEGMENTED_WEIGHT`] times: it takes about that much more time and memory to index.
pub const SHARD_PAGES: usize = 3000;

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

/// The last index of each shard of each language. `serve` keeps one across rebuilds, so an
/// edit re-indexes only the shard whose pages changed; a fresh cache indexes everything.
#[derive(Debug, Clone)]
pub struct IndexCache {
    /// (`<html lang>`, shard number from 1) → its bundle.
    shards: BTreeMap<(String, usize), ShardBundle>,
    /// How indexing runs (`serve` indexes in the background).
    mode: Mode,
    /// Hand Pagefind every page whole (as a check that the cut pages give the same index).
    whole_pages: bool,
    /// The most (weighted) pages of a shard.
    shard_pages: usize,
}

impl Default for IndexCache {
    fn default() -> Self {
        IndexCache {
            shards: BTreeMap::new(),
            mode: Mode::default(),
            whole_pages: false,
            shard_pages: SHARD_PAGES,
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
}

/// Indexes every HTML page of `outputs` that carries `data-pagefind-body`.
pub fn index(outputs: &[Output]) -> Result<SearchIndex, Diagnostic> {
    index_with(outputs, &mut IndexCache::default())
}

/// Like [`index`], reusing the bundles of shards whose pages are the same as in `cache`, and
/// leaving the new bundles there.
pub fn index_with(outputs: &[Output], cache: &mut IndexCache) -> Result<SearchIndex, Diagnostic> {
    let mut shards: BTreeMap<(String, usize), Vec<Page>> = BTreeMap::new();
    for (lang, pages) in pages_by_language(outputs) {
        let most = (cache.shard_pages / weight(&lang)).max(1);
        for (number, pages) in split(pages, most).into_iter().enumerate() {
            shards.insert((lang.clone(), number + 1), pages);
        }
    }
    cache.shards.retain(|key, _| shards.contains_key(key));
    let mut stale: Vec<(&(String, usize), &Vec<Page>)> = shards
        .iter()
        .filter(|(key, pages)| {
            cache
                .shards
                .get(*key)
                .is_none_or(|cached| !same_pages(&cached.pages, pages))
        })
        .collect();
    // The costliest first, so that no thread is left with a long one at the end.
    stale.sort_by_key(|(key, pages)| std::cmp::Reverse(cost(&key.0, pages)));
    let (mode, whole) = (cache.mode, cache.whole_pages);
    let one =
        |(_, pages): &(&(String, usize), &Vec<Page>)| indexer::index_shard(pages, mode, whole);
    let fresh: Vec<Result<ShardBundle, Diagnostic>> = if mode == Mode::Background {
        indexer::lower_priority();
        stale.iter().map(one).collect()
    } else {
        in_parallel(&stale, one)
    };
    let mut reindexed = std::collections::BTreeSet::new();
    for ((key, _), result) in stale.iter().zip(fresh) {
        reindexed.insert(key.0.clone());
        cache.shards.insert((*key).clone(), result?);
    }
    let mut index = combine(&cache.shards)?;
    index.reindexed = reindexed.len();
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

/// The pages of a language in shards of at most about `most` pages. A page's shard depends
/// only on its path and the number of shards, so editing a page changes only its shard.
fn split(pages: Vec<Page>, most: usize) -> Vec<Vec<Page>> {
    let count = pages.len().div_ceil(most).max(1);
    let mut shards: Vec<Vec<Page>> = (0..count).map(|_| Vec::new()).collect();
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
fn cost(lang: &str, pages: &[Page]) -> usize {
    pages.iter().map(|p| p.html.len()).sum::<usize>() * weight(lang)
}

/// Runs `f` on every item, on as many threads as rayon has, each taking the next item in
/// order when it is done with one (rayon's own splitting would hand each thread a fixed half).
fn in_parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    let threads = rayon::current_num_threads().min(items.len());
    rayon::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|_| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else {
                        break;
                    };
                    let result = f(item);
                    if let Ok(mut slot) = results[i].lock() {
                        *slot = Some(result);
                    }
                }
            });
        }
    });
    results
        .into_iter()
        .map(|slot| {
            slot.into_inner()
                .ok()
                .flatten()
                .expect("every item was run")
        })
        .collect()
}

/// Which files of a shard's own bundle a reader needs besides the main bundle's: its index,
/// not Pagefind's script or WebAssembly.
fn shard_file(name: &str) -> bool {
    name.ends_with(".pf_meta")
        || ["fragment/", "index/", "filter/"]
            .iter()
            .any(|dir| name.starts_with(dir))
}

/// The bundle of the site from the bundles of its shards. The first shard of each language is
/// in `pagefind/`, with Pagefind's script; shard `n` of a language is a bundle of its own in
/// `pagefind/<language>/<n>/`, which the main `pagefind-entry.json` lists in the language's
/// `shards`. Page counts there are the whole language's.
fn combine(shards: &BTreeMap<(String, usize), ShardBundle>) -> Result<SearchIndex, Diagnostic> {
    if shards.is_empty() {
        return Ok(SearchIndex::default());
    }
    let mut files: BTreeMap<String, Arc<[u8]>> = BTreeMap::new();
    let mut entry: Option<serde_json::Value> = None;
    let mut languages: BTreeMap<String, usize> = BTreeMap::new();
    let mut more: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for ((_, number), bundle) in shards {
        let code = bundle
            .code()
            .ok_or_else(|| failure("a `pagefind-entry.json` names no language".into()))?;
        let count = bundle.entry["languages"][code]["page_count"]
            .as_u64()
            .unwrap_or(0) as usize;
        *languages.entry(code.to_string()).or_default() += count;
        if *number == 1 {
            files.extend(
                bundle
                    .files
                    .iter()
                    .map(|(name, bytes)| (name.clone(), Arc::clone(bytes))),
            );
            entry = Some(match entry.take() {
                None => bundle.entry.clone(),
                Some(whole) => merge_entries(whole, bundle.entry.clone())?,
            });
        } else {
            let dir = format!("{code}/{number}/");
            files.extend(
                bundle
                    .files
                    .iter()
                    .filter(|(name, _)| shard_file(name))
                    .map(|(name, bytes)| (format!("{dir}{name}"), Arc::clone(bytes))),
            );
            files.insert(
                format!("{dir}pagefind-entry.json"),
                Arc::from(bundle.entry.to_string().into_bytes()),
            );
            more.entry(code.to_string()).or_default().push(dir);
        }
    }
    let mut entry =
        entry.ok_or_else(|| failure("pagefind wrote no `pagefind-entry.json`".into()))?;
    if let Some(listed) = entry.get_mut("languages").and_then(|l| l.as_object_mut()) {
        for (code, language) in listed.iter_mut() {
            language["page_count"] = languages.get(code).copied().unwrap_or(0).into();
            if let Some(dirs) = more.get(code) {
                language["shards"] = dirs.clone().into();
            }
        }
    }
    files.insert(
        "pagefind-entry.json".into(),
        Arc::from(entry.to_string().into_bytes()),
    );
    Ok(SearchIndex {
        files: files
            .into_iter()
            .map(|(name, contents)| Output::new(format!("{BUNDLE_DIR}/{name}"), contents))
            .collect(),
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
        let paths = |shards: &[Vec<Page>]| -> Vec<Vec<String>> {
            shards
                .iter()
                .map(|s| s.iter().map(|p| p.output.path.clone()).collect())
                .collect()
        };
        let shards = split(pages("en/"), 5);
        assert_eq!(shards.len(), 3);
        assert_eq!(shards.iter().map(Vec::len).sum::<usize>(), 12);
        // A page's shard depends on its path only: the same split every time, pages in order.
        assert_eq!(paths(&shards), paths(&split(pages("en/"), 5)));
        for shard in paths(&shards) {
            let mut sorted = shard.clone();
            sorted.sort_by_key(|p| outputs.iter().position(|o| &o.path == p));
            assert_eq!(shard, sorted);
        }
        assert_eq!(split(pages("en/"), 12).len(), 1);
        // A Chinese page counts four.
        assert_eq!(weight("zh"), SEGMENTED_WEIGHT);
        assert_eq!(weight("zh-TW"), SEGMENTED_WEIGHT);
        assert_eq!(weight("en"), 1);
    }

    #[test]
    fn shards_are_bundles_of_their_own_listed_in_the_entry() {
        let outputs = site(12);
        let mut cache = IndexCache::default().with_shard_pages(6);
        let index = index_with(&outputs, &mut cache).unwrap();
        assert_eq!(
            index.languages,
            BTreeMap::from([("en".into(), 12), ("zh".into(), 12)])
        );
        let file = |path: &str| -> serde_json::Value {
            let f = index.files.iter().find(|f| f.path == path).unwrap();
            serde_json::from_slice(&f.contents).unwrap()
        };
        let entry = file("pagefind/pagefind-entry.json");
        // 12 English pages in shards of at most about 6: 2 shards. 12 Chinese pages counting 4
        // each: shards of about 1 page, as many as the paths' hashes fall into.
        for (lang, most) in [("en", 2), ("zh", 12)] {
            let listed = &entry["languages"][lang];
            assert_eq!(listed["page_count"], 12);
            let shards: Vec<&str> = listed["shards"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_str().unwrap())
                .collect();
            assert!(
                (1..most).contains(&shards.len()) && (lang == "zh") == (shards.len() > 1),
                "{lang}: {entry}"
            );
            let mut pages = listed_pages(&index, "pagefind/", lang);
            for dir in shards {
                assert!(dir.starts_with(&format!("{lang}/")), "{dir}");
                let own = file(&format!("pagefind/{dir}pagefind-entry.json"));
                let hash = own["languages"][lang]["hash"].as_str().unwrap();
                let inside: Vec<&str> = index
                    .files
                    .iter()
                    .filter_map(|f| f.path.strip_prefix(&format!("pagefind/{dir}")))
                    .collect();
                assert!(inside.contains(&format!("pagefind.{hash}.pf_meta").as_str()));
                assert!(inside.iter().any(|f| f.starts_with("fragment/")));
                assert!(inside.iter().any(|f| f.starts_with("index/")));
                // Pagefind's script and WebAssembly only once, in the main bundle.
                assert!(
                    !inside
                        .iter()
                        .any(|f| f.ends_with(".js") || f.contains("wasm"))
                );
                pages += listed_pages(&index, &format!("pagefind/{dir}"), lang);
            }
            assert_eq!(pages, 12, "{lang}: every page in exactly one shard");
        }
        // Same pages, same bytes.
        let again = index_with(&outputs, &mut IndexCache::default().with_shard_pages(6)).unwrap();
        assert_eq!(again.files, index.files);
    }

    /// How many fragments (pages) of `lang` a bundle folder holds.
    fn listed_pages(index: &SearchIndex, dir: &str, lang: &str) -> usize {
        index
            .files
            .iter()
            .filter(|f| {
                f.path
                    .strip_prefix(dir)
                    .and_then(|rest| rest.strip_prefix("fragment/"))
                    .is_some_and(|name| name.starts_with(&format!("{lang}_")))
            })
            .count()
    }

    #[test]
    fn an_edit_reindexes_only_its_shard() {
        let mut outputs = site(12);
        let mut cache = IndexCache::default().with_shard_pages(6);
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
