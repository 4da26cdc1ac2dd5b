//! The template environment: Tera over the theme's templates, with the `t()` and `asset()`
//! functions, and template errors as positioned diagnostics. Data in, HTML out: it never reads
//! or writes files and never decides what a page contains.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::parse::fluent::Locales;
use crate::parse::theme::Theme;

/// The compiled templates of a build, loaded once and shared by every rendering thread.
pub struct Templates {
    tera: Tera,
    /// Template name → (origin path, source), for diagnostics.
    origins: BTreeMap<String, (String, String)>,
}

/// Converts a Tera value into a Fluent argument.
fn fluent_value(v: &tera::Value) -> Option<fluent::FluentValue<'static>> {
    if let Some(i) = v.as_i64() {
        Some(fluent::FluentValue::from(i))
    } else if let Some(f) = v.as_f64() {
        Some(fluent::FluentValue::from(f))
    } else {
        v.as_str().map(|s| fluent::FluentValue::from(s.to_string()))
    }
}

impl Templates {
    /// Compiles the theme's templates. `assets` maps a static file's path to its cache-busting URL.
    pub fn new(
        theme: &Theme,
        locales: Arc<Locales>,
        assets: Arc<BTreeMap<String, String>>,
    ) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.register_function(
            "t",
            move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
                let key: String = kwargs.must_get::<&str>("key")?.to_string();
                let lang: String = match kwargs.get::<&str>("lang")? {
                    Some(l) => l.to_string(),
                    None => state.get::<String>("lang")?.unwrap_or_default(),
                };
                let mut args = fluent::FluentArgs::new();
                for (k, v) in kwargs.iter() {
                    let name = k.to_string();
                    if name != "key"
                        && name != "lang"
                        && let Some(value) = fluent_value(v)
                    {
                        args.set(name, value);
                    }
                }
                let args = args.iter().next().is_some().then_some(&args);
                locales
                    .format(&lang, &key, args)
                    .map_err(tera::Error::message)
            },
        );
        tera.register_function(
            "asset",
            move |kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
                let path = kwargs.must_get::<&str>("path")?;
                assets.get(path).cloned().ok_or_else(|| {
                    tera::Error::message(format!("no static file `{path}` in the theme"))
                })
            },
        );
        let origins: BTreeMap<String, (String, String)> = theme
            .templates
            .iter()
            .map(|(name, t)| (name.clone(), (t.origin.clone(), t.source.clone())))
            .collect();
        let sources: Vec<(&str, &str)> = theme
            .templates
            .iter()
            .map(|(n, t)| (n.as_str(), t.source.as_str()))
            .collect();
        let renderer = Templates {
            tera: Tera::new(),
            origins,
        };
        let mut tera = tera;
        if let Err(e) = tera.add_raw_templates(sources) {
            return Err(renderer.diagnostic(&e).into());
        }
        Ok(Templates { tera, ..renderer })
    }

    /// Every template's origin path and source, in name order.
    pub fn sources(&self) -> impl Iterator<Item = (&str, &str)> {
        self.origins
            .values()
            .map(|(origin, source)| (origin.as_str(), source.as_str()))
    }

    pub fn has_template(&self, name: &str) -> bool {
        self.origins.contains_key(name)
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: &impl Serialize) -> Result<String, Diagnostic> {
        let ctx = Context::from_serialize(context).map_err(|e| self.diagnostic(&e))?;
        self.tera
            .render(name, &ctx)
            .map_err(|e| self.diagnostic(&e))
    }

    /// A Tera error as `themes/…/templates/x.html:line:col: message`.
    fn diagnostic(&self, e: &tera::Error) -> Diagnostic {
        let report = match e.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
            _ => None,
        };
        let mut message = match report {
            Some(r) => r.message().to_string(),
            None => e.to_string(),
        };
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        let message = format!(
            "template error: {}",
            crate::diagnostic::lowercase_first(&message)
        );
        match report {
            Some(r) => {
                let (origin, src) = self
                    .origins
                    .get(r.filename())
                    .cloned()
                    .unwrap_or_else(|| (r.filename().to_string(), String::new()));
                let span = r.span();
                Diagnostic::error("template", origin, message).at(
                    &src,
                    span.start_line,
                    span.start_col + 1,
                )
            }
            None => Diagnostic::error("template", "themes", message),
        }
    }
}
