//! Consent and erasure through the registry's functions, on a real SQLite file: consent is
//! recorded and withdrawn (checked at its fields), the page shows it, erasure removes the
//! person's identifying values from the table, the change log and the search index — the raw
//! bytes of the file and its WAL hold no trace of the name — keeps the anonymous values (code,
//! gender, municipality) and travels to another laptop; sensitive values stay in the core
//! until the organisation records them.

use std::collections::HashMap;

use tessera_core::people::edit::{create_person, PersonInput};
use tessera_core::people::registry::{
    erase_person, person_detail, record_consent, registry_page, withdraw_consent, ConsentInfo,
};
use tessera_core::{demo, settings, Db, Error, OpenOptions};

fn issues(e: Error) -> Vec<(String, &'static str)> {
    match e {
        Error::InvalidInput(list) => list.into_iter().map(|i| (i.field, i.code)).collect(),
        e => panic!("{e}"),
    }
}

#[test]
fn consent_is_recorded_withdrawn_and_the_erased_name_leaves_no_trace() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("consent.db");
    let mut db = Db::open(&path, &OpenOptions { create: true, ..Default::default() }).unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    let input = PersonInput {
        first_name: Some("Qzxwvyeta".into()),
        last_name: Some("Љубичићевић".into()),
        gender: Some("female".into()),
        birth_year: Some(1987),
        country: Some("RS".into()),
        municipality: Some("Врање".into()),
        settlement: Some("Zzsettleplace".into()),
        ..Default::default()
    };
    let (id, code) = create_person(&mut db, &input, 2026).unwrap();
    assert_eq!(registry_page(&db, "ljubicicevic", 0, 10).unwrap().total, 1);

    // consent: checked at its fields, then recorded
    let bad = ConsentInfo { date: "31.02.2026".into(), purposes: vec![], recorded_by: None, withdrawn: None };
    assert_eq!(
        issues(record_consent(&mut db, &id, &bad).unwrap_err()),
        [("date".to_string(), "invalid-date"), ("purposes".to_string(), "required")]
    );
    let consent = ConsentInfo {
        date: "2026-02-01".into(),
        purposes: vec!["services".into(), "reporting".into()],
        recorded_by: Some("Arta".into()),
        withdrawn: None,
    };
    record_consent(&mut db, &id, &consent).unwrap();
    assert_eq!(person_detail(&db, &id).unwrap().consent, Some(consent.clone()));
    // withdrawn: not before it was given
    assert_eq!(
        issues(withdraw_consent(&mut db, &id, "2026-01-01").unwrap_err()),
        [("withdrawn".to_string(), "end-before-start")]
    );
    withdraw_consent(&mut db, &id, "2026-03-01").unwrap();
    assert_eq!(person_detail(&db, &id).unwrap().consent.unwrap().withdrawn.as_deref(), Some("2026-03-01"));

    // the raw bytes hold the name before erasure (so the check below can see it)
    let raw = |needle: &str| -> Vec<String> {
        ["", "-wal"]
            .iter()
            .filter_map(|s| std::fs::read(format!("{}{s}", path.display())).ok().map(|b| (s, b)))
            .filter(|(_, b)| b.windows(needle.len()).any(|w| w == needle.as_bytes()))
            .map(|(s, _)| format!("consent.db{s}"))
            .collect()
    };
    assert!(!raw("Qzxwvyeta").is_empty(), "the test cannot see the name it looks for");
    erase_person(&mut db, &id).unwrap();
    let page = person_detail(&db, &id).unwrap();
    assert!(page.erased);
    assert_eq!((page.person.first_name, page.person.last_name, page.person.birth_year), (None, None, None));
    assert_eq!(page.settlement, None);
    // the anonymous values stay, so counts stay right
    assert_eq!(page.person.code, code);
    assert_eq!(page.person.gender.as_deref(), Some("female"));
    assert_eq!(page.person.municipality.as_deref(), Some("Vranje"));
    assert_eq!(registry_page(&db, "ljubicicevic", 0, 10).unwrap().total, 0, "gone from search");
    assert_eq!(registry_page(&db, "qzxw", 0, 10).unwrap().total, 0);
    // the change log holds none of it either
    let log = db.changes(&HashMap::new()).unwrap();
    assert!(!format!("{log:?}").contains("Qzxwvyeta"), "the change log still has the name");
    // erasure travels: another laptop that receives everything has no name either
    let mut other = Db::open_in_memory().unwrap();
    other.apply(&log).unwrap();
    let there = person_detail(&other, &id).unwrap();
    assert!(there.erased && there.person.first_name.is_none());
    // and the file's pages: the table, the log, the index, the WAL
    drop(db);
    for needle in ["Qzxwvyeta", "Zzsettleplace", "Љубичићевић"] {
        assert_eq!(raw(needle), Vec::<String>::new(), "{needle} is still in the bytes");
    }
}

#[test]
fn sensitive_values_leave_the_core_only_when_the_organisation_records_them() {
    let mut db = Db::open_in_memory().unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    let with_ethnicity: String = db
        .conn()
        .query_row("SELECT id FROM live_beneficiaries WHERE ethnicity IS NOT NULL ORDER BY code LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(person_detail(&db, &with_ethnicity).unwrap().ethnicity, None, "off by default");
    let input = PersonInput { gender: Some("male".into()), ethnicity: Some("roma".into()), ..Default::default() };
    assert_eq!(issues(create_person(&mut db, &input, 2026).unwrap_err()), [("ethnicity".to_string(), "sensitive-off")]);
    settings::set_people_settings(&mut db, "ura", &["ethnicity".into()]).unwrap();
    assert!(person_detail(&db, &with_ethnicity).unwrap().ethnicity.is_some());
    let (_, code) = create_person(&mut db, &input, 2026).unwrap();
    assert!(code.starts_with("URA-"), "the prefix set, upper case: {code}");
    let s = settings::people_settings(&db).unwrap();
    assert_eq!((s.code_prefix.as_str(), s.sensitive.as_slice()), ("URA", ["ethnicity".to_string()].as_slice()));
    assert!(settings::set_people_settings(&mut db, "no spaces!", &[]).is_err());
    // vulnerability tags: refused while off, kept as clean tags once on
    let tagged = PersonInput {
        gender: Some("female".into()),
        vulnerability: Some(" single parent;no documents, single parent ".into()),
        ..Default::default()
    };
    assert_eq!(
        issues(create_person(&mut db, &tagged, 2026).unwrap_err()),
        [("vulnerability".to_string(), "sensitive-off")]
    );
    settings::set_people_settings(&mut db, "ura", &["ethnicity".into(), "vulnerability".into()]).unwrap();
    let (id, _) = create_person(&mut db, &tagged, 2026).unwrap();
    assert_eq!(person_detail(&db, &id).unwrap().vulnerability.as_deref(), Some("single parent, no documents"));
}

#[test]
fn people_registered_with_a_household_code_share_one_household() {
    let mut db = Db::open_in_memory().unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    let member = |first: &str| PersonInput {
        first_name: Some(first.into()),
        gender: Some("female".into()),
        household: Some("HH-NEW-1".into()),
        ..Default::default()
    };
    let (a, _) = create_person(&mut db, &member("Ana"), 2026).unwrap();
    let (b, _) = create_person(&mut db, &member("Bora"), 2026).unwrap();
    let (ha, hb) =
        (person_detail(&db, &a).unwrap().household.unwrap(), person_detail(&db, &b).unwrap().household.unwrap());
    assert_eq!((ha.code.as_str(), hb.members), ("HH-NEW-1", 2), "one household, two members");
    // found by the household's code
    assert_eq!(registry_page(&db, "hh-new-1", 0, 10).unwrap().total, 2);
}
