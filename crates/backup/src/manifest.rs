//! The manifest, a backup's first entry: what the backup holds (the database file, each
//! attachment file by its hash) with sizes and checksums, and what it was made from.

use serde::{Deserialize, Serialize};

/// The backup format this version writes and the newest it reads.
pub const FORMAT: u32 = 1;

/// The entries' names inside the tar.
pub(crate) const MANIFEST_NAME: &str = "manifest.json";
pub(crate) const DATABASE_NAME: &str = "tessera.db";
pub(crate) const ATTACHMENTS_DIR: &str = "attachments";

/// A file inside the backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub sha256: String,
    pub bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// The program that wrote it, e.g. `tessera 0.1.0`.
    pub made_by: String,
    /// When the copy was taken (UTC, RFC 3339).
    pub created_at: String,
    pub organisation: String,
    pub schema_version: u32,
    /// Whether the database inside is encrypted (it then opens with the passphrase it had).
    pub database_encrypted: bool,
    pub database: FileEntry,
    /// The attachment files, by hash (their name in the attachments folder).
    pub attachments: Vec<FileEntry>,
    /// Files the database names that were not on the laptop the backup was made on.
    #[serde(default)]
    pub missing: Vec<String>,
}

/// A manifest entry is at most this large (a bound for a damaged or hostile file).
pub(crate) const MAX_MANIFEST_BYTES: u64 = 64 << 20;

/// The tar path of an attachment file.
pub(crate) fn attachment_path(sha256: &str) -> String {
    format!("{ATTACHMENTS_DIR}/{}/{sha256}", &sha256[..2])
}

/// The hash an attachment entry's path names, when it is one (`attachments/ab/ab…`, 64 hex).
pub(crate) fn attachment_hash(path: &str) -> Option<&str> {
    let rest = path.strip_prefix(ATTACHMENTS_DIR)?.strip_prefix('/')?;
    let (dir, hash) = rest.split_once('/')?;
    let hex = |s: &str| s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    (hash.len() == 64 && hex(hash) && dir == &hash[..2]).then_some(hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_well_formed_attachment_paths_name_a_hash() {
        let h = "ab".to_string() + &"0".repeat(62);
        assert_eq!(attachment_hash(&attachment_path(&h)), Some(h.as_str()));
        assert_eq!(attachment_hash(&format!("attachments/cd/{h}")), None);
        assert_eq!(attachment_hash("attachments/ab/../../etc/passwd"), None);
        assert_eq!(attachment_hash(&format!("attachments/ab/{}", h.to_uppercase())), None);
        assert_eq!(attachment_hash("tessera.db"), None);
    }
}
