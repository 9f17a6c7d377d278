//! The organisations directory and a project's partners and municipalities, as the app
//! enters them (organisations/edit.rs, projects/edit.rs), on a real SQLite file.

use tessera_core::organisations::edit::{
    create_organisation, delete_organisation, directory, restore_organisation, update_organisation, OrganisationInput,
};
use tessera_core::organisations::{init, NewOrganisation};
use tessera_core::package::export_project;
use tessera_core::places;
use tessera_core::projects::edit::{create_project, update_project, PartnerInput, PlaceInput, ProjectInput};
use tessera_core::{projects, Db, Error, OpenOptions};

fn open(path: &std::path::Path) -> Db {
    Db::open(path, &OpenOptions { create: true, ..Default::default() }).unwrap()
}

fn org(name: &str, kind: &str, country: &str) -> OrganisationInput {
    OrganisationInput { name: name.into(), short_name: None, kind: kind.into(), country: Some(country.into()) }
}

fn issues(e: Error) -> Vec<(String, &'static str)> {
    match e {
        Error::InvalidInput(list) => list.into_iter().map(|i| (i.field, i.code)).collect(),
        other => panic!("{other:?}"),
    }
}

fn project(partners: Vec<PartnerInput>, municipalities: Vec<PlaceInput>) -> ProjectInput {
    ProjectInput {
        code: "JI-ROMA".into(),
        title: "Joint Initiative".into(),
        summary: None,
        start: "2015-01-01".into(),
        end: "2016-12-31".into(),
        status: "active".into(),
        currency: "EUR".into(),
        lead_org_id: None,
        countries: vec!["AL".into()],
        partners,
        municipalities,
    }
}

fn place(country: &str, name: &str) -> PlaceInput {
    let found = places::find(country, name);
    assert_eq!(found.len(), 1, "{name}");
    PlaceInput { country: country.into(), key: found[0].key.clone() }
}

#[test]
fn the_directory_is_edited_and_an_organisation_in_use_cannot_be_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    let mut db = open(&path);
    init(
        &mut db,
        &NewOrganisation { name: "Roma Active Albania".into(), country: "AL".into(), currency: "ALL".into() },
    )
    .unwrap();
    // bad input: nothing written
    let bad = OrganisationInput { name: " ".into(), short_name: None, kind: "club".into(), country: Some("XX".into()) };
    let before: i64 = db.conn().query_row("SELECT count(*) FROM crdt_log", [], |r| r.get(0)).unwrap();
    let e = create_organisation(&mut db, &bad).unwrap_err();
    assert_eq!(
        issues(e),
        [("name".into(), "required"), ("kind".into(), "invalid-value"), ("country".into(), "unknown-country")]
    );
    let after: i64 = db.conn().query_row("SELECT count(*) FROM crdt_log", [], |r| r.get(0)).unwrap();
    assert_eq!(before, after);

    let ergo = create_organisation(&mut db, &org("ERGO Network", "network", "BE")).unwrap();
    let eu = create_organisation(&mut db, &org("European Union", "donor", "BE")).unwrap();
    update_organisation(
        &mut db,
        &eu,
        &OrganisationInput { short_name: Some("EU".into()), ..org("European Commission", "donor", "be") },
    )
    .unwrap();
    let names: Vec<(String, Option<String>, bool)> =
        directory(&db).unwrap().into_iter().map(|e| (e.input.name, e.input.country, e.is_self)).collect();
    assert_eq!(
        names,
        [
            ("Roma Active Albania".into(), Some("AL".into()), true),
            ("ERGO Network".into(), Some("BE".into()), false),
            ("European Commission".into(), Some("BE".into()), false),
        ]
    );

    let id = create_project(
        &mut db,
        &project(vec![PartnerInput { organisation_id: ergo.clone(), role: "partner".into() }], vec![]),
    )
    .unwrap();
    // in use as a partner: refused at its name; the owner itself never goes
    assert_eq!(issues(delete_organisation(&mut db, &ergo).unwrap_err()), [("name".into(), "in-use")]);
    let me = directory(&db).unwrap()[0].id.clone();
    assert_eq!(issues(delete_organisation(&mut db, &me).unwrap_err()), [("name".into(), "owner-stays")]);
    assert_eq!(directory(&db).unwrap().iter().find(|e| e.id == ergo).unwrap().projects, 1);
    // unused: deleted, and brought back
    delete_organisation(&mut db, &eu).unwrap();
    assert_eq!(directory(&db).unwrap().len(), 2);
    restore_organisation(&mut db, &eu).unwrap();
    assert_eq!(directory(&db).unwrap().len(), 3);
    // once the project lets the partner go, it may be deleted
    update_project(&mut db, &id, &project(vec![], vec![])).unwrap();
    delete_organisation(&mut db, &ergo).unwrap();
    assert_eq!(directory(&db).unwrap().len(), 2);
}

#[test]
fn partners_and_municipalities_are_kept_changed_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let mut db = open(&path);
    init(&mut db, &NewOrganisation { name: "RAA".into(), country: "AL".into(), currency: "ALL".into() }).unwrap();
    let ergo = create_organisation(&mut db, &org("ERGO Network", "network", "BE")).unwrap();
    let arsis = create_organisation(&mut db, &org("Arsis", "ngo", "AL")).unwrap();

    // unknown partner, a partner twice, a bad role, a municipality not in the list
    let bad = project(
        vec![
            PartnerInput { organisation_id: ergo.clone(), role: "partner".into() },
            PartnerInput { organisation_id: ergo.clone(), role: "sponsor".into() },
            PartnerInput { organisation_id: "nobody".into(), role: "partner".into() },
        ],
        vec![PlaceInput { country: "AL".into(), key: "Atlantis".into() }],
    );
    let e = create_project(&mut db, &bad).unwrap_err();
    assert_eq!(
        issues(e),
        [
            ("partners".into(), "invalid-value"),
            ("partners".into(), "invalid-value"),
            ("partners".into(), "invalid-value"),
            ("municipalities".into(), "unknown-municipality"),
        ]
    );
    assert!(projects::list_projects(&db, None).unwrap().is_empty());

    let partners = vec![
        PartnerInput { organisation_id: ergo.clone(), role: "partner".into() },
        PartnerInput { organisation_id: arsis.clone(), role: "associate".into() },
    ];
    // typed as people type them: without diacritics, in Cyrillic
    let places = vec![place("AL", "shkoder"), place("RS", "Нови Сад")];
    let id = create_project(&mut db, &project(partners, places)).unwrap();
    drop(db);
    let mut db = open(&path);
    let today = chrono::NaiveDate::from_ymd_opt(2015, 6, 1).unwrap();
    let o = projects::project_overview(&db, &id, today).unwrap();
    let p: Vec<(&str, &str)> = o.partners.iter().map(|p| (p.name.as_str(), p.role.as_str())).collect();
    assert_eq!(p, [("ERGO Network", "partner"), ("Arsis", "associate")]);
    let m: Vec<(&str, &str, Option<&str>)> =
        o.municipalities.iter().map(|m| (m.country, m.name_latn.as_str(), m.name_cyrl.as_deref())).collect();
    assert_eq!(m, [("AL", "Shkodër", None), ("RS", "Novi Sad", Some("Нови Сад"))]);
    assert_eq!(o.project.countries, ["AL", "RS"], "a municipality's country joins the project's");

    // Arsis becomes a partner, ERGO leaves, Novi Sad goes, Berat comes
    let changed = project(
        vec![PartnerInput { organisation_id: arsis.clone(), role: "partner".into() }],
        vec![place("AL", "shkoder"), place("AL", "Berat")],
    );
    update_project(&mut db, &id, &changed).unwrap();
    let o = projects::project_overview(&db, &id, today).unwrap();
    let p: Vec<(&str, &str)> = o.partners.iter().map(|p| (p.name.as_str(), p.role.as_str())).collect();
    assert_eq!(p, [("Arsis", "partner")]);
    let m: Vec<&str> = o.municipalities.iter().map(|m| m.name_latn.as_str()).collect();
    assert_eq!(m, ["Berat", "Shkodër"]);
    let rows: i64 = db.conn().query_row("SELECT count(*) FROM live_project_partners", [], |r| r.get(0)).unwrap();
    assert_eq!(rows, 1, "the old partner row is deleted, not left beside the new one");

    // the package carries partners by ref, and the new directory entries with them
    let pkg = export_project(&db, "JI-ROMA").unwrap();
    let partner_refs: Vec<(&str, &str)> =
        pkg.projects[0].partners.iter().map(|p| (p.organisation.as_str(), p.role.as_str())).collect();
    let arsis_ref = pkg.organisations.iter().find(|o| o.name == "Arsis").unwrap().ref_.clone();
    assert_eq!(partner_refs, [(arsis_ref.as_str(), "partner")]);
}
