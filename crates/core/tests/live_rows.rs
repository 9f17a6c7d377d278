//! Every query outside the store reads a synced table through its `live_<table>` view
//! (migration 4), so a deleted row — a tombstone — never shows. A query that must see
//! tombstones says so: `FROM /* all rows */ <table>`.

use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "store") {
                sources(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_query_reads_a_synced_table_without_the_live_filter() {
    let db = tessera_core::Db::open_in_memory().unwrap();
    let tables: Vec<&String> = db.tables().keys().collect();
    assert!(tables.len() > 30);
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 5);
    let mut offences = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let words: Vec<&str> =
                line.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect();
            for pair in words.windows(2) {
                if matches!(pair[0], "FROM" | "JOIN") && tables.iter().any(|t| t.as_str() == pair[1]) {
                    offences.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(offences.is_empty(), "queries without live_<table>:\n{}", offences.join("\n"));
    // and the views hide tombstones
    let mut db = db;
    let id = db
        .write(|w| {
            w.insert(
                "households",
                &[("ref", "H1".to_string().into()), ("code", "H1".to_string().into()), ("size", 3.into())],
            )
        })
        .unwrap();
    let live = |db: &tessera_core::Db| -> i64 {
        db.conn().query_row("SELECT count(*) FROM live_households", [], |r| r.get(0)).unwrap()
    };
    assert_eq!(live(&db), 1);
    db.write(|w| w.delete("households", &id)).unwrap();
    assert_eq!(live(&db), 0);
}
