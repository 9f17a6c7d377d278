//! The compact change log on disk: dictionaries of devices, cells and rows (so a log entry
//! holds small integers, not names and UUID text), one entry per cell holding the change that
//! wins it, and batches that give each change its HLC (`hlc + seq - first_seq`).
//!
//! Tables (migration 0002): `crdt_devices(idx, id BLOB16, last_seq)`, `crdt_cells(idx, tbl,
//! col, known)`, `crdt_rows(idx, id BLOB16, cl)`, `crdt_batches(device, first_seq, last_seq,
//! hlc, schema_version)`, `crdt_log(row, col, device, seq, value, cl)`.

use rustc_hash::FxHashMap as HashMap;

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use super::schema::Kind;
use super::Hlc;
use crate::Result;

/// A 16-byte device or row id.
pub type Id = [u8; 16];

pub fn id_of(text: &str) -> Option<Id> {
    Uuid::parse_str(text).ok().map(|u| *u.as_bytes())
}

pub fn id_text(id: &Id) -> String {
    Uuid::from_bytes(*id).hyphenated().to_string()
}

/// A reference as the log stores it: canonical UUID text becomes 16 bytes (else `None`: kept
/// as it is).
pub fn encode_ref(v: &Value) -> Option<Value> {
    let Value::Text(s) = v else { return None };
    let u = Uuid::try_parse(s).ok()?;
    let mut buf = [0u8; uuid::fmt::Hyphenated::LENGTH];
    (u.hyphenated().encode_lower(&mut buf) == s.as_str()).then(|| Value::Blob(u.as_bytes().to_vec()))
}

/// A table value as the log stores it: canonical UUID text in a reference becomes 16 bytes.
pub fn encode(kind: &Kind, v: Value) -> Value {
    if let (Kind::Ref, Value::Text(s)) = (kind, &v) {
        if let Ok(u) = Uuid::parse_str(s) {
            if u.hyphenated().to_string() == *s {
                return Value::Blob(u.as_bytes().to_vec());
            }
        }
    }
    v
}

/// The inverse of [`encode`].
pub fn decode(kind: &Kind, v: Value) -> Value {
    match (kind, v) {
        (Kind::Ref, Value::Blob(b)) if b.len() == 16 => {
            let mut id = [0u8; 16];
            id.copy_from_slice(&b);
            Value::Text(id_text(&id))
        }
        (_, v) => v,
    }
}

/// Money as one log value: `EUR-1250` (currency, then minor units), or NULL.
pub fn encode_money(minor: &Value, currency: &Value) -> Value {
    match (minor, currency) {
        (Value::Integer(m), Value::Text(c)) if c.len() == 3 => Value::Text(format!("{c}{m}")),
        _ => Value::Null,
    }
}

/// The inverse of [`encode_money`]: (minor, currency).
pub fn decode_money(v: &Value) -> (Value, Value) {
    if let Value::Text(s) = v {
        if let (Some(c), Some(m)) = (s.get(..3), s.get(3..).and_then(|m| m.parse::<i64>().ok())) {
            return (Value::Integer(m), Value::Text(c.to_string()));
        }
    }
    (Value::Null, Value::Null)
}

/// The dictionaries, cached in memory. A write that fails reloads them (its inserts rolled
/// back).
#[derive(Debug, Default, Clone)]
pub struct Dict {
    /// table → cell → index (looked up by `&str`, no allocation on the write path).
    cells: HashMap<String, HashMap<String, i64>>,
    names: HashMap<i64, (String, String)>,
    devices: HashMap<Id, i64>,
    device_ids: HashMap<i64, Id>,
}

impl Dict {
    pub fn load(conn: &Connection) -> Result<Dict> {
        let mut d = Dict::default();
        let mut stmt = conn.prepare("SELECT idx, tbl, col FROM crdt_cells")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (idx, t, c): (i64, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            d.cells.entry(t.clone()).or_default().insert(c.clone(), idx);
            d.names.insert(idx, (t, c));
        }
        let mut stmt = conn.prepare("SELECT idx, id FROM crdt_devices")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (idx, id): (i64, Vec<u8>) = (r.get(0)?, r.get(1)?);
            if let Ok(id) = <Id>::try_from(id.as_slice()) {
                d.devices.insert(id, idx);
                d.device_ids.insert(idx, id);
            }
        }
        Ok(d)
    }

    /// The index of `table.cell`, added when new.
    pub fn cell(&mut self, conn: &Connection, table: &str, cell: &str, known: bool) -> Result<i64> {
        if let Some(i) = self.cell_index(table, cell) {
            return Ok(i);
        }
        conn.prepare_cached("INSERT INTO crdt_cells (tbl, col, known) VALUES (?1, ?2, ?3)")?
            .execute(rusqlite::params![table, cell, known])?;
        let idx = conn.last_insert_rowid();
        self.cells.entry(table.to_string()).or_default().insert(cell.to_string(), idx);
        self.names.insert(idx, (table.to_string(), cell.to_string()));
        Ok(idx)
    }

    pub fn cell_index(&self, table: &str, cell: &str) -> Option<i64> {
        self.cells.get(table)?.get(cell).copied()
    }

    pub fn cell_name(&self, idx: i64) -> Option<&(String, String)> {
        self.names.get(&idx)
    }

    pub fn device(&mut self, conn: &Connection, id: &Id) -> Result<i64> {
        if let Some(i) = self.devices.get(id) {
            return Ok(*i);
        }
        conn.prepare_cached("INSERT INTO crdt_devices (id) VALUES (?1)")?.execute([&id[..]])?;
        let idx = conn.last_insert_rowid();
        self.devices.insert(*id, idx);
        self.device_ids.insert(idx, *id);
        Ok(idx)
    }

    pub fn device_id(&self, idx: i64) -> Option<&Id> {
        self.device_ids.get(&idx)
    }
}

/// The change that currently wins one cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub device: i64,
    pub seq: i64,
    pub value: Value,
    pub cl: i64,
}

pub fn get(conn: &Connection, row: i64, cell: i64) -> Result<Option<Entry>> {
    Ok(conn
        .prepare_cached("SELECT device, seq, value, cl FROM crdt_log WHERE row = ?1 AND col = ?2")?
        .query_row([row, cell], |r| Ok(Entry { device: r.get(0)?, seq: r.get(1)?, value: r.get(2)?, cl: r.get(3)? }))
        .optional()?)
}

pub fn put(conn: &Connection, row: i64, cell: i64, e: &Entry) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO crdt_log (row, col, device, seq, value, cl) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(rusqlite::params![row, cell, e.device, e.seq, e.value, e.cl])?;
    Ok(())
}

pub fn remove(conn: &Connection, row: i64, cell: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM crdt_log WHERE row = ?1 AND col = ?2")?.execute([row, cell])?;
    Ok(())
}

/// All entries of a row: (cell index, entry).
pub fn row_entries(conn: &Connection, row: i64) -> Result<Vec<(i64, Entry)>> {
    let mut stmt = conn.prepare_cached("SELECT col, device, seq, value, cl FROM crdt_log WHERE row = ?1")?;
    let rows = stmt.query_map([row], |r| {
        Ok((r.get(0)?, Entry { device: r.get(1)?, seq: r.get(2)?, value: r.get(3)?, cl: r.get(4)? }))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// (index, causal length) of a row id in the dictionary.
pub fn row(conn: &Connection, id: &Id) -> Result<Option<(i64, i64)>> {
    Ok(conn
        .prepare_cached("SELECT idx, cl FROM crdt_rows WHERE id = ?1")?
        .query_row([&id[..]], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

pub fn new_row(conn: &Connection, id: &Id, cl: i64) -> Result<i64> {
    conn.prepare_cached("INSERT INTO crdt_rows (id, cl) VALUES (?1, ?2)")?.execute(rusqlite::params![&id[..], cl])?;
    Ok(conn.last_insert_rowid())
}

pub fn set_row_cl(conn: &Connection, row: i64, cl: i64) -> Result<()> {
    conn.prepare_cached("UPDATE crdt_rows SET cl = ?2 WHERE idx = ?1")?.execute([row, cl])?;
    Ok(())
}

/// The HLC of change `seq` of `device`, from the batch that covers it.
pub fn hlc_of(conn: &Connection, device: i64, seq: i64) -> Result<Option<Hlc>> {
    Ok(batch_of(conn, device, seq)?.map(|(h, _)| h))
}

/// The HLC and schema version of change `seq` of `device`, from the batch that covers it.
pub fn batch_of(conn: &Connection, device: i64, seq: i64) -> Result<Option<(Hlc, u32)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT hlc + (?2 - first_seq), schema_version FROM crdt_batches
         WHERE device = ?1 AND first_seq <= ?2 AND last_seq >= ?2 ORDER BY first_seq DESC LIMIT 1",
    )?;
    Ok(stmt.query_row([device, seq], |r| Ok((Hlc::from_raw(r.get::<_, i64>(0)? as u64), r.get(1)?))).optional()?)
}

/// Record that changes `first..=last` of `device` carry HLCs `hlc, hlc + 1, …`.
pub fn add_batch(conn: &Connection, device: i64, first: i64, last: i64, hlc: Hlc, schema_version: u32) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO crdt_batches (device, first_seq, last_seq, hlc, schema_version) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (device, first_seq) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
    )?
    .execute(rusqlite::params![device, first, last, hlc.raw() as i64, schema_version])?;
    Ok(())
}
