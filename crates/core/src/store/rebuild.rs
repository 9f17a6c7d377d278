//! Rebuilds every synced table from the change log alone and compares it with the tables:
//! the proof that no write went around the log (used by tests and `tessera check`).

use std::collections::BTreeMap;

use rusqlite::types::Value;
use rusqlite::Connection;

use super::write::decode_money;
use super::Tables;
use crate::Result;

/// table → row id → all columns after `id` (cl first), as SQLite holds them.
pub type Snapshot = BTreeMap<String, BTreeMap<String, Vec<Value>>>;

/// The current content of every synced table.
pub fn tables_snapshot(conn: &Connection, tables: &Tables) -> Result<Snapshot> {
    let mut out = Snapshot::new();
    for (table, cols) in tables {
        let mut stmt = conn.prepare(&format!("SELECT {} FROM {table}", cols.join(", ")))?;
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

/// The same tables, replayed from `crdt_changes` in HLC order: last writer wins per column,
/// a change made under an older causal length is ignored.
pub fn replay_log(conn: &Connection, tables: &Tables) -> Result<Snapshot> {
    let mut out = Snapshot::new();
    for t in tables.keys() {
        out.insert(t.clone(), BTreeMap::new());
    }
    let mut stmt = conn.prepare("SELECT tbl, row_id, col, value, cl FROM crdt_changes ORDER BY hlc, device")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (table, id, col): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let (value, cl): (Value, i64) = (r.get(3)?, r.get(4)?);
        let Some(cols) = tables.get(&table) else { continue };
        let Some(map) = out.get_mut(&table) else { continue };
        let row = map.entry(id).or_insert_with(|| {
            let mut v = vec![Value::Null; cols.len() - 1];
            v[0] = Value::Integer(1);
            v
        });
        let Value::Integer(row_cl) = row[0] else { continue };
        if cl < row_cl {
            continue;
        }
        if col == "__cl" {
            if let Value::Integer(n) = value {
                row[0] = Value::Integer(row_cl.max(n));
            }
            continue;
        }
        row[0] = Value::Integer(row_cl.max(cl));
        let pos = |name: &str| cols.iter().position(|c| c == name).map(|i| i - 1);
        if let (Some(a), Some(c)) = (pos(&format!("{col}_minor")), pos(&format!("{col}_currency"))) {
            let (m, cur) = decode_money(&value);
            row[a] = m;
            row[c] = cur;
        } else if let Some(i) = pos(&col) {
            row[i] = value;
        }
    }
    Ok(out)
}
