//! `letterpress build --format json`: a machine-readable report on stdout, with pages and
//! fallbacks per language, diagnostics, timings and what search indexed.

use std::process::Command;

use serde_json::Value;

use crate::support::Fixture;

/// Runs `letterpress build --format json` on the fixture: (exit code, the parsed report).
fn json_build(f: &Fixture, extra: &[&str]) -> (i32, Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_letterpress"))
        .args(["build", "--format", "json", "--root"])
        .arg(f.root())
        .args(extra)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}):\n{stdout}"));
    (out.status.code().unwrap_or(-1), report)
}

#[test]
fn a_build_reports_pages_fallbacks_timings_and_search_as_json() {
    let f = Fixture::new("basic");
    let (code, report) = json_build(&f, &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["version"], 1);
    assert_eq!(report["ok"], true);
    let pages = report["pages"].as_u64().unwrap();
    let languages = report["languages"].as_array().unwrap();
    let codes: Vec<&str> = languages
        .iter()
        .map(|l| l["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["en", "de", "da", "zh"]);
    let per_language: u64 = languages.iter().map(|l| l["pages"].as_u64().unwrap()).sum();
    assert!(per_language > 0 && per_language <= pages, "{report:#}");
    // Danish has no `withdrawn` article: it shows the German text (its fallback).
    let da = &languages[2];
    let fallback = da["fallbacks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|fb| fb["source"] == "content/de/guide/withdrawn.md")
        .unwrap_or_else(|| panic!("no fallback for `withdrawn` in {da:#}"));
    assert_eq!(fallback["shows"], "de");
    assert!(fallback["path"].as_str().unwrap().starts_with("da/"));
    assert!(
        languages[0]["fallbacks"].as_array().unwrap().is_empty(),
        "English has every page"
    );
    for stage in [
        "load", "parse", "link", "render", "links", "search", "write", "total",
    ] {
        assert!(
            report["timings_ms"][stage].is_number(),
            "{stage}: {report:#}"
        );
    }
    let search = &report["search"];
    assert!(search["pages"].as_u64().unwrap() > 0);
    let en = search["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "en")
        .unwrap();
    assert!(en["pages"].as_u64().unwrap() > 0 && en["bytes"].as_u64().unwrap() > 0);
    assert!(report["diagnostics"].as_array().unwrap().is_empty());
    assert!(f.exists("en/index.html"));

    let (_, without) = json_build(&f, &["--no-search"]);
    assert_eq!(without["search"], Value::Null);
}

#[test]
fn a_failed_build_reports_its_errors_as_json_and_exits_1() {
    let f = Fixture::new("basic");
    f.write(
        "content/en/guide/decline.md",
        "---\ntitle: T\ndescription: D\nslug: ../x\n---\n",
    );
    let (code, report) = json_build(&f, &[]);
    assert_eq!(code, 1);
    assert_eq!(report["ok"], false);
    let errors = report["diagnostics"].as_array().unwrap();
    let slug = errors
        .iter()
        .find(|d| d["code"] == "invalid-slug")
        .unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(slug["severity"], "error");
    assert_eq!(slug["path"], "content/en/guide/decline.md");
    assert_eq!(
        (slug["line"].as_u64(), slug["column"].as_u64()),
        (Some(4), Some(7))
    );
    assert_eq!(report["pages"], Value::Null);
    assert!(!f.exists("en/index.html"), "nothing was written");
}
