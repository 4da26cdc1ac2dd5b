//! Fixture sites in temporary folders, and small helpers to read what a build wrote.

use std::fs;
use std::path::{Path, PathBuf};

use letterpress::{BuildOptions, BuildReport, CompileOptions, Diagnostics};

/// A copy of a fixture site in a temporary folder, free to be modified by a test.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("fixture is readable");
        let rel = entry.path().strip_prefix(from).expect("below the fixture");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("temp folder is writable");
        } else {
            fs::copy(entry.path(), &target).expect("temp folder is writable");
        }
    }
}

impl Fixture {
    /// Copies `tests/fixtures/<name>`; the repository's UI strings (`locales/*/ui.ftl`) are
    /// added unless the fixture brings its own `locales/<lang>/ui.ftl`.
    pub fn new(name: &str) -> Fixture {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().expect("temp folder");
        copy_dir(&manifest.join("tests/fixtures").join(name), dir.path());
        for lang in ["en", "de", "da", "zh"] {
            let target = dir.path().join("locales").join(lang).join("ui.ftl");
            if !target.exists() {
                fs::create_dir_all(target.parent().unwrap()).unwrap();
                fs::copy(manifest.join("locales").join(lang).join("ui.ftl"), target).unwrap();
            }
        }
        Fixture { dir }
    }

    /// Copies `tests/fixtures/<name>` as it is, without adding UI strings.
    pub fn bare(name: &str) -> Fixture {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().expect("temp folder");
        copy_dir(&manifest.join("tests/fixtures").join(name), dir.path());
        Fixture { dir }
    }

    /// Copies the example site `examples/<name>` as it is.
    pub fn example(name: &str) -> Fixture {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().expect("temp folder");
        copy_dir(&manifest.join("examples").join(name), dir.path());
        Fixture { dir }
    }

    /// An empty temporary folder.
    pub fn empty() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().expect("temp folder"),
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn output(&self) -> PathBuf {
        self.root().join("public")
    }

    /// A source file of the site, as text.
    pub fn read_source(&self, path: &str) -> String {
        fs::read_to_string(self.root().join(path))
            .unwrap_or_else(|e| panic!("cannot read source `{path}`: {e}"))
    }

    /// Writes (or replaces) a file of the site.
    pub fn write(&self, path: &str, contents: impl AsRef<[u8]>) -> &Self {
        let p = self.root().join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, contents).unwrap();
        self
    }

    pub fn options(&self) -> BuildOptions {
        BuildOptions {
            root: self.root().to_path_buf(),
            output: self.output(),
            compile: CompileOptions::default(),
            force: false,
        }
    }

    pub fn build(&self) -> Result<BuildReport, Diagnostics> {
        letterpress::build(&self.options())
    }

    /// Builds and panics with the diagnostics if the build fails.
    pub fn built(&self) -> BuildReport {
        match self.build() {
            Ok(r) => r,
            Err(d) => panic!("build failed:\n{d}"),
        }
    }

    /// Builds, expecting failure, and returns the diagnostics.
    pub fn failed(&self) -> Diagnostics {
        match self.build() {
            Ok(_) => panic!("build was expected to fail"),
            Err(d) => d,
        }
    }

    /// A file of the output, as text.
    pub fn read(&self, path: &str) -> String {
        fs::read_to_string(self.output().join(path))
            .unwrap_or_else(|e| panic!("cannot read output `{path}`: {e}"))
    }

    pub fn exists(&self, path: &str) -> bool {
        self.output().join(path).exists()
    }

    /// Every output file with its bytes, sorted by path.
    pub fn snapshot(&self) -> Vec<(String, Vec<u8>)> {
        snapshot(&self.output())
    }
}

pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The single diagnostic with `code`, or a panic listing all of them.
pub fn find<'a>(d: &'a Diagnostics, code: &str) -> &'a letterpress::Diagnostic {
    d.0.iter()
        .find(|x| x.code == code)
        .unwrap_or_else(|| panic!("no `{code}` diagnostic in:\n{d}"))
}

/// Runs `letterpress` with `args`; returns (exit code, stdout, stderr).
pub fn letterpress(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_letterpress"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
