//! The dashboard of a large organisation: 50 projects, 2 000 indicators and 20 000
//! measurements (the target: under 20 ms in the core). Prints figures; asserts nothing about
//! time.

use std::time::Instant;

use chrono::NaiveDate;
use tessera_core::package::{
    import_package, Indicator, Logframe, LogframeResult, Measurement, Objective, Package, Project, SelfOrganisation,
    Target, FORMAT, VERSION,
};
use tessera_core::{projects, Db};

fn package() -> Package {
    let mut projects = Vec::new();
    for p in 0..50 {
        let mut objectives = Vec::new();
        for o in 0..4 {
            let mut results = Vec::new();
            for r in 0..2 {
                let indicators = (0..5)
                    .map(|k| Indicator {
                        ref_: format!("I{o}.{r}.{k}"),
                        text: format!("Indicator {o}.{r}.{k}"),
                        unit: "count".into(),
                        aggregation: ["sum", "latest", "max"][k % 3].into(),
                        targets: vec![Target { period_end: "2027-12-31".into(), value: "100".into() }],
                        measurements: (0..10)
                            .map(|m| Measurement {
                                date: format!("2026-{:02}-15", m + 1),
                                value: ((m * 3 + k) % 11).to_string(),
                                ..Default::default()
                            })
                            .collect(),
                        ..Default::default()
                    })
                    .collect();
                results.push(LogframeResult { ref_: format!("R{o}.{r}"), text: "Result".into(), indicators });
            }
            objectives.push(Objective {
                ref_: format!("SO{o}"),
                text: "Objective".into(),
                results,
                ..Default::default()
            });
        }
        projects.push(Project {
            ref_: format!("P{p}"),
            code: format!("P{p:02}"),
            title: format!("Project {p}"),
            start: "2026-01-01".into(),
            end: "2027-12-31".into(),
            status: "active".into(),
            currency: "EUR".into(),
            lead: "self".into(),
            logframe: Some(Logframe { objectives, ..Default::default() }),
            ..Default::default()
        });
    }
    Package {
        format: FORMAT.into(),
        version: VERSION,
        organisation: SelfOrganisation {
            ref_: "self".into(),
            name: "Bench".into(),
            country: "AL".into(),
            base_currency: "EUR".into(),
            ..Default::default()
        },
        projects,
        ..Default::default()
    }
}

fn main() {
    let pkg = package();
    let indicators: usize = pkg.projects.len() * 4 * 2 * 5;
    let mut db = Db::open_in_memory().unwrap();
    import_package(&mut db, &pkg, false, &mut |_, _| {}).unwrap();
    let measurements: i64 = db.conn().query_row("SELECT count(*) FROM live_measurements", [], |r| r.get(0)).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let mut best = f64::MAX;
    let mut behind = 0;
    for _ in 0..20 {
        let t = Instant::now();
        let d = projects::dashboard(&db, today).unwrap();
        best = best.min(t.elapsed().as_secs_f64());
        behind = d.behind_total;
    }
    println!(
        "dashboard of {} projects, {indicators} indicators, {measurements} measurements ({behind} behind pace): {:.1} ms (best of 20; the target is 20 ms)",
        pkg.projects.len(),
        best * 1000.0
    );
}
