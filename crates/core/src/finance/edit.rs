//! Transactions from the app and the table import: checked at their fields first (amounts and
//! rates with a comma or a dot, at least one date, a split across grants never above 100 %, a
//! negative amount only for a reversing entry), then one write; changed, deleted with undo —
//! until a submitted reporting period holds them: then a correction is a **reversing entry**
//! (the same cost negated, at the original's rate, dated in an open period). Reporting
//! periods are marked submitted here, and reopened.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::input::{opt_text, text as t, Check};
use crate::money::{parse_decimal, typed_amount, typed_decimal, Money, MoneyError};
use crate::{enums, rows, Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// A grant's share of a transaction as typed: `0.9`, `90 %` or `90` (a number above 1 or
/// with `%` is a percentage).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ShareInput {
    pub grant_id: String,
    pub share: String,
}

/// A transaction as the fast-entry form (or a table's row) gives it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct TransactionInput {
    pub kind: String,
    pub invoice_date: Option<String>,
    pub booking_date: Option<String>,
    pub payment_date: Option<String>,
    /// As typed: `1.234,56`, `120000.00`.
    pub amount: String,
    pub currency: String,
    /// Units of `currency` per one unit of the project's currency, as typed; none = the
    /// grant's exchange rule.
    pub rate: Option<String>,
    pub budget_line_id: Option<String>,
    pub partner_org_id: Option<String>,
    pub payee: Option<String>,
    pub document_no: Option<String>,
    pub method: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub grants: Vec<ShareInput>,
    /// The transaction this one reverses (its correction); only then may the amount be negative.
    #[serde(default)]
    pub reverses_id: Option<String>,
}

/// A share as typed, as a fraction of one (`90 %` → 0.9); none when it is not a number.
pub fn typed_share(s: &str) -> Option<Decimal> {
    let s = s.trim();
    let (number, percent) = match s.strip_suffix('%') {
        Some(n) => (n.trim(), true),
        None => (s, false),
    };
    let d = parse_decimal(&typed_decimal(number)?)?;
    Some(if percent || d > Decimal::ONE { d / Decimal::ONE_HUNDRED } else { d })
}

/// The last day a submitted reporting period of the project's grants covers: a transaction
/// all of whose dates lie on or before it is in a submitted report, and locked.
pub fn locked_until(db: &Db, project_id: &str) -> Result<Option<NaiveDate>> {
    let end: Option<String> = db.conn().query_row(
        "SELECT max(r.period_end) FROM live_grant_reports r JOIN live_grants g ON g.id = r.grant_id
         WHERE g.project_id = ?1 AND r.submitted_on IS NOT NULL",
        [project_id],
        |r| r.get(0),
    )?;
    Ok(end.and_then(|e| NaiveDate::parse_from_str(&e, "%Y-%m-%d").ok()))
}

/// Whether a transaction with these dates (at least one) lies in a submitted period.
fn is_locked(dates: &[Option<NaiveDate>], until: Option<NaiveDate>) -> bool {
    let last = dates.iter().flatten().max();
    matches!((last, until), (Some(d), Some(u)) if *d <= u)
}

/// The dates of a stored transaction.
fn stored_dates(db: &Db, id: &str) -> Result<(String, String, Vec<Option<NaiveDate>>)> {
    db.conn()
        .query_row(
            "SELECT project_id, ref, invoice_date, booking_date, payment_date FROM live_transactions WHERE id = ?1",
            [id],
            |r| {
                let d = |s: Option<String>| s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
                Ok((r.get(0)?, r.get(1)?, vec![d(r.get(2)?), d(r.get(3)?), d(r.get(4)?)]))
            },
        )
        .map_err(|_| Error::NotFound { what: "transaction", id: id.to_string() })
}

/// The project of transaction `id`, refused with `transaction-locked` when a submitted
/// period holds it.
pub(crate) fn unlocked(db: &Db, id: &str) -> Result<String> {
    let (project, r, dates) = stored_dates(db, id)?;
    let until = locked_until(db, &project)?;
    if is_locked(&dates, until) {
        let until = until.map(|u| u.to_string()).unwrap_or_default();
        return Err(Error::TransactionLocked { transaction: r, until });
    }
    Ok(project)
}

/// What the form's values are, once read.
pub(crate) struct Parsed {
    pub(crate) amount: Money,
    rate: Option<String>,
    pub(crate) shares: Vec<(String, Decimal)>,
}

/// Every problem of the form at its field (the form's and the table import's one rule), and
/// the values read when there is none.
pub(crate) fn problems(db: &Db, project: &str, input: &TransactionInput) -> Result<(Check, Option<Parsed>)> {
    let mut c = Check::default();
    c.one_of("kind", &input.kind, enums::values("TransactionKind"));
    let dates = [
        c.opt_date("invoice_date", &input.invoice_date),
        c.opt_date("booking_date", &input.booking_date),
        c.opt_date("payment_date", &input.payment_date),
    ];
    let blank = |s: &Option<String>| s.as_deref().is_none_or(|v| v.trim().is_empty());
    if blank(&input.invoice_date) && blank(&input.booking_date) && blank(&input.payment_date) {
        c.push("booking_date", "required", vec![]);
    }
    if let Some(until) = locked_until(db, project)? {
        if is_locked(&dates, Some(until)) {
            let last = dates.iter().flatten().max().map(|d| d.to_string()).unwrap_or_default();
            let field = ["booking_date", "invoice_date", "payment_date"]
                .into_iter()
                .zip([dates[1], dates[0], dates[2]])
                .find(|(_, d)| d.map(|d| d.to_string()) == Some(last.clone()))
                .map_or("booking_date", |(f, _)| f);
            c.push(field, "period-locked", vec![("value", last), ("until", until.to_string())]);
        }
    }
    let currency = input.currency.trim().to_uppercase();
    c.currency("currency", &currency);
    let amount = if !c.required("amount", &input.amount) {
        None
    } else {
        let decimals = crate::money::currency_exponent(&currency).unwrap_or(2);
        match typed_amount(&input.amount, decimals).map(|d| Money::parse(&d, &currency)) {
            Some(Ok(m)) if m.minor == 0 => {
                c.push("amount", "zero-amount", vec![("value", input.amount.clone())]);
                None
            }
            Some(Ok(m)) if m.minor < 0 && blank(&input.reverses_id) => {
                c.push("amount", "negative-amount", vec![("value", input.amount.clone())]);
                None
            }
            Some(Ok(m)) => Some(m),
            Some(Err(MoneyError::UnknownCurrency)) => None,
            _ => {
                c.push("amount", "invalid-value", vec![("value", input.amount.clone()), ("allowed", "1234,56".into())]);
                None
            }
        }
    };
    let rate = match input.rate.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        None => Some(None),
        Some(r) => match typed_decimal(r).filter(|d| parse_decimal(d).is_some_and(|d| d > Decimal::ZERO)) {
            Some(d) => Some(Some(d)),
            None => {
                c.push("rate", "invalid-value", vec![("value", r.to_string()), ("allowed", "139,87".into())]);
                None
            }
        },
    };
    if let Some(m) = input.method.as_deref().filter(|m| !m.is_empty()) {
        c.one_of("method", m, enums::values("PaymentMethod"));
    }
    let count = |sql: &str, id: &str| -> Result<bool> {
        let n: i64 = db.conn().query_row(sql, [id, project], |r| r.get(0))?;
        Ok(n > 0)
    };
    if let Some(line) = input.budget_line_id.as_deref().filter(|l| !l.is_empty()) {
        if !count("SELECT count(*) FROM live_budget_lines WHERE id = ?1 AND project_id = ?2", line)? {
            c.push("budget_line_id", "invalid-value", vec![("value", line.to_string()), ("allowed", String::new())]);
        }
    }
    if let Some(org) = input.partner_org_id.as_deref().filter(|o| !o.is_empty()) {
        let n: i64 =
            db.conn().query_row("SELECT count(*) FROM live_organisations WHERE id = ?1", [org], |r| r.get(0))?;
        if n == 0 {
            c.push("partner_org_id", "invalid-value", vec![("value", org.to_string()), ("allowed", String::new())]);
        }
    }
    if let Some(rev) = input.reverses_id.as_deref().filter(|r| !r.is_empty()) {
        if !count("SELECT count(*) FROM live_transactions WHERE id = ?1 AND project_id = ?2", rev)? {
            c.push("reverses_id", "invalid-value", vec![("value", rev.to_string()), ("allowed", String::new())]);
        }
    }
    let mut shares = Vec::new();
    let mut sum = Decimal::ZERO;
    for g in &input.grants {
        if !count("SELECT count(*) FROM live_grants WHERE id = ?1 AND project_id = ?2", &g.grant_id)? {
            c.push("grants", "invalid-value", vec![("value", g.grant_id.clone()), ("allowed", String::new())]);
            continue;
        }
        match typed_share(&g.share).filter(|s| *s >= Decimal::ZERO && *s <= Decimal::ONE) {
            Some(s) => {
                sum += s;
                shares.push((g.grant_id.clone(), s));
            }
            None => c.push("grants", "not-a-percent", vec![("value", g.share.clone())]),
        }
    }
    if sum > Decimal::ONE {
        let percent = (sum * Decimal::ONE_HUNDRED).normalize().to_string();
        c.push("grants", "shares-over-100", vec![("sum", percent)]);
    }
    let parsed = match (amount, rate) {
        (Some(amount), Some(rate)) => Some(Parsed { amount, rate, shares }),
        _ => None,
    };
    Ok((c, parsed))
}

/// The form checked: its values, or every problem in `Error::InvalidInput`.
fn checked(db: &Db, project: &str, input: &TransactionInput) -> Result<Parsed> {
    let (c, parsed) = problems(db, project, input)?;
    c.finish()?;
    Ok(parsed.expect("no problem means every value was read"))
}

/// The row's cells from the form.
pub(crate) fn values(input: &TransactionInput, p: &Parsed) -> Vec<(&'static str, Value)> {
    vec![
        ("kind", t(&input.kind)),
        ("invoice_date", opt_text(&input.invoice_date)),
        ("booking_date", opt_text(&input.booking_date)),
        ("payment_date", opt_text(&input.payment_date)),
        ("amount_minor", Value::Integer(p.amount.minor)),
        ("amount_currency", t(p.amount.currency())),
        ("rate", p.rate.as_deref().map_or(Value::Null, t)),
        ("budget_line_id", opt_text(&input.budget_line_id)),
        ("partner_org_id", opt_text(&input.partner_org_id)),
        ("payee", opt_text(&input.payee)),
        ("document_no", opt_text(&input.document_no)),
        ("method", opt_text(&input.method)),
        ("description", opt_text(&input.description)),
        ("reverses_id", opt_text(&input.reverses_id)),
    ]
}

/// The grant shares of a transaction kept in step with the form (in its order).
pub(crate) fn keep_shares(w: &mut crate::store::Writer<'_>, tx: &str, shares: &[(String, Decimal)]) -> Result<()> {
    let current: Vec<(String, String)> =
        w.query_map("SELECT id, grant_id FROM live_transaction_grants WHERE transaction_id = ?1", [tx], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    for (id, grant) in &current {
        if !shares.iter().any(|(g, _)| g == grant) {
            w.delete("transaction_grants", id)?;
        }
    }
    for (k, (grant, share)) in shares.iter().enumerate() {
        let cells = [("share", t(&share.normalize().to_string())), ("position", Value::Integer(k as i64))];
        match current.iter().find(|(_, g)| g == grant) {
            Some((id, _)) => {
                w.update("transaction_grants", id, &cells)?;
            }
            None => {
                let mut row = vec![("transaction_id", t(tx)), ("grant_id", t(grant))];
                row.extend(cells);
                w.insert("transaction_grants", &row)?;
            }
        }
    }
    Ok(())
}

/// The next transaction ref of a project (`T12` → `T13`, `P2-T4` → `P2-T5`).
pub(crate) fn next_ref(db: &Db, project: &str) -> Result<rows::RefPattern> {
    rows::ref_pattern(db, "transactions", project, 'T')
}

/// Book a transaction of project `project_id` from the form; returns its id.
pub fn create_transaction(db: &mut Db, project_id: &str, input: &TransactionInput) -> Result<String> {
    rows::exists(db, "projects", "project", project_id)?;
    let parsed = checked(db, project_id, input)?;
    let r = next_ref(db, project_id)?.next();
    let position = rows::next_position(db, "transactions", project_id)?;
    let mut row = values(input, &parsed);
    row.extend([("project_id", t(project_id)), ("ref", t(&r)), ("position", Value::Integer(position))]);
    db.write(|w| {
        let id = w.insert("transactions", &row)?;
        keep_shares(w, &id, &parsed.shares)?;
        Ok(id)
    })
}

/// Change a transaction from the form; refused when a submitted period holds it.
pub fn update_transaction(db: &mut Db, id: &str, input: &TransactionInput) -> Result<()> {
    let project = unlocked(db, id)?;
    let parsed = checked(db, &project, input)?;
    let row = values(input, &parsed);
    db.write(|w| {
        w.update("transactions", id, &row)?;
        keep_shares(w, id, &parsed.shares)
    })
}

/// Delete a transaction (undo: `restore_transaction`); refused when a submitted period holds it.
pub fn delete_transaction(db: &mut Db, id: &str) -> Result<()> {
    unlocked(db, id)?;
    rows::delete(db, "transactions", "transaction", id)
}

pub fn restore_transaction(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "transactions", "transaction", id)
}

/// Correct a transaction by its reversing entry dated `on` (invoice, booking and payment):
/// the same cost, line, partner and split with the amount negated, converted at the rate the
/// original was (so the two cancel to the cent); returns the new transaction's id.
pub fn reverse_transaction(db: &mut Db, id: &str, on: &str) -> Result<String> {
    let (project, _, dates) = stored_dates(db, id)?;
    let original = transaction_input(db, id)?;
    let rate = match original.rate.clone() {
        Some(r) => Some(r),
        None => {
            let last = dates.iter().flatten().max().copied();
            super::figures::rate_used(db, &project, id, last)?
        }
    };
    let negated = match original.amount.strip_prefix('-') {
        Some(positive) => positive.to_string(),
        None => format!("-{}", original.amount),
    };
    let input = TransactionInput {
        invoice_date: Some(on.to_string()),
        booking_date: Some(on.to_string()),
        payment_date: Some(on.to_string()),
        amount: negated,
        rate,
        reverses_id: Some(id.to_string()),
        ..original
    };
    create_transaction(db, &project, &input)
}

/// A stored transaction as the form shows it (amount and shares in the package form).
pub fn transaction_input(db: &Db, id: &str) -> Result<TransactionInput> {
    let mut input = db
        .conn()
        .query_row(
            "SELECT kind, invoice_date, booking_date, payment_date, amount_minor, amount_currency, rate, budget_line_id,
                    partner_org_id, payee, document_no, method, description, reverses_id
             FROM live_transactions WHERE id = ?1",
            [id],
            |r| {
                let (minor, cur): (i64, String) = (r.get(4)?, r.get(5)?);
                Ok(TransactionInput {
                    kind: r.get(0)?,
                    invoice_date: r.get(1)?,
                    booking_date: r.get(2)?,
                    payment_date: r.get(3)?,
                    amount: Money::new(minor, &cur).map(|m| m.to_string()).unwrap_or_default(),
                    currency: cur,
                    rate: r.get(6)?,
                    budget_line_id: r.get(7)?,
                    partner_org_id: r.get(8)?,
                    payee: r.get(9)?,
                    document_no: r.get(10)?,
                    method: r.get(11)?,
                    description: r.get(12)?,
                    grants: Vec::new(),
                    reverses_id: r.get(13)?,
                })
            },
        )
        .map_err(|_| Error::NotFound { what: "transaction", id: id.to_string() })?;
    input.grants = db
        .conn()
        .prepare("SELECT grant_id, share FROM live_transaction_grants WHERE transaction_id = ?1 ORDER BY position, id")?
        .query_map([id], |r| Ok(ShareInput { grant_id: r.get(0)?, share: r.get(1)? }))?
        .collect::<std::result::Result<_, _>>()?;
    Ok(input)
}

/// A grant's reporting period as the finance screen lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ReportingPeriod {
    pub id: String,
    pub grant_ref: String,
    pub kind: String,
    pub period_start: String,
    pub period_end: String,
    pub due: String,
    pub submitted_on: Option<String>,
}

/// The reporting periods of a project's grants, by grant and date.
pub fn reporting_periods(db: &Db, project_id: &str) -> Result<Vec<ReportingPeriod>> {
    Ok(db
        .conn()
        .prepare(
            "SELECT r.id, g.ref, r.kind, r.period_start, r.period_end, r.due, r.submitted_on
             FROM live_grant_reports r JOIN live_grants g ON g.id = r.grant_id
             WHERE g.project_id = ?1 ORDER BY g.position, g.ref, r.period_start, r.position",
        )?
        .query_map([project_id], |r| {
            Ok(ReportingPeriod {
                id: r.get(0)?,
                grant_ref: r.get(1)?,
                kind: r.get(2)?,
                period_start: r.get(3)?,
                period_end: r.get(4)?,
                due: r.get(5)?,
                submitted_on: r.get(6)?,
            })
        })?
        .collect::<std::result::Result<_, _>>()?)
}

/// Mark a reporting period submitted on `on` (its transactions lock), or reopen it (`None`).
pub fn set_period_submitted(db: &mut Db, period_id: &str, on: Option<&str>) -> Result<()> {
    rows::exists(db, "grant_reports", "reporting period", period_id)?;
    let mut c = Check::default();
    if let Some(d) = on {
        c.date("submitted_on", d);
    }
    c.finish()?;
    let value = on.map_or(Value::Null, t);
    db.write(|w| w.update("grant_reports", period_id, &[("submitted_on", value)])).map(|_| ())
}

/// An exchange rate entered by hand: units of `to` per one `from` on `date` (a month's rate
/// is dated its 1st), from `source` (`inforeuro`, `bank`, …).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct RateInput {
    pub date: String,
    pub from: String,
    pub to: String,
    pub rate: String,
    pub source: String,
}

/// Enter a rate (one already there for the same date, currencies and source is replaced);
/// project `project_id` is its home (the package that exports it). Returns its id.
pub fn set_exchange_rate(db: &mut Db, project_id: &str, input: &RateInput) -> Result<String> {
    rows::exists(db, "projects", "project", project_id)?;
    let mut c = Check::default();
    c.date("date", &input.date);
    let (from, to) = (input.from.trim().to_uppercase(), input.to.trim().to_uppercase());
    c.currency("from", &from);
    c.currency("to", &to);
    if from == to && !from.is_empty() {
        c.push("to", "invalid-value", vec![("value", to.clone()), ("allowed", String::new())]);
    }
    let rate = typed_decimal(&input.rate).filter(|d| parse_decimal(d).is_some_and(|d| d > Decimal::ZERO));
    if rate.is_none() {
        c.push("rate", "invalid-value", vec![("value", input.rate.clone()), ("allowed", "139,87".into())]);
    }
    c.required("source", &input.source);
    c.finish()?;
    let rate = rate.expect("checked");
    let source = input.source.trim().to_lowercase();
    db.write(|w| super::import::put_rate(w, project_id, [input.date.trim(), &from, &to, &source], &rate))
}

/// Delete an exchange rate (undo: `restore_exchange_rate`).
pub fn delete_exchange_rate(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "exchange_rates", "exchange rate", id)
}

pub fn restore_exchange_rate(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "exchange_rates", "exchange rate", id)
}

/// Attach a receipt scan (or any proof of payment) to transaction `id`, kept by its hash beside
/// the database (`attachments.rs`); a locked transaction takes one too — a scan changes no
/// figure. Returns the attachment's id.
pub fn attach_receipt(db: &mut Db, id: &str, filename: &str, bytes: &[u8]) -> Result<String> {
    rows::exists(db, "transactions", "transaction", id)?;
    crate::attachments::attach(db, "transactions", id, filename, bytes)
}

/// A transaction's receipts, oldest first.
pub fn receipts(db: &Db, id: &str) -> Result<Vec<crate::attachments::AttachmentRow>> {
    crate::attachments::of(db, "transactions", id)
}
