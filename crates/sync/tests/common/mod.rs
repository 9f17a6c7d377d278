//! What the sync tests share: devices on real SQLite files, an organisation of three on a
//! share (a folder, a WebDAV server, an S3 bucket), random edits, and the row-by-row check
//! that every replica holds the same tables, and the tables its log says.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rusqlite::types::Value;
use tessera_core::organisations::{self, NewOrganisation};
use tessera_core::store::rebuild::{replay_log, tables_snapshot};
use tessera_core::{Db, OpenOptions};
use tessera_sync::{Secret, Target};

pub const PROJECT: &str = "0190a8c0-0000-7000-8000-000000000001";
pub const NAMES: &[&str] = &["Arta", "Elira", "Јелена", "Ђорђе", "Besnik", "Мирјана"];

pub struct Device {
    pub db: Db,
    pub dir: PathBuf,
}

pub fn open(root: &Path, name: &str) -> Device {
    let dir = root.join(name);
    let opts = OpenOptions { passphrase: None, create: true, install_dir: Some(dir.join("install")) };
    Device { db: Db::open(&dir.join("tessera.db"), &opts).unwrap(), dir }
}

pub fn t(s: &str) -> Value {
    Value::Text(s.to_string())
}

/// A device whose database holds the organisation, not syncing yet.
pub fn organisation(root: &Path, name: &str) -> Device {
    let mut d = open(root, name);
    let org = NewOrganisation { name: "Qendra Ligjore".into(), country: "AL".into(), currency: "EUR".into() };
    organisations::init(&mut d.db, &org).unwrap();
    d
}

/// The first device with its organisation, set up on `share`; the enrolment code.
pub fn first(root: &Path, share: &Target) -> (Device, String) {
    let mut a = organisation(root, "a");
    let s = tessera_sync::setup(&mut a.db, share, "laptop-a").unwrap();
    (a, s.code)
}

pub fn join(root: &Path, name: &str, share: &Target, code: &str) -> Device {
    let mut d = open(root, name);
    tessera_sync::join(&mut d.db, share, &Secret::Code(code.to_string()), name).unwrap();
    d
}

/// An organisation of three laptops on one share: a set it up, b and c joined.
pub fn three_on(root: &Path, share: &Target) -> (String, [Device; 3]) {
    let (a, code) = first(root, share);
    let b = join(root, "b", share, &code);
    let c = join(root, "c", share, &code);
    (code, [a, b, c])
}

pub fn person(db: &mut Db, first: &str) -> String {
    let code = format!("P-{}", uuid::Uuid::now_v7().simple());
    db.write(|w| {
        w.insert(
            "beneficiaries",
            &[
                ("ref", t(&code)),
                ("kind", t("person")),
                ("code", t(&code)),
                ("first_name", t(first)),
                ("gender", t("female")),
            ],
        )
    })
    .unwrap()
}

/// How many persons match `condition` (with `?1` = `arg` when it names one).
pub fn people_where(db: &Db, condition: &str, arg: &str) -> i64 {
    let sql = format!("SELECT count(*) FROM beneficiaries WHERE {condition}");
    let params: Vec<&str> = if condition.contains("?1") { vec![arg] } else { vec![] };
    db.conn().query_row(&sql, rusqlite::params_from_iter(params), |r| r.get(0)).unwrap()
}

pub fn same(devices: &[&Device]) {
    let first = tables_snapshot(&devices[0].db).unwrap();
    for d in devices {
        let snap = tables_snapshot(&d.db).unwrap();
        assert_eq!(snap, first, "{} differs from {}", d.dir.display(), devices[0].dir.display());
        assert_eq!(replay_log(&d.db).unwrap(), snap, "{}: the tables are not what the log says", d.dir.display());
    }
}

/// Random edits on each device and syncs in random order; returns the rows made.
pub fn random_round(
    rng: &mut ChaCha8Rng,
    devices: &mut [Device],
    rows: &mut Vec<(&'static str, String)>,
    share: &Target,
) {
    for _ in 0..12 {
        let i = rng.random_range(0..devices.len());
        let db = &mut devices[i].db;
        match rng.random_range(0..8) {
            0 | 1 => rows.push(("beneficiaries", person(db, NAMES[rng.random_range(0..NAMES.len())]))),
            2 => {
                let id = db
                    .write(|w| {
                        w.insert(
                            "transactions",
                            &[
                                ("project_id", t(PROJECT)),
                                ("ref", t(&format!("T{}", rows.len()))),
                                ("kind", t("expense")),
                                ("amount_minor", Value::Integer(rng.random_range(1..100_000))),
                                ("amount_currency", t("EUR")),
                            ],
                        )
                    })
                    .unwrap();
                rows.push(("transactions", id));
            }
            3..=5 if !rows.is_empty() => {
                let (table, id) = rows[rng.random_range(0..rows.len())].clone();
                let v: Vec<(&str, Value)> = if table == "beneficiaries" {
                    vec![("first_name", t(NAMES[rng.random_range(0..NAMES.len())]))]
                } else {
                    vec![("amount_minor", Value::Integer(rng.random_range(1..100_000))), ("amount_currency", t("ALL"))]
                };
                let _ = db.write(|w| w.update(table, &id, &v));
            }
            6 if !rows.is_empty() => {
                let (table, id) = rows[rng.random_range(0..rows.len())].clone();
                let _ = db.write(|w| w.delete(table, &id));
            }
            7 if !rows.is_empty() => {
                let (table, id) = rows[rng.random_range(0..rows.len())].clone();
                if table == "beneficiaries" {
                    let _ = db.write(|w| w.erase(table, &id));
                }
            }
            _ => {}
        }
        if rng.random_bool(0.3) {
            let j = rng.random_range(0..devices.len());
            let r = tessera_sync::sync(&mut devices[j].db, Some(share)).unwrap();
            assert!(r.rejected.is_empty(), "{:?}", r.rejected);
        }
    }
}

pub fn sync_all(devices: &mut [&mut Device]) {
    for _ in 0..2 {
        for d in devices.iter_mut() {
            let r = tessera_sync::sync(&mut d.db, None).unwrap();
            assert!(r.rejected.is_empty(), "{:?}", r.rejected);
        }
    }
}

pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
