//! The bundle decoder against any bytes (issue 17): `cargo fuzz run bundle` (nightly), see
//! `scripts/fuzz bundle`. The first byte picks what the rest is:
//!
//! - 0: a whole file from the share (header, seal, signature: what any folder may hold);
//! - 1: a compressed body inside a valid frame (zstd and postcard after the seal holds);
//! - 2: a body's plaintext inside a valid frame, and what it decodes to merged into a
//!   database (what a device that holds the key could write).
//!
//! Nothing may panic, and every outcome is a value or a `Rejection`.

#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use tessera_core::Db;
use tessera_sync::bundle::{self, Header, Kind};
use tessera_sync::crypto::DeviceKey;

const KEY: [u8; 32] = [7; 32];

fn device() -> &'static DeviceKey {
    static D: OnceLock<DeviceKey> = OnceLock::new();
    D.get_or_init(|| DeviceKey::from_bytes(&[9; 32]))
}

fn db() -> &'static Mutex<Db> {
    static DB: OnceLock<Mutex<Db>> = OnceLock::new();
    DB.get_or_init(|| Mutex::new(Db::open_in_memory().unwrap()))
}

fn header(kind: Kind, plain_len: u64) -> Header {
    Header {
        kind,
        org: [1; 16],
        epoch: 1,
        device: [2; 16],
        key: device().public(),
        seq: 1,
        prev: [0; 32],
        first_change: 0,
        last_change: 0,
        hlc_min: 0,
        hlc_max: 0,
        schema_version: 10,
        created_ms: 0,
        plain_len,
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    match mode % 3 {
        0 => {
            let _ = bundle::decode_any(rest, &KEY);
        }
        1 => {
            if rest.len() < 5 {
                return;
            }
            let kind = [Kind::Bundle, Kind::Snapshot, Kind::Status, Kind::Grant][rest[0] as usize % 4];
            let len = u32::from_le_bytes([rest[1], rest[2], rest[3], rest[4]]) as u64 % (1 << 20);
            let file = bundle::frame(&header(kind, len), &rest[5..], &KEY, device());
            let _ = bundle::decode_any(&file, &KEY);
        }
        _ => {
            let Some((&k, plain)) = rest.split_first() else { return };
            let kind = [Kind::Bundle, Kind::Snapshot, Kind::Status, Kind::Grant][k as usize % 4];
            let packed = zstd::bulk::compress(plain, 1).unwrap();
            let file = bundle::frame(&header(kind, plain.len() as u64), &packed, &KEY, device());
            let (h, end) = bundle::peek(&file).unwrap();
            if kind == Kind::Bundle {
                if let Ok(body) = bundle::open::<bundle::BundleBody>(&file, &h, end, &KEY) {
                    if let Some(changes) = body.changes.changes() {
                        let mut db = db().lock().unwrap();
                        let _ = db.apply(&changes);
                    }
                }
            } else {
                let _ = bundle::decode_any(&file, &KEY);
            }
        }
    }
});
