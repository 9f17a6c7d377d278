//! The share's layout, and the only code that names its files (`transport` carries them):
//!
//! ```text
//! DIR/tessera-share.json                    which organisation's share this is
//! DIR/devices/<device-id>/<seq>.bundle      a device's changes, one file per sync with news
//! DIR/devices/<device-id>/<n>.snapshot      everything that device holds (for joining)
//! DIR/devices/<device-id>/status            what it has received, whom it revoked
//! DIR/devices/<device-id>/enrol-<id>.key    an enrolment, opened by its code
//! DIR/devices/<device-id>/<epoch>.grant     a new organisation key, sealed to each device
//! DIR/outbox/<name>                         exports (reports, spreadsheets) sent from a device
//! ```
//!
//! Each device writes only its own folder, every file under a temporary name first and then
//! renamed, so a file-sync engine never sees two writers of one file nor half a file under
//! its real name. What sync clients leave beside ours (`*.sync-conflict-*`,
//! `.syncthing.*.tmp`, `(conflicted copy)`, our own temporary names) never matches a name
//! read here.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::transport::{Credentials, Location, Transport};
use crate::{Error, Result};

pub const MARKER: &str = "tessera-share.json";

/// `tessera-share.json`: readable by anyone with the folder; says nothing secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker {
    pub tessera_share: u32,
    pub organisation: Uuid,
}

/// A device's files, from one listing of its folder.
#[derive(Debug, Default)]
pub struct Files {
    pub bundles: Vec<(u64, String)>,
    pub snapshots: Vec<(u64, String)>,
    pub grants: Vec<(u64, String)>,
    pub enrolments: Vec<String>,
    /// Temporary names of an upload that did not finish.
    pub leftovers: Vec<String>,
}

pub struct Share {
    t: Box<dyn Transport>,
}

/// `<digits>.<ext>` → the number; anything else (conflict copies, temporary files) → None.
fn numbered(name: &str, ext: &str) -> Option<u64> {
    let stem = name.strip_suffix(ext)?.strip_suffix('.')?;
    if stem.is_empty() || stem.len() > 20 || !stem.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    stem.parse().ok()
}

fn device_dir(device: Uuid) -> String {
    format!("devices/{device}")
}

impl Share {
    /// The share at `location`, which must be there (a folder, a server that answers and
    /// takes the credentials).
    pub fn open(location: &Location, credentials: Option<&Credentials>) -> Result<Share> {
        let t = location.open(credentials)?;
        t.check()?;
        Ok(Share { t })
    }

    /// How users see a file of the share (`""`: the share).
    pub fn name(&self, key: &str) -> String {
        self.t.name(key)
    }

    pub fn marker(&self) -> Result<Option<Marker>> {
        match self.t.get(MARKER)? {
            Some(b) => serde_json::from_slice(&b).map(Some).map_err(|_| Error::NotAShare { path: self.name("") }),
            None => Ok(None),
        }
    }

    /// The share of `org`, or a clear error: not a share, or another organisation's.
    pub fn check(&self, org: Uuid) -> Result<()> {
        match self.marker()? {
            Some(m) if m.organisation == org => Ok(()),
            Some(_) => Err(Error::OtherOrganisation { path: self.name("") }),
            None => Err(Error::NotAShare { path: self.name("") }),
        }
    }

    pub fn create(&self, org: Uuid) -> Result<()> {
        let m = Marker { tessera_share: 1, organisation: org };
        self.t.put(MARKER, &serde_json::to_vec_pretty(&m).expect("a marker is JSON"))
    }

    /// Every device with a folder here.
    pub fn devices(&self) -> Result<Vec<Uuid>> {
        let mut out: Vec<Uuid> = self
            .t
            .list("devices")?
            .into_iter()
            .filter(|e| e.folder)
            .filter_map(|e| Uuid::parse_str(&e.name).ok())
            .collect();
        out.sort();
        Ok(out)
    }

    /// A device's files, each kind by number.
    pub fn files(&self, device: Uuid) -> Result<Files> {
        let dir = device_dir(device);
        let mut f = Files::default();
        for e in self.t.list(&dir)?.into_iter().filter(|e| !e.folder) {
            let key = format!("{dir}/{}", e.name);
            if let Some(n) = numbered(&e.name, "bundle") {
                f.bundles.push((n, key));
            } else if let Some(n) = numbered(&e.name, "snapshot") {
                f.snapshots.push((n, key));
            } else if let Some(n) = numbered(&e.name, "grant") {
                f.grants.push((n, key));
            } else if e.name.starts_with("enrol-") && e.name.ends_with(".key") && !e.name.contains(' ') {
                f.enrolments.push(key);
            } else if e.name.starts_with(".tmp-") {
                f.leftovers.push(key);
            }
        }
        f.bundles.sort();
        f.snapshots.sort();
        f.grants.sort();
        f.enrolments.sort();
        Ok(f)
    }

    pub fn bundle_key(&self, device: Uuid, seq: u64) -> String {
        format!("{}/{seq:08}.bundle", device_dir(device))
    }

    pub fn snapshot_key(&self, device: Uuid, n: u64) -> String {
        format!("{}/{n:08}.snapshot", device_dir(device))
    }

    pub fn grant_key(&self, device: Uuid, epoch: u32) -> String {
        format!("{}/{epoch:08}.grant", device_dir(device))
    }

    pub fn status_key(&self, device: Uuid) -> String {
        format!("{}/status", device_dir(device))
    }

    pub fn enrolment_key(&self, device: Uuid, id: &str) -> String {
        format!("{}/enrol-{id}.key", device_dir(device))
    }

    /// The outbox's file for an export called `name`.
    pub fn outbox_key(&self, name: &str) -> String {
        format!("outbox/{name}")
    }

    /// The names in the outbox folder.
    pub fn outbox(&self) -> Result<Vec<String>> {
        Ok(self
            .t
            .list("outbox")?
            .into_iter()
            .filter(|e| !e.folder && !e.name.starts_with(".tmp-"))
            .map(|e| e.name)
            .collect())
    }

    /// Every enrolment of every device.
    pub fn enrolments(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for d in self.devices()? {
            out.extend(self.files(d)?.enrolments);
        }
        Ok(out)
    }

    /// A file's bytes, `None` when it is not (or not yet) there.
    pub fn read(&self, key: &str) -> Result<Option<Vec<u8>>> {
        self.t.get(key)
    }

    /// Write a file whole (the transport never shows half of it under its name).
    pub fn write(&self, key: &str, bytes: &[u8]) -> Result<()> {
        self.t.put(key, bytes)
    }

    /// Remove a file, when it can be (what stays is removed by a later sync).
    pub fn remove(&self, key: &str) {
        let _ = self.t.delete(key);
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
