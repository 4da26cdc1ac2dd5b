//! Diagnostics: one problem in a user's input, with its place and a snippet of the offending line.
//! This module only describes and renders problems; it never decides whether a build fails.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a finding is: errors fail a build, warnings never do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem, located in a file of the site (path relative to the site root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable kebab-case id such as `unknown-key`, for tools.
    pub code: &'static str,
    pub path: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based, counted in characters; 0 when unknown.
    pub col: usize,
    pub message: String,
    /// The offending source line, without its line break; of a long line, only the part around
    /// the column, with `…` where it was cut.
    pub snippet: Option<String>,
    /// 1-based column of the caret in `snippet` (in characters); 0 for no caret.
    pub snippet_col: usize,
}

impl Diagnostic {
    /// An error about a whole file (no position).
    pub fn error(code: &'static str, path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            path: path.into(),
            line: 0,
            col: 0,
            message: message.into(),
            snippet: None,
            snippet_col: 0,
        }
    }

    /// The same finding, as a warning.
    pub fn warning(self) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..self
        }
    }

    /// Places the diagnostic at `line:col` (1-based) of `source`, taking the snippet from it.
    pub fn at(mut self, source: &str, line: usize, col: usize) -> Self {
        self.line = line;
        self.col = col;
        let text = source
            .lines()
            .nth(line.saturating_sub(1))
            .map(|l| l.trim_end_matches('\r'));
        if let Some(text) = text {
            let at = text
                .char_indices()
                .nth(col.saturating_sub(1))
                .map_or(text.len(), |(i, _)| i);
            self.set_snippet(text, at, col > 0);
        }
        self
    }

    /// Places the diagnostic at byte `offset` of `source`.
    pub fn at_offset(self, source: &str, offset: usize) -> Self {
        self.at_index(&LineIndex::new(source), offset)
    }

    /// Places the diagnostic at byte `offset` of an indexed text (for many in one file).
    pub fn at_index(mut self, index: &LineIndex, offset: usize) -> Self {
        (self.line, self.col) = index.line_col(offset);
        if let Some((text, start)) = index.line(self.line) {
            self.set_snippet(text, offset.saturating_sub(start), true);
        }
        self
    }

    /// Shows `line` with a caret at its byte `at`: the whole line, or for a long line the part
    /// around `at` (so that many diagnostics on one huge line stay small and cheap).
    fn set_snippet(&mut self, line: &str, at: usize, caret: bool) {
        const BEFORE: usize = 60;
        const AFTER: usize = 100;
        let mut at = at.min(line.len());
        while !line.is_char_boundary(at) {
            at -= 1;
        }
        // A line that fits is shown whole (counting its characters is cheap up to that length).
        if line.len() <= 4 * (BEFORE + AFTER) && line.chars().count() <= BEFORE + AFTER {
            self.snippet = Some(line.to_string());
            self.snippet_col = if caret {
                line[..at].chars().count() + 1
            } else {
                0
            };
            return;
        }
        let start = line[..at]
            .char_indices()
            .rev()
            .nth(BEFORE - 1)
            .map_or(0, |(i, _)| i);
        let end = line[at..]
            .char_indices()
            .nth(AFTER)
            .map_or(line.len(), |(i, _)| at + i);
        let cut_start = if start > 0 { "…" } else { "" };
        let cut_end = if end < line.len() { "…" } else { "" };
        self.snippet = Some(format!("{cut_start}{}{cut_end}", &line[start..end]));
        self.snippet_col = if caret {
            usize::from(start > 0) + line[start..at].chars().count() + 1
        } else {
            0
        };
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// 1-based line and character column of byte `offset` in `source` (clamped to its end).
/// For one position; to place many in the same text, build a [`LineIndex`] once.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(source).line_col(offset)
}

/// Where each line of a text starts, and how many characters precede every block of
/// [`LineIndex::BLOCK`] bytes, computed once: placing a diagnostic then costs a binary search and
/// a count within one block, not a scan from the start of the file (or of a huge line).
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
    /// Characters before byte `k * BLOCK`, for each block `k`.
    blocks: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    const BLOCK: usize = 4096;

    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        let mut blocks = Vec::with_capacity(text.len() / Self::BLOCK + 1);
        let mut chars = 0;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if i.is_multiple_of(Self::BLOCK) {
                blocks.push(chars);
            }
            chars += usize::from(!is_continuation(b));
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        if text.len().is_multiple_of(Self::BLOCK) {
            blocks.push(chars);
        }
        LineIndex {
            text,
            starts,
            blocks,
        }
    }

    /// 1-based line and character column of byte `offset` (clamped to the text's end).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (
            line,
            self.chars_before(offset) - self.chars_before(start) + 1,
        )
    }

    /// Characters in the text before byte `offset`.
    fn chars_before(&self, offset: usize) -> usize {
        // `blocks` has an entry for every block start up to and including the text's end.
        let block = offset / Self::BLOCK;
        self.blocks[block] + count_chars(&self.text.as_bytes()[block * Self::BLOCK..offset])
    }

    /// Line `line` (1-based) without its line break, with the byte offset where it starts.
    pub fn line(&self, line: usize) -> Option<(&'a str, usize)> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self
            .starts
            .get(line)
            .map_or(self.text.len(), |&next| next - 1);
        Some((self.text[start..end].trim_end_matches('\r'), start))
    }
}

/// Is `b` a UTF-8 continuation byte (not the first byte of a character)?
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| !is_continuation(b)).count()
}

impl fmt::Display for Diagnostic {
    /// `path:line:col: severity: message`, then the snippet with a caret under the column.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", display_path(&self.path))?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.col > 0 {
                write!(f, ":{}", self.col)?;
            }
        }
        match self.severity {
            Severity::Error => write!(f, ": {}", self.message)?,
            Severity::Warning => write!(f, ": warning: {}", self.message)?,
        }
        if let Some(snippet) = &self.snippet {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            write!(f, "\n{pad} |\n{number} | {snippet}")?;
            if self.snippet_col > 0 {
                let lead: String = snippet
                    .chars()
                    .take(self.snippet_col - 1)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                write!(f, "\n{pad} | {lead}^")?;
            }
        }
        Ok(())
    }
}

/// Paths are always shown with forward slashes so messages look the same on every system.
/// A message from a library as our messages start: lowercase, except for an acronym
/// (`IO error` stays `IO error`, never `iO error`).
pub fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(_), Some(b)) if b.is_uppercase() => s.to_string(),
        (Some(a), _) => a.to_lowercase().chain(s[a.len_utf8()..].chars()).collect(),
        (None, _) => String::new(),
    }
}

pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// All findings of one run, in a stable order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| !d.is_error())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Sorts by path, then position, so output does not depend on thread timing.
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            (&a.path, a.line, a.col, &a.message).cmp(&(&b.path, b.line, b.col, &b.message))
        });
        self.0.dedup();
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let src = "ab\nçd€x\n";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 3), (2, 1));
        let euro = src.find('x').unwrap();
        assert_eq!(line_col(src, euro), (2, 4));
        assert_eq!(line_col(src, src.len() + 5), (3, 1));
        let index = LineIndex::new("a\r\nbc\nd");
        assert_eq!(index.line(1), Some(("a", 0)));
        assert_eq!((index.line(3), index.line(4)), (Some(("d", 6)), None));
        assert_eq!(index.line_col(4), (2, 2));
        let long = format!("{}\n{}€x", "ä".repeat(5000), "€".repeat(9000));
        let x = long.find('x').unwrap();
        assert_eq!(LineIndex::new(&long).line_col(x), (2, 9002));
    }

    #[test]
    fn a_long_line_is_shown_around_the_column() {
        let line = format!("{}[x](#nope){}", "a".repeat(5000), "b".repeat(5000));
        let d = Diagnostic::error("x", "a.md", "m").at_offset(&line, 5000);
        assert_eq!((d.line, d.col), (1, 5001));
        let snippet = d.snippet.as_deref().unwrap();
        assert!(
            snippet.starts_with('…') && snippet.ends_with('…'),
            "{snippet}"
        );
        assert_eq!(snippet.chars().count(), 162);
        assert_eq!(d.snippet_col, 62);
        assert!(d.to_string().ends_with(&format!("  | {}^", " ".repeat(61))));
    }

    #[test]
    fn renders_path_line_col_and_caret() {
        let d = Diagnostic::error("x", "content/en/a.md", "unknown front-matter key `titel`").at(
            "---\ntitel: a\n",
            2,
            1,
        );
        let s = d.to_string();
        assert!(s.starts_with("content/en/a.md:2:1: unknown front-matter key `titel`"));
        assert!(s.contains("2 | titel: a"));
        assert!(s.ends_with("  | ^"));
    }
}
