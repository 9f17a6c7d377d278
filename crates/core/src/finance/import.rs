//! Importing transactions (below) and exchange rates from a table (`tessera import exchange-rates`): a date (or a
//! month: its rate is dated the 1st, as InforEuro publishes them), the two currencies, the
//! rate (units of `to` per one `from`, with a comma or a dot) and its source; headers by their
//! labels in any of the seven languages. Every rejected row at its row and column and nothing
//! written, else one write; a rate is matched by date, currencies and source, so a second
//! import of the same table changes nothing and a corrected rate replaces the old one.

use rusqlite::types::Value;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::edit::{self, ShareInput, TransactionInput};
use crate::activities::import::{columns, Row, TableImport};
use crate::input::text as t;
use crate::money::{is_currency, parse_decimal};
use crate::people::import::{parse_day, strict_mapping_of, Words};
use crate::projects::project_id;
use crate::search::fold;
use crate::sheet::{RowIssue, Sheet};
use crate::{rows, Db, Error, Result};

/// The columns of a rates table.
pub const RATE_FIELDS: &[&str] = &["date", "from", "to", "rate", "source"];

/// The words of a rates table: headers by the messages `rate-field-<field>`.
pub fn rate_words(texts: impl Fn(&str) -> Vec<String>) -> Words {
    Words::for_table(RATE_FIELDS, |f| format!("rate-field-{f}"), &[], texts)
}

/// What a rates import did (or would do).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RatesImported {
    pub created: u32,
    pub updated: u32,
    pub dry_run: bool,
}

/// A month as people write it (`2015-03`, `03.2015`, `3/2015`): its 1st.
fn month(s: &str) -> Option<chrono::NaiveDate> {
    let s = s.trim().trim_end_matches('.');
    let (y, m) = match s.split_once(['-', '.', '/']) {
        Some((a, b)) if a.len() == 4 => (a, b),
        Some((a, b)) => (b, a),
        None => return None,
    };
    chrono::NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

/// Import the rates of a table, for the project with the code `project` (their home project).
pub fn import_exchange_rates(
    db: &mut Db,
    sheet: &Sheet,
    words: &Words,
    project: &str,
    dry_run: bool,
) -> Result<RatesImported> {
    let home = project_id(db, project)?;
    let mapping = strict_mapping_of(sheet, words, RATE_FIELDS)?;
    let cols: FxHashMap<&str, usize> = mapping
        .iter()
        .enumerate()
        .filter_map(|(i, m)| RATE_FIELDS.iter().find(|f| Some(**f) == m.as_deref()).map(|f| (*f, i)))
        .collect();
    let header = |f: &str| cols.get(f).and_then(|i| sheet.header.get(*i)).cloned().unwrap_or_else(|| f.to_string());
    let mut issues = Vec::new();
    let mut rows = Vec::new();
    let mut seen: FxHashMap<(String, String, String, String), u32> = FxHashMap::default();
    for row in &sheet.rows {
        let cell = |f: &str| cols.get(f).and_then(|i| row.cell(*i));
        let mut at = |f: &str, code: &'static str, args: Vec<(&'static str, String)>| {
            issues.push(RowIssue::new(row.number, &header(f), code, args));
        };
        let date = match cell("date") {
            None => {
                at("date", "required", vec![]);
                None
            }
            Some(d) => {
                let parsed = parse_day(d).or_else(|| month(d));
                if parsed.is_none() {
                    at("date", "invalid-date", vec![("value", d.to_string())]);
                }
                parsed
            }
        };
        let mut currency = |f: &str| match cell(f).map(|c| c.trim().to_uppercase()) {
            None => {
                at(f, "required", vec![]);
                None
            }
            Some(c) if !is_currency(&c) => {
                at(f, "unknown-currency", vec![("value", c)]);
                None
            }
            Some(c) => Some(c),
        };
        let (from, to) = (currency("from"), currency("to"));
        let rate = match cell("rate") {
            None => {
                at("rate", "required", vec![]);
                None
            }
            Some(r) => {
                let typed = r.trim().replace(',', ".");
                let parsed = parse_decimal(&typed).filter(|d| d.is_sign_positive() && !d.is_zero());
                if parsed.is_none() {
                    at("rate", "invalid-value", vec![("value", r.to_string()), ("allowed", "139.87, 1,95583".into())]);
                }
                parsed.map(|_| typed)
            }
        };
        let source = cell("source").unwrap_or("manual").trim().to_string();
        if let (Some(date), Some(from), Some(to), Some(rate)) = (date, from, to, rate) {
            let key = (date.to_string(), from.clone(), to.clone(), source.clone());
            if let Some(first) = seen.insert(key, row.number) {
                at(
                    "date",
                    "person-code-twice",
                    vec![("value", format!("{date} {from}/{to}")), ("row", first.to_string())],
                );
            }
            rows.push((date.to_string(), from, to, rate, source));
        }
    }
    if !issues.is_empty() {
        return Err(Error::InvalidTable(issues));
    }
    let mut summary = RatesImported { created: 0, updated: 0, dry_run };
    let exists = |db: &Db, (d, f, to, s): (&str, &str, &str, &str)| -> Result<bool> {
        let n: i64 = db.conn().query_row(
            "SELECT count(*) FROM live_exchange_rates WHERE date = ?1 AND from_currency = ?2 AND to_currency = ?3 AND source = ?4",
            [d, f, to, s],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    };
    for (d, f, to, _, s) in &rows {
        if exists(db, (d, f, to, s))? {
            summary.updated += 1;
        } else {
            summary.created += 1;
        }
    }
    if dry_run {
        return Ok(summary);
    }
    db.write(|w| {
        for (d, f, to, rate, s) in &rows {
            put_rate(w, &home, [d, f, to, s], rate)?;
        }
        Ok(())
    })?;
    Ok(summary)
}

/// Write the rate of `[date, from, to, source]`: the one already there changed (brought back
/// when deleted), else a new one whose home is project `home`; returns its id.
pub(crate) fn put_rate(w: &mut crate::store::Writer<'_>, home: &str, key: [&str; 4], rate: &str) -> Result<String> {
    let [d, f, to, s] = key;
    let key = [("date", t(d)), ("from_currency", t(f)), ("to_currency", t(to)), ("source", t(s))];
    match w.find_any("exchange_rates", &key)? {
        Some((id, alive)) => {
            if !alive {
                w.undelete("exchange_rates", &id)?;
            }
            w.update("exchange_rates", &id, &[("rate", t(rate))])?;
            Ok(id)
        }
        None => {
            let mut row = key.to_vec();
            row.extend([("rate", t(rate)), ("home_project_id", t(home)), ("position", Value::Null)]);
            w.insert("exchange_rates", &row)
        }
    }
}

/// The columns a transactions table may have, as the package names them (`grant` and `share`:
/// one grant per row; `partner` by its ref or name; `reverses` the ref of the corrected one).
pub const TRANSACTION_FIELDS: &[&str] = &[
    "ref",
    "kind",
    "invoice_date",
    "booking_date",
    "payment_date",
    "amount",
    "currency",
    "rate",
    "budget_line",
    "grant",
    "share",
    "partner",
    "payee",
    "document_no",
    "method",
    "description",
    "reverses",
];

/// The words of a transactions table: headers by the form's labels
/// (`transaction-field-<field>`), kinds and methods by their names in any language.
pub fn transaction_words(texts: impl Fn(&str) -> Vec<String>) -> Words {
    Words::for_table(
        TRANSACTION_FIELDS,
        |f| format!("transaction-field-{}", f.replace('_', "-")),
        &["TransactionKind", "PaymentMethod"],
        texts,
    )
}

/// What a transactions import did (or would do).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TransactionsImported {
    pub created: u32,
    pub updated: u32,
    pub dry_run: bool,
}

/// Import the transactions of a table into a project: matched by `ref` within it, else by
/// document number, amount and currency (a second import changes, never doubles; a new row
/// without a ref gets the next one), each row checked by
/// the form's rule (`edit::problems`, which also refuses a row in a submitted period), every
/// rejected row in `Error::InvalidTable` and nothing written, else one write.
pub fn import_transactions(
    db: &mut Db,
    req: &TableImport<'_>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<TransactionsImported> {
    let pid = project_id(db, req.project)?;
    let cols = columns(req.sheet, req.words, TRANSACTION_FIELDS)?;
    let by_ref = |sql: &str| -> Result<FxHashMap<String, String>> {
        Ok(db
            .conn()
            .prepare(sql)?
            .query_map([&pid], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<_, _>>()?)
    };
    let lines = by_ref("SELECT ref, id FROM live_budget_lines WHERE project_id = ?1")?;
    let grants = by_ref("SELECT ref, id FROM live_grants WHERE project_id = ?1")?;
    let existing = by_ref("SELECT ref, id FROM live_transactions WHERE project_id = ?1")?;
    // a row without a ref is the transaction with its document number, amount and currency
    let documents: FxHashMap<(String, i64, String), String> = db
        .conn()
        .prepare(
            "SELECT document_no, amount_minor, amount_currency, id FROM live_transactions
             WHERE project_id = ?1 AND document_no IS NOT NULL",
        )?
        .query_map([&pid], |r| Ok(((r.get(0)?, r.get(1)?, r.get(2)?), r.get(3)?)))?
        .collect::<std::result::Result<_, _>>()?;
    let orgs: Vec<(String, String)> = db
        .conn()
        .prepare(
            "SELECT id, coalesce(ref, '') || ' ' || name || ' ' || coalesce(short_name, '') FROM live_organisations",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    let currency: String =
        db.conn().query_row("SELECT currency FROM live_projects WHERE id = ?1", [&pid], |r| r.get(0))?;
    let mut issues = Vec::new();
    let mut seen: FxHashMap<String, u32> = FxHashMap::default();
    // (the ref to give a new one, the transaction it changes, the form, its values)
    let mut rows: Vec<(Option<String>, Option<String>, TransactionInput, edit::Parsed)> = Vec::new();
    for sheet_row in &req.sheet.rows {
        let mut row = Row { sheet: req.sheet, row: sheet_row, cols: &cols, issues: Vec::new() };
        let r = row.cell("ref").map(|r| r.trim().to_string());
        if let Some(r) = &r {
            if let Some(first) = seen.insert(r.clone(), sheet_row.number) {
                row.at("ref", "person-code-twice", vec![("value", r.clone()), ("row", first.to_string())]);
            }
        }
        let lookup = |row: &mut Row<'_>, field: &str, map: &FxHashMap<String, String>| -> Option<String> {
            let typed = row.cell(field)?.trim().to_string();
            let found = map.get(&typed).cloned();
            if found.is_none() {
                let mut allowed: Vec<&str> = map.keys().map(String::as_str).collect();
                allowed.sort_unstable();
                row.at(field, "invalid-value", vec![("value", typed), ("allowed", allowed.join(", "))]);
            }
            found
        };
        let budget_line_id = lookup(&mut row, "budget_line", &lines);
        let grant = lookup(&mut row, "grant", &grants);
        let reverses_id = lookup(&mut row, "reverses", &existing);
        let partner_org_id = row.cell("partner").and_then(|typed| {
            let needle = fold(typed);
            let found = orgs
                .iter()
                .find(|(_, words)| fold(words).split(' ').any(|w| w == needle))
                .or_else(|| orgs.iter().find(|(_, words)| fold(words).contains(needle.as_str())));
            if found.is_none() {
                row.at("partner", "invalid-value", vec![("value", typed.to_string()), ("allowed", String::new())]);
            }
            found.map(|(id, _)| id.clone())
        });
        let word = |kind, typed: Option<&str>| typed.map(|v| req.words.value(kind, v).unwrap_or(v).to_string());
        let input = TransactionInput {
            kind: word("TransactionKind", row.cell("kind")).unwrap_or_else(|| "expense".into()),
            invoice_date: row.day("invoice_date"),
            booking_date: row.day("booking_date"),
            payment_date: row.day("payment_date"),
            amount: row.cell("amount").unwrap_or_default().to_string(),
            currency: row.cell("currency").map_or_else(|| currency.clone(), str::to_string),
            rate: row.cell("rate").map(str::to_string),
            budget_line_id,
            partner_org_id,
            payee: row.cell("payee").map(str::to_string),
            document_no: row.cell("document_no").map(str::to_string),
            method: word("PaymentMethod", row.cell("method")),
            description: row.cell("description").map(str::to_string),
            grants: grant
                .map(|g| ShareInput { grant_id: g, share: row.cell("share").unwrap_or("1").to_string() })
                .into_iter()
                .collect(),
            reverses_id,
        };
        let (check, parsed) = edit::problems(db, &pid, &input)?;
        let target = r.as_ref().and_then(|r| existing.get(r)).cloned().or_else(|| {
            let p = parsed.as_ref()?;
            let doc = input.document_no.as_deref()?.trim().to_string();
            documents.get(&(doc, p.amount.minor, p.amount.currency().to_string())).cloned()
        });
        // a transaction already in a submitted report is not changed by a table either
        if let Some(id) = &target {
            if let Err(Error::TransactionLocked { until, .. }) = edit::unlocked(db, id) {
                row.at("ref", "period-locked", vec![("value", r.clone().unwrap_or_default()), ("until", until)]);
            }
        }
        for i in check.into_issues() {
            let field = match i.field.as_str() {
                "budget_line_id" => "budget_line",
                "partner_org_id" => "partner",
                "reverses_id" => "reverses",
                "grants" => "share",
                f => f,
            }
            .to_string();
            let mut issue = RowIssue::new(sheet_row.number, &row.header(&field), i.code, vec![]);
            issue.args = i.args;
            if i.code == "invalid-value" && (field == "kind" || field == "method") {
                let prefix = if field == "kind" { "transaction-kind" } else { "payment-method" };
                issue.args.insert("enum".into(), prefix.into());
            }
            row.issues.push(issue);
        }
        let failed = !row.issues.is_empty();
        issues.append(&mut row.issues);
        if let (false, Some(parsed)) = (failed, parsed) {
            rows.push((r, target, input, parsed));
        }
    }
    if !issues.is_empty() {
        return Err(Error::InvalidTable(issues));
    }
    let updated = rows.iter().filter(|(_, target, ..)| target.is_some()).count() as u32;
    let summary = TransactionsImported { created: rows.len() as u32 - updated, updated, dry_run: req.dry_run };
    if req.dry_run {
        return Ok(summary);
    }
    let mut pattern = edit::next_ref(db, &pid)?;
    // the refs the file gives count too: a row without one comes after them
    for (r, ..) in &rows {
        let given = r.as_deref().and_then(|r| r.strip_prefix(pattern.prefix.as_str())).and_then(|k| k.parse().ok());
        pattern.last = pattern.last.max(given.unwrap_or(0));
    }
    let position = rows::next_position(db, "transactions", &pid)?;
    let total = rows.len() as u64;
    db.write(|w| {
        for (k, (r, target, input, parsed)) in rows.iter().enumerate() {
            let values = edit::values(input, parsed);
            let id = match target {
                Some(id) => {
                    w.update("transactions", id, &values)?;
                    id.clone()
                }
                None => {
                    let r = r.clone().unwrap_or_else(|| pattern.next());
                    let mut row = values;
                    row.extend([
                        ("project_id", t(&pid)),
                        ("ref", t(&r)),
                        ("position", Value::Integer(position + k as i64)),
                    ]);
                    w.insert("transactions", &row)?
                }
            };
            edit::keep_shares(w, &id, &parsed.shares)?;
            progress(k as u64 + 1, total);
        }
        Ok(())
    })?;
    Ok(summary)
}
