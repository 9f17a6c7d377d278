//! Backups of a Tessera database: one file holding a consistent copy of the database and
//! every attachment file it names, with a manifest of sizes and checksums (`manifest.rs`),
//! written while the app runs (`write.rs`), read back and checked entry by entry
//! (`read.rs`), and restored into a new file that is verified before it replaces anything
//! (`restore.rs`); automatic backups on this laptop (`schedule.rs`). It knows no window, terminal or language: errors are codes.
//!
//! The file is a tar stream compressed with zstd, encrypted with a passphrase in the `age`
//! format (scrypt, STREAM) — so `age -d FILE | zstd -d | tar x` opens it without Tessera — or,
//! for a database that has no passphrase and a backup given none, the compressed tar alone.

mod manifest;
mod read;
mod restore;
pub mod schedule;
mod write;

pub use manifest::{FileEntry, Manifest, FORMAT};
pub use read::{extract, kind_of, Extracted, Kind};
pub use restore::{restore, Restored};
pub use write::{backup, rotate, scheduled_name, Written};

/// An error of a backup or restore, with a stable code (`error-<code>` in every locale).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Core(#[from] tessera_core::Error),
    #[error("{path} is not a Tessera backup")]
    NotABackup { path: String },
    #[error("{path} is encrypted and needs its passphrase")]
    PassphraseRequired { path: String },
    #[error("the passphrase does not open {path}")]
    WrongPassphrase { path: String },
    #[error("{path} is damaged ({what})")]
    Damaged { path: String, what: String },
    #[error("{path} was made by a newer version of Tessera (backup format {found})")]
    TooNew { path: String, found: u32 },
    #[error("the database restored from {path} did not pass its check")]
    CheckFailed { path: String },
    #[error("cannot read or write {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Core(e) => e.code(),
            Error::NotABackup { .. } => "backup-not-a-backup",
            Error::PassphraseRequired { .. } => "backup-passphrase-required",
            Error::WrongPassphrase { .. } => "backup-wrong-passphrase",
            Error::Damaged { .. } => "backup-damaged",
            Error::TooNew { .. } => "backup-too-new",
            Error::CheckFailed { .. } => "backup-check-failed",
            Error::Io { source, .. } => tessera_core::error::io_code(source),
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::Core(e) => e.args(),
            Error::NotABackup { path }
            | Error::PassphraseRequired { path }
            | Error::WrongPassphrase { path }
            | Error::CheckFailed { path } => vec![("path", path.clone())],
            Error::Damaged { path, what } => vec![("path", path.clone()), ("what", what.clone())],
            Error::TooNew { path, found } => vec![("path", path.clone()), ("found", found.to_string())],
            Error::Io { path, source } => {
                vec![("path", path.clone()), ("where", path.clone()), ("reason", source.to_string())]
            }
        }
    }

    /// One of each kind (the messages test).
    pub fn examples() -> Vec<Error> {
        let path = String::from("/media/usb/tessera.tbak");
        vec![
            Error::NotABackup { path: path.clone() },
            Error::PassphraseRequired { path: path.clone() },
            Error::WrongPassphrase { path: path.clone() },
            Error::Damaged { path: path.clone(), what: "tessera.db".into() },
            Error::TooNew { path: path.clone(), found: 9 },
            Error::CheckFailed { path },
        ]
    }
}

pub(crate) fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.display().to_string(), source }
}
