//! Entering a project and its logframe as the app does (projects/edit.rs, logframe/edit.rs),
//! on a real SQLite file: bad input is refused at its fields with nothing written; what is
//! entered survives a reopen, round-trips through a package and gives the right figures.

use std::collections::BTreeMap;

use tessera_core::logframe::edit::{self, IndicatorInput, MeasurementInput};
use tessera_core::logframe::list_indicators;
use tessera_core::organisations::{init, NewOrganisation};
use tessera_core::package::{export_project, import_package};
use tessera_core::projects::edit::{
    add_work_package, create_project, delete_project, delete_work_package, restore_project, update_project,
    ProjectInput,
};
use tessera_core::{projects, Db, Error, OpenOptions};

fn open(path: &std::path::Path) -> Db {
    Db::open(path, &OpenOptions { create: true, ..Default::default() }).unwrap()
}

fn roma() -> ProjectInput {
    ProjectInput {
        code: "JI-ROMA".into(),
        title: "Joint Initiative to Empower Roma Civil Society".into(),
        summary: None,
        start: "2015-01-01".into(),
        end: "2016-12-31".into(),
        status: "active".into(),
        currency: "EUR".into(),
        lead_org_id: None,
        countries: vec!["AL".into(), "BA".into(), "MK".into(), "XK".into(), "ME".into(), "RS".into()],
        partners: vec![],
        municipalities: vec![],
    }
}

fn log_entries(db: &Db) -> i64 {
    db.conn().query_row("SELECT count(*) FROM crdt_log", [], |r| r.get(0)).unwrap()
}

fn issues(e: Error) -> Vec<(String, &'static str)> {
    match e {
        Error::InvalidInput(list) => list.into_iter().map(|i| (i.field, i.code)).collect(),
        other => panic!("{other:?}"),
    }
}

fn count(text: &str) -> IndicatorInput {
    IndicatorInput {
        text: text.into(),
        unit: "count".into(),
        aggregation: "sum".into(),
        baseline: Some("0".into()),
        baseline_date: Some("2015-01-01".into()),
    }
}

fn measured(date: &str, value: &str) -> MeasurementInput {
    MeasurementInput {
        date: date.into(),
        value: value.into(),
        source: Some("grant reports".into()),
        disaggregation: BTreeMap::new(),
    }
}

#[test]
fn a_logframe_entered_in_the_app_survives_a_reopen_and_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut db = open(&path);
    init(
        &mut db,
        &NewOrganisation { name: "Roma Active Albania".into(), country: "AL".into(), currency: "EUR".into() },
    )
    .unwrap();
    let pid = create_project(&mut db, &roma()).unwrap();
    // the same code twice is refused, at the code
    assert_eq!(issues(create_project(&mut db, &roma()).unwrap_err()), vec![("code".into(), "duplicate-code")]);
    let goal = edit::add_node(&mut db, &pid, None, "goal", "Roma civil society shapes local policy").unwrap();
    let mut objectives = Vec::new();
    for k in 1..=4 {
        objectives
            .push(edit::add_node(&mut db, &pid, Some(&goal), "objective", &format!("Specific objective {k}")).unwrap());
    }
    let r1 = edit::add_node(&mut db, &pid, Some(&objectives[0]), "result", "Roma CSOs supported").unwrap();
    let ind =
        edit::add_indicator(&mut db, &r1, &count("at least 10 Roma CSOs supported in each of 6 countries")).unwrap();
    edit::set_target(&mut db, &ind, "2015-12-31", "30").unwrap();
    edit::set_target(&mut db, &ind, "2016-12-31", "60").unwrap();
    edit::add_measurement(&mut db, &ind, &measured("2015-06-30", "18")).unwrap();
    edit::add_measurement(&mut db, &ind, &measured("2015-12-31", "15")).unwrap();
    // reorder: objective 4 moves to the top
    edit::move_node(&mut db, &objectives[3], -3).unwrap();
    // assumptions and risks per level; bad ones refused at their fields
    assert_eq!(
        issues(edit::add_assumption(&mut db, &r1, "hope", " ").unwrap_err()),
        [("kind".into(), "invalid-value"), ("text".into(), "required")]
    );
    edit::add_assumption(&mut db, &objectives[0], "assumption", "Municipalities keep their Roma focal points").unwrap();
    let risk = edit::add_assumption(&mut db, &r1, "risk", "CSOs lose staff to migration").unwrap();
    let gone = edit::add_assumption(&mut db, &r1, "risk", "typo").unwrap();
    edit::delete_assumption(&mut db, &gone).unwrap();
    edit::edit_assumption(&mut db, &risk, "Trained CSO staff emigrate").unwrap();
    // three work packages, as the Joint Initiative had; a title is required
    assert_eq!(issues(add_work_package(&mut db, &pid, " ").unwrap_err()), [("title".into(), "required")]);
    for title in ["Management", "Capacity building", "Advocacy"] {
        add_work_package(&mut db, &pid, title).unwrap();
    }
    let typo = add_work_package(&mut db, &pid, "Typo").unwrap();
    delete_work_package(&mut db, &typo).unwrap();
    drop(db);

    let db = open(&path);
    let today = chrono::NaiveDate::from_ymd_opt(2016, 1, 31).unwrap();
    let list = list_indicators(&db, Some("JI-ROMA"), None, today).unwrap();
    assert_eq!(list.len(), 1);
    let f = &list[0].figures;
    // 18 + 15 = 33 of 60 (sum), from a baseline of 0: 55.0 %
    assert_eq!((f.ref_.as_str(), f.level.as_str()), ("I1", "R1"));
    assert_eq!(f.values.achieved_cumulative.as_deref(), Some("33"));
    assert_eq!(f.values.target_final.as_deref(), Some("60"));
    assert_eq!(f.values.percent_of_target.as_deref(), Some("55.0"));
    let overview = projects::project_overview(&db, &pid, today).unwrap();
    let texts: Vec<&str> = overview.logframe.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts[..3], ["Roma civil society shapes local policy", "Specific objective 4", "Specific objective 1"]);
    assert_eq!(
        overview.logframe.iter().map(|n| n.ref_.as_str()).collect::<Vec<_>>(),
        ["G", "SO4", "SO1", "R1", "SO2", "SO3"]
    );
    let wps: Vec<(&str, &str)> = overview.work_packages.iter().map(|w| (w.code.as_str(), w.title.as_str())).collect();
    assert_eq!(wps, [("WP1", "Management"), ("WP2", "Capacity building"), ("WP3", "Advocacy")]);
    let r1_row = overview.logframe.iter().find(|n| n.ref_ == "R1").unwrap();
    let kinds: Vec<(&str, &str)> = r1_row.assumptions.iter().map(|a| (a.kind.as_str(), a.text.as_str())).collect();
    assert_eq!(kinds, [("risk", "Trained CSO staff emigrate")]);
    // the chart's points: cumulative by the sum rule on each measured day
    let series: Vec<(&str, &str)> =
        r1_row.indicators[0].series.iter().map(|p| (p.date.as_str(), p.value.as_str())).collect();
    assert_eq!(series, [("2015-06-30", "18"), ("2015-12-31", "33")]);

    // export → import into a new database → export: the same document
    let pkg = export_project(&db, "JI-ROMA").unwrap();
    let mut other = Db::open_in_memory().unwrap();
    import_package(&mut other, &pkg, false, &mut |_, _| {}).unwrap();
    assert_eq!(export_project(&other, "JI-ROMA").unwrap(), pkg);
    let lf = pkg.projects[0].logframe.as_ref().unwrap();
    assert_eq!(lf.objectives.len(), 4);
    assert_eq!(pkg.projects[0].work_packages.len(), 3);
    assert_eq!(lf.objectives[1].results[0].indicators[0].measurements.len(), 2);
    let a: Vec<(&str, Option<&str>)> = lf.assumptions.iter().map(|a| (a.level.as_str(), a.kind.as_deref())).collect();
    assert_eq!(a, [("SO1", None), ("R1", Some("risk"))], "a risk says so in the package, an assumption as before");
}

#[test]
fn bad_input_is_refused_at_its_fields_and_nothing_is_saved() {
    let mut db = Db::open_in_memory().unwrap();
    init(&mut db, &NewOrganisation { name: "LIL".into(), country: "MK".into(), currency: "MKD".into() }).unwrap();
    let before = log_entries(&db);
    let bad = ProjectInput {
        code: " ".into(),
        title: "".into(),
        start: "2025-06-01".into(),
        end: "2025-01-31".into(),
        currency: "EURO".into(),
        status: "running".into(),
        countries: vec!["YU".into()],
        ..roma()
    };
    assert_eq!(
        issues(create_project(&mut db, &bad).unwrap_err()),
        vec![
            ("code".into(), "required"),
            ("title".into(), "required"),
            ("end".into(), "end-before-start"),
            ("status".into(), "invalid-value"),
            ("currency".into(), "unknown-currency"),
            ("countries".into(), "unknown-country"),
        ]
    );
    assert_eq!(log_entries(&db), before, "a refused project wrote something");

    let pid = create_project(&mut db, &roma()).unwrap();
    let so = edit::add_node(&mut db, &pid, None, "objective", "SO").unwrap();
    // a result needs an objective above it; an empty text is refused
    assert_eq!(issues(edit::add_node(&mut db, &pid, None, "result", "").unwrap_err()).len(), 2);
    let count_id = edit::add_indicator(&mut db, &so, &count("CSOs supported")).unwrap();
    let percent_id = edit::add_indicator(
        &mut db,
        &so,
        &IndicatorInput { unit: "percent".into(), aggregation: "latest".into(), ..count("Share of councils") },
    )
    .unwrap();
    let before = log_entries(&db);
    let fails = |db: &mut Db, id: &str, m: MeasurementInput| issues(edit::add_measurement(db, id, &m).unwrap_err());
    assert_eq!(fails(&mut db, &count_id, measured("2015-06-30", "N/A")), vec![("value".into(), "not-a-count")]);
    assert_eq!(fails(&mut db, &count_id, measured("2015-06-30", "2.5")), vec![("value".into(), "not-a-count")]);
    assert_eq!(fails(&mut db, &percent_id, measured("2015-06-30", "140")), vec![("value".into(), "not-a-percent")]);
    assert_eq!(fails(&mut db, &count_id, measured("2017-03-01", "4")), vec![("date".into(), "outside-project")]);
    assert_eq!(fails(&mut db, &count_id, measured("2015-02-30", "4")), vec![("date".into(), "invalid-date")]);
    // a target before the baseline date
    let late_baseline = IndicatorInput { baseline_date: Some("2015-06-30".into()), ..count("Trained staff") };
    let late = edit::add_indicator(&mut db, &so, &late_baseline).unwrap();
    let before_target = log_entries(&db);
    assert_eq!(
        issues(edit::set_target(&mut db, &late, "2015-03-31", "10").unwrap_err()),
        vec![("period_end".into(), "before-baseline")]
    );
    assert_eq!(log_entries(&db), before_target);
    assert!(before < before_target);
    // the values that fit are taken
    edit::add_measurement(&mut db, &percent_id, &measured("2015-06-30", "62.5")).unwrap();
}

#[test]
fn deletes_can_be_undone() {
    let mut db = Db::open_in_memory().unwrap();
    init(&mut db, &NewOrganisation { name: "LIL".into(), country: "MK".into(), currency: "MKD".into() }).unwrap();
    let pid = create_project(&mut db, &roma()).unwrap();
    let so = edit::add_node(&mut db, &pid, None, "objective", "SO").unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2016, 1, 31).unwrap();
    edit::delete_node(&mut db, &so).unwrap();
    assert!(projects::project_overview(&db, &pid, today).unwrap().logframe.is_empty());
    edit::restore_node(&mut db, &so).unwrap();
    assert_eq!(projects::project_overview(&db, &pid, today).unwrap().logframe.len(), 1);
    delete_project(&mut db, &pid).unwrap();
    assert!(projects::list_projects(&db, None).unwrap().is_empty());
    restore_project(&mut db, &pid).unwrap();
    let mut renamed = roma();
    renamed.title = "Roma civil society, stronger".into();
    update_project(&mut db, &pid, &renamed).unwrap();
    assert_eq!(projects::list_projects(&db, None).unwrap()[0].title, "Roma civil society, stronger");
}

#[test]
fn the_dashboard_lists_indicators_behind_pace_and_activities_due() {
    use rusqlite::types::Value;
    let mut db = Db::open_in_memory().unwrap();
    init(&mut db, &NewOrganisation { name: "LIL".into(), country: "MK".into(), currency: "MKD".into() }).unwrap();
    let year = ProjectInput { code: "Y26".into(), start: "2026-01-01".into(), end: "2026-12-31".into(), ..roma() };
    let pid = create_project(&mut db, &year).unwrap();
    let so = edit::add_node(&mut db, &pid, None, "objective", "SO").unwrap();
    // from 0 on 2026-01-01 to 100 on 2026-12-31 (364 days): on 2026-07-02 (182 days) 50 is expected
    let slow = edit::add_indicator(&mut db, &so, &IndicatorInput { baseline_date: None, ..count("Slow") }).unwrap();
    edit::set_target(&mut db, &slow, "2026-12-31", "100").unwrap();
    edit::add_measurement(&mut db, &slow, &measured("2026-03-01", "10")).unwrap();
    let fast = edit::add_indicator(&mut db, &so, &IndicatorInput { baseline_date: None, ..count("Fast") }).unwrap();
    edit::set_target(&mut db, &fast, "2026-12-31", "100").unwrap();
    edit::add_measurement(&mut db, &fast, &measured("2026-06-30", "60")).unwrap();
    let never =
        edit::add_indicator(&mut db, &so, &IndicatorInput { baseline_date: None, ..count("Nothing yet") }).unwrap();
    edit::set_target(&mut db, &never, "2026-12-31", "20").unwrap();
    db.write(|w| {
        let a = |r: &str, status: &str, start: &str| -> Vec<(&'static str, Value)> {
            vec![
                ("project_id", Value::Text(pid.clone())),
                ("ref", Value::Text(r.into())),
                ("type", Value::Text("workshop".into())),
                ("title", Value::Text(format!("Workshop {r}"))),
                ("status", Value::Text(status.into())),
                ("planned_start", Value::Text(start.into())),
            ]
        };
        w.insert("activities", &a("A1", "planned", "2026-07-03"))?; // this week
        w.insert("activities", &a("A2", "planned", "2026-06-01"))?; // overdue
        w.insert("activities", &a("A3", "done", "2026-06-02"))?; // done: neither
        w.insert("activities", &a("A4", "planned", "2026-07-20"))?; // later
        Ok(())
    })
    .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 7, 2).unwrap();
    let d = projects::dashboard(&db, today).unwrap();
    // nothing of the 10 expected (20 × 182 / 364) is further behind than 10 of the 50 expected
    let behind: Vec<(&str, Option<&str>, &str)> =
        d.behind.iter().map(|b| (b.text.as_str(), b.achieved.as_deref(), b.expected.as_str())).collect();
    assert_eq!(behind, [("Nothing yet", None, "10"), ("Slow", Some("10"), "50")]);
    assert_eq!(d.behind_total, 2);
    assert_eq!(d.behind[0].project_id, pid);
    assert_eq!(d.this_week.iter().map(|a| a.ref_.as_str()).collect::<Vec<_>>(), ["A1"]);
    assert_eq!(d.overdue.iter().map(|a| a.ref_.as_str()).collect::<Vec<_>>(), ["A2"]);
}

#[test]
fn activities_are_added_under_results_reordered_and_deleted_with_undo() {
    let mut db = Db::open_in_memory().unwrap();
    init(&mut db, &NewOrganisation { name: "RAA".into(), country: "AL".into(), currency: "EUR".into() }).unwrap();
    let pid = create_project(&mut db, &roma()).unwrap();
    let so = edit::add_node(&mut db, &pid, None, "objective", "Capacity").unwrap();
    let r1 = edit::add_node(&mut db, &pid, Some(&so), "result", "CSOs trained").unwrap();
    use tessera_core::activities::edit::{
        add_activity, delete_activity, move_activity, rename_activity, restore_activity,
    };
    // only under a result, and with a title
    assert_eq!(
        issues(add_activity(&mut db, &so, " ").unwrap_err()),
        [("parent".into(), "invalid-value"), ("title".into(), "required")]
    );
    let a1 = add_activity(&mut db, &r1, "Needs assessment").unwrap();
    let a2 = add_activity(&mut db, &r1, "Training of trainers").unwrap();
    let a3 = add_activity(&mut db, &r1, "Mentoring").unwrap();
    move_activity(&mut db, &a3, -2).unwrap();
    rename_activity(&mut db, &a2, "Training of trainers (3 days)").unwrap();
    delete_activity(&mut db, &a1).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2015, 6, 1).unwrap();
    let shown = |db: &Db| {
        let o = projects::project_overview(db, &pid, today).unwrap();
        let r = o.logframe.iter().find(|n| n.id == r1).unwrap().clone();
        r.activities.into_iter().map(|a| (a.ref_, a.title)).collect::<Vec<_>>()
    };
    assert_eq!(
        shown(&db),
        [("A3".to_string(), "Mentoring".to_string()), ("A2".into(), "Training of trainers (3 days)".into())]
    );
    restore_activity(&mut db, &a1).unwrap();
    assert_eq!(shown(&db).len(), 3);
    // a new one after a deletion never reuses a ref
    delete_activity(&mut db, &a3).unwrap();
    let a4 = add_activity(&mut db, &r1, "Study visit").unwrap();
    let o = projects::project_overview(&db, &pid, today).unwrap();
    let r = o.logframe.iter().find(|n| n.id == r1).unwrap();
    assert_eq!(r.activities.iter().find(|a| a.id == a4).unwrap().ref_, "A4");
    // they are the project's activities everywhere else too
    assert_eq!(o.activities.len(), 3);
    let pkg = export_project(&db, "JI-ROMA").unwrap();
    assert!(pkg.projects[0].activities.iter().all(|a| a.result.as_deref() == Some("R1") && a.status == "planned"));
}
