//! The Markdown body of a page, rendered for one route: links to source files become URLs of
//! the same page in the reader's language (their anchors are recorded for checking), links to
//! files next to the articles become URLs of the file chosen for the reader's language (and are
//! recorded, to be written), other links by URL (`../x/`, `/de/x/`, in Markdown or raw `href` and
//! `src`) are recorded to be checked once every file is known (one starting with `/` becomes
//! relative), callouts get their titles in the text's language, and ```` ```letter ```` fences
//! become the letter's snippet. Problems are collected, never thrown.

use crate::diagnostic::{Diagnostic, LineIndex};
use crate::link::files::{FileError, FileLink, is_file_link};
use crate::link::resolve::{self, LinkError};
use crate::link::urls::{UrlTarget, root_prefix, url_target};
use crate::render::anchors::{AnchorCheck, UrlCheck, scrolls_to_top};
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
    /// Links by URL, to check once every file of the site is known.
    pub urls: Vec<UrlCheck>,
    /// Where every link of the content leads (path from the site root, fragment).
    pub targets: Vec<(String, Option<String>)>,
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
    let mut urls = UrlChecks::new(site, i);
    let mut on_link = |dest: &str, offset: usize| -> LinkOutcome {
        if is_file_link(dest) {
            let outcome = file_link(site, i, dest, &mut files).unwrap_or_else(|e| {
                problems.push(at("broken-link", offset, e.message()));
                LinkOutcome::Keep
            });
            match &outcome {
                LinkOutcome::File { url, .. } => urls.target(url),
                _ => urls.target(dest),
            }
            return outcome;
        }
        let mut pending = Vec::new();
        let mut by_url = None;
        let outcome = Link { site, i, dest }.rewrite(&mut pending, &mut links, &mut by_url);
        if let Some((path, fragment)) = by_url {
            urls.check(
                dest,
                path,
                fragment,
                at("broken-link", offset, String::new()),
            );
        }
        let emitted = match &outcome {
            Ok(Some(url)) => url.as_str(),
            _ => dest,
        };
        urls.target(emitted);
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
        urls: urls.checks,
        targets: urls.targets,
    }
}

/// The links by URL of the page shown at one route, and where every link of its content leads.
struct UrlChecks<'a> {
    /// The page's file, from the site root.
    from: String,
    base_url: &'a str,
    base_path: &'a str,
    /// The page's route path, when it stands in for a missing translation.
    fallback: Option<&'a str>,
    checks: Vec<UrlCheck>,
    targets: Vec<(String, Option<String>)>,
}

impl<'a> UrlChecks<'a> {
    fn new(site: &'a SiteIndex, i: usize) -> Self {
        let r = site.route(i);
        UrlChecks {
            from: format!("{}index.html", r.path),
            base_url: &site.config().base_url,
            base_path: site.config().base_path(),
            fallback: r.fallback.then_some(r.path.as_str()),
            checks: Vec::new(),
            targets: Vec::new(),
        }
    }

    /// Records where the URL `emitted` of the page leads.
    fn target(&mut self, emitted: &str) {
        match url_target(emitted, &self.from, self.base_url, self.base_path) {
            UrlTarget::Internal { path, fragment } => self.targets.push((path, fragment)),
            // Reported at its source; kept as written, for the check of the whole page.
            UrlTarget::Outside => self.targets.push((emitted.to_string(), None)),
            UrlTarget::External => {}
        }
    }

    /// Records a link by URL, written `dest`, to check at `place`.
    fn check(&mut self, dest: &str, path: String, fragment: Option<String>, place: Diagnostic) {
        self.checks.push(UrlCheck {
            path,
            fragment,
            written: dest.to_string(),
            fallback: self.fallback.map(String::from),
            diagnostic: place,
        });
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
        by_url: &mut Option<(String, Option<String>)>,
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
            return self.url(by_url);
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

impl Link<'_> {
    /// A link by URL: where it leads on this site (`None` for other sites), and the relative
    /// URL it becomes when written from the site root (`/de/x/`).
    fn url(
        &self,
        by_url: &mut Option<(String, Option<String>)>,
    ) -> Result<Option<String>, LinkError> {
        let r = self.site.route(self.i);
        let config = self.site.config();
        let from = format!("{}index.html", r.path);
        let base_path = config.base_path();
        match url_target(self.dest, &from, &config.base_url, base_path) {
            UrlTarget::External => Ok(None),
            UrlTarget::Outside => Err(LinkError::OutsideSite(self.dest.to_string())),
            UrlTarget::Internal { path, fragment } => {
                *by_url = Some((path, fragment));
                let Some(absolute) = self.dest.strip_prefix('/') else {
                    return Ok(None);
                };
                let in_base = base_path.len() > 1 && self.dest.starts_with(base_path);
                let rest = if in_base {
                    &self.dest[base_path.len()..]
                } else {
                    absolute
                };
                Ok(Some(format!("{}{rest}", root_prefix(&r.path))))
            }
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
