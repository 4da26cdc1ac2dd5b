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
