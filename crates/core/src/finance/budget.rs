//! The budget editor's writes: a budget line under a heading (the EU set 1–9 by default, any
//! other heading as typed), with unit, quantity and unit cost in the project's currency, and
//! who funds it — grants by share, the rest the organisation's own co-financing, so the
//! shares always add up to exactly 1; refs continue within the heading (`2.1` → `2.2`);
//! changed, deleted with undo (refused while a transaction is booked on it).

use rusqlite::types::Value;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::edit::{typed_share, ShareInput};
use crate::input::{opt_text, text as t, Check};
use crate::money::{parse_decimal, typed_amount, typed_decimal, Money};
use crate::{rows, Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// A budget line as the budget editor's form gives it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct BudgetLineInput {
    pub heading: String,
    pub description: String,
    pub unit: Option<String>,
    /// As typed (`12`, `2,5`).
    pub quantity: String,
    /// In the project's currency, as typed (`1.250,00`).
    pub unit_cost: String,
    /// The grants that fund it, by share as typed (`80 %`); the rest is own co-financing.
    #[serde(default)]
    pub funding: Vec<ShareInput>,
}

/// The form's values, read.
struct Parsed {
    quantity: String,
    unit_cost: Money,
    funding: Vec<(Option<String>, Decimal)>,
}

fn checked(db: &Db, project: &str, input: &BudgetLineInput) -> Result<Parsed> {
    let mut c = Check::default();
    c.required("heading", &input.heading);
    c.required("description", &input.description);
    let currency: String =
        db.conn().query_row("SELECT currency FROM live_projects WHERE id = ?1", [project], |r| r.get(0))?;
    let quantity = typed_decimal(&input.quantity).filter(|q| parse_decimal(q).is_some_and(|d| d >= Decimal::ZERO));
    if quantity.is_none() {
        c.push("quantity", "invalid-value", vec![("value", input.quantity.clone()), ("allowed", "12, 2,5".into())]);
    }
    let decimals = crate::money::currency_exponent(&currency).unwrap_or(2);
    let unit_cost = typed_amount(&input.unit_cost, decimals)
        .and_then(|d| Money::parse(&d, &currency).ok())
        .filter(|m| m.minor >= 0);
    if unit_cost.is_none() {
        c.push("unit_cost", "invalid-value", vec![("value", input.unit_cost.clone()), ("allowed", "1250,00".into())]);
    }
    let mut funding = Vec::new();
    let mut sum = Decimal::ZERO;
    for f in input.funding.iter().filter(|f| !f.grant_id.is_empty()) {
        let n: i64 = db.conn().query_row(
            "SELECT count(*) FROM live_grants WHERE id = ?1 AND project_id = ?2",
            [&f.grant_id, project],
            |r| r.get(0),
        )?;
        if n == 0 {
            c.push("funding", "invalid-value", vec![("value", f.grant_id.clone()), ("allowed", String::new())]);
            continue;
        }
        match typed_share(&f.share).filter(|s| *s >= Decimal::ZERO && *s <= Decimal::ONE) {
            Some(s) => {
                sum += s;
                funding.push((Some(f.grant_id.clone()), s));
            }
            None => c.push("funding", "not-a-percent", vec![("value", f.share.clone())]),
        }
    }
    if sum > Decimal::ONE {
        c.push("funding", "shares-over-100", vec![("sum", (sum * Decimal::ONE_HUNDRED).normalize().to_string())]);
    }
    c.finish()?;
    if sum < Decimal::ONE {
        funding.push((None, Decimal::ONE - sum));
    }
    Ok(Parsed { quantity: quantity.expect("checked"), unit_cost: unit_cost.expect("checked"), funding })
}

fn values(input: &BudgetLineInput, p: &Parsed) -> Vec<(&'static str, Value)> {
    vec![
        ("heading", t(&input.heading)),
        ("description", t(&input.description)),
        ("unit", opt_text(&input.unit)),
        ("quantity", t(&p.quantity)),
        ("unit_cost_minor", Value::Integer(p.unit_cost.minor)),
        ("unit_cost_currency", t(p.unit_cost.currency())),
    ]
}

/// The line's funding replaced by the form's, in its order.
fn keep_funding(w: &mut crate::store::Writer<'_>, line: &str, funding: &[(Option<String>, Decimal)]) -> Result<()> {
    let items = funding
        .iter()
        .map(|(grant, share)| {
            vec![("grant_id", grant.as_deref().map_or(Value::Null, t)), ("share", t(&share.normalize().to_string()))]
        })
        .collect();
    rows::keep_list(w, "budget_line_funding", "budget_line_id", line, items)
}

/// The next ref under `heading`: its highest `<heading>.<n>` plus one (`2.1` → `2.2`).
fn next_ref(db: &Db, project: &str, heading: &str) -> Result<String> {
    let refs: Vec<String> = db
        .conn()
        .prepare("SELECT ref FROM /* all rows */ budget_lines WHERE project_id = ?1")?
        .query_map([project], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    let prefix = format!("{}.", heading.trim());
    let n = refs.iter().filter_map(|r| r.strip_prefix(&prefix)?.parse::<u32>().ok()).max().unwrap_or(0);
    Ok(format!("{prefix}{}", n + 1))
}

/// Add a budget line to project `project_id`; returns its id.
pub fn create_budget_line(db: &mut Db, project_id: &str, input: &BudgetLineInput) -> Result<String> {
    rows::exists(db, "projects", "project", project_id)?;
    let parsed = checked(db, project_id, input)?;
    let r = next_ref(db, project_id, &input.heading)?;
    let position = rows::next_position(db, "budget_lines", project_id)?;
    let mut row = values(input, &parsed);
    row.extend([("project_id", t(project_id)), ("ref", t(&r)), ("position", Value::Integer(position))]);
    db.write(|w| {
        let id = w.insert("budget_lines", &row)?;
        keep_funding(w, &id, &parsed.funding)?;
        Ok(id)
    })
}

/// Change a budget line from the form.
pub fn update_budget_line(db: &mut Db, id: &str, input: &BudgetLineInput) -> Result<()> {
    let project: String = db
        .conn()
        .query_row("SELECT project_id FROM live_budget_lines WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| Error::NotFound { what: "budget line", id: id.to_string() })?;
    let parsed = checked(db, &project, input)?;
    let row = values(input, &parsed);
    db.write(|w| {
        w.update("budget_lines", id, &row)?;
        keep_funding(w, id, &parsed.funding)
    })
}

/// Delete a budget line (undo: `restore_budget_line`); refused while a transaction is on it.
pub fn delete_budget_line(db: &mut Db, id: &str) -> Result<()> {
    let n: i64 =
        db.conn().query_row("SELECT count(*) FROM live_transactions WHERE budget_line_id = ?1", [id], |r| r.get(0))?;
    if n > 0 {
        let mut c = Check::default();
        c.push("budget_line", "line-in-use", vec![("count", n.to_string())]);
        c.finish()?;
    }
    rows::delete(db, "budget_lines", "budget line", id)
}

pub fn restore_budget_line(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "budget_lines", "budget line", id)
}

/// A stored budget line as the form shows it (shares in the package form, own funding left out).
pub fn budget_line_input(db: &Db, id: &str) -> Result<BudgetLineInput> {
    let mut input = db
        .conn()
        .query_row(
            "SELECT heading, description, unit, quantity, unit_cost_minor, unit_cost_currency FROM live_budget_lines WHERE id = ?1",
            [id],
            |r| {
                let (m, cur): (i64, String) = (r.get(4)?, r.get(5)?);
                Ok(BudgetLineInput {
                    heading: r.get(0)?,
                    description: r.get(1)?,
                    unit: r.get(2)?,
                    quantity: r.get(3)?,
                    unit_cost: Money::new(m, &cur).map(|m| m.to_string()).unwrap_or_default(),
                    funding: Vec::new(),
                })
            },
        )
        .map_err(|_| Error::NotFound { what: "budget line", id: id.to_string() })?;
    input.funding = db
        .conn()
        .prepare(
            "SELECT grant_id, share FROM live_budget_line_funding WHERE budget_line_id = ?1 AND grant_id IS NOT NULL
             ORDER BY position, id",
        )?
        .query_map([id], |r| Ok(ShareInput { grant_id: r.get(0)?, share: r.get(1)? }))?
        .collect::<std::result::Result<_, _>>()?;
    Ok(input)
}
