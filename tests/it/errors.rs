//! Bad input: each kind of problem is reported as `path:line:col: message`, all at once, and a
//! failed build leaves the previous output untouched.

use crate::support::{Fixture, find};

#[test]
fn unknown_front_matter_key_has_its_position() {
    let f = Fixture::new("basic");
    f.write(
        "content/de/guide/decline.md",
        "---\ntitle: T\ndescription: D\ntitel: X\n---\n",
    );
    let d = f.failed();
    let e = find(&d, "yaml");
    assert_eq!(e.path.to_str(), Some("content/de/guide/decline.md"));
    assert_eq!((e.line, e.col), (4, 1));
    assert!(
        e.message.starts_with("unknown field `titel`"),
        "{}",
        e.message
    );
    assert!(
        e.to_string()
            .starts_with("content/de/guide/decline.md:4:1: unknown field `titel`")
    );
    assert!(e.to_string().contains("4 | titel: X"));
}

#[test]
fn unknown_config_key_has_its_position() {
    let f = Fixture::new("basic");
    let config = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        config.replace("languages:", "langauges: x\nlanguages:"),
    );
    let d = f.failed();
    let e = find(&d, "yaml");
    assert_eq!((e.path.to_str(), e.line, e.col), (Some("site.yaml"), 3, 1));
    assert!(e.message.contains("`langauges`"));
}

#[test]
fn each_kind_of_broken_file_gets_its_own_error_and_all_are_reported() {
    let f = Fixture::new("basic");
    f.write("content/en/empty.md", "");
    f.write("content/en/open.md", "---\ntitle: T\ndescription: D\n");
    f.write(
        "content/en/latin1.md",
        b"---\ntitle: Caf\xe9\ndescription: D\n---\n".as_slice(),
    );
    f.write(
        "content/en/bad-slug.md",
        "---\ntitle: T\ndescription: D\nslug: ../etc\n---\n",
    );
    f.write(
        "content/en/slash.md",
        "---\ntitle: T\ndescription: D\nslug: a/b\n---\n",
    );
    f.write("content/en/no-title.md", "---\ndescription: D\n---\n");
    let d = f.failed();
    let at = |path: &str| {
        d.0.iter()
            .find(|x| x.path.to_str() == Some(path))
            .unwrap_or_else(|| panic!("no diagnostic for {path} in\n{d}"))
    };
    assert_eq!(at("content/en/empty.md").code, "empty-file");
    let open = at("content/en/open.md");
    assert_eq!((open.code, open.line), ("unclosed-front-matter", 1));
    let latin1 = at("content/en/latin1.md");
    assert_eq!(
        (latin1.code, latin1.line, latin1.col),
        ("invalid-utf8", 2, 11)
    );
    let slug = at("content/en/bad-slug.md");
    assert_eq!((slug.code, slug.line, slug.col), ("invalid-slug", 4, 7));
    assert!(slug.message.contains("`../etc`"));
    assert!(
        at("content/en/slash.md")
            .message
            .contains("must not contain `/`")
    );
    let title = at("content/en/no-title.md");
    assert!(
        title.message.contains("missing field `title`"),
        "{}",
        title.message
    );
}

#[test]
fn colliding_slugs_are_an_error() {
    let f = Fixture::new("basic");
    f.write(
        "content/en/guide/copy.md",
        "---\ntitle: Copy\ndescription: D\nslug: declining-an-offer\n---\n",
    );
    let d = f.failed();
    let e = find(&d, "duplicate-slug");
    assert!(
        e.message.contains("`en/guide/declining-an-offer/`"),
        "{}",
        e.message
    );
    assert_eq!(e.line, 4);
}

#[test]
fn broken_links_and_anchors_point_at_the_line() {
    let f = Fixture::new("basic");
    f.write(
        "content/en/guide/links.md",
        "---\ntitle: Links\ndescription: D\n---\nIntro.\n\nSee [gone](gone.md) and\n[bad anchor](decline.md#nope) and [self](#nowhere).\n",
    );
    let d = f.failed();
    let errors: Vec<String> = d.errors().map(|e| e.to_string()).collect();
    let all = errors.join("\n");
    assert!(
        all.contains("content/en/guide/links.md:7:5: link to missing page `gone.md`"),
        "{all}"
    );
    assert!(
        all.contains(
            "content/en/guide/links.md:8:1: link to missing anchor `#nope` in `decline.md`"
        ),
        "{all}"
    );
    assert!(
        all.contains("content/en/guide/links.md:8:35: link to missing anchor `#nowhere`"),
        "{all}"
    );
}

#[test]
fn fluent_and_template_errors_are_positioned() {
    let f = Fixture::new("basic");
    f.write("locales/de/extra.ftl", "ok = fine\nbroken = { $x\n");
    let d = f.failed();
    let e = find(&d, "fluent-syntax");
    assert_eq!((e.path.to_str(), e.line), (Some("locales/de/extra.ftl"), 2));

    let f = Fixture::new("basic");
    f.write(
        "themes/default/templates/section.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ page.title \n{% endblock main %}\n",
    );
    let d = f.failed();
    let e = find(&d, "template");
    assert_eq!(
        e.path.to_str(),
        Some("themes/default/templates/section.html")
    );
    assert!(e.line >= 3, "{e}");
}

#[test]
fn a_missing_ui_string_names_the_template_and_line() {
    let f = Fixture::new("basic");
    f.write("themes/default/templates/section.html", "{% extends \"base.html\" %}\n{% block main %}\n<p>{{ t(key=\"no-such-key\") }}</p>\n{% endblock main %}\n");
    let d = f.failed();
    let e = find(&d, "template");
    assert_eq!(
        (e.path.to_str(), e.line),
        (Some("themes/default/templates/section.html"), 3),
        "{e}"
    );
    assert!(e.message.contains("`no-such-key`"), "{}", e.message);
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let f = Fixture::new("basic");
    f.built();
    let before = f.snapshot();
    f.write(
        "content/en/guide/decline.md",
        "---\ntitle: [unclosed\n---\n",
    );
    f.failed();
    assert_eq!(before, f.snapshot());
    let parent: Vec<_> = std::fs::read_dir(f.root())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        !parent
            .iter()
            .any(|n| n.to_string_lossy().contains("letterpress-")),
        "{parent:?}"
    );
}

#[test]
fn the_command_line_prints_diagnostics_and_exits_with_1() {
    let f = Fixture::new("basic");
    f.write(
        "content/de/guide/decline.md",
        "---\ntitle: T\ndescription: D\ntitel: X\n---\n",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_letterpress"))
        .args(["build", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("content/de/guide/decline.md:4:1: unknown field `titel`"),
        "{stderr}"
    );
    f.write(
        "content/de/guide/decline.md",
        "---\ntitle: T\ndescription: D\n---\n",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_letterpress"))
        .args(["build", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("built ")
            && stdout.contains("pages in 4 languages (en, de, da, zh) in "),
        "{stdout}"
    );
}

#[test]
fn output_inside_the_sources_is_refused() {
    let f = Fixture::new("basic");
    let mut options = f.options();
    options.output = f.root().join("content");
    let d = letterpress::build(&options).unwrap_err();
    assert_eq!(d.0[0].code, "unsafe-output");
    assert!(f.root().join("content/en/_index.md").exists());
}

#[test]
fn a_broken_letter_declaration_is_positioned() {
    let f = Fixture::new("basic");
    f.write(
        "content/letters/decline.yaml",
        "fields:\n  contact:\n    kind: txt\n",
    );
    let d = f.failed();
    let e = find(&d, "yaml");
    assert_eq!(
        (e.path.to_str(), e.line, e.col),
        (Some("content/letters/decline.yaml"), 3, 11)
    );
    assert!(e.message.contains("txt"), "{}", e.message);
}

/// `{ { … "x" … } }` nested `depth` levels.
fn nested_placeables(depth: usize) -> String {
    format!("{}\"x\"{}", "{ ".repeat(depth), " }".repeat(depth))
}

#[test]
fn deeply_nested_fluent_is_an_error_with_its_position_not_a_crash() {
    let f = Fixture::new("basic");
    f.write(
        "locales/en/extra.ftl",
        format!(
            "ok = fine\ndeep = {}\nafter = {{ $x\n",
            nested_placeables(30_000)
        ),
    );
    let note = f.read_source("locales/de/letters/note.ftl");
    f.write(
        "locales/de/letters/note.ftl",
        note.replace(
            "title = ",
            &format!("title = {}\n    ", nested_placeables(50_000)),
        ),
    );
    let d = f.failed();
    let deep: Vec<_> = d.0.iter().filter(|x| x.code == "fluent-nesting").collect();
    let at: Vec<_> = deep.iter().map(|x| (x.path.to_str(), x.line)).collect();
    assert_eq!(
        at,
        [
            (Some("locales/de/letters/note.ftl"), 1),
            (Some("locales/en/extra.ftl"), 2)
        ],
        "{d}"
    );
    // Where the limit is passed: after `deep = ` and 20 `{ `.
    assert_eq!(
        deep[1].col,
        8 + 2 * letterpress::parse::ftl_limits::MAX_NESTING
    );
    assert!(
        deep[1]
            .to_string()
            .starts_with("locales/en/extra.ftl:2:48: placeables `{ }` and calls `( )` nest more than 20 levels deep here"),
        "{}",
        deep[1]
    );
    // The rest of the file is still parsed: its next error is reported too.
    let syntax = find(&d, "fluent-syntax");
    assert_eq!(
        (syntax.path.to_str(), syntax.line),
        (Some("locales/en/extra.ftl"), 3)
    );

    // `check` and `status` read the same files and report the same error.
    let checked = letterpress::check(f.root(), &letterpress::CompileOptions::default());
    assert!(
        checked.0.iter().any(|x| x.code == "fluent-nesting"),
        "{checked}"
    );
    let status = letterpress::status(f.root()).unwrap_err();
    assert!(
        status.0.iter().any(|x| x.code == "fluent-nesting"),
        "{status}"
    );
}

#[test]
fn a_letter_with_too_many_placeables_is_reported_at_its_ftl_line() {
    let f = Fixture::new("basic");
    let note = f.read_source("locales/en/letters/note.ftl");
    let start = note.find("body =").unwrap();
    let end = note.find("field-contact").unwrap();
    let body = format!("body =\n    {}\n", "{ $contact } ".repeat(120));
    f.write(
        "locales/en/letters/note.ftl",
        format!("{}{body}{}", &note[..start], &note[end..]),
    );
    let d = f.failed();
    let e = find(&d, "too-many-placeables");
    assert_eq!(
        (e.path.to_str(), e.line, e.col),
        (Some("locales/en/letters/note.ftl"), 5, 1),
        "{d}"
    );
    assert!(
        e.message.contains("`body`") && e.message.contains("120"),
        "{e}"
    );
    assert!(
        !d.0.iter()
            .any(|x| x.message.contains("Too many placeables")),
        "fluent's own error against the declaration is gone:\n{d}"
    );
}

#[test]
fn fifty_thousand_broken_anchors_in_a_big_article_are_all_reported() {
    let f = Fixture::new("basic");
    // One language, so that the article is rendered once (no fallback pages).
    f.write(
        "site.yaml",
        "base_url: https://example.org/\ndefault_language: en\nlanguages:\n  en:\n    name: English\n",
    );
    let mut article = String::from("---\ntitle: Big\ndescription: D\n---\n## Intro\n\n");
    let filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod. ";
    for i in 0..48_000 {
        article.push_str(&format!("{filler}[x](#missing-{i})\n\n"));
    }
    // And 2,000 on one long line.
    for i in 48_000..50_000 {
        article.push_str(&format!("{filler}[x](#missing-{i}) "));
    }
    article.push('\n');
    assert!(article.len() > 4_000_000);
    f.write("content/en/guide/big.md", &article);
    let d = f.failed();
    let broken: Vec<_> = d
        .errors()
        .filter(|x| x.code == "broken-link" && x.path.to_str() == Some("content/en/guide/big.md"))
        .collect();
    assert_eq!(broken.len(), 50_000);
    let first = broken
        .iter()
        .find(|x| x.message == "link to missing anchor `#missing-0`");
    assert_eq!(first.map(|x| (x.line, x.col)), Some((7, filler.len() + 1)));
    let last = broken
        .iter()
        .find(|x| x.message == "link to missing anchor `#missing-49999`")
        .unwrap();
    assert_eq!(last.line, 7 + 2 * 48_000);
    assert!(last.col > 150_000, "{}", last.col);
    // Its snippet is the part of the long line around the link, not the whole line.
    let snippet = last.snippet.as_deref().unwrap();
    assert!(
        snippet.len() < 1_000 && snippet.contains("[x](#missing-49999)"),
        "{snippet}"
    );
}

#[test]
fn markdown_nested_too_deeply_is_an_error_with_its_line() {
    let f = Fixture::new("basic");
    f.write(
        "content/en/guide/deep.md",
        format!(
            "---\ntitle: Deep\ndescription: D\n---\nIntro.\n\n{}x\n",
            "> ".repeat(50_000)
        ),
    );
    let d = f.failed();
    let e = find(&d, "markdown-nesting");
    assert_eq!(
        (e.path.to_str(), e.line),
        (Some("content/en/guide/deep.md"), 7)
    );
}

const RAW: &str = "---\ntitle: Raw\ndescription: D\n---\nIntro.\n\n<script>alert(1)</script>\n\n<img src=\"x.png\" onerror=\"alert(1)\">\n\n[click](javascript:alert(1)) or <a href=\"JaVaScRiPt:alert(2)\">raw</a>\n";

#[test]
fn raw_script_event_handlers_and_javascript_urls_are_rejected_with_positions() {
    let f = Fixture::new("basic");
    f.write("content/en/guide/raw.md", RAW);
    let d = f.failed();
    let found: Vec<String> = d
        .errors()
        .filter(|x| x.code == "unsafe-html")
        .map(|x| x.to_string().lines().next().unwrap_or_default().to_string())
        .collect();
    let allow = "(`unsafe_html: true` in `site.yaml` allows it)";
    assert_eq!(
        found,
        [
            format!(
                "content/en/guide/raw.md:7:1: raw HTML `<script>` is not allowed: pages carry no inline script {allow}"
            ),
            format!(
                "content/en/guide/raw.md:9:18: event handler `onerror` is not allowed in raw HTML {allow}"
            ),
            format!(
                "content/en/guide/raw.md:11:1: link to a `javascript:` URL is not allowed {allow}"
            ),
            format!(
                "content/en/guide/raw.md:11:42: `javascript:` URL is not allowed in raw HTML {allow}"
            ),
        ],
        "{d}"
    );
}

#[test]
fn unsafe_html_in_site_yaml_lets_raw_script_through() {
    let f = Fixture::new("basic");
    f.write("content/en/guide/raw.md", RAW);
    f.write("content/en/guide/x.png", "");
    let config = f.read_source("site.yaml");
    f.write("site.yaml", format!("unsafe_html: true\n{config}"));
    f.built();
    let page = f.read("en/guide/raw/index.html");
    assert!(page.contains("<script>alert(1)</script>"), "{page}");
    assert!(page.contains("onerror=\"alert(1)\""));
    assert!(page.contains("href=\"javascript:alert(1)\""));
}
