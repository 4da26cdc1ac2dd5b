//! Redirects from the old URLs of pages (`aliases:` in front matter): a small page at each old
//! URL (`redirect.html`: an immediate refresh with a relative URL, a canonical link, a plain link,
//! `noindex`), and a `_redirects` file for the static hosts that read one (Netlify, Cloudflare
//! Pages), whose paths include the base URL's path. An alias that would take the place of
//! another file of the site, or of another alias, is an error at the alias. It runs once every
//! other file is known; it never decides a page's own URL.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::diagnostic::{Diagnostic, display_path};
use crate::link::urls::{encode_path, root_prefix};
use crate::output::Output;
use crate::parse::page::{Alias, Page};
use crate::render::index::SiteIndex;
use crate::render::templates::Templates;

/// The file static hosts read their redirect rules from.
pub const REDIRECTS_FILE: &str = "_redirects";

/// What a redirect page's template sees.
#[derive(Serialize)]
struct RedirectContext<'a> {
    lang: &'a str,
    dir: &'a str,
    /// The title of the page redirected to.
    title: &'a str,
    /// The page's URL, relative to the redirect page.
    url: String,
    /// The page's absolute URL.
    canonical: String,
}

/// One alias, with the page it leads to.
struct Redirect<'a> {
    page: &'a Page,
    alias: &'a Alias,
    /// The output file of the alias (`de/old/index.html`).
    file: String,
    /// The path of the page from the site root (`de/new/`).
    to: &'a str,
}

/// Adds a redirect page for every alias of the site to `outputs` (and `_redirects`, when there
/// is any alias); gives the paths of the redirect pages, and every clash.
pub fn render(
    site: &SiteIndex,
    templates: &Templates,
    outputs: &mut Vec<Output>,
) -> (HashSet<String>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let redirects = redirects(site, outputs, &mut problems);
    let mut pages = HashSet::with_capacity(redirects.len());
    let mut rules = String::new();
    let base = site.config().base_path();
    for r in &redirects {
        match page(site, templates, r) {
            Ok(o) => outputs.push(o),
            Err(d) => problems.push(d),
        }
        pages.insert(r.file.clone());
        let from = encode_path(&r.alias.path);
        rules.push_str(&format!("{base}{from} {base}{} 301\n", encode_path(r.to)));
    }
    if !rules.is_empty() {
        add_rules(outputs, rules);
    }
    (pages, problems)
}

/// Every alias of the site that takes no other file's place, sorted by path; the others are
/// reported.
fn redirects<'a>(
    site: &'a SiteIndex,
    outputs: &[Output],
    problems: &mut Vec<Diagnostic>,
) -> Vec<Redirect<'a>> {
    let files: HashSet<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
    let pages: HashMap<String, &Page> = site
        .routes()
        .routes
        .iter()
        .map(|r| (format!("{}index.html", r.path), &site.pages()[r.page]))
        .collect();
    let mut all: Vec<Redirect> = Vec::new();
    for page in site.pages() {
        let Some(route) = site
            .routes()
            .get(&page.lang, &page.key, page.kind.is_folder())
        else {
            continue;
        };
        for alias in &page.front.aliases {
            let file = alias_file(&alias.path);
            let clash = clash(&file, &files, &pages);
            if let Some(what) = clash {
                problems.push(at_alias(
                    page,
                    alias,
                    format!("would take the place of {what}"),
                ));
                continue;
            }
            all.push(Redirect {
                page,
                alias,
                file,
                to: &route.path,
            });
        }
    }
    all.sort_by(|a, b| {
        (&a.file, a.page.path(), a.alias.line).cmp(&(&b.file, b.page.path(), b.alias.line))
    });
    // Sorted by file: aliases of the same file are next to each other.
    let mut kept: Vec<Redirect> = Vec::with_capacity(all.len());
    for r in all {
        if let Some(first) = kept.last().filter(|k| k.file == r.file) {
            let what = format!(
                "is also alias `{}` of `{}`",
                first.alias.written,
                display_path(first.page.path())
            );
            problems.push(at_alias(r.page, r.alias, what));
            continue;
        }
        kept.push(r);
    }
    kept
}

/// The output file an alias path is written to.
fn alias_file(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// What the alias file `file` would replace or be written into: a page, or another file of the
/// site (also as a folder on its way).
fn clash(file: &str, files: &HashSet<&str>, pages: &HashMap<String, &Page>) -> Option<String> {
    if let Some(page) = pages.get(file) {
        let path = file.strip_suffix("index.html").unwrap_or(file);
        return Some(format!(
            "the page `{}` at `{path}`",
            display_path(page.path())
        ));
    }
    if files.contains(file) {
        return Some(format!("the file `{file}` of the site"));
    }
    file.match_indices('/')
        .map(|(i, _)| &file[..i])
        .find(|folder| files.contains(folder))
        .map(|f| format!("the file `{f}` of the site"))
}

fn at_alias(page: &Page, alias: &Alias, what: String) -> Diagnostic {
    Diagnostic::error(
        "alias-clash",
        page.path(),
        format!("alias `{}` {what}", alias.written),
    )
    .at(&page.source.text, alias.line, alias.col)
}

/// The redirect page of one alias.
fn page(site: &SiteIndex, templates: &Templates, r: &Redirect) -> Result<Output, Diagnostic> {
    let ctx = RedirectContext {
        lang: &r.page.lang,
        dir: site.dir(&r.page.lang),
        title: &r.page.front.title,
        url: format!("{}{}", root_prefix(&r.file), r.to),
        canonical: site.absolute(r.to),
    };
    let html = templates.render("redirect.html", &ctx)?;
    Ok(Output::text(r.file.clone(), html))
}

/// Adds the rules to `_redirects`, after those of a `_redirects` the site brings itself.
fn add_rules(outputs: &mut Vec<Output>, rules: String) {
    match outputs.iter_mut().find(|o| o.path == REDIRECTS_FILE) {
        Some(own) => {
            let mut text = String::from_utf8_lossy(&own.contents).into_owned();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&rules);
            *own = Output::text(REDIRECTS_FILE, text);
        }
        None => outputs.push(Output::text(REDIRECTS_FILE, rules)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_files_and_clashes() {
        assert_eq!(alias_file("de/alt/"), "de/alt/index.html");
        assert_eq!(alias_file("de/alt.html"), "de/alt.html");
        assert_eq!(alias_file(""), "index.html");
        let files: HashSet<&str> = ["de/atom.xml", "sitemap.xml"].into_iter().collect();
        let pages = HashMap::new();
        assert!(clash("de/atom.xml/index.html", &files, &pages).is_some());
        assert!(clash("sitemap.xml", &files, &pages).is_some());
        assert!(clash("de/alt/index.html", &files, &pages).is_none());
    }
}
