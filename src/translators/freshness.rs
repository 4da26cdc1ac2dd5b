//! Freshness markers: the hash of the source a translation was made from (`source_hash:` in an
//! article's front matter, `# source_hash:` on a letter translation's first line), and whether a
//! translation is outdated because its source changed since. Pure functions of text.

use crate::parse::page::Page;

/// A stable 64-bit hash (FNV-1a) as 16 hex digits: the freshness marker of translations.
pub fn hash(text: &str) -> String {
    let h = text.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    });
    format!("{h:016x}")
}

/// The marker an article translation made now from `source` would carry.
pub fn article_hash(source: &Page) -> String {
    let body: String = source
        .body()
        .lines()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n");
    hash(&format!(
        "{}\n{}\n{}",
        source.front.title,
        source.front.description,
        body.trim()
    ))
}

/// The marker of a letter translation made now from the source `.ftl` (comments ignored).
pub fn letter_hash(source_ftl: &str) -> String {
    let text: Vec<&str> = source_ftl
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect();
    hash(text.join("\n").trim())
}

/// The `# source_hash: …` comment of a letter translation.
pub fn letter_marker(ftl: &str) -> Option<String> {
    ftl.lines().find_map(|l| {
        l.trim()
            .strip_prefix("# source_hash:")
            .map(|h| h.trim().to_string())
    })
}

/// Whether the translation `p` is outdated relative to `source` (its page in the source language).
pub fn is_outdated(p: &Page, source: &Page) -> bool {
    p.lang != source.lang
        && p.front
            .source_hash
            .as_deref()
            .is_some_and(|marker| marker != article_hash(source))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_and_ignore_comments() {
        assert_eq!(hash(""), "cbf29ce484222325");
        assert_eq!(
            letter_hash("# source_hash: x\ntitle = A\n"),
            letter_hash("title = A")
        );
        assert_ne!(letter_hash("title = A"), letter_hash("title = B"));
        assert_eq!(
            letter_marker("# source_hash: abc\ntitle = A").as_deref(),
            Some("abc")
        );
    }
}
