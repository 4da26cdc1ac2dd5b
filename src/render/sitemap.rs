//! `sitemap.xml` with `xhtml:link` alternates for every translated page and letter (fallback
//! pages are left out: they are `noindex`), and the `robots.txt` that points to it. Absolute
//! URLs from `base_url`; it never decides which pages exist.

use std::fmt::Write as _;

use crate::diagnostic::Diagnostic;
use crate::link::letters::{LetterRoute, translations};
use crate::link::routes::Route;
use crate::output::Output;
use crate::render::Generated;
use crate::render::index::SiteIndex;
use crate::render::markdown::escape_attr as escape_xml;
use crate::render::templates::Templates;

/// `/sitemap.xml` and `/robots.txt`.
pub struct Sitemap;

impl Generated for Sitemap {
    fn render(&self, site: &SiteIndex, _: &Templates) -> Vec<Result<Output, Diagnostic>> {
        let robots = format!(
            "User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n",
            site.config().base_url
        );
        vec![
            Ok(Output::text("sitemap.xml", sitemap(site))),
            Ok(Output::text("robots.txt", robots)),
        ]
    }
}

fn sitemap(s: &SiteIndex) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for r in s.routes().routes.iter().filter(|r| !r.fallback) {
        let p = &s.pages()[r.page];
        let _ = writeln!(
            xml,
            "  <url>\n    <loc>{}</loc>",
            escape_xml(&s.absolute(&r.path))
        );
        if let Some(d) = p.front.updated.or(p.front.date) {
            let _ = writeln!(xml, "    <lastmod>{}</lastmod>", d.iso());
        }
        let alternates: Vec<&Route> = s
            .routes()
            .translations(s.config(), &r.key, r.kind.is_folder())
            .filter(|t| !t.fallback)
            .collect();
        if alternates.len() > 1 {
            alternate_links(&mut xml, s, alternates.iter().map(|t| (&t.lang, &t.path)));
            let default = alternates
                .iter()
                .find(|t| t.lang == s.config().default_language)
                .unwrap_or(&alternates[0]);
            let _ = writeln!(
                xml,
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                escape_xml(&s.absolute(&default.path))
            );
        }
        xml.push_str("  </url>\n");
    }
    for r in s.letter_routes().iter().filter(|r| !r.fallback) {
        let _ = writeln!(
            xml,
            "  <url>\n    <loc>{}</loc>",
            escape_xml(&s.absolute(&r.path))
        );
        let alternates: Vec<&LetterRoute> = translations(s.config(), s.letter_routes(), r.letter)
            .filter(|t| !t.fallback)
            .collect();
        if alternates.len() > 1 {
            alternate_links(&mut xml, s, alternates.iter().map(|t| (&t.lang, &t.path)));
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// One `xhtml:link` alternate per (language, path).
fn alternate_links<'a>(
    xml: &mut String,
    s: &SiteIndex,
    alternates: impl Iterator<Item = (&'a String, &'a String)>,
) {
    for (lang, path) in alternates {
        let _ = writeln!(
            xml,
            "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
            escape_xml(&s.absolute(path))
        );
    }
}
