//! The organisation's own profile (organisations/profile.rs): the first run's creation with
//! every problem at its field and nothing written, the logo kept as an attachment whose file
//! is the picture, Settings' changes, and `tessera init` through the same insert.

use tessera_core::organisations::profile::{self, Logo, ProfileInput};
use tessera_core::organisations::{init, org_info, NewOrganisation};
use tessera_core::{attachments, Db, Error, OpenOptions};

fn open(path: &std::path::Path) -> Db {
    Db::open(path, &OpenOptions { create: true, ..Default::default() }).unwrap()
}

fn input() -> ProfileInput {
    ProfileInput {
        name: " Roma Active Albania ".into(),
        short_name: Some("RAA".into()),
        country: "al".into(),
        base_currency: "ALL".into(),
        fiscal_year_start: 4,
        registration_no: None,
        address: Some("Rruga e Kavajës 12, Tiranë".into()),
    }
}

fn issues(e: Error) -> Vec<(String, &'static str)> {
    match e {
        Error::InvalidInput(list) => list.into_iter().map(|i| (i.field, i.code)).collect(),
        other => panic!("{other:?}"),
    }
}

fn organisations(db: &Db) -> i64 {
    db.conn().query_row("SELECT count(*) FROM organisations", [], |r| r.get(0)).unwrap()
}

/// A real (if tiny) PNG: the signature and an IHDR chunk.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

#[test]
fn every_problem_at_its_field_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = open(&dir.path().join("t.db"));
    let bad = ProfileInput {
        name: "  ".into(),
        country: "YU".into(),
        base_currency: "DIN".into(),
        fiscal_year_start: 13,
        ..input()
    };
    let logo = Logo { filename: "logo.png", bytes: b"GIF89a not a png" };
    let found = issues(profile::create(&mut db, &bad, Some(&logo)).unwrap_err());
    assert_eq!(
        found,
        [
            ("name".to_string(), "required"),
            ("country".to_string(), "unknown-country"),
            ("base_currency".to_string(), "unknown-currency"),
            ("fiscal_year_start".to_string(), "invalid-value"),
            ("logo".to_string(), "not-an-image"),
        ]
    );
    assert_eq!(organisations(&db), 0);
    assert!(!dir.path().join("attachments").exists(), "a refused logo was kept");

    let big = [PNG, &vec![0u8; profile::LOGO_MAX_BYTES]].concat();
    let logo = Logo { filename: "huge.png", bytes: &big };
    assert_eq!(
        issues(profile::create(&mut db, &input(), Some(&logo)).unwrap_err()),
        [("logo".to_string(), "file-too-large")]
    );
    assert_eq!(organisations(&db), 0);
}

#[test]
fn created_with_a_logo_then_changed_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = open(&dir.path().join("t.db"));
    profile::create(&mut db, &input(), Some(&Logo { filename: "C:\\logos\\raa.png", bytes: PNG })).unwrap();

    let p = profile::profile(&db).unwrap();
    assert_eq!(p.input.name, "Roma Active Albania");
    assert_eq!(p.input.country, "AL");
    assert_eq!(p.input.fiscal_year_start, 4);
    assert_eq!(p.input.address.as_deref(), Some("Rruga e Kavajës 12, Tiranë"));
    let stored: String =
        db.conn().query_row("SELECT fiscal_year_start FROM organisations WHERE is_self = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(stored, "04-01");
    // the logo is the picture, read back through its hash
    let (row, bytes) = attachments::read(&db, p.logo.as_deref().expect("a logo")).unwrap();
    assert_eq!(bytes, PNG);
    assert_eq!(row.mime.as_deref(), Some("image/png"));
    let info = org_info(&db).unwrap();
    assert_eq!((info.org_name.as_str(), info.org_short_name.as_deref()), ("Roma Active Albania", Some("RAA")));

    // a second owner is refused
    assert!(matches!(profile::create(&mut db, &input(), None), Err(Error::DatabaseExists { .. })));

    let changed =
        ProfileInput { name: "RAA — Roma Active Albania".into(), short_name: None, fiscal_year_start: 1, ..input() };
    profile::update(&mut db, &changed).unwrap();
    let p = profile::profile(&db).unwrap();
    assert_eq!(
        (p.input.name.as_str(), p.input.short_name, p.input.fiscal_year_start),
        ("RAA — Roma Active Albania", None, 1)
    );
    assert!(p.logo.is_some(), "changing the profile dropped the logo");
    assert_eq!(
        issues(profile::update(&mut db, &ProfileInput { name: String::new(), ..input() }).unwrap_err()),
        [("name".to_string(), "required")]
    );

    // a new logo replaces it; a non-picture is refused and the old one stays; then none
    let jpeg = b"\xFF\xD8\xFF\xE0\0\x10JFIF\0";
    profile::set_logo(&mut db, &Logo { filename: "raa.jpg", bytes: jpeg }).unwrap();
    let logo = profile::profile(&db).unwrap().logo.unwrap();
    assert_eq!(attachments::read(&db, &logo).unwrap().1, jpeg);
    let refused = profile::set_logo(&mut db, &Logo { filename: "raa.svg", bytes: b"<svg/>" }).unwrap_err();
    assert_eq!(issues(refused), [("logo".to_string(), "not-an-image")]);
    assert_eq!(profile::profile(&db).unwrap().logo.as_deref(), Some(logo.as_str()));
    profile::remove_logo(&mut db).unwrap();
    assert_eq!(profile::profile(&db).unwrap().logo, None);
}

#[test]
fn init_writes_the_same_profile() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = open(&dir.path().join("t.db"));
    init(&mut db, &NewOrganisation { name: "Ura".into(), country: "MK".into(), currency: "MKD".into() }).unwrap();
    let p = profile::profile(&db).unwrap();
    assert_eq!((p.input.country.as_str(), p.input.base_currency.as_str(), p.input.fiscal_year_start), ("MK", "MKD", 1));
    assert!(matches!(
        init(&mut db, &NewOrganisation { name: "Ura".into(), country: "MK".into(), currency: "MKD".into() }),
        Err(Error::DatabaseExists { .. })
    ));
}

/// The language new reports start in is an organisation setting: unset, the interface's
/// (`None`); set, every laptop reads it; set back to none, gone again.
#[test]
fn the_language_of_new_reports() {
    use tessera_core::settings::{report_lang, set_report_lang};
    let dir = tempfile::tempdir().unwrap();
    let mut db = open(&dir.path().join("t.db"));
    assert_eq!(report_lang(&db).unwrap(), None);
    set_report_lang(&mut db, Some("en")).unwrap();
    assert_eq!(report_lang(&db).unwrap().as_deref(), Some("en"));
    let rows: i64 = db.conn().query_row("SELECT count(*) FROM live_org_settings", [], |r| r.get(0)).unwrap();
    set_report_lang(&mut db, Some("en")).unwrap();
    let again: i64 = db.conn().query_row("SELECT count(*) FROM live_org_settings", [], |r| r.get(0)).unwrap();
    assert_eq!(rows, again, "the same choice twice is one row");
    set_report_lang(&mut db, None).unwrap();
    assert_eq!(report_lang(&db).unwrap(), None);
}
