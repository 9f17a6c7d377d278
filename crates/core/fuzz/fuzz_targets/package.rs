//! The package importer against any bytes (issue 19): `scripts/fuzz package`. The text is
//! imported for real into one in-memory database with an organisation: nothing may panic,
//! every outcome is a summary or a typed error, and a refused package writes nothing (the
//! change log's length is the same after it).

#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use tessera_core::{organisations, package, Db};

fn db() -> &'static Mutex<Db> {
    static DB: OnceLock<Mutex<Db>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = Db::open_in_memory().unwrap();
        let org = organisations::NewOrganisation { name: "Qendra".into(), country: "AL".into(), currency: "EUR".into() };
        organisations::init(&mut db, &org).unwrap();
        Mutex::new(db)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut db = db().lock().unwrap_or_else(|p| p.into_inner());
    let before = db.changes(&Default::default()).unwrap().len();
    if package::import_str(&mut db, text, false, &mut |_, _| {}).is_err() {
        assert_eq!(db.changes(&Default::default()).unwrap().len(), before, "a refused package wrote changes");
    }
});
