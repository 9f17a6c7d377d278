//! Activities from the app on a real database file: the form's checks at their fields, the
//! place stored by its Latin name, attendance ticked and unticked (never a person whose
//! consent is withdrawn), head-counts, services for a distribution to households, and a
//! photo of the signed attendance sheet kept by its hash — each change seen in the reach.

use chrono::NaiveDate;
use tessera_core::activities::attendance::{
    activity_detail, add_attendance, add_headcount, delete_headcount, household_members, record_services,
    remove_attendance, ServiceInput,
};
use tessera_core::activities::edit::{create_activity, update_activity, ActivityInput};
use tessera_core::activities::figures::reach;
use tessera_core::package::import_str;
use tessera_core::people::registry::withdraw_consent;
use tessera_core::projects::project_id;
use tessera_core::{attachments, Db, Error, OpenOptions};

fn open(dir: &tempfile::TempDir) -> Db {
    let mut db = Db::open(&dir.path().join("t.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid-small.json")).unwrap();
    import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
    db
}

fn person(db: &Db, code: &str) -> String {
    db.conn().query_row("SELECT id FROM live_beneficiaries WHERE code = ?1", [code], |r| r.get(0)).unwrap()
}

fn fields(e: Error) -> Vec<(String, &'static str)> {
    match e {
        Error::InvalidInput(issues) => issues.into_iter().map(|i| (i.field, i.code)).collect(),
        other => panic!("not a form error: {other:?}"),
    }
}

fn training() -> ActivityInput {
    ActivityInput {
        kind: "training".into(),
        title: "Job-search skills for young Roma".into(),
        planned_start: Some("2015-10-05".into()),
        status: "planned".into(),
        country: Some("RS".into()),
        municipality: Some("Нови Сад".into()),
        ..Default::default()
    }
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn the_form_is_checked_at_its_fields_and_the_place_is_stored_by_its_latin_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = open(&dir);
    let pid = project_id(&db, "JI-ROMA").unwrap();
    let bad = ActivityInput {
        kind: "party".into(),
        title: " ".into(),
        planned_start: Some("2015-10-05".into()),
        planned_end: Some("2015-10-01".into()),
        status: "done".into(),
        country: Some("RS".into()),
        municipality: Some("Atlantis".into()),
        ..Default::default()
    };
    let got = fields(create_activity(&mut db, &pid, &bad).unwrap_err());
    for want in [
        ("type", "invalid-value"),
        ("title", "required"),
        ("planned_end", "end-before-start"),
        ("actual_start", "required"), // done: when did it happen?
        ("municipality", "unknown-municipality"),
    ] {
        assert!(got.contains(&(want.0.to_string(), want.1)), "{want:?} in {got:?}");
    }
    let cancelled = ActivityInput { status: "cancelled".into(), ..training() };
    assert_eq!(
        fields(create_activity(&mut db, &pid, &cancelled).unwrap_err()),
        [("description".into(), "reason-required")]
    );

    let before: i64 = db.conn().query_row("SELECT count(*) FROM live_activities", [], |r| r.get(0)).unwrap();
    let id = create_activity(&mut db, &pid, &training()).unwrap();
    let detail = activity_detail(&db, &id).unwrap();
    assert_eq!(detail.input.municipality.as_deref(), Some("Novi Sad"));
    assert_eq!(detail.ref_, format!("A{}", before + 1));
    let done = ActivityInput { status: "done".into(), actual_start: Some("2015-10-06".into()), ..training() };
    update_activity(&mut db, &id, &done).unwrap();
    assert_eq!(activity_detail(&db, &id).unwrap().input.actual_start.as_deref(), Some("2015-10-06"));
}

#[test]
fn attendance_headcounts_and_services_change_the_reach() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = open(&dir);
    let pid = project_id(&db, "JI-ROMA").unwrap();
    let (from, to) = (d("2015-10-01"), d("2015-10-31"));
    let base = reach(&db, &pid, from, to, "en").unwrap().period;
    let done = ActivityInput { status: "done".into(), actual_start: Some("2015-10-06".into()), ..training() };
    let id = create_activity(&mut db, &pid, &done).unwrap();
    let (a, b) = (person(&db, "RAA-0001"), person(&db, "RAA-0002"));
    assert!(add_attendance(&mut db, &id, &a).unwrap());
    assert!(!add_attendance(&mut db, &id, &a).unwrap(), "ticked twice is once");
    assert!(add_attendance(&mut db, &id, &b).unwrap());
    add_headcount(&mut db, &id, "female", "18-29", 6).unwrap();
    assert_eq!(
        fields(add_headcount(&mut db, &id, "female", "20-25", 0).unwrap_err()),
        [("age_band".into(), "invalid-value"), ("count".into(), "not-a-count")]
    );
    let r = reach(&db, &pid, from, to, "en").unwrap().period;
    assert_eq!(r.unique_persons, base.unique_persons + 2);
    assert_eq!(r.anonymous_headcount_total, base.anonymous_headcount_total + 6);
    assert_eq!(activity_detail(&db, &id).unwrap().participants, 8);

    // unticked, the person no longer counts; ticked again, the same row comes back
    remove_attendance(&mut db, &id, &b).unwrap();
    assert_eq!(reach(&db, &pid, from, to, "en").unwrap().period.unique_persons, base.unique_persons + 1);
    assert!(add_attendance(&mut db, &id, &b).unwrap());
    let rows: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM /* all rows */ attendance WHERE activity_id = ?1", [&id], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 2);
    let hc = activity_detail(&db, &id).unwrap().headcounts[0].id.clone();
    delete_headcount(&mut db, &hc).unwrap();
    assert_eq!(
        reach(&db, &pid, from, to, "en").unwrap().period.anonymous_headcount_total,
        base.anonymous_headcount_total
    );

    // consent withdrawn: refused at the field, nothing written
    let c = person(&db, "RAA-0003");
    withdraw_consent(&mut db, &c, "2015-09-30").unwrap();
    assert_eq!(fields(add_attendance(&mut db, &id, &c).unwrap_err()), [("person".into(), "consent-withdrawn")]);
    let service = ServiceInput {
        project_id: pid.clone(),
        kind: "food_package".into(),
        date: "2015-10-20".into(),
        quantity: Some("1".into()),
        ..Default::default()
    };
    assert_eq!(
        fields(record_services(&mut db, &service, &[a.clone(), c.clone()]).unwrap_err()),
        [("people".into(), "consent-withdrawn")]
    );
    assert_eq!(activity_detail(&db, &id).unwrap().attendance.len(), 2);

    // a distribution to every household: one package each, to its first registered member
    let households: Vec<String> = db
        .conn()
        .prepare("SELECT id FROM live_households ORDER BY code")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let members = household_members(&db, &households).unwrap();
    assert!(members.len() >= 2 && members.len() <= households.len());
    let services =
        |db: &Db| -> i64 { db.conn().query_row("SELECT count(*) FROM live_services", [], |r| r.get(0)).unwrap() };
    let n = services(&db);
    assert_eq!(record_services(&mut db, &service, &members).unwrap() as usize, members.len());
    assert_eq!(services(&db) - n, members.len() as i64);
    let by_kind = tessera_core::activities::figures::service_figures(&db, &pid, from, to).unwrap();
    assert_eq!(by_kind["food_package"].records as usize, members.len());
}

#[test]
fn a_sheet_photo_is_kept_once_by_its_hash_and_checked_when_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = open(&dir);
    let pid = project_id(&db, "JI-ROMA").unwrap();
    let id = create_activity(&mut db, &pid, &training()).unwrap();
    let photo = b"\x89PNG\r\n\x1a\n not really a picture, but bytes all the same".to_vec();
    let one = attachments::attach(&mut db, "activities", &id, "/home/ana/sheet 1.PNG", &photo).unwrap();
    let two = attachments::attach(&mut db, "activities", &id, "sheet-copy.png", &photo).unwrap();
    let list = activity_detail(&db, &id).unwrap().attachments;
    assert_eq!(list.len(), 2);
    assert_eq!((list[0].filename.as_str(), list[0].mime.as_deref()), ("sheet 1.PNG", Some("image/png")));
    assert_eq!(list[0].sha256, list[1].sha256);
    let files: Vec<_> = walk(&attachments::folder(&db));
    assert_eq!(files.len(), 1, "the same bytes are kept once: {files:?}");
    assert_eq!(attachments::read(&db, &one).unwrap().1, photo);
    // a file changed behind Tessera's back is refused, by name
    std::fs::write(&files[0], b"something else").unwrap();
    match attachments::read(&db, &two) {
        Err(Error::AttachmentDamaged { filename }) => assert_eq!(filename, "sheet-copy.png"),
        other => panic!("{other:?}"),
    }
    attachments::delete_attachment(&mut db, &one).unwrap();
    assert_eq!(activity_detail(&db, &id).unwrap().attachments.len(), 1);
    attachments::restore_attachment(&mut db, &one).unwrap();
    assert_eq!(activity_detail(&db, &id).unwrap().attachments.len(), 2);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn an_attendance_table_refuses_a_withdrawn_person_and_writes_nothing() {
    use tessera_core::activities::import::{attendance_words, import_attendance, TableImport};
    let dir = tempfile::tempdir().unwrap();
    let mut db = open(&dir);
    let c = person(&db, "RAA-0003");
    withdraw_consent(&mut db, &c, "2015-09-30").unwrap();
    let w = attendance_words(|_| vec![]);
    let sheet = tessera_core::sheet::read_bytes("a.csv", b"activity,code\nA1,RAA-0001\nA1,RAA-0003\n", None).unwrap();
    let req = TableImport { sheet: &sheet, words: &w, project: "JI-ROMA", dry_run: false };
    let count =
        |db: &Db| -> i64 { db.conn().query_row("SELECT count(*) FROM live_attendance", [], |r| r.get(0)).unwrap() };
    let before = count(&db);
    match import_attendance(&mut db, &req, &mut |_, _| {}) {
        Err(Error::InvalidTable(issues)) => {
            assert_eq!(issues.len(), 1, "{issues:?}");
            assert_eq!((issues[0].row, issues[0].column.as_str(), issues[0].code), (3, "code", "consent-withdrawn"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(count(&db), before, "nothing written");
}
