//! Links in raw HTML written in Markdown: the `href` of `<a>` and the `src` of `<img>` go through
//! the same link callback as Markdown links (so a file or page they name is resolved, and a
//! missing one reported at its position), and every `<img>` gets the attributes that keep the
//! page from jumping while it loads. It never checks for script (`raw_html.rs` does).

use crate::parse::files::ImageSize;
use crate::render::markdown::{LinkFn, LinkOutcome};
use crate::render::raw_html::{self, StartTag};

/// `html` with its links rewritten, or `None` when nothing changes. `source_offset` maps an
/// offset in `html` to one in the Markdown source, for problems the callback reports.
pub fn rewrite(
    html: &str,
    source_offset: &dyn Fn(usize) -> usize,
    links: &mut LinkFn,
) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    if !lower.contains("<a") && !lower.contains("<img") {
        return None;
    }
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for tag in raw_html::start_tags(html) {
        let url_attribute = match tag.name.as_str() {
            "a" => "href",
            "img" => "src",
            _ => continue,
        };
        let mut size = None;
        if let Some(attr) = tag.attribute(url_attribute).filter(|a| !a.value.is_empty()) {
            let dest = &html[attr.value.clone()];
            let url = match links(dest, source_offset(attr.value.start)) {
                LinkOutcome::Keep => None,
                LinkOutcome::Rewrite(url) => Some(url),
                LinkOutcome::File { url, size: s } => {
                    size = s;
                    Some(url)
                }
            };
            if let Some(url) = url {
                let value = format!("\"{}\"", url.replace('"', "&quot;"));
                edits.push((attr.quoted.clone(), value));
            }
        }
        if tag.name == "img" {
            let added = image_attributes(&tag, size);
            if !added.is_empty() {
                edits.push((tag.name_end..tag.name_end, added));
            }
        }
    }
    if edits.is_empty() {
        return None;
    }
    edits.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(html.len() + 64 * edits.len());
    let mut at = 0;
    for (range, text) in edits {
        out.push_str(&html[at..range.start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&html[at..]);
    Some(out)
}

/// What an `<img>` lacks of `width` and `height` (when its file's size is known and neither is
/// given), `loading="lazy"` and `decoding="async"`, each with a space before it.
fn image_attributes(tag: &StartTag, size: Option<ImageSize>) -> String {
    let mut added = String::new();
    if let Some(size) = size
        && tag.attribute("width").is_none()
        && tag.attribute("height").is_none()
    {
        added.push_str(&format!(
            " width=\"{}\" height=\"{}\"",
            size.width, size.height
        ));
    }
    if tag.attribute("loading").is_none() {
        added.push_str(" loading=\"lazy\"");
    }
    if tag.attribute("decoding").is_none() {
        added.push_str(" decoding=\"async\"");
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_links_and_images_are_rewritten_in_place() {
        let html = "<p><IMG alt=\"a > b\" SRC=shot.png> <a class=x href='form.pdf#p=2'>f</a> <!-- <img src=no.png> --> <a href=\"https://x.org/\">x</a></p>";
        let mut seen = Vec::new();
        let out = rewrite(html, &|i| i + 100, &mut |dest, offset| {
            seen.push((dest.to_string(), offset));
            match dest {
                "shot.png" => LinkOutcome::File {
                    url: "../shot.png".into(),
                    size: Some(ImageSize {
                        width: 4,
                        height: 3,
                    }),
                },
                "form.pdf#p=2" => LinkOutcome::File {
                    url: "../form.pdf#p=2".into(),
                    size: None,
                },
                _ => LinkOutcome::Keep,
            }
        })
        .unwrap();
        assert_eq!(
            out,
            "<p><IMG width=\"4\" height=\"3\" loading=\"lazy\" decoding=\"async\" alt=\"a > b\" SRC=\"../shot.png\"> <a class=x href=\"../form.pdf#p=2\">f</a> <!-- <img src=no.png> --> <a href=\"https://x.org/\">x</a></p>"
        );
        let at = |needle: &str| html.find(needle).unwrap() + 100;
        assert_eq!(
            seen,
            [
                ("shot.png".to_string(), at("shot.png")),
                ("form.pdf#p=2".to_string(), at("form.pdf")),
                ("https://x.org/".to_string(), at("https://"))
            ]
        );
    }

    #[test]
    fn images_keep_the_attributes_the_author_gave() {
        let out = rewrite(
            "<img src=\"x.png\" width=\"10\" loading=\"eager\">",
            &|i| i,
            &mut |_, _| LinkOutcome::File {
                url: "x.png".into(),
                size: Some(ImageSize {
                    width: 4,
                    height: 3,
                }),
            },
        );
        assert_eq!(
            out.as_deref(),
            Some("<img decoding=\"async\" src=\"x.png\" width=\"10\" loading=\"eager\">")
        );
        assert_eq!(
            rewrite("<b>no links</b>", &|i| i, &mut |_, _| LinkOutcome::Keep),
            None
        );
    }
}
