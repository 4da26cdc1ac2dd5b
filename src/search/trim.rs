//! What Pagefind reads of a page. Pagefind parses every element of the pages it is given, but
//! of a page that marks its content with `data-pagefind-body` it keeps only the `<html lang>`,
//! the `<title>` and that element without the parts marked `data-pagefind-ignore`. Handing it
//! just those parts gives the same index for a fraction of the parsing: about half of a
//! rendered page is header, navigation and footer, and more of it is ignored inside the body.
//!
//! The cut is made only where it is certain to change nothing: the page is scanned as a strict
//! tree (every element closed, in order, lowercase names, no foreign or raw-text content other
//! than `<script>`, `<style>` and `<title>`), the body must be a child of `<body>`, nothing
//! outside it may carry a `data-pagefind-*` attribute or hold an `<h1>` or `<img>` (Pagefind
//! reads a page's first heading and image wherever they are), and no text may follow it but
//! white space. Any other page is handed over whole.

use std::borrow::Cow;

/// Elements without an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Elements whose content the scanner skips to their end tag: text that is not markup, and
/// `<svg>` (foreign content, which Pagefind leaves out), as long as it holds nothing Pagefind
/// reads anywhere ([`SVG_UNSUPPORTED`]).
const RAW_TEXT: &[&str] = &["script", "style", "title", "textarea", "svg"];

/// What an `<svg>` may not hold for the scanner to skip it: another `<svg>`, HTML inside it,
/// a title (Pagefind takes the page's first `<title>` as a fallback), or what Pagefind reads
/// anywhere.
const SVG_UNSUPPORTED: &[&str] = &[
    "<svg",
    "<foreignobject",
    "<foreignObject",
    "<title",
    "<h1",
    "<img",
    "data-pagefind-",
];

/// Elements the scanner does not follow: their content is parsed by other rules (raw text,
/// foreign content, templates), so a page with them is handed over whole.
const UNSUPPORTED: &[&str] = &[
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "template",
    "math",
];

/// Elements Pagefind reads wherever they are on the page (the first `<h1>` as the title, the
/// first `<img>` after it as the image), so they may not be cut away.
const READ_ANYWHERE: &[&str] = &["h1", "img"];

/// The page as Pagefind needs to see it: the whole page, or only the parts that make its
/// index entry when that is certain to give the same entry.
pub(crate) fn indexable(html: &str) -> Cow<'_, str> {
    match cut(html) {
        Some(text) => Cow::Owned(text),
        None => Cow::Borrowed(html),
    }
}

/// One piece of markup.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Start {
        name: &'a str,
        /// The whole tag, `<` to `>`.
        tag: &'a str,
    },
    End {
        name: &'a str,
    },
    /// Text, a comment or a doctype: nothing the scanner needs.
    Other {
        text: bool,
        blank: bool,
    },
}

/// A strict tokenizer: gives up (None) on anything it does not fully understand.
struct Scanner<'a> {
    html: &'a str,
    at: usize,
}

impl<'a> Scanner<'a> {
    fn done(&self) -> bool {
        self.at >= self.html.len()
    }

    /// The next token and where it starts.
    fn next(&mut self) -> Option<(usize, Token<'a>)> {
        let start = self.at;
        let rest = &self.html[start..];
        let bytes = rest.as_bytes();
        if bytes[0] != b'<' {
            let len = rest.find('<').unwrap_or(rest.len());
            self.at += len;
            let blank = rest[..len].bytes().all(|b| b.is_ascii_whitespace());
            return Some((start, Token::Other { text: true, blank }));
        }
        if let Some(comment) = rest.strip_prefix("<!--") {
            self.at += 4 + comment.find("-->")? + 3;
            return Some((
                start,
                Token::Other {
                    text: false,
                    blank: true,
                },
            ));
        }
        if rest.starts_with("<!DOCTYPE") || rest.starts_with("<!doctype") {
            self.at += rest.find('>')? + 1;
            return Some((
                start,
                Token::Other {
                    text: false,
                    blank: true,
                },
            ));
        }
        let closing = bytes.get(1) == Some(&b'/');
        let name_start = if closing { 2 } else { 1 };
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_lowercase() {
            // `<` that starts no tag (or an uppercase or unusual one): not followed.
            return None;
        }
        let name = &rest[name_start..name_start + name_len];
        let after = bytes.get(name_start + name_len).copied()?;
        if !(after == b'>' || after == b'/' || after.is_ascii_whitespace()) {
            return None;
        }
        let len = tag_len(rest)?;
        let tag = &rest[..len];
        self.at += len;
        if closing {
            if tag[name_start + name_len..len - 1].trim().is_empty() {
                return Some((start, Token::End { name }));
            }
            return None;
        }
        if UNSUPPORTED.contains(&name) {
            return None;
        }
        if tag.ends_with("/>") && !VOID.contains(&name) {
            // Self-closing syntax on an element that HTML keeps open.
            return None;
        }
        if RAW_TEXT.contains(&name) {
            let len = raw_text_len(&self.html[self.at..], name)?;
            let content = &self.html[self.at..self.at + len];
            if name == "svg" && SVG_UNSUPPORTED.iter().any(|s| content.contains(s)) {
                return None;
            }
            self.at += len;
        }
        Some((start, Token::Start { name, tag }))
    }

    /// After the start tag of `name`: steps over the end tag of a raw-text element (its text
    /// was read with the start tag), or opens the element on `stack`, unless it is void. True
    /// when it was opened.
    fn enter(&mut self, name: &'a str, stack: &mut Vec<&'a str>) -> bool {
        if RAW_TEXT.contains(&name) {
            self.at += "</>".len() + name.len();
            false
        } else if VOID.contains(&name) {
            false
        } else {
            stack.push(name);
            true
        }
    }
}

/// The length of the raw text before the end tag `</name>`, which must be written just so (an
/// end tag in other case or with spaces is not followed).
fn raw_text_len(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text[from..].find("</") {
        let at = from + i;
        let candidate = bytes.get(at + 2..at + 2 + name.len())?;
        if candidate.eq_ignore_ascii_case(name.as_bytes()) {
            let exact =
                candidate == name.as_bytes() && bytes.get(at + 2 + name.len()) == Some(&b'>');
            return exact.then_some(at);
        }
        from = at + 2;
    }
    None
}

/// The length of the tag at the start of `text` (`<` to `>`). Quotes count only around an
/// attribute value (after `=`), as in HTML.
fn tag_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'>' => return Some(i + 1),
            b'<' => return None,
            b'=' => {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                if let Some(&q @ (b'"' | b'\'')) = bytes.get(i) {
                    i += 1 + text[i + 1..].find(q as char)?;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The attribute names of a start tag (`<name a="1" b>`), in order.
fn attributes(tag: &str) -> impl Iterator<Item = (&str, Option<&str>)> {
    let inner = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let mut rest = inner
        .find(|c: char| c.is_ascii_whitespace())
        .map_or("", |i| &inner[i..]);
    std::iter::from_fn(move || {
        rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let name_len = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        rest = rest[name_len..].trim_start();
        let mut value = None;
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, tail) = match after.as_bytes().first() {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = after[1..].find(q as char).map_or(after.len(), |e| e + 1);
                    (&after[1..end], after.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after
                        .find(|c: char| c.is_ascii_whitespace())
                        .unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = Some(v);
            rest = tail;
        }
        Some((name, value))
    })
}

/// Does a start tag carry any `data-pagefind-*` attribute (other than `except`)?
fn pagefind_attributes(tag: &str, except: &str) -> bool {
    tag.contains("data-pagefind-")
        && attributes(tag).any(|(name, _)| name.starts_with("data-pagefind-") && name != except)
}

/// Is this start tag marked to be left out of the index (`data-pagefind-ignore`, with no value,
/// `index`, `true` or `all`)?
fn ignored(tag: &str) -> bool {
    tag.contains("data-pagefind-ignore")
        && attributes(tag).any(|(name, value)| {
            name == "data-pagefind-ignore"
                && matches!(
                    value.map(str::to_ascii_lowercase).as_deref(),
                    None | Some("" | "index" | "true" | "all")
                )
        })
}

/// The parts of the page that make its index entry, or None when that is not certain.
fn cut(html: &str) -> Option<String> {
    if !html.contains("data-pagefind-body") {
        return None;
    }
    let mut scanner = Scanner { html, at: 0 };
    let mut stack: Vec<&str> = Vec::new();
    let mut html_tag = None;
    let mut title = None;

    // Up to the body: only the `<html>` tag and the first `<title>` matter.
    let body_start = loop {
        let (at, token) = scanner.next()?;
        match token {
            Token::Start { name, tag } => {
                if name == "html" && stack.is_empty() && html_tag.is_none() {
                    if pagefind_attributes(tag, "") {
                        return None;
                    }
                    html_tag = Some(tag);
                    stack.push(name);
                    continue;
                }
                if READ_ANYWHERE.contains(&name) {
                    return None;
                }
                if attributes(tag).any(|(n, _)| n == "data-pagefind-body") {
                    // Only a body directly inside <body> is handled. Its own tag is kept as it
                    // is, with whatever it says.
                    if stack != ["html", "body"] || VOID.contains(&name) {
                        return None;
                    }
                    stack.push(name);
                    break at;
                }
                if pagefind_attributes(tag, "") {
                    return None;
                }
                if name == "title" && title.is_none() {
                    let end = scanner.at + "</title>".len();
                    title = Some(&html[at..end]);
                }
                scanner.enter(name, &mut stack);
            }
            Token::End { name } => {
                if stack.pop() != Some(name) {
                    return None;
                }
            }
            Token::Other { .. } => {}
        }
    };

    // The body, without the subtrees that Pagefind ignores.
    let mut kept = String::with_capacity(html.len() - body_start);
    let mut from = body_start;
    let mut depth = 1usize;
    // Where the outermost ignored subtree being skipped starts, and at which depth.
    let mut skipping: Option<(usize, usize, bool)> = None;
    let body_end = loop {
        let (at, token) = scanner.next()?;
        match token {
            Token::Start { name, tag } => {
                let attrs = pagefind_attributes(tag, "data-pagefind-ignore");
                if let Some((_, _, removable)) = skipping.as_mut() {
                    if attrs || READ_ANYWHERE.contains(&name) {
                        *removable = false;
                    }
                } else if !VOID.contains(&name) && !RAW_TEXT.contains(&name) && ignored(tag) {
                    let removable = !attrs && !READ_ANYWHERE.contains(&name);
                    skipping = Some((at, depth, removable));
                }
                if scanner.enter(name, &mut stack) {
                    depth += 1;
                }
            }
            Token::End { name } => {
                if stack.pop() != Some(name) {
                    return None;
                }
                depth -= 1;
                if let Some((start, d, removable)) = skipping
                    && d == depth
                {
                    if removable {
                        kept.push_str(&html[from..start]);
                        from = scanner.at;
                    }
                    skipping = None;
                }
                if depth == 0 {
                    break scanner.at;
                }
            }
            Token::Other { .. } => {}
        }
        if scanner.done() {
            return None;
        }
    };
    kept.push_str(&html[from..body_end]);

    // After the body: elements and white space only, nothing Pagefind reads.
    while !scanner.done() {
        let (_, token) = scanner.next()?;
        match token {
            Token::Start { name, tag } => {
                if READ_ANYWHERE.contains(&name) || pagefind_attributes(tag, "") {
                    return None;
                }
                scanner.enter(name, &mut stack);
            }
            Token::End { name } => {
                if stack.pop() != Some(name) {
                    return None;
                }
            }
            Token::Other { text, blank } => {
                if text && !blank && stack.len() <= 2 {
                    return None;
                }
            }
        }
    }
    if !stack.is_empty() {
        return None;
    }

    let mut page = String::with_capacity(kept.len() + 200);
    page.push_str(html_tag?);
    page.push_str("<head>");
    page.push_str(title.unwrap_or(""));
    page.push_str("</head><body>");
    page.push_str(&kept);
    page.push_str("</body></html>");
    Some(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(head: &str, body: &str, after: &str) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
             <title>T · Site</title>\n{head}</head>\n<body>\n<header><a href=\"/\">Site</a>\
             <nav><ul><li><a href=\"x\">x</a></li></ul></nav></header>\n\
             <main id=\"main\" data-pagefind-body data-pagefind-meta=\"kind:article\">\n{body}\n\
             </main>\n<footer><p>foot</p></footer>\n{after}</body>\n</html>\n"
        )
    }

    #[test]
    fn keeps_the_lang_the_title_and_the_body_without_ignored_parts() {
        let html = page(
            "<script src=\"a.js\" defer></script>\n",
            "<nav data-pagefind-ignore><ol><li><a href=\"/\">Home</a></li></ol></nav>\n\
             <h1 data-pagefind-weight=\"10\">Title</h1>\n<p>Text <a class=\"anchor\" \
             data-pagefind-ignore href=\"#x\">#</a> more<br>end</p>",
            "",
        );
        assert_eq!(
            indexable(&html),
            "<html lang=\"en\" dir=\"ltr\"><head><title>T · Site</title></head><body>\
             <main id=\"main\" data-pagefind-body data-pagefind-meta=\"kind:article\">\n\n\
             <h1 data-pagefind-weight=\"10\">Title</h1>\n<p>Text  more<br>end</p>\n</main>\
             </body></html>"
        );
    }

    #[test]
    fn hands_over_the_whole_page_when_unsure() {
        let whole = |html: &str| matches!(indexable(html), Cow::Borrowed(_));
        // An ignored part holding the first heading, an image or metadata is kept.
        let html = page("", "<nav data-pagefind-ignore><h1>A</h1></nav><p>x</p>", "");
        assert!(indexable(&html).contains("<h1>A</h1>"));
        let html = page(
            "",
            "<div data-pagefind-ignore><span data-pagefind-meta=\"a:b\">x</span></div>",
            "",
        );
        assert!(indexable(&html).contains("a:b"));
        // Outside the body: metadata, a heading, an image, text.
        assert!(whole(&page(
            "<meta data-pagefind-meta=\"a:b\">",
            "<p>x</p>",
            ""
        )));
        assert!(whole(&page("", "<p>x</p>", "<h1>Other</h1>")));
        assert!(whole(&page("", "<p>x</p>", "<img src=\"a.png\">")));
        assert!(whole(&page("", "<p>x</p>", "stray text")));
        assert!(whole(&page(
            "",
            "<p>x</p>",
            "<div data-pagefind-body>y</div>"
        )));
        // Markup the scanner does not follow.
        assert!(whole(&page("", "<p>x", "")));
        assert!(whole(&page("", "<svg><title>Icon</title></svg>", "")));
        assert!(whole(&page("", "<svg><svg></svg></svg>", "")));
        assert!(whole(&page("", "<svg/>", "")));
        assert!(whole(&page("", "<P>x</P>", "")));
        assert!(whole(&page("", "<textarea><p></TEXTAREA>", "")));
        assert!(whole(&page("", "<iframe><p></iframe>", "")));
        assert!(whole(&page("", "<p>a < b</p>", "")));
        // No body, or a body that is not a child of <body>.
        assert!(whole("<html lang=\"en\"><body><p>x</p></body></html>"));
        assert!(whole(
            "<html lang=\"en\"><body><div><main data-pagefind-body>x</main></div></body></html>"
        ));
        // Comments, scripts and styles are skipped, whatever they hold.
        let html = page(
            "<style>p > a { color: red }</style><script>if (a < b) {}</script>\
             <svg viewBox=\"0 0 2 2\"><path d=\"M0 0h2\"/><circle r=\"1\"/></svg>",
            "<!-- <h1>not a heading</h1> --><p>x</p><script>let s = \"</p>\";</script>\
             <textarea><h1>text</textarea>",
            "",
        );
        assert!(!whole(&html));
    }

    #[test]
    fn reads_attributes() {
        let attrs: Vec<_> =
            attributes("<a href=\"x y\" data-pagefind-ignore class='c' hidden x=1>").collect();
        assert_eq!(
            attrs,
            vec![
                ("href", Some("x y")),
                ("data-pagefind-ignore", None),
                ("class", Some("c")),
                ("hidden", None),
                ("x", Some("1")),
            ]
        );
        assert!(ignored("<nav data-pagefind-ignore=\"all\">"));
        assert!(!ignored("<nav data-pagefind-ignore-not>"));
        assert!(!ignored("<p title=\"data-pagefind-ignore\">"));
    }
}
