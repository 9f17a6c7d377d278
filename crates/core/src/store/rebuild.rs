//! Rebuilds every synced table from the change log alone and compares it with the tables:
//! the proof that no write went around the log and that the incremental merge wrote what the
//! log says (used by tests and, later, `tessera check`).

use std::collections::BTreeMap;

use rusqlite::types::Value;

use super::log::Id;
use super::merge::row_from_log;
use super::Db;
use crate::Result;

/// table → row id → all columns after `id` (cl first), as SQLite holds them.
pub type Snapshot = BTreeMap<String, BTreeMap<String, Vec<Value>>>;

/// The current content of every synced table.
pub fn tables_snapshot(db: &Db) -> Result<Snapshot> {
    let mut out = Snapshot::new();
    for (table, info) in &db.schema().tables {
        let cols = &info.columns;
        let mut stmt = db.conn().prepare(&format!("SELECT {} FROM {table}", cols.join(", ")))?;
        let rows = stmt.query_map([], |r| {
            let id: String = r.get(0)?;
            let vals = (1..cols.len()).map(|i| r.get::<_, Value>(i)).collect::<Result<Vec<_>, _>>()?;
            Ok((id, vals))
        })?;
        let map = out.entry(table.clone()).or_default();
        for row in rows {
            let (id, vals) = row?;
            map.insert(id, vals);
        }
    }
    Ok(out)
}

/// The same tables written from the log: for each row, the winning value of each cell, the
/// highest causal length, column defaults where the log has nothing; rows that lack a
/// required column are not (yet) in their table.
pub fn replay_log(db: &Db) -> Result<Snapshot> {
    let schema = db.schema();
    let dict = db.dict();
    let conn = db.conn();
    let mut out = Snapshot::new();
    for t in schema.tables.keys() {
        out.insert(t.clone(), BTreeMap::new());
    }
    let mut stmt = conn
        .prepare("SELECT r.idx, r.id, min(l.col) FROM crdt_rows r JOIN crdt_log l ON l.row = r.idx GROUP BY r.idx")?;
    let rows: Vec<(i64, Vec<u8>, i64)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<_, _>>()?;
    for (row, id, cell) in rows {
        let Some((table, _)) = dict.cell_name(cell) else { continue };
        let Some(info) = schema.table(table) else { continue };
        let Ok(id) = <Id>::try_from(id.as_slice()) else { continue };
        let Some((cl, cols)) = row_from_log(conn, schema, dict, table, row)? else { continue };
        let mut vals: Vec<Value> = info.columns[1..]
            .iter()
            .map(|c| info.defaults.iter().find(|(n, _)| n == c).map_or(Value::Null, |d| d.1.clone()))
            .collect();
        vals[0] = Value::Integer(cl);
        for (name, v) in cols {
            if let Some(i) = info.columns.iter().position(|c| *c == name) {
                vals[i - 1] = v;
            }
        }
        out.get_mut(table).map(|m| m.insert(super::log::id_text(&id), vals));
    }
    Ok(out)
}
