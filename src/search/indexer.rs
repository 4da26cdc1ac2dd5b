//! Pagefind, run over the pages of one shard (of one language): its bundle of index files, made
//! on a current-thread Tokio runtime (on low-priority threads for `serve`). It never decides
//! which pages are indexed and never merges shards or languages (`mod.rs` does).

use std::sync::Arc;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use super::{Mode, Page, ShardBundle, failure, trim};
use crate::diagnostic::Diagnostic;

/// A bundle as Pagefind writes it: (path below `pagefind/`, contents).
type Bundle = Vec<(String, Vec<u8>)>;

/// Files of Pagefind's own user interfaces, which the theme does not use.
const UNUSED: &[&str] = &[
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
];

/// Indexes the pages of one shard; `whole` hands Pagefind every page whole instead of only the
/// parts it reads.
pub(super) fn index_shard(
    pages: &[&Page],
    mode: Mode,
    whole: bool,
) -> Result<ShardBundle, Diagnostic> {
    let texts: Vec<(&str, &str)> = pages
        .iter()
        .map(|p| (p.output.path.as_str(), p.html))
        .collect();
    let mut files = Vec::new();
    let mut entry = None;
    // Pagefind's own parallel work runs on a pool of one thread for this shard alone, as on the
    // thread that indexes it (shards already keep every core busy), and never on rayon's global
    // pool, whose threads could then take up another shard while they wait inside this one's
    // Tokio runtime.
    let mut pool = rayon::ThreadPoolBuilder::new().num_threads(1);
    if mode == Mode::Background {
        pool = pool.start_handler(|_| lower_priority());
    }
    let pool = pool
        .build()
        .map_err(|e| failure(format!("cannot start the indexer: {e}")))?;
    let (bundle, urls) = pool
        .install(|| index_pages(&texts, mode, whole))
        .map_err(failure)?;
    for (name, contents) in bundle {
        if name == "pagefind-entry.json" {
            entry = Some(
                serde_json::from_slice(&contents)
                    .map_err(|e| failure(format!("unreadable `pagefind-entry.json`: {e}")))?,
            );
        } else {
            files.push((name, Arc::from(contents)));
        }
    }
    Ok(ShardBundle {
        urls,
        pages: pages
            .iter()
            .map(|p| (p.output.path.clone(), Arc::clone(&p.output.contents)))
            .collect(),
        files,
        entry: entry.ok_or_else(|| failure("pagefind wrote no `pagefind-entry.json`".into()))?,
    })
}

/// Runs Pagefind over the pages of one shard; gives its bundle as (path, bytes), and the URL it
/// gave each page.
fn index_pages(
    pages: &[(&str, &str)],
    mode: Mode,
    whole: bool,
) -> Result<(Bundle, Vec<String>), String> {
    let mut builder = tokio::runtime::Builder::new_current_thread();
    if mode == Mode::Background {
        // Pagefind parses pages on the runtime's blocking threads.
        builder.on_thread_start(lower_priority);
    }
    let runtime = builder
        .build()
        .map_err(|e| format!("cannot start the indexer: {e}"))?;
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder()
            .keep_index_url(false)
            .build();
        let mut index = PagefindIndex::new(Some(config)).map_err(|e| e.to_string())?;
        let mut urls = Vec::with_capacity(pages.len());
        for (path, html) in pages {
            let html = if whole {
                (*html).to_string()
            } else {
                trim::indexable(html).into_owned()
            };
            let added = index
                .add_html_file(Some((*path).to_string()), None, html)
                .await
                .map_err(|e| format!("cannot index `{path}`: {e}"))?;
            urls.push(added.page_url);
        }
        let files = index.get_files().await.map_err(|e| e.to_string())?;
        let bundle = files
            .into_iter()
            .filter_map(|f| {
                let name = f.filename.to_string_lossy().replace('\\', "/");
                (!UNUSED.contains(&name.as_str())).then_some((name, f.contents))
            })
            .collect();
        Ok((bundle, urls))
    })
}

/// Gives the calling thread the lowest CPU priority (Linux only: elsewhere the call would
/// apply to the whole process).
pub(super) fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: `setpriority` takes plain integers and touches no memory of ours. On Linux,
    // `PRIO_PROCESS` with id 0 means the calling thread. A failure only leaves the priority as is.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 19);
    }
}

/// Runs `f` on every item, on as many threads of its own as rayon has, each taking the next
/// item in order when it is done with one. They are not rayon's threads: a thread of rayon's
/// that waits for work inside Pagefind (on a Tokio runtime) may take any waiting job of the
/// pool, and a shard taken there would start a runtime inside a runtime, which Tokio refuses.
/// The merge's parallel work runs on rayon's pool.
pub(super) fn in_parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    let threads = rayon::current_num_threads().min(items.len());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
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
