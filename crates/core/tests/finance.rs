//! The money rules on a real imported package (`fixtures/valid-small.json`: an EUR project
//! with expenses in EUR and ALL, InforEuro rates for 2015, a transaction with its own rate, a
//! reversal, a split across two grants), against figures computed by hand; and a missing
//! rate refused by currency and month.

use serde_json::{json, Value};
use tessera_core::package::import_str;
use tessera_core::report::{report_data, Request};
use tessera_core::{Db, Error};

fn db_with(edit: impl FnOnce(&mut Value)) -> Db {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid-small.json")).unwrap();
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    edit(&mut doc);
    let mut db = Db::open_in_memory().unwrap();
    import_str(&mut db, &doc.to_string(), false, &mut |_, _| {}).unwrap();
    db
}

fn data(db: &Db, from: &str, to: &str) -> Result<Value, Error> {
    let req = Request {
        project: "JI-ROMA".into(),
        template: "eu".into(),
        lang: "en".into(),
        from: from.into(),
        to: to.into(),
        ethnicity: false,
    };
    report_data(db, &req).map(|d| serde_json::to_value(d).unwrap())
}

#[test]
fn budget_vs_actual_matches_the_hand_computed_figures() {
    let db = db_with(|_| {});
    let d = data(&db, "2015-04-01", "2015-12-31").unwrap();
    let f = &d["finance"];
    assert_eq!(f["currency"], "EUR");
    // T4: 273 000 ALL at March's 139.87 = 1951.8124… → 1951.81 (invoice 31 March: the month of
    // the invoice, paid in April — outside the window, inside the cumulative)
    let conv = |r: &str| d["conversions"].as_array().unwrap().iter().find(|c| c["ref"] == r).unwrap().clone();
    assert_eq!(
        conv("T4"),
        json!({ "ref": "T4", "document_no": conv("T4")["document_no"], "amount": "273000.00", "currency": "ALL",
                "rule": "inforeuro_invoice_month", "rate": "139.87", "converted": "1951.81", "in_period": false, "cumulative": true })
    );
    // its own rate first: 40 000 / 139.50 = 286.738… → 286.74
    assert_eq!(
        (conv("T6")["rule"].clone(), conv("T6")["rate"].clone(), conv("T6")["converted"].clone()),
        (json!("transaction_rate"), json!("139.50"), json!("286.74"))
    );
    // the reversal in May cancels the expense: 56 000 / 139.92 = ±400.23
    assert_eq!(
        (conv("T9")["converted"].clone(), conv("T10")["converted"].clone()),
        (json!("400.23"), json!("-400.23"))
    );
    // no grant: the project's first grant's rule, September's 139.73: 1750.40 / 139.73 = 12.527… → 12.53
    assert_eq!(conv("T13")["converted"], "12.53");
    assert_eq!(conv("T3")["rule"], Value::Null, "an amount in EUR is not converted");
    assert_eq!(d["conversions"].as_array().unwrap().len(), 11, "the eleven expenses, not the income or the transfer");

    // spent: the window 286.74 + 2545.09 + 2980 + 400.23 − 400.23 + 412.35 + 4000 + 12.53
    assert_eq!(f["spent_period_total"], "10236.71");
    // and from the start, T3 1200 + T4 1951.81 + T5 1101.02 more
    assert_eq!(f["spent_cumulative_total"], "14489.54");
    assert_eq!(
        (f["budget_total"].clone(), f["budget_direct"].clone(), f["budget_indirect"].clone()),
        (json!("192814.00"), json!("180200.00"), json!("12614.00"))
    );
    assert_eq!(f["remaining_total"], "178324.46");
    let heading = |h: &str| f["headings"].as_array().unwrap().iter().find(|x| x["heading"] == h).unwrap().clone();
    assert_eq!(
        heading("3"),
        json!({ "heading": "3", "budget": "3000.00", "spent_period": "2980.00", "spent_cumulative": "2980.00",
                "remaining": "20.00", "percent_spent": "99.33", "deviation_percent": "-0.67" })
    );
    assert_eq!(heading("5")["spent_cumulative"], "3658.64"); // 1101.02 + 2545.09 + 12.53
    assert_eq!(heading("7")["spent_cumulative"], "14489.54");
    assert_eq!(heading("9")["budget"], "192814.00");
    // the totals are the sums of their lines
    let lines = f["lines"].as_array().unwrap();
    let sum = |k: &str| lines.iter().map(|l| l[k].as_str().unwrap().parse::<f64>().unwrap()).sum::<f64>();
    assert!((sum("spent_cumulative") - 14489.54).abs() < 0.001 && (sum("budget") - 192814.0).abs() < 0.001);

    // each grant's part, by share, rounded once each: T11 0.9 × 412.35 = 371.115 → 371.12
    assert_eq!(
        f["by_grant"]["G1"],
        json!({ "grant_amount": "173532.60", "spent_period": "8866.91", "spent_cumulative": "12694.46" })
    );
    assert_eq!(
        f["by_grant"]["G2"],
        json!({ "grant_amount": "420000.00", "spent_period": "890.78", "spent_cumulative": "890.78" })
    );
    assert_eq!(f["budget_by_funding"], json!({ "G1": "174692.60", "G2": "3060.00", "own": "15061.40" }));
    assert_eq!(f["exchange_rates_used"], json!({ "ALL": ["2015-03-01", "2015-04-01", "2015-05-01", "2015-09-01"] }));
    assert_eq!(d["warnings"], json!([]), "nothing above 125 %, and the window does not reach the end");

    assert_eq!(
        d["subgrants"],
        json!([
            { "ref": "S1", "grantee": "Qendra Rinore Rome e Korçës", "amount": "8000.00", "currency": "EUR",
              "paid_period": "7200.00", "paid_cumulative": "7200.00", "results": ["R2"] },
            { "ref": "S2", "grantee": "Shoqata e Grave Rome “Drita”", "amount": "8000.00", "currency": "EUR",
              "paid_period": "0.00", "paid_cumulative": "0.00", "results": ["R2", "R3"] }
        ])
    );
}

#[test]
fn at_the_end_every_heading_below_75_percent_is_a_warning() {
    let db = db_with(|_| {});
    let d = data(&db, "2016-01-01", "2016-12-31").unwrap();
    let flagged: Vec<&str> = d["warnings"].as_array().unwrap().iter().map(|w| w["heading"].as_str().unwrap()).collect();
    // heading 3 spent 99.33 %: within; every other heading far below
    assert_eq!(flagged, ["1", "2", "4", "5", "6", "8"]);
    assert!(d["warnings"].as_array().unwrap().iter().all(|w| w["kind"] == "heading_deviation"));
}

#[test]
fn a_month_without_a_rate_is_an_error_naming_it() {
    let db = db_with(|doc| {
        let t = &mut doc["projects"][0]["transactions"];
        let mut extra = t[4].clone(); // T5, in ALL
        extra["ref"] = json!("T99");
        for k in ["invoice_date", "booking_date", "payment_date"] {
            extra[k] = json!("2016-02-29"); // a leap day, in a month the table has no rate for
        }
        t.as_array_mut().unwrap().push(extra);
    });
    match data(&db, "2016-01-01", "2016-12-31") {
        Err(e @ Error::MissingRate { .. }) => {
            assert_eq!(e.args(), [("currency", "ALL".into()), ("month", "2016-02".into())])
        }
        other => panic!("{other:?}"),
    }
    // the 2015 report does not need it
    assert!(data(&db, "2015-04-01", "2015-12-31").is_ok());
}

mod properties {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::Decimal;
    use tessera_core::Money;

    proptest! {
        /// Each grant's part is the converted amount × its share, rounded once: the parts of a
        /// split add up to the converted whole within half a cent per part, and never to more
        /// than the whole when the shares are at most 100 %.
        #[test]
        fn the_parts_of_a_split_add_up_to_the_whole(
            minor in -50_000_000i64..50_000_000,
            rate_milli in 1_000i64..200_000,
            shares in proptest::collection::vec(1u32..=100, 1..4),
        ) {
            let total: u32 = shares.iter().sum();
            prop_assume!(total <= 100);
            let whole = Money::new(minor, "ALL").unwrap().convert(Decimal::new(rate_milli, 3), "EUR").unwrap();
            let parts: i64 = shares.iter().map(|s| whole.mul(Decimal::new(i64::from(*s), 2)).minor).sum();
            let exact = whole.to_decimal() * Decimal::new(i64::from(total), 2);
            let drift = (Decimal::new(parts, 2) - exact).abs();
            prop_assert!(drift <= Decimal::new(5 * shares.len() as i64, 3), "parts {parts} vs {exact}");
            if total == 100 {
                prop_assert!((parts - whole.minor).abs() <= shares.len() as i64 / 2 + 1);
            }
        }

        /// Conversion rounds once, half away from zero: the result is within half a cent of the
        /// exact quotient, and a reversal converts to exactly the negative.
        #[test]
        fn conversion_rounds_once_and_reversals_cancel(minor in 1i64..1_000_000_000, rate_micro in 1_000_000i64..300_000_000) {
            let rate = Decimal::new(rate_micro, 6);
            let m = Money::new(minor, "RSD").unwrap();
            let c = m.convert(rate, "EUR").unwrap();
            let exact = m.to_decimal() / rate;
            prop_assert!((c.to_decimal() - exact).abs() <= Decimal::new(5, 3));
            prop_assert_eq!(Money::new(-minor, "RSD").unwrap().convert(rate, "EUR").unwrap().minor, -c.minor);
        }
    }

    /// Random expenses on random lines in EUR and ALL: budget vs actual's totals are the sums of
    /// their lines and headings, and each grant's parts never exceed what was spent.
    #[test]
    fn totals_are_the_sums_of_their_lines_for_random_books() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(15);
        let lines = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1", "5.1", "5.2", "5.3", "6.1", "8.1"];
        for case in 0..12 {
            let n = rng.random_range(1..40);
            let txs: Vec<Value> = (0..n)
                .map(|k| {
                    let month = rng.random_range(1..=12);
                    let d = format!("2015-{month:02}-{:02}", rng.random_range(1..=28));
                    let local = rng.random_bool(0.5);
                    let amount = format!("{}.{:02}", rng.random_range(1..90_000), rng.random_range(0..100));
                    let share = format!("0.{:02}", rng.random_range(1..=99));
                    json!({ "ref": format!("R{k}"), "kind": "expense", "invoice_date": d, "booking_date": d, "payment_date": d,
                            "amount": amount, "currency": if local { "ALL" } else { "EUR" }, "rate": null,
                            "budget_line": lines[rng.random_range(0..lines.len())],
                            "grants": [{ "grant": "G1", "share": share }], "partner": "self", "payee": null,
                            "document_no": null, "method": "bank", "description": null })
                })
                .collect();
            let db = db_with(|doc| doc["projects"][0]["transactions"] = Value::Array(txs));
            let d = data(&db, "2015-04-01", "2015-12-31").unwrap();
            let f = &d["finance"];
            let cents = |v: &Value| -> i64 { (v.as_str().unwrap().parse::<f64>().unwrap() * 100.0).round() as i64 };
            let lines_sum = |k: &str| f["lines"].as_array().unwrap().iter().map(|l| cents(&l[k])).sum::<i64>();
            let heading = |h: &str, k: &str| {
                cents(&f["headings"].as_array().unwrap().iter().find(|x| x["heading"] == h).unwrap()[k])
            };
            for k in ["spent_period", "spent_cumulative"] {
                assert_eq!(lines_sum(k), cents(&f[format!("{k}_total")]), "case {case}: {k}");
                assert_eq!(heading("9", k), cents(&f[format!("{k}_total")]), "case {case}: heading 9 {k}");
                assert_eq!(
                    heading("7", k) + cents(&f[format!("{k}_indirect")]),
                    cents(&f[format!("{k}_total")]),
                    "case {case}"
                );
            }
            let converted: i64 = d["conversions"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| c["cumulative"] == true)
                .map(|c| cents(&c["converted"]))
                .sum();
            assert_eq!(converted, cents(&f["spent_cumulative_total"]), "case {case}: every expense has a line");
            assert!(
                cents(&f["by_grant"]["G1"]["spent_cumulative"]) <= cents(&f["spent_cumulative_total"]).max(0) + n,
                "case {case}"
            );
        }
    }
}
