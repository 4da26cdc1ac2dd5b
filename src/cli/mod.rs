//! Command-line interface: clap types → typed options for the library, one function per
//! command, exit codes. Printing lives in `report.rs`. It never builds anything itself.

mod report;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use letterpress::translators::translate::TranslateOptions;
use letterpress::{BuildOptions, CompileOptions};

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

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            no_search,
            force,
        } => {
            let output = output.unwrap_or_else(|| root.root.join("public"));
            let progress = std::io::stdout().is_terminal().then(report::progress_bar);
            build(&BuildOptions {
                root: root.root,
                output,
                compile: CompileOptions {
                    drafts,
                    base_url,
                    search: no_search.then_some(false),
                    progress,
                },
                force,
            })
        }
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
        Command::Check {
            root,
            format,
            strict,
        } => check(&root.root, format, strict),
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
        } => translate(&TranslateOptions {
            root: root.root,
            item,
            to,
            refresh,
        }),
    }
}

fn build(options: &BuildOptions) -> ExitCode {
    match letterpress::build(options) {
        Ok(built) => {
            report::print_problems(&built.warnings);
            let line = built.summary();
            if std::io::stdout().is_terminal() {
                println!("\x1b[32m✓\x1b[0m {line}");
            } else {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            report::print_problems(&problems);
            ExitCode::from(1)
        }
    }
}

fn translate(options: &TranslateOptions) -> ExitCode {
    match letterpress::translate(options) {
        Ok(paths) => {
            let verb = if options.refresh {
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
            report::print_problems(&problems);
            ExitCode::from(1)
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
            report::print_problems(&problems);
            return ExitCode::from(1);
        }
    };
    if let Some(unknown) = only.iter().find(|l| !all.iter().any(|s| &s.code == *l)) {
        eprintln!("error: `{unknown}` is not a language of this site");
        return ExitCode::from(1);
    }
    let chosen: Vec<&letterpress::translators::status::LanguageStatus> = all
        .iter()
        .filter(|s| only.is_empty() || only.contains(&s.code))
        .collect();
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string(&chosen).unwrap_or_else(|_| "[]".into())
        ),
        Format::Text => print!(
            "{}",
            report::status_table(&chosen, std::io::stdout().is_terminal())
        ),
    }
    ExitCode::SUCCESS
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
