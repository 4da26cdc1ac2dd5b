//! Limits that keep Fluent text safe to parse and format: a linear scan that finds nesting too
//! deep for fluent-syntax's recursive parser *before* the parser sees the text, and a count of
//! the placeables a message can need against fluent's own limit, so that it is reported where
//! the message is written. It never parses Fluent itself and never formats messages.

use std::ops::Range;

use fluent::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// How deeply `{ … }` placeables and `( … )` call arguments may nest in a `.ftl` file.
/// fluent-syntax parses nesting recursively, as do our own walks over the syntax tree and
/// fluent's formatter, so unbounded nesting overflows the stack. On a 2 MiB thread (rayon's and
/// the test harness's) a debug build overflowed parsing about 220 levels of `{ { … } }` and
/// formatting about 100 levels of nested selects; real messages nest a handful of levels.
/// At 20, formatting a message nested to the limit needs well under 1 MiB even in debug.
pub const MAX_NESTING: usize = 20;

/// Placeables one formatting of a message may resolve: fluent-bundle's own `MAX_PLACEABLES`
/// (it stops formatting with "Too many placeables" beyond it).
pub const MAX_PLACEABLES: usize = 100;

/// Nesting deeper than [`MAX_NESTING`]: where it passes the limit, and the span of the entry
/// (from its `id =` line to the next one) to leave out of parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooDeep {
    pub at: usize,
    pub entry: Range<usize>,
}

/// An open `{` (in expression mode, or in the text of a variant) or `(`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Placeable { text: bool },
    Call,
}

/// Finds every entry of Fluent `text` that nests deeper than [`MAX_NESTING`].
///
/// The scan follows the parser's modes closely enough never to count *less* nesting than the
/// parser would reach: it opens a level at every `{`, and at every `(` inside a placeable; it
/// skips string literals only where the parser reads expressions (not in variant text); it
/// closes a level only with the matching bracket; and it starts afresh only at a line
/// `id =` or `-id =` in column 0, where the parser necessarily ends any entry it was in.
pub fn too_deep(text: &str) -> Vec<TooDeep> {
    let bytes = text.as_bytes();
    let mut found: Vec<TooDeep> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut entry_start = 0;
    let mut skipping = false;
    let mut i = 0;
    while i < bytes.len() {
        if i == 0 || bytes[i - 1] == b'\n' {
            if starts_entry(&bytes[i..]) {
                if let Some(last) = found.last_mut().filter(|_| skipping) {
                    last.entry.end = i;
                }
                (open, skipping, entry_start) = (Vec::new(), false, i);
            } else if open.is_empty() && bytes[i] == b'#' {
                i = line_end(bytes, i);
                continue;
            }
            leave_variant_text(bytes, i, &mut open);
        }
        let byte = bytes[i];
        i += 1;
        if skipping {
            continue;
        }
        let expression = matches!(
            open.last(),
            Some(Open::Call | Open::Placeable { text: false })
        );
        match byte {
            b'{' => open.push(Open::Placeable { text: false }),
            b'(' if expression => open.push(Open::Call),
            b'"' if expression => i = string_end(bytes, i),
            b')' if open.last() == Some(&Open::Call) => drop(open.pop()),
            b'}' if matches!(open.last(), Some(Open::Placeable { .. })) => drop(open.pop()),
            b']' if expression => {
                if let Some(Open::Placeable { text }) = open.last_mut() {
                    *text = true;
                }
            }
            _ => {}
        }
        if open.len() > MAX_NESTING {
            found.push(TooDeep {
                at: i - 1,
                entry: entry_start..text.len(),
            });
            skipping = true;
        }
    }
    found
}

/// Does `line` start a message or term (`id =`, `-id =`, in column 0)? The parser ends any
/// entry there: an identifier followed by `=` is no valid continuation of an expression or of
/// variant text.
fn starts_entry(line: &[u8]) -> bool {
    let id = line.strip_prefix(b"-").unwrap_or(line);
    if !id.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let rest = &id[id
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'-'))
        .unwrap_or(id.len())..];
    let rest = &rest[rest.iter().position(|&b| b != b' ').unwrap_or(rest.len())..];
    rest.first() == Some(&b'=')
}

/// At the start of a line in the text of a variant: a line whose first non-blank character is
/// `[`, `*` or `.` ends the text (a new variant key follows), as in the parser.
fn leave_variant_text(bytes: &[u8], line_start: usize, open: &mut [Open]) {
    let Some(Open::Placeable { text }) = open.last_mut() else {
        return;
    };
    let first = bytes[line_start..].iter().find(|&&b| b != b' ');
    if *text && matches!(first, Some(b'[' | b'*' | b'.')) {
        *text = false;
    }
}

/// The offset just past a string literal whose opening `"` is before `i`: after its closing `"`,
/// or at the line break that (invalidly) ends it.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => return i + 1,
            b'\n' => return i,
            b'\\' if bytes.get(i + 1).is_some_and(|&n| n != b'\n') => i += 2,
            _ => i += 1,
        }
    }
    i
}

fn line_end(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| i + p + 1)
}

/// `text` with the entries of `deep` replaced by spaces (line breaks kept, so that positions
/// of everything else stay the same), ready for the parser.
pub fn without(text: &str, deep: &[TooDeep]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for d in deep {
        for b in &mut bytes[d.entry.clone()] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // Whole entries start at line starts and end at line starts or the end: no character is cut.
    String::from_utf8(bytes).unwrap_or_default()
}

/// Messages and terms (and their attributes) that can need more than [`MAX_PLACEABLES`]
/// placeables in one formatting: (entry id, attribute, how many).
pub fn too_many_placeables(resource: &FluentResource) -> Vec<(String, Option<String>, usize)> {
    let mut out = Vec::new();
    for entry in resource.entries() {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let patterns = value.map(|v| (None, v)).into_iter().chain(
            attributes
                .iter()
                .map(|a| (Some(a.id.name.to_string()), &a.value)),
        );
        for (attribute, pattern) in patterns {
            let n = placeables(pattern);
            if n > MAX_PLACEABLES {
                out.push((id.clone(), attribute, n));
            }
        }
    }
    out
}

/// The most placeables formatting `pattern` can resolve, counted as fluent-bundle counts them:
/// each placeable of a pattern, plus those of the longest variant of each select. References to
/// other messages are not followed (their count adds at run time).
fn placeables(pattern: &Pattern<&str>) -> usize {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::Placeable { expression } => 1 + expression_placeables(expression),
            PatternElement::TextElement { .. } => 0,
        })
        .sum()
}

fn expression_placeables(expression: &Expression<&str>) -> usize {
    match expression {
        Expression::Inline(inline) => inline_placeables(inline),
        Expression::Select { selector, variants } => {
            inline_placeables(selector)
                + variants
                    .iter()
                    .map(|v| placeables(&v.value))
                    .max()
                    .unwrap_or(0)
        }
    }
}

fn inline_placeables(inline: &InlineExpression<&str>) -> usize {
    let arguments = match inline {
        InlineExpression::Placeable { expression } => return expression_placeables(expression),
        InlineExpression::FunctionReference { arguments, .. } => arguments,
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => arguments,
        _ => return 0,
    };
    let named = arguments.named.iter().map(|n| &n.value);
    arguments
        .positional
        .iter()
        .chain(named)
        .map(inline_placeables)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(open: &str, close: &str, n: usize) -> String {
        format!("{}\"x\"{}", open.repeat(n), close.repeat(n))
    }

    #[test]
    fn nesting_at_the_limit_passes_and_one_more_is_found() {
        let ok = format!("a = {}\n", nested("{ ", " }", MAX_NESTING));
        assert_eq!(too_deep(&ok), []);
        let deep = format!(
            "a = ok\nb = {}\nc = ok\n",
            nested("{ ", " }", MAX_NESTING + 1)
        );
        let found = too_deep(&deep);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].at, 7 + 4 + 2 * MAX_NESTING);
        let entry = &deep[found[0].entry.clone()];
        assert!(
            entry.starts_with("b = ") && entry.ends_with("}\n"),
            "{entry}"
        );
        let blanked = without(&deep, &found);
        assert_eq!(blanked.len(), deep.len());
        assert!(blanked.ends_with("\nc = ok\n") && blanked.starts_with("a = ok\n"));
    }

    #[test]
    fn calls_and_selects_nest_too() {
        let calls = format!("a = {{ {}\n", nested("F(", ")", MAX_NESTING + 1));
        assert_eq!(too_deep(&calls).len(), 1);
        let select = "{ $x ->\n   *[a] (\" ";
        let selects = format!("a = {}\n", select.repeat(MAX_NESTING + 1));
        assert_eq!(
            too_deep(&selects).len(),
            1,
            "text of variants does not hide `{{`"
        );
        let text = format!("a = {}\n", "( \" ) ] ".repeat(1000));
        assert_eq!(too_deep(&text), []);
    }

    #[test]
    fn strings_comments_and_new_entries_are_not_counted() {
        let strings = format!("a = {{ \"{}\" }}\n", "{ \\\" ".repeat(1000));
        assert_eq!(too_deep(&strings), []);
        let comment = format!("# {}\na = b\n", "{".repeat(1000));
        assert_eq!(too_deep(&comment), []);
        let unclosed = "a = { $x\n".repeat(1000);
        assert_eq!(too_deep(&unclosed), [], "each `id =` line starts afresh");
        let columns = format!("a = {}\n", "{\nF(\n".repeat(MAX_NESTING));
        assert_eq!(
            too_deep(&columns).len(),
            1,
            "only `id =` lines start afresh"
        );
    }

    #[test]
    fn nesting_at_the_limit_parses_and_formats_on_a_small_stack() {
        let select = "{ $x ->\n   *[a] ".repeat(MAX_NESTING);
        let text = format!("a = {select}x{}\n", "\n}".repeat(MAX_NESTING));
        assert_eq!(too_deep(&text), []);
        let formatted = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || {
                let resource = FluentResource::try_new(text).map_err(|(_, e)| e)?;
                let mut bundle = crate::parse::fluent::new_bundle("en");
                bundle.add_resource(resource).map_err(|_| Vec::new())?;
                let pattern = bundle.get_message("a").and_then(|m| m.value());
                let mut errors = Vec::new();
                let text =
                    pattern.map(|p| bundle.format_pattern(p, None, &mut errors).into_owned());
                Ok::<_, Vec<fluent_syntax::parser::ParserError>>(text)
            })
            .expect("thread starts")
            .join()
            .expect("no overflow");
        assert!(formatted.is_ok_and(|t| t.is_some()));
    }

    #[test]
    fn counts_placeables_as_fluent_does() {
        let res = |s: &str| FluentResource::try_new(s.to_string()).unwrap_or_else(|(r, _)| r);
        let many = format!("body = {}\n", "{ $a } ".repeat(MAX_PLACEABLES + 1));
        assert_eq!(
            too_many_placeables(&res(&many)),
            [("body".to_string(), None, MAX_PLACEABLES + 1)]
        );
        let variants = format!(
            "a = {{ $x ->\n    [one] {}\n   *[other] {}\n}}\n",
            "{ $a }".repeat(60),
            "{ $a }".repeat(60)
        );
        assert_eq!(
            too_many_placeables(&res(&variants)),
            [],
            "one variant is formatted"
        );
        let inner = "a = { { \"x\" } }\n    .b = { $c }\n";
        assert_eq!(too_many_placeables(&res(inner)), []);
    }
}
