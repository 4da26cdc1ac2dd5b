//! Letterpress: a static-site generator for multilingual guides with fill-in letter templates.
//!
//! A build is one pipeline, and each stage is a module that uses only the stages before it:
//! `load` (read the tree) → `parse` (configuration, pages, Fluent, letters) → `link` (routes,
//! translations, fallbacks) → `render` (HTML, feeds, sitemap) → `write` (swap the output in).
//! `translators` (status, findings, `translate`) reads what `parse` gives; `compile` runs
//! parse → link → render in memory, incrementally for `serve`; `search` indexes rendered pages;
//! `init` writes a new site. This file holds the entry points — [`build`], [`check`],
//! [`status`], [`translate`], [`init()`] — each a
//! short sequence of stage calls; it never reads or writes files itself.

pub mod compile;
pub mod diagnostic;
pub mod init;
pub mod link;
pub mod load;
pub mod output;
pub mod parse;
pub mod render;
pub mod search;
pub mod serve;
mod source_write;
pub mod translators;
pub mod write;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use compile::{
    Cache, CompileOptions, Fallback, LanguagePages, Site, StageTimes, compile, compile_with,
};
pub use diagnostic::{Diagnostic, Diagnostics, Severity};

/// What `letterpress build` needs to know.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder (with `site.yaml`).
    pub root: PathBuf,
    /// Where the site is written; replaced as a whole.
    pub output: PathBuf,
    pub compile: CompileOptions,
    /// Replace a non-empty output folder that Letterpress did not make (`--force`).
    pub force: bool,
}

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub pages: usize,
    pub languages: Vec<String>,
    pub elapsed: Duration,
    pub warnings: Diagnostics,
    /// What the search index holds, when the site has search.
    pub search: Option<SearchReport>,
    /// Per language: its pages, and which show another language's text.
    pub by_language: Vec<LanguagePages>,
    pub timings: Timings,
}

/// How long each stage of a build took.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    pub load: Duration,
    pub stages: StageTimes,
    pub search: Duration,
    pub write: Duration,
}

/// What indexing for search did.
#[derive(Debug, Clone)]
pub struct SearchReport {
    pub pages: usize,
    pub bytes: usize,
    pub elapsed: Duration,
    /// Per language: (code, pages indexed, bytes of its own index files).
    pub languages: Vec<(String, usize, usize)>,
}

impl BuildReport {
    /// `built 48 pages in 4 languages (zh, en, de, da) in 41 ms`, and what search indexed.
    pub fn summary(&self) -> String {
        let mut text = format!(
            "built {} pages in {} languages ({}) in {} ms",
            self.pages,
            self.languages.len(),
            self.languages.join(", "),
            self.elapsed.as_millis()
        );
        if let Some(s) = &self.search {
            text.push_str(&format!(
                "; search indexed {} pages ({} KiB) in {} ms",
                s.pages,
                s.bytes.div_ceil(1024),
                s.elapsed.as_millis()
            ));
        }
        text
    }
}

/// Loads, compiles and writes the site. On any error the previous output stays untouched.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let start = Instant::now();
    let write_options = write::WriteOptions {
        force: options.force,
        home: std::env::var_os("HOME").map(PathBuf::from),
        crash: None,
    };
    let output = claim_output(options, &write_options)?;
    let loading = Instant::now();
    let (input, problems) = load::load(&options.root);
    let mut timings = Timings {
        load: loading.elapsed(),
        ..Timings::default()
    };
    let (site, warnings) = compiled(&input, &options.compile, problems)?;
    timings.stages = site.timings;
    let mut outputs = site.outputs;
    let search = if site.search {
        Some(index_for_search(&mut outputs)?)
    } else {
        None
    };
    timings.search = search.as_ref().map_or(Duration::ZERO, |s| s.elapsed);
    let writing = Instant::now();
    write::write(&output, &outputs, &write_options).map_err(|e| {
        Diagnostics::from(Diagnostic::error(
            "io",
            &options.output,
            format!("cannot write the site: {e}"),
        ))
    })?;
    timings.write = writing.elapsed();
    Ok(BuildReport {
        pages: site.pages,
        languages: site.languages,
        elapsed: start.elapsed(),
        warnings,
        search,
        by_language: site.by_language,
        timings,
    })
}

/// The resolved output folder, once it is known to be safe to replace and a swap a previous
/// build left unfinished is completed or undone.
fn claim_output(
    options: &BuildOptions,
    write_options: &write::WriteOptions,
) -> Result<PathBuf, Diagnostics> {
    let output = write::check_location(&options.root, &options.output, write_options).map_err(
        |refusal| {
            Diagnostics::from(Diagnostic::error(
                "unsafe-output",
                &options.output,
                refusal.to_string(),
            ))
        },
    )?;
    write::recover(&output).map_err(|e| {
        Diagnostics::from(Diagnostic::error(
            "io",
            &options.output,
            format!(
                "cannot finish the previous build's swap: {}",
                diagnostic::lowercase_first(&e.to_string())
            ),
        ))
    })?;
    Ok(output)
}

/// The compiled site and every warning (the loader's included), or every problem.
fn compiled(
    input: &load::Input,
    options: &CompileOptions,
    mut problems: Diagnostics,
) -> Result<(Site, Diagnostics), Diagnostics> {
    let site = compile(input, options);
    match &site {
        Ok(site) => problems.extend(site.warnings.0.iter().cloned()),
        Err(d) => problems.extend(d.0.iter().cloned()),
    }
    problems.sort();
    match site {
        Ok(site) if !problems.has_errors() => Ok((site, problems)),
        _ => Err(problems),
    }
}

/// Adds the search bundle to `outputs`.
fn index_for_search(outputs: &mut Vec<output::Output>) -> Result<SearchReport, Diagnostics> {
    let started = Instant::now();
    let index = search::index(outputs)?;
    let languages = index
        .languages
        .iter()
        .map(|(code, &pages)| {
            // Pagefind names a language's own files `<code>_<hash>.pf_…` (`pagefind.<code>_…`).
            let own = format!("{}_", code.to_ascii_lowercase());
            let bytes = index
                .files
                .iter()
                .filter(|f| {
                    let name = f.path.rsplit('/').next().unwrap_or_default();
                    name.strip_prefix("pagefind.")
                        .unwrap_or(name)
                        .starts_with(&own)
                })
                .map(|f| f.contents.len())
                .sum();
            (code.clone(), pages, bytes)
        })
        .collect();
    let report = SearchReport {
        pages: index.pages(),
        bytes: index.bytes(),
        elapsed: started.elapsed(),
        languages,
    };
    outputs.extend(index.files);
    Ok(report)
}

/// Loads the site at `root` and gives the subject and body of letter `id` for a reader of
/// `lang`, formatted by fluent-rs from raw form values (see
/// [`render::letter_program::reference_text`]).
pub fn letter_text(
    root: &Path,
    lang: &str,
    id: &str,
    values: &std::collections::BTreeMap<String, String>,
) -> Result<(String, String), Diagnostics> {
    let (input, problems) = load::load(root);
    let fail = |message: String| {
        Diagnostics::from(Diagnostic::error("letter", "content/letters", message))
    };
    let config_file = input.config.as_ref().ok_or_else(|| problems.clone())?;
    let config = parse::config::parse(&config_file.text)?;
    let (locales, _) = parse::fluent::Locales::parse(&config, &input.locales);
    let mut declared = Vec::new();
    for file in input.letters {
        declared.push(parse::letter::parse(file).map_err(Diagnostics)?);
    }
    let (set, d) = parse::letters::parse_all(&config, declared, &input.locales);
    if d.has_errors() {
        return Err(d);
    }
    render::letter_program::reference_text(&set, &config, &locales, lang, id, values).map_err(fail)
}

/// Everything a build would report, plus translator findings, without writing anything.
pub fn check(root: &Path, options: &CompileOptions) -> Diagnostics {
    let (input, mut problems) = load::load(root);
    match compile(&input, options) {
        Ok(site) => {
            problems.extend(site.warnings);
            problems.extend(site.findings);
        }
        Err(d) => problems.extend(d),
    }
    problems.sort();
    problems
}

/// Translation status of every language of the site at `root`.
pub fn status(root: &Path) -> Result<Vec<translators::status::LanguageStatus>, Diagnostics> {
    let (input, problems) = load::load(root);
    if problems.has_errors() {
        return Err(problems);
    }
    compile(&input, &CompileOptions::default()).map(|site| site.status)
}

/// Creates a translation from the source language, or refreshes its freshness marker.
pub fn translate(
    options: &translators::translate::TranslateOptions,
) -> Result<Vec<PathBuf>, Diagnostics> {
    let (input, problems) = load::load(&options.root);
    let config_file = input.config.as_ref().ok_or(problems)?;
    let config = parse::config::parse(&config_file.text)?;
    translators::translate::translate(options, &config, &input)
}

/// Starts a new site in an empty or new folder: the files of [`init::site`], written by the
/// one writer of `init`. Returns the paths written, relative to the site's folder.
pub fn init(options: &init::InitOptions) -> Result<Vec<PathBuf>, Diagnostics> {
    let files = init::site(options).map_err(Diagnostics::from)?;
    init::write(&options.root, &files)
}
