//! The one integration-test binary: each module builds fixture sites from `tests/fixtures/`
//! and asserts on the output or on the diagnostics.

mod http;
mod support;

mod assets;
mod browser;
mod build;
mod callouts;
mod errors;
mod examples;
mod feeds;
mod init;
mod letters;
mod links;
mod redirects;
mod report;
mod safety;
mod search;
mod serve;
mod strings;
mod translators;
mod workspace;
