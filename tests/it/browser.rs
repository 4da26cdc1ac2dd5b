//! Browser tests in real headless Chromium (fantoccini + chromedriver): the letters of the
//! bundled guide in all four languages. Under `CI` a missing browser fails the tests; elsewhere
//! they are skipped with a notice.

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::http;

pub(crate) const LANGUAGES: [&str; 4] = ["zh", "en", "de", "da"];

fn find(env: &str, candidates: &[&str]) -> Option<PathBuf> {
    if let Ok(p) = std::env::var(env) {
        return Some(PathBuf::from(p));
    }
    candidates.iter().find_map(|c| {
        let p = Path::new(c);
        if p.is_absolute() {
            return p.exists().then(|| p.to_path_buf());
        }
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join(c))
                .find(|p| p.exists())
        })
    })
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The bundled guide, built once into a temporary folder and served with a strict CSP.
pub(crate) struct Guide {
    root: PathBuf,
    pub(crate) out: PathBuf,
    /// Served with `script-src 'self'`.
    pub(crate) url: String,
    /// The same files, served with the policy search needs (`'wasm-unsafe-eval'` added).
    pub(crate) search_url: String,
    /// The guide built with a base URL of [`SUB_PATH`] and served there (search's policy).
    pub(crate) sub_url: String,
    pub(crate) sub_out: PathBuf,
    /// The same as [`Guide::sub_url`], with every language indexed in shards of a few pages and
    /// the shards merged, as a large site's are (see `search::SHARD_PAGES`).
    pub(crate) sharded_url: String,
    pub(crate) sharded_out: PathBuf,
    /// (language, letter id) → path of the letter page.
    pub(crate) letters: BTreeMap<(String, String), String>,
}

/// Where [`Guide::sub_url`] serves the guide.
pub(crate) const SUB_PATH: &str = "/sub/guide/";

pub(crate) fn guide() -> &'static Guide {
    static GUIDE: OnceLock<Guide> = OnceLock::new();
    GUIDE.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let out = std::env::temp_dir().join(format!("letterpress-browser-{}", std::process::id()));
        let options = letterpress::BuildOptions {
            root: root.clone(),
            output: out.clone(),
            compile: Default::default(),
            force: false,
        };
        letterpress::build(&options).unwrap_or_else(|d| panic!("the guide does not build:\n{d}"));
        let mut letters = BTreeMap::new();
        for lang in LANGUAGES {
            for entry in std::fs::read_dir(out.join(lang).join("letters")).unwrap() {
                let dir = entry.unwrap().path();
                let Ok(html) = std::fs::read_to_string(dir.join("index.html")) else {
                    continue;
                };
                let id = html
                    .split("data-letter=\"")
                    .nth(1)
                    .and_then(|s| s.split('"').next())
                    .unwrap()
                    .to_string();
                let slug = dir.file_name().unwrap().to_string_lossy().into_owned();
                letters.insert((lang.to_string(), id), format!("{lang}/letters/{slug}/"));
            }
        }
        let url = http::serve(out.clone());
        let search_url = http::serve_with(out.clone(), http::SEARCH_CSP);
        // The same guide built for, and served under, a sub-path, as project sites are.
        let sub_out = out.with_file_name(format!("letterpress-browser-sub-{}", std::process::id()));
        let sub = letterpress::BuildOptions {
            output: sub_out.clone(),
            compile: letterpress::CompileOptions {
                base_url: Some(format!("https://example.org{SUB_PATH}")),
                ..Default::default()
            },
            ..options
        };
        letterpress::build(&sub).unwrap_or_else(|d| panic!("the guide does not build:\n{d}"));
        let sub_url = http::serve_under(sub_out.clone(), http::SEARCH_CSP, SUB_PATH);
        let sharded_out = out.with_file_name(format!(
            "letterpress-browser-sharded-{}",
            std::process::id()
        ));
        let sharded = letterpress::BuildOptions {
            output: sharded_out.clone(),
            ..sub
        };
        letterpress::build(&sharded).unwrap_or_else(|d| panic!("the guide does not build:\n{d}"));
        reindex_in_shards(&sharded, SHARD_PAGES);
        let sharded_url = http::serve_under(sharded_out.clone(), http::SEARCH_CSP, SUB_PATH);
        Guide {
            root,
            out,
            url,
            search_url,
            sub_url,
            sub_out,
            sharded_url,
            sharded_out,
            letters,
        }
    })
}

/// Pages per shard (a Chinese page counts four) in [`Guide::sharded_url`]: every language of
/// the guide gets several shards.
pub(crate) const SHARD_PAGES: usize = 8;

/// Replaces the search bundle of a built site with one indexed in shards of `pages` pages.
fn reindex_in_shards(options: &letterpress::BuildOptions, pages: usize) {
    let (input, problems) = letterpress::load::load(&options.root);
    assert!(!problems.has_errors(), "{problems}");
    let site = letterpress::compile(&input, &options.compile).unwrap();
    let mut cache = letterpress::search::IndexCache::default().with_shard_pages(pages);
    let index = letterpress::search::index_with(&site.outputs, &mut cache).unwrap();
    for lang in ["zh", "en", "de", "da"] {
        assert!(cache.shards(lang) >= 2, "`{lang}` in one shard");
    }
    let bundle = options.output.join(letterpress::search::BUNDLE_DIR);
    std::fs::remove_dir_all(&bundle).unwrap();
    for file in &index.files {
        let path = options.output.join(&file.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &file.contents).unwrap();
    }
}

/// A chromedriver process and a session in headless Chromium.
pub(crate) struct Browser {
    pub(crate) client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    /// Ends chromedriver and every browser process it started (they share its process group).
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Browser {
    /// Starts a browser, or returns `None` (with a notice) when Chromium is missing outside CI.
    pub(crate) async fn start(javascript: bool) -> Option<Browser> {
        let chrome = find(
            "LETTERPRESS_CHROME",
            &[
                "/usr/bin/chromium",
                "chromium",
                "chromium-browser",
                "google-chrome",
            ],
        );
        let driver = find(
            "LETTERPRESS_CHROMEDRIVER",
            &["/usr/bin/chromedriver", "chromedriver"],
        );
        let (Some(chrome), Some(driver)) = (chrome, driver) else {
            if in_ci() {
                panic!(
                    "browser tests need Chromium and chromedriver (apt-get install chromium chromium-driver); CI is set, so this fails instead of skipping"
                );
            }
            eprintln!(
                "notice: Chromium or chromedriver not found; skipping browser test (install chromium and chromium-driver to run it)"
            );
            return None;
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new(driver)
            .process_group(0)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = tempfile::tempdir().unwrap();
        let mut options = json!({
            "binary": chrome,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1200,1000",
                format!("--user-data-dir={}", profile.path().display()),
            ],
        });
        if !javascript {
            options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), options);
        // Scripts are deferred, so the DOM being ready is what the tests need; waiting for every
        // last subresource only adds chances for the renderer to stall.
        caps.insert("pageLoadStrategy".into(), json!("eager"));
        let mut last_error = None;
        for _ in 0..100 {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => {
                    let timeouts = fantoccini::wd::TimeoutConfiguration::new(
                        Some(Duration::from_secs(20)),
                        Some(Duration::from_secs(30)),
                        Some(Duration::from_secs(0)),
                    );
                    client.update_timeouts(timeouts).await.unwrap();
                    return Some(Browser {
                        client,
                        driver,
                        _profile: profile,
                    });
                }
                Err(e) => {
                    last_error = Some(e);
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
        panic!("cannot connect to chromedriver: {last_error:?}");
    }

    pub(crate) async fn open(&self, path: &str) {
        self.goto(&format!("{}{path}", guide().url)).await;
    }

    /// Navigates, retrying when chromedriver loses track of a busy renderer.
    pub(crate) async fn goto(&self, url: &str) {
        let mut last = None;
        for _ in 0..3 {
            match self.client.goto(url).await {
                Ok(()) => return,
                Err(e) => last = Some(e),
            }
        }
        panic!("cannot open {url}: {last:?}");
    }

    pub(crate) async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    pub(crate) async fn text(&self, selector: &str) -> String {
        self.js(
            "return document.querySelector(arguments[0]).textContent",
            vec![json!(selector)],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Sets a field's value as typing would, firing `input`.
    pub(crate) async fn set(&self, name: &str, value: &str) {
        self.js(
            "const el = document.querySelector('[data-letter-form]').elements.namedItem(arguments[0]);\
             el.value = arguments[1]; el.dispatchEvent(new Event('input', {bubbles: true}));",
            vec![json!(name), json!(value)],
        )
        .await;
    }

    pub(crate) async fn click(&self, selector: &str) {
        self.client
            .find(Locator::Css(selector))
            .await
            .unwrap_or_else(|e| panic!("no `{selector}`: {e}"))
            .click()
            .await
            .unwrap();
    }

    pub(crate) async fn type_into(&self, name: &str, text: &str) {
        let el = self
            .client
            .find(Locator::Css(&format!("[data-letter-form] [name='{name}']")))
            .await
            .unwrap();
        el.clear().await.unwrap();
        el.send_keys(text).await.unwrap();
    }

    /// The form's fields as the letter's program declares them: (id, kind, choices).
    pub(crate) async fn fields(&self) -> Vec<(String, String, Vec<String>)> {
        let v = self
            .js(
                "const p = JSON.parse(document.querySelector('[data-letter]').getAttribute('data-program'));\
                 return p.fields.map(f => [f.id, f.kind, Array.from(document.querySelectorAll(`input[type=radio][name='${f.id}']`)).map(r => r.value)]);",
                vec![],
            )
            .await;
        v.as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let choices = f[2]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c.as_str().unwrap().to_string())
                    .collect();
                (
                    f[0].as_str().unwrap().to_string(),
                    f[1].as_str().unwrap().to_string(),
                    choices,
                )
            })
            .collect()
    }

    pub(crate) async fn local_storage_keys(&self) -> Vec<String> {
        let v = self.js("return Object.keys(localStorage).filter(k => k.startsWith('letterpress.letters.')).sort()", vec![]).await;
        v.as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap().to_string())
            .collect()
    }
}

pub(crate) fn sample(field: &str, kind: &str, lang: &str) -> String {
    match (kind, lang) {
        ("date", _) => "2026-03-04".into(),
        ("multiline", _) => "Erste Zeile – æøå\nSecond line 第二行".into(),
        (_, "zh") => format!("王经理{field}"),
        (_, "de") => format!("Müller-Lüdenscheidt {field}"),
        (_, "da") => format!("Søren Ærø {field}"),
        _ => format!("Anna O'Neil {field}"),
    }
}

pub(crate) fn letter_path(lang: &str, id: &str) -> String {
    guide()
        .letters
        .get(&(lang.to_string(), id.to_string()))
        .unwrap_or_else(|| panic!("no letter page `{id}` in `{lang}`"))
        .clone()
}

#[tokio::test(flavor = "current_thread")]
async fn every_letter_in_every_language_reads_exactly_like_fluent_rs() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    let g = guide();
    assert_eq!(
        g.letters.len(),
        28,
        "7 letters in 4 languages: {:?}",
        g.letters.keys()
    );
    for ((lang, id), path) in &g.letters {
        b.open(path).await;
        let mut values = BTreeMap::new();
        for (field, kind, choices) in b.fields().await {
            if kind == "choice" {
                // Pick the last choice (a non-default one for most fields) by clicking it.
                let choice = choices.last().unwrap().clone();
                b.click(&format!(
                    "input[type=radio][name='{field}'][value='{choice}']"
                ))
                .await;
                values.insert(field, choice);
            } else {
                let value = sample(&field, &kind, lang);
                b.set(&field, &value).await;
                values.insert(field, value);
            }
        }
        let (subject, body) = letterpress::letter_text(&g.root, lang, id, &values).unwrap();
        assert_eq!(
            b.text("[data-part=subject]").await,
            subject,
            "subject of `{id}` in `{lang}`"
        );
        assert_eq!(
            b.text("[data-part=body]").await,
            body,
            "body of `{id}` in `{lang}`"
        );
        assert!(
            !body.contains('['),
            "every blank of `{id}` in `{lang}` is filled: {body}"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn typing_choices_mail_download_and_copy_in_every_language() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    for lang in LANGUAGES {
        b.open(&letter_path(lang, "decline-offer")).await;
        // The form replaces the printed hint, and blanks start highlighted.
        assert!(
            b.client
                .find(Locator::Css("[data-letter-form]"))
                .await
                .unwrap()
                .is_displayed()
                .await
                .unwrap()
        );
        let blank = b.text("[data-part=body] mark.blank").await;
        assert!(blank.starts_with('[') && blank.ends_with(']'), "{blank}");

        // Real typing updates the preview live.
        b.type_into("company", "Nordlys A/S").await;
        b.type_into("position", "Dataanalytiker").await;
        b.type_into("contact", "Hansen").await;
        b.type_into("sender_name", "Kim Berg").await;
        let body = b.text("[data-part=body]").await;
        assert!(
            body.contains("Nordlys A/S") && body.contains("Kim Berg") && body.contains("Hansen"),
            "{lang}: {body}"
        );
        assert!(
            b.text("[data-part=subject]")
                .await
                .contains("Dataanalytiker")
        );

        // Switching a choice switches the variant instantly.
        let before = b.text("[data-part=body]").await;
        b.click("input[type=radio][name='reason'][value='other-offer']")
            .await;
        let after = b.text("[data-part=body]").await;
        assert_ne!(before, after, "{lang}: the reason changes the text");
        if lang == "de" {
            b.click("input[type=radio][name='addressee'][value='woman']")
                .await;
            assert!(
                b.text("[data-part=body]")
                    .await
                    .starts_with("Sehr geehrte Frau Hansen,")
            );
            b.click("input[type=radio][name='addressee'][value='man']")
                .await;
            assert!(
                b.text("[data-part=body]")
                    .await
                    .starts_with("Sehr geehrter Herr Hansen,")
            );
        }

        // The mailto link decodes back to exactly the preview.
        let subject = b.text("[data-part=subject]").await;
        let body = b.text("[data-part=body]").await;
        let href = b
            .js(
                "return document.querySelector('[data-action=mail]').getAttribute('href')",
                vec![],
            )
            .await;
        let href = href.as_str().unwrap();
        let query = href.strip_prefix("mailto:?").expect("a mailto link");
        let (s, bd) = query.split_once("&body=").unwrap();
        assert_eq!(
            http::percent_decode(s.strip_prefix("subject=").unwrap()),
            subject
        );
        assert_eq!(
            http::percent_decode(bd),
            body.replace('\n', "\r\n"),
            "{lang}: body in the mailto link"
        );
        assert!(
            !href.contains(' ') && !href.contains('\n'),
            "percent-encoded"
        );

        // The download is a UTF-8 text file with subject and body.
        b.js(
            "window.__blobs = []; const orig = URL.createObjectURL;\
             URL.createObjectURL = function (blob) { window.__blobs.push(blob); return orig.call(URL, blob); };",
            vec![],
        )
        .await;
        b.click("[data-action=download]").await;
        let text = b
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; const blob = window.__blobs[0];\
                 blob.text().then(t => done([blob.type, t]));",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(text[0], "text/plain;charset=utf-8");
        assert_eq!(text[1].as_str().unwrap(), format!("{subject}\n\n{body}\n"));

        // Copy gives visible feedback whether or not the clipboard is allowed.
        b.click("[data-action=copy]").await;
        let mut status = String::new();
        for _ in 0..50 {
            status = b
                .text(".letter-toolbar [data-action=copy] + [data-feedback]")
                .await;
            if !status.is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(!status.is_empty(), "{lang}: copy feedback");

        // Print marks the page and puts a copy of this letter where the print stylesheet shows
        // nothing else (the printed pages are counted in `workspace.rs`).
        b.js("window.print = function () { const sheet = document.querySelector('.lp-print-sheet'); window.__printed = [document.documentElement.classList.contains('lp-print-letter'), document.querySelector('[data-letter]').classList.contains('lp-printing'), sheet && sheet.textContent]; };", vec![]).await;
        b.click("[data-action=print]").await;
        let printed = b.js("return window.__printed", vec![]).await;
        assert_eq!(printed[0], json!(true), "{lang}: print only the letter");
        assert_eq!(printed[1], json!(true), "{lang}: print only the letter");
        assert!(
            printed[2].as_str().unwrap().contains(&body),
            "{lang}: the printed sheet is the letter"
        );
        let css = std::fs::read_to_string(guide().out.join("assets/letterpress.css")).unwrap();
        assert!(css.contains(
            "html.lp-print-letter body > :not(.lp-print-sheet) { display: none !important; }"
        ));

        // Reset empties the form and brings the blanks back.
        b.click("[data-action=reset]").await;
        assert!(b.text("[data-part=body]").await.contains('['));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn reader_input_stays_inert_text() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    let payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
    for lang in LANGUAGES {
        b.open(&letter_path(lang, "decline-offer")).await;
        b.type_into("company", payload).await;
        b.set("contact", payload).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        let body = b.text("[data-part=body]").await;
        assert!(
            body.contains(payload),
            "{lang}: the payload shows literally"
        );
        let injected = b.js("return [document.querySelectorAll('[data-letter-preview] img, [data-letter-preview] script').length, window.__xss === undefined]", vec![]).await;
        assert_eq!(
            injected,
            json!([0, true]),
            "{lang}: nothing was interpreted as HTML"
        );
        let href = b
            .js(
                "return document.querySelector('[data-action=mail]').getAttribute('href')",
                vec![],
            )
            .await;
        assert!(http::percent_decode(href.as_str().unwrap()).contains(payload));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn details_are_remembered_only_after_opting_in_and_forget_clears_them() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    for lang in LANGUAGES {
        b.open(&letter_path(lang, "decline-offer")).await;
        b.js("localStorage.clear()", vec![]).await;
        b.open(&letter_path(lang, "decline-offer")).await;
        b.type_into("sender_name", "Kim Berg").await;
        b.type_into("company", "Nordlys").await;
        assert!(
            b.local_storage_keys().await.is_empty(),
            "{lang}: nothing stored without opting in"
        );

        b.click("[data-remember]").await;
        assert!(
            !b.local_storage_keys().await.is_empty(),
            "{lang}: stored after opting in"
        );
        b.open(&letter_path(lang, "decline-offer")).await;
        let kept = b.js("const f = document.querySelector('[data-letter-form]'); return [f.elements.namedItem('sender_name').value, f.elements.namedItem('company').value, document.querySelector('[data-remember]').checked]", vec![]).await;
        assert_eq!(
            kept,
            json!(["Kim Berg", "Nordlys", true]),
            "{lang}: kept after a reload"
        );

        // Shared details pre-fill another letter.
        b.open(&letter_path(lang, "withdraw-application")).await;
        let name = b.js("return document.querySelector('[data-letter-form]').elements.namedItem('sender_name').value", vec![]).await;
        assert_eq!(
            name,
            json!("Kim Berg"),
            "{lang}: the name pre-fills other letters"
        );
        assert!(b.text("[data-part=body]").await.contains("Kim Berg"));

        b.click("[data-action=forget]").await;
        assert!(
            b.local_storage_keys().await.is_empty(),
            "{lang}: forget clears everything"
        );
        b.open(&letter_path(lang, "decline-offer")).await;
        let name = b.js("return document.querySelector('[data-letter-form]').elements.namedItem('sender_name').value", vec![]).await;
        assert_eq!(
            name,
            json!(""),
            "{lang}: nothing comes back after forgetting"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn without_javascript_the_whole_letter_is_readable_with_blanks() {
    let Some(b) = Browser::start(false).await else {
        return;
    };
    for lang in LANGUAGES {
        b.open(&letter_path(lang, "decline-offer")).await;
        let form = b
            .client
            .find(Locator::Css("[data-letter-form]"))
            .await
            .unwrap();
        assert!(
            !form.is_displayed().await.unwrap(),
            "{lang}: the form needs JavaScript and stays hidden"
        );
        let preview = b
            .client
            .find(Locator::Css("[data-letter-preview]"))
            .await
            .unwrap();
        assert!(preview.is_displayed().await.unwrap());
        let text = preview.text().await.unwrap();
        let html = std::fs::read_to_string(
            guide()
                .out
                .join(letter_path(lang, "decline-offer"))
                .join("index.html"),
        )
        .unwrap();
        let label = html
            .split("<mark class=\"blank\">")
            .nth(1)
            .and_then(|s| s.split("</mark>").next())
            .unwrap();
        assert!(text.contains(label), "{lang}: blanks read as {label}");
        assert!(text.lines().count() > 5, "{lang}: the full letter is shown");
        assert!(
            b.client
                .find(Locator::Css("[data-nojs]"))
                .await
                .unwrap()
                .is_displayed()
                .await
                .unwrap()
        );
    }
}
