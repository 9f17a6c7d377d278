//! Budget vs actual for a grant with 50 000 transactions (issue: ≤ 30 ms): the small demo's
//! first project with 50 000 expenses in EUR and ALL over its lines (two in three in ALL,
//! converted at the InforEuro rate of the invoice month), imported like any package; then
//! the report data's money figures (conversions, lines, headings, grants, warnings) for a
//! year of the project. Prints p50, p95 and the slowest; asserts nothing about time.

use std::time::Instant;

use chrono::NaiveDate;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tessera_core::finance::figures::money_figures;
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
    let mut converted = 0;
    let times: Vec<f64> = (0..20)
        .map(|_| {
            let t = Instant::now();
            converted = money_figures(&db, &pid, from, to).unwrap().conversions.len();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    report(
        &format!("budget vs actual over {n} transactions ({converted} in the first year, converted)"),
        times,
        "≤ 30 ms",
    );
}
