//! What the command line prints: diagnostics with a final count, the progress bar of large
//! builds, the table of `letterpress status` and what `init` made. It only formats (and reads the
//! clock for `init`'s sample date); it never decides an exit code.

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

/// One diagnostic as JSON (`check --format json` and the build report share it).
pub fn diagnostic_json(d: &letterpress::Diagnostic) -> serde_json::Value {
    serde_json::json!({
        "severity": d.severity.as_str(),
        "code": d.code,
        "path": letterpress::diagnostic::display_path(&d.path),
        "line": d.line,
        "column": d.col,
        "message": d.message,
    })
}

/// Milliseconds, to a tenth.
fn ms(d: std::time::Duration) -> f64 {
    (d.as_secs_f64() * 10_000.0).round() / 10.0
}

/// The report of `build --format json` (its shape is documented in the README, and stable:
/// fields are only ever added, under a new `version` otherwise).
pub fn build_json(result: &Result<letterpress::BuildReport, Diagnostics>) -> serde_json::Value {
    use serde_json::{Value, json};
    let built = match result {
        Err(problems) => {
            return json!({
                "version": 1,
                "ok": false,
                "pages": Value::Null,
                "languages": [],
                "diagnostics": problems.0.iter().map(diagnostic_json).collect::<Vec<_>>(),
                "timings_ms": Value::Null,
                "search": Value::Null,
            });
        }
        Ok(built) => built,
    };
    let languages: Vec<Value> = built
        .by_language
        .iter()
        .map(|l| {
            let fallbacks: Vec<Value> = l
                .fallbacks
                .iter()
                .map(|f| json!({ "path": f.path, "shows": f.shows, "source": f.source }))
                .collect();
            json!({ "code": l.code, "pages": l.pages, "fallbacks": fallbacks })
        })
        .collect();
    let t = &built.timings;
    let search = built.search.as_ref().map(|s| {
        let languages: Vec<Value> = s
            .languages
            .iter()
            .map(|(code, pages, bytes)| json!({ "code": code, "pages": pages, "bytes": bytes }))
            .collect();
        json!({ "pages": s.pages, "bytes": s.bytes, "languages": languages })
    });
    json!({
        "version": 1,
        "ok": true,
        "pages": built.pages,
        "languages": languages,
        "diagnostics": built.warnings.0.iter().map(diagnostic_json).collect::<Vec<_>>(),
        "timings_ms": {
            "load": ms(t.load),
            "parse": ms(t.stages.parse),
            "link": ms(t.stages.link),
            "render": ms(t.stages.render),
            "links": ms(t.stages.links),
            "search": ms(t.search),
            "write": ms(t.write),
            "total": ms(built.elapsed),
        },
        "search": search,
    })
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

/// Today's date (UTC), for the sample article of `letterpress init`.
pub fn today() -> letterpress::parse::page::Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    letterpress::parse::page::Date { year, month, day }
}

/// What `letterpress init` tells the user: the files it wrote and the next commands.
pub fn init_summary(
    options: &letterpress::init::InitOptions,
    paths: &[std::path::PathBuf],
) -> String {
    use std::fmt::Write as _;
    let root = options.root.display().to_string();
    let mut out = format!("created a site in `{root}`:\n");
    for p in paths {
        let _ = writeln!(out, "  {}", letterpress::diagnostic::display_path(p));
    }
    let flag = if options.root == std::path::Path::new(".") {
        String::new()
    } else {
        format!(" --root {root}")
    };
    let _ = writeln!(
        out,
        "next: `letterpress serve{flag}` to preview it at http://127.0.0.1:1111/, `letterpress build{flag}` to build it into `{}`",
        options.root.join("public").display()
    );
    out
}
