//! `letterpress serve`: builds the site in memory, serves it on 127.0.0.1 with live reload, and
//! rebuilds incrementally when `site.yaml`, `content/`, `locales/` or `themes/` change, keeping
//! the search index current in a background thread. It never writes the output folder; the
//! library never depends on this module.

pub mod http;

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use notify::EventKind;
use notify_debouncer_full::{DebounceEventResult, new_debouncer, notify::RecursiveMode};

use crate::compile::{Cache, CompileOptions, compile_with};
use crate::diagnostic::Diagnostics;
use crate::load::{self, Input};
use crate::output::Output;
use http::Served;

/// What `letterpress serve` needs to know.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// The first port to try; the next free one is used when it is taken.
    pub port: u16,
    pub compile: CompileOptions,
}

/// Why the server could not start.
#[derive(Debug)]
pub struct ServeError(pub String);

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A message for live-reload clients.
#[derive(Debug, Clone)]
enum Event {
    Reload(u64),
    Error(String),
}

type Clients = Arc<Mutex<Vec<Sender<Event>>>>;

/// Everything a rebuild touches besides the compile cache.
struct State {
    served: Arc<RwLock<Arc<Served>>>,
    clients: Clients,
    /// Where to send a built site for (re)indexing, in the background.
    indexer: Sender<Vec<Output>>,
    version: u64,
    log: Arc<dyn Fn(&str) + Send + Sync>,
}

/// A running server. Dropping it does not stop it; call [`Server::stop`].
pub struct Server {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl Server {
    /// Asks every thread of the server to finish.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
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
    let (server, addr) = bind(options.bind, options.port, &*log)?;
    if !options.bind.is_loopback() {
        log(&format!(
            "warning: serving on {addr}, which other machines on the network can reach"
        ));
    }
    let stop = Arc::new(AtomicBool::new(false));
    let served = Arc::new(RwLock::new(Arc::new(Served::default())));
    let clients: Clients = Arc::new(Mutex::new(Vec::new()));
    let indexer = spawn_indexer(Arc::clone(&served), Arc::clone(&stop), Arc::clone(&log));
    let mut state = State {
        served: Arc::clone(&served),
        clients: Arc::clone(&clients),
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

    // Watch the sources.
    let (changes_tx, changes_rx) = mpsc::channel::<Vec<PathBuf>>();
    let watch_root = root.clone();
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
        .watch(&root, RecursiveMode::Recursive)
        .map_err(|e| ServeError(format!("cannot watch `{}`: {e}", root.display())))?;

    // Rebuild on changes.
    {
        let (stop, compile) = (Arc::clone(&stop), options.compile.clone());
        let root = root.clone();
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
                paths.sort();
                paths.dedup();
                let problems = load::refresh(&root, &mut input, &paths);
                let what = describe(&root, &paths);
                rebuild(
                    &mut input, problems, &compile, &mut cache, &mut state, &what,
                );
            }
        });
    }

    // Answer requests.
    {
        let (served, clients, stop) =
            (Arc::clone(&served), Arc::clone(&clients), Arc::clone(&stop));
        let server = Arc::new(server);
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                let request = match server.recv_timeout(Duration::from_millis(200)) {
                    Ok(Some(r)) => r,
                    Ok(None) => continue,
                    Err(_) => break,
                };
                let (served, clients) = (Arc::clone(&served), Arc::clone(&clients));
                std::thread::spawn(move || handle(request, &served, &clients));
            }
        });
    }
    log(&format!(
        "serving {} at http://{addr}/ (Ctrl-C to stop)",
        root.display()
    ));
    Ok(Server { addr, stop })
}

/// Binds the first free port from `port` on.
fn bind(
    ip: IpAddr,
    port: u16,
    log: &dyn Fn(&str),
) -> Result<(tiny_http::Server, SocketAddr), ServeError> {
    let mut last = String::new();
    for candidate in port..port.saturating_add(20) {
        let addr = SocketAddr::new(ip, candidate);
        match tiny_http::Server::http(addr) {
            Ok(server) => {
                let real = server.server_addr().to_ip().unwrap_or(addr);
                if candidate != port {
                    log(&format!(
                        "port {port} is in use; using port {} instead",
                        real.port()
                    ));
                }
                return Ok((server, real));
            }
            Err(e) => last = e.to_string(),
        }
    }
    Err(ServeError(format!(
        "no free port from {port} to {}: {last}",
        port.saturating_add(19)
    )))
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
        Some("content" | "locales" | "themes") => true,
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
            broadcast(&state.clients, Event::Reload(state.version));
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
            broadcast(&state.clients, Event::Error(text));
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

fn broadcast(clients: &Clients, event: Event) {
    if let Ok(mut list) = clients.lock() {
        list.retain(|c| c.send(event.clone()).is_ok());
    }
}

fn handle(request: tiny_http::Request, served: &RwLock<Arc<Served>>, clients: &Clients) {
    let url = request.url().to_string();
    if request.method() != &tiny_http::Method::Get && request.method() != &tiny_http::Method::Head {
        let _ = request
            .respond(tiny_http::Response::from_string("method not allowed").with_status_code(405));
        return;
    }
    if url.split('?').next() == Some("/__letterpress/events") {
        let (tx, rx) = mpsc::channel();
        let current = served.read().map(|s| s.error.clone()).unwrap_or_default();
        if let Some(error) = current {
            let _ = tx.send(Event::Error(error));
        }
        if let Ok(mut list) = clients.lock() {
            list.push(tx);
        }
        // Written by hand: each event must reach the browser as soon as it happens.
        let mut out = request.into_writer();
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 500\n\n";
        if out
            .write_all(head.as_bytes())
            .and_then(|_| out.flush())
            .is_err()
        {
            return;
        }
        loop {
            let chunk = match rx.recv_timeout(Duration::from_secs(15)) {
                Ok(Event::Reload(v)) => format!("event: reload\ndata: {v}\n\n"),
                Ok(Event::Error(text)) => {
                    let json = serde_json::json!({ "message": text }).to_string();
                    format!("event: error-report\ndata: {json}\n\n")
                }
                Err(RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
                Err(RecvTimeoutError::Disconnected) => return,
            };
            if out
                .write_all(chunk.as_bytes())
                .and_then(|_| out.flush())
                .is_err()
            {
                return;
            }
        }
    }
    let snapshot = served.read().map(|s| Arc::clone(&s)).unwrap_or_default();
    let reply = if snapshot.files.is_empty() && snapshot.error.is_some() {
        http::Reply {
            status: 503,
            content_type: "text/html; charset=utf-8",
            body: Arc::from(http::inject("<!DOCTYPE html><html lang=\"en\"><head><title>letterpress</title></head><body></body></html>", snapshot.error.as_deref()).into_bytes()),
            location: None,
        }
    } else {
        http::respond(&snapshot, &url)
    };
    // One request per connection: the live-reload stream keeps its own connection open, and
    // short-lived ones keep the browser's per-host connection limit free for it.
    let mut headers = vec![
        header("Content-Type", reply.content_type),
        header("Cache-Control", "no-store"),
        header("Connection", "close"),
    ];
    if let Some(location) = &reply.location {
        headers.push(header("Location", location));
    }
    let len = reply.body.len();
    let response = tiny_http::Response::new(
        tiny_http::StatusCode(reply.status),
        headers,
        std::io::Cursor::new(reply.body),
        Some(len),
        None,
    );
    let _ = request.respond(response);
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap_or_else(|_| {
        tiny_http::Header::from_bytes(&b"X-Invalid"[..], &b"1"[..])
            .unwrap_or_else(|_| unreachable!("static header"))
    })
}
