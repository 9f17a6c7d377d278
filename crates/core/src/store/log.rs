//! The compact change log on disk: dictionaries of devices, cells and rows (so a log entry
//! holds small integers, not names and UUID text), for each cell the change that wins it, and
//! batches that give each change its HLC (`hlc + seq - first_seq`).
//!
//! A row made on this device is logged as one entry, its *pack*: the pseudo-cell
//! `<table>.__row` whose value holds every cell it was made with, `(cell, seq offset, value)`
//! (postcard), cell `k` being change `seq + offset`. A cell's winning change is its own entry
//! when it has one, else its item in the pack; whenever a cell gets its own entry (a later
//! edit, another device's change) or is erased, its item leaves the pack, so every change is
//! held once and superseded values are not kept.
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
    match kind {
        Kind::Ref => encode_ref(&v).unwrap_or(v),
        _ => v,
    }
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

    /// Whether a cell index is a table's pack (`<table>.__row`).
    pub fn is_pack(&self, idx: i64) -> bool {
        self.names.get(&idx).is_some_and(|(_, c)| c == super::schema::ROW)
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
    /// Whether it is an item of the row's pack (not an entry of its own).
    pub packed: bool,
}

/// A value inside a pack (its variants in the order of [`PackedRef`]'s).
#[derive(serde::Deserialize)]
enum Packed {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// [`Packed`] borrowing its text and bytes, to write a pack without copying them.
#[derive(serde::Serialize)]
enum PackedRef<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

/// One item of a pack: (cell index, seq offset, value).
pub type Item = (i64, i64, Value);

/// A pack's value: its items (cell index, seq offset, value).
pub fn pack<'a>(items: impl IntoIterator<Item = (i64, i64, &'a Value)>) -> Value {
    let list: Vec<(i64, i64, PackedRef<'a>)> = items
        .into_iter()
        .map(|(c, o, v)| {
            let p = match v {
                Value::Null => PackedRef::Null,
                Value::Integer(n) => PackedRef::Int(*n),
                Value::Real(f) => PackedRef::Real(*f),
                Value::Text(t) => PackedRef::Text(t),
                Value::Blob(b) => PackedRef::Blob(b),
            };
            (c, o, p)
        })
        .collect();
    Value::Blob(postcard::to_allocvec(&list).unwrap_or_default())
}

/// The items of a pack's value (none when it is not one).
pub fn unpack(v: &Value) -> Vec<Item> {
    let Value::Blob(b) = v else { return Vec::new() };
    let list: Vec<(i64, i64, Packed)> = postcard::from_bytes(b).unwrap_or_default();
    list.into_iter()
        .map(|(c, o, p)| {
            let v = match p {
                Packed::Null => Value::Null,
                Packed::Int(n) => Value::Integer(n),
                Packed::Real(f) => Value::Real(f),
                Packed::Text(t) => Value::Text(t),
                Packed::Blob(b) => Value::Blob(b),
            };
            (c, o, v)
        })
        .collect()
}

fn entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry { device: r.get(0)?, seq: r.get(1)?, value: r.get(2)?, cl: r.get(3)?, packed: false })
}

/// The change that wins `cell` of `row`: its own entry, else its item in the pack `pack`
/// (the `<table>.__row` cell) when there is one.
pub fn get(conn: &Connection, row: i64, cell: i64, pack: Option<i64>) -> Result<Option<Entry>> {
    let mut stmt = conn.prepare_cached("SELECT device, seq, value, cl FROM crdt_log WHERE row = ?1 AND col = ?2")?;
    if let Some(e) = stmt.query_row([row, cell], entry).optional()? {
        return Ok(Some(e));
    }
    let Some(pack) = pack else { return Ok(None) };
    let Some(p) = stmt.query_row([row, pack], entry).optional()? else { return Ok(None) };
    Ok(unpack(&p.value).into_iter().find(|i| i.0 == cell).map(|(_, off, value)| Entry {
        device: p.device,
        seq: p.seq + off,
        value,
        cl: p.cl,
        packed: true,
    }))
}

/// Make `e` the winning change of `cell` (its own entry).
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

/// Take `cells` out of the row's pack (they got entries of their own, or were erased); the
/// pack goes when it is left empty.
pub fn drop_from_pack(conn: &Connection, row: i64, pack: i64, cells: &[i64]) -> Result<()> {
    let value: Option<Value> = conn
        .prepare_cached("SELECT value FROM crdt_log WHERE row = ?1 AND col = ?2")?
        .query_row([row, pack], |r| r.get(0))
        .optional()?;
    let Some(value) = value else { return Ok(()) };
    let items = unpack(&value);
    let kept: Vec<Item> = items.iter().filter(|i| !cells.contains(&i.0)).cloned().collect();
    if kept.len() == items.len() {
        return Ok(());
    }
    if kept.is_empty() {
        return remove(conn, row, pack);
    }
    conn.prepare_cached("UPDATE crdt_log SET value = ?3 WHERE row = ?1 AND col = ?2")?.execute(rusqlite::params![
        row,
        pack,
        self::pack(kept.iter().map(|(c, o, v)| (*c, *o, v)))
    ])?;
    Ok(())
}

/// Every winning change of a row, packs opened: (cell index, entry).
pub fn row_entries(conn: &Connection, dict: &Dict, row: i64) -> Result<Vec<(i64, Entry)>> {
    let mut stmt = conn.prepare_cached("SELECT device, seq, value, cl, col FROM crdt_log WHERE row = ?1")?;
    let rows = stmt.query_map([row], |r| Ok((r.get::<_, i64>(4)?, entry(r)?)))?;
    let mut out = Vec::new();
    for r in rows {
        let (cell, e) = r?;
        if dict.is_pack(cell) {
            for (c, off, value) in unpack(&e.value) {
                out.push((c, Entry { device: e.device, seq: e.seq + off, value, cl: e.cl, packed: true }));
            }
        } else {
            out.push((cell, e));
        }
    }
    Ok(out)
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

/// Whether a batch of `device` starts at a sequence number in `from..=to`.
pub fn batch_starts_within(conn: &Connection, device: i64, from: i64, to: i64) -> Result<bool> {
    if from > to {
        return Ok(false);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM crdt_batches WHERE device = ?1 AND first_seq BETWEEN ?2 AND ?3)",
    )?;
    Ok(stmt.query_row([device, from, to], |r| r.get(0))?)
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
