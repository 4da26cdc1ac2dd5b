//! The Markdown body of a page, rendered for one route: links to source files become URLs of
//! the same page in the reader's language (their anchors are recorded for checking), links to
//! files next to the articles become URLs of the file chosen for the reader's language (and are
//! recorded, to be written), callouts get their titles in the text's language, and
//! ```` ```letter ```` fences become the letter's snippet. Problems are collected, never thrown.

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::link::files::{FileError, FileLink, is_file_link};
use crate::link::resolve::{self, LinkError};
use crate::link::urls::root_prefix;
use crate::render::anchors::{AnchorCheck, scrolls_to_top};
use crate::render::index::SiteIndex;
use crate::render::letter;
use crate::render::markdown::{self, LinkOutcome, MarkdownOptions};
use crate::render::templates::Templates;

/// A page's body and what rendering it found out.
pub struct Body {
    pub markdown: markdown::Rendered,
    /// Links to anchors, to check once every page's headings are known.
    pub anchors: Vec<AnchorCheck>,
    /// Each source-file link's destination and the URL it became.
    pub links: Vec<(String, Option<String>)>,
    /// Each file link's destination and the file it leads to.
    pub files: Vec<(String, Option<FileLink>)>,
    /// Broken links, unknown or broken letters, then script and nesting the Markdown may not
    /// have.
    pub problems: Vec<Diagnostic>,
}

/// Renders the Markdown of the page shown at route `i`, for a page at `root`.
pub fn render(site: &SiteIndex, templates: &Templates, i: usize, root: &str) -> Body {
    let (r, p) = (site.route(i), site.page_of(i));
    let quotes = site
        .config()
        .language(&p.lang)
        .map(|l| (l.quotes.0.as_str(), l.quotes.1.as_str()))
        .unwrap_or(("“", "”"));
    // Built on the first diagnostic, and shared by all of the page's.
    let lines = std::cell::OnceCell::new();
    let at = |code: &'static str, offset: usize, message: String| {
        let index = lines.get_or_init(|| LineIndex::new(&p.source.text));
        Diagnostic::error(code, p.path(), message).at_index(index, p.body_start + offset)
    };
    let mut anchors = Vec::new();
    let mut links = Vec::new();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut on_link = |dest: &str, offset: usize| -> LinkOutcome {
        if is_file_link(dest) {
            return file_link(site, i, dest, &mut files).unwrap_or_else(|e| {
                problems.push(at("broken-link", offset, e.message()));
                LinkOutcome::Keep
            });
        }
        let mut pending = Vec::new();
        let outcome = Link { site, i, dest }.rewrite(&mut pending, &mut links);
        anchors.extend(
            pending
                .into_iter()
                .map(|(target, anchor, message)| AnchorCheck {
                    target,
                    anchor,
                    diagnostic: at("broken-link", offset, message),
                }),
        );
        match outcome {
            Ok(Some(url)) => LinkOutcome::Rewrite(url),
            Ok(None) => LinkOutcome::Keep,
            Err(e) => {
                problems.push(at("broken-link", offset, e.message()));
                LinkOutcome::Keep
            }
        }
    };
    let mut letter_problems = Vec::new();
    let mut on_letter = |id: &str, offset: usize| -> Option<String> {
        let Some(index) = site.letters().find(id) else {
            letter_problems.push(at(
                "unknown-letter",
                offset,
                format!("unknown letter `{id}`: no `content/letters/{id}.yaml`"),
            ));
            return None;
        };
        letter::snippet(site, templates, &r.lang, index, root)
            .map_err(|d| letter_problems.push(d))
            .ok()
    };
    let callout_title = |key: &str| site.locales().text(&p.lang, key);
    let options = MarkdownOptions {
        quotes,
        unsafe_html: site.config().unsafe_html,
        callout_title: &callout_title,
    };
    let markdown = markdown::render(p.body(), &options, &mut on_link, &mut on_letter);
    problems.extend(letter_problems);
    problems.extend(
        markdown
            .problems
            .iter()
            .map(|f| at(f.code, f.offset, f.message.clone())),
    );
    Body {
        markdown,
        anchors,
        links,
        files,
        problems,
    }
}

/// A link to a file next to the articles, in the page shown at route `i`: the file a reader of
/// the route's language gets, recorded in `files`.
fn file_link(
    site: &SiteIndex,
    i: usize,
    dest: &str,
    files: &mut Vec<(String, Option<FileLink>)>,
) -> Result<LinkOutcome, FileError> {
    let (r, p) = (site.route(i), site.page_of(i));
    let file = site.file_lookup().resolve(&r.lang, &p.key, p.kind, dest);
    files.push((dest.to_string(), file.as_ref().ok().cloned()));
    let file = file?;
    Ok(LinkOutcome::File {
        url: file.url(&r.path),
        size: file.size,
    })
}

/// An anchor to check, before it is placed at its link: (target route, anchor, message).
type PendingAnchor = ((String, String, bool), String, String);

/// One link destination in the page shown at route `i`.
struct Link<'a> {
    site: &'a SiteIndex,
    i: usize,
    dest: &'a str,
}

impl Link<'_> {
    /// The URL the link becomes (`None`: kept as written); records anchors to check and the
    /// URL of every source-file link.
    fn rewrite(
        &self,
        anchors: &mut Vec<PendingAnchor>,
        links: &mut Vec<(String, Option<String>)>,
    ) -> Result<Option<String>, LinkError> {
        let (site, dest) = (self.site, self.dest);
        let (r, p) = (site.route(self.i), site.page_of(self.i));
        if let Some(anchor) = dest.strip_prefix('#') {
            if !scrolls_to_top(anchor) {
                anchors.push((
                    (r.lang.clone(), r.key.clone(), r.kind.is_folder()),
                    anchor.to_string(),
                    format!("link to missing anchor `{dest}`"),
                ));
            }
            return Ok(None);
        }
        if !resolve::is_source_link(dest) {
            return Ok(None);
        }
        let resolved = resolve_link(site, self.i, dest);
        links.push((dest.to_string(), resolved.clone()));
        match (
            resolved,
            resolve::resolve(site.routes(), &r.lang, &p.key, p.kind, dest),
        ) {
            (Some(url), Ok(target)) => {
                if let Some((_, anchor)) = url.split_once('#')
                    && !scrolls_to_top(anchor)
                {
                    let t = site.route(target.route);
                    anchors.push((
                        (t.lang.clone(), t.key.clone(), t.kind.is_folder()),
                        anchor.to_string(),
                        format!(
                            "link to missing anchor `#{anchor}` in `{}`",
                            dest.split('#').next().unwrap_or(dest)
                        ),
                    ));
                }
                Ok(Some(url))
            }
            (_, Err(e)) => Err(e),
            (None, Ok(_)) => Ok(None),
        }
    }
}

/// The URL a source-file link in route `i` becomes (`None` when it does not resolve).
/// Heading ids differ between languages: a fallback page keeps an anchor only when the
/// target shows text in the same language as the page's text.
pub fn resolve_link(site: &SiteIndex, i: usize, dest: &str) -> Option<String> {
    let (r, p) = (site.route(i), site.page_of(i));
    let target = resolve::resolve(site.routes(), &r.lang, &p.key, p.kind, dest).ok()?;
    let t = site.route(target.route);
    let mut url = format!("{}{}", root_prefix(&r.path), t.path);
    let same_text = site.pages()[t.page].lang == p.lang;
    if let Some(anchor) = target.anchor.filter(|_| !r.fallback || same_text) {
        url.push('#');
        url.push_str(&anchor);
    }
    Some(url)
}
