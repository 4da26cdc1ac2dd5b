//! The only reader of the source tree: `site.yaml`, `content/`, `locales/`, `themes/` and
//! `static/` → [`Input`].
//! It never parses Markdown, Fluent or templates, never writes anything, and never follows a
//! symlink that leads outside the site root (such a link is reported, not read).

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics};

/// The path of the configuration file, relative to the site root.
pub const CONFIG_FILE: &str = "site.yaml";

/// A text file of the site, with its path relative to the site root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: std::sync::Arc<str>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.into(),
            text: std::sync::Arc::from(text.into()),
        }
    }
}

/// A file of a site's own theme folder (`themes/<name>/…`), path relative to that folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A file read as bytes (an image, a PDF …), with its path relative to the site root. Its
/// bytes are shared: an unchanged file keeps the same allocation across `refresh`es.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BinaryFile {
    pub path: PathBuf,
    pub bytes: std::sync::Arc<[u8]>,
}

impl BinaryFile {
    pub fn new(path: impl Into<PathBuf>, bytes: impl Into<std::sync::Arc<[u8]>>) -> Self {
        BinaryFile {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// The folder of files copied into the output as they are.
pub const STATIC_DIR: &str = "static";

/// Everything a build reads, in memory. Tests construct it from strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    /// `site.yaml`, if present.
    pub config: Option<SourceFile>,
    /// `content/**/*.md`, sorted by path.
    pub articles: Vec<SourceFile>,
    /// `content/letters/*.yaml`, sorted by path.
    pub letters: Vec<SourceFile>,
    /// `locales/**/*.ftl`, sorted by path.
    pub locales: Vec<SourceFile>,
    /// Files of the site's `themes/<name>/`, overriding the embedded default theme file by file.
    pub theme: Vec<ThemeFile>,
    /// Every other file below `content/` (images, PDFs … next to the articles, but not in
    /// `content/letters/`), sorted by path.
    pub files: Vec<BinaryFile>,
    /// `static/**`, sorted by path.
    pub statics: Vec<BinaryFile>,
}

/// The site root as given (for the paths shown) and as resolved (for the symlink guard).
struct Tree<'a> {
    root: &'a Path,
    real: PathBuf,
}

impl<'a> Tree<'a> {
    fn new(root: &'a Path) -> Self {
        let real = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        Tree { root, real }
    }

    /// Refuses a path whose resolved location is outside the site root.
    fn guard(&self, path: &Path) -> Result<(), Diagnostic> {
        let real = path
            .canonicalize()
            .map_err(|e| io_error(self.root, path, &e))?;
        if real.starts_with(&self.real) {
            Ok(())
        } else {
            Err(Diagnostic::error(
                "symlink-outside",
                relative(self.root, path),
                "this is a symlink that leads outside the site folder; it is not read: copy the file into the site instead".to_string(),
            ))
        }
    }

    fn read_text(&self, path: &Path) -> Result<SourceFile, Diagnostic> {
        self.guard(path)?;
        read_text(self.root, path)
    }

    fn read_bytes(&self, path: &Path) -> Result<Vec<u8>, Diagnostic> {
        self.guard(path)?;
        fs::read(path).map_err(|e| io_error(self.root, path, &e))
    }

    fn read_binary(&self, path: &Path) -> Result<BinaryFile, Diagnostic> {
        Ok(BinaryFile::new(
            relative(self.root, path),
            self.read_bytes(path)?,
        ))
    }
}

/// Reads the site at `root`. Unreadable files become diagnostics; reading goes on.
pub fn load(root: &Path) -> (Input, Diagnostics) {
    let mut problems = Diagnostics::default();
    let mut input = Input::default();
    let tree = Tree::new(root);

    let config_path = root.join(CONFIG_FILE);
    if config_path.is_file() {
        match tree.read_text(&config_path) {
            Ok(f) => input.config = Some(f),
            Err(d) => problems.push(d),
        }
    } else {
        problems.push(Diagnostic::error(
            "missing-config",
            CONFIG_FILE,
            format!("no `{CONFIG_FILE}` found in `{}`", root.display()),
        ));
    }

    let (md, letters, other) = content_files(root, &mut problems, &tree);
    let statics = list_files(&root.join(STATIC_DIR), &mut problems, &tree);
    let locales: Vec<PathBuf> = list_files(&root.join("locales"), &mut problems, &tree)
        .into_iter()
        .filter(|p| has_extension(p, &["ftl"]))
        .collect();

    let (articles, p1) = read_each(md, |p| tree.read_text(p));
    let (letters, p2) = read_each(letters, |p| tree.read_text(p));
    let (locales, p3) = read_each(locales, |p| tree.read_text(p));
    input.articles = articles;
    input.letters = letters;
    input.locales = locales;
    problems.extend(p1.into_iter().chain(p2).chain(p3));
    let (files, p4) = read_each(other, |p| tree.read_binary(p));
    let (statics, p5) = read_each(statics, |p| tree.read_binary(p));
    input.files = files;
    input.statics = statics;
    problems.extend(p4.into_iter().chain(p5));

    let theme_name = input
        .config
        .as_ref()
        .and_then(|c| theme_name(&c.text))
        .unwrap_or_else(|| "default".to_string());
    let theme_dir = root.join("themes").join(&theme_name);
    if theme_dir.is_dir() {
        for path in list_files(&theme_dir, &mut problems, &tree) {
            match tree.read_bytes(&path) {
                Ok(bytes) => input.theme.push(ThemeFile {
                    path: relative(&theme_dir, &path)
                        .to_string_lossy()
                        .replace('\\', "/"),
                    bytes,
                }),
                Err(d) => problems.push(d),
            }
        }
    } else if theme_name != "default" {
        problems.push(Diagnostic::error(
            "unknown-theme",
            CONFIG_FILE,
            format!("theme `{theme_name}` not found: expected a folder `themes/{theme_name}/`"),
        ));
    }
    (input, problems)
}

/// The files below `content/`: (Markdown pages, letter declarations, every other file).
fn content_files(
    root: &Path,
    problems: &mut Diagnostics,
    tree: &Tree,
) -> (Vec<PathBuf>, Vec<PathBuf>, Vec<PathBuf>) {
    let content = root.join("content");
    let letters_dir = content.join("letters");
    let (mut md, mut letters, mut other) = (Vec::new(), Vec::new(), Vec::new());
    for path in list_files(&content, problems, tree) {
        if path.starts_with(&letters_dir) {
            if has_extension(&path, &["yaml", "yml"]) {
                letters.push(path);
            }
        } else if has_extension(&path, &["md"]) {
            md.push(path);
        } else {
            other.push(path);
        }
    }
    (md, letters, other)
}

/// Re-reads what changed at `paths` (files or folders, created, changed or deleted) into
/// `input`. Every other file keeps its shared text, which lets the next compile reuse its work.
pub fn refresh(root: &Path, input: &mut Input, paths: &[PathBuf]) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let tree = Tree::new(root);
    let theme_name = input
        .config
        .as_ref()
        .and_then(|c| theme_name(&c.text))
        .unwrap_or_else(|| "default".to_string());
    let theme_dir = Path::new("themes").join(&theme_name);
    for path in paths {
        let rel = relative(root, path);
        if rel == Path::new(CONFIG_FILE) {
            input.config = if path.is_file() {
                tree.read_text(path).map_err(|d| problems.push(d)).ok()
            } else {
                problems.push(Diagnostic::error(
                    "missing-config",
                    CONFIG_FILE,
                    format!("no `{CONFIG_FILE}` found in `{}`", root.display()),
                ));
                None
            };
            continue;
        }
        let area = if rel.starts_with("content") {
            Area::Content
        } else if rel.starts_with(STATIC_DIR) {
            Area::Static
        } else if rel.starts_with("locales") {
            Area::Locales
        } else if rel.starts_with(&theme_dir) {
            Area::Theme(&theme_dir)
        } else {
            continue;
        };
        // Forget what was at (or below) the path, then read what is there now.
        let gone = |p: &Path| p == rel || p.starts_with(&rel);
        match area {
            Area::Content => {
                input.articles.retain(|f| !gone(&f.path));
                input.letters.retain(|f| !gone(&f.path));
                input.files.retain(|f| !gone(&f.path));
            }
            Area::Static => input.statics.retain(|f| !gone(&f.path)),
            Area::Locales => input.locales.retain(|f| !gone(&f.path)),
            Area::Theme(dir) => input.theme.retain(|f| !gone(&dir.join(&f.path))),
        }
        let files = if path.is_dir() {
            list_files(path, &mut problems, &tree)
        } else if path.is_file() {
            vec![path.clone()]
        } else {
            Vec::new()
        };
        for file in files {
            if !is_hidden_path(&relative(root, &file)) {
                read_into(input, area, &tree, &file, &mut problems);
            }
        }
    }
    problems
}

/// Where a changed file belongs.
#[derive(Debug, Clone, Copy)]
enum Area<'a> {
    Content,
    /// `static/`.
    Static,
    Locales,
    /// The theme folder in use (`themes/<name>`).
    Theme(&'a Path),
}

/// Reads `file` of `area` into `input`, replacing its previous version.
fn read_into(input: &mut Input, area: Area, tree: &Tree, file: &Path, problems: &mut Diagnostics) {
    let rel_file = relative(tree.root, file);
    let in_letters = rel_file.starts_with("content/letters");
    match area {
        Area::Content if in_letters && has_extension(file, &["yaml", "yml"]) => {
            upsert(&mut input.letters, tree.read_text(file), problems)
        }
        Area::Content if !in_letters && has_extension(file, &["md"]) => {
            upsert(&mut input.articles, tree.read_text(file), problems)
        }
        Area::Content if !in_letters => upsert(&mut input.files, tree.read_binary(file), problems),
        Area::Static => upsert(&mut input.statics, tree.read_binary(file), problems),
        Area::Locales if has_extension(file, &["ftl"]) => {
            upsert(&mut input.locales, tree.read_text(file), problems)
        }
        Area::Theme(dir) => match tree.read_bytes(file) {
            Ok(bytes) => {
                let path = relative(&tree.root.join(dir), file)
                    .to_string_lossy()
                    .replace('\\', "/");
                input.theme.retain(|f| f.path != path);
                input.theme.push(ThemeFile { path, bytes });
                input.theme.sort_by(|a, b| a.path.cmp(&b.path));
            }
            Err(d) => problems.push(d),
        },
        _ => {}
    }
}

fn is_hidden_path(path: &Path) -> bool {
    path.components().any(|c| {
        let name = c.as_os_str().to_string_lossy();
        name.starts_with('.') || name.ends_with('~') || name.starts_with('#')
    })
}

/// A file the loader read, known by its path.
trait ReadFile {
    fn path(&self) -> &Path;
}

impl ReadFile for SourceFile {
    fn path(&self) -> &Path {
        &self.path
    }
}

impl ReadFile for BinaryFile {
    fn path(&self) -> &Path {
        &self.path
    }
}

/// Inserts or replaces a file, keeping the list sorted by path.
fn upsert<F: ReadFile>(
    files: &mut Vec<F>,
    file: Result<F, Diagnostic>,
    problems: &mut Diagnostics,
) {
    match file {
        Ok(f) => match files.binary_search_by(|x| x.path().cmp(f.path())) {
            Ok(i) => files[i] = f,
            Err(i) => files.insert(i, f),
        },
        Err(d) => problems.push(d),
    }
}

/// The `theme:` value of a configuration, read leniently (the config is validated elsewhere).
fn theme_name(config: &str) -> Option<String> {
    config.lines().find_map(|l| {
        let v = l.strip_prefix("theme:")?.trim().trim_matches(['"', '\'']);
        (!v.is_empty() && !v.contains(['/', '\\', '.'])).then(|| v.to_string())
    })
}

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.contains(&e))
}

/// All regular files below `dir`, sorted, skipping hidden and editor backup files. A symlink
/// that leads outside the site is reported once and not followed.
fn list_files(dir: &Path, problems: &mut Diagnostics, tree: &Tree) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut files = Vec::new();
    let mut walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    while let Some(entry) = walker.next() {
        let e = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().map(|p| relative(tree.root, p)).unwrap_or_default();
                problems.push(Diagnostic::error(
                    "io",
                    path,
                    format!(
                        "cannot read: {}",
                        crate::diagnostic::lowercase_first(&e.to_string())
                    ),
                ));
                continue;
            }
        };
        if e.path_is_symlink()
            && let Err(d) = tree.guard(e.path())
        {
            problems.push(d);
            if e.file_type().is_dir() {
                walker.skip_current_dir();
            }
            continue;
        }
        if e.file_type().is_file() {
            let name = e.file_name().to_string_lossy();
            if !name.ends_with('~') && !name.starts_with('#') {
                files.push(e.into_path());
            }
        }
    }
    files
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// Reads every path in parallel with `read`; one bad file does not stop the others.
fn read_each<T: Send>(
    paths: Vec<PathBuf>,
    read: impl Fn(&Path) -> Result<T, Diagnostic> + Sync,
) -> (Vec<T>, Vec<Diagnostic>) {
    let results: Vec<Result<T, Diagnostic>> = paths.par_iter().map(|p| read(p)).collect();
    let mut files = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(f) => files.push(f),
            Err(d) => problems.push(d),
        }
    }
    (files, problems)
}

/// Reads a UTF-8 text file; a byte-order mark is dropped, invalid UTF-8 is located.
fn read_text(root: &Path, path: &Path) -> Result<SourceFile, Diagnostic> {
    let rel = relative(root, path);
    let bytes = fs::read(path).map_err(|e| io_error(root, path, &e))?;
    decode_text(rel, bytes)
}

/// Turns raw bytes into a [`SourceFile`], locating the first invalid UTF-8 byte.
pub fn decode_text(rel: PathBuf, mut bytes: Vec<u8>) -> Result<SourceFile, Diagnostic> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile {
            path: rel,
            text: text.into(),
        }),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let before = String::from_utf8_lossy(&bytes[..valid]);
            let line = before.matches('\n').count() + 1;
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let col = before[line_start..].chars().count() + 1;
            let whole = String::from_utf8_lossy(&bytes).into_owned();
            Err(Diagnostic::error(
                "invalid-utf8",
                rel,
                format!(
                    "file is not valid UTF-8 (byte `0x{:02x}`); save it as UTF-8",
                    bytes[valid]
                ),
            )
            .at(&whole, line, col))
        }
    }
}

fn io_error(root: &Path, path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "io",
        relative(root, path),
        format!(
            "cannot read file: {}",
            crate::diagnostic::lowercase_first(&e.to_string())
        ),
    )
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_located() {
        let d = decode_text("a.md".into(), b"ok\nab\xffc\n".to_vec()).unwrap_err();
        assert_eq!((d.line, d.col), (2, 3));
        assert!(d.message.contains("`0xff`"));
    }

    #[test]
    fn bom_is_dropped() {
        let f = decode_text("a.md".into(), b"\xEF\xBB\xBFhi".to_vec()).unwrap();
        assert_eq!(&*f.text, "hi");
    }

    #[test]
    fn theme_name_is_read_leniently() {
        assert_eq!(
            theme_name("a: b\ntheme: \"mine\"\n").as_deref(),
            Some("mine")
        );
        assert_eq!(theme_name("theme: ../x\n"), None);
    }
}
