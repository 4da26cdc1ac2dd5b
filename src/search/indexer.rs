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
    pages: &[Page],
    mode: Mode,
    whole: bool,
) -> Result<ShardBundle, Diagnostic> {
    let texts: Vec<(&str, &str)> = pages
        .iter()
        .map(|p| (p.output.path.as_str(), p.html))
        .collect();
    let mut files = Vec::new();
    let mut entry = None;
    for (name, contents) in index_pages(&texts, mode, whole).map_err(failure)? {
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
        pages: pages
            .iter()
            .map(|p| (p.output.path.clone(), Arc::clone(&p.output.contents)))
            .collect(),
        files,
        entry: entry.ok_or_else(|| failure("pagefind wrote no `pagefind-entry.json`".into()))?,
    })
}

/// Runs Pagefind over the pages of one shard; gives its bundle as (path, bytes).
fn index_pages(pages: &[(&str, &str)], mode: Mode, whole: bool) -> Result<Bundle, String> {
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
        for (path, html) in pages {
            let html = if whole {
                (*html).to_string()
            } else {
                trim::indexable(html).into_owned()
            };
            index
                .add_html_file(Some((*path).to_string()), None, html)
                .await
                .map_err(|e| format!("cannot index `{path}`: {e}"))?;
        }
        let files = index.get_files().await.map_err(|e| e.to_string())?;
        Ok(files
            .into_iter()
            .filter_map(|f| {
                let name = f.filename.to_string_lossy().replace('\\', "/");
                (!UNUSED.contains(&name.as_str())).then_some((name, f.contents))
            })
            .collect())
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
