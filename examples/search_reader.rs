//! What search costs a reader: serves built sites, opens their search pages in headless
//! Chromium (needs chromium and chromedriver) and searches; counts the requests for files of
//! `pagefind/` and their bytes, for the first search of a page (which loads Pagefind and the
//! language's index) and for each search after it on the same page. With two sites (the same
//! content built two ways), also compares their results.
//!
//! ```sh
//! cargo run --release --example search_reader -- OUT_A [OUT_B] -- en:offer zh:撤回 …
//! ```
//!
//! Each `lang:query` group is searched on that language's search page: the first query of a
//! language on a freshly opened page, the next ones typed into it.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};
use serde_json::{Value, json};

/// Requests for files below `pagefind/` since the last reset: (path, bytes).
type Log = Arc<Mutex<Vec<(String, usize)>>>;

/// Serves `dir` on a loopback port; returns the base URL and the request log.
fn serve(dir: PathBuf) -> (String, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let log: Log = Arc::default();
    let shared = Arc::clone(&log);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let (dir, log) = (dir.clone(), Arc::clone(&shared));
            std::thread::spawn(move || {
                let mut line = String::new();
                let mut reader = BufReader::new(&stream);
                if reader.read_line(&mut line).is_err() {
                    return;
                }
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                        break;
                    }
                }
                let target = line.split_whitespace().nth(1).unwrap_or("/");
                let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
                let mut file = dir.join(path.trim_start_matches('/'));
                if file.is_dir() {
                    file = file.join("index.html");
                }
                let (status, body) = match std::fs::read(&file) {
                    Ok(body) if !path.contains("..") => ("200 OK", body),
                    _ => ("404 Not Found", b"not found".to_vec()),
                };
                let kind = match file.extension().and_then(|e| e.to_str()) {
                    Some("html") => "text/html; charset=utf-8",
                    Some("js") => "text/javascript",
                    Some("css") => "text/css",
                    Some("json") => "application/json",
                    _ => "application/octet-stream",
                };
                if path.contains("/pagefind/") {
                    log.lock().unwrap().push((path.clone(), body.len()));
                }
                let head = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
                     Cache-Control: no-store\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
            });
        }
    });
    (format!("http://127.0.0.1:{port}/"), log)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Starts chromedriver and a headless Chromium session.
async fn browser() -> (Client, std::process::Child) {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut driver = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let profile = std::env::temp_dir().join(format!("search-reader-{}", std::process::id()));
    let options = json!({
        "binary": "/usr/bin/chromium",
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--no-first-run",
                 format!("--user-data-dir={}", profile.display())],
    });
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".into(), options);
    for _ in 0..100 {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        if let Ok(client) = ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            return (client, driver);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = driver.kill();
    let _ = driver.wait();
    panic!("cannot connect to chromedriver");
}

/// Waits until the search page shows the results for `query`; gives their paths.
async fn results(client: &Client, base: &str, query: &str) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let v = client
            .execute(
                "const panel = document.getElementById('search-page-results');\
                 if (!panel || panel.hidden || panel.getAttribute('data-query') !== arguments[0]) return null;\
                 return Array.from(panel.querySelectorAll('[data-search-list] > li > a')).map(a => a.href);",
                vec![json!(query)],
            )
            .await
            .unwrap();
        if let Value::Array(links) = v {
            return links
                .iter()
                .filter_map(|l| l.as_str())
                .map(|l| l.strip_prefix(base).unwrap_or(l).to_string())
                .collect();
        }
        assert!(Instant::now() < deadline, "no results for {query}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// (requests, bytes) in the log, emptying it.
fn take(log: &Log) -> (usize, usize) {
    let mut log = log.lock().unwrap();
    let counted = (log.len(), log.iter().map(|(_, b)| b).sum());
    log.clear();
    counted
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let split = args.iter().position(|a| a == "--").unwrap_or(args.len());
    let sites: Vec<PathBuf> = args[..split].iter().map(PathBuf::from).collect();
    let mut queries: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for q in args.get(split + 1..).unwrap_or_default() {
        let (lang, query) = q.split_once(':').expect("lang:query");
        queries
            .entry(lang.to_string())
            .or_default()
            .push(query.to_string());
    }
    if sites.is_empty() || queries.is_empty() {
        eprintln!("usage: search_reader OUT_A [OUT_B] -- lang:query …");
        std::process::exit(2);
    }
    let (client, mut driver) = browser().await;
    // site → (lang, query) → results
    let mut found: Vec<BTreeMap<(String, String), Vec<String>>> = Vec::new();
    for site in &sites {
        let (base, log) = serve(site.clone());
        let mut seen = BTreeMap::new();
        println!("{}", site.display());
        for (lang, list) in &queries {
            let (mut requests, mut bytes) = (0, 0);
            for (i, query) in list.iter().enumerate() {
                take(&log);
                if i == 0 {
                    let url = format!("{base}{lang}/search/?q={}", urlencode(query));
                    client.goto(&url).await.unwrap();
                } else {
                    client
                        .execute(
                            "const input = document.getElementById('search-page');\
                             input.value = arguments[0];\
                             input.dispatchEvent(new Event('input', {bubbles: true}));",
                            vec![json!(query)],
                        )
                        .await
                        .unwrap();
                }
                let shown = results(&client, &base, query).await;
                // Fragments are loaded for the results shown; give them a moment to finish.
                tokio::time::sleep(Duration::from_millis(300)).await;
                let (r, b) = take(&log);
                println!(
                    "  {lang} {:<14} {}: {r:>3} requests, {:>6.1} KiB, {} results shown",
                    query,
                    if i == 0 { "first" } else { "next " },
                    b as f64 / 1024.0,
                    shown.len()
                );
                if i > 0 {
                    requests += r;
                    bytes += b;
                }
                seen.insert((lang.clone(), query.clone()), shown);
            }
            if list.len() > 1 {
                let n = (list.len() - 1) as f64;
                println!(
                    "  {lang} later searches: {:.1} requests, {:.1} KiB each on average",
                    requests as f64 / n,
                    bytes as f64 / 1024.0 / n
                );
            }
        }
        found.push(seen);
    }
    if let [a, b] = &found[..] {
        println!(
            "results of {} vs {}:",
            sites[0].display(),
            sites[1].display()
        );
        for (key, first) in a {
            let second = &b[key];
            let same_set = {
                let (mut x, mut y) = (first.clone(), second.clone());
                x.sort();
                y.sort();
                x == y
            };
            let top = |v: &Vec<String>, n: usize| v.iter().take(n).cloned().collect::<Vec<_>>();
            let overlap = |n: usize| {
                top(first, n)
                    .iter()
                    .filter(|p| top(second, n).contains(p))
                    .count()
            };
            println!(
                "  {} {:<14} {} shown / {} shown, same pages: {same_set}, same first: {}, top 5 shared: {}/5, top 10 shared: {}/10",
                key.0,
                key.1,
                first.len(),
                second.len(),
                first.first() == second.first(),
                overlap(5),
                overlap(10)
            );
        }
    }
    let _ = client.close().await;
    let _ = driver.kill();
    let _ = driver.wait();
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
