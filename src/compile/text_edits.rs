//! The fast path of `serve`: when only the text of existing articles changed (same files, same
//! front matter, same strings, templates and letters, same files next to the articles, and the
//! same of those linked), parse just those files, re-render just the routes that show them, and
//! reuse everything else from the last successful compile. It
//! goes through the same parser and renderer as a full compile; it only chooses less to redo.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;

use super::cache::{Cache, Snapshot, global_hash};
use super::{CompileOptions, Site};
use crate::diagnostic::Diagnostics;
use crate::load::Input;
use crate::output::Output;
use crate::parse::page::{self, Page};
use crate::render::content::ContentPage;
use crate::render::markdown;
use crate::render::reuse::Renders;
use crate::render::{self, anchors, links};

/// An edited article: (index in the input, index in the pages, the page parsed anew).
type Edit = (usize, usize, Page);

/// The compile of `input` by the fast path, or `None` when it does not apply (then a full
/// compile runs, which also reports any error).
pub(super) fn compile(
    cache: &mut Cache,
    input: &Input,
    options: &CompileOptions,
) -> Option<Result<Site, Diagnostics>> {
    let snap = cache.last.as_deref_mut()?;
    if snap.sources.len() != input.articles.len()
        || global_hash(input, options) != snap.global
        || !same_files(snap, input)
    {
        return None;
    }
    let edits = edits(snap, input)?;
    let mut result = snap.result.clone();
    result.rendered = 0;
    result.timings = Default::default();
    if edits.is_empty() {
        return Some(Ok(result));
    }
    let replaced = match rerender(snap, &edits)? {
        Ok(replaced) => replaced,
        Err(problems) => return Some(Err(problems)),
    };
    result.rendered = replaced.len();
    let mut replaced = replaced;
    for o in &mut result.outputs {
        if let Some(new) = replaced.remove(&o.path) {
            *o = new;
        }
    }
    for (i, _, page) in edits {
        snap.sources[i].1 = Arc::clone(&input.articles[i].text);
        cache.pages.insert(
            page.source.path.clone(),
            (Arc::clone(&input.articles[i].text), Ok(Some(page))),
        );
    }
    if let Some(snap) = cache.last.as_deref_mut() {
        snap.result.outputs.clone_from(&result.outputs);
    }
    Some(Ok(result))
}

/// Are the files next to the articles those of the snapshot, byte for byte (shared bytes are
/// compared by address: `load::refresh` keeps those of unchanged files)?
fn same_files(snap: &Snapshot, input: &Input) -> bool {
    snap.content_files.len() == input.files.len()
        && snap
            .content_files
            .iter()
            .zip(&input.files)
            .all(|((path, bytes), f)| *path == f.path && Arc::ptr_eq(bytes, &f.bytes))
}

/// The articles whose text changed, parsed anew; `None` when anything else changed too (a file
/// added, removed or renamed, front matter, or the source of marked translations).
fn edits(snap: &Snapshot, input: &Input) -> Option<Vec<Edit>> {
    let pages = snap.site.pages();
    let source_lang = &snap.site.config().default_language;
    let mut edits = Vec::new();
    for (i, (file, (path, text))) in input.articles.iter().zip(&snap.sources).enumerate() {
        if file.path != *path {
            return None;
        }
        if Arc::ptr_eq(&file.text, text) {
            continue;
        }
        let &index = snap.page_index.get(path)?;
        let old = &pages[index];
        let new = page::parse(file.clone(), old.lang.clone(), old.key.clone(), old.kind).ok()?;
        // A changed source text can make translations outdated, which touches other pages.
        let has_marked_translations = new.lang == *source_lang
            && pages
                .iter()
                .any(|t| t.key == new.key && t.kind == new.kind && t.front.source_hash.is_some());
        // Letter pages list the articles that embed them, and are not re-rendered here.
        if new.front != old.front
            || has_marked_translations
            || markdown::letter_ids(new.body()) != markdown::letter_ids(old.body())
        {
            return None;
        }
        edits.push((i, index, new));
    }
    Some(edits)
}

/// Applies the edits to the snapshot and re-renders the routes that show them: their new
/// outputs by path, or every problem (the snapshot is then left as it was); `None`, leaving it
/// as it was, when an edited page now links to other files (a full compile writes them).
fn rerender(
    snap: &mut Snapshot,
    edits: &[Edit],
) -> Option<Result<HashMap<String, Output>, Diagnostics>> {
    let pages = &mut snap.site.linked.parsed.pages;
    let undo: Vec<(usize, Page)> = edits
        .iter()
        .map(|(_, index, page)| (*index, std::mem::replace(&mut pages[*index], page.clone())))
        .collect();
    let changed: HashSet<usize> = edits.iter().map(|(_, index, _)| *index).collect();
    let affected: Vec<usize> = (0..snap.site.routes().routes.len())
        .filter(|&i| changed.contains(&snap.site.route(i).page))
        .collect();
    let (site, templates, none) = (&snap.site, &snap.templates, Renders::new());
    let fresh: Vec<(usize, ContentPage)> = affected
        .par_iter()
        .map(|&i| (i, render::render_route(site, templates, &none, i)))
        .collect();
    let mut problems = Diagnostics::default();
    let mut replaced = HashMap::new();
    let mut old_anchors = Vec::new();
    let same_files = fresh.iter().all(|(i, page)| page.files == snap.files[*i]);
    for (i, page) in fresh {
        problems.extend(page.problems);
        if let Some(o) = page.output {
            replaced.insert(o.path.clone(), o);
        }
        old_anchors.push((i, std::mem::replace(&mut snap.anchors[i], page.anchors)));
    }
    // Anchors anywhere may point into the edited pages.
    problems.extend(anchors::check(snap.site.routes(), &snap.anchors));
    // An edit of text moves no file: the edited pages' links by URL, and links to anchors of
    // the edited pages, are all that can break.
    let mut files = links::Files::new(
        snap.result
            .outputs
            .iter()
            .map(|o| replaced.get(&o.path).unwrap_or(o)),
    );
    let edited: HashSet<usize> = affected.iter().copied().collect();
    let new_files = &replaced;
    let to_check = snap.anchors.iter().enumerate().flat_map(|(i, a)| {
        let own = edited.contains(&i);
        a.urls.iter().filter(move |u| {
            own || (u.fragment.is_some()
                && new_files.contains_key(&format!("{}index.html", u.path)))
        })
    });
    problems.extend(links::check_content(to_check, &mut files));
    if problems.has_errors() || !same_files {
        for (index, page) in undo {
            snap.site.linked.parsed.pages[index] = page;
        }
        for (i, data) in old_anchors {
            snap.anchors[i] = data;
        }
        problems.sort();
        return same_files.then_some(Err(problems));
    }
    Some(Ok(replaced))
}
