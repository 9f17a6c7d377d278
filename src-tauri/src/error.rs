//! Errors as they cross to the UI: a tagged union of codes with arguments, rendered there
//! through Fluent (`error-<code>`). No English text crosses.

use serde::Serialize;
use tessera_core::input::FieldIssue;
use tessera_core::sheet::RowIssue;
use tessera_core::Error;

#[derive(Debug, Serialize, specta::Type)]
#[serde(tag = "code", content = "args", rename_all = "kebab-case")]
pub enum ApiError {
    /// The database is encrypted and no passphrase was given yet.
    Locked,
    /// The first run: there is no database yet (the welcome screen creates one).
    NoDatabase,
    /// A database is already there (the first run's forms are for a new one only).
    DatabaseExists {
        path: String,
    },
    /// Only the demo organisation can be removed from the app.
    NotDemo,
    WrongPassphrase,
    NotFound {
        what: String,
        id: String,
    },
    UnsupportedLanguage {
        lang: String,
    },
    /// Fields of a form that need attention (nothing was saved); each is shown at its field.
    InvalidInput {
        issues: Vec<FieldIssue>,
    },
    /// Rows of a table that were rejected (nothing was imported); each at its row and column.
    InvalidTable {
        issues: Vec<RowIssue>,
    },
    /// The file is not a table Tessera can read.
    UnreadableTable {
        path: String,
    },
    SheetNotFound {
        name: String,
        sheets: String,
    },
    /// An attached file is missing or was changed since it was attached.
    AttachmentDamaged {
        filename: String,
    },
    /// No exchange rate for a currency in a month (the grant's rule needs one).
    MissingRate {
        currency: String,
        month: String,
    },
    /// The transaction is in a submitted reporting period: a reversing entry corrects it.
    TransactionLocked {
        transaction: String,
        until: String,
    },
    /// The disk is full (`place`: `database`, or the file being written); nothing was saved.
    DiskFull {
        #[serde(rename = "where")]
        place: String,
    },
    /// The database or a file cannot be written: read-only (`place` as for `DiskFull`).
    ReadOnly {
        #[serde(rename = "where")]
        place: String,
    },
    /// Another window or command held the database longer than the app waits for it.
    Busy,
    /// A file could not be written or read.
    Io {
        path: String,
        reason: String,
    },
    /// A report's window ends before it starts, or a date is not one.
    PeriodReversed {
        from: String,
        to: String,
    },
    InvalidDate {
        value: String,
    },
    /// Sync (`tessera_sync::Error`), each rendered by the message the command line uses.
    SyncNotSetUp,
    SyncAlreadySetUp {
        folder: String,
    },
    SyncFolderMissing {
        path: String,
    },
    SyncNotAShare {
        path: String,
    },
    SyncShareInUse {
        path: String,
    },
    SyncOtherOrganisation {
        path: String,
    },
    SyncDeviceUnknown {
        device: String,
    },
    SyncDeviceAmbiguous {
        device: String,
    },
    SyncRevokeSelf,
    /// A WebDAV or S3 share: its address, its server, its password.
    SyncAddressInvalid {
        address: String,
    },
    SyncUnreachable {
        address: String,
    },
    SyncUnauthorised {
        address: String,
    },
    SyncForbidden {
        address: String,
    },
    SyncShareNotFound {
        address: String,
    },
    SyncServerFull {
        address: String,
    },
    SyncTls {
        address: String,
    },
    SyncServerFault {
        address: String,
        status: u16,
    },
    /// Joining (the first run): the code, the enrolment it opens, the share's snapshot.
    SyncCodeMalformed,
    SyncWrongCode {
        path: String,
    },
    SyncNoSnapshot {
        path: String,
    },
    SyncCredentialsMissing {
        address: String,
    },
    /// Backups (`tessera_backup::Error`), each rendered by the message the command line uses.
    BackupNotABackup {
        path: String,
    },
    BackupPassphraseRequired {
        path: String,
    },
    BackupWrongPassphrase {
        path: String,
    },
    BackupDamaged {
        path: String,
        what: String,
    },
    BackupTooNew {
        path: String,
        found: u32,
    },
    BackupCheckFailed {
        path: String,
    },
    /// Anything else: the core's error code, for the log and the user's report.
    Internal {
        reference: String,
    },
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        if e.code() == "busy" {
            return ApiError::Busy;
        }
        if let code @ ("disk-full" | "read-only") = e.code() {
            let place = e.args().into_iter().find(|(k, _)| *k == "where").map(|(_, v)| v).unwrap_or_default();
            return if code == "disk-full" { ApiError::DiskFull { place } } else { ApiError::ReadOnly { place } };
        }
        match e {
            Error::PassphraseRequired => ApiError::Locked,
            Error::DatabaseExists { path } => ApiError::DatabaseExists { path },
            Error::WrongPassphrase => ApiError::WrongPassphrase,
            Error::NotFound { what, id } => ApiError::NotFound { what: what.to_string(), id },
            Error::ProjectNotFound { code } => ApiError::NotFound { what: "project".into(), id: code },
            Error::UnsupportedLanguage { lang } => ApiError::UnsupportedLanguage { lang },
            Error::InvalidInput(issues) => ApiError::InvalidInput { issues },
            Error::InvalidTable(issues) => ApiError::InvalidTable { issues },
            Error::UnreadableTable { path } => ApiError::UnreadableTable { path },
            Error::SheetNotFound { name, sheets } => ApiError::SheetNotFound { name, sheets },
            Error::AttachmentDamaged { filename } => ApiError::AttachmentDamaged { filename },
            Error::MissingRate { currency, month } => ApiError::MissingRate { currency, month },
            Error::TransactionLocked { transaction, until } => ApiError::TransactionLocked { transaction, until },
            Error::Io { path, source } => ApiError::Io { path, reason: source.to_string() },
            Error::PeriodReversed { from, to } => ApiError::PeriodReversed { from, to },
            Error::InvalidDate { value } => ApiError::InvalidDate { value },
            other => {
                eprintln!("tessera: {other:?}");
                ApiError::Internal { reference: other.code().to_string() }
            }
        }
    }
}

impl From<tessera_sync::Error> for ApiError {
    fn from(e: tessera_sync::Error) -> Self {
        use tessera_sync::Error as S;
        match e {
            S::Core(e) => e.into(),
            S::NotSetUp => ApiError::SyncNotSetUp,
            S::AlreadySetUp { folder } => ApiError::SyncAlreadySetUp { folder },
            S::FolderMissing { path } => ApiError::SyncFolderMissing { path },
            S::NotAShare { path } => ApiError::SyncNotAShare { path },
            S::ShareInUse { path } => ApiError::SyncShareInUse { path },
            S::OtherOrganisation { path } => ApiError::SyncOtherOrganisation { path },
            S::DeviceUnknown { device } => ApiError::SyncDeviceUnknown { device },
            S::DeviceAmbiguous { device } => ApiError::SyncDeviceAmbiguous { device },
            S::RevokeSelf => ApiError::SyncRevokeSelf,
            S::AddressInvalid { address } => ApiError::SyncAddressInvalid { address },
            S::Unreachable { address } => ApiError::SyncUnreachable { address },
            S::Unauthorised { address } => ApiError::SyncUnauthorised { address },
            S::Forbidden { address } => ApiError::SyncForbidden { address },
            S::ShareNotFound { address } => ApiError::SyncShareNotFound { address },
            S::ServerFull { address } => ApiError::SyncServerFull { address },
            S::Tls { address } => ApiError::SyncTls { address },
            S::ServerFault { address, status } => ApiError::SyncServerFault { address, status },
            S::CredentialsMissing { address } => ApiError::SyncCredentialsMissing { address },
            S::CodeMalformed => ApiError::SyncCodeMalformed,
            S::WrongCode { path } => ApiError::SyncWrongCode { path },
            S::NoSnapshot { path } => ApiError::SyncNoSnapshot { path },
            // an enrolment file (the command line's) and a database that is not new (the
            // first run makes a new one)
            other => ApiError::Internal { reference: other.code().to_string() },
        }
    }
}

impl From<tessera_backup::Error> for ApiError {
    fn from(e: tessera_backup::Error) -> Self {
        use tessera_backup::Error as B;
        match e {
            B::Core(e) => e.into(),
            B::NotABackup { path } => ApiError::BackupNotABackup { path },
            B::PassphraseRequired { path } => ApiError::BackupPassphraseRequired { path },
            B::WrongPassphrase { path } => ApiError::BackupWrongPassphrase { path },
            B::Damaged { path, what } => ApiError::BackupDamaged { path, what },
            B::TooNew { path, found } => ApiError::BackupTooNew { path, found },
            B::CheckFailed { path } => ApiError::BackupCheckFailed { path },
            B::Io { path, source } => tessera_core::Error::Io { path, source }.into(),
        }
    }
}
