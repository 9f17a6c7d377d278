//! Where a share's files live and how they travel: a folder on this computer, a WebDAV
//! server, an S3-compatible bucket — one small interface (`Transport`) of whole files under
//! `/`-separated keys. Transports carry bytes; they know nothing of bundles or merging. Every
//! write is whole or absent under its name (a temporary name, then a rename or a single PUT).

mod folder;
mod http;
mod s3;
mod webdav;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// A name directly inside a folder of the share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub folder: bool,
}

/// Whole files under keys like `devices/<id>/00000001.bundle`.
pub trait Transport: Send {
    /// How users see a file of the share (a path, a URL); `""` is the share itself.
    fn name(&self, key: &str) -> String;
    /// The share's root is there and may be read (a clear error otherwise: missing,
    /// unreachable, wrong password).
    fn check(&self) -> Result<()>;
    /// The file's bytes, `None` when there is no such file.
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>>;
    /// Write the file whole: nobody ever sees half of it under its name.
    fn put(&self, key: &str, bytes: &[u8]) -> Result<()>;
    /// What is directly in folder `dir` (`""` = the root); nothing when it is not there.
    fn list(&self, dir: &str) -> Result<Vec<Entry>>;
    /// Remove a file; one that is not there is no error.
    fn delete(&self, key: &str) -> Result<()>;
}

/// Where a share is, as this device remembers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Location {
    Folder {
        path: PathBuf,
    },
    /// A WebDAV collection, e.g. `https://cloud.example.org/remote.php/dav/files/ana/Tessera`.
    Webdav {
        url: String,
    },
    /// An S3-compatible bucket in path style, `https://host[:port]/bucket[/prefix]`.
    S3 {
        url: String,
        region: String,
    },
}

/// The user and password (or access key and secret) of a WebDAV or S3 share.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials").field("user", &self.user).finish_non_exhaustive()
    }
}

/// The region an S3 share is signed for when none is given (MinIO and Garage accept it).
pub const DEFAULT_REGION: &str = "us-east-1";

impl Location {
    /// As users type and see it: the folder's path, the URL.
    pub fn address(&self) -> String {
        match self {
            Location::Folder { path } => path.display().to_string(),
            Location::Webdav { url } | Location::S3 { url, .. } => url.clone(),
        }
    }

    /// `folder`, `webdav` or `s3`.
    pub fn kind(&self) -> &'static str {
        match self {
            Location::Folder { .. } => "folder",
            Location::Webdav { .. } => "webdav",
            Location::S3 { .. } => "s3",
        }
    }

    /// How users see the share's file `key` without reaching it.
    pub fn name_of(&self, key: &str) -> String {
        match self {
            Location::Folder { path } => {
                key.split('/').fold(path.clone(), |p, part| p.join(part)).display().to_string()
            }
            Location::Webdav { url } | Location::S3 { url, .. } => format!("{url}{key}"),
        }
    }

    /// WebDAV and S3 need a user and password; a folder does not.
    pub fn needs_credentials(&self) -> bool {
        !matches!(self, Location::Folder { .. })
    }

    /// A folder's path made absolute; a URL checked (http or https, a host) and given a
    /// trailing `/`.
    pub fn normalised(self) -> Result<Location> {
        Ok(match self {
            Location::Folder { path } => Location::Folder { path: path.canonicalize().unwrap_or(path) },
            Location::Webdav { url } => Location::Webdav { url: http::base_url(&url)? },
            Location::S3 { url, region } => {
                let url = http::base_url(&url)?;
                if s3::split(&url).is_none() {
                    return Err(Error::AddressInvalid { address: url });
                }
                Location::S3 { url, region }
            }
        })
    }

    /// The transport to this share.
    pub fn open(&self, credentials: Option<&Credentials>) -> Result<Box<dyn Transport>> {
        let need = || Error::CredentialsMissing { address: self.address() };
        Ok(match self {
            Location::Folder { path } => Box::new(folder::Folder::new(path.clone())),
            Location::Webdav { url } => Box::new(webdav::WebDav::new(url, credentials.ok_or_else(need)?)?),
            Location::S3 { url, region } => Box::new(s3::S3::new(url, region, credentials.ok_or_else(need)?)?),
        })
    }
}

/// A share's state file of older versions held only a folder's path: read it as one.
pub(crate) fn location_or_path<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Location, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Location(Location),
        Path(PathBuf),
    }
    Ok(match Either::deserialize(d)? {
        Either::Location(l) => l,
        Either::Path(path) => Location::Folder { path },
    })
}
