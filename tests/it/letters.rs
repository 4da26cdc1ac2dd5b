//! Letters at build time: pages, embeds, the no-JavaScript text, fallbacks and every check.

use crate::support::{Fixture, find};

#[test]
fn a_letter_is_embedded_and_gets_its_own_page_in_every_language() {
    let f = Fixture::new("basic");
    f.built();
    let article = f.read("de/ratgeber/angebot-ablehnen/index.html");
    assert!(article.contains(
        r#"<section class="letter letter-card" id="lp-note" data-letter="note" data-program=""#
    ));
    assert!(
        article.contains(r#"<a href="../../../de/letters/kurze-notiz/" class="letter-page-link">"#),
        "links to the letter's page"
    );
    let page = f.read("de/letters/kurze-notiz/index.html");
    assert!(
        page.contains(r#"<h1 id="lp-note-title" data-pagefind-weight="10">Eine kurze Notiz</h1>"#)
    );
    assert!(page.contains(r#"<link rel="alternate" hreflang="en" href="https://example.org/guide/en/letters/short-note/">"#));
    // Stable hooks for themes and tests.
    for hook in [
        r#"name="contact""#,
        "data-letter-preview",
        r#"data-action="copy""#,
        r#"data-action="mail""#,
        r#"data-action="download""#,
        r#"data-action="print""#,
        r#"data-action="reset""#,
    ] {
        assert!(page.contains(hook), "{hook}");
    }
    // Each language's form shows the fields its own text uses.
    assert!(page.contains(r#"name="addressee""#) && !page.contains(r#"name="details""#));
    let en = f.read("en/letters/short-note/index.html");
    assert!(!en.contains(r#"name="addressee""#) && en.contains(r#"name="details""#));
    // The home page lists the letters, and every language has a letters index.
    assert!(
        f.read("de/index.html")
            .contains(r#"<a href="../de/letters/kurze-notiz/">Eine kurze Notiz</a>"#)
    );
    assert!(f.read("en/letters/index.html").contains("short-note/"));
}

#[test]
fn the_form_is_accessible() {
    let f = Fixture::new("basic");
    f.built();
    let page = f.read("de/letters/kurze-notiz/index.html");
    assert!(page.contains(r#"<label for="lp-note-contact">Ansprechperson</label>"#));
    // The example reads as an example: "z. B." comes from the language's strings.
    assert!(page.contains(r#"<input id="lp-note-contact" name="contact" type="text" placeholder="z. B. Jensen" aria-describedby="lp-note-contact-hint" required>"#), "{page}");
    assert!(
        page.contains(r#"<p class="hint" id="lp-note-contact-hint">An wen Sie schreiben.</p>"#)
    );
    assert!(page.contains(r#"autocomplete="name""#));
    assert!(page.contains(r#"<input id="lp-note-when" name="when" type="date""#));
    assert!(page.contains(r#"<legend>Anrede</legend>"#));
    assert!(page.contains(
        r#"<input type="radio" name="addressee" value="neutral" checked> Neutral</label>"#
    ));
    // Screen readers hear a short status (the blanks left), not the whole letter on each
    // keystroke: the preview is a labelled region, not a live one.
    assert!(
        page.contains(
            r#"data-letter-preview role="region" aria-labelledby="lp-note-preview-label""#
        )
    );
    assert!(!page.contains("aria-live"));
    assert!(page.contains(r#"role="status" data-letter-count data-blanks-0="Alle Lücken ausgefüllt" data-blanks-1="Noch 1 Lücke offen""#), "{page}");
}

#[test]
fn without_javascript_the_text_has_labelled_blanks() {
    let f = Fixture::new("basic");
    f.built();
    let page = f.read("de/letters/kurze-notiz/index.html");
    assert!(page.contains(r#"<div class="letter-body" data-part="body">Guten Tag <mark class="blank">[Ansprechperson]</mark>,"#), "{page}");
    assert!(page.contains(
        r#"<span data-part="subject">Notiz für <mark class="blank">[Ansprechperson]</mark></span>"#
    ));
    assert!(
        page.contains("<form class=\"letter-form\" data-letter-form data-pagefind-ignore hidden>"),
        "the form waits for the script"
    );
    // The optional `when` stays empty rather than a blank.
    assert!(page.contains("wir haben uns am  getroffen."));
    let mailto = page
        .split(r#"data-action="mail" href=""#)
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(mailto.starts_with("mailto:?subject=Notiz%20f%C3%BCr%20%5BAnsprechperson%5D&amp;body=Guten%20Tag%20%5BAnsprechperson%5D%2C%0D%0A%0D%0A"), "{mailto}");
}

#[test]
fn a_missing_letter_translation_falls_back_with_a_notice() {
    let f = Fixture::new("basic");
    f.built();
    // `da` falls back to German, `zh` to English.
    let da = f.read("da/letters/kurze-notiz/index.html");
    assert!(da.contains(r#"<html lang="de""#));
    assert!(da.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(da.contains("Siden findes endnu ikke på dansk, så du læser den på tysk."));
    let zh = f.read("zh/letters/short-note/index.html");
    assert!(zh.contains("本页尚未译成简体中文"));
    assert!(!f.read("sitemap.xml").contains("da/letters/kurze-notiz/"));
}

#[test]
fn the_reference_text_comes_from_fluent_rs() {
    let f = Fixture::new("basic");
    let values = [
        ("contact", "Jensen"),
        ("addressee", "woman"),
        ("when", "2026-03-04"),
        ("sender_name", "Kim"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let (subject, body) = letterpress::letter_text(f.root(), "de", "note", &values).unwrap();
    assert_eq!(subject, "Notiz für Jensen");
    assert_eq!(
        body,
        "Sehr geehrte Frau Jensen,\n\nwir haben uns am 4. März 2026 getroffen.\n\nMit freundlichen Grüßen\nKim"
    );
}

#[test]
fn letter_checks_are_positioned_and_reported_together() {
    let f = Fixture::new("basic");
    f.write(
        "locales/de/letters/note.ftl",
        std::fs::read_to_string(f.root().join("locales/de/letters/note.ftl"))
            .unwrap()
            .replace("[man] Sehr geehrter Herr", "[mister] Sehr geehrter Herr")
            .replace("wir haben uns am { $when }", "wir haben uns am { $whenn }")
            .replace("choice-addressee-man = Herr\n", ""),
    );
    f.write(
        "locales/en/letters/note.ftl",
        "title = T\nslug = t\ndescription = D\nsubject = { NUMBER($contact) }\nbody = { $contact\n",
    );
    let d = f.failed();
    let at = |code: &str| find(&d, code);
    let choice = at("unknown-choice");
    assert_eq!(
        (choice.path.to_str(), choice.line, choice.col),
        (Some("locales/de/letters/note.ftl"), 8, 9),
        "{choice}"
    );
    assert!(
        choice
            .message
            .contains("`mister` is not a choice of `addressee`")
    );
    let var = at("unknown-variable");
    assert_eq!((var.line, var.col), (12, 24), "{var}");
    assert!(var.message.contains("`$whenn`"));
    let label = at("missing-choice-label");
    assert!(
        label.message.contains("`choice-addressee-man`"),
        "{}",
        label.message
    );
    let syntax = at("fluent-syntax");
    assert_eq!(
        (syntax.path.to_str(), syntax.line),
        (Some("locales/en/letters/note.ftl"), 5)
    );
    let unsupported = at("unsupported-fluent");
    assert_eq!(
        (unsupported.line, unsupported.col),
        (4, 13),
        "{unsupported}"
    );
    assert!(unsupported.message.contains("function `NUMBER()`"));
}

#[test]
fn an_unknown_letter_in_an_article_is_an_error_at_its_fence() {
    let f = Fixture::new("basic");
    f.write(
        "content/en/guide/extra.md",
        "---\ntitle: X\ndescription: Y\n---\nText.\n\n```letter\nno-such-letter\n```\n",
    );
    let d = f.failed();
    let e = find(&d, "unknown-letter");
    assert_eq!(
        (e.path.to_str(), e.line, e.col),
        (Some("content/en/guide/extra.md"), 7, 1)
    );
    assert!(e.message.contains("`no-such-letter`"));
}

#[test]
fn a_field_no_language_uses_is_a_warning() {
    let f = Fixture::new("basic");
    let decl = std::fs::read_to_string(f.root().join("content/letters/note.yaml")).unwrap();
    f.write(
        "content/letters/note.yaml",
        format!("{decl}  unused:\n    kind: text\n"),
    );
    let report = f.built();
    let w = report
        .warnings
        .0
        .iter()
        .find(|w| w.code == "unused-field")
        .expect("a warning");
    assert_eq!(
        (w.path.to_str(), w.line),
        (Some("content/letters/note.yaml"), 19)
    );
    assert!(!w.is_error());
}

#[test]
fn letters_are_in_the_menu_and_lead_to_the_articles_that_explain_them() {
    let f = Fixture::new("basic");
    f.built();
    // "Letters" in the menu of every page, after the sections.
    let home = f.read("en/index.html");
    let nav = home.split("<nav class=\"site-nav").nth(1).unwrap();
    let nav = nav.split("</nav>").next().unwrap();
    let guide = nav.find(">Guide</a>").expect("the section");
    let letters = nav
        .find(r#"<a href="../en/letters/">Letters</a>"#)
        .expect("the letters");
    assert!(guide < letters, "{nav}");
    // A letter page: Home › Letters, and the articles that use it.
    let page = f.read("en/letters/short-note/index.html");
    let crumbs = page.split("class=\"breadcrumbs\"").nth(1).unwrap();
    let crumbs = crumbs.split("</nav>").next().unwrap();
    assert!(
        crumbs.contains(r#"<a href="../../../en/">Home</a>"#),
        "{crumbs}"
    );
    assert!(
        crumbs.contains(r#"<span class="breadcrumbs-separator" aria-hidden="true">›</span><a href="../../../en/letters/">Letters</a>"#),
        "{crumbs}"
    );
    let explained = page.split("class=\"explained-in\"").nth(1).unwrap();
    assert!(
        explained
            .contains(r#"<a href="../../../en/guide/declining-an-offer/">Declining an offer</a>"#),
        "{explained}"
    );
    // The list groups letters under the article that explains them, in the guide's order.
    let list = f.read("en/letters/index.html");
    assert!(list.contains(r#"<h2 id="letters-1"><a href="../../en/guide/declining-an-offer/">Declining an offer</a></h2>"#), "{list}");
    assert!(list.contains(r#"<a href="../../en/letters/short-note/">"#));
}

#[test]
fn a_letter_no_article_uses_is_listed_on_its_own_and_explained_nowhere() {
    let f = Fixture::new("basic");
    for lang in ["en", "de", "zh"] {
        let path = format!("content/{lang}/guide/decline.md");
        let text = f.read_source(&path).replace("```letter\nnote\n```", "");
        f.write(&path, text);
    }
    f.built();
    let list = f.read("en/letters/index.html");
    assert!(!list.contains("letters-1"), "one untitled group: {list}");
    assert!(list.contains(r#"<a href="../../en/letters/short-note/">"#));
    assert!(
        !f.read("en/letters/short-note/index.html")
            .contains("explained-in")
    );
}

#[test]
fn a_label_that_says_optional_is_not_marked_optional_twice() {
    let f = Fixture::new("basic");
    let path = "locales/en/letters/note.ftl";
    let text = f.read_source(path);
    let label = text
        .lines()
        .find(|l| l.starts_with("field-details = "))
        .expect("the optional field's label");
    f.write(path, text.replace(label, &format!("{label} (optional)")));
    f.built();
    let page = f.read("en/letters/short-note/index.html");
    assert!(page.contains(">Details (optional)</label>"), "{page}");
    // Other optional fields are still marked.
    assert!(
        page.contains(
            r#">Date of meeting<span class="optional" lang="en">(optional)</span></label>"#
        )
    );
}
