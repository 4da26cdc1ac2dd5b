//! Markdown → HTML with pulldown-cmark: heading ids and anchors, table of contents, typographic
//! quotes per language, callouts (`> [!TIP]`) with localized titles, images that do not make the
//! page jump, link rewriting (Markdown and raw HTML) and letter fences through callbacks, and the
//! raw HTML and `javascript:` links that would run script (see [`crate::render::raw_html`]).
//! It never looks up other pages itself: the caller (`body.rs`) decides what a link or a letter
//! becomes.

use pulldown_cmark::{
    BlockQuoteKind, CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html,
};

use crate::parse::files::ImageSize;
use crate::render::raw_html::{self, Chunk};
use crate::render::raw_links;

/// How deeply blocks and inline elements (quotes, lists, emphasis, links …) may nest. No text
/// needs more; browsers flatten pages nested deeper than 512 elements; and Pagefind's time grows
/// with the square of the depth (a 100 KB article of 50,000 nested lists took 30 s to index).
pub const MAX_NESTING: usize = 100;

/// Something in the Markdown that fails the build, at a byte offset of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A stable diagnostic code (`unsafe-html`, `markdown-nesting`).
    pub code: &'static str,
    pub offset: usize,
    pub message: String,
}

/// A heading of an article, for the table of contents and anchor checks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    /// Plain text of the heading.
    pub title: String,
}

/// What the link callback decided for a link destination.
pub enum LinkOutcome {
    /// Leave the destination as written.
    Keep,
    /// Replace it with this URL.
    Rewrite(String),
    /// A file next to the articles: its URL, and its size when it is an image.
    File {
        url: String,
        size: Option<ImageSize>,
    },
}

/// Output of [`render`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// Words outside CJK scripts (for reading time).
    pub words: usize,
    /// CJK characters (counted one by one for reading time).
    pub cjk_chars: usize,
    /// Nesting deeper than [`MAX_NESTING`], and raw HTML and links that would run script
    /// (never with [`MarkdownOptions::unsafe_html`]).
    pub problems: Vec<Problem>,
}

/// How to render one document.
pub struct MarkdownOptions<'a> {
    /// Opening and closing double quotes of the document's language.
    pub quotes: (&'a str, &'a str),
    /// Let raw `<script>`, event handlers and `javascript:` URLs through unchecked (the site's
    /// `unsafe_html` setting).
    pub unsafe_html: bool,
    /// The title of a callout, by Fluent key (`callout-tip`), in the document's language.
    pub callout_title: &'a dyn Fn(&str) -> Result<String, String>,
}

/// Called with a link destination and its byte offset in the source.
pub type LinkFn<'a> = dyn FnMut(&str, usize) -> LinkOutcome + 'a;
/// Called with the content of a ```` ```letter ```` fence and its byte offset; returns HTML.
pub type LetterFn<'a> = dyn FnMut(&str, usize) -> Option<String> + 'a;

fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// Renders `source` to HTML.
pub fn render(
    source: &str,
    options: &MarkdownOptions,
    links: &mut LinkFn,
    letters: &mut LetterFn,
) -> Rendered {
    let parser = Parser::new_ext(source, parser_options()).into_offset_iter();
    let mut w = Writer {
        source,
        options,
        out: Vec::new(),
        rendered: Rendered::default(),
        ids: IdAllocator::default(),
        heading: None,
        in_letter: None,
        in_code: false,
        raw: Chunk::default(),
        depth: (0, false),
        image: None,
        html_block: None,
    };
    for (event, range) in parser {
        w.check(&event, &range);
        if w.in_letter.is_some() {
            w.letter_event(event, letters);
            continue;
        }
        if w.image.is_some() {
            w.image_event(event);
            continue;
        }
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(ref info)))
                if info.trim() == "letter" =>
            {
                w.in_letter = Some((range.start, String::new()));
            }
            Event::Start(Tag::CodeBlock(_)) => {
                w.in_code = true;
                w.out.push(event);
            }
            Event::End(TagEnd::CodeBlock) => {
                w.in_code = false;
                w.out.push(event);
            }
            Event::Start(Tag::Heading { level, id, .. }) => {
                w.heading = Some((level, id.map(|i| i.to_string()), w.out.len()));
            }
            Event::End(TagEnd::Heading(_)) => w.end_heading(),
            Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
                w.link(tag, range.start, links);
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => w.callout(kind, range.start),
            Event::End(TagEnd::BlockQuote(Some(_))) => {
                w.out.push(Event::Html("</aside>\n".into()));
            }
            Event::Start(Tag::HtmlBlock)
            | Event::End(TagEnd::HtmlBlock)
            | Event::Html(_)
            | Event::InlineHtml(_) => w.raw_html(event, range, links),
            Event::Start(Tag::Table(_))
            | Event::End(TagEnd::TableCell)
            | Event::End(TagEnd::Table) => w.table(event),
            Event::Text(text) if !w.in_code => w.text(text, range),
            other => w.out.push(other),
        }
    }
    w.rendered
        .problems
        .extend(w.raw.take().into_iter().map(unsafe_html));
    let mut html_out = String::with_capacity(source.len() + source.len() / 2);
    html::push_html(&mut html_out, w.out.into_iter());
    let mut rendered = w.rendered;
    rendered.html = html_out;
    rendered
}

/// The state of one rendering: the events to write and what has been found so far.
struct Writer<'s, 'o> {
    source: &'s str,
    options: &'o MarkdownOptions<'o>,
    out: Vec<Event<'s>>,
    rendered: Rendered,
    ids: IdAllocator,
    /// Heading being collected: level, explicit id, start index in `out`.
    heading: Option<(HeadingLevel, Option<String>, usize)>,
    /// Letter fence being collected: its offset and text.
    in_letter: Option<(usize, String)>,
    in_code: bool,
    /// Raw HTML being collected, checked once the HTML next to it ends.
    raw: Chunk,
    /// Current nesting, and whether passing the limit was reported.
    depth: (usize, bool),
    /// Image being collected (its alt text may hold more events).
    image: Option<Image<'s>>,
    /// HTML block being collected, to rewrite its links once it is whole.
    html_block: Option<Chunk>,
}

/// The events of an image, from its start to its end, and the size of its file.
struct Image<'s> {
    events: Vec<Event<'s>>,
    /// Images nest in alt texts: how many are open.
    depth: usize,
    size: Option<ImageSize>,
}

impl<'s> Writer<'s, '_> {
    /// The checks every event goes through: script in raw HTML and links (unless the site
    /// allows it), and the nesting depth.
    fn check(&mut self, event: &Event, range: &std::ops::Range<usize>) {
        if !self.options.unsafe_html {
            check_script(
                event,
                range.clone(),
                self.source,
                &mut self.raw,
                &mut self.rendered,
            );
        }
        check_depth(event, range.start, &mut self.depth, &mut self.rendered);
    }

    /// An event inside a letter fence: its text is collected; at its end the letter callback
    /// gives the snippet (or the fence stays a code block).
    fn letter_event(&mut self, event: Event<'s>, letters: &mut LetterFn) {
        match event {
            Event::Text(t) => {
                if let Some((_, text)) = self.in_letter.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                let (offset, text) = self.in_letter.take().unwrap_or_default();
                match letters(text.trim(), offset) {
                    Some(html) => self.out.push(Event::Html(html.into())),
                    None => {
                        self.out
                            .push(Event::Html("<pre><code class=\"language-letter\">".into()));
                        self.out.push(Event::Text(text.into()));
                        self.out.push(Event::Html("</code></pre>\n".into()));
                    }
                }
            }
            _ => {}
        }
    }

    /// The start of a link or an image: its destination goes through the link callback. An
    /// image is collected up to its end (see [`Writer::image_event`]).
    fn link(&mut self, tag: Tag<'s>, offset: usize, links: &mut LinkFn) {
        let outcome = |dest: CowStr<'s>, links: &mut LinkFn| match links(&dest, offset) {
            LinkOutcome::Keep => (dest, None),
            LinkOutcome::Rewrite(url) => (CowStr::from(url), None),
            LinkOutcome::File { url, size } => (CowStr::from(url), size),
        };
        match tag {
            Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            } => {
                let (dest_url, _) = outcome(dest_url, links);
                self.out.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            } => {
                let (dest_url, size) = outcome(dest_url, links);
                let start = Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                });
                self.image = Some(Image {
                    events: vec![start],
                    depth: 1,
                    size,
                });
            }
            other => self.out.push(Event::Start(other)),
        }
    }

    /// Raw HTML: an HTML block is collected up to its end, inline HTML is one tag; the links of
    /// either go through the link callback (see `raw_links.rs`).
    fn raw_html(&mut self, event: Event<'s>, range: std::ops::Range<usize>, links: &mut LinkFn) {
        match event {
            Event::Start(Tag::HtmlBlock) => {
                self.html_block = Some(Chunk::default());
                self.out.push(event);
            }
            Event::Html(text) if self.html_block.is_some() => {
                if let Some(block) = self.html_block.as_mut() {
                    block.push(&text, self.source, range);
                }
            }
            Event::End(TagEnd::HtmlBlock) => {
                let block = self.html_block.take().unwrap_or_default();
                let html = block.text().to_string();
                let html =
                    raw_links::rewrite(&html, &|i| block.source_offset(i), links).unwrap_or(html);
                self.out.push(Event::Html(html.into()));
                self.out.push(event);
            }
            Event::InlineHtml(text) | Event::Html(text) => {
                let verbatim = self.source.get(range.clone()) == Some(&*text);
                let at = |i: usize| {
                    if verbatim {
                        range.start + i
                    } else {
                        range.start
                    }
                };
                match raw_links::rewrite(&text, &at, links) {
                    Some(html) => self.out.push(Event::InlineHtml(html.into())),
                    None => self.out.push(Event::InlineHtml(text)),
                }
            }
            other => self.out.push(other),
        }
    }

    /// An event inside an image; at its end the image is written with its size, `lazy` loading
    /// and `async` decoding, so that the page does not jump when it arrives.
    fn image_event(&mut self, event: Event<'s>) {
        let Some(image) = self.image.as_mut() else {
            return;
        };
        match event {
            Event::Start(Tag::Image { .. }) => image.depth += 1,
            Event::End(TagEnd::Image) => image.depth -= 1,
            _ => {}
        }
        image.events.push(event);
        let Some(image) = self.image.take_if(|i| i.depth == 0) else {
            return;
        };
        let mut html = String::new();
        html::push_html(&mut html, image.events.into_iter());
        let mut extra = String::new();
        if let Some(size) = image.size {
            extra.push_str(&format!(
                " width=\"{}\" height=\"{}\"",
                size.width, size.height
            ));
        }
        extra.push_str(" loading=\"lazy\" decoding=\"async\"");
        // pulldown-cmark writes `<img src="…" alt="…" title="…" />`.
        if let Some(open) = html.strip_suffix(" />") {
            html = format!("{open}{extra} />");
        }
        self.out.push(Event::InlineHtml(html.into()));
    }

    /// The start of a callout (`> [!TIP]`): an aside whose kind its title says in words.
    fn callout(&mut self, kind: BlockQuoteKind, offset: usize) {
        let name = match kind {
            BlockQuoteKind::Note => "note",
            BlockQuoteKind::Tip => "tip",
            BlockQuoteKind::Important => "important",
            BlockQuoteKind::Warning => "warning",
            BlockQuoteKind::Caution => "caution",
        };
        let title = (self.options.callout_title)(&format!("callout-{name}")).unwrap_or_else(|e| {
            self.rendered.problems.push(Problem {
                code: "missing-key",
                offset,
                message: e,
            });
            name.to_string()
        });
        self.out.push(Event::Html(
            format!(
                "<aside class=\"callout callout-{name}\" role=\"note\">\n<p class=\"callout-title\">{}</p>\n",
                escape_attr(&title)
            )
            .into(),
        ));
    }

    /// The end of a heading: it gets a unique id, an anchor link and an entry in the headings.
    fn end_heading(&mut self) {
        let Some((level, explicit, start)) = self.heading.take() else {
            return;
        };
        let inner: Vec<Event> = self.out.drain(start..).collect();
        let title = plain_text(&inner);
        let id = self
            .ids
            .allocate(explicit.unwrap_or_else(|| slugify(&title)));
        let n = level as u8;
        let mut inner_html = String::new();
        html::push_html(&mut inner_html, inner.into_iter());
        let escaped = escape_attr(&id);
        self.out.push(Event::Html(
            format!(
                "<h{n} id=\"{escaped}\">{inner_html}<a class=\"anchor\" href=\"#{escaped}\" aria-hidden=\"true\" tabindex=\"-1\" data-pagefind-ignore>#</a></h{n}>\n"
            )
            .into(),
        ));
        self.rendered.headings.push(Heading {
            level: n,
            id,
            title,
        });
    }

    /// Tables scroll in a wrapper of their own, with a space between cells so that text
    /// extraction (search excerpts) keeps them apart.
    fn table(&mut self, event: Event<'s>) {
        match event {
            Event::Start(Tag::Table(_)) => {
                self.out.push(Event::Html(
                    "<div class=\"table-wrap\" tabindex=\"0\">".into(),
                ));
                self.out.push(event);
            }
            Event::End(TagEnd::Table) => {
                self.out.push(event);
                self.out.push(Event::Html("</div>\n".into()));
            }
            _ => {
                self.out.push(event);
                self.out.push(Event::Html(" ".into()));
            }
        }
    }

    /// Text outside code: counted for the reading time, its quotes typeset.
    fn text(&mut self, text: CowStr<'s>, range: std::ops::Range<usize>) {
        count(&text, &mut self.rendered);
        // Curly quotes the author typed (German „…“) are kept; only the ones smart
        // punctuation made from `"` become the language's marks.
        let typed = self
            .source
            .get(range)
            .is_some_and(|s| s.contains(['“', '”']));
        self.out.push(Event::Text(if typed {
            text
        } else {
            typeset_quotes(text, self.options.quotes)
        }));
    }
}

/// The ids of the letters that ```` ```letter ```` fences of `source` embed, in order (a letter
/// embedded twice is listed once). Cheap for pages without any: they are not parsed.
pub fn letter_ids(source: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let fenced = |line: &str| {
        let line = line.trim_start();
        (line.starts_with("```") || line.starts_with("~~~"))
            && line.trim_start_matches(['`', '~']).trim() == "letter"
    };
    if !source.lines().any(fenced) {
        return ids;
    }
    let mut in_letter: Option<String> = None;
    for event in Parser::new_ext(source, parser_options()) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.trim() == "letter" =>
            {
                in_letter = Some(String::new());
            }
            Event::Text(t) => {
                if let Some(text) = in_letter.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(text) = in_letter.take() {
                    let id = text.trim().to_string();
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
            _ => {}
        }
    }
    ids
}

/// Collects raw HTML into `raw` and checks each piece once the HTML next to it ends; checks the
/// destinations of links and images.
fn check_script(
    event: &Event,
    range: std::ops::Range<usize>,
    source: &str,
    raw: &mut Chunk,
    rendered: &mut Rendered,
) {
    match event {
        Event::Html(html) | Event::InlineHtml(html) => return raw.push(html, source, range),
        Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => return,
        // A line break between inline tags is a line break of the page: their HTML stays one.
        Event::SoftBreak if !raw.is_empty() => return raw.push("\n", source, range),
        _ => rendered
            .problems
            .extend(raw.take().into_iter().map(unsafe_html)),
    }
    let (what, dest) = match event {
        Event::Start(Tag::Link { dest_url, .. }) => ("link to", dest_url),
        Event::Start(Tag::Image { dest_url, .. }) => ("image from", dest_url),
        _ => return,
    };
    if raw_html::is_script_url(dest) {
        rendered.problems.push(Problem {
            code: "unsafe-html",
            offset: range.start,
            message: format!(
                "{what} a `javascript:` URL is not allowed (`unsafe_html: true` in `site.yaml` allows it)"
            ),
        });
    }
}

fn unsafe_html(f: raw_html::Finding) -> Problem {
    Problem {
        code: "unsafe-html",
        offset: f.offset,
        message: f.message,
    }
}

/// Follows the nesting of elements; reports the first place it passes [`MAX_NESTING`].
fn check_depth(
    event: &Event,
    offset: usize,
    (depth, reported): &mut (usize, bool),
    rendered: &mut Rendered,
) {
    match event {
        Event::Start(_) => *depth += 1,
        Event::End(_) => *depth = depth.saturating_sub(1),
        _ => return,
    }
    if *depth > MAX_NESTING && !*reported {
        *reported = true;
        rendered.problems.push(Problem {
            code: "markdown-nesting",
            offset,
            message: format!(
                "quotes, lists and other elements nest more than {MAX_NESTING} levels deep here"
            ),
        });
    }
}

/// Replaces the curly quotes produced by smart punctuation with the language's own marks.
fn typeset_quotes<'a>(text: CowStr<'a>, (open, close): (&str, &str)) -> CowStr<'a> {
    if (open == "“" && close == "”") || !text.contains(['“', '”']) {
        return text;
    }
    CowStr::from(
        text.replace('“', "\u{0}")
            .replace('”', close)
            .replace('\u{0}', open),
    )
}

fn count(text: &str, rendered: &mut Rendered) {
    let mut in_word = false;
    for c in text.chars() {
        let word_char = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else if is_cjk(c) {
            rendered.cjk_chars += 1;
            in_word = false;
            continue;
        } else {
            c.is_alphanumeric()
        };
        if word_char {
            if !in_word {
                rendered.words += 1;
            }
            in_word = true;
        } else if c.is_whitespace() {
            in_word = false;
        }
    }
}

/// Chinese, Japanese and Korean characters, which are read one by one rather than as words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF | 0x20000..=0x2FA1F)
}

fn plain_text(events: &[Event]) -> String {
    let mut s = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => s.push_str(t),
            Event::SoftBreak | Event::HardBreak => s.push(' '),
            _ => {}
        }
    }
    s.trim().to_string()
}

/// A heading id readable in every script: lowercase letters and digits of any script,
/// words joined by `-`, punctuation dropped (`Über uns?` → `über-uns`, `拒绝offer` kept).
pub fn slugify(text: &str) -> String {
    let mut id = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if dash && !id.is_empty() {
                id.push('-');
            }
            dash = false;
            id.extend(c.to_lowercase());
        } else if c.is_whitespace() || c == '-' || c == '_' {
            dash = true;
        }
    }
    if id.is_empty() {
        "section".to_string()
    } else {
        id
    }
}

/// Hands out unique ids within one page (`a`, `a-1`, `a-2` …).
#[derive(Default)]
struct IdAllocator {
    used: std::collections::HashSet<String>,
    /// Per base id, the suffix to try next: n headings with the same text cost O(n), not O(n²).
    next: std::collections::HashMap<String, usize>,
}

impl IdAllocator {
    fn allocate(&mut self, base: String) -> String {
        if self.used.insert(base.clone()) {
            return base;
        }
        let next = self.next.entry(base.clone()).or_insert(1);
        loop {
            let candidate = format!("{base}-{next}");
            *next += 1;
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// Escapes text for an HTML attribute value in double quotes (and for text content).
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(key: &str) -> Result<String, String> {
        match key {
            "callout-tip" => Ok("Tipp".into()),
            _ => Err(format!("missing translation `{key}`")),
        }
    }

    fn md(src: &str, quotes: (&str, &str)) -> Rendered {
        render(
            src,
            &MarkdownOptions {
                quotes,
                unsafe_html: false,
                callout_title: &title,
            },
            &mut |_, _| LinkOutcome::Keep,
            &mut |_, _| None,
        )
    }

    #[test]
    fn headings_get_unique_readable_ids_and_anchors() {
        let r = md(
            "## Über uns?\n\n## 拒绝 Offer\n\n## Über uns\n\n### X {#custom}\n",
            ("“", "”"),
        );
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["über-uns", "拒绝-offer", "über-uns-1", "custom"]);
        let mut ids = IdAllocator::default();
        let got: Vec<String> = ["a", "a-1", "a", "a", "a-2-1", "a-2"]
            .iter()
            .map(|s| ids.allocate(s.to_string()))
            .collect();
        assert_eq!(got, ["a", "a-1", "a-2", "a-3", "a-2-1", "a-2-2"]);
        assert!(
            r.html
                .contains("<h2 id=\"über-uns\">Über uns?<a class=\"anchor\" href=\"#über-uns\"")
        );
    }

    #[test]
    fn quotes_follow_the_language_but_not_in_code() {
        let r = md("Er sagte \"Hallo\" und `\"x\"`", ("„", "“"));
        assert!(
            r.html.contains("Er sagte „Hallo“ und <code>\"x\"</code>"),
            "{}",
            r.html
        );
        let r = md("Han sagde \"hej\"", ("»", "«"));
        assert!(r.html.contains("»hej«"));
        // Marks the author typed stay as typed: German closes with “.
        let r = md("Sie sagte „Danke“ und \"Tschüss\"", ("„", "“"));
        assert!(
            r.html.contains("Sie sagte „Danke“ und „Tschüss“"),
            "{}",
            r.html
        );
    }

    #[test]
    fn letter_ids_lists_each_embedded_letter_once_in_order() {
        let source =
            "```letter\nb\n```\n\n```rust\nletter\n```\n\n```letter\na\n```\n\n```letter\nb\n```\n";
        assert_eq!(letter_ids(source), ["b", "a"]);
        assert!(letter_ids("no letters here").is_empty());
    }

    #[test]
    fn links_and_letters_go_through_callbacks() {
        let mut seen = Vec::new();
        let r = render(
            "[a](x.md#y)\n\n```letter\ndecline-offer\n```\n",
            &MarkdownOptions {
                quotes: ("“", "”"),
                unsafe_html: false,
                callout_title: &title,
            },
            &mut |dest, off| {
                seen.push((dest.to_string(), off));
                LinkOutcome::Rewrite("../x/#y".into())
            },
            &mut |id, _| Some(format!("<div data-letter=\"{id}\"></div>")),
        );
        assert_eq!(seen, [("x.md#y".to_string(), 0)]);
        assert!(r.html.contains("href=\"../x/#y\""));
        assert!(r.html.contains("<div data-letter=\"decline-offer\"></div>"));
    }

    #[test]
    fn script_in_raw_html_and_javascript_links_are_found_at_their_offsets() {
        let src = "Text <img src=x\nonerror=alert(1)> and [x](javascript:alert(1)).\n\n> <div>\n> <script>x</script>\n\n![i](<JavaScript:y>)\n";
        let found: Vec<usize> = md(src, ("“", "”"))
            .problems
            .iter()
            .map(|f| f.offset)
            .collect();
        let at = |needle: &str| src.find(needle).unwrap();
        assert_eq!(
            found,
            [at("onerror"), at("[x]"), at("<script>"), at("![i]")]
        );
        let allowed = render(
            src,
            &MarkdownOptions {
                quotes: ("“", "”"),
                unsafe_html: true,
                callout_title: &title,
            },
            &mut |_, _| LinkOutcome::Keep,
            &mut |_, _| None,
        );
        assert!(allowed.problems.is_empty());
        assert!(allowed.html.contains("<script>x</script>") && allowed.html.contains("onerror="));
    }

    #[test]
    fn callouts_are_asides_titled_in_words() {
        let src = "> [!TIP]\n> Ask *first*.\n\n> [!FOO]\n> plain\n\n> [!NOTE]\n> x\n";
        let r = md(src, ("“", "”"));
        assert!(
            r.html.contains("<aside class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Tipp</p>\n<p>Ask <em>first</em>.</p>\n</aside>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<blockquote>\n<p>[!FOO]"), "{}", r.html);
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].code, "missing-key");
        assert_eq!(r.problems[0].offset, src.find("> [!NOTE]").unwrap());
    }

    #[test]
    fn images_get_their_size_and_load_lazily() {
        let r = render(
            "![A \"shot\" of *it*](shot.png \"T\") ![b](https://x.org/b.png)",
            &MarkdownOptions {
                quotes: ("“", "”"),
                unsafe_html: false,
                callout_title: &title,
            },
            &mut |dest, _| match dest {
                "shot.png" => LinkOutcome::File {
                    url: "../shot.png".into(),
                    size: Some(ImageSize {
                        width: 640,
                        height: 480,
                    }),
                },
                _ => LinkOutcome::Keep,
            },
            &mut |_, _| None,
        );
        assert!(
            r.html.contains("<img src=\"../shot.png\" alt=\"A “shot” of it\" title=\"T\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\" />"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains(
                "<img src=\"https://x.org/b.png\" alt=\"b\" loading=\"lazy\" decoding=\"async\" />"
            ),
            "{}",
            r.html
        );
    }

    #[test]
    fn nesting_is_bounded() {
        let ok = md(&"> ".repeat(MAX_NESTING / 2), ("“", "”"));
        assert_eq!(ok.problems, []);
        let src = format!("x\n\n{}y\n", "- ".repeat(50_000));
        let deep = md(&src, ("“", "”"));
        assert_eq!(deep.problems.len(), 1);
        assert_eq!(deep.problems[0].code, "markdown-nesting");
        assert_eq!(deep.problems[0].offset, 3 + MAX_NESTING);
    }

    #[test]
    fn counts_words_and_cjk() {
        let r = md("Hello wide world. 你好世界", ("“", "”"));
        assert_eq!((r.words, r.cjk_chars), (3, 4));
    }
}
