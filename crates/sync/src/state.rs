//! What this device remembers about sync, kept in its own database (a device-local setting,
//! never synced; encrypted with the database when it is): the share, the organisation's
//! key, this device's signing key, how far its own chain and every other device's go, and the
//! share's password sealed for this installation only.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tessera_core::Db;
use uuid::Uuid;

use crate::bundle::Revocation;
use crate::crypto::DeviceKey;
use crate::transport::{Credentials, Location};
use crate::Result;

const KEY: &str = "sync";

/// Fixed-size bytes as lowercase hex in the state's JSON.
mod hex {
    use data_encoding::HEXLOWER;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer, const N: usize>(b: &[u8; N], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&HEXLOWER.encode(b))
    }

    pub fn deserialize<'de, D: Deserializer<'de>, const N: usize>(d: D) -> Result<[u8; N], D::Error> {
        let s = String::deserialize(d)?;
        let v = HEXLOWER.decode(s.as_bytes()).map_err(serde::de::Error::custom)?;
        v.try_into().map_err(|_| serde::de::Error::custom("wrong length"))
    }
}

/// Another device as this one knows it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Peer {
    pub name: String,
    /// Its public key, pinned at first sight.
    #[serde(with = "hex")]
    pub key: [u8; 32],
    /// The last of its bundles applied here, and that file's hash.
    pub seq: u64,
    #[serde(with = "hex")]
    pub hash: [u8; 32],
    /// When it last synced (its status file, its clock).
    pub synced_ms: Option<u64>,
    /// The last bundle of ours it has applied.
    pub acked: u64,
    pub received: u64,
    /// Its X25519 public key (its status file), for a rotated organisation key.
    #[serde(with = "hex", default)]
    pub box_key: [u8; 32],
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    /// Where the share is (older states held a folder's path under `folder`).
    #[serde(alias = "folder", deserialize_with = "crate::transport::location_or_path")]
    pub share: Location,
    /// The share's user and password (WebDAV, S3), sealed with a key of this installation
    /// (`credentials_key`): a copy of the database on another laptop, a backup, does not
    /// carry them readable; the database's own encryption covers them once more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<String>,
    pub org: Uuid,
    pub epoch: u32,
    #[serde(with = "hex")]
    pub org_key: [u8; 32],
    /// The organisation's keys before `epoch`'s (hex), to read what was sealed with them.
    #[serde(default)]
    pub old_keys: BTreeMap<u32, String>,
    /// The device id the chain below belongs to: a copied file gets a new one (identity.rs)
    /// and starts a chain of its own.
    pub device: Uuid,
    #[serde(with = "hex")]
    pub signing: [u8; 32],
    /// This device's X25519 secret: a rotated organisation key is sealed to its public half.
    #[serde(with = "hex")]
    pub box_secret: [u8; 32],
    pub name: String,
    /// This device's last bundle and its hash.
    pub out_seq: u64,
    #[serde(with = "hex")]
    pub out_hash: [u8; 32],
    /// Per device whose changes this one publishes (itself, the ids this file had before):
    /// the last change sequence number in a bundle or snapshot of ours.
    pub published: BTreeMap<Uuid, u64>,
    /// Our snapshots written so far, and the last of our bundles the newest covers.
    pub snapshots: u64,
    pub snapshot_covers: u64,
    pub status_seq: u64,
    pub peers: BTreeMap<Uuid, Peer>,
    pub revoked: BTreeMap<Uuid, Revoked>,
    pub last_sync_ms: Option<u64>,
    /// Files the last sync refused.
    #[serde(default)]
    pub problems: Vec<crate::Problem>,
}

/// A revocation as kept here.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Revoked {
    pub bundle: u64,
    pub change_seq: u64,
    pub by: Uuid,
    pub at_ms: u64,
}

impl Revoked {
    pub fn wire(&self, device: Uuid) -> Revocation {
        Revocation {
            device: *device.as_bytes(),
            bundle: self.bundle,
            change_seq: self.change_seq,
            by: *self.by.as_bytes(),
            at_ms: self.at_ms,
        }
    }
}

impl State {
    /// A device's state as it sets up or joins: the organisation's keys (newest last, not
    /// empty), new signing and box keys, no chain yet.
    pub fn new(
        share: Location,
        org: Uuid,
        keys: &[(u32, [u8; 32])],
        device: Uuid,
        name: &str,
        published: BTreeMap<Uuid, u64>,
    ) -> State {
        let (&(epoch, org_key), older) = keys.split_last().expect("an organisation has a key");
        State {
            share,
            credentials: None,
            org,
            epoch,
            org_key,
            old_keys: older.iter().map(|(n, k)| (*n, data_encoding::HEXLOWER.encode(k))).collect(),
            device,
            signing: DeviceKey::generate().to_bytes(),
            box_secret: crate::crypto::random(),
            name: name.to_string(),
            out_seq: 0,
            out_hash: [0; 32],
            published,
            snapshots: 0,
            snapshot_covers: 0,
            status_seq: 0,
            peers: BTreeMap::new(),
            revoked: BTreeMap::new(),
            last_sync_ms: None,
            problems: Vec::new(),
        }
    }

    pub fn load(db: &Db) -> Result<Option<State>> {
        let Some(text) = db.local_setting(KEY)? else { return Ok(None) };
        Ok(serde_json::from_str(&text).ok())
    }

    /// The state of a database that syncs, adopted to its device id (a copy starts a chain
    /// of its own), or `NotSetUp`.
    pub fn current(db: &Db) -> Result<State> {
        let mut state = State::load(db)?.ok_or(crate::Error::NotSetUp)?;
        state.adopt(db.device_id());
        Ok(state)
    }

    pub fn save(&self, db: &Db) -> Result<()> {
        db.set_local_setting(KEY, &serde_json::to_string(self).expect("the state is JSON"))?;
        Ok(())
    }

    pub fn device_key(&self) -> DeviceKey {
        DeviceKey::from_bytes(&self.signing)
    }

    /// After a copy, restore or move (a new device id): a new signing key and chain; what
    /// the old id had published stays published, the rest is this device's to publish.
    pub fn adopt(&mut self, device: Uuid) {
        if self.device == device {
            return;
        }
        let old = self.device;
        // the old id's chain, as far as this file went, is another device's from now on
        let key = self.device_key().public();
        let peer = Peer { name: self.name.clone(), key, seq: self.out_seq, hash: self.out_hash, ..Peer::default() };
        self.peers.insert(old, peer);
        self.published.entry(old).or_insert(0);
        self.published.insert(device, 0);
        self.device = device;
        self.signing = DeviceKey::generate().to_bytes();
        self.box_secret = crate::crypto::random();
        self.out_seq = 0;
        self.out_hash = [0; 32];
        self.snapshots = 0;
        self.snapshot_covers = 0;
        self.status_seq = 0;
        self.peers.remove(&device);
    }

    /// The organisation key of `epoch`, when this device has it.
    pub fn key_for(&self, epoch: u32) -> Option<[u8; 32]> {
        if epoch == self.epoch {
            return Some(self.org_key);
        }
        let hex = self.old_keys.get(&epoch)?;
        data_encoding::HEXLOWER.decode(hex.as_bytes()).ok()?.try_into().ok()
    }

    /// Every key, oldest first (an enrolment hands them all over).
    pub fn all_keys(&self) -> Vec<(u32, [u8; 32])> {
        let mut out: Vec<(u32, [u8; 32])> =
            self.old_keys.keys().filter_map(|e| Some((*e, self.key_for(*e)?))).collect();
        out.push((self.epoch, self.org_key));
        out
    }

    /// Take `key` as the organisation's key of `epoch`, keeping the one before for reading.
    pub fn advance(&mut self, epoch: u32, key: [u8; 32]) {
        let old = data_encoding::HEXLOWER.encode(&self.org_key);
        self.old_keys.insert(self.epoch, old);
        self.epoch = epoch;
        self.org_key = key;
    }

    /// Keep `credentials` sealed for this installation (`None`: forget them; a folder needs
    /// none and keeps none).
    pub fn set_credentials(&mut self, db: &Db, credentials: Option<&Credentials>) {
        self.credentials = credentials.filter(|_| self.share.needs_credentials()).map(|c| {
            let plain = serde_json::to_vec(c).expect("credentials are JSON");
            data_encoding::HEXLOWER.encode(&crate::crypto::seal(&credentials_key(db), b"credentials", &plain))
        });
    }

    /// The share's credentials, when this installation sealed them.
    pub fn credentials(&self, db: &Db) -> Option<Credentials> {
        let sealed = data_encoding::HEXLOWER.decode(self.credentials.as_ref()?.as_bytes()).ok()?;
        let plain = crate::crypto::open(&credentials_key(db), b"credentials", &sealed)?;
        serde_json::from_slice(&plain).ok()
    }

    pub fn is_revoked(&self, device: Uuid, bundle: u64) -> bool {
        self.revoked.get(&device).is_some_and(|r| bundle > r.bundle)
    }
}

/// The key a share's password is sealed with: from this installation's id, kept outside the
/// database (`tessera_core::store::identity`).
fn credentials_key(db: &Db) -> [u8; 32] {
    use sha2::Digest;
    let mut h = sha2::Sha256::new();
    h.update(b"tessera sync credentials 1");
    h.update(db.install_id().as_bytes());
    h.finalize().into()
}
