//! Atom feeds: `/<lang>/atom.xml` with the language's own articles (no fallbacks), newest
//! first, with absolute URLs. It never decides which articles exist.

use std::fmt::Write as _;

use crate::diagnostic::Diagnostic;
use crate::link::routes::Route;
use crate::output::Output;
use crate::parse::page::Kind;
use crate::render::Generated;
use crate::render::index::SiteIndex;
use crate::render::markdown::escape_attr as escape_xml;
use crate::render::templates::Templates;

/// `/<lang>/atom.xml` in every language.
pub struct Feeds;

impl Generated for Feeds {
    fn render(&self, site: &SiteIndex, _: &Templates) -> Vec<Result<Output, Diagnostic>> {
        site.config()
            .codes()
            .map(|lang| Ok(Output::text(format!("{lang}/atom.xml"), feed(site, lang))))
            .collect()
    }
}

/// An Atom feed of the language's own articles, newest first.
fn feed(s: &SiteIndex, lang: &str) -> String {
    let mut entries: Vec<&Route> = s
        .routes()
        .routes
        .iter()
        .filter(|r| r.lang == lang && !r.fallback && r.kind == Kind::Article)
        .collect();
    let date = |r: &Route| {
        let p = &s.pages()[r.page];
        p.front.updated.or(p.front.date)
    };
    entries.sort_by(|a, b| date(b).cmp(&date(a)).then_with(|| a.path.cmp(&b.path)));
    let updated = entries
        .iter()
        .filter_map(|r| date(r))
        .max()
        .map_or_else(|| "1970-01-01".to_string(), |d| d.iso());
    let title = s.locales().text(lang, "site-title").unwrap_or_default();
    let home = s.absolute(&format!("{lang}/"));
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{}</title>\n  <link href=\"{}\"/>\n  <link rel=\"self\" href=\"{}\"/>\n  <id>{}</id>\n  <updated>{updated}T00:00:00Z</updated>\n",
        escape_xml(&title),
        escape_xml(&home),
        escape_xml(&s.absolute(&format!("{lang}/atom.xml"))),
        escape_xml(&home),
    );
    for r in entries.iter().take(50) {
        let p = &s.pages()[r.page];
        let url = escape_xml(&s.absolute(&r.path));
        let when = date(r).map_or_else(|| updated.clone(), |d| d.iso());
        let _ = write!(
            xml,
            "  <entry>\n    <title>{}</title>\n    <link href=\"{url}\"/>\n    <id>{url}</id>\n    <updated>{when}T00:00:00Z</updated>\n    <summary>{}</summary>\n  </entry>\n",
            escape_xml(&p.front.title),
            escape_xml(&p.front.description),
        );
    }
    xml.push_str("</feed>\n");
    xml
}
