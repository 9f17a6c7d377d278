//! Finance: grants, budget, transactions, sub-grants and exchange rates — the lists, a
//! project's grants, the money rules (`figures.rs`), and how they are stored (`tables.rs`).

pub mod budget;
pub(crate) mod cache;
pub mod edit;
pub mod figures;
pub mod grants;
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

/// A grant as the transaction form's split offers it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct GrantChoice {
    pub id: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub donor: String,
    pub amount: String,
    pub currency: String,
    pub start: String,
    pub end: String,
    pub exchange_rule: String,
}

/// What the finance screen needs of a project before any figure: its currency and period,
/// grants, budget lines, reporting periods and how far they lock.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct FinanceSetup {
    pub currency: String,
    pub start: String,
    pub end: String,
    pub grants: Vec<GrantChoice>,
    pub lines: Vec<BudgetLineChoice>,
    pub periods: Vec<edit::ReportingPeriod>,
    pub locked_until: Option<String>,
}

pub fn finance_setup(db: &Db, project_id: &str) -> Result<FinanceSetup> {
    let c = db.conn();
    let (currency, start, end): (String, String, String) = c
        .query_row("SELECT currency, start_date, end_date FROM live_projects WHERE id = ?1", [project_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .map_err(|_| crate::Error::NotFound { what: "project", id: project_id.to_string() })?;
    let grants = c
        .prepare(
            "SELECT g.id, g.ref, coalesce(o.name, ''), g.amount_minor, g.amount_currency, g.start_date, g.end_date, g.exchange_rule
             FROM live_grants g LEFT JOIN live_organisations o ON o.id = g.donor_org_id
             WHERE g.project_id = ?1 ORDER BY g.position, g.ref",
        )?
        .query_map([project_id], |r| {
            let (m, cur): (i64, String) = (r.get(3)?, r.get(4)?);
            Ok(GrantChoice {
                id: r.get(0)?,
                ref_: r.get(1)?,
                donor: r.get(2)?,
                amount: Money::new(m, &cur).map(|m| m.to_string()).unwrap_or_default(),
                currency: cur,
                start: r.get(5)?,
                end: r.get(6)?,
                exchange_rule: r.get(7)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(FinanceSetup {
        currency,
        start,
        end,
        grants,
        lines: budget_line_choices(db, project_id)?,
        periods: edit::reporting_periods(db, project_id)?,
        locked_until: edit::locked_until(db, project_id)?.map(|d| d.to_string()),
    })
}

/// One transaction of the finance screen's list, with its conversion beside it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct TransactionView {
    pub id: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub kind: String,
    pub invoice_date: Option<String>,
    pub booking_date: Option<String>,
    pub payment_date: Option<String>,
    pub amount: String,
    pub currency: String,
    pub payee: Option<String>,
    pub document_no: Option<String>,
    pub description: Option<String>,
    pub budget_line: Option<String>,
    /// Each grant's ref and share (`G1`, `0.9`).
    pub grants: Vec<GrantShare>,
    /// An expense's amount in the project currency, its rate and rule (or the rate it lacks).
    pub conversion: Option<figures::ListedConversion>,
    /// In a submitted reporting period: only a reversing entry corrects it.
    pub locked: bool,
    /// The ref of the transaction this one reverses, and of the one that reverses it.
    pub reverses: Option<String>,
    pub reversed_by: Option<String>,
    /// How many receipts are attached.
    pub receipts: u32,
}

/// A grant's share of a transaction as the list shows it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct GrantShare {
    pub grant: String,
    pub share: String,
}

/// A page of a project's transactions and how many match.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct TransactionPage {
    pub rows: Vec<TransactionView>,
    pub total: u32,
}

/// A project's transactions, the latest first, that match `search` (ref, payee, document
/// number, description, budget line; any script): the first `limit` with their conversions,
/// grant shares and locks, and how many match.
pub fn transaction_views(db: &Db, project_id: &str, search: Option<&str>, limit: usize) -> Result<TransactionPage> {
    let until = edit::locked_until(db, project_id)?.map(|d| d.to_string());
    let needle = search.map(fold).filter(|s| !s.trim().is_empty());
    let c = db.conn();
    let mut stmt = c.prepare(
        "SELECT t.rowid, t.id, t.ref, t.kind, t.invoice_date, t.booking_date, t.payment_date, t.amount_minor, t.amount_currency,
                t.payee, t.document_no, t.description, l.ref, r.ref
         FROM /* all rows */ transactions t LEFT JOIN live_budget_lines l ON l.id = t.budget_line_id
         LEFT JOIN live_transactions r ON r.id = t.reverses_id
         WHERE t.project_id = ?1 AND t.cl % 2 = 1
         ORDER BY coalesce(t.booking_date, t.invoice_date, t.payment_date) DESC, t.position DESC",
    )?;
    let mut rows = stmt.query([project_id])?;
    let (mut page, mut rowids, mut total) = (Vec::new(), Vec::new(), 0u32);
    while let Some(r) = rows.next()? {
        let (payee, document_no, description, line): (Option<String>, Option<String>, Option<String>, Option<String>) =
            (r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?);
        let ref_: String = r.get(2)?;
        if let Some(n) = &needle {
            let words = [Some(&ref_), payee.as_ref(), document_no.as_ref(), description.as_ref(), line.as_ref()];
            let text: String = words.iter().flatten().map(|s| s.as_str()).collect::<Vec<_>>().join(" ");
            if !fold(&text).contains(n.as_str()) {
                continue;
            }
        }
        total += 1;
        if page.len() >= limit {
            continue;
        }
        let (m, cur): (i64, String) = (r.get(7)?, r.get(8)?);
        let dates: [Option<String>; 3] = [r.get(4)?, r.get(5)?, r.get(6)?];
        let last = dates.iter().flatten().max().cloned();
        rowids.push(r.get::<_, i64>(0)?);
        page.push(TransactionView {
            id: r.get(1)?,
            ref_,
            kind: r.get(3)?,
            invoice_date: dates[0].clone(),
            booking_date: dates[1].clone(),
            payment_date: dates[2].clone(),
            amount: Money::new(m, &cur).map(|m| m.to_string()).unwrap_or_default(),
            currency: cur,
            payee,
            document_no,
            description,
            budget_line: line,
            grants: Vec::new(),
            conversion: None,
            locked: matches!((&last, &until), (Some(d), Some(u)) if d <= u),
            reverses: r.get(13)?,
            reversed_by: None,
            receipts: 0,
        });
    }
    let mut conversions = figures::listed_conversions(db, project_id, &rowids)?;
    let mut splits = c.prepare_cached(
        "SELECT g.ref, tg.share FROM live_transaction_grants tg JOIN live_grants g ON g.id = tg.grant_id
         WHERE tg.transaction_id = ?1 ORDER BY tg.position, tg.id",
    )?;
    let mut reversed = c.prepare_cached("SELECT ref FROM live_transactions WHERE reverses_id = ?1 LIMIT 1")?;
    let mut receipts =
        c.prepare_cached("SELECT count(*) FROM live_attachments WHERE owner_table = 'transactions' AND owner_id = ?1")?;
    for (t, rowid) in page.iter_mut().zip(&rowids) {
        t.receipts = receipts.query_row([&t.id], |r| r.get(0))?;
        t.grants = splits
            .query_map([&t.id], |r| Ok(GrantShare { grant: r.get(0)?, share: r.get(1)? }))?
            .collect::<Result<_, _>>()?;
        t.conversion = conversions.remove(rowid);
        t.reversed_by = reversed.query_row([&t.id], |r| r.get(0)).ok();
    }
    Ok(TransactionPage { rows: page, total })
}

/// An exchange rate as the rates table lists it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct RateRow {
    pub id: String,
    pub date: String,
    pub from: String,
    pub to: String,
    pub rate: String,
    pub source: String,
}

/// The organisation's exchange rates, the latest first.
pub fn exchange_rates(db: &Db) -> Result<Vec<RateRow>> {
    Ok(db
        .conn()
        .prepare(
            "SELECT id, date, from_currency, to_currency, rate, source FROM live_exchange_rates
             ORDER BY date DESC, from_currency, to_currency, source",
        )?
        .query_map([], |r| {
            Ok(RateRow {
                id: r.get(0)?,
                date: r.get(1)?,
                from: r.get(2)?,
                to: r.get(3)?,
                rate: r.get(4)?,
                source: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?)
}
