//! The table importers against any bytes (issue 19): `scripts/fuzz table`. The first byte
//! picks CSV or XLSX; what reads as a table is mapped by its header (in any of the seven
//! languages) and imported as people, a dry run, into an in-memory database with a project.
//! Nothing may panic; every outcome is a summary or a typed error.

#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use tessera_core::people::import::{guess_mapping, import_people, TableImport, Words};
use tessera_core::{demo, sheet, Db};

fn state() -> &'static Mutex<(Db, Words)> {
    static S: OnceLock<Mutex<(Db, Words)>> = OnceLock::new();
    S.get_or_init(|| {
        let mut db = Db::open_in_memory().unwrap();
        demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
        let languages = tessera_l10n::every_language();
        let words = Words::new(|id| tessera_l10n::in_every_language(&languages, id));
        Mutex::new((db, words))
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let name = if mode % 2 == 0 { "people.csv" } else { "people.xlsx" };
    let Ok(table) = sheet::read_bytes(name, rest, None) else { return };
    let mut s = state().lock().unwrap_or_else(|p| p.into_inner());
    let (db, words) = &mut *s;
    let mapping = guess_mapping(&table, words);
    let req = TableImport { sheet: &table, mapping: &mapping, project: "ZAJEDNO", words, this_year: 2026, dry_run: true };
    let _ = import_people(db, &req, &mut |_, _| {});
});
