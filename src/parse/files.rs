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
            let (width, height) = (
                u32::try_from(size.width).ok()?,
                u32::try_from(size.height).ok()?,
            );
            // Browsers turn a photo as its EXIF orientation says: so do its width and height.
            let (width, height) = if jpeg_is_turned(bytes) {
                (height, width)
            } else {
                (width, height)
            };
            Some(ImageSize { width, height }).filter(|s| s.width > 0 && s.height > 0)
        }
        _ => None,
    }
}

/// Does a JPEG's EXIF orientation (tag `0x0112` of its first image directory) turn it by a
/// quarter (values 5 to 8), so that it shows with width and height swapped?
fn jpeg_is_turned(bytes: &[u8]) -> bool {
    exif_orientation(bytes).is_some_and(|o| (5..=8).contains(&o))
}

fn exif_orientation(bytes: &[u8]) -> Option<u16> {
    let mut at = 2;
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    // Segments up to the first one that is not metadata: FF xx, then a big-endian length.
    while bytes.get(at)? == &0xFF {
        let marker = *bytes.get(at + 1)?;
        let length = usize::from(u16::from_be_bytes([
            *bytes.get(at + 2)?,
            *bytes.get(at + 3)?,
        ]));
        let body = bytes.get(at + 4..at + 2 + length)?;
        if marker == 0xE1 && body.starts_with(b"Exif\0\0") {
            return tiff_orientation(&body[6..]);
        }
        if !(0xE0..=0xEF).contains(&marker) && marker != 0xFE {
            return None;
        }
        at += 2 + length;
    }
    None
}

/// The orientation in a TIFF header and its first image directory.
fn tiff_orientation(tiff: &[u8]) -> Option<u16> {
    let little = match tiff.get(..2)? {
        b"II" => true,
        b"MM" => false,
        _ => return None,
    };
    let u16_at = |i: usize| -> Option<u16> {
        let b = [*tiff.get(i)?, *tiff.get(i + 1)?];
        Some(if little {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        })
    };
    let u32_at = |i: usize| -> Option<usize> {
        let b = [
            *tiff.get(i)?,
            *tiff.get(i + 1)?,
            *tiff.get(i + 2)?,
            *tiff.get(i + 3)?,
        ];
        let n = if little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        };
        usize::try_from(n).ok()
    };
    let directory = u32_at(4)?;
    let entries = usize::from(u16_at(directory)?);
    (0..entries.min(256))
        .map(|e| directory + 2 + e * 12)
        .find(|&entry| u16_at(entry) == Some(0x0112))
        .and_then(|entry| u16_at(entry + 8))
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

    /// A JPEG header of `w`×`h` with an EXIF orientation, in either byte order.
    fn jpeg(w: u16, h: u16, orientation: u16, little: bool) -> Vec<u8> {
        let n16 = |n: u16| {
            if little {
                n.to_le_bytes()
            } else {
                n.to_be_bytes()
            }
        };
        let mut tiff = if little {
            b"II".to_vec()
        } else {
            b"MM".to_vec()
        };
        tiff.extend(n16(42));
        tiff.extend(if little {
            8u32.to_le_bytes()
        } else {
            8u32.to_be_bytes()
        });
        tiff.extend(n16(1));
        tiff.extend(n16(0x0112));
        tiff.extend(n16(3));
        tiff.extend(if little {
            1u32.to_le_bytes()
        } else {
            1u32.to_be_bytes()
        });
        tiff.extend(n16(orientation));
        tiff.extend([0, 0, 0, 0, 0, 0]);
        let mut b = vec![0xFF, 0xD8, 0xFF, 0xE1];
        b.extend(u16::try_from(tiff.len() + 8).unwrap().to_be_bytes());
        b.extend(b"Exif\0\0");
        b.extend(tiff);
        // Start of frame: precision, height, width, one component.
        b.extend([0xFF, 0xC0, 0, 11, 8]);
        b.extend(h.to_be_bytes());
        b.extend(w.to_be_bytes());
        b.extend([1, 1, 0x11, 0, 0xFF, 0xD9]);
        b
    }

    #[test]
    fn a_photo_turned_by_its_exif_orientation_has_its_sides_swapped() {
        let size = |bytes: Vec<u8>| image_size("p.jpg", &bytes).map(|s| (s.width, s.height));
        assert_eq!(size(jpeg(400, 300, 1, true)), Some((400, 300)));
        assert_eq!(size(jpeg(400, 300, 6, true)), Some((300, 400)));
        assert_eq!(size(jpeg(400, 300, 8, false)), Some((300, 400)));
        assert_eq!(size(jpeg(400, 300, 3, false)), Some((400, 300)));
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
