//! Fluent patterns → a compact JSON program that the theme's dependency-free script evaluates in
//! the browser, giving exactly the text fluent-rs gives. It only compiles and rejects; it never
//! formats text itself.
//!
//! Supported: text, `{ $variable }`, string and number literals, nested placeables, and select
//! expressions on a variable with identifier keys (choices, plural categories) or number keys.
//! Everything else (functions, message and term references, selects on literals) is rejected
//! with its position, because the browser could not evaluate it the same way.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use serde::Serialize;

/// Called with each select's variable and its variant keys (`(key, is_number)`).
pub type SelectFn<'a> = dyn FnMut(&str, &[(String, bool)]) + 'a;

/// One piece of a program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Node {
    /// Literal text.
    Text(String),
    /// `{ $v }`.
    Var { v: String },
    /// `{ $s -> [k] … *[d] … }`: the variants in order, and the index of the default one.
    Select {
        s: String,
        o: Vec<Variant>,
        d: usize,
    },
}

/// One variant of a select expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Variant {
    /// The key as written (`woman`, `one`, `3`).
    pub k: String,
    /// True when the key is a number literal (matched by numeric equality).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub n: bool,
    pub p: Vec<Node>,
}

/// A construct the browser evaluator does not support, with a snippet to locate it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported {
    pub message: String,
    /// Text to search for in the source to find the position.
    pub needle: String,
}

/// Compiles a pattern. Variables used (also as selectors) are added to `used`; each select over
/// a variable is reported to `on_select` with its variant keys, so callers can check choices.
pub fn compile(
    pattern: &Pattern<&str>,
    used: &mut BTreeSet<String>,
    on_select: &mut SelectFn,
) -> Result<Vec<Node>, Unsupported> {
    let mut out = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => push_text(&mut out, value),
            PatternElement::Placeable { expression } => {
                expression_nodes(expression, used, on_select, &mut out)?
            }
        }
    }
    Ok(out)
}

fn push_text(out: &mut Vec<Node>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Node::Text(prev)) = out.last_mut() {
        prev.push_str(text);
    } else {
        out.push(Node::Text(text.to_string()));
    }
}

fn expression_nodes(
    expression: &Expression<&str>,
    used: &mut BTreeSet<String>,
    on_select: &mut SelectFn,
    out: &mut Vec<Node>,
) -> Result<(), Unsupported> {
    match expression {
        Expression::Inline(inline) => inline_nodes(inline, used, on_select, out),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                return Err(unsupported(
                    selector,
                    "a select expression must select on a variable such as `$reason`",
                ));
            };
            used.insert(id.name.to_string());
            let keys: Vec<(String, bool)> = variants
                .iter()
                .map(|v| match v.key {
                    VariantKey::Identifier { name } => (name.to_string(), false),
                    VariantKey::NumberLiteral { value } => (value.to_string(), true),
                })
                .collect();
            on_select(id.name, &keys);
            let mut compiled = Vec::with_capacity(variants.len());
            let mut default = 0;
            for (i, (variant, (k, n))) in variants.iter().zip(keys).enumerate() {
                if variant.default {
                    default = i;
                }
                compiled.push(Variant {
                    k,
                    n,
                    p: compile(&variant.value, used, on_select)?,
                });
            }
            out.push(Node::Select {
                s: id.name.to_string(),
                o: compiled,
                d: default,
            });
            Ok(())
        }
    }
}

fn inline_nodes(
    inline: &InlineExpression<&str>,
    used: &mut BTreeSet<String>,
    on_select: &mut SelectFn,
    out: &mut Vec<Node>,
) -> Result<(), Unsupported> {
    match inline {
        InlineExpression::StringLiteral { value } => {
            push_text(
                out,
                &fluent_syntax::unicode::unescape_unicode_to_string(value),
            );
            Ok(())
        }
        InlineExpression::NumberLiteral { value } => {
            push_text(out, value);
            Ok(())
        }
        InlineExpression::VariableReference { id } => {
            used.insert(id.name.to_string());
            out.push(Node::Var {
                v: id.name.to_string(),
            });
            Ok(())
        }
        InlineExpression::Placeable { expression } => {
            expression_nodes(expression, used, on_select, out)
        }
        other => Err(unsupported(other, "is not supported in letters")),
    }
}

fn unsupported(inline: &InlineExpression<&str>, what: &str) -> Unsupported {
    let (needle, name) = match inline {
        InlineExpression::FunctionReference { id, .. } => {
            (format!("{}(", id.name), format!("function `{}()`", id.name))
        }
        InlineExpression::MessageReference { id, .. } => (
            id.name.to_string(),
            format!("message reference `{}`", id.name),
        ),
        InlineExpression::TermReference { id, .. } => (
            format!("-{}", id.name),
            format!("term reference `-{}`", id.name),
        ),
        InlineExpression::StringLiteral { value } => {
            (format!("\"{value}\""), format!("string `\"{value}\"`"))
        }
        InlineExpression::NumberLiteral { value } => {
            (value.to_string(), format!("number `{value}`"))
        }
        InlineExpression::VariableReference { id } => {
            (format!("${}", id.name), format!("variable `${}`", id.name))
        }
        InlineExpression::Placeable { .. } => ("{".to_string(), "placeable".to_string()),
    };
    let message = if what.starts_with("a select") {
        what.to_string()
    } else {
        format!("{name} {what}: the browser could not produce the same text")
    };
    Unsupported { message, needle }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::Entry;

    fn program(src: &str) -> Result<(Vec<Node>, BTreeSet<String>), Unsupported> {
        let res = fluent_syntax::parser::parse(src).unwrap();
        let Entry::Message(m) = &res.body[0] else {
            panic!()
        };
        let mut used = BTreeSet::new();
        let nodes = compile(m.value.as_ref().unwrap(), &mut used, &mut |_, _| {})?;
        Ok((nodes, used))
    }

    #[test]
    fn compiles_text_variables_and_selects() {
        let (nodes, used) = program("body =\n    { $a ->\n        [x] Hi { $b },\n       *[y] Hello\n    }\n\n    Bye { \"q\" }\n").unwrap();
        assert_eq!(used.into_iter().collect::<Vec<_>>(), ["a", "b"]);
        let json = serde_json::to_string(&nodes).unwrap();
        assert_eq!(
            json,
            r#"[{"s":"a","o":[{"k":"x","p":["Hi ",{"v":"b"},","]},{"k":"y","p":["Hello"]}],"d":1},"\n\nBye q"]"#
        );
    }

    #[test]
    fn rejects_functions_and_references() {
        assert!(
            program("a = { NUMBER($n) }\n")
                .unwrap_err()
                .message
                .contains("function `NUMBER()`")
        );
        assert!(
            program("a = { other }\n")
                .unwrap_err()
                .message
                .contains("message reference")
        );
        assert!(
            program("a = { -brand }\n")
                .unwrap_err()
                .message
                .contains("term reference")
        );
    }
}
