//! Importing people from a table on a real SQLite file: headers and cells in any of the seven
//! languages and scripts, municipalities by any name, every rejected row reported at its row
//! and column with nothing written, dry runs that write nothing, XLSX as CSV, sensitive
//! columns only when switched on.

use std::path::Path;

use tessera_core::people::import::{guess_mapping, import_people, strict_mapping, TableImport, Words};
use tessera_core::people::registry::registry_page;
use tessera_core::sheet::{self, RowIssue, Sheet};
use tessera_core::{demo, settings, Db, Error, OpenOptions};

fn words() -> Words {
    let all = tessera_l10n::every_language();
    Words::new(|id| tessera_l10n::in_every_language(&all, id))
}

fn demo_db(dir: &Path) -> Db {
    let mut db = Db::open(&dir.join("p.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    db
}

fn changes(db: &Db) -> usize {
    db.changes(&Default::default()).unwrap().len()
}

fn csv(text: &str) -> Sheet {
    sheet::read_csv(text.as_bytes()).unwrap()
}

fn import(db: &mut Db, s: &Sheet, dry_run: bool) -> Result<tessera_core::people::import::ImportSummary, Error> {
    let w = words();
    let mapping = strict_mapping(s, &w)?;
    let req = TableImport { sheet: s, mapping: &mapping, project: "ZAJEDNO", words: &w, this_year: 2026, dry_run };
    import_people(db, &req, &mut |_, _| {})
}

fn issues(e: Error) -> Vec<(u32, String, &'static str)> {
    match e {
        Error::InvalidTable(i) => i.into_iter().map(|RowIssue { row, column, code, .. }| (row, column, code)).collect(),
        e => panic!("not a table error: {e}"),
    }
}

type Stored = (Option<String>, Option<String>, Option<String>, Option<i64>, Option<String>);

/// (first name, last name, gender, birth year, municipality) as stored.
fn person(db: &Db, code: &str) -> Stored {
    db.conn()
        .query_row(
            "SELECT first_name, last_name, gender, birth_year, municipality FROM live_beneficiaries WHERE code = ?1",
            [code],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap()
}

#[test]
fn a_table_in_serbian_cyrillic_and_latin_is_read_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = demo_db(dir.path());
    let before: i64 = db.conn().query_row("SELECT count(*) FROM live_beneficiaries", [], |r| r.get(0)).unwrap();
    let s = csv("Шифра;Име;Презиме;Пол;Година рођења;Општина;Domaćinstvo;consent_date;consent_purposes\n\
         X-1;Марко;Петровић;мушки;1990;Нови Сад;HH-9;01.02.2026.;services, reporting\n\
         X-2;Ana;Jovanović;žensko;1985;Zvezdara;HH-9;2026-02-03;\n\
         ;Živorad;Đorđević;M;1979;Niš-Medijana;;;\n");
    let sum = import(&mut db, &s, false).unwrap();
    assert_eq!((sum.people, sum.households, sum.consents), (3, 1, 2));
    let after: i64 = db.conn().query_row("SELECT count(*) FROM live_beneficiaries", [], |r| r.get(0)).unwrap();
    assert_eq!(after - before, 3);
    assert_eq!(
        person(&db, "X-1"),
        (Some("Марко".into()), Some("Петровић".into()), Some("male".into()), Some(1990), Some("Novi Sad".into()))
    );
    assert_eq!(person(&db, "X-2").2.as_deref(), Some("female"), "žensko is female");
    assert_eq!(person(&db, "X-2").4.as_deref(), Some("Beograd-Zvezdara"), "a city's municipality by its own name");
    // a row without a code gets the organisation's next one
    let found = registry_page(&db, "zivorad djordjevic", 0, 5).unwrap().rows;
    assert_eq!(found.len(), 1);
    assert!(found[0].code.starts_with(&settings::code_prefix(&db).unwrap()), "{}", found[0].code);
    // both people of HH-9 share one household; the consent is kept with its purposes
    let households: i64 = db
        .conn()
        .query_row(
            "SELECT count(DISTINCT household_id) FROM live_beneficiaries WHERE code IN ('X-1', 'X-2')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(households, 1);
    let purposes: String = db
        .conn()
        .query_row(
            "SELECT c.purposes FROM live_consents c JOIN live_beneficiaries b ON b.id = c.beneficiary_id
             WHERE b.code = 'X-1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(purposes, r#"["services","reporting"]"#);
    // found as the user types, in the other script (the demo may have its own Marko Petrović)
    let found = registry_page(&db, "petrovic marko", 0, 5).unwrap().rows;
    assert!(found.iter().any(|r| r.code == "X-1"), "{:?}", found.iter().map(|r| &r.code).collect::<Vec<_>>());
    // the registry finds people by their household's code and their municipality in any script
    let codes = |typed: &str| -> Vec<String> {
        registry_page(&db, typed, 0, 50).unwrap().rows.into_iter().map(|r| r.code).collect()
    };
    assert_eq!(codes("hh-9"), ["X-1", "X-2"]);
    assert_eq!(codes("Звездара"), ["X-2"]);
    let novi_sad = registry_page(&db, "Нови Сад", 0, 50).unwrap();
    assert_eq!(novi_sad.total as usize, novi_sad.rows.len(), "the total counts what the pages hold");
    assert!(novi_sad.rows.iter().any(|r| r.code == "X-1"), "typed in Cyrillic, stored in Latin");
}

#[test]
fn bad_rows_are_each_reported_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = demo_db(dir.path());
    let before = changes(&db);
    let s = csv("code,first_name,gender,birth_year,country,municipality\n\
         B-1,Ana,xyz,1990,AL,Tirana\n\
         B-2,Bob,male,2090,AL,Tiranë\n\
         B-3,Cid,f,1980,AL,Atlantis\n\
         B-1,Dan,m,1970,AL,Fushë-Krujë\n\
         B-5,Eve,F,19x0,AL,shkoder\n\
         B-6,Fan,female,1999,AL,Durrësi\n");
    let found = issues(import(&mut db, &s, false).unwrap_err());
    assert_eq!(
        found,
        [
            (2, "gender".into(), "invalid-value"),
            (3, "birth_year".into(), "year-out-of-range"),
            (4, "municipality".into(), "unknown-municipality"),
            (5, "code".into(), "person-code-twice"),
            (6, "birth_year".into(), "not-a-year"),
        ]
    );
    assert_eq!(changes(&db), before, "nothing was written");
    // the same in a dry run
    assert_eq!(issues(import(&mut db, &s, true).unwrap_err()).len(), 5);
    // a code the registry already has is refused too, and so is an unknown column
    let existing: String =
        db.conn().query_row("SELECT code FROM live_beneficiaries ORDER BY code LIMIT 1", [], |r| r.get(0)).unwrap();
    let s = csv(&format!("code,gender\n{existing},female\n"));
    assert_eq!(issues(import(&mut db, &s, false).unwrap_err()), [(2, "code".into(), "person-code-taken")]);
    let s = csv("code,gender,shoe size\nZ-1,female,38\n");
    assert_eq!(issues(import(&mut db, &s, false).unwrap_err()), [(1, "shoe size".into(), "unknown-column")]);
    assert_eq!(changes(&db), before);
}

#[test]
fn a_dry_run_writes_nothing_and_a_second_import_is_refused_at_its_codes() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = demo_db(dir.path());
    let before = changes(&db);
    let s = csv("code,gender,municipality\nD-1,female,Vranje\nD-2,undisclosed,Leskovac\n");
    let sum = import(&mut db, &s, true).unwrap();
    assert!(sum.dry_run);
    assert_eq!(sum.people, 2);
    assert_eq!(changes(&db), before);
    import(&mut db, &s, false).unwrap();
    assert!(changes(&db) > before);
    let again = issues(import(&mut db, &s, false).unwrap_err());
    assert_eq!(again, [(2, "code".into(), "person-code-taken"), (3, "code".into(), "person-code-taken")]);
    // the check shows a row that is likely someone already registered (typed in Cyrillic here)
    let s = csv("code,first_name,last_name,gender,birth_year,country\nD-3,Арбен,Муча,male,1991,AL\nD-4,Zzyx,Qwv,female,1990,AL\n");
    let sum = import(&mut db, &s, true).unwrap();
    let likely: Vec<(u32, &str)> = sum.likely.iter().map(|l| (l.row, l.person.code.as_str())).collect();
    assert_eq!(likely, [(2, "URA-00001")]);
}

#[test]
fn sensitive_columns_need_the_organisation_to_record_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = demo_db(dir.path());
    let s = csv("code,gender,ethnicity,disability\nS-1,female,roma,da\n");
    assert_eq!(
        issues(import(&mut db, &s, false).unwrap_err()),
        [(1, "ethnicity".into(), "sensitive-off"), (1, "disability".into(), "sensitive-off")]
    );
    settings::set_people_settings(&mut db, "", &["ethnicity".into(), "disability".into()]).unwrap();
    import(&mut db, &s, false).unwrap();
    let (e, d): (String, i64) = db
        .conn()
        .query_row("SELECT ethnicity, disability FROM live_beneficiaries WHERE code = 'S-1'", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((e.as_str(), d), ("roma", 1), "da is yes");
}

#[test]
fn an_xlsx_sheet_is_read_like_a_csv_with_numbers_and_dates_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("people.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Корисници").unwrap();
    for (c, h) in ["Kodi", "Emri", "Gjinia", "Viti i lindjes", "Bashkia", "Data e pëlqimit"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "AL-1").unwrap();
    sheet.write_string(1, 1, "Arta").unwrap();
    sheet.write_string(1, 2, "femër").unwrap();
    sheet.write_number(1, 3, 1991.0).unwrap();
    sheet.write_string(1, 4, "Fushë-Krujë").unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 3, 1).unwrap();
    let fmt = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy");
    sheet.write_datetime_with_format(1, 5, &date, &fmt).unwrap();
    book.save(&path).unwrap();

    let s = sheet::read(&path, None).unwrap();
    assert_eq!(s.rows[0].number, 2);
    assert_eq!(s.rows[0].cells[3], "1991", "a whole number, as typed");
    assert_eq!(s.rows[0].cells[5], "2026-03-01", "a date cell as a day");
    let named = sheet::read(&path, Some("корисници"));
    assert!(matches!(named, Err(Error::SheetNotFound { .. })), "sheet names are matched as written (ASCII case only)");
    assert!(sheet::read(&path, Some("Корисници")).is_ok());
    let w = words();
    let mapping = guess_mapping(&s, &w);
    assert_eq!(
        mapping.iter().map(|m| m.as_deref().unwrap_or("-")).collect::<Vec<_>>(),
        ["code", "first_name", "gender", "birth_year", "municipality", "consent_date"]
    );
    let mut db = Db::open(&dir.path().join("a.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    let req =
        TableImport { sheet: &s, mapping: &mapping, project: "URA-RISE", words: &w, this_year: 2026, dry_run: false };
    import_people(&mut db, &req, &mut |_, _| {}).unwrap();
    assert_eq!(person(&db, "AL-1").4.as_deref(), Some("Krujë"), "a former unit is its municipality");
    assert_eq!(person(&db, "AL-1").2.as_deref(), Some("female"));
}
