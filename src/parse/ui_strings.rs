//! The interface strings built into the binary (`themes/default/locales/<tag>/ui.ftl`): which
//! built-in language a site's language code uses (BCP 47 fallback), the keys the theme needs,
//! and which of their variables are numbers. It only reads the embedded files; it never reads
//! the site and never builds bundles (`fluent.rs` does).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use crate::parse::theme::{embedded, embedded_paths};

/// The built-in language every other one is checked against: its keys are the theme's keys.
pub const REFERENCE: &str = "en";

/// Keys a site gives itself (its name and tagline), from its `ui.ftl` or from `title` and
/// `description` in `site.yaml`; no built-in language defines them.
pub const SITE_KEYS: [&str; 2] = ["site-title", "site-tagline"];

/// The tags of the built-in languages (`ar`, `da`, …, `zh`, `zh-Hant`), sorted.
pub fn languages() -> Vec<&'static str> {
    let mut tags: Vec<&str> = embedded_paths()
        .filter_map(|p| p.strip_prefix("locales/")?.strip_suffix("/ui.ftl"))
        .collect();
    tags.sort_unstable();
    tags
}

/// The built-in language a site's language `code` uses: the exact tag (ignoring case), then
/// Chinese by script (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` → `zh-Hant`; `zh-Hans`, `zh-CN` … →
/// `zh`), then the language subtag alone (`pt-BR` → `pt`, `de-AT` → `de`); `no` is `nb`.
pub fn builtin_tag(code: &str) -> Option<&'static str> {
    let tags = languages();
    let find = |want: &str| tags.iter().find(|t| t.eq_ignore_ascii_case(want)).copied();
    if let Some(tag) = find(code) {
        return Some(tag);
    }
    let subtags: Vec<String> = code
        .split(['-', '_'])
        .map(|s| s.to_ascii_lowercase())
        .collect();
    let language = subtags.first()?.as_str();
    if language == "zh" {
        let traditional = subtags[1..]
            .iter()
            .any(|s| matches!(s.as_str(), "hant" | "tw" | "hk" | "mo"))
            && !subtags.iter().any(|s| s == "hans");
        return find(if traditional { "zh-Hant" } else { "zh" });
    }
    find(if language == "no" { "nb" } else { language })
}

/// The Fluent source of built-in language `tag`.
pub fn source(tag: &str) -> Option<&'static str> {
    let bytes = embedded(&format!("locales/{tag}/ui.ftl"))?;
    std::str::from_utf8(bytes).ok()
}

/// Where built-in language `tag` comes from, for diagnostics.
pub fn origin(tag: &str) -> String {
    format!("themes/default/locales/{tag}/ui.ftl")
}

/// Every key the theme uses: the messages of the reference language, with the variables each
/// declares as `(Number)` in its comment (Mozilla's convention: `#   $count (Number) - …`).
pub fn theme_keys() -> BTreeMap<String, BTreeSet<String>> {
    let Some(text) = source(REFERENCE) else {
        return BTreeMap::new();
    };
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some((m.id.name.to_string(), declared_numbers(m))),
            _ => None,
        })
        .collect()
}

/// Variables a message's comment declares as numbers: lines such as `$count (Number) - …`.
fn declared_numbers(message: &ast::Message<&str>) -> BTreeSet<String> {
    let Some(comment) = &message.comment else {
        return BTreeSet::new();
    };
    comment
        .content
        .iter()
        .flat_map(|line| line.split(','))
        .filter_map(|part| {
            let part = part.trim();
            let name = part.strip_prefix('$')?;
            let end = name
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(name.len());
            part[1 + end..]
                .trim_start()
                .starts_with("(Number)")
                .then(|| name[..end].to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_fall_back_by_script_then_language() {
        assert_eq!(builtin_tag("de"), Some("de"));
        assert_eq!(builtin_tag("DE"), Some("de"));
        assert_eq!(builtin_tag("de-AT"), Some("de"));
        assert_eq!(builtin_tag("pt-BR"), Some("pt"));
        assert_eq!(builtin_tag("zh-Hant"), Some("zh-Hant"));
        assert_eq!(builtin_tag("zh-TW"), Some("zh-Hant"));
        assert_eq!(builtin_tag("zh-Hant-HK"), Some("zh-Hant"));
        assert_eq!(builtin_tag("zh-CN"), Some("zh"));
        assert_eq!(builtin_tag("zh-Hans-HK"), Some("zh"));
        assert_eq!(builtin_tag("no"), Some("nb"));
        assert_eq!(builtin_tag("eo"), None);
        assert_eq!(builtin_tag(""), None);
    }

    /// Every built-in language: parses without errors, defines exactly the theme's keys, uses
    /// only the variables the reference message provides, and formats every message.
    #[test]
    fn every_builtin_language_defines_every_key_and_formats_it() {
        use crate::parse::fluent::{new_bundle, variables};
        let reference = theme_keys();
        let reference_bundle = bundle(REFERENCE);
        assert!(languages().len() >= 16, "{:?}", languages());
        for tag in languages() {
            let text = source(tag).unwrap();
            let resource = fluent_syntax::parser::parse(text)
                .unwrap_or_else(|(_, e)| panic!("{tag}: syntax errors {e:?}"));
            let ids: BTreeSet<String> = resource
                .body
                .iter()
                .filter_map(|e| match e {
                    ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            let expected: BTreeSet<String> = reference.keys().cloned().collect();
            assert_eq!(
                ids.difference(&expected).collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "{tag} defines keys the theme does not use"
            );
            assert_eq!(
                expected.difference(&ids).collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "{tag} lacks keys"
            );
            let mut bundle = new_bundle(tag);
            bundle
                .add_resource(fluent::FluentResource::try_new(text.to_string()).unwrap())
                .unwrap();
            for id in &ids {
                let pattern = bundle.get_message(id).unwrap().value().unwrap();
                let provided =
                    variables(reference_bundle.get_message(id).unwrap().value().unwrap());
                let used = variables(pattern);
                assert!(
                    used.is_subset(&provided),
                    "{tag} `{id}` uses {used:?}, the theme provides {provided:?}"
                );
                for n in [0, 1, 2, 3, 5, 11, 22, 101] {
                    let mut args = fluent::FluentArgs::new();
                    for v in &provided {
                        if reference[id].contains(v) {
                            args.set(v.clone(), n);
                        } else if v == "day" || v == "month" {
                            args.set(v.clone(), n.clamp(1, 12));
                        } else {
                            args.set(v.clone(), format!("<{v}>"));
                        }
                    }
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{tag} `{id}`: {errors:?}");
                    assert!(!text.contains('{'), "{tag} `{id}`: {text}");
                }
            }
        }
    }

    fn bundle(tag: &str) -> crate::parse::fluent::Bundle {
        let mut bundle = crate::parse::fluent::new_bundle(tag);
        bundle
            .add_resource(
                fluent::FluentResource::try_new(source(tag).unwrap().to_string()).unwrap(),
            )
            .unwrap();
        bundle
    }

    #[test]
    fn numbers_are_the_variables_comments_declare() {
        let keys = theme_keys();
        assert!(keys["translations-counts"].contains("missing"));
        assert!(keys["reading-time"].contains("minutes"));
        assert!(
            keys["search-found"].is_empty(),
            "the script passes a string"
        );
        assert!(
            keys["date-long"].is_empty(),
            "day, month and year are not counts"
        );
        assert!(!keys.contains_key("site-title"));
    }
}
