//! Parse: the text of every source file → [`Parsed`]: the configuration, the pages with their
//! front matter, the UI strings, the letters with their translations, the theme, and the files
//! copied as they are (with the size of each image). Files are
//! parsed on their own and in parallel, every problem is collected. This stage never reads
//! files (`load` does), never decides URLs or fallbacks (`link` does) and never renders.

pub mod config;
pub mod files;
pub mod fluent;
pub mod ftl_limits;
pub mod letter;
pub mod letter_text;
pub mod letters;
pub mod page;
pub mod program;
pub mod theme;
pub mod ui_strings;
mod yaml;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::Input;
use config::Config;
use files::Files;
use fluent::Locales;
use letter::Letter;
use letters::LetterSet;
use page::{Kind, Page};
use theme::Theme;

/// What the command line can change about what is parsed.
#[derive(Debug, Clone, Copy, Default)]
pub struct ParseOptions<'a> {
    /// Keep pages marked `draft: true`.
    pub drafts: bool,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<&'a str>,
    /// Overrides `search` from `site.yaml`.
    pub search: Option<bool>,
}

/// What parsing adds to the [`Input`]: every file understood.
pub struct Parsed {
    /// `site.yaml`, with the options' overrides applied.
    pub config: Config,
    /// The pages of the configured languages (drafts only when asked for), in input order.
    pub pages: Vec<Page>,
    /// The UI strings of every language.
    pub locales: Arc<Locales>,
    /// Every letter declaration with its translations.
    pub letters: LetterSet,
    /// The embedded default theme with the site's own files applied.
    pub theme: Theme,
    /// Files next to the articles, and the site's `static/` folder.
    pub files: Files,
}

/// A Markdown file, parsed (`None` when it is not a page, e.g. outside a language folder).
pub type ParsedPage = Result<Option<Page>, Diagnostic>;

/// Markdown files parsed before, by path, with the text they were parsed from: a file whose
/// text is still the same shared string is not parsed again (`serve` keeps this between builds).
pub type PageCache = HashMap<PathBuf, (Arc<str>, ParsedPage)>;

/// Parses the input; `None` when there is no valid configuration to go on with. Problems are
/// added to `problems`; `reuse` gives earlier parses and keeps this one's for the next.
pub fn parse(
    input: &Input,
    options: &ParseOptions,
    reuse: &mut PageCache,
    problems: &mut Diagnostics,
) -> Option<Parsed> {
    let config = input
        .config
        .as_ref()
        .and_then(|f| config::parse(&f.text).map_err(|d| problems.extend(d)).ok())
        .map(|c| with_overrides(c, options));
    let pages = parse_pages(input, reuse, problems);
    let declared: Vec<Letter> = input
        .letters
        .iter()
        .cloned()
        .filter_map(|f| letter::parse(f).map_err(|d| problems.extend(d)).ok())
        .collect();
    let config = config?;
    let pages = keep_pages(&config, pages, options.drafts, problems);
    let (locales, d) = Locales::parse(&config, &input.locales);
    problems.extend(d);
    let (letters, d) = letters::parse_all(&config, declared, &input.locales);
    problems.extend(d);
    let (theme, d) = Theme::resolve(&config.theme, &input.theme);
    problems.extend(d);
    let files = Files::parse(&config, input);
    Some(Parsed {
        config,
        pages,
        locales: Arc::new(locales),
        letters,
        theme,
        files,
    })
}

fn with_overrides(mut config: Config, options: &ParseOptions) -> Config {
    if let Some(url) = options.base_url {
        config.base_url = config::with_trailing_slash(url);
    }
    if let Some(search) = options.search {
        config.search = search;
    }
    config
}

/// Every Markdown file of the input as a page, in parallel, reusing what `reuse` holds.
fn parse_pages(input: &Input, reuse: &mut PageCache, problems: &mut Diagnostics) -> Vec<Page> {
    let parsed: Vec<ParsedPage> = input
        .articles
        .par_iter()
        .map(|file| {
            if let Some((text, parsed)) = reuse.get(&file.path)
                && Arc::ptr_eq(text, &file.text)
            {
                return parsed.clone();
            }
            match page::identify(&file.path) {
                Some((lang, key, kind)) => page::parse(file.clone(), lang, key, kind).map(Some),
                None => Ok(None),
            }
        })
        .collect();
    *reuse = input
        .articles
        .iter()
        .zip(&parsed)
        .map(|(f, p)| (f.path.clone(), (Arc::clone(&f.text), p.clone())))
        .collect();
    let mut pages = Vec::with_capacity(parsed.len());
    for p in parsed {
        match p {
            Ok(Some(p)) => pages.push(p),
            Ok(None) => {}
            Err(d) => problems.push(d),
        }
    }
    pages
}

/// The pages of configured languages (and drafts only when asked for); warns about language
/// folders the configuration does not list and reports a missing home page.
fn keep_pages(
    config: &Config,
    mut pages: Vec<Page>,
    drafts: bool,
    problems: &mut Diagnostics,
) -> Vec<Page> {
    let mut unknown: Vec<String> = pages
        .iter()
        .filter(|p| config.language(&p.lang).is_none())
        .map(|p| p.lang.clone())
        .collect();
    unknown.sort();
    unknown.dedup();
    for lang in &unknown {
        problems.push(
            Diagnostic::error(
                "unknown-language",
                format!("content/{lang}"),
                format!(
                    "folder `content/{lang}` is not a language listed in `site.yaml`; it is ignored"
                ),
            )
            .warning(),
        );
    }
    pages.retain(|p| config.language(&p.lang).is_some() && (drafts || !p.front.draft));
    if !pages.iter().any(|p| p.kind == Kind::Home) {
        problems.push(Diagnostic::error(
            "missing-home",
            format!("content/{}/_index.md", config.default_language),
            "the site has no home page: add `_index.md` with a `title` and `description`",
        ));
    }
    pages
}
