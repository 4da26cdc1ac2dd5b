//! URL paths: the way back to the site root from a page, percent-encoding for sitemaps and
//! feeds, percent-decoding of links and requests, and where a URL written in a file of the site
//! leads. Plain string functions; they never look at the site.

/// `../` repeated once per segment of `path`: the way from a page back to the site root.
pub fn root_prefix(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// Decodes `%XX` escapes; `None` when an escape is malformed or the result is not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_string());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let b = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())?;
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes the characters of a path that are not allowed as-is in a URL
/// (for sitemaps and feeds; HTML attributes may carry them raw).
pub fn encode_path(path: &str) -> String {
    percent_encode(path, b"-._~/")
}

/// Percent-encodes every byte of `s` but ASCII letters, digits and those in `keep`.
pub fn percent_encode(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Where a URL written in a file of the site leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlTarget {
    /// Another site, or a scheme such as `mailto:` or `tel:`: not checked.
    External,
    /// A file of this site: its path from the site root, decoded, without query and fragment
    /// (`de/x/`, `assets/a.css`, `""` for the root), and the fragment, decoded.
    Internal {
        path: String,
        fragment: Option<String>,
    },
    /// Above the site's root (too many `../`).
    Outside,
}

/// Where `url`, written in the file at `from` (a path from the site root, such as
/// `de/x/index.html`), leads. A URL starting with `/` is taken from the site root, without the
/// base URL's path (`base_path`, such as `/guide/`) when it starts with it; an absolute URL
/// starting with `base_url` is a file of the site too.
pub fn url_target(url: &str, from: &str, base_url: &str, base_path: &str) -> UrlTarget {
    let url = url.trim_matches(|c: char| c.is_ascii_whitespace());
    let (rest, fragment) = match url.split_once('#') {
        Some((r, f)) => (r, Some(percent_decode(f).unwrap_or_else(|| f.to_string()))),
        None => (url, None),
    };
    let rest = rest.split('?').next().unwrap_or(rest);
    if url.is_empty() || rest.starts_with("//") {
        return UrlTarget::External;
    }
    let path = if has_scheme(rest) {
        let site = base_url.starts_with("http") && base_url.len() <= rest.len();
        match rest.get(..base_url.len()) {
            Some(start) if site && start.eq_ignore_ascii_case(base_url) => {
                rest[base_url.len()..].to_string()
            }
            _ => return UrlTarget::External,
        }
    } else if let Some(absolute) = rest.strip_prefix('/') {
        let in_base = base_path.len() > 1 && rest.starts_with(base_path);
        if in_base {
            &rest[base_path.len()..]
        } else {
            absolute
        }
        .to_string()
    } else if rest.is_empty() {
        from.to_string()
    } else {
        match join(from, rest) {
            Some(p) => p,
            None => return UrlTarget::Outside,
        }
    };
    let path = percent_decode(&path).unwrap_or(path);
    UrlTarget::Internal { path, fragment }
}

/// Whether `url` starts with a scheme (`https:`, `mailto:` …).
fn has_scheme(url: &str) -> bool {
    let Some(colon) = url.find(':') else {
        return false;
    };
    let scheme = &url[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// The relative path `rel` seen from the file `from`; `None` above the root.
fn join(from: &str, rel: &str) -> Option<String> {
    let mut segments: Vec<&str> = from.split('/').collect();
    segments.pop();
    let last = rel.split('/').count() - 1;
    for (i, part) in rel.split('/').enumerate() {
        match part {
            "." => {}
            ".." => {
                segments.pop()?;
            }
            "" if i < last => {}
            p => segments.push(p),
        }
    }
    if matches!(rel.rsplit('/').next(), Some("." | "..")) {
        segments.push("");
    }
    Some(segments.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn where_urls_lead() {
        let t = |url: &str| url_target(url, "de/a/index.html", "https://x.org/g/", "/g/");
        let at = |path: &str, fragment: Option<&str>| UrlTarget::Internal {
            path: path.into(),
            fragment: fragment.map(String::from),
        };
        assert_eq!(t("../b/"), at("de/b/", None));
        assert_eq!(t("../../en/c/#h%C3%A4"), at("en/c/", Some("hä")));
        assert_eq!(t("photo.png?x=1"), at("de/a/photo.png", None));
        assert_eq!(t("/de/x/"), at("de/x/", None));
        assert_eq!(t("/g/de/x/"), at("de/x/", None));
        assert_eq!(t("https://x.org/g/assets/a.css"), at("assets/a.css", None));
        assert_eq!(t("#top"), at("de/a/index.html", Some("top")));
        assert_eq!(t(".."), at("de/", None));
        assert_eq!(t("../../../x/"), UrlTarget::Outside);
        for external in [
            "https://y.org/",
            "mailto:a@b.c",
            "tel:+45",
            "//cdn.org/x",
            "",
        ] {
            assert_eq!(t(external), UrlTarget::External, "{external}");
        }
    }

    #[test]
    fn helpers() {
        assert_eq!(root_prefix("de/a/b/"), "../../../");
        assert_eq!(encode_path("zh/拒绝/"), "zh/%E6%8B%92%E7%BB%9D/");
        assert_eq!(percent_decode("a%20b%C3%A4").as_deref(), Some("a bä"));
        assert_eq!(
            percent_decode("%é.md"),
            None,
            "no panic on a `%` before a multi-byte character"
        );
    }
}
