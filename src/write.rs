//! The only writer of the output: builds the site into a temporary folder next to the output,
//! then swaps it in, so a failed build never leaves a half-written or emptied site.
//! It never decides what a page contains.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

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

fn sibling(output: &Path, suffix: &str) -> PathBuf {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    output.with_file_name(format!(".{name}.{suffix}"))
}

/// Writes `outputs` into `output`, replacing its previous contents only once every file is written.
pub fn write(output: &Path, outputs: &[Output]) -> io::Result<()> {
    let staging = sibling(output, "letterpress-new");
    let old = sibling(output, "letterpress-old");
    if let Some(parent) = output.parent()
        && !parent.as_os_str().is_empty()
    {
        fs::create_dir_all(parent)?;
    }
    remove_if_exists(&staging)?;
    fs::create_dir_all(&staging)?;
    let result = write_into(&staging, outputs);
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    remove_if_exists(&old)?;
    let had_output = output.exists();
    if had_output {
        fs::rename(output, &old)?;
    }
    if let Err(e) = fs::rename(&staging, output) {
        // Put the previous site back.
        if had_output {
            let _ = fs::rename(&old, output);
        }
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    if had_output {
        remove_if_exists(&old)?;
    }
    Ok(())
}

fn write_into(dir: &Path, outputs: &[Output]) -> io::Result<()> {
    let mut folders: Vec<PathBuf> = outputs
        .iter()
        .filter_map(|o| Path::new(&o.path).parent().map(|p| dir.join(p)))
        .collect();
    folders.sort();
    folders.dedup();
    for f in &folders {
        fs::create_dir_all(f)?;
    }
    outputs
        .par_iter()
        .try_for_each(|o| fs::write(dir.join(&o.path), &o.contents))
}

fn remove_if_exists(path: &Path) -> io::Result<()> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_in_new_content_and_removes_stale_files() {
        let dir = std::env::temp_dir().join(format!("lp-write-{}", std::process::id()));
        let out = dir.join("public");
        write(
            &out,
            &[
                Output::text("a/index.html", "one".into()),
                Output::text("stale.txt", "x".into()),
            ],
        )
        .unwrap();
        write(&out, &[Output::text("a/index.html", "two".into())]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "two");
        assert!(!out.join("stale.txt").exists());
        assert!(!sibling(&out, "letterpress-new").exists());
        assert!(!sibling(&out, "letterpress-old").exists());
        fs::remove_dir_all(dir).unwrap();
    }
}
