//! Search in real headless Chromium: the bundled guide's Pagefind index in all four languages,
//! the keyboard, the search page with and without JavaScript, a strict CSP, fallback pages and
//! hostile page text. (Like the letter tests, these fail under `CI` when Chromium is missing.)

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use fantoccini::Locator;
use fantoccini::key::Key;
use serde_json::{Value, json};

use crate::browser::{Browser, guide};
use crate::http;
use crate::support::Fixture;

/// The languages of `pagefind/pagefind-entry.json` with their page counts.
fn indexed(f: &Fixture) -> Vec<(String, u64)> {
    let entry: Value = serde_json::from_str(&f.read("pagefind/pagefind-entry.json")).unwrap();
    entry["languages"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v["page_count"].as_u64().unwrap()))
        .collect()
}

/// HTML pages of the output that opt into the index, by path.
fn searchable(f: &Fixture) -> Vec<String> {
    f.snapshot()
        .into_iter()
        .filter(|(p, bytes)| {
            p.ends_with(".html") && String::from_utf8_lossy(bytes).contains("data-pagefind-body")
        })
        .map(|(p, _)| p)
        .collect()
}

#[test]
fn the_index_holds_every_page_of_its_own_language_and_no_fallback() {
    let f = Fixture::new("basic");
    let report = f.built();
    let pages = searchable(&f);
    // Articles, sections, home pages and letters written in the page's language, and nothing
    // else: no fallback copy, list page, dashboard, 404 or language chooser.
    assert!(
        pages.contains(&"en/guide/offer-withdrawn/index.html".to_string()),
        "{pages:?}"
    );
    assert!(
        pages.contains(&"de/letters/kurze-notiz/index.html".to_string()),
        "{pages:?}"
    );
    assert!(pages.contains(&"zh/index.html".to_string()), "{pages:?}");
    for never in [
        "da/ratgeber/angebot-zurueckgezogen/index.html",
        "zh/guide/offer-withdrawn/index.html",
        "en/search/index.html",
        "en/letters/index.html",
        "en/translations/index.html",
        "en/404.html",
        "index.html",
    ] {
        assert!(f.exists(never), "{never}");
        assert!(!pages.contains(&never.to_string()), "{never} is indexed");
    }
    let mut per_lang: Vec<(String, u64)> = ["da", "de", "en", "zh"]
        .iter()
        .map(|l| {
            let n = pages
                .iter()
                .filter(|p| p.starts_with(&format!("{l}/")))
                .count();
            (l.to_string(), n as u64)
        })
        .collect();
    per_lang.retain(|(_, n)| *n > 0);
    assert_eq!(indexed(&f), per_lang);
    let search = report.search.expect("search is on by default");
    assert_eq!(
        search.pages as u64,
        per_lang.iter().map(|(_, n)| n).sum::<u64>()
    );
    // Only the search API is shipped, not Pagefind's own UI.
    assert!(f.exists("pagefind/pagefind.js"));
    assert!(f.exists("pagefind/wasm.en.pagefind"));
    assert!(!f.exists("pagefind/pagefind-ui.js"));
    // Navigation, notices and the table of contents are kept out of the index.
    let article = f.read("en/guide/offer-withdrawn/index.html");
    let body = article.split("data-pagefind-body").nth(1).unwrap();
    assert!(
        !body.contains("class=\"languages\""),
        "the switcher is outside the body"
    );
    assert!(article.contains("<nav class=\"breadcrumbs\" data-pagefind-ignore"));
    assert!(article.contains("<p class=\"meta\" data-pagefind-ignore"));
}

#[test]
fn every_page_has_a_labelled_search_box_that_works_without_javascript() {
    let f = Fixture::new("basic");
    f.built();
    for (page, lang) in [
        ("en/index.html", "en"),
        ("de/ratgeber/angebot-ablehnen/index.html", "de"),
        ("da/ratgeber/angebot-zurueckgezogen/index.html", "da"),
        ("zh/letters/index.html", "zh"),
        ("en/404.html", "en"),
    ] {
        let html = f.read(page);
        let form = html
            .split("<form class=\"search\"")
            .nth(1)
            .and_then(|s| s.split("</form>").next())
            .unwrap_or_else(|| panic!("no search form in {page}"));
        assert!(form.contains(r#"role="search""#), "{page}");
        assert!(
            form.contains(&format!(r#"lang="{lang}""#)),
            "{page}: the reader's language"
        );
        assert!(form.contains(r#"method="get""#), "{page}");
        assert!(
            form.contains(r#"<input type="search" id="site-search" name="q""#),
            "{page}"
        );
        assert!(form.contains(r#"<label for="site-search""#), "{page}");
        assert!(form.contains(r#"<button type="submit">"#), "{page}");
        let action = form
            .split("action=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(
            action.ends_with(&format!("{lang}/search/")),
            "{page}: {action}"
        );
        assert!(
            !action.starts_with('/') || page.ends_with("404.html"),
            "{page}: relative"
        );
        assert!(html.contains("assets/search.js"), "{page}");
    }
    // The German form's strings come from the German UI strings.
    let de = f.read("de/index.html");
    assert!(de.contains(r#"aria-label="Im Ratgeber suchen""#));
    assert!(de.contains(r#"data-none="Keine Treffer für „{query}“."#));
    // The search page lists every article and letter of its language.
    let page = f.read("de/search/index.html");
    for link in [
        "ratgeber/angebot-ablehnen/",
        "ratgeber/angebot-zurueckgezogen/",
        "letters/kurze-notiz/",
    ] {
        assert!(
            page.contains(&format!(r#"href="../../de/{link}""#)),
            "{link}: {page}"
        );
    }
    assert_eq!(
        page.matches(r#"role="search""#).count(),
        1,
        "one search landmark"
    );
}

#[test]
fn search_can_be_turned_off_in_site_yaml_or_on_the_command_line() {
    let f = Fixture::new("basic");
    let config = f.read_source("site.yaml");
    f.write("site.yaml", format!("{config}search: false\n"));
    let report = f.built();
    assert!(report.search.is_none());
    assert!(!f.exists("pagefind"));
    assert!(!f.exists("en/search/index.html"));
    let home = f.read("en/index.html");
    assert!(!home.contains("role=\"search\""));
    assert!(!home.contains("search.js"));
    assert!(!home.contains("data-pagefind-body"));

    let g = Fixture::new("basic");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_letterpress"))
        .args(["build", "--no-search", "--root"])
        .arg(g.root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!g.exists("pagefind"));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("search indexed"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_letterpress"))
        .args(["build", "--root"])
        .arg(g.root())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("; search indexed "), "{stdout}");
    assert!(g.exists("pagefind/pagefind-entry.json"));
}

#[test]
fn a_page_may_not_take_the_search_pages_url() {
    let f = Fixture::new("basic");
    f.write(
        "content/en/search.md",
        "---\ntitle: Search tips\ndescription: How to search\n---\nText.\n",
    );
    let d = f.failed();
    let e = crate::support::find(&d, "duplicate-slug");
    assert!(
        e.to_string()
            .contains("content/en/search.md: this page's URL `en/search/` is taken by the `search` page; choose another slug"),
        "{e}"
    );
}

/// What the search box shows once the results for `query` are in.
#[derive(Debug)]
struct Shown {
    status: String,
    links: Vec<String>,
    titles: Vec<String>,
    /// Excerpts as HTML, to check that only `<mark>` elements were made.
    excerpts: Vec<String>,
}

/// Types `query` into the search field `id` like a reader and waits for its results.
async fn search(b: &Browser, id: &str, query: &str) -> Shown {
    let input = b
        .client
        .find(Locator::Id(id))
        .await
        .unwrap_or_else(|e| panic!("no search field `#{id}`: {e}"));
    input.clear().await.unwrap();
    input.send_keys(query).await.unwrap();
    wait_for(b, id, query).await
}

async fn wait_for(b: &Browser, id: &str, query: &str) -> Shown {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let v = b
            .js(
                "const panel = document.getElementById(arguments[0] + '-results');\
                 if (panel.hidden || panel.getAttribute('data-query') !== arguments[1]) return null;\
                 const links = Array.from(panel.querySelectorAll('[data-search-list] > li:not(.search-more) > a'));\
                 return {\
                   status: panel.querySelector('[data-search-status]').textContent,\
                   links: links.map(a => a.href),\
                   titles: links.map(a => a.textContent),\
                   excerpts: Array.from(panel.querySelectorAll('.search-excerpt')).map(p => p.innerHTML),\
                 };",
                vec![json!(id), json!(query)],
            )
            .await;
        if !v.is_null() {
            let strings = |k: &str| -> Vec<String> {
                v[k].as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_string())
                    .collect()
            };
            return Shown {
                status: v["status"].as_str().unwrap().to_string(),
                links: strings("links"),
                titles: strings("titles"),
                excerpts: strings("excerpts"),
            };
        }
        assert!(
            Instant::now() < deadline,
            "no results for `{query}` in #{id} after 30 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A form attribute with `{name}` filled in, as search.js does.
async fn message(b: &Browser, id: &str, attribute: &str, name: &str, value: &str) -> String {
    let v = b
        .js(
            "return document.getElementById(arguments[0]).form.getAttribute(arguments[1])",
            vec![json!(id), json!(attribute)],
        )
        .await;
    v.as_str().unwrap().replace(&format!("{{{name}}}"), value)
}

/// Searches the guide's `lang` home page for `query`; asserts that `expected` (a path) is among
/// the results and that every result is in `lang`.
async fn finds(b: &Browser, lang: &str, query: &str, expected: &str) -> Shown {
    let base = &guide().search_url;
    b.goto(&format!("{base}{lang}/")).await;
    let shown = search(b, "site-search", query).await;
    assert!(
        shown.links.contains(&format!("{base}{expected}")),
        "`{query}` in `{lang}` should find {expected}: {shown:#?}"
    );
    assert_only_language(&shown, base, lang, query);
    shown
}

fn assert_only_language(shown: &Shown, base: &str, lang: &str, query: &str) {
    let prefix = format!("{base}{lang}/");
    for link in &shown.links {
        assert!(
            link.starts_with(&prefix),
            "`{query}` in `{lang}` led to another language: {link}"
        );
    }
}

/// (language, query, page expected among the results) for the bundled guide.
const CASES: [(&str, &str, &str); 9] = [
    ("zh", "撤回", "zh/offer/offer-bei-che-hui/"),
    ("zh", "背景调查", "zh/offer/offer-bei-che-hui/"),
    ("zh", "拒绝", "zh/offer/ju-jue-offer/"),
    (
        "en",
        "background",
        "en/job-offers/when-an-offer-is-withdrawn/",
    ),
    ("en", "recruiter", "en/job-offers/turning-down-a-job-offer/"),
    ("de", "Verhaltens", "de/jobangebote/angebot-zurueckgezogen/"),
    ("de", "Bewerbers", "de/jobangebote/angebot-zurueckgezogen/"),
    (
        "da",
        "referencen",
        "da/jobtilbud/naar-jobtilbuddet-traekkes-tilbage/",
    ),
    (
        "da",
        "samtale",
        "da/jobsamtaler/traek-dig-fra-en-rekruttering/",
    ),
];

#[tokio::test(flavor = "current_thread")]
async fn search_works_under_a_sub_path_and_from_index_html_urls() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    let g = guide();
    assert!(g.sub_url.ends_with(crate::browser::SUB_PATH));
    // Under a sub-path and at the root; from a home page, from an article opened by its
    // `…/index.html` URL, and from the search page opened by its `index.html`.
    for base in [&g.sub_url, &g.search_url] {
        for (lang, query, expected) in CASES {
            for page in [
                format!("{lang}/index.html"),
                format!("{expected}index.html"),
            ] {
                b.goto(&format!("{base}{page}")).await;
                let shown = search(&b, "site-search", query).await;
                assert!(
                    shown.links.contains(&format!("{base}{expected}")),
                    "`{query}` from {base}{page} should find {expected}: {shown:#?}"
                );
                assert_only_language(&shown, base, lang, query);
                let count: String = shown.status.chars().filter(char::is_ascii_digit).collect();
                assert!(
                    count.parse::<usize>().unwrap_or(0) >= shown.links.len(),
                    "{shown:#?}"
                );
            }
        }
        b.goto(&format!("{base}de/search/index.html?q=Bewerbers"))
            .await;
        let shown = wait_for(&b, "search-page", "Bewerbers").await;
        assert!(
            shown
                .links
                .contains(&format!("{base}de/jobangebote/angebot-zurueckgezogen/")),
            "{shown:#?}"
        );
        assert_only_language(&shown, base, "de", "Bewerbers");
    }
}

/// The files of a search bundle (paths below it) with their contents gunzipped.
fn bundle_files(out: &std::path::Path) -> BTreeMap<String, Vec<u8>> {
    use std::io::Read;
    let dir = out.join("pagefind");
    walkdir::WalkDir::new(&dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let bytes = std::fs::read(e.path()).unwrap();
            let mut plain = Vec::new();
            let plain = match flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut plain) {
                Ok(_) => plain,
                Err(_) => bytes,
            };
            let name = e.path().strip_prefix(&dir).unwrap().display().to_string();
            (name, plain)
        })
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn an_index_merged_from_shards_finds_what_one_index_finds() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    let g = guide();
    // Every language of the sharded guide was indexed in several shards (`reindex_in_shards`
    // checks), merged into one index per language: the same files, the same contents.
    let (one, merged) = (bundle_files(&g.sub_out), bundle_files(&g.sharded_out));
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        merged.keys().collect::<Vec<_>>()
    );
    for (name, contents) in &one {
        assert!(merged[name] == *contents, "{name} differs");
    }
    // And what a reader finds with it: pages of one shard only, of several shards, and words
    // found nowhere; the same pages in the same order, only the reader's language.
    let queries = [
        ("zh", "offer"),
        ("zh", "撤回"),
        ("zh", "拒绝"),
        ("en", "offer"),
        ("en", "recruiter"),
        ("en", "zzzzqx"),
        ("de", "Angebot"),
        ("de", "Bewerbers"),
        ("da", "jobtilbud"),
        ("da", "referencen"),
    ];
    for (lang, query) in queries {
        let mut seen = Vec::new();
        for base in [&g.sub_url, &g.sharded_url] {
            b.goto(&format!("{base}{lang}/search/index.html?q={query}"))
                .await;
            let shown = wait_for(&b, "search-page", query).await;
            assert_only_language(&shown, base, lang, query);
            let pages: Vec<String> = shown
                .links
                .iter()
                .map(|l| l.strip_prefix(base.as_str()).unwrap().to_string())
                .collect();
            seen.push((shown.status.clone(), pages));
        }
        assert_eq!(
            seen[0], seen[1],
            "`{query}` in `{lang}`: one index, then shards merged"
        );
        if query != "zzzzqx" {
            assert!(!seen[0].1.is_empty(), "`{query}` in `{lang}` finds nothing");
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn every_language_finds_its_articles_and_nothing_from_the_others() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    let g = guide();
    // (language, query, article expected among the results). `Verhaltens`, `Bewerbers` and
    // `referencen` are inflected forms the articles do not contain literally (checked below):
    // only stemming finds them.
    for (query, source) in [
        ("verhaltens", "content/de/offers/offer-withdrawn.md"),
        ("bewerbers", "content/de/offers/offer-withdrawn.md"),
        ("referencen", "content/da/offers/offer-withdrawn.md"),
    ] {
        let text =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(source))
                .unwrap()
                .to_lowercase();
        let literal = text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == query);
        assert!(!literal, "`{query}` is literally in {source}");
    }
    for (lang, query, expected) in CASES {
        let shown = finds(&b, lang, query, expected).await;
        assert!(
            shown.titles.iter().all(|t| !t.trim().is_empty()),
            "{shown:#?}"
        );
        assert!(
            shown.excerpts.iter().any(|e| e.contains("<mark>")),
            "no highlighted excerpt for `{query}`: {shown:#?}"
        );
        // The status is the language's `search-found`, counting at least the results shown.
        let found = message(&b, "site-search", "data-found", "count", "{count}").await;
        let count: String = shown.status.chars().filter(char::is_ascii_digit).collect();
        assert!(
            count.parse::<usize>().unwrap() >= shown.links.len(),
            "{shown:#?}"
        );
        assert_eq!(shown.status.replace(&count, "{count}"), found);
    }
    // Everything search loaded came from the site itself.
    let foreign_requests = b
        .js(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin + '/'))",
            vec![],
        )
        .await;
    assert_eq!(foreign_requests, json!([]));
    let loaded = b
        .js(
            "return performance.getEntriesByType('resource').map(e => e.name.split('?')[0]).filter(n => n.includes('/pagefind/'))",
            vec![],
        )
        .await;
    for file in ["pagefind/pagefind-entry.json", "pagefind/pagefind.js"] {
        let url = json!(format!("{}{file}", g.search_url));
        assert!(
            loaded.as_array().unwrap().contains(&url),
            "{file} came from the site: {loaded}"
        );
    }
    // Words that only other languages' pages contain find nothing.
    let foreign = [
        ("zh", "referencer"),
        ("en", "背景调查"),
        ("de", "opsigelsesvarsel"),
        ("da", "Bewerbern"),
    ];
    for (lang, query) in foreign {
        b.goto(&format!("{}{lang}/", g.search_url)).await;
        let shown = search(&b, "site-search", query).await;
        assert!(shown.links.is_empty(), "`{query}` in `{lang}`: {shown:#?}");
        let none = message(&b, "site-search", "data-none", "query", query).await;
        assert_eq!(shown.status, none);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn letters_are_found_by_their_title_and_description() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    let g = guide();
    // (language, query, letter id): the first from a title, the others from descriptions.
    let cases = [
        ("en", "reconsider", "reconsider-offer"),
        ("de", "Dankesnachricht", "thank-you"),
        ("da", "Genoptag", "resume-application"),
        ("zh", "感谢信", "thank-you"),
    ];
    for (lang, query, id) in cases {
        let path = g
            .letters
            .get(&(lang.to_string(), id.to_string()))
            .unwrap_or_else(|| panic!("no letter `{id}` in `{lang}`"));
        finds(&b, lang, query, path).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_keyboard_reaches_results_and_enter_opens_the_search_page() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    let g = guide();
    b.goto(&format!("{}en/", g.search_url)).await;
    let shown = search(&b, "site-search", "background").await;
    assert!(!shown.links.is_empty());
    let input = b.client.find(Locator::Id("site-search")).await.unwrap();
    input.send_keys(&Key::Down.to_string()).await.unwrap();
    let focused = b
        .js("return document.activeElement.href || ''", vec![])
        .await;
    assert_eq!(focused.as_str(), Some(shown.links[0].as_str()));
    let active = b.client.active_element().await.unwrap();
    active.send_keys(&Key::Down.to_string()).await.unwrap();
    let second = b
        .js("return document.activeElement.href || ''", vec![])
        .await;
    assert_ne!(second, focused, "ArrowDown moves to the next result");
    let active = b.client.active_element().await.unwrap();
    active.send_keys(&Key::Escape.to_string()).await.unwrap();
    let state = b
        .js(
            "return [document.getElementById('site-search-results').hidden, document.activeElement.id]",
            vec![],
        )
        .await;
    assert_eq!(
        state,
        json!([true, "site-search"]),
        "Escape closes and returns"
    );

    // Enter submits to the search page, which shows the same results in full.
    input.send_keys(&Key::Enter.to_string()).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !b
        .client
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains("/en/search/")
    {
        assert!(
            Instant::now() < deadline,
            "Enter did not open the search page"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let url = b.client.current_url().await.unwrap();
    assert!(url.as_str().ends_with("en/search/?q=background"), "{url}");
    let page = wait_for(&b, "search-page", "background").await;
    assert!(
        page.links.contains(&format!(
            "{}en/job-offers/when-an-offer-is-withdrawn/",
            g.search_url
        )),
        "{page:#?}"
    );
    let value = b
        .js(
            "return document.getElementById('search-page').value",
            vec![],
        )
        .await;
    assert_eq!(value, json!("background"));
    // The header has no second search landmark on the search page.
    let landmarks = b
        .js(
            "return document.querySelectorAll('[role=search]').length",
            vec![],
        )
        .await;
    assert_eq!(landmarks, json!(1));
}

#[tokio::test(flavor = "current_thread")]
async fn without_javascript_the_form_leads_to_a_list_of_every_page() {
    let Some(b) = Browser::start(false).await else {
        return;
    };
    let g = guide();
    b.goto(&format!("{}de/", g.search_url)).await;
    let input = b.client.find(Locator::Id("site-search")).await.unwrap();
    assert!(input.is_displayed().await.unwrap(), "the box is usable");
    input.send_keys("Absage").await.unwrap();
    input.send_keys(&Key::Enter.to_string()).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !b
        .client
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains("/de/search/")
    {
        assert!(Instant::now() < deadline, "the form did not submit");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let links: Value = b
        .js(
            "return Array.from(document.querySelectorAll('.search-all a')).map(a => a.getAttribute('href'))",
            vec![],
        )
        .await;
    let links: Vec<&str> = links
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    // Every German article and letter of the guide is listed.
    for entry in walk_html(&g.out.join("de")) {
        let rel = entry
            .strip_prefix(g.out.join("de"))
            .unwrap()
            .to_string_lossy()
            .replace("index.html", "");
        let html = std::fs::read_to_string(&entry).unwrap();
        if html.contains("data-page=\"article\"") || html.contains("data-page=\"letter\"") {
            assert!(
                links.iter().any(|l| l.ends_with(&format!("de/{rel}"))),
                "de/{rel} is missing from the list: {links:?}"
            );
        }
    }
    assert!(links.len() >= 14, "{links:?}");
    // The page says why the words typed were not searched for.
    let note = b
        .client
        .find(Locator::Css(".search-no-script"))
        .await
        .unwrap();
    assert!(note.is_displayed().await.unwrap());
    assert_eq!(
        note.text().await.unwrap(),
        "Die Suche braucht JavaScript, das in diesem Browser ausgeschaltet ist. \
         Alle Seiten finden Sie in der Liste unten."
    );
}

fn walk_html(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn under_a_strict_csp_search_says_it_is_unavailable() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    let g = guide();
    // `script-src 'self'` without `'wasm-unsafe-eval'`: Pagefind cannot compile its WebAssembly.
    b.goto(&format!("{}en/", g.url)).await;
    let shown = search(&b, "site-search", "background").await;
    let unavailable = b
        .js(
            "return document.getElementById('site-search').form.getAttribute('data-unavailable')",
            vec![],
        )
        .await;
    assert_eq!(json!(shown.status), unavailable);
    assert!(shown.links.is_empty());
}

#[tokio::test(flavor = "current_thread")]
async fn fallback_pages_search_the_readers_language_and_page_text_stays_text() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    let site = Fixture::new("basic");
    site.write(
        "content/da/guide/decline.md",
        "---\ntitle: Sig nej <b>pænt</b>\ndescription: Sådan siger du nej\nslug: sig-nej\nweight: 1\n---\n\
         Skriv aldrig `<img src=x onerror=window.xss=1>` i en mail, sagde rekruttereren.\n",
    );
    site.build().unwrap_or_else(|d| panic!("{d}"));
    let base = http::serve_with(site.output(), http::SEARCH_CSP);
    // The Danish page of `guide/withdrawn` shows the German text (`<html lang="de">`).
    b.goto(&format!("{base}da/ratgeber/angebot-zurueckgezogen/"))
        .await;
    let lang = b.js("return document.documentElement.lang", vec![]).await;
    assert_eq!(lang, json!("de"), "a fallback page");
    let shown = search(&b, "site-search", "rekruttereren").await;
    assert_eq!(
        shown.links,
        vec![format!("{base}da/ratgeber/sig-nej/")],
        "{shown:#?}"
    );
    assert_eq!(
        b.js("return document.documentElement.lang", vec![]).await,
        json!("de")
    );

    let shown = search(&b, "site-search", "onerror").await;
    assert_eq!(shown.titles, vec!["Sig nej <b>pænt</b>".to_string()]);
    let made = b
        .js(
            "const panel = document.getElementById('site-search-results');\
             return [panel.querySelectorAll('img, b').length, window.xss === undefined,\
                     panel.textContent.includes('<img src=x onerror=window.xss=1>')]",
            vec![],
        )
        .await;
    assert_eq!(made, json!([0, true, true]), "{shown:#?}");
}

/// What a reader sees of each result: the kind label, links to headings, and the excerpt's text
/// and highlights.
async fn details(b: &Browser, id: &str) -> Value {
    b.js(
        "const panel = document.getElementById(arguments[0] + '-results');\
         return Array.from(panel.querySelectorAll('[data-search-list] > li:not(.search-more)')).map(li => ({\
           kind: (li.querySelector('.search-kind') || {}).textContent || '',\
           href: li.querySelector(':scope > a').href,\
           title: li.querySelector(':scope > a').textContent,\
           headings: Array.from(li.querySelectorAll('.search-headings a')).map(a => a.href),\
           headingTitles: Array.from(li.querySelectorAll('.search-headings a')).map(a => a.textContent),\
           excerpt: (li.querySelector('.search-excerpt') || {}).textContent || '',\
           marks: Array.from(li.querySelectorAll('mark')).map(m => m.textContent),\
         }));",
        vec![json!(id)],
    )
    .await
}

#[tokio::test(flavor = "current_thread")]
async fn results_show_their_kind_headings_and_clean_excerpts_and_titles_rank_first() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    let base = &guide().search_url;
    b.goto(&format!("{base}en/")).await;
    let placeholder = b
        .js(
            "return document.getElementById('site-search').getAttribute('placeholder')",
            vec![],
        )
        .await;
    assert_eq!(placeholder, json!("Search the guide"));

    // A word in many pages: the article with it in its title comes first.
    let shown = search(&b, "site-search", "offer").await;
    let first_three = &shown.links[..3.min(shown.links.len())];
    assert!(
        first_three
            .iter()
            .any(|l| l.ends_with("en/job-offers/turning-down-a-job-offer/")),
        "{shown:#?}"
    );
    let results = details(&b, "site-search").await;
    let results = results.as_array().unwrap();
    let kinds: Vec<&str> = results
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.iter().all(|k| !k.is_empty()), "{results:#?}");
    assert!(kinds.contains(&"Article"), "{kinds:?}");
    for r in results {
        for mark in r["marks"].as_array().unwrap() {
            let mark = mark.as_str().unwrap();
            assert!(
                !mark.ends_with(|c: char| c.is_ascii_punctuation()),
                "highlight with punctuation: `{mark}`"
            );
        }
        for heading in r["headings"].as_array().unwrap() {
            let heading = heading.as_str().unwrap();
            assert!(
                heading.starts_with(r["href"].as_str().unwrap()) && heading.contains('#'),
                "{heading} is not a heading of {}",
                r["href"]
            );
        }
    }
    assert!(
        results
            .iter()
            .any(|r| !r["headings"].as_array().unwrap().is_empty()),
        "no links to headings: {results:#?}"
    );

    // Letters are labelled as letters.
    let shown = search(&b, "site-search", "reconsider").await;
    assert!(!shown.links.is_empty());
    let results = details(&b, "site-search").await;
    assert!(
        results
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["kind"] == "Letter"),
        "{results:#?}"
    );

    // Table cells stay apart in excerpts.
    let shown = search(&b, "site-search", "explained").await;
    assert!(!shown.links.is_empty());
    let results = details(&b, "site-search").await;
    for r in results.as_array().unwrap() {
        let excerpt = r["excerpt"].as_str().unwrap();
        assert!(!excerpt.contains("itExplained"), "{excerpt}");
    }

    // Chinese excerpts use Chinese punctuation between a heading and its text, also after a
    // heading that ends in a Latin word (如何得体地拒绝一份offer), and start with a word, not a
    // comma or a full stop. Words found side by side are one highlight, and a result does not
    // repeat its own title as a link to a heading.
    b.goto(&format!("{base}zh/")).await;
    for query in ["拒绝", "offer", "录用通知"] {
        search(&b, "site-search", query).await;
        let results = details(&b, "site-search").await;
        let results = results.as_array().unwrap();
        assert!(!results.is_empty(), "{query}");
        for r in results {
            let excerpt = r["excerpt"].as_str().unwrap();
            assert!(
                !ascii_stop_before_cjk(excerpt),
                "ASCII `. ` before Chinese text: {excerpt}"
            );
            assert!(
                !excerpt.starts_with(|c: char| "，。、；：,.".contains(c)),
                "starts with punctuation: {excerpt}"
            );
            assert_ne!(r["kind"], "", "{r}");
            assert!(
                !r["headingTitles"].as_array().unwrap().contains(&r["title"]),
                "the title again as a heading: {r}"
            );
        }
        if query == "录用通知" {
            let marks: Vec<&str> = results
                .iter()
                .flat_map(|r| r["marks"].as_array().unwrap())
                .map(|m| m.as_str().unwrap())
                .collect();
            assert!(marks.contains(&"录用通知"), "{marks:?}");
        }
    }
}

/// Whether `text` has an ASCII `. ` before a CJK character.
fn ascii_stop_before_cjk(text: &str) -> bool {
    let cjk = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0] == '.' && w[1] == ' ' && cjk(w[2]))
}
