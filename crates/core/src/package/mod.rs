//! The project package (`shared/spec/package.md`): types, validation against the published
//! JSON Schema plus the rules a schema cannot express, all-or-nothing import, and export.

mod export;
mod import;
mod types;
mod validate;

pub use export::export_project;
pub use import::{import_checked, import_package, import_str, parse, Checked, ImportSummary, Progress};
pub use types::*;
pub use validate::{json_path, validate, Issue, ISSUE_CODES, SCHEMA};
