//! Every table description (`<domain>/tables.rs`, listed by `record::all`) agrees with the
//! table the migrations made: each column it names exists, and together the descriptions of
//! a table account for every column — so a column added by a migration and forgotten in its
//! description, or a field described under a wrong name, fails here.

use std::collections::BTreeSet;

use tessera_core::record;
use tessera_core::store::schema::Kind;
use tessera_core::Db;

/// What is wrong between the descriptions and the tables.
fn check(db: &Db, all: &[record::Described]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut covered: std::collections::BTreeMap<&str, BTreeSet<String>> = Default::default();
    for d in all {
        let Some(info) = db.schema().table(d.table) else {
            problems.push(format!("{}: not a synced table", d.table));
            continue;
        };
        let exists = |c: &str| info.columns.iter().any(|x| x == c);
        let named: Vec<String> =
            d.columns.iter().cloned().chain(d.given.iter().chain(d.app_only).map(|s| s.to_string())).collect();
        for c in &named {
            if !exists(c) {
                problems.push(format!("{}.{c}: described but not in the table", d.table));
            }
        }
        for k in d.key.iter().chain(d.ident.iter()) {
            if !d.columns.iter().chain(d.given.iter().map(|s| s.to_string()).collect::<Vec<_>>().iter()).any(|c| c == k)
            {
                problems.push(format!("{}.{k}: a key or ident that is neither a field nor given", d.table));
            }
        }
        for (col, target) in &d.refs {
            if db.schema().table(target).is_none() {
                problems.push(format!("{}.{col}: refers to {target}, not a synced table", d.table));
            }
            // the change log keeps references as 16 bytes: the store must see a reference
            if info.cell(col).map(|c| &c.kind) != Some(&Kind::Ref) {
                problems.push(format!("{}.{col}: a reference the store does not treat as one (`*_id`)", d.table));
            }
        }
        covered.entry(d.table).or_default().extend(named);
    }
    for (table, cols) in &covered {
        let info = db.schema().table(table).unwrap();
        for c in info.columns.iter().filter(|c| *c != "id" && *c != "cl") {
            if !cols.contains(c) {
                problems.push(format!("{table}.{c}: in the table but in no description"));
            }
        }
    }
    problems
}

#[test]
fn descriptions_match_the_tables() {
    let db = Db::open_in_memory().unwrap();
    let all = record::all();
    assert!(all.len() > 25);
    let problems = check(&db, &all);
    assert!(problems.is_empty(), "descriptions and tables disagree:\n{}", problems.join("\n"));
}

#[test]
fn the_check_sees_a_forgotten_column_a_wrong_name_and_a_plain_reference() {
    let db = Db::open_in_memory().unwrap();
    let mut all = record::all();
    let tx = all.iter_mut().find(|d| d.table == "transactions").unwrap();
    tx.columns.retain(|c| c != "payee");
    tx.columns.push("payer".into());
    let p = all.iter_mut().find(|d| d.table == "project_partners").unwrap();
    p.refs.push(("role", "organisations"));
    let problems = check(&db, &all);
    assert_eq!(
        problems,
        vec![
            "project_partners.role: a reference the store does not treat as one (`*_id`)",
            "transactions.payer: described but not in the table",
            "transactions.payee: in the table but in no description",
        ]
    );
}
