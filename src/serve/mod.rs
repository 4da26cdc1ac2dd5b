//! `letterpress serve`: builds the site in memory, serves it on 127.0.0.1 with live reload, and
//! rebuilds incrementally when `site.yaml`, `content/`, `locales/`, `themes/` or `static/`
//! change, keeping the search index current in a background thread. It never writes the output
//! folder; the library never depends on this module.

pub mod http;
mod net;
pub mod request;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use notify::EventKind;
use notify_debouncer_full::{DebounceEventResult, new_debouncer, notify::RecursiveMode};

use crate::compile::{Cache, CompileOptions, compile_with};
use crate::diagnostic::Diagnostics;
use crate::load::{self, Input};
use crate::output::Output;
use http::{Event, Served};
pub use net::HttpOptions;
use net::Live;

/// What `letterpress serve` needs to know.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// The first port to try; the next free one is used when it is taken.
    pub port: u16,
    pub compile: CompileOptions,
    /// Limits and timeouts of the server's connections.
    pub http: HttpOptions,
}

/// Why the server could not start.
#[derive(Debug)]
pub struct ServeError(pub String);

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Everything a rebuild touches besides the compile cache.
struct State {
    served: Arc<RwLock<Arc<Served>>>,
    /// The live-reload streams.
    live: Live,
    /// Where to send a built site for (re)indexing, in the background.
    indexer: Sender<Vec<Output>>,
    version: u64,
    log: Arc<dyn Fn(&str) + Send + Sync>,
}

/// A running server. Dropping it does not stop it; call [`Server::stop`].
pub struct Server {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
    live: Live,
}

impl Server {
    /// Asks every thread of the server to finish; the port is free again a moment later.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        self.live.wake();
    }

    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }
}

/// Starts the server; `log` receives one line per event (start, rebuild, error).
pub fn start(
    options: &ServeOptions,
    log: Arc<dyn Fn(&str) + Send + Sync>,
) -> Result<Server, ServeError> {
    let root = std::path::absolute(&options.root)
        .map_err(|e| ServeError(format!("cannot use root `{}`: {e}", options.root.display())))?;
    if !root.join(crate::load::CONFIG_FILE).is_file() {
        return Err(ServeError(format!(
            "no `site.yaml` found in `{}`",
            root.display()
        )));
    }
    let listener = net::bind(options.bind, options.port, &*log)?;
    let addr = listener.addr;
    if !options.bind.is_loopback() {
        log(&format!(
            "warning: serving on {addr}, which other machines on the network can reach"
        ));
    }
    let stop = Arc::new(AtomicBool::new(false));
    let served = Arc::new(RwLock::new(Arc::new(Served::default())));
    let live = listener.live();
    let indexer = spawn_indexer(Arc::clone(&served), Arc::clone(&stop), Arc::clone(&log));
    let mut state = State {
        served: Arc::clone(&served),
        live: live.clone(),
        indexer,
        version: 0,
        log: Arc::clone(&log),
    };

    // First build, before answering requests.
    let (mut input, problems) = load::load(&root);
    let mut cache = Cache::default();
    rebuild(
        &mut input,
        problems,
        &options.compile,
        &mut cache,
        &mut state,
        "initial build",
    );
    let watcher = Watcher {
        root: root.clone(),
        input,
        cache,
        state,
        compile: options.compile.clone(),
    };
    watcher.spawn(Arc::clone(&stop))?;
    let http = options.http.clone();
    if let Err(e) = listener.spawn(served, http, Arc::clone(&stop), Arc::clone(&log)) {
        stop.store(true, Ordering::SeqCst);
        return Err(e);
    }
    log(&format!(
        "serving {} at http://{addr}/ (Ctrl-C to stop)",
        root.display()
    ));
    Ok(Server { addr, stop, live })
}

/// Rebuilds the site when its sources change.
struct Watcher {
    root: PathBuf,
    input: Input,
    cache: Cache,
    state: State,
    compile: CompileOptions,
}

impl Watcher {
    /// Watches the sources and rebuilds on a thread of its own until `stop` is set.
    fn spawn(mut self, stop: Arc<AtomicBool>) -> Result<(), ServeError> {
        let (changes_tx, changes_rx) = mpsc::channel::<Vec<PathBuf>>();
        let watch_root = self.root.clone();
        // Short: editors finish an atomic save within a few milliseconds.
        let mut debouncer = new_debouncer(
            Duration::from_millis(15),
            None,
            move |result: DebounceEventResult| {
                if let Ok(events) = result {
                    let paths: Vec<PathBuf> = events
                        .into_iter()
                        .filter(|e| !matches!(e.kind, EventKind::Access(_)))
                        .flat_map(|e| e.event.paths)
                        .filter(|p| is_source(&watch_root, p))
                        .collect();
                    if !paths.is_empty() {
                        let _ = changes_tx.send(paths);
                    }
                }
            },
        )
        .map_err(|e| ServeError(format!("cannot watch the sources: {e}")))?;
        debouncer
            .watch(&self.root, RecursiveMode::Recursive)
            .map_err(|e| ServeError(format!("cannot watch `{}`: {e}", self.root.display())))?;
        std::thread::spawn(move || {
            let _keep_watching = debouncer;
            while !stop.load(Ordering::SeqCst) {
                let mut paths = match changes_rx.recv_timeout(Duration::from_millis(200)) {
                    Ok(p) => p,
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => break,
                };
                // Take every change that has arrived meanwhile: one rebuild for a burst of saves.
                while let Ok(more) = changes_rx.try_recv() {
                    paths.extend(more);
                }
                self.changed(paths);
            }
        });
        Ok(())
    }

    fn changed(&mut self, mut paths: Vec<PathBuf>) {
        paths.sort();
        paths.dedup();
        let problems = load::refresh(&self.root, &mut self.input, &paths);
        let what = describe(&self.root, &paths);
        rebuild(
            &mut self.input,
            problems,
            &self.compile,
            &mut self.cache,
            &mut self.state,
            &what,
        );
    }
}

/// Is `path` one of the files a build reads (and not the output, editor backups or VCS files)?
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    match first.as_deref() {
        Some("site.yaml") => rel.components().count() == 1,
        Some("content" | "locales" | "themes" | crate::load::STATIC_DIR) => true,
        _ => false,
    }
}

fn describe(root: &Path, paths: &[PathBuf]) -> String {
    let mut names: Vec<String> = paths
        .iter()
        .map(|p| crate::diagnostic::display_path(p.strip_prefix(root).unwrap_or(p)))
        .collect();
    if names.len() > 3 {
        let more = names.len() - 3;
        names.truncate(3);
        names.push(format!("and {more} more"));
    }
    names.join(", ")
}

fn rebuild(
    input: &mut Input,
    load_problems: Diagnostics,
    options: &CompileOptions,
    cache: &mut Cache,
    state: &mut State,
    what: &str,
) {
    let start = Instant::now();
    let result = if load_problems.has_errors() {
        Err(load_problems)
    } else {
        compile_with(input, options, cache)
    };
    let log = &*state.log;
    match result {
        Ok(site) => {
            state.version += 1;
            let mut next = Served::new(&site.outputs, site.languages.clone());
            if let Ok(mut slot) = state.served.write() {
                // Keep serving the last search index until the indexer swaps in the new one.
                // Both swap under this lock, so neither loses the other's files.
                if site.search {
                    next.files.extend(
                        slot.files
                            .iter()
                            .filter(|(path, _)| is_search_file(path))
                            .map(|(path, o)| (path.clone(), o.clone())),
                    );
                }
                *slot = Arc::new(next);
            }
            log(&format!(
                "{what}: rendered {} of {} pages in {} ms",
                site.rendered,
                site.pages,
                start.elapsed().as_millis()
            ));
            for w in &site.warnings.0 {
                log(&w.to_string());
            }
            state.live.broadcast(Event::Reload(state.version));
            if site.search && site.rendered > 0 {
                let _ = state.indexer.send(site.outputs);
            }
        }
        Err(problems) => {
            let text = problems.to_string();
            let current = state
                .served
                .read()
                .map(|s| Arc::clone(&s))
                .unwrap_or_default();
            let next = Served {
                error: Some(text.clone()),
                ..(*current).clone()
            };
            if let Ok(mut slot) = state.served.write() {
                *slot = Arc::new(next);
            }
            log(&format!(
                "{what}: the site does not build; still serving the last good version"
            ));
            log(text.trim_end());
            state.live.broadcast(Event::Error(text));
        }
    }
}

/// Starts the thread that keeps the search index current: it indexes the latest site it was
/// sent (skipping any that were superseded meanwhile) and swaps the new bundle into what is
/// served. Pages are served at once after a rebuild; their index follows a moment later.
fn spawn_indexer(
    served: Arc<RwLock<Arc<Served>>>,
    stop: Arc<AtomicBool>,
    log: Arc<dyn Fn(&str) + Send + Sync>,
) -> Sender<Vec<Output>> {
    let (tx, rx) = mpsc::channel::<Vec<Output>>();
    std::thread::spawn(move || {
        // Languages whose pages did not change keep their index.
        let mut cache = crate::search::IndexCache::background();
        while !stop.load(Ordering::SeqCst) {
            let mut outputs = match rx.recv_timeout(Duration::from_millis(200)) {
                Ok(o) => o,
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => break,
            };
            while let Ok(newer) = rx.try_recv() {
                outputs = newer;
            }
            let start = Instant::now();
            let index = match crate::search::index_with(&outputs, &mut cache) {
                Ok(index) => index,
                Err(e) => {
                    log(&e.to_string());
                    continue;
                }
            };
            if let Ok(mut slot) = served.write() {
                let mut next = (**slot).clone();
                next.files.retain(|path, _| !is_search_file(path));
                next.files
                    .extend(index.files.iter().map(|o| (o.path.clone(), o.clone())));
                *slot = Arc::new(next);
            }
            log(&format!(
                "search index: {} pages, {} of {} languages indexed again in {} ms",
                index.pages(),
                index.reindexed,
                index.languages.len(),
                start.elapsed().as_millis()
            ));
        }
    });
    tx
}

/// Is `path` (below the output root) part of the search bundle?
fn is_search_file(path: &str) -> bool {
    path.strip_prefix(crate::search::BUNDLE_DIR)
        .is_some_and(|rest| rest.starts_with('/'))
}
