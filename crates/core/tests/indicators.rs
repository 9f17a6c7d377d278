//! Indicator figures on a real imported package (`fixtures/valid-small.json`), against values
//! computed by hand from its measurements and targets; and the same numbers in the report
//! data, the command line's list and the project overview.

use chrono::NaiveDate;
use tessera_core::logframe::list_indicators;
use tessera_core::package::import_str;
use tessera_core::report::{report_data, Request};
use tessera_core::{projects, Db};

fn db() -> Db {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid-small.json")).unwrap();
    let mut db = Db::open_in_memory().unwrap();
    import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
    db
}

fn req(from: &str, to: &str) -> Request {
    Request {
        project: "JI-ROMA".into(),
        template: "eu".into(),
        lang: "sq".into(),
        from: from.into(),
        to: to.into(),
        ethnicity: false,
    }
}

#[test]
fn figures_of_each_rule_match_the_hand_computed_ones() {
    let db = db();
    let data = report_data(&db, &req("2015-04-01", "2015-12-31")).unwrap();
    let json = serde_json::to_value(&data).unwrap();
    let by_ref = |r: &str| json["indicators"].as_array().unwrap().iter().find(|i| i["ref"] == r).unwrap().clone();
    let row = |r: &str| {
        let i = by_ref(r);
        [
            "baseline",
            "target_final",
            "target_in_period",
            "achieved_period",
            "achieved_cumulative",
            "percent_of_target",
            "percent_of_target_from_baseline",
        ]
        .map(|k| i[k].as_str().map(String::from))
    };
    let s = |v: &str| Some(v.to_string());
    // percent, latest: 25 on 2015-12-31; 25 / 50 = 50.0 %, (25 − 10) / (50 − 10) = 37.5 %
    assert_eq!(row("IG1"), [s("10"), s("50"), None, s("25"), s("25"), s("50.0"), s("37.5")]);
    assert_eq!(by_ref("IG1")["level"], "G");
    // count, max: 5; the 2015 target (6) ends in the window; 5 / 10 = 50.0 %, (5 − 3) / 7 = 28.6 %
    assert_eq!(row("ISO1"), [s("3"), s("10"), s("6"), s("5"), s("5"), s("50.0"), s("28.6")]);
    // count, sum: 11 in the window (from April), 14 + 11 = 25 up to its end; 25 / 60 = 41.7 %
    assert_eq!(row("I1"), [s("0"), s("60"), s("30"), s("11"), s("25"), s("41.7"), s("41.7")]);
    assert_eq!(by_ref("I1")["level"], "R1");
    // yes/no, latest: the value itself, no percentage
    assert_eq!(row("I2"), [s("no"), s("yes"), s("yes"), s("yes"), s("yes"), None, None]);
    // the keys of the report data, in the order reports.md gives them
    let first = serde_json::to_string(&data.indicators.as_ref().unwrap()[0]).unwrap();
    let keys: Vec<&str> =
        first.split('"').collect::<Vec<_>>().windows(2).filter(|w| w[1].starts_with(':')).map(|w| w[0]).collect();
    assert_eq!(
        keys,
        [
            "ref",
            "level",
            "text",
            "unit",
            "aggregation",
            "baseline",
            "target_final",
            "target_in_period",
            "achieved_period",
            "achieved_cumulative",
            "percent_of_target",
            "percent_of_target_from_baseline"
        ]
    );
    // a window with no measurement: nothing achieved, no percentage
    let early = serde_json::to_value(report_data(&db, &req("2014-01-01", "2014-12-31")).unwrap()).unwrap();
    let i1 = early["indicators"].as_array().unwrap().iter().find(|i| i["ref"] == "I1").unwrap().clone();
    assert!(i1["achieved_cumulative"].is_null() && i1["percent_of_target"].is_null());
}

#[test]
fn the_list_the_report_and_the_overview_show_the_same_numbers() {
    let db = db();
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let list = list_indicators(&db, Some("JI-ROMA"), None, today).unwrap();
    assert_eq!(list.len(), 6);
    let data = report_data(&db, &req("2015-01-01", "2026-12-01")).unwrap();
    let figures: Vec<_> = list.iter().map(|r| r.figures.clone()).collect();
    assert_eq!(Some(figures), data.indicators);
    let id = projects::list_projects(&db, None).unwrap().into_iter().find(|p| p.code == "JI-ROMA").unwrap().id;
    let overview = projects::project_overview(&db, &id, today).unwrap();
    let rows: Vec<_> = overview.logframe.iter().flat_map(|n| n.indicators.clone()).collect();
    assert_eq!(rows.len(), list.len());
    for (row, l) in rows.iter().zip(&list) {
        assert_eq!(row.ref_, l.figures.ref_);
        assert_eq!(row.actual, l.figures.values.achieved_cumulative);
        assert_eq!(row.target, l.figures.values.target_final);
        // the overview's bar: the same percentage as a fraction (41.7 → 0.417)
        let p = l
            .figures
            .values
            .percent_of_target_from_baseline
            .as_deref()
            .map(|p| p.replace('.', "").parse::<f64>().unwrap() / 1000.0);
        assert_eq!(row.progress, p);
    }
    // searching in any script
    assert_eq!(list_indicators(&db, None, Some("trained"), today).unwrap().len(), 1);
}

#[test]
fn a_bad_window_or_project_is_refused() {
    let db = db();
    let code = |r: Request| report_data(&db, &r).err().map(|e| e.code());
    assert_eq!(code(req("2015-13-01", "2015-12-31")), Some("invalid-date"));
    assert_eq!(code(req("2015-12-31", "2015-01-01")), Some("period-reversed"));
    assert_eq!(code(Request { project: "NOPE".into(), ..req("2015-01-01", "2015-12-31") }), Some("project-not-found"));
    assert_eq!(code(Request { template: "pdf".into(), ..req("2015-01-01", "2015-12-31") }), Some("unknown-template"));
}
