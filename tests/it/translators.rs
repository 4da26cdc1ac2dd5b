//! The translator workflow: `check`, `status`, `translate`, outdated translations, the dashboard.

use std::process::Command;

use serde_json::Value;

use crate::support::Fixture;

fn run(f: &Fixture, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_letterpress"))
        .args(args)
        .arg("--root")
        .arg(f.root())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn findings(f: &Fixture) -> (i32, Vec<Value>) {
    let (code, stdout, stderr) = run(f, &["check", "--format", "json"]);
    let v: Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("json: {e}\n{stdout}\n{stderr}"));
    (code, v.as_array().unwrap().clone())
}

fn finding<'a>(all: &'a [Value], code: &str, path: &str) -> &'a Value {
    all.iter()
        .find(|v| v["code"] == code && v["path"] == path)
        .unwrap_or_else(|| panic!("no `{code}` for `{path}` in {all:#?}"))
}

fn mark_all_up_to_date(f: &Fixture) {
    for (item, lang) in [
        ("guide/decline", "de"),
        ("guide/decline", "da"),
        ("guide/decline", "zh"),
        ("guide/withdrawn", "de"),
        ("_index", "de"),
        ("_index", "da"),
        ("_index", "zh"),
        ("guide/_index", "de"),
        ("letters/note", "de"),
    ] {
        let (code, _, stderr) = run(f, &["translate", item, "--to", lang, "--refresh"]);
        assert_eq!(code, 0, "{item} {lang}: {stderr}");
    }
}

#[test]
fn check_is_clean_on_an_up_to_date_site_and_writes_nothing() {
    let f = Fixture::new("basic");
    mark_all_up_to_date(&f);
    // Without an author the feeds name the site, and `check` warns.
    let config = f.read_source("site.yaml");
    f.write(
        "site.yaml",
        format!("{config}author:\n  name: The Authors\n"),
    );
    let (code, all) = findings(&f);
    assert_eq!(code, 0, "{all:#?}");
    assert!(all.is_empty(), "{all:#?}");
    assert!(!f.output().exists(), "check writes nothing");
    let (code, stdout, _) = run(&f, &["check"]);
    assert_eq!((code, stdout.trim()), (0, "checked: 0 errors, 0 warnings"));
}

#[test]
fn check_reports_every_translator_finding_with_its_position() {
    let f = Fixture::new("basic");
    mark_all_up_to_date(&f);
    // A UI string missing in German, one only German has, and a variable the source lacks.
    let en = std::fs::read_to_string(f.root().join("locales/en/ui.ftl")).unwrap();
    f.write(
        "locales/en/ui.ftl",
        format!("{en}only-english = Just here\n"),
    );
    let de = std::fs::read_to_string(f.root().join("locales/de/ui.ftl")).unwrap();
    let de = format!("{de}toc-title = Auf dieser Seite {{ $count }}\nonly-german = Nur hier\n");
    f.write("locales/de/ui.ftl", &de);
    let toc_line = de.lines().position(|l| l.starts_with("toc-title")).unwrap() + 1;
    // The English source of an article changes after its translation was made.
    let en = std::fs::read_to_string(f.root().join("content/en/guide/decline.md")).unwrap();
    f.write(
        "content/en/guide/decline.md",
        en.replace("She said", "Then she said"),
    );
    // A translation without a marker.
    let da = std::fs::read_to_string(f.root().join("content/da/guide/decline.md")).unwrap();
    let da: String = da
        .lines()
        .filter(|l| !l.starts_with("source_hash"))
        .map(|l| format!("{l}\n"))
        .collect();
    f.write("content/da/guide/decline.md", da);

    let (code, all) = findings(&f);
    assert_eq!(code, 1, "the unknown variable is an error");
    let missing = finding(&all, "missing-key", "locales/de/ui.ftl");
    assert_eq!(missing["severity"], "warning");
    assert!(
        missing["message"]
            .as_str()
            .unwrap()
            .contains("`only-english`")
    );
    let obsolete = finding(&all, "obsolete-key", "locales/de/ui.ftl");
    assert_eq!(
        (obsolete["line"].as_u64(), obsolete["column"].as_u64()),
        (Some(toc_line as u64 + 1), Some(1))
    );
    let variable = finding(&all, "unknown-variable", "locales/de/ui.ftl");
    assert_eq!(
        (variable["severity"].as_str(), variable["line"].as_u64()),
        (Some("error"), Some(toc_line as u64))
    );
    assert!(variable["message"].as_str().unwrap().contains("`$count`"));
    for lang in ["de", "zh"] {
        let outdated = finding(
            &all,
            "outdated-translation",
            &format!("content/{lang}/guide/decline.md"),
        );
        assert_eq!(outdated["severity"], "warning");
        assert_eq!(outdated["line"].as_u64(), Some(7), "{outdated}");
        assert!(
            outdated["message"]
                .as_str()
                .unwrap()
                .contains("`content/en/guide/decline.md`")
        );
    }
    finding(&all, "untracked-translation", "content/da/guide/decline.md");
    // Warnings alone pass unless --strict.
    f.write("locales/de/ui.ftl", de.replace(" { $count }", ""));
    let (code, stdout, stderr) = run(&f, &["check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("checked: 0 errors, "), "{stdout}");
    assert!(
        stderr.contains("content/de/guide/decline.md:7:1: warning: translation is outdated"),
        "{stderr}"
    );
    let (code, _, _) = run(&f, &["check", "--strict"]);
    assert_eq!(code, 1);
}

#[test]
fn check_reports_build_errors_as_json_too() {
    let f = Fixture::new("basic");
    f.write(
        "content/en/guide/broken.md",
        "---\ntitle: B\ndescription: D\n---\nSee [x](nowhere.md).\n",
    );
    let (code, all) = findings(&f);
    assert_eq!(code, 1);
    let link = finding(&all, "broken-link", "content/en/guide/broken.md");
    assert_eq!(
        (
            link["line"].as_u64(),
            link["column"].as_u64(),
            link["severity"].as_str()
        ),
        (Some(5), Some(5), Some("error"))
    );
}

#[test]
fn status_counts_translated_missing_and_outdated() {
    let f = Fixture::new("basic");
    mark_all_up_to_date(&f);
    let en = std::fs::read_to_string(f.root().join("content/en/guide/withdrawn.md")).unwrap();
    f.write(
        "content/en/guide/withdrawn.md",
        en.replace("Politely", "Calmly and politely"),
    );
    let (code, stdout, _) = run(&f, &["status", "--format", "json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let de = v
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "de")
        .unwrap();
    assert_eq!(de["articles"]["total"], 4);
    assert_eq!(de["articles"]["outdated"], 1);
    assert_eq!(de["articles"]["missing"], 0);
    let da = v
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "da")
        .unwrap();
    assert_eq!(
        da["articles"]["missing"], 2,
        "da has no guide/_index and no withdrawn"
    );
    assert_eq!(da["letters"]["missing"], 1);
    let item = de["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == "guide/withdrawn")
        .unwrap();
    assert_eq!(item["state"], "outdated");

    let (_, text, _) = run(&f, &["status", "de", "da"]);
    assert!(text.contains("Deutsch (de)     3/4 (1 outdated)"), "{text}");
    assert!(
        text.contains("outdated  guide/withdrawn  (content/de/guide/withdrawn.md)"),
        "{text}"
    );
    assert!(
        text.contains("missing   letters/note  (locales/da/letters/note.ftl)"),
        "{text}"
    );
    assert!(!text.contains("中文"), "only the languages asked for");
    let (code, _, stderr) = run(&f, &["status", "xx"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("`xx` is not a language"));
}

#[test]
fn translate_creates_a_marked_translation_and_never_overwrites() {
    let f = Fixture::new("basic");
    let (code, stdout, stderr) = run(&f, &["translate", "guide/withdrawn", "--to", "da"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with("content/da/guide/withdrawn.md: created"),
        "{stdout}"
    );
    let created = std::fs::read_to_string(f.root().join("content/da/guide/withdrawn.md")).unwrap();
    assert!(created.starts_with("---\ntitle: When an offer is withdrawn\n"));
    assert!(created.contains("\nsource_hash: "), "{created}");
    assert!(
        created.contains("## Ask why"),
        "the body is there to translate"
    );
    let (code, _, stderr) = run(&f, &["translate", "guide/withdrawn", "--to", "da"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(f.root().join("content/da/guide/withdrawn.md")).unwrap(),
        created
    );

    let (code, stdout, _) = run(&f, &["translate", "letters/note", "--to", "zh"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("locales/zh/letters/note.ftl: created"));
    let letter = std::fs::read_to_string(f.root().join("locales/zh/letters/note.ftl")).unwrap();
    assert!(letter.starts_with("# source_hash: "));
    let (code, _, stderr) = run(&f, &["translate", "guide/nothing", "--to", "da"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("nothing to translate called `guide/nothing`"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&f, &["translate", "guide/decline", "--to", "en"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("source language"), "{stderr}");
}

#[test]
fn an_outdated_translation_is_flagged_to_readers_until_refreshed() {
    let f = Fixture::new("basic");
    mark_all_up_to_date(&f);
    f.built();
    assert!(
        !f.read("de/ratgeber/angebot-ablehnen/index.html")
            .contains("notice-outdated")
    );
    let en = std::fs::read_to_string(f.root().join("content/en/guide/decline.md")).unwrap();
    f.write(
        "content/en/guide/decline.md",
        en.replace("She said", "Then she said"),
    );
    let de_letter = std::fs::read_to_string(f.root().join("locales/en/letters/note.ftl")).unwrap();
    f.write(
        "locales/en/letters/note.ftl",
        de_letter.replace("A short note", "A brief note"),
    );
    f.built();
    let de = f.read("de/ratgeber/angebot-ablehnen/index.html");
    assert!(
        de.contains(
            r#"<aside class="notice notice-outdated" role="note" lang="de" data-pagefind-ignore>"#
        ),
        "{de}"
    );
    assert!(de.contains("Das Original dieser Seite wurde seit der Übersetzung geändert."));
    assert!(de.contains(
        r#"<a href="../../../en/guide/declining-an-offer/">Zum Original auf Englisch.</a>"#
    ));
    assert!(
        f.read("de/letters/kurze-notiz/index.html")
            .contains("notice-outdated"),
        "letters too"
    );
    let (code, _, stderr) = run(
        &f,
        &["translate", "guide/decline", "--to", "de", "--refresh"],
    );
    assert_eq!(code, 0, "{stderr}");
    run(
        &f,
        &["translate", "letters/note", "--to", "de", "--refresh"],
    );
    f.built();
    assert!(
        !f.read("de/ratgeber/angebot-ablehnen/index.html")
            .contains("notice-outdated")
    );
    assert!(
        !f.read("de/letters/kurze-notiz/index.html")
            .contains("notice-outdated")
    );
}

#[test]
fn the_dashboard_shows_the_numbers_of_status_with_repository_links() {
    let f = Fixture::new("basic");
    let config = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        format!("repository: https://example.org/repo\n{config}"),
    );
    f.built();
    let page = f.read("da/translations/index.html");
    assert!(page.contains("<h1>Oversættelsesstatus</h1>"));
    assert!(page.contains(r#"<tr data-lang="da">"#));
    // da: 2 of 4 pages (guide/_index and withdrawn missing), 0 of 1 letters.
    assert!(
        page.contains(r#"<td data-kind="articles">2 af 4 oversat, 2 mangler</td>"#),
        "{page}"
    );
    assert!(page.contains(r#"<td data-kind="letters">0 af 1 oversat, 1 mangler</td>"#));
    assert!(page.contains(r#"<a href="https://example.org/repo/blob/main/content/en/guide/withdrawn.md">content/en/guide/withdrawn.md</a>"#));
    f.write(
        "content/en/about.md",
        "---\ntitle: About\ndescription: About and contributing\n---\nHelp us.\n",
    );
    f.built();
    let about = f.read("en/about/index.html");
    assert!(about.contains(r#"<a href="../../en/translations/">See how far each translation has come on the translation status page.</a>"#), "{about}");
    assert!(f.read("en/guide/declining-an-offer/index.html").contains(r#"<a href="https://example.org/repo/blob/main/content/en/guide/decline.md">Edit this page</a>"#));
}

#[test]
fn check_finds_words_and_punctuation_written_in_a_template() {
    let f = Fixture::new("basic");
    f.write("site.yaml", f.read_source("site.yaml") + "theme: mine\n");
    f.write(
        "themes/mine/templates/404.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }} · Oops</h1>\n<a href=\"{{ root }}\" aria-label=\"Home page\">{{ t(key=\"nav-home\") }}</a>\n{% endblock main %}\n",
    );
    let (_, all) = findings(&f);
    let found: Vec<&Value> = all.iter().filter(|v| v["code"] == "literal-text").collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found
            .iter()
            .all(|v| v["path"] == "themes/mine/templates/404.html" && v["severity"] == "warning")
    );
    assert_eq!(
        (found[0]["line"].as_u64(), found[0]["column"].as_u64()),
        (Some(3), Some(22))
    );
    assert!(found[0]["message"].as_str().unwrap().contains("`· Oops`"));
    assert!(
        found[1]["message"]
            .as_str()
            .unwrap()
            .contains("`Home page`")
    );
    // The default theme has none.
    let clean = Fixture::new("basic");
    let (_, all) = findings(&clean);
    assert!(!all.iter().any(|v| v["code"] == "literal-text"), "{all:#?}");
}

/// The German dashboard once said "1 fehlen" and the Danish one "2 forældet": their counts had
/// no `one` form. `check` finds such strings, and the built-in ones say "1 fehlt", "2 forældede".
#[test]
fn check_finds_counts_without_plural_forms_and_unused_keys() {
    let f = Fixture::new("basic");
    mark_all_up_to_date(&f);
    for item in ["guide/decline", "_index"] {
        let (code, _, stderr) = run(&f, &["translate", item, "--to", "da", "--refresh"]);
        assert_eq!(code, 0, "{stderr}");
    }
    // One German page missing, two Danish translations outdated.
    std::fs::remove_file(f.root().join("content/de/guide/withdrawn.md")).unwrap();
    for path in ["content/en/guide/decline.md", "content/en/_index.md"] {
        let text = f.read_source(path);
        f.write(path, format!("{text}\nOne more line.\n"));
    }
    f.built();
    let de = f.read("de/translations/index.html");
    assert!(de.contains(", 1 fehlt</td>"), "{de}");
    let da = f.read("da/translations/index.html");
    assert!(da.contains(", 2 forældede, "), "{da}");

    // The strings as they were.
    let old = |word_of: &str, outdated: &str, missing: &str| {
        format!(
            "translations-counts = {{ $translated }} {word_of} {{ $total }}{{ $outdated ->\n    [0] {{\"\"}}\n   *[other] , {{ $outdated }} {outdated}\n}}{{ $missing ->\n    [0] {{\"\"}}\n   *[other] , {{ $missing }} {missing}\n}}\n"
        )
    };
    let de_ftl = f.read_source("locales/de/ui.ftl");
    let de_line = de_ftl.lines().count() + 1;
    f.write(
        "locales/de/ui.ftl",
        format!(
            "{de_ftl}{}old-key = Nicht mehr benutzt\n",
            old("von", "veraltet", "fehlen")
        ),
    );
    let da_ftl = f.read_source("locales/da/ui.ftl");
    let da_line = da_ftl.lines().count() + 1;
    f.write(
        "locales/da/ui.ftl",
        format!("{da_ftl}{}", old("af", "forældet", "mangler")),
    );
    f.built();
    assert!(
        f.read("de/translations/index.html")
            .contains(", 1 fehlen</td>")
    );
    assert!(
        f.read("da/translations/index.html")
            .contains(", 2 forældet, ")
    );

    let (_, all) = findings(&f);
    let plural: Vec<&Value> = all
        .iter()
        .filter(|v| v["code"] == "plural-select")
        .collect();
    let at = |path: &str, var: &str| {
        plural
            .iter()
            .find(|v| {
                v["path"] == path
                    && v["message"]
                        .as_str()
                        .unwrap()
                        .contains(&format!("`${var}`"))
            })
            .unwrap_or_else(|| panic!("no plural-select for `{var}` in `{path}`: {plural:#?}"))
    };
    let missing = at("locales/de/ui.ftl", "missing");
    assert_eq!(
        (
            missing["severity"].as_str(),
            missing["line"].as_u64(),
            missing["column"].as_u64()
        ),
        (Some("warning"), Some(de_line as u64), Some(1))
    );
    assert!(
        missing["message"]
            .as_str()
            .unwrap()
            .contains("no form for `one` (as in 1)"),
        "{missing}"
    );
    let outdated = at("locales/da/ui.ftl", "outdated");
    assert_eq!(outdated["line"].as_u64(), Some(da_line as u64));
    at("locales/de/ui.ftl", "total");
    assert!(
        plural.iter().all(|v| v["path"] != "locales/zh/ui.ftl"),
        "Chinese has no plural forms"
    );
    let unknown = finding(&all, "unknown-key", "locales/de/ui.ftl");
    assert_eq!(unknown["line"].as_u64(), Some(de_line as u64 + 7));
    assert!(unknown["message"].as_str().unwrap().contains("`old-key`"));
    let (code, _, stderr) = run(&f, &["check", "--strict"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!("locales/de/ui.ftl:{de_line}:1: warning: `translations-counts` shows the count `$missing`")),
        "{stderr}"
    );
}
