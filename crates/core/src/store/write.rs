//! The one write path for synced tables. Every insert, update, delete, undelete and erasure
//! records, in the same transaction, one change per changed cell in the change log (log.rs):
//! this device, its next sequence number, the row's causal length. All changes of one write
//! share a batch, so change `k` of it carries the HLC `hlc0 + k`. A money amount and its
//! currency (`<x>_minor` + `<x>_currency`) travel as one change named `<x>`.

use rustc_hash::FxHashMap as HashMap;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, OptionalExtension, Params, Row, Statement, Transaction};
use uuid::Uuid;

use super::guard::{Guard, Mode};
use super::log::{self, Dict, Id};
use super::schema::{Cell, Kind, Schema, TableInfo, CL, ERASE, ROW};
use super::{Hlc, WallClock};
use crate::Result;

/// A column value as SQLite stores it.
pub type Val = Value;

/// Writes synced rows and their changes. Only `Db::write` makes one; it cannot outlive the
/// transaction and hands out no connection or statement:
///
/// ```compile_fail
/// let mut db = tessera_core::Db::open_in_memory().unwrap();
/// let mut kept = None;
/// db.write(|w| { kept = Some(w); Ok(()) }).unwrap();
/// ```
pub struct Writer<'t> {
    tx: &'t Transaction<'t>,
    schema: &'t Schema,
    dict: &'t mut Dict,
    guard: &'t Guard,
    wall: &'t WallClock,
    me: i64,
    first_seq: i64,
    next_seq: i64,
    clock: Hlc,
    hlc0: Option<Hlc>,
    /// Row id → its index in the row dictionary, for rows this write touched.
    rows: HashMap<Id, i64>,
    erased: bool,
    /// Statements the write path runs for every row or cell, prepared once per write.
    /// `puts[n]` logs n cells at once.
    puts: Vec<Option<Statement<'t>>>,
    /// Log entries not yet written, (row, cell, seq, value, cl): written many rows per statement
    /// before anything reads the log and when the write ends.
    pending: Vec<(i64, i64, i64, Value, i64)>,
    new_row: Statement<'t>,
    inserts: HashMap<&'t str, Statement<'t>>,
}

/// What a finished write leaves for `Db::write` to commit.
pub(super) struct Finished {
    pub clock: Hlc,
    pub erased: bool,
}

fn bad(msg: String) -> crate::Error {
    rusqlite::Error::InvalidParameterName(msg).into()
}

impl<'t> Writer<'t> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        tx: &'t Transaction<'t>,
        schema: &'t Schema,
        dict: &'t mut Dict,
        guard: &'t Guard,
        wall: &'t WallClock,
        me: i64,
        last_seq: i64,
        clock: Hlc,
    ) -> Result<Self> {
        let new_row = tx.prepare("INSERT INTO crdt_rows (id, cl) VALUES (?1, 1)")?;
        Ok(Writer {
            tx,
            schema,
            dict,
            guard,
            wall,
            me,
            first_seq: last_seq + 1,
            next_seq: last_seq + 1,
            clock,
            hlc0: None,
            rows: HashMap::default(),
            erased: false,
            puts: Vec::new(),
            pending: Vec::with_capacity(FLUSH_AT),
            new_row,
            inserts: HashMap::default(),
        })
    }

    /// Close the batch: record its HLC and this device's last sequence number.
    pub(super) fn finish(mut self) -> Result<Finished> {
        self.flush()?;
        let n = self.next_seq - self.first_seq;
        let mut clock = self.clock;
        if let (Some(h0), true) = (self.hlc0, n > 0) {
            log::add_batch(self.tx, self.me, self.first_seq, self.next_seq - 1, h0, super::SCHEMA_VERSION)?;
            self.tx
                .prepare_cached("UPDATE crdt_devices SET last_seq = ?2 WHERE idx = ?1")?
                .execute([self.me, self.next_seq - 1])?;
            clock = Hlc::from_raw(h0.raw() + n as u64 - 1);
        }
        Ok(Finished { clock, erased: self.erased })
    }

    fn table(&self, table: &str) -> Result<&'t TableInfo> {
        self.schema.table(table).ok_or_else(|| bad(format!("{table} is not a synced table")))
    }

    /// Insert a new row with a fresh UUIDv7 id; columns not given are NULL (or their default).
    pub fn insert(&mut self, table: &str, values: &[(&str, Value)]) -> Result<String> {
        let id = Uuid::now_v7();
        let text = id.hyphenated().to_string();
        self.insert_row(table, *id.as_bytes(), &text, values)?;
        Ok(text)
    }

    pub fn insert_with_id(&mut self, table: &str, id: &str, values: &[(&str, Value)]) -> Result<()> {
        let key = log::id_of(id).ok_or_else(|| bad(format!("{table}: {id} is not a UUID")))?;
        self.insert_row(table, key, id, values)
    }

    fn insert_row(&mut self, table: &str, key: Id, id: &str, values: &[(&str, Value)]) -> Result<()> {
        let (name, info) =
            self.schema.tables.get_key_value(table).ok_or_else(|| bad(format!("{table} is not a synced table")))?;
        // Every column: the given value, else the column's default, else NULL.
        let mut given: Vec<Option<&Value>> = vec![None; info.insert_template.len()];
        for (col, v) in values {
            let pos = info.position(col).ok_or_else(|| rusqlite::Error::InvalidColumnName(format!("{table}.{col}")))?;
            // a column named twice would log two changes for one cell
            if given[pos - 2].replace(v).is_some() {
                return Err(bad(format!("{table}.{col} is given twice")));
            }
        }
        let stmt = match self.inserts.entry(name.as_str()) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => e.insert(self.tx.prepare(&info.insert_sql)?),
        };
        stmt.raw_bind_parameter(1, id)?;
        stmt.raw_bind_parameter(2, 1)?;
        for (k, v) in given.iter().enumerate() {
            stmt.raw_bind_parameter(k + 3, v.unwrap_or(&info.insert_template[k]))?;
        }
        stmt.raw_execute()?;
        // A row id is made once: the dictionary refuses a second (UNIQUE).
        self.new_row.execute([&key[..]])?;
        let row = self.tx.last_insert_rowid();
        self.rows.insert(key, row);
        let given: Vec<(&str, &Value)> =
            values.iter().filter(|(_, v)| *v != Value::Null).map(|(n, v)| (*n, v)).collect();
        self.record(table, info, row, &given, 1, true)
    }

    /// Set the given columns of a live row; only values that differ are written and logged.
    /// A deleted row (tombstone) is not touched. Returns how many columns changed.
    pub fn update(&mut self, table: &str, id: &str, values: &[(&str, Value)]) -> Result<usize> {
        let info = self.table(table)?;
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
        if cl % 2 == 0 {
            return Ok(0);
        }
        let (_, row) = self.row_of(table, id)?;
        let erased = info.has_personal() && self.is_erased(table, row)?;
        let mut changed: Vec<(&str, Value)> = Vec::new();
        for (i, (name, v)) in values.iter().enumerate() {
            let cell = info
                .cell_of_column(name)
                .ok_or_else(|| rusqlite::Error::InvalidColumnName(format!("{table}.{name}")))?;
            if erased && cell.personal {
                continue; // an erased person's identifying values stay erased
            }
            let sibling_changed = cell.kind == Kind::Money
                && cell
                    .columns()
                    .iter()
                    .any(|s| s != name && values.iter().zip(&current).any(|((n, nv), cv)| n == s && nv != cv));
            if current[i] != *v || sibling_changed {
                changed.push((name, v.clone()));
            }
        }
        if changed.is_empty() {
            return Ok(0);
        }
        let sets: Vec<String> = changed.iter().enumerate().map(|(i, (n, _))| format!("{n} = ?{}", i + 2)).collect();
        // one row (by id): FAIL needs no statement journal (migration 14)
        let sql = format!("UPDATE OR FAIL {table} SET {} WHERE id = ?1", sets.join(", "));
        self.tx.prepare_cached(&sql)?.execute(params_from_iter(
            std::iter::once(Value::Text(id.to_string())).chain(changed.iter().map(|(_, v)| v.clone())),
        ))?;
        let changed: Vec<(&str, &Value)> = changed.iter().map(|(n, v)| (*n, v)).collect();
        self.record(table, info, row, &changed, cl, false)?;
        Ok(changed.len())
    }

    /// Delete a row: its causal length becomes even. The row stays as a tombstone so that
    /// older changes for it are ignored and its children are hidden, not destroyed.
    pub fn delete(&mut self, table: &str, id: &str) -> Result<bool> {
        self.bump_cl(table, id, 1)
    }

    /// Bring a deleted row back (its causal length becomes odd again), with its values.
    pub fn undelete(&mut self, table: &str, id: &str) -> Result<bool> {
        self.bump_cl(table, id, 0)
    }

    fn bump_cl(&mut self, table: &str, id: &str, parity: i64) -> Result<bool> {
        self.table(table)?;
        let sql = format!("UPDATE {table} SET cl = cl + 1 WHERE id = ?1 AND cl % 2 = {parity} RETURNING cl");
        let cl: Option<i64> = self.tx.prepare_cached(&sql)?.query_row([id], |r| r.get(0)).optional()?;
        let Some(cl) = cl else { return Ok(false) };
        let (_, row) = self.row_of(table, id)?;
        log::set_row_cl(self.tx, row, cl)?;
        self.log(table, row, CL, Value::Null, cl)?;
        Ok(true)
    }

    /// Erase a person: remove the row's identifying values (`schema::PERSONAL`) from the
    /// table, the change log, the conflict journal and the quarantine, and record the
    /// erasure as a change every other device applies the same way. Anonymous values stay.
    pub fn erase(&mut self, table: &str, id: &str) -> Result<bool> {
        let info = self.table(table)?;
        if !info.has_personal() {
            return Err(bad(format!("{table} holds no personal values")));
        }
        let cl: Option<i64> = self
            .tx
            .prepare_cached(&format!("SELECT cl FROM {table} WHERE id = ?1"))?
            .query_row([id], |r| r.get(0))
            .optional()?;
        let Some(cl) = cl else { return Ok(false) };
        let (key, row) = self.row_of(table, id)?;
        if self.is_erased(table, row)? {
            return Ok(false);
        }
        self.log(table, row, ERASE, Value::Null, cl)?;
        self.flush()?;
        super::merge::erase_row(self.tx, self.schema, self.dict, table, row, &key)?;
        self.erased = true;
        Ok(true)
    }

    /// Whether the row's personal values were erased.
    fn is_erased(&mut self, table: &str, row: i64) -> Result<bool> {
        self.flush()?;
        match self.dict.cell_index(table, ERASE) {
            Some(c) => Ok(log::get(self.tx, row, c, None)?.is_some()),
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
        Ok(self.find_any(table, key)?.filter(|(_, alive)| *alive).map(|(id, _)| id))
    }

    /// The first row matching `key`, live ones before deleted ones: (id, alive).
    pub fn find_any(&self, table: &str, key: &[(&str, Value)]) -> Result<Option<(String, bool)>> {
        self.table(table)?;
        let cond: Vec<String> = key.iter().enumerate().map(|(i, (n, _))| format!("{n} IS ?{}", i + 1)).collect();
        let sql =
            format!("SELECT id, cl % 2 FROM {table} WHERE {} ORDER BY cl % 2 DESC, id LIMIT 1", cond.join(" AND "));
        let mut stmt = self.tx.prepare_cached(&sql)?;
        Ok(stmt
            .query_row(params_from_iter(key.iter().map(|(_, v)| v.clone())), |r| {
                Ok((r.get(0)?, r.get::<_, i64>(1)? == 1))
            })
            .optional()?)
    }

    /// The synced tables.
    pub fn tables(&self) -> impl Iterator<Item = &'t str> {
        self.schema.tables.keys().map(String::as_str)
    }

    /// A read inside the transaction (it sees this write's rows). The statement is
    /// authorised as a read: anything else in `sql` is refused by SQLite.
    pub fn query_row<T, P: Params>(
        &mut self,
        sql: &str,
        params: P,
        f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Option<T>> {
        Ok(self.prepare_read(sql)?.query_row(params, f).optional()?)
    }

    /// A caller's statement, prepared (and so authorised) as a read.
    fn prepare_read(&mut self, sql: &str) -> Result<Statement<'t>> {
        self.flush()?;
        let _read = self.guard.enter(Mode::Read);
        Ok(self.tx.prepare(sql)?)
    }

    /// Like [`Writer::query_row`], for many rows.
    pub fn query_map<T, P: Params>(
        &mut self,
        sql: &str,
        params: P,
        f: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut stmt = self.prepare_read(sql)?;
        let rows = stmt.query_map(params, f)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Drop a conflict journal entry (its value was restored or dismissed).
    pub(super) fn forget_conflict(&mut self, id: i64) -> Result<()> {
        self.tx.prepare_cached("DELETE FROM crdt_conflicts WHERE idx = ?1")?.execute([id])?;
        Ok(())
    }

    /// The 16-byte id and the dictionary index of an existing row.
    fn row_of(&mut self, table: &str, id: &str) -> Result<(Id, i64)> {
        let key = log::id_of(id).ok_or_else(|| bad(format!("{table}: {id} is not a UUID")))?;
        if let Some(r) = self.rows.get(&key) {
            return Ok((key, *r));
        }
        let (r, _) =
            log::row(self.tx, &key)?.ok_or_else(|| bad(format!("{table}: row {id} is not in the change log")))?;
        self.rows.insert(key, r);
        Ok((key, r))
    }

    /// Log the changed cells of a row: a new row's as its pack, an existing row's as entries of
    /// their own (which then leave its pack).
    #[allow(clippy::too_many_arguments)]
    fn record(
        &mut self,
        table: &str,
        info: &TableInfo,
        row: i64,
        values: &[(&str, &Value)],
        cl: i64,
        new: bool,
    ) -> Result<()> {
        let mut done: Vec<&str> = Vec::new();
        let mut entries: Vec<(i64, Logged<'_>)> = Vec::with_capacity(values.len());
        for (name, v) in values {
            let cell: &Cell = info
                .cell_of_column(name)
                .ok_or_else(|| rusqlite::Error::InvalidColumnName(format!("{table}.{name}")))?;
            let value = match cell.kind {
                Kind::Money => {
                    if done.contains(&cell.name.as_str()) {
                        continue;
                    }
                    done.push(&cell.name);
                    let cols = cell.columns();
                    let get = |c: &str| values.iter().find(|(n, _)| *n == c).map(|(_, v)| *v);
                    Logged::Own(match (get(&cols[0]), get(&cols[1])) {
                        (Some(m), Some(c)) => log::encode_money(m, c),
                        (Some(_), None) | (None, Some(_)) if **v == Value::Null => Value::Null,
                        _ => return Err(bad(format!("{table}.{name} written without its pair ({})", cols.join(", ")))),
                    })
                }
                Kind::Ref => match log::encode_ref(v) {
                    Some(blob) => Logged::Own(blob),
                    None => Logged::Ref(v),
                },
                _ => Logged::Ref(v),
            };
            entries.push((self.dict.cell(self.tx, table, &cell.name, true)?, value));
        }
        if new {
            return self.put_pack(table, row, entries);
        }
        let cells: Vec<i64> = entries.iter().map(|e| e.0).collect();
        self.put_entries(row, cl, entries)?;
        if let Some(pack) = self.dict.cell_index(table, ROW) {
            self.flush()?; // the pack may still wait to be written
            log::drop_from_pack(self.tx, row, pack, &cells)?;
        }
        Ok(())
    }

    /// Log a new row's cells as one entry: its pack, cell `k` being change `seq + k`.
    fn put_pack(&mut self, table: &str, row: i64, entries: Vec<(i64, Logged<'_>)>) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        if self.hlc0.is_none() {
            self.hlc0 = Some(self.clock.tick_at(self.wall.now_ms()));
        }
        let pack = self.dict.cell(self.tx, table, ROW, true)?;
        let n = entries.len() as i64;
        let value = log::pack(entries.iter().enumerate().map(|(k, (c, v))| (*c, k as i64, v.value())));
        self.pending.push((row, pack, self.next_seq, value, 1));
        self.next_seq += n;
        if self.pending.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    fn log(&mut self, table: &str, row: i64, cell: &str, value: Value, cl: i64) -> Result<()> {
        let cell = self.dict.cell(self.tx, table, cell, true)?;
        self.put_entries(row, cl, vec![(cell, Logged::Own(value))])
    }

    /// Log the cells of one row, each with the next sequence number (written by `flush`).
    fn put_entries(&mut self, row: i64, cl: i64, entries: Vec<(i64, Logged<'_>)>) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        if self.hlc0.is_none() {
            self.hlc0 = Some(self.clock.tick_at(self.wall.now_ms()));
        }
        for (cell, value) in entries {
            let value = match value {
                Logged::Ref(v) => v.clone(),
                Logged::Own(v) => v,
            };
            self.pending.push((row, cell, self.next_seq, value, cl));
            self.next_seq += 1;
        }
        if self.pending.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    /// Write the pending log entries, up to `PUT_ROWS` per statement.
    fn flush(&mut self) -> Result<()> {
        let mut entries = std::mem::take(&mut self.pending);
        for chunk in entries.chunks(PUT_ROWS) {
            let n = chunk.len();
            if self.puts.len() < n + 1 {
                self.puts.resize_with(n + 1, || None);
            }
            let stmt = match &mut self.puts[n] {
                Some(s) => s,
                slot => {
                    let marks = (0..n).map(|_| "(?, ?, ?, ?, ?, ?)").collect::<Vec<_>>().join(", ");
                    slot.insert(self.tx.prepare(&format!(
                        "INSERT OR REPLACE INTO crdt_log (row, col, device, seq, value, cl) VALUES {marks}"
                    ))?)
                }
            };
            for (k, (row, cell, seq, value, cl)) in chunk.iter().enumerate() {
                let at = k * 6;
                stmt.raw_bind_parameter(at + 1, row)?;
                stmt.raw_bind_parameter(at + 2, cell)?;
                stmt.raw_bind_parameter(at + 3, self.me)?;
                stmt.raw_bind_parameter(at + 4, seq)?;
                stmt.raw_bind_parameter(at + 5, value)?;
                stmt.raw_bind_parameter(at + 6, cl)?;
            }
            stmt.raw_execute()?;
        }
        entries.clear();
        self.pending = entries;
        Ok(())
    }
}

/// The most cells one log statement writes.
const PUT_ROWS: usize = 64;

/// How many log entries wait before they are written.
const FLUSH_AT: usize = 512;

/// A value as the log stores it: the table's own (bound without a copy) or an encoded one.
enum Logged<'a> {
    Ref(&'a Value),
    Own(Value),
}

impl Logged<'_> {
    fn value(&self) -> &Value {
        match self {
            Logged::Ref(v) => v,
            Logged::Own(v) => v,
        }
    }
}

impl rusqlite::ToSql for Logged<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        match self {
            Logged::Ref(v) => v.to_sql(),
            Logged::Own(v) => v.to_sql(),
        }
    }
}
