//! The example sites in `examples/`: each builds from a clean copy, passes `check --strict`, and
//! shows the features it was written to show, so the engine is proven on more than the bundled
//! guide.

use std::ffi::OsStr;

use crate::support::{Fixture, letterpress};

fn bytes(path: std::path::PathBuf) -> Vec<u8> {
    std::fs::read(&path).unwrap_or_else(|e| panic!("no `{}`: {e}", path.display()))
}

/// The tool library: English and French (a language the bundled guide does not have, with no
/// interface strings of its own but its name), per-language images, a shared image, static files,
/// callouts and aliases.
#[test]
fn the_tool_library_builds_under_a_sub_path_and_checks_clean() {
    let f = Fixture::example("tool-library");
    let root = f.root().as_os_str();
    let (code, out, err) = letterpress(&[
        OsStr::new("check"),
        OsStr::new("--strict"),
        OsStr::new("--root"),
        root,
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}{err}");

    let mut options = f.options();
    options.compile.base_url = Some("https://example.org/sub/tools/".into());
    letterpress::build(&options).unwrap_or_else(|d| panic!("{d}"));
    let out = f.output();
    let source = |p: &str| bytes(f.root().join("content").join(p));

    // French pages: built-in French interface strings, the site's own name.
    let borrow = f.read("fr/emprunter-un-outil/index.html");
    assert!(borrow.contains(">Aller au contenu<"), "{borrow}");
    assert!(borrow.contains("Outilthèque du Quai"), "{borrow}");
    // Each language shows its own screenshot of the kiosk; the floor plan exists only in
    // English and reaches the French page along the fallback chain.
    assert!(
        borrow.contains(r#"<img src="../kiosk.png" alt="L’écran de la borne"#),
        "{borrow}"
    );
    assert!(
        borrow.contains(r#"width="640" height="360" loading="lazy""#),
        "{borrow}"
    );
    assert_eq!(bytes(out.join("fr/kiosk.png")), source("fr/kiosk.png"));
    assert_eq!(bytes(out.join("en/kiosk.png")), source("en/kiosk.png"));
    assert_ne!(source("fr/kiosk.png"), source("en/kiosk.png"));
    assert_eq!(bytes(out.join("fr/shelves.png")), source("en/shelves.png"));
    // Callouts, titled in the page's language.
    assert!(
        borrow.contains(r#"<aside class="callout callout-tip" role="note">"#),
        "{borrow}"
    );
    assert!(
        borrow.contains(r#"<p class="callout-title">Astuce</p>"#),
        "{borrow}"
    );
    let safety = f.read("en/safety/index.html");
    assert!(
        safety.contains(r#"<p class="callout-title">Warning</p>"#),
        "{safety}"
    );
    assert!(
        safety.contains(r#"<p class="callout-title">Caution</p>"#),
        "{safety}"
    );
    // A file beside the home page of each language, and a site-wide static file linked
    // relatively, so it works under the sub-path.
    assert_eq!(
        bytes(out.join("fr/catalogue.csv")),
        source("fr/catalogue.csv")
    );
    assert!(out.join("downloads/floor-plan.pdf").is_file());
    let home = f.read("en/index.html");
    assert!(
        home.contains(r#"href="../downloads/floor-plan.pdf""#),
        "{home}"
    );
    // The old address of a renamed page, per language, as a page and in `_redirects`.
    let moved = f.read("fr/politique-de-retour/index.html");
    assert!(
        moved.contains(r#"content="0; url=../../fr/rendre-un-outil/""#),
        "{moved}"
    );
    assert!(
        moved.contains(r#"<meta name="robots" content="noindex">"#),
        "{moved}"
    );
    let redirects = f.read("_redirects");
    assert!(
        redirects.contains("/sub/tools/fr/politique-de-retour/ /sub/tools/fr/rendre-un-outil/ 301"),
        "{redirects}"
    );
}
