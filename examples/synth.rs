//! Synthetic-site generator for benchmarking `letterpress`.
//!
//! ```text
//! cargo run --release --example synth -- --articles 2500 --out DIR [--seed 42]
//! ```
//!
//! Writes a complete multilingual site into `DIR`:
//!
//! - `DIR/site.yaml` with four languages (zh, en, de, da);
//! - `DIR/locales/`, a copy of the crate's `locales/` directory (if present),
//!   leaving out any `letters` subfolder;
//! - `DIR/content/<lang>/`, a home page, ten sections (`section-01` to
//!   `section-10`) and `--articles` articles per language. Translations share
//!   the same path, so article `section-03/article-00042.md` exists in every
//!   language.
//!
//! Every article has YAML front matter (`title`, `description`, `slug`,
//! `date`, `weight`, `tags`) and a Markdown body of 600–900 words (1,000–1,600
//! characters for Chinese). The body has headings, paragraphs, lists, a table,
//! emphasis and 2–4 relative links to other articles (fewer when the site has
//! fewer than five articles). In one article out of five, the first link
//! points to the localized `## Overview` heading that opens every article.
//!
//! The generator only uses the standard library and a small xorshift PRNG, so
//! the same arguments always produce byte-identical output. It owns
//! `DIR/content`, `DIR/locales` and `DIR/site.yaml`: the two directories are
//! deleted and rebuilt on every run, and nothing else in `DIR` is touched.

use std::ffi::OsString;
use std::fs;
use std::io;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: synth --articles N --out DIR [--seed SEED]";

const HELP: &str = "\
synth: write a synthetic multilingual letterpress site for benchmarking

usage: synth --articles N --out DIR [--seed SEED]

options:
  --articles N   articles per language (1 to 99999)
  --out DIR      output directory (DIR/content and DIR/locales are replaced)
  --seed SEED    seed for the random generator (default 42)
  -h, --help     print this help";

const SITE_YAML: &str = "\
base_url: https://example.org/synth/
default_language: en
theme: default
languages:
  zh:
    name: 中文
  en:
    name: English
  de:
    name: Deutsch
  da:
    name: Dansk
";

const SECTIONS: usize = 10;
const MAX_ARTICLES: usize = 99_999;
const DEFAULT_SEED: u64 = 42;
/// Days since 1970-01-01 of 2019-01-01, the earliest article date.
const FIRST_DAY: i64 = 17_897;
/// Article dates are spread over roughly six years.
const DAY_SPAN: usize = 6 * 365;

fn main() -> ExitCode {
    let options = match parse_args(std::env::args_os().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match generate(&options) {
        Ok(()) => {
            println!(
                "wrote {} articles in {} languages to {}",
                options.articles,
                LANGS.len(),
                options.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

struct Options {
    articles: usize,
    out: PathBuf,
    seed: u64,
}

/// Parses the arguments; `Ok(None)` means help was requested.
fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Option<Options>, String> {
    let mut articles = None;
    let mut out = None;
    let mut seed = None;
    let mut args = args.into_iter();

    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else {
            return Err(format!("unexpected argument '{}'", arg.to_string_lossy()));
        };
        if arg == "-h" || arg == "--help" {
            return Ok(None);
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(OsString::from(value))),
            _ => (arg, None),
        };
        let slot = match flag {
            "--articles" => &mut articles,
            "--out" => &mut out,
            "--seed" => &mut seed,
            _ => return Err(format!("unexpected argument '{arg}'")),
        };
        if slot.is_some() {
            return Err(format!("{flag} given more than once"));
        }
        match inline.or_else(|| args.next()) {
            Some(value) if !value.is_empty() && !value.to_string_lossy().starts_with("--") => {
                *slot = Some(value);
            }
            _ => return Err(format!("{flag} requires a value")),
        }
    }

    let articles = articles.ok_or("missing required option --articles")?;
    let articles = articles
        .to_str()
        .and_then(|value| value.parse::<usize>().ok())
        .filter(|count| (1..=MAX_ARTICLES).contains(count))
        .ok_or_else(|| {
            format!(
                "invalid value '{}' for --articles: expected a whole number from 1 to {MAX_ARTICLES}",
                articles.to_string_lossy()
            )
        })?;
    let out = PathBuf::from(out.ok_or("missing required option --out")?);
    let seed = match seed {
        None => DEFAULT_SEED,
        Some(value) => value
            .to_str()
            .and_then(|value| value.parse::<u64>().ok())
            .ok_or_else(|| {
                format!(
                    "invalid value '{}' for --seed: expected a non-negative whole number",
                    value.to_string_lossy()
                )
            })?,
    };
    Ok(Some(Options {
        articles,
        out,
        seed,
    }))
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

/// Adds the failing operation and path to an I/O error.
trait Context<T> {
    fn context(self, action: &str, path: &Path) -> Result<T, String>;
}

impl<T> Context<T> for io::Result<T> {
    fn context(self, action: &str, path: &Path) -> Result<T, String> {
        self.map_err(|err| format!("cannot {action} {}: {err}", path.display()))
    }
}

fn generate(options: &Options) -> Result<(), String> {
    let out = &options.out;
    fs::create_dir_all(out).context("create directory", out)?;

    // Refuse to replace the crate's own `content/` and `locales/`.
    let crate_root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if fs::canonicalize(out).ok() == fs::canonicalize(crate_root).ok() {
        return Err(format!(
            "refusing to write into the crate root {}; choose another --out directory",
            out.display()
        ));
    }

    for owned in ["content", "locales"] {
        let path = out.join(owned);
        if path.exists() {
            fs::remove_dir_all(&path).context("remove", &path)?;
        }
    }

    let site = out.join("site.yaml");
    fs::write(&site, SITE_YAML).context("write", &site)?;

    let locales = crate_root.join("locales");
    if locales.is_dir() {
        copy_locales(&locales, &out.join("locales"))?;
    }

    let plans = plan_articles(options.articles, options.seed);
    for (lang_index, lang) in LANGS.iter().enumerate() {
        write_language(out, lang, lang_index, &plans, options.seed)?;
    }
    Ok(())
}

/// Copies `src` to `dst` recursively, skipping directories named `letters`.
fn copy_locales(src: &Path, dst: &Path) -> Result<(), String> {
    fs::create_dir_all(dst).context("create directory", dst)?;
    for entry in fs::read_dir(src).context("read directory", src)? {
        let entry = entry.context("read directory", src)?;
        let from = entry.path();
        let to = dst.join(entry.file_name());
        if fs::metadata(&from).context("read", &from)?.is_dir() {
            if entry.file_name() != "letters" {
                copy_locales(&from, &to)?;
            }
        } else {
            fs::copy(&from, &to).context("copy", &from)?;
        }
    }
    Ok(())
}

fn write_language(
    out: &Path,
    lang: &Lang,
    lang_index: usize,
    plans: &[Plan],
    seed: u64,
) -> Result<(), String> {
    let root = out.join("content").join(lang.code);
    fs::create_dir_all(&root).context("create directory", &root)?;
    write_file(
        &root.join("_index.md"),
        &format!(
            "---\ntitle: {}\ndescription: {}\n---\n",
            yaml_string(lang.home_title),
            yaml_string(lang.home_description)
        ),
    )?;

    for (index, title) in lang.sections.iter().enumerate() {
        let dir = root.join(section_dir(index + 1));
        fs::create_dir_all(&dir).context("create directory", &dir)?;
        let description = lang.section_description.replace("{section}", title);
        write_file(
            &dir.join("_index.md"),
            &format!(
                "---\ntitle: {}\ndescription: {}\nweight: {}\n---\n",
                yaml_string(title),
                yaml_string(&description),
                index + 1
            ),
        )?;
    }

    for plan in plans {
        let path = root
            .join(section_dir(plan.section))
            .join(article_file(plan.number));
        let mut rng = Rng::derive(seed, &[lang_index as u64, plan.number as u64]);
        write_file(&path, &render_article(lang, plan, plans, &mut rng))?;
    }
    Ok(())
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).context("write", path)
}

fn section_dir(section: usize) -> String {
    format!("section-{section:02}")
}

fn article_file(number: usize) -> String {
    format!("article-{number:05}.md")
}

/// Quotes a string as a YAML double-quoted scalar.
fn yaml_string(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

// ---------------------------------------------------------------------------
// Random numbers
// ---------------------------------------------------------------------------

/// A tiny xorshift64* generator; deterministic on every platform.
struct Rng(u64);

impl Rng {
    /// Creates a generator for one stream, identified by `seed` and `keys`.
    fn derive(seed: u64, keys: &[u64]) -> Self {
        let state = keys
            .iter()
            .fold(splitmix64(seed), |state, &key| splitmix64(state ^ key));
        // xorshift must never reach the all-zero state.
        Rng(state.max(1))
    }

    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`; `n` must be positive.
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }

    /// Between `counts.start()` and `counts.end()` distinct numbers from
    /// `0..n`, in random order.
    fn sample(&mut self, n: usize, counts: RangeInclusive<usize>) -> Vec<usize> {
        let count = self.between(*counts.start(), *counts.end());
        let mut all: Vec<usize> = (0..n).collect();
        self.shuffle(&mut all);
        all.truncate(count);
        all
    }

    /// Like [`Rng::sample`], but in ascending order.
    fn sample_sorted(&mut self, n: usize, counts: RangeInclusive<usize>) -> Vec<usize> {
        let mut picked = self.sample(n, counts);
        picked.sort_unstable();
        picked
    }
}

fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

// ---------------------------------------------------------------------------
// Article plans (shared by all translations of an article)
// ---------------------------------------------------------------------------

/// The language-independent skeleton of an article, so that translations
/// share topic, date, structure and links.
struct Plan {
    /// 1-based article number, also used in the file name.
    number: usize,
    /// 1-based section number.
    section: usize,
    weight: usize,
    topic: usize,
    title: usize,
    description: usize,
    days: i64,
    /// A tag matching the topic, then another one (indices into `tags`).
    tags: [usize; 2],
    /// Headings of the sections after the overview (indices into `headings`).
    headings: Vec<usize>,
    /// `(section, subheading)` pairs; section 0 is the overview.
    subheadings: Vec<(usize, usize)>,
    bullets: Vec<usize>,
    bullets_at: usize,
    steps: Vec<usize>,
    steps_at: usize,
    rows: Vec<usize>,
    table_at: usize,
    links: Vec<Link>,
}

struct Link {
    /// Index of the target in the plan list.
    target: usize,
    /// Whether the link points to the target's overview heading.
    anchor: bool,
}

fn plan_articles(count: usize, seed: u64) -> Vec<Plan> {
    let mut per_section = [0; SECTIONS];
    (0..count)
        .map(|index| {
            let mut rng = Rng::derive(seed, &[u64::MAX, index as u64]);
            let section = index * SECTIONS / count + 1;
            per_section[section - 1] += 1;

            let headings = rng.sample(HEADINGS, 2..=4);
            let sections = headings.len() + 1;
            let subheadings = rng
                .sample(sections, 1..=2)
                .into_iter()
                .zip(rng.sample(SUBHEADINGS, 2..=2))
                .collect();

            let mut links: Vec<Link> = Vec::new();
            let wanted = rng.between(2, 4).min(count - 1);
            while links.len() < wanted {
                let target = rng.below(count);
                if target != index && links.iter().all(|link| link.target != target) {
                    links.push(Link {
                        target,
                        anchor: false,
                    });
                }
            }
            // One article in five links to the overview heading of its first target.
            let anchored = rng.below(5) == 0;
            if let Some(link) = links.first_mut() {
                link.anchor = anchored;
            }

            let topic = rng.below(TOPICS);
            let topic_tag = TOPIC_TAGS[topic];
            let other_tag = (topic_tag + rng.between(1, TAGS - 1)) % TAGS;

            Plan {
                number: index + 1,
                section,
                weight: per_section[section - 1],
                topic,
                title: rng.below(TITLES),
                description: rng.below(DESCRIPTIONS),
                days: FIRST_DAY + rng.below(DAY_SPAN) as i64,
                tags: [topic_tag, other_tag],
                headings,
                subheadings,
                bullets: rng.sample_sorted(BULLETS, 3..=5),
                bullets_at: rng.below(sections),
                steps: rng.sample_sorted(STEPS, 3..=5),
                steps_at: rng.below(sections),
                rows: rng.sample_sorted(ROWS, 3..=4),
                table_at: rng.below(sections),
                links,
            }
        })
        .collect()
}

/// Converts days since 1970-01-01 to `YYYY-MM-DD` (proleptic Gregorian).
fn format_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

enum Block<'a> {
    Heading(usize, &'a str),
    Paragraph(usize),
    Raw(String),
}

fn title_of(lang: &Lang, plan: &Plan) -> String {
    let topic = lang.topics[plan.topic].name;
    capitalize(&lang.titles[plan.title].replace("{topic}", topic))
}

fn slug_of(lang: &Lang, plan: &Plan) -> String {
    match lang.topics[plan.topic].slug {
        "" => format!("{}-{}", lang.slug_prefix, plan.number),
        slug => format!("{}-{}-{slug}", lang.slug_prefix, plan.number),
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Words for alphabetic scripts, Han characters for Chinese.
fn measure(lang: &Lang, text: &str) -> usize {
    if lang.han {
        text.chars()
            .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
            .count()
    } else {
        text.split_whitespace()
            .filter(|word| word.chars().any(char::is_alphanumeric))
            .count()
    }
}

fn render_article(lang: &Lang, plan: &Plan, plans: &[Plan], rng: &mut Rng) -> String {
    let topic = lang.topics[plan.topic].name;
    let tags: Vec<String> = plan
        .tags
        .iter()
        .map(|&tag| format!("  - {}\n", lang.tags[tag]))
        .collect();
    let mut text = format!(
        "---\ntitle: {}\ndescription: {}\nslug: {}\ndate: {}\nweight: {}\ntags:\n{}---\n\n",
        yaml_string(&title_of(lang, plan)),
        yaml_string(&lang.descriptions[plan.description].replace("{topic}", topic)),
        slug_of(lang, plan),
        format_date(plan.days),
        plan.weight,
        tags.concat(),
    );

    // Skeleton: headings, fixed blocks and empty paragraph slots.
    let mut blocks = Vec::new();
    let mut slots = 0;
    let mut paragraph = |blocks: &mut Vec<Block>| {
        blocks.push(Block::Paragraph(slots));
        slots += 1;
    };
    for section in 0..=plan.headings.len() {
        let heading = match section {
            0 => lang.overview,
            _ => lang.headings[plan.headings[section - 1]],
        };
        blocks.push(Block::Heading(2, heading));
        paragraph(&mut blocks);
        for &(_, sub) in plan.subheadings.iter().filter(|(at, _)| *at == section) {
            blocks.push(Block::Heading(3, lang.subheadings[sub]));
            paragraph(&mut blocks);
        }
        if plan.bullets_at == section {
            blocks.push(Block::Raw(bullet_list(lang, plan)));
        }
        if plan.steps_at == section {
            blocks.push(Block::Raw(numbered_list(lang, plan)));
        }
        if plan.table_at == section {
            blocks.push(Block::Raw(table(lang, plan)));
        }
        paragraph(&mut blocks);
    }

    // Sentences that must appear once: emphasis, strong, quotes and links.
    let mut special = vec![
        rng.pick(&lang.emphasis).to_owned(),
        rng.pick(&lang.strong).to_owned(),
        rng.pick(&lang.quoted).to_owned(),
    ];
    let templates = rng.sample(
        lang.link_templates.len(),
        plan.links.len()..=plan.links.len(),
    );
    special.extend(plan.links.iter().zip(templates).map(|(link, template)| {
        let link = markdown_link(lang, plan, link, plans);
        lang.link_templates[template].replace("{link}", &link)
    }));

    let mut size: usize = blocks
        .iter()
        .map(|block| match block {
            Block::Heading(_, text) => measure(lang, text),
            Block::Raw(text) => measure(lang, text),
            Block::Paragraph(_) => 0,
        })
        .chain(special.iter().map(|sentence| measure(lang, sentence)))
        .sum();

    // Fill the paragraphs round-robin with filler sentences up to the target.
    let (low, high) = lang.body_size;
    let target = rng.between(low, high);
    let mut paragraphs = vec![Vec::new(); slots];
    let mut deck = Deck::new(lang.sentences.len());
    let mut slot = rng.below(slots);
    while size < target || paragraphs.iter().any(Vec::is_empty) {
        let sentence = lang.sentences[deck.draw(rng)];
        size += measure(lang, sentence);
        paragraphs[slot].push(sentence.to_owned());
        slot = (slot + 1) % slots;
    }
    for sentence in special {
        let paragraph = &mut paragraphs[rng.below(slots)];
        let at = rng.below(paragraph.len() + 1);
        paragraph.insert(at, sentence);
    }

    for block in &blocks {
        match block {
            Block::Heading(level, heading) => {
                text.push_str(&"#".repeat(*level));
                text.push(' ');
                text.push_str(heading);
            }
            Block::Paragraph(slot) => text.push_str(&paragraphs[*slot].join(lang.separator)),
            Block::Raw(raw) => text.push_str(raw),
        }
        text.push_str("\n\n");
    }
    text.truncate(text.trim_end().len());
    text.push('\n');
    text
}

fn bullet_list(lang: &Lang, plan: &Plan) -> String {
    let items: Vec<String> = plan
        .bullets
        .iter()
        .map(|&item| format!("- {}", lang.bullets[item]))
        .collect();
    format!("{}\n\n{}", lang.bullets_intro, items.join("\n"))
}

fn numbered_list(lang: &Lang, plan: &Plan) -> String {
    let items: Vec<String> = plan
        .steps
        .iter()
        .enumerate()
        .map(|(position, &step)| format!("{}. {}", position + 1, lang.steps[step]))
        .collect();
    format!("{}\n\n{}", lang.steps_intro, items.join("\n"))
}

fn table(lang: &Lang, plan: &Plan) -> String {
    let row = |cells: &[&str; 3]| format!("| {} |", cells.join(" | "));
    let mut lines = vec![row(&lang.table_header), "| --- | --- | --- |".to_owned()];
    lines.extend(plan.rows.iter().map(|&index| row(&lang.table_rows[index])));
    format!("{}\n\n{}", lang.table_intro, lines.join("\n"))
}

/// A relative link to the target's source file, e.g. `../section-03/article-00042.md`.
fn markdown_link(lang: &Lang, plan: &Plan, link: &Link, plans: &[Plan]) -> String {
    let target = &plans[link.target];
    let mut href = article_file(target.number);
    if target.section != plan.section {
        href = format!("../{}/{href}", section_dir(target.section));
    }
    if link.anchor {
        href.push('#');
        href.push_str(lang.overview_anchor);
    }
    format!("[{}]({href})", title_of(lang, target))
}

/// Draws sentence indices without repetition until the pool is exhausted.
struct Deck {
    order: Vec<usize>,
    next: usize,
}

impl Deck {
    fn new(len: usize) -> Self {
        Deck {
            order: (0..len).collect(),
            next: len,
        }
    }

    fn draw(&mut self, rng: &mut Rng) -> usize {
        if self.next == self.order.len() {
            rng.shuffle(&mut self.order);
            self.next = 0;
        }
        self.next += 1;
        self.order[self.next - 1]
    }
}

// ---------------------------------------------------------------------------
// Language data
// ---------------------------------------------------------------------------

const TOPICS: usize = 10;
const TITLES: usize = 5;
const DESCRIPTIONS: usize = 3;
const TAGS: usize = 10;
/// The tag that matches each topic: offer letter → offer, and so on.
const TOPIC_TAGS: [usize; TOPICS] = [0, 1, 2, 3, 4, 5, 6, 7, 7, 4];
const HEADINGS: usize = 8;
const SUBHEADINGS: usize = 6;
const BULLETS: usize = 8;
const STEPS: usize = 6;
const ROWS: usize = 5;

struct Topic {
    /// Name used in titles and descriptions.
    name: &'static str,
    /// ASCII slug fragment; empty for languages whose slugs omit the topic.
    slug: &'static str,
}

/// Text for one language. Fixed-size arrays are parallel across languages so
/// that translations of an article share their structure.
struct Lang {
    code: &'static str,
    /// Whether the body size is counted in Han characters instead of words.
    han: bool,
    /// Inclusive range for the body size (words or Han characters).
    body_size: (usize, usize),
    /// Joins the sentences of a paragraph.
    separator: &'static str,
    home_title: &'static str,
    home_description: &'static str,
    sections: [&'static str; SECTIONS],
    section_description: &'static str,
    slug_prefix: &'static str,
    topics: [Topic; TOPICS],
    titles: [&'static str; TITLES],
    descriptions: [&'static str; DESCRIPTIONS],
    tags: [&'static str; TAGS],
    overview: &'static str,
    /// Heading id of `overview`: lowercased, spaces to hyphens, no punctuation.
    overview_anchor: &'static str,
    headings: [&'static str; HEADINGS],
    subheadings: [&'static str; SUBHEADINGS],
    bullets_intro: &'static str,
    bullets: [&'static str; BULLETS],
    steps_intro: &'static str,
    steps: [&'static str; STEPS],
    table_intro: &'static str,
    table_header: [&'static str; 3],
    table_rows: [[&'static str; 3]; ROWS],
    emphasis: [&'static str; 3],
    strong: [&'static str; 3],
    quoted: [&'static str; 3],
    link_templates: [&'static str; 4],
    sentences: &'static [&'static str],
}

const fn topic(name: &'static str, slug: &'static str) -> Topic {
    Topic { name, slug }
}

const LANGS: [Lang; 4] = [ZH, EN, DE, DA];

const ZH: Lang = Lang {
    code: "zh",
    han: true,
    body_size: (1_000, 1_350),
    separator: "",
    home_title: "合成职场指南",
    home_description: "一个为基准测试生成的多语言指南，内容涉及录用通知、面试和劳动合同。",
    sections: [
        "求职",
        "申请",
        "面试",
        "录用通知",
        "薪资",
        "合同",
        "福利",
        "入职初期",
        "跳槽",
        "信件与模板",
    ],
    section_description: "{section}：实用建议、示例和清单。",
    slug_prefix: "wenzhang",
    topics: [
        topic("录用通知", ""),
        topic("薪资谈判", ""),
        topic("面试", ""),
        topic("劳动合同", ""),
        topic("离职通知期", ""),
        topic("推荐信", ""),
        topic("试用期", ""),
        topic("求职信", ""),
        topic("拒绝信", ""),
        topic("辞职信", ""),
    ],
    titles: [
        "{topic}完全指南",
        "{topic}常见问题",
        "{topic}：一步一步来",
        "关于{topic}你需要知道的事",
        "{topic}清单",
    ],
    descriptions: [
        "关于{topic}的实用建议，附检查清单和常见错误。",
        "处理{topic}时需要核对、询问和协商的要点。",
        "{topic}简明指南：关键术语、示例和下一步。",
    ],
    tags: [
        "录用",
        "薪资",
        "面试",
        "合同",
        "离职",
        "推荐",
        "试用期",
        "信件",
        "职业",
        "谈判",
    ],
    overview: "概述",
    overview_anchor: "概述",
    headings: [
        "回复之前",
        "仔细阅读细节",
        "薪资与福利",
        "协商条件",
        "签订合同",
        "常见错误",
        "下一步",
        "实用建议",
    ],
    subheadings: [
        "一个例子",
        "小提示",
        "雇主的期望",
        "应该问什么",
        "保留记录",
        "何时等待",
    ],
    bullets_intro: "在接受之前，至少要核对以下几点：",
    bullets: [
        "入职日期和工作时间",
        "税前年薪及发放方式",
        "试用期的长度",
        "双方的通知期",
        "带薪年假天数",
        "奖金或提成方案",
        "社保和公积金的缴纳",
        "是否允许远程办公",
    ],
    steps_intro: "对大多数人来说，下面这个简单的流程就很有效：",
    steps: [
        "仔细阅读整份录用通知，包括小字部分。",
        "把所有疑问都写下来。",
        "将薪资与本地区类似职位进行比较。",
        "礼貌地回复，并要求以书面形式确认任何修改。",
        "在辞去现职之前，先等待修改后的合同。",
        "签名、注明日期，并保留每一页的复印件。",
    ],
    table_intro: "下表总结了需要比较的最重要的条款。",
    table_header: ["项目", "需要核对", "常见情况"],
    table_rows: [
        ["基本工资", "税前还是税后", "按月发放"],
        ["通知期", "双方的期限", "一到三个月"],
        ["试用期", "时长和条件", "一到六个月"],
        ["年假", "带薪天数", "五到十五天"],
        ["社保公积金", "缴纳基数和比例", "按当地规定"],
    ],
    emphasis: [
        "在辞去现职之前，*一定*要先拿到书面的正式录用通知。",
        "你不必当场答复，考虑一两天是*完全*正常的。",
        "请记住，雇主第一次报出的薪资*很少*是最终数字。",
    ],
    strong: [
        "**永远不要签署自己没有完整读过的合同**。",
        "最重要的原则很简单：**所有承诺都要落实在书面上**。",
        "如果有不清楚的地方，**请在签字之前提问**，而不是之后。",
    ],
    quoted: [
        "很多招聘人员只会说\"我们会尽快联系你\"，然后就好几周没有消息。",
        "面试结束时可以问一句\"入职后的前六个月，怎样才算做得好？\"，这通常会给人留下好印象。",
        "如果需要时间考虑，可以简单回复\"谢谢，我会在周五前确认\"，这完全没有问题。",
    ],
    link_templates: [
        "类似的情况可以参考{link}。",
        "我们在{link}中有更详细的介绍。",
        "你也可以阅读{link}。",
        "可以与{link}中的建议对比一下。",
    ],
    sentences: &[
        "录用通知不仅仅是一个数字，它还写明了职位、工作时间以及你所接受的各项条件。",
        "大多数雇主希望在发出录用通知后的几个工作日内收到一份简短而礼貌的回复。",
        "面试之前，再读一遍招聘启事，记下雇主反复提到的技能。",
        "招聘人员通常会先打电话，然后再发送书面录用通知，所以通话时最好做好笔记。",
        "录用通知中的薪资一般是指税前月薪或年薪，并不是实际到手的金额。",
        "如果雇主询问你的期望薪资，请给出一个基于调查而不是猜测的范围。",
        "好的面试回答会描述一个具体情境、你采取的行动以及最终的结果。",
        "很多合同都规定了试用期，在试用期内双方都可以在较短的通知期内解除劳动关系。",
        "可以问一问公司如何进行绩效考核，以及第一次调薪大概在什么时候。",
        "要确认加班是另外支付加班费、安排调休，还是已经包含在工资里。",
        "在签字之前要求查看员工手册是完全正常的做法。",
        "前任直属上司写的推荐信通常比同事或朋友写的更有分量。",
        "谈判时，要强调你能带来的价值，而不是你个人的开销。",
        "额外的年假、培训预算或弹性工作时间，往往比工资更容易谈下来。",
        "把雇主发来的所有邮件和信件保存在同一个文件夹里，方便以后查找。",
        "如果入职日期不合适，可以提出另一个日期，并说明你目前的通知期。",
        "有些公司会发出附条件的录用通知，条件可能包括背景调查、推荐人核实或入职体检。",
        "请仔细阅读保密条款和竞业限制条款，因为它们可能会影响你今后的工作选择。",
        "被拒绝很少是针对个人的，回一封简短的感谢信可以为将来的机会留一扇门。",
        "面试官往往会记住那些就团队和日常工作提出有深度问题的候选人。",
        "准备两三个你引以为豪的项目案例，并练习在几分钟内把它们讲清楚。",
        "根据劳动合同法，用人单位应当自用工之日起一个月内与劳动者订立书面劳动合同。",
        "如果同时收到两份录用通知，要对两家雇主如实说明你的时间安排。",
        "你现在合同中的通知期决定了你实际上最快什么时候能够入职新公司。",
        "辞职信应当简短、友好，并且清楚写明最后一个工作日。",
        "面试时不要批评现在的雇主，即使你离职的理由很充分。",
        "视频面试需要和现场面试一样认真准备，另外还要提前测试摄像头和声音。",
        "如果录用通知的内容与面试时谈好的不一致，要冷静地以书面形式指出差异。",
        "可以问清楚你的直属上级是谁，以及团队有多少人。",
        "求职信最好把你的经历和招聘启事中提到的需求直接对应起来。",
        "行业协会和招聘网站发布的薪酬报告能够反映比较真实的市场行情。",
        "一旦接受了录用通知，就应该尽快告知其他正在联系的公司。",
        "社保、公积金和补充保险的差别，可能让一份较低的工资比另一份较高的工资更划算。",
        "花点时间把整份合同带回家仔细阅读，而不是在办公室里匆忙签字。",
        "大多数合同纠纷都源于一句当时没有人追问的模糊表述。",
        "面试也是你了解这家公司是否值得加入的机会。",
        "面试结束后，发一条简短的信息感谢面试官，并再次表达你对这个职位的兴趣。",
        "如果对某个法律术语不确定，可以咨询当地的劳动仲裁机构或专业律师。",
        "合同中的职位名称应当与你应聘的岗位以及实际承担的工作内容一致。",
        "通勤时间、午休安排和交通补贴这些小细节，一年下来往往比想象中更重要。",
        "试用期的工资一般不得低于转正后工资的百分之八十。",
        "在面试中被问到缺点时，最好说一个真实但正在改进的方面。",
        "收到口头录用后，不要急着辞职，应该先等正式的书面通知。",
        "薪资谈判时，先了解公司的薪酬结构，再决定从哪里入手。",
        "入职前一定要确认五险一金的缴纳基数和开始缴纳的时间。",
    ],
};

const EN: Lang = Lang {
    code: "en",
    han: false,
    body_size: (615, 820),
    separator: " ",
    home_title: "Synthetic career guides",
    home_description: "A synthetic multilingual guide to job offers, interviews and contracts, generated for benchmarks.",
    sections: [
        "Finding a job",
        "Applications",
        "Interviews",
        "Job offers",
        "Salary",
        "Contracts",
        "Benefits",
        "Your first months",
        "Changing jobs",
        "Letters and templates",
    ],
    section_description: "{section}: practical advice, examples and checklists.",
    slug_prefix: "article",
    topics: [
        topic("offer letter", "offer-letter"),
        topic("salary negotiation", "salary-negotiation"),
        topic("job interview", "job-interview"),
        topic("employment contract", "employment-contract"),
        topic("notice period", "notice-period"),
        topic("reference letter", "reference-letter"),
        topic("probation period", "probation-period"),
        topic("cover letter", "cover-letter"),
        topic("rejection letter", "rejection-letter"),
        topic("resignation letter", "resignation-letter"),
    ],
    titles: [
        "{topic} explained",
        "{topic}, step by step",
        "Checklist: {topic}",
        "Getting the {topic} right",
        "Questions and answers: {topic}",
    ],
    descriptions: [
        "Practical advice on the {topic}, with a checklist and common mistakes to avoid.",
        "What to check, ask and negotiate when you deal with the {topic}.",
        "A short guide to the {topic}: key terms, examples and next steps.",
    ],
    tags: [
        "offer",
        "salary",
        "interview",
        "contract",
        "notice",
        "reference",
        "probation",
        "letter",
        "career",
        "negotiation",
    ],
    overview: "Overview",
    overview_anchor: "overview",
    headings: [
        "Before you reply",
        "Reading the details",
        "Salary and benefits",
        "Negotiating terms",
        "Signing the contract",
        "Common mistakes",
        "Next steps",
        "Practical tips",
    ],
    subheadings: [
        "An example",
        "A quick tip",
        "What employers expect",
        "What to ask",
        "Keeping records",
        "When to wait",
    ],
    bullets_intro: "Before you accept, check at least the following points:",
    bullets: [
        "the start date and working hours",
        "the gross annual salary and how it is paid",
        "the length of the probation period",
        "the notice period for both sides",
        "the number of paid holiday days",
        "any bonus or commission scheme",
        "the pension and insurance contributions",
        "whether remote work is allowed",
    ],
    steps_intro: "A simple routine works well for most people:",
    steps: [
        "Read the whole offer carefully, including the small print.",
        "Write down every question you have.",
        "Compare the salary with similar roles in your region.",
        "Reply politely and ask for any changes in writing.",
        "Wait for the revised contract before you resign.",
        "Sign, date and keep a copy of every page.",
    ],
    table_intro: "The table below summarises the most important terms to compare.",
    table_header: ["Item", "What to check", "Typical value"],
    table_rows: [
        ["Base salary", "Gross or net amount", "Monthly"],
        [
            "Notice period",
            "Length for both parties",
            "One to three months",
        ],
        ["Probation", "Duration and terms", "Three to six months"],
        ["Holiday", "Number of paid days", "25 to 30 days"],
        ["Pension", "Employer contribution", "4 to 8 percent"],
    ],
    emphasis: [
        "It is *always* worth asking for the final offer in writing before you resign from your current job.",
        "You do not have to answer on the spot; a day or two to think it over is *completely* normal.",
        "Remember that the first number an employer mentions is *rarely* their final one.",
    ],
    strong: [
        "**Never sign a contract you have not read in full.**",
        "The most important rule is simple: **get every promise in writing**.",
        "If something is unclear, **ask before you sign**, not afterwards.",
    ],
    quoted: [
        "Many recruiters simply say \"we will get back to you soon\" and then stay silent for weeks.",
        "A good question to end an interview with is \"what does success look like in the first six months?\"",
        "If you need time, a short reply such as \"thank you, I will confirm by Friday\" is perfectly fine.",
    ],
    link_templates: [
        "For a related situation, see {link}.",
        "We cover this in more depth in {link}.",
        "You may also want to read {link}.",
        "Compare this with the advice in {link}.",
    ],
    sentences: &[
        "A job offer is more than a number; it describes the role, the working hours and the conditions you agree to.",
        "Most employers expect a short, polite reply within a few working days after they send the offer.",
        "Before the interview, read the job advertisement again and note which skills the employer mentions more than once.",
        "Recruiters often call first and send the written offer later, so take notes during the phone call.",
        "The salary in an offer letter is usually stated as a gross annual amount before tax and other deductions.",
        "If the employer asks about your salary expectations, give a range that is based on research rather than a guess.",
        "A good interview answer describes a concrete situation, what you did about it and what the result was.",
        "Many contracts include a probation period during which either side can end the employment with shorter notice.",
        "Ask how performance is reviewed in the team and when the first salary review is planned.",
        "Check whether overtime is paid, compensated with time off or already included in the salary.",
        "It is perfectly normal to ask for a copy of the employee handbook before you sign anything.",
        "A reference from a former manager usually carries more weight than one from a colleague or a friend.",
        "When you negotiate, focus on the value you bring to the company rather than on your personal expenses.",
        "Benefits such as extra holiday, a training budget or flexible hours are often easier to negotiate than salary.",
        "Keep every email and letter from the employer in one folder so that you can find them again later.",
        "If the proposed start date does not suit you, suggest an alternative and explain your current notice period.",
        "Some companies send a conditional offer that depends on references, a background check or a medical examination.",
        "Read the clauses on confidentiality and non-competition carefully, because they can limit your choice of next job.",
        "A rejection is rarely personal, and a short thank-you note keeps the door open for future vacancies.",
        "Interviewers tend to remember candidates who ask thoughtful questions about the team and the daily work.",
        "Prepare two or three examples of projects you are proud of and practise telling each of them in a few minutes.",
        "In many countries the employment contract should be signed before the first working day.",
        "If you receive two offers at the same time, be honest with both employers about your timeline.",
        "The notice period in your current contract decides how soon you can realistically start a new job.",
        "A resignation letter should be brief and friendly, and it should state your last working day clearly.",
        "Do not criticise your current employer during an interview, even if you are leaving for good reasons.",
        "Video interviews need the same preparation as meetings in person, plus a quick test of your camera and sound.",
        "If the offer differs from what was agreed in the interview, point out the difference calmly and in writing.",
        "Ask who you will report to, how many people work in the team and how the work is usually shared.",
        "A cover letter works best when it links your experience directly to the needs described in the advertisement.",
        "Salary surveys from unions and professional associations give a realistic picture of what the market pays.",
        "Once you have accepted an offer, tell the other companies you have been talking to as soon as possible.",
        "Pension contributions and insurance can make a lower salary worth more than a higher one somewhere else.",
        "Take the time to read the whole contract at home instead of signing it in a hurry at the office.",
        "Most disagreements about contracts start with a vague sentence that nobody questioned at the time.",
        "An interview is also your chance to find out whether the company is a place where you actually want to work.",
        "After the interview, send a short message that thanks the interviewers and repeats your interest in the role.",
        "If you are unsure about a legal term, ask a union representative or a lawyer who specialises in employment law.",
        "The job title in the contract should match the role you applied for and the tasks you will actually do.",
        "Small details like parking, lunch breaks and travel costs matter more over a whole year than most people expect.",
        "A verbal offer is a good sign, but it is not a contract, so do not hand in your notice until you have the paperwork.",
        "When you are asked about a weakness, describe a real one and explain what you are doing to improve it.",
    ],
};

const DE: Lang = Lang {
    code: "de",
    han: false,
    body_size: (615, 820),
    separator: " ",
    home_title: "Synthetische Karriere-Ratgeber",
    home_description: "Ein synthetischer mehrsprachiger Ratgeber zu Jobangeboten, Vorstellungsgesprächen und Verträgen, erzeugt für Benchmarks.",
    sections: [
        "Jobsuche",
        "Bewerbungen",
        "Vorstellungsgespräche",
        "Jobangebote",
        "Gehalt",
        "Verträge",
        "Zusatzleistungen",
        "Die ersten Monate",
        "Jobwechsel",
        "Briefe und Vorlagen",
    ],
    section_description: "{section}: praktische Tipps, Beispiele und Checklisten.",
    slug_prefix: "artikel",
    topics: [
        topic("Angebot", "angebot"),
        topic("Gehaltsverhandlung", "gehaltsverhandlung"),
        topic("Vorstellungsgespräch", "vorstellungsgespraech"),
        topic("Arbeitsvertrag", "arbeitsvertrag"),
        topic("Kündigungsfrist", "kuendigungsfrist"),
        topic("Arbeitszeugnis", "arbeitszeugnis"),
        topic("Probezeit", "probezeit"),
        topic("Anschreiben", "anschreiben"),
        topic("Absage", "absage"),
        topic("Kündigungsschreiben", "kuendigungsschreiben"),
    ],
    titles: [
        "Ratgeber: {topic}",
        "{topic}: Was Sie wissen sollten",
        "Checkliste: {topic}",
        "{topic} Schritt für Schritt",
        "Häufige Fragen zum Thema {topic}",
    ],
    descriptions: [
        "Praktische Tipps zum Thema {topic}, mit Checkliste und typischen Fehlern.",
        "Was Sie beim Thema {topic} prüfen, fragen und verhandeln sollten.",
        "Ein kurzer Ratgeber zum Thema {topic}: Begriffe, Beispiele und nächste Schritte.",
    ],
    tags: [
        "angebot",
        "gehalt",
        "interview",
        "vertrag",
        "kündigung",
        "zeugnis",
        "probezeit",
        "brief",
        "karriere",
        "verhandlung",
    ],
    overview: "Überblick",
    overview_anchor: "überblick",
    headings: [
        "Bevor Sie antworten",
        "Die Details lesen",
        "Gehalt und Zusatzleistungen",
        "Bedingungen verhandeln",
        "Den Vertrag unterschreiben",
        "Häufige Fehler",
        "Nächste Schritte",
        "Praktische Tipps",
    ],
    subheadings: [
        "Ein Beispiel",
        "Ein kurzer Tipp",
        "Was Arbeitgeber erwarten",
        "Was Sie fragen sollten",
        "Unterlagen aufbewahren",
        "Wann Sie abwarten sollten",
    ],
    bullets_intro: "Prüfen Sie vor der Zusage mindestens die folgenden Punkte:",
    bullets: [
        "das Eintrittsdatum und die Arbeitszeiten",
        "das Bruttojahresgehalt und die Art der Auszahlung",
        "die Dauer der Probezeit",
        "die Kündigungsfrist für beide Seiten",
        "die Anzahl der Urlaubstage",
        "Bonus- oder Provisionsregelungen",
        "Zuschüsse zur Altersvorsorge und zu Versicherungen",
        "ob Homeoffice möglich ist",
    ],
    steps_intro: "Für die meisten Menschen hat sich diese einfache Reihenfolge bewährt:",
    steps: [
        "Lesen Sie das gesamte Angebot sorgfältig, auch das Kleingedruckte.",
        "Notieren Sie alle Fragen, die Sie haben.",
        "Vergleichen Sie das Gehalt mit ähnlichen Stellen in Ihrer Region.",
        "Antworten Sie höflich und bitten Sie um Änderungen in schriftlicher Form.",
        "Warten Sie auf den überarbeiteten Vertrag, bevor Sie kündigen.",
        "Unterschreiben und datieren Sie den Vertrag und bewahren Sie eine Kopie jeder Seite auf.",
    ],
    table_intro: "Die folgende Tabelle fasst die wichtigsten Punkte für den Vergleich zusammen.",
    table_header: ["Punkt", "Was prüfen", "Üblicher Wert"],
    table_rows: [
        ["Grundgehalt", "Brutto oder netto", "Monatlich"],
        [
            "Kündigungsfrist",
            "Dauer für beide Seiten",
            "Ein bis drei Monate",
        ],
        [
            "Probezeit",
            "Dauer und Bedingungen",
            "Drei bis sechs Monate",
        ],
        ["Urlaub", "Anzahl bezahlter Tage", "25 bis 30 Tage"],
        [
            "Altersvorsorge",
            "Zuschuss des Arbeitgebers",
            "4 bis 8 Prozent",
        ],
    ],
    emphasis: [
        "Es lohnt sich *immer*, das endgültige Angebot schriftlich zu verlangen, bevor Sie Ihre jetzige Stelle kündigen.",
        "Sie müssen nicht sofort antworten; ein oder zwei Tage Bedenkzeit sind *völlig* normal.",
        "Denken Sie daran, dass die erste Zahl des Arbeitgebers *selten* sein letztes Wort ist.",
    ],
    strong: [
        "**Unterschreiben Sie niemals einen Vertrag, den Sie nicht vollständig gelesen haben.**",
        "Die wichtigste Regel ist einfach: **Lassen Sie sich jede Zusage schriftlich geben.**",
        "Wenn etwas unklar ist, **fragen Sie vor der Unterschrift**, nicht danach.",
    ],
    quoted: [
        "Viele Personaler sagen nur \"wir melden uns bald\" und schweigen dann wochenlang.",
        "Eine gute Frage zum Abschluss eines Gesprächs lautet \"Woran messen Sie Erfolg in den ersten sechs Monaten?\"",
        "Wenn Sie Zeit brauchen, genügt eine kurze Antwort wie \"Vielen Dank, ich melde mich bis Freitag\" völlig.",
    ],
    link_templates: [
        "Eine ähnliche Situation beschreiben wir in {link}.",
        "Ausführlicher behandeln wir das in {link}.",
        "Lesen Sie dazu auch {link}.",
        "Vergleichen Sie das mit den Hinweisen in {link}.",
    ],
    sentences: &[
        "Ein Jobangebot ist mehr als eine Zahl; es beschreibt die Stelle, die Arbeitszeiten und die Bedingungen, denen Sie zustimmen.",
        "Die meisten Arbeitgeber erwarten innerhalb weniger Werktage eine kurze, höfliche Antwort auf ihr Angebot.",
        "Lesen Sie vor dem Vorstellungsgespräch die Stellenanzeige noch einmal und notieren Sie, welche Fähigkeiten mehrfach genannt werden.",
        "Personaler rufen oft zuerst an und schicken das schriftliche Angebot später, machen Sie sich also während des Telefonats Notizen.",
        "Das Gehalt im Angebotsschreiben wird in der Regel als Bruttojahresgehalt vor Steuern und Abzügen angegeben.",
        "Wenn der Arbeitgeber nach Ihren Gehaltsvorstellungen fragt, nennen Sie eine Spanne, die auf Recherche und nicht auf Schätzungen beruht.",
        "Eine gute Antwort im Gespräch beschreibt eine konkrete Situation, Ihr Vorgehen und das Ergebnis.",
        "Viele Verträge enthalten eine Probezeit, in der beide Seiten das Arbeitsverhältnis mit kürzerer Frist beenden können.",
        "Fragen Sie, wie die Leistung im Team beurteilt wird und wann die erste Gehaltsüberprüfung geplant ist.",
        "Prüfen Sie, ob Überstunden bezahlt, mit Freizeit ausgeglichen oder bereits mit dem Gehalt abgegolten sind.",
        "Es ist völlig normal, vor der Unterschrift um eine Kopie des Mitarbeiterhandbuchs zu bitten.",
        "Ein Zeugnis einer früheren Führungskraft hat mehr Gewicht als die Empfehlung eines Kollegen oder Freundes.",
        "Konzentrieren Sie sich beim Verhandeln auf den Nutzen, den Sie dem Unternehmen bringen, und nicht auf Ihre persönlichen Ausgaben.",
        "Zusatzleistungen wie mehr Urlaub, ein Weiterbildungsbudget oder flexible Arbeitszeiten lassen sich oft leichter verhandeln als das Gehalt.",
        "Bewahren Sie alle E-Mails und Briefe des Arbeitgebers in einem Ordner auf, damit Sie sie später schnell wiederfinden.",
        "Wenn Ihnen das Eintrittsdatum nicht passt, schlagen Sie einen anderen Termin vor und erklären Sie Ihre aktuelle Kündigungsfrist.",
        "Manche Unternehmen schicken ein bedingtes Angebot, das von Referenzen, einem Führungszeugnis oder einer ärztlichen Untersuchung abhängt.",
        "Lesen Sie die Klauseln zu Verschwiegenheit und Wettbewerbsverbot genau, denn sie können Ihre nächste Stelle einschränken.",
        "Eine Absage ist selten persönlich gemeint, und eine kurze Dankesnachricht hält die Tür für spätere Stellen offen.",
        "Gesprächspartner erinnern sich an Bewerber, die durchdachte Fragen zum Team und zum Arbeitsalltag stellen.",
        "Bereiten Sie zwei oder drei Beispiele für Projekte vor, auf die Sie stolz sind, und üben Sie, sie in wenigen Minuten zu erzählen.",
        "Außerdem sollte der Arbeitsvertrag in vielen Ländern vor dem ersten Arbeitstag unterschrieben sein.",
        "Wenn Sie zwei Angebote gleichzeitig erhalten, seien Sie gegenüber beiden Arbeitgebern ehrlich, was Ihren Zeitplan betrifft.",
        "Die Kündigungsfrist in Ihrem aktuellen Vertrag bestimmt, wie schnell Sie realistisch eine neue Stelle antreten können.",
        "Ein Kündigungsschreiben sollte kurz und freundlich sein und den letzten Arbeitstag eindeutig nennen.",
        "Kritisieren Sie Ihren jetzigen Arbeitgeber im Gespräch nicht, auch wenn Sie aus gutem Grund gehen.",
        "Videointerviews erfordern dieselbe Vorbereitung wie persönliche Gespräche und zusätzlich einen kurzen Test von Kamera und Ton.",
        "Weicht das Angebot von dem ab, was im Gespräch vereinbart wurde, weisen Sie ruhig und schriftlich auf den Unterschied hin.",
        "Fragen Sie, an wen Sie berichten, wie groß das Team ist und wie die Arbeit üblicherweise verteilt wird.",
        "Ein Anschreiben wirkt am besten, wenn es Ihre Erfahrung direkt mit den Anforderungen der Stellenanzeige verbindet.",
        "Gehaltsumfragen von Gewerkschaften und Berufsverbänden geben ein realistisches Bild davon, was der Markt zahlt.",
        "Sobald Sie ein Angebot annehmen, sollten Sie die anderen Unternehmen, mit denen Sie gesprochen haben, möglichst bald informieren.",
        "Beiträge zur Altersvorsorge und Versicherungen können ein niedrigeres Gehalt mehr wert machen als ein höheres anderswo.",
        "Nehmen Sie sich die Zeit, den ganzen Vertrag zu Hause zu lesen, statt ihn eilig im Büro zu unterschreiben.",
        "Die meisten Streitigkeiten über Verträge beginnen mit einem ungenauen Satz, den damals niemand hinterfragt hat.",
        "Ein Vorstellungsgespräch ist auch Ihre Gelegenheit herauszufinden, ob Sie in diesem Unternehmen wirklich arbeiten möchten.",
        "Schicken Sie nach dem Gespräch eine kurze Nachricht, in der Sie sich bedanken und Ihr Interesse an der Stelle bekräftigen.",
        "Wenn Sie bei einem juristischen Begriff unsicher sind, fragen Sie Ihre Gewerkschaft oder einen Fachanwalt für Arbeitsrecht.",
        "Die Stellenbezeichnung im Vertrag sollte der Stelle entsprechen, auf die Sie sich beworben haben, und zu Ihren Aufgaben passen.",
        "Kleinigkeiten wie Parkplätze, Mittagspausen und Fahrtkosten fallen übers Jahr gesehen stärker ins Gewicht, als die meisten erwarten.",
        "Schließlich heißt eine mündliche Zusage am Telefon noch nicht, dass alle Einzelheiten bereits geregelt sind.",
        "Gemäß vielen Tarifverträgen gibt es zusätzliche Leistungen, die im Angebot selbst gar nicht erwähnt werden.",
    ],
};

const DA: Lang = Lang {
    code: "da",
    han: false,
    body_size: (615, 820),
    separator: " ",
    home_title: "Syntetiske karriereguides",
    home_description: "En syntetisk flersproget guide til jobtilbud, jobsamtaler og kontrakter, genereret til benchmarks.",
    sections: [
        "Jobsøgning",
        "Ansøgninger",
        "Jobsamtaler",
        "Jobtilbud",
        "Løn",
        "Kontrakter",
        "Personalegoder",
        "De første måneder",
        "Jobskifte",
        "Breve og skabeloner",
    ],
    section_description: "{section}: gode råd, eksempler og tjeklister.",
    slug_prefix: "artikel",
    topics: [
        topic("tilbud", "tilbud"),
        topic("lønforhandling", "loenforhandling"),
        topic("jobsamtale", "jobsamtale"),
        topic("ansættelseskontrakt", "ansaettelseskontrakt"),
        topic("opsigelsesvarsel", "opsigelsesvarsel"),
        topic("anbefaling", "anbefaling"),
        topic("prøvetid", "proevetid"),
        topic("ansøgning", "ansoegning"),
        topic("afslag", "afslag"),
        topic("opsigelse", "opsigelse"),
    ],
    titles: [
        "Guide til {topic}",
        "{topic} trin for trin",
        "Tjekliste: {topic}",
        "{topic}: det skal du vide",
        "Ofte stillede spørgsmål om {topic}",
    ],
    descriptions: [
        "Gode råd om {topic} med tjekliste og typiske fejl, du bør undgå.",
        "Hvad du skal tjekke, spørge om og forhandle, når det gælder {topic}.",
        "En kort guide til {topic}: vigtige begreber, eksempler og næste skridt.",
    ],
    tags: [
        "tilbud",
        "løn",
        "samtale",
        "kontrakt",
        "opsigelse",
        "reference",
        "prøvetid",
        "brev",
        "karriere",
        "forhandling",
    ],
    overview: "Overblik",
    overview_anchor: "overblik",
    headings: [
        "Før du svarer",
        "Læs detaljerne",
        "Løn og goder",
        "Forhandl vilkårene",
        "Underskriv kontrakten",
        "Typiske fejl",
        "Næste skridt",
        "Gode råd",
    ],
    subheadings: [
        "Et eksempel",
        "Et hurtigt tip",
        "Hvad arbejdsgivere forventer",
        "Hvad du bør spørge om",
        "Gem dokumentationen",
        "Hvornår du skal vente",
    ],
    bullets_intro: "Før du siger ja, bør du mindst tjekke følgende punkter:",
    bullets: [
        "startdato og arbejdstid",
        "den årlige bruttoløn og hvordan den udbetales",
        "prøvetidens længde",
        "opsigelsesvarslet for begge parter",
        "antallet af feriedage",
        "eventuelle bonus- eller provisionsordninger",
        "pension og forsikring",
        "om hjemmearbejde er muligt",
    ],
    steps_intro: "En enkel fremgangsmåde fungerer for de fleste:",
    steps: [
        "Læs hele tilbuddet grundigt, også det med småt.",
        "Skriv alle dine spørgsmål ned.",
        "Sammenlign lønnen med lignende stillinger i dit område.",
        "Svar høfligt og bed om eventuelle ændringer på skrift.",
        "Vent på den reviderede kontrakt, før du siger op.",
        "Underskriv, datér og gem en kopi af hver side.",
    ],
    table_intro: "Tabellen nedenfor opsummerer de vigtigste vilkår, du bør sammenligne.",
    table_header: ["Punkt", "Hvad du skal tjekke", "Typisk værdi"],
    table_rows: [
        ["Grundløn", "Brutto eller netto", "Månedlig"],
        [
            "Opsigelsesvarsel",
            "Længde for begge parter",
            "En til tre måneder",
        ],
        ["Prøvetid", "Varighed og vilkår", "Tre til seks måneder"],
        ["Ferie", "Antal betalte dage", "25 til 30 dage"],
        ["Pension", "Arbejdsgiverens bidrag", "4 til 8 procent"],
    ],
    emphasis: [
        "Det er *altid* en god idé at få det endelige tilbud på skrift, før du siger dit nuværende job op.",
        "Du behøver ikke svare med det samme; en eller to dages betænkningstid er *helt* normalt.",
        "Husk, at det første beløb, arbejdsgiveren nævner, *sjældent* er det endelige.",
    ],
    strong: [
        "**Skriv aldrig under på en kontrakt, du ikke har læst til ende.**",
        "Den vigtigste regel er enkel: **få alle løfter på skrift**.",
        "Hvis noget er uklart, **så spørg, før du skriver under**, ikke bagefter.",
    ],
    quoted: [
        "Mange rekrutteringsfolk siger blot \"vi vender tilbage snarest\" og lader så høre fra sig i ugevis.",
        "Et godt spørgsmål at slutte en samtale med er \"hvordan ser succes ud i de første seks måneder?\"",
        "Hvis du har brug for tid, er et kort svar som \"tak, jeg bekræfter inden fredag\" helt i orden.",
    ],
    link_templates: [
        "En lignende situation beskriver vi i {link}.",
        "Vi går mere i dybden med det i {link}.",
        "Læs også {link}.",
        "Sammenlign med rådene i {link}.",
    ],
    sentences: &[
        "Et jobtilbud er mere end et tal; det beskriver stillingen, arbejdstiden og de vilkår, du siger ja til.",
        "De fleste arbejdsgivere forventer et kort og høfligt svar inden for få hverdage, efter at de har sendt tilbuddet.",
        "Læs jobopslaget igen før samtalen, og notér hvilke kompetencer arbejdsgiveren nævner mere end én gang.",
        "Rekrutteringsfolk ringer ofte først og sender det skriftlige tilbud bagefter, så tag noter under telefonsamtalen.",
        "Lønnen i tilbuddet står som regel som et månedligt bruttobeløb før skat og andre fradrag.",
        "Hvis arbejdsgiveren spørger om dine lønforventninger, så giv et interval, der bygger på research og ikke på gætværk.",
        "Et godt svar til en jobsamtale beskriver en konkret situation, hvad du gjorde, og hvad resultatet blev.",
        "Mange kontrakter indeholder en prøvetid, hvor begge parter kan afslutte ansættelsen med kortere varsel.",
        "Spørg, hvordan din indsats bliver vurderet i teamet, og hvornår den første lønforhandling er planlagt.",
        "Tjek om overarbejde bliver betalt, afspadseret eller allerede er indregnet i lønnen.",
        "Det er helt normalt at bede om en kopi af personalehåndbogen, før du skriver under på noget.",
        "En anbefaling fra en tidligere leder vejer som regel tungere end en fra en kollega eller en ven.",
        "Når du forhandler, så fokuser på den værdi, du skaber for virksomheden, frem for på dine private udgifter.",
        "Goder som ekstra ferie, et uddannelsesbudget eller fleksibel arbejdstid er ofte lettere at forhandle end lønnen.",
        "Gem alle mails og breve fra arbejdsgiveren i én mappe, så du nemt kan finde dem igen senere.",
        "Hvis den foreslåede startdato ikke passer dig, så foreslå en anden dato og forklar dit nuværende opsigelsesvarsel.",
        "Nogle virksomheder sender et betinget tilbud, der afhænger af referencer, en straffeattest eller en helbredsundersøgelse.",
        "Læs bestemmelserne om tavshedspligt og konkurrenceklausuler grundigt, for de kan begrænse dit næste job.",
        "Et afslag er sjældent personligt, og en kort tak holder døren åben for fremtidige stillinger.",
        "Dem, der interviewer, husker ansøgere, som stiller gennemtænkte spørgsmål om teamet og hverdagen.",
        "Forbered to eller tre eksempler på projekter, du er stolt af, og øv dig i at fortælle om hvert af dem på få minutter.",
        "I mange lande skal ansættelseskontrakten være underskrevet før den første arbejdsdag.",
        "Hvis du får to tilbud på samme tid, så vær ærlig over for begge arbejdsgivere om din tidsplan.",
        "Opsigelsesvarslet i din nuværende kontrakt afgør, hvor hurtigt du realistisk kan starte i et nyt job.",
        "En opsigelse bør være kort og venlig, og den skal tydeligt nævne din sidste arbejdsdag.",
        "Kritisér ikke din nuværende arbejdsgiver til en samtale, heller ikke selvom du har gode grunde til at skifte.",
        "Videosamtaler kræver den samme forberedelse som fysiske møder og derudover en hurtig test af kamera og lyd.",
        "Hvis tilbuddet afviger fra det, der blev aftalt til samtalen, så påpeg forskellen roligt og skriftligt.",
        "Spørg, hvem du skal referere til, hvor mange der er i teamet, og hvordan arbejdet normalt fordeles.",
        "En ansøgning virker bedst, når den kobler din erfaring direkte til de behov, der er beskrevet i opslaget.",
        "Lønstatistikker fra fagforeninger og brancheorganisationer giver et realistisk billede af, hvad markedet betaler.",
        "Når du har takket ja til et tilbud, så giv de andre virksomheder besked så hurtigt som muligt.",
        "Pensionsbidrag og forsikringer kan gøre en lavere løn mere værd end en højere løn et andet sted.",
        "Tag dig tid til at læse hele kontrakten derhjemme i stedet for at skrive under i en fart på kontoret.",
        "De fleste uenigheder om kontrakter begynder med en uklar sætning, som ingen stillede spørgsmål ved dengang.",
        "En jobsamtale er også din chance for at finde ud af, om virksomheden er et sted, hvor du virkelig har lyst til at arbejde.",
        "Send en kort besked efter samtalen, hvor du takker for mødet og gentager din interesse for stillingen.",
        "Hvis du er i tvivl om et juridisk begreb, så spørg din fagforening eller en advokat med speciale i ansættelsesret.",
        "Stillingsbetegnelsen i kontrakten bør svare til den stilling, du har søgt, og de opgaver, du faktisk skal løse.",
        "Små detaljer som parkering, frokostpauser og transportudgifter betyder mere over et helt år, end de fleste regner med.",
        "Et mundtligt tilbud er et godt tegn, men det er ikke en kontrakt, så sig ikke dit job op, før du har papirerne.",
        "Når du bliver spurgt om en svaghed, så beskriv en ægte svaghed og forklar, hvad du gør for at blive bedre.",
    ],
};
