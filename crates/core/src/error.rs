//! The core's typed errors. Each has a stable `code` and named `args`; the l10n crate turns
//! them into a sentence in the user's language (`error-<code>` in `locales/*/errors.ftl`).

use crate::input::FieldIssue;
use crate::package::Issue;
use crate::sheet::RowIssue;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the database is encrypted and needs a passphrase")]
    PassphraseRequired,
    #[error("wrong passphrase")]
    WrongPassphrase,
    #[error("{path} is not a Tessera database")]
    NotADatabase { path: String },
    #[error("a database already exists at {path}")]
    DatabaseExists { path: String },
    #[error("no database at {path}")]
    DatabaseNotFound { path: String },
    #[error("the database has no organisation yet")]
    NotInitialised,
    #[error("migration {version} was changed after it was applied")]
    MigrationChanged { version: u32 },
    #[error("the database has schema {found}, newer than this version of Tessera ({supported})")]
    SchemaTooNew { found: u32, supported: u32 },
    #[error("project {code} not found")]
    ProjectNotFound { code: String },
    #[error("{what} {id} not found")]
    NotFound { what: &'static str, id: String },
    #[error("invalid currency {value}")]
    InvalidCurrency { value: String },
    #[error("invalid country {value}")]
    InvalidCountry { value: String },
    #[error("unsupported language {lang}")]
    UnsupportedLanguage { lang: String },
    #[error("the package has {} error(s)", .0.len())]
    InvalidPackage(Vec<Issue>),
    #[error("{value} is not a date (YYYY-MM-DD)")]
    InvalidDate { value: String },
    #[error("the period starts ({from}) after it ends ({to})")]
    PeriodReversed { from: String, to: String },
    #[error("unknown report template {template}")]
    UnknownTemplate { template: String },
    #[error("reports as {format} are not available yet")]
    ReportFormatUnavailable { format: String },
    #[error("{} field(s) need attention", .0.len())]
    InvalidInput(Vec<FieldIssue>),
    #[error("the table has {} rejected row(s)", .0.len())]
    InvalidTable(Vec<RowIssue>),
    #[error("{path} is not a table Tessera can read (CSV in UTF-8, XLSX)")]
    UnreadableTable { path: String },
    #[error("no sheet {name} (the file has: {sheets})")]
    SheetNotFound { name: String, sheets: String },
    #[error("the file is not valid JSON: {message} (line {line}, column {column})")]
    NotJson { line: usize, column: usize, message: String },
    #[error("no exchange rate for {currency} in {month}")]
    MissingRate { currency: String, month: String },
    #[error("transaction {transaction} is in a submitted reporting period (until {until})")]
    TransactionLocked { transaction: String, until: String },
    #[error("the attached file {filename} is missing or was changed")]
    AttachmentDamaged { filename: String },
    #[error("cannot read or write {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error(transparent)]
    Db(#[from] rusqlite::Error),
}

/// Every code `Error::code` can return; each has a message `error-<code>` in every locale.
pub const ERROR_CODES: &[&str] = &[
    "passphrase-required",
    "wrong-passphrase",
    "not-a-database",
    "database-exists",
    "database-not-found",
    "not-initialised",
    "migration-changed",
    "schema-too-new",
    "project-not-found",
    "not-found",
    "invalid-currency",
    "invalid-country",
    "unsupported-language",
    "invalid-package",
    "not-json",
    "invalid-input",
    "invalid-table",
    "unreadable-table",
    "sheet-not-found",
    "invalid-date",
    "period-reversed",
    "unknown-template",
    "report-format-unavailable",
    "attachment-damaged",
    "missing-rate",
    "transaction-locked",
    "io",
    "disk-full",
    "read-only",
    "busy",
    "database",
];

/// What a failed read or write of a file says to a person: the disk is full, the file or its
/// folder cannot be written, or another input/output problem (`io`).
pub fn io_code(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::StorageFull | K::FileTooLarge | K::QuotaExceeded => "disk-full",
        K::PermissionDenied | K::ReadOnlyFilesystem => "read-only",
        _ => "io",
    }
}

/// The same for SQLite's errors on the database file.
fn db_code(e: &rusqlite::Error) -> &'static str {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DiskFull) => "disk-full",
        Some(C::ReadOnly) | Some(C::CannotOpen) | Some(C::PermissionDenied) => "read-only",
        // another process held the write lock longer than the busy timeout (5 s)
        Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => "busy",
        _ => "database",
    }
}

impl Error {
    /// Stable kebab-case code; the Fluent message id is `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::PassphraseRequired => "passphrase-required",
            Error::WrongPassphrase => "wrong-passphrase",
            Error::NotADatabase { .. } => "not-a-database",
            Error::DatabaseExists { .. } => "database-exists",
            Error::DatabaseNotFound { .. } => "database-not-found",
            Error::NotInitialised => "not-initialised",
            Error::MigrationChanged { .. } => "migration-changed",
            Error::SchemaTooNew { .. } => "schema-too-new",
            Error::ProjectNotFound { .. } => "project-not-found",
            Error::NotFound { .. } => "not-found",
            Error::InvalidCurrency { .. } => "invalid-currency",
            Error::InvalidCountry { .. } => "invalid-country",
            Error::UnsupportedLanguage { .. } => "unsupported-language",
            Error::InvalidPackage(_) => "invalid-package",
            Error::NotJson { .. } => "not-json",
            Error::InvalidInput(_) => "invalid-input",
            Error::InvalidTable(_) => "invalid-table",
            Error::UnreadableTable { .. } => "unreadable-table",
            Error::SheetNotFound { .. } => "sheet-not-found",
            Error::InvalidDate { .. } => "invalid-date",
            Error::PeriodReversed { .. } => "period-reversed",
            Error::UnknownTemplate { .. } => "unknown-template",
            Error::ReportFormatUnavailable { .. } => "report-format-unavailable",
            Error::AttachmentDamaged { .. } => "attachment-damaged",
            Error::MissingRate { .. } => "missing-rate",
            Error::TransactionLocked { .. } => "transaction-locked",
            Error::Io { source, .. } => io_code(source),
            Error::Db(e) => db_code(e),
        }
    }

    /// Named arguments of the message, as strings.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::NotADatabase { path } | Error::DatabaseExists { path } | Error::DatabaseNotFound { path } => {
                vec![("path", path.clone())]
            }
            Error::MigrationChanged { version } => vec![("version", version.to_string())],
            Error::SchemaTooNew { found, supported } => {
                vec![("found", found.to_string()), ("supported", supported.to_string())]
            }
            Error::ProjectNotFound { code } => vec![("code", code.clone())],
            Error::NotFound { what, id } => vec![("what", what.to_string()), ("id", id.clone())],
            Error::InvalidCurrency { value } | Error::InvalidCountry { value } => {
                vec![("value", value.clone())]
            }
            Error::UnsupportedLanguage { lang } => vec![("lang", lang.clone())],
            Error::AttachmentDamaged { filename } => vec![("filename", filename.clone())],
            Error::MissingRate { currency, month } => vec![("currency", currency.clone()), ("month", month.clone())],
            Error::TransactionLocked { transaction, until } => {
                vec![("transaction", transaction.clone()), ("until", until.clone())]
            }
            Error::InvalidDate { value } => vec![("value", value.clone())],
            Error::PeriodReversed { from, to } => vec![("from", from.clone()), ("to", to.clone())],
            Error::UnknownTemplate { template } => vec![("template", template.clone())],
            Error::ReportFormatUnavailable { format } => vec![("format", format.clone())],
            Error::InvalidPackage(issues) => vec![("count", issues.len().to_string())],
            Error::InvalidInput(issues) => vec![("count", issues.len().to_string())],
            Error::InvalidTable(issues) => {
                let rows: std::collections::BTreeSet<u32> = issues.iter().map(|i| i.row).collect();
                vec![("count", rows.len().to_string())]
            }
            Error::UnreadableTable { path } => vec![("path", path.clone())],
            Error::SheetNotFound { name, sheets } => vec![("name", name.clone()), ("sheets", sheets.clone())],
            Error::NotJson { line, column, message } => {
                vec![("line", line.to_string()), ("column", column.to_string()), ("message", message.clone())]
            }
            // `where`: what a full disk or a read-only file was being written (`disk-full`, `read-only`)
            Error::Io { path, source } => {
                vec![("path", path.clone()), ("where", path.clone()), ("reason", source.to_string())]
            }
            Error::Db(e) => vec![("where", "database".to_string()), ("reason", e.to_string())],
            _ => vec![],
        }
    }

    /// User errors (bad input, not found) as opposed to faults of the machine or the program.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, Error::Db(_) | Error::Io { .. } | Error::MigrationChanged { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed() {
        let all = [
            Error::PassphraseRequired,
            Error::WrongPassphrase,
            Error::NotADatabase { path: String::new() },
            Error::DatabaseExists { path: String::new() },
            Error::DatabaseNotFound { path: String::new() },
            Error::NotInitialised,
            Error::MigrationChanged { version: 1 },
            Error::SchemaTooNew { found: 2, supported: 1 },
            Error::ProjectNotFound { code: String::new() },
            Error::NotFound { what: "x", id: String::new() },
            Error::InvalidCurrency { value: String::new() },
            Error::InvalidCountry { value: String::new() },
            Error::UnsupportedLanguage { lang: String::new() },
            Error::InvalidPackage(vec![]),
            Error::NotJson { line: 1, column: 1, message: String::new() },
            Error::InvalidInput(vec![]),
            Error::InvalidTable(vec![]),
            Error::UnreadableTable { path: String::new() },
            Error::SheetNotFound { name: String::new(), sheets: String::new() },
            Error::InvalidDate { value: String::new() },
            Error::PeriodReversed { from: String::new(), to: String::new() },
            Error::UnknownTemplate { template: String::new() },
            Error::ReportFormatUnavailable { format: String::new() },
            Error::AttachmentDamaged { filename: String::new() },
            Error::MissingRate { currency: String::new(), month: String::new() },
            Error::TransactionLocked { transaction: String::new(), until: String::new() },
            Error::Io { path: String::new(), source: std::io::Error::other("x") },
            Error::Io { path: String::new(), source: std::io::ErrorKind::StorageFull.into() },
            Error::Io { path: String::new(), source: std::io::ErrorKind::ReadOnlyFilesystem.into() },
            Error::Db(rusqlite::Error::InvalidQuery),
            Error::Db(rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY), None)),
        ];
        let codes: std::collections::BTreeSet<&str> = all.iter().map(|e| e.code()).collect();
        assert_eq!(codes, ERROR_CODES.iter().copied().collect(), "listed codes and codes made differ");
        assert_eq!(ERROR_CODES.len(), codes.len(), "a code is listed twice");
        // SQLite's own: a full disk and a read-only file are their own messages
        let sqlite = |code| rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None);
        assert_eq!(Error::Db(sqlite(rusqlite::ffi::SQLITE_FULL)).code(), "disk-full");
        assert_eq!(Error::Db(sqlite(rusqlite::ffi::SQLITE_READONLY)).code(), "read-only");
        assert_eq!(Error::Db(sqlite(rusqlite::ffi::SQLITE_BUSY)).code(), "busy");
    }
}
