//! YAML decoding through serde-saphyr, turning its errors into positioned diagnostics.
//! It never reads files; callers hand it text and say where that text sits in its file.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostic::Diagnostic;

/// Decodes `text` (which starts at line `first_line` of `file_source`) into `T`.
pub fn decode<T: DeserializeOwned>(
    path: &Path,
    file_source: &str,
    text: &str,
    first_line: usize,
) -> Result<T, Diagnostic> {
    // serde-saphyr's default budget bounds nesting (64 levels of blocks, and flow nesting), so
    // that deeply nested YAML is an error with its position, not a stack overflow.
    let options = serde_saphyr::options! { with_snippet: false };
    serde_saphyr::from_str_with_options::<T>(text, options).map_err(|err| {
        let (line, col) = err
            .location()
            .map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
        let message = clean_message(&err.to_string());
        Diagnostic::error("yaml", path, message).at(file_source, line + first_line - 1, col.max(1))
    })
}

/// serde-saphyr prefixes messages with their position and capitalises some; we print the
/// position ourselves and keep messages lowercase.
fn clean_message(raw: &str) -> String {
    let first = raw.lines().next().unwrap_or(raw).trim();
    let mut msg = first.strip_prefix("error: ").unwrap_or(first);
    if let Some(rest) = msg.strip_prefix("line ")
        && let Some(idx) = rest.find(": ")
        && rest[..idx].contains("column")
    {
        msg = &rest[idx + 2..];
    }
    if let Some(idx) = msg.find(" at line ") {
        msg = &msg[..idx];
    }
    let msg = msg
        .replace(", set DuplicateKeyPolicy in Options if acceptable", "")
        .replace("expected one of ", "expected one of: ");
    let msg = quote_duplicate_key(&msg);
    if msg.is_empty() {
        return "invalid yaml".to_string();
    }
    crate::diagnostic::lowercase_first(&msg)
}

fn quote_duplicate_key(msg: &str) -> String {
    match msg.strip_prefix("duplicate mapping key: ") {
        Some(key) => format!("duplicate key `{key}`"),
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        title: String,
    }

    #[test]
    fn unknown_key_is_positioned_in_the_file() {
        let file = "---\ntitle: a\ntitel: b\n---\n";
        let err = decode::<T>(Path::new("a.md"), file, "title: a\ntitel: b\n", 2).unwrap_err();
        assert_eq!((err.line, err.col), (3, 1));
        assert!(
            err.message.starts_with("unknown field `titel`"),
            "{}",
            err.message
        );
        assert_eq!(err.snippet.as_deref(), Some("titel: b"));
    }

    #[test]
    fn deep_nesting_is_a_positioned_error() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Tags {
            tags: Vec<String>,
        }
        let flow = format!("tags: {}{}\n", "[".repeat(50_000), "]".repeat(50_000));
        let err = decode::<Tags>(Path::new("a"), &flow, &flow, 1).unwrap_err();
        assert_eq!(err.line, 1, "{err}");
        let block: String = (0..5_000)
            .map(|i| format!("{}- \n", " ".repeat(i)))
            .collect();
        let block = format!("tags:\n{block}");
        let err = decode::<Tags>(Path::new("a"), &block, &block, 1).unwrap_err();
        assert!(err.line > 1, "{err}");
    }

    #[test]
    fn duplicate_key_message_is_clean() {
        let err = decode::<T>(
            Path::new("a"),
            "title: a\ntitle: b\n",
            "title: a\ntitle: b\n",
            1,
        )
        .unwrap_err();
        assert_eq!(err.message, "duplicate key `title`");
        assert_eq!(err.line, 2);
    }
}
