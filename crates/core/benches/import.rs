//! Store benchmarks on the large demo package (10 000+ people, 5 000+ transactions). Prints
//! figures; asserts nothing about time. Also writes the package to
//! `$CARGO_TARGET_DIR/bench/large-package.json` for `bench/run`.
//!
//! - parse, validate;
//! - the floor: the same rows inserted into plain SQLite in one transaction, no change log;
//! - import into a new encrypted and a new plaintext database (open + parse + validate +
//!   write), and its ratio to the floor;
//! - bytes per changed cell of the change log on disk (dbstat), file size against the JSON;
//! - applying 100 000 changes from another device into a new database;
//! - re-import (nothing changes) and export.
//!
//! `TESSERA_BENCH_PROFILE=import` (or `import-encrypted`) runs only ten imports and prints the
//! time of each step, for `perf record`.

use std::collections::HashMap;
use std::time::Instant;

use rusqlite::types::Value;
use tessera_core::demo::{self, Scale};
use tessera_core::package::{export_project, import_str};
use tessera_core::store::rebuild::tables_snapshot;
use tessera_core::{Db, OpenOptions};

// The allocator the `tessera` binary and the app use (glibc's is ~20 % slower here).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn open(path: &std::path::Path, pass: Option<&str>) -> Db {
    Db::open(path, &OpenOptions { passphrase: pass.map(String::from), create: true, ..Default::default() }).unwrap()
}

fn best(label: &str, runs: usize, mut f: impl FnMut(usize) -> f64) -> f64 {
    let mut best = f64::MAX;
    for run in 0..runs {
        let s = f(run);
        println!("  {label} run {run}: {s:.3} s");
        best = best.min(s);
    }
    best
}

fn main() {
    let pkg = demo::package(Scale::Large);
    let people = pkg.beneficiaries.len();
    let txs: usize = pkg.projects.iter().map(|p| p.transactions.len()).sum();
    let text = serde_json::to_string(&pkg).unwrap();
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let out = std::path::Path::new(&target).join("bench");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("large-package.json"), &text).unwrap();
    println!("package: {people} beneficiaries, {txs} transactions, {:.1} MiB JSON", text.len() as f64 / 1048576.0);

    let t = Instant::now();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    println!("parse JSON: {:.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    tessera_core::package::validate(&doc).unwrap();
    println!("validate (schema + rules): {:.3} s", t.elapsed().as_secs_f64());

    let dir = tempfile::tempdir().unwrap();
    // `TESSERA_BENCH_PROFILE=import` (or `import-encrypted`): only ten imports, with the time
    // of each step (to run under `perf`).
    let profile = std::env::var("TESSERA_BENCH_PROFILE").unwrap_or_default();
    if profile.starts_with("import") {
        let pass = (profile == "import-encrypted").then_some("bench passphrase");
        for run in 0..10 {
            let t = Instant::now();
            let mut db = open(&dir.path().join(format!("profile-{run}.db")), pass);
            let opened = t.elapsed().as_secs_f64();
            let checked = tessera_core::package::Checked::start(text.as_str()).unwrap();
            let typed = t.elapsed().as_secs_f64();
            tessera_core::package::import_checked(&mut db, checked, false, &mut |_, _| {}).unwrap();
            let written = t.elapsed().as_secs_f64();
            drop(db);
            let closed = t.elapsed().as_secs_f64();
            println!(
                "open {opened:.3} typed {:.3} write {:.3} close {:.3}",
                typed - opened,
                written - typed,
                closed - written
            );
        }
        return;
    }
    // A reference database: its rows feed the floor, its log the merge benchmark.
    let mut reference = open(&dir.path().join("reference.db"), None);
    import_str(&mut reference, &text, false, &mut |_, _| {}).unwrap();
    let snapshot = tables_snapshot(&reference).unwrap();
    let ddl: Vec<String> = reference
        .conn()
        // the domain's tables, indexes, views and the people search index with its triggers
        // (its FTS5 shadow tables come with it); the floor fills the index as the store does
        .prepare(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'crdt_%' AND tbl_name NOT LIKE 'crdt_%'
             AND name NOT IN ('people_search_data', 'people_search_idx', 'people_search_docsize', 'people_search_config')
             ORDER BY rowid",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let rows: usize = snapshot.values().map(|t| t.len()).sum();

    let floor = best("floor", 3, |run| {
        let path = dir.path().join(format!("floor-{run}.db"));
        let mut c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(&ddl.join(";\n")).unwrap();
        let t = Instant::now();
        c.pragma_update(None, "journal_mode", "WAL").unwrap();
        c.pragma_update(None, "synchronous", "NORMAL").unwrap();
        let tx = c.transaction().unwrap();
        for (table, rows) in &snapshot {
            let cols = &reference.tables()[table];
            let sql = format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                cols.join(", "),
                (1..=cols.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
            );
            let mut stmt = tx.prepare(&sql).unwrap();
            for (id, vals) in rows {
                stmt.execute(rusqlite::params_from_iter(
                    std::iter::once(Value::Text(id.clone())).chain(vals.iter().cloned()),
                ))
                .unwrap();
            }
        }
        tx.execute_batch(
            "INSERT INTO people_search (rowid, search_key) SELECT rowid, search_key FROM beneficiaries
             WHERE search_key IS NOT NULL; DELETE FROM people_search_pending;",
        )
        .unwrap();
        tx.commit().unwrap();
        drop(c);
        t.elapsed().as_secs_f64()
    });
    println!("floor: {rows} rows into plain SQLite, one transaction, no change log (best of 3): {floor:.3} s");

    for (name, pass) in [("encrypted", Some("bench passphrase")), ("plaintext", None)] {
        let secs = best(name, 3, |run| {
            let path = dir.path().join(format!("{name}-{run}.db"));
            let t = Instant::now();
            let mut db = open(&path, pass);
            import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
            drop(db);
            t.elapsed().as_secs_f64()
        });
        println!(
            "import {name} (open + parse + validate + write + close, best of 3): {secs:.3} s = {:.1}x the floor",
            secs / floor
        );
    }

    // The change log on disk.
    let db = Db::open(&dir.path().join("plaintext-0.db"), &OpenOptions::default()).unwrap();
    let cells = db.changes(&HashMap::new()).unwrap().len();
    let (log_bytes, all_bytes): (i64, i64) = db
        .conn()
        .query_row(
            "SELECT sum(CASE WHEN name LIKE 'crdt_%' OR name LIKE 'sqlite_autoindex_crdt_%' THEN pgsize ELSE 0 END),
                    sum(pgsize) FROM dbstat",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    println!(
        "change log: {cells} cells, {:.1} MiB with dictionaries and indexes = {:.1} bytes per changed cell",
        log_bytes as f64 / 1048576.0,
        log_bytes as f64 / cells as f64
    );
    println!(
        "database: {:.1} MiB = {:.2}x its package's JSON ({:.1} MiB)",
        all_bytes as f64 / 1048576.0,
        all_bytes as f64 / text.len() as f64,
        text.len() as f64 / 1048576.0
    );
    drop(db);

    // Merge: 100 000 changes from another device.
    let changes = reference.changes(&HashMap::new()).unwrap();
    let batch: Vec<_> = changes.into_iter().take(100_000).collect();
    let secs = best("apply", 3, |run| {
        let mut b = open(&dir.path().join(format!("apply-{run}.db")), None);
        let t = Instant::now();
        let r = b.apply(&batch).unwrap();
        assert_eq!(r.applied, batch.len());
        t.elapsed().as_secs_f64()
    });
    println!("apply {} remote changes into a new database (best of 3): {secs:.3} s", batch.len());

    let t = Instant::now();
    let again = import_str(&mut reference, &text, false, &mut |_, _| {}).unwrap();
    println!("re-import (no changes: {}): {:.3} s", again.created + again.updated == 0, t.elapsed().as_secs_f64());
    let t = Instant::now();
    let e = export_project(&reference, "URA-RISE").unwrap();
    println!("export URA-RISE: {} people, {:.3} s", e.beneficiaries.len(), t.elapsed().as_secs_f64());
}
