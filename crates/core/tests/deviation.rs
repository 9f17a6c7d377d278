//! Deviation notes on a real SQLite file holding the small fixture package (JI-ROMA): the
//! indicators of a window with their achievement and whether the band asks for a note; a note
//! written, changed and taken back, each through the change log; one row per indicator and
//! period on any laptop, so two that write the first note of a period do not make two.

use chrono::NaiveDate;
use tessera_core::logframe::deviation::{deviation_notes, notes_for, set_deviation_note};
use tessera_core::package::import_str;
use tessera_core::store::rebuild::{replay_log, tables_snapshot};
use tessera_core::{Db, Error, OpenOptions};

fn db(path: &std::path::Path) -> (Db, String) {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid-small.json")).unwrap();
    let mut db = Db::open(path, &OpenOptions { create: true, ..Default::default() }).unwrap();
    import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
    let project = tessera_core::projects::project_id(&db, "JI-ROMA").unwrap();
    (db, project)
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn a_note_is_written_for_a_period_changed_and_taken_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, project) = db(&dir.path().join("a.db"));
    let (from, to) = (day("2015-04-01"), day("2015-12-31"));
    let listed = deviation_notes(&db, &project, from, to).unwrap();
    assert!(listed.iter().all(|n| n.note.is_none()));
    // the band (90–110 % unless set) decides, from each indicator's % of its target
    let band = tessera_core::settings::deviation_band(&db).unwrap();
    for n in &listed {
        let p = n.percent_of_target.as_deref().map(|p| p.parse::<f64>().unwrap());
        assert_eq!(n.outside, p.is_some_and(|p| !(90.0..=110.0).contains(&p)), "{n:?}");
        assert_eq!(n.outside, band.outside(n.percent_of_target.as_deref()));
    }
    let needs = listed.iter().find(|n| n.outside).expect("an indicator outside the band in 2015");
    let other = listed.iter().find(|n| n.ref_ != needs.ref_).unwrap();

    set_deviation_note(&mut db, &project, &needs.ref_, to, "  Two trainings moved to spring 2016.  ").unwrap();
    let notes = notes_for(&db, &project, to).unwrap();
    assert_eq!(notes.get(&needs.ref_).map(String::as_str), Some("Two trainings moved to spring 2016."));
    assert_eq!(notes.len(), 1);
    // another period's table does not print it
    assert!(notes_for(&db, &project, day("2015-06-30")).unwrap().is_empty());
    let again = deviation_notes(&db, &project, from, to).unwrap();
    assert_eq!(
        again.iter().find(|n| n.ref_ == needs.ref_).unwrap().note.as_deref(),
        Some("Two trainings moved to spring 2016.")
    );

    // the same text again writes nothing; a new text replaces it; an empty one takes it back
    let changes = |db: &Db| -> i64 { db.conn().query_row("SELECT count(*) FROM crdt_log", [], |r| r.get(0)).unwrap() };
    let before = changes(&db);
    set_deviation_note(&mut db, &project, &needs.ref_, to, "Two trainings moved to spring 2016.").unwrap();
    assert_eq!(changes(&db), before);
    set_deviation_note(&mut db, &project, &needs.ref_, to, "Moved to March 2016: the venue closed.").unwrap();
    set_deviation_note(&mut db, &project, &other.ref_, to, "On track.").unwrap();
    assert_eq!(notes_for(&db, &project, to).unwrap().len(), 2);
    set_deviation_note(&mut db, &project, &other.ref_, to, "   ").unwrap();
    let notes = notes_for(&db, &project, to).unwrap();
    assert_eq!(notes.keys().collect::<Vec<_>>(), [&needs.ref_]);
    assert_eq!(notes[&needs.ref_], "Moved to March 2016: the venue closed.");
    // every write went through the change log: the tables are the log's replay
    assert_eq!(tables_snapshot(&db).unwrap(), replay_log(&db).unwrap());

    // an indicator the project does not have
    match set_deviation_note(&mut db, &project, "NOPE", to, "x") {
        Err(Error::NotFound { what: "indicator", id }) => assert_eq!(id, "NOPE"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn two_laptops_writing_the_first_note_of_a_period_write_one_row() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, project) = db(&dir.path().join("a.db"));
    // laptop b has what a has (as after a sync), under its own device id
    let mut b = Db::open(&dir.path().join("b.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    b.apply(&a.changes(&Default::default()).unwrap()).unwrap();
    assert_ne!(a.device_id(), b.device_id());
    let to = day("2015-12-31");
    set_deviation_note(&mut a, &project, "I1", to, "from a").unwrap();
    // (a clock tick apart: the later write wins by its hybrid logical time)
    std::thread::sleep(std::time::Duration::from_millis(5));
    set_deviation_note(&mut b, &project, "I1", to, "from b, later").unwrap();
    // both ways: one row on each, the later text
    let from_a = a.changes(&Default::default()).unwrap();
    let from_b = b.changes(&Default::default()).unwrap();
    a.apply(&from_b).unwrap();
    b.apply(&from_a).unwrap();
    for db in [&a, &b] {
        let rows: i64 = db.conn().query_row("SELECT count(*) FROM deviation_notes", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 1);
        assert_eq!(notes_for(db, &project, to).unwrap()["I1"], "from b, later");
    }
    // another period, another row
    set_deviation_note(&mut a, &project, "I1", day("2016-12-31"), "later").unwrap();
    let rows: i64 = a.conn().query_row("SELECT count(*) FROM live_deviation_notes", [], |r| r.get(0)).unwrap();
    assert_eq!(rows, 2);
}
