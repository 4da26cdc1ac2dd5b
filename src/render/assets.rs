//! The theme's static files: written to the output as they are (unless the site's `static/`
//! folder has a file at the same path, which wins), and given cache-busting URLs
//! (`assets/site.css?v=1a2b3c4d`) for the `asset()` template function. It never changes a file.

use std::collections::{BTreeMap, HashSet};

use crate::diagnostic::Diagnostic;
use crate::output::Output;
use crate::parse::files::Files;
use crate::parse::theme::Theme;
use crate::render::Generated;
use crate::render::index::SiteIndex;
use crate::render::templates::Templates;

/// Every static file of the theme, at its path below `static/`, but those the site replaces.
pub struct ThemeFiles;

impl Generated for ThemeFiles {
    fn render(&self, site: &SiteIndex, _: &Templates) -> Vec<Result<Output, Diagnostic>> {
        let parsed = &site.linked.parsed;
        let own: HashSet<&str> = parsed.files.statics.iter().map(|f| f.path.as_str()).collect();
        parsed
            .theme
            .statics
            .iter()
            .filter(|(path, _)| !own.contains(path.as_str()))
            .map(|(path, bytes)| Ok(Output::new(path.clone(), &bytes[..])))
            .collect()
    }
}

/// Static file path → its URL with a hash of its contents (of the site's own file, when its
/// `static/` folder replaces the theme's).
pub fn urls(theme: &Theme, files: &Files) -> BTreeMap<String, String> {
    let mut statics: BTreeMap<&str, &[u8]> = theme
        .statics
        .iter()
        .map(|(path, bytes)| (path.as_str(), &bytes[..]))
        .collect();
    statics.extend(files.statics.iter().map(|f| (f.path.as_str(), &f.bytes[..])));
    statics
        .into_iter()
        .map(|(path, bytes)| {
            (
                path.to_string(),
                format!("{}?v={:08x}", path, fnv1a(bytes) as u32),
            )
        })
        .collect()
}

/// 64-bit FNV-1a, for cache-busting asset URLs (stable across runs and platforms).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}
