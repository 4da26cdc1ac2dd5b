//! Files that are copied rather than rendered: the site's `static/` folder, and images and other
//! files next to the articles, chosen per language along the fallback chain, written once per
//! language, linked relatively, with the size of every image.

use letterpress::load::{self, Input};
use letterpress::{Cache, CompileOptions, compile_with};

use crate::support::{Fixture, find, snapshot};

/// The header of a PNG of `width` × `height` (all that is read of it), and `tag` to tell copies
/// apart.
fn png(width: u32, height: u32, tag: &str) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    bytes.extend(width.to_be_bytes());
    bytes.extend(height.to_be_bytes());
    bytes.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    bytes.extend(tag.as_bytes());
    bytes
}

/// Appends `text` to the body of a page of the fixture.
fn append(f: &Fixture, path: &str, text: &str) {
    let source = f.read_source(path);
    f.write(path, format!("{source}\n{text}\n"));
}

fn output_bytes(f: &Fixture, path: &str) -> Vec<u8> {
    std::fs::read(f.output().join(path)).unwrap_or_else(|e| panic!("no `{path}`: {e}"))
}

#[test]
fn static_files_are_copied_as_they_are_and_replace_the_theme_s() {
    let f = Fixture::new("basic");
    f.write("static/files/hello.txt", "hello\n");
    f.write("static/assets/favicon.svg", "<svg>mine</svg>");
    f.write("static/.hidden", "no");
    let default_page = {
        let g = Fixture::new("basic");
        g.built();
        g.read("en/index.html")
    };
    f.built();
    assert_eq!(f.read("files/hello.txt"), "hello\n");
    assert_eq!(f.read("assets/favicon.svg"), "<svg>mine</svg>");
    assert!(!f.exists(".hidden"));
    // `asset()` gives the site's file a cache-busting URL of its own.
    let favicon = |page: &str| {
        let at = page.find("favicon.svg?v=").expect("favicon link");
        page[at..at + 22].to_string()
    };
    assert_ne!(favicon(&f.read("en/index.html")), favicon(&default_page));
}

#[test]
fn a_static_file_in_the_place_of_a_page_fails_and_keeps_the_previous_site() {
    let f = Fixture::new("basic");
    f.built();
    let before = snapshot(&f.output());
    f.write("static/de/index.html", "<p>mine</p>");
    f.write("static/en/guide", "a file where a folder of pages is");
    let d = f.failed();
    let clashes: Vec<String> =
        d.0.iter()
            .filter(|x| x.code == "output-clash")
            .map(|x| format!("{}: {}", x.path.display(), x.message))
            .collect();
    assert_eq!(clashes.len(), 2, "{d}");
    assert!(
        clashes[0].starts_with("static/de/index.html: ")
            && clashes[0].contains("`de/index.html`, which the site already has"),
        "{clashes:?}"
    );
    assert!(
        clashes[1].starts_with("static/en/guide: ") && clashes[1].contains("`en/guide/"),
        "{clashes:?}"
    );
    assert_eq!(
        snapshot(&f.output()),
        before,
        "the previous site is untouched"
    );
}

#[test]
fn an_image_next_to_an_article_is_copied_next_to_its_page_with_its_size() {
    let f = Fixture::new("basic");
    f.write("content/en/guide/photo.png", png(640, 480, "en"));
    f.write("content/en/guide/form.pdf", "%PDF-1.4 form");
    f.write("content/en/guide/unused.png", png(1, 1, "unused"));
    append(
        &f,
        "content/en/guide/decline.md",
        "![A \"photo\"](photo.png)\n\n[The form](form.pdf#page=2)\n\n<img alt=\"raw\" src=\"photo.png\">\n<a href=\"withdrawn.md#ask-why\">next</a>",
    );
    f.built();
    let page = f.read("en/guide/declining-an-offer/index.html");
    assert!(
        page.contains(r#"<img src="../photo.png" alt="A “photo”" width="640" height="480" loading="lazy" decoding="async" />"#),
        "{page}"
    );
    assert!(page.contains(r#"<a href="../form.pdf#page=2">The form</a>"#));
    assert!(
        page.contains(r#"<img width="640" height="480" loading="lazy" decoding="async" alt="raw" src="../photo.png">"#),
        "{page}"
    );
    assert_eq!(output_bytes(&f, "en/guide/photo.png"), png(640, 480, "en"));
    assert_eq!(f.read("en/guide/form.pdf"), "%PDF-1.4 form");
    assert!(
        !f.exists("en/guide/unused.png"),
        "files no page links are not published"
    );
    assert!(!f.exists("content"));
    let checked = letterpress::check(f.root(), &CompileOptions::default());
    let unused: Vec<String> = checked
        .warnings()
        .filter(|d| d.code == "unused-file")
        .map(|d| d.path.display().to_string())
        .collect();
    assert_eq!(unused, ["content/en/guide/unused.png"], "{checked}");
    // German pages do not link it: no German copy.
    assert!(!f.exists("de/ratgeber/photo.png"));
}

/// en and de have `shot.png`; da falls back to de, zh to en. Every `decline.md` shows it, and
/// so does the German `withdrawn.md`, which Danish readers get as a fallback page.
fn per_language_site() -> Fixture {
    let f = Fixture::new("basic");
    f.write("content/en/guide/shot.png", png(100, 50, "en"));
    f.write("content/de/guide/shot.png", png(200, 100, "de"));
    for lang in ["en", "de", "da", "zh"] {
        append(
            &f,
            &format!("content/{lang}/guide/decline.md"),
            "![s](shot.png)",
        );
    }
    append(&f, "content/de/guide/withdrawn.md", "![s](shot.png)");
    f
}

fn copies_of_shot(f: &Fixture) -> Vec<(String, Vec<u8>)> {
    snapshot(&f.output())
        .into_iter()
        .filter(|(path, _)| path.ends_with("shot.png"))
        .collect()
}

#[test]
fn each_language_gets_its_own_image_else_the_one_along_its_fallback_chain() {
    let f = per_language_site();
    let mut options = f.options();
    options.compile.base_url = Some("https://example.org/sub/path/".into());
    letterpress::build(&options).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(
        copies_of_shot(&f),
        [
            ("da/ratgeber/shot.png".to_string(), png(200, 100, "de")),
            ("de/ratgeber/shot.png".to_string(), png(200, 100, "de")),
            ("en/guide/shot.png".to_string(), png(100, 50, "en")),
            ("zh/guide/shot.png".to_string(), png(100, 50, "en")),
        ],
        "one copy per language, from the first language of its chain that has the file"
    );
    let de = f.read("de/ratgeber/angebot-ablehnen/index.html");
    assert!(de.contains(r#"src="../shot.png" alt="s" width="200" height="100""#));
    let zh = f.read("zh/guide/ju-jue/index.html");
    assert!(zh.contains(r#"src="../shot.png" alt="s" width="100" height="50""#));
    assert!(
        de.contains("https://example.org/sub/path/de/ratgeber/angebot-ablehnen/"),
        "built for a sub-path, the image links stay relative"
    );

    // With a Danish screenshot, Danish readers get it, also on the fallback page showing the
    // German text.
    f.write("content/da/guide/shot.png", png(300, 150, "da"));
    f.built();
    assert_eq!(
        output_bytes(&f, "da/ratgeber/shot.png"),
        png(300, 150, "da")
    );
    let fallback = f.read("da/ratgeber/angebot-zurueckgezogen/index.html");
    assert!(
        fallback.contains(r#"src="../shot.png" alt="s" width="300" height="150""#),
        "{fallback}"
    );
    assert_eq!(
        output_bytes(&f, "de/ratgeber/shot.png"),
        png(200, 100, "de")
    );
}

/// English falls back to every other language: a file only German has is found.
#[test]
fn a_link_to_a_file_no_language_has_is_an_error_at_its_position() {
    let f = Fixture::new("basic");
    f.built();
    let before = snapshot(&f.output());
    f.write("content/de/guide/only-de.png", png(1, 1, "de"));
    append(
        &f,
        "content/en/guide/decline.md",
        "See ![gone](gone.png) and [the form](../forms/form.pdf).\n\n<a href=\"nope.zip\">zip</a> ![de only](only-de.png)",
    );
    let d = f.failed();
    let source = f.read_source("content/en/guide/decline.md");
    let lines: Vec<&str> = source.lines().collect();
    let (line_a, line_b) = (lines.len() - 2, lines.len());
    let broken: Vec<(usize, usize, &str)> =
        d.0.iter()
            .filter(|x| x.code == "broken-link")
            .map(|x| (x.line, x.col, x.message.as_str()))
            .collect();
    assert_eq!(
        broken.iter().map(|b| (b.0, b.1)).collect::<Vec<_>>(),
        [(line_a, 5), (line_a, 27), (line_b, 10)],
        "a file any language of the chain has is found: `only-de.png` is\n{d}"
    );
    assert!(
        broken[0]
            .2
            .starts_with("link to missing file `gone.png`: no `guide/gone.png` in `content/en/`"),
        "{}",
        broken[0].2
    );
    assert!(
        broken[1].2.contains("no `forms/form.pdf`"),
        "{}",
        broken[1].2
    );
    assert!(
        find(&d, "broken-link")
            .path
            .ends_with("content/en/guide/decline.md"),
        "{d}"
    );
    assert_eq!(
        snapshot(&f.output()),
        before,
        "the previous site is untouched"
    );
}

#[test]
fn an_incremental_compile_picks_up_new_and_changed_files() {
    let f = per_language_site();
    let (mut input, problems) = load::load(f.root());
    assert!(!problems.has_errors(), "{problems}");
    let mut cache = Cache::default();
    let options = CompileOptions::default();
    let file = |input: &Input, cache: &mut Cache, path: &str| {
        let site = compile_with(input, &options, cache).unwrap_or_else(|d| panic!("{d}"));
        site.outputs
            .iter()
            .find(|o| o.path == path)
            .map(|o| o.contents.to_vec())
    };
    let da = "da/ratgeber/shot.png";
    assert_eq!(file(&input, &mut cache, da), Some(png(200, 100, "de")));
    // A new Danish screenshot.
    f.write("content/da/guide/shot.png", png(300, 150, "da"));
    let changed = [f.root().join("content/da/guide/shot.png")];
    load::refresh(f.root(), &mut input, &changed);
    assert_eq!(file(&input, &mut cache, da), Some(png(300, 150, "da")));
    let page = file(
        &input,
        &mut cache,
        "da/ratgeber/angebot-zurueckgezogen/index.html",
    )
    .unwrap();
    assert!(String::from_utf8(page).unwrap().contains("width=\"300\""));
    // The same file, changed; then a static file.
    f.write("content/da/guide/shot.png", png(30, 15, "da2"));
    f.write("static/x.txt", "x");
    let changed = [
        f.root().join("content/da/guide/shot.png"),
        f.root().join("static"),
    ];
    load::refresh(f.root(), &mut input, &changed);
    assert_eq!(file(&input, &mut cache, da), Some(png(30, 15, "da2")));
    assert_eq!(file(&input, &mut cache, "x.txt"), Some(b"x".to_vec()));
    // A new file nothing links yet, then an edit to an article's text alone that links it: its
    // English page, and the Chinese fallback page showing that text, get it.
    f.write("content/en/guide/new.png", png(7, 7, "new"));
    load::refresh(
        f.root(),
        &mut input,
        &[f.root().join("content/en/guide/new.png")],
    );
    assert_eq!(file(&input, &mut cache, "en/guide/new.png"), None);
    append(&f, "content/en/guide/withdrawn.md", "![n](new.png)");
    load::refresh(
        f.root(),
        &mut input,
        &[f.root().join("content/en/guide/withdrawn.md")],
    );
    assert_eq!(
        file(&input, &mut cache, "en/guide/new.png"),
        Some(png(7, 7, "new"))
    );
    assert_eq!(
        file(&input, &mut cache, "zh/guide/new.png"),
        Some(png(7, 7, "new"))
    );
}
