//! Devices converging through a real folder (issue 17, sync.md "What the tests must prove"):
//! three databases make random edits (inserts, edits, concurrent edits of one field, deletes,
//! erasures) and sync in random order through a shared folder; a fourth joins late from the
//! snapshot; a revoked device's new bundle is refused; a tampered bundle is refused while the
//! rest apply; an erased name is gone from every file; a copy of the share made mid-sync
//! (missing files, temporary files, conflict copies) converges on the next sync.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use tessera_core::{Db, OpenOptions};
use tessera_sync::{Rejection, Secret, Target};

fn first(root: &Path, share: &Path) -> (Device, String) {
    common::first(root, &Target::folder(share))
}

fn join(root: &Path, name: &str, share: &Path, code: &str) -> Device {
    common::join(root, name, &Target::folder(share), code)
}

/// An organisation of three laptops on a shared folder.
fn three(root: &Path) -> (PathBuf, String, [Device; 3]) {
    let share = root.join("share");
    let (code, devices) = three_on(root, &Target::folder(&share));
    (share, code, devices)
}

/// Every file under `dir`, as bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out
}

#[test]
fn three_devices_converge_through_a_folder_and_a_fourth_joins_late() {
    let tmp = tempfile::tempdir().unwrap();
    let (share, code, [a, b, c]) = three(tmp.path());
    let mut devices = vec![a, b, c];
    let mut rows = Vec::new();
    let mut rng = ChaCha8Rng::seed_from_u64(17);
    for _ in 0..6 {
        random_round(&mut rng, &mut devices, &mut rows, &Target::folder(&share));
    }
    // one field edited on all three at once
    let shared = person(&mut devices[0].db, "Drita");
    tessera_sync::sync(&mut devices[0].db, None).unwrap();
    for d in devices.iter_mut() {
        tessera_sync::sync(&mut d.db, None).unwrap();
    }
    for (i, d) in devices.iter_mut().enumerate() {
        d.db.write(|w| w.update("beneficiaries", &shared, &[("last_name", t(NAMES[i]))])).unwrap();
    }
    let [a, b, c] = &mut devices[..] else { unreachable!() };
    sync_all(&mut [a, b, c]);
    assert!(rows.len() > 10, "{} rows", rows.len());
    same(&[a, b, c]);
    let winner: String =
        a.db.conn().query_row("SELECT last_name FROM beneficiaries WHERE id = ?1", [&shared], |r| r.get(0)).unwrap();
    assert!(NAMES[..3].contains(&winner.as_str()));
    let conflicts: usize = [&*a, &*b, &*c].iter().map(|d| d.db.conflicts().unwrap().len()).sum();
    assert!(conflicts >= 2, "the two losing values are in the journals ({conflicts})");
    // nothing new: a sync writes no bundle
    let r = tessera_sync::sync(&mut a.db, None).unwrap();
    assert_eq!((r.bundles, r.written.clone()), (0, None));
    // a fourth device joins late, from a snapshot and the bundles after it, telling its progress
    // (a bundle after the newest snapshot: one that every device had may be gone already)
    person(&mut a.db, "Vesa");
    tessera_sync::sync(&mut a.db, None).unwrap();
    let mut d = open(tmp.path(), "d");
    let mut seen = Vec::new();
    let r = tessera_sync::join_with(
        &mut d.db,
        &Target::folder(&share),
        &Secret::Code(code.clone()),
        "d",
        &mut |done, total| seen.push((done, total)),
    )
    .unwrap();
    let &(done, total) = seen.last().unwrap();
    assert!(total >= 1 && done == total && r.bundles == total + 1, "{seen:?}, {} bundles", r.bundles);
    sync_all(&mut [a, b, c]);
    same(&[a, b, c, &d]);
    let s = tessera_sync::status(&d.db).unwrap();
    assert_eq!(s.devices.len(), 4, "{:?}", s.devices);
    assert_eq!(s.pending_changes, 0);
    // and its own edits reach the others
    person(&mut d.db, "Vesna");
    sync_all(&mut [a, b, c, &mut d]);
    same(&[a, b, c, &d]);
}

#[test]
fn a_revoked_device_is_refused_and_a_tampered_bundle_does_not_stop_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let (share, code, [mut a, mut b, mut c]) = three(tmp.path());
    person(&mut c.db, "Before");
    sync_all(&mut [&mut a, &mut b, &mut c]);
    same(&[&a, &b, &c]);
    let (who, name) = tessera_sync::revoke(&mut a.db, "c").unwrap();
    assert_eq!((who, name.as_str()), (c.db.device_id(), "c"));
    assert!(matches!(tessera_sync::revoke(&mut a.db, "zz"), Err(tessera_sync::Error::DeviceUnknown { .. })));
    // b learns of it from a's status; c's later bundle is refused everywhere
    tessera_sync::sync(&mut b.db, None).unwrap();
    let after = person(&mut c.db, "After");
    let r = tessera_sync::sync(&mut c.db, None).unwrap();
    assert!(r.revoked_here, "c is told");
    for d in [&mut a, &mut b] {
        let r = tessera_sync::sync(&mut d.db, None).unwrap();
        assert_eq!(r.rejected.len(), 1, "{:?}", r.rejected);
        assert_eq!(r.rejected[0].code, Rejection::Revoked.code());
        let n = people_where(&d.db, "id = ?1", &after);
        assert_eq!(n, 0);
    }
    // a tampered bundle of b: refused with its name, a's still applies
    person(&mut b.db, "Tampered");
    tessera_sync::sync(&mut b.db, None).unwrap();
    person(&mut a.db, "Fine");
    tessera_sync::sync(&mut a.db, None).unwrap();
    let mut d = open(tmp.path(), "d");
    let bundles: Vec<PathBuf> = files(&share.join("devices").join(b.db.device_id().to_string()))
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| p.extension().is_some_and(|e| e == "bundle"))
        .collect();
    let last = bundles.iter().max().unwrap().clone();
    let mut bytes = std::fs::read(&last).unwrap();
    let n = bytes.len();
    bytes[n / 2] ^= 1;
    std::fs::write(&last, &bytes).unwrap();
    let r = tessera_sync::join(&mut d.db, &Target::folder(&share), &Secret::Code(code.clone()), "d").unwrap();
    let refused: Vec<_> = r.rejected.iter().filter(|p| p.file == last.display().to_string()).collect();
    assert_eq!(refused.len(), 1, "{:?}", r.rejected);
    assert_eq!(refused[0].code, Rejection::Tampered.code());
    let fine = people_where(&d.db, "first_name = 'Fine'", "");
    assert_eq!(fine, 1, "a's bundle applied");
    // a wrong code opens nothing
    let mut e = open(tmp.path(), "e");
    let wrong = tessera_sync::enrol::new_code().1;
    assert!(matches!(
        tessera_sync::join(&mut e.db, &Target::folder(&share), &Secret::Code(wrong), "e"),
        Err(tessera_sync::Error::WrongCode { .. })
    ));
}

#[test]
fn an_erasure_reaches_every_device_and_the_name_is_gone_from_every_file() {
    let tmp = tempfile::tempdir().unwrap();
    let (share, _, [mut a, mut b, mut c]) = three(tmp.path());
    let name = "Zyhra-Qershori";
    let id = person(&mut a.db, name);
    sync_all(&mut [&mut a, &mut b, &mut c]);
    let n = people_where(&c.db, "first_name = ?1", name);
    assert_eq!(n, 1);
    let a_dir = share.join("devices").join(a.db.device_id().to_string());
    let held = a_dir.join("00000001.bundle");
    assert!(held.is_file(), "a's bundle with the person");
    b.db.write(|w| w.erase("beneficiaries", &id)).unwrap();
    sync_all(&mut [&mut a, &mut b, &mut c]);
    same(&[&a, &b, &c]);
    // the erasure brought a snapshot, so the bundle that held the name (sealed) went once all had it
    assert!(!held.exists(), "the bundle holding the erased person's values is still in the share");
    drop((a, b, c));
    for (path, bytes) in files(tmp.path()) {
        assert!(!contains(&bytes, name.as_bytes()), "{} still holds the name", path.display());
    }
}

#[test]
fn a_copy_of_the_share_made_mid_sync_converges_on_the_next_sync() {
    let tmp = tempfile::tempdir().unwrap();
    let share = tmp.path().join("share");
    let (mut a, code) = first(tmp.path(), &share);
    let mut b = join(tmp.path(), "b", &share, &code);
    for i in 0..4 {
        person(&mut a.db, &format!("A{i}"));
        tessera_sync::sync(&mut a.db, None).unwrap();
    }
    // what a file-sync engine might have delivered to b's laptop so far
    let partial = tmp.path().join("partial");
    copy_dir(&share, &partial);
    let a_dir = partial.join("devices").join(a.db.device_id().to_string());
    std::fs::remove_file(a_dir.join("00000002.bundle")).unwrap();
    std::fs::write(a_dir.join(".syncthing.00000005.bundle.tmp"), b"TSB1\x40half").unwrap();
    std::fs::write(a_dir.join(".tmp-3f2a9c"), b"TSB1").unwrap();
    std::fs::copy(a_dir.join("00000003.bundle"), a_dir.join("00000003.sync-conflict-20261202-101010-ABCDEFG.bundle"))
        .unwrap();
    std::fs::write(a_dir.join("00000004 (conflicted copy).bundle"), b"garbage").unwrap();
    let r = tessera_sync::sync(&mut b.db, Some(&Target::folder(&partial))).unwrap();
    assert!(r.rejected.is_empty(), "{:?}", r.rejected);
    assert_eq!(r.bundles, 1, "bundle 1 applies, 2 is missing");
    assert_eq!(r.waiting.len(), 1, "{:?}", r.waiting);
    // the rest arrives
    copy_dir(&share, &partial);
    let r = tessera_sync::sync(&mut b.db, Some(&Target::folder(&partial))).unwrap();
    assert!(r.rejected.is_empty() && r.waiting.is_empty(), "{r:?}");
    // b's own bundle written into the partial copy reaches a once the engine copies it back
    copy_dir(&partial, &share);
    tessera_sync::sync(&mut a.db, None).unwrap();
    same(&[&a, &b]);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

#[test]
fn old_bundles_go_once_every_device_has_them_and_a_snapshot_covers_them() {
    let tmp = tempfile::tempdir().unwrap();
    let share = tmp.path().join("share");
    let (mut a, code) = first(tmp.path(), &share);
    let mut b = join(tmp.path(), "b", &share, &code);
    let a_dir = share.join("devices").join(a.db.device_id().to_string());
    let count = |ext: &str| {
        std::fs::read_dir(&a_dir).unwrap().flatten().filter(|e| e.path().extension().is_some_and(|x| x == ext)).count()
    };
    for i in 0..=tessera_sync::SNAPSHOT_EVERY {
        person(&mut a.db, &format!("G{i}"));
        tessera_sync::sync(&mut a.db, None).unwrap();
        tessera_sync::sync(&mut b.db, None).unwrap();
    }
    // a's snapshot now covers its first 32 bundles and b has said it has them all
    assert_eq!(count("snapshot"), 1, "older snapshots go");
    tessera_sync::sync(&mut a.db, None).unwrap();
    let left = count("bundle");
    assert!(left <= 1, "{left} bundles left after b acknowledged them and a snapshot covers them");
    // a device that joins now converges from the newer snapshot
    let c = join(tmp.path(), "c", &share, &code);
    same(&[&a, &b, &c]);
}

#[test]
fn after_a_revocation_a_new_key_keeps_the_revoked_laptop_out() {
    let tmp = tempfile::tempdir().unwrap();
    let (share, code, [mut a, mut b, mut c]) = three(tmp.path());
    person(&mut c.db, "Before");
    sync_all(&mut [&mut a, &mut b, &mut c]);
    tessera_sync::revoke(&mut a.db, "c").unwrap();
    let r = tessera_sync::rotate_key(&mut a.db).unwrap();
    assert_eq!((r.epoch, r.reached, r.unreached.len()), (2, 1, 0), "sealed for b alone");
    // b takes the new key at its next sync; what it writes now, c cannot read
    tessera_sync::sync(&mut b.db, None).unwrap();
    let nova = person(&mut b.db, "Nova");
    tessera_sync::sync(&mut b.db, None).unwrap();
    let r2 = tessera_sync::sync(&mut a.db, None).unwrap();
    assert!(r2.rejected.is_empty(), "{:?}", r2.rejected);
    same(&[&a, &b]);
    let rc = tessera_sync::sync(&mut c.db, None).unwrap();
    assert!(rc.rejected.iter().any(|p| p.code == Rejection::UnknownKey.code()), "{:?}", rc.rejected);
    let n = people_where(&c.db, "id = ?1", &nova);
    assert_eq!(n, 0, "the revoked laptop read a bundle sealed after the rotation");
    // the old code opens nothing any more; the new one joins and reads old and new alike
    let mut d = open(tmp.path(), "d");
    assert!(matches!(
        tessera_sync::join(&mut d.db, &Target::folder(&share), &Secret::Code(code.clone()), "d"),
        Err(tessera_sync::Error::WrongCode { .. })
    ));
    let e = join(tmp.path(), "e", &share, &r.code);
    same(&[&a, &b, &e]);
}

#[test]
fn two_syncs_of_one_database_at_once_keep_its_chain_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let share = tmp.path().join("share");
    let (a, code) = first(tmp.path(), &share);
    let mut b = join(tmp.path(), "b", &share, &code);
    // the app's timer and a terminal's `tessera sync`: two handles on a's file
    let path = a.dir.join("tessera.db");
    let install = a.dir.join("install");
    drop(a);
    let workers: Vec<_> = (0..2)
        .map(|w| {
            let (path, install) = (path.clone(), install.clone());
            std::thread::spawn(move || {
                let opts = OpenOptions { passphrase: None, create: false, install_dir: Some(install) };
                let mut db = Db::open(&path, &opts).unwrap();
                for i in 0..8 {
                    person(&mut db, &format!("W{w}-{i}"));
                    // and a row the other handle made, when there is one
                    let other: Option<String> = db
                        .conn()
                        .query_row(
                            "SELECT id FROM beneficiaries WHERE first_name LIKE ?1 ORDER BY id DESC LIMIT 1",
                            [format!("W{}-%", 1 - w)],
                            |r| r.get(0),
                        )
                        .ok();
                    if let Some(id) = other {
                        db.write(|w| w.update("beneficiaries", &id, &[("last_name", t("Edited"))])).unwrap();
                    }
                    tessera_sync::sync(&mut db, None).unwrap();
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let r = tessera_sync::sync(&mut b.db, None).unwrap();
    assert!(r.rejected.is_empty() && r.waiting.is_empty(), "{r:?}");
    let n = people_where(&b.db, "first_name LIKE 'W%'", "");
    assert_eq!(n, 16, "every person of both reached b");
}
