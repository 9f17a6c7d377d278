//! Sync (`shared/spec/sync.md`, issues 17 and 18): devices of one organisation exchange
//! signed, encrypted bundles of their change log through a share — a folder that Nextcloud,
//! Syncthing, a network share or a USB stick keeps in step, a WebDAV server, an S3-compatible
//! bucket. The core merges (`Db::apply`); this crate carries: who may write (enrolment, keys,
//! revocation), what a file holds and whether to trust it (`bundle`), what the share's files
//! are called (`share`), how bytes reach it (`transport`), and the order of one sync
//! (`engine`). It knows no window, terminal or language: errors are codes.

pub mod bundle;
pub mod crypto;
mod engine;
pub mod enrol;
pub mod share;
mod state;
pub mod transport;

pub use bundle::Rejection;
pub use engine::{
    device_name, enrolment_file, join, join_with, queue, revoke, rotate_key, setup, status, sync, sync_with,
    DeviceStatus, Problem, Report, Rotated, Secret, Setup, Status, Target, SNAPSHOT_EVERY,
};
pub use transport::{Credentials, Location};

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
    #[error("{address} is not an address of a WebDAV or S3 share")]
    AddressInvalid { address: String },
    #[error("the server of {address} cannot be reached")]
    Unreachable { address: String },
    #[error("the server of {address} refused the user name or password")]
    Unauthorised { address: String },
    #[error("the server of {address} does not let this user in there")]
    Forbidden { address: String },
    #[error("there is no {address} on its server")]
    ShareNotFound { address: String },
    #[error("the server of {address} is full")]
    ServerFull { address: String },
    #[error("the secure connection to {address} failed (its certificate is not trusted)")]
    Tls { address: String },
    #[error("the server of {address} answered with error {status}")]
    ServerFault { address: String, status: u16 },
    #[error("the user name and password for {address} are needed")]
    CredentialsMissing { address: String },
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
            Error::AddressInvalid { .. } => "sync-address-invalid",
            Error::Unreachable { .. } => "sync-unreachable",
            Error::Unauthorised { .. } => "sync-unauthorised",
            Error::Forbidden { .. } => "sync-forbidden",
            Error::ShareNotFound { .. } => "sync-share-not-found",
            Error::ServerFull { .. } => "sync-server-full",
            Error::Tls { .. } => "sync-tls",
            Error::ServerFault { .. } => "sync-server-fault",
            Error::CredentialsMissing { .. } => "sync-credentials-missing",
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
            Error::AddressInvalid { address }
            | Error::Unreachable { address }
            | Error::Unauthorised { address }
            | Error::Forbidden { address }
            | Error::ShareNotFound { address }
            | Error::ServerFull { address }
            | Error::Tls { address }
            | Error::CredentialsMissing { address } => vec![("address", address.clone())],
            Error::ServerFault { address, status } => {
                vec![("address", address.clone()), ("status", status.to_string())]
            }
            Error::NotSetUp | Error::CodeMalformed | Error::RevokeSelf => vec![],
        }
    }

    /// One of each (the locales' test renders them all).
    pub fn examples() -> Vec<Error> {
        let p = || "/share".to_string();
        let u = || "https://cloud.example.org/dav/Tessera/".to_string();
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
            Error::AddressInvalid { address: "cloud.example.org".into() },
            Error::Unreachable { address: u() },
            Error::Unauthorised { address: u() },
            Error::Forbidden { address: u() },
            Error::ShareNotFound { address: u() },
            Error::ServerFull { address: u() },
            Error::Tls { address: u() },
            Error::ServerFault { address: u(), status: 500 },
            Error::CredentialsMissing { address: u() },
        ]
    }
}
