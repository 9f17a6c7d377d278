//! A project's grants from the app: donor (from the directory), programme, contract number,
//! amount in the project's currency, period, co-financing and indirect-cost rates (typed as
//! percentages), the exchange-rate rule (with its contract rate when the rule needs one) and
//! the reporting schedule — checked at their fields first, then one write; refs `G<n>`;
//! deleted with undo unless a transaction or budget line is funded by it.

use rusqlite::types::Value;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::edit::typed_share;
use crate::input::{opt_text, text as t, Check};
use crate::money::{currency_exponent, parse_decimal, typed_amount, typed_decimal, Money};
use crate::{enums, rows, Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// One reporting period of the schedule.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PeriodInput {
    pub kind: String,
    pub period_start: String,
    pub period_end: String,
    pub due: String,
}

/// A grant as the grant form gives it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct GrantInput {
    /// An organisation of the directory.
    pub donor_org_id: String,
    pub programme: Option<String>,
    pub contract_no: Option<String>,
    /// In the project's currency, as typed.
    pub amount: String,
    pub start: String,
    pub end: String,
    /// Percentages as typed (`10`, `7 %`, `0,07`).
    pub cofinancing_rate: Option<String>,
    pub indirect_rate: Option<String>,
    pub exchange_rule: String,
    /// Units of another currency per one of the project's, when the rule is the contract rate.
    pub contract_rate: Option<String>,
    #[serde(default)]
    pub reports: Vec<PeriodInput>,
}

struct Parsed {
    amount: Money,
    cofinancing: Option<Decimal>,
    indirect: Option<Decimal>,
    contract_rate: Option<String>,
}

fn checked(db: &Db, project: &str, input: &GrantInput) -> Result<Parsed> {
    let mut c = Check::default();
    let currency: String =
        db.conn().query_row("SELECT currency FROM live_projects WHERE id = ?1", [project], |r| r.get(0))?;
    let donor: i64 =
        db.conn()
            .query_row("SELECT count(*) FROM live_organisations WHERE id = ?1", [&input.donor_org_id], |r| r.get(0))?;
    if donor == 0 {
        c.push("donor_org_id", "required", vec![]);
    }
    let decimals = currency_exponent(&currency).unwrap_or(2);
    let amount =
        typed_amount(&input.amount, decimals).and_then(|d| Money::parse(&d, &currency).ok()).filter(|m| m.minor >= 0);
    if amount.is_none() {
        c.push("amount", "invalid-value", vec![("value", input.amount.clone()), ("allowed", "150.000,00".into())]);
    }
    let s = c.date("start", &input.start);
    let e = c.date("end", &input.end);
    c.range("end", s, e);
    let mut rate = |field: &str, typed: &Option<String>| -> Option<Decimal> {
        let typed = typed.as_deref().map(str::trim).filter(|r| !r.is_empty())?;
        let r = typed_share(typed).filter(|r| *r >= Decimal::ZERO && *r <= Decimal::ONE);
        if r.is_none() {
            c.push(field, "not-a-percent", vec![("value", typed.to_string())]);
        }
        r
    };
    let cofinancing = rate("cofinancing_rate", &input.cofinancing_rate);
    let indirect = rate("indirect_rate", &input.indirect_rate);
    c.one_of("exchange_rule", &input.exchange_rule, enums::values("ExchangeRule"));
    let contract_rate = match input.contract_rate.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        None => {
            if input.exchange_rule == "contract_rate" {
                c.push("contract_rate", "required", vec![]);
            }
            None
        }
        Some(r) => {
            let d = typed_decimal(r).filter(|d| parse_decimal(d).is_some_and(|d| d > Decimal::ZERO));
            if d.is_none() {
                c.push("contract_rate", "invalid-value", vec![("value", r.to_string()), ("allowed", "1,95583".into())]);
            }
            d
        }
    };
    for (i, p) in input.reports.iter().enumerate() {
        c.one_of(&format!("reports.{i}.kind"), &p.kind, enums::values("DeadlineKind"));
        let s = c.date(&format!("reports.{i}.period_start"), &p.period_start);
        let e = c.date(&format!("reports.{i}.period_end"), &p.period_end);
        c.range(&format!("reports.{i}.period_end"), s, e);
        c.date(&format!("reports.{i}.due"), &p.due);
    }
    c.finish()?;
    Ok(Parsed { amount: amount.expect("checked"), cofinancing, indirect, contract_rate })
}

fn values(input: &GrantInput, p: &Parsed) -> Vec<(&'static str, Value)> {
    let fraction = |d: Option<Decimal>| d.map_or(Value::Null, |d| t(&d.normalize().to_string()));
    vec![
        ("donor_org_id", t(&input.donor_org_id)),
        ("programme", opt_text(&input.programme)),
        ("contract_no", opt_text(&input.contract_no)),
        ("amount_minor", Value::Integer(p.amount.minor)),
        ("amount_currency", t(p.amount.currency())),
        ("start_date", t(&input.start)),
        ("end_date", t(&input.end)),
        ("cofinancing_rate", fraction(p.cofinancing)),
        ("indirect_rate", fraction(p.indirect)),
        ("exchange_rule", t(&input.exchange_rule)),
        ("contract_rate", p.contract_rate.as_deref().map_or(Value::Null, t)),
    ]
}

/// The grant's reporting schedule kept in step with the form, period by period (a period
/// already marked submitted keeps that mark).
fn keep_reports(w: &mut crate::store::Writer<'_>, grant: &str, reports: &[PeriodInput]) -> Result<()> {
    let items = reports
        .iter()
        .map(|p| {
            vec![
                ("kind", t(&p.kind)),
                ("period_start", t(&p.period_start)),
                ("period_end", t(&p.period_end)),
                ("due", t(&p.due)),
            ]
        })
        .collect();
    rows::keep_list(w, "grant_reports", "grant_id", grant, items)
}

/// Add a grant to project `project_id`; returns its id.
pub fn create_grant(db: &mut Db, project_id: &str, input: &GrantInput) -> Result<String> {
    rows::exists(db, "projects", "project", project_id)?;
    let parsed = checked(db, project_id, input)?;
    let r = rows::ref_pattern(db, "grants", project_id, 'G')?.next();
    let position = rows::next_position(db, "grants", project_id)?;
    let mut row = values(input, &parsed);
    row.extend([("project_id", t(project_id)), ("ref", t(&r)), ("position", Value::Integer(position))]);
    db.write(|w| {
        let id = w.insert("grants", &row)?;
        keep_reports(w, &id, &input.reports)?;
        Ok(id)
    })
}

/// Change a grant from the form.
pub fn update_grant(db: &mut Db, id: &str, input: &GrantInput) -> Result<()> {
    let project: String = db
        .conn()
        .query_row("SELECT project_id FROM live_grants WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| Error::NotFound { what: "grant", id: id.to_string() })?;
    let parsed = checked(db, &project, input)?;
    let row = values(input, &parsed);
    db.write(|w| {
        w.update("grants", id, &row)?;
        keep_reports(w, id, &input.reports)
    })
}

/// Delete a grant (undo: `restore_grant`); refused while a transaction or budget line names it.
pub fn delete_grant(db: &mut Db, id: &str) -> Result<()> {
    let n: i64 = db.conn().query_row(
        "SELECT (SELECT count(*) FROM live_transaction_grants WHERE grant_id = ?1)
              + (SELECT count(*) FROM live_budget_line_funding WHERE grant_id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if n > 0 {
        let mut c = Check::default();
        c.push("grant", "grant-in-use", vec![("count", n.to_string())]);
        c.finish()?;
    }
    rows::delete(db, "grants", "grant", id)
}

pub fn restore_grant(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "grants", "grant", id)
}

/// A stored grant as the form shows it (rates as percentages).
pub fn grant_input(db: &Db, id: &str) -> Result<GrantInput> {
    let percent = |s: Option<String>| {
        s.and_then(|s| parse_decimal(&s)).map(|d| (d * Decimal::ONE_HUNDRED).normalize().to_string())
    };
    let mut input = db
        .conn()
        .query_row(
            "SELECT donor_org_id, programme, contract_no, amount_minor, amount_currency, start_date, end_date,
                    cofinancing_rate, indirect_rate, exchange_rule, contract_rate
             FROM live_grants WHERE id = ?1",
            [id],
            |r| {
                let (m, cur): (i64, String) = (r.get(3)?, r.get(4)?);
                Ok(GrantInput {
                    donor_org_id: r.get(0)?,
                    programme: r.get(1)?,
                    contract_no: r.get(2)?,
                    amount: Money::new(m, &cur).map(|m| m.to_string()).unwrap_or_default(),
                    start: r.get(5)?,
                    end: r.get(6)?,
                    cofinancing_rate: percent(r.get(7)?),
                    indirect_rate: percent(r.get(8)?),
                    exchange_rule: r.get(9)?,
                    contract_rate: r.get(10)?,
                    reports: Vec::new(),
                })
            },
        )
        .map_err(|_| Error::NotFound { what: "grant", id: id.to_string() })?;
    input.reports = db
        .conn()
        .prepare("SELECT kind, period_start, period_end, due FROM live_grant_reports WHERE grant_id = ?1 ORDER BY position, id")?
        .query_map([id], |r| Ok(PeriodInput { kind: r.get(0)?, period_start: r.get(1)?, period_end: r.get(2)?, due: r.get(3)? }))?
        .collect::<std::result::Result<_, _>>()?;
    Ok(input)
}
