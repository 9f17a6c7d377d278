//! The UI's tests and its browser demo (`npm run dev`) run on data the real core produced:
//! the small demo organisation through the same queries the app's commands call, written to
//! `ui/src/demo/fixtures.json` (row ids replaced by stable ones). Fails when the committed
//! file is stale; `UPDATE_BINDINGS=1 cargo test -p tessera-core --test ui_fixtures` rewrites it.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{json, Value};
use tessera_core::activities::{activity_summaries, attendance, figures};
use tessera_core::{demo, finance, organisations, people, places, projects, settings, Db};

/// Replace every UUID string by `id-1`, `id-2`, … in order of appearance.
fn stable_ids(v: &mut Value, seen: &mut HashMap<String, String>) {
    match v {
        Value::String(s) if uuid::Uuid::parse_str(s).is_ok() && s.len() == 36 => {
            let n = seen.len() + 1;
            *s = seen.entry(s.clone()).or_insert_with(|| format!("id-{n}")).clone();
        }
        Value::Array(a) => a.iter_mut().for_each(|x| stable_ids(x, seen)),
        Value::Object(o) => o.values_mut().for_each(|x| stable_ids(x, seen)),
        _ => {}
    }
}

#[test]
fn the_uis_fixtures_come_from_the_core() {
    let mut db = Db::open_in_memory().unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    let org = organisations::org_info(&db).unwrap();
    let projects = projects::list_projects(&db, None).unwrap();
    // the day the UI's tests pin their clock to (ui/src/app.test.ts)
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let overviews: Vec<_> = projects.iter().map(|p| projects::project_overview(&db, &p.id, today).unwrap()).collect();
    let first_person = people::registry::registry_page(&db, "", 0, 1).unwrap().rows[0].id.clone();
    // every activity, the first one with attendance as its page, and its project's reach
    let activities = activity_summaries(&db, None).unwrap();
    let attended = activities
        .iter()
        .find(|a| attendance::activity_detail(&db, &a.id).is_ok_and(|d| !d.attendance.is_empty()))
        .unwrap();
    let activity = attendance::activity_detail(&db, &attended.id).unwrap();
    let start = projects.iter().find(|p| p.id == activity.project_id).unwrap().start.parse().unwrap();
    let reach = figures::reach(&db, &activity.project_id, start, today, "en").unwrap();
    // the finance screen of the first project: its setup, budget vs actual to the pinned day,
    // the latest transactions and the rates
    let money_project = &projects[0].id;
    let start: chrono::NaiveDate = projects[0].start.parse().unwrap();
    let money = finance::figures::budget_vs_actual(&db, money_project, start, today).unwrap();
    let outlook = finance::figures::outlook(&db, money_project, today, &money).unwrap();
    let mut doc = json!({
        "org": org,
        "dashboard": projects::dashboard(&db, today).unwrap(),
        "projects": projects,
        "overviews": overviews,
        "organisations": organisations::edit::directory(&db).unwrap(),
        // the first 40 people of the registry and the first one's page
        "people": people::registry::registry_page(&db, "", 0, 40).unwrap().rows,
        "person": people::registry::person_detail(&db, &first_person).unwrap(),
        "people_settings": settings::people_settings(&db).unwrap(),
        "duplicates": people::duplicates::find_duplicates(&db).unwrap(),
        "activities": activities,
        "activity": activity,
        "reach": reach,
        "municipalities": places::COUNTRIES.iter().flat_map(|c| places::municipalities(c)).collect::<Vec<_>>(),
        "finance": {
            "project_id": money_project,
            "setup": finance::finance_setup(&db, money_project).unwrap(),
            "budget": { "finance": money.finance, "warnings": money.warnings, "outlook": outlook },
            "transactions": finance::transaction_views(&db, money_project, None, 30).unwrap(),
            "rates": finance::exchange_rates(&db).unwrap().into_iter().take(30).collect::<Vec<_>>(),
        },
    });
    stable_ids(&mut doc, &mut HashMap::new());
    let want = serde_json::to_string_pretty(&doc).unwrap() + "\n";
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/demo/fixtures.json");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&file, &want).unwrap();
    }
    let have = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        have == want,
        "ui/src/demo/fixtures.json is stale: run UPDATE_BINDINGS=1 cargo test -p tessera-core --test ui_fixtures"
    );
}
