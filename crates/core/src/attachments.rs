//! Evidence files (photos and scans of signed attendance sheets, agendas, receipts), stored
//! content-addressed in the data folder — `attachments/<two hex>/<sha256>` beside the
//! database file, so the same photo attached twice is kept once — and named by a synced row
//! (owner, file name, type, size, hash). Reading one back checks its hash.

use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use sha2::{Digest, Sha256};

pub use crate::activities::attendance::AttachmentRow;
use crate::input::text as t;
use crate::{rows, Db, Error, Result};

/// The folder the files live in: `attachments` beside the database.
pub fn folder(db: &Db) -> PathBuf {
    folder_beside(db.path())
}

/// The attachments folder of the database file at `db_path` (a restore's target).
pub fn folder_beside(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("attachments")
}

/// Where the file with hash `sha256` lives in the attachments folder `folder`.
pub fn file_in(folder: &Path, sha256: &str) -> PathBuf {
    folder.join(sha256.get(..2).unwrap_or_default()).join(sha256)
}

fn file_of(db: &Db, sha256: &str) -> PathBuf {
    file_in(&folder(db), sha256)
}

/// The media type of a file by its name (what the app shows as a thumbnail).
pub fn mime_of(filename: &str) -> Option<&'static str> {
    let ext = filename.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "heic" => "image/heic",
        "pdf" => "application/pdf",
        _ => return None,
    })
}

fn io(path: &Path, source: std::io::Error) -> Error {
    Error::Io { path: path.display().to_string(), source }
}

/// Write `bytes` to `path` whole or not at all: under `<path>.part` first, then renamed over
/// it (a kept file, a saved report, an export the command line writes).
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut part = path.as_os_str().to_owned();
    part.push(".part");
    let part = std::path::PathBuf::from(part);
    std::fs::write(&part, bytes).and_then(|_| std::fs::rename(&part, path)).map_err(|e| {
        let _ = std::fs::remove_file(&part);
        io(path, e)
    })
}

/// Keep `bytes` as a file of the row `owner_id` of `owner_table`; returns the attachment's id.
pub fn attach(db: &mut Db, owner_table: &str, owner_id: &str, filename: &str, bytes: &[u8]) -> Result<String> {
    rows::exists(db, owner_table, "owner", owner_id)?;
    let sha256 = hex(&Sha256::digest(bytes));
    let path = file_of(db, &sha256);
    if !path.exists() {
        let dir = path.parent().expect("a file in a folder");
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        // never half a file under its hash
        write_whole(&path, bytes)?;
    }
    let name = Path::new(filename).file_name().map_or(filename.to_string(), |n| n.to_string_lossy().to_string());
    let row = [
        ("owner_table", t(owner_table)),
        ("owner_id", t(owner_id)),
        ("sha256", t(&sha256)),
        ("filename", t(&name)),
        ("mime", mime_of(&name).map_or(Value::Null, t)),
        ("size", Value::Integer(bytes.len() as i64)),
    ];
    db.write(|w| w.insert("attachments", &row))
}

/// The attachments of one row, oldest first.
pub fn of(db: &Db, owner_table: &str, owner_id: &str) -> Result<Vec<AttachmentRow>> {
    Ok(db
        .conn()
        .prepare_cached(
            "SELECT id, filename, mime, size, sha256 FROM live_attachments
             WHERE owner_table = ?1 AND owner_id = ?2 ORDER BY id",
        )?
        .query_map([owner_table, owner_id], |r| {
            Ok(AttachmentRow {
                id: r.get(0)?,
                filename: r.get(1)?,
                mime: r.get(2)?,
                size: r.get(3)?,
                sha256: r.get(4)?,
            })
        })?
        .collect::<std::result::Result<_, _>>()?)
}

/// An attachment's bytes, checked against its hash (`attachment-damaged` when the file was
/// changed or lost, as on a laptop that has the row from sync but not yet the file).
pub fn read(db: &Db, id: &str) -> Result<(AttachmentRow, Vec<u8>)> {
    let row = db
        .conn()
        .query_row("SELECT id, filename, mime, size, sha256 FROM live_attachments WHERE id = ?1", [id], |r| {
            Ok(AttachmentRow {
                id: r.get(0)?,
                filename: r.get(1)?,
                mime: r.get(2)?,
                size: r.get(3)?,
                sha256: r.get(4)?,
            })
        })
        .map_err(|_| Error::NotFound { what: "attachment", id: id.to_string() })?;
    let damaged = || Error::AttachmentDamaged { filename: row.filename.clone() };
    let bytes = std::fs::read(file_of(db, &row.sha256)).map_err(|_| damaged())?;
    if hex(&Sha256::digest(&bytes)) != row.sha256 {
        return Err(damaged());
    }
    Ok((row, bytes))
}

/// Remove an attachment from its owner (the file stays: another row may name it; undo
/// brings the row back).
pub fn delete_attachment(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "attachments", "attachment", id)
}

pub fn restore_attachment(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "attachments", "attachment", id)
}

/// Bytes (a SHA-256 digest) as the lowercase hex that names an attachment file.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
