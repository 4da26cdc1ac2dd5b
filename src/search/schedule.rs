//! How many shards each language is cut into, and when each shard is indexed and each language
//! merged: language by language, the costliest first, a language's shards merged by the thread
//! that indexed its last one while the other threads go on with the next language. The plan
//! changes only the time a build takes, never its bundle. It never decides which pages go in
//! which shard (`mod.rs`) and never indexes or merges anything itself (`indexer.rs`,
//! `merge.rs`).

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use super::{Language, Mode, Page, ShardBundle, indexer, merge, merge_language};
use crate::diagnostic::Diagnostic;

/// (`<html lang>`, shard number from 1).
type Key = (String, usize);

/// A shard to index.
pub(super) struct Job<'s, 'a> {
    pub key: Key,
    pub pages: &'s [&'s Page<'a>],
    /// A rough measure of its work (see `cost` in `mod.rs`).
    pub cost: usize,
}

/// What the jobs are run with.
pub(super) struct Plan<'s, 'a> {
    pub languages: &'s BTreeMap<String, Language<'a>>,
    /// Every shard of every language, indexed now or cached.
    pub shards: &'s BTreeMap<Key, Vec<&'s Page<'a>>>,
    /// Bundles of shards that are not indexed again.
    pub cached: &'s BTreeMap<Key, ShardBundle>,
    /// Languages whose merged index is still current.
    pub merged: &'s BTreeMap<String, Arc<merge::Merged>>,
    pub mode: Mode,
    /// Hand Pagefind every page whole.
    pub whole: bool,
}

/// What a run made: the bundles of the shards it indexed, and the languages it merged.
pub(super) struct Done {
    pub shards: Vec<(Key, ShardBundle)>,
    pub merged: Vec<(String, Arc<merge::Merged>)>,
}

type Merging = Result<(String, merge::Merged), Diagnostic>;

impl Plan<'_, '_> {
    /// Indexes `jobs` and merges every language of more than one shard that has no current
    /// merged index; gives the first failure, in the order of the jobs.
    pub(super) fn run(&self, mut jobs: Vec<Job>) -> Result<Done, Diagnostic> {
        order(&mut jobs);
        let slots: Vec<OnceLock<Result<ShardBundle, Diagnostic>>> =
            jobs.iter().map(|_| OnceLock::new()).collect();
        let at: HashMap<&Key, usize> = jobs.iter().enumerate().map(|(i, j)| (&j.key, i)).collect();
        let mut left: HashMap<&str, AtomicUsize> = HashMap::new();
        for job in &jobs {
            *left.entry(job.key.0.as_str()).or_default().get_mut() += 1;
        }
        let bundle = |key: &Key| match at.get(key) {
            Some(&i) => slots[i].get().and_then(|r| r.as_ref().ok()),
            None => self.cached.get(key),
        };
        let one = |i: &usize| -> Option<Merging> {
            let job = &jobs[*i];
            let _ = slots[*i].set(indexer::index_shard(job.pages, self.mode, self.whole));
            let lang = job.key.0.as_str();
            // The thread that indexed a language's last shard merges it.
            let last = left
                .get(lang)
                .is_some_and(|n| n.fetch_sub(1, Ordering::AcqRel) == 1);
            if last && self.needs_merge(lang) {
                self.merge(lang, &bundle)
            } else {
                None
            }
        };
        let numbers: Vec<usize> = (0..jobs.len()).collect();
        let merged: Vec<Option<Merging>> = if self.mode == Mode::Background {
            indexer::lower_priority();
            numbers.iter().map(one).collect()
        } else {
            indexer::in_parallel(&numbers, one)
        };
        let mut done = Done {
            shards: Vec::with_capacity(jobs.len()),
            merged: Vec::new(),
        };
        for (job, slot) in jobs.iter().zip(slots) {
            if let Some(result) = slot.into_inner() {
                done.shards.push((job.key.clone(), result?));
            }
        }
        for result in merged.into_iter().flatten() {
            let (lang, m) = result?;
            done.merged.push((lang, Arc::new(m)));
        }
        self.merge_the_rest(&mut done)?;
        Ok(done)
    }

    /// Does `lang` need merging: more than one shard, and no current merged index?
    fn needs_merge(&self, lang: &str) -> bool {
        let shards = self.shards.keys().filter(|(l, _)| l == lang).count();
        shards > 1 && !self.merged.contains_key(lang)
    }

    /// Merges the shards of `lang`, or nothing if one of them failed (its error is reported).
    fn merge<'b>(
        &self,
        lang: &str,
        bundle: &impl Fn(&Key) -> Option<&'b ShardBundle>,
    ) -> Option<Merging> {
        let language = self.languages.get(lang)?;
        let bundles: Option<Vec<&ShardBundle>> = self
            .shards
            .range((lang.to_string(), 0)..)
            .take_while(|((l, _), _)| l == lang)
            .map(|(key, _)| bundle(key))
            .collect();
        let bundles = bundles?;
        Some(merge_language(language, &bundles).map(|m| (lang.to_string(), m)))
    }

    /// Merges the languages that need it but had no shard indexed in this run (a cache left
    /// behind by a failed run).
    fn merge_the_rest(&self, done: &mut Done) -> Result<(), Diagnostic> {
        let fresh: BTreeMap<&Key, &ShardBundle> = done.shards.iter().map(|(k, b)| (k, b)).collect();
        let bundle = |key: &Key| fresh.get(key).copied().or_else(|| self.cached.get(key));
        let rest: Vec<&String> = self
            .languages
            .keys()
            .filter(|lang| self.needs_merge(lang) && !done.merged.iter().any(|(l, _)| l == *lang))
            .collect();
        for lang in rest {
            if let Some(result) = self.merge(lang, &bundle) {
                let (lang, m) = result?;
                done.merged.push((lang, Arc::new(m)));
            }
        }
        Ok(())
    }
}

/// Puts jobs language by language, the language with the costliest shards first, and within a
/// language the costliest shard first: a language is merged as soon as its last shard is done,
/// while the next language is indexed, and the shards left at the end are small ones.
fn order(jobs: &mut [Job]) {
    let mut totals: HashMap<String, usize> = HashMap::new();
    for job in jobs.iter() {
        *totals.entry(job.key.0.clone()).or_default() += job.cost;
    }
    jobs.sort_by(|a, b| {
        let (ta, tb) = (totals[&a.key.0], totals[&b.key.0]);
        tb.cmp(&ta)
            .then_with(|| a.key.0.cmp(&b.key.0))
            .then_with(|| b.cost.cmp(&a.cost))
            .then_with(|| a.key.1.cmp(&b.key.1))
    });
}

/// A language, as the plan sees it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Size {
    /// A rough measure of the work of indexing it whole (see `cost` in `mod.rs`).
    pub cost: usize,
    /// The fewest shards it may be cut into (so that each fits in memory).
    pub least: usize,
    /// Whether it may be cut at all (see `Language::mergeable`).
    pub mergeable: bool,
}

/// What cutting a language into shards costs, as a share of indexing it whole: per shard
/// (Pagefind writes and compresses each shard's words, which the merge reads back), and for
/// the merge (reading the shards' words and compressing the merged ones). Measured on the
/// benchmark site (`benches/vs_zola.sh`): 11 Chinese shards took 1.21 times the time of one
/// whole index, 4 shards 1.08 times, and a merge 0.1 to 0.2 times.
const PER_SHARD: f64 = 0.02;
const MERGE: f64 = 0.15;

/// The most shards a language is cut into for the sake of keeping cores busy.
const MOST_SHARDS: usize = 64;

/// How many shards each language is cut into, for `threads` threads: at least `least`, and
/// more while that shortens the build as the plan estimates it (the order of [`order`], each
/// shard on the first free thread, each merge after its language's last shard). On one thread,
/// or with one language per thread of about equal cost, no language is cut for time.
pub(super) fn shard_counts(sizes: &[Size], threads: usize) -> Vec<usize> {
    let mut counts: Vec<usize> = sizes.iter().map(|s| s.least.max(1)).collect();
    if threads <= 1 {
        return counts;
    }
    let mut best = makespan(sizes, &counts, threads);
    loop {
        let mut better: Option<(f64, usize, usize)> = None;
        for (i, size) in sizes.iter().enumerate() {
            if !size.mergeable {
                continue;
            }
            for n in [counts[i] + 1, counts[i] * 2] {
                if n > MOST_SHARDS {
                    continue;
                }
                let mut tried = counts.clone();
                tried[i] = n;
                let time = makespan(sizes, &tried, threads);
                if better.is_none_or(|(t, _, _)| time < t) {
                    better = Some((time, i, n));
                }
            }
        }
        match better {
            // Only a clear gain: the plan's costs are estimates.
            Some((time, i, n)) if time < best * 0.97 => {
                counts[i] = n;
                best = time;
            }
            _ => return counts,
        }
    }
}

/// The time the plan estimates for indexing `sizes` cut into `counts` shards on `threads`
/// threads, in the units of [`Size::cost`].
fn makespan(sizes: &[Size], counts: &[usize], threads: usize) -> f64 {
    let mut languages: Vec<usize> = (0..sizes.len()).collect();
    languages.sort_by(|&a, &b| sizes[b].cost.cmp(&sizes[a].cost).then(a.cmp(&b)));
    let mut free = vec![0.0_f64; threads];
    for i in languages {
        let (cost, n) = (sizes[i].cost as f64, counts[i]);
        let shard = if n > 1 {
            cost / n as f64 + cost * PER_SHARD
        } else {
            cost
        };
        // The thread that ends the language's last shard, and when.
        let mut last = (0, f64::MIN);
        for _ in 0..n {
            let t = earliest(&free);
            free[t] += shard;
            if free[t] >= last.1 {
                last = (t, free[t]);
            }
        }
        if n > 1 {
            free[last.0] += cost * MERGE;
        }
    }
    free.iter().copied().fold(0.0, f64::max)
}

/// The thread that is free first (the first of those).
fn earliest(free: &[f64]) -> usize {
    let mut at = 0;
    for (i, t) in free.iter().enumerate() {
        if *t < free[at] {
            at = i;
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(cost: usize) -> Size {
        Size {
            cost,
            least: 1,
            mergeable: true,
        }
    }

    #[test]
    fn one_thread_cuts_only_for_memory() {
        let sizes = [
            size(100),
            Size {
                least: 3,
                ..size(50)
            },
        ];
        assert_eq!(shard_counts(&sizes, 1), vec![1, 3]);
    }

    #[test]
    fn languages_that_already_share_the_threads_evenly_stay_whole() {
        // The benchmark site on two cores: Chinese about as costly as the other three together.
        let sizes = [size(150), size(39), size(43), size(41)];
        assert_eq!(shard_counts(&sizes, 2), vec![1, 1, 1, 1]);
        let four = [size(10), size(10), size(10), size(10)];
        assert_eq!(shard_counts(&four, 4), vec![1, 1, 1, 1]);
    }

    #[test]
    fn a_language_that_would_leave_threads_idle_is_cut() {
        // One large language and eight threads: cut until every thread has a share.
        let counts = shard_counts(&[size(1000), size(10)], 8);
        assert!(counts[0] >= 7, "{counts:?}");
        // Three equal languages on two threads: whole, one thread would index two of them.
        let counts = shard_counts(&[size(100), size(100), size(100)], 2);
        assert!(counts.iter().any(|&n| n > 1), "{counts:?}");
        let planned = makespan(&[size(100), size(100), size(100)], &counts, 2);
        assert!(planned < 200.0 * 0.9, "{planned}");
    }

    #[test]
    fn jobs_run_language_by_language_the_costliest_first() {
        let pages: Vec<&Page> = Vec::new();
        let job = |lang: &str, number: usize, cost: usize| Job {
            key: (lang.to_string(), number),
            pages: &pages,
            cost,
        };
        let mut jobs = vec![
            job("en", 1, 30),
            job("zh", 1, 20),
            job("zh", 2, 25),
            job("de", 1, 5),
            job("zh", 3, 20),
            job("en", 2, 31),
        ];
        order(&mut jobs);
        let keys: Vec<(&str, usize)> = jobs.iter().map(|j| (j.key.0.as_str(), j.key.1)).collect();
        assert_eq!(
            keys,
            [
                ("zh", 2),
                ("zh", 1),
                ("zh", 3),
                ("en", 2),
                ("en", 1),
                ("de", 1)
            ]
        );
    }

    #[test]
    fn a_merge_waits_for_the_last_shard_of_its_language() {
        // Two shards of 50 (plus their share of the cost of cutting) on two threads, then the
        // merge on one of them.
        let sizes = [size(100)];
        let time = makespan(&sizes, &[2], 2);
        let expected = 50.0 + 100.0 * PER_SHARD + 100.0 * MERGE;
        assert!((time - expected).abs() < 1e-9, "{time} {expected}");
    }

    #[test]
    fn a_language_with_filters_is_never_cut() {
        let sizes = [
            Size {
                mergeable: false,
                ..size(1000)
            },
            size(10),
        ];
        assert_eq!(shard_counts(&sizes, 8)[0], 1);
    }
}
