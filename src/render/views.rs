//! What templates show of other pages: list entries (`Link`), lists of a section's pages
//! (`SectionList`), a page's translations (`Translation`) and breadcrumbs, built from the site
//! index. Read-only: it never renders a page and never changes the index.

use serde::Serialize;

use crate::link::letters::LetterRoute;
use crate::link::routes::Route;
use crate::parse::page::{Kind, parent_key};
use crate::render::context::PageInfo;
use crate::render::index::SiteIndex;

/// A link to another page in a list (home, section, navigation, prev/next).
#[derive(Debug, Clone, Hash, Serialize)]
pub struct Link {
    pub title: String,
    pub description: String,
    /// Path from the site root (prefix with `root` in templates).
    pub path: String,
    /// Language of the title's text (differs from the page's on fallbacks).
    pub lang: String,
    pub fallback: bool,
    pub date: Option<String>,
    pub date_display: Option<String>,
}

/// A section with its pages, for the home and section pages.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct SectionList {
    pub title: String,
    pub description: String,
    pub path: Option<String>,
    pub lang: String,
    pub pages: Vec<Link>,
}

/// The same page in one language, for the language switcher and `hreflang`.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct Translation {
    pub code: String,
    pub name: String,
    pub path: String,
    /// Absolute URL (for `hreflang`).
    pub url: String,
    pub current: bool,
    /// False when this language only shows a fallback.
    pub available: bool,
}

impl SiteIndex {
    /// A link to the letters of `lang` (`/<lang>/letters/`), titled by `nav-letters` (none
    /// when the language has no such string).
    pub fn letters_link(&self, lang: &str) -> Option<Link> {
        let title = self.locales().text(lang, "nav-letters").ok()?;
        Some(Link {
            title,
            description: String::new(),
            path: format!("{lang}/letters/"),
            lang: lang.to_string(),
            fallback: false,
            date: None,
            date_display: None,
        })
    }

    /// A list entry for route `i`.
    pub fn link(&self, i: usize) -> Link {
        let r = self.route(i);
        let p = self.page_of(i);
        Link {
            title: p.front.title.clone(),
            description: p.front.description.clone(),
            path: r.path.clone(),
            lang: p.lang.clone(),
            fallback: r.fallback,
            date: p.front.date.map(|d| d.iso()),
            date_display: p.front.date.and_then(|d| self.written_date(&r.lang, d)),
        }
    }

    /// A list entry for a letter page.
    pub fn letter_link(&self, r: &LetterRoute) -> Link {
        let letters = self.letters();
        let text = letters
            .texts
            .get(&(r.text_lang.clone(), letters.letters[r.letter].id.clone()));
        Link {
            title: text.map(|t| t.title.clone()).unwrap_or_default(),
            description: text.map(|t| t.description.clone()).unwrap_or_default(),
            path: r.path.clone(),
            lang: r.text_lang.clone(),
            fallback: r.fallback,
            date: None,
            date_display: None,
        }
    }

    /// The same page in language `code` at `path`; callers say whether it is the current one
    /// and whether it is really translated.
    pub fn translation_to(&self, code: &str, path: String) -> Translation {
        Translation {
            code: code.to_string(),
            name: self.language_name(code),
            url: self.absolute(&path),
            path,
            current: false,
            available: true,
        }
    }

    /// The translations of the page at route `r`, for the language switcher and `hreflang`.
    pub fn translations(&self, r: &Route) -> Vec<Translation> {
        self.routes()
            .translations(self.config(), &r.key, r.kind.is_folder())
            .map(|t| Translation {
                current: t.lang == r.lang,
                available: !t.fallback,
                ..self.translation_to(&t.lang, t.path.clone())
            })
            .collect()
    }

    /// The page at `/<lang>/<folder>/` in every language (a page Letterpress makes itself, so
    /// every language has it), with `current` the reader's.
    pub fn everywhere(&self, folder: &str, current: &str) -> Vec<Translation> {
        self.config()
            .languages
            .iter()
            .map(|l| Translation {
                current: l.code == current,
                available: true,
                ..self.translation_to(&l.code, format!("{}/{folder}", l.code))
            })
            .collect()
    }

    /// The folders above route `r`, from the home page down (none for the home page).
    pub fn breadcrumbs(&self, r: &Route) -> Vec<Link> {
        let mut breadcrumbs = Vec::new();
        if r.kind == Kind::Home {
            return breadcrumbs;
        }
        let mut k = parent_key(&r.key);
        loop {
            if let Some(pos) = self.routes().position(&r.lang, k, true) {
                breadcrumbs.push(self.link(pos));
            }
            if k.is_empty() {
                break;
            }
            k = parent_key(k);
        }
        breadcrumbs.reverse();
        breadcrumbs
    }

    /// The list of sections (with their pages) below `folder` in `lang`.
    pub fn section_lists(&self, lang: &str, folder: &str) -> Vec<SectionList> {
        let Some(below) = self.folder(lang, folder) else {
            return Vec::new();
        };
        let mut lists = Vec::new();
        if !below.articles.is_empty() {
            lists.push(self.section_list(lang, None, &below.articles));
        }
        for &s in &below.sections {
            let sub = self
                .folder(lang, &self.route(s).key)
                .cloned()
                .unwrap_or_default();
            let pages: Vec<usize> = sub.sections.into_iter().chain(sub.articles).collect();
            lists.push(self.section_list(lang, Some(s), &pages));
        }
        lists
    }

    /// A list of the routes `pages`, titled by the section route `section` (untitled without one).
    pub fn section_list(&self, lang: &str, section: Option<usize>, pages: &[usize]) -> SectionList {
        let pages = pages.iter().map(|&i| self.link(i)).collect();
        match section {
            Some(s) => {
                let p = self.page_of(s);
                SectionList {
                    title: p.front.title.clone(),
                    description: p.front.description.clone(),
                    path: Some(self.route(s).path.clone()),
                    lang: p.lang.clone(),
                    pages,
                }
            }
            None => SectionList {
                title: String::new(),
                description: String::new(),
                path: None,
                lang: lang.to_string(),
                pages,
            },
        }
    }

    /// A page without Markdown source (letters, lists), with breadcrumbs back to the home page.
    pub fn plain_page(
        &self,
        kind: &'static str,
        lang: &str,
        path: &str,
        title: String,
        description: String,
    ) -> PageInfo {
        let mut info = PageInfo::bare(
            kind,
            path.to_string(),
            self.absolute(path),
            title,
            description,
        );
        info.breadcrumbs = self
            .routes()
            .position(lang, "", true)
            .map(|pos| self.link(pos))
            .into_iter()
            .collect();
        info
    }
}
