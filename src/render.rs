//! Tera over the theme: the template environment (with the `t()` and `asset()` functions) and the
//! context of every kind of page. Data in, HTML out: it never reads or writes files.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Locales;
use crate::markdown::Heading;
use crate::theme::Theme;

/// The compiled templates of a build, loaded once and shared by every rendering thread.
pub struct Renderer {
    tera: Tera,
    /// Template name → (origin path, source), for diagnostics.
    origins: BTreeMap<String, (String, String)>,
}

/// Converts a Tera value into a Fluent argument.
fn fluent_value(v: &tera::Value) -> Option<fluent::FluentValue<'static>> {
    if let Some(i) = v.as_i64() {
        Some(fluent::FluentValue::from(i))
    } else if let Some(f) = v.as_f64() {
        Some(fluent::FluentValue::from(f))
    } else {
        v.as_str().map(|s| fluent::FluentValue::from(s.to_string()))
    }
}

impl Renderer {
    /// Compiles the theme's templates. `assets` maps a static file's path to its cache-busting URL.
    pub fn new(
        theme: &Theme,
        locales: Arc<Locales>,
        assets: Arc<BTreeMap<String, String>>,
    ) -> Result<Renderer, Diagnostics> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.register_function(
            "t",
            move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
                let key: String = kwargs.must_get::<&str>("key")?.to_string();
                let lang: String = match kwargs.get::<&str>("lang")? {
                    Some(l) => l.to_string(),
                    None => state.get::<String>("lang")?.unwrap_or_default(),
                };
                let mut args = fluent::FluentArgs::new();
                for (k, v) in kwargs.iter() {
                    let name = k.to_string();
                    if name != "key"
                        && name != "lang"
                        && let Some(value) = fluent_value(v)
                    {
                        args.set(name, value);
                    }
                }
                let args = args.iter().next().is_some().then_some(&args);
                locales
                    .format(&lang, &key, args)
                    .map_err(tera::Error::message)
            },
        );
        tera.register_function(
            "asset",
            move |kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
                let path = kwargs.must_get::<&str>("path")?;
                assets.get(path).cloned().ok_or_else(|| {
                    tera::Error::message(format!("no static file `{path}` in the theme"))
                })
            },
        );
        let origins: BTreeMap<String, (String, String)> = theme
            .templates
            .iter()
            .map(|(name, t)| (name.clone(), (t.origin.clone(), t.source.clone())))
            .collect();
        let sources: Vec<(&str, &str)> = theme
            .templates
            .iter()
            .map(|(n, t)| (n.as_str(), t.source.as_str()))
            .collect();
        let renderer = Renderer {
            tera: Tera::new(),
            origins,
        };
        let mut tera = tera;
        if let Err(e) = tera.add_raw_templates(sources) {
            return Err(renderer.diagnostic(&e).into());
        }
        Ok(Renderer { tera, ..renderer })
    }

    pub fn has_template(&self, name: &str) -> bool {
        self.origins.contains_key(name)
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: &impl Serialize) -> Result<String, Diagnostic> {
        let ctx = Context::from_serialize(context).map_err(|e| self.diagnostic(&e))?;
        self.tera
            .render(name, &ctx)
            .map_err(|e| self.diagnostic(&e))
    }

    /// A Tera error as `themes/…/templates/x.html:line:col: message`.
    fn diagnostic(&self, e: &tera::Error) -> Diagnostic {
        let report = match e.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
            _ => None,
        };
        let mut message = match report {
            Some(r) => r.message().to_string(),
            None => e.to_string(),
        };
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        let message = format!(
            "template error: {}",
            crate::diagnostic::lowercase_first(&message)
        );
        match report {
            Some(r) => {
                let (origin, src) = self
                    .origins
                    .get(r.filename())
                    .cloned()
                    .unwrap_or_else(|| (r.filename().to_string(), String::new()));
                let span = r.span();
                Diagnostic::error("template", origin, message).at(
                    &src,
                    span.start_line,
                    span.start_col + 1,
                )
            }
            None => Diagnostic::error("template", "themes", message),
        }
    }
}

/// The site-wide part of every page's context.
#[derive(Debug, Clone, Serialize)]
pub struct SiteInfo {
    pub base_url: String,
    pub default_language: String,
    pub languages: Vec<LanguageInfo>,
    pub repository: Option<String>,
    /// The site has a search index (templates show the search box).
    pub search: bool,
}

/// A language, as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageInfo {
    pub code: String,
    pub name: String,
    pub dir: &'static str,
}

/// A link to another page in a list (home, section, navigation, prev/next).
#[derive(Debug, Clone, Hash, Serialize)]
pub struct Link {
    pub title: String,
    pub description: String,
    /// Path from the site root (prefix with `root` in templates).
    pub path: String,
    /// Language of the title's text (differs from the page's on fallbacks).
    pub lang: String,
    pub fallback: bool,
    pub date: Option<String>,
    pub date_display: Option<String>,
}

/// A section with its pages, for the home and section pages.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct SectionList {
    pub title: String,
    pub description: String,
    pub path: Option<String>,
    pub lang: String,
    pub pages: Vec<Link>,
}

/// The same page in one language, for the language switcher and `hreflang`.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct Translation {
    pub code: String,
    pub name: String,
    pub path: String,
    /// Absolute URL (for `hreflang`).
    pub url: String,
    pub current: bool,
    /// False when this language only shows a fallback.
    pub available: bool,
}

/// Notice shown on a page displayed in a fallback language.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct FallbackNotice {
    /// Code and name of the language whose text is shown.
    pub code: String,
    pub name: String,
    /// Name of the page's (missing) language.
    pub missing_name: String,
    /// Path of the page that explains how to contribute, if the site has one.
    pub help_path: Option<String>,
}

/// Notice shown on a translation whose source has changed since.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct OutdatedNotice {
    /// Code and name of the source language.
    pub code: String,
    pub name: String,
    /// Path of the source page.
    pub path: String,
}

/// Everything templates know about the page being rendered.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct PageInfo {
    /// `home`, `section`, `article`, `not-found`, `chooser`.
    pub kind: &'static str,
    pub key: String,
    pub title: String,
    pub description: String,
    pub path: String,
    pub canonical: String,
    pub content: String,
    pub toc: Vec<Heading>,
    pub date: Option<String>,
    pub date_display: Option<String>,
    pub updated: Option<String>,
    pub updated_display: Option<String>,
    pub reading_minutes: u64,
    pub tags: Vec<String>,
    pub noindex: bool,
    pub fallback: Option<FallbackNotice>,
    /// Set when this translation's source changed since it was translated.
    pub outdated: Option<OutdatedNotice>,
    pub breadcrumbs: Vec<Link>,
    pub prev: Option<Link>,
    pub next: Option<Link>,
    /// Source file, relative to the site root (for "edit this page").
    pub source_path: Option<String>,
}

/// The context of one HTML page.
#[derive(Debug, Clone, Serialize)]
pub struct PageContext<'a> {
    /// Language of the interface (and of the URL).
    pub lang: &'a str,
    /// Language of the main text (differs on fallback pages).
    pub text_lang: &'a str,
    pub dir: &'static str,
    /// Relative way back to the site root (`../../`), or the base path on 404 pages.
    pub root: String,
    pub site: &'a SiteInfo,
    pub page: PageInfo,
    pub translations: Vec<Translation>,
    /// Sections and their pages (home and section pages); the letters grouped by situation
    /// (letters list); the articles that explain the letter (letter page).
    pub sections: Vec<SectionList>,
    /// Top-level navigation: the language's sections.
    pub nav: &'a [Link],
    /// The language's letters (home and letters index).
    pub letters: Vec<Link>,
    /// The letter of a letter page.
    pub letter: Option<LetterView>,
    /// Translation status of every language (the contributor dashboard).
    pub status: Option<&'a [crate::translation::LanguageStatus]>,
}

/// A choice of a choice field, in the form.
#[derive(Debug, Clone, Serialize)]
pub struct ChoiceView {
    pub id: String,
    pub label: String,
    pub checked: bool,
}

/// A field of a letter's form.
#[derive(Debug, Clone, Serialize)]
pub struct FieldView {
    pub id: String,
    /// `text`, `multiline`, `date`, `email`, `choice`.
    pub kind: &'static str,
    pub required: bool,
    pub label: String,
    pub hint: Option<String>,
    pub example: Option<String>,
    pub autocomplete: Option<String>,
    pub shared: bool,
    pub choices: Vec<ChoiceView>,
}

/// A piece of a letter's text without JavaScript: text, or a blank shown as `[label]`.
#[derive(Debug, Clone, Serialize)]
pub struct SegmentView {
    pub text: String,
    pub blank: bool,
}

/// Everything the letter snippet template needs.
#[derive(Debug, Clone, Serialize)]
pub struct LetterView {
    pub id: String,
    /// Language of the letter's text (differs from the page's on fallbacks).
    pub lang: String,
    pub title: String,
    pub description: String,
    /// Path of the letter's own page from the site root.
    pub path: String,
    pub fallback: Option<FallbackNotice>,
    pub fields: Vec<FieldView>,
    pub subject: Vec<SegmentView>,
    pub body: Vec<SegmentView>,
    /// `mailto:` URL of the text with blanks (kept current by the script).
    pub mailto: String,
    /// File name for downloads.
    pub download: String,
    /// The compiled browser program (JSON).
    pub program: String,
    /// Heading level of the snippet's title (2 inside articles, 2 on its own page too).
    pub heading: u8,
}
