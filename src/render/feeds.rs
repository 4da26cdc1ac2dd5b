//! Atom feeds (RFC 4287): `/<lang>/atom.xml` with the language's own articles (no fallbacks),
//! newest first, with absolute URLs. The feed names the site's `author` (or, when `site.yaml`
//! has none, the site title, which `check` warns about); every entry has `updated`, and
//! `published` when the article has a `date`. It never decides which articles exist.

use std::fmt::Write as _;

use crate::diagnostic::Diagnostic;
use crate::link::routes::Route;
use crate::output::Output;
use crate::parse::config::Config;
use crate::parse::page::{Date, Kind};
use crate::render::Generated;
use crate::render::index::SiteIndex;
use crate::render::markdown::escape_attr as escape_xml;
use crate::render::templates::Templates;

/// `/<lang>/atom.xml` in every language.
pub struct Feeds;

/// How many entries a feed lists at most.
const MAX_ENTRIES: usize = 50;

/// The date of feeds and entries that have none: the Unix epoch, so that output depends only
/// on input (never on a clock).
const NO_DATE: &str = "1970-01-01T00:00:00Z";

impl Generated for Feeds {
    fn render(&self, site: &SiteIndex, _: &Templates) -> Vec<Result<Output, Diagnostic>> {
        site.config()
            .codes()
            .map(|lang| Ok(Output::text(format!("{lang}/atom.xml"), feed(site, lang))))
            .collect()
    }
}

/// The warning `check` gives when feeds have no author of their own.
pub fn missing_author(config: &Config) -> Option<Diagnostic> {
    config.author.is_none().then(|| {
        Diagnostic::error(
            "feed-author",
            crate::load::CONFIG_FILE,
            "no `author` in `site.yaml`: the feeds name the site title as their author; add `author:` with a `name`",
        )
        .warning()
    })
}

/// An RFC 3339 timestamp for a calendar date (midnight UTC).
fn timestamp(date: Date) -> String {
    format!("{}T00:00:00Z", date.iso())
}

/// An Atom feed of the language's own articles, newest first.
fn feed(s: &SiteIndex, lang: &str) -> String {
    let mut entries: Vec<&Route> = s
        .routes()
        .routes
        .iter()
        .filter(|r| r.lang == lang && !r.fallback && r.kind == Kind::Article)
        .collect();
    let updated_of = |r: &Route| {
        let p = &s.pages()[r.page];
        p.front.updated.or(p.front.date)
    };
    entries.sort_by(|a, b| {
        updated_of(b)
            .cmp(&updated_of(a))
            .then_with(|| a.path.cmp(&b.path))
    });
    let entries = &entries[..entries.len().min(MAX_ENTRIES)];
    let updated = entries
        .iter()
        .filter_map(|r| updated_of(r))
        .max()
        .map_or_else(|| NO_DATE.to_string(), timestamp);
    let title = s.locales().text(lang, "site-title").unwrap_or_default();
    let home = s.absolute(&format!("{lang}/"));
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{}</title>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <id>{}</id>\n  <updated>{updated}</updated>\n",
        escape_xml(&title),
        escape_xml(&home),
        escape_xml(&s.absolute(&format!("{lang}/atom.xml"))),
        escape_xml(&home),
    );
    author(&mut xml, s.config(), &title);
    for r in entries {
        let p = &s.pages()[r.page];
        let url = escape_xml(&s.absolute(&r.path));
        let when = updated_of(r).map_or_else(|| updated.clone(), timestamp);
        let _ = write!(
            xml,
            "  <entry>\n    <title>{}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n    <id>{url}</id>\n",
            escape_xml(&p.front.title),
        );
        if let Some(date) = p.front.date {
            let _ = writeln!(xml, "    <published>{}</published>", timestamp(date));
        }
        let _ = write!(
            xml,
            "    <updated>{when}</updated>\n    <summary>{}</summary>\n  </entry>\n",
            escape_xml(&p.front.description),
        );
    }
    xml.push_str("</feed>\n");
    xml
}

/// The feed's `<author>`: the configured one, or the site's title.
fn author(xml: &mut String, config: &Config, site_title: &str) {
    xml.push_str("  <author>\n");
    match &config.author {
        Some(a) => {
            let _ = writeln!(xml, "    <name>{}</name>", escape_xml(&a.name));
            if let Some(email) = &a.email {
                let _ = writeln!(xml, "    <email>{}</email>", escape_xml(email));
            }
            if let Some(uri) = &a.uri {
                let _ = writeln!(xml, "    <uri>{}</uri>", escape_xml(uri));
            }
        }
        None => {
            let _ = writeln!(xml, "    <name>{}</name>", escape_xml(site_title));
        }
    }
    xml.push_str("  </author>\n");
}
