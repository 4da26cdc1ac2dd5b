//! Benchmark of `serve`'s incremental rebuild: compiles a site once, then edits one article in
//! memory and recompiles with the cache, as `serve` does after a save.
//!
//! ```sh
//! cargo run --release --example synth -- --articles 2500 --out /tmp/synth
//! cargo run --release --example rebuild -- /tmp/synth
//! ```

use std::time::Instant;

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: rebuild <site folder>");
        std::process::exit(2);
    };
    let (mut input, problems) = letterpress::load::load(std::path::Path::new(&root));
    if problems.has_errors() {
        eprintln!("{problems}");
        std::process::exit(1);
    }
    let options = letterpress::CompileOptions::default();
    let mut cache = letterpress::Cache::default();
    let start = Instant::now();
    let site = match letterpress::compile_with(&input, &options, &mut cache) {
        Ok(site) => site,
        Err(d) => {
            eprintln!("{d}");
            std::process::exit(1);
        }
    };
    println!(
        "full compile: {} pages in {:?}",
        site.pages,
        start.elapsed()
    );
    let Some(index) = input
        .articles
        .iter()
        .position(|a| !a.path.ends_with("_index.md"))
    else {
        return;
    };
    for round in 1..=40 {
        let file = &input.articles[index];
        let edited = format!("{}\nOne more sentence, edit {round}.\n", file.text);
        input.articles[index] = letterpress::load::SourceFile::new(file.path.clone(), edited);
        let start = Instant::now();
        match letterpress::compile_with(&input, &options, &mut cache) {
            Ok(site) => println!(
                "edit {round} of `{}`: {} of {} pages rendered again in {:?}",
                input.articles[index].path.display(),
                site.rendered,
                site.pages,
                start.elapsed()
            ),
            Err(d) => eprintln!("{d}"),
        }
    }
}
