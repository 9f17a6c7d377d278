//! Budget vs actual for a grant with 50 000 transactions (issue: ≤ 30 ms): the small demo's
//! first project with 50 000 expenses in EUR and ALL over its lines (two in three in ALL,
//! converted at the InforEuro rate of the invoice month), imported like any package; then
//! the report data's money figures (conversions, lines, headings, grants, warnings) for a
//! year of the project; then booking one more transaction and reading the totals again (the
//! app's two commands). Prints p50, p95 and the slowest; asserts nothing about time.

use std::time::Instant;

use chrono::NaiveDate;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tessera_core::finance::edit::{create_transaction, ShareInput, TransactionInput};
use tessera_core::finance::figures::{budget_vs_actual, money_figures};
use tessera_core::package::{import_package, Transaction, TransactionGrant};
use tessera_core::projects::project_id;
use tessera_core::{demo, Db, OpenOptions};

mod common;
use common::report;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let n = 50_000;
    let mut rng = ChaCha8Rng::seed_from_u64(15);
    let mut pkg = demo::package(demo::Scale::Small);
    let project = &mut pkg.projects[0];
    let lines: Vec<String> = project.budget.as_ref().unwrap().lines.iter().map(|l| l.ref_.clone()).collect();
    let grant = project.grants[0].ref_.clone();
    let start: NaiveDate = project.start.parse().unwrap();
    // the demo's rates cover its first 23 months
    project.transactions = (0..n)
        .map(|k| {
            let d = (start + chrono::Duration::days(rng.random_range(0..660))).to_string();
            let local = k % 3 != 0;
            let amount = format!("{}.{:02}", rng.random_range(1..150_000), rng.random_range(0..100));
            Transaction {
                ref_: format!("T{k:05}"),
                kind: "expense".into(),
                invoice_date: Some(d.clone()),
                booking_date: Some(d.clone()),
                payment_date: Some(d),
                amount,
                currency: if local { "ALL" } else { "EUR" }.into(),
                budget_line: Some(lines[k % lines.len()].clone()),
                grants: vec![TransactionGrant { grant: grant.clone(), share: "0.90".into() }],
                partner: Some("self".into()),
                ..Default::default()
            }
        })
        .collect();
    let code = project.code.clone();
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("finance.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    import_package(&mut db, &pkg, false, &mut |_, _| {}).unwrap();
    let pid = project_id(&db, &code).unwrap();
    let (from, to) = (start, start + chrono::Duration::days(364));
    let converted = money_figures(&db, &pid, from, to).unwrap().conversions.len();
    let timed = |f: &dyn Fn()| -> Vec<f64> {
        (0..20)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect()
    };
    report(
        &format!("budget vs actual over {n} transactions ({converted} in the first year; the app's view)"),
        timed(&|| drop(budget_vs_actual(&db, &pid, from, to).unwrap())),
        "≤ 30 ms",
    );
    report(
        "the report's money data over the same (every conversion listed too)",
        timed(&|| drop(money_figures(&db, &pid, from, to).unwrap())),
        "none",
    );

    // the finance officer books one more receipt and looks at the totals: the app's two
    // commands (create_transaction, budget_vs_actual) without the window's call and paint
    let line: String = db
        .conn()
        .query_row("SELECT id FROM live_budget_lines WHERE project_id = ?1 LIMIT 1", [&pid], |r| r.get(0))
        .unwrap();
    let grant: String =
        db.conn().query_row("SELECT id FROM live_grants WHERE project_id = ?1 LIMIT 1", [&pid], |r| r.get(0)).unwrap();
    let day = (start + chrono::Duration::days(40)).to_string();
    let times: Vec<f64> = (0..20)
        .map(|k| {
            let input = TransactionInput {
                kind: "expense".into(),
                booking_date: Some(day.clone()),
                amount: format!("{}.000,{:02}", 10 + k, k),
                currency: "ALL".into(),
                budget_line_id: Some(line.clone()),
                grants: vec![ShareInput { grant_id: grant.clone(), share: "90 %".into() }],
                ..Default::default()
            };
            let t = Instant::now();
            create_transaction(&mut db, &pid, &input).unwrap();
            budget_vs_actual(&db, &pid, from, to).unwrap();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    report("book a transaction, then budget vs actual over 50 000 (the app's two commands)", times, "≤ 50 ms");
}
