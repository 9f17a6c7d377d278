//! Sync over a shared folder (`shared/spec/sync.md`, issue 17): devices of one organisation
//! exchange signed, encrypted bundles of their change log through a folder that Nextcloud,
//! Syncthing, a network share or a USB stick keeps in step. The core merges (`Db::apply`);
//! this crate carries: who may write (enrolment, keys, revocation), what a file holds and
//! whether to trust it (`bundle`), where files go (`share`), and the order of one sync
//! (`engine`). It knows no window, terminal or language: errors are codes.

pub mod bundle;
pub mod crypto;
mod engine;
pub mod enrol;
pub mod share;
mod state;

pub use bundle::Rejection;
pub use engine::{
    device_name, enrolment_file, join, join_with, revoke, rotate_key, setup, status, sync, sync_with, DeviceStatus,
    Problem, Report, Rotated, Secret, Setup, Status, SNAPSHOT_EVERY,
};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What stops a sync command. Each has a stable code (`error-<code>` in `locales/*/errors.ftl`).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Core(#[from] tessera_core::Error),
    #[error("this database does not sync yet")]
    NotSetUp,
    #[error("this database already syncs through {folder}")]
    AlreadySetUp { folder: String },
    #[error("the folder {path} is not there")]
    FolderMissing { path: String },
    #[error("{path} is not a Tessera share")]
    NotAShare { path: String },
    #[error("{path} is already another organisation's share")]
    ShareInUse { path: String },
    #[error("{path} is another organisation's share")]
    OtherOrganisation { path: String },
    #[error("that is not an enrolment code")]
    CodeMalformed,
    #[error("the enrolment code opens no enrolment in {path}")]
    WrongCode { path: String },
    #[error("the passphrase does not open {path}")]
    WrongPassphrase { path: String },
    #[error("{path} already holds an organisation; join with a new database")]
    JoinNotEmpty { path: String },
    #[error("the share {path} has no snapshot to join from")]
    NoSnapshot { path: String },
    #[error("no device {device} syncs with this one")]
    DeviceUnknown { device: String },
    #[error("{device} names more than one device")]
    DeviceAmbiguous { device: String },
    #[error("a device cannot revoke itself")]
    RevokeSelf,
}

impl Error {
    pub fn code(&self) -> &'static str {
        match self {
            Error::Core(e) => e.code(),
            Error::NotSetUp => "sync-not-set-up",
            Error::AlreadySetUp { .. } => "sync-already-set-up",
            Error::FolderMissing { .. } => "sync-folder-missing",
            Error::NotAShare { .. } => "sync-not-a-share",
            Error::ShareInUse { .. } => "sync-share-in-use",
            Error::OtherOrganisation { .. } => "sync-other-organisation",
            Error::CodeMalformed => "sync-code-malformed",
            Error::WrongCode { .. } => "sync-wrong-code",
            Error::WrongPassphrase { .. } => "sync-wrong-passphrase",
            Error::JoinNotEmpty { .. } => "sync-join-not-empty",
            Error::NoSnapshot { .. } => "sync-no-snapshot",
            Error::DeviceUnknown { .. } => "sync-device-unknown",
            Error::DeviceAmbiguous { .. } => "sync-device-ambiguous",
            Error::RevokeSelf => "sync-revoke-self",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::Core(e) => e.args(),
            Error::AlreadySetUp { folder } => vec![("folder", folder.clone())],
            Error::FolderMissing { path }
            | Error::NotAShare { path }
            | Error::ShareInUse { path }
            | Error::OtherOrganisation { path }
            | Error::WrongCode { path }
            | Error::WrongPassphrase { path }
            | Error::JoinNotEmpty { path }
            | Error::NoSnapshot { path } => vec![("path", path.clone())],
            Error::DeviceUnknown { device } | Error::DeviceAmbiguous { device } => vec![("device", device.clone())],
            Error::NotSetUp | Error::CodeMalformed | Error::RevokeSelf => vec![],
        }
    }

    /// One of each (the locales' test renders them all).
    pub fn examples() -> Vec<Error> {
        let p = || "/share".to_string();
        vec![
            Error::NotSetUp,
            Error::AlreadySetUp { folder: p() },
            Error::FolderMissing { path: p() },
            Error::NotAShare { path: p() },
            Error::ShareInUse { path: p() },
            Error::OtherOrganisation { path: p() },
            Error::CodeMalformed,
            Error::WrongCode { path: p() },
            Error::WrongPassphrase { path: p() },
            Error::JoinNotEmpty { path: p() },
            Error::NoSnapshot { path: p() },
            Error::DeviceUnknown { device: "ab12".into() },
            Error::DeviceAmbiguous { device: "ab".into() },
            Error::RevokeSelf,
        ]
    }
}
