//! What the command line prints: diagnostics with a final count, the progress bar of large
//! builds, and the table of `letterpress status`. It only formats; it never decides an exit code.

use letterpress::Diagnostics;

/// Prints diagnostics on stderr, with a final count.
pub fn print_problems(problems: &Diagnostics) {
    for d in &problems.0 {
        eprintln!("{d}");
    }
    let errors = problems.errors().count();
    if errors > 0 {
        eprintln!(
            "error: {errors} problem{} found, nothing was written",
            if errors == 1 { "" } else { "s" }
        );
    }
}

/// Sites smaller than this build too fast for a progress bar to be useful.
const PROGRESS_MIN_PAGES: usize = 2000;

/// A progress bar on stdout, drawn for large sites only, at most once per percent.
pub fn progress_bar() -> letterpress::render::ProgressFn {
    std::sync::Arc::new(|done: usize, total: usize| {
        let step = (total / 100).max(1);
        if total < PROGRESS_MIN_PAGES || (!done.is_multiple_of(step) && done != total) {
            return;
        }
        let width = 30;
        let filled = done * width / total;
        print!(
            "\r[{}{}] {done}/{total} pages",
            "#".repeat(filled),
            " ".repeat(width - filled)
        );
        if done == total {
            print!("\r{}\r", " ".repeat(width + 30));
        }
        let _ = std::io::Write::flush(&mut std::io::stdout());
    })
}

/// How `letterpress status` draws its table.
pub struct TableOptions {
    /// Add a progress bar to each language (on a terminal).
    pub bars: bool,
}

/// The readable form of `letterpress status`.
pub fn status_table(
    languages: &[&letterpress::translators::status::LanguageStatus],
    options: &TableOptions,
) -> String {
    use letterpress::translators::status::{Counts, State};
    use std::fmt::Write as _;
    let cell = |c: &Counts| {
        let mut s = format!("{}/{}", c.translated, c.total);
        if c.outdated > 0 {
            s.push_str(&format!(" ({} outdated)", c.outdated));
        }
        s
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<16} {:<22} {:<22} {:<14}",
        "language", "pages", "letters", "UI strings"
    );
    for l in languages {
        let name = format!("{} ({}){}", l.name, l.code, if l.source { "*" } else { "" });
        let _ = write!(
            out,
            "{:<16} {:<22} {:<22} {:<14}",
            name,
            cell(&l.articles),
            cell(&l.letters),
            cell(&l.strings)
        );
        if options.bars {
            let done = l.articles.translated + l.letters.translated + l.strings.translated;
            let total = (l.articles.total + l.letters.total + l.strings.total).max(1);
            let filled = done * 20 / total;
            let _ = write!(
                out,
                " [{}{}] {:>3}%",
                "#".repeat(filled),
                ".".repeat(20 - filled),
                done * 100 / total
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "* source language");
    for l in languages.iter().filter(|l| !l.source) {
        let todo: Vec<_> = l
            .items
            .iter()
            .filter(|i| matches!(i.state, State::Missing | State::Outdated))
            .collect();
        if todo.is_empty() && l.missing_strings.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{} ({}):", l.name, l.code);
        for item in todo {
            let state = if item.state == State::Missing {
                "missing "
            } else {
                "outdated"
            };
            let _ = writeln!(out, "  {state}  {}  ({})", item.key, item.path);
        }
        for id in &l.missing_strings {
            let _ = writeln!(out, "  missing   UI string `{id}`");
        }
    }
    out
}
