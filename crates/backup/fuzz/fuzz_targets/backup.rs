//! The backup reader against any bytes (issue 19): `scripts/fuzz backup` (cargo-fuzz, nightly).
//! The first byte picks what the rest is:
//!
//! - 0: a whole backup file (what a USB stick may hold: anything);
//! - 1: the tar inside a plain backup (the harness compresses it, so the fuzzer reaches the
//!   manifest and the entries' checks).
//!
//! Nothing may panic, every outcome is an `Extracted` or an error, and nothing is written
//! outside the staging folder.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let bytes = match mode % 2 {
        0 => rest.to_vec(),
        _ => zstd::encode_all(rest, 1).unwrap(),
    };
    let stage = std::env::temp_dir().join(format!("tessera-fuzz-backup-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&stage);
    std::fs::create_dir_all(&stage).unwrap();
    // no passphrase: an age header is refused before any key derivation (scrypt would make
    // every run take a second)
    let _ = tessera_backup::extract(bytes.as_slice(), Path::new("fuzz.tbak"), None, &stage, &mut |_, _| {});
    let _ = std::fs::remove_dir_all(&stage);
});
