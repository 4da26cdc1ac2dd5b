//! Every internal link of the built site leads to a file of it, and its fragment to an element
//! of that file: checked over the final list of output files, once everything is rendered.
//! Links written in content (recorded while pages render, see `body.rs`) are reported at their
//! place in the source; every other link of a page comes from the theme and is reported at the
//! `href` or `src` of the template that matches it, once for all the pages it breaks on. Links to
//! other sites (`https:`, `mailto:`, `tel:` …) are not checked. Each file is scanned once, so the
//! check is linear in the size of the site. It only reports; it never changes a file.

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, line_col};
use crate::link::urls::{UrlTarget, url_target};
use crate::output::Output;
use crate::render::anchors::{PageAnchors, UrlCheck, scrolls_to_top};
use crate::render::index::SiteIndex;
use crate::render::raw_html::{attribute_value, start_tags};
use crate::render::templates::Templates;

/// The files of the site by path, and the ids of its HTML files (scanned when first needed).
pub struct Files<'a> {
    by_path: HashMap<&'a str, &'a Output>,
    ids: HashMap<&'a str, HashSet<String>>,
}

impl<'a> Files<'a> {
    pub fn new(outputs: impl IntoIterator<Item = &'a Output>) -> Self {
        Files {
            by_path: outputs.into_iter().map(|o| (o.path.as_str(), o)).collect(),
            ids: HashMap::new(),
        }
    }

    /// The file a link's path leads to: the file itself, or the `index.html` of the folder
    /// (with or without its final `/`).
    fn resolve(&self, path: &str) -> Option<&'a Output> {
        if path.is_empty() || path.ends_with('/') {
            return self
                .by_path
                .get(format!("{path}index.html").as_str())
                .copied();
        }
        self.by_path
            .get(path)
            .or_else(|| self.by_path.get(format!("{path}/index.html").as_str()))
            .copied()
    }

    /// Whether the HTML file `file` has an element with id (or `<a name>`) `fragment`; files
    /// that are not HTML have every fragment (`form.pdf#page=2`).
    fn has_id(&mut self, file: &'a Output, fragment: &str) -> bool {
        if !file.path.ends_with(".html") || scrolls_to_top(fragment) {
            return true;
        }
        self.ids
            .entry(file.path.as_str())
            .or_insert_with(|| scan(file).ids)
            .contains(fragment)
    }

    /// Why `path#fragment` leads nowhere, if it does.
    fn problem(&mut self, path: &str, fragment: Option<&str>) -> Option<Broken> {
        let Some(file) = self.resolve(path) else {
            return Some(Broken::Missing);
        };
        match fragment {
            Some(f) if !self.has_id(file, f) => Some(Broken::Anchor(f.to_string())),
            _ => None,
        }
    }
}

/// How a link is broken.
enum Broken {
    /// Nothing at its path.
    Missing,
    /// The file has no element with this id.
    Anchor(String),
}

/// What the links check needs of a rendered site.
pub struct Site<'a> {
    pub site: &'a SiteIndex,
    pub templates: &'a Templates,
    pub outputs: &'a [Output],
    /// Per route of `site`: what its content links to.
    pub anchors: &'a [PageAnchors],
    /// Redirect pages, whose one link `redirects.rs` made to a page it knows.
    pub redirects: &'a HashSet<String>,
}

/// Every broken internal link of the site: in content at its source, from templates at the
/// template.
pub fn check(s: &Site) -> Vec<Diagnostic> {
    let mut files = Files::new(s.outputs);
    let mut scans: Vec<Scan> = s
        .outputs
        .par_iter()
        .filter(|o| o.path.ends_with(".html") && !s.redirects.contains(&o.path))
        .map(scan)
        .collect();
    scans.sort_by(|a, b| a.path.cmp(b.path));
    let mut problems = from_templates(s, &scans, &mut files);
    for scan in scans {
        files.ids.insert(scan.path, scan.ids);
    }
    problems.extend(check_content(
        s.anchors.iter().flat_map(|p| &p.urls),
        &mut files,
    ));
    problems
}

/// The links by URL in content that lead nowhere, at their place in the source. A link broken
/// in a page's own language and in pages standing in for translations is reported once.
pub fn check_content<'p>(
    checks: impl IntoIterator<Item = &'p UrlCheck>,
    files: &mut Files,
) -> Vec<Diagnostic> {
    let mut broken: Vec<(&UrlCheck, Diagnostic)> = Vec::new();
    for check in checks {
        let Some(problem) = files.problem(&check.path, check.fragment.as_deref()) else {
            continue;
        };
        let written = check.written.split('#').next().unwrap_or_default();
        let mut message = match problem {
            Broken::Missing => format!("link to missing page or file `{written}`"),
            Broken::Anchor(f) => format!("link to missing anchor `#{f}` in `{written}`"),
        };
        if let Some(page) = &check.fallback {
            message.push_str(&format!(
                " from `{page}`, where this text stands in for a missing translation"
            ));
        }
        let d = Diagnostic {
            message,
            ..check.diagnostic.clone()
        };
        broken.push((check, d));
    }
    broken.sort_by(|(a, x), (b, y)| {
        let (a, b) = (a.fallback.is_some(), b.fallback.is_some());
        (&x.path, x.line, x.col, a).cmp(&(&y.path, y.line, y.col, b))
    });
    broken.dedup_by(|(_, later), (_, first)| {
        (&later.path, later.line, later.col) == (&first.path, first.line, first.col)
    });
    broken.into_iter().map(|(_, d)| d).collect()
}

/// One HTML file's URLs (decoded) and ids.
struct Scan<'a> {
    path: &'a str,
    urls: Vec<String>,
    ids: HashSet<String>,
}

fn scan(file: &Output) -> Scan<'_> {
    let html = String::from_utf8_lossy(&file.contents);
    let mut scan = Scan {
        path: &file.path,
        urls: Vec::new(),
        ids: HashSet::new(),
    };
    for tag in start_tags(&html) {
        for a in &tag.attributes {
            let value = || attribute_value(&html[a.value.clone()]);
            match a.name.as_str() {
                "href" | "src" => scan.urls.push(value()),
                "id" => {
                    scan.ids.insert(value());
                }
                "name" if tag.name == "a" => {
                    scan.ids.insert(value());
                }
                _ => {}
            }
        }
    }
    scan
}

/// The broken links of every page that its content did not write: one diagnostic per template
/// attribute they come from.
fn from_templates(s: &Site, scans: &[Scan], files: &mut Files) -> Vec<Diagnostic> {
    let written = content_targets(s);
    let config = s.site.config();
    let patterns = patterns(s.templates);
    // (template, offset) of the attribute → (first page, its broken URL, problem, pages).
    let mut found: BTreeMap<(usize, usize), (&str, &str, Broken, usize)> = BTreeMap::new();
    let mut unknown = Vec::new();
    for scan in scans {
        let own = written.get(scan.path);
        for url in &scan.urls {
            let problem = match url_target(url, scan.path, &config.base_url, config.base_path()) {
                UrlTarget::External => None,
                UrlTarget::Outside if own.is_some_and(|w| w.contains(&(url.as_str(), None))) => {
                    continue;
                }
                UrlTarget::Outside => Some(Broken::Missing),
                UrlTarget::Internal { path, fragment } => {
                    if own.is_some_and(|w| w.contains(&(path.as_str(), fragment.as_deref()))) {
                        continue;
                    }
                    if fragment.is_some() && path == scan.path {
                        let f = fragment.as_deref().unwrap_or_default();
                        (!scrolls_to_top(f) && !scan.ids.contains(f))
                            .then(|| Broken::Anchor(f.to_string()))
                    } else {
                        files.problem(&path, fragment.as_deref())
                    }
                }
            };
            let Some(problem) = problem else { continue };
            match best_match(&patterns, url) {
                Some(p) => {
                    let entry = found.entry(p).or_insert((scan.path, url, problem, 0));
                    entry.3 += 1;
                }
                None => unknown.push(template_problem(scan.path, url, &problem, 1)),
            }
        }
    }
    let mut problems: Vec<Diagnostic> = found
        .into_iter()
        .map(|((t, offset), (page, url, problem, pages))| {
            let p = &patterns[t];
            let (line, col) = line_col(p.source, offset);
            let message = template_problem(page, url, &problem, pages).message;
            Diagnostic::error("broken-link", p.origin, message).at(p.source, line, col)
        })
        .collect();
    problems.append(&mut unknown);
    problems
}

/// The message for a broken link made by a template, seen first on `page` and on `pages` pages
/// in all (placed at the page itself, for when no template attribute matches it).
fn template_problem(page: &str, url: &str, problem: &Broken, pages: usize) -> Diagnostic {
    let what = match problem {
        Broken::Missing => format!("link to missing page or file `{url}`"),
        Broken::Anchor(f) => format!("link to missing anchor `#{f}` in `{url}`"),
    };
    let more = match pages {
        1 => String::new(),
        2 => " and on 1 more page".to_string(),
        n => format!(" and on {} more pages", n - 1),
    };
    Diagnostic::error(
        "broken-link",
        page,
        format!("{what} made by the theme, in `{page}`{more}"),
    )
}

/// Per page of content, where the links its content wrote lead.
fn content_targets<'a>(s: &'a Site) -> HashMap<String, HashSet<(&'a str, Option<&'a str>)>> {
    s.site
        .routes()
        .routes
        .iter()
        .zip(s.anchors)
        .map(|(r, a)| {
            let targets = a
                .targets
                .iter()
                .map(|(p, f)| (p.as_str(), f.as_deref()))
                .collect();
            (format!("{}index.html", r.path), targets)
        })
        .collect()
}

/// An `href` or `src` of a template, as a pattern: its literal text, with holes where Tera
/// inserts something.
struct Pattern<'t> {
    origin: &'t str,
    source: &'t str,
    /// Byte offset of the value in `source`.
    offset: usize,
    /// The literal parts, in order; a hole lies between each two.
    parts: Vec<&'t str>,
}

impl Pattern<'_> {
    /// Whether `url` could have come from this attribute.
    fn matches(&self, url: &str) -> bool {
        let (first, last) = (self.parts[0], self.parts[self.parts.len() - 1]);
        if self.parts.len() == 1 {
            return url == first;
        }
        if !url.starts_with(first) || !url[first.len()..].ends_with(last) {
            return false;
        }
        let mut rest = &url[first.len()..url.len() - last.len()];
        for part in &self.parts[1..self.parts.len() - 1] {
            match rest.find(part) {
                Some(i) => rest = &rest[i + part.len()..],
                None => return false,
            }
        }
        true
    }

    fn literal_len(&self) -> usize {
        self.parts.iter().map(|p| p.len()).sum()
    }
}

/// The `href` and `src` attributes of every template.
fn patterns(templates: &Templates) -> Vec<Pattern<'_>> {
    let mut all = Vec::new();
    for (origin, source) in templates.sources() {
        for name in [" href=", " src=", "\nhref=", "\nsrc="] {
            for (at, _) in source.match_indices(name) {
                if let Some(p) = pattern(origin, source, at + name.len()) {
                    all.push(p);
                }
            }
        }
    }
    all.sort_by(|a, b| (a.origin, a.offset).cmp(&(b.origin, b.offset)));
    all
}

/// The pattern of the quoted attribute value starting at `at` (its quote).
fn pattern<'t>(origin: &'t str, source: &'t str, at: usize) -> Option<Pattern<'t>> {
    let quote = *source
        .as_bytes()
        .get(at)
        .filter(|q| matches!(q, b'"' | b'\''))?;
    let start = at + 1;
    let mut parts = Vec::new();
    let mut literal = start;
    let mut i = start;
    let mut conditional = false;
    let bytes = source.as_bytes();
    while i < bytes.len() {
        let close = match source.get(i..i + 2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            Some("{#") => "#}",
            _ if bytes[i] == quote => break,
            _ => {
                i += 1;
                continue;
            }
        };
        if !conditional {
            parts.push(&source[literal..i]);
        }
        conditional |= close == "%}";
        i = source[i..].find(close).map(|e| i + e + 2)?;
        literal = i;
    }
    parts.push(if conditional { "" } else { &source[literal..i] });
    Some(Pattern {
        origin,
        source,
        offset: start,
        parts,
    })
}

/// The template attribute `url` most likely came from: of those that match it, the one with the
/// most literal text (the first such, in template and line order).
fn best_match(patterns: &[Pattern], url: &str) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (i, p) in patterns.iter().enumerate() {
        if p.matches(url) && best.is_none_or(|(_, len)| p.literal_len() > len) {
            best = Some((i, p.literal_len()));
        }
    }
    best.map(|(i, _)| (i, patterns[i].offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_attributes_become_patterns_with_holes() {
        let src = r#"<a href="{{ root }}{{ lang }}/atom.xml">x</a><img src="{{ root }}{{ asset(path="a.png") }}"><a href="{% if x %}a/{% endif %}b">"#;
        let all: Vec<Pattern> = [" href=", " src="]
            .iter()
            .flat_map(|n| {
                src.match_indices(n)
                    .map(|(i, _)| i + n.len())
                    .collect::<Vec<_>>()
            })
            .filter_map(|at| pattern("t.html", src, at))
            .collect();
        let parts: Vec<Vec<&str>> = all.iter().map(|p| p.parts.clone()).collect();
        let expected: Vec<Vec<&str>> =
            vec![vec!["", "", "/atom.xml"], vec!["", ""], vec!["", "", ""]];
        assert_eq!(parts, expected);
        assert!(all[0].matches("../../de/atom.xml"));
        assert!(!all[0].matches("../../de/feed.xml"));
        assert!(all[1].matches("anything"));
        let found = best_match(&all, "../de/atom.xml");
        assert_eq!(found.map(|f| f.0), Some(0), "the most literal text wins");
    }
}
