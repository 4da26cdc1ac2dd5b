//! Interface strings: the ones built into the binary, a site's `ui.ftl` overriding some of
//! them, and the error for a language that has neither.

use crate::support::{Fixture, find};

#[test]
fn a_site_without_locales_builds_with_the_builtin_strings() {
    let f = Fixture::bare("builtin-strings");
    assert!(!f.root().join("locales").exists());
    f.built();
    let article = f.read("fr/guide/decliner/index.html");
    assert!(
        article.contains("<html lang=\"fr\" dir=\"ltr\""),
        "{article}"
    );
    assert!(article.contains(">Aller au contenu<"), "{article}");
    assert!(article.contains("1er\u{a0}janvier\u{a0}2026"), "{article}");
    // The title comes from `site.yaml`.
    assert!(article.contains("<title>Décliner une offre · Après l’offre</title>"));
    // Arabic: right to left, and the fallback notice names both languages in Arabic.
    let home = f.read("ar/index.html");
    assert!(home.contains("<html lang=\"ar\" dir=\"rtl\""), "{home}");
    assert!(home.contains(">الانتقال إلى المحتوى<"), "{home}");
    let fallback = f.read("ar/guide/decliner/index.html");
    assert!(
        fallback.contains("هذه الصفحة غير متاحة بالعربية بعد، لذلك تُعرض بالفرنسية."),
        "{fallback}"
    );
}

#[test]
fn a_sites_ui_ftl_overrides_only_the_keys_it_defines() {
    let f = Fixture::bare("builtin-strings");
    f.write(
        "locales/fr/ui.ftl",
        "site-title = Mon guide\nskip-to-content = Sauter au texte\n",
    );
    f.built();
    let article = f.read("fr/guide/decliner/index.html");
    assert!(article.contains(">Sauter au texte<"), "{article}");
    assert!(article.contains("<title>Décliner une offre · Mon guide</title>"));
    // Everything else is still built in.
    assert!(article.contains(">Sur cette page<") || article.contains(">Accueil<"));
    let ar = f.read("ar/index.html");
    assert!(
        ar.contains(">الانتقال إلى المحتوى<"),
        "the override is French only"
    );
}

#[test]
fn regional_tags_use_the_builtin_strings_of_their_language() {
    let f = Fixture::bare("builtin-strings");
    let yaml = f.read_source("site.yaml").replace(
        "  ar:\n    name: العربية\n",
        "  pt-BR:\n    name: Português\n  zh-TW:\n    name: 中文（台灣）\n",
    );
    f.write("site.yaml", yaml);
    f.built();
    assert!(f.read("pt-BR/index.html").contains(">Ir para o conteúdo<"));
    assert!(f.read("zh-TW/index.html").contains(">跳至主要內容<"));
}

#[test]
fn a_language_without_strings_is_one_error_naming_it_and_the_keys() {
    let f = Fixture::bare("builtin-strings");
    let yaml = f
        .read_source("site.yaml")
        .replace("  ar:\n", "  eo:\n    name: Esperanto\n  ar:\n");
    f.write("site.yaml", yaml);
    let d = f.failed();
    let e = find(&d, "missing-strings");
    assert_eq!(
        d.0.iter().filter(|x| x.code == "missing-strings").count(),
        1,
        "{d}"
    );
    assert_eq!(e.path.to_str(), Some("locales/eo/ui.ftl"));
    assert!(e.message.contains("language `eo`"), "{}", e.message);
    assert!(e.message.contains("`skip-to-content`"), "{}", e.message);
    assert!(
        e.message.contains("`fr`"),
        "names the built-in languages: {}",
        e.message
    );
    assert!(d.errors().count() == 1, "nothing else fails: {d}");
}

#[test]
fn a_site_without_a_title_is_told_where_to_give_one() {
    let f = Fixture::bare("builtin-strings");
    let yaml = f
        .read_source("site.yaml")
        .replace("title: Après l’offre\n", "");
    f.write("site.yaml", yaml);
    let d = f.failed();
    let e = find(&d, "missing-strings");
    assert!(e.message.contains("`site-title`"), "{}", e.message);
    assert!(e.message.contains("`title`"), "{}", e.message);
}
