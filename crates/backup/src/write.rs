//! Writing a backup: the database copied as of one moment (`Db::copy_to`), then the manifest,
//! the copy and every attachment file it names streamed into one tar, compressed, encrypted
//! when there is a passphrase, under `<file>.part` until it is whole and on disk, then renamed.
//! And the rotation of scheduled backups in a folder (keep the newest N).

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tessera_core::Db;

use crate::manifest::{attachment_path, FileEntry, Manifest, DATABASE_NAME, FORMAT, MANIFEST_NAME};
use tessera_core::attachments::{file_in, hex};

use crate::{io, Error, Result};

/// What a backup wrote.
#[derive(Debug, Clone)]
pub struct Written {
    pub manifest: Manifest,
    /// The backup file's size.
    pub bytes: u64,
    pub encrypted: bool,
    /// Attachment files whose bytes no longer match their hash (kept as they are; `check`
    /// names them).
    pub damaged: Vec<String>,
}

/// Removes a file when dropped (the database copy, a half-written backup).
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Where the bytes go: the file, through age's encryption when there is a passphrase.
enum Sink {
    Plain(BufWriter<File>),
    Sealed(age::stream::StreamWriter<BufWriter<File>>),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Plain(w) => w.write(buf),
            Sink::Sealed(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Plain(w) => w.flush(),
            Sink::Sealed(w) => w.flush(),
        }
    }
}

impl Sink {
    fn finish(self) -> std::io::Result<File> {
        let w = match self {
            Sink::Plain(w) => w,
            Sink::Sealed(w) => w.finish()?,
        };
        w.into_inner().map_err(|e| e.into_error())
    }
}

/// A reader that hashes what it reads and reports how far it got.
struct Counted<'p, R> {
    inner: R,
    hash: Sha256,
    done: u64,
    total: u64,
    progress: &'p mut dyn FnMut(u64, u64),
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.done += n as u64;
        (self.progress)(self.done, self.total);
        Ok(n)
    }
}

fn sha256_of(path: &Path) -> Result<String> {
    let mut f = File::open(path).map_err(io(path))?;
    let mut h = Sha256::new();
    std::io::copy(&mut f, &mut h).map_err(io(path))?;
    Ok(hex(&h.finalize()))
}

fn header(bytes: u64) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_size(bytes);
    h.set_mode(0o600);
    h.set_mtime(0);
    h.set_entry_type(tar::EntryType::Regular);
    h
}

/// Back up `db` to `out`: encrypted with `passphrase` when given. `progress(done, total)` in
/// bytes. Nothing is left at `out` unless the whole backup is.
pub fn backup(db: &Db, out: &Path, passphrase: Option<&str>, progress: &mut dyn FnMut(u64, u64)) -> Result<Written> {
    let dir = db.path().parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let copy = Scratch(dir.join(format!(".backup-{}.db", uuid::Uuid::new_v4().simple())));
    let copied = db.copy_to(&copy.0)?;
    let folder = tessera_core::attachments::folder(db);
    let (mut present, mut missing) = (Vec::new(), Vec::new());
    for f in &copied.files {
        let path = file_in(&folder, &f.sha256);
        match std::fs::metadata(&path) {
            Ok(m) if f.sha256.len() == 64 => {
                present.push((path, FileEntry { sha256: f.sha256.clone(), bytes: m.len() }))
            }
            _ => missing.push(f.sha256.clone()),
        }
    }
    let manifest = Manifest {
        format: FORMAT,
        made_by: format!("tessera {}", env!("CARGO_PKG_VERSION")),
        created_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        organisation: copied.organisation.clone(),
        schema_version: copied.schema_version,
        database_encrypted: db.is_encrypted(),
        database: FileEntry { sha256: sha256_of(&copy.0)?, bytes: copied.bytes },
        attachments: present.iter().map(|(_, e)| e.clone()).collect(),
        missing,
    };
    let total = copied.bytes + present.iter().map(|(_, e)| e.bytes).sum::<u64>();

    let mut part_name = out.as_os_str().to_owned();
    part_name.push(".part");
    let part = Scratch(PathBuf::from(part_name));
    let file = BufWriter::with_capacity(1 << 20, File::create(&part.0).map_err(io(out))?);
    let sink = match passphrase {
        Some(p) => {
            let enc = age::Encryptor::with_user_passphrase(age::secrecy::SecretString::from(p.to_string()));
            Sink::Sealed(enc.wrap_output(file).map_err(|e| Error::Io {
                path: out.display().to_string(),
                source: std::io::Error::other(e.to_string()),
            })?)
        }
        None => Sink::Plain(file),
    };
    let mut z = zstd::stream::write::Encoder::new(sink, 3).map_err(io(out))?;
    z.include_checksum(true).map_err(io(out))?;
    let mut tar = tar::Builder::new(z);

    let text = serde_json::to_vec_pretty(&manifest).expect("the manifest is JSON");
    tar.append_data(&mut header(text.len() as u64), MANIFEST_NAME, text.as_slice()).map_err(io(out))?;
    let mut done = 0u64;
    let mut damaged = Vec::new();
    let entries = std::iter::once((copy.0.clone(), manifest.database.clone(), DATABASE_NAME.to_string()))
        .chain(present.iter().map(|(p, e)| (p.clone(), e.clone(), attachment_path(&e.sha256))));
    for (i, (path, entry, name)) in entries.enumerate() {
        let f = File::open(&path).map_err(io(&path))?;
        let mut reader =
            Counted { inner: f.take(entry.bytes), hash: Sha256::new(), done, total, progress: &mut *progress };
        tar.append_data(&mut header(entry.bytes), &name, &mut reader).map_err(io(out))?;
        done = reader.done;
        if i > 0 && hex(&reader.hash.finalize()) != entry.sha256 {
            damaged.push(entry.sha256.clone());
        }
    }
    let file = tar.into_inner().and_then(|z| z.finish()).and_then(Sink::finish).map_err(io(out))?;
    file.sync_all().map_err(io(out))?;
    let bytes = file.metadata().map(|m| m.len()).unwrap_or(0);
    drop(file);
    std::fs::rename(&part.0, out).map_err(io(out))?;
    std::mem::forget(part);
    Ok(Written { manifest, bytes, encrypted: passphrase.is_some(), damaged })
}

/// The name of a scheduled backup made at `now` (local time): sorts by age.
pub fn scheduled_name(now: chrono::DateTime<chrono::Local>) -> String {
    format!("tessera-{}.tbak", now.format("%Y%m%d-%H%M%S"))
}

/// Keep the newest `keep` scheduled backups in `dir` (`tessera-YYYYMMDD-HHMMSS.tbak`) and
/// remove the older ones; other files are never touched. Returns what was removed.
pub fn rotate(dir: &Path, keep: usize) -> Result<Vec<PathBuf>> {
    let mut ours: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                let stamp = n.strip_prefix("tessera-").and_then(|s| s.strip_suffix(".tbak"));
                stamp.is_some_and(|s| {
                    s.len() == 15
                        && s.bytes().enumerate().all(|(i, b)| if i == 8 { b == b'-' } else { b.is_ascii_digit() })
                })
            })
        })
        .collect();
    ours.sort();
    let old = ours.len().saturating_sub(keep.max(1));
    let removed: Vec<PathBuf> = ours.into_iter().take(old).collect();
    for p in &removed {
        std::fs::remove_file(p).map_err(io(p))?;
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotation_keeps_the_newest_and_touches_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        for n in [
            "tessera-20261201-090000.tbak",
            "tessera-20261202-090000.tbak",
            "tessera-20261130-090000.tbak",
            "notes.txt",
            "tessera-manual.tbak",
        ] {
            std::fs::write(dir.path().join(n), b"x").unwrap();
        }
        let removed = rotate(dir.path(), 2).unwrap();
        assert_eq!(removed, vec![dir.path().join("tessera-20261130-090000.tbak")]);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            ["notes.txt", "tessera-20261201-090000.tbak", "tessera-20261202-090000.tbak", "tessera-manual.tbak"]
        );
        assert!(scheduled_name(chrono::Local::now()).starts_with("tessera-2"));
    }
}
