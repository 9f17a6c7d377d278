//! Reading a backup: what kind of file it is, then its entries into a new folder, each
//! checked against the manifest as it arrives — the manifest first, the database file (its
//! size and SHA-256 must match), attachment files by hash. Anything else, a truncated or
//! altered stream (age's and zstd's checksums), or a missing entry is `backup-damaged`, and
//! the folder holds nothing the caller may use. This is what the fuzz target drives.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::manifest::{
    attachment_hash, Manifest, ATTACHMENTS_DIR, DATABASE_NAME, FORMAT, MANIFEST_NAME, MAX_MANIFEST_BYTES,
};
use tessera_core::attachments::{file_in, hex};

use crate::{io, Error, Result};

const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// How a backup file is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// With a passphrase (age, scrypt).
    Encrypted,
    /// Without one (a database with no passphrase, backed up without one).
    Plain,
}

fn classify(head: &[u8]) -> Option<Kind> {
    if head.starts_with(AGE_MAGIC) {
        Some(Kind::Encrypted)
    } else if head.starts_with(ZSTD_MAGIC) {
        Some(Kind::Plain)
    } else {
        None
    }
}

/// The kind of the backup at `path` (`backup-not-a-backup` for any other file).
pub fn kind_of(path: &Path) -> Result<Kind> {
    let mut head = [0u8; 22];
    let mut f = File::open(path).map_err(io(path))?;
    let n = f.read(&mut head).map_err(io(path))?;
    classify(&head[..n]).ok_or_else(|| Error::NotABackup { path: path.display().to_string() })
}

/// A backup read into a folder.
#[derive(Debug, Clone)]
pub struct Extracted {
    pub manifest: Manifest,
    /// The database file, checked against the manifest.
    pub database: PathBuf,
    /// The folder the attachment files are in (`<folder>/<two hex>/<sha256>`).
    pub attachments: PathBuf,
    /// Attachment files whose bytes do not match their hash (the backup carried them so).
    pub damaged: Vec<String>,
}

fn damaged(path: &Path, what: impl Into<String>) -> Error {
    Error::Damaged { path: path.display().to_string(), what: what.into() }
}

fn from_age(e: age::DecryptError, path: &Path) -> Error {
    use age::DecryptError as D;
    let p = path.display().to_string();
    match e {
        D::DecryptionFailed | D::NoMatchingKeys | D::KeyDecryptionFailed => Error::WrongPassphrase { path: p },
        D::UnknownFormat => Error::NotABackup { path: p },
        D::Io(source) => Error::Io { path: p, source },
        other => damaged(path, other.to_string()),
    }
}

/// Read the backup `input` (whose file is `path`, for messages) into the empty folder
/// `stage`. `progress(done, total)` in bytes of the files inside.
pub fn extract(
    input: impl Read,
    path: &Path,
    passphrase: Option<&str>,
    stage: &Path,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Extracted> {
    let mut input = BufReader::new(input);
    let head = input.fill_buf().map_err(io(path))?;
    let kind = classify(head).ok_or_else(|| Error::NotABackup { path: path.display().to_string() })?;
    let plain: Box<dyn Read> = match kind {
        Kind::Encrypted => {
            let Some(p) = passphrase else {
                return Err(Error::PassphraseRequired { path: path.display().to_string() });
            };
            let d = age::Decryptor::new_buffered(input).map_err(|e| from_age(e, path))?;
            if !d.is_scrypt() {
                return Err(Error::NotABackup { path: path.display().to_string() });
            }
            let id = age::scrypt::Identity::new(age::secrecy::SecretString::from(p.to_string()));
            Box::new(d.decrypt(std::iter::once(&id as &dyn age::Identity)).map_err(|e| from_age(e, path))?)
        }
        Kind::Plain => Box::new(input),
    };
    let broken = |e: std::io::Error| damaged(path, e.to_string());
    let z = zstd::stream::read::Decoder::new(plain).map_err(broken)?;
    let mut archive = tar::Archive::new(z);
    let mut manifest: Option<Manifest> = None;
    let database = stage.join(DATABASE_NAME);
    let files = stage.join(ATTACHMENTS_DIR);
    let mut have_database = false;
    let mut seen = std::collections::BTreeSet::new();
    let mut bad = Vec::new();
    let (mut done, mut total) = (0u64, 0u64);
    for entry in archive.entries().map_err(broken)? {
        let mut entry = entry.map_err(broken)?;
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(damaged(path, "an entry that is not a file"));
        }
        let name = String::from_utf8(entry.path_bytes().into_owned()).map_err(|_| damaged(path, "an entry's name"))?;
        let size = entry.header().size().map_err(broken)?;
        let Some(m) = &manifest else {
            if name != MANIFEST_NAME || size > MAX_MANIFEST_BYTES {
                return Err(damaged(path, "no manifest"));
            }
            let mut text = Vec::with_capacity(size as usize);
            entry.read_to_end(&mut text).map_err(broken)?;
            let m: Manifest = serde_json::from_slice(&text).map_err(|_| {
                // a newer format may have changed the manifest itself: say so when it says so
                match serde_json::from_slice::<serde_json::Value>(&text).ok().and_then(|v| v["format"].as_u64()) {
                    Some(f) if f > FORMAT as u64 => Error::TooNew { path: path.display().to_string(), found: f as u32 },
                    _ => damaged(path, MANIFEST_NAME),
                }
            })?;
            if m.format > FORMAT {
                return Err(Error::TooNew { path: path.display().to_string(), found: m.format });
            }
            total = m.database.bytes + m.attachments.iter().map(|a| a.bytes).sum::<u64>();
            manifest = Some(m);
            continue;
        };
        let (target, expected) = if name == DATABASE_NAME && !have_database {
            have_database = true;
            (database.clone(), &m.database)
        } else if let Some(hash) = attachment_hash(&name).filter(|h| !seen.contains(*h)) {
            let Some(e) = m.attachments.iter().find(|a| a.sha256 == hash) else {
                return Err(damaged(path, name));
            };
            seen.insert(hash.to_string());
            (file_in(&files, hash), e)
        } else {
            return Err(damaged(path, name));
        };
        if size != expected.bytes {
            return Err(damaged(path, name));
        }
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        let mut out = std::io::BufWriter::new(File::create(&target).map_err(io(&target))?);
        let mut hash = Sha256::new();
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = entry.read(&mut buf).map_err(broken)?;
            if n == 0 {
                break;
            }
            hash.update(&buf[..n]);
            out.write_all(&buf[..n]).map_err(io(&target))?;
            done += n as u64;
            progress(done.min(total), total);
        }
        out.into_inner().map_err(|e| e.into_error()).and_then(|f| f.sync_all()).map_err(io(&target))?;
        if hex(&hash.finalize()) != expected.sha256 {
            if name == DATABASE_NAME {
                return Err(damaged(path, DATABASE_NAME));
            }
            bad.push(expected.sha256.clone());
        }
    }
    // Read to the end: the checksum of the compressed stream and the last encrypted chunk's
    // tag (a truncated file) are checked there.
    std::io::copy(&mut archive.into_inner(), &mut std::io::sink()).map_err(broken)?;
    let Some(manifest) = manifest else { return Err(damaged(path, "no manifest")) };
    if !have_database {
        return Err(damaged(path, format!("no {DATABASE_NAME}")));
    }
    if let Some(lost) = manifest.attachments.iter().find(|a| !seen.contains(&a.sha256)) {
        return Err(damaged(path, format!("no attachment {}", lost.sha256)));
    }
    Ok(Extracted { manifest, database, attachments: files, damaged: bad })
}
