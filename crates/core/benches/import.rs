//! Import benchmark: the large demo package (10 000+ people, 5 000+ transactions) into a new
//! encrypted and a new plaintext database. Prints figures; asserts nothing about time.
//! Also writes the package to `$CARGO_TARGET_DIR/bench/large-package.json` for `bench/run`.

use std::time::Instant;

use tessera_core::demo::{self, Scale};
use tessera_core::package::{export_project, import_str};
use tessera_core::{Db, OpenOptions};

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
    for (name, pass) in [("encrypted", Some("bench passphrase")), ("plaintext", None)] {
        let mut best = f64::MAX;
        for run in 0..3 {
            let path = dir.path().join(format!("{name}-{run}.db"));
            let t = Instant::now();
            let mut db = Db::open(
                &path,
                &OpenOptions { passphrase: pass.map(String::from), create: true, ..Default::default() },
            )
            .unwrap();
            let s = import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
            let secs = t.elapsed().as_secs_f64();
            best = best.min(secs);
            println!("  run {run}: {secs:.3} s");
            if run == 0 {
                let changes: i64 = db.conn().query_row("SELECT count(*) FROM crdt_changes", [], |r| r.get(0)).unwrap();
                println!("import {name}: {} rows created, {changes} change-log rows", s.created);
                let t = Instant::now();
                let again = import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
                println!(
                    "re-import {name} (no changes: {}): {:.3} s",
                    again.created + again.updated == 0,
                    t.elapsed().as_secs_f64()
                );
                let t = Instant::now();
                let e = export_project(&db, "URA-RISE").unwrap();
                println!(
                    "export URA-RISE {name}: {} people, {:.3} s",
                    e.beneficiaries.len(),
                    t.elapsed().as_secs_f64()
                );
            }
        }
        println!("import {name} (open + parse + validate + write, best of 3): {best:.3} s");
    }
}
