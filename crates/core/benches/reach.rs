//! Reach for a project with 50 000 attendance rows (issue: ≤ 20 ms): 10 000 persons, 500
//! done activities of 100 participants each and 5 000 services, imported like any package;
//! then the people reached (period and cumulative, exact: what the app shows) and the three
//! sections of the report data (activities, beneficiaries suppressed, services). Prints p50,
//! p95 and the slowest; asserts nothing about time.

use std::time::Instant;

use chrono::NaiveDate;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tessera_core::activities::attendance::{households_of, record_services, ServiceInput};
use tessera_core::activities::figures::{activity_figures, reach, service_figures};
use tessera_core::package::{import_package, Activity, Beneficiary, Household, Service};
use tessera_core::projects::project_id;
use tessera_core::{demo, Db, OpenOptions};

mod common;
use common::report;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PLACES: &[&str] = &["Berat", "Korçë", "Fier", "Elbasan", "Tiranë", "Shkodër", "Durrës", "Vlorë"];

fn main() {
    let (people, activities, per_activity) = (10_000, 500, 100);
    let mut rng = ChaCha8Rng::seed_from_u64(14);
    let mut pkg = demo::package(demo::Scale::Small);
    pkg.beneficiaries = (0..people)
        .map(|i| Beneficiary {
            ref_: format!("B{i}"),
            kind: "person".into(),
            code: format!("URA-{i:06}"),
            gender: Some(["female", "male", "female", "male", "other"][rng.random_range(0..5)].into()),
            birth_year: Some(rng.random_range(1940..2012)),
            country: Some("AL".into()),
            municipality: Some(PLACES[rng.random_range(0..PLACES.len())].into()),
            household: Some(format!("H{}", i / 4)),
            ..Default::default()
        })
        .collect();
    pkg.households = (0..people / 4)
        .map(|h| Household { ref_: format!("H{h}"), code: format!("HH-{h:05}"), size: 4, ..Default::default() })
        .collect();
    for p in &mut pkg.projects {
        p.activities.iter_mut().for_each(|a| a.attendance.clear());
        p.services.clear();
    }
    let project = &mut pkg.projects[0];
    let (start, end) = (project.start.clone(), project.end.clone());
    let start_d: NaiveDate = start.parse().unwrap();
    let days = (end.parse::<NaiveDate>().unwrap() - start_d).num_days();
    let result = project.activities[0].result.clone();
    let date = |rng: &mut ChaCha8Rng| (start_d + chrono::Duration::days(rng.random_range(0..days))).to_string();
    project.activities = (0..activities)
        .map(|i| {
            let day = date(&mut rng);
            let first = rng.random_range(0..people - per_activity);
            Activity {
                ref_: format!("A{}", i + 1),
                result: result.clone(),
                type_: "training".into(),
                title: format!("Training {i}"),
                planned_start: Some(day.clone()),
                actual_start: Some(day),
                status: "done".into(),
                attendance: (first..first + per_activity).map(|b| format!("B{b}")).collect(),
                ..Default::default()
            }
        })
        .collect();
    project.services = (0..5_000)
        .map(|_| Service {
            beneficiary: format!("B{}", rng.random_range(0..people)),
            date: date(&mut rng),
            kind: "food_package".into(),
            quantity: Some("1".into()),
            ..Default::default()
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("reach.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    import_package(&mut db, &pkg, false, &mut |_, _| {}).unwrap();
    let code = pkg.projects[0].code.clone();
    let pid = project_id(&db, &code).unwrap();
    let rows: i64 = db.conn().query_row("SELECT count(*) FROM live_attendance", [], |r| r.get(0)).unwrap();
    let (from, to) = (start_d + chrono::Duration::days(days / 4), start_d + chrono::Duration::days(days / 2));

    let mut reached = 0;
    let times: Vec<f64> = (0..50)
        .map(|_| {
            let t = Instant::now();
            reached = reach(&db, &pid, from, to, "sq").unwrap().cumulative.unique_persons;
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    report(&format!("reach over {rows} attendance rows ({reached} people reached), exact"), times, "≤ 20 ms");
    let times: Vec<f64> = (0..20)
        .map(|_| {
            let t = Instant::now();
            let r = reach(&db, &pid, from, to, "sq").unwrap();
            r.period.published();
            r.cumulative.published();
            activity_figures(&db, &pid, from, to).unwrap();
            service_figures(&db, &pid, from, to).unwrap();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    report("the report data's activities, beneficiaries (suppressed) and services", times, "part of a report");

    // a distribution: one food package to each of 250 households, chosen from the list as
    // people (one member each), recorded to each household's first member
    let ids: Vec<String> = db
        .conn()
        .prepare("SELECT id FROM live_beneficiaries ORDER BY code")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let input = ServiceInput {
        project_id: pid.clone(),
        kind: "food_package".into(),
        date: to.to_string(),
        quantity: Some("1".into()),
        ..Default::default()
    };
    let times: Vec<f64> = (0..20)
        .map(|round| {
            let chosen: Vec<String> = (0..250).map(|k| ids[(round * 1000 + k * 4) % ids.len()].clone()).collect();
            let t = Instant::now();
            let recipients = households_of(&db, &chosen).unwrap();
            assert_eq!(record_services(&mut db, &input, &recipients).unwrap(), 250);
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    report("a distribution to 250 households, recorded", times, "≤ 100 ms");
}
