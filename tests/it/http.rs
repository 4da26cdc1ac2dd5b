//! A minimal static file server for browser tests: serves a folder on 127.0.0.1 with a strict
//! `Content-Security-Policy: script-src 'self'`, so every page is tested the way a careful host
//! would serve it. Search additionally needs `'wasm-unsafe-eval'` (see [`SEARCH_CSP`]).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;

/// The strict policy every page must work under.
pub const STRICT_CSP: &str = "script-src 'self'; object-src 'none'";

/// The policy the README recommends with search on: Pagefind's WebAssembly may be compiled,
/// scripts still only come from the site (no inline scripts, no `eval`).
pub const SEARCH_CSP: &str = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";

/// Serves `dir` with [`STRICT_CSP`]; returns the base URL (`http://127.0.0.1:PORT/`).
pub fn serve(dir: PathBuf) -> String {
    serve_with(dir, STRICT_CSP)
}

/// Serves `dir` in a background thread with the policy `csp`.
pub fn serve_with(dir: PathBuf, csp: &'static str) -> String {
    serve_under(dir, csp, "/")
}

/// Serves `dir` at the URL path `prefix` (e.g. `/sub/guide/`) with the policy `csp`; every other
/// path is a 404, as on a host where the site is one project among others.
pub fn serve_under(dir: PathBuf, csp: &'static str, prefix: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let dir = dir.clone();
            std::thread::spawn(move || {
                let mut request_line = String::new();
                let mut reader = BufReader::new(&stream);
                if reader.read_line(&mut request_line).is_err() {
                    return;
                }
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                        break;
                    }
                }
                let target = request_line.split_whitespace().nth(1).unwrap_or("/");
                let path = target.split(['?', '#']).next().unwrap_or("/");
                let decoded = percent_decode(path);
                let mut file = match decoded.strip_prefix(prefix) {
                    Some(rest) => dir.join(rest),
                    None => dir.join("__outside_the_prefix__"),
                };
                if decoded.contains("..") {
                    file = dir.join("__forbidden__");
                }
                if file.is_dir() {
                    file = file.join("index.html");
                }
                let (status, body, kind) = match std::fs::read(&file) {
                    Ok(b) => ("200 OK", b, content_type(&file)),
                    Err(_) => (
                        "404 Not Found",
                        b"not found".to_vec(),
                        "text/plain; charset=utf-8",
                    ),
                };
                let head = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nContent-Security-Policy: {csp}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
            });
        }
    });
    format!("http://127.0.0.1:{port}{prefix}")
}

fn content_type(path: &std::path::Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("xml") => "application/xml; charset=utf-8",
        Some("json") => "application/json; charset=utf-8",
        Some("svg") => "image/svg+xml",
        _ => "text/plain; charset=utf-8",
    }
}

/// Decodes `%XX` escapes (UTF-8), as the library does.
pub fn percent_decode(s: &str) -> String {
    letterpress::link::percent_decode(s).unwrap_or_default()
}
