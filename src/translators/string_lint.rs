//! Lints of the interface strings for `letterpress check`: a count shown without a plural
//! select that has a form for every plural category of the language (`plural-select`), and a
//! key in a site's `locales/` that the theme does not use (`unknown-key`). Both are warnings
//! at the message's position; this module only reports, it never changes a file.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{
    Expression, InlineExpression, Pattern, PatternElement, Variant, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Diagnostic;
use crate::parse::Parsed;
use crate::parse::fluent::MessageOrigin;
use crate::parse::theme::Template;
use crate::parse::ui_strings;

/// Every warning about the interface strings of the site's languages.
pub fn lint(parsed: &Parsed) -> Vec<Diagnostic> {
    let theme_keys = ui_strings::theme_keys();
    let mut out = Vec::new();
    for lang in parsed.config.codes() {
        let Some(messages) = parsed.locales.messages(lang) else {
            continue;
        };
        if let Some(forms) = PluralForms::of(lang) {
            for (id, origin) in messages {
                let Some(pattern) = parsed.locales.own_pattern(lang, id) else {
                    continue;
                };
                let numbers = counts(parsed, &theme_keys, id);
                out.extend(
                    unselected_counts(pattern, &numbers, &forms)
                        .into_iter()
                        .map(|(var, gap)| plural_warning(lang, id, origin, &var, gap, &forms)),
                );
            }
        }
        out.extend(unknown_keys(parsed, &theme_keys, lang, messages));
    }
    out
}

/// The plural categories a language distinguishes for whole numbers, each with the first whole
/// number in it (`one` → 1), and every sample number whose category is not `other` (a select's
/// default covers `other`).
#[derive(Debug)]
pub struct PluralForms {
    pub categories: Vec<(&'static str, u64)>,
    samples: Vec<(u64, &'static str)>,
}

impl PluralForms {
    /// `None` for languages with one form only (Chinese, Japanese, Korean) and for languages
    /// CLDR does not know. A tag is looked up whole, then by its language subtag.
    pub fn of(lang: &str) -> Option<PluralForms> {
        let id: LanguageIdentifier = lang.parse().ok()?;
        let rules = PluralRules::create(id.clone(), PluralRuleType::CARDINAL)
            .or_else(|_| {
                let language: LanguageIdentifier = id
                    .language
                    .as_str()
                    .parse()
                    .map_err(|_| "invalid language")?;
                PluralRules::create(language, PluralRuleType::CARDINAL)
            })
            .ok()?;
        // Every number below 1,000 and a few large ones (French `many` is 1,000,000 in newer
        // CLDR data) show every category of whole numbers CLDR has.
        let samples: Vec<(u64, &'static str)> = (0..=1000)
            .chain([10_000, 100_000, 1_000_000, 10_000_000])
            .filter_map(|n| Some((n, rules.select(n).ok().and_then(category_name)?)))
            .collect();
        let mut categories: Vec<(&'static str, u64)> = Vec::new();
        for &(n, name) in &samples {
            if !categories.iter().any(|(c, _)| *c == name) {
                categories.push((name, n));
            }
        }
        (!categories.is_empty()).then_some(PluralForms {
            categories,
            samples,
        })
    }

    fn names(&self) -> String {
        let mut names: Vec<String> = self
            .categories
            .iter()
            .map(|(c, _)| format!("`{c}`"))
            .collect();
        names.push("`other`".to_string());
        names.join(", ")
    }
}

fn category_name(c: PluralCategory) -> Option<&'static str> {
    match c {
        PluralCategory::ZERO => Some("zero"),
        PluralCategory::ONE => Some("one"),
        PluralCategory::TWO => Some("two"),
        PluralCategory::FEW => Some("few"),
        PluralCategory::MANY => Some("many"),
        PluralCategory::OTHER => None,
    }
}

/// The counts of message `id`: the variables the theme declares `(Number)`, and those any
/// language of the site passes to `NUMBER()` or selects on with a plural category.
fn counts(
    parsed: &Parsed,
    theme_keys: &BTreeMap<String, BTreeSet<String>>,
    id: &str,
) -> BTreeSet<String> {
    let mut numbers = theme_keys.get(id).cloned().unwrap_or_default();
    for lang in parsed.config.codes() {
        if let Some(pattern) = parsed.locales.own_pattern(lang, id) {
            used_as_numbers(pattern, &mut numbers);
        }
    }
    numbers
}

fn used_as_numbers(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_numbers(expression, out);
        }
    }
}

fn expression_numbers(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            let plural = variants.iter().any(|v| {
                matches!(v.key, VariantKey::Identifier { name } if matches!(name, "zero" | "one" | "two" | "few" | "many"))
            });
            if let Some(var) = variable(selector).filter(|_| plural) {
                out.insert(var.to_string());
            }
            inline_numbers(selector, out);
            for v in variants {
                used_as_numbers(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_numbers(inline, out),
    }
}

fn inline_numbers(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            if let Some(var) = arguments.positional.first().and_then(|a| variable(a)) {
                out.insert(var.to_string());
            }
        }
        InlineExpression::Placeable { expression } => expression_numbers(expression, out),
        _ => {}
    }
}

/// `$v` or `NUMBER($v)`: the variable whose value a selector or placeable shows.
fn variable<'s>(inline: &InlineExpression<&'s str>) -> Option<&'s str> {
    match inline {
        InlineExpression::VariableReference { id } => Some(id.name),
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            match arguments.positional.first()? {
                InlineExpression::VariableReference { id } => Some(id.name),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A plural category a select has no variant for, with a number of that category.
type Gap = (&'static str, u64);

/// The counts `pattern` shows outside a complete plural select, each with the gap of the
/// nearest select around it on a count (`None`: there is no such select).
fn unselected_counts(
    pattern: &Pattern<&str>,
    numbers: &BTreeSet<String>,
    forms: &PluralForms,
) -> BTreeMap<String, Option<Gap>> {
    let mut walk = Walk {
        numbers,
        forms,
        found: BTreeMap::new(),
    };
    walk.pattern(pattern, Cover::Outside);
    walk.found
}

/// How a place in a message is covered by the selects around it.
#[derive(Clone, Copy)]
enum Cover {
    /// Inside no select on a count.
    Outside,
    /// Inside a select on a count that lacks a category.
    Incomplete(Gap),
    /// Inside a select on a count with a variant for every category.
    Complete,
}

struct Walk<'a> {
    numbers: &'a BTreeSet<String>,
    forms: &'a PluralForms,
    found: BTreeMap<String, Option<Gap>>,
}

impl Walk<'_> {
    fn pattern(&mut self, pattern: &Pattern<&str>, cover: Cover) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression, cover);
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&str>, cover: Cover) {
        match expression {
            Expression::Inline(inline) => self.inline(inline, cover),
            Expression::Select { selector, variants } => {
                let on_count = variable(selector).is_some_and(|v| self.numbers.contains(v));
                let inner = match (cover, on_count) {
                    (Cover::Complete, _) | (_, false) => cover,
                    (_, true) => match first_gap(variants, self.forms) {
                        None => Cover::Complete,
                        Some(gap) => Cover::Incomplete(gap),
                    },
                };
                for v in variants {
                    self.pattern(&v.value, inner);
                }
            }
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>, cover: Cover) {
        if let InlineExpression::Placeable { expression } = inline {
            return self.expression(expression, cover);
        }
        let Some(var) = variable(inline).filter(|v| self.numbers.contains(*v)) else {
            return;
        };
        let gap = match cover {
            Cover::Complete => return,
            Cover::Outside => None,
            Cover::Incomplete(gap) => Some(gap),
        };
        self.found.entry(var.to_string()).or_insert(gap);
    }
}

/// The first whole number whose category `variants` neither name nor match exactly (`[0]`), with
/// that category; `None` when every number finds its form.
fn first_gap(variants: &[Variant<&str>], forms: &PluralForms) -> Option<Gap> {
    let mut names = BTreeSet::new();
    let mut exact = BTreeSet::new();
    for v in variants {
        match v.key {
            VariantKey::Identifier { name } => {
                names.insert(name);
            }
            VariantKey::NumberLiteral { value } => {
                if let Ok(n) = value.parse::<u64>() {
                    exact.insert(n);
                }
            }
        }
    }
    forms
        .samples
        .iter()
        .find(|(n, category)| !names.contains(category) && !exact.contains(n))
        .map(|&(n, category)| (category, n))
}

fn plural_warning(
    lang: &str,
    id: &str,
    origin: &MessageOrigin,
    var: &str,
    gap: Option<Gap>,
    forms: &PluralForms,
) -> Diagnostic {
    let message = match gap {
        Some((category, n)) => format!(
            "`{id}` shows the count `${var}` with no form for `{category}` (as in {n}): `{lang}` distinguishes {} for whole numbers; add a `[{category}]` variant to the select",
            forms.names()
        ),
        None => format!(
            "`{id}` shows the count `${var}` outside a plural select: `{lang}` distinguishes {} for whole numbers; choose the words around it with `{{ ${var} -> [{}] … *[other] … }}`",
            forms.names(),
            forms.categories.first().map_or("one", |(c, _)| c)
        ),
    };
    Diagnostic {
        line: origin.line,
        col: 1,
        ..Diagnostic::error("plural-select", &origin.path, message).warning()
    }
}

/// Keys a site's own files define that neither the theme nor the site uses.
fn unknown_keys(
    parsed: &Parsed,
    theme_keys: &BTreeMap<String, BTreeSet<String>>,
    lang: &str,
    messages: &BTreeMap<String, MessageOrigin>,
) -> Vec<Diagnostic> {
    let used = used_keys(parsed.theme.templates.values());
    let referenced = referenced_messages(parsed, lang, messages);
    messages
        .iter()
        .filter(|(_, origin)| origin.path.starts_with("locales"))
        .filter(|(id, _)| {
            !theme_keys.contains_key(*id)
                && !ui_strings::SITE_KEYS.contains(&id.as_str())
                && !referenced.contains(id.as_str())
                && !used.iter().any(|(key, prefix)| {
                    if *prefix {
                        id.starts_with(key.as_str())
                    } else {
                        key == *id
                    }
                })
        })
        .map(|(id, origin)| Diagnostic {
            line: origin.line,
            col: 1,
            ..Diagnostic::error(
                "unknown-key",
                &origin.path,
                format!(
                    "`{id}` is not a string the theme uses, so nothing shows it; remove it, or show it with `t(key=\"{id}\")` in a template of the site"
                ),
            )
            .warning()
        })
        .collect()
}

/// Keys templates pass to `t()`: (`key`, whether it is only the start of keys made with `~`).
fn used_keys<'a>(templates: impl Iterator<Item = &'a Template>) -> Vec<(String, bool)> {
    let mut keys = Vec::new();
    for template in templates {
        let mut rest = template.source.as_str();
        while let Some(at) = rest.find("key=\"") {
            rest = &rest[at + 5..];
            let Some(end) = rest.find('"') else {
                break;
            };
            let prefix = rest[end + 1..].trim_start().starts_with('~');
            keys.push((rest[..end].to_string(), prefix));
            rest = &rest[end + 1..];
        }
    }
    keys
}

/// Messages that other messages of `lang` refer to (`{ other-message }`).
fn referenced_messages<'a>(
    parsed: &'a Parsed,
    lang: &str,
    messages: &'a BTreeMap<String, MessageOrigin>,
) -> BTreeSet<&'a str> {
    let mut out = BTreeSet::new();
    for id in messages.keys() {
        if let Some(pattern) = parsed.locales.own_pattern(lang, id) {
            references(pattern, &mut out);
        }
    }
    out
}

fn references<'a>(pattern: &Pattern<&'a str>, out: &mut BTreeSet<&'a str>) {
    fn inline<'a>(i: &InlineExpression<&'a str>, out: &mut BTreeSet<&'a str>) {
        match i {
            InlineExpression::MessageReference { id, .. } => {
                out.insert(id.name);
            }
            InlineExpression::Placeable { expression } => expression_refs(expression, out),
            _ => {}
        }
    }
    fn expression_refs<'a>(e: &Expression<&'a str>, out: &mut BTreeSet<&'a str>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    references(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_refs(expression, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The counts `source`'s message `id` shows outside a complete plural select in `lang`.
    fn check(lang: &str, source: &str) -> BTreeMap<String, Option<Gap>> {
        let resource = fluent_syntax::parser::parse(source).expect("valid Fluent");
        let theme_keys = ui_strings::theme_keys();
        let mut found = BTreeMap::new();
        let forms = PluralForms::of(lang).expect("a language with plural forms");
        for entry in &resource.body {
            let fluent_syntax::ast::Entry::Message(m) = entry else {
                continue;
            };
            let pattern = m.value.as_ref().expect("a value");
            let mut numbers = theme_keys.get(m.id.name).cloned().unwrap_or_default();
            used_as_numbers(pattern, &mut numbers);
            found.extend(unselected_counts(pattern, &numbers, &forms));
        }
        found
    }

    #[test]
    fn the_old_german_and_danish_dashboard_strings_are_found() {
        // "1 fehlen": the select on `$missing` has no `one`.
        let de = "translations-counts = { $translated } von { $total } übersetzt{ $outdated ->\n    [0] {\"\"}\n   *[other] , { $outdated } veraltet\n}{ $missing ->\n    [0] {\"\"}\n   *[other] , { $missing } fehlen\n}\n";
        let found = check("de", de);
        assert_eq!(found["missing"], Some(("one", 1)));
        assert_eq!(found["outdated"], Some(("one", 1)));
        assert_eq!(found["total"], None, "shown outside any select");
        // "2 forældet": the same in Danish.
        let da = de.replace("fehlen", "forældet").replace("von", "af");
        assert_eq!(check("da", &da)["outdated"], Some(("one", 1)));
    }

    #[test]
    fn categories_come_from_cldr_and_exact_numbers_count() {
        let pl = "letter-blanks = { $count ->\n    [one] { $count } pole\n   *[other] { $count } pól\n}\n";
        assert_eq!(check("pl", pl)["count"], Some(("many", 0)));
        let pl = pl.replace("    [one]", "    [0] zero\n    [one]");
        assert_eq!(check("pl", &pl)["count"], Some(("few", 2)));
        let ar = "letter-blanks = { $count ->\n    [0] x\n    [one] x\n    [two] x\n    [few] { $count } x\n    [many] { $count } x\n   *[other] { $count } x\n}\n";
        assert!(check("ar", ar).is_empty(), "[0] is Arabic's whole `zero`");
        assert_eq!(
            check("ar", &ar.replace("    [0] x\n", ""))["count"],
            Some(("zero", 0))
        );
        let en = "reading-time = { NUMBER($minutes) ->\n    [one] { $minutes } min\n   *[other] { $minutes } min\n}\n";
        assert!(check("en", en).is_empty());
        // A count shown inside a complete select on another count is fine.
        let de = "translations-counts = { $total ->\n    [one] { $translated } von { $total } Eintrag\n   *[other] { $translated } von { $total } Einträgen\n}\n";
        assert!(check("de", de).is_empty());
        assert!(PluralForms::of("zh").is_none() && PluralForms::of("ja").is_none());
        assert_eq!(PluralForms::of("pt-BR").unwrap().categories, [("one", 0)]);
    }

    #[test]
    fn every_builtin_language_shows_every_count_with_its_plural_forms() {
        for tag in ui_strings::languages() {
            if PluralForms::of(tag).is_some() {
                let found = check(tag, ui_strings::source(tag).unwrap());
                assert!(found.is_empty(), "{tag}: {found:?}");
            }
        }
    }
}
