//! The theme: the embedded default theme overlaid, file by file, with a site's own theme folder.
//! It never reads files (the loader does) and never renders.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::ThemeFile;

include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));

/// A template's source and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub source: String,
    /// Path to show in diagnostics (`themes/<name>/templates/x.html`).
    pub origin: String,
}

/// Templates and static files of the theme in use.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// Name below `templates/` → template.
    pub templates: BTreeMap<String, Template>,
    /// Path below `static/` → contents.
    pub statics: BTreeMap<String, Cow<'static, [u8]>>,
}

impl Theme {
    /// The default theme with `overrides` (files of `themes/<name>/`) applied.
    pub fn resolve(name: &str, overrides: &[ThemeFile]) -> (Theme, Diagnostics) {
        let mut theme = Theme::default();
        let mut problems = Diagnostics::default();
        let embedded = DEFAULT_THEME
            .iter()
            .map(|(p, b)| (*p, Cow::Borrowed(*b), format!("themes/default/{p}")));
        let own = overrides.iter().map(|f| {
            (
                f.path.as_str(),
                Cow::Owned(f.bytes.clone()),
                format!("themes/{name}/{}", f.path),
            )
        });
        for (path, bytes, origin) in embedded.chain(own) {
            if let Some(t) = path.strip_prefix("templates/") {
                match String::from_utf8(bytes.into_owned()) {
                    Ok(source) => {
                        theme
                            .templates
                            .insert(t.to_string(), Template { source, origin });
                    }
                    Err(_) => problems.push(Diagnostic::error(
                        "invalid-utf8",
                        origin,
                        "template is not valid UTF-8",
                    )),
                }
            } else if let Some(s) = path.strip_prefix("static/") {
                theme.statics.insert(s.to_string(), bytes);
            }
        }
        (theme, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_files_override_embedded_ones() {
        let own = vec![ThemeFile {
            path: "templates/article.html".into(),
            bytes: b"mine".to_vec(),
        }];
        let (theme, d) = Theme::resolve("x", &own);
        assert!(d.is_empty());
        assert_eq!(theme.templates["article.html"].source, "mine");
        assert_eq!(
            theme.templates["article.html"].origin,
            "themes/x/templates/article.html"
        );
        assert!(theme.templates.contains_key("base.html"));
        assert!(theme.statics.keys().any(|k| k.ends_with(".css")));
    }
}
