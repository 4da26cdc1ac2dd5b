//! Atom feeds validated against RFC 4287: well-formed XML, the required feed and entry
//! elements, RFC 3339 dates, absolute IRIs as ids, and an author for every entry.

use roxmltree::{Document, Node};

use crate::support::Fixture;

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// Children of `node` that are the Atom element `name`.
fn atom<'a, 'i>(node: Node<'a, 'i>, name: &'a str) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
        .filter(|c| c.tag_name().namespace() == Some(ATOM))
}

/// The text of the one `name` child of `node`; a problem when there is none or more than one.
fn one(node: Node, name: &str, what: &str, problems: &mut Vec<String>) -> Option<String> {
    let found: Vec<Node> = atom(node, name).collect();
    if found.len() != 1 {
        problems.push(format!(
            "{what} must have exactly one `atom:{name}`, has {}",
            found.len()
        ));
        return None;
    }
    Some(found[0].text().unwrap_or_default().to_string())
}

/// `2026-11-22T00:00:00Z`, `2026-11-22T10:00:00.5+02:00` (RFC 3339 `date-time`).
fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if b.len() < 20 || !digits(0..4) || b[4] != b'-' || !digits(5..7) || b[7] != b'-' {
        return false;
    }
    if !digits(8..10) || !matches!(b[10], b'T' | b't') || !digits(11..13) || b[13] != b':' {
        return false;
    }
    if !digits(14..16) || b[16] != b':' || !digits(17..19) {
        return false;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    let zone = rest.as_bytes();
    rest == "Z"
        || rest == "z"
        || (zone.len() == 6
            && matches!(zone[0], b'+' | b'-')
            && zone[1..3].iter().all(u8::is_ascii_digit)
            && zone[3] == b':'
            && zone[4..6].iter().all(u8::is_ascii_digit))
}

/// An absolute IRI: a scheme, then `:` and something.
fn is_absolute_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !s.contains(char::is_whitespace)
}

/// The ways `xml` breaks RFC 4287 (empty when it is a valid Atom feed document).
fn atom_problems(xml: &str) -> Vec<String> {
    let doc = match Document::parse(xml) {
        Ok(d) => d,
        Err(e) => return vec![format!("not well-formed XML: {e}")],
    };
    let feed = doc.root_element();
    let mut problems = Vec::new();
    if feed.tag_name().name() != "feed" || feed.tag_name().namespace() != Some(ATOM) {
        return vec!["the root element is not `atom:feed`".into()];
    }
    let date = |what: &str, value: Option<String>, problems: &mut Vec<String>| {
        if let Some(v) = value
            && !is_rfc3339(&v)
        {
            problems.push(format!("{what} is not an RFC 3339 date: `{v}`"));
        }
    };
    let id = one(feed, "id", "the feed", &mut problems);
    if let Some(id) = id.filter(|i| !is_absolute_iri(i)) {
        problems.push(format!("the feed's id `{id}` is not an absolute IRI"));
    }
    one(feed, "title", "the feed", &mut problems);
    date(
        "the feed's updated",
        one(feed, "updated", "the feed", &mut problems),
        &mut problems,
    );
    let feed_author = atom(feed, "author").count() > 0;
    for author in atom(feed, "author") {
        one(author, "name", "an author", &mut problems);
    }
    if !atom(feed, "link").any(|l| l.attribute("rel") == Some("self")) {
        problems.push("the feed should have a `rel=\"self\"` link".into());
    }
    let mut ids = std::collections::HashSet::new();
    for (n, entry) in atom(feed, "entry").enumerate() {
        let what = format!("entry {n}");
        if let Some(id) = one(entry, "id", &what, &mut problems) {
            if !is_absolute_iri(&id) {
                problems.push(format!("{what}'s id `{id}` is not an absolute IRI"));
            }
            if !ids.insert(id.clone()) {
                problems.push(format!("{what} repeats the id `{id}`"));
            }
        }
        one(entry, "title", &what, &mut problems);
        date(
            &format!("{what}'s updated"),
            one(entry, "updated", &what, &mut problems),
            &mut problems,
        );
        if atom(entry, "published").count() > 1 {
            problems.push(format!("{what} has more than one `atom:published`"));
        }
        for published in atom(entry, "published") {
            date(
                &format!("{what}'s published"),
                published.text().map(String::from),
                &mut problems,
            );
        }
        let alternate = atom(entry, "link")
            .filter(|l| l.attribute("rel").is_none_or(|r| r == "alternate"))
            .count();
        if alternate == 0 && atom(entry, "content").count() == 0 {
            problems.push(format!("{what} has neither content nor an alternate link"));
        }
        for link in atom(entry, "link") {
            if link.attribute("href").is_none_or(|h| !is_absolute_iri(h)) {
                problems.push(format!("{what} has a link without an absolute `href`"));
            }
        }
        if !feed_author && atom(entry, "author").count() == 0 {
            problems.push(format!("{what} has no author, and neither has the feed"));
        }
    }
    problems
}

#[test]
fn the_validator_finds_what_rfc_4287_requires() {
    let good = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:x</id><title>T</title><updated>2026-01-02T03:04:05+01:00</updated><author><name>A</name></author><link rel=\"self\" href=\"https://x.org/f\"/><entry><id>https://x.org/a</id><title>a</title><updated>2026-01-02T00:00:00Z</updated><link href=\"https://x.org/a\"/></entry></feed>";
    assert_eq!(atom_problems(good), Vec::<String>::new());
    let no_author = good.replace("<author><name>A</name></author>", "");
    assert!(atom_problems(&no_author)[0].contains("no author"));
    let bad_date = good.replace("2026-01-02T00:00:00Z", "2026-01-02");
    assert!(atom_problems(&bad_date)[0].contains("RFC 3339"));
    let relative_id = good.replace("<id>https://x.org/a</id>", "<id>/a</id>");
    assert!(atom_problems(&relative_id)[0].contains("absolute IRI"));
    assert!(atom_problems("<feed>")[0].contains("well-formed"));
}

#[test]
fn feeds_are_valid_atom_with_the_configured_author_and_entry_dates() {
    let f = Fixture::new("basic");
    let config = f.read_source("site.yaml");
    f.write(
        "site.yaml",
        format!("{config}author:\n  name: Jane Doe & Co\n  email: jane@example.org\n  uri: https://example.org/about/\n"),
    );
    f.write(
        "content/en/guide/withdrawn.md",
        f.read_source("content/en/guide/withdrawn.md").replace(
            "date: 2026-11-20\n",
            "date: 2026-11-20\nupdated: 2026-12-01\n",
        ),
    );
    // An article without a date: its entry is as new as the newest dated one, with no
    // `published`.
    f.write(
        "content/en/guide/undated.md",
        "---\ntitle: Undated\ndescription: No date\n---\nText.\n",
    );
    f.built();
    for lang in ["en", "de", "da", "zh"] {
        let xml = f.read(&format!("{lang}/atom.xml"));
        assert_eq!(atom_problems(&xml), Vec::<String>::new(), "{lang}:\n{xml}");
        assert!(xml.contains("<name>Jane Doe &amp; Co</name>"), "{xml}");
        assert!(xml.contains("<email>jane@example.org</email>"));
        assert!(xml.contains("<uri>https://example.org/about/</uri>"));
    }
    let en = f.read("en/atom.xml");
    let doc = Document::parse(&en).unwrap();
    let entry = |title: &str| {
        atom(doc.root_element(), "entry")
            .find(|e| atom(*e, "title").any(|t| t.text() == Some(title)))
            .unwrap_or_else(|| panic!("no entry `{title}` in\n{en}"))
    };
    let text = |e: Node, name: &str| {
        atom(e, name)
            .next()
            .and_then(|n| n.text())
            .map(String::from)
    };
    let withdrawn = entry("When an offer is withdrawn");
    assert_eq!(
        text(withdrawn, "published").as_deref(),
        Some("2026-11-20T00:00:00Z")
    );
    assert_eq!(
        text(withdrawn, "updated").as_deref(),
        Some("2026-12-01T00:00:00Z")
    );
    let undated = entry("Undated");
    assert_eq!(text(undated, "published"), None);
    assert_eq!(
        text(undated, "updated").as_deref(),
        Some("2026-12-01T00:00:00Z")
    );
    assert_eq!(
        text(doc.root_element(), "updated").as_deref(),
        Some("2026-12-01T00:00:00Z")
    );
}

#[test]
fn without_an_author_feeds_name_the_site_and_check_warns() {
    let f = Fixture::new("basic");
    let config = f.read_source("site.yaml");
    f.write("site.yaml", config);
    f.built();
    let xml = f.read("en/atom.xml");
    assert_eq!(atom_problems(&xml), Vec::<String>::new(), "{xml}");
    let title = letterpress::parse::config::parse(&f.read_source("site.yaml")).unwrap();
    assert!(title.author.is_none());
    assert!(xml.contains("<author>\n    <name>"), "{xml}");
    let found = letterpress::check(f.root(), &Default::default());
    let warning = crate::support::find(&found, "feed-author");
    assert!(!warning.is_error());
    assert!(warning.message.contains("`author`"), "{}", warning.message);
}

#[test]
fn a_bad_author_is_an_error_at_its_position() {
    let f = Fixture::new("basic");
    let config = f.read_source("site.yaml");
    let line = config.lines().count() + 2;
    f.write(
        "site.yaml",
        format!("{config}author:\n  name: X\n  uri: /about/\n"),
    );
    let d = f.failed();
    let e = crate::support::find(&d, "invalid-author");
    assert_eq!(e.line, line, "{d}");
    assert!(e.message.contains("`/about/`"));
}
