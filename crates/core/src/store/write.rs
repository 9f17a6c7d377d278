//! The one write path for synced tables. Every insert, update and delete records, in the
//! same transaction, one change per changed column in `crdt_changes`, stamped with this
//! device's HLC and id and the row's causal length. A money amount and its currency
//! (`<x>_minor` + `<x>_currency`) travel as one change named `<x>`.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, OptionalExtension, Transaction};
use uuid::Uuid;

use super::{Hlc, Tables, SCHEMA_VERSION};
use crate::Result;

/// A column value as SQLite stores it.
pub type Val = Value;

/// Writes synced rows and their changes. Only `Db::write` makes one.
pub struct Writer<'t> {
    tx: &'t Transaction<'t>,
    tables: &'t Tables,
    device: &'t str,
    clock: Hlc,
}

/// The change-log value of money: `[minor, "CUR"]`, or NULL.
pub(crate) fn encode_money(minor: &Value, currency: &Value) -> Value {
    match (minor, currency) {
        (Value::Integer(m), Value::Text(c)) => Value::Text(format!("[{m},\"{c}\"]")),
        _ => Value::Null,
    }
}

/// The inverse of [`encode_money`].
pub(crate) fn decode_money(v: &Value) -> (Value, Value) {
    if let Value::Text(s) = v {
        if let Ok((m, c)) = serde_json::from_str::<(i64, String)>(s) {
            return (Value::Integer(m), Value::Text(c));
        }
    }
    (Value::Null, Value::Null)
}

impl<'t> Writer<'t> {
    pub(super) fn new(tx: &'t Transaction<'t>, tables: &'t Tables, device: &'t str, clock: Hlc) -> Self {
        Writer { tx, tables, device, clock }
    }

    pub(super) fn clock(&self) -> Hlc {
        self.clock
    }

    fn columns(&self, table: &str) -> Result<&'t [String]> {
        self.tables
            .get(table)
            .map(|c| &c[2..])
            .ok_or_else(|| rusqlite::Error::InvalidParameterName(format!("{table} is not a synced table")).into())
    }

    /// Insert a new row with a fresh UUIDv7 id; columns not given are NULL.
    pub fn insert(&mut self, table: &str, values: &[(&str, Value)]) -> Result<String> {
        let id = Uuid::now_v7().to_string();
        self.insert_with_id(table, &id, values)?;
        Ok(id)
    }

    pub fn insert_with_id(&mut self, table: &str, id: &str, values: &[(&str, Value)]) -> Result<()> {
        let cols = self.columns(table)?;
        let mut row: Vec<Value> = vec![Value::Null; cols.len()];
        for (name, v) in values {
            let i = cols
                .iter()
                .position(|c| c == name)
                .ok_or_else(|| rusqlite::Error::InvalidColumnName(format!("{table}.{name}")))?;
            row[i] = v.clone();
        }
        let sql = format!(
            "INSERT INTO {table} (id, cl, {}) VALUES (?1, 1, {})",
            cols.join(", "),
            (2..cols.len() + 2).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        stmt.execute(params_from_iter(std::iter::once(Value::Text(id.to_string())).chain(row)))?;
        let given: Vec<(&str, Value)> = values.iter().filter(|(_, v)| *v != Value::Null).cloned().collect();
        self.record(table, id, &given, 1)
    }

    /// Set the given columns of a live row; only values that differ are written and logged.
    /// Returns how many columns changed.
    pub fn update(&mut self, table: &str, id: &str, values: &[(&str, Value)]) -> Result<usize> {
        if values.is_empty() {
            return Ok(0);
        }
        let names: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
        let sql = format!("SELECT cl, {} FROM {table} WHERE id = ?1", names.join(", "));
        let current: Option<(i64, Vec<Value>)> = self
            .tx
            .prepare_cached(&sql)?
            .query_row([id], |r| {
                let cl = r.get(0)?;
                let vals = (1..=names.len()).map(|i| r.get::<_, Value>(i)).collect::<Result<_, _>>()?;
                Ok((cl, vals))
            })
            .optional()?;
        let Some((cl, current)) = current else { return Ok(0) };
        let cols = self.columns(table)?;
        let mut changed: Vec<(&str, Value)> = Vec::new();
        for (i, (name, v)) in values.iter().enumerate() {
            let sibling_changed = money_sibling(cols, name)
                .is_some_and(|s| values.iter().zip(&current).any(|((n, nv), cv)| *n == s && nv != cv));
            if current[i] != *v || sibling_changed {
                changed.push((name, v.clone()));
            }
        }
        if changed.is_empty() {
            return Ok(0);
        }
        let sets: Vec<String> = changed.iter().enumerate().map(|(i, (n, _))| format!("{n} = ?{}", i + 2)).collect();
        let sql = format!("UPDATE {table} SET {} WHERE id = ?1", sets.join(", "));
        self.tx.prepare_cached(&sql)?.execute(params_from_iter(
            std::iter::once(Value::Text(id.to_string())).chain(changed.iter().map(|(_, v)| v.clone())),
        ))?;
        self.record(table, id, &changed, cl)?;
        Ok(changed.len())
    }

    /// Delete a row: its causal length becomes even. The row stays as a tombstone so that
    /// older changes for it are ignored and its children are hidden, not destroyed.
    pub fn delete(&mut self, table: &str, id: &str) -> Result<bool> {
        self.columns(table)?;
        let sql = format!("UPDATE {table} SET cl = cl + 1 WHERE id = ?1 AND cl % 2 = 1 RETURNING cl");
        let cl: Option<i64> = self.tx.prepare_cached(&sql)?.query_row([id], |r| r.get(0)).optional()?;
        match cl {
            Some(cl) => {
                self.log(table, id, "__cl", Value::Integer(cl), cl)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Find the live row whose `key` columns equal the given values (NULL matches NULL);
    /// update it with `values`, or insert `key` + `values`. Returns the id and whether the row
    /// is new.
    pub fn upsert(&mut self, table: &str, key: &[(&str, Value)], values: &[(&str, Value)]) -> Result<(String, bool)> {
        match self.find(table, key)? {
            Some(id) => {
                self.update(table, &id, values)?;
                Ok((id, false))
            }
            None => {
                let all: Vec<(&str, Value)> = key.iter().chain(values).cloned().collect();
                Ok((self.insert(table, &all)?, true))
            }
        }
    }

    /// The id of the first live row matching `key`.
    pub fn find(&self, table: &str, key: &[(&str, Value)]) -> Result<Option<String>> {
        let cond: Vec<String> = key.iter().enumerate().map(|(i, (n, _))| format!("{n} IS ?{}", i + 1)).collect();
        let sql = format!("SELECT id FROM {table} WHERE {} AND cl % 2 = 1 ORDER BY id LIMIT 1", cond.join(" AND "));
        let mut stmt = self.tx.prepare_cached(&sql)?;
        Ok(stmt.query_row(params_from_iter(key.iter().map(|(_, v)| v.clone())), |r| r.get(0)).optional()?)
    }

    /// Read access inside the transaction.
    pub fn conn(&self) -> &rusqlite::Connection {
        self.tx
    }

    fn record(&mut self, table: &str, id: &str, values: &[(&str, Value)], cl: i64) -> Result<()> {
        let cols = self.columns(table)?;
        for (name, v) in values {
            let sibling = money_sibling(cols, name);
            if let (Some(prefix), Some(_)) = (name.strip_suffix("_minor"), &sibling) {
                let cur_col = format!("{prefix}_currency");
                let cur = values.iter().find(|(n, _)| *n == cur_col).map(|(_, v)| v);
                let Some(cur) = cur else {
                    return Err(rusqlite::Error::InvalidColumnName(format!(
                        "{table}.{name} written without {cur_col}"
                    ))
                    .into());
                };
                self.log(table, id, prefix, encode_money(v, cur), cl)?;
            } else if sibling.is_some_and(|s| values.iter().any(|(n, _)| *n == s)) {
                continue; // travels with its amount
            } else {
                self.log(table, id, name, v.clone(), cl)?;
            }
        }
        Ok(())
    }

    fn log(&mut self, table: &str, id: &str, col: &str, value: Value, cl: i64) -> Result<()> {
        let hlc = self.clock.tick();
        let mut stmt = self.tx.prepare_cached(
            "INSERT INTO crdt_changes (hlc, device, tbl, row_id, col, value, cl, schema_version)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        stmt.execute(rusqlite::params![hlc.raw() as i64, self.device, table, id, col, value, cl, SCHEMA_VERSION])?;
        Ok(())
    }
}

/// The other half of a money column pair (`x_minor` ↔ `x_currency`) when the table has both.
fn money_sibling(cols: &[String], name: &str) -> Option<String> {
    let other = if let Some(p) = name.strip_suffix("_minor") {
        format!("{p}_currency")
    } else {
        format!("{}_minor", name.strip_suffix("_currency")?)
    };
    cols.contains(&other).then_some(other)
}
