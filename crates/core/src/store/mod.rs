//! The store: opening (and unlocking) the SQLite file, migrations, this device's identity
//! and clock, the write guard, the one write path (`Writer`) that records every change in the
//! change log, and the merge (`Db::apply`) of changes from other devices.
//!
//! Two connections: reads (`Db::conn`, `query_only`, reachable by everyone) and writes
//! (private; only `Db::write` and `Db::apply` use it). See guard.rs.

mod cipher;
mod clock;
mod convert;
pub mod copy;
mod guard;
mod identity;
mod indexes;
pub mod log;
pub mod merge;
mod migrations;
pub mod outbox;
pub mod rebuild;
mod rekey;
pub mod schema;
mod write;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use uuid::Uuid;

pub use clock::Hlc;
pub use identity::install_id;
pub use merge::{ApplyReport, Change, Conflict, MAX_AHEAD_MS};
pub use migrations::SCHEMA_VERSION;
pub use schema::Schema;
pub use write::{Val, Writer};

use guard::{Guard, Mode};
use log::Dict;

use crate::{Error, Result};

/// How to open a database.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// Passphrase of an encrypted database (`None` = plaintext).
    pub passphrase: Option<String>,
    /// Create the file when it does not exist (with the passphrase: encrypted).
    pub create: bool,
    /// Where this installation keeps its id (`install-id`), e.g. the data folder. `None`: one
    /// id per process (tests).
    pub install_dir: Option<PathBuf>,
}

/// Column names of each synced table, read from the schema after migrations.
pub type Tables = BTreeMap<String, Vec<String>>;

/// Where the HLC reads the wall clock: the system's, or one a test moves by hand.
#[derive(Debug, Clone, Default)]
pub enum WallClock {
    #[default]
    System,
    Manual(Arc<AtomicU64>),
}

impl WallClock {
    pub fn now_ms(&self) -> u64 {
        match self {
            WallClock::System => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_millis() as u64)
                .unwrap_or(0),
            WallClock::Manual(ms) => ms.load(Ordering::SeqCst),
        }
    }
}

/// An open Tessera database.
pub struct Db {
    read: Connection,
    write: Connection,
    path: PathBuf,
    encrypted: bool,
    /// The derived key of an encrypted file (a copy is keyed with it too, `copy.rs`).
    key: Option<cipher::Key>,
    install: Uuid,
    device: Uuid,
    me: i64,
    clock: Hlc,
    wall: WallClock,
    schema: Schema,
    tables: Tables,
    dict: Dict,
    /// Set while a write runs; a write that did not finish (error or panic) leaves it set and
    /// the dictionaries are reloaded before the next one.
    dict_stale: bool,
    /// The write connection's `PRAGMA data_version` when it last looked: a change means
    /// another connection committed.
    data_version: i64,
    guard: Guard,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("path", &self.path).field("device", &self.device).finish()
    }
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// True when the file exists and looks like an encrypted database (so it needs a key): not a
/// plaintext SQLite file, and whole pages (SQLCipher writes nothing else).
pub fn is_encrypted(path: &Path) -> bool {
    matches!(file_kind(path), Some(FileKind::Encrypted))
}

enum FileKind {
    Plain,
    Encrypted,
    /// Neither: a file that is no database at all (a document, a truncated copy).
    Foreign,
}

/// What the file at `path` is (`None`: no file).
fn file_kind(path: &Path) -> Option<FileKind> {
    use std::io::Read;
    let size = std::fs::metadata(path).ok()?.len();
    let mut head = [0u8; 16];
    if size == 0 || std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head)).is_err() {
        return Some(FileKind::Plain); // empty: SQLite makes it a database
    }
    Some(if &head == SQLITE_MAGIC {
        FileKind::Plain
    } else if size % 512 == 0 {
        FileKind::Encrypted
    } else {
        FileKind::Foreign
    })
}

/// Open one connection, keyed, its key checked at once (SQLCipher checks only at the first read).
fn connect(target: &str, flags: OpenFlags, key: Option<&cipher::Key>, path: &Path) -> Result<Connection> {
    tessera_sqlite_alloc::configure();
    let conn = Connection::open_with_flags(target, flags)?;
    if let Some(k) = key {
        conn.execute_batch(&format!("PRAGMA key = \"{}\";", k.pragma()))?;
    }
    // A wrong key is reported as our typed error, not as SQLCipher's log line on stderr. After
    // the key: the first key sets SQLCipher's logging up (level WARN, to stderr) unless a level
    // other than NONE was set before, so NONE set earlier would be undone.
    let _ = conn.pragma_update(None, "cipher_log_level", "NONE");
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
        Ok(_) => {}
        Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::NotADatabase => {
            return Err(if key.is_some() {
                Error::WrongPassphrase
            } else {
                Error::NotADatabase { path: path.display().to_string() }
            });
        }
        Err(e) => return Err(e.into()),
    }
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

impl Db {
    /// Open (or create) the database at `path`, check the passphrase at once and bring the
    /// schema up to date in one transaction.
    pub fn open(path: &Path, opts: &OpenOptions) -> Result<Db> {
        let exists = path.exists();
        if !exists && !opts.create {
            return Err(Error::DatabaseNotFound { path: path.display().to_string() });
        }
        if matches!(file_kind(path), Some(FileKind::Foreign)) {
            return Err(Error::NotADatabase { path: path.display().to_string() });
        }
        let encrypted = if exists { is_encrypted(path) } else { opts.passphrase.is_some() };
        if encrypted && opts.passphrase.is_none() {
            return Err(Error::PassphraseRequired);
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.display().to_string(), source })?;
        }
        let key = encrypted.then(|| cipher::Key::derive(opts.passphrase.as_deref().unwrap_or_default(), path));
        let target = path.to_string_lossy().to_string();
        let flags = OpenFlags::default();
        let write = connect(&target, flags, key.as_ref(), path)?;
        write.pragma_update(None, "journal_mode", "WAL")?;
        write.pragma_update(None, "synchronous", "NORMAL")?;
        // Bulk writes with random UUID keys need a large page cache under SQLCipher (probes.md).
        write.pragma_update(None, "cache_size", -200_000)?;
        let install = identity::install_id(opts.install_dir.as_deref())?;
        let reader_key = key.clone();
        let mut db = Self::setup(write, path.to_path_buf(), encrypted, install, || {
            connect(&target, flags, reader_key.as_ref(), path)
        })?;
        db.key = key;
        Ok(db)
    }

    /// A fresh in-memory database (tests): both connections share it by name.
    pub fn open_in_memory() -> Result<Db> {
        static N: AtomicU64 = AtomicU64::new(0);
        let name = format!("file:/tessera-{}-{}?vfs=memdb", std::process::id(), N.fetch_add(1, Ordering::SeqCst));
        let flags = OpenFlags::default() | OpenFlags::SQLITE_OPEN_URI;
        let mem = Path::new(":memory:");
        let write = connect(&name, flags, None, mem)?;
        let install = identity::install_id(None)?;
        Self::setup(write, mem.to_path_buf(), false, install, || connect(&name, flags, None, mem))
    }

    fn setup(
        mut write: Connection,
        path: PathBuf,
        encrypted: bool,
        install: Uuid,
        reader: impl FnOnce() -> Result<Connection>,
    ) -> Result<Db> {
        // The write path prepares one statement per table and operation: keep them all.
        write.set_prepared_statement_cache_capacity(512);
        // Erased and overwritten values leave no trace in free pages.
        write.pragma_update(None, "secure_delete", "ON")?;
        migrations::apply(&mut write)?;
        let schema = Schema::read(&write)?;
        let tables: Tables = schema.tables.iter().map(|(t, i)| (t.clone(), i.columns.clone())).collect();
        // The version before the dictionaries are read: another handle's commit after it (a
        // cell it registered) makes the first write here reload them (`catch_up`).
        let data_version: i64 = write.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let tx = write.transaction()?;
        let mut dict = Dict::load(&tx)?;
        for (t, info) in &schema.tables {
            for c in &info.cells {
                dict.cell(&tx, t, &c.name, true)?;
            }
        }
        let device = identity::device(&tx, install, &path)?;
        let me = dict.device(&tx, &device)?;
        merge::materialise_upgraded(&tx, &schema, &dict)?;
        let clock = Hlc::from_raw(meta_get(&tx, "hlc")?.and_then(|s| s.parse().ok()).unwrap_or(0));
        tx.commit()?;
        let guard = Guard::new();
        guard.install_writer(&write);
        let read = reader()?;
        read.pragma_update(None, "query_only", "ON")?;
        read.pragma_update(None, "cache_size", -50_000)?;
        guard::install_reader(&read);
        Ok(Db {
            read,
            write,
            path,
            encrypted,
            key: None,
            install,
            device: Uuid::from_bytes(device),
            me,
            clock,
            wall: WallClock::System,
            schema,
            tables,
            dict,
            dict_stale: false,
            data_version,
            guard,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_encrypted(&self) -> bool {
        self.encrypted
    }

    /// This installation's id (kept outside the database, `identity.rs`): what a secret sealed
    /// for this laptop only is bound to.
    pub fn install_id(&self) -> Uuid {
        self.install
    }

    /// This device's id (random, 128 bits, new for every install, copy or restore).
    pub fn device_id(&self) -> Uuid {
        self.device
    }

    /// The synced tables and their columns.
    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    /// What the store knows of each synced table.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    pub(crate) fn dict(&self) -> &Dict {
        &self.dict
    }

    /// Read access: a `query_only` connection on which SQLite refuses every write.
    pub fn conn(&self) -> &Connection {
        &self.read
    }

    /// Read the wall clock from `clock` from now on (tests that move time by hand).
    pub fn set_wall_clock(&mut self, clock: WallClock) {
        self.wall = clock;
    }

    fn fresh_dict(&mut self) -> Result<()> {
        if self.dict_stale {
            let _internal = self.guard.enter(Mode::Internal);
            self.dict = Dict::load(&self.write)?;
            self.dict_stale = false;
        }
        Ok(())
    }

    /// Run `f` in one transaction whose every write goes through the change log.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        self.fresh_dict()?;
        let _internal = self.guard.enter(Mode::Internal);
        // IMMEDIATE: another process's write (the app and a CLI command on one file) is waited
        // for (busy timeout) instead of failing when this one upgrades from reading
        let tx = self.write.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        catch_up(&tx, &mut self.dict, &mut self.clock, &mut self.data_version)?;
        let last_seq: i64 =
            tx.query_row("SELECT last_seq FROM crdt_devices WHERE idx = ?1", [self.me], |r| r.get(0))?;
        self.dict_stale = true;
        let mut w =
            Writer::new(&tx, &self.schema, &mut self.dict, &self.guard, &self.wall, self.me, last_seq, self.clock)?;
        let out = f(&mut w)?;
        let done = w.finish()?;
        indexes::refresh(&tx, done.erased)?;
        meta_set(&tx, "hlc", &done.clock.raw().to_string())?;
        tx.commit()?;
        self.dict_stale = false;
        self.clock = done.clock;
        if done.erased {
            // old page images of the erased values must not wait in the WAL
            self.checkpoint()?;
        }
        Ok(out)
    }

    /// Merge changes from other devices (any order, any number of times; see merge.rs).
    pub fn apply(&mut self, changes: &[Change]) -> Result<ApplyReport> {
        self.fresh_dict()?;
        let _internal = self.guard.enter(Mode::Internal);
        // IMMEDIATE: another process's write (the app and a CLI command on one file) is waited
        // for (busy timeout) instead of failing when this one upgrades from reading
        let tx = self.write.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        catch_up(&tx, &mut self.dict, &mut self.clock, &mut self.data_version)?;
        self.dict_stale = true;
        let mut clock = self.clock;
        let now = self.wall.now_ms();
        let mut m = merge::Merger::new(&tx, &self.schema, &mut self.dict, &mut clock, now);
        m.apply(changes)?;
        let report = m.report.clone();
        indexes::refresh(&tx, report.erased > 0)?;
        meta_set(&tx, "hlc", &clock.raw().to_string())?;
        tx.commit()?;
        self.dict_stale = false;
        self.clock = clock;
        if report.erased > 0 {
            self.checkpoint()?;
        }
        Ok(report)
    }

    /// Everything in the database file itself, the WAL emptied: after an erasure (local or
    /// from another device: old page images of the erased values must not wait in the WAL)
    /// and before the file is closed to be moved.
    fn checkpoint(&self) -> Result<()> {
        let _internal = self.guard.enter(Mode::Internal);
        self.write.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).optional()?;
        Ok(())
    }

    /// Close the file with everything in the database file itself (the WAL checkpointed and
    /// emptied): what moves or copies it next (a restore's swap) needs no journal beside it.
    pub fn close(self) -> Result<()> {
        self.checkpoint()
    }

    /// The log's changes above each device's given sequence number (all when absent):
    /// what another device that has seen `after` still needs.
    pub fn changes(&self, after: &HashMap<Uuid, u64>) -> Result<Vec<Change>> {
        merge::changes(&self.read, &self.dict, after, false)
    }

    /// The changes of the devices `after` names above its sequence number for each: what this
    /// device has to publish of its own (and of the ids this file had before, `previous_devices`).
    pub fn changes_of(&self, after: &HashMap<Uuid, u64>) -> Result<Vec<Change>> {
        merge::changes(&self.read, &self.dict, after, true)
    }

    /// The highest sequence number of `device`'s changes this file holds (0: none).
    pub fn device_seq(&self, device: Uuid) -> Result<u64> {
        let seq: Option<i64> = self
            .read
            .query_row("SELECT last_seq FROM crdt_devices WHERE id = ?1", [&device.as_bytes()[..]], |r| r.get(0))
            .optional()?;
        Ok(seq.unwrap_or(0).max(0) as u64)
    }

    /// The device ids this file wrote under before it was copied, restored or moved
    /// (identity.rs): their changes not yet published are this device's to publish.
    pub fn previous_devices(&self) -> Result<Vec<Uuid>> {
        let list = meta_get(&self.read, "previous_devices")?.unwrap_or_default();
        Ok(list.split(',').filter_map(|s| Uuid::parse_str(s.trim()).ok()).collect())
    }

    /// Changes waiting because they were stamped too far in the future.
    pub fn quarantined(&self) -> Result<Vec<Change>> {
        merge::read_quarantine(&self.read, None)
    }

    /// Values that lost a merge to another device's change.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        merge::conflicts(&self.read)
    }

    /// A conflict's losing and winning values as a person reads them.
    pub fn conflict_values(&self, c: &Conflict) -> (CellValue, CellValue) {
        let kind = self.schema.cell(&c.table, &c.column).map(|cell| cell.kind.clone()).unwrap_or(schema::Kind::Plain);
        let shown = |v: &rusqlite::types::Value| CellValue::of(&kind, v);
        (shown(&c.value), shown(&c.winner_value))
    }

    /// Write the losing value of a conflict back (a new change that wins everywhere) and
    /// drop the journal entry.
    pub fn restore_conflict(&mut self, id: i64) -> Result<bool> {
        let Some(c) = self.conflicts()?.into_iter().find(|c| c.id == id) else { return Ok(false) };
        let Some(cell) = self.schema.cell(&c.table, &c.column).cloned() else { return Ok(false) };
        let values: Vec<(String, rusqlite::types::Value)> = match cell.kind {
            schema::Kind::Money => {
                let (m, cur) = log::decode_money(&c.value);
                let cols = cell.columns();
                vec![(cols[0].clone(), m), (cols[1].clone(), cur)]
            }
            ref k => vec![(c.column.clone(), log::decode(k, c.value.clone()))],
        };
        self.write(|w| {
            let vals: Vec<(&str, rusqlite::types::Value)> =
                values.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
            w.update(&c.table, &c.row, &vals)?;
            w.forget_conflict(id)
        })?;
        Ok(true)
    }

    /// A device-local setting (never synced), e.g. the interface language.
    pub fn local_setting(&self, key: &str) -> Result<Option<String>> {
        meta_get(&self.read, &format!("setting.{key}"))
    }

    pub fn set_local_setting(&self, key: &str, value: &str) -> Result<()> {
        let _internal = self.guard.enter(Mode::Internal);
        meta_set(&self.write, &format!("setting.{key}"), value)
    }

    /// The last HLC this device issued or saw.
    pub fn clock(&self) -> Hlc {
        self.clock
    }
}

/// Another process (or handle) committed since this one last wrote: take up its rows, cells
/// and devices, and never stamp below its clock.
fn catch_up(tx: &Connection, dict: &mut Dict, clock: &mut Hlc, seen: &mut i64) -> Result<()> {
    let version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
    if version != *seen {
        *dict = Dict::load(tx)?;
        let stored = meta_get(tx, "hlc")?.and_then(|s| s.parse().ok()).map(Hlc::from_raw).unwrap_or_default();
        *clock = (*clock).max(stored);
        *seen = version;
    }
    Ok(())
}

fn meta_get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM local_meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

fn meta_set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO local_meta (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_domain_table_is_synced() {
        let db = Db::open_in_memory().unwrap();
        for t in [
            "organisations",
            "projects",
            "logframe_nodes",
            "indicators",
            "measurements",
            "activities",
            "beneficiaries",
            "households",
            "services",
            "grants",
            "budget_lines",
            "transactions",
            "exchange_rates",
            "subgrants",
            "attendance",
            "consents",
        ] {
            assert!(db.tables().contains_key(t), "{t} is not a synced table");
        }
        for t in ["crdt_log", "crdt_rows", "crdt_cells", "local_meta"] {
            assert!(!db.tables().contains_key(t), "{t} must not be synced");
        }
    }
}

/// A cell's value as the conflict journal and a record's history show it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CellValue {
    Empty,
    Text { text: String },
    Number { number: f64 },
    Money { minor: i64, currency: String },
    Binary { bytes: u64 },
}

impl CellValue {
    fn of(kind: &schema::Kind, v: &rusqlite::types::Value) -> CellValue {
        use rusqlite::types::Value as V;
        if matches!(kind, schema::Kind::Money) {
            return match log::decode_money(v) {
                (V::Integer(minor), V::Text(currency)) => CellValue::Money { minor, currency },
                _ => CellValue::Empty,
            };
        }
        match log::decode(kind, v.clone()) {
            V::Null => CellValue::Empty,
            V::Integer(i) => CellValue::Number { number: i as f64 },
            V::Real(r) => CellValue::Number { number: r },
            V::Text(text) => CellValue::Text { text },
            V::Blob(b) => CellValue::Binary { bytes: b.len() as u64 },
        }
    }
}
