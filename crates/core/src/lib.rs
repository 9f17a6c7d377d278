//! Tessera's core: the domain model over one SQLite file — store, change log, package
//! import/export, queries and the demo organisation. Knows no window, terminal or language.

pub mod demo;
pub mod enums;
pub mod error;
pub mod money;
pub mod organisation;
pub mod package;
pub mod query;
pub mod search;
pub mod store;

pub use error::{Error, Result};
pub use money::Money;
pub use store::{Db, OpenOptions};
