//! `letterpress init`: a new site that builds and checks clean at once, in the languages asked
//! for, and never a file written into a folder that holds something.

use std::ffi::OsStr;

use crate::support::{Fixture, letterpress};

fn init(dir: &std::path::Path, extra: &[&str]) -> (i32, String, String) {
    let mut args: Vec<&OsStr> = vec!["init".as_ref(), dir.as_os_str()];
    args.extend(extra.iter().map(|a| OsStr::new(*a)));
    letterpress(&args)
}

#[test]
fn init_writes_a_site_that_builds_and_checks_clean_at_once() {
    let tmp = Fixture::empty();
    let site = tmp.root().join("mysite");
    let (code, stdout, stderr) = init(
        &site,
        &["--languages", "en,de,zh,ar", "--author", "Jane Doe"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("  content/de/guide/first-article.md\n"),
        "{stdout}"
    );
    assert!(stdout.contains("letterpress serve --root "), "{stdout}");
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    assert!(
        yaml.contains("default_language: en\n") && yaml.contains("  name: Jane Doe\n"),
        "{yaml}"
    );

    let root = site.as_os_str();
    let (code, _, stderr) = letterpress(&[
        "check".as_ref(),
        "--strict".as_ref(),
        "--root".as_ref(),
        root,
    ]);
    assert_eq!(code, 0, "check --strict is clean: {stderr}");
    let (code, stdout, stderr) = letterpress(&[
        "build".as_ref(),
        "--no-search".as_ref(),
        "--root".as_ref(),
        root,
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("in 4 languages (en, de, zh, ar)"),
        "{stdout}"
    );
    let read = |p: &str| std::fs::read_to_string(site.join("public").join(p)).unwrap();
    // The article in each language, linked as translations and none a fallback.
    let en = read("en/guide/first-article/index.html");
    assert!(
        en.contains(r#"hreflang="de" href="https://example.org/de/ratgeber/erster-artikel/""#),
        "{en}"
    );
    let de = read("de/ratgeber/erster-artikel/index.html");
    assert!(
        de.contains("<html lang=\"de\"") && !de.contains("noindex"),
        "{de}"
    );
    assert!(
        de.contains("data-letter=\"thank-you\""),
        "the letter is embedded"
    );
    assert!(read("zh/guide/first-article/index.html").contains("您的第一篇文章"));
    // A language without sample text gets the English one, marked as such.
    let ar = read("ar/guide/first-article/index.html");
    assert!(
        ar.contains("<html lang=\"ar\" dir=\"rtl\"")
            && ar.contains("<div lang=\"en\" dir=\"ltr\">")
            && ar.contains("Sample text in English"),
        "{ar}"
    );
    // The letter has a page in every language.
    assert!(read("de/letters/dankesnotiz/index.html").contains("Vielen Dank für Ihre Zeit"));
    assert!(read("zh/letters/thank-you-note/index.html").contains("感谢您抽出时间"));
}

#[test]
fn init_refuses_a_folder_that_is_not_empty_and_writes_nothing() {
    let tmp = Fixture::empty();
    tmp.write("notes.txt", "mine");
    let (code, stdout, stderr) = init(tmp.root(), &[]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stderr.contains("the folder is not empty (it holds `notes.txt`)"),
        "{stderr}"
    );
    assert!(stderr.contains("new or empty folder"), "{stderr}");
    let entries: Vec<_> = std::fs::read_dir(tmp.root()).unwrap().collect();
    assert_eq!(entries.len(), 1, "nothing was written");
    assert_eq!(tmp.read_source("notes.txt"), "mine");
}

#[test]
fn init_defaults_to_english_and_refuses_unknown_languages() {
    let tmp = Fixture::empty();
    let (code, _, stderr) = init(&tmp.root().join("a"), &["--languages", "en,xx-unknown"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("`xx-unknown` is not a language `init` can start a site in"),
        "{stderr}"
    );
    assert!(!tmp.root().join("a").exists(), "nothing was created");
    let (code, _, stderr) = init(&tmp.root().join("b"), &[]);
    assert_eq!(code, 0, "{stderr}");
    let yaml = tmp.read_source("b/site.yaml");
    assert!(
        yaml.contains("default_language: en\n") && !yaml.contains("  de:"),
        "{yaml}"
    );
}
