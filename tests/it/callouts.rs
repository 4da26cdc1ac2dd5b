//! Callouts (`> [!TIP]` …, GitHub's syntax): asides whose kind their title says in words, in the
//! language of the text.

use crate::support::Fixture;

fn append(f: &Fixture, path: &str, text: &str) {
    let source = f.read_source(path);
    f.write(path, format!("{source}\n{text}\n"));
}

/// The callout of `kind` in `page`, from its start tag to its end.
fn callout<'a>(page: &'a str, kind: &str) -> &'a str {
    let start = page
        .find(&format!(
            "<aside class=\"callout callout-{kind}\" role=\"note\">"
        ))
        .unwrap_or_else(|| panic!("no `{kind}` callout in:\n{page}"));
    let end = start + page[start..].find("</aside>").expect("closed");
    &page[start..end]
}

#[test]
fn callouts_are_titled_in_the_language_of_their_text() {
    let f = Fixture::new("basic");
    append(
        &f,
        "content/de/guide/decline.md",
        "> [!TIP]\n> Rufen Sie *vorher* an.",
    );
    append(
        &f,
        "content/de/guide/withdrawn.md",
        "> [!NOTE]\n> Ein Hinweis.",
    );
    append(
        &f,
        "content/zh/guide/decline.md",
        "> [!WARNING]\n> 不要拖延。\n\n> [!CAUTION]\n> 小心。",
    );
    append(
        &f,
        "content/en/guide/decline.md",
        "> [!IMPORTANT]\n> Be kind.\n\n> [!FOO]\n> Just a quote.\n\n> Plain quote.",
    );
    f.built();
    let de = f.read("de/ratgeber/angebot-ablehnen/index.html");
    assert_eq!(
        callout(&de, "tip"),
        "<aside class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Tipp</p>\n<p>Rufen Sie <em>vorher</em> an.</p>\n"
    );
    let zh = f.read("zh/guide/ju-jue/index.html");
    assert!(callout(&zh, "warning").contains("<p class=\"callout-title\">警告</p>"));
    assert!(callout(&zh, "caution").contains("<p class=\"callout-title\">注意</p>"));
    let en = f.read("en/guide/declining-an-offer/index.html");
    assert!(callout(&en, "important").contains("<p class=\"callout-title\">Important</p>"));
    // An unknown kind, and a plain quote, stay quotes.
    assert!(
        en.contains("<blockquote>\n<p>[!FOO]\nJust a quote.</p>\n</blockquote>"),
        "{en}"
    );
    assert!(en.contains("<blockquote>\n<p>Plain quote.</p>\n</blockquote>"));
    assert!(!en.contains("callout-foo"));
    // Danish readers get the German text of `withdrawn.md`: its callout is titled in German too.
    let da = f.read("da/ratgeber/angebot-zurueckgezogen/index.html");
    assert!(callout(&da, "note").contains("<p class=\"callout-title\">Hinweis</p>"));
}

#[test]
fn a_callout_title_follows_the_site_s_strings() {
    let f = Fixture::new("basic");
    let ui = f.read_source("locales/de/ui.ftl");
    f.write(
        "locales/de/ui.ftl",
        format!("{ui}\ncallout-tip = Gut zu wissen\n"),
    );
    append(&f, "content/de/guide/decline.md", "> [!TIP]\n> Text.");
    f.built();
    let de = f.read("de/ratgeber/angebot-ablehnen/index.html");
    assert!(callout(&de, "tip").contains(">Gut zu wissen</p>"));
}

/// WCAG 2.1 contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |hex: &str| {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The value of custom property `name` in the first rule for `selector` after `from` in `css`.
fn property<'a>(css: &'a str, from: usize, selector: &str, name: &str) -> &'a str {
    let rule = from + css[from..].find(&format!("{selector} {{")).expect("rule");
    let body = &css[rule..rule + css[rule..].find('}').unwrap()];
    let at = body.find(&format!("{name}:")).expect("property") + name.len() + 1;
    body[at..].split(';').next().unwrap().trim()
}

#[test]
fn callout_titles_and_text_have_aa_contrast_in_light_and_dark() {
    let css = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("themes/default/static/assets/letterpress.css"),
    )
    .unwrap();
    let light = css.find("/* Callouts").expect("callout styles");
    let dark = light + css[light..].find("prefers-color-scheme: dark").unwrap();
    let dark_root = css.find("@media (prefers-color-scheme: dark)").unwrap();
    for (scheme, at, fg) in [
        ("light", light, property(&css, 0, ":root", "--fg")),
        ("dark", dark, property(&css, dark_root, ":root", "--fg")),
    ] {
        for kind in ["", "-tip", "-important", "-warning", "-caution"] {
            let selector = format!(".callout{kind}");
            let title = property(&css, at, &selector, "--callout");
            let bg = property(&css, at, &selector, "--callout-bg");
            for (what, colour) in [("title", title), ("text", fg)] {
                let ratio = contrast(colour, bg);
                assert!(
                    ratio >= 4.5,
                    "{scheme} {selector} {what}: {colour} on {bg} is {ratio:.2}:1"
                );
            }
        }
    }
}
