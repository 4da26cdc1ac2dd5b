//! UI strings: one concurrent Fluent bundle per language, fallback chains, numbers and dates.
//! It parses `.ftl` text it is given; it never reads files and never renders pages.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Diagnostic, Diagnostics, LineIndex, line_col};
use crate::load::SourceFile;
use crate::parse::config::Config;
use crate::parse::ftl_limits;
use crate::parse::page::Date;
use crate::parse::ui_strings;

pub type Bundle = FluentBundle<FluentResource>;

/// Where a message is defined, for diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageOrigin {
    pub path: PathBuf,
    pub line: usize,
}

/// The UI strings of every language of the site.
pub struct Locales {
    bundles: HashMap<String, Bundle>,
    /// Language → itself followed by its fallbacks.
    chains: HashMap<String, Vec<String>>,
    /// Language → message id → where it is defined (sorted, for `check` and `status`).
    origins: HashMap<String, BTreeMap<String, MessageOrigin>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("chains", &self.chains)
            .finish_non_exhaustive()
    }
}

/// Is `path` a UI-strings file (`locales/<lang>/*.ftl`, not a letter translation)?
pub fn ui_file_language(path: &Path) -> Option<String> {
    let rel = path.strip_prefix("locales").ok()?;
    let parts: Vec<_> = rel.components().collect();
    (parts.len() == 2).then(|| parts[0].as_os_str().to_string_lossy().into_owned())
}

/// The warning for a file in `locales/<lang>/` when `<lang>` is not a language of the site.
pub fn unknown_locale_folder(path: &Path, lang: &str) -> Diagnostic {
    Diagnostic::error(
        "unknown-language",
        path,
        format!("folder `locales/{lang}` is not a language listed in `site.yaml`"),
    )
    .warning()
}

/// Parses Fluent source into a resource, turning syntax errors into diagnostics. Entries nested
/// deeper than [`ftl_limits::MAX_NESTING`] are reported and left out before the parser sees
/// them; messages that need more placeables than fluent formats are reported at their line.
pub fn parse_resource(file: &SourceFile) -> (FluentResource, Vec<Diagnostic>) {
    let index = LineIndex::new(&file.text);
    let deep = ftl_limits::too_deep(&file.text);
    let mut problems: Vec<Diagnostic> = deep
        .iter()
        .map(|d| {
            Diagnostic::error(
                "fluent-nesting",
                &file.path,
                format!(
                    "placeables `{{ }}` and calls `( )` nest more than {} levels deep here",
                    ftl_limits::MAX_NESTING
                ),
            )
            .at_index(&index, d.at)
        })
        .collect();
    let source = if deep.is_empty() {
        file.text.to_string()
    } else {
        ftl_limits::without(&file.text, &deep)
    };
    let resource = match FluentResource::try_new(source) {
        Ok(res) => res,
        Err((res, errors)) => {
            problems.extend(errors.into_iter().map(|e| {
                let msg = crate::diagnostic::lowercase_first(&e.kind.to_string())
                    .replace("\r\n", "a line break")
                    .replace('\n', "a line break");
                Diagnostic::error(
                    "fluent-syntax",
                    &file.path,
                    format!("fluent syntax error: {msg}"),
                )
                .at_index(&index, error_offset(&file.text, e.pos.start))
            }));
            res
        }
    };
    let lines = message_lines(&file.text);
    for (id, attribute, n) in ftl_limits::too_many_placeables(&resource) {
        let name = match &attribute {
            Some(a) => format!("{id}.{a}"),
            None => id.clone(),
        };
        let line = lines.get(id.as_str()).and_then(|l| l.first()).copied();
        problems.push(
            Diagnostic::error(
                "too-many-placeables",
                &file.path,
                format!(
                    "`{name}` can need {n} placeables `{{ }}`, more than the {} that Fluent formats",
                    ftl_limits::MAX_PLACEABLES
                ),
            )
            .at(&file.text, line.unwrap_or(1), 1),
        );
    }
    (resource, problems)
}

/// The lines (1-based, in order) where each message or term (`-id`) is defined in Fluent
/// `source`, found in one pass.
pub fn message_lines(source: &str) -> HashMap<&str, Vec<usize>> {
    let mut lines: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, line) in source.lines().enumerate() {
        let start = usize::from(line.starts_with('-'));
        if !line[start..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let end = line[start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .map_or(line.len(), |e| start + e);
        if line[end..].trim_start_matches(' ').starts_with('=') {
            lines.entry(&line[..end]).or_default().push(i + 1);
        }
    }
    lines
}

/// fluent-syntax reports an unexpected line end at the start of the next line; point at the
/// end of the line where the problem is instead.
fn error_offset(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while offset > 0 && matches!(text.as_bytes()[offset - 1], b'\n' | b'\r') {
        offset -= 1;
    }
    offset
}

/// Line (1-based) where message `id` is defined in Fluent `source`.
pub fn message_line(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

/// A new bundle for `lang` with our settings: no bidi isolation marks (they would end up in
/// HTML and copied text), `NUMBER`, and locale-aware number formatting.
pub fn new_bundle(lang: &str) -> Bundle {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_value));
    // Only fails when a function of that name exists; the bundle is new.
    let _ = bundle.add_builtins();
    bundle
}

impl Locales {
    /// Builds the bundles of every configured language: the site's `locales/<lang>/*.ftl`, then
    /// `title` and `description` from `site.yaml`, then the built-in strings of the language
    /// (see [`ui_strings::builtin_tag`]), each filling only the keys the ones before left out.
    pub fn parse(config: &Config, files: &[SourceFile]) -> (Locales, Diagnostics) {
        let mut problems = Diagnostics::default();
        let mut locales = Locales {
            bundles: config
                .codes()
                .map(|c| (c.to_string(), new_bundle(c)))
                .collect(),
            chains: config
                .languages
                .iter()
                .map(|l| {
                    let mut chain = vec![l.code.clone()];
                    chain.extend(l.fallback.iter().cloned());
                    (l.code.clone(), chain)
                })
                .collect(),
            origins: HashMap::new(),
        };
        let mut own_files = BTreeSet::new();
        for file in files {
            let Some(lang) = ui_file_language(&file.path) else {
                continue;
            };
            if locales.bundles.contains_key(&lang) {
                locales.add_site_file(&lang, file, &mut problems);
                own_files.insert(lang);
            } else {
                problems.push(unknown_locale_folder(&file.path, &lang));
            }
        }
        for lang in config.codes() {
            locales.add_defaults(config, lang, &mut problems);
        }
        for lang in &config.languages {
            problems.extend(locales.missing_keys(&lang.code, own_files.contains(&lang.code)));
        }
        (locales, problems)
    }

    /// Adds one of the site's files of `lang`, reporting messages defined twice.
    fn add_site_file(&mut self, lang: &str, file: &SourceFile, problems: &mut Diagnostics) {
        let (resource, errors) = parse_resource(file);
        problems.extend(errors);
        let ids: Vec<String> = message_ids(&resource);
        let lines = message_lines(&file.text);
        let origins = self.origins.entry(lang.to_string()).or_default();
        let mut repeated: HashMap<String, usize> = HashMap::new();
        let Some(bundle) = self.bundles.get_mut(lang) else {
            return;
        };
        if let Err(errs) = bundle.add_resource(resource) {
            for e in errs {
                let fluent::FluentError::Overriding { id, .. } = &e else {
                    continue;
                };
                // The n-th overriding definition of `id` here is its n-th line in this file,
                // or its (n+1)-th when the first one is in this file too.
                let first = origins.get(id);
                let n = repeated
                    .entry(id.clone())
                    .or_insert(usize::from(first.is_none()));
                let line = lines.get(id.as_str()).and_then(|l| l.get(*n)).copied();
                *n += 1;
                let line = line.unwrap_or_else(|| message_line(&file.text, id));
                let first = first
                    .map(|o| format!(" (first defined in `{}`:{})", o.path.display(), o.line))
                    .unwrap_or_default();
                problems.push(
                    Diagnostic::error(
                        "duplicate-key",
                        &file.path,
                        format!("message `{id}` is defined twice{first}"),
                    )
                    .at(&file.text, line, 1),
                );
            }
        }
        for id in ids {
            let line = lines.get(id.as_str()).and_then(|l| l.first()).copied();
            origins.entry(id).or_insert_with(|| MessageOrigin {
                line: line.unwrap_or(1),
                path: file.path.clone(),
            });
        }
    }

    /// Fills the keys the site's files of `lang` left out: the site's name and tagline from
    /// `site.yaml`, then the built-in strings of the language.
    fn add_defaults(&mut self, config: &Config, lang: &str, problems: &mut Diagnostics) {
        let mut from_config = String::new();
        for (key, value) in [
            ("site-title", &config.title),
            ("site-tagline", &config.description),
        ] {
            if let Some(value) = value {
                from_config.push_str(&format!("{key} = {{\"{}\"}}\n", string_literal(value)));
            }
        }
        let config_file = SourceFile::new(crate::load::CONFIG_FILE, from_config);
        let builtin = ui_strings::builtin_tag(lang).and_then(|tag| {
            Some(SourceFile::new(
                ui_strings::origin(tag),
                ui_strings::source(tag)?,
            ))
        });
        for file in std::iter::once(config_file).chain(builtin) {
            let (resource, errors) = parse_resource(&file);
            problems.extend(errors);
            let lines = message_lines(&file.text);
            let origins = self.origins.entry(lang.to_string()).or_default();
            for id in message_ids(&resource) {
                let line = lines.get(id.as_str()).and_then(|l| l.first()).copied();
                origins.entry(id).or_insert_with(|| MessageOrigin {
                    line: line.unwrap_or(1),
                    path: file.path.clone(),
                });
            }
            if let Some(bundle) = self.bundles.get_mut(lang) {
                // The site's own definitions win: overriding them is what is meant here.
                let _ = bundle.add_resource(resource);
            }
        }
    }

    /// The one error for a language that lacks keys the theme needs: along its fallback chain,
    /// or in itself when it has neither built-in strings nor a `ui.ftl` of its own.
    fn missing_keys(&self, lang: &str, has_files: bool) -> Option<Diagnostic> {
        let builtin = ui_strings::builtin_tag(lang);
        let alone = builtin.is_none() && !has_files;
        let required = ui_strings::theme_keys()
            .into_keys()
            .chain(ui_strings::SITE_KEYS.iter().map(|k| k.to_string()));
        let missing: Vec<String> = required
            .filter(|key| {
                if alone {
                    !self.defines(lang, key)
                } else {
                    self.pattern(lang, key).is_none()
                }
            })
            .collect();
        if missing.is_empty() {
            return None;
        }
        let keys = missing
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut hint = Vec::new();
        if alone {
            let tags = ui_strings::languages()
                .iter()
                .map(|t| format!("`{t}`"))
                .collect::<Vec<_>>()
                .join(", ");
            hint.push(format!(
                "Letterpress has interface strings built in for {tags}, and the site has no `locales/{lang}/ui.ftl`; add one that defines them"
            ));
        }
        if missing
            .iter()
            .any(|k| ui_strings::SITE_KEYS.contains(&k.as_str()))
        {
            hint.push(format!(
                "give the site's name and tagline with `title` and `description` in `site.yaml`, or as `site-title` and `site-tagline` in `locales/{lang}/ui.ftl`"
            ));
        }
        Some(Diagnostic::error(
            "missing-strings",
            format!("locales/{lang}/ui.ftl"),
            format!(
                "language `{lang}` has no interface strings for {keys}; {}",
                hint.join("; ")
            ),
        ))
    }

    /// Formats message `id` in `lang`, falling back along the language's chain.
    /// `Err` carries a lowercase explanation (missing message, unknown variable …).
    pub fn format(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        let chain = self
            .chains
            .get(lang)
            .ok_or_else(|| format!("unknown language `{lang}`"))?;
        for code in chain {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                return Err(format!("message `{id}` has no value"));
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if let Some(e) = errors.first() {
                return Err(format!(
                    "message `{id}` in `{code}`: {}",
                    crate::diagnostic::lowercase_first(&e.to_string())
                ));
            }
            return Ok(text.into_owned());
        }
        Err(format!(
            "missing translation `{id}` for language `{lang}` (and its fallbacks)"
        ))
    }

    /// Like [`Locales::format`] without arguments, for fixed strings.
    pub fn text(&self, lang: &str, id: &str) -> Result<String, String> {
        self.format(lang, id, None)
    }

    /// Does `lang` itself (not a fallback) define `id`?
    pub fn defines(&self, lang: &str, id: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(id))
    }

    /// Messages defined by `lang` itself, with where they are.
    pub fn messages(&self, lang: &str) -> Option<&BTreeMap<String, MessageOrigin>> {
        self.origins.get(lang)
    }

    /// The pattern of message `id` as `lang` (or its fallbacks) defines it, with the language
    /// that defines it; for compiling strings into browser programs.
    pub fn pattern(
        &self,
        lang: &str,
        id: &str,
    ) -> Option<(&str, &fluent_syntax::ast::Pattern<&str>)> {
        let chain = self.chains.get(lang)?;
        chain.iter().find_map(|code| {
            let bundle = self.bundles.get(code)?;
            let pattern = bundle.get_message(id)?.value()?;
            Some((code.as_str(), pattern))
        })
    }

    /// The pattern of message `id` as `lang` itself defines it (no fallback).
    pub fn own_pattern(&self, lang: &str, id: &str) -> Option<&fluent_syntax::ast::Pattern<&str>> {
        self.bundles.get(lang)?.get_message(id)?.value()
    }

    /// A date in the language's long form, from the message `date-long`
    /// (variables `$day`, `$month` as a number for selecting the month's name, `$year`).
    pub fn date(&self, lang: &str, date: Date) -> Result<String, String> {
        let mut args = FluentArgs::new();
        // A number, so that a language can choose a form of its own for it (French `1er`).
        args.set("day", date.day);
        args.set("month", date.month);
        args.set("year", date.year.to_string());
        self.format(lang, "date-long", Some(&args))
    }
}

/// `value` as the inside of a Fluent string literal (`{"…"}`), which has no line breaks.
fn string_literal(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Digit grouping and decimal marks of a language (CLDR's common cases; default like English).
#[derive(Debug, Clone)]
struct NumberSymbols {
    group: &'static str,
    decimal: &'static str,
}

impl Memoizable for NumberSymbols {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let (group, decimal) = match lang.language.as_str() {
            "de" | "da" | "nl" | "id" | "it" | "es" | "tr" | "el" | "is" | "pt" | "ro" | "hr"
            | "sl" => (".", ","),
            "fr" | "nb" | "no" | "nn" | "sv" | "fi" | "pl" | "cs" | "sk" | "ru" | "uk" | "hu"
            | "bg" | "lt" | "lv" | "et" => ("\u{a0}", ","),
            _ => (",", "."),
        };
        Ok(NumberSymbols { group, decimal })
    }
}

/// Formats numbers with the language's separators; other values keep Fluent's default.
fn format_value(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let plain = n.as_string();
    let grouping = n.options.use_grouping;
    memoizer
        .with_try_get::<NumberSymbols, _, _>((), |s| {
            localize_number(&plain, s.group, s.decimal, grouping)
        })
        .ok()
}

fn localize_number(plain: &str, group: &str, decimal: &str, grouping: bool) -> String {
    let (sign, digits) = plain.strip_prefix('-').map_or(("", plain), |d| ("-", d));
    let (int, frac) = digits
        .split_once('.')
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut out = String::from(sign);
    if grouping && int.len() > 3 && int.chars().all(|c| c.is_ascii_digit()) {
        let first = int.len() % 3;
        for (i, ch) in int.chars().enumerate() {
            if i > 0 && (i + 3 - first) % 3 == 0 {
                out.push_str(group);
            }
            out.push(ch);
        }
    } else {
        out.push_str(int);
    }
    if let Some(f) = frac {
        out.push_str(decimal);
        out.push_str(f);
    }
    out
}

/// Offset of message `id`, for errors raised while formatting it.
pub fn locate(source: &str, id: &str) -> (usize, usize) {
    let line = message_line(source, id);
    let offset: usize = source.lines().take(line - 1).map(|l| l.len() + 1).sum();
    line_col(source, offset)
}

/// Every variable a pattern refers to (in selectors, function arguments and variants too).
pub fn variables(
    pattern: &fluent_syntax::ast::Pattern<&str>,
) -> std::collections::BTreeSet<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut std::collections::BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for n in &arguments.named {
                    inline(&n.value, out);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut std::collections::BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    walk(&v.value, out);
                }
            }
        }
    }
    fn walk(p: &fluent_syntax::ast::Pattern<&str>, out: &mut std::collections::BTreeSet<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    let mut out = std::collections::BTreeSet::new();
    walk(pattern, &mut out);
    out
}

/// Digit-group and decimal separators of `lang`, as the number formatter uses them.
pub fn number_symbols(lang: &str) -> (&'static str, &'static str) {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    NumberSymbols::construct(id, ()).map_or((",", "."), |s| (s.group, s.decimal))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales(files: &[(&str, &str)]) -> (Locales, Diagnostics) {
        let config = crate::parse::config::parse(
            "title: T\ndescription: D\nbase_url: https://x.org/\ndefault_language: en\nlanguages:\n  en:\n    name: English\n  de:\n    name: Deutsch\n",
        )
        .unwrap();
        let files: Vec<SourceFile> = files.iter().map(|(p, t)| SourceFile::new(*p, *t)).collect();
        Locales::parse(&config, &files)
    }

    #[test]
    fn falls_back_and_formats_numbers_per_language() {
        let (l, d) = locales(&[
            (
                "locales/en/ui.ftl",
                "only-en = Hello\npages = { NUMBER($n) ->\n    [one] one page\n   *[other] { NUMBER($n) } pages\n}\n",
            ),
            (
                "locales/de/ui.ftl",
                "pages = { NUMBER($n) ->\n    [one] eine Seite\n   *[other] { NUMBER($n) } Seiten\n}\n",
            ),
        ]);
        assert!(d.is_empty(), "{d}");
        assert_eq!(l.text("de", "only-en").unwrap(), "Hello");
        let mut args = FluentArgs::new();
        args.set("n", 12345);
        assert_eq!(
            l.format("de", "pages", Some(&args)).unwrap(),
            "12.345 Seiten"
        );
        assert_eq!(
            l.format("en", "pages", Some(&args)).unwrap(),
            "12,345 pages"
        );
        args.set("n", 1);
        assert_eq!(l.format("de", "pages", Some(&args)).unwrap(), "eine Seite");
        assert!(l.text("de", "nope").unwrap_err().contains("`nope`"));
    }

    #[test]
    fn syntax_errors_and_duplicates_are_positioned() {
        let (_, d) = locales(&[
            ("locales/en/a.ftl", "a = A\nb = { $x\nc = C\n"),
            ("locales/en/b.ftl", "x = 1\na = again\n"),
        ]);
        let syntax = d.0.iter().find(|x| x.code == "fluent-syntax").unwrap();
        assert_eq!(syntax.line, 2);
        let dup = d.0.iter().find(|x| x.code == "duplicate-key").unwrap();
        assert_eq!(
            (dup.line, dup.path.to_str().unwrap()),
            (2, "locales/en/b.ftl")
        );
    }

    #[test]
    fn groups_digits() {
        assert_eq!(localize_number("1234567.5", ".", ",", true), "1.234.567,5");
        assert_eq!(localize_number("-999", ",", ".", true), "-999");
        assert_eq!(localize_number("2026", ",", ".", false), "2026");
    }
}
