//! Benchmark of the search index: compiles a site, then indexes its pages with Pagefind, all
//! languages together (as `build` does) and each language alone.
//!
//! ```sh
//! cargo run --release --example synth -- --articles 2500 --out /tmp/synth
//! cargo run --release --example search_index -- /tmp/synth
//! ```

use std::time::Instant;

use letterpress::output::Output;

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: search_index <site folder>");
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
    let start = Instant::now();
    match letterpress::search::index(&site.outputs) {
        Ok(index) => println!(
            "all languages: {} pages, {} files, {} KiB in {:?}",
            index.pages(),
            index.files.len(),
            index.bytes() / 1024,
            start.elapsed()
        ),
        Err(d) => eprintln!("{d}"),
    }
    for lang in &site.languages {
        let prefix = format!("{lang}/");
        let pages: Vec<Output> = site
            .outputs
            .iter()
            .filter(|o| o.path.starts_with(&prefix))
            .cloned()
            .collect();
        let start = Instant::now();
        match letterpress::search::index(&pages) {
            Ok(index) => println!(
                "{lang}: {} pages, {} KiB in {:?}",
                index.pages(),
                index.bytes() / 1024,
                start.elapsed()
            ),
            Err(d) => eprintln!("{d}"),
        }
    }
}
