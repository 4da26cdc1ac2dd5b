//! The letter workspace and reading on a phone, measured in real headless Chromium the way a
//! reader sees them, at 1440×900 (desktop) and 390×844 (phone): where the preview is while
//! typing, where an article's text starts, the count of blanks and the warnings, what storage
//! holds after clear and forget, how many pages print, and how much the layout shifts.

use std::time::Duration;

use fantoccini::Locator;
use fantoccini::wd::PrintConfiguration;
use serde_json::{Value, json};

use crate::browser::{Browser, LANGUAGES, guide, letter_path, sample};

const DESKTOP: (u32, u32) = (1440, 900);
const PHONE: (u32, u32) = (390, 844);

impl Browser {
    /// Makes the page's viewport (not the window) `width`×`height` CSS pixels.
    async fn viewport(&self, (width, height): (u32, u32)) {
        let (mut w, mut h) = (i64::from(width), i64::from(height));
        let mut seen = Vec::new();
        for _ in 0..5 {
            self.client
                .set_window_size(w as u32, h as u32)
                .await
                .unwrap();
            tokio::time::sleep(Duration::from_millis(100)).await;
            let inner = self.js("return [innerWidth, innerHeight]", vec![]).await;
            let (iw, ih) = (inner[0].as_i64().unwrap(), inner[1].as_i64().unwrap());
            if (iw, ih) == (i64::from(width), i64::from(height)) {
                return;
            }
            seen.push((w, h, iw, ih));
            w += i64::from(width) - iw;
            h += i64::from(height) - ih;
        }
        panic!("cannot give the page a {width}×{height} viewport: (window, inner) {seen:?}");
    }

    /// Types `text` into field `name` of the letter `scope` (a CSS selector), as a reader does:
    /// the field is scrolled to where they can see it, tapped, and typed into.
    async fn type_in(&self, scope: &str, name: &str, text: &str) {
        let selector = format!("{scope} [data-letter-form] [name='{name}']");
        let el = self
            .client
            .find(Locator::Css(&selector))
            .await
            .unwrap_or_else(|e| panic!("no field `{name}` in `{scope}`: {e}"));
        self.js(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'center'})",
            vec![json!(selector)],
        )
        .await;
        el.click().await.unwrap();
        el.clear().await.unwrap();
        el.send_keys(text).await.unwrap();
    }

    /// The page's bounding box of the first element matching `selector`: [top, bottom, left,
    /// right], or null when there is none or it is not rendered.
    async fn rect(&self, selector: &str) -> Value {
        self.js(
            "const el = document.querySelector(arguments[0]); if (!el) return null;\
             const r = el.getBoundingClientRect(); if (!r.width && !r.height) return null;\
             return [r.top, r.bottom, r.left, r.right];",
            vec![json!(selector)],
        )
        .await
    }

    /// Whether `selector`'s box is wholly inside the viewport.
    async fn fully_in_view(&self, selector: &str) -> bool {
        self.js(
            "const el = document.querySelector(arguments[0]); if (!el) return false;\
             const r = el.getBoundingClientRect();\
             return r.height > 0 && r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;",
            vec![json!(selector)],
        )
        .await
        .as_bool()
        .unwrap()
    }

    /// Waits until `script` returns something truthy, and returns it.
    async fn until(&self, script: &str, args: Vec<Value>) -> Value {
        for _ in 0..60 {
            let v = self.js(script, args.clone()).await;
            if !(v.is_null() || v == json!(false) || v == json!("")) {
                return v;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("waited in vain for {script}");
    }

    /// The number of pages of the page printed to PDF (WebDriver's print, A4).
    async fn printed_pages(&self) -> usize {
        let pdf = self
            .client
            .print(PrintConfiguration::default())
            .await
            .unwrap();
        pdf_pages(&pdf)
    }
}

/// The `/Count` of a PDF's page tree.
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.split("endobj")
        .filter(|obj| obj.contains("/Type /Pages"))
        .find_map(|obj| {
            let count = obj.split("/Count").nth(1)?;
            count
                .trim_start()
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .expect("a PDF page tree")
}

/// The article that explains letter `id` in `lang`, as the letter page links to it.
async fn article_of(b: &Browser, lang: &str, id: &str) -> String {
    b.open(&letter_path(lang, id)).await;
    let href = b
        .js(
            "const a = document.querySelector('.explained-in a'); return a && a.href",
            vec![],
        )
        .await;
    href.as_str()
        .unwrap_or_else(|| panic!("the `{id}` page in `{lang}` links to its article"))
        .to_string()
}

/// The text fields of the first letter on the page: (name, kind).
async fn text_fields(b: &Browser, scope: &str) -> Vec<(String, String)> {
    let v = b
        .js(
            "const p = JSON.parse(document.querySelector(arguments[0]).getAttribute('data-program'));\
             return p.fields.filter(f => f.kind !== 'choice').map(f => [f.id, f.kind]);",
            vec![json!(scope)],
        )
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f[0].as_str().unwrap().to_string(),
                f[1].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// What a reader types into a field of `kind` in `lang` (dates are typed as the browser's
/// date input takes them).
fn typed(field: &str, kind: &str, lang: &str) -> String {
    match kind {
        "date" => "03042026".into(),
        "multiline" => format!("{} {field}", sample(field, "text", lang)),
        _ => sample(field, kind, lang),
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_preview_stays_in_view_while_typing_into_each_field() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    for lang in LANGUAGES {
        for id in ["decline-offer", "reconsider-offer"] {
            let path = letter_path(lang, id);
            // Desktop: the letter beside the form, following the reader down the form.
            b.viewport(DESKTOP).await;
            b.open(&path).await;
            let scope = "[data-letter]";
            for (field, kind) in text_fields(&b, scope).await {
                b.type_in(scope, &field, &typed(&field, &kind, lang)).await;
                let seen = b
                    .js(
                        "const preview = document.querySelector('[data-letter-preview]').getBoundingClientRect();\
                         const field = document.querySelector('[data-letter-form] [name=\"' + arguments[0] + '\"]').getBoundingClientRect();\
                         const span = document.querySelector('[data-letter-preview] [data-field=\"' + arguments[0] + '\"]');\
                         const s = span && span.getBoundingClientRect();\
                         return {\
                           preview: Math.min(preview.bottom, innerHeight) - Math.max(preview.top, 0) >= Math.min(preview.height, innerHeight * 0.4) - 1,\
                           field: field.top >= -1 && field.bottom <= innerHeight + 1,\
                           value: !!s && s.top >= Math.max(preview.top, 0) - 1 && s.bottom <= Math.min(preview.bottom, innerHeight) + 1,\
                         };",
                        vec![json!(field)],
                    )
                    .await;
                assert_eq!(
                    seen,
                    json!({"preview": true, "field": true, "value": true}),
                    "{lang} `{id}` at 1440×900: the letter, with `{field}` in it, is in view while typing `{field}`"
                );
            }
            // Phone: the bar shows the line being written, the blanks left, and the letter and
            // "copy" one tap away.
            b.viewport(PHONE).await;
            b.open(&path).await;
            for (field, kind) in text_fields(&b, scope).await {
                let value = typed(&field, &kind, lang);
                b.type_in(scope, &field, &value).await;
                assert!(
                    b.fully_in_view("[data-letter-bar]").await,
                    "{lang} `{id}` at 390×844: the bar is on screen while typing `{field}`"
                );
                let covered = b
                    .js(
                        "const f = document.activeElement.getBoundingClientRect(), bar = document.querySelector('[data-letter-bar]').getBoundingClientRect();\
                         return f.bottom > bar.top + 1;",
                        vec![],
                    )
                    .await;
                assert_eq!(
                    covered,
                    json!(false),
                    "{lang} `{id}`: the bar leaves `{field}` visible"
                );
                for tool in [
                    "[data-letter-bar] a[href$='-output']",
                    "[data-letter-bar] [data-action=copy]",
                ] {
                    assert!(b.fully_in_view(tool).await, "{lang} `{id}`: {tool}");
                }
                if kind == "text" {
                    let line = b.text("[data-letter-line]").await;
                    assert!(
                        line.contains(&value),
                        "{lang} `{id}`: the bar shows `{value}` in its line: {line}"
                    );
                }
            }
            // One tap on "see the letter" brings the whole letter into view.
            b.click("[data-letter-bar] a[href$='-output']").await;
            let top = b.rect("[data-letter-preview]").await;
            assert!(
                top[0].as_f64().unwrap() >= -1.0 && top[0].as_f64().unwrap() < 844.0 / 2.0,
                "{lang} `{id}`: the letter is in view after one tap: {top}"
            );
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn an_articles_text_starts_high_on_a_phone_and_a_desktop() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    for lang in LANGUAGES {
        let article = article_of(&b, lang, "decline-offer").await;
        for (size, limit) in [(PHONE, 844.0 / 2.0), (DESKTOP, 900.0 / 2.0)] {
            b.viewport(size).await;
            b.goto(&article).await;
            let header = b.rect(".site-header").await;
            let first = b.rect(".article .content > p").await;
            let top = first[0].as_f64().unwrap();
            assert!(
                top < limit,
                "{lang} at {size:?}: the first paragraph starts at y={top}, below the upper half"
            );
            if size == PHONE {
                let height = header[1].as_f64().unwrap() - header[0].as_f64().unwrap();
                assert!(
                    height <= 72.0,
                    "{lang}: the phone header is {height}px tall"
                );
                // Title, search, language menu and menu button, all on screen in one row.
                for part in [
                    ".site-title",
                    ".site-header .search input",
                    ".language-menu > summary",
                    ".site-menu > summary",
                ] {
                    assert!(b.fully_in_view(part).await, "{lang}: {part} on a phone");
                }
                assert_eq!(
                    b.rect(".site-nav").await,
                    Value::Null,
                    "{lang}: no menu rows"
                );
                // The menu opens, and holds the letters.
                b.click(".site-menu > summary").await;
                let letters = b
                    .js(
                        "return Array.from(document.querySelectorAll('.site-menu a')).filter(a => a.offsetParent).map(a => a.getAttribute('href'))",
                        vec![],
                    )
                    .await;
                assert!(
                    letters
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|h| h.as_str().unwrap().ends_with(&format!("{lang}/letters/"))),
                    "{lang}: the menu lists the letters: {letters}"
                );
                b.client
                    .active_element()
                    .await
                    .unwrap()
                    .send_keys("\u{e00c}")
                    .await
                    .unwrap();
                assert_eq!(
                    b.js("return document.querySelector('.site-menu').open", vec![])
                        .await,
                    json!(false),
                    "{lang}: Escape closes the menu"
                );
            } else {
                // Beside a long article, its table of contents follows the reader and marks
                // where they are.
                assert!(b.fully_in_view(".toc-side").await, "{lang}: the contents");
                let last = b
                    .js(
                        "const links = Array.from(document.querySelectorAll('.toc-side a'));\
                         const top = a => document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))).getBoundingClientRect().top;\
                         const a = links.find((l, i) => i > 0 && i + 1 < links.length && top(links[i + 1]) - top(l) > 400) || links[1];\
                         window.scrollBy(0, top(a) - 20); return a.getAttribute('href');",
                        vec![],
                    )
                    .await;
                let current = b
                    .until(
                        "const a = document.querySelector('.toc-side a[aria-current]'); return a && a.getAttribute('href')",
                        vec![],
                    )
                    .await;
                assert_eq!(
                    current, last,
                    "{lang}: the contents mark the section in view"
                );
                assert!(b.fully_in_view(".toc-side").await, "{lang}: still in view");
            }
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_blank_count_warns_on_copy_mail_and_download_without_blocking() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    b.viewport(DESKTOP).await;
    for lang in LANGUAGES {
        b.open(&letter_path(lang, "decline-offer")).await;
        let count = |n: usize| {
            format!(
                "return document.querySelector('[data-letter-count]').getAttribute('data-blanks-{n}')"
            )
        };
        let blanks = text_fields(&b, "[data-letter]").await;
        assert_eq!(
            b.text("[data-letter-count]").await,
            b.js(&count(blanks.len()), vec![]).await.as_str().unwrap(),
            "{lang}: every blank counted"
        );
        // The count is the only live text, and it changes when the number does, not per key.
        b.js(
            "window.__changes = 0; new MutationObserver(() => window.__changes++).observe(document.querySelector('[data-letter-count]'), {childList: true, characterData: true, subtree: true});",
            vec![],
        )
        .await;
        b.type_in("[data-letter]", &blanks[0].0, "Hansen").await;
        assert_eq!(
            b.text("[data-letter-count]").await,
            b.js(&count(blanks.len() - 1), vec![])
                .await
                .as_str()
                .unwrap()
        );
        assert_eq!(
            b.js("return window.__changes", vec![]).await,
            json!(1),
            "{lang}: six keystrokes, one change of the count"
        );
        assert_eq!(
            b.js(
                "return document.querySelectorAll('[aria-live], [data-letter-preview] [role=status]').length",
                vec![]
            )
            .await,
            json!(0),
            "{lang}: the letter itself is not announced"
        );

        // With blanks left, copy, e-mail and download still work, and warn next to the button.
        for (action, warning) in [
            ("copy", "copied-blanks"),
            ("mail", "mail-blanks"),
            ("download", "downloaded-blanks"),
        ] {
            b.js("window.__opened = []; document.querySelector('[data-action=mail]').addEventListener('click', e => { window.__opened.push(e.currentTarget.href); e.preventDefault(); }, {once: true});", vec![]).await;
            b.click(&format!(".letter-toolbar [data-action={action}]"))
                .await;
            let said = b
                .until(
                    "const f = document.querySelector('.letter-toolbar [data-action=' + arguments[0] + '] + [data-feedback]'); return f.textContent && [f.textContent, f.classList.contains('is-warning')]",
                    vec![json!(action)],
                )
                .await;
            let expected = b
                .js(
                    "return document.querySelector('[data-letter-actions]').getAttribute('data-' + arguments[0])",
                    vec![json!(warning)],
                )
                .await;
            assert_eq!(said, json!([expected, true]), "{lang}: {action} warns");
            assert!(
                b.fully_in_view(&format!(
                    ".letter-toolbar [data-action={action}] + [data-feedback]"
                ))
                .await,
                "{lang}: the warning for {action} shows next to its button"
            );
            let others = b
                .js(
                    "return Array.from(document.querySelectorAll('[data-feedback]')).filter(f => f.textContent).length",
                    vec![],
                )
                .await;
            assert_eq!(others, json!(1), "{lang}: only the last message shows");
        }
        // Filled in, nothing warns.
        for (field, kind) in &blanks[1..] {
            b.set(field, &typed(field, kind, lang)).await;
        }
        assert_eq!(
            b.text("[data-letter-count]").await,
            b.js(&count(0), vec![]).await.as_str().unwrap()
        );
        b.click(".letter-toolbar [data-action=copy]").await;
        let said = b
            .until(
                "const f = document.querySelector('.letter-toolbar [data-action=copy] + [data-feedback]'); return f.textContent && [f.textContent, f.classList.contains('is-warning')]",
                vec![],
            )
            .await;
        let copied = b
            .js(
                "return document.querySelector('[data-letter-actions]').getAttribute('data-copied')",
                vec![],
            )
            .await;
        assert!(
            said == json!([copied, false])
                || said[0]
                    == b.js("return document.querySelector('[data-letter-actions]').getAttribute('data-copy-failed')", vec![]).await,
            "{lang}: copied without a warning: {said}"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn clear_and_forget_leave_storage_as_the_form_shows_it() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    b.viewport(DESKTOP).await;
    let stored = "return [localStorage.getItem('letterpress.letters.remember'), localStorage.getItem('letterpress.letters.letter.decline-offer'), localStorage.getItem('letterpress.letters.shared')]";
    for lang in LANGUAGES {
        let path = letter_path(lang, "decline-offer");
        b.open(&path).await;
        b.js("localStorage.clear()", vec![]).await;
        b.open(&path).await;
        b.click("[data-remember]").await;
        b.type_in("[data-letter]", "sender_name", "Kim Berg").await;
        b.type_in("[data-letter]", "company", "Nordlys").await;
        let before = b.js(stored, vec![]).await;
        assert!(
            before[2].as_str().unwrap().contains("Kim Berg"),
            "{lang}: {before}"
        );

        // Clear: the form is empty, still remembered, and so is storage.
        b.click(".letter-toolbar [data-action=reset]").await;
        let after = b.js(stored, vec![]).await;
        assert_eq!(after[0], json!("true"), "{lang}: still remembered");
        assert!(
            !after[1].as_str().unwrap_or("").contains("Nordlys")
                && !after[2].as_str().unwrap_or("").contains("Kim Berg"),
            "{lang}: nothing of the cleared form is stored: {after}"
        );
        b.open(&path).await;
        let shown = b.js("const f = document.querySelector('[data-letter-form]'); return [f.elements.namedItem('sender_name').value, f.elements.namedItem('company').value, document.querySelector('[data-remember]').checked]", vec![]).await;
        assert_eq!(
            shown,
            json!(["", "", true]),
            "{lang}: a reload shows the cleared form"
        );

        // Forget: storage is empty, the box unticked, and the confirmation is next to the button.
        b.type_in("[data-letter]", "sender_name", "Kim Berg").await;
        b.click("[data-action=forget]").await;
        assert_eq!(
            b.js(stored, vec![]).await,
            json!([null, null, null]),
            "{lang}: forgotten"
        );
        assert_eq!(
            b.js(
                "return document.querySelector('[data-remember]').checked",
                vec![]
            )
            .await,
            json!(false)
        );
        // The confirmation shows beside the button, on screen.
        b.until(
            "const inView = el => { const r = el.getBoundingClientRect(); return r.height > 0 && r.top >= -1 && r.bottom <= innerHeight + 1; };\
             const f = document.querySelector('[data-action=forget] + [data-feedback]');\
             return f.textContent !== '' && inView(f) && inView(document.querySelector('[data-action=forget]'));",
            vec![],
        )
        .await;
        b.open(&path).await;
        assert_eq!(
            b.js("return [document.querySelector('[data-letter-form]').elements.namedItem('sender_name').value, document.querySelector('[data-remember]').checked]", vec![]).await,
            json!(["", false]),
            "{lang}: nothing comes back"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn print_gives_exactly_the_letter_on_one_page() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    b.viewport(DESKTOP).await;
    for lang in LANGUAGES {
        // The letter's page prints the letter.
        b.open(&letter_path(lang, "decline-offer")).await;
        assert_eq!(
            b.printed_pages().await,
            1,
            "{lang}: the letter page prints on one page"
        );
        // From an article, "print" prints only that letter; the article itself prints in full.
        let article = article_of(&b, lang, "decline-offer").await;
        b.goto(&article).await;
        let whole = b.printed_pages().await;
        assert!(whole > 1, "{lang}: the article prints as {whole} pages");
        b.js("window.print = function () {};", vec![]).await;
        b.click("[data-letter=decline-offer] [data-action=expand]")
            .await;
        b.type_in("[data-letter=decline-offer]", "company", "Nordlys")
            .await;
        b.click("[data-letter=decline-offer] .letter-toolbar [data-action=print]")
            .await;
        let sheet = b
            .js(
                "const s = document.querySelectorAll('.lp-print-sheet'); return [s.length, s[0] && s[0].textContent]",
                vec![],
            )
            .await;
        assert_eq!(sheet[0], json!(1), "{lang}");
        assert!(sheet[1].as_str().unwrap().contains("Nordlys"), "{lang}");
        assert_eq!(
            b.printed_pages().await,
            1,
            "{lang}: printing the letter from an article gives one page"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn letters_in_articles_are_cards_that_open_in_place() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    b.viewport(DESKTOP).await;
    for lang in LANGUAGES {
        let article = article_of(&b, lang, "decline-offer").await;
        b.goto(&article).await;
        let card = "[data-letter=decline-offer]";
        let state = format!(
            "const c = document.querySelector('{card}'); const b = c.querySelector('[data-action=expand]');\
             return [c.getBoundingClientRect().height, !!c.querySelector('[data-letter-form]').offsetParent, b.getAttribute('aria-expanded'), !!b.offsetParent]"
        );
        let closed = b.js(&state, vec![]).await;
        assert!(
            closed[0].as_f64().unwrap() < 520.0,
            "{lang}: a compact card: {closed}"
        );
        assert_eq!(
            closed.as_array().unwrap()[1..],
            [json!(false), json!("false"), json!(true)]
        );
        b.click(&format!("{card} [data-action=expand]")).await;
        let open = b.js(&state, vec![]).await;
        assert_eq!(
            open.as_array().unwrap()[1..],
            [json!(true), json!("true"), json!(false)],
            "{lang}"
        );
        let focused = b
            .js(
                "return document.activeElement.closest('[data-letter-form]') !== null",
                vec![],
            )
            .await;
        assert_eq!(focused, json!(true), "{lang}: the form has the focus");
        b.click(&format!("{card} [data-action=collapse]")).await;
        let closed_again = b.js(&state, vec![]).await;
        assert_eq!(
            closed_again.as_array().unwrap()[1..],
            closed.as_array().unwrap()[1..],
            "{lang}"
        );
        assert_eq!(
            b.js(
                "return document.activeElement.getAttribute('data-action')",
                vec![]
            )
            .await,
            json!("expand")
        );
    }
    // Without JavaScript, the letter is there in full.
    let Some(b) = Browser::start(false).await else {
        return;
    };
    for lang in LANGUAGES {
        let letter = std::fs::read_to_string(
            guide()
                .out
                .join(letter_path(lang, "decline-offer"))
                .join("index.html"),
        )
        .unwrap();
        let article = letter
            .split("class=\"explained-in\"")
            .nth(1)
            .and_then(|s| s.split("href=\"").nth(1))
            .and_then(|s| s.split('"').next())
            .unwrap()
            .trim_start_matches("../")
            .to_string();
        b.open(&article).await;
        let preview = b
            .client
            .find(Locator::Css(
                "[data-letter=decline-offer] [data-letter-preview]",
            ))
            .await
            .unwrap();
        let text = preview.text().await.unwrap();
        assert!(
            text.lines().filter(|l| !l.trim().is_empty()).count() > 5,
            "{lang}: the whole letter without JavaScript: {text}"
        );
        let expand = b
            .client
            .find(Locator::Css(
                "[data-letter=decline-offer] [data-action=expand]",
            ))
            .await
            .unwrap();
        assert!(!expand.is_displayed().await.unwrap(), "{lang}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn letter_pages_do_not_shift_while_they_load() {
    let Some(b) = Browser::start(true).await else {
        return;
    };
    for size in [DESKTOP, PHONE] {
        b.viewport(size).await;
        for lang in LANGUAGES {
            b.open(&letter_path(lang, "decline-offer")).await;
            let shift = b
                .client
                .execute_async(
                    "const done = arguments[arguments.length - 1]; let sum = 0;\
                     new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })\
                       .observe({type: 'layout-shift', buffered: true});\
                     setTimeout(() => done(sum), 500);",
                    vec![],
                )
                .await
                .unwrap();
            let shift = shift.as_f64().unwrap();
            assert!(
                shift < 0.01,
                "{lang} at {size:?}: the layout shifts by {shift}"
            );
        }
    }
}
