//! How `serve` answers a request: path safety, content types, index files, the language's 404
//! page, and the live-reload script and error overlay injected into HTML. Pure: a request path
//! and the served site in, a response out; the socket work lives in `mod.rs`.

use std::collections::HashMap;
use std::sync::Arc;

use crate::output::Output;

/// URL prefix of the dev server's own files (never part of a built site).
pub const PREFIX: &str = "/__letterpress/";
const LIVERELOAD: &str = include_str!("livereload.js");
const OVERLAY_CSS: &str = include_str!("overlay.css");

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
    fn text(status: u16, body: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: Arc::from(body.as_bytes()),
            location: None,
        }
    }
}

/// The `Content-Type` of a path, with `charset=utf-8` for text.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
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
        "ico" => "image/x-icon",
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
}
