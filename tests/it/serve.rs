//! `letterpress serve` as a user runs it: a child process on a free loopback port, driven over
//! plain HTTP, with files edited on disk the way editors save them.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use crate::support::Fixture;

/// A running `letterpress serve` and the lines it prints.
struct Serve {
    child: Child,
    port: u16,
    lines: Receiver<String>,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Serve {
    fn start(f: &Fixture, port: u16) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_letterpress"))
            .args(["serve", "--port", &port.to_string(), "--root"])
            .arg(f.root())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let mut s = Serve { child, port, lines };
        let line = s.wait_line(|l| l.starts_with("serving "));
        s.port = line
            .rsplit("127.0.0.1:")
            .next()
            .and_then(|p| p.split('/').next())
            .and_then(|p| p.parse().ok())
            .unwrap();
        s
    }

    /// Waits (up to 20 s) for a printed line matching `want`; returns it.
    fn wait_line(&mut self, want: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut seen = Vec::new();
        while Instant::now() < deadline {
            if let Ok(line) = self.lines.recv_timeout(Duration::from_millis(100)) {
                if want(&line) {
                    return line;
                }
                seen.push(line);
            }
        }
        panic!("no such line; saw:\n{}", seen.join("\n"));
    }

    /// Sends a GET for `target`; returns the whole response as bytes.
    fn request(&self, target: &str) -> Vec<u8> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        response
    }

    /// Sends `raw` exactly as it is; returns the whole response as text.
    fn send(&self, raw: &str) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream.write_all(raw.as_bytes()).unwrap();
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        String::from_utf8_lossy(&response).into_owned()
    }

    /// Sends a raw request line; returns (status, headers, body).
    fn raw(&self, target: &str) -> (u16, String, String) {
        let response = self.request(target);
        let text = String::from_utf8_lossy(&response).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        (status, head.to_lowercase(), body.to_string())
    }

    fn get(&self, path: &str) -> String {
        self.raw(path).2
    }

    /// The body of a `200` response as bytes (empty for any other status).
    fn raw_bytes(&self, target: &str) -> Vec<u8> {
        let response = self.request(target);
        match response.windows(4).position(|w| w == b"\r\n\r\n") {
            Some(end) if response.starts_with(b"HTTP/1.1 200") => response[end + 4..].to_vec(),
            _ => Vec::new(),
        }
    }

    /// Polls `path` until its body satisfies `ok` (generous bound: 20 s).
    fn until(&self, path: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let body = self.get(path);
            if ok(&body) {
                return body;
            }
            assert!(
                Instant::now() < deadline,
                "`{path}` never reached the expected state:\n{body}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

const ARTICLE: &str = "/en/guide/declining-an-offer/";

#[test]
fn pages_are_served_with_the_right_headers_and_live_reload() {
    let f = Fixture::new("basic");
    let s = Serve::start(&f, free_port());
    let (status, head, body) = s.raw(ARTICLE);
    assert_eq!(status, 200);
    assert!(
        head.contains("content-type: text/html; charset=utf-8"),
        "{head}"
    );
    assert!(body.contains(r#"<script src="/__letterpress/livereload.js" defer></script>"#));
    for (path, kind) in [
        ("/assets/letterpress.css", "text/css; charset=utf-8"),
        ("/assets/letterpress.js", "text/javascript; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
    ] {
        let (status, head, _) = s.raw(path);
        assert_eq!(status, 200, "{path}");
        assert!(
            head.contains(&format!("content-type: {kind}")),
            "{path}: {head}"
        );
    }
    let (status, _, body) = s.raw("/de/nicht-da/");
    assert_eq!(status, 404);
    assert!(
        body.contains("Seite nicht gefunden"),
        "the language's own 404 page"
    );
    let (status, head, _) = s.raw("/de/ratgeber");
    assert_eq!(status, 301);
    assert!(head.contains("location: /de/ratgeber/"));
    // The output folder is never written.
    assert!(!f.output().exists());
}

#[test]
fn ambiguous_requests_are_refused_and_every_reply_closes_its_connection() {
    let f = Fixture::new("basic");
    let s = Serve::start(&f, free_port());
    let (status, head, _) = s.raw(ARTICLE);
    assert_eq!(status, 200);
    assert!(head.contains("\r\nconnection: close"), "{head}");
    // Each body is a request of its own: answering it would answer a request nobody sent.
    let inner = "GET /en/ HTTP/1.1\r\nHost: localhost\r\n\r\n";
    let n = inner.len();
    for (what, fields) in [
        (
            "two different Content-Lengths",
            format!("Content-Length: 0\r\nContent-Length: {n}\r\n"),
        ),
        ("a negative Content-Length", "Content-Length: -1\r\n".into()),
        (
            "a folded header",
            format!("X-Note: first\r\n second\r\nContent-Length: {n}\r\n"),
        ),
        (
            "Transfer-Encoding and Content-Length",
            format!("Transfer-Encoding: chunked\r\nContent-Length: {n}\r\n"),
        ),
    ] {
        let reply = s.send(&format!(
            "GET {ARTICLE} HTTP/1.1\r\nHost: localhost\r\n{fields}\r\n{inner}"
        ));
        assert!(reply.starts_with("HTTP/1.1 400 "), "{what}: {reply}");
        assert_eq!(reply.matches("HTTP/1.1 ").count(), 1, "{what}: {reply}");
        assert!(
            reply.contains("\r\nConnection: close\r\n"),
            "{what}: {reply}"
        );
    }
}

/// The `Threads:` line of `/proc/<pid>/status`.
#[cfg(target_os = "linux")]
fn threads_of(pid: u32) -> usize {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn idle_connections_neither_add_threads_nor_block_requests() {
    let f = Fixture::new("basic");
    let s = Serve::start(&f, free_port());
    let idle: Vec<TcpStream> = (0..300)
        .map(|_| TcpStream::connect(("127.0.0.1", s.port)).unwrap())
        .collect();
    // Accepted after all of them: once it is answered, the server has seen every idle one.
    let (status, _, body) = s.raw("/en/");
    assert_eq!(status, 200);
    assert!(body.contains("Home en"));
    let pid = s.child.id();
    let threads = threads_of(pid);
    assert!(
        threads < 64,
        "{threads} threads with {} idle connections",
        idle.len()
    );
    // The connection limit (256 by default) holds: the oldest idle ones were closed.
    let files = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .unwrap()
        .count();
    assert!(files < idle.len(), "{files} open files");
}

#[test]
fn saving_an_article_updates_the_served_page_and_announces_a_reload() {
    let f = Fixture::new("basic");
    let mut s = Serve::start(&f, free_port());
    // Listen for live-reload events.
    let mut events = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
    write!(
        events,
        "GET /__letterpress/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let (event_tx, event_rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        let mut seen = String::new();
        while let Ok(n) = events.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            if seen.contains("event: reload") {
                let _ = event_tx.send(seen.clone());
                break;
            }
        }
    });
    std::thread::sleep(Duration::from_millis(300));

    let path = f.root().join("content/en/guide/decline.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("She said", "Edited: she said")).unwrap();
    s.until(ARTICLE, |b| b.contains("Edited: she said"));
    let line = s.wait_line(|l| l.contains("content/en/guide/decline.md") && l.contains("rendered"));
    assert!(line.contains(" of ") && line.ends_with(" ms"), "{line}");
    let announced = event_rx
        .recv_timeout(Duration::from_secs(20))
        .expect("a reload event");
    assert!(
        announced.contains("content-type: text/event-stream")
            || announced.contains("Content-Type: text/event-stream"),
        "{announced}"
    );

    // An editor's atomic save: write a temporary file, then rename it over the article.
    let tmp = f.root().join("content/en/guide/.decline.md.swp");
    std::fs::write(&tmp, text.replace("She said", "Renamed: she said")).unwrap();
    std::fs::rename(&tmp, &path).unwrap();
    s.until(ARTICLE, |b| b.contains("Renamed: she said"));

    // A new article, then its deletion.
    std::fs::write(
        f.root().join("content/en/guide/new.md"),
        "---\ntitle: Brand new\ndescription: D\n---\nFresh text.\n",
    )
    .unwrap();
    s.until("/en/guide/new/", |b| b.contains("Fresh text."));
    assert!(
        s.get("/en/guide/").contains("Brand new"),
        "the section's list shows it"
    );
    std::fs::remove_file(f.root().join("content/en/guide/new.md")).unwrap();
    s.until("/en/guide/", |b| !b.contains("Brand new"));
}

#[test]
fn a_broken_file_shows_an_overlay_until_it_is_fixed() {
    let f = Fixture::new("basic");
    let mut s = Serve::start(&f, free_port());
    let path = f.root().join("content/de/guide/decline.md");
    let good = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        good.replace("title: Ein Angebot ablehnen", "titel: Ein Angebot ablehnen"),
    )
    .unwrap();
    let page = s.until("/de/ratgeber/angebot-ablehnen/", |b| {
        b.contains("letterpress-error")
    });
    assert!(
        page.contains("content/de/guide/decline.md:2:1: unknown field `titel`"),
        "{page}"
    );
    assert!(
        page.contains("Sie sagte „danke“"),
        "the last good page is still served"
    );
    s.wait_line(|l| l.contains("does not build"));
    // Other pages carry the overlay too, and the server keeps answering.
    assert!(s.get("/en/").contains("letterpress-error"));
    std::fs::write(&path, &good).unwrap();
    s.until("/de/ratgeber/angebot-ablehnen/", |b| {
        !b.contains("letterpress-error")
    });
    // A broken Fluent file and template behave the same way.
    let ftl = f.root().join("locales/de/ui.ftl");
    let ui = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, format!("{ui}\nbroken = {{ $x\n")).unwrap();
    let page = s.until("/de/", |b| b.contains("letterpress-error"));
    assert!(page.contains("locales/de/ui.ftl:"), "{page}");
    std::fs::write(&ftl, &ui).unwrap();
    s.until("/de/", |b| !b.contains("letterpress-error"));
}

#[test]
fn a_deeply_nested_fluent_edit_shows_the_overlay_and_the_server_survives() {
    let f = Fixture::new("basic");
    let mut s = Serve::start(&f, free_port());
    let ftl = f.root().join("locales/en/deep.ftl");
    let deep = format!(
        "deep = {}\"x\"{}\n",
        "{ ".repeat(50_000),
        " }".repeat(50_000)
    );
    std::fs::write(&ftl, deep).unwrap();
    let page = s.until("/en/", |b| b.contains("letterpress-error"));
    assert!(
        page.contains("locales/en/deep.ftl:1:48: placeables"),
        "{page}"
    );
    s.wait_line(|l| l.contains("does not build"));
    std::fs::remove_file(&ftl).unwrap();
    s.until("/en/", |b| !b.contains("letterpress-error"));
}

#[test]
fn requests_outside_the_site_are_refused() {
    let f = Fixture::new("basic");
    std::fs::write(f.root().join("secret.txt"), "top secret").unwrap();
    let s = Serve::start(&f, free_port());
    for target in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/en/%2E%2E/%2E%2E/secret.txt",
        "/en/..%2f..%2fsecret.txt",
        "/..\\secret.txt",
        "/%5c..%5csecret.txt",
        "//etc/passwd",
        "/C:/Windows/win.ini",
        "/%00",
    ] {
        let (status, _, body) = s.raw(target);
        assert!(status == 400 || status == 404, "{target}: {status}");
        assert!(
            !body.contains("top secret") && !body.contains("root:"),
            "{target}"
        );
    }
    let (status, _, _) = s.raw("/site.yaml");
    assert_eq!(
        status, 404,
        "only the built site is served, never the sources"
    );
}

#[test]
fn a_second_server_takes_the_next_free_port_and_ctrl_c_stops_cleanly() {
    let f = Fixture::new("basic");
    let port = free_port();
    let first = Serve::start(&f, port);
    let mut second = Serve::start(&f, port);
    assert_ne!(first.port, second.port);
    assert!(second.get("/en/").contains("Home en"));
    // Ctrl-C.
    let pid = second.child.id().to_string();
    Command::new("kill").args(["-INT", &pid]).status().unwrap();
    second.wait_line(|l| l == "stopped");
    let status = second.child.wait().unwrap();
    assert!(status.success(), "{status}");
}

#[tokio::test(flavor = "current_thread")]
async fn a_live_reload_keeps_the_page_and_what_the_reader_typed() {
    let Some(b) = crate::browser::Browser::start(true).await else {
        return;
    };
    let f = Fixture::new("basic");
    let mut s = Serve::start(&f, free_port());
    b.goto(&format!(
        "http://127.0.0.1:{}/de/letters/kurze-notiz/",
        s.port
    ))
    .await;
    b.type_into("contact", "Jensen").await;
    b.js("window.__beforeReload = true", vec![]).await;
    // Edit only once the page listens for reloads, or the edit's reload could pass it by.
    let deadline = Instant::now() + Duration::from_secs(20);
    while b
        .js(
            "return document.documentElement.getAttribute('data-livereload')",
            vec![],
        )
        .await
        != serde_json::json!("connected")
    {
        assert!(Instant::now() < deadline, "live reload never connected");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let path = f.root().join("locales/de/letters/note.ftl");
    let ftl = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, ftl.replace("Notiz für", "Kurznotiz für")).unwrap();
    s.wait_line(|l| l.contains("note.ftl") && l.contains("rendered"));
    // Give the reload time to happen; talking to the page while it navigates can stall
    // chromedriver (for its 30 s page-load timeout), so poll gently, tolerate errors meanwhile
    // and allow for more than one stall.
    let deadline = Instant::now() + Duration::from_secs(90);
    let mut subject = String::new();
    loop {
        tokio::time::sleep(Duration::from_millis(700)).await;
        let state = b
            .client
            .execute(
                "return [window.__beforeReload === undefined, document.readyState, (document.querySelector('[data-part=subject]') || {}).textContent, location.pathname]",
                vec![],
            )
            .await;
        if let Ok(v) = state
            && v[0] == serde_json::json!(true)
            && v[1] == "complete"
        {
            subject = v[2].as_str().unwrap_or_default().to_string();
            assert_eq!(v[3], "/de/letters/kurze-notiz/", "same page");
            // The new text, with what the reader typed restored into it.
            if subject == "Kurznotiz für Jensen" {
                break;
            }
        }
        assert!(
            Instant::now() < deadline,
            "the page did not reload with the new text and the reader's input: {subject:?}"
        );
    }
}

#[test]
fn bursts_of_saves_and_a_new_language_end_in_the_right_state() {
    let f = Fixture::new("basic");
    let s = Serve::start(&f, free_port());
    let path = f.root().join("content/en/guide/decline.md");
    let text = std::fs::read_to_string(&path).unwrap();
    for n in 0..10 {
        std::fs::write(
            &path,
            text.replace("She said", &format!("Burst {n}: she said")),
        )
        .unwrap();
        std::thread::sleep(Duration::from_millis(3));
    }
    s.until(ARTICLE, |b| b.contains("Burst 9: she said"));

    // A fifth language appears while serving: configuration, strings and content.
    let config = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    std::fs::create_dir_all(f.root().join("locales/fr")).unwrap();
    let ui = std::fs::read_to_string(f.root().join("locales/en/ui.ftl")).unwrap();
    std::fs::write(
        f.root().join("locales/fr/ui.ftl"),
        ui.replace("Skip to content", "Aller au contenu"),
    )
    .unwrap();
    std::fs::create_dir_all(f.root().join("content/fr")).unwrap();
    std::fs::write(
        f.root().join("content/fr/_index.md"),
        "---\ntitle: Accueil\ndescription: D\n---\nBienvenue.\n",
    )
    .unwrap();
    std::fs::write(
        f.root().join("site.yaml"),
        format!("{config}  fr:\n    name: Français\n"),
    )
    .unwrap();
    let home = s.until("/fr/", |b| b.contains("Bienvenue."));
    assert!(home.contains("Aller au contenu"));
    assert!(
        s.get(ARTICLE).contains(r#"hreflang="fr""#),
        "other pages gain the new language"
    );
}

/// The served search bundle's entry: language → (page count, index hash).
fn entry(s: &Serve) -> std::collections::BTreeMap<String, (u64, String)> {
    let body = s.get("/pagefind/pagefind-entry.json");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
    v["languages"]
        .as_object()
        .map(|l| {
            l.iter()
                .map(|(k, v)| {
                    let count = v["page_count"].as_u64().unwrap_or(0);
                    (
                        k.clone(),
                        (count, v["hash"].as_str().unwrap_or("").to_string()),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Does any served fragment of `lang` contain `word`? (Fragments are gzip'd JSON.)
fn fragment_contains(s: &Serve, lang: &str, word: &str) -> bool {
    // The fragment names are in the language's meta file (gzip'd as well).
    let meta_hash = entry(s)
        .get(lang)
        .map(|(_, h)| h.clone())
        .unwrap_or_default();
    let meta = s.raw_bytes(&format!("/pagefind/pagefind.{meta_hash}.pf_meta"));
    let meta = gunzip(&meta);
    // Page (fragment) names are `<lang>_` and seven hex digits.
    let text = String::from_utf8_lossy(&meta);
    let prefix = format!("{lang}_");
    let names: Vec<String> = text
        .match_indices(&prefix)
        .filter_map(|(i, _)| text.get(i..i + prefix.len() + 7))
        .filter(|n| n[prefix.len()..].chars().all(|c| c.is_ascii_hexdigit()))
        .map(String::from)
        .collect();
    assert!(!names.is_empty(), "no pages in the `{lang}` meta file");
    names.iter().any(|name| {
        let bytes = s.raw_bytes(&format!("/pagefind/fragment/{name}.pf_fragment"));
        !bytes.is_empty() && String::from_utf8_lossy(&gunzip(&bytes)).contains(word)
    })
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let _ = flate2::read::GzDecoder::new(bytes).read_to_end(&mut out);
    out
}

#[test]
fn the_search_index_follows_edits() {
    let f = Fixture::new("basic");
    let mut s = Serve::start(&f, free_port());
    s.wait_line(|l| l.starts_with("search index: "));
    let before = entry(&s);
    let (en_pages, en_hash) = before.get("en").cloned().expect("an English index");
    assert!(en_pages > 0);
    assert!(!fragment_contains(&s, "en", "Quokkaesque"));

    // A text edit: the page is served at once, its index follows.
    let path = f.root().join("content/en/guide/decline.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("She said", "Quokkaesque, she said")).unwrap();
    s.until(ARTICLE, |b| b.contains("Quokkaesque"));
    let deadline = Instant::now() + Duration::from_secs(30);
    while entry(&s).get("en").map(|e| &e.1) == Some(&en_hash) {
        assert!(Instant::now() < deadline, "the index never changed");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(fragment_contains(&s, "en", "Quokkaesque"));
    assert_eq!(
        entry(&s)["de"],
        before["de"],
        "other languages are unchanged"
    );
    let line = s.wait_line(|l| l.starts_with("search index: ") && !l.contains(" 4 of 4 "));
    assert!(
        line.contains(" 1 of 4 languages indexed again"),
        "only English is indexed again: {line}"
    );

    // A new article is added to its language's index.
    f.write(
        "content/en/guide/new.md",
        "---\ntitle: Brand new\ndescription: Fresh\n---\nA wombat-shaped paragraph.\n",
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while entry(&s).get("en").map(|e| e.0) != Some(en_pages + 1) {
        assert!(Instant::now() < deadline, "the new page was never indexed");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(fragment_contains(&s, "en", "wombat-shaped"));
}

#[test]
fn serve_shows_a_site_fresh_from_init() {
    let f = Fixture::empty();
    let (code, _, stderr) = crate::support::letterpress(&[
        "init".as_ref(),
        f.root().as_os_str(),
        "--languages".as_ref(),
        "de,en".as_ref(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let s = Serve::start(&f, free_port());
    let (status, _, body) = s.raw("/de/ratgeber/erster-artikel/");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("Ihr erster Artikel"), "{body}");
    assert!(
        body.contains("data-letter=\"thank-you\""),
        "the sample letter is on the page"
    );
    let (status, _, body) = s.raw("/en/guide/first-article/");
    assert_eq!(status, 200);
    assert!(body.contains("Your first article"));
}

#[test]
fn new_and_changed_images_and_static_files_are_served_at_once() {
    let f = Fixture::new("basic");
    let png = |width: u32, tag: &str| {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bytes.extend(width.to_be_bytes());
        bytes.extend(10u32.to_be_bytes());
        bytes.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
        bytes.extend(tag.as_bytes());
        bytes
    };
    f.write("content/en/guide/shot.png", png(100, "first"));
    let article = f.read_source("content/en/guide/decline.md");
    f.write(
        "content/en/guide/decline.md",
        format!("{article}\n![s](shot.png)\n"),
    );
    let s = Serve::start(&f, free_port());
    assert_eq!(s.raw_bytes("/en/guide/shot.png"), png(100, "first"));
    let wait = |path: &str, want: &[u8]| {
        let deadline = Instant::now() + Duration::from_secs(20);
        while s.raw_bytes(path) != want {
            assert!(Instant::now() < deadline, "`{path}` was never updated");
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    // The image changes size: the file and the page that shows it follow.
    f.write("content/en/guide/shot.png", png(300, "second"));
    wait("/en/guide/shot.png", &png(300, "second"));
    s.until(ARTICLE, |b| b.contains("width=\"300\""));
    // A German screenshot, for a German page that starts to show it.
    f.write("content/de/guide/shot.png", png(200, "de"));
    let de = f.read_source("content/de/guide/decline.md");
    f.write(
        "content/de/guide/decline.md",
        format!("{de}\n![s](shot.png)\n"),
    );
    wait("/de/ratgeber/shot.png", &png(200, "de"));
    // A new static file.
    f.write("static/files/hello.txt", "hello");
    wait("/files/hello.txt", b"hello");
}
