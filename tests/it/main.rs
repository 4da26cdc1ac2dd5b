//! The one integration-test binary: each module builds fixture sites from `tests/fixtures/`
//! and asserts on the output or on the diagnostics.

mod support;

mod build;
mod errors;
