//! What the search examples share: a site loaded and compiled in memory, or the process ended
//! with its problems printed. It never writes anything.

/// Loads and compiles the site at `root`; prints its problems and exits with 1 if it has errors.
pub fn compiled_site(root: &str) -> letterpress::Site {
    let (input, problems) = letterpress::load::load(std::path::Path::new(root));
    if problems.has_errors() {
        eprintln!("{problems}");
        std::process::exit(1);
    }
    match letterpress::compile(&input, &letterpress::CompileOptions::default()) {
        Ok(site) => site,
        Err(d) => {
            eprintln!("{d}");
            std::process::exit(1);
        }
    }
}
