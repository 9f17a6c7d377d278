//! Importing exchange rates from a table (`tessera import exchange-rates`): a date (or a
//! month: its rate is dated the 1st, as InforEuro publishes them), the two currencies, the
//! rate (units of `to` per one `from`, with a comma or a dot) and its source; headers by their
//! labels in any of the seven languages. Every rejected row at its row and column and nothing
//! written, else one write; a rate is matched by date, currencies and source, so a second
//! import of the same table changes nothing and a corrected rate replaces the old one.

use rusqlite::types::Value;
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::input::text as t;
use crate::money::{is_currency, parse_decimal};
use crate::people::import::{parse_day, strict_mapping_of, Words};
use crate::projects::project_id;
use crate::sheet::{RowIssue, Sheet};
use crate::{Db, Error, Result};

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
            let key = [("date", t(d)), ("from_currency", t(f)), ("to_currency", t(to)), ("source", t(s))];
            match w.find_any("exchange_rates", &key)? {
                Some((id, alive)) => {
                    if !alive {
                        w.undelete("exchange_rates", &id)?;
                    }
                    w.update("exchange_rates", &id, &[("rate", t(rate))])?;
                }
                None => {
                    let mut row = key.to_vec();
                    row.extend([("rate", t(rate)), ("home_project_id", t(&home)), ("position", Value::Null)]);
                    w.insert("exchange_rates", &row)?;
                }
            }
        }
        Ok(())
    })?;
    Ok(summary)
}
