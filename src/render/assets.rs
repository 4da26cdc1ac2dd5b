//! The theme's static files: written to the output as they are, and given cache-busting URLs
//! (`assets/site.css?v=1a2b3c4d`) for the `asset()` template function. It never changes a file.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::output::Output;
use crate::parse::theme::Theme;
use crate::render::Generated;
use crate::render::index::SiteIndex;
use crate::render::templates::Templates;

/// Every static file of the theme, at its path below `static/`.
pub struct ThemeFiles;

impl Generated for ThemeFiles {
    fn render(&self, site: &SiteIndex, _: &Templates) -> Vec<Result<Output, Diagnostic>> {
        site.linked
            .parsed
            .theme
            .statics
            .iter()
            .map(|(path, bytes)| Ok(Output::new(path.clone(), &bytes[..])))
            .collect()
    }
}

/// Static file path → its URL with a hash of its contents.
pub fn urls(theme: &Theme) -> BTreeMap<String, String> {
    theme
        .statics
        .iter()
        .map(|(path, bytes)| {
            (
                path.clone(),
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
