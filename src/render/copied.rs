//! Files copied as they are: the site's `static/` folder, at the root of the output (a static file
//! replaces the theme's file at the same path), and the files next to the articles, each written
//! once per language whose pages link to it. A copied file that would take the place of a page
//! or of any other file of the site is an error; one that no page links to is a warning for
//! `letterpress check`. It never decides which file a link leads to (`link/files.rs` does) and
//! never changes a file.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;
use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, display_path};
use crate::link::files::FileLink;
use crate::output::Output;
use crate::render::index::SiteIndex;

/// The copied files of the site: its static files and the files in `used` (the file links of
/// every page), checked against the paths of every other output in `taken`.
pub fn outputs(
    site: &SiteIndex,
    used: impl IntoIterator<Item = FileLink>,
    taken: &[Output],
) -> (Vec<Output>, Vec<Diagnostic>) {
    let files = &site.linked.parsed.files;
    let mut problems = Vec::new();
    let mut paths: BTreeSet<String> = taken.iter().map(|o| o.path.clone()).collect();
    if site.config().search {
        paths.insert(crate::search::BUNDLE_DIR.to_string());
    }
    let mut outputs = Vec::new();
    for file in &files.statics {
        match clash(&paths, &file.path) {
            Some(other) => problems.push(taken_by(&file.source, &file.path, &other)),
            None => outputs.push(Output::new(file.path.clone(), file.bytes.clone())),
        }
    }
    paths.extend(outputs.iter().map(|o| o.path.clone()));
    // Output path → the file written there, in path order.
    let mut chosen: BTreeMap<String, PathBuf> = BTreeMap::new();
    for link in used {
        match chosen.get(&link.output) {
            Some(source) if *source != link.source => problems.push(Diagnostic::error(
                "output-clash",
                &link.source,
                format!(
                    "this file and `{}` would both be written to `{}`",
                    display_path(source),
                    link.output
                ),
            )),
            Some(_) => {}
            None => {
                chosen.insert(link.output, link.source);
            }
        }
    }
    for (path, source) in chosen {
        let Some(file) = files.by_source(&source) else {
            continue;
        };
        match clash(&paths, &path) {
            Some(other) => problems.push(taken_by(&source, &path, &other)),
            None => {
                paths.insert(path.clone());
                outputs.push(Output::new(path, file.bytes.clone()));
            }
        }
    }
    (outputs, problems)
}

/// A warning for `letterpress check` for each file next to the articles that no page links to
/// (`used`: the file links of every route), which is therefore not published.
pub fn unused(site: &SiteIndex, used: &[Vec<FileLink>]) -> Vec<Diagnostic> {
    let linked: BTreeSet<&std::path::Path> =
        used.iter().flatten().map(|f| f.source.as_path()).collect();
    site.linked
        .parsed
        .files
        .content
        .iter()
        .filter(|f| !linked.contains(f.source.as_path()))
        .map(|f| {
            Diagnostic::error(
                "unused-file",
                &f.source,
                "no page links to this file, so it is not published: link to it, or move it to `static/`",
            )
            .warning()
        })
        .collect()
}

fn taken_by(source: &std::path::Path, path: &str, other: &str) -> Diagnostic {
    let what = if other == path {
        format!("would be written to `{path}`, which the site already has")
    } else {
        format!("would be written to `{path}`, where the site already has `{other}`")
    };
    Diagnostic::error(
        "output-clash",
        source,
        format!("this file {what}: rename or move it"),
    )
}

/// The output among `paths` that `path` would overwrite or be in the way of: the same path, a
/// file at one of its folders, or a file inside it (were it a folder).
fn clash(paths: &BTreeSet<String>, path: &str) -> Option<String> {
    if paths.contains(path) {
        return Some(path.to_string());
    }
    for (i, _) in path.match_indices('/') {
        if let Some(p) = paths.get(&path[..i]) {
            return Some(p.clone());
        }
    }
    let folder = format!("{path}/");
    paths
        .range::<str, _>((Bound::Included(folder.as_str()), Bound::Unbounded))
        .next()
        .filter(|p| p.starts_with(&folder))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_clashes_with_the_same_path_its_folders_and_its_contents() {
        let paths: BTreeSet<String> = ["de/index.html", "de/a/index.html", "robots.txt"]
            .map(String::from)
            .into();
        assert_eq!(
            clash(&paths, "de/index.html").as_deref(),
            Some("de/index.html")
        );
        assert_eq!(clash(&paths, "de/a").as_deref(), Some("de/a/index.html"));
        assert_eq!(
            clash(&paths, "robots.txt/x.png").as_deref(),
            Some("robots.txt")
        );
        assert_eq!(clash(&paths, "de/a.png"), None);
        assert_eq!(clash(&paths, "de/a/x.png"), None);
    }
}
