//! Tessera's core: the domain model over one SQLite file — the store and its change log, the
//! domains (organisations, projects, logframe, people, activities, finance) each with its
//! queries and table descriptions, package import/export and the demo organisation. Knows no
//! window, terminal or language.

pub mod activities;
pub mod attachments;
pub mod check;
pub mod demo;
pub mod enums;
pub mod error;
pub mod export;
pub mod finance;
pub mod iati;
pub mod input;
pub mod logframe;
pub mod money;
pub mod organisations;
pub mod package;
pub mod people;
pub mod places;
pub mod plan;
pub mod projects;
pub mod record;
pub mod report;
pub mod rows;
pub mod search;
pub mod settings;
pub mod sheet;
pub mod store;
pub mod suppress;

pub use error::{Error, Result};
pub use money::Money;
pub use store::{Db, OpenOptions};
