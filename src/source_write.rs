//! The first half of every atomic write into the source tree: a new temporary file beside the
//! target, written and flushed to disk. Only `translate` and `init` use it; it never replaces or
//! removes a file of the site, and a build never calls it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `text` to a new file `.<name>.letterpress-<pid>` beside `path` (never over an existing
/// file) and flushes it to disk. On failure nothing is left behind.
pub(crate) fn write_temp_beside(path: &Path, text: &str) -> std::io::Result<PathBuf> {
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let temp = path.with_file_name(format!(".{name}.letterpress-{}", std::process::id()));
    let written = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut f| {
            f.write_all(text.as_bytes())?;
            f.sync_all()
        });
    match written {
        Ok(()) => Ok(temp),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            Err(e)
        }
    }
}
