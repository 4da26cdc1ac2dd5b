//! The translator tools: freshness markers, the translation status of every language (for
//! `letterpress status`, `check` and the contributor dashboard), the findings `check` reports,
//! and `letterpress translate`. They read parsed input only; `translate` is the one place that
//! writes into the source tree.

pub mod findings;
pub mod freshness;
pub mod status;
pub mod string_lint;
pub mod translate;
