//! Package import/export through real SQLite files: every invalid fixture is refused at its
//! path with its code and writes nothing; valid packages import idempotently and round-trip.

use std::path::{Path, PathBuf};

use tessera_core::package::{export_project, import_str};
use tessera_core::store::rebuild::{replay_log, tables_snapshot};
use tessera_core::{Db, Error, OpenOptions};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)).unwrap()
}

fn new_db(dir: &tempfile::TempDir, name: &str) -> Db {
    Db::open(&dir.path().join(name), &OpenOptions { passphrase: None, create: true, ..Default::default() }).unwrap()
}

fn change_count(db: &Db) -> usize {
    db.changes(&Default::default()).unwrap().len()
}

fn file(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

#[test]
fn every_invalid_fixture_is_refused_at_its_path_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = new_db(&dir, "t.db");
    let tsv = fixture("invalid.tsv");
    let mut expected: std::collections::BTreeMap<String, Vec<(String, String)>> = Default::default();
    for line in tsv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        expected.entry(cols[0].to_string()).or_default().push((cols[1].to_string(), cols[2].to_string()));
    }
    assert!(expected.len() >= 30, "only {} invalid fixtures", expected.len());
    for (name, want) in &expected {
        let err = import_str(&mut db, &fixture(name), false, &mut |_, _| {}).unwrap_err();
        let Error::InvalidPackage(issues) = err else { panic!("{name}: {err:?}") };
        let got: Vec<(String, String)> = issues.iter().map(|i| (i.path.clone(), i.code.to_string())).collect();
        for w in want {
            assert!(got.contains(w), "{name}: expected {w:?}, got {got:?}");
        }
        assert_eq!(got.len(), want.len(), "{name}: extra issues {got:?}");
        assert_eq!(change_count(&db), 0, "{name} wrote something");
    }
}

#[test]
fn a_wrong_type_names_the_json_type_expected() {
    let mut db = Db::open_in_memory().unwrap();
    let err = import_str(&mut db, &fixture("invalid-wrong-type.json"), false, &mut |_, _| {}).unwrap_err();
    let Error::InvalidPackage(issues) = err else { panic!("{err:?}") };
    let args: Vec<(&str, String)> = issues[0].args.clone();
    assert!(args.contains(&("expected", "string".to_string())), "{args:?}");
    assert!(args.contains(&("value", "173532.6".to_string())), "{args:?}");
}

#[test]
fn not_json_is_a_clear_error() {
    let mut db = Db::open_in_memory().unwrap();
    let err = import_str(&mut db, "{\"format\": ", false, &mut |_, _| {}).unwrap_err();
    assert!(matches!(err, Error::NotJson { line: 1, .. }), "{err:?}");
}

#[test]
fn import_is_idempotent_and_export_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = new_db(&dir, "a.db");
    let text = fixture("valid-small.json");
    let first = import_str(&mut a, &text, false, &mut |_, _| {}).unwrap();
    assert!(first.created > 50, "{first:?}");
    let changes = change_count(&a);
    let again = import_str(&mut a, &text, false, &mut |_, _| {}).unwrap();
    assert_eq!((again.created, again.updated), (0, 0), "second import changed something");
    assert_eq!(change_count(&a), changes, "second import logged changes");

    let codes: Vec<String> = serde_json::from_str::<serde_json::Value>(&text).unwrap()["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap().to_string())
        .collect();
    for code in codes {
        let e1 = serde_json::to_string_pretty(&export_project(&a, &code).unwrap()).unwrap();
        let mut b = Db::open(
            &file(&dir, &format!("b-{code}.db")),
            &OpenOptions { passphrase: None, create: true, ..Default::default() },
        )
        .unwrap();
        import_str(&mut b, &e1, false, &mut |_, _| {}).unwrap();
        let e2 = serde_json::to_string_pretty(&export_project(&b, &code).unwrap()).unwrap();
        assert_eq!(e1, e2, "round trip of {code} differs");
    }
    // the exported active project keeps the original's content
    let original: serde_json::Value = serde_json::from_str(&text).unwrap();
    let p0 = &original["projects"][0];
    let exported = serde_json::to_value(export_project(&a, p0["code"].as_str().unwrap()).unwrap()).unwrap();
    let e0 = &exported["projects"][0];
    for field in ["title", "start", "end", "status", "currency", "countries"] {
        assert_eq!(e0[field], p0[field], "{field}");
    }
    assert_eq!(e0["transactions"].as_array().unwrap().len(), p0["transactions"].as_array().unwrap().len());
    assert_eq!(e0["activities"].as_array().unwrap().len(), p0["activities"].as_array().unwrap().len());
}

#[test]
fn every_row_can_be_rebuilt_from_the_change_log() {
    let mut db = Db::open_in_memory().unwrap();
    tessera_core::demo::create(&mut db, tessera_core::demo::Scale::Small, &mut |_, _| {}).unwrap();
    // an update and a delete too
    db.write(|w| {
        let id = w.find("projects", &[("code", "GLAS".to_string().into())])?.unwrap();
        w.update("projects", &id, &[("status", "closed".to_string().into())])?;
        let b = w.find("beneficiaries", &[("code", "URA-00001".to_string().into())])?.unwrap();
        w.delete("beneficiaries", &b)?;
        let g = w.find("grants", &[("ref", "G1".to_string().into())])?.unwrap();
        w.update("grants", &g, &[("amount_minor", 1i64.into()), ("amount_currency", "EUR".to_string().into())])?;
        Ok(())
    })
    .unwrap();
    let actual = tables_snapshot(&db).unwrap();
    let rebuilt = replay_log(&db).unwrap();
    let rows: usize = actual.values().map(|t| t.len()).sum();
    assert!(rows > 1000, "only {rows} rows");
    for (table, rows) in &actual {
        assert_eq!(rows, &rebuilt[table], "{table} differs from its change log");
    }
    // (hlc, device) is unique and the clock went forward
    let changes = db.changes(&Default::default()).unwrap();
    let stamps: std::collections::HashSet<_> = changes.iter().map(|c| (c.hlc, c.device)).collect();
    assert_eq!(stamps.len(), changes.len());
}

#[test]
fn encrypted_database_needs_the_right_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = file(&dir, "secret.db");
    {
        let mut db = Db::open(
            &path,
            &OpenOptions { passphrase: Some("correct horse".into()), create: true, ..Default::default() },
        )
        .unwrap();
        import_str(&mut db, &fixture("valid-small.json"), false, &mut |_, _| {}).unwrap();
    }
    let raw = std::fs::read(&path).unwrap();
    assert!(!raw.starts_with(b"SQLite format 3"), "the file is not encrypted");
    assert!(!raw.windows(8).any(|w| w == b"Roma Act"), "plaintext leaked into the file");
    let wrong = Db::open(&path, &OpenOptions { passphrase: Some("wrong".into()), create: false, ..Default::default() })
        .unwrap_err();
    assert!(matches!(wrong, Error::WrongPassphrase), "{wrong:?}");
    let none = Db::open(&path, &OpenOptions::default()).unwrap_err();
    assert!(matches!(none, Error::PassphraseRequired), "{none:?}");
    let db =
        Db::open(&path, &OpenOptions { passphrase: Some("correct horse".into()), create: false, ..Default::default() })
            .unwrap();
    assert!(db.is_encrypted());
    assert!(!tessera_core::projects::list_projects(&db, None).unwrap().is_empty());
}

#[test]
fn search_finds_names_in_any_script() {
    let mut db = Db::open_in_memory().unwrap();
    tessera_core::demo::create(&mut db, tessera_core::demo::Scale::Small, &mut |_, _| {}).unwrap();
    let cyr = tessera_core::people::list_beneficiaries(&db, None, Some("petrovic")).unwrap();
    assert!(!cyr.is_empty());
    assert!(cyr.iter().all(|b| b.last_name.as_deref() == Some("Петровић")), "{cyr:?}");
    let dj = tessera_core::people::list_beneficiaries(&db, None, Some("djordjevic")).unwrap();
    assert!(dj.iter().any(|b| b.last_name.as_deref() == Some("Ђорђевић")));
    let al = tessera_core::people::list_beneficiaries(&db, None, Some("cela")).unwrap();
    assert!(al.iter().any(|b| b.last_name.as_deref() == Some("Çela")));
}

#[test]
fn demo_has_what_the_app_shows() {
    let mut db = Db::open_in_memory().unwrap();
    let s = tessera_core::demo::create(&mut db, tessera_core::demo::Scale::Small, &mut |_, _| {}).unwrap();
    assert_eq!(s.projects.len(), 3);
    assert!((200..1000).contains(&s.beneficiaries), "{}", s.beneficiaries);
    let projects = tessera_core::projects::list_projects(&db, None).unwrap();
    let glas = projects.iter().find(|p| p.code == "GLAS").unwrap();
    assert!(glas.title.starts_with("ГЛАС"));
    assert!(glas.beneficiaries > 10 && glas.activities > 5, "{glas:?}");
    assert_ne!(glas.budget_total, "0.00");
    let o =
        tessera_core::projects::project_overview(&db, &glas.id, chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap())
            .unwrap();
    assert_eq!(o.logframe.len(), 7);
    assert!(o.logframe.iter().flat_map(|n| &n.indicators).any(|i| i.progress.is_some()));
    let currencies: std::collections::BTreeSet<String> =
        tessera_core::finance::list_transactions(&db, None, None).unwrap().into_iter().map(|t| t.currency).collect();
    assert!(currencies.len() >= 4, "{currencies:?}");
    // a project's export carries its own people, not the whole organisation's
    let rise = tessera_core::package::export_project(&db, "URA-RISE").unwrap();
    assert!(
        !rise.beneficiaries.is_empty() && rise.beneficiaries.len() < s.beneficiaries,
        "{}",
        rise.beneficiaries.len()
    );
    let al = rise.beneficiaries.iter().filter(|b| b.country.as_deref() == Some("AL")).count();
    assert!(al * 2 > rise.beneficiaries.len(), "{al} of {} are Albanian", rise.beneficiaries.len());
    assert!(!rise.exchange_rates.is_empty());
}

fn count(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_partners_package_never_overwrites_the_owner_and_keeps_its_people_apart() {
    let mut db = Db::open_in_memory().unwrap();
    let ours = fixture("valid-small.json");
    import_str(&mut db, &ours, false, &mut |_, _| {}).unwrap();
    let owner: String =
        db.conn().query_row("SELECT name FROM organisations WHERE is_self = 1", [], |r| r.get(0)).unwrap();
    let people = count(&db, "SELECT count(*) FROM beneficiaries");
    let projects = count(&db, "SELECT count(*) FROM projects");
    // The same content from another CSO: same codes and refs, another organisation.
    let mut doc: serde_json::Value = serde_json::from_str(&ours).unwrap();
    doc["organisation"]["name"] = "Udruženje Partner Tuzla".into();
    doc["organisation"]["country"] = "BA".into();
    doc["organisation"]["registration_no"] = serde_json::Value::Null;
    doc["organisation"]["iati_org_id"] = serde_json::Value::Null;
    let theirs = doc.to_string();
    let first = import_str(&mut db, &theirs, false, &mut |_, _| {}).unwrap();
    assert!(first.created > 50, "{first:?}");
    let owner_after: String =
        db.conn().query_row("SELECT name FROM organisations WHERE is_self = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(owner_after, owner, "a partner's package renamed the database owner");
    assert_eq!(count(&db, "SELECT count(*) FROM organisations WHERE is_self = 1"), 1);
    assert_eq!(
        count(&db, "SELECT count(*) FROM organisations WHERE name = 'Udruženje Partner Tuzla' AND is_self = 0"),
        1
    );
    assert_eq!(count(&db, "SELECT count(*) FROM beneficiaries"), 2 * people, "people with the same codes were merged");
    assert_eq!(count(&db, "SELECT count(*) FROM projects"), 2 * projects);
    // importing either again changes nothing
    for text in [&ours, &theirs] {
        let again = import_str(&mut db, text, false, &mut |_, _| {}).unwrap();
        assert_eq!((again.created, again.updated), (0, 0));
    }
    // our own package, re-imported, is still ours
    let code = doc["projects"][0]["code"].as_str().unwrap().to_string();
    let ours_exported = export_project(&db, &code).unwrap();
    assert_eq!(ours_exported.organisation.name, owner);
}

#[test]
fn reimporting_a_deleted_object_brings_it_back_without_a_twin() {
    let mut db = Db::open_in_memory().unwrap();
    let text = fixture("valid-small.json");
    import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
    let people = count(&db, "SELECT count(*) FROM beneficiaries");
    let (pid, bid): (String, String) = db
        .conn()
        .query_row("SELECT (SELECT id FROM projects LIMIT 1), (SELECT id FROM beneficiaries LIMIT 1)", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    db.write(|w| {
        w.delete("projects", &pid)?;
        w.delete("beneficiaries", &bid)
    })
    .unwrap();
    let again = import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
    assert_eq!(again.created, 0, "a twin was made: {again:?}");
    assert_eq!(count(&db, "SELECT count(*) FROM beneficiaries"), people);
    for (table, id) in [("projects", &pid), ("beneficiaries", &bid)] {
        let cl: i64 =
            db.conn().query_row(&format!("SELECT cl FROM {table} WHERE id = ?1"), [id], |r| r.get(0)).unwrap();
        assert_eq!(cl, 3, "{table} was not brought back");
    }
    assert_eq!(tables_snapshot(&db).unwrap(), replay_log(&db).unwrap());
}

#[test]
fn an_exchange_rate_source_is_free_text() {
    let mut db = Db::open_in_memory().unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&fixture("valid-small.json")).unwrap();
    doc["exchange_rates"][0]["source"] = "Народна банка Србије".into();
    import_str(&mut db, &doc.to_string(), false, &mut |_, _| {}).unwrap();
    assert_eq!(count(&db, "SELECT count(*) FROM exchange_rates WHERE source = 'Народна банка Србије'"), 1);
}

#[test]
fn the_schema_check_runs_beside_the_write_and_its_refusal_rolls_it_back() {
    // typed and rule-checked at once; the schema's verdict (an activity type it does not
    // list) arrives later, and the import that began meanwhile writes nothing
    let text = fixture("invalid-enum-value.json");
    let checked = tessera_core::package::Checked::start(text.as_str()).expect("the typed half passes");
    let mut db = Db::open_in_memory().unwrap();
    let before: i64 = db.conn().query_row("SELECT count(*) FROM crdt_log", [], |r| r.get(0)).unwrap();
    match tessera_core::package::import_checked(&mut db, checked, false, &mut |_, _| {}) {
        Err(Error::InvalidPackage(issues)) => assert_eq!(issues[0].path, "projects[0].activities[0].type"),
        other => panic!("{other:?}"),
    }
    let after: i64 = db.conn().query_row("SELECT count(*) FROM crdt_log", [], |r| r.get(0)).unwrap();
    assert_eq!(before, after);
    assert!(tessera_core::projects::list_projects(&db, None).unwrap().is_empty());
    // a package the typed half refuses gives the same errors as `parse`
    let bad = fixture("invalid-unknown-ref-budget-line.json");
    let a = tessera_core::package::Checked::start(bad.as_str()).err().map(|e| format!("{e:?}"));
    let b = tessera_core::package::parse(&bad).err().map(|e| format!("{e:?}"));
    assert!(a.is_some());
    assert_eq!(a, b);
}
