//! The files devices write to the share, and reading them back without trusting a byte:
//! a bundle (one device's changes since its last), a snapshot (everything one device holds,
//! for a device that joins) and a status (what a device has received, whom it revoked).
//!
//! ```text
//! "TSB1" | header length (u32 LE) | header (postcard) | nonce (24) | sealed body | signature (64)
//! ```
//!
//! The header is readable without the key (device, kind, sequence, previous file's hash,
//! change and HLC ranges, schema version) and authenticated as the sealed body's associated
//! data; the body is postcard, compressed with zstd, sealed with the organisation's key
//! (`crypto::seal`); the signature, by the writing device, covers everything before it.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tessera_core::store::merge::Change;
use tessera_core::store::Hlc;
use uuid::Uuid;

use crate::crypto::{self, DeviceKey, KEY_LEN, NONCE_LEN, SIGNATURE_LEN};

pub const MAGIC: &[u8; 4] = b"TSB1";
/// A header is a few dozen bytes; anything longer is not ours.
pub const MAX_HEADER: usize = 1024;
/// The largest body a file may declare once decompressed (a snapshot of a large database).
pub const MAX_PLAIN: u64 = 1 << 31;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    Bundle,
    Snapshot,
    Status,
    /// A new organisation key, for each remaining device (after a revocation).
    Grant,
}

/// What a file says about itself before it is opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub kind: Kind,
    /// The organisation's share (`tessera-share.json`).
    pub org: [u8; 16],
    /// Which organisation key sealed it.
    pub epoch: u32,
    pub device: [u8; 16],
    /// The writing device's public key (pinned by receivers at first sight).
    pub key: [u8; 32],
    /// A bundle's place in its device's chain (1, 2, …); a snapshot's or status's own count.
    pub seq: u64,
    /// SHA-256 of the device's previous bundle (zeros before the first).
    pub prev: [u8; 32],
    /// The writer's own change sequence numbers and the HLCs the body covers.
    pub first_change: u64,
    pub last_change: u64,
    pub hlc_min: u64,
    pub hlc_max: u64,
    pub schema_version: u32,
    pub created_ms: u64,
    /// The body's length once decompressed.
    pub plain_len: u64,
}

/// Why a file was not applied. Each has a stable code (`sync-reason-<code>` in the locales).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    NotABundle,
    Truncated,
    Unsigned,
    Tampered,
    Foreign,
    Revoked,
    KeyChanged,
    OutOfOrder,
    UnknownKey,
    TooLarge,
    WrongDevice,
    Unreadable,
}

impl Rejection {
    pub fn code(self) -> &'static str {
        match self {
            Rejection::NotABundle => "not-a-bundle",
            Rejection::Truncated => "truncated",
            Rejection::Unsigned => "unsigned",
            Rejection::Tampered => "tampered",
            Rejection::Foreign => "foreign",
            Rejection::Revoked => "revoked",
            Rejection::KeyChanged => "key-changed",
            Rejection::OutOfOrder => "out-of-order",
            Rejection::UnknownKey => "unknown-key",
            Rejection::TooLarge => "too-large",
            Rejection::WrongDevice => "wrong-device",
            Rejection::Unreadable => "unreadable",
        }
    }

    pub const ALL: [Rejection; 12] = [
        Rejection::NotABundle,
        Rejection::Truncated,
        Rejection::Unsigned,
        Rejection::Tampered,
        Rejection::Foreign,
        Rejection::Revoked,
        Rejection::KeyChanged,
        Rejection::OutOfOrder,
        Rejection::UnknownKey,
        Rejection::TooLarge,
        Rejection::WrongDevice,
        Rejection::Unreadable,
    ];
}

/// A cell's value on the wire (the change log's encoding: references as 16 bytes, money as
/// `EUR-1250`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Wire {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl From<&rusqlite::types::Value> for Wire {
    fn from(v: &rusqlite::types::Value) -> Wire {
        use rusqlite::types::Value as V;
        match v {
            V::Null => Wire::Null,
            V::Integer(i) => Wire::Int(*i),
            V::Real(f) => Wire::Real(*f),
            V::Text(s) => Wire::Text(s.clone()),
            V::Blob(b) => Wire::Blob(b.clone()),
        }
    }
}

impl From<Wire> for rusqlite::types::Value {
    fn from(w: Wire) -> Self {
        use rusqlite::types::Value as V;
        match w {
            Wire::Null => V::Null,
            Wire::Int(i) => V::Integer(i),
            Wire::Real(f) => V::Real(f),
            Wire::Text(s) => V::Text(s),
            Wire::Blob(b) => V::Blob(b),
        }
    }
}

/// One change with its device and cell as indexes into the set's lists, its sequence number
/// and HLC as differences from the previous item's (mostly 1: small varints).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Item {
    device: u32,
    cell: u32,
    row: [u8; 16],
    seq: i64,
    hlc: i64,
    value: Wire,
    cl: i64,
    schema_version: u32,
}

/// Changes as a body carries them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChangeSet {
    devices: Vec<[u8; 16]>,
    cells: Vec<(String, String)>,
    items: Vec<Item>,
}

impl ChangeSet {
    pub fn new(changes: &[Change]) -> ChangeSet {
        let mut set = ChangeSet::default();
        let mut devices = std::collections::HashMap::new();
        let mut cells = std::collections::HashMap::new();
        let (mut seq, mut hlc) = (0i64, 0i64);
        for c in changes {
            let device = *devices.entry(c.device).or_insert_with(|| {
                set.devices.push(*c.device.as_bytes());
                set.devices.len() as u32 - 1
            });
            let cell = *cells.entry((c.table.as_str(), c.column.as_str())).or_insert_with(|| {
                set.cells.push((c.table.clone(), c.column.clone()));
                set.cells.len() as u32 - 1
            });
            let (s, h) = (c.seq as i64, c.hlc.raw() as i64);
            set.items.push(Item {
                device,
                cell,
                row: *c.row.as_bytes(),
                seq: s.wrapping_sub(seq),
                hlc: h.wrapping_sub(hlc),
                value: Wire::from(&c.value),
                cl: c.cl,
                schema_version: c.schema_version,
            });
            (seq, hlc) = (s, h);
        }
        set
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The changes again; `None` when an index points nowhere.
    pub fn changes(self) -> Option<Vec<Change>> {
        let (mut seq, mut hlc) = (0i64, 0i64);
        let mut out = Vec::with_capacity(self.items.len());
        for i in self.items {
            let device = *self.devices.get(i.device as usize)?;
            let (table, column) = self.cells.get(i.cell as usize)?.clone();
            seq = seq.wrapping_add(i.seq);
            hlc = hlc.wrapping_add(i.hlc);
            if seq < 0 || hlc < 0 {
                return None;
            }
            out.push(Change {
                device: Uuid::from_bytes(device),
                seq: seq as u64,
                hlc: Hlc::from_raw(hlc as u64),
                table,
                column,
                row: Uuid::from_bytes(i.row),
                value: i.value.into(),
                cl: i.cl,
                schema_version: i.schema_version,
            });
        }
        Some(out)
    }
}

/// A bundle's body: the writer's name and its changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleBody {
    pub name: String,
    pub changes: ChangeSet,
}

/// Where a snapshot leaves each device's chain: its bundles up to `bundle` are in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Covered {
    pub device: [u8; 16],
    pub bundle: u64,
    pub hash: [u8; 32],
}

/// A device refused from its bundle `bundle` on (its changes above `change_seq` dropped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocation {
    pub device: [u8; 16],
    pub bundle: u64,
    pub change_seq: u64,
    pub by: [u8; 16],
    pub at_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnapshotBody {
    pub name: String,
    pub covered: Vec<Covered>,
    pub revoked: Vec<Revocation>,
    pub changes: ChangeSet,
}

/// What a device tells the others each time it syncs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusBody {
    pub name: String,
    pub synced_ms: u64,
    /// The last bundle of each device this one has applied.
    pub acks: Vec<([u8; 16], u64)>,
    pub revoked: Vec<Revocation>,
    /// Its changes not yet in a bundle.
    pub pending: u64,
    /// Its X25519 public key: a new organisation key reaches it sealed to this.
    pub box_key: [u8; 32],
}

/// A new organisation key (`epoch`), sealed for each device that keeps syncing; the file is
/// sealed with the key before it, so only members read it, and a revoked device finds no
/// entry of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrantBody {
    pub epoch: u32,
    pub grants: Vec<([u8; 16], Vec<u8>)>,
}

/// What a grant's sealed box holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyGrant {
    pub org: [u8; 16],
    pub epoch: u32,
    pub key: [u8; 32],
}

/// A file's SHA-256 (the next bundle's `prev`).
pub fn hash(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Write a file: `header.plain_len` is set from `body`.
pub fn encode<T: Serialize>(mut header: Header, body: &T, org_key: &[u8; KEY_LEN], device: &DeviceKey) -> Vec<u8> {
    let plain = postcard::to_allocvec(body).expect("postcard writes any body");
    header.plain_len = plain.len() as u64;
    let packed = zstd::bulk::compress(&plain, 3).expect("zstd compresses in memory");
    frame(&header, &packed, org_key, device)
}

/// A file around an already compressed body (`encode`; the fuzz target frames any bytes).
pub fn frame(header: &Header, packed: &[u8], org_key: &[u8; KEY_LEN], device: &DeviceKey) -> Vec<u8> {
    let head = postcard::to_allocvec(header).expect("postcard writes any header");
    let mut out = Vec::with_capacity(8 + head.len() + NONCE_LEN + packed.len() + 16 + SIGNATURE_LEN);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(head.len() as u32).to_le_bytes());
    out.extend_from_slice(&head);
    let aad_len = out.len();
    let sealed = crypto::seal(org_key, &out[..aad_len], packed);
    out.extend_from_slice(&sealed);
    let sig = device.sign(&out);
    out.extend_from_slice(&sig);
    out
}

/// The header of a file, read without any key; `Err` when the file is not one of ours.
pub fn peek(bytes: &[u8]) -> Result<(Header, usize), Rejection> {
    if bytes.len() < 8 {
        return Err(if MAGIC.starts_with(&bytes[..bytes.len().min(4)]) {
            Rejection::Truncated
        } else {
            Rejection::NotABundle
        });
    }
    if &bytes[..4] != MAGIC {
        return Err(Rejection::NotABundle);
    }
    let len = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    if len > MAX_HEADER {
        return Err(Rejection::NotABundle);
    }
    let end = 8 + len;
    if bytes.len() < end + NONCE_LEN + 16 + SIGNATURE_LEN {
        return Err(Rejection::Truncated);
    }
    let header: Header = postcard::from_bytes(&bytes[8..end]).map_err(|_| Rejection::NotABundle)?;
    if header.plain_len > MAX_PLAIN {
        return Err(Rejection::TooLarge);
    }
    Ok((header, end))
}

/// The body of a file whose header `peek` read: opened with the organisation's key, its
/// signature checked against the header's key, decompressed to exactly the length it declares.
pub fn open<T: for<'de> Deserialize<'de>>(
    bytes: &[u8],
    header: &Header,
    head_end: usize,
    org_key: &[u8; KEY_LEN],
) -> Result<T, Rejection> {
    let (signed, sig) = bytes.split_at(bytes.len() - SIGNATURE_LEN);
    let sig: [u8; SIGNATURE_LEN] = sig.try_into().map_err(|_| Rejection::Truncated)?;
    // the seal first: a changed byte anywhere before the signature is "tampered"; a seal that
    // holds under a signature that does not is "unsigned"
    let packed = crypto::open(org_key, &signed[..head_end], &signed[head_end..]).ok_or(Rejection::Tampered)?;
    if !crypto::verify(&header.key, signed, &sig) {
        return Err(Rejection::Unsigned);
    }
    let plain = zstd::bulk::decompress(&packed, header.plain_len as usize).map_err(|_| Rejection::Unreadable)?;
    if plain.len() as u64 != header.plain_len {
        return Err(Rejection::Unreadable);
    }
    postcard::from_bytes(&plain).map_err(|_| Rejection::Unreadable)
}

/// Read any file of ours with `org_key` as far as it goes (the fuzz target's entry): header,
/// signature, seal, body and, for a bundle or snapshot, its changes.
pub fn decode_any(bytes: &[u8], org_key: &[u8; KEY_LEN]) -> Result<usize, Rejection> {
    let (header, end) = peek(bytes)?;
    match header.kind {
        Kind::Bundle => {
            let b: BundleBody = open(bytes, &header, end, org_key)?;
            Ok(b.changes.changes().ok_or(Rejection::Unreadable)?.len())
        }
        Kind::Snapshot => {
            let b: SnapshotBody = open(bytes, &header, end, org_key)?;
            Ok(b.changes.changes().ok_or(Rejection::Unreadable)?.len())
        }
        Kind::Status => {
            let b: StatusBody = open(bytes, &header, end, org_key)?;
            Ok(b.acks.len())
        }
        Kind::Grant => {
            let b: GrantBody = open(bytes, &header, end, org_key)?;
            Ok(b.grants.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(seq: u64, value: rusqlite::types::Value) -> Change {
        Change {
            device: Uuid::from_u128(7),
            seq,
            hlc: Hlc::from_raw(1_000_000 + seq),
            table: "projects".into(),
            column: "title".into(),
            row: Uuid::from_u128(42),
            value,
            cl: 1,
            schema_version: 10,
        }
    }

    fn header() -> Header {
        Header {
            kind: Kind::Bundle,
            org: [1; 16],
            epoch: 1,
            device: [7; 16],
            key: [0; 32],
            seq: 1,
            prev: [0; 32],
            first_change: 1,
            last_change: 3,
            hlc_min: 0,
            hlc_max: 0,
            schema_version: 10,
            created_ms: 5,
            plain_len: 0,
        }
    }

    #[test]
    fn a_bundle_reads_back_and_nothing_changed_passes() {
        use rusqlite::types::Value as V;
        let key = crypto::random();
        let dev = DeviceKey::generate();
        let changes =
            vec![change(1, V::Text("Школа".into())), change(2, V::Integer(-5)), change(3, V::Blob(vec![1; 16]))];
        let mut h = header();
        h.key = dev.public();
        let body = BundleBody { name: "laptop".into(), changes: ChangeSet::new(&changes) };
        let file = encode(h.clone(), &body, &key, &dev);
        let (read, end) = peek(&file).unwrap();
        assert_eq!(read.seq, 1);
        let back: BundleBody = open(&file, &read, end, &key).unwrap();
        assert_eq!(back.changes.changes().unwrap(), changes);
        // every single byte flipped is caught by the signature or the seal
        for i in 0..file.len() {
            let mut bad = file.clone();
            bad[i] ^= 0x40;
            let r = peek(&bad).and_then(|(h, e)| open::<BundleBody>(&bad, &h, e, &key).map(|_| ()));
            assert!(r.is_err(), "byte {i} changed and still read");
        }
        for n in [0, 3, 7, 20, file.len() - 1] {
            assert!(decode_any(&file[..n], &key).is_err(), "cut at {n}");
        }
        assert_eq!(decode_any(&file, &crypto::random()), Err(Rejection::Tampered));
    }
}
