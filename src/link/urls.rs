//! URL paths: the way back to the site root from a page, percent-encoding for sitemaps and
//! feeds, and percent-decoding of links and requests. Plain string functions; they never look
//! at the site.

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

#[cfg(test)]
mod tests {
    use super::*;

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
