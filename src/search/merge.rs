//! The shards of a language merged into the index that Pagefind would have written for all its
//! pages at once. Pagefind numbers a language's pages in the order they were added, keeps each
//! page's text in a fragment file named by its hash, and its words, sorted, in chunks of about
//! the same number of positions, listed with the pages in the language's `pf_meta`. All of that
//! is read back from the shards (their fragments are kept as they are), put in the order of
//! the whole language, and cut into chunks and named as Pagefind does (`pagefind/src/index/`,
//! 1.6), and compressed at Pagefind's own level: the result is the same bundle byte for byte,
//! however many shards a language was cut into.
//!
//! Filters and sort orders (`data-pagefind-filter`, `data-pagefind-sort`) are not merged: a
//! language that has any is indexed whole instead ([`Merge::Unsupported`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{Read, Write};
use std::sync::Arc;

use flate2::Compression;
use minicbor::{Decode, Encode};
use rayon::prelude::*;
use sha1::{Digest, Sha1};

/// Pagefind's compression level (gzip's best), kept so that a merged index has the same bytes
/// as one made whole, whatever the number of shards (which depends on the machine's cores).
const LEVEL: u32 = 9;

/// What Pagefind writes before the contents of every compressed file.
const SIGNATURE: &[u8] = b"pagefind_dcd";

/// Pagefind's number of word positions per chunk, which an environment variable may change.
fn chunk_size() -> usize {
    std::env::var("PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20000)
}

// Pagefind's index files (`pagefind/src/index/index_metadata.rs`, `index_words.rs`), encoded
// with the same minicbor derive, so the same bytes.

#[derive(Encode, Decode, Debug)]
struct MetaIndex {
    #[n(0)]
    version: String,
    #[n(1)]
    pages: Vec<MetaPage>,
    #[n(2)]
    index_chunks: Vec<MetaChunk>,
    #[n(3)]
    filters: Vec<MetaFilter>,
    #[n(4)]
    sorts: Vec<MetaSort>,
    #[n(5)]
    meta_fields: Vec<String>,
}

#[derive(Encode, Decode, Debug, Clone)]
struct MetaChunk {
    #[n(0)]
    from: String,
    #[n(1)]
    to: String,
    #[n(2)]
    hash: String,
}

#[derive(Encode, Decode, Debug, Clone)]
struct MetaPage {
    #[n(0)]
    hash: String,
    #[n(1)]
    word_count: u32,
    #[n(2)]
    group_hash: String,
}

#[derive(Encode, Decode, Debug)]
struct MetaFilter {
    #[n(0)]
    filter: String,
    #[n(1)]
    hash: String,
}

#[derive(Encode, Decode, Debug)]
struct MetaSort {
    #[n(0)]
    sort: String,
    #[n(1)]
    pages: Vec<usize>,
}

#[derive(Encode, Decode, Debug)]
struct WordIndex {
    #[n(0)]
    words: Vec<PackedWord>,
}

#[derive(Encode, Decode, Debug, Clone)]
struct PackedWord {
    #[n(0)]
    word: String,
    #[n(1)]
    pages: Vec<PackedPage>,
    #[n(2)]
    additional_variants: Vec<PackedVariant>,
}

#[derive(Encode, Decode, Debug, Clone)]
struct PackedVariant {
    #[n(0)]
    form: String,
    #[n(1)]
    pages: Vec<PackedPage>,
}

#[derive(Encode, Decode, Debug, Clone)]
struct PackedPage {
    #[n(0)]
    page_number: usize,
    #[n(1)]
    locs: Vec<i32>,
    #[n(2)]
    meta_locs: Vec<i32>,
}

/// Files of a bundle: (path below its folder, contents).
type Files = Vec<(String, Arc<[u8]>)>;

/// One shard, as the merge reads it.
pub(super) struct Shard<'a> {
    /// Its files (paths below its bundle folder).
    pub files: &'a [(String, Arc<[u8]>)],
    /// For each page Pagefind indexed from it: the page's place in the whole language.
    pub place: &'a HashMap<String, usize>,
}

/// Why shards were not merged.
#[derive(Debug)]
pub(super) enum Merge {
    /// The language has filters or sort orders.
    Unsupported,
    /// A file of a shard could not be read.
    Unreadable(String),
}

/// The merged bundle of one language: its files (paths below `pagefind/`), without Pagefind's
/// common files, and its `pf_meta` hash and page count for `pagefind-entry.json`.
#[derive(Debug)]
pub(super) struct Merged {
    pub files: Vec<(String, Arc<[u8]>)>,
    pub hash: String,
    pub pages: usize,
}

/// Merges the shards of the language `code`, in the order they were numbered.
pub(super) fn merge(code: &str, shards: &[Shard]) -> Result<Merged, Merge> {
    let metas: Vec<MetaIndex> = shards.iter().map(read_meta).collect::<Result<_, _>>()?;
    if metas
        .iter()
        .any(|m| !m.filters.is_empty() || !m.sorts.is_empty())
    {
        return Err(Merge::Unsupported);
    }
    let pages = pages_in_order(code, shards, &metas)?;
    // (shard, page number in the shard) → page number in the language.
    let mut number: Vec<Vec<usize>> = metas.iter().map(|m| vec![0; m.pages.len()]).collect();
    for (n, page) in pages.iter().enumerate() {
        number[page.shard][page.local] = n;
    }
    let (mut files, meta_pages) = name_fragments(code, &pages);
    let (meta_fields, field_numbers) = meta_fields(&metas);
    let numbers = Numbers {
        page: &number,
        field: &field_numbers,
    };
    let chunks = merge_words(shards, &metas, &numbers)?;
    let mut index_chunks = chunk_ranges(&chunks);
    for (i, (name, bytes)) in encode_chunks(code, chunks).into_iter().enumerate() {
        files.push((format!("index/{name}.pf_index"), Arc::from(bytes)));
        index_chunks[i].hash = name;
    }
    let version = metas.first().map(|m| m.version.clone()).unwrap_or_default();
    let meta = encode(&MetaIndex {
        version,
        pages: meta_pages,
        index_chunks,
        filters: Vec::new(),
        sorts: Vec::new(),
        meta_fields,
    });
    let hash = format!("{code}_{}", &full_hash(&meta)[..=code.len() + 7]);
    files.push((format!("pagefind.{hash}.pf_meta"), Arc::from(zip(&meta))));
    Ok(Merged {
        files,
        hash,
        pages: pages.len(),
    })
}

/// The `pf_meta` of a shard.
fn read_meta(shard: &Shard) -> Result<MetaIndex, Merge> {
    let (_, bytes) = shard
        .files
        .iter()
        .find(|(name, _)| name.ends_with(".pf_meta"))
        .ok_or_else(|| Merge::Unreadable("no pf_meta".into()))?;
    decode::<MetaIndex>(bytes)
}

/// Every shard's pages, in the order of the whole language.
fn pages_in_order(
    code: &str,
    shards: &[Shard],
    metas: &[MetaIndex],
) -> Result<Vec<PageRef>, Merge> {
    let mut pages: Vec<PageRef> = Vec::new();
    for (s, (shard, meta)) in shards.iter().zip(metas).enumerate() {
        let files: HashMap<&str, &Arc<[u8]>> = shard
            .files
            .iter()
            .map(|(name, bytes)| (name.as_str(), bytes))
            .collect();
        for (local, page) in meta.pages.iter().enumerate() {
            let name = format!("fragment/{}.pf_fragment", page.hash);
            let bytes = files
                .get(name.as_str())
                .ok_or_else(|| Merge::Unreadable(format!("no {name}")))?;
            let json = unzip(bytes)?;
            let url = fragment_url(&json)?;
            let place = *shard.place.get(&url).ok_or_else(|| {
                Merge::Unreadable(format!("a page Pagefind was not given: {url}"))
            })?;
            pages.push(PageRef {
                place,
                shard: s,
                local,
                full_hash: format!("{code}_{}", full_hash(&json)),
                word_count: page.word_count,
                fragment: Arc::clone(bytes),
            });
        }
    }
    pages.sort_by_key(|p| p.place);
    Ok(pages)
}

/// The fragment files of `pages` and their entries in `pf_meta`. Fragments keep their bytes;
/// their names are the shortest unclaimed prefixes of their hashes, claimed in page order, as
/// Pagefind names them.
fn name_fragments(code: &str, pages: &[PageRef]) -> (Files, Vec<MetaPage>) {
    let mut files = Vec::with_capacity(pages.len());
    let mut claimed: BTreeSet<String> = BTreeSet::new();
    let mut meta_pages = Vec::with_capacity(pages.len());
    for page in pages {
        let mut len = code.len() + 8;
        while claimed.contains(&page.full_hash[..len]) && len < page.full_hash.len() {
            len += 1;
        }
        let name = page.full_hash[..len].to_string();
        claimed.insert(name.clone());
        files.push((
            format!("fragment/{name}.pf_fragment"),
            Arc::clone(&page.fragment),
        ));
        meta_pages.push(MetaPage {
            hash: name,
            word_count: page.word_count,
            group_hash: String::new(),
        });
    }
    (files, meta_pages)
}

/// Metadata fields: every shard's, sorted; and for each shard, its field numbers mapped to
/// them.
fn meta_fields(metas: &[MetaIndex]) -> (Vec<String>, Vec<Vec<i32>>) {
    let fields: Vec<String> = metas
        .iter()
        .flat_map(|m| m.meta_fields.iter().cloned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let numbers = metas
        .iter()
        .map(|m| {
            m.meta_fields
                .iter()
                .map(|f| fields.iter().position(|g| g == f).unwrap_or(0) as i32)
                .collect()
        })
        .collect();
    (fields, numbers)
}

/// How the numbers of each shard map to those of the language.
struct Numbers<'a> {
    /// (shard, page number in the shard) → page number in the language.
    page: &'a [Vec<usize>],
    /// (shard, metadata field number in the shard) → field number in the language.
    field: &'a [Vec<i32>],
}

/// The shards' sorted words merged word by word, cut into chunks as Pagefind does (a chunk
/// ends after the word that brings it to [`chunk_size`] positions).
fn merge_words(
    shards: &[Shard],
    metas: &[MetaIndex],
    numbers: &Numbers,
) -> Result<Vec<Vec<PackedWord>>, Merge> {
    let mut streams: Vec<WordStream> = shards
        .iter()
        .zip(metas)
        .map(|(shard, meta)| WordStream::new(shard, meta))
        .collect();
    let size = chunk_size();
    let mut chunks: Vec<Vec<PackedWord>> = Vec::new();
    let mut chunk: Vec<PackedWord> = Vec::new();
    let mut chunk_positions = 0;
    while let Some(word) = next_word(&mut streams)? {
        let mut parts: Vec<(usize, PackedWord)> = Vec::new();
        for (s, stream) in streams.iter_mut().enumerate() {
            if stream.peek()?.is_some_and(|w| w.word == word) {
                parts.push((s, stream.take()));
            }
        }
        let merged = merge_word(word, parts, numbers);
        chunk_positions += merged
            .pages
            .iter()
            .chain(merged.additional_variants.iter().flat_map(|v| &v.pages))
            .map(|p| p.locs.len() + p.meta_locs.len() + 1)
            .sum::<usize>()
            + merged.additional_variants.len();
        chunk.push(merged);
        if chunk_positions >= size {
            chunks.push(std::mem::take(&mut chunk));
            chunk_positions = 0;
        }
    }
    if !chunk.is_empty() {
        chunks.push(chunk);
    }
    Ok(chunks)
}

/// The smallest word any stream has next.
fn next_word(streams: &mut [WordStream]) -> Result<Option<String>, Merge> {
    let mut next: Option<&str> = None;
    for stream in streams.iter_mut() {
        if let Some(word) = stream.peek()?
            && next.is_none_or(|n| word.word.as_str() < n)
        {
            next = Some(word.word.as_str());
        }
    }
    Ok(next.map(str::to_string))
}

/// Each chunk encoded (page numbers as differences) and compressed, in parallel; named in
/// order, a longer prefix of its hash where a shorter one is taken: (name, bytes).
fn encode_chunks(code: &str, chunks: Vec<Vec<PackedWord>>) -> Vec<(String, Vec<u8>)> {
    let encoded: Vec<(Vec<u8>, String)> = chunks
        .into_par_iter()
        .map(|mut words| {
            for word in &mut words {
                deltas(&mut word.pages);
                for variant in &mut word.additional_variants {
                    deltas(&mut variant.pages);
                }
            }
            let bytes = encode(&WordIndex { words });
            let hash = format!("{code}_{}", full_hash(&bytes));
            (zip(&bytes), hash)
        })
        .collect();
    let mut names: BTreeSet<String> = BTreeSet::new();
    encoded
        .into_iter()
        .map(|(bytes, hash)| {
            // Pagefind lengthens a chunk's name two characters at a time.
            let mut len = code.len() + 8;
            while names.contains(&hash[..len]) && len < hash.len() {
                len = (len + 2).min(hash.len());
            }
            let name = hash[..len].to_string();
            names.insert(name.clone());
            (name, bytes)
        })
        .collect()
}

/// A page of a shard, as the merge places it.
struct PageRef {
    /// Its place in the whole language.
    place: usize,
    shard: usize,
    /// Its page number in its shard.
    local: usize,
    /// `<language>_<sha1 of its fragment>`.
    full_hash: String,
    word_count: u32,
    fragment: Arc<[u8]>,
}

/// The words of one shard, in order, read one chunk at a time.
struct WordStream<'a> {
    files: HashMap<&'a str, &'a Arc<[u8]>>,
    chunks: std::vec::IntoIter<String>,
    words: std::iter::Peekable<std::vec::IntoIter<PackedWord>>,
}

impl<'a> WordStream<'a> {
    fn new(shard: &'a Shard, meta: &MetaIndex) -> WordStream<'a> {
        WordStream {
            files: shard
                .files
                .iter()
                .map(|(name, bytes)| (name.as_str(), bytes))
                .collect(),
            chunks: meta
                .index_chunks
                .iter()
                .map(|c| c.hash.clone())
                .collect::<Vec<_>>()
                .into_iter(),
            words: Vec::new().into_iter().peekable(),
        }
    }

    /// The next word, reading the next chunk when this one is done.
    fn peek(&mut self) -> Result<Option<&PackedWord>, Merge> {
        while self.words.peek().is_none() {
            let Some(hash) = self.chunks.next() else {
                return Ok(None);
            };
            let name = format!("index/{hash}.pf_index");
            let bytes = self
                .files
                .get(name.as_str())
                .ok_or_else(|| Merge::Unreadable(format!("no {name}")))?;
            let index: WordIndex = decode(bytes)?;
            self.words = index.words.into_iter().peekable();
        }
        Ok(self.words.peek())
    }

    fn take(&mut self) -> PackedWord {
        self.words.next().expect("peeked")
    }
}

/// One word from several shards (each with page numbers as differences, in its own numbering
/// and field numbers): page numbers of the language, pages in order, variants in the order
/// Pagefind met them (by the first page that has them, then as that page listed them).
fn merge_word(word: String, parts: Vec<(usize, PackedWord)>, numbers: &Numbers) -> PackedWord {
    let renumber = |shard: usize, pages: Vec<PackedPage>, into: &mut Vec<PackedPage>| {
        let mut local = 0;
        for mut page in pages {
            local += page.page_number;
            page.page_number = numbers.page[shard][local];
            for loc in &mut page.meta_locs {
                if *loc < 0 {
                    let field = (-*loc - 1) as usize;
                    *loc = -numbers.field[shard].get(field).copied().unwrap_or(0) - 1;
                }
            }
            into.push(page);
        }
    };
    let mut pages = Vec::new();
    // form → (pages, (first page, place in its shard's list))
    let mut variants: BTreeMap<String, (Vec<PackedPage>, (usize, usize))> = BTreeMap::new();
    for (shard, part) in parts {
        renumber(shard, part.pages, &mut pages);
        for (i, variant) in part.additional_variants.into_iter().enumerate() {
            let mut renumbered = Vec::new();
            renumber(shard, variant.pages, &mut renumbered);
            let first = renumbered.first().map_or(usize::MAX, |p| p.page_number);
            let entry = variants
                .entry(variant.form)
                .or_insert_with(|| (Vec::new(), (first, i)));
            if first < entry.1.0 {
                entry.1 = (first, i);
            }
            entry.0.extend(renumbered);
        }
    }
    pages.sort_by_key(|p| p.page_number);
    let mut variants: Vec<(String, Vec<PackedPage>, (usize, usize))> = variants
        .into_iter()
        .map(|(form, (pages, first))| (form, pages, first))
        .collect();
    variants.sort_by_key(|(_, _, first)| *first);
    PackedWord {
        word,
        pages,
        additional_variants: variants
            .into_iter()
            .map(|(form, mut pages, _)| {
                pages.sort_by_key(|p| p.page_number);
                PackedVariant { form, pages }
            })
            .collect(),
    }
}

/// Page numbers as differences from the one before, as Pagefind stores them.
fn deltas(pages: &mut [PackedPage]) {
    let mut last = 0;
    for page in pages {
        let n = page.page_number;
        page.page_number = n - last;
        last = n;
    }
}

/// The word range of each chunk, each end trimmed to the shortest prefix that still tells it
/// from the neighbouring chunk (Pagefind's `chunk_meta`).
fn chunk_ranges(chunks: &[Vec<PackedWord>]) -> Vec<MetaChunk> {
    let mut ranges: Vec<MetaChunk> = chunks
        .iter()
        .map(|chunk| MetaChunk {
            from: chunk.first().map_or(String::new(), |w| w.word.clone()),
            to: chunk.last().map_or(String::new(), |w| w.word.clone()),
            hash: String::new(),
        })
        .collect();
    for i in 1..ranges.len() {
        let (a, b) = prefixes(&ranges[i - 1].to, &ranges[i].from);
        if a >= ranges[i - 1].from {
            ranges[i - 1].to = a;
        }
        ranges[i].from = b;
    }
    ranges
}

/// The common prefix of two words plus one character of each (Pagefind's `get_prefixes`).
fn prefixes(a: &str, b: &str) -> (String, String) {
    let common = b.chars().zip(a.chars()).take_while(|(x, y)| x == y).count();
    (
        a.chars().take(common + 1).collect(),
        b.chars().take(common + 1).collect(),
    )
}

/// The SHA-1 of `bytes` in hexadecimal as Pagefind writes it (without leading zeros per byte).
fn full_hash(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut hex = String::with_capacity(40);
    for b in Sha1::digest(bytes) {
        let _ = write!(hex, "{b:x}");
    }
    hex
}

/// The `url` of a fragment (Pagefind's JSON of a page).
fn fragment_url(json: &[u8]) -> Result<String, Merge> {
    #[derive(serde::Deserialize)]
    struct Fragment {
        url: String,
    }
    serde_json::from_slice::<Fragment>(json)
        .map(|f| f.url)
        .map_err(|e| Merge::Unreadable(format!("a fragment: {e}")))
}

fn encode<T: Encode<()>>(value: &T) -> Vec<u8> {
    let mut bytes = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = minicbor::encode(value, &mut bytes);
    bytes
}

fn decode<T: for<'b> Decode<'b, ()>>(compressed: &[u8]) -> Result<T, Merge> {
    let bytes = unzip(compressed)?;
    minicbor::decode(&bytes).map_err(|e| Merge::Unreadable(e.to_string()))
}

/// A Pagefind file's contents: gunzipped, without the signature.
fn unzip(compressed: &[u8]) -> Result<Vec<u8>, Merge> {
    let mut bytes = Vec::with_capacity(compressed.len() * 3);
    flate2::read::GzDecoder::new(compressed)
        .read_to_end(&mut bytes)
        .map_err(|e| Merge::Unreadable(e.to_string()))?;
    if !bytes.starts_with(SIGNATURE) {
        return Err(Merge::Unreadable("no pagefind_dcd signature".into()));
    }
    bytes.drain(..SIGNATURE.len());
    Ok(bytes)
}

/// Compresses as Pagefind's `write` does (the signature, then the contents).
fn zip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), Compression::new(LEVEL));
    // Writing to a Vec cannot fail.
    let _ = gz.write_all(SIGNATURE);
    let _ = gz.write_all(bytes);
    gz.finish().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_as_pagefind_does() {
        // Bytes below 0x10 lose their leading zero, as in Pagefind's `{:x?}`.
        let hash = full_hash(b"abc");
        assert_eq!(hash, "a9993e36476816aba3e25717850c26c9cd0d89d");
        assert_eq!(full_hash(b""), "da39a3ee5e6b4bd3255bfef95601890afd879");
    }

    #[test]
    fn trims_chunk_ranges_as_pagefind_does() {
        let word = |w: &str| PackedWord {
            word: w.into(),
            pages: vec![],
            additional_variants: vec![],
        };
        let chunks = vec![
            vec![word("apple")],
            vec![word("apricot"), word("banana")],
            vec![word("peach")],
        ];
        let ranges: Vec<(String, String)> = chunk_ranges(&chunks)
            .into_iter()
            .map(|c| (c.from, c.to))
            .collect();
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            ranges,
            vec![pair("apple", "apple"), pair("apr", "b"), pair("p", "peach")]
        );
        assert_eq!(prefixes("cath", "cathartic"), pair("cath", "catha"));
    }
}
