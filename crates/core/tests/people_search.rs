//! Finding people as the user types, through the search index (migration 5), on a real
//! SQLite file: across scripts and diacritics, by prefix, by code; deleted and erased people
//! are not found; the index follows another device's changes too.

use std::collections::HashMap;

use tessera_core::package::{import_package, Beneficiary, Package};
use tessera_core::people::registry::registry_page;
use tessera_core::people::{list_beneficiaries, search_ids};
use tessera_core::{demo, Db, OpenOptions};

fn person(code: &str, first: &str, last: &str) -> Beneficiary {
    Beneficiary {
        ref_: code.into(),
        kind: "person".into(),
        code: code.into(),
        first_name: Some(first.into()),
        last_name: Some(last.into()),
        gender: Some("female".into()),
        ..Default::default()
    }
}

fn people() -> Package {
    let mut pkg = demo::package(demo::Scale::Small);
    pkg.beneficiaries = vec![
        person("T-001", "Јелена", "Петровић"),
        person("T-002", "Marko", "Petrović"),
        person("T-003", "Dragan", "Đorđević"),
        person("T-004", "Ѓорѓи", "Трајковски"),
        person("T-005", "Arta", "Shkodrani"),
        person("T-006", "Мария", "Щерева"),
        person("T-007", "Besa", "Hoxha"),
    ];
    for p in &mut pkg.projects {
        p.activities.iter_mut().for_each(|a| a.attendance.clear());
        p.services.clear();
    }
    pkg
}

fn codes(db: &Db, typed: &str) -> Vec<String> {
    let by_id: HashMap<String, String> = db
        .conn()
        .prepare("SELECT id, code FROM live_beneficiaries")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    search_ids(db, typed, 50).unwrap().into_iter().map(|id| by_id[&id].clone()).collect()
}

#[test]
fn people_are_found_in_any_script_by_prefix_and_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("s.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    import_package(&mut db, &people(), false, &mut |_, _| {}).unwrap();
    assert_eq!(codes(&db, "petrovic"), ["T-001", "T-002"], "Latin finds Cyrillic and the diacritics");
    assert_eq!(codes(&db, "Петровић"), ["T-001", "T-002"], "Cyrillic finds Latin");
    assert_eq!(codes(&db, "petr"), ["T-001", "T-002"], "as the user types");
    assert_eq!(codes(&db, "dordevic"), ["T-003"]);
    assert_eq!(codes(&db, "djordjevic"), ["T-003"]);
    assert_eq!(codes(&db, "gjorgji"), ["T-004"], "Macedonian ѓ");
    assert_eq!(codes(&db, "shtereva"), ["T-006"], "Bulgarian щ");
    assert_eq!(codes(&db, "shkod"), ["T-005"]);
    assert_eq!(codes(&db, "marko petr"), ["T-002"], "every word must match");
    assert_eq!(codes(&db, "t-00"), codes(&db, "t"), "by code");
    assert_eq!(codes(&db, "T-007"), ["T-007"]);
    assert!(codes(&db, "trovic").is_empty(), "words are matched from their start");
    assert!(codes(&db, " - ").is_empty(), "nothing searchable: nobody");
    // the list command's search is the same
    let listed: Vec<String> =
        list_beneficiaries(&db, None, Some("dordevic")).unwrap().into_iter().map(|b| b.code).collect();
    assert_eq!(listed, ["T-003"]);
}

#[test]
fn deleted_and_erased_people_leave_the_index_and_another_devices_people_enter_it() {
    let mut a = Db::open_in_memory().unwrap();
    import_package(&mut a, &people(), false, &mut |_, _| {}).unwrap();
    let id = |db: &Db, code: &str| -> String {
        db.conn().query_row("SELECT id FROM live_beneficiaries WHERE code = ?1", [code], |r| r.get(0)).unwrap()
    };
    let marko = id(&a, "T-002");
    a.write(|w| w.delete("beneficiaries", &marko)).unwrap();
    assert_eq!(codes(&a, "petrovic"), ["T-001"]);
    a.write(|w| w.undelete("beneficiaries", &marko)).unwrap();
    assert_eq!(codes(&a, "petrovic"), ["T-001", "T-002"], "undo brings them back");
    let jelena = id(&a, "T-001");
    a.write(|w| w.erase("beneficiaries", &jelena)).unwrap();
    assert_eq!(codes(&a, "jelena"), Vec::<String>::new(), "an erased name is not found");
    // another laptop receives everything through the merge: the index follows
    let mut b = Db::open_in_memory().unwrap();
    b.apply(&a.changes(&HashMap::new()).unwrap()).unwrap();
    assert_eq!(codes(&b, "petrovic"), ["T-002"]);
    assert_eq!(codes(&b, "gjorgji"), ["T-004"]);
}

#[test]
fn an_erased_name_leaves_no_trace_in_the_file_its_wal_or_the_search_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("erase.db");
    let mut db = Db::open(&path, &OpenOptions { create: true, ..Default::default() }).unwrap();
    let mut pkg = people();
    pkg.beneficiaries.push(person("T-099", "Zyxwvutsrq", "Qwertyuiopa"));
    import_package(&mut db, &pkg, false, &mut |_, _| {}).unwrap();
    assert_eq!(codes(&db, "zyxw"), ["T-099"]);
    let raw = |needle: &str| -> Vec<String> {
        ["", "-wal"]
            .iter()
            .filter_map(|s| std::fs::read(format!("{}{s}", path.display())).ok().map(|b| (s, b)))
            .filter(|(_, b)| b.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes())))
            .map(|(s, _)| format!("erase.db{s}"))
            .collect()
    };
    // before: the name is in the file (so the check below can see it)
    db.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).ok();
    assert!(!raw("zyxwvutsrq").is_empty(), "the test cannot see the name it looks for");
    let id: String =
        db.conn().query_row("SELECT id FROM live_beneficiaries WHERE code = 'T-099'", [], |r| r.get(0)).unwrap();
    db.write(|w| w.erase("beneficiaries", &id)).unwrap();
    assert!(codes(&db, "zyxw").is_empty());
    drop(db);
    for needle in ["zyxwvutsrq", "qwertyuiopa"] {
        assert_eq!(raw(needle), Vec::<String>::new(), "{needle} is still in the bytes");
    }
}

#[test]
fn a_person_registered_in_the_app_gets_the_next_code_and_is_found_at_once() {
    use tessera_core::people::edit::{create_person, delete_person, restore_person, update_person, PersonInput};
    let mut db = Db::open_in_memory().unwrap();
    import_package(&mut db, &people(), false, &mut |_, _| {}).unwrap();
    let year = 2026;
    // bad input: every problem at its field, nothing written
    let bad = PersonInput {
        gender: Some("f".into()),
        birth_year: Some(2090),
        country: Some("RS".into()),
        municipality: Some("Atlantis".into()),
        ..Default::default()
    };
    match create_person(&mut db, &bad, year) {
        Err(tessera_core::Error::InvalidInput(list)) => {
            let fields: Vec<(&str, &str)> = list.iter().map(|i| (i.field.as_str(), i.code)).collect();
            assert_eq!(
                fields,
                [
                    ("gender", "invalid-value"),
                    ("birth_year", "year-out-of-range"),
                    ("municipality", "unknown-municipality")
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    // registered in Serbian Cyrillic, found by typing Latin; names are optional
    let input = PersonInput {
        first_name: Some("Милица".into()),
        last_name: Some("Ђурђевић".into()),
        gender: Some("female".into()),
        birth_year: Some(1994),
        country: Some("rs".into()),
        municipality: Some("Нови Сад".into()),
        ..Default::default()
    };
    let (id, code) = create_person(&mut db, &input, year).unwrap();
    let prefix = tessera_core::organisations::org_info(&db).unwrap().org_short_name.unwrap();
    assert_eq!(code, format!("{prefix}-0001"));
    assert_eq!(codes(&db, "milica djurdj"), std::slice::from_ref(&code));
    let stored: String =
        db.conn().query_row("SELECT municipality FROM live_beneficiaries WHERE id = ?1", [&id], |r| r.get(0)).unwrap();
    assert_eq!(stored, "Novi Sad", "stored by its name in the list");
    let (_, second) =
        create_person(&mut db, &PersonInput { gender: Some("undisclosed".into()), ..Default::default() }, year)
            .unwrap();
    assert_eq!(second, format!("{prefix}-0002"), "a person without names still gets a code");
    update_person(&mut db, &id, &PersonInput { last_name: Some("Јовановић".into()), ..input.clone() }, year).unwrap();
    assert!(codes(&db, "djurdjevic").is_empty());
    assert_eq!(codes(&db, "jovanovic"), std::slice::from_ref(&code));
    delete_person(&mut db, &id).unwrap();
    assert!(codes(&db, "milica").is_empty());
    restore_person(&mut db, &id).unwrap();
    assert_eq!(codes(&db, "milica"), [code]);
}

#[test]
fn the_registry_lists_everyone_in_registration_order_until_something_is_typed() {
    let mut db = Db::open_in_memory().unwrap();
    import_package(&mut db, &people(), false, &mut |_, _| {}).unwrap();
    let all: Vec<String> = registry_page(&db, "  ", 0, 5).unwrap().rows.into_iter().map(|p| p.code).collect();
    assert_eq!(all, ["T-001", "T-002", "T-003", "T-004", "T-005"]);
    let found = registry_page(&db, "Петровић", 0, 50).unwrap().rows;
    let rows: Vec<(&str, Option<&str>)> = found.iter().map(|p| (p.code.as_str(), p.first_name.as_deref())).collect();
    assert_eq!(rows, [("T-001", Some("Јелена")), ("T-002", Some("Marko"))]);
}
