//! How `serve` answers a request: path safety, content types, index files, the language's 404
//! page, the live-reload script and error overlay injected into HTML, and the bytes of a reply's
//! head and of live-reload events. Pure: a parsed request and the served site in, a response
//! out; it never touches a socket (that is `net.rs`).

use std::collections::HashMap;
use std::sync::Arc;

use super::request::{Method, Rejection, Request};
use crate::output::Output;

/// URL prefix of the dev server's own files (never part of a built site).
pub const PREFIX: &str = "/__letterpress/";
const LIVERELOAD: &str = include_str!("livereload.js");
const OVERLAY_CSS: &str = include_str!("overlay.css");
/// The live-reload stream (Server-Sent Events).
const EVENTS: &str = "/__letterpress/events";

/// The head of a live-reload stream and the reconnection delay it asks for. Its body lasts as
/// long as the connection, so the connection is closed after it like after any other reply.
pub const STREAM_HEAD: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n\r\nretry: 500\n\n";
/// Written to a quiet live-reload stream now and then, so that a vanished client is noticed.
pub const KEEP_ALIVE: &str = ": keep-alive\n\n";

/// A message for live-reload clients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The site was rebuilt (its version).
    Reload(u64),
    /// The latest change does not build: the errors as text.
    Error(String),
}

impl Event {
    /// The event as Server-Sent Events text.
    pub fn to_sse(&self) -> String {
        match self {
            Event::Reload(version) => format!("event: reload\ndata: {version}\n\n"),
            Event::Error(text) => {
                let json = serde_json::json!({ "message": text }).to_string();
                format!("event: error-report\ndata: {json}\n\n")
            }
        }
    }
}

/// What to do with a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Reply(Reply),
    /// Open a live-reload stream.
    Stream,
}

/// What is being served: the last good build and, if the latest build failed, its errors.
#[derive(Debug, Default, Clone)]
pub struct Served {
    pub files: HashMap<String, Output>,
    /// Language codes, to pick the right 404 page.
    pub languages: Vec<String>,
    pub error: Option<String>,
}

impl Served {
    pub fn new(outputs: &[Output], languages: Vec<String>) -> Served {
        Served {
            files: outputs
                .iter()
                .map(|o| (o.path.clone(), o.clone()))
                .collect(),
            languages,
            error: None,
        }
    }
}

/// A response, before it goes on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Arc<[u8]>,
    /// `Location` of a redirect.
    pub location: Option<String>,
}

impl Reply {
    /// A plain-text reply.
    pub fn text(status: u16, body: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: Arc::from(body.as_bytes()),
            location: None,
        }
    }

    /// The answer to a request that could not be parsed.
    pub fn rejection(rejection: Rejection) -> Reply {
        Reply::text(
            rejection.status,
            &format!("{}: {}", reason_phrase(rejection.status), rejection.reason),
        )
    }

    /// The status line and header fields of this reply. `Content-Length` is the body's length
    /// (also when answering HEAD, which sends no body), and every connection is closed after
    /// its reply: the live-reload stream keeps its own connection open, and short-lived ones
    /// keep the browser's per-host connection limit free for it.
    pub fn head(&self) -> Vec<u8> {
        let mut head = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
            self.status,
            reason_phrase(self.status),
            self.content_type,
            self.body.len()
        );
        if let Some(location) = &self.location {
            head.push_str(&format!("Location: {location}\r\n"));
        }
        if self.status == 405 {
            head.push_str("Allow: GET, HEAD\r\n");
        }
        head.push_str("\r\n");
        head.into_bytes()
    }
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}

/// Answers a well-formed request: a file of the site, a live-reload stream, or an error.
pub fn answer(served: &Served, request: &Request) -> Answer {
    let path = request.target.split('?').next().unwrap_or_default();
    match request.method {
        Method::Other => return Answer::Reply(Reply::text(405, "method not allowed")),
        Method::Get if path == EVENTS => return Answer::Stream,
        Method::Head if path == EVENTS => {
            return Answer::Reply(Reply {
                content_type: "text/event-stream; charset=utf-8",
                ..Reply::text(200, "")
            });
        }
        Method::Get | Method::Head => {}
    }
    if served.files.is_empty() && served.error.is_some() {
        // The first build failed: nothing to show but the overlay.
        let page = "<!DOCTYPE html><html lang=\"en\"><head><title>letterpress</title></head><body></body></html>";
        return Answer::Reply(Reply {
            content_type: "text/html; charset=utf-8",
            body: Arc::from(inject(page, served.error.as_deref()).into_bytes()),
            ..Reply::text(503, "")
        });
    }
    Answer::Reply(respond(served, &request.target))
}

/// The `Content-Type` of a path, with `charset=utf-8` for text.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "svg" => "image/svg+xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "avif" => "image/avif",
        "bmp" => "image/bmp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

/// The file a request path names, or why it may not be served.
fn resolve(raw: &str) -> Result<String, u16> {
    let path = raw.split(['?', '#']).next().unwrap_or("/");
    if !path.starts_with('/') || path.contains('\\') {
        return Err(400);
    }
    let decoded = crate::link::urls::percent_decode(path).ok_or(400u16)?;
    if decoded.contains('\\') || decoded.contains('\0') || decoded.starts_with("//") {
        return Err(400);
    }
    let mut parts = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return Err(400),
            s if s.contains(':') => return Err(400),
            s => parts.push(s),
        }
    }
    let mut rel = parts.join("/");
    if decoded.ends_with('/') || rel.is_empty() {
        if !rel.is_empty() {
            rel.push('/');
        }
        rel.push_str("index.html");
    }
    Ok(rel)
}

/// Answers a GET of `raw_path`.
pub fn respond(served: &Served, raw_path: &str) -> Reply {
    if let Some(own) = raw_path.strip_prefix(PREFIX) {
        return match own.split('?').next().unwrap_or("") {
            "livereload.js" => Reply {
                status: 200,
                content_type: content_type(".js"),
                body: Arc::from(LIVERELOAD.as_bytes()),
                location: None,
            },
            "overlay.css" => Reply {
                status: 200,
                content_type: content_type(".css"),
                body: Arc::from(OVERLAY_CSS.as_bytes()),
                location: None,
            },
            _ => Reply::text(404, "not found"),
        };
    }
    let rel = match resolve(raw_path) {
        Ok(rel) => rel,
        Err(status) => return Reply::text(status, "bad request"),
    };
    if let Some(file) = served.files.get(&rel) {
        return finish(served, 200, &rel, &file.contents);
    }
    // A folder without its trailing slash: relative links need it.
    if served.files.contains_key(&format!("{rel}/index.html")) {
        let path = raw_path.split('?').next().unwrap_or(raw_path);
        return Reply {
            status: 301,
            content_type: "text/plain; charset=utf-8",
            body: Arc::from(&b"moved"[..]),
            location: Some(format!("{path}/")),
        };
    }
    let lang = rel
        .split('/')
        .next()
        .filter(|first| served.languages.iter().any(|l| l == first));
    let not_found = lang
        .map(|l| format!("{l}/404.html"))
        .unwrap_or_else(|| "404.html".to_string());
    match served.files.get(&not_found) {
        Some(file) => finish(served, 404, &not_found, &file.contents),
        None => Reply::text(404, "not found"),
    }
}

fn finish(served: &Served, status: u16, rel: &str, body: &Arc<[u8]>) -> Reply {
    let content_type = content_type(rel);
    if !rel.ends_with(".html") {
        return Reply {
            status,
            content_type,
            body: Arc::clone(body),
            location: None,
        };
    }
    Reply {
        status,
        content_type,
        body: Arc::from(
            inject(&String::from_utf8_lossy(body), served.error.as_deref()).into_bytes(),
        ),
        location: None,
    }
}

/// Adds the live-reload script, and the error overlay when the latest build failed.
pub fn inject(html: &str, error: Option<&str>) -> String {
    let script = format!(
        "<script src=\"{PREFIX}livereload.js\" defer></script>\n<link rel=\"stylesheet\" href=\"{PREFIX}overlay.css\">\n"
    );
    let mut out = match html.find("</head>") {
        Some(i) => format!("{}{script}{}", &html[..i], &html[i..]),
        None => format!("{script}{html}"),
    };
    if let Some(error) = error {
        let overlay = format!(
            "<div id=\"letterpress-error\" role=\"alert\"><p class=\"letterpress-error-title\">letterpress: the last change does not build; showing the last good version</p><pre>{}</pre></div>\n",
            crate::render::markdown::escape_attr(error)
        );
        if let Some(i) = out.find("<body>") {
            out.insert_str(i + "<body>".len(), &format!("\n{overlay}"));
        } else {
            out.push_str(&overlay);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Served {
        let outputs = vec![
            Output::text(
                "index.html",
                "<html><head></head><body>root</body></html>".into(),
            ),
            Output::text(
                "de/index.html",
                "<html><head></head><body>de</body></html>".into(),
            ),
            Output::text(
                "de/404.html",
                "<html><head></head><body>de 404</body></html>".into(),
            ),
            Output::text(
                "404.html",
                "<html><head></head><body>404</body></html>".into(),
            ),
            Output::text("assets/a.css", "p{}".into()),
        ];
        Served::new(&outputs, vec!["de".into()])
    }

    #[test]
    fn serves_index_files_types_and_404_pages() {
        let s = site();
        let r = respond(&s, "/de/");
        assert_eq!(
            (r.status, r.content_type),
            (200, "text/html; charset=utf-8")
        );
        assert!(String::from_utf8_lossy(&r.body).contains("livereload.js"));
        assert_eq!(
            respond(&s, "/assets/a.css").content_type,
            "text/css; charset=utf-8"
        );
        assert_eq!(respond(&s, "/de").location.as_deref(), Some("/de/"));
        assert_eq!(content_type("de/a/Shot.PNG"), "image/png");
        assert_eq!(content_type("de/a/form.pdf"), "application/pdf");
        let missing = respond(&s, "/de/nope/");
        assert_eq!(missing.status, 404);
        assert!(String::from_utf8_lossy(&missing.body).contains("de 404"));
        assert!(String::from_utf8_lossy(&respond(&s, "/x").body).contains(">404<"));
    }

    #[test]
    fn refuses_paths_out_of_the_site() {
        let s = site();
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/de/..%2F..%2Fx",
            "/a\\b",
            "/%5c..%5cx",
            "//etc/passwd",
            "/C:/x",
            "/%00",
        ] {
            assert_eq!(respond(&s, bad).status, 400, "{bad}");
        }
    }

    #[test]
    fn injects_the_overlay_while_a_build_is_broken() {
        let html = inject(
            "<html><head></head><body><p>x</p></body></html>",
            Some("a.md:1:1: <bad>"),
        );
        assert!(html.contains("<div id=\"letterpress-error\" role=\"alert\">"));
        assert!(html.contains("a.md:1:1: &lt;bad&gt;"));
    }

    #[test]
    fn a_reply_head_states_its_length_and_closes_the_connection() {
        let reply = Reply {
            location: Some("/de/".into()),
            ..Reply::text(301, "moved")
        };
        assert_eq!(
            String::from_utf8_lossy(&reply.head()),
            "HTTP/1.1 301 Moved Permanently\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\nCache-Control: no-store\r\nConnection: close\r\nLocation: /de/\r\n\r\n"
        );
    }

    #[test]
    fn answers_the_event_stream_other_methods_and_a_site_that_never_built() {
        let request = |method, target: &str| Request {
            method,
            target: target.into(),
            has_body: false,
        };
        let s = site();
        let events = request(Method::Get, "/__letterpress/events?x=1");
        assert_eq!(answer(&s, &events), Answer::Stream);
        let Answer::Reply(post) = answer(&s, &request(Method::Other, "/")) else {
            panic!("a reply");
        };
        assert_eq!(post.status, 405);
        let broken = Served {
            error: Some("site.yaml:1:1: bad".into()),
            ..Served::default()
        };
        let Answer::Reply(page) = answer(&broken, &request(Method::Get, "/en/")) else {
            panic!("a reply");
        };
        assert_eq!(page.status, 503);
        assert!(String::from_utf8_lossy(&page.body).contains("site.yaml:1:1: bad"));
    }
}
