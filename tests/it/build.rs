//! What a successful build writes: pages per language, alternates, fallbacks, links, feeds.

use crate::support::{Fixture, snapshot};

#[test]
fn every_language_gets_localized_pages_and_a_summary() {
    let f = Fixture::new("basic");
    let report = f.built();
    assert!(
        report.summary().starts_with("built "),
        "{}",
        report.summary()
    );
    assert!(
        report.summary().contains("in 4 languages (en, de, da, zh)"),
        "{}",
        report.summary()
    );
    for lang in ["en", "de", "da", "zh"] {
        assert!(f.exists(&format!("{lang}/index.html")));
        assert!(f.exists(&format!("{lang}/404.html")));
        assert!(f.exists(&format!("{lang}/atom.xml")));
    }
    assert!(f.exists("en/guide/declining-an-offer/index.html"));
    assert!(f.exists("de/ratgeber/angebot-ablehnen/index.html"));
    assert!(f.exists("zh/guide/ju-jue/index.html"));
    for root_file in ["index.html", "404.html", "sitemap.xml", "robots.txt"] {
        assert!(f.exists(root_file), "{root_file}");
    }
}

#[test]
fn hreflang_alternates_use_each_languages_slug() {
    let f = Fixture::new("basic");
    f.built();
    let de = f.read("de/ratgeber/angebot-ablehnen/index.html");
    assert!(de.contains(r#"<html lang="de" dir="ltr""#));
    assert!(de.contains(r#"<link rel="alternate" hreflang="en" href="https://example.org/guide/en/guide/declining-an-offer/">"#));
    assert!(de.contains(
        r#"<link rel="alternate" hreflang="zh" href="https://example.org/guide/zh/guide/ju-jue/">"#
    ));
    assert!(de.contains(r#"<link rel="alternate" hreflang="x-default" href="https://example.org/guide/en/guide/declining-an-offer/">"#));
    assert!(de.contains(
        r#"<link rel="canonical" href="https://example.org/guide/de/ratgeber/angebot-ablehnen/">"#
    ));
    assert!(de.contains(r#"<meta property="og:title" content="Ein Angebot ablehnen">"#));
    // The switcher links to the same article in every language, relative to this page.
    assert!(de.contains(r#"<a href="../../../en/guide/declining-an-offer/" hreflang="en""#));
    assert!(de.contains(r#"aria-current="page">Deutsch</a>"#));

    let sitemap = f.read("sitemap.xml");
    let entry_start = sitemap
        .find("<loc>https://example.org/guide/de/ratgeber/angebot-ablehnen/</loc>")
        .expect("de page in sitemap");
    let entry = &sitemap[entry_start..sitemap[entry_start..].find("</url>").unwrap() + entry_start];
    assert!(entry.contains(r#"<xhtml:link rel="alternate" hreflang="da" href="https://example.org/guide/da/ratgeber/sig-nej/"/>"#), "{entry}");
    assert!(entry.contains(r#"hreflang="zh" href="https://example.org/guide/zh/guide/ju-jue/"/>"#));
    assert!(entry.contains(r#"hreflang="x-default""#));
}

#[test]
fn a_missing_translation_gets_a_fallback_page_with_a_notice() {
    let f = Fixture::new("basic");
    f.built();
    // `withdrawn` exists in en and de; da falls back to de (its configured fallback), zh to en.
    let da = f.read("da/ratgeber/angebot-zurueckgezogen/index.html");
    assert!(
        da.contains(r#"<html lang="de""#),
        "the page's language is the language of its text"
    );
    assert!(da.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(da.contains("Siden findes endnu ikke på dansk, så du læser den på tysk."));
    assert!(da.contains(r#"<aside class="notice" role="note" lang="da" data-pagefind-ignore>"#));
    assert!(da.contains("Wenn ein Angebot zurückgezogen wird"));
    let zh = f.read("zh/guide/offer-withdrawn/index.html");
    assert!(zh.contains(r#"<html lang="en""#));
    assert!(zh.contains("本页尚未译成简体中文，现以英文显示。"));
    // Fallbacks are not offered as alternates and not listed in the sitemap.
    assert!(
        !da.contains(r#"hreflang="da" href"#)
            || !da.contains(r#"<link rel="alternate" hreflang="da""#)
    );
    assert!(
        !f.read("sitemap.xml")
            .contains("da/ratgeber/angebot-zurueckgezogen/")
    );
    // The switcher of the English page leads to the fallback page, never to a 404.
    let en = f.read("en/guide/offer-withdrawn/index.html");
    assert!(en.contains(r#"href="../../../da/ratgeber/angebot-zurueckgezogen/" hreflang="da""#));
}

#[test]
fn links_to_source_files_become_localized_urls() {
    let f = Fixture::new("basic");
    f.built();
    let en = f.read("en/guide/declining-an-offer/index.html");
    assert!(
        en.contains(r#"<a href="../../../en/guide/offer-withdrawn/#ask-why">the next step</a>"#),
        "{en}"
    );
    assert!(en.contains(r#"<a href="../../../en/">the home</a>"#));
    let de = f.read("de/ratgeber/angebot-ablehnen/index.html");
    assert!(de.contains(
        r#"<a href="../../../de/ratgeber/angebot-zurueckgezogen/">den nächsten Schritt</a>"#
    ));
    // A link in a fallback page's text stays in the reader's language; the anchor is dropped
    // because the Chinese page's headings have other ids.
    let zh = f.read("zh/guide/offer-withdrawn/index.html");
    assert!(
        zh.contains(r#"<a href="../../../zh/guide/ju-jue/">declining</a>"#),
        "{zh}"
    );
    let de = f.read("de/ratgeber/angebot-zurueckgezogen/index.html");
    assert!(!de.contains("call-first"));
}

#[test]
fn headings_get_ids_anchors_and_a_table_of_contents() {
    let f = Fixture::new("basic");
    f.built();
    let en = f.read("en/guide/declining-an-offer/index.html");
    assert!(en.contains(r##"<h2 id="call-first">Call first<a class="anchor" href="#call-first""##));
    assert!(
        en.contains(r#"<h2 id="call-first-1">"#),
        "duplicate headings get unique ids"
    );
    assert!(en.contains(r##"<li class="toc-2"><a href="#call-first-1">Call first</a></li>"##));
    let zh = f.read("zh/guide/ju-jue/index.html");
    assert!(
        zh.contains(r#"<h2 id="先打电话">"#),
        "Chinese headings keep their characters"
    );
}

#[test]
fn quotes_dates_and_reading_time_follow_the_language() {
    let f = Fixture::new("basic");
    f.built();
    let en = f.read("en/guide/declining-an-offer/index.html");
    let de = f.read("de/ratgeber/angebot-ablehnen/index.html");
    let da = f.read("da/ratgeber/sig-nej/index.html");
    let zh = f.read("zh/guide/ju-jue/index.html");
    assert!(en.contains("She said “thank you”"));
    assert!(de.contains("Sie sagte „danke“"));
    assert!(da.contains("Hun sagde »tak«"));
    assert!(en.contains(r#"<time datetime="2026-11-22">22 November 2026</time>"#));
    assert!(de.contains(">22. November 2026</time>"));
    assert!(da.contains(">22. november 2026</time>"));
    assert!(zh.contains(">2026年11月22日</time>"));
    assert!(en.contains("1 min read"));
    assert!(zh.contains("阅读约需 1 分钟"));
}

#[test]
fn home_lists_sections_and_articles() {
    let f = Fixture::new("basic");
    f.built();
    let home = f.read("de/index.html");
    assert!(
        home.contains(r#"<a href="../de/ratgeber/">Ratgeber</a>"#),
        "{home}"
    );
    assert!(
        home.contains(r#"<a href="../de/ratgeber/angebot-ablehnen/">Ein Angebot ablehnen</a>"#)
    );
    let section = f.read("de/ratgeber/index.html");
    assert!(section.contains("angebot-zurueckgezogen/"));
}

#[test]
fn every_page_has_lang_skip_link_and_no_inline_script() {
    let f = Fixture::new("basic");
    f.built();
    for (path, bytes) in f.snapshot() {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\""), "{path}");
        assert!(
            !html.contains("<script>") && !html.contains("<script type"),
            "inline script in {path}"
        );
        for handler in [" onclick=", " onload=", " onerror=", " onchange="] {
            assert!(!html.contains(handler), "event handler in {path}");
        }
        if path != "index.html" {
            assert!(
                html.contains(r##"<a class="skip-link" href="#main""##),
                "{path}"
            );
        }
        // Relative URLs only (404 pages use the base path, as they are served at any URL).
        if !path.ends_with("404.html") {
            assert!(!html.contains("href=\"/"), "root-absolute URL in {path}");
            assert!(!html.contains("src=\"/"), "root-absolute URL in {path}");
        }
    }
    assert!(
        f.read("404.html")
            .contains(r#"href="/guide/assets/letterpress.css"#)
    );
}

#[test]
fn root_page_is_a_language_chooser_that_works_without_javascript() {
    let f = Fixture::new("basic");
    f.built();
    let root = f.read("index.html");
    for (code, name) in [
        ("en", "English"),
        ("de", "Deutsch"),
        ("da", "Dansk"),
        ("zh", "中文"),
    ] {
        assert!(
            root.contains(&format!(
                r#"<a href="{code}/" lang="{code}" hreflang="{code}" data-lang="{code}">{name}</a>"#
            )),
            "{root}"
        );
    }
    assert!(root.contains(r#"<script src="assets/letterpress.js?v="#));
    assert!(f.read("assets/letterpress.js").contains("localStorage"));
}

#[test]
fn feeds_robots_and_404_pages() {
    let f = Fixture::new("basic");
    f.built();
    let feed = f.read("de/atom.xml");
    assert!(feed.contains(r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">"#));
    assert!(feed.contains("<title>Ein Angebot ablehnen</title>"));
    assert!(
        !feed.contains("Sig nej"),
        "only the language's own articles"
    );
    assert!(
        f.read("robots.txt")
            .contains("Sitemap: https://example.org/guide/sitemap.xml")
    );
    assert!(f.read("de/404.html").contains("Seite nicht gefunden"));
}

#[test]
fn two_builds_are_byte_identical() {
    let a = Fixture::new("basic");
    a.built();
    let first = a.snapshot();
    std::fs::remove_dir_all(a.output()).unwrap();
    a.built();
    assert_eq!(first, a.snapshot());
    assert_eq!(first, snapshot(&a.output()));
}

#[test]
fn base_url_option_and_drafts() {
    let f = Fixture::new("basic");
    f.write(
        "content/en/guide/draft.md",
        "---\ntitle: Draft\ndescription: Not yet\ndraft: true\n---\nWork in progress.\n",
    );
    let mut options = f.options();
    options.compile.base_url = Some("https://other.example/sub".into());
    letterpress::build(&options).unwrap();
    assert!(
        f.read("en/index.html")
            .contains(r#"<link rel="canonical" href="https://other.example/sub/en/">"#)
    );
    assert!(!f.exists("en/guide/draft/index.html"));
    options.compile.drafts = true;
    letterpress::build(&options).unwrap();
    assert!(f.exists("en/guide/draft/index.html"));
}

#[test]
fn a_site_theme_overrides_the_default_file_by_file() {
    let f = Fixture::new("basic");
    f.write("themes/default/templates/article.html", "{% extends \"base.html\" %}{% block main %}<p class=\"mine\">{{ page.title }}</p>{% endblock main %}");
    f.write("themes/default/static/assets/extra.css", "p{}");
    f.built();
    let en = f.read("en/guide/declining-an-offer/index.html");
    assert!(en.contains(r#"<p class="mine">Declining an offer</p>"#));
    assert!(
        en.contains("skip-link"),
        "base.html still comes from the embedded theme"
    );
    assert_eq!(f.read("assets/extra.css"), "p{}");
}

#[test]
fn a_fifth_language_needs_only_config_and_folders() {
    let f = Fixture::new("basic");
    let config = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", format!("{config}  fr:\n    name: Français\n"));
    let ui = std::fs::read_to_string(f.root().join("locales/en/ui.ftl")).unwrap();
    f.write(
        "locales/fr/ui.ftl",
        ui.replace("Skip to content", "Aller au contenu"),
    );
    f.write(
        "content/fr/_index.md",
        "---\ntitle: Accueil\ndescription: Page d'accueil\n---\nBienvenue.\n",
    );
    f.write("content/fr/guide/decline.md", "---\ntitle: Refuser une offre\ndescription: Comment dire non\nslug: refuser\n---\nIl a dit \"merci\".\n");
    let report = f.built();
    assert!(report.languages.contains(&"fr".to_string()));
    let fr = f.read("fr/guide/refuser/index.html");
    assert!(fr.contains(r#"<html lang="fr""#));
    assert!(fr.contains("Aller au contenu"));
    assert!(fr.contains("Il a dit «merci»"), "French quotes by default");
    assert!(
        f.read("en/guide/declining-an-offer/index.html")
            .contains(r#"hreflang="fr" href="https://example.org/guide/fr/guide/refuser/""#)
    );
}

#[test]
fn an_incremental_compile_gives_exactly_what_a_full_one_gives() {
    let f = Fixture::new("basic");
    let (mut input, _) = letterpress::load::load(f.root());
    let options = letterpress::CompileOptions::default();
    let mut cache = letterpress::Cache::default();
    letterpress::compile_with(&input, &options, &mut cache).unwrap();
    // Edit one article: its title (shown in lists and switchers) and its text.
    let edited = input
        .articles
        .iter_mut()
        .find(|a| a.path.ends_with("en/guide/withdrawn.md"))
        .unwrap();
    *edited = letterpress::load::SourceFile::new(
        edited.path.clone(),
        edited
            .text
            .replace(
                "title: When an offer is withdrawn",
                "title: When the offer is withdrawn",
            )
            .replace("Politely", "Calmly"),
    );
    let incremental = letterpress::compile_with(&input, &options, &mut cache).unwrap();
    let full = letterpress::compile(&input, &options).unwrap();
    assert_eq!(incremental.outputs, full.outputs);
    let page = |site: &letterpress::Site, path: &str| {
        String::from_utf8(
            site.outputs
                .iter()
                .find(|o| o.path == path)
                .unwrap()
                .contents
                .to_vec(),
        )
        .unwrap()
    };
    assert!(page(&incremental, "en/guide/offer-withdrawn/index.html").contains("Calmly ask"));
    assert!(
        page(&incremental, "en/guide/index.html").contains("When the offer is withdrawn"),
        "lists follow"
    );
    assert!(
        page(&incremental, "zh/guide/offer-withdrawn/index.html")
            .contains("When the offer is withdrawn"),
        "fallbacks follow"
    );
    // A text-only edit (front matter unchanged) takes the fast path and gives the same result.
    let body_only = input
        .articles
        .iter_mut()
        .find(|a| a.path.ends_with("de/guide/decline.md"))
        .unwrap();
    *body_only = letterpress::load::SourceFile::new(
        body_only.path.clone(),
        body_only.text.replace("Sie sagte", "Er sagte"),
    );
    let fast = letterpress::compile_with(&input, &options, &mut cache).unwrap();
    assert_eq!(fast.rendered, 1, "only the edited page is rendered again");
    assert_eq!(
        fast.outputs,
        letterpress::compile(&input, &options).unwrap().outputs
    );
    assert!(page(&fast, "de/ratgeber/angebot-ablehnen/index.html").contains("Er sagte „danke“"));
    // Breaking a link target's anchor is noticed although the linking page did not change.
    let target = input
        .articles
        .iter_mut()
        .find(|a| a.path.ends_with("en/guide/decline.md"))
        .unwrap();
    *target = letterpress::load::SourceFile::new(
        target.path.clone(),
        target.text.replace("## Call first", "## Phone first"),
    );
    let err = letterpress::compile_with(&input, &options, &mut cache).unwrap_err();
    assert!(
        err.to_string()
            .contains("content/en/guide/withdrawn.md:10:36: link to missing anchor `#call-first`"),
        "{err}"
    );
}

#[test]
fn favicon_og_image_and_each_script_only_where_it_is_used() {
    let f = Fixture::new("basic");
    f.built();
    let article = f.read("de/ratgeber/angebot-ablehnen/index.html");
    assert!(article.contains(r#"<link rel="icon" href="../../../assets/favicon.svg?v="#));
    assert!(f.exists("assets/favicon.svg") && f.exists("assets/og-image.png"));
    // Absolute, built from the base URL like the canonical URL.
    assert!(article.contains(
        r#"<meta property="og:image" content="https://example.org/guide/assets/og-image.png?v="#
    ));
    // letters.js on pages with a letter only; the site script everywhere.
    assert!(article.contains("assets/letters.js?v="), "embeds a letter");
    assert!(
        f.read("de/letters/kurze-notiz/index.html")
            .contains("assets/letters.js?v=")
    );
    for page in [
        "de/index.html",
        "de/ratgeber/index.html",
        "de/letters/index.html",
        "de/404.html",
    ] {
        let html = f.read(page);
        assert!(!html.contains("letters.js"), "{page} loads letters.js");
        assert!(html.contains("assets/letterpress.js?v="), "{page}");
    }
    // A site's own picture replaces the theme's.
    let own = Fixture::new("basic");
    own.write("site.yaml", own.read_source("site.yaml") + "theme: mine\n");
    own.write("themes/mine/static/assets/og-image.png", b"\x89PNG mine");
    own.built();
    assert_eq!(
        std::fs::read(own.output().join("assets/og-image.png")).unwrap(),
        b"\x89PNG mine"
    );
}

#[test]
fn the_root_404_page_speaks_every_language() {
    let f = Fixture::new("basic");
    f.built();
    let page = f.read("404.html");
    for (lang, title) in [
        ("en", "Page not found"),
        ("de", "Seite nicht gefunden"),
        ("da", "Siden blev ikke fundet"),
        ("zh", "页面不存在"),
    ] {
        assert!(
            page.contains(&format!(
                r#"<section class="not-found-language" lang="{lang}""#
            )),
            "{lang}"
        );
        assert!(page.contains(title), "{lang}: {title}");
        assert!(page.contains(&format!(r#"href="/guide/{lang}/" hreflang="{lang}""#)));
    }
}

#[test]
fn punctuation_and_word_order_come_from_the_strings() {
    let f = Fixture::new("basic");
    f.built();
    let zh = f.read("zh/guide/ju-jue/index.html");
    // Chinese titles join with a full-width bar, the subject label ends in a full-width colon.
    assert!(
        zh.contains("｜"),
        "zh title: {}",
        zh.lines().find(|l| l.contains("<title>")).unwrap_or("")
    );
    let de = f.read("de/letters/kurze-notiz/index.html");
    assert!(
        de.contains("<title>Eine kurze Notiz · Nach dem Jobangebot</title>"),
        "{de}"
    );
    assert!(de.contains(r#"<span class="letter-subject-label" lang="de">Betreff:</span>"#));
}
