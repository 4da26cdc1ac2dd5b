//! Every internal link of the output is checked: URL-style links in Markdown, raw `<a href>`
//! and `<img src>`, and the theme's own links; content errors at their source, template errors
//! at the template.

use crate::support::Fixture;

/// The `broken-link` diagnostics of a failed build, as (path, line, col, message).
fn broken(f: &Fixture) -> Vec<(String, usize, usize, String)> {
    f.failed()
        .0
        .iter()
        .filter(|d| d.code == "broken-link")
        .map(|d| {
            let path = letterpress::diagnostic::display_path(&d.path);
            (path, d.line, d.col, d.message.clone())
        })
        .collect()
}

#[test]
fn links_by_url_to_pages_files_and_anchors_of_the_site_pass() {
    let f = Fixture::new("links");
    f.built();
    let page = f.read("en/guide/links/index.html");
    // A link from the site root becomes relative (the site works under any path), with or
    // without the base URL's path.
    assert!(
        page.contains(r#"<a href="../../../de/ratgeber/jobangebote/">German jobs</a>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<a href="../../../en/guide/jobs/#apply">apply</a>"#),
        "{page}"
    );
    assert!(page.contains(r#"<a href="../jobs/">jobs</a>"#));
    assert!(page.contains(r#"<a href="https://example.com/x/">example</a>"#));
}

#[test]
fn broken_links_in_content_are_errors_at_their_source() {
    let f = Fixture::new("links");
    f.write(
        "content/en/guide/links.md",
        "---\ntitle: Links\ndescription: Broken links\n---\n\
         [a](/de/gibt-es-nicht/) and [b](../nope/)\n\
         [c](/guide/en/guide/jobs/#nope) and ![d](missing.png)\n\
         \n\
         <p><a href=\"../jobs/#gone\">x</a> <img src=\"../../../de/no.png\" alt=\"\"></p>\n\
         \n\
         [up](../../../../x/) [fine](../jobs/#apply)\n",
    );
    let found = broken(&f);
    let at = |line: usize, col: usize| {
        found
            .iter()
            .find(|d| (d.1, d.2) == (line, col))
            .unwrap_or_else(|| panic!("nothing at {line}:{col} in {found:#?}"))
    };
    assert!(
        at(5, 1)
            .3
            .contains("link to missing page or file `/de/gibt-es-nicht/`")
    );
    assert!(at(5, 1).0.ends_with("content/en/guide/links.md"));
    assert!(at(5, 29).3.contains("`../nope/`"));
    assert!(
        at(6, 1)
            .3
            .contains("missing anchor `#nope` in `/guide/en/guide/jobs/`"),
        "{found:#?}"
    );
    // Files next to the articles are looked up along the languages' chain (see `files.rs`).
    assert!(at(6, 37).3.contains("`missing.png`"));
    assert!(at(8, 13).3.contains("missing anchor `#gone`"), "{found:#?}");
    assert!(at(8, 44).3.contains("`../../../de/no.png`"));
    assert!(at(10, 1).3.contains("above the site's root"), "{found:#?}");
    assert_eq!(found.len(), 7, "one error per broken link: {found:#?}");
}

#[test]
fn a_link_broken_only_where_the_text_stands_in_for_a_translation_says_so() {
    let f = Fixture::new("links");
    std::fs::remove_file(f.root().join("content/de/guide/links.md")).unwrap();
    // `../jobs/` leads to the English article from `en/guide/links/`, but from the German
    // fallback page at `de/ratgeber/links/` to nothing: German slugs differ.
    let found = broken(&f);
    let places: Vec<(usize, usize)> = found.iter().map(|d| (d.1, d.2)).collect();
    assert_eq!(
        places,
        [(8, 11), (12, 18)],
        "the Markdown and the raw link: {found:#?}"
    );
    for (path, _, _, message) in &found {
        assert!(path.ends_with("content/en/guide/links.md"));
        assert!(message.contains("`de/ratgeber/links/`"), "{message}");
    }
}

#[test]
fn a_broken_link_of_the_theme_names_the_template_and_line() {
    let f = Fixture::new("links");
    let base = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/base.html"),
    )
    .unwrap();
    let marker = "<ul class=\"footer-links\">\n";
    let at = base.find(marker).unwrap() + marker.len();
    let line = base[..at].lines().count() + 1;
    let changed = format!(
        "{}<li><a href=\"{{{{ root }}}}{{{{ lang }}}}/about-us/\">x</a></li>\n{}",
        &base[..at],
        &base[at..]
    );
    f.write("themes/default/templates/base.html", changed);
    let found = broken(&f);
    assert_eq!(
        found.len(),
        1,
        "one error for all the pages it breaks on: {found:#?}"
    );
    let (path, l, col, message) = &found[0];
    assert_eq!(path, "themes/default/templates/base.html");
    assert_eq!((*l, *col), (line, 14), "{message}");
    assert!(message.contains("/about-us/`"), "{message}");
    assert!(message.contains("more pages"), "{message}");
}
