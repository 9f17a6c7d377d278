//! The shared folder's layout, and the only code that touches it:
//!
//! ```text
//! DIR/tessera-share.json                    which organisation's share this is
//! DIR/devices/<device-id>/<seq>.bundle      a device's changes, one file per sync with news
//! DIR/devices/<device-id>/<n>.snapshot      everything that device holds (for joining)
//! DIR/devices/<device-id>/status            what it has received, whom it revoked
//! DIR/devices/<device-id>/enrol-<id>.key    an enrolment, opened by its code
//! ```
//!
//! Each device writes only its own folder, every file under a temporary name first and then
//! renamed, so a file-sync engine never sees two writers of one file nor half a file under
//! its real name. What sync clients leave beside ours (`*.sync-conflict-*`,
//! `.syncthing.*.tmp`, `(conflicted copy)`, our own temporary names) never matches a name
//! read here.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Error, Result};

pub const MARKER: &str = "tessera-share.json";

/// `tessera-share.json`: readable by anyone with the folder; says nothing secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker {
    pub tessera_share: u32,
    pub organisation: Uuid,
}

pub struct Share {
    root: PathBuf,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Core(tessera_core::Error::Io { path: path.display().to_string(), source })
}

/// `<digits>.<ext>` → the number; anything else (conflict copies, temporary files) → None.
fn numbered(name: &str, ext: &str) -> Option<u64> {
    let stem = name.strip_suffix(ext)?.strip_suffix('.')?;
    if stem.is_empty() || stem.len() > 20 || !stem.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    stem.parse().ok()
}

impl Share {
    /// The share at `root`, which must be a folder.
    pub fn at(root: &Path) -> Result<Share> {
        if !root.is_dir() {
            return Err(Error::FolderMissing { path: root.display().to_string() });
        }
        Ok(Share { root: root.to_path_buf() })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn marker(&self) -> Result<Option<Marker>> {
        let path = self.root.join(MARKER);
        match std::fs::read(&path) {
            Ok(b) => serde_json::from_slice(&b)
                .map(Some)
                .map_err(|_| Error::NotAShare { path: self.root.display().to_string() }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io(&path)(e)),
        }
    }

    /// The share of `org`, or a clear error: not a share, or another organisation's.
    pub fn check(&self, org: Uuid) -> Result<()> {
        match self.marker()? {
            Some(m) if m.organisation == org => Ok(()),
            Some(_) => Err(Error::OtherOrganisation { path: self.root.display().to_string() }),
            None => Err(Error::NotAShare { path: self.root.display().to_string() }),
        }
    }

    pub fn create(&self, org: Uuid) -> Result<()> {
        let m = Marker { tessera_share: 1, organisation: org };
        self.write(&self.root.join(MARKER), &serde_json::to_vec_pretty(&m).expect("a marker is JSON"))
    }

    pub fn device_dir(&self, device: Uuid) -> PathBuf {
        self.root.join("devices").join(device.to_string())
    }

    /// Every device with a folder here.
    pub fn devices(&self) -> Result<Vec<Uuid>> {
        let dir = self.root.join("devices");
        let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(Vec::new()) };
        let mut out: Vec<Uuid> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .filter_map(|e| Uuid::parse_str(e.file_name().to_str()?).ok())
            .collect();
        out.sort();
        Ok(out)
    }

    /// A device's files `<n>.<ext>`, by number.
    pub fn numbered(&self, device: Uuid, ext: &str) -> Vec<(u64, PathBuf)> {
        let Ok(entries) = std::fs::read_dir(self.device_dir(device)) else { return Vec::new() };
        let mut out: Vec<(u64, PathBuf)> = entries
            .flatten()
            .filter_map(|e| {
                let n = numbered(e.file_name().to_str()?, ext)?;
                Some((n, e.path()))
            })
            .collect();
        out.sort();
        out
    }

    pub fn bundle_path(&self, device: Uuid, seq: u64) -> PathBuf {
        self.device_dir(device).join(format!("{seq:08}.bundle"))
    }

    pub fn snapshot_path(&self, device: Uuid, n: u64) -> PathBuf {
        self.device_dir(device).join(format!("{n:08}.snapshot"))
    }

    pub fn status_path(&self, device: Uuid) -> PathBuf {
        self.device_dir(device).join("status")
    }

    pub fn enrolment_path(&self, device: Uuid, id: &str) -> PathBuf {
        self.device_dir(device).join(format!("enrol-{id}.key"))
    }

    /// Every enrolment of every device.
    pub fn enrolments(&self) -> Result<Vec<PathBuf>> {
        let mut out = Vec::new();
        for d in self.devices()? {
            let Ok(entries) = std::fs::read_dir(self.device_dir(d)) else { continue };
            for e in entries.flatten() {
                let name = e.file_name();
                let Some(name) = name.to_str() else { continue };
                if name.starts_with("enrol-") && name.ends_with(".key") && !name.contains(' ') {
                    out.push(e.path());
                }
            }
        }
        out.sort();
        Ok(out)
    }

    pub fn read(&self, path: &Path) -> Result<Vec<u8>> {
        std::fs::read(path).map_err(io(path))
    }

    /// Write a file whole: a temporary name in the same folder, flushed, then renamed.
    pub fn write(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        let dir = path.parent().unwrap_or(&self.root);
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let tmp = dir.join(format!(".tmp-{}", Uuid::new_v4().simple()));
        let result = (|| {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result.map_err(io(path))
    }

    pub fn remove(&self, path: &Path) {
        let _ = std::fs::remove_file(path);
    }
}

#[cfg(test)]
mod tests {
    use super::numbered;

    #[test]
    fn only_our_own_names_are_read() {
        assert_eq!(numbered("00000012.bundle", "bundle"), Some(12));
        assert_eq!(numbered("3.bundle", "bundle"), Some(3));
        for other in [
            "00000012.sync-conflict-20261201-101010-ABCDEFG.bundle",
            "00000012 (conflicted copy).bundle",
            "00000012 (Tessera's conflicted copy 2026-12-01).bundle",
            ".syncthing.00000012.bundle.tmp",
            ".tmp-0af3",
            "~00000012.bundle",
            "00000012.bundle.part",
            ".bundle",
            "12.snapshot",
        ] {
            assert_eq!(numbered(other, "bundle"), None, "{other}");
        }
    }
}
