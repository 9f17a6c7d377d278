//! This device's identity: a random 128-bit id bound to this installation *and* this file.
//! The installation keeps an id of its own outside the database (`<install dir>/install-id`);
//! the database remembers which installation and path its device id was made for. A file
//! that was copied, restored or moved gets a new device id when it is opened, before its
//! first write, so `(HLC, device)` stays unique across every copy.

use std::path::Path;
use std::sync::OnceLock;

use rand::RngCore;
use rusqlite::Connection;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::log::Id;
use super::{meta_get, meta_set};
use crate::{Error, Result};

/// The installation's id, made once and kept in `dir/install-id`. Without a folder (tests,
/// in-memory databases) one id per process.
pub fn install_id(dir: Option<&Path>) -> Result<Uuid> {
    static PROCESS: OnceLock<Uuid> = OnceLock::new();
    let Some(dir) = dir else { return Ok(*PROCESS.get_or_init(Uuid::new_v4)) };
    let file = dir.join("install-id");
    let io = |source| Error::Io { path: file.display().to_string(), source };
    if let Some(id) = read(&file) {
        return Ok(id);
    }
    std::fs::create_dir_all(dir).map_err(io)?;
    // Publish atomically: write a temporary file, then link it into place (fails when another
    // process was first; then its id is the one).
    let tmp = dir.join(format!(".install-id.{}", Uuid::new_v4().simple()));
    std::fs::write(&tmp, Uuid::new_v4().to_string()).map_err(io)?;
    let _ = std::fs::hard_link(&tmp, &file);
    let _ = std::fs::remove_file(&tmp);
    read(&file).ok_or_else(|| io(std::io::Error::other("unreadable install id")))
}

fn read(file: &Path) -> Option<Uuid> {
    Uuid::parse_str(std::fs::read_to_string(file).ok()?.trim()).ok()
}

/// The device id for this file opened by this installation at `path`, made anew when the
/// file's binding differs (copied, restored, moved, or opened by another installation).
pub fn device(conn: &Connection, install: Uuid, path: &Path) -> Result<Id> {
    let place = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let mut h = Sha256::new();
    h.update(install.as_bytes());
    h.update(place.to_string_lossy().as_bytes());
    let binding: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    let stored = meta_get(conn, "device_id")?.and_then(|d| Uuid::parse_str(&d).ok());
    if let (Some(id), Some(b)) = (stored, meta_get(conn, "device_binding")?) {
        if b == binding {
            return Ok(*id.as_bytes());
        }
    }
    let mut id = [0u8; 16];
    rand::rng().fill_bytes(&mut id);
    if let Some(old) = stored {
        // Its changes stay in the log under the old id; keep the list for sync (issue 17).
        let mut prev = meta_get(conn, "previous_devices")?.unwrap_or_default();
        if !prev.is_empty() {
            prev.push(',');
        }
        prev.push_str(&old.simple().to_string());
        meta_set(conn, "previous_devices", &prev)?;
    }
    meta_set(conn, "device_id", &Uuid::from_bytes(id).simple().to_string())?;
    meta_set(conn, "device_binding", &binding)?;
    Ok(id)
}
