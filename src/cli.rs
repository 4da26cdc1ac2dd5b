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
    },
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
        Command::Build {
            root,
            output,
            base_url,
            drafts,
        } => {
            let output = output.unwrap_or_else(|| root.root.join("public"));
            let progress = std::io::stdout().is_terminal().then(progress_bar);
            let options = BuildOptions {
                root: root.root,
                output,
                compile: CompileOptions {
                    drafts,
                    base_url,
                    progress,
                },
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
