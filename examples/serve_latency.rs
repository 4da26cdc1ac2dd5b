//! Benchmark of `serve` end to end: from saving one article to the new page being served.
//! Starts the server in-process on a site, edits an article on disk several times and polls the
//! page until the edit shows.
//!
//! ```sh
//! cargo run --release --example synth -- --articles 2500 --out /tmp/synth
//! cargo run --release --example serve_latency -- /tmp/synth
//! ```

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

fn get(addr: std::net::SocketAddr, path: &str) -> String {
    let Ok(mut s) = TcpStream::connect(addr) else {
        return String::new();
    };
    let _ = write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    );
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

fn main() {
    let Some(root) = std::env::args().nth(1).map(std::path::PathBuf::from) else {
        eprintln!("usage: serve_latency <site folder>");
        std::process::exit(2);
    };
    let options = letterpress::serve::ServeOptions {
        root: root.clone(),
        bind: [127, 0, 0, 1].into(),
        port: 3111,
        compile: Default::default(),
        http: Default::default(),
    };
    let server = match letterpress::serve::start(
        &options,
        std::sync::Arc::new(|line: &str| eprintln!("{line}")),
    ) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let file = root.join("content/en/section-01/article-00001.md");
    let original = std::fs::read_to_string(&file).unwrap_or_default();
    let slug = original
        .lines()
        .find_map(|l| l.strip_prefix("slug:"))
        .map(str::trim)
        .unwrap_or("article-00001");
    let page = format!("/en/section-01/{slug}/");
    let mut times = Vec::new();
    for round in 0..10 {
        let marker = format!("Latency marker {round}.");
        let edited = original.replacen("\n## ", &format!("\n{marker}\n\n## "), 1);
        std::thread::sleep(Duration::from_millis(300));
        let start = Instant::now();
        std::fs::write(&file, edited).unwrap_or_default();
        loop {
            if get(server.addr, &page).contains(&marker) {
                break;
            }
            if start.elapsed() > Duration::from_secs(10) {
                eprintln!("timed out");
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        times.push(start.elapsed());
    }
    std::fs::write(&file, original).unwrap_or_default();
    times.sort();
    println!(
        "save → served: min {:?}, median {:?}, max {:?} (page {page})",
        times[0],
        times[times.len() / 2],
        times[times.len() - 1]
    );
    server.stop();
}
