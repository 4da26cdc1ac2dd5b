//! One file of the built site: its path below the output folder and its contents. `render` and
//! `search` make outputs, `write` writes them and `serve` serves them; this type never touches
//! the disk itself.

use std::sync::Arc;

/// One file of the built site. Contents are shared, so keeping a built site in memory (as
/// `serve` does) and reusing unchanged pages costs no copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path below the output folder, `/`-separated.
    pub path: String,
    pub contents: Arc<[u8]>,
}

impl Output {
    pub fn new(path: impl Into<String>, contents: impl Into<Arc<[u8]>>) -> Self {
        Output {
            path: path.into(),
            contents: contents.into(),
        }
    }

    pub fn text(path: impl Into<String>, text: String) -> Self {
        Output {
            path: path.into(),
            contents: Arc::from(text.into_bytes()),
        }
    }
}
