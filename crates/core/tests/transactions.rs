//! Transactions from the form and from a table, on the real imported package
//! (`fixtures/valid-small.json`: project JI-ROMA in EUR, grant G1 converting at the InforEuro
//! rate of the invoice month, 2015's rates): amounts typed with a comma, shares as percentages,
//! every problem at its field; a submitted reporting period locks what it holds, and a
//! reversing entry cancels a cost to the cent; a table imported all or nothing, and again
//! without twins.

use serde_json::Value;
use tessera_core::activities::import::TableImport;
use tessera_core::finance::edit::{self, ShareInput, TransactionInput};
use tessera_core::finance::import::{import_transactions, transaction_words};
use tessera_core::package::import_str;
use tessera_core::projects::project_id;
use tessera_core::report::{report_data, Request};
use tessera_core::{Db, Error};

fn db() -> (Db, String) {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid-small.json")).unwrap();
    let mut db = Db::open_in_memory().unwrap();
    import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
    let pid = project_id(&db, "JI-ROMA").unwrap();
    (db, pid)
}

fn id_of(db: &Db, table: &str, r: &str) -> String {
    db.conn().query_row(&format!("SELECT id FROM live_{table} WHERE ref = ?1"), [r], |r| r.get(0)).unwrap()
}

fn data(db: &Db, from: &str, to: &str) -> Value {
    let req = Request {
        project: "JI-ROMA".into(),
        template: "eu".into(),
        lang: "en".into(),
        from: from.into(),
        to: to.into(),
        ethnicity: false,
    };
    serde_json::to_value(report_data(db, &req).unwrap()).unwrap()
}

fn conversion(d: &Value, r: &str) -> Value {
    d["conversions"].as_array().unwrap().iter().find(|c| c["ref"] == r).cloned().unwrap_or(Value::Null)
}

fn expense(db: &Db, amount: &str, currency: &str, day: &str) -> TransactionInput {
    TransactionInput {
        kind: "expense".into(),
        invoice_date: Some(day.into()),
        booking_date: Some(day.into()),
        payment_date: Some(day.into()),
        amount: amount.into(),
        currency: currency.into(),
        budget_line_id: Some(id_of(db, "budget_lines", "2.1")),
        grants: vec![ShareInput { grant_id: id_of(db, "grants", "G1"), share: "90 %".into() }],
        payee: Some("Hotel Tirana".into()),
        ..Default::default()
    }
}

fn field_codes(e: Error) -> Vec<(String, &'static str)> {
    match e {
        Error::InvalidInput(issues) => issues.into_iter().map(|i| (i.field, i.code)).collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_transaction_typed_with_a_comma_is_converted_and_counted() {
    let (mut db, pid) = db();
    let before = data(&db, "2015-06-01", "2015-06-30");
    // 27 984,50 ALL on 12 June 2015 at June's InforEuro rate
    let input = expense(&db, "27.984,50", "ALL", "2015-06-12");
    let id = edit::create_transaction(&mut db, &pid, &input).unwrap();
    let r: String =
        db.conn().query_row("SELECT ref FROM live_transactions WHERE id = ?1", [&id], |r| r.get(0)).unwrap();
    assert_eq!(r, "T14", "the project's refs continue");
    let share: String = db
        .conn()
        .query_row("SELECT share FROM live_transaction_grants WHERE transaction_id = ?1", [&id], |r| r.get(0))
        .unwrap();
    assert_eq!(share, "0.9", "90 % is stored as the package's fraction");
    let after = data(&db, "2015-06-01", "2015-06-30");
    let c = conversion(&after, "T14");
    assert_eq!((c["amount"].as_str(), c["rule"].as_str()), (Some("27984.50"), Some("inforeuro_invoice_month")));
    let rate: rust_decimal::Decimal = c["rate"].as_str().unwrap().parse().unwrap();
    let expected = (rust_decimal::Decimal::new(2798450, 2) / rate)
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    assert_eq!(c["converted"].as_str().unwrap(), format!("{expected:.2}"));
    let spent =
        |d: &Value| d["finance"]["spent_period_total"].as_str().unwrap().parse::<rust_decimal::Decimal>().unwrap();
    assert_eq!(spent(&after) - spent(&before), expected, "the month's total grows by exactly the converted amount");
}

#[test]
fn every_problem_of_the_form_is_named_at_its_field() {
    let (mut db, pid) = db();
    let mut bad = expense(&db, "0", "EURO", "2015-06-12");
    bad.invoice_date = None;
    bad.booking_date = None;
    bad.payment_date = None;
    bad.grants = vec![
        ShareInput { grant_id: id_of(&db, "grants", "G1"), share: "0,7".into() },
        ShareInput { grant_id: id_of(&db, "grants", "G2"), share: "40".into() },
    ];
    bad.rate = Some("-3".into());
    let codes = field_codes(edit::create_transaction(&mut db, &pid, &bad).unwrap_err());
    for expected in [
        ("booking_date", "required"),
        ("currency", "unknown-currency"),
        ("rate", "invalid-value"),
        ("grants", "shares-over-100"),
    ] {
        assert!(codes.iter().any(|(f, c)| (f.as_str(), *c) == expected), "{expected:?} not in {codes:?}");
    }
    let zero = expense(&db, "0,00", "EUR", "2015-06-12");
    assert_eq!(
        field_codes(edit::create_transaction(&mut db, &pid, &zero).unwrap_err()),
        [("amount".into(), "zero-amount")]
    );
    let negative = expense(&db, "-12", "EUR", "2015-06-12");
    assert_eq!(
        field_codes(edit::create_transaction(&mut db, &pid, &negative).unwrap_err()),
        [("amount".into(), "negative-amount")],
        "negative only for a reversing entry"
    );
    let n: i64 = db.conn().query_row("SELECT count(*) FROM live_transactions", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 13, "nothing written");
}

#[test]
fn a_submitted_period_locks_its_transactions_and_a_reversal_corrects_one() {
    let (mut db, pid) = db();
    let periods = edit::reporting_periods(&db, &pid).unwrap();
    let interim = periods.iter().find(|p| p.grant_ref == "G1" && p.kind == "interim").unwrap();
    assert_eq!((interim.period_end.as_str(), interim.submitted_on.as_deref()), ("2015-12-31", None));
    edit::set_period_submitted(&mut db, &interim.id, Some("2016-02-20")).unwrap();
    assert_eq!(edit::locked_until(&db, &pid).unwrap().map(|d| d.to_string()).as_deref(), Some("2015-12-31"));

    let t4 = id_of(&db, "transactions", "T4");
    let mut changed = edit::transaction_input(&db, &t4).unwrap();
    changed.amount = "1".into();
    match edit::update_transaction(&mut db, &t4, &changed) {
        Err(e @ Error::TransactionLocked { .. }) => {
            assert_eq!(e.args(), [("transaction", "T4".into()), ("until", "2015-12-31".into())])
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(edit::delete_transaction(&mut db, &t4), Err(Error::TransactionLocked { .. })));
    let late = expense(&db, "100", "EUR", "2015-12-30");
    assert_eq!(
        field_codes(edit::create_transaction(&mut db, &pid, &late).unwrap_err()),
        [("booking_date".into(), "period-locked")],
        "nothing new is booked into a submitted period"
    );

    // T4: 273 000 ALL at March's 139.87 = 1951.81; its reversal in February 2016 (a month with
    // no rate in the table) converts at the original's rate and cancels it to the cent
    let rev = edit::reverse_transaction(&mut db, &t4, "2016-02-10").unwrap();
    let input = edit::transaction_input(&db, &rev).unwrap();
    assert_eq!(
        (input.amount.as_str(), input.rate.as_deref(), input.reverses_id.as_deref()),
        ("-273000.00", Some("139.87"), Some(t4.as_str()))
    );
    let d = data(&db, "2016-01-01", "2016-12-31");
    let r: String =
        db.conn().query_row("SELECT ref FROM live_transactions WHERE id = ?1", [&rev], |r| r.get(0)).unwrap();
    assert_eq!(conversion(&d, &r)["converted"], "-1951.81");
    assert_eq!(conversion(&d, "T4")["converted"], "1951.81");
    assert!(edit::delete_transaction(&mut db, &rev).is_ok(), "the reversal itself lies in an open period");

    // reopened, the period's transactions can be changed again
    edit::set_period_submitted(&mut db, &interim.id, None).unwrap();
    changed.amount = "273.100,00".into();
    edit::update_transaction(&mut db, &t4, &changed).unwrap();
    assert_eq!(edit::transaction_input(&db, &t4).unwrap().amount, "273100.00");
}

#[test]
fn a_transactions_table_is_imported_all_or_nothing_and_again_without_twins() {
    let (mut db, _) = db();
    let words = transaction_words(|id| match id {
        "transaction-field-invoice-date" => vec!["Datum fakture".into()],
        "transaction-field-amount" => vec!["Iznos".into()],
        "transaction-field-currency" => vec!["Valuta".into()],
        "transaction-field-budget-line" => vec!["Budžetska linija".into()],
        "transaction-field-grant" => vec!["Grant".into()],
        "transaction-field-share" => vec!["Udio".into()],
        "transaction-field-payee" => vec!["Primalac".into()],
        "transaction-field-method" => vec!["Način plaćanja".into()],
        "payment-method-cash" => vec!["Gotovina".into()],
        _ => vec![],
    });
    let count =
        |db: &Db| -> i64 { db.conn().query_row("SELECT count(*) FROM live_transactions", [], |r| r.get(0)).unwrap() };
    let bad = "ref;Datum fakture;Iznos;Valuta;Budžetska linija;Grant;Udio;Način plaćanja\n\
               T20;12.06.2015;1.250,00;ALL;2.1;G1;90%;Gotovina\n\
               T21;31.06.2015;0;ALL;9.9;G7;90%;cheque\n";
    let sheet = tessera_core::sheet::read_bytes("t.csv", bad.as_bytes(), None).unwrap();
    let req = TableImport { sheet: &sheet, words: &words, project: "JI-ROMA", dry_run: false };
    match import_transactions(&mut db, &req, &mut |_, _| {}) {
        Err(Error::InvalidTable(issues)) => {
            let at: Vec<(u32, &str, &str)> = issues.iter().map(|i| (i.row, i.column.as_str(), i.code)).collect();
            for expected in [
                (3, "Datum fakture", "invalid-date"),
                (3, "Iznos", "zero-amount"),
                (3, "Budžetska linija", "invalid-value"),
                (3, "Grant", "invalid-value"),
                (3, "Način plaćanja", "invalid-value"),
            ] {
                assert!(at.contains(&expected), "{expected:?} not in {at:?}");
            }
            assert!(at.iter().all(|(row, ..)| *row == 3), "row 2 is fine: {at:?}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(count(&db), 13, "nothing written");

    let good = "ref;Datum fakture;Iznos;Valuta;Budžetska linija;Grant;Udio;Način plaćanja;Primalac;document_no\n\
                T20;12.06.2015;1.250,00;ALL;2.1;G1;90%;Gotovina;Taxi Tirana;\n\
                ;15.06.2015;35,5;EUR;2.1;;;;Hotel;R-77\n";
    let sheet = tessera_core::sheet::read_bytes("t.csv", good.as_bytes(), None).unwrap();
    let req = TableImport { sheet: &sheet, words: &words, project: "JI-ROMA", dry_run: false };
    let s = import_transactions(&mut db, &req, &mut |_, _| {}).unwrap();
    assert_eq!((s.created, s.updated), (2, 0));
    let t20 = edit::transaction_input(&db, &id_of(&db, "transactions", "T20")).unwrap();
    assert_eq!(
        (t20.amount.as_str(), t20.method.as_deref(), t20.grants[0].share.as_str()),
        ("1250.00", Some("cash"), "0.9")
    );
    assert_eq!(t20.invoice_date.as_deref(), Some("2015-06-12"));
    assert_eq!(count(&db), 15, "a row without a ref gets the next one (T21)");
    assert_eq!(id_of(&db, "transactions", "T21").len(), 36);
    // the same file again: T20 by its ref, the other by its document number, amount and currency
    let s = import_transactions(&mut db, &req, &mut |_, _| {}).unwrap();
    assert_eq!((s.created, s.updated), (0, 2));
    assert_eq!(count(&db), 15);
    let shares: i64 = db
        .conn()
        .query_row(
            "SELECT count(*) FROM live_transaction_grants WHERE transaction_id = ?1",
            [id_of(&db, "transactions", "T20")],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(shares, 1, "the split is kept in step, not doubled");
}

#[test]
fn refs_continue_the_projects_own_pattern_with_its_zeros() {
    let mut db = Db::open_in_memory().unwrap();
    tessera_core::demo::create(&mut db, tessera_core::demo::Scale::Small, &mut |_, _| {}).unwrap();
    let pid = project_id(&db, "URA-RISE").unwrap();
    let highest: String = db
        .conn()
        .query_row("SELECT max(ref) FROM live_transactions WHERE project_id = ?1", [&pid], |r| r.get(0))
        .unwrap();
    let input = TransactionInput {
        kind: "expense".into(),
        booking_date: Some("2025-06-12".into()),
        amount: "12,50".into(),
        currency: "EUR".into(),
        ..Default::default()
    };
    let id = edit::create_transaction(&mut db, &pid, &input).unwrap();
    let r: String =
        db.conn().query_row("SELECT ref FROM live_transactions WHERE id = ?1", [&id], |r| r.get(0)).unwrap();
    let n: u32 = highest.trim_start_matches("P1-T").parse().unwrap();
    assert_eq!(r, format!("P1-T{:05}", n + 1), "after {highest}");
}

#[test]
fn a_budget_line_from_the_editor_is_funded_to_exactly_one_and_counted() {
    use tessera_core::finance::budget::{self, BudgetLineInput};
    let (mut db, pid) = db();
    let before = data(&db, "2015-01-01", "2015-12-31");
    let g1 = id_of(&db, "grants", "G1");
    let input = BudgetLineInput {
        heading: "4".into(),
        description: "Generator".into(),
        unit: Some("piece".into()),
        quantity: "2".into(),
        unit_cost: "1.250,00".into(),
        funding: vec![ShareInput { grant_id: g1.clone(), share: "80 %".into() }],
    };
    let id = budget::create_budget_line(&mut db, &pid, &input).unwrap();
    let r: String =
        db.conn().query_row("SELECT ref FROM live_budget_lines WHERE id = ?1", [&id], |r| r.get(0)).unwrap();
    assert_eq!(r, "4.2", "after the package's 4.1");
    let funding: Vec<(Option<String>, String)> = db
        .conn()
        .prepare("SELECT grant_id, share FROM live_budget_line_funding WHERE budget_line_id = ?1 ORDER BY position")
        .unwrap()
        .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(funding, [(Some(g1), "0.8".to_string()), (None, "0.2".to_string())], "the rest is own co-financing");
    let after = data(&db, "2015-01-01", "2015-12-31");
    let total = |d: &Value| d["finance"]["budget_total"].as_str().unwrap().parse::<rust_decimal::Decimal>().unwrap();
    assert_eq!(total(&after) - total(&before), rust_decimal::Decimal::new(250000, 2), "2 × 1 250,00");

    // a cost on it keeps it; without one it goes, and comes back
    let mut cost = expense(&db, "100", "EUR", "2015-06-12");
    cost.budget_line_id = Some(id.clone());
    let tx = edit::create_transaction(&mut db, &pid, &cost).unwrap();
    assert_eq!(
        field_codes(budget::delete_budget_line(&mut db, &id).unwrap_err()),
        [("budget_line".into(), "line-in-use")]
    );
    edit::delete_transaction(&mut db, &tx).unwrap();
    budget::delete_budget_line(&mut db, &id).unwrap();
    budget::restore_budget_line(&mut db, &id).unwrap();
    let over = BudgetLineInput {
        funding: vec![ShareInput { grant_id: id_of(&db, "grants", "G1"), share: "120".into() }],
        ..input
    };
    assert_eq!(
        field_codes(budget::update_budget_line(&mut db, &id, &over).unwrap_err()),
        [("funding".into(), "not-a-percent")]
    );
}

/// The conversions the store keeps follow every change: after a rate corrected, a cost
/// deleted and brought back, a split changed and a cost booked, the report data equals that of
/// a fresh import of the same project (whose conversions were all made at once).
#[test]
fn the_kept_conversions_follow_every_change() {
    use tessera_core::finance::edit::RateInput;
    let (mut db, pid) = db();
    let t4_before = conversion(&data(&db, "2015-01-01", "2015-12-31"), "T4")["converted"].clone();
    // March's rate corrected: T4 (273 000 ALL, invoiced in March) follows
    let rate = RateInput {
        date: "2015-03-01".into(),
        from: "EUR".into(),
        to: "ALL".into(),
        rate: "140".into(),
        source: "inforeuro".into(),
    };
    edit::set_exchange_rate(&mut db, &pid, &rate).unwrap();
    let d = data(&db, "2015-01-01", "2015-12-31");
    assert_eq!(conversion(&d, "T4")["converted"], "1950.00", "273 000 / 140 (was {t4_before})");
    let t8 = id_of(&db, "transactions", "T8");
    edit::delete_transaction(&mut db, &t8).unwrap();
    assert_eq!(conversion(&data(&db, "2015-01-01", "2015-12-31"), "T8"), Value::Null);
    edit::restore_transaction(&mut db, &t8).unwrap();
    let t11 = id_of(&db, "transactions", "T11");
    let mut split = edit::transaction_input(&db, &t11).unwrap();
    split.grants = vec![
        ShareInput { grant_id: id_of(&db, "grants", "G1"), share: "50%".into() },
        ShareInput { grant_id: id_of(&db, "grants", "G2"), share: "50%".into() },
    ];
    edit::update_transaction(&mut db, &t11, &split).unwrap();
    let input = expense(&db, "12.000", "ALL", "2015-07-20");
    edit::create_transaction(&mut db, &pid, &input).unwrap();

    let kept = data(&db, "2015-01-01", "2015-12-31");
    let package = tessera_core::package::export_project(&db, "JI-ROMA").unwrap();
    let mut fresh = Db::open_in_memory().unwrap();
    tessera_core::package::import_package(&mut fresh, &package, false, &mut |_, _| {}).unwrap();
    let again = {
        let req = Request {
            project: "JI-ROMA".into(),
            template: "eu".into(),
            lang: "en".into(),
            from: "2015-01-01".into(),
            to: "2015-12-31".into(),
            ethnicity: false,
        };
        serde_json::to_value(report_data(&fresh, &req).unwrap()).unwrap()
    };
    for section in ["finance", "warnings", "conversions", "subgrants"] {
        assert_eq!(kept[section], again[section], "{section}");
    }
    assert_eq!(
        kept["finance"]["by_grant"]["G2"]["spent_cumulative"],
        again["finance"]["by_grant"]["G2"]["spent_cumulative"]
    );
}

#[test]
fn the_list_pages_searches_and_converts_beside_each_amount() {
    let (db, pid) = db();
    let page = tessera_core::finance::transaction_views(&db, &pid, None, 5).unwrap();
    assert_eq!((page.rows.len(), page.total), (5, 13), "the first five of thirteen, the latest first");
    assert!(page.rows.windows(2).all(|w| w[0].booking_date >= w[1].booking_date));
    let t4 = tessera_core::finance::transaction_views(&db, &pid, Some("F-2015"), 50).unwrap();
    assert!(t4.total >= 1 && t4.rows.iter().all(|t| t.document_no.as_deref().unwrap_or("").contains("F-2015")));
    let all = tessera_core::finance::transaction_views(&db, &pid, None, 50).unwrap();
    let row = |r: &str| all.rows.iter().find(|t| t.ref_ == r).unwrap();
    let c = row("T4").conversion.clone().unwrap();
    assert_eq!(
        (c.converted.as_deref(), c.rule.as_deref(), c.rate.as_deref()),
        (Some("1951.81"), Some("inforeuro_invoice_month"), Some("139.87"))
    );
    assert_eq!(row("T1").conversion, None, "income is not converted");
    assert_eq!(row("T10").reverses, None, "the package names no reversal");
}

#[test]
fn a_grant_from_the_form_with_its_reporting_schedule() {
    use tessera_core::finance::grants::{self, GrantInput, PeriodInput};
    let (mut db, pid) = db();
    let donor: String =
        db.conn().query_row("SELECT id FROM live_organisations WHERE ref = 'eu'", [], |r| r.get(0)).unwrap();
    let mut input = GrantInput {
        donor_org_id: donor,
        programme: Some("EIDHR".into()),
        contract_no: Some("2015/371-225".into()),
        amount: "150.000,00".into(),
        start: "2015-01-01".into(),
        end: "2016-12-31".into(),
        cofinancing_rate: Some("10%".into()),
        indirect_rate: Some("7%".into()),
        exchange_rule: "contract_rate".into(),
        contract_rate: None,
        reports: vec![PeriodInput {
            kind: "interim".into(),
            period_start: "2015-01-01".into(),
            period_end: "2015-12-31".into(),
            due: "2016-02-28".into(),
        }],
    };
    assert_eq!(
        field_codes(grants::create_grant(&mut db, &pid, &input).unwrap_err()),
        [("contract_rate".into(), "required")],
        "the contract rate rule needs its rate"
    );
    input.contract_rate = Some("139,50".into());
    let id = grants::create_grant(&mut db, &pid, &input).unwrap();
    let (r, amount, cof, ind, rate): (String, i64, String, String, String) = db
        .conn()
        .query_row(
            "SELECT ref, amount_minor, cofinancing_rate, indirect_rate, contract_rate FROM live_grants WHERE id = ?1",
            [&id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(
        (r.as_str(), amount, cof.as_str(), ind.as_str(), rate.as_str()),
        ("G3", 15_000_000, "0.1", "0.07", "139.50")
    );
    let back = grants::grant_input(&db, &id).unwrap();
    assert_eq!((back.cofinancing_rate.as_deref(), back.reports.len()), (Some("10"), 1));
    // the schedule is kept in step: a second period added, the first changed
    input.reports.push(PeriodInput {
        kind: "final".into(),
        period_start: "2015-01-01".into(),
        period_end: "2016-12-31".into(),
        due: "2017-03-31".into(),
    });
    input.reports[0].due = "2016-03-15".into();
    grants::update_grant(&mut db, &id, &input).unwrap();
    let periods: Vec<(String, String)> = edit::reporting_periods(&db, &pid)
        .unwrap()
        .into_iter()
        .filter(|p| p.grant_ref == "G3")
        .map(|p| (p.kind, p.due))
        .collect();
    assert_eq!(periods, [("interim".into(), "2016-03-15".into()), ("final".into(), "2017-03-31".into())]);
    // G1 funds transactions: refused; the new one goes, and comes back
    let g1 = id_of(&db, "grants", "G1");
    assert_eq!(field_codes(grants::delete_grant(&mut db, &g1).unwrap_err()), [("grant".into(), "grant-in-use")]);
    grants::delete_grant(&mut db, &id).unwrap();
    grants::restore_grant(&mut db, &id).unwrap();
}

#[test]
fn a_receipt_is_attached_even_to_a_locked_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid-small.json")).unwrap();
    let mut db =
        Db::open(&dir.path().join("r.db"), &tessera_core::OpenOptions { create: true, ..Default::default() }).unwrap();
    import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
    let pid = project_id(&db, "JI-ROMA").unwrap();
    let interim = edit::reporting_periods(&db, &pid).unwrap().into_iter().find(|p| p.kind == "interim").unwrap();
    edit::set_period_submitted(&mut db, &interim.id, Some("2016-02-20")).unwrap();
    let t4 = id_of(&db, "transactions", "T4");
    edit::attach_receipt(&mut db, &t4, "fatura-031.pdf", b"%PDF-1.4 receipt").unwrap();
    let listed = edit::receipts(&db, &t4).unwrap();
    assert_eq!((listed.len(), listed[0].filename.as_str()), (1, "fatura-031.pdf"));
    let page = tessera_core::finance::transaction_views(&db, &pid, Some("T4"), 10).unwrap();
    let row = page.rows.iter().find(|t| t.ref_ == "T4").unwrap();
    assert_eq!((row.receipts, row.locked), (1, true));
}

#[test]
fn the_outlook_burn_rate_projection_cofinancing_and_costs_outside_a_grant() {
    use tessera_core::finance::figures::{budget_vs_actual, outlook};
    let (mut db, pid) = db();
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let (from, to) = (day("2015-04-01"), day("2015-12-31"));
    let m = budget_vs_actual(&db, &pid, from, to).unwrap();
    let o = outlook(&db, &pid, to, &m).unwrap();
    // 14 489,54 spent in the twelve months of 2015: 1 207,46 a month; twelve months left
    assert_eq!((o.burn_per_month.as_str(), o.months_elapsed, o.months_left), ("1207.46", 12, 12));
    assert_eq!(o.projected_total, "28979.06", "14 489,54 + 12 × 1 207,46");
    // G1 12 694,46 + G2 890,78 charged to grants: 904,30 is the organisation's own
    assert_eq!(o.cofinancing_achieved, "904.30");
    assert_eq!(o.cofinancing_required.as_deref(), Some("19281.40"), "G1's 10 % of the 192 814,00 budget");
    assert_eq!(o.outside_grant_period, Vec::<String>::new());
    // a cost charged to G2 (which ended 31 December 2015) in January 2016
    let mut late = expense(&db, "50", "EUR", "2016-01-10");
    late.grants = vec![ShareInput { grant_id: id_of(&db, "grants", "G2"), share: "100".into() }];
    let id = edit::create_transaction(&mut db, &pid, &late).unwrap();
    let r: String =
        db.conn().query_row("SELECT ref FROM live_transactions WHERE id = ?1", [&id], |r| r.get(0)).unwrap();
    let m = budget_vs_actual(&db, &pid, from, day("2016-01-31")).unwrap();
    assert_eq!(outlook(&db, &pid, day("2016-01-31"), &m).unwrap().outside_grant_period, [r]);
}
