//! Checks that cutting pages down to what Pagefind reads changes nothing: compiles a site,
//! indexes it twice, with whole pages and with the cut ones, and compares the two bundles byte
//! for byte. Prints how much of the pages was cut and how many were handed over whole.
//! With `--shards`, checks instead that merging the shards of a language gives the index
//! Pagefind makes of all its pages at once: indexes the site in the shards planned for eight
//! threads (merged) and with one shard per language, and compares the bundles.
//!
//! ```sh
//! cargo run --release --example search_check -- /path/to/site [--shards]
//! ```

mod common;

use std::time::Instant;

use letterpress::search::{self, IndexCache};

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: search_check <site folder>");
        std::process::exit(2);
    };
    let site = common::compiled_site(&root);
    if std::env::args().any(|a| a == "--shards") {
        check_shards(&site.outputs);
        return;
    }
    let (mut pages, mut whole, mut before, mut after) = (0, 0, 0, 0);
    for o in site.outputs.iter().filter(|o| o.path.ends_with(".html")) {
        let Ok(html) = std::str::from_utf8(&o.contents) else {
            continue;
        };
        if !html.contains("data-pagefind-body") {
            continue;
        }
        let cut = search::indexable(html);
        pages += 1;
        before += html.len();
        after += cut.len();
        if matches!(cut, std::borrow::Cow::Borrowed(_)) {
            whole += 1;
            if whole <= 5 {
                eprintln!("handed over whole: {}", o.path);
            }
        }
    }
    println!(
        "{pages} pages, {whole} handed over whole; {} KiB of HTML cut to {} KiB ({:.0}%)",
        before / 1024,
        after / 1024,
        100.0 * after as f64 / before.max(1) as f64
    );
    let start = Instant::now();
    let cut = search::index(&site.outputs).unwrap_or_else(|d| panic!("{d}"));
    let cut_time = start.elapsed();
    let start = Instant::now();
    let full = search::index_with(&site.outputs, &mut IndexCache::whole_pages())
        .unwrap_or_else(|d| panic!("{d}"));
    let full_time = start.elapsed();
    println!("indexed in {cut_time:?} (cut pages), {full_time:?} (whole pages)");
    compare(&full, &cut);
}

/// Shards merged against one index per language.
fn check_shards(outputs: &[letterpress::output::Output]) {
    let start = Instant::now();
    // Planned for eight threads: languages cut into shards as on a larger machine.
    let mut cache = IndexCache::default().with_threads(8);
    let merged = search::index_with(outputs, &mut cache).unwrap_or_else(|d| panic!("{d}"));
    let shards: Vec<String> = merged
        .languages
        .keys()
        .map(|l| format!("{l}: {}", cache.shards(l)))
        .collect();
    println!(
        "indexed in shards ({}) in {:?}",
        shards.join(", "),
        start.elapsed()
    );
    let start = Instant::now();
    let one = search::index_with(
        outputs,
        &mut IndexCache::default()
            .with_shard_pages(usize::MAX)
            .with_threads(1),
    )
    .unwrap_or_else(|d| panic!("{d}"));
    println!("indexed one shard per language in {:?}", start.elapsed());
    compare(&one, &merged);
}

/// Exits with an error unless the two bundles are the same byte for byte.
fn compare(a: &search::SearchIndex, b: &search::SearchIndex) {
    let differing: Vec<&str> = a
        .files
        .iter()
        .zip(&b.files)
        .filter(|(x, y)| x != y)
        .map(|(x, _)| x.path.as_str())
        .collect();
    if a.files.len() != b.files.len() || !differing.is_empty() {
        eprintln!(
            "DIFFERENT bundles: {} vs {} files; first differences: {:?}",
            a.files.len(),
            b.files.len(),
            &differing[..differing.len().min(5)]
        );
        std::process::exit(1);
    }
    println!(
        "same bundle: {} files, {} KiB, byte for byte",
        b.files.len(),
        b.bytes() / 1024
    );
}
