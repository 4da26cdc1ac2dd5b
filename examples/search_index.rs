//! Benchmark of the search index: compiles a site, then indexes its pages with Pagefind, all
//! languages together (as `build` does), or one language, with shards of a given size.
//!
//! ```sh
//! cargo run --release --example synth -- --articles 2500 --out /tmp/synth
//! cargo run --release --example search_index -- /tmp/synth [--lang zh] [--shard-pages 3000] [--threads 4]
//! ```
//!
//! Prints the wall time, the CPU time (user and system) and the peak memory of the process
//! (from /proc, on Linux), and how many shards each language was indexed in.

mod common;

use std::time::Instant;

use letterpress::output::Output;
use letterpress::search::{self, IndexCache};

// As in the `letterpress` binary, so that memory and time are comparable.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// CPU time of the process so far (user and system), in seconds, where /proc tells it.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses: utime and stime are 14 and 15.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .collect();
    let ticks: f64 = fields.get(11..13).map_or(0.0, |f| {
        f.iter().filter_map(|v| v.parse::<f64>().ok()).sum()
    });
    ticks / 100.0
}

/// Peak resident memory of the process so far, in MiB, where /proc tells it.
fn peak_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kib| kib / 1024)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(root) = args.first() else {
        eprintln!(
            "usage: search_index <site folder> [--lang CODE] [--shard-pages N] [--threads N]"
        );
        std::process::exit(2);
    };
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let lang = option("--lang");
    let shard_pages = option("--shard-pages").and_then(|n| n.parse().ok());
    let threads = option("--threads").and_then(|n| n.parse().ok());
    let site = common::compiled_site(root);
    let outputs: Vec<Output> = match lang {
        Some(lang) => {
            let prefix = format!("{lang}/");
            site.outputs
                .iter()
                .filter(|o| o.path.starts_with(&prefix))
                .cloned()
                .collect()
        }
        None => site.outputs.clone(),
    };
    drop(site);
    println!("compiled: peak {} MiB", peak_mib());
    let mut cache = IndexCache::default();
    if let Some(n) = shard_pages {
        cache = cache.with_shard_pages(n);
    }
    if let Some(n) = threads {
        cache = cache.with_threads(n);
    }
    let start = Instant::now();
    let cpu = cpu_seconds();
    match search::index_with(&outputs, &mut cache) {
        Ok(index) => {
            println!(
                "{}: {} pages, {} files, {} KiB in {:.2?} ({:.1} s CPU), peak {} MiB",
                lang.map_or("all languages", |l| l.as_str()),
                index.pages(),
                index.files.len(),
                index.bytes() / 1024,
                start.elapsed(),
                cpu_seconds() - cpu,
                peak_mib()
            );
            let shards: Vec<String> = index
                .languages
                .keys()
                .map(|l| format!("{l} {}", cache.shards(l)))
                .collect();
            println!("shards: {}", shards.join(", "));
        }
        Err(d) => eprintln!("{d}"),
    }
}
