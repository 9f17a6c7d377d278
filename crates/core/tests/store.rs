//! The store on real SQLite files: the write guard against every bypass we know, device
//! identity across copies, and the merge rules one by one (sync.md).

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

use rusqlite::types::Value;
use tessera_core::store::rebuild::{replay_log, tables_snapshot};
use tessera_core::store::{Change, WallClock, MAX_AHEAD_MS};
use tessera_core::{Db, OpenOptions};

fn t(s: &str) -> Value {
    Value::Text(s.into())
}

fn person(db: &mut Db, code: &str, first: &str) -> String {
    db.write(|w| {
        w.insert(
            "beneficiaries",
            &[
                ("ref", t(code)),
                ("kind", t("person")),
                ("code", t(code)),
                ("first_name", t(first)),
                ("last_name", t("Petrović")),
                ("gender", t("female")),
                ("municipality", t("Niš")),
            ],
        )
    })
    .unwrap()
}

fn person_in(w: &mut tessera_core::store::Writer<'_>, code: &str) -> String {
    w.insert("beneficiaries", &[("ref", t(code)), ("kind", t("person")), ("code", t(code))]).unwrap()
}

fn get(db: &Db, sql: &str, id: &str) -> Value {
    db.conn().query_row(sql, [id], |r| r.get(0)).unwrap()
}

fn all(db: &Db) -> Vec<Change> {
    db.changes(&HashMap::new()).unwrap()
}

/// Send everything `from` has to `to`.
fn sync(from: &Db, to: &mut Db) {
    let c = all(from);
    to.apply(&c).unwrap();
}

fn assert_rebuilds(db: &Db) {
    let actual = tables_snapshot(db).unwrap();
    let rebuilt = replay_log(db).unwrap();
    for (table, rows) in &actual {
        assert_eq!(rows, &rebuilt[table], "{table} differs from its change log");
    }
}

#[test]
fn every_way_around_the_change_log_is_refused() {
    let mut db = Db::open_in_memory().unwrap();
    let id = person(&mut db, "P1", "Arta");
    let before = all(&db).len();
    let c = db.conn();
    let refused = [
        "INSERT INTO beneficiaries (id, ref, kind, code) VALUES ('x', 'r', 'person', 'c')",
        "UPDATE beneficiaries SET first_name = 'X'",
        "DELETE FROM beneficiaries",
        "INSERT INTO crdt_log (row, col, device, seq, value, cl) VALUES (1, 1, 1, 99, 'x', 1)",
        "DELETE FROM crdt_log",
        "UPDATE crdt_rows SET cl = 2",
        "DELETE FROM crdt_batches",
        "UPDATE local_meta SET value = 'x'",
        "CREATE TABLE sneaky (x)",
        "DROP TABLE beneficiaries",
        "ALTER TABLE beneficiaries ADD COLUMN x",
        "CREATE TRIGGER t AFTER INSERT ON projects BEGIN DELETE FROM crdt_log; END",
        "CREATE TEMP TABLE tmp (x)",
        "PRAGMA query_only = 0",
        "PRAGMA writable_schema = 1",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA wal_checkpoint",
        "ATTACH DATABASE ':memory:' AS other",
        "VACUUM",
    ];
    for sql in refused {
        assert!(c.execute_batch(sql).is_err(), "the read connection ran: {sql}");
    }
    // still refused after trying to switch query_only off
    assert!(c.execute("DELETE FROM beneficiaries", []).is_err());
    // reads work
    let n: i64 = c.query_row("SELECT count(*) FROM beneficiaries", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
    let cols: i64 = c.query_row("SELECT count(*) FROM pragma_table_info('beneficiaries')", [], |r| r.get(0)).unwrap();
    assert!(cols > 10);

    // Inside a write, a caller's query is a read.
    db.write(|w| {
        for sql in [
            "DELETE FROM beneficiaries RETURNING id",
            "INSERT INTO crdt_log (row, col, device, seq, value, cl) VALUES (1, 1, 1, 99, 'x', 1) RETURNING row",
            "UPDATE crdt_rows SET cl = 2 RETURNING idx",
            "UPDATE local_meta SET value = 'x' RETURNING key",
        ] {
            assert!(w.query_row(sql, [], |r| r.get::<_, Value>(0)).is_err(), "a write's query ran: {sql}");
            assert!(w.query_map(sql, [], |r| r.get::<_, Value>(0)).is_err(), "a write's query ran: {sql}");
        }
        let n = w.query_row("SELECT count(*) FROM beneficiaries", [], |r| r.get::<_, i64>(0))?;
        assert_eq!(n, Some(1));
        Ok(())
    })
    .unwrap();

    // A panic inside a write rolls it back and leaves the guard closed.
    let r = catch_unwind(AssertUnwindSafe(|| {
        db.write(|w| -> tessera_core::Result<()> {
            w.update("beneficiaries", &id, &[("first_name", t("Changed"))])?;
            person_in(w, "P9");
            panic!("boom");
        })
    }));
    assert!(r.is_err());
    assert!(db.conn().execute("DELETE FROM beneficiaries", []).is_err());
    assert_eq!(get(&db, "SELECT first_name FROM beneficiaries WHERE id = ?1", &id), t("Arta"));
    assert_eq!(all(&db).len(), before, "the panicked write left changes");
    // A failed write (error) likewise; afterwards writes work and the log still rebuilds the tables.
    let err = db.write(|w| {
        w.update("beneficiaries", &id, &[("first_name", t("Changed"))])?;
        w.update("beneficiaries", &id, &[("no_such_column", t("x"))])
    });
    assert!(err.is_err());
    assert_eq!(get(&db, "SELECT first_name FROM beneficiaries WHERE id = ?1", &id), t("Arta"));
    db.write(|w| w.update("beneficiaries", &id, &[("first_name", t("Drita"))])).unwrap();
    assert_eq!(all(&db).len(), before, "one entry per cell: the new value replaced the old");
    assert!(all(&db).iter().any(|c| c.column == "first_name" && c.value == t("Drita")));
    assert_rebuilds(&db);
}

#[test]
fn a_copied_file_gets_a_new_device_before_its_first_write() {
    let dir = tempfile::tempdir().unwrap();
    let install = Some(dir.path().join("install"));
    let opts = |create| OpenOptions { passphrase: None, create, install_dir: install.clone() };
    let a_path = dir.path().join("a.db");
    let mut a = Db::open(&a_path, &opts(true)).unwrap();
    let first = a.device_id();
    person(&mut a, "P1", "Arta");
    drop(a);
    let a = Db::open(&a_path, &opts(false)).unwrap();
    assert_eq!(a.device_id(), first, "reopening the same file changed its device");
    drop(a);
    // copy the file (as a backup, a restore or a clone would)
    let b_path = dir.path().join("b.db");
    std::fs::copy(&a_path, &b_path).unwrap();
    let mut b = Db::open(&b_path, &opts(false)).unwrap();
    assert_ne!(b.device_id(), first, "the copy writes under the original's device id");
    // another installation opening the original
    let other = OpenOptions { install_dir: Some(dir.path().join("other-install")), ..opts(false) };
    let c = Db::open(&a_path, &other).unwrap();
    assert_ne!(c.device_id(), first);
    drop(c);
    let mut a = Db::open(&a_path, &opts(false)).unwrap();
    // both write, then exchange: every (HLC, device) is unique
    person(&mut a, "P2", "Elira");
    person(&mut b, "P3", "Jelena");
    sync(&a, &mut b);
    sync(&b, &mut a);
    let changes = all(&a);
    let stamps: std::collections::HashSet<_> = changes.iter().map(|c| (c.hlc, c.device)).collect();
    assert_eq!(stamps.len(), changes.len(), "(HLC, device) repeats");
    assert_eq!(tables_snapshot(&a).unwrap(), tables_snapshot(&b).unwrap());
}

#[test]
fn the_newer_edit_wins_everywhere_and_the_loser_is_journalled_and_restorable() {
    let mut a = Db::open_in_memory().unwrap();
    let mut b = Db::open_in_memory().unwrap();
    let id = person(&mut a, "P1", "Arta");
    sync(&a, &mut b);
    assert_eq!(tables_snapshot(&a).unwrap(), tables_snapshot(&b).unwrap());
    // concurrent edits of one cell: b's is later
    a.write(|w| w.update("beneficiaries", &id, &[("first_name", t("Alba"))])).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(3));
    b.write(|w| w.update("beneficiaries", &id, &[("first_name", t("Blerta"))])).unwrap();
    // and of different cells: both survive
    a.write(|w| w.update("beneficiaries", &id, &[("municipality", t("Berat"))])).unwrap();
    sync(&a, &mut b);
    sync(&b, &mut a);
    for db in [&a, &b] {
        assert_eq!(get(db, "SELECT first_name FROM beneficiaries WHERE id = ?1", &id), t("Blerta"));
        assert_eq!(get(db, "SELECT municipality FROM beneficiaries WHERE id = ?1", &id), t("Berat"));
        assert_rebuilds(db);
    }
    let conflicts = a.conflicts().unwrap();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0].value, t("Alba"));
    assert_eq!(conflicts[0].winner_value, t("Blerta"));
    assert_eq!(conflicts[0].device, a.device_id());
    assert_eq!(conflicts[0].winner_device, b.device_id());
    // the same loser arriving again is not noted twice
    sync(&a, &mut b);
    sync(&b, &mut a);
    assert_eq!(a.conflicts().unwrap().len(), 1);
    // restoring the loser is a new change that wins on both
    assert!(a.restore_conflict(conflicts[0].id).unwrap());
    assert!(a.conflicts().unwrap().is_empty());
    sync(&a, &mut b);
    for db in [&a, &b] {
        assert_eq!(get(db, "SELECT first_name FROM beneficiaries WHERE id = ?1", &id), t("Alba"));
    }
}

#[test]
fn applying_twice_changes_nothing() {
    let mut a = Db::open_in_memory().unwrap();
    tessera_core::demo::create(&mut a, tessera_core::demo::Scale::Small, &mut |_, _| {}).unwrap();
    let mut b = Db::open_in_memory().unwrap();
    let changes = all(&a);
    let first = b.apply(&changes).unwrap();
    assert_eq!(first.applied, changes.len());
    let snap = tables_snapshot(&b).unwrap();
    let again = b.apply(&changes).unwrap();
    assert_eq!((again.applied, again.duplicates), (0, changes.len()));
    assert_eq!(tables_snapshot(&b).unwrap(), snap);
    assert_eq!(snap, tables_snapshot(&a).unwrap());
    assert_rebuilds(&b);
}

#[test]
fn a_delete_is_not_undone_by_an_older_edit_and_an_undelete_brings_the_row_back() {
    let mut a = Db::open_in_memory().unwrap();
    let mut b = Db::open_in_memory().unwrap();
    let id = person(&mut a, "P1", "Arta");
    sync(&a, &mut b);
    assert!(a.write(|w| w.delete("beneficiaries", &id)).unwrap());
    // b edits the row it still sees alive, after a's delete in time
    std::thread::sleep(std::time::Duration::from_millis(3));
    b.write(|w| w.update("beneficiaries", &id, &[("first_name", t("Late"))])).unwrap();
    sync(&a, &mut b);
    sync(&b, &mut a);
    for db in [&a, &b] {
        assert_eq!(get(db, "SELECT cl FROM beneficiaries WHERE id = ?1", &id), Value::Integer(2));
    }
    assert_eq!(tables_snapshot(&a).unwrap(), tables_snapshot(&b).unwrap());
    // updates do not touch a tombstone
    assert_eq!(b.write(|w| w.update("beneficiaries", &id, &[("first_name", t("X"))])).unwrap(), 0);
    assert!(b.write(|w| w.undelete("beneficiaries", &id)).unwrap());
    sync(&b, &mut a);
    assert_eq!(get(&a, "SELECT cl FROM beneficiaries WHERE id = ?1", &id), Value::Integer(3));
    assert_eq!(tables_snapshot(&a).unwrap(), tables_snapshot(&b).unwrap());
}

#[test]
fn a_row_is_written_once_all_its_required_cells_arrived() {
    let mut a = Db::open_in_memory().unwrap();
    let mut b = Db::open_in_memory().unwrap();
    let id = person(&mut a, "P1", "Arta");
    let changes = all(&a);
    let (code, rest): (Vec<Change>, Vec<Change>) = changes.into_iter().partition(|c| c.column == "code");
    b.apply(&rest).unwrap();
    let n: i64 = b.conn().query_row("SELECT count(*) FROM beneficiaries", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 0, "a row without its code was written");
    b.apply(&code).unwrap();
    assert_eq!(get(&b, "SELECT first_name FROM beneficiaries WHERE id = ?1", &id), t("Arta"));
    assert_eq!(tables_snapshot(&a).unwrap(), tables_snapshot(&b).unwrap());
}

#[test]
fn a_change_that_arrives_again_with_another_clock_is_refused_inside_a_run() {
    let mut a = Db::open_in_memory().unwrap();
    person(&mut a, "P1", "Arta");
    let mut changes = all(&a);
    changes.sort_by_key(|c| c.seq);
    assert!(changes.len() >= 4, "{}", changes.len());
    // two changes from the middle of the run come first, with other clocks
    let mut b = Db::open_in_memory().unwrap();
    let skewed: Vec<Change> = changes[2..4]
        .iter()
        .map(|c| Change { hlc: tessera_core::store::Hlc::from_raw(c.hlc.raw() + 1000), ..c.clone() })
        .collect();
    b.apply(&skewed).unwrap();
    // then the whole run: its batch covers them, but they were recorded with other clocks
    let err = b.apply(&changes).unwrap_err();
    assert!(format!("{err:?}").contains("two different clocks"), "{err:?}");
}

#[test]
fn a_change_from_more_than_a_day_ahead_waits_in_quarantine() {
    let mut a = Db::open_in_memory().unwrap();
    let mut b = Db::open_in_memory().unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as u64;
    let a_clock = Arc::new(AtomicU64::new(now + 2 * MAX_AHEAD_MS));
    a.set_wall_clock(WallClock::Manual(a_clock));
    let id = person(&mut a, "P1", "Arta");
    let b_clock = Arc::new(AtomicU64::new(now));
    b.set_wall_clock(WallClock::Manual(b_clock.clone()));
    let r = b.apply(&all(&a)).unwrap();
    assert_eq!(r.quarantined, all(&a).len());
    assert_eq!(b.quarantined().unwrap().len(), all(&a).len());
    let n: i64 = b.conn().query_row("SELECT count(*) FROM beneficiaries", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 0);
    assert!(b.clock().millis() < now + MAX_AHEAD_MS, "a quarantined change moved the clock");
    // the clock catches up: the next merge applies them
    b_clock.store(now + 2 * MAX_AHEAD_MS, std::sync::atomic::Ordering::SeqCst);
    b.apply(&[]).unwrap();
    assert!(b.quarantined().unwrap().is_empty());
    assert_eq!(get(&b, "SELECT first_name FROM beneficiaries WHERE id = ?1", &id), t("Arta"));
}

#[test]
fn cells_of_a_newer_version_are_kept_and_written_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let mut a = Db::open_in_memory().unwrap();
    let id = person(&mut a, "P1", "Arta");
    let device = a.device_id();
    let mut future: Vec<Change> = all(&a);
    let seq = future.iter().map(|c| c.seq).max().unwrap() + 1;
    let hlc = tessera_core::store::Hlc::from_raw(a.clock().raw() + 10);
    let row = uuid::Uuid::parse_str(&id).unwrap();
    let new_change = |column: &str, table: &str, seq: u64, row: uuid::Uuid, value: Value| Change {
        device,
        seq,
        hlc: tessera_core::store::Hlc::from_raw(hlc.raw() + seq),
        table: table.into(),
        column: column.into(),
        row,
        value,
        cl: 1,
        schema_version: 99,
    };
    future.push(new_change("nickname", "beneficiaries", seq, row, t("Ari")));
    let other = uuid::Uuid::now_v7();
    future.push(new_change("note", "future_things", seq + 1, other, t("hello")));
    {
        let mut b = Db::open(&path, &OpenOptions { create: true, ..Default::default() }).unwrap();
        let r = b.apply(&future).unwrap();
        assert_eq!(r.unknown, 2);
        // kept, and passed on to others
        let kept = all(&b);
        assert!(kept.iter().any(|c| c.column == "nickname" && c.value == t("Ari")));
        assert!(kept.iter().any(|c| c.table == "future_things"));
        assert_rebuilds(&b);
    }
    // "upgrade": a later version adds the column and the table
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute_batch(
        "ALTER TABLE beneficiaries ADD COLUMN nickname TEXT;
         CREATE TABLE future_things (id TEXT PRIMARY KEY, cl INTEGER NOT NULL DEFAULT 1, note TEXT);",
    )
    .unwrap();
    drop(raw);
    let b = Db::open(&path, &OpenOptions::default()).unwrap();
    assert_eq!(get(&b, "SELECT nickname FROM beneficiaries WHERE id = ?1", &id), t("Ari"));
    assert_eq!(get(&b, "SELECT note FROM future_things WHERE id = ?1", &other.to_string()), t("hello"));
    assert_rebuilds(&b);
}

#[test]
fn erasure_removes_a_person_everywhere_and_stays() {
    let dir = tempfile::tempdir().unwrap();
    let open = |n: &str| Db::open(&dir.path().join(n), &OpenOptions { create: true, ..Default::default() }).unwrap();
    let mut a = open("a.db");
    let mut b = open("b.db");
    let id = person(&mut a, "P1", "Zamira");
    a.write(|w| w.update("beneficiaries", &id, &[("first_name", t("Zaimira"))])).unwrap();
    sync(&a, &mut b);
    // b edits the name concurrently, a erases
    b.write(|w| w.update("beneficiaries", &id, &[("last_name", t("Qorrollari"))])).unwrap();
    assert!(a.write(|w| w.erase("beneficiaries", &id)).unwrap());
    sync(&a, &mut b);
    sync(&b, &mut a);
    for db in [&a, &b] {
        for col in ["first_name", "last_name", "search_key"] {
            assert_eq!(get(db, &format!("SELECT {col} FROM beneficiaries WHERE id = ?1"), &id), Value::Null, "{col}");
        }
        // the anonymous rest stays for counts
        assert_eq!(get(db, "SELECT gender FROM beneficiaries WHERE id = ?1", &id), t("female"));
        assert!(!all(db).iter().any(|c| matches!(&c.value, Value::Text(s) if s.contains("Zai") || s.contains("Qorr"))));
        assert!(db.conflicts().unwrap().is_empty());
        assert_rebuilds(db);
    }
    assert_eq!(tables_snapshot(&a).unwrap(), tables_snapshot(&b).unwrap());
    // a later edit of an identifying value is dropped, locally and when it arrives
    b.write(|w| w.update("beneficiaries", &id, &[("first_name", t("Again"))])).unwrap();
    assert_eq!(get(&b, "SELECT first_name FROM beneficiaries WHERE id = ?1", &id), Value::Null);
    // nothing of the names waits in the write-ahead logs while both are open …
    for n in ["a.db-wal", "b.db-wal"] {
        let bytes = std::fs::read(dir.path().join(n)).unwrap_or_default();
        for name in ["Zamira", "Zaimira", "Qorrollari"] {
            assert!(!bytes.windows(name.len()).any(|w| w == name.as_bytes()), "{name} is still in {n}");
        }
    }
    drop(a);
    drop(b);
    // … and nothing is left anywhere in the files
    for n in ["a.db", "b.db"] {
        let bytes = std::fs::read(dir.path().join(n)).unwrap();
        for name in ["Zamira", "Zaimira", "Qorrollari"] {
            assert!(!bytes.windows(name.len()).any(|w| w == name.as_bytes()), "{name} is still in {n}");
        }
    }
}

#[test]
fn a_new_row_is_one_log_entry_and_a_superseded_value_is_not_kept() {
    let mut db = Db::open_in_memory().unwrap();
    let id = person(&mut db, "B-1", "Jelena");
    let entries = |db: &Db| -> i64 { db.conn().query_row("SELECT count(*) FROM crdt_log", [], |r| r.get(0)).unwrap() };
    // seven columns, one entry (the row's pack), seven changes with consecutive numbers
    assert_eq!(entries(&db), 1);
    let changes = all(&db);
    assert_eq!(changes.len(), 7);
    assert!(changes.windows(2).all(|w| w[1].seq == w[0].seq + 1 && w[1].hlc.raw() == w[0].hlc.raw() + 1));
    // an edit gets an entry of its own and leaves the pack: the old name is nowhere in the log
    db.write(|w| w.update("beneficiaries", &id, &[("first_name", t("Jovana"))])).unwrap();
    assert_eq!(entries(&db), 2);
    let changes = all(&db);
    assert_eq!(changes.len(), 7, "each cell's winning change once");
    assert_eq!(changes.iter().filter(|c| c.column == "first_name").count(), 1);
    let blobs: Vec<Value> = db
        .conn()
        .prepare("SELECT value FROM crdt_log")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|v| v.unwrap())
        .collect();
    let has = |needle: &[u8]| {
        blobs.iter().any(|v| match v {
            Value::Text(s) => s.as_bytes().windows(needle.len()).any(|w| w == needle),
            Value::Blob(b) => b.windows(needle.len()).any(|w| w == needle),
            _ => false,
        })
    };
    assert!(has(b"Jovana") && has("Petrović".as_bytes()));
    assert!(!has(b"Jelena"), "the superseded first name is still in the log");
    // another device receives the same state
    let mut other = Db::open_in_memory().unwrap();
    sync(&db, &mut other);
    assert_eq!(get(&other, "SELECT first_name FROM beneficiaries WHERE id = ?1", &id), t("Jovana"));
    assert_rebuilds(&db);
    assert_rebuilds(&other);
}

#[test]
fn a_column_given_twice_in_one_insert_is_refused_and_nothing_is_written() {
    let mut db = Db::open_in_memory().unwrap();
    let before = all(&db).len();
    let twice = db.write(|w| {
        w.insert("organisations", &[("name", t("Arsis")), ("kind", t("ngo")), ("kind", t("donor"))]).map(|_| ())
    });
    assert!(twice.is_err());
    assert_eq!(all(&db).len(), before);
}
