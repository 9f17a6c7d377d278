//! Finance: grants, budget, transactions, sub-grants and exchange rates — the lists, a
//! project's grants, the money rules (`figures.rs`), and how they are stored (`tables.rs`).

pub mod edit;
pub mod figures;
pub mod import;
pub mod tables;

use rusqlite::Connection;
use serde::Serialize;

use crate::money::Money;
use crate::projects::project_id;
use crate::search::fold;
use crate::{Db, Result};

#[cfg(feature = "specta")]
use specta::Type;

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct GrantRow {
    pub donor: String,
    pub programme: Option<String>,
    pub contract_no: Option<String>,
    pub amount: String,
    pub currency: String,
    pub start: String,
    pub end: String,
}

/// A budget line as a picker shows it (the activity form's linked budget lines).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct BudgetLineChoice {
    pub id: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub heading: String,
    pub description: String,
}

/// A project's budget lines, by heading and ref.
pub fn budget_line_choices(db: &Db, project_id: &str) -> Result<Vec<BudgetLineChoice>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, ref, heading, description FROM live_budget_lines WHERE project_id = ?1 ORDER BY position, ref",
    )?;
    let rows = stmt.query_map([project_id], |r| {
        Ok(BudgetLineChoice { id: r.get(0)?, ref_: r.get(1)?, heading: r.get(2)?, description: r.get(3)? })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TransactionRow {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub project: String,
    pub kind: String,
    pub date: Option<String>,
    pub amount: String,
    pub currency: String,
    pub payee: Option<String>,
    pub description: Option<String>,
}

/// A grant as `tessera list grants` shows it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GrantListRow {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub project: String,
    pub donor: String,
    pub programme: Option<String>,
    pub contract_no: Option<String>,
    pub amount: String,
    pub currency: String,
    pub start: String,
    pub end: String,
    pub exchange_rule: String,
}

/// The grants of every project, or of one; `search` matches donor, programme and contract
/// number in any script.
pub fn list_grants(db: &Db, project: Option<&str>, search: Option<&str>) -> Result<Vec<GrantListRow>> {
    let pid = project.map(|code| project_id(db, code)).transpose()?;
    let needle = search.map(fold);
    let mut stmt = db.conn().prepare(
        "SELECT g.ref, p.code, coalesce(o.name, ''), g.programme, g.contract_no, g.amount_minor, g.amount_currency,
                g.start_date, g.end_date, g.exchange_rule
         FROM live_grants g JOIN live_projects p ON p.id = g.project_id
         LEFT JOIN live_organisations o ON o.id = g.donor_org_id
         WHERE (?1 IS NULL OR g.project_id = ?1) ORDER BY p.code, g.position, g.ref",
    )?;
    let rows = stmt.query_map([pid], |r| {
        let (m, cur): (i64, String) = (r.get(5)?, r.get(6)?);
        Ok(GrantListRow {
            ref_: r.get(0)?,
            project: r.get(1)?,
            donor: r.get(2)?,
            programme: r.get(3)?,
            contract_no: r.get(4)?,
            amount: Money::new(m, &cur).map(|m| m.to_string()).unwrap_or_default(),
            currency: cur,
            start: r.get(7)?,
            end: r.get(8)?,
            exchange_rule: r.get(9)?,
        })
    })?;
    let all: Vec<GrantListRow> = rows.collect::<Result<_, _>>()?;
    Ok(all
        .into_iter()
        .filter(|g| {
            needle.as_ref().is_none_or(|n| {
                fold(&format!(
                    "{} {} {} {}",
                    g.ref_,
                    g.donor,
                    g.programme.as_deref().unwrap_or(""),
                    g.contract_no.as_deref().unwrap_or("")
                ))
                .contains(n.as_str())
            })
        })
        .collect())
}

/// A project's grants with their donors.
pub(crate) fn grants_of_project(c: &Connection, id: &str) -> Result<Vec<GrantRow>> {
    Ok(c.prepare("SELECT coalesce(o.name, ''), g.programme, g.contract_no, g.amount_minor, g.amount_currency, g.start_date, g.end_date
        FROM live_grants g LEFT JOIN live_organisations o ON o.id = g.donor_org_id WHERE g.project_id = ?1 ORDER BY g.position")?
        .query_map([id], |r| {
            let (m, cur): (i64, String) = (r.get(3)?, r.get(4)?);
            Ok(GrantRow { donor: r.get(0)?, programme: r.get(1)?, contract_no: r.get(2)?,
                amount: Money::new(m, &cur).map(|m| m.to_string()).unwrap_or_default(), currency: cur, start: r.get(5)?, end: r.get(6)? })
        })?
        .collect::<Result<_, _>>()?)
}

pub fn list_transactions(db: &Db, project: Option<&str>, search: Option<&str>) -> Result<Vec<TransactionRow>> {
    let pid = project.map(|code| project_id(db, code)).transpose()?;
    let needle = search.map(fold);
    let mut stmt = db.conn().prepare(
        "SELECT t.ref, p.code, t.kind, coalesce(t.payment_date, t.booking_date, t.invoice_date), t.amount_minor, t.amount_currency,
                t.payee, t.description
         FROM live_transactions t JOIN live_projects p ON p.id = t.project_id WHERE (?1 IS NULL OR t.project_id = ?1)
         ORDER BY p.code, t.position",
    )?;
    let rows = stmt.query_map([pid], |r| {
        let (m, cur): (i64, String) = (r.get(4)?, r.get(5)?);
        Ok(TransactionRow {
            ref_: r.get(0)?,
            project: r.get(1)?,
            kind: r.get(2)?,
            date: r.get(3)?,
            amount: Money::new(m, &cur).map(|m| m.to_string()).unwrap_or_default(),
            currency: cur,
            payee: r.get(6)?,
            description: r.get(7)?,
        })
    })?;
    let all: Vec<TransactionRow> = rows.collect::<Result<_, _>>()?;
    Ok(all
        .into_iter()
        .filter(|t| {
            needle.as_ref().is_none_or(|n| {
                fold(&format!(
                    "{} {} {}",
                    t.ref_,
                    t.payee.as_deref().unwrap_or(""),
                    t.description.as_deref().unwrap_or("")
                ))
                .contains(n.as_str())
            })
        })
        .collect())
}
