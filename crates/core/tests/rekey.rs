//! A new passphrase, encryption for a database that had none, and taking it away: the whole
//! database written anew under the new key, every table as it was, the same device, the old
//! passphrase no longer opening it, and an interrupted change leaving the old file whole.

use std::path::Path;

use tessera_core::store::rebuild::tables_snapshot;
use tessera_core::{demo, Db, Error, OpenOptions};

fn opts(dir: &Path, passphrase: Option<&str>) -> OpenOptions {
    OpenOptions { passphrase: passphrase.map(str::to_string), create: true, install_dir: Some(dir.join("install")) }
}

/// Whether the database's files on disk (the file and its WAL) hold `needle` as it is.
fn contains(file: &Path, needle: &str) -> bool {
    let mut bytes = std::fs::read(file).unwrap();
    bytes.extend(std::fs::read(format!("{}-wal", file.display())).unwrap_or_default());
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn a_plain_database_is_encrypted_then_given_a_new_passphrase_then_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("org.db");
    let mut db = Db::open(&path, &opts(dir.path(), None)).unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    let before = tables_snapshot(&db).unwrap();
    let device = db.device_id();
    // the search index (FTS5, derived) comes along too
    let found = tessera_core::people::search_ids(&db, "arben", 50).unwrap();
    assert!(!found.is_empty());
    let name: String =
        db.conn().query_row("SELECT name FROM organisations WHERE is_self = 1", [], |r| r.get(0)).unwrap();
    assert!(contains(&path, &name), "the plain file should show the organisation's name");

    // encrypted: the same tables, the same device, and the name no longer readable in the file
    db.change_passphrase(Some("Berat 2026"), &opts(dir.path(), None)).unwrap();
    assert!(db.is_encrypted());
    assert_eq!(tables_snapshot(&db).unwrap(), before);
    assert_eq!(db.device_id(), device, "a new passphrase made a new device");
    assert_eq!(tessera_core::people::search_ids(&db, "arben", 50).unwrap(), found, "the search lost people");
    drop(db);
    assert!(!contains(&path, &name), "the encrypted file shows the organisation's name");
    assert!(matches!(Db::open(&path, &opts(dir.path(), None)), Err(Error::PassphraseRequired)));

    // a new passphrase: the old one no longer opens it
    let mut db = Db::open(&path, &opts(dir.path(), Some("Berat 2026"))).unwrap();
    db.change_passphrase(Some("Korçë 2027"), &opts(dir.path(), None)).unwrap();
    assert_eq!(tables_snapshot(&db).unwrap(), before);
    drop(db);
    assert!(matches!(Db::open(&path, &opts(dir.path(), Some("Berat 2026"))), Err(Error::WrongPassphrase)));

    // none: plain again, and writes go on as before
    let mut db = Db::open(&path, &opts(dir.path(), Some("Korçë 2027"))).unwrap();
    db.change_passphrase(None, &opts(dir.path(), None)).unwrap();
    assert!(!db.is_encrypted());
    assert_eq!(tables_snapshot(&db).unwrap(), before);
    assert_eq!(db.device_id(), device);
    let project: String = db.conn().query_row("SELECT id FROM live_projects LIMIT 1", [], |r| r.get(0)).unwrap();
    db.write(|w| w.update("projects", &project, &[("title", rusqlite::types::Value::Text("After".into()))])).unwrap();
    // nothing is left beside it
    let mut names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert!(names.iter().all(|n| !n.contains(".rekey-")), "left behind: {names:?}");
}

#[test]
fn an_interrupted_change_leaves_the_old_file_whole_and_its_leftover_goes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("org.db");
    let mut db = Db::open(&path, &opts(dir.path(), Some("old one"))).unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    let before = tables_snapshot(&db).unwrap();
    drop(db);
    // what a change killed before its rename leaves: a half-written file beside the database
    let leftover = dir.path().join("org.db.rekey-0123456789abcdef");
    std::fs::write(&leftover, b"half a database").unwrap();
    let mut db = Db::open(&path, &opts(dir.path(), Some("old one"))).unwrap();
    assert_eq!(tables_snapshot(&db).unwrap(), before, "the old file is not whole");
    db.change_passphrase(Some("new one"), &opts(dir.path(), None)).unwrap();
    assert!(!leftover.exists(), "the leftover of an interrupted change stays");
    assert_eq!(tables_snapshot(&db).unwrap(), before);
    assert!(matches!(db.change_passphrase(Some(""), &opts(dir.path(), None)), Err(Error::PassphraseRequired)));
    assert_eq!(tables_snapshot(&db).unwrap(), before, "a refused change changed the handle");
}
