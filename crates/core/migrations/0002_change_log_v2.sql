-- Tessera schema, migration 2: the change log as a sync format (store/log.rs, sync.md).
--
-- One entry per cell: the change that wins it (last writer by causal length, HLC, device).
-- Names and ids are small integers from dictionaries; a change's HLC comes from its batch
-- (`hlc + seq - first_seq`), so an entry is a few integers and its value. The old
-- `crdt_changes` is converted by the migration's Rust step (migrations.rs) and dropped.

-- Every device whose changes this file holds; `last_seq` = its highest sequence number here.
CREATE TABLE crdt_devices (
  idx INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, last_seq INTEGER NOT NULL DEFAULT 0
);
-- Logical cells (`projects.title`, `grants.amount` for a money pair, `beneficiaries.__cl`);
-- known = 0 for a cell this version's schema lacks (kept, applied after an upgrade).
CREATE TABLE crdt_cells (
  idx INTEGER PRIMARY KEY, tbl TEXT NOT NULL, col TEXT NOT NULL, known INTEGER NOT NULL DEFAULT 1,
  UNIQUE (tbl, col)
);
-- Every synced row's id (16 bytes) and causal length.
CREATE TABLE crdt_rows (idx INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, cl INTEGER NOT NULL);
-- Changes first_seq..=last_seq of a device carry HLCs hlc, hlc + 1, ...
CREATE TABLE crdt_batches (
  device INTEGER NOT NULL, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL,
  hlc INTEGER NOT NULL, schema_version INTEGER NOT NULL,
  PRIMARY KEY (device, first_seq)
) WITHOUT ROWID;
CREATE TABLE crdt_log (
  row INTEGER NOT NULL, col INTEGER NOT NULL, device INTEGER NOT NULL, seq INTEGER NOT NULL,
  value, cl INTEGER NOT NULL,
  PRIMARY KEY (row, col)
) WITHOUT ROWID;
-- Values that lost a merge to another device's change, to be looked at and restored.
CREATE TABLE crdt_conflicts (
  idx INTEGER PRIMARY KEY, tbl TEXT NOT NULL, col TEXT NOT NULL, row_id BLOB NOT NULL,
  value, hlc INTEGER NOT NULL, device BLOB NOT NULL,
  winner_value, winner_hlc INTEGER NOT NULL, winner_device BLOB NOT NULL, noted_hlc INTEGER NOT NULL
);
-- The same losing change is noted once, however often it arrives.
CREATE UNIQUE INDEX crdt_conflicts_loser ON crdt_conflicts(row_id, col, hlc, device);
-- Changes stamped more than a day ahead of this device's clock: shown, not applied.
CREATE TABLE crdt_quarantine (
  device BLOB NOT NULL, seq INTEGER NOT NULL, hlc INTEGER NOT NULL, tbl TEXT NOT NULL,
  col TEXT NOT NULL, row_id BLOB NOT NULL, value, cl INTEGER NOT NULL,
  schema_version INTEGER NOT NULL,
  PRIMARY KEY (device, seq)
) WITHOUT ROWID;
