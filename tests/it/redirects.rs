//! Redirects from aliases: redirect pages with relative URLs that work under a sub-path,
//! `_redirects` with the base URL's path, and clashes reported at the alias.

use crate::support::{Fixture, find};

/// Resolves the relative `url` against the absolute `base`, as a browser does (paths only).
fn join(base: &str, url: &str) -> String {
    let (origin, path) = base.split_at(base.find("://").unwrap() + 3);
    let (host, path) = path.split_at(path.find('/').unwrap());
    let mut segments: Vec<&str> = path.split('/').collect();
    segments.pop(); // the file name (empty for a folder)
    for part in url.split('/') {
        match part {
            ".." => {
                segments.pop();
            }
            "." => {}
            p => segments.push(p),
        }
    }
    format!("{origin}{host}{}", segments.join("/"))
}

/// The `url=` of a redirect page's refresh.
fn refresh_url(html: &str) -> &str {
    let start = html.find("content=\"0; url=").expect("a refresh") + 16;
    &html[start..start + html[start..].find('"').unwrap()]
}

#[test]
fn an_alias_writes_a_redirect_page_that_leads_to_the_page_under_a_sub_path() {
    let f = Fixture::new("redirects");
    f.built();
    let html = f.read("de/angebote/absagen/index.html");
    let url = refresh_url(&html);
    assert_eq!(url, "../../../de/angebote/angebot-ablehnen/");
    assert_eq!(
        join("https://example.org/sub/guide/de/angebote/absagen/", url),
        "https://example.org/sub/guide/de/angebote/angebot-ablehnen/"
    );
    assert!(html.contains(r#"<html lang="de" dir="ltr">"#), "{html}");
    assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(html.contains(r#"<link rel="canonical" href="https://example.org/sub/guide/de/angebote/angebot-ablehnen/">"#));
    assert!(
        html.contains(
            r#"<a href="../../../de/angebote/angebot-ablehnen/">Ein Angebot ablehnen</a>"#
        )
    );
    assert!(
        html.contains("<title>Umgezogen: Ein Angebot ablehnen</title>"),
        "{html}"
    );
    assert!(!html.contains("<script"), "no script: {html}");
    // An absolute alias is taken from the site root, and may name an `.html` file.
    let old = f.read("old-guide/decline.html");
    assert_eq!(refresh_url(&old), "../en/offers/declining/");
    assert!(old.contains("<title>Moved: Declining an offer</title>"));
    assert!(f.exists("en/offers/say-no/index.html"));
    assert!(f.exists("de/alt/absage/index.html"));
    // Redirect pages are not in the sitemap.
    assert!(!f.read("sitemap.xml").contains("absagen"));
}

#[test]
fn redirects_file_has_the_base_paths_of_both_sides() {
    let f = Fixture::new("redirects");
    f.built();
    assert_eq!(
        f.read("_redirects"),
        "/sub/guide/de/alt/absage/ /sub/guide/de/angebote/angebot-ablehnen/ 301\n\
         /sub/guide/de/angebote/absagen/ /sub/guide/de/angebote/angebot-ablehnen/ 301\n\
         /sub/guide/en/offers/say-no/ /sub/guide/en/offers/declining/ 301\n\
         /sub/guide/old-guide/decline.html /sub/guide/en/offers/declining/ 301\n"
    );
    let mut options = f.options();
    options.compile.base_url = Some("https://other.example/".into());
    letterpress::build(&options).unwrap();
    assert!(
        f.read("_redirects")
            .starts_with("/de/alt/absage/ /de/angebote/angebot-ablehnen/ 301\n")
    );
    // A site without aliases gets no `_redirects`.
    let plain = Fixture::new("basic");
    plain.built();
    assert!(!plain.exists("_redirects"));
}

#[test]
fn an_alias_that_takes_a_page_file_or_alias_is_an_error_at_the_alias() {
    let f = Fixture::new("redirects");
    // Line 5 of each file: `aliases: [` starts at column 1, so the first alias is at column 11.
    f.write(
        "content/en/offers/decline.md",
        "---\ntitle: Declining an offer\ndescription: How to say no\nslug: declining\naliases: [/de/angebote/, atom.xml/, /de/alt/absage/]\n---\nText.\n",
    );
    let d = f.failed();
    let clashes: Vec<_> = d.0.iter().filter(|x| x.code == "alias-clash").collect();
    assert_eq!(clashes.len(), 3, "{d}");
    let page = clashes
        .iter()
        .find(|x| x.message.contains("`/de/angebote/`"))
        .unwrap();
    assert_eq!((page.line, page.col), (5, 11), "{d}");
    assert!(
        page.message.contains("content/de/offers/_index.md"),
        "{}",
        page.message
    );
    assert!(page.path.ends_with("content/en/offers/decline.md"));
    let file = clashes
        .iter()
        .find(|x| x.message.contains("`atom.xml/`"))
        .unwrap();
    assert_eq!((file.line, file.col), (5, 26));
    assert!(file.message.contains("`en/atom.xml`"), "{}", file.message);
    // Of two aliases of one URL, the second (by file) is reported, naming the first.
    let twice = clashes
        .iter()
        .find(|x| x.message.contains("is also alias"))
        .unwrap();
    assert_eq!((twice.line, twice.col), (5, 37), "{d}");
    assert!(
        twice.message.contains("content/de/offers/decline.md"),
        "{}",
        twice.message
    );
}

#[test]
fn invalid_aliases_are_errors_at_their_position() {
    let f = Fixture::new("redirects");
    f.write(
        "content/en/offers/decline.md",
        "---\ntitle: Declining an offer\ndescription: How to say no\naliases:\n  - ../up/\n---\nText.\n",
    );
    let d = f.failed();
    let e = find(&d, "invalid-alias");
    assert_eq!((e.line, e.col), (5, 5), "{d}");
    assert!(e.message.contains("`..`"));
    f.write(
        "content/en/offers/decline.md",
        "---\ntitle: Declining an offer\ndescription: How to say no\naliases: [\"https://example.org/x/\"]\n---\nText.\n",
    );
    let e = find(&f.failed(), "invalid-alias").clone();
    assert_eq!((e.line, e.col), (4, 11));
    assert!(e.message.contains("not a URL with a host"), "{}", e.message);
}
