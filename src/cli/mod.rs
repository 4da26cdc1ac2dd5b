//! Command-line interface: clap types (one `…Args` per command) → typed options for the
//! library, one function per command, exit codes. Printing lives in `report.rs`. It never
//! builds anything itself.

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
    Build(BuildArgs),
    /// Preview the site with live reload, rebuilding as you edit.
    Serve(ServeArgs),
    /// Check the site (links, anchors, Fluent, letters, outdated translations) without writing.
    Check(CheckArgs),
    /// Show how much of each language is translated, missing and outdated.
    Status(StatusArgs),
    /// Start a translation of an article or letter from the source language.
    Translate(TranslateArgs),
    /// Start a new site: a working sample in the languages given, in a new or empty folder.
    Init(InitArgs),
}

#[derive(clap::Args)]
struct InitArgs {
    /// The folder to create the site in (new or empty).
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// The site's languages, the default language first (e.g. `en,de`).
    #[arg(long, default_value = "en", value_delimiter = ',')]
    languages: Vec<String>,
    /// The author's name, for `site.yaml` (and the feeds).
    #[arg(long)]
    author: Option<String>,
}

#[derive(clap::Args)]
struct BuildArgs {
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
    /// `json` prints a machine-readable report on stdout (see the README).
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

#[derive(clap::Args)]
struct ServeArgs {
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
}

#[derive(clap::Args)]
struct CheckArgs {
    #[command(flatten)]
    root: RootArg,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Fail on warnings too.
    #[arg(long)]
    strict: bool,
}

#[derive(clap::Args)]
struct StatusArgs {
    #[command(flatten)]
    root: RootArg,
    /// Only these languages.
    languages: Vec<String>,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

#[derive(clap::Args)]
struct TranslateArgs {
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
}

/// Output format of `check` and `status`.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run() -> ExitCode {
    match Cli::parse().command {
        Command::Build(args) => build(args),
        Command::Serve(args) => serve(args),
        Command::Check(args) => check(&args),
        Command::Status(args) => status(&args),
        Command::Translate(args) => translate(args),
        Command::Init(args) => init(args),
    }
}

fn init(args: InitArgs) -> ExitCode {
    let options = letterpress::init::InitOptions {
        root: args.dir,
        languages: args.languages,
        author: args.author,
        date: Some(report::today()),
    };
    match letterpress::init(&options) {
        Ok(paths) => {
            print!("{}", report::init_summary(&options, &paths));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            report::print_problems(&problems);
            ExitCode::from(1)
        }
    }
}

fn build(args: BuildArgs) -> ExitCode {
    let output = args.output.unwrap_or_else(|| args.root.root.join("public"));
    let json = args.format == Format::Json;
    let progress = (std::io::stdout().is_terminal() && !json).then(report::progress_bar);
    let options = BuildOptions {
        root: args.root.root,
        output,
        compile: CompileOptions {
            drafts: args.drafts,
            base_url: args.base_url,
            search: args.no_search.then_some(false),
            progress,
        },
        force: args.force,
    };
    let result = letterpress::build(&options);
    if json {
        println!("{:#}", report::build_json(&result));
        return match result {
            Ok(_) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(1),
        };
    }
    match result {
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

fn translate(args: TranslateArgs) -> ExitCode {
    let options = TranslateOptions {
        root: args.root.root,
        item: args.item,
        to: args.to,
        refresh: args.refresh,
    };
    match letterpress::translate(&options) {
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

fn check(args: &CheckArgs) -> ExitCode {
    let findings = letterpress::check(&args.root.root, &CompileOptions::default());
    let errors = findings.errors().count();
    let warnings = findings.warnings().count();
    match args.format {
        Format::Json => {
            let items: Vec<serde_json::Value> =
                findings.0.iter().map(report::diagnostic_json).collect();
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
    if errors > 0 || (args.strict && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn status(args: &StatusArgs) -> ExitCode {
    let only = &args.languages;
    let all = match letterpress::status(&args.root.root) {
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
    let table = report::TableOptions {
        bars: std::io::stdout().is_terminal(),
    };
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string(&chosen).unwrap_or_else(|_| "[]".into())
        ),
        Format::Text => print!("{}", report::status_table(&chosen, &table)),
    }
    ExitCode::SUCCESS
}

fn serve(args: ServeArgs) -> ExitCode {
    let options = letterpress::serve::ServeOptions {
        root: args.root.root,
        bind: args.bind,
        port: args.port,
        compile: CompileOptions {
            drafts: args.drafts,
            search: args.no_search.then_some(false),
            ..CompileOptions::default()
        },
        http: Default::default(),
    };
    let log: std::sync::Arc<dyn Fn(&str) + Send + Sync> =
        std::sync::Arc::new(|line: &str| eprintln!("{line}"));
    let server = match letterpress::serve::start(&options, log) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    if args.open {
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
