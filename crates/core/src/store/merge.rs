//! The merge: applying changes from other devices, in any order and any number of times,
//! with the same result everywhere (sync.md).
//!
//! - Per cell the change with the highest version `(causal length, HLC, device id)` wins; the
//!   value that loses to another device's goes to the conflict journal (`crdt_conflicts`).
//! - A row's causal length is the highest any of its changes carries: odd = alive, even =
//!   deleted. A change made under an older causal length never brings a row back.
//! - A change stamped more than a day ahead of this device's clock waits in
//!   `crdt_quarantine` until the clock catches up (or forever, shown to the user).
//! - A change for a table or cell this version does not know is kept in the log and written
//!   to the table after an upgrade (`materialise_upgraded`).
//! - An erasure mark removes the row's personal values for good: later changes to them are
//!   dropped, wherever they come from.
//! - A row from another device is written to its table once the log holds every column the
//!   table requires (cells can arrive in separate bundles).

use std::collections::{BTreeMap, HashMap};

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use uuid::Uuid;

use super::log::{self, Dict, Entry, Id};
use super::schema::{Kind, Schema, CL, ERASE, ROW};
use super::Hlc;
use crate::Result;

/// How far ahead of this device's clock a change may be stamped and still be applied.
pub const MAX_AHEAD_MS: u64 = 24 * 3600 * 1000;

/// One change as it travels between devices: names and ids in full, the value as the log
/// encodes it (references as 16 bytes, money as `EUR-1250`).
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub device: Uuid,
    pub seq: u64,
    pub hlc: Hlc,
    pub table: String,
    /// A column, a money pair's name, `__cl` or `__erase`.
    pub column: String,
    pub row: Uuid,
    pub value: Value,
    pub cl: i64,
    pub schema_version: u32,
}

impl Change {
    fn version(&self) -> (i64, Hlc, [u8; 16]) {
        (self.cl, self.hlc, *self.device.as_bytes())
    }
}

/// What one `apply` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplyReport {
    /// Changes that won their cell.
    pub applied: usize,
    /// Changes already here.
    pub duplicates: usize,
    /// Changes that lost to a newer one.
    pub superseded: usize,
    /// Losing values of another device noted in the journal.
    pub conflicts: usize,
    pub quarantined: usize,
    /// Changes for cells this version does not know (kept).
    pub unknown: usize,
    /// Changes to an erased person's identifying values (dropped).
    pub dropped: usize,
    /// Erasures applied.
    pub erased: usize,
}

/// A value that lost a merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub id: i64,
    pub table: String,
    pub column: String,
    pub row: String,
    /// The value that lost, and who wrote it when.
    pub value: Value,
    pub device: Uuid,
    pub hlc: Hlc,
    /// The value that won, and who wrote it when.
    pub winner_value: Value,
    pub winner_device: Uuid,
    pub winner_hlc: Hlc,
}

pub(super) struct Merger<'a> {
    pub tx: &'a Connection,
    pub schema: &'a Schema,
    pub dict: &'a mut Dict,
    pub clock: &'a mut Hlc,
    pub now_ms: u64,
    pub report: ApplyReport,
    rows: HashMap<Id, (i64, i64)>,
    /// Rows whose table row must be written from the log: row index → (table, id).
    dirty: BTreeMap<i64, (String, Id)>,
    /// Per row: whether it is erased (read once, then kept as erasures arrive).
    erased: HashMap<i64, bool>,
    /// The highest sequence number applied per device, written once at the end.
    last_seq: HashMap<i64, i64>,
    /// The batch this apply recorded last — device, first and last seq, first HLC — when no
    /// batch recorded before overlaps it: the changes of its run need no lookup of their HLC.
    batch: Option<(i64, i64, i64, Hlc)>,
}

fn uuid_of(b: &[u8]) -> Uuid {
    Uuid::from_slice(b).unwrap_or_default()
}

impl<'a> Merger<'a> {
    pub fn new(tx: &'a Connection, schema: &'a Schema, dict: &'a mut Dict, clock: &'a mut Hlc, now_ms: u64) -> Self {
        Merger {
            tx,
            schema,
            dict,
            clock,
            now_ms,
            report: ApplyReport::default(),
            rows: HashMap::new(),
            dirty: BTreeMap::new(),
            erased: HashMap::new(),
            last_seq: HashMap::new(),
            batch: None,
        }
    }

    pub fn apply(&mut self, changes: &[Change]) -> Result<()> {
        let mut all: Vec<Change> = self.take_released_quarantine()?;
        all.extend_from_slice(changes);
        all.sort_by_key(|a| (a.device, a.seq));
        // The end of each run of consecutive sequence numbers with consecutive HLCs: one batch.
        let mut run_end = vec![0u64; all.len()];
        for i in (0..all.len()).rev() {
            let (c, next) = (&all[i], all.get(i + 1));
            run_end[i] = match next {
                Some(n)
                    if n.device == c.device
                        && n.seq == c.seq + 1
                        && n.hlc.raw() == c.hlc.raw() + 1
                        && n.schema_version == c.schema_version =>
                {
                    run_end[i + 1]
                }
                _ => c.seq,
            };
        }
        for (c, end) in all.iter().zip(run_end) {
            self.merge(c, end)?;
        }
        for (dev, seq) in std::mem::take(&mut self.last_seq) {
            self.tx
                .prepare_cached("UPDATE crdt_devices SET last_seq = max(last_seq, ?2) WHERE idx = ?1")?
                .execute([dev, seq])?;
        }
        let dirty = std::mem::take(&mut self.dirty);
        for (row, (table, id)) in dirty {
            materialise(self.tx, self.schema, self.dict, &table, row, &id)?;
        }
        Ok(())
    }

    fn take_released_quarantine(&mut self) -> Result<Vec<Change>> {
        let limit = ((self.now_ms + MAX_AHEAD_MS) << 16) | 0xffff;
        let out = read_quarantine(self.tx, Some(limit))?;
        if !out.is_empty() {
            self.tx.prepare_cached("DELETE FROM crdt_quarantine WHERE hlc <= ?1")?.execute([limit as i64])?;
        }
        Ok(out)
    }

    fn merge(&mut self, c: &Change, run_end: u64) -> Result<()> {
        if c.hlc.millis() > self.now_ms + MAX_AHEAD_MS {
            self.tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO crdt_quarantine (device, seq, hlc, tbl, col, row_id, value, cl, schema_version)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(rusqlite::params![
                    &c.device.as_bytes()[..],
                    c.seq as i64,
                    c.hlc.raw() as i64,
                    c.table,
                    c.column,
                    &c.row.as_bytes()[..],
                    c.value,
                    c.cl,
                    c.schema_version
                ])?;
            self.report.quarantined += 1;
            return Ok(());
        }
        let dev = self.dict.device(self.tx, c.device.as_bytes())?;
        let seq = c.seq as i64;
        let in_batch = matches!(self.batch, Some((d, first, last, h0))
            if d == dev && (first..=last).contains(&seq) && h0.raw() + (seq - first) as u64 == c.hlc.raw());
        if !in_batch {
            match log::hlc_of(self.tx, dev, seq)? {
                Some(h) if h != c.hlc => {
                    return Err(rusqlite::Error::InvalidParameterName(format!(
                        "change {} of device {} arrived with two different clocks",
                        c.seq, c.device
                    ))
                    .into())
                }
                Some(_) => {}
                None => {
                    log::add_batch(self.tx, dev, seq, run_end as i64, c.hlc, c.schema_version)?;
                    // a batch recorded before that starts inside this run keeps its own check
                    let overlaps = log::batch_starts_within(self.tx, dev, seq + 1, run_end as i64)?;
                    self.batch = (!overlaps).then_some((dev, seq, run_end as i64, c.hlc));
                }
            }
        }
        let last = self.last_seq.entry(dev).or_insert(seq);
        *last = (*last).max(seq);
        self.clock.observe(c.hlc);

        let known = self.schema.cell(&c.table, &c.column);
        let cell = self.dict.cell(self.tx, &c.table, &c.column, known.is_some())?;
        let id = *c.row.as_bytes();
        let (row, row_cl) = match self.rows.get(&id) {
            Some(r) => *r,
            None => {
                let r = match log::row(self.tx, &id)? {
                    Some(r) => r,
                    None => (log::new_row(self.tx, &id, c.cl)?, c.cl),
                };
                self.rows.insert(id, r);
                r
            }
        };
        if known.is_none() && c.column != ERASE {
            self.report.unknown += 1;
        }
        let erased = match (self.erased.get(&row), self.dict.cell_index(&c.table, ERASE)) {
            (Some(e), _) => *e,
            (None, Some(e)) => {
                let e = log::get(self.tx, row, e, None)?.is_some();
                self.erased.insert(row, e);
                e
            }
            (None, None) => false,
        };
        if c.column == ERASE {
            if erased {
                self.report.duplicates += 1;
            } else {
                let mark = Entry { device: dev, seq: c.seq as i64, value: Value::Null, cl: c.cl, packed: false };
                log::put(self.tx, row, cell, &mark)?;
                self.erased.insert(row, true);
                erase_row(self.tx, self.schema, self.dict, &c.table, row, &id)?;
                self.report.applied += 1;
                self.report.erased += 1;
            }
            return Ok(());
        }
        if erased && known.is_some_and(|k| k.personal) {
            self.report.dropped += 1;
            return Ok(());
        }
        let is_value = !matches!(known.map(|k| &k.kind), Some(Kind::Cl)) && c.column != CL;
        let pack = self.dict.cell_index(&c.table, ROW);
        let mut was_packed = false;
        if let Some(cur) = log::get(self.tx, row, cell, pack)? {
            was_packed = cur.packed;
            let cur_hlc = log::hlc_of(self.tx, cur.device, cur.seq)?.unwrap_or_default();
            let cur_dev = self.dict.device_id(cur.device).copied().unwrap_or_default();
            let cur_version = (cur.cl, cur_hlc, cur_dev);
            let inc = c.version();
            if inc == cur_version {
                self.report.duplicates += 1;
                return Ok(());
            }
            let differ = is_value && cur.value != c.value && cur_dev != *c.device.as_bytes();
            if inc < cur_version {
                if differ {
                    self.journal(c, &id, (&c.value, c.hlc, c.device.as_bytes()), (&cur.value, cur_hlc, &cur_dev))?;
                }
                self.report.superseded += 1;
                return Ok(());
            }
            if differ {
                self.journal(c, &id, (&cur.value, cur_hlc, &cur_dev), (&c.value, c.hlc, c.device.as_bytes()))?;
            }
        }
        let won = Entry { device: dev, seq: c.seq as i64, value: c.value.clone(), cl: c.cl, packed: false };
        log::put(self.tx, row, cell, &won)?;
        if let (true, Some(pack)) = (was_packed, pack) {
            log::drop_from_pack(self.tx, row, pack, &[cell])?;
        }
        if c.cl > row_cl {
            log::set_row_cl(self.tx, row, c.cl)?;
            self.rows.insert(id, (row, c.cl));
        }
        self.dirty.insert(row, (c.table.clone(), id));
        self.report.applied += 1;
        Ok(())
    }

    fn journal(&mut self, c: &Change, id: &Id, loser: (&Value, Hlc, &Id), winner: (&Value, Hlc, &Id)) -> Result<()> {
        let n = self
            .tx
            .prepare_cached(
                "INSERT OR IGNORE INTO crdt_conflicts
                 (tbl, col, row_id, value, hlc, device, winner_value, winner_hlc, winner_device, noted_hlc)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(rusqlite::params![
                c.table,
                c.column,
                &id[..],
                loser.0,
                loser.1.raw() as i64,
                &loser.2[..],
                winner.0,
                winner.1.raw() as i64,
                &winner.2[..],
                self.clock.raw() as i64
            ])?;
        self.report.conflicts += n;
        Ok(())
    }
}

/// Remove a row's personal values from the table, the log, the journal and the quarantine.
pub(super) fn erase_row(tx: &Connection, schema: &Schema, dict: &Dict, table: &str, row: i64, id: &Id) -> Result<()> {
    let Some(info) = schema.table(table) else { return Ok(()) };
    let personal: Vec<&str> = info.cells.iter().filter(|c| c.personal).map(|c| c.name.as_str()).collect();
    let cells: Vec<i64> = personal.iter().filter_map(|name| dict.cell_index(table, name)).collect();
    for cell in &cells {
        log::remove(tx, row, *cell)?;
    }
    if let Some(pack) = dict.cell_index(table, ROW) {
        log::drop_from_pack(tx, row, pack, &cells)?;
    }
    let cols: Vec<String> =
        info.cells.iter().filter(|c| c.personal).flat_map(|c| c.columns()).map(|c| format!("{c} = NULL")).collect();
    tx.prepare_cached(&format!("UPDATE {table} SET {} WHERE id = ?1", cols.join(", ")))?.execute([log::id_text(id)])?;
    for name in &personal {
        tx.prepare_cached("DELETE FROM crdt_conflicts WHERE row_id = ?1 AND col = ?2")?
            .execute(rusqlite::params![&id[..], name])?;
        tx.prepare_cached("DELETE FROM crdt_quarantine WHERE row_id = ?1 AND col = ?2")?
            .execute(rusqlite::params![&id[..], name])?;
    }
    Ok(())
}

/// A row as its log entries give it: causal length, (column, value) pairs.
pub(super) type LogRow = (i64, Vec<(String, Value)>);

/// The table columns a row's log entries give: (column, value) plus the causal length.
pub(super) fn row_from_log(
    conn: &Connection,
    schema: &Schema,
    dict: &Dict,
    table: &str,
    row: i64,
) -> Result<Option<LogRow>> {
    let Some(info) = schema.table(table) else { return Ok(None) };
    let mut cl = 0;
    let mut cols = Vec::new();
    for (cell, e) in log::row_entries(conn, dict, row)? {
        cl = cl.max(e.cl);
        let Some(c) = dict.cell_name(cell).and_then(|(_, name)| info.cell(name)) else { continue };
        match c.kind {
            Kind::Money => {
                let (m, cur) = log::decode_money(&e.value);
                let names = c.columns();
                cols.push((names[0].clone(), m));
                cols.push((names[1].clone(), cur));
            }
            Kind::Cl | Kind::Erase => {}
            _ => cols.push((c.name.clone(), log::decode(&c.kind, e.value))),
        }
    }
    if info.required.iter().any(|r| !cols.iter().any(|(n, v)| n == r && *v != Value::Null)) {
        return Ok(None);
    }
    Ok(Some((cl, cols)))
}

/// Write a row's table row from its log entries (insert it once it is complete).
pub(super) fn materialise(
    conn: &Connection,
    schema: &Schema,
    dict: &Dict,
    table: &str,
    row: i64,
    id: &Id,
) -> Result<()> {
    let key = log::id_text(id);
    let Some((cl, cols)) = row_from_log(conn, schema, dict, table, row)? else { return Ok(()) };
    let exists: Option<i64> = conn
        .prepare_cached(&format!("SELECT 1 FROM {table} WHERE id = ?1"))?
        .query_row([&key], |r| r.get(0))
        .optional()?;
    let params = std::iter::once(Value::Text(key.clone()))
        .chain(std::iter::once(Value::Integer(cl)))
        .chain(cols.iter().map(|c| c.1.clone()));
    if exists.is_some() {
        let sets: String = cols.iter().enumerate().map(|(i, (n, _))| format!(", {n} = ?{}", i + 3)).collect();
        conn.prepare_cached(&format!("UPDATE OR FAIL {table} SET cl = ?2{sets} WHERE id = ?1"))?
            .execute(params_from_iter(params))?;
    } else {
        let names: String = cols.iter().map(|(n, _)| format!(", {n}")).collect();
        let marks: String = (0..cols.len()).map(|i| format!(", ?{}", i + 3)).collect();
        conn.prepare_cached(&format!("INSERT OR FAIL INTO {table} (id, cl{names}) VALUES (?1, ?2{marks})"))?
            .execute(params_from_iter(params))?;
    }
    Ok(())
}

/// After an upgrade: write to the tables the cells that were kept for a schema this file did
/// not know when they arrived.
pub(super) fn materialise_upgraded(conn: &Connection, schema: &Schema, dict: &Dict) -> Result<usize> {
    let pending: Vec<(i64, String, String)> = conn
        .prepare("SELECT idx, tbl, col FROM crdt_cells WHERE known = 0")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut n = 0;
    for (cell, table, col) in pending {
        if schema.cell(&table, &col).is_none() {
            continue;
        }
        let rows: Vec<(i64, Vec<u8>)> = conn
            .prepare("SELECT r.idx, r.id FROM crdt_log l JOIN crdt_rows r ON r.idx = l.row WHERE l.col = ?1")?
            .query_map([cell], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (row, id) in rows {
            if let Ok(id) = <Id>::try_from(id.as_slice()) {
                materialise(conn, schema, dict, &table, row, &id)?;
                n += 1;
            }
        }
        conn.execute("UPDATE crdt_cells SET known = 1 WHERE idx = ?1", [cell])?;
    }
    Ok(n)
}

/// Every change in the log whose sequence number is above `after[device]` (0 when absent),
/// ordered by device and sequence.
/// The log's changes above each device's sequence number in `after` (all of a device it does
/// not name, or none when `only`: then just the devices it names).
pub(super) fn changes(conn: &Connection, dict: &Dict, after: &HashMap<Uuid, u64>, only: bool) -> Result<Vec<Change>> {
    let mut stmt = conn.prepare(
        "SELECT l.device, l.seq, l.col, r.id, l.value, l.cl FROM crdt_log l JOIN crdt_rows r ON r.idx = l.row
         ORDER BY l.device, l.seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let (dev, seq, cell): (i64, i64, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let Some(device) = dict.device_id(dev).map(|d| Uuid::from_bytes(*d)) else { continue };
        let seen = match after.get(&device) {
            Some(s) => *s,
            None if only => continue,
            None => 0,
        };
        let row = uuid_of(&r.get::<_, Vec<u8>>(3)?);
        let (value, cl): (Value, i64) = (r.get(4)?, r.get(5)?);
        // a pack holds several changes: cell `k` is change `seq + offset`
        let items = if dict.is_pack(cell) { log::unpack(&value) } else { vec![(cell, 0, value)] };
        for (cell, off, value) in items {
            let seq = seq + off;
            if seq as u64 <= seen {
                continue;
            }
            let Some((table, column)) = dict.cell_name(cell).cloned() else { continue };
            let (hlc, schema_version) = log::batch_of(conn, dev, seq)?.unwrap_or_default();
            out.push(Change { device, seq: seq as u64, hlc, table, column, row, value, cl, schema_version });
        }
    }
    out.sort_by_key(|c| (c.device, c.seq));
    Ok(out)
}

/// Quarantined changes (those stamped at or before `upto` when given).
pub(super) fn read_quarantine(conn: &Connection, upto: Option<u64>) -> Result<Vec<Change>> {
    let mut stmt = conn.prepare_cached(
        "SELECT device, seq, hlc, tbl, col, row_id, value, cl, schema_version FROM crdt_quarantine
         WHERE hlc <= ?1 ORDER BY device, seq",
    )?;
    let upto = upto.map_or(i64::MAX, |u| u.min(i64::MAX as u64) as i64);
    let rows = stmt.query_map([upto], |r| {
        Ok(Change {
            device: uuid_of(&r.get::<_, Vec<u8>>(0)?),
            seq: r.get::<_, i64>(1)? as u64,
            hlc: Hlc::from_raw(r.get::<_, i64>(2)? as u64),
            table: r.get(3)?,
            column: r.get(4)?,
            row: uuid_of(&r.get::<_, Vec<u8>>(5)?),
            value: r.get(6)?,
            cl: r.get(7)?,
            schema_version: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn conflicts(conn: &Connection) -> Result<Vec<Conflict>> {
    let mut stmt = conn.prepare(
        "SELECT idx, tbl, col, row_id, value, device, hlc, winner_value, winner_device, winner_hlc
         FROM crdt_conflicts ORDER BY idx",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Conflict {
            id: r.get(0)?,
            table: r.get(1)?,
            column: r.get(2)?,
            row: uuid_of(&r.get::<_, Vec<u8>>(3)?).to_string(),
            value: r.get(4)?,
            device: uuid_of(&r.get::<_, Vec<u8>>(5)?),
            hlc: Hlc::from_raw(r.get::<_, i64>(6)? as u64),
            winner_value: r.get(7)?,
            winner_device: uuid_of(&r.get::<_, Vec<u8>>(8)?),
            winner_hlc: Hlc::from_raw(r.get::<_, i64>(9)? as u64),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
