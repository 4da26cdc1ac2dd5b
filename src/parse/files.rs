//! Files that are not Markdown: those next to the articles (`content/<lang>/**`: images, PDFs …),
//! with the size of every image read from its header, and the site's `static/` folder. It reads
//! bytes it is given; it never decides where a file is written or which page uses it (`link`
//! does).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::load::{BinaryFile, Input, STATIC_DIR};
use crate::parse::config::Config;

/// The size of an image in CSS pixels, as `<img width height>` gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ImageSize {
    pub width: u32,
    pub height: u32,
}

/// A file in a language's content folder, e.g. `content/de/offers/screenshot.png`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentFile {
    /// Path from the site root (`content/de/offers/screenshot.png`).
    pub source: PathBuf,
    /// The language folder it is in (`de`).
    pub lang: String,
    /// Path below the language folder, `/`-separated (`offers/screenshot.png`).
    pub path: String,
    pub bytes: Arc<[u8]>,
    /// Width and height, for the images whose format gives them.
    pub size: Option<ImageSize>,
}

/// A file of the site's `static/` folder, copied into the output as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticFile {
    /// Path from the site root (`static/robots-extra.txt`).
    pub source: PathBuf,
    /// Path below `static/` and in the output, `/`-separated.
    pub path: String,
    pub bytes: Arc<[u8]>,
}

/// Every file of the site that is copied rather than rendered.
#[derive(Debug, Clone, Default)]
pub struct Files {
    /// Files of the configured languages' content folders, in input order.
    pub content: Vec<ContentFile>,
    /// (language, path below its folder) → index in `content`.
    index: HashMap<(String, String), usize>,
    /// `static/**`, in input order.
    pub statics: Vec<StaticFile>,
}

impl Files {
    /// The content files of `input` that are in a configured language's folder, and its static
    /// files. Files elsewhere in `content/` are not part of any language and are ignored.
    pub fn parse(config: &Config, input: &Input) -> Files {
        let content: Vec<ContentFile> = input
            .files
            .par_iter()
            .filter_map(|f| content_file(config, f))
            .collect();
        let index = content
            .iter()
            .enumerate()
            .map(|(i, f)| ((f.lang.clone(), f.path.clone()), i))
            .collect();
        let statics = input
            .statics
            .iter()
            .filter_map(|f| {
                let rel = f.path.strip_prefix(STATIC_DIR).ok()?;
                Some(StaticFile {
                    source: f.path.clone(),
                    path: slash_path(rel),
                    bytes: Arc::clone(&f.bytes),
                })
            })
            .collect();
        Files {
            content,
            index,
            statics,
        }
    }

    /// The file at `path` below the content folder of `lang`.
    pub fn get(&self, lang: &str, path: &str) -> Option<&ContentFile> {
        self.index
            .get(&(lang.to_string(), path.to_string()))
            .map(|&i| &self.content[i])
    }

    /// The file whose path from the site root is `source`.
    pub fn by_source(&self, source: &Path) -> Option<&ContentFile> {
        let rel = source.strip_prefix("content").ok()?;
        let mut parts = rel.components();
        let lang = parts.next()?.as_os_str().to_str()?;
        self.get(lang, &slash_path(parts.as_path()))
    }
}

fn content_file(config: &Config, file: &BinaryFile) -> Option<ContentFile> {
    let rel = file.path.strip_prefix("content").ok()?;
    let mut parts = rel.components();
    let lang = parts.next()?.as_os_str().to_str()?.to_string();
    config.language(&lang)?;
    let path = slash_path(parts.as_path());
    if path.is_empty() {
        return None;
    }
    Some(ContentFile {
        source: file.path.clone(),
        size: image_size(&path, &file.bytes),
        lang,
        path,
        bytes: Arc::clone(&file.bytes),
    })
}

fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The size of the image named `name`, from its header: PNG, JPEG, GIF, WebP, AVIF, BMP and ICO
/// through `imagesize`, SVG from the `width` and `height` of its root element when both are
/// given in pixels. `None` for other files and for images whose header does not say.
pub fn image_size(name: &str, bytes: &[u8]) -> Option<ImageSize> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "svg" => svg_size(std::str::from_utf8(bytes).ok()?),
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "avif" | "bmp" | "ico" => {
            let size = imagesize::blob_size(bytes).ok()?;
            Some(ImageSize {
                width: u32::try_from(size.width).ok()?,
                height: u32::try_from(size.height).ok()?,
            })
            .filter(|s| s.width > 0 && s.height > 0)
        }
        _ => None,
    }
}

/// `width` and `height` of the root `<svg>` element, when both are plain numbers or pixels.
fn svg_size(text: &str) -> Option<ImageSize> {
    let start = text.find("<svg")? + 4;
    let end = start + text[start..].find('>')?;
    let tag = &text[start..end];
    let pixels = |name: &str| -> Option<u32> {
        let value = attribute(tag, name)?;
        let number = value.trim().strip_suffix("px").unwrap_or(value.trim());
        let n: f64 = number.parse().ok()?;
        (1.0..100_000.0).contains(&n).then(|| n.round() as u32)
    };
    Some(ImageSize {
        width: pixels("width")?,
        height: pixels("height")?,
    })
}

/// The value of attribute `name` in the text of a start tag (after its name).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    loop {
        let at = rest.find(name)?;
        let before = rest[..at].chars().next_back();
        let after = rest[at + name.len()..].trim_start();
        rest = &rest[at + name.len()..];
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let value = &value[1..];
        return value.find(quote).map(|end| &value[..end]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 1×1 PNG header claiming `w`×`h` (the header is all `imagesize` reads).
    fn png(w: u32, h: u32) -> Vec<u8> {
        let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        b.extend(w.to_be_bytes());
        b.extend(h.to_be_bytes());
        b.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
        b
    }

    #[test]
    fn image_sizes_come_from_headers() {
        assert_eq!(
            image_size("a/b.PNG", &png(640, 480)),
            Some(ImageSize {
                width: 640,
                height: 480
            })
        );
        assert_eq!(image_size("form.pdf", &png(1, 1)), None);
        assert_eq!(image_size("broken.png", b"not a png"), None);
        let svg = "<?xml version=\"1.0\"?>\n<!-- x -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" stroke-width=\"2\" width=\"120px\" height='80'>";
        assert_eq!(
            image_size("d.svg", svg.as_bytes()),
            Some(ImageSize {
                width: 120,
                height: 80
            })
        );
        assert_eq!(
            image_size("d.svg", b"<svg width=\"50%\" height=\"10\">"),
            None
        );
        assert_eq!(image_size("d.svg", b"<svg viewBox=\"0 0 1 1\">"), None);
    }
}
