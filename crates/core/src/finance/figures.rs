//! **The money rules** (`reports.md`, "How every figure is computed"): every expense in the
//! project (= grant) currency — its own rate, else its grant's exchange rule (contract rate,
//! the InforEuro rate of the invoice or payment month, the transaction's rate, the period's
//! average), `amount / rate` rounded half away from zero once per transaction, a missing rate
//! an error naming the currency and month; spent in the window and cumulatively; budget vs
//! actual by line and heading (7 = 1–6, 9 = all); each grant's part by share; the warnings;
//! the sub-grants. One implementation for the report data, the app and the spreadsheets.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::money::{parse_decimal, Money};
use crate::{Db, Error, Result};

/// A heading's or a line's figures, decimals as strings with the currency's places.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HeadingFigures {
    pub heading: String,
    pub budget: String,
    pub spent_period: String,
    pub spent_cumulative: String,
    pub remaining: String,
    pub percent_spent: Option<String>,
    pub deviation_percent: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LineFigures {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub heading: String,
    pub description: String,
    pub budget: String,
    pub spent_period: String,
    pub spent_cumulative: String,
    pub remaining: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct GrantFigures {
    pub grant_amount: String,
    pub spent_period: String,
    pub spent_cumulative: String,
}

/// The `finance` section of the report data.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FinanceFigures {
    pub currency: String,
    pub headings: Vec<HeadingFigures>,
    pub lines: Vec<LineFigures>,
    pub budget_total: String,
    pub budget_direct: String,
    pub budget_indirect: String,
    pub spent_period_total: String,
    pub spent_cumulative_total: String,
    pub spent_period_direct: String,
    pub spent_cumulative_direct: String,
    pub spent_period_indirect: String,
    pub spent_cumulative_indirect: String,
    pub remaining_total: String,
    pub by_grant: BTreeMap<String, GrantFigures>,
    pub budget_by_funding: BTreeMap<String, String>,
    /// The dates of the table rates used, by currency.
    pub exchange_rates_used: BTreeMap<String, Vec<String>>,
}

/// One expense as converted.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Conversion {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub document_no: Option<String>,
    pub amount: String,
    pub currency: String,
    /// The rule that gave the rate; none for an amount already in the grant currency.
    pub rule: Option<String>,
    pub rate: Option<String>,
    pub converted: String,
    pub in_period: bool,
    pub cumulative: bool,
}

/// A warning of `reports.md`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Warning {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subgrant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SubgrantFigures {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub grantee: String,
    pub amount: String,
    pub currency: String,
    pub paid_period: String,
    pub paid_cumulative: String,
    pub results: Vec<String>,
}

/// Everything money in one report.
#[derive(Debug, Clone, PartialEq)]
pub struct MoneyFigures {
    pub finance: FinanceFigures,
    pub warnings: Vec<Warning>,
    pub conversions: Vec<Conversion>,
    pub subgrants: Vec<SubgrantFigures>,
}

/// An expense as the totals take it: its budget line, converted amount, whether it is in the
/// window, and each grant's part.
struct Spent {
    line: Option<String>,
    amount: Money,
    in_period: bool,
    parts: Vec<(String, Money)>,
}

/// A grant as the conversion reads it: its exchange rule and contract rate.
struct Grant {
    id: String,
    rule: String,
    contract_rate: Option<Decimal>,
}

struct Tx {
    rowid: i64,
    id: String,
    ref_: String,
    dates: [Option<NaiveDate>; 3],
    amount: Money,
    rate: Option<Decimal>,
    line: Option<String>,
    grants: Vec<(String, Decimal)>,
}

struct Rate {
    date: NaiveDate,
    from: String,
    to: String,
    rate: Decimal,
    source: String,
}

/// A stored `YYYY-MM-DD` date (read by position: 50 000 transactions have three each).
fn day(s: Option<String>) -> Option<NaiveDate> {
    let s = s?;
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    NaiveDate::from_ymd_opt(n(0..4)? as i32, n(5..7)?, n(8..10)?)
}

fn dec(s: Option<String>) -> Option<Decimal> {
    s.as_deref().and_then(parse_decimal)
}

fn first_of(d: NaiveDate) -> NaiveDate {
    d.with_day(1).expect("every month has a first")
}

/// Two decimals, half away from zero (percentages).
fn pct(d: Decimal) -> String {
    format!("{:.2}", d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
}

/// Whether all of the transaction's dates (at least one) lie in `[from, to]`.
fn within(dates: &[Option<NaiveDate>; 3], from: NaiveDate, to: NaiveDate) -> bool {
    let known: Vec<NaiveDate> = dates.iter().flatten().copied().collect();
    !known.is_empty() && known.iter().all(|d| *d >= from && *d <= to)
}

/// The rate of one unit of `grant` in units of `tx` on `date`: a rate from `grant` to `tx`
/// (the InforEuro table's direction), else the inverse of one from `tx` to `grant`; InforEuro's
/// first when there are several.
fn table_rate(rates: &[Rate], grant: &str, tx: &str, date: NaiveDate) -> Option<Decimal> {
    let on: Vec<&Rate> = rates.iter().filter(|r| r.date == date).collect();
    let pick = |from: &str, to: &str| {
        let mut found: Vec<&&Rate> = on.iter().filter(|r| r.from == from && r.to == to).collect();
        found.sort_by_key(|r| r.source != "inforeuro");
        found.first().map(|r| r.rate)
    };
    pick(grant, tx).or_else(|| pick(tx, grant).filter(|r| !r.is_zero()).map(|r| Decimal::ONE / r))
}

fn missing(currency: &str, month: NaiveDate) -> Error {
    Error::MissingRate { currency: currency.to_string(), month: format!("{:04}-{:02}", month.year(), month.month()) }
}

/// A project's money as the conversion reads it: its currency, grants, the exchange rates,
/// and some or all of its expenses in their order.
struct Book {
    currency: String,
    grants: Vec<Grant>,
    rates: Vec<Rate>,
    txs: Vec<Tx>,
    /// A table rate by (currency, month), looked up once.
    cache: rustc_hash::FxHashMap<(String, NaiveDate), Option<Decimal>>,
}

/// Which expenses of a project a `Book` reads.
pub(crate) enum Expenses<'a> {
    /// Every one.
    All,
    /// These (`transactions.rowid`).
    Rows(&'a [i64]),
}

impl Book {
    /// Project `project_id`'s grants, the rates and the expenses `which`.
    fn load(c: &rusqlite::Connection, project_id: &str, which: Expenses<'_>) -> Result<Book> {
        let currency: String =
            c.query_row("SELECT currency FROM live_projects WHERE id = ?1", [project_id], |r| r.get(0))?;
        let grants: Vec<Grant> = c
            .prepare(
                "SELECT id, exchange_rule, contract_rate FROM live_grants WHERE project_id = ?1 ORDER BY position, ref",
            )?
            .query_map([project_id], |r| Ok(Grant { id: r.get(0)?, rule: r.get(1)?, contract_rate: dec(r.get(2)?) }))?
            .collect::<std::result::Result<_, _>>()?;
        let rates: Vec<Rate> = c
            .prepare("SELECT date, from_currency, to_currency, rate, source FROM live_exchange_rates")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
            .collect::<std::result::Result<Vec<(String, String, String, String, String)>, _>>()?
            .into_iter()
            .filter_map(|(d, from, to, rate, source)| {
                Some(Rate { date: day(Some(d))?, from, to, rate: parse_decimal(&rate)?, source })
            })
            .collect();
        // each transaction's grant split, in its order (one pass, not a lookup per transaction)
        let mut splits: rustc_hash::FxHashMap<String, Vec<(i64, String, Decimal)>> = rustc_hash::FxHashMap::default();
        let mut txs: Vec<(i64, Tx)> = Vec::new();
        let columns = "SELECT t.rowid, t.id, t.ref, t.invoice_date, t.booking_date, t.payment_date, t.amount_minor,
                              t.amount_currency, t.rate, t.budget_line_id, t.position
                       FROM /* all rows */ transactions t WHERE t.project_id = ?1 AND t.cl % 2 = 1 AND t.kind = 'expense'";
        let mut read = |r: &rusqlite::Row<'_>| -> Result<()> {
            let cur: String = r.get(7)?;
            txs.push((
                r.get::<_, Option<i64>>(10)?.unwrap_or(0),
                Tx {
                    rowid: r.get(0)?,
                    id: r.get(1)?,
                    ref_: r.get(2)?,
                    dates: [day(r.get(3)?), day(r.get(4)?), day(r.get(5)?)],
                    amount: Money::new(r.get(6)?, &cur)?,
                    rate: dec(r.get(8)?),
                    line: r.get(9)?,
                    grants: Vec::new(),
                },
            ));
            splits.entry(r.get(1)?).or_default();
            Ok(())
        };
        match which {
            Expenses::All => {
                let mut stmt = c.prepare(columns)?;
                let mut rows = stmt.query([project_id])?;
                while let Some(r) = rows.next()? {
                    read(r)?;
                }
            }
            Expenses::Rows(rowids) => {
                let mut stmt = c.prepare_cached(&format!("{columns} AND t.rowid = ?2"))?;
                for rowid in rowids {
                    let mut rows = stmt.query(rusqlite::params![project_id, rowid])?;
                    while let Some(r) = rows.next()? {
                        read(r)?;
                    }
                }
            }
        }
        {
            // every split of the project in one pass, or those of the few expenses asked for
            let all = matches!(which, Expenses::All);
            let sql = if all {
                "SELECT tg.transaction_id, tg.grant_id, tg.share, tg.position FROM live_transaction_grants tg
                 WHERE tg.transaction_id IN (SELECT id FROM live_transactions WHERE project_id = ?1)"
            } else {
                "SELECT tg.transaction_id, tg.grant_id, tg.share, tg.position FROM live_transaction_grants tg
                 WHERE tg.transaction_id = ?1"
            };
            let mut stmt = c.prepare_cached(sql)?;
            let keys: Vec<String> = if all { vec![project_id.to_string()] } else { splits.keys().cloned().collect() };
            for key in keys {
                let mut rows = stmt.query([key])?;
                while let Some(r) = rows.next()? {
                    let tx: String = r.get(0)?;
                    if let Some(split) = splits.get_mut(&tx) {
                        let share = dec(r.get(2)?).unwrap_or_default();
                        split.push((r.get::<_, Option<i64>>(3)?.unwrap_or(0), r.get(1)?, share));
                    }
                }
            }
        }
        for (_, t) in &mut txs {
            let mut split = splits.remove(&t.id).unwrap_or_default();
            split.sort_by_key(|g| g.0);
            t.grants = split.into_iter().map(|(_, g, s)| (g, s)).collect();
        }
        txs.sort_by(|a, b| (a.0, &a.1.ref_).cmp(&(b.0, &b.1.ref_)));
        Ok(Book {
            currency,
            grants,
            rates,
            txs: txs.into_iter().map(|(_, t)| t).collect(),
            cache: rustc_hash::FxHashMap::default(),
        })
    }

    /// The rule that converts expense `i` (its own rate first, else its first grant's rule, else
    /// the project's first grant's) and the grant's contract rate; none when it is in the
    /// project's currency.
    fn rule_of(&self, i: usize) -> Option<(String, Option<Decimal>)> {
        let tx = &self.txs[i];
        if tx.amount.currency() == self.currency {
            return None;
        }
        let grant = tx
            .grants
            .first()
            .and_then(|(g, _)| self.grants.iter().position(|x| &x.id == g))
            .or((!self.grants.is_empty()).then_some(0));
        let (grant_rule, contract) = grant.map_or(("transaction_rate".to_string(), None), |g| {
            (self.grants[g].rule.clone(), self.grants[g].contract_rate)
        });
        Some((if tx.rate.is_some() { "transaction_rate".to_string() } else { grant_rule }, contract))
    }

    /// Whether expense `i`'s rate depends on the report's window (the period's average).
    fn depends_on_window(&self, i: usize) -> bool {
        self.rule_of(i).is_some_and(|(rule, _)| rule == "period_average")
    }

    fn rate_on(&mut self, cur: &str, month: NaiveDate) -> Option<Decimal> {
        let (rates, currency) = (&self.rates, &self.currency);
        *self.cache.entry((cur.to_string(), month)).or_insert_with(|| table_rate(rates, currency, cur, month))
    }

    /// Expense `i` in the project currency: the amount, the rule that gave the rate and the
    /// rate (none when it is in the project currency); the table rates it used go to `used`.
    /// `[from, to]` is the window whose months `period_average` averages.
    fn convert(
        &mut self,
        i: usize,
        from: NaiveDate,
        to: NaiveDate,
        used: &mut BTreeMap<String, BTreeSet<NaiveDate>>,
    ) -> Result<(Money, Option<String>, Option<Decimal>)> {
        let (amount, tx_rate, dates) = (self.txs[i].amount, self.txs[i].rate, self.txs[i].dates);
        let cur = amount.currency().to_string();
        let Some((rule, contract)) = self.rule_of(i) else {
            return Ok((amount, None, None));
        };
        let month = |k: usize| dates[k].or(dates.iter().flatten().next().copied()).map(first_of);
        let rate = match (tx_rate, rule.as_str()) {
            (Some(r), _) => r,
            (None, "contract_rate") => contract.ok_or_else(|| missing(&cur, month(0).unwrap_or(from)))?,
            (None, "inforeuro_invoice_month" | "inforeuro_payment_month") => {
                let m = month(if rule == "inforeuro_invoice_month" { 0 } else { 2 }).unwrap_or(from);
                let r = self.rate_on(&cur, m).ok_or_else(|| missing(&cur, m))?;
                used.entry(cur.clone()).or_default().insert(m);
                r
            }
            (None, "period_average") => {
                let mut months = Vec::new();
                let mut m = first_of(from);
                while m <= to {
                    months.push(m);
                    m = m.checked_add_months(chrono::Months::new(1)).expect("a later month");
                }
                let mut sum = Decimal::ZERO;
                for m in &months {
                    sum += self.rate_on(&cur, *m).ok_or_else(|| missing(&cur, *m))?;
                    used.entry(cur.clone()).or_default().insert(*m);
                }
                (sum / Decimal::from(months.len().max(1) as i64)).round_dp(6).normalize()
            }
            (None, _) => return Err(missing(&cur, month(0).unwrap_or(from))),
        };
        Ok((amount.convert(rate, &self.currency)?, Some(rule), Some(rate)))
    }
}

/// One expense of the transactions list, converted by the project's rules over its whole
/// period (the rate and its rule beside the amount), or the rate it lacks.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ListedConversion {
    pub converted: Option<String>,
    pub rule: Option<String>,
    pub rate: Option<String>,
    /// `missing-rate`'s currency and month when there is no rate for it.
    pub missing: Option<LackingRate>,
}

/// The rate an expense lacks: its currency and month (`ALL`, `2016-02`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LackingRate {
    pub currency: String,
    pub month: String,
}

/// The expenses `rowids` of a project, converted as the report over the project's period does
/// — each on its own, so one missing rate marks its row and not the whole list (read from the
/// kept conversions; the period's average over the project's months). By rowid; a row that is
/// not a dated expense is absent.
pub fn listed_conversions(
    db: &Db,
    project_id: &str,
    rowids: &[i64],
) -> Result<rustc_hash::FxHashMap<i64, ListedConversion>> {
    let c = db.conn();
    let (currency, start, end): (String, String, String) =
        c.query_row("SELECT currency, start_date, end_date FROM live_projects WHERE id = ?1", [project_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let mut out = rustc_hash::FxHashMap::default();
    let mut live = Vec::new();
    let mut stmt = c.prepare_cached("SELECT converted, rule, rate, missing FROM money_spent WHERE tx = ?1")?;
    for tx in rowids {
        let Some((converted, rule, rate, missing)) = stmt
            .query_row([tx], |r| {
                Ok((
                    r.get::<_, Option<i64>>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })
            .ok()
        else {
            continue;
        };
        let missing = missing.and_then(|m| {
            m.split_once(' ').map(|(c, m)| LackingRate { currency: c.to_string(), month: m.to_string() })
        });
        match (converted, missing) {
            (None, None) => live.push(*tx),
            (converted, missing) => {
                let converted = converted.map(|m| Money::new(m, &currency).map(|m| m.to_string())).transpose()?;
                out.insert(*tx, ListedConversion { converted, rule, rate, missing });
            }
        }
    }
    if !live.is_empty() {
        let mut book = Book::load(c, project_id, Expenses::Rows(&live))?;
        let far = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date");
        let (from, to) = (day(Some(start)).unwrap_or(far), day(Some(end)).unwrap_or(far));
        let mut used = BTreeMap::new();
        for i in 0..book.txs.len() {
            let row = match book.convert(i, from, to, &mut used) {
                Ok((m, rule, rate)) => ListedConversion {
                    converted: Some(m.to_string()),
                    rule,
                    rate: rate.map(|r| r.to_string()),
                    missing: None,
                },
                Err(Error::MissingRate { currency, month }) => ListedConversion {
                    converted: None,
                    rule: None,
                    rate: None,
                    missing: Some(LackingRate { currency, month }),
                },
                Err(e) => return Err(e),
            };
            out.insert(book.txs[i].rowid, row);
        }
    }
    Ok(out)
}

/// Days from the common era: how the kept conversions store a date.
pub(crate) fn day_number(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

/// Convert the expenses `which` of project `project_id` and keep them (`money_spent`,
/// `money_parts`): the store calls this once per write for the expenses it touched
/// (`finance/cache.rs`). An expense whose rate is the period's average is kept without an
/// amount: the report's window decides it.
pub(crate) fn keep_converted(c: &rusqlite::Connection, project_id: &str, which: Expenses<'_>) -> Result<()> {
    // another device's transactions may arrive before their project: converted when it does
    let project: Option<i64> = c
        .query_row("SELECT rowid FROM /* all rows */ projects WHERE id = ?1 AND cl % 2 = 1", [project_id], |r| r.get(0))
        .ok();
    let Some(project) = project else { return Ok(()) };
    let mut book = Book::load(c, project_id, which)?;
    let rowids = |sql: &str| -> Result<rustc_hash::FxHashMap<String, i64>> {
        Ok(c.prepare(sql)?
            .query_map([project_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<_, _>>()?)
    };
    let lines = rowids("SELECT id, rowid FROM /* all rows */ budget_lines WHERE project_id = ?1")?;
    let grants = rowids("SELECT id, rowid FROM /* all rows */ grants WHERE project_id = ?1")?;
    let mut spent = c.prepare_cached(
        "INSERT OR REPLACE INTO money_spent (project, last_day, tx, first_day, line, converted, rule, rate, rate_month, missing)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let mut parts = c.prepare_cached(
        "INSERT INTO money_parts (project, last_day, tx, grant_row, first_day, part) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (project, last_day, tx, grant_row) DO UPDATE SET part = part + excluded.part",
    )?;
    let someday = NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date");
    for i in 0..book.txs.len() {
        let known: Vec<NaiveDate> = book.txs[i].dates.iter().flatten().copied().collect();
        let (Some(first), Some(last)) = (known.iter().min().copied(), known.iter().max().copied()) else { continue };
        let mut used = BTreeMap::new();
        let (converted, rule, rate, missing) = if book.depends_on_window(i) {
            (None, Some("period_average".to_string()), None, None)
        } else {
            match book.convert(i, someday, someday, &mut used) {
                Ok((m, rule, rate)) => (Some(m), rule, rate.map(|r| r.to_string()), None),
                Err(Error::MissingRate { currency, month }) => (None, None, None, Some(format!("{currency} {month}"))),
                Err(e) => return Err(e),
            }
        };
        let rate_month = used.iter().flat_map(|(cur, m)| m.iter().map(move |d| format!("{cur} {d}"))).next();
        let tx = &book.txs[i];
        let line = tx.line.as_ref().and_then(|l| lines.get(l));
        let (first, last) = (day_number(first), day_number(last));
        spent.execute(rusqlite::params![
            project,
            last,
            tx.rowid,
            first,
            line,
            converted.map(|m| m.minor),
            rule,
            rate,
            rate_month,
            missing
        ])?;
        if let Some(m) = converted {
            for (g, share) in &tx.grants {
                if let Some(row) = grants.get(g) {
                    parts.execute(rusqlite::params![project, last, tx.rowid, row, first, m.mul(*share).minor])?;
                }
            }
        }
    }
    Ok(())
}

/// Everything money of project `project_id` for the window `[from, to]` (the report data).
pub fn money_figures(db: &Db, project_id: &str, from: NaiveDate, to: NaiveDate) -> Result<MoneyFigures> {
    figures(db, project_id, from, to, true)
}

/// Budget vs actual, each grant's part, the warnings and the sub-grants for the window — the
/// same figures as `money_figures`, without the list of conversions (the app's view).
pub fn budget_vs_actual(db: &Db, project_id: &str, from: NaiveDate, to: NaiveDate) -> Result<MoneyFigures> {
    figures(db, project_id, from, to, false)
}

fn figures(db: &Db, project_id: &str, from: NaiveDate, to: NaiveDate, listed: bool) -> Result<MoneyFigures> {
    let c = db.conn();
    let (project, currency, start, end): (i64, String, String, String) = c.query_row(
        "SELECT rowid, currency, start_date, end_date FROM /* all rows */ projects WHERE id = ?1 AND cl % 2 = 1",
        [project_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let (start, end) = (day(Some(start)).unwrap_or(from), day(Some(end)).unwrap_or(to));
    let grants: Vec<(i64, String, String, Money, Option<Decimal>)> = c
        .prepare(
            "SELECT rowid, id, ref, amount_minor, amount_currency, indirect_rate
             FROM /* all rows */ grants WHERE project_id = ?1 AND cl % 2 = 1 ORDER BY position, ref",
        )?
        .query_map([project_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, i64>(3)?, r.get::<_, String>(4)?, r.get(5)?))
        })?
        .collect::<std::result::Result<Vec<(i64, String, String, i64, String, Option<String>)>, _>>()?
        .into_iter()
        .map(|(row, id, ref_, m, cur, ind)| Ok((row, id, ref_, Money::new(m, &cur)?, dec(ind))))
        .collect::<Result<_>>()?;
    let grant_ref = |row: i64| grants.iter().find(|g| g.0 == row).map(|g| g.2.clone());
    let line_ids: rustc_hash::FxHashMap<i64, String> = c
        .prepare("SELECT rowid, id FROM /* all rows */ budget_lines WHERE project_id = ?1 AND cl % 2 = 1")?
        .query_map([project_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    let (lo, hi, from_day, to_day) = (day_number(start.min(from)), day_number(to), day_number(from), day_number(to));

    // ---- every expense up to `to`, converted once (kept by the store; the period's average now)
    let zero = Money::new(0, &currency)?;
    let mut used: BTreeMap<String, BTreeSet<NaiveDate>> = BTreeMap::new();
    let mut spent: Vec<Spent> = Vec::new();
    // the kept conversions of the window, one sequential range (exact integers): each line's
    // sums in the window and from the start, the rate lacking first, the table rates used, and
    // those the window decides (the period's average), converted below
    let window = "s.project = ?1 AND s.last_day <= ?2 AND s.first_day >= ?3";
    let args = rusqlite::params![project, hi, lo];
    let mut line_rows: rustc_hash::FxHashMap<i64, (i64, i64)> = rustc_hash::FxHashMap::default();
    let mut lacking: Option<(i64, String)> = None;
    let mut live: Vec<i64> = Vec::new();
    let mut months: BTreeSet<String> = BTreeSet::new();
    {
        let mut stmt = c.prepare_cached(&format!(
            "SELECT s.tx, s.first_day, s.last_day, s.line, s.converted, s.rate_month, s.missing FROM money_spent s WHERE {window}"
        ))?;
        let mut rows = stmt.query(args)?;
        while let Some(r) = rows.next()? {
            let Some(minor) = r.get::<_, Option<i64>>(4)? else {
                let tx: i64 = r.get(0)?;
                match r.get_ref(6)?.as_str_or_null().map_err(rusqlite::Error::from)? {
                    Some(m) if lacking.as_ref().is_none_or(|(t, _)| tx < *t) => lacking = Some((tx, m.to_string())),
                    Some(_) => {}
                    None => live.push(tx),
                }
                continue;
            };
            let in_period = r.get::<_, i64>(1)? >= from_day && r.get::<_, i64>(2)? <= to_day;
            if let Some(line) = r.get::<_, Option<i64>>(3)? {
                let sums = line_rows.entry(line).or_default();
                sums.1 += minor;
                if in_period {
                    sums.0 += minor;
                }
            }
            if let Some(m) = r.get_ref(5)?.as_str_or_null().map_err(rusqlite::Error::from)? {
                if !months.contains(m) {
                    months.insert(m.to_string());
                }
            }
        }
    }
    let line_sums: rustc_hash::FxHashMap<String, (i64, i64)> =
        line_rows.into_iter().filter_map(|(l, v)| Some((line_ids.get(&l)?.clone(), v))).collect();
    for month in &months {
        // `ALL 2015-03-01`: the table rate it used
        if let Some((cur, m)) = month.split_once(' ') {
            if let Some(m) = day(Some(m.to_string())) {
                used.entry(cur.to_string()).or_default().insert(m);
            }
        }
    }
    let grant_sums: rustc_hash::FxHashMap<String, (i64, i64)> = c
        .prepare_cached(
            "SELECT s.grant_row, sum(CASE WHEN s.first_day >= ?4 AND s.last_day <= ?5 THEN s.part ELSE 0 END), sum(s.part)
             FROM money_parts s WHERE s.project = ?1 AND s.last_day <= ?2 AND s.first_day >= ?3 GROUP BY s.grant_row",
        )?
        .query_map(rusqlite::params![project, hi, lo, from_day, to_day], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?
        .into_iter()
        .filter_map(|(g, p, cu)| Some((grant_ref(g)?, (p, cu))))
        .collect();
    // the conversions (the report lists them), in the transactions' order
    let mut conversions: Vec<(i64, Conversion)> = Vec::new();
    if listed {
        let mut stmt = c.prepare_cached(&format!(
            "SELECT s.first_day, s.last_day, s.converted, s.rule, s.rate, t.ref, t.document_no, t.amount_minor,
                    t.amount_currency, t.position
             FROM money_spent s JOIN /* all rows */ transactions t ON t.rowid = s.tx
             WHERE {window} AND s.converted IS NOT NULL"
        ))?;
        let mut rows = stmt.query(args)?;
        while let Some(r) = rows.next()? {
            let (first, last): (i64, i64) = (r.get(0)?, r.get(1)?);
            let cur: String = r.get(8)?;
            conversions.push((
                r.get::<_, Option<i64>>(9)?.unwrap_or(0),
                Conversion {
                    ref_: r.get(5)?,
                    document_no: r.get(6)?,
                    amount: Money::new(r.get(7)?, &cur)?.to_string(),
                    currency: cur,
                    rule: r.get(3)?,
                    rate: r.get(4)?,
                    converted: Money::new(r.get(2)?, &currency)?.to_string(),
                    in_period: first >= from_day && last <= to_day,
                    cumulative: true,
                },
            ));
        }
    }
    if let Some((_, m)) = lacking {
        let (cur, month) = m.split_once(' ').unwrap_or((m.as_str(), ""));
        return Err(Error::MissingRate { currency: cur.to_string(), month: month.to_string() });
    }
    if !live.is_empty() {
        // the period's average: this window's months
        let mut book = Book::load(c, project_id, Expenses::Rows(&live))?;
        for i in 0..book.txs.len() {
            let (amount, rule, rate) = book.convert(i, from, to, &mut used)?;
            let tx = &book.txs[i];
            let in_period = within(&tx.dates, from, to);
            let parts = tx
                .grants
                .iter()
                .filter_map(|(g, share)| grants.iter().find(|x| &x.1 == g).map(|x| (x.2.clone(), amount.mul(*share))))
                .collect();
            spent.push(Spent { line: tx.line.clone(), amount, in_period, parts });
            if listed {
                let (document_no, position): (Option<String>, Option<i64>) = c.query_row(
                    "SELECT document_no, position FROM /* all rows */ transactions WHERE rowid = ?1",
                    [tx.rowid],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                conversions.push((
                    position.unwrap_or(0),
                    Conversion {
                        ref_: tx.ref_.clone(),
                        document_no,
                        amount: tx.amount.to_string(),
                        currency: tx.amount.currency().to_string(),
                        rule,
                        rate: rate.map(|r| r.to_string()),
                        converted: amount.to_string(),
                        in_period,
                        cumulative: true,
                    },
                ));
            }
        }
    }
    conversions.sort_by(|a, b| (a.0, &a.1.ref_).cmp(&(b.0, &b.1.ref_)));
    let conversions: Vec<Conversion> = conversions.into_iter().map(|(_, c)| c).collect();

    // ---- budget vs actual by line and heading
    let add = |a: Money, b: Money| Money::new(a.minor + b.minor, &currency);
    let lines: Vec<(String, String, String, String, Money)> = c
        .prepare(
            "SELECT id, ref, heading, description, quantity, unit_cost_minor, unit_cost_currency
             FROM live_budget_lines WHERE project_id = ?1 ORDER BY position, ref",
        )?
        .query_map([project_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?
        .into_iter()
        .map(|(id, ref_, heading, description, quantity, minor, cur)| {
            let budget = Money::new(minor, &cur)?.mul(parse_decimal(&quantity).unwrap_or_default());
            Ok((id, ref_, heading, description, Money::new(budget.minor, &currency)?))
        })
        .collect::<Result<_>>()?;
    // each line's (period, cumulative), in one pass
    let index: rustc_hash::FxHashMap<&str, usize> = lines.iter().enumerate().map(|(i, l)| (l.0.as_str(), i)).collect();
    let mut per_line: Vec<(i64, i64)> = lines.iter().map(|l| line_sums.get(&l.0).copied().unwrap_or((0, 0))).collect();
    for sp in &spent {
        if let Some(i) = sp.line.as_deref().and_then(|l| index.get(l)) {
            per_line[*i].1 += sp.amount.minor;
            if sp.in_period {
                per_line[*i].0 += sp.amount.minor;
            }
        }
    }
    let mut line_figures = Vec::new();
    // heading → (budget, period, cumulative)
    let mut headings: BTreeMap<String, (Money, Money, Money)> = BTreeMap::new();
    for (i, (_, ref_, heading, description, budget)) in lines.iter().enumerate() {
        let (period, cumulative) = (Money::new(per_line[i].0, &currency)?, Money::new(per_line[i].1, &currency)?);
        let h = headings.entry(heading.clone()).or_insert((zero, zero, zero));
        *h = (add(h.0, *budget)?, add(h.1, period)?, add(h.2, cumulative)?);
        line_figures.push(LineFigures {
            ref_: ref_.clone(),
            heading: heading.clone(),
            description: description.clone(),
            budget: budget.to_string(),
            spent_period: period.to_string(),
            spent_cumulative: cumulative.to_string(),
            remaining: Money::new(budget.minor - cumulative.minor, &currency)?.to_string(),
        });
    }
    let sum_of = |keep: &dyn Fn(&str) -> bool| -> Result<(Money, Money, Money)> {
        let mut t = (zero, zero, zero);
        for (h, v) in &headings {
            if keep(h) {
                t = (add(t.0, v.0)?, add(t.1, v.1)?, add(t.2, v.2)?);
            }
        }
        Ok(t)
    };
    let direct = sum_of(&|h| ("1"..="6").contains(&h) && h.len() == 1)?;
    let indirect = sum_of(&|h| h == "8")?;
    let total = sum_of(&|_| true)?;
    let percent = |budget: Money, spent: Money| {
        (!budget.to_decimal().is_zero()).then(|| spent.to_decimal() / budget.to_decimal() * Decimal::ONE_HUNDRED)
    };
    let heading_row = |heading: &str, (b, p, c): (Money, Money, Money)| -> Result<HeadingFigures> {
        let pc = percent(b, c);
        Ok(HeadingFigures {
            heading: heading.to_string(),
            budget: b.to_string(),
            spent_period: p.to_string(),
            spent_cumulative: c.to_string(),
            remaining: Money::new(b.minor - c.minor, &currency)?.to_string(),
            percent_spent: pc.map(pct),
            deviation_percent: pc.map(|p| pct(p - Decimal::ONE_HUNDRED)),
        })
    };
    let mut heading_rows: Vec<HeadingFigures> = Vec::new();
    for (h, v) in &headings {
        heading_rows.push(heading_row(h, *v)?);
    }
    heading_rows.push(heading_row("7", direct)?);
    heading_rows.push(heading_row("9", total)?);
    heading_rows.sort_by(|a, b| a.heading.cmp(&b.heading));

    // ---- each grant's part, and who funds the budget
    let mut by_grant = BTreeMap::new();
    for (_, _, g_ref, g_amount, _) in &grants {
        let (p0, cu0) = grant_sums.get(g_ref).copied().unwrap_or((0, 0));
        let (mut p, mut cu) = (Money::new(p0, &currency)?, Money::new(cu0, &currency)?);
        for sp in &spent {
            for (_, m) in sp.parts.iter().filter(|(r, _)| r == g_ref) {
                cu = add(cu, *m)?;
                if sp.in_period {
                    p = add(p, *m)?;
                }
            }
        }
        by_grant.insert(
            g_ref.clone(),
            GrantFigures {
                grant_amount: g_amount.to_string(),
                spent_period: p.to_string(),
                spent_cumulative: cu.to_string(),
            },
        );
    }
    let mut funding: BTreeMap<String, Money> = BTreeMap::new();
    for (line, grant, share) in c
        .prepare(
            "SELECT f.budget_line_id, g.ref, f.share FROM live_budget_line_funding f
             JOIN live_budget_lines l ON l.id = f.budget_line_id
             LEFT JOIN live_grants g ON g.id = f.grant_id WHERE l.project_id = ?1",
        )?
        .query_map([project_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, String>(2)?))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?
    {
        let Some((.., budget)) = lines.iter().find(|l| l.0 == line) else { continue };
        let part = budget.mul(parse_decimal(&share).unwrap_or_default());
        let key = grant.unwrap_or_else(|| "own".into());
        let sum = funding.get(&key).copied().unwrap_or(zero);
        funding.insert(key, add(sum, part)?);
    }

    // ---- warnings
    let mut warnings = Vec::new();
    let reaches_end = to >= end;
    for (h, (b, _, cu)) in &headings {
        let Some(p) = percent(*b, *cu) else { continue };
        if p > Decimal::from(125) || (reaches_end && p < Decimal::from(75)) {
            warnings.push(Warning {
                kind: "heading_deviation".into(),
                heading: Some(h.clone()),
                subgrant: None,
                percent: Some(pct(p)),
                limit: Some(if p > Decimal::from(125) { "125.00" } else { "75.00" }.into()),
            });
        }
    }
    if let Some(rate) = grants.first().and_then(|g| g.4) {
        if !direct.2.to_decimal().is_zero() {
            let share = indirect.2.to_decimal() / direct.2.to_decimal();
            if share > rate {
                warnings.push(Warning {
                    kind: "indirect_above_rate".into(),
                    heading: Some("8".into()),
                    subgrant: None,
                    percent: Some(pct(share * Decimal::ONE_HUNDRED)),
                    limit: Some(pct(rate * Decimal::ONE_HUNDRED)),
                });
            }
        }
    }

    // ---- sub-grants starting by `to`
    let mut subgrants = Vec::new();
    let rows: Vec<(String, String, String, i64, String, String)> = c
        .prepare(
            "SELECT s.id, s.ref, coalesce(o.name, ''), s.amount_minor, s.amount_currency, s.start_date
             FROM live_subgrants s LEFT JOIN live_organisations o ON o.id = s.grantee_org_id
             WHERE s.project_id = ?1 ORDER BY s.position, s.ref",
        )?
        .query_map([project_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
        .collect::<std::result::Result<_, _>>()?;
    for (id, ref_, grantee, minor, cur, sg_start) in rows {
        if day(Some(sg_start)).is_none_or(|d| d > to) {
            continue;
        }
        let amount = Money::new(minor, &cur)?;
        let (mut p, mut cu) = (Money::new(0, &cur)?, Money::new(0, &cur)?);
        for (date, m) in c
            .prepare("SELECT date, amount_minor FROM live_subgrant_tranches WHERE subgrant_id = ?1")?
            .query_map([&id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<std::result::Result<Vec<_>, _>>()?
        {
            let Some(d) = day(Some(date)) else { continue };
            if d <= to {
                cu = Money::new(cu.minor + m, &cur)?;
                if d >= from {
                    p = Money::new(p.minor + m, &cur)?;
                }
            }
        }
        let results: Vec<String> = c
            .prepare(
                "SELECT n.ref FROM live_subgrant_results sr JOIN live_logframe_nodes n ON n.id = sr.result_id
                 WHERE sr.subgrant_id = ?1 ORDER BY sr.position, n.ref",
            )?
            .query_map([&id], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        if cur == "EUR" && amount.minor > 6_000_000 {
            warnings.push(Warning {
                kind: "subgrant_above_60000".into(),
                heading: None,
                subgrant: Some(ref_.clone()),
                percent: None,
                limit: Some("60000.00".into()),
            });
        }
        subgrants.push(SubgrantFigures {
            ref_,
            grantee,
            amount: amount.to_string(),
            currency: cur,
            paid_period: p.to_string(),
            paid_cumulative: cu.to_string(),
            results,
        });
    }

    let finance = FinanceFigures {
        currency: currency.clone(),
        headings: heading_rows,
        lines: line_figures,
        budget_total: total.0.to_string(),
        budget_direct: direct.0.to_string(),
        budget_indirect: indirect.0.to_string(),
        spent_period_total: total.1.to_string(),
        spent_cumulative_total: total.2.to_string(),
        spent_period_direct: direct.1.to_string(),
        spent_cumulative_direct: direct.2.to_string(),
        spent_period_indirect: indirect.1.to_string(),
        spent_cumulative_indirect: indirect.2.to_string(),
        remaining_total: Money::new(total.0.minor - total.2.minor, &currency)?.to_string(),
        by_grant,
        budget_by_funding: funding.into_iter().map(|(k, v)| (k, v.to_string())).collect(),
        exchange_rates_used: used
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().map(|d| d.to_string()).collect()))
            .collect(),
    };
    Ok(MoneyFigures { finance, warnings, conversions, subgrants })
}

/// The rate transaction `id` of project `project_id` is converted at in the report data up to
/// `to` (none when it is in the project's currency or not an expense).
pub(crate) fn rate_used(db: &Db, project_id: &str, id: &str, to: Option<NaiveDate>) -> Result<Option<String>> {
    let (r, start): (String, String) = db.conn().query_row(
        "SELECT t.ref, p.start_date FROM live_transactions t JOIN live_projects p ON p.id = t.project_id WHERE t.id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let Some(start) = day(Some(start)) else { return Ok(None) };
    let figures = money_figures(db, project_id, start, to.unwrap_or(start).max(start))?;
    Ok(figures.conversions.into_iter().find(|c| c.ref_ == r).and_then(|c| c.rate))
}

/// What the finance officer reads beside budget vs actual (the app's, not the report data's):
/// the monthly burn rate from the project's start, the spending it projects to the end, the
/// co-financing achieved (spent and not charged to a grant) against the first grant's rate,
/// and the expenses charged to a grant outside that grant's period.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Outlook {
    /// Spent from the start per month elapsed (to the window's end), in the project currency.
    pub burn_per_month: String,
    pub months_elapsed: u32,
    pub months_left: u32,
    /// Spent so far plus the burn rate for the months left.
    pub projected_total: String,
    /// The first grant's co-financing rate × the budget, and what was spent outside the grants.
    pub cofinancing_required: Option<String>,
    pub cofinancing_achieved: String,
    /// Refs of expenses charged to a grant with a date outside that grant's period.
    pub outside_grant_period: Vec<String>,
}

/// Whole months from `a` to `b` (a started month counts), at least one.
fn months_between(a: NaiveDate, b: NaiveDate) -> u32 {
    let m = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32 + 1;
    m.max(1) as u32
}

/// The outlook of project `project_id` up to `to`, from its budget vs actual `m`.
pub fn outlook(db: &Db, project_id: &str, to: NaiveDate, m: &MoneyFigures) -> Result<Outlook> {
    let c = db.conn();
    let (start, end, cofinancing): (String, String, Option<String>) = c.query_row(
        "SELECT p.start_date, p.end_date,
                (SELECT g.cofinancing_rate FROM live_grants g WHERE g.project_id = p.id ORDER BY g.position, g.ref LIMIT 1)
         FROM live_projects p WHERE p.id = ?1",
        [project_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let (start, end) = (day(Some(start)).unwrap_or(to), day(Some(end)).unwrap_or(to));
    let f = &m.finance;
    let cur = f.currency.as_str();
    let money = |s: &str| Money::parse(s, cur).map_err(|_| Error::InvalidDate { value: s.to_string() });
    let spent = money(&f.spent_cumulative_total)?;
    let until = to.min(end);
    let elapsed = if until < start { 0 } else { months_between(start, until) };
    let left = if until >= end { 0 } else { months_between(until, end).saturating_sub(1) };
    let burn = if elapsed == 0 {
        Money::new(0, cur)?
    } else {
        Money::from_decimal(spent.to_decimal() / Decimal::from(elapsed), cur)?
    };
    let projected = Money::new(spent.minor + burn.minor * i64::from(left), cur)?;
    let charged: i64 = f.by_grant.values().map(|g| money(&g.spent_cumulative).map(|m| m.minor).unwrap_or(0)).sum();
    let required = dec(cofinancing).map(|r| money(&f.budget_total).map(|b| b.mul(r).to_string())).transpose()?;
    let mut outside = Vec::new();
    for row in c
        .prepare(
            "SELECT DISTINCT t.ref FROM live_transactions t JOIN live_transaction_grants tg ON tg.transaction_id = t.id
             JOIN live_grants g ON g.id = tg.grant_id
             WHERE t.project_id = ?1 AND t.kind = 'expense'
               AND (min(coalesce(t.invoice_date, '9999-12-31'), coalesce(t.booking_date, '9999-12-31'),
                        coalesce(t.payment_date, '9999-12-31')) < g.start_date
                    OR max(coalesce(t.invoice_date, ''), coalesce(t.booking_date, ''), coalesce(t.payment_date, '')) > g.end_date)
             ORDER BY t.position, t.ref",
        )?
        .query_map([project_id], |r| r.get::<_, String>(0))?
    {
        outside.push(row?);
    }
    Ok(Outlook {
        burn_per_month: burn.to_string(),
        months_elapsed: elapsed,
        months_left: left,
        projected_total: projected.to_string(),
        cofinancing_required: required,
        cofinancing_achieved: Money::new(spent.minor - charged, cur)?.to_string(),
        outside_grant_period: outside,
    })
}
