//! The registry as a spreadsheet, read back from the real file: codes always, names only when
//! asked, sensitive fields only when the organisation records them and they are asked for,
//! people who withdrew consent left out; the file imports back into another database.

use tessera_core::people::export::{export_people, PeopleExport};
use tessera_core::people::import::{import_people, strict_mapping, TableImport, Words};
use tessera_core::people::registry::withdraw_consent;
use tessera_core::{demo, settings, sheet, Db};

/// The form's labels in `lang`: the export's header.
fn labels(lang: &str) -> impl Fn(&str) -> String {
    let l10n = tessera_l10n::L10n::new(lang);
    move |id| l10n.message(id, &[])
}

fn words() -> Words {
    let all = tessera_l10n::every_language();
    Words::new(|id| tessera_l10n::in_every_language(&all, id))
}

#[test]
fn names_and_sensitive_fields_only_when_asked_and_withdrawn_people_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open_in_memory().unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    let csv = dir.path().join("people.csv");
    let req = PeopleExport { project: Some("URA-RISE".into()), names: false, sensitive: vec!["ethnicity".into()] };
    let n = export_people(&db, &req, &csv, false, false, &labels("en")).unwrap();
    assert!(n > 10, "{n}");
    let s = sheet::read(&csv, None).unwrap();
    assert_eq!(s.rows.len(), n);
    assert_eq!(s.header[0], "Code");
    assert!(!s.header.iter().any(|h| h == "First name" || h == "Last name"), "no names unless asked: {:?}", s.header);
    assert!(!s.header.iter().any(|h| h == "Ethnicity"), "ethnicity is off for the organisation");
    // with HXL hashtags: one under each field, and the file still reads as the same table
    let tagged = dir.path().join("people-hxl.csv");
    assert_eq!(export_people(&db, &req, &tagged, false, true, &labels("en")).unwrap(), n);
    let text = std::fs::read_to_string(&tagged).unwrap();
    let second: Vec<&str> = text.lines().nth(1).unwrap().split(',').collect();
    assert_eq!(second.len(), s.header.len());
    assert_eq!(second[0], "#beneficiary+code");
    assert!(second.contains(&"#adm2+name") && second.iter().all(|t| t.starts_with('#')), "{second:?}");
    let t = sheet::read(&tagged, None).unwrap();
    assert_eq!((t.header.clone(), t.rows.len()), (s.header.clone(), n));
    assert_eq!(t.rows[0].cells, s.rows[0].cells);
    // names and ethnicity when asked and switched on; XLSX reads back the same
    settings::set_people_settings(&mut db, "", &["ethnicity".into()]).unwrap();
    let xlsx = dir.path().join("people.xlsx");
    let named = PeopleExport { names: true, ..req.clone() };
    // (its header in Bosnian: the import below reads it in any of the seven languages)
    assert_eq!(export_people(&db, &named, &xlsx, true, false, &labels("bs")).unwrap(), n);
    let x = sheet::read(&xlsx, None).unwrap();
    assert_eq!(&x.header[..3], ["Šifra", "Ime", "Prezime"]);
    assert!(x.header.iter().any(|h| h == "Etnička pripadnost"));
    assert_eq!(x.rows[0].cells[0], s.rows[0].cells[0], "the same people in the same order");
    // a person who withdrew consent is left out
    let first: String = db
        .conn()
        .query_row(
            "SELECT b.id FROM live_beneficiaries b JOIN live_consents c ON c.beneficiary_id = b.id
             WHERE b.code = ?1",
            [&s.rows[0].cells[0]],
            |r| r.get(0),
        )
        .unwrap();
    withdraw_consent(&mut db, &first, "2026-11-30").unwrap();
    assert_eq!(export_people(&db, &req, &csv, false, false, &labels("en")).unwrap(), n - 1);
    let after = sheet::read(&csv, None).unwrap();
    assert!(after.rows.iter().all(|r| r.cells[0] != s.rows[0].cells[0]));

    // the export imports back into another organisation's database
    let mut other = Db::open_in_memory().unwrap();
    demo::create(&mut other, demo::Scale::Small, &mut |_, _| {}).unwrap();
    settings::set_people_settings(&mut other, "", &["ethnicity".into()]).unwrap();
    let w = words();
    let back = sheet::read(&xlsx, None).unwrap();
    let mapping = strict_mapping(&back, &w).unwrap();
    let imp =
        TableImport { sheet: &back, mapping: &mapping, project: "URA-RISE", words: &w, this_year: 2026, dry_run: true };
    // the same demo has the same codes: every row is refused at its code and at nothing else,
    // so every other column of the export reads back as the import takes it
    let refused = import_people(&mut other, &imp, &mut |_, _| {}).unwrap_err();
    assert!(
        matches!(refused, tessera_core::Error::InvalidTable(ref i) if i.iter().all(|x| x.code == "person-code-taken")),
        "{refused:?}"
    );
}
