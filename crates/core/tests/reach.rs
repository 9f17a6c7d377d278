//! The reach rules on a real imported package, against figures computed by hand: a person at
//! three activities in two periods, a person with a service and no attendance, an
//! organisation served, head-counts beside the people, activities not done or done outside
//! the window, age bands at the year boundary; and small cells, audited by solving for each
//! hidden value from what is published (`minilp`: its least and greatest value given every
//! published sum must differ).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use minilp::{ComparisonOp, OptimizationDirection, Problem, Variable};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Value};
use tessera_core::activities::figures::{reach, PublishedReach, Reach, AGE_BANDS, GENDERS};
use tessera_core::package::import_str;
use tessera_core::projects::project_id;
use tessera_core::report::{report_data, Request};
use tessera_core::suppress::Cell;
use tessera_core::Db;

fn person(r: &str, gender: &str, birth_year: Option<i32>, municipality: Option<&str>) -> Value {
    json!({ "ref": r, "kind": "person", "code": format!("RAA-{r}"), "gender": gender, "birth_year": birth_year,
            "country": "AL", "municipality": municipality })
}

fn activity(
    r: &str,
    status: &str,
    planned: &str,
    actual: Option<&str>,
    attendance: &[&str],
    headcount: Value,
) -> Value {
    json!({ "ref": r, "result": "R1", "type": if r == "A2" { "forum" } else { "training" }, "title": format!("Activity {r}"),
            "description": if status == "cancelled" { Some("Venue flooded") } else { None },
            "planned_start": planned, "actual_start": actual, "status": status,
            "attendance": attendance, "headcount": headcount })
}

fn service(who: &str, date: &str, kind: &str, quantity: Option<&str>) -> Value {
    json!({ "beneficiary": who, "date": date, "kind": kind, "quantity": quantity })
}

/// `valid-small.json` with the people, activities and services of the hand-computed case.
fn db() -> Db {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid-small.json")).unwrap();
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    doc["beneficiaries"] = json!([
        person("P1", "female", Some(1990), Some("Berat")),
        person("P2", "male", Some(1997), Some("Berat")), // 18 in 2015: 18-29
        person("P3", "female", Some(1998), Some("Korçë")), // 17 in 2015: 0-17
        person("P4", "female", Some(1955), Some("Berat")), // 60 in 2015: 60+
        person("P5", "male", None, None),
        person("P6", "female", Some(1980), Some("Berat")),
        person("P7", "female", Some(1985), Some("Berat")),
        { "ref": "O1", "kind": "organisation", "code": "RAA-O1", "organisation": "drita", "country": "AL" },
    ]);
    let p = &mut doc["projects"][0];
    p["activities"] = json!([
        activity(
            "A1",
            "done",
            "2015-03-10",
            Some("2015-03-10"),
            &["P1", "P2", "P3", "O1"],
            json!([{ "gender": "female", "age_band": "18-29", "count": 7 }, { "gender": "male", "age_band": "30-59", "count": 2 }])
        ),
        activity(
            "A2",
            "done",
            "2015-08-01",
            Some("2015-08-05"),
            &["P1", "P4"],
            json!([{ "gender": "female", "age_band": "60+", "count": 3 }])
        ),
        activity("A3", "done", "2015-11-20", Some("2015-11-20"), &["P1", "P2", "O1"], Value::Null),
        activity("A4", "cancelled", "2015-09-01", None, &["P7"], Value::Null),
        activity("A5", "planned", "2015-10-01", None, &["P7"], Value::Null),
        activity("A6", "postponed", "2016-02-01", None, &[], Value::Null),
        activity("A7", "done", "2016-01-10", Some("2016-01-15"), &["P6", "P7"], Value::Null),
    ]);
    p["services"] = json!([
        service("P5", "2015-09-10", "food_package", Some("1")),
        service("P6", "2015-05-05", "legal_aid", None),
        service("P1", "2015-09-10", "food_package", Some("2.5")),
        service("O1", "2015-10-10", "food_package", Some("1")),
        service("P7", "2016-01-15", "legal_aid", Some("1")),
    ]);
    let mut db = Db::open_in_memory().unwrap();
    import_str(&mut db, &doc.to_string(), false, &mut |_, _| {}).unwrap();
    db
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn counts(pairs: &[(&str, u32)]) -> BTreeMap<String, u32> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[test]
fn unique_people_reached_match_the_hand_computed_figures() {
    let db = db();
    let pid = project_id(&db, "JI-ROMA").unwrap();
    let r = reach(&db, &pid, d("2015-07-01"), d("2015-12-31"), "sq").unwrap();
    // in the window: A2 (P1, P4), A3 (P1, P2, O1), services to P5, P1, O1 — P1 once
    let p = &r.period;
    assert_eq!((p.unique_persons, p.organisations), (4, 1));
    assert_eq!(p.by_gender, counts(&[("female", 2), ("male", 2)]));
    assert_eq!(p.by_gender_age_band["female"], counts(&[("18-29", 1), ("60+", 1)]));
    assert_eq!(p.by_gender_age_band["male"], counts(&[("18-29", 1), ("unknown", 1)]));
    assert_eq!(p.by_municipality, counts(&[("Berat", 3), ("unknown", 1)]));
    assert_eq!(p.by_municipality_gender["Berat"], counts(&[("female", 2), ("male", 1)]));
    // head-counts beside, not inside: A2's three women
    assert_eq!((p.anonymous_headcount_total, p.anonymous_headcount_by_gender.clone()), (3, counts(&[("female", 3)])));

    // from the project start: A1 adds P3 (and P1, P2, O1 again), the May service adds P6;
    // P7 came only to a cancelled, a planned and a January 2016 activity
    let c = &r.cumulative;
    assert_eq!((c.unique_persons, c.organisations), (6, 1));
    assert_eq!(c.by_gender, counts(&[("female", 4), ("male", 2)]));
    assert_eq!(c.by_gender_age_band["female"], counts(&[("0-17", 1), ("18-29", 1), ("30-59", 1), ("60+", 1)]));
    assert_eq!(c.by_municipality, counts(&[("Berat", 4), ("Korçë", 1), ("unknown", 1)]));
    assert_eq!(
        (c.anonymous_headcount_total, c.anonymous_headcount_by_gender.clone()),
        (12, counts(&[("female", 10), ("male", 2)]))
    );

    // the age band is the year of the window's end minus the birth year: in 2016 P3 is 18
    let later = reach(&db, &pid, d("2016-01-01"), d("2016-12-31"), "sq").unwrap();
    assert_eq!(later.cumulative.by_gender_age_band["female"], counts(&[("18-29", 2), ("30-59", 2), ("60+", 1)]));
    assert_eq!((later.period.unique_persons, later.period.organisations), (2, 0));
    // P6, P7 at A7
}

#[test]
fn the_report_data_has_the_activities_beneficiaries_and_services_sections() {
    let db = db();
    let req = Request {
        project: "JI-ROMA".into(),
        template: "eu".into(),
        lang: "sq".into(),
        from: "2015-07-01".into(),
        to: "2015-12-31".into(),
        ethnicity: false,
    };
    let json = serde_json::to_value(report_data(&db, &req).unwrap()).unwrap();
    assert_eq!(
        json["activities"],
        json!({ "done_in_period": 2, "done_by_type": { "forum": 1, "training": 1 }, "done_refs": ["A2", "A3"],
                "planned_not_carried_out": [ { "ref": "A4", "title": "Activity A4", "status": "cancelled", "reason": "Venue flooded" } ],
                "participants_period": { "registered_unique": 3, "attendance_records": 5, "headcount": 3 } })
    );
    // four people in the window: every disaggregated cell is `<5` or hidden, only the totals
    // are numbers; those of 1–4 are `<5`
    let period = &json["beneficiaries"]["period"];
    assert_eq!((period["unique_persons"].as_u64(), period["organisations"].as_u64()), (Some(4), Some(1)));
    fn cells(v: &Value, out: &mut Vec<Value>) {
        match v {
            Value::Object(m) => m.values().for_each(|v| cells(v, out)),
            v => out.push(v.clone()),
        }
    }
    for key in ["by_gender", "by_gender_age_band", "by_municipality", "by_municipality_gender"] {
        let mut all = Vec::new();
        cells(&period[key], &mut all);
        assert!(all.iter().all(|c| c == "<5" || c == "x"), "{key}: {all:?}");
    }
    assert_eq!(period["by_gender"]["female"], "<5");
    assert_eq!(period["by_gender_age_band"]["male"]["unknown"], "<5");
    assert_eq!(period["by_municipality"], json!({ "Berat": "<5", "unknown": "<5" }));
    // three women counted at A2: the total is shown, so another cell must hide with it
    assert_eq!(period["anonymous_headcount_total"], 3);
    assert_eq!(period["anonymous_headcount_by_gender"], json!({ "female": "<5", "male": "x" }));
    assert_eq!(
        json["beneficiaries"]["cumulative"]["anonymous_headcount_by_gender"],
        json!({ "female": "x", "male": "<5" })
    );
    // three food packages (P5, P1, O1): 1 + 2.5 + 1; the May legal aid is before the window
    assert_eq!(
        json["services"],
        json!({ "food_package": { "records": 3, "unique_beneficiaries": "<5", "quantity": "4.5" } })
    );
    let text = json.to_string();
    for private in ["RAA-P", "Arta", "Hoxha"] {
        assert!(!text.contains(private), "{private} in the report data");
    }
}

#[test]
fn a_deleted_activity_or_attendance_no_longer_counts() {
    let mut db = db();
    let pid = project_id(&db, "JI-ROMA").unwrap();
    let a2: String = db.conn().query_row("SELECT id FROM live_activities WHERE ref = 'A2'", [], |r| r.get(0)).unwrap();
    tessera_core::activities::edit::delete_activity(&mut db, &a2).unwrap();
    let r = reach(&db, &pid, d("2015-07-01"), d("2015-12-31"), "sq").unwrap();
    // P4 came only to A2; its head-count goes with it
    assert_eq!((r.period.unique_persons, r.period.anonymous_headcount_total), (3, 0));
    tessera_core::activities::edit::restore_activity(&mut db, &a2).unwrap();
    assert_eq!(reach(&db, &pid, d("2015-07-01"), d("2015-12-31"), "sq").unwrap().period.unique_persons, 4);
}

/// What a reader of the published figures knows: each cell a number, an unknown `<5` (1–4)
/// or an unknown `x` (0 or more); absent cells are zero; the sums the tables imply.
struct Published {
    cells: Vec<Option<u32>>,
    small: Vec<bool>,
    sums: Vec<(usize, Vec<usize>)>,
    names: Vec<String>,
}

impl Published {
    fn cell(&mut self, name: String, c: Option<&Cell>) -> usize {
        self.names.push(name);
        self.cells.push(match c {
            None => Some(0),
            Some(Cell::Count(n)) => Some(*n),
            Some(_) => None,
        });
        self.small.push(c == Some(&Cell::Small));
        self.cells.len() - 1
    }

    fn of(p: &PublishedReach) -> Published {
        let mut s = Published { cells: vec![], small: vec![], sums: vec![], names: vec![] };
        let total = s.cell("total".into(), Some(&Cell::Count(p.unique_persons)));
        let none = BTreeMap::new();
        let genders: Vec<usize> = GENDERS.iter().map(|g| s.cell(format!("gender {g}"), p.by_gender.get(*g))).collect();
        s.sums.push((total, genders.clone()));
        for (gi, g) in GENDERS.iter().enumerate() {
            let row = p.by_gender_age_band.get(*g).unwrap_or(&none);
            let parts = AGE_BANDS.iter().map(|b| s.cell(format!("{g} {b}"), row.get(*b))).collect();
            s.sums.push((genders[gi], parts));
        }
        let mut columns = vec![Vec::new(); GENDERS.len()];
        let mut places = Vec::new();
        for (m, c) in &p.by_municipality {
            let row = s.cell(format!("place {m}"), Some(c));
            places.push(row);
            let parts: Vec<usize> =
                GENDERS.iter().map(|g| s.cell(format!("{m} {g}"), p.by_municipality_gender[m].get(*g))).collect();
            for (j, i) in parts.iter().enumerate() {
                columns[j].push(*i);
            }
            s.sums.push((row, parts));
        }
        s.sums.push((total, places));
        for (j, col) in columns.into_iter().enumerate() {
            s.sums.push((genders[j], col));
        }
        let heads = s.cell("headcount".into(), Some(&Cell::Count(p.anonymous_headcount_total)));
        let parts =
            GENDERS.iter().map(|g| s.cell(format!("headcount {g}"), p.anonymous_headcount_by_gender.get(*g))).collect();
        s.sums.push((heads, parts));
        s
    }

    /// The least or greatest value the hidden cell `target` can take given everything published.
    fn bound(&self, target: usize, dir: OptimizationDirection) -> f64 {
        let mut lp = Problem::new(dir);
        let vars: Vec<Option<Variable>> = (0..self.cells.len())
            .map(|i| {
                self.cells[i].is_none().then(|| {
                    let range = if self.small[i] { (1.0, 4.0) } else { (0.0, f64::INFINITY) };
                    lp.add_var(if i == target { 1.0 } else { 0.0 }, range)
                })
            })
            .collect();
        for (whole, parts) in &self.sums {
            let mut known = 0.0;
            let mut terms = Vec::new();
            for (i, sign) in parts.iter().map(|&i| (i, 1.0)).chain([(*whole, -1.0)]) {
                match vars[i] {
                    Some(v) => terms.push((v, sign)),
                    None => known += sign * self.cells[i].unwrap() as f64,
                }
            }
            if !terms.is_empty() {
                lp.add_constraint(&terms, ComparisonOp::Eq, -known);
            }
        }
        lp.solve().expect("the published figures are consistent").objective()
    }

    /// The hidden cells whose value the published sums fix.
    fn revealed(&self) -> Vec<String> {
        (0..self.cells.len())
            .filter(|&i| self.cells[i].is_none())
            .filter(|&i| {
                let (lo, hi) =
                    (self.bound(i, OptimizationDirection::Minimize), self.bound(i, OptimizationDirection::Maximize));
                hi - lo < 0.5
            })
            .map(|i| self.names[i].clone())
            .collect()
    }
}

fn random_reach(rng: &mut ChaCha8Rng) -> Reach {
    let mut r = Reach::default();
    let places = ["Berat", "Korçë", "Fier", "Elbasan"];
    let people = rng.random_range(2..120);
    let small_place = rng.random_range(0..places.len());
    for _ in 0..people {
        let g = GENDERS[[0, 0, 0, 1, 1, 1, 2, 3][rng.random_range(0..8)]];
        let b = AGE_BANDS[rng.random_range(0..AGE_BANDS.len())];
        // one place is rare, so small cells come in every shape
        let m = if rng.random_bool(0.05) { places[small_place] } else { places[rng.random_range(0..places.len())] };
        r.unique_persons += 1;
        *r.by_gender.entry(g.into()).or_default() += 1;
        *r.by_gender_age_band.entry(g.into()).or_default().entry(b.into()).or_default() += 1;
        *r.by_municipality.entry(m.into()).or_default() += 1;
        *r.by_municipality_gender.entry(m.into()).or_default().entry(g.into()).or_default() += 1;
    }
    for g in GENDERS {
        let n = [0, 0, 2, 3, 9, 30][rng.random_range(0..6)];
        if n > 0 {
            r.anonymous_headcount_total += n;
            r.anonymous_headcount_by_gender.insert(g.into(), n);
        }
    }
    r
}

#[test]
fn no_published_sum_reveals_a_hidden_cell() {
    let mut rng = ChaCha8Rng::seed_from_u64(14);
    let (mut hidden, mut hopeless) = (0, 0);
    for case in 0..200 {
        let r = random_reach(&mut rng);
        let published = r.published();
        let reader = Published::of(&published);
        hidden += reader.cells.iter().filter(|c| c.is_none()).count();
        // every cell shown is the exact count, every hidden one was 1–4 or is needed to hide one
        for (g, n) in &r.by_gender {
            match published.by_gender.get(g) {
                Some(Cell::Count(shown)) => assert_eq!(shown, n),
                Some(Cell::Small) => assert!((1..5).contains(n)),
                _ => {}
            }
        }
        let revealed = reader.revealed();
        // so few people in a row that its `<5` cells (at least 1 each) add up to a total that
        // is `<5` (at most 4) or shown: nothing protects them but hiding every cell, which
        // must then be what happened
        let people_cells = reader.cells.len() - 1 - GENDERS.len();
        let all_hidden = reader.cells[1..people_cells].iter().all(|c| c.is_none() || *c == Some(0));
        if all_hidden && revealed.iter().all(|n| !n.starts_with("headcount")) {
            hopeless += 1;
            continue;
        }
        assert!(revealed.is_empty(), "case {case}: {revealed:?} can be solved for from {published:#?}");
    }
    assert!(hidden > 1000, "the cases hide cells ({hidden})");
    assert!(hopeless < 40, "{hopeless} of 200 tables were too small to protect");
}

/// The dashboard's "beneficiaries reached" is the reach rule over every project: on the demo
/// (no person in two projects) the projects list's figures add up to it, and a person only
/// registered, reached by nothing, is in neither.
#[test]
fn the_dashboard_counts_whom_the_projects_reached() {
    let dir = tempfile::tempdir().unwrap();
    let mut db =
        Db::open(&dir.path().join("t.db"), &tessera_core::OpenOptions { create: true, ..Default::default() }).unwrap();
    tessera_core::demo::create(&mut db, tessera_core::demo::Scale::Small, &mut |_, _| {}).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let listed: i32 = tessera_core::projects::list_projects(&db, None).unwrap().iter().map(|p| p.beneficiaries).sum();
    let registered: i64 = db.conn().query_row("SELECT count(*) FROM live_beneficiaries", [], |r| r.get(0)).unwrap();
    let reached = tessera_core::projects::dashboard(&db, today).unwrap().beneficiaries;
    assert!(reached > 0);
    assert_eq!(reached, listed, "the dashboard and the projects list disagree");
    assert!(i64::from(reached) < registered, "every registered person counted as reached");
}

/// The demo dated around a day: what was held, spent and measured is before it, what is
/// planned and due after; each project works in the municipalities its title names, and its
/// figures are its own.
#[test]
fn the_demo_is_dated_around_today() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let day = today.to_string();
    let pkg = tessera_core::demo::package_at(tessera_core::demo::Scale::Small, today);
    let mut planned = 0;
    for p in &pkg.projects {
        assert!(
            p.start.as_str() < day.as_str() && p.end.as_str() > day.as_str(),
            "{} runs {}–{}",
            p.code,
            p.start,
            p.end
        );
        for a in &p.activities {
            let start = a.planned_start.as_deref().unwrap();
            if a.status == "done" {
                assert!(start < day.as_str(), "{} held in the future: {start}", a.title);
            } else {
                assert!(start >= day.as_str(), "{} planned in the past: {start}", a.title);
                planned += 1;
            }
        }
        assert!(p.transactions.iter().all(|t| t.booking_date.as_deref().unwrap() < day.as_str()));
        assert!(p.services.iter().all(|s| s.date.as_str() < day.as_str()));
        let grant = &p.grants[0];
        assert!(grant.reports.iter().any(|r| r.due.as_str() >= day.as_str()), "no deadline ahead");
        let places: std::collections::BTreeSet<_> =
            p.activities.iter().filter_map(|a| a.municipality.as_deref()).collect();
        assert!(places.len() >= 2, "{}: {places:?}", p.code);
    }
    assert!(planned > 0, "nothing planned ahead");
    // different projects, different figures
    let first: Vec<_> = pkg
        .projects
        .iter()
        .map(|p| p.logframe.as_ref().unwrap().objectives[0].indicators[0].targets[0].value.clone())
        .collect();
    assert_ne!(first[0], first[1]);
    // every municipality is one the lists know (an import would refuse it)
    for b in &pkg.beneficiaries {
        let (c, m) = (b.country.as_deref().unwrap(), b.municipality.as_deref().unwrap());
        assert!(!tessera_core::places::find(c, m).is_empty(), "{c} {m} is not a municipality");
    }
}
