//! The writer of `letterpress init`: puts a new site's files into a folder that is new or
//! empty. Each file is written to a temporary file beside it, flushed, then linked into place,
//! which fails if a file of that name appeared meanwhile: nothing is ever overwritten. It
//! writes only below the given folder.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::init::SiteFile;

/// Writes `files` into `root`, which must not exist or be an empty folder. Returns the paths
/// written, in order.
pub fn write(root: &Path, files: &[SiteFile]) -> Result<Vec<PathBuf>, Diagnostics> {
    refuse_non_empty(root)?;
    fs::create_dir_all(root)
        .map_err(|e| problem(root, format!("cannot create the folder: {}", io_text(&e))))?;
    let mut written = Vec::new();
    for file in files {
        if file.path.is_absolute()
            || file
                .path
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            return Err(problem(&file.path, "not a path inside the site".into()));
        }
        let path = root.join(&file.path);
        create(&path, &file.text)?;
        written.push(file.path.clone());
    }
    Ok(written)
}

/// The error for a folder that exists and is not empty (or is not a folder).
fn refuse_non_empty(root: &Path) -> Result<(), Diagnostics> {
    let entries = match fs::read_dir(root) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            let why = if root.is_file() {
                "it is a file, not a folder".to_string()
            } else {
                io_text(&e)
            };
            return Err(problem(root, format!("cannot start a site here: {why}")));
        }
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let shown: Vec<String> = names.iter().take(3).map(|n| format!("`{n}`")).collect();
    let more = if names.len() > 3 {
        format!(" and {} more", names.len() - 3)
    } else {
        String::new()
    };
    Err(problem(
        root,
        format!(
            "the folder is not empty (it holds {}{more}): `init` starts a site only in a new or empty folder, so that it never overwrites or mixes with your files; choose another folder, e.g. `letterpress init mysite`",
            shown.join(", ")
        ),
    ))
}

/// Creates `path` with `text` through a temporary file, never over an existing file.
fn create(path: &Path, text: &str) -> Result<(), Diagnostics> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| problem(parent, format!("cannot create the folder: {}", io_text(&e))))?;
    }
    let linked = crate::source_write::write_temp_beside(path, text).and_then(|temp| {
        let linked = fs::hard_link(&temp, path);
        let _ = fs::remove_file(&temp);
        linked
    });
    linked.map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                "a file of this name appeared while `init` ran; it was left as it is".to_string()
            }
            _ => io_text(&e),
        };
        problem(path, format!("cannot create the file: {why}"))
    })
}

fn problem(path: &Path, message: String) -> Diagnostics {
    Diagnostic::error("init", path, message).into()
}

fn io_text(e: &std::io::Error) -> String {
    crate::diagnostic::lowercase_first(&e.to_string())
}
