//! Checks that cutting pages down to what Pagefind reads changes nothing: compiles a site,
//! indexes it twice, with whole pages and with the cut ones, and compares the two bundles byte
//! for byte. Prints how much of the pages was cut and how many were handed over whole.
//!
//! ```sh
//! cargo run --release --example search_check -- /path/to/site
//! ```

use std::time::Instant;

use letterpress::search::{self, IndexCache};

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: search_check <site folder>");
        std::process::exit(2);
    };
    let (input, problems) = letterpress::load::load(std::path::Path::new(&root));
    if problems.has_errors() {
        eprintln!("{problems}");
        std::process::exit(1);
    }
    let site = match letterpress::compile(&input, &letterpress::CompileOptions::default()) {
        Ok(site) => site,
        Err(d) => {
            eprintln!("{d}");
            std::process::exit(1);
        }
    };
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
    let differing: Vec<&str> = full
        .files
        .iter()
        .zip(&cut.files)
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.path.as_str())
        .collect();
    if full.files.len() != cut.files.len() || !differing.is_empty() {
        eprintln!(
            "DIFFERENT bundles: {} vs {} files; first differences: {:?}",
            full.files.len(),
            cut.files.len(),
            &differing[..differing.len().min(5)]
        );
        std::process::exit(1);
    }
    println!(
        "same bundle: {} files, {} KiB, byte for byte",
        cut.files.len(),
        cut.bytes() / 1024
    );
}
