//! Benchmark of `serve` under concurrent load: serves the bundled guide in-process, then 200
//! clients each fetch its pages (every page in the sitemap, an asset and a missing page) one
//! after the other, a new connection per request as `serve` closes every connection after its
//! reply, and the latency of the requests is reported as percentiles (connecting included). A
//! benchmark, not a test: it asserts nothing.
//!
//! ```sh
//! cargo run --release --example serve_load                 # 200 clients × 50 requests
//! cargo run --release --example serve_load -- 200 100      # clients, requests per client
//! ```

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// One request on a fresh connection: its latency and whether a `200` or `404` came back.
fn fetch(addr: SocketAddr, path: &str) -> (Duration, bool) {
    let start = Instant::now();
    let Ok(mut stream) = TcpStream::connect(addr) else {
        return (start.elapsed(), false);
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let sent = write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    );
    let mut response = Vec::new();
    let read = stream.read_to_end(&mut response);
    let ok = sent.is_ok()
        && read.is_ok()
        && (response.starts_with(b"HTTP/1.1 200") || response.starts_with(b"HTTP/1.1 404"));
    (start.elapsed(), ok)
}

/// Every page of the site, from its sitemap, as request paths; plus an asset and a missing page.
fn paths(addr: SocketAddr) -> Vec<String> {
    let mut stream = TcpStream::connect(addr).expect("the server accepts connections");
    let _ = write!(
        stream,
        "GET /sitemap.xml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    );
    let mut sitemap = String::new();
    let _ = stream.read_to_string(&mut sitemap);
    // Pages are `<loc>`s, their translations `href`s of alternate links.
    let mut locs: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .filter_map(|s| s.split("</loc>").next())
        .chain(
            sitemap
                .split("href=\"")
                .skip(1)
                .filter_map(|s| s.split('"').next()),
        )
        .collect();
    locs.sort();
    locs.dedup();
    // The shortest address is the site's base URL; every other one extends it.
    let base = locs.iter().copied().min_by_key(|l| l.len()).unwrap_or("");
    let mut paths: Vec<String> = locs
        .iter()
        .filter_map(|l| l.strip_prefix(base))
        .map(|rest| format!("/{}", percent_encode(rest)))
        .collect();
    paths.push("/assets/letterpress.css".into());
    paths.push("/en/no-such-page/".into());
    paths
}

/// Escapes what may not appear in a request line as it is (Chinese slugs, say).
fn percent_encode(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'!'..=b'~' => char::from(b).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// CPU time (user and system) of this process's thread named `name` so far (Linux only).
fn thread_cpu(name: &str) -> Option<Duration> {
    let tasks = std::fs::read_dir("/proc/self/task").ok()?;
    for task in tasks.filter_map(Result::ok) {
        let comm = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
        if comm.trim_end() != name {
            continue;
        }
        let stat = std::fs::read_to_string(task.path().join("stat")).ok()?;
        // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
        let rest = stat.rsplit_once(')')?.1;
        let mut fields = rest.split_whitespace().skip(11);
        let ticks: u64 =
            fields.next()?.parse::<u64>().ok()? + fields.next()?.parse::<u64>().ok()?;
        // Clock ticks are 1/100 s on Linux.
        return Some(Duration::from_millis(ticks * 10));
    }
    None
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

/// Serves the bundled guide in-process; returns once its search index is built, since the
/// indexer would compete for the CPU.
fn serve_the_guide() -> letterpress::serve::Server {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<()>();
    let ready_tx = std::sync::Mutex::new(ready_tx);
    let log = Arc::new(move |line: &str| {
        if line.starts_with("search index: ") {
            let _ = ready_tx.lock().map(|tx| tx.send(()));
        }
    });
    let options = letterpress::serve::ServeOptions {
        root: std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        bind: [127, 0, 0, 1].into(),
        port: 3211,
        compile: Default::default(),
        http: Default::default(),
    };
    let server = match letterpress::serve::start(&options, log) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let _ = ready_rx.recv_timeout(Duration::from_secs(60));
    server
}

/// Each request's latency, and the index of its path if it failed.
type Results = Vec<(Duration, Result<(), usize>)>;

/// `clients` threads, each fetching `per_client` paths one after the other.
fn load(addr: SocketAddr, paths: &Arc<Vec<String>>, clients: usize, per_client: usize) -> Results {
    let threads: Vec<_> = (0..clients)
        .map(|c| {
            let paths = Arc::clone(paths);
            std::thread::spawn(move || {
                (0..per_client)
                    .map(|i| {
                        let path = (c * 7 + i) % paths.len();
                        let (time, ok) = fetch(addr, &paths[path]);
                        (time, ok.then_some(()).ok_or(path))
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    threads
        .into_iter()
        .flat_map(|t| t.join().unwrap_or_default())
        .collect()
}

fn report(results: &Results, paths: &[String], wall: Duration, server_cpu: Option<Duration>) {
    let mut failed: Vec<&str> = results
        .iter()
        .filter_map(|(_, r)| r.err())
        .map(|path| paths[path].as_str())
        .collect();
    let failures = failed.len();
    failed.sort();
    failed.dedup();
    let mut times: Vec<Duration> = results.iter().map(|(t, _)| *t).collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{} requests in {:.2} s ({:.0}/s), {failures} failed {failed:?}",
        times.len(),
        wall.as_secs_f64(),
        times.len() as f64 / wall.as_secs_f64()
    );
    println!(
        "latency: p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        ms(percentile(&times, 0.50)),
        ms(percentile(&times, 0.90)),
        ms(percentile(&times, 0.99)),
        ms(percentile(&times, 1.0))
    );
    if let Some(cpu) = server_cpu {
        println!(
            "server thread: {} ms of CPU, {:.0} µs per request",
            cpu.as_millis(),
            cpu.as_secs_f64() * 1e6 / times.len() as f64
        );
    }
}

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let clients = args.next().and_then(Result::ok).unwrap_or(200);
    let per_client = args.next().and_then(Result::ok).unwrap_or(50);
    let server = serve_the_guide();
    let paths = Arc::new(paths(server.addr));
    println!(
        "{clients} clients × {per_client} requests over {} paths of the bundled guide",
        paths.len()
    );
    let cpu_before = thread_cpu("serve-http");
    let start = Instant::now();
    let results = load(server.addr, &paths, clients, per_client);
    let wall = start.elapsed();
    let server_cpu = cpu_before
        .zip(thread_cpu("serve-http"))
        .map(|(before, after)| after.saturating_sub(before));
    server.stop();
    report(&results, &paths, wall, server_cpu);
}
