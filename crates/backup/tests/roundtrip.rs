//! Backups on real database files: a round trip equals the original (every table, every
//! attachment), plain and encrypted; the restored copy is a new device; a backup taken while
//! another handle writes holds each write wholly or not at all; damaged, foreign and
//! wrongly unlocked backups are refused with nothing written; the database replaced by a
//! restore is kept.

use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use tessera_backup::{backup, kind_of, restore, Error, Kind};
use tessera_core::check::{self, Depth};
use tessera_core::store::rebuild::tables_snapshot;
use tessera_core::{attachments, demo, Db, OpenOptions};

fn opts(dir: &Path, passphrase: Option<&str>) -> OpenOptions {
    OpenOptions { passphrase: passphrase.map(str::to_string), create: true, install_dir: Some(dir.join("install")) }
}

/// A demo organisation with two attachment files, in `dir/org/tessera.db`.
fn demo_db(dir: &Path, passphrase: Option<&str>) -> Db {
    let mut db = Db::open(&dir.join("org").join("tessera.db"), &opts(dir, passphrase)).unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    let activity: String = db.conn().query_row("SELECT id FROM live_activities LIMIT 1", [], |r| r.get(0)).unwrap();
    attachments::attach(&mut db, "activities", &activity, "sheet-1.jpg", b"attendance sheet one").unwrap();
    attachments::attach(&mut db, "activities", &activity, "agenda.pdf", b"%PDF agenda of the workshop").unwrap();
    db
}

fn attachment_bytes(db: &Db) -> Vec<(String, Vec<u8>)> {
    let ids: Vec<String> = db
        .conn()
        .prepare("SELECT id FROM live_attachments ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    ids.iter().map(|id| (id.clone(), attachments::read(db, id).unwrap().1)).collect()
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    out.sort();
    out
}

fn round_trip(passphrase: Option<&str>) {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), passphrase);
    let file = dir.path().join("usb").join("nightly.tbak");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let mut calls = 0;
    let written = backup(&db, &file, passphrase, &mut |done, total| {
        calls += 1;
        assert!(done <= total);
    })
    .unwrap();
    assert!(calls > 0, "no progress was reported");
    assert_eq!(kind_of(&file).unwrap(), if passphrase.is_some() { Kind::Encrypted } else { Kind::Plain });
    assert_eq!(written.manifest.attachments.len(), 2);
    assert!(written.damaged.is_empty() && written.manifest.missing.is_empty());
    assert!(!written.manifest.organisation.is_empty());
    // nothing but the backup is left beside it (no .part), and no copy beside the database
    assert_eq!(files_in(file.parent().unwrap()), vec![file.clone()]);
    assert!(!files_in(&dir.path().join("org")).iter().any(|p| p.to_string_lossy().contains(".backup-")));
    if passphrase.is_some() {
        let raw = std::fs::read(&file).unwrap();
        let needle = b"sheet-1.jpg";
        assert!(!raw.windows(needle.len()).any(|w| w == needle), "the encrypted backup shows a file name");
    }

    let target = dir.path().join("restored").join("tessera.db");
    let restored = restore(&file, passphrase, &target, &opts(dir.path(), passphrase), &mut |_, _| {}).unwrap();
    assert!(restored.kept.is_none());
    assert!(restored.check.ok(), "{:?}", restored.check);
    assert!(restored.check.rows > 100, "the check compared {} rows", restored.check.rows);
    let back = Db::open(&target, &opts(dir.path(), passphrase)).unwrap();
    assert_eq!(back.is_encrypted(), passphrase.is_some());
    assert_eq!(tables_snapshot(&back).unwrap(), tables_snapshot(&db).unwrap());
    assert_eq!(attachment_bytes(&back), attachment_bytes(&db));
    assert_ne!(back.device_id(), db.device_id(), "the restored copy writes under the original's device id");
    assert!(back.previous_devices().unwrap().contains(&db.device_id()));
    assert!(check::run(&back, Depth::Full, &mut |_, _| {}).unwrap().ok());
    let last = tessera_backup::schedule::load(&back).unwrap().last;
    assert_eq!(last.as_deref(), Some(written.manifest.created_at.as_str()), "the restored copy forgot its backup");
    // no staging folder is left
    assert!(!files_in(target.parent().unwrap()).iter().any(|p| p.to_string_lossy().contains(".restore-")));
}

#[test]
fn a_plain_database_round_trips() {
    round_trip(None);
}

#[test]
fn an_encrypted_database_round_trips() {
    round_trip(Some("Prishtinë 2026"));
}

#[test]
fn refused_backups_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let pass = "Tuzla i Mostar";
    let db = demo_db(dir.path(), Some(pass));
    let file = dir.path().join("b.tbak");
    backup(&db, &file, Some(pass), &mut |_, _| {}).unwrap();
    let target = dir.path().join("new").join("tessera.db");
    let o = opts(dir.path(), Some(pass));
    let nothing_written = |what: &str| {
        let left = if target.parent().unwrap().exists() { files_in(target.parent().unwrap()) } else { vec![] };
        assert!(left.is_empty(), "{what}: left {left:?}");
    };

    let e = restore(&file, None, &target, &o, &mut |_, _| {}).unwrap_err();
    assert!(matches!(e, Error::PassphraseRequired { .. }), "{e:?}");
    nothing_written("no passphrase");
    let e = restore(&file, Some("tuzla i mostar"), &target, &o, &mut |_, _| {}).unwrap_err();
    assert!(matches!(e, Error::WrongPassphrase { .. }), "{e:?}");
    nothing_written("wrong passphrase");

    // one byte changed in the middle, or the end cut off: the encryption's tags say so
    let mut bytes = std::fs::read(&file).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x40;
    let flipped = dir.path().join("flipped.tbak");
    std::fs::write(&flipped, &bytes).unwrap();
    let e = restore(&flipped, Some(pass), &target, &o, &mut |_, _| {}).unwrap_err();
    assert!(matches!(e, Error::Damaged { .. }), "{e:?}");
    nothing_written("flipped");
    let cut = dir.path().join("cut.tbak");
    let whole = std::fs::read(&file).unwrap();
    std::fs::write(&cut, &whole[..whole.len() - 100]).unwrap();
    let e = restore(&cut, Some(pass), &target, &o, &mut |_, _| {}).unwrap_err();
    assert!(matches!(e, Error::Damaged { .. }), "{e:?}");
    nothing_written("cut");

    // a file that is no backup at all (the database itself)
    let e = restore(db.path(), Some(pass), &target, &o, &mut |_, _| {}).unwrap_err();
    assert!(matches!(e, Error::NotABackup { .. }), "{e:?}");
    nothing_written("a database");
}

#[test]
fn a_damaged_plain_backup_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), None);
    let file = dir.path().join("b.tbak");
    backup(&db, &file, None, &mut |_, _| {}).unwrap();
    let mut bytes = std::fs::read(&file).unwrap();
    let at = bytes.len() * 2 / 3;
    bytes[at] ^= 0x01;
    std::fs::write(&file, &bytes).unwrap();
    let target = dir.path().join("new").join("tessera.db");
    let e = restore(&file, None, &target, &opts(dir.path(), None), &mut |_, _| {}).unwrap_err();
    assert!(matches!(e, Error::Damaged { .. }), "{e:?}");
    assert!(!target.exists());
}

#[test]
fn a_restore_keeps_the_database_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = demo_db(dir.path(), None);
    let file = dir.path().join("b.tbak");
    backup(&db, &file, None, &mut |_, _| {}).unwrap();
    let before = tables_snapshot(&db).unwrap();
    // work after the backup: it is in the kept file, not in the restored one
    let project: String = db.conn().query_row("SELECT id FROM live_projects LIMIT 1", [], |r| r.get(0)).unwrap();
    db.write(|w| w.update("projects", &project, &[("title", Value::Text("Renamed after the backup".into()))])).unwrap();
    let after = tables_snapshot(&db).unwrap();
    let target = db.path().to_path_buf();
    drop(db);

    let restored = restore(&file, None, &target, &opts(dir.path(), None), &mut |_, _| {}).unwrap();
    let kept = restored.kept.expect("the replaced database is kept");
    let back = Db::open(&target, &opts(dir.path(), None)).unwrap();
    assert_eq!(tables_snapshot(&back).unwrap(), before);
    let old = Db::open(&kept, &opts(dir.path(), None)).unwrap();
    assert_eq!(tables_snapshot(&old).unwrap(), after, "the kept database lost its last write");
}

#[test]
fn a_backup_during_writes_holds_each_write_wholly_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), None);
    let path = db.path().to_path_buf();
    let install = dir.path().to_path_buf();
    let writer = std::thread::spawn(move || {
        let mut other = Db::open(&path, &opts(&install, None)).unwrap();
        for batch in 0..30 {
            other
                .write(|w| {
                    for i in 0..100 {
                        let code = format!("W{batch:02}-{i:03}");
                        w.insert(
                            "beneficiaries",
                            &[
                                ("ref", Value::Text(code.clone())),
                                ("kind", Value::Text("person".into())),
                                ("code", Value::Text(code)),
                                ("gender", Value::Text("female".into())),
                            ],
                        )?;
                    }
                    Ok(())
                })
                .unwrap();
        }
    });
    let mut files = Vec::new();
    for n in 0..4 {
        let file = dir.path().join(format!("b{n}.tbak"));
        backup(&db, &file, None, &mut |_, _| {}).unwrap();
        files.push(file);
    }
    writer.join().unwrap();
    for (n, file) in files.iter().enumerate() {
        let target = dir.path().join(format!("r{n}")).join("tessera.db");
        let r = restore(file, None, &target, &opts(dir.path(), None), &mut |_, _| {}).unwrap();
        assert!(r.check.ok(), "{:?}", r.check);
        let back = Db::open(&target, &opts(dir.path(), None)).unwrap();
        let mut stmt = back
            .conn()
            .prepare("SELECT substr(code, 1, 3), count(*) FROM beneficiaries WHERE code LIKE 'W%' GROUP BY 1")
            .unwrap();
        let batches: Vec<(String, i64)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<Result<_, _>>().unwrap();
        for (batch, count) in batches {
            assert_eq!(count, 100, "backup {n}: batch {batch} is half there");
        }
    }
}

#[test]
fn the_check_finds_a_changed_file_and_a_write_around_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), None);
    assert!(check::run(&db, Depth::Full, &mut |_, _| {}).unwrap().ok());
    let sha: String =
        db.conn().query_row("SELECT sha256 FROM attachments WHERE filename = 'agenda.pdf'", [], |r| r.get(0)).unwrap();
    std::fs::write(attachments::folder(&db).join(&sha[..2]).join(&sha), b"something else").unwrap();
    // a table changed behind the store's back (another program, a damaged page)
    let raw = rusqlite::Connection::open(db.path()).unwrap();
    raw.execute(
        "UPDATE projects SET title = 'edited around the log' WHERE rowid = (SELECT min(rowid) FROM projects)",
        [],
    )
    .unwrap();
    drop(raw);
    let report = check::run(&db, Depth::Full, &mut |_, _| {}).unwrap();
    assert!(!report.ok());
    assert_eq!(report.damaged, vec!["agenda.pdf".to_string()]);
    assert_eq!(report.disagreement_count, 1, "{:?}", report.disagreements);
    assert!(report.disagreements[0].starts_with("projects "), "{:?}", report.disagreements);
    // a quick check looks at the file and whether each attachment is there, not at hashes
    let quick = check::run(&db, Depth::Quick, &mut |_, _| {}).unwrap();
    assert!(quick.ok() && !quick.log_compared);
}
