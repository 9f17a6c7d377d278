//! Migration 2's Rust step: the foundation's change log (`crdt_changes`, one text row per
//! change) becomes the compact log (log.rs) — per device a sequence in HLC order, batches of
//! consecutive HLCs, the winning change of each cell — and is dropped.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::Transaction;
use uuid::Uuid;

use super::log::{self, Dict, Entry, Id};
use super::schema::{Kind, Schema};
use super::Hlc;
use crate::Result;

struct Old {
    hlc: u64,
    device: Id,
    table: String,
    row: Id,
    col: String,
    value: Value,
    cl: i64,
    schema_version: u32,
}

pub fn change_log_v1_to_v2(tx: &Transaction<'_>) -> Result<()> {
    let schema = Schema::read(tx)?;
    let mut dict = Dict::load(tx)?;
    let mut old: Vec<Old> = {
        let mut stmt =
            tx.prepare("SELECT hlc, device, tbl, row_id, col, value, cl, schema_version FROM crdt_changes")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Value>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, u32>(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for r in rows {
            let (hlc, device, table, row, col, value, cl, schema_version) = r?;
            let (Ok(device), Some(row)) = (Uuid::parse_str(&device), log::id_of(&row)) else { continue };
            out.push(Old { hlc: hlc as u64, device: *device.as_bytes(), table, row, col, value, cl, schema_version });
        }
        out
    };
    old.sort_by_key(|o| (o.device, o.hlc));
    // Sequence numbers and batches per device.
    let mut seqs = Vec::with_capacity(old.len());
    let mut i = 0;
    while i < old.len() {
        let dev = dict.device(tx, &old[i].device)?;
        let mut seq = 0i64;
        let start = i;
        while i < old.len() && old[i].device == old[start].device {
            let first = i;
            while i + 1 < old.len()
                && old[i + 1].device == old[first].device
                && old[i + 1].hlc == old[i].hlc + 1
                && old[i + 1].schema_version == old[first].schema_version
            {
                i += 1;
            }
            let n = (i - first + 1) as i64;
            log::add_batch(tx, dev, seq + 1, seq + n, Hlc::from_raw(old[first].hlc), old[first].schema_version)?;
            for _ in 0..n {
                seq += 1;
                seqs.push((dev, seq));
            }
            i += 1;
        }
        tx.execute("UPDATE crdt_devices SET last_seq = ?2 WHERE idx = ?1", [dev, seq])?;
    }
    // The winner of each cell: highest (causal length, HLC, device).
    let mut win: HashMap<(Id, String, String), usize> = HashMap::new();
    for (n, o) in old.iter().enumerate() {
        let k = (o.row, o.table.clone(), o.col.clone());
        let better = win.get(&k).is_none_or(|&w| (o.cl, o.hlc, o.device) > (old[w].cl, old[w].hlc, old[w].device));
        if better {
            win.insert(k, n);
        }
    }
    let mut winners: Vec<usize> = win.into_values().collect();
    winners.sort_by_key(|&n| (old[n].hlc, old[n].device));
    let mut cl_max: HashMap<Id, i64> = HashMap::new();
    for o in &old {
        let e = cl_max.entry(o.row).or_insert(o.cl);
        *e = (*e).max(o.cl);
    }
    let mut rows: HashMap<Id, i64> = HashMap::new();
    for n in winners {
        let o = &old[n];
        let cl_max = cl_max[&o.row];
        let row = match rows.get(&o.row) {
            Some(r) => *r,
            None => {
                let r = log::new_row(tx, &o.row, cl_max)?;
                rows.insert(o.row, r);
                r
            }
        };
        let kind = schema.cell(&o.table, &o.col).map(|c| c.kind.clone()).unwrap_or(Kind::Plain);
        let value = match kind {
            Kind::Money => match &o.value {
                Value::Text(s) => match serde_json::from_str::<(i64, String)>(s) {
                    Ok((m, c)) => log::encode_money(&Value::Integer(m), &Value::Text(c)),
                    Err(_) => Value::Null,
                },
                _ => Value::Null,
            },
            Kind::Cl => Value::Null,
            k => log::encode(&k, o.value.clone()),
        };
        let cell = dict.cell(tx, &o.table, &o.col, schema.cell(&o.table, &o.col).is_some())?;
        let (dev, seq) = seqs[n];
        log::put(tx, row, cell, &Entry { device: dev, seq, value, cl: o.cl, packed: false })?;
    }
    tx.execute_batch("DROP TABLE crdt_changes")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use rusqlite::types::Value;

    use crate::store::migrations::{apply_list, MIGRATIONS};
    use crate::store::rebuild::{replay_log, tables_snapshot};
    use crate::{Db, OpenOptions};

    #[test]
    fn a_foundation_change_log_becomes_the_compact_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.db");
        let mut c = rusqlite::Connection::open(&path).unwrap();
        apply_list(&mut c, &MIGRATIONS[..1]).unwrap();
        let p = "0190a8c0-0000-7000-8000-000000000001";
        let g = "0190a8c0-0000-7000-8000-000000000002";
        let dev = "9f0c4e1a2b3c4d5e6f708192a3b4c5d6";
        c.execute_batch(&format!(
            "INSERT INTO projects (id, cl, ref, code, title, start_date, end_date, status, currency)
               VALUES ('{p}', 1, 'P1', 'C', 'New title', '2024-01-01', '2024-12-31', 'active', 'EUR');
             INSERT INTO grants (id, cl, project_id, ref, donor_org_id, amount_minor, amount_currency,
               start_date, end_date, exchange_rule) VALUES ('{g}', 2, '{p}', 'G1', 'x', 12345, 'EUR',
               '2024-01-01', '2024-12-31', 'contract_rate');
             INSERT INTO crdt_changes VALUES
               (100, '{dev}', 'projects', '{p}', 'ref', 'P1', 1, 1),
               (101, '{dev}', 'projects', '{p}', 'code', 'C', 1, 1),
               (102, '{dev}', 'projects', '{p}', 'title', 'Old title', 1, 1),
               (103, '{dev}', 'projects', '{p}', 'start_date', '2024-01-01', 1, 1),
               (104, '{dev}', 'projects', '{p}', 'end_date', '2024-12-31', 1, 1),
               (105, '{dev}', 'projects', '{p}', 'status', 'active', 1, 1),
               (106, '{dev}', 'projects', '{p}', 'currency', 'EUR', 1, 1),
               (200, '{dev}', 'grants', '{g}', 'project_id', '{p}', 1, 1),
               (201, '{dev}', 'grants', '{g}', 'ref', 'G1', 1, 1),
               (202, '{dev}', 'grants', '{g}', 'donor_org_id', 'x', 1, 1),
               (203, '{dev}', 'grants', '{g}', 'amount', '[100,\"EUR\"]', 1, 1),
               (204, '{dev}', 'grants', '{g}', 'start_date', '2024-01-01', 1, 1),
               (205, '{dev}', 'grants', '{g}', 'end_date', '2024-12-31', 1, 1),
               (206, '{dev}', 'grants', '{g}', 'exchange_rule', 'contract_rate', 1, 1),
               (300, '{dev}', 'projects', '{p}', 'title', 'New title', 1, 1),
               (301, '{dev}', 'grants', '{g}', 'amount', '[12345,\"EUR\"]', 1, 1),
               (302, '{dev}', 'grants', '{g}', '__cl', 2, 2, 1);"
        ))
        .unwrap();
        drop(c);
        let db = Db::open(&path, &OpenOptions::default()).unwrap();
        assert_eq!(tables_snapshot(&db).unwrap(), replay_log(&db).unwrap());
        let changes = db.changes(&Default::default()).unwrap();
        assert_eq!(changes.len(), 15, "one entry per cell");
        let value = |col: &str| changes.iter().find(|c| c.column == col).map(|c| c.value.clone());
        assert_eq!(value("title"), Some(Value::Text("New title".into())));
        assert_eq!(value("amount"), Some(Value::Text("EUR12345".into())));
        assert!(matches!(value("project_id"), Some(Value::Blob(b)) if b.len() == 16));
        // seq in HLC order, HLCs kept exactly (three batches of consecutive clocks)
        let title = changes.iter().find(|c| c.column == "title").unwrap();
        assert_eq!((title.seq, title.hlc.raw()), (15, 300));
        let cl = changes.iter().find(|c| c.column == "__cl").unwrap();
        assert_eq!((cl.seq, cl.hlc.raw(), cl.cl), (17, 302, 2));
        let n: i64 = db.conn().query_row("SELECT count(*) FROM crdt_batches", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 3);
        let old: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM sqlite_master WHERE name = 'crdt_changes'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(old, 0);
    }
}
