//! The strategic plan on a real store: goals and objectives, projects linked to objectives,
//! and progress from the projects' indicators by the rule in `plan/mod.rs`, against values
//! computed by hand.

use std::collections::BTreeMap;

use tessera_core::logframe::edit::{self, IndicatorInput, MeasurementInput};
use tessera_core::organisations::{init, NewOrganisation};
use tessera_core::plan::{self, PlanInput};
use tessera_core::projects::edit::{create_project, ProjectInput};
use tessera_core::{Db, Error};

fn project(db: &mut Db, code: &str, target: &str, achieved: &str) -> String {
    let input = ProjectInput {
        code: code.into(),
        title: format!("Project {code}"),
        summary: None,
        start: "2025-01-01".into(),
        end: "2026-12-31".into(),
        status: "active".into(),
        currency: "EUR".into(),
        lead_org_id: None,
        countries: vec!["AL".into()],
        partners: vec![],
        municipalities: vec![],
    };
    let pid = create_project(db, &input).unwrap();
    let so = edit::add_node(db, &pid, None, "objective", "Objective").unwrap();
    let count = IndicatorInput {
        text: "People trained".into(),
        unit: "count".into(),
        aggregation: "sum".into(),
        baseline: Some("0".into()),
        baseline_date: None,
    };
    let i = edit::add_indicator(db, &so, &count).unwrap();
    edit::set_target(db, &i, "2026-12-31", target).unwrap();
    let m = MeasurementInput {
        date: "2025-06-30".into(),
        value: achieved.into(),
        source: None,
        disaggregation: BTreeMap::new(),
    };
    edit::add_measurement(db, &i, &m).unwrap();
    // a yes/no indicator has no percentage and does not count
    let yes_no = IndicatorInput { unit: "yes_no".into(), aggregation: "latest".into(), baseline: None, ..count };
    edit::add_indicator(db, &so, &yes_no).unwrap();
    pid
}

#[test]
fn the_plans_progress_comes_from_the_linked_projects() {
    let mut db = Db::open_in_memory().unwrap();
    init(&mut db, &NewOrganisation { name: "RAA".into(), country: "AL".into(), currency: "ALL".into() }).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
    assert!(plan::plan_overview(&db, today).unwrap().is_none());
    let bad = PlanInput {
        title: " ".into(),
        period_start: "2026-01-01".into(),
        period_end: "2024-12-31".into(),
        vision: None,
        mission: None,
    };
    match plan::create_plan(&mut db, &bad) {
        Err(Error::InvalidInput(issues)) => {
            let fields: Vec<(&str, &str)> = issues.iter().map(|i| (i.field.as_str(), i.code)).collect();
            assert_eq!(fields, [("title", "required"), ("period_end", "end-before-start")]);
        }
        other => panic!("{other:?}"),
    }
    let input = PlanInput {
        title: "Strategic plan 2024–2026".into(),
        period_start: "2024-01-01".into(),
        period_end: "2026-12-31".into(),
        vision: Some("Roma and Egyptians take part in local life as equals".into()),
        mission: None,
    };
    let id = plan::create_plan(&mut db, &input).unwrap();
    let goal = plan::add_item(&mut db, &id, None, "Inclusive local governance").unwrap();
    let o1 = plan::add_item(&mut db, &id, Some(&goal), "Roma CSOs are heard").unwrap();
    let o2 = plan::add_item(&mut db, &id, Some(&goal), "Municipal budgets include Roma priorities").unwrap();
    let a = project(&mut db, "A", "100", "55"); // 55 %
    let b = project(&mut db, "B", "50", "10"); // 20 %
    plan::link_project(&mut db, &a, &o1).unwrap();
    plan::link_project(&mut db, &b, &o1).unwrap();
    plan::link_project(&mut db, &b, &o1).unwrap(); // once is enough
    plan::link_project(&mut db, &b, &o2).unwrap();
    let p = plan::plan_overview(&db, today).unwrap().unwrap();
    assert_eq!(p.goals.len(), 1);
    let g = &p.goals[0];
    assert_eq!((g.code.as_str(), g.items[0].code.as_str(), g.items[1].code.as_str()), ("SG1", "SO1.1", "SO1.2"));
    assert_eq!(g.items[0].projects.iter().map(|p| p.code.as_str()).collect::<Vec<_>>(), ["A", "B"]);
    let close = |x: Option<f64>, want: f64| assert!((x.unwrap() - want).abs() < 1e-9, "{x:?} ≠ {want}");
    close(g.items[0].projects[0].progress, 0.55);
    close(g.items[0].progress, (0.55 + 0.2) / 2.0); // 0.375
    close(g.items[1].progress, 0.2);
    close(g.progress, (0.375 + 0.2) / 2.0); // 0.2875
    close(p.progress, 0.2875);
    // the dashboard shows the same progress
    let d = tessera_core::projects::dashboard(&db, today).unwrap();
    assert_eq!(d.plan.as_ref().map(|p| p.title.as_str()), Some("Strategic plan 2024–2026"));
    close(d.plan.and_then(|p| p.progress), 0.2875);
    // unlinking and deleting change it; undo brings the objective back
    plan::unlink_project(&mut db, &b, &o2).unwrap();
    plan::delete_item(&mut db, &o2).unwrap();
    let p = plan::plan_overview(&db, today).unwrap().unwrap();
    assert_eq!(p.goals[0].items.len(), 1);
    close(p.progress, 0.375);
    plan::restore_item(&mut db, &o2).unwrap();
    let p = plan::plan_overview(&db, today).unwrap().unwrap();
    assert_eq!(p.goals[0].items.len(), 2);
    assert_eq!(p.goals[0].items[1].progress, None, "nothing linked: no progress");
    close(p.progress, 0.375);
}

#[test]
fn strategic_goals_and_objectives_have_their_own_indicators_within_the_plans_period() {
    let mut db = Db::open_in_memory().unwrap();
    init(&mut db, &NewOrganisation { name: "RAA".into(), country: "AL".into(), currency: "ALL".into() }).unwrap();
    let input = PlanInput {
        title: "Strategic plan 2024–2026".into(),
        period_start: "2024-01-01".into(),
        period_end: "2026-12-31".into(),
        vision: None,
        mission: None,
    };
    let id = plan::create_plan(&mut db, &input).unwrap();
    let goal = plan::add_item(&mut db, &id, None, "Inclusive local governance").unwrap();
    let objective = plan::add_item(&mut db, &id, Some(&goal), "Roma CSOs are heard").unwrap();
    let count = IndicatorInput {
        text: "Municipal councils with a Roma action plan".into(),
        unit: "count".into(),
        aggregation: "latest".into(),
        baseline: Some("2".into()),
        baseline_date: Some("2024-01-01".into()),
    };
    let i = edit::add_indicator(&mut db, &objective, &count).unwrap();
    let g = edit::add_indicator(&mut db, &goal, &IndicatorInput { text: "Roma councillors".into(), ..count.clone() })
        .unwrap();
    edit::set_target(&mut db, &i, "2026-12-31", "12").unwrap();
    let m = |date: &str, value: &str| MeasurementInput {
        date: date.into(),
        value: value.into(),
        source: Some("municipal decisions".into()),
        disaggregation: BTreeMap::new(),
    };
    // outside the plan's period: refused, in the plan's words
    match edit::add_measurement(&mut db, &i, &m("2027-03-01", "9")) {
        Err(Error::InvalidInput(issues)) => {
            assert_eq!((issues[0].field.as_str(), issues[0].code), ("date", "outside-plan"))
        }
        other => panic!("{other:?}"),
    }
    edit::add_measurement(&mut db, &i, &m("2024-12-31", "4")).unwrap();
    edit::add_measurement(&mut db, &i, &m("2025-12-31", "7")).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
    let p = plan::plan_overview(&db, today).unwrap().unwrap();
    let o = &p.goals[0].items[0];
    let ind = &o.indicators[0];
    // latest = 7; from the baseline 2 to the target 12: (7 − 2) / (12 − 2) = 50 %
    assert_eq!((ind.ref_.as_str(), ind.actual.as_deref(), ind.target.as_deref()), ("SI1", Some("7"), Some("12")));
    assert_eq!(ind.progress, Some(0.5));
    assert_eq!(ind.series.len(), 2);
    assert_eq!(p.goals[0].indicators[0].ref_, "SI2");
    // they do not enter the plan's progress, which comes from linked projects (none here)
    assert_eq!(p.progress, None);
    // and they are nobody's project indicator
    assert!(tessera_core::logframe::list_indicators(&db, None, None, today).unwrap().is_empty());
    edit::delete_indicator(&mut db, &g).unwrap();
    assert!(plan::plan_overview(&db, today).unwrap().unwrap().goals[0].indicators.is_empty());
}
