//! Links between source files: a Markdown link such as `../offers/decline.md#anchor`, written
//! in one page, resolved to the route it leads to in the reader's language. It never renders
//! and never checks anchors (the renderer does, once every page's headings are known).

use crate::link::routes::Routes;
use crate::link::urls::percent_decode;
use crate::parse::page::{Kind, parent_key};

/// A link in Markdown that points at another source file, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    /// Index of the target route.
    pub route: usize,
    pub anchor: Option<String>,
}

/// Why a link could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    Missing(String),
    OutsideContent(String),
    /// A URL with more `../` than the page has folders above it.
    OutsideSite(String),
}

impl LinkError {
    pub fn message(&self) -> String {
        match self {
            LinkError::Missing(dest) => format!("link to missing page `{dest}`"),
            LinkError::OutsideContent(dest) => {
                format!("link `{dest}` points outside the language's content folder")
            }
            LinkError::OutsideSite(dest) => format!("link `{dest}` leads above the site's root"),
        }
    }
}

/// Is `dest` a link to a source file (`x.md`, `../a/_index.md#h`) rather than a URL?
pub fn is_source_link(dest: &str) -> bool {
    if dest.contains("://")
        || dest.starts_with("mailto:")
        || dest.starts_with('/')
        || dest.starts_with('#')
    {
        return false;
    }
    let path = dest.split('#').next().unwrap_or(dest);
    path.ends_with(".md")
}

/// Resolves a source-file link written in the page with key `from_key` (kind `from_kind`),
/// for a reader of `lang`.
pub fn resolve(
    routes: &Routes,
    lang: &str,
    from_key: &str,
    from_kind: Kind,
    dest: &str,
) -> Result<LinkTarget, LinkError> {
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_string())),
        None => (dest, None),
    };
    let base = match from_kind {
        Kind::Home | Kind::Section => from_key,
        Kind::Article => parent_key(from_key),
    };
    let mut segs: Vec<&str> = if base.is_empty() {
        Vec::new()
    } else {
        base.split('/').collect()
    };
    let decoded = percent_decode(path).unwrap_or_else(|| path.to_string());
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if segs.pop().is_none() {
                    return Err(LinkError::OutsideContent(dest.to_string()));
                }
            }
            p => segs.push(p),
        }
    }
    let file = segs.pop().unwrap_or_default();
    let stem = file.strip_suffix(".md").unwrap_or(file);
    let (key, folder) = if stem == "_index" {
        (segs.join("/"), true)
    } else {
        segs.push(stem);
        (segs.join("/"), false)
    };
    routes
        .position(lang, &key, folder)
        .map(|route| LinkTarget { route, anchor })
        .ok_or_else(|| LinkError::Missing(dest.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_relative_markdown_files_are_source_links() {
        assert!(is_source_link("../a/b.md#x"));
        assert!(!is_source_link("https://x.org/a.md"));
    }
}
