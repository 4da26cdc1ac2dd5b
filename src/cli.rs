//! Command-line interface: clap types → typed options for the library, and printing of results.
//! It never builds anything itself.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use letterpress::{BuildOptions, CompileOptions, Diagnostics};

#[derive(Parser)]
#[command(
    name = "letterpress",
    version,
    about = "A static-site generator for multilingual guides"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct RootArg {
    /// The site folder (containing `site.yaml`).
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build {
        #[command(flatten)]
        root: RootArg,
        /// Output folder (default: `public/` inside the root).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Base URL the site is deployed at (overrides `base_url` in `site.yaml`).
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Build without the search index and search box (overrides `search` in `site.yaml`).
        #[arg(long)]
        no_search: bool,
        /// Replace the output folder even if it is not empty and was not made by letterpress.
        #[arg(long)]
        force: bool,
    },
    /// Preview the site with live reload, rebuilding as you edit.
    Serve {
        #[command(flatten)]
        root: RootArg,
        /// Port to serve on (the next free one is used if it is taken).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; anything but loopback exposes the preview to the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Serve without the search index and search box (overrides `search` in `site.yaml`).
        #[arg(long)]
        no_search: bool,
    },
    /// Check the site (links, anchors, Fluent, letters, outdated translations) without writing.
    Check {
        #[command(flatten)]
        root: RootArg,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// Show how much of each language is translated, missing and outdated.
    Status {
        #[command(flatten)]
        root: RootArg,
        /// Only these languages.
        languages: Vec<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Start a translation of an article or letter from the source language.
    Translate {
        #[command(flatten)]
        root: RootArg,
        /// The article (`offers/decline-offer`) or letter (`letters/decline-offer`).
        item: String,
        /// The language to translate into.
        #[arg(long)]
        to: String,
        /// Mark an existing translation as up to date with its source.
        #[arg(long)]
        refresh: bool,
    },
}

/// Output format of `check` and `status`.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Prints diagnostics on stderr, with a final count.
fn print_problems(problems: &Diagnostics) {
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
fn progress_bar() -> letterpress::site::ProgressFn {
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

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            root,
            format,
            strict,
        } => check(&root.root, format, strict),
        Command::Serve {
            root,
            port,
            bind,
            open,
            drafts,
            no_search,
        } => {
            let options = letterpress::serve::ServeOptions {
                root: root.root,
                bind,
                port,
                compile: CompileOptions {
                    drafts,
                    search: no_search.then_some(false),
                    ..CompileOptions::default()
                },
                http: Default::default(),
            };
            serve(&options, open)
        }
        Command::Status {
            root,
            languages,
            format,
        } => status(&root.root, &languages, format),
        Command::Translate {
            root,
            item,
            to,
            refresh,
        } => {
            let options = letterpress::translate::TranslateOptions {
                root: root.root,
                item,
                to,
                refresh,
            };
            match letterpress::translate(&options) {
                Ok(paths) => {
                    let verb = if refresh {
                        "marked as up to date"
                    } else {
                        "created; translate it, then build"
                    };
                    for p in paths {
                        println!("{}: {verb}", letterpress::diagnostic::display_path(&p));
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    print_problems(&problems);
                    ExitCode::from(1)
                }
            }
        }
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            no_search,
            force,
        } => {
            let output = output.unwrap_or_else(|| root.root.join("public"));
            let progress = std::io::stdout().is_terminal().then(progress_bar);
            let options = BuildOptions {
                root: root.root,
                output,
                compile: CompileOptions {
                    drafts,
                    base_url,
                    search: no_search.then_some(false),
                    progress,
                },
                force,
            };
            match letterpress::build(&options) {
                Ok(report) => {
                    print_problems(&report.warnings);
                    let line = report.summary();
                    if std::io::stdout().is_terminal() {
                        println!("\x1b[32m✓\x1b[0m {line}");
                    } else {
                        println!("{line}");
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    print_problems(&problems);
                    ExitCode::from(1)
                }
            }
        }
    }
}

fn check(root: &std::path::Path, format: Format, strict: bool) -> ExitCode {
    let findings = letterpress::check(root, &CompileOptions::default());
    let errors = findings.errors().count();
    let warnings = findings.warnings().count();
    match format {
        Format::Json => {
            let items: Vec<serde_json::Value> = findings
                .0
                .iter()
                .map(|d| {
                    serde_json::json!({
                        "severity": d.severity.as_str(),
                        "code": d.code,
                        "path": letterpress::diagnostic::display_path(&d.path),
                        "line": d.line,
                        "column": d.col,
                        "message": d.message,
                    })
                })
                .collect();
            println!("{}", serde_json::Value::Array(items));
        }
        Format::Text => {
            for d in &findings.0 {
                eprintln!("{d}");
            }
            let plural =
                |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            println!(
                "checked: {}, {}",
                plural(errors, "error"),
                plural(warnings, "warning")
            );
        }
    }
    if errors > 0 || (strict && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn status(root: &std::path::Path, only: &[String], format: Format) -> ExitCode {
    let all = match letterpress::status(root) {
        Ok(s) => s,
        Err(problems) => {
            print_problems(&problems);
            return ExitCode::from(1);
        }
    };
    if let Some(unknown) = only.iter().find(|l| !all.iter().any(|s| &s.code == *l)) {
        eprintln!("error: `{unknown}` is not a language of this site");
        return ExitCode::from(1);
    }
    let chosen: Vec<&letterpress::translation::LanguageStatus> = all
        .iter()
        .filter(|s| only.is_empty() || only.contains(&s.code))
        .collect();
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string(&chosen).unwrap_or_else(|_| "[]".into())
        ),
        Format::Text => print!("{}", status_table(&chosen, std::io::stdout().is_terminal())),
    }
    ExitCode::SUCCESS
}

/// The readable form of `letterpress status`.
fn status_table(languages: &[&letterpress::translation::LanguageStatus], bars: bool) -> String {
    use letterpress::translation::{Counts, State};
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
        if bars {
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

fn serve(options: &letterpress::serve::ServeOptions, open: bool) -> ExitCode {
    let log: std::sync::Arc<dyn Fn(&str) + Send + Sync> =
        std::sync::Arc::new(|line: &str| eprintln!("{line}"));
    let server = match letterpress::serve::start(options, log) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    if open {
        open_browser(&server.url());
    }
    let (tx, rx) = std::sync::mpsc::channel();
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = tx.send(());
    }) {
        eprintln!("warning: cannot catch Ctrl-C: {e}");
    }
    let _ = rx.recv();
    server.stop();
    eprintln!("stopped");
    ExitCode::SUCCESS
}

/// Opens `url` in the default browser, best effort.
fn open_browser(url: &str) {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    if std::process::Command::new(program)
        .args(args)
        .spawn()
        .is_err()
    {
        eprintln!("open {url} in your browser");
    }
}
