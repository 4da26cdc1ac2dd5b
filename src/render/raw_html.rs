//! Raw HTML written in Markdown, checked before it reaches a page: `<script>` elements, `on…`
//! event-handler attributes and `javascript:` URLs would run in readers' browsers, and an
//! unclosed tag, quote or comment would let the page's own HTML be read as part of it. The scan
//! follows browsers' HTML tokenizer; it finds problems, and the start tags with their attributes
//! (for `raw_links.rs`), and never rewrites HTML itself.

use std::ops::Range;

/// A problem in raw HTML, at a byte offset (of the scanned text, or of the Markdown source once
/// a [`Chunk`] has mapped it back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub offset: usize,
    pub message: String,
}

/// How to allow what the script checks refuse.
const ALLOW: &str = "(`unsafe_html: true` in `site.yaml` allows it)";

/// Elements whose content browsers read as text, not HTML (`script` is refused outright).
/// Their content may hold no `<` but their end tag: then it reads the same inside SVG or
/// MathML, where these elements hold HTML.
const TEXT_ELEMENTS: [&str; 8] = [
    "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title",
];

/// Is `url` (a link or image destination, or an attribute value) a `javascript:` URL, as a
/// browser reads it: ignoring tabs and line breaks anywhere and control characters and spaces
/// in front, in any case?
pub fn is_script_url(url: &str) -> bool {
    let normal: String = url
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .skip_while(|c| *c <= ' ')
        .take(11)
        .collect();
    normal.eq_ignore_ascii_case("javascript:")
}

/// Does an attribute value, with its character references decoded and tabs and line breaks
/// dropped, hold `javascript:` where a URL could start: at its start or after any character that
/// cannot be part of a scheme (`0;javascript:…` in SVG animations)?
fn has_script_url(value: &str) -> bool {
    let clean: String = decode_references(value)
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase();
    clean.match_indices("javascript:").any(|(i, _)| {
        !clean[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// Decodes the character references that can spell a URL scheme: numeric ones (`&#106;`,
/// `&#x6A`, with or without `;`) and `&colon;`, `&Tab;`, `&NewLine;`.
fn decode_references(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let (decoded, used) = reference(rest).unwrap_or(('&', 1));
        out.push(decoded);
        rest = &rest[used..];
    }
    out.push_str(rest);
    out
}

/// The character a reference at the start of `s` stands for, and its length.
fn reference(s: &str) -> Option<(char, usize)> {
    const NAMED: [(&str, char); 8] = [
        ("&colon;", ':'),
        ("&Tab;", '\t'),
        ("&NewLine;", '\n'),
        ("&amp;", '&'),
        ("&quot;", '"'),
        ("&apos;", '\''),
        ("&lt;", '<'),
        ("&gt;", '>'),
    ];
    for (name, c) in NAMED {
        if s.starts_with(name) {
            return Some((c, name.len()));
        }
    }
    let body = s.strip_prefix("&#")?;
    let (radix, digits_at) = match body.as_bytes().first() {
        Some(b'x' | b'X') => (16, 3),
        _ => (10, 2),
    };
    let digits = s[digits_at..]
        .find(|c: char| !c.is_digit(radix))
        .unwrap_or(s.len() - digits_at);
    if digits == 0 {
        return None;
    }
    let end = digits_at + digits;
    let value = s[digits_at..end].chars().try_fold(0u32, |n, d| {
        Some(n.saturating_mul(radix).saturating_add(d.to_digit(radix)?))
    });
    let c = value.and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let used = end + usize::from(s[end..].starts_with(';'));
    Some((c, used))
}

/// An attribute of a start tag, as byte ranges of the scanned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    /// Lowercase.
    pub name: String,
    /// The value without its quotes (empty at the end of the name when there is none).
    pub value: Range<usize>,
    /// The value with its quotes, if it has any.
    pub quoted: Range<usize>,
}

/// A start tag that browsers would read as one, outside comments and text elements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTag {
    /// Lowercase.
    pub name: String,
    /// Where its name ends: new attributes can go here.
    pub name_end: usize,
    pub attributes: Vec<Attribute>,
}

impl StartTag {
    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }
}

/// An attribute value as browsers read it, with the character references that matter in URLs
/// and ids decoded (`&amp;`, numeric ones …).
pub fn attribute_value(raw: &str) -> String {
    if raw.contains('&') {
        decode_references(raw)
    } else {
        raw.to_string()
    }
}

/// Finds the problems of a piece of raw HTML that starts, as every piece does, outside any tag.
pub fn scan(html: &str) -> Vec<Finding> {
    let mut scanner = Scanner::new(html);
    scanner.run();
    // Markup refused in a text element is also read on as HTML, which may report it again.
    scanner.found.dedup_by_key(|f| f.offset);
    scanner.found
}

/// The start tags of a piece of raw HTML, with their attributes.
pub fn start_tags(html: &str) -> Vec<StartTag> {
    let mut scanner = Scanner::new(html);
    scanner.run();
    scanner.tags
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    found: Vec<Finding>,
    /// Start tags read so far, and the attributes of the one being read.
    tags: Vec<StartTag>,
    attributes: Vec<Attribute>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0C | b'\r' | b' ')
}

impl<'a> Scanner<'a> {
    fn new(html: &'a str) -> Self {
        Scanner {
            b: html.as_bytes(),
            i: 0,
            found: Vec::new(),
            tags: Vec::new(),
            attributes: Vec::new(),
        }
    }

    fn report(&mut self, offset: usize, message: String) {
        self.found.push(Finding { offset, message });
    }

    fn find(&self, from: usize, byte: u8) -> Option<usize> {
        let rest = self.b.get(from..)?;
        rest.iter().position(|&b| b == byte).map(|p| from + p)
    }

    fn find_str(&self, from: usize, needle: &[u8]) -> Option<usize> {
        let rest = self.b.get(from..)?;
        rest.windows(needle.len())
            .position(|w| w == needle)
            .map(|p| from + p)
    }

    fn skip(&mut self, keep_going: impl Fn(u8) -> bool) {
        while self.b.get(self.i).is_some_and(|&b| keep_going(b)) {
            self.i += 1;
        }
    }

    /// The data state: text, with markup starting at each `<`.
    fn run(&mut self) {
        while let Some(lt) = self.find(self.i, b'<') {
            let rest = &self.b[lt + 1..];
            self.i = lt + 1;
            match rest {
                [b'!', b'-', b'-', ..] => self.comment(lt),
                [b'!', ..] if rest.starts_with(b"![CDATA[") => {
                    self.report(lt, "raw HTML `<![CDATA[` is not allowed: browsers read it differently inside and outside SVG".into());
                    self.bogus_comment(lt);
                }
                [b'!' | b'?', ..] => self.bogus_comment(lt),
                [b'/', c, ..] if c.is_ascii_alphabetic() => {
                    self.i = lt + 2;
                    self.tag(lt, false);
                }
                [b'/', b'>', ..] => self.i = lt + 3,
                [b'/', ..] => self.bogus_comment(lt),
                [c, ..] if c.is_ascii_alphabetic() => {
                    if let Some(name) = self.tag(lt, true) {
                        self.element_content(lt, &name);
                    }
                }
                _ => {}
            }
        }
    }

    /// `<!--`: browsers end it at `-->` or `--!>` (or at once, for `<!-->` and `<!--->`).
    fn comment(&mut self, lt: usize) {
        let body = lt + 4;
        let end = match &self.b[body..] {
            [b'>', ..] => Some(body + 1),
            [b'-', b'>', ..] => Some(body + 2),
            _ => {
                let a = self.find_str(body, b"-->").map(|p| p + 3);
                let b = self.find_str(body, b"--!>").map(|p| p + 4);
                a.into_iter().chain(b).min()
            }
        };
        match end {
            Some(end) => self.i = end,
            None => {
                self.report(
                    lt,
                    "raw HTML comment `<!--` is not closed with `-->`".into(),
                );
                self.i = self.b.len();
            }
        }
    }

    /// `<!…>`, `<?…>` and `</…>` that start no tag: browsers skip them up to the next `>`.
    fn bogus_comment(&mut self, lt: usize) {
        match self.find(lt, b'>') {
            Some(gt) => self.i = gt + 1,
            None => {
                let start = String::from_utf8_lossy(&self.b[lt..(lt + 2).min(self.b.len())]);
                self.report(lt, format!("raw HTML `{start}` is not closed with `>`"));
                self.i = self.b.len();
            }
        }
    }

    /// A start or end tag whose name starts at `self.i`; returns its lowercase name once the
    /// tag is closed with `>` (`None`, reported, when it is not).
    fn tag(&mut self, lt: usize, start_tag: bool) -> Option<String> {
        let name_start = self.i;
        self.skip(|b| !(is_space(b) || b == b'/' || b == b'>'));
        let name = String::from_utf8_lossy(&self.b[name_start..self.i]).to_ascii_lowercase();
        let name_end = self.i;
        self.attributes.clear();
        if start_tag && name == "script" {
            self.report(
                lt,
                format!("raw HTML `<script>` is not allowed: pages carry no inline script {ALLOW}"),
            );
        }
        if start_tag && name == "plaintext" {
            self.report(
                lt,
                "raw HTML `<plaintext>` is not allowed: it turns the rest of the page into text"
                    .into(),
            );
        }
        loop {
            self.skip(|b| is_space(b) || b == b'/');
            match self.b.get(self.i) {
                None => {
                    self.report(lt, format!("raw HTML tag `<{name}` is not closed with `>`"));
                    return None;
                }
                Some(b'>') => {
                    self.i += 1;
                    if start_tag {
                        self.tags.push(StartTag {
                            name: name.clone(),
                            name_end,
                            attributes: std::mem::take(&mut self.attributes),
                        });
                    }
                    return Some(name);
                }
                Some(_) => {}
            }
            if !self.attribute(&name, start_tag) {
                return None;
            }
        }
    }

    /// One attribute, starting at `self.i`; false (reported) when a quoted value is not closed.
    fn attribute(&mut self, tag: &str, start_tag: bool) -> bool {
        let name_start = self.i;
        // The first character always belongs to the name, even `=`.
        self.i += 1;
        self.skip(|b| !(is_space(b) || matches!(b, b'/' | b'>' | b'=')));
        let name = String::from_utf8_lossy(&self.b[name_start..self.i]).to_ascii_lowercase();
        if start_tag && name.starts_with("on") {
            let message = format!("event handler `{name}` is not allowed in raw HTML {ALLOW}");
            self.report(name_start, message);
        }
        let name_end = self.i;
        self.skip(is_space);
        if self.b.get(self.i) != Some(&b'=') {
            self.attributes.push(Attribute {
                name,
                value: name_end..name_end,
                quoted: name_end..name_end,
            });
            return true;
        }
        self.i += 1;
        self.skip(is_space);
        let value_start = self.i;
        let value = match self.b.get(self.i) {
            Some(&quote @ (b'"' | b'\'')) => {
                let Some(end) = self.find(self.i + 1, quote) else {
                    let message = format!(
                        "attribute `{name}` of raw HTML tag `<{tag}` opens a quote that is not closed"
                    );
                    self.report(self.i, message);
                    self.i = self.b.len();
                    return false;
                };
                let value = self.i + 1..end;
                self.i = end + 1;
                value
            }
            _ => {
                let start = self.i;
                self.skip(|b| !(is_space(b) || b == b'>'));
                start..self.i
            }
        };
        self.check_value(value.clone(), start_tag);
        self.attributes.push(Attribute {
            name,
            value,
            quoted: value_start..self.i,
        });
        true
    }

    fn check_value(&mut self, value: Range<usize>, start_tag: bool) {
        let text = String::from_utf8_lossy(&self.b[value.clone()]);
        if start_tag && has_script_url(&text) {
            let message = format!("`javascript:` URL is not allowed in raw HTML {ALLOW}");
            self.report(value.start, message);
        }
    }

    /// After the start tag of a [`TEXT_ELEMENTS`] element: its content must run up to its end
    /// tag without another `<`.
    fn element_content(&mut self, lt: usize, name: &str) {
        if !TEXT_ELEMENTS.contains(&name) {
            return;
        }
        let Some(next) = self.find(self.i, b'<') else {
            let message =
                format!("raw HTML `<{name}>` is not closed with `</{name}>` in the same block");
            self.report(lt, message);
            return;
        };
        let rest = &self.b[next..];
        let end_tag = rest.get(1) == Some(&b'/')
            && rest
                .get(2..2 + name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        let after = rest.get(2 + name.len()).copied();
        if !(end_tag && after.is_none_or(|b| is_space(b) || b == b'/' || b == b'>')) {
            let message = format!(
                "raw HTML `<{name}>` may contain no `<` (write `&lt;`): browsers do not read its content as HTML"
            );
            self.report(next, message);
        }
        self.i = next;
    }
}

/// Raw HTML of a Markdown document that ends up next to each other in the page (an HTML block,
/// or inline tags with nothing but line breaks between them), with where each piece was
/// written, so that it is checked as browsers will read it.
#[derive(Debug, Default)]
pub struct Chunk {
    text: String,
    /// (offset in `text`, offset in the source, whether the piece is the source verbatim).
    pieces: Vec<(usize, usize, bool)>,
}

impl Chunk {
    /// Adds `text`, written at `range` of `source` (or generated there, when it differs).
    pub fn push(&mut self, text: &str, source: &str, range: Range<usize>) {
        let verbatim = source.get(range.clone()) == Some(text);
        self.pieces.push((self.text.len(), range.start, verbatim));
        self.text.push_str(text);
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The text collected so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The offset in the source of offset `at` of the collected text (the start of its piece
    /// when that piece is not the source verbatim).
    pub fn source_offset(&self, at: usize) -> usize {
        let piece = self.pieces.partition_point(|p| p.0 <= at).max(1) - 1;
        let (start, source, verbatim) = self.pieces.get(piece).copied().unwrap_or_default();
        if verbatim {
            source + (at - start)
        } else {
            source
        }
    }

    /// Checks the raw HTML collected so far and starts a new chunk; the findings carry offsets
    /// in the source.
    pub fn take(&mut self) -> Vec<Finding> {
        if self.text.is_empty() {
            return Vec::new();
        }
        let found = scan(&self.text);
        let mapped = found
            .into_iter()
            .map(|f| Finding {
                offset: self.source_offset(f.offset),
                ..f
            })
            .collect();
        self.text.clear();
        self.pieces.clear();
        mapped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(html: &str) -> Vec<(usize, String)> {
        scan(html)
            .into_iter()
            .map(|f| (f.offset, f.message))
            .collect()
    }

    fn offsets(html: &str) -> Vec<usize> {
        scan(html).into_iter().map(|f| f.offset).collect()
    }

    #[test]
    fn scripts_handlers_and_script_urls_are_found_where_they_are() {
        assert_eq!(offsets("<p>a</p>\n<SCRIPT>x</SCRIPT>"), [9]);
        assert_eq!(offsets("<img src=x onerror=alert(1)>"), [11]);
        assert_eq!(offsets("<img/src=\"x\"onerror=y>"), [12], "no space needed");
        assert_eq!(offsets("<a href=\" java\tscript:x\">"), [9]);
        assert_eq!(offsets("<a href=&#106;avascript&colon;x>"), [8]);
        assert_eq!(offsets("<a href='&#x6A&#x61vascript:x'>"), [9]);
        assert_eq!(offsets("<set to=\"0;JavaScript:alert(1)\">"), [9]);
        let message = &found("<b onclick=x>")[0].1;
        assert!(message.contains("`onclick`") && message.contains("`unsafe_html: true`"));
    }

    #[test]
    fn harmless_html_passes() {
        let html = "<div class=\"note\" title='a > b' data-on=\"1\">\n<img src=\"data:image/png;base64,AA==\" alt=\"x=\">\n<a href=\"https://x.org/javascript/\">x</a></div>\n<!-- <script> --><iframe src=\"https://x.org/\"></iframe>\n<p>one < two, on = off</p>";
        assert_eq!(found(html), []);
        assert_eq!(found("</a onclick=x>"), [], "end tags carry no attributes");
    }

    #[test]
    fn markup_the_page_would_read_as_part_of_a_tag_is_found() {
        assert_eq!(offsets("<div title=\"x\n"), [11]);
        assert_eq!(offsets("<img src=x"), [0]);
        assert_eq!(offsets("<!-- a -- >"), [0]);
        assert_eq!(offsets("<!-- <a title=\" --> <img alt=\"x>"), [29]);
        assert_eq!(offsets("<textarea><!--</textarea>"), [10]);
        assert_eq!(offsets("<svg><style><img onerror=x></style>"), [12, 17]);
        assert_eq!(offsets("<style>p{}"), [0]);
    }

    #[test]
    fn links_to_javascript_are_script_urls() {
        assert!(is_script_url("javascript:alert(1)"));
        assert!(is_script_url("\u{1} JAVA\nSCRIPT:x"));
        assert!(!is_script_url("https://x.org/javascript:"));
        assert!(!is_script_url("javascript"));
    }

    #[test]
    fn a_chunk_maps_findings_back_to_the_source() {
        let source = "> <div\n> onclick=x>\n";
        let mut chunk = Chunk::default();
        chunk.push("<div\n", source, 2..7);
        chunk.push("onclick=x>\n", source, 9..20);
        assert_eq!(chunk.take()[0].offset, 9);
        assert!(chunk.is_empty());
    }
}
