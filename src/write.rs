//! The only writer of the output: decides whether a folder may be used as the output (on
//! resolved paths), builds the site into a staging folder next to it, then swaps it in, so a
//! failed or killed build never leaves a half-written or missing site. It never decides what a
//! page contains, and never deletes a folder that does not carry its [`MARKER`].

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::output::Output;

/// Written into every output (and every staging folder) first: a folder with this file was made
/// by Letterpress and may be replaced by the next build.
pub const MARKER: &str = ".letterpress";
const MARKER_TEXT: &str = "This folder is written by `letterpress build` and replaced by the next build.\nDo not keep files of your own in it: they would be deleted.\n";

/// Top-level names of a site's sources: an output must never be, contain or sit inside them.
pub const SOURCES: [&str; 7] = [
    "site.yaml",
    "content",
    "locales",
    "themes",
    "static",
    "src",
    ".git",
];

/// A point inside the swap where a test can make [`write`] stop as if the process were killed.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrashPoint {
    /// Two-rename swap: the old site has been moved aside, the new one not yet moved in.
    AfterMovingOldAside,
    /// Exchange swap: the new site is in place, the old one not yet removed.
    AfterExchange,
}

/// How to write the output.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Replace an existing, non-empty folder even without Letterpress's marker.
    pub force: bool,
    /// The user's home folder, which (like `/`) is never used as an output.
    pub home: Option<PathBuf>,
    /// Test hook: stop at this point of the swap without cleaning up.
    #[doc(hidden)]
    pub crash: Option<CrashPoint>,
}

/// Why a folder may not be used as the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The output is, contains or is inside the site's sources (or the site root itself).
    Sources(PathBuf),
    /// The output is `/`, the home folder or one of its ancestors.
    System(PathBuf),
    /// The output exists and is not a folder.
    NotAFolder(PathBuf),
    /// The output is a non-empty folder that Letterpress did not make.
    Foreign(PathBuf),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Sources(p) => write!(
                f,
                "refusing to write the site to `{}`: it is, contains or is inside the site's sources",
                p.display()
            ),
            Refusal::System(p) => write!(
                f,
                "refusing to write the site to `{}`: it is the root or home folder, or contains it",
                p.display()
            ),
            Refusal::NotAFolder(p) => write!(
                f,
                "refusing to write the site to `{}`: it exists and is not a folder",
                p.display()
            ),
            Refusal::Foreign(p) => write!(
                f,
                "refusing to replace `{}`: it is not empty and was not made by letterpress (no `{MARKER}` file); empty it, choose another `--output`, or pass `--force` to replace it",
                p.display()
            ),
        }
    }
}

/// Resolves `path` as the operating system will: the longest existing ancestor with every
/// symlink followed, then the rest of the path with `.` and `..` applied.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        match existing.canonicalize() {
            Ok(real) => {
                let mut out = real;
                for c in rest.iter().rev() {
                    match c {
                        Component::ParentDir => {
                            out.pop();
                        }
                        Component::CurDir => {}
                        other => out.push(other),
                    }
                }
                return Ok(out);
            }
            Err(_) => {
                let Some(parent) = existing.parent() else {
                    return Ok(absolute.clone());
                };
                if let Some(last) = existing.components().next_back() {
                    rest.push(last);
                }
                existing = parent;
            }
        }
    }
}

/// Decides, on resolved paths, whether the site at `root` may be written to `output`.
/// Returns the resolved output folder to write to.
pub fn check_location(
    root: &Path,
    output: &Path,
    options: &WriteOptions,
) -> Result<PathBuf, Refusal> {
    let shown = output.to_path_buf();
    let root = resolve(root).map_err(|_| Refusal::Sources(shown.clone()))?;
    let out = resolve(output).map_err(|_| Refusal::NotAFolder(shown.clone()))?;
    if root.starts_with(&out) || SOURCES.iter().any(|s| out.starts_with(root.join(s))) {
        return Err(Refusal::Sources(shown));
    }
    let home = options.home.as_deref().and_then(|h| resolve(h).ok());
    if out.parent().is_none() || home.is_some_and(|h| h.starts_with(&out)) {
        return Err(Refusal::System(shown));
    }
    match fs::symlink_metadata(&out) {
        Ok(m) if !m.is_dir() => Err(Refusal::NotAFolder(shown)),
        Ok(_) if !options.force && !made_by_us(&out) => Err(Refusal::Foreign(shown)),
        _ => Ok(out),
    }
}

/// Whether `dir` is empty or carries the marker.
fn made_by_us(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
        || fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

fn sibling(output: &Path, suffix: &str) -> PathBuf {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    output.with_file_name(format!(".{name}.{suffix}"))
}

/// Writes `outputs` into the folder `output` (resolved, and accepted by [`check_location`]),
/// replacing its previous contents only once every file is written. A swap that a previous
/// build left unfinished is completed or undone first.
pub fn write(output: &Path, outputs: &[Output], options: &WriteOptions) -> io::Result<()> {
    let staging = sibling(output, "letterpress-new");
    let old = sibling(output, "letterpress-old");
    if let Some(parent) = output.parent() {
        fs::create_dir_all(parent)?;
    }
    recover(output)?;
    if options.force && output.is_dir() {
        // The user accepted that this folder be replaced: from now on it counts as ours.
        fs::write(output.join(MARKER), MARKER_TEXT)?;
    }
    fs::create_dir(&staging)?;
    if let Err(e) = write_into(&staging, outputs) {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    if !output.exists() {
        return fs::rename(&staging, output);
    }
    if options.crash != Some(CrashPoint::AfterMovingOldAside) && exchange(&staging, output).is_ok()
    {
        if options.crash == Some(CrashPoint::AfterExchange) {
            return Err(io::Error::other("simulated crash after the exchange"));
        }
        // `staging` now holds the previous site.
        return remove_ours(&staging);
    }
    fs::rename(output, &old)?;
    if options.crash == Some(CrashPoint::AfterMovingOldAside) {
        return Err(io::Error::other("simulated crash between the renames"));
    }
    if let Err(e) = fs::rename(&staging, output) {
        let _ = fs::rename(&old, output);
        let _ = remove_ours(&staging);
        return Err(e);
    }
    remove_ours(&old)
}

/// Finishes what an interrupted build left next to `output`: a site moved aside but not
/// replaced is put back, and leftover staging or old folders (always marked) are removed.
/// A build calls it first, so even a build that then fails restores the site.
pub fn recover(output: &Path) -> io::Result<()> {
    let (staging, old) = (
        sibling(output, "letterpress-new"),
        sibling(output, "letterpress-old"),
    );
    if fs::symlink_metadata(output).is_err() && old.join(MARKER).is_file() {
        fs::rename(&old, output)?;
    }
    remove_ours(&staging)?;
    remove_ours(&old)
}

/// Removes a folder this module made; refuses one without the marker that is not empty.
fn remove_ours(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
        Ok(m) if m.is_dir() && made_by_us(path) => fs::remove_dir_all(path),
        Ok(_) => Err(io::Error::other(format!(
            "`{}` is in the way and was not made by letterpress; move it away",
            path.display()
        ))),
    }
}

/// Swaps two folders in one step where the system can (Linux `renameat2(RENAME_EXCHANGE)`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes()).map_err(io::Error::other)?;
    let b = CString::new(b.as_os_str().as_bytes()).map_err(io::Error::other)?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

fn write_into(dir: &Path, outputs: &[Output]) -> io::Result<()> {
    fs::write(dir.join(MARKER), MARKER_TEXT)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn site(text: &str) -> Vec<Output> {
        vec![Output::text("a/index.html", text.into())]
    }

    #[test]
    fn swaps_in_new_content_and_removes_stale_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let files = [
            Output::text("a/index.html", "one".into()),
            Output::text("stale.txt", "x".into()),
        ];
        write(&out, &files, &WriteOptions::default()).unwrap();
        write(&out, &site("two"), &WriteOptions::default()).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "two");
        assert!(out.join(MARKER).is_file());
        assert!(!out.join("stale.txt").exists());
        assert!(!sibling(&out, "letterpress-new").exists());
        assert!(!sibling(&out, "letterpress-old").exists());
    }

    #[test]
    fn a_crash_at_any_step_of_the_swap_leaves_a_site_and_the_next_build_recovers() {
        for crash in [CrashPoint::AfterMovingOldAside, CrashPoint::AfterExchange] {
            let dir = tempfile::tempdir().unwrap();
            let out = dir.path().join("public");
            write(&out, &site("one"), &WriteOptions::default()).unwrap();
            let crashing = WriteOptions {
                crash: Some(crash),
                ..WriteOptions::default()
            };
            assert!(write(&out, &site("two"), &crashing).is_err());
            if crash == CrashPoint::AfterExchange {
                assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "two");
            }
            write(&out, &site("three"), &WriteOptions::default()).unwrap();
            assert_eq!(
                fs::read_to_string(out.join("a/index.html")).unwrap(),
                "three"
            );
            let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
            assert_eq!(names.len(), 1, "{crash:?}: leftovers next to the output");
        }
    }

    #[test]
    fn after_a_crash_between_renames_the_old_site_is_restored_first() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &site("one"), &WriteOptions::default()).unwrap();
        let crashing = WriteOptions {
            crash: Some(CrashPoint::AfterMovingOldAside),
            ..WriteOptions::default()
        };
        assert!(write(&out, &site("two"), &crashing).is_err());
        assert!(!out.exists());
        recover(&out).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "one");
    }

    #[test]
    fn foreign_folders_are_never_removed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join(".public.letterpress-new");
        fs::create_dir(&victim).unwrap();
        fs::write(victim.join("precious.txt"), "mine").unwrap();
        assert!(remove_ours(&victim).is_err());
        assert!(victim.join("precious.txt").exists());
    }

    #[test]
    fn resolve_applies_dot_dot_after_the_existing_part() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().canonicalize().unwrap();
        assert_eq!(resolve(&dir.path().join("a/../b")).unwrap(), real.join("b"));
    }
}
