//! Generated schedules (proptest) of 2–5 replicas making random inserts, edits, deletes,
//! undeletes and erasures, exchanging random subsets of their changes in random order, with
//! duplicates — then syncing fully. Checked against a reference model that folds every
//! change ever made (sync.md, "What the tests must prove" 1–5):
//!
//! 1. every replica converges to the model's tables, whatever the delivery;
//! 2. applying everything again changes nothing;
//! 3. no local write is lost (each is stamped after every change its replica had seen, so it
//!    wins there), `(HLC, device)` is unique, no clock goes back;
//! 4. ledger totals agree on every replica;
//! 5. a snapshot taken mid-way plus the changes made after it equals the full state.
//!
//! Cases: `TESSERA_SYNC_CASES` (default 1500; `bench/run` runs more).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use proptest::prelude::*;
use rusqlite::types::Value;
use tessera_core::store::rebuild::{replay_log, tables_snapshot, Snapshot};
use tessera_core::store::schema::{CL, ERASE};
use tessera_core::store::{Change, Hlc, WallClock};
use tessera_core::Db;
use uuid::Uuid;

const FIRST: &[&str] = &["Arta", "Elira", "Јелена", "Ђорђе"];
const TOWNS: &[&str] = &["Berat", "Ниш", "Bitola"];
const AMOUNTS: &[(i64, &str)] = &[(10000, "EUR"), (250000, "ALL"), (-500, "EUR"), (120000, "RSD")];
const PROJECT: &str = "0190a8c0-0000-7000-8000-000000000001";

#[derive(Debug, Clone)]
enum Op {
    NewPerson(usize),
    NewTransaction(usize),
    /// replica, slot, field, value
    Edit(usize, usize, u8, u8),
    Delete(usize, usize),
    Undelete(usize, usize),
    Erase(usize, usize),
    /// from, to, which changes (bit mask over positions mod 64), send twice, reversed
    Sync(usize, usize, u64, bool, bool),
    Tick(usize, u16),
    /// Everyone syncs fully; the snapshot for invariant 5 is taken here.
    Checkpoint,
}

fn op() -> impl Strategy<Value = Op> {
    let r = 0usize..5;
    prop_oneof![
        2 => r.clone().prop_map(Op::NewPerson),
        1 => r.clone().prop_map(Op::NewTransaction),
        8 => (r.clone(), 0usize..4, 0u8..5, 0u8..4).prop_map(|(a, b, c, d)| Op::Edit(a, b, c, d)),
        3 => (r.clone(), 0usize..4).prop_map(|(a, b)| Op::Delete(a, b)),
        3 => (r.clone(), 0usize..4).prop_map(|(a, b)| Op::Undelete(a, b)),
        1 => (r.clone(), 0usize..4).prop_map(|(a, b)| Op::Erase(a, b)),
        6 => (r.clone(), r.clone(), any::<u64>(), any::<bool>(), any::<bool>()).prop_map(|(a, b, m, d, rev)| Op::Sync(a, b, m, d, rev)),
        2 => (r, 1u16..5000).prop_map(|(a, ms)| Op::Tick(a, ms)),
        1 => Just(Op::Checkpoint),
    ]
}

struct Replica {
    db: Db,
    wall: Arc<AtomicU64>,
    last_clock: Hlc,
    last_seq: u64,
    /// The highest HLC of any change this replica made or received.
    seen: Hlc,
}

struct World {
    replicas: Vec<Replica>,
    /// (table, id) of every row created.
    slots: Vec<(&'static str, String)>,
    /// Every change any replica made, as it made it.
    history: Vec<Change>,
    snapshot: Option<(Vec<Change>, usize)>,
}

fn t(s: &str) -> Value {
    Value::Text(s.into())
}

impl World {
    fn new(n: usize, skews: &[u32]) -> World {
        let base = 1_790_000_000_000u64;
        let replicas = (0..n)
            .map(|i| {
                let mut db = Db::open_in_memory().unwrap();
                let wall = Arc::new(AtomicU64::new(base + u64::from(skews[i])));
                db.set_wall_clock(WallClock::Manual(wall.clone()));
                Replica { db, wall, last_clock: Hlc::default(), last_seq: 0, seen: Hlc::default() }
            })
            .collect();
        World { replicas, slots: Vec::new(), history: Vec::new(), snapshot: None }
    }

    /// Record what replica `r` just wrote; check its clock went forward.
    fn record(&mut self, r: usize) {
        let rep = &mut self.replicas[r];
        let me = rep.db.device_id();
        let new: Vec<Change> = rep
            .db
            .changes(&HashMap::from([(me, rep.last_seq)]))
            .unwrap()
            .into_iter()
            .filter(|c| c.device == me)
            .collect();
        if let Some(max) = new.iter().map(|c| c.seq).max() {
            rep.last_seq = max;
        }
        // A local write wins over everything this replica knows: it is never lost to a change
        // it had already seen.
        for c in &new {
            assert!(c.hlc > rep.seen, "a local change is stamped before a change this replica had seen");
        }
        if let Some(max) = new.iter().map(|c| c.hlc).max() {
            rep.seen = rep.seen.max(max);
        }
        assert!(rep.db.clock() >= rep.last_clock, "the clock went back");
        rep.last_clock = rep.db.clock();
        self.history.extend(new);
    }

    fn has_row(&self, r: usize, table: &str, id: &str) -> bool {
        self.replicas[r]
            .db
            .conn()
            .query_row(&format!("SELECT count(*) FROM {table} WHERE id = ?1"), [id], |x| x.get::<_, i64>(0))
            .unwrap()
            > 0
    }

    fn run(&mut self, op: &Op) {
        let n = self.replicas.len();
        match *op {
            Op::NewPerson(r) => {
                let r = r % n;
                let code = format!("P{}", self.slots.len());
                let id = self.replicas[r]
                    .db
                    .write(|w| {
                        w.insert(
                            "beneficiaries",
                            &[
                                ("ref", t(&code)),
                                ("kind", t("person")),
                                ("code", t(&code)),
                                ("first_name", t(FIRST[0])),
                                ("gender", t("female")),
                            ],
                        )
                    })
                    .unwrap();
                self.slots.push(("beneficiaries", id));
                self.record(r);
            }
            Op::NewTransaction(r) => {
                let r = r % n;
                let code = format!("T{}", self.slots.len());
                let id = self.replicas[r]
                    .db
                    .write(|w| {
                        w.insert(
                            "transactions",
                            &[
                                ("project_id", t(PROJECT)),
                                ("ref", t(&code)),
                                ("kind", t("expense")),
                                ("amount_minor", Value::Integer(AMOUNTS[0].0)),
                                ("amount_currency", t(AMOUNTS[0].1)),
                            ],
                        )
                    })
                    .unwrap();
                self.slots.push(("transactions", id));
                self.record(r);
            }
            Op::Edit(r, slot, field, v) => {
                let r = r % n;
                let Some((table, id)) = self.slots.get(slot % self.slots.len().max(1)).cloned() else { return };
                if !self.has_row(r, table, &id) {
                    return;
                }
                let v = v as usize;
                let values: Vec<(&str, Value)> = match (table, field % 3) {
                    ("beneficiaries", 0) => vec![("first_name", t(FIRST[v % FIRST.len()]))],
                    ("beneficiaries", 1) => vec![("municipality", t(TOWNS[v % TOWNS.len()]))],
                    ("beneficiaries", _) => vec![("last_name", t(FIRST[(v + 1) % FIRST.len()]))],
                    (_, 0) | (_, 1) => {
                        let (m, c) = AMOUNTS[v % AMOUNTS.len()];
                        vec![("amount_minor", Value::Integer(m)), ("amount_currency", t(c))]
                    }
                    _ => vec![("description", t(TOWNS[v % TOWNS.len()]))],
                };
                self.replicas[r].db.write(|w| w.update(table, &id, &values)).unwrap();
                self.record(r);
            }
            Op::Delete(r, slot) | Op::Undelete(r, slot) | Op::Erase(r, slot) => {
                let r = r % n;
                let Some((table, id)) = self.slots.get(slot % self.slots.len().max(1)).cloned() else { return };
                if !self.has_row(r, table, &id) {
                    return;
                }
                let db = &mut self.replicas[r].db;
                match op {
                    Op::Delete(..) => db.write(|w| w.delete(table, &id)).unwrap(),
                    Op::Undelete(..) => db.write(|w| w.undelete(table, &id)).unwrap(),
                    _ if table == "beneficiaries" => db.write(|w| w.erase(table, &id)).unwrap(),
                    _ => false,
                };
                self.record(r);
            }
            Op::Sync(from, to, mask, twice, reverse) => {
                let (from, to) = (from % n, to % n);
                if from == to {
                    return;
                }
                let mut c: Vec<Change> = self.replicas[from]
                    .db
                    .changes(&HashMap::new())
                    .unwrap()
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| mask >> (i % 64) & 1 == 1)
                    .map(|(_, c)| c)
                    .collect();
                if reverse {
                    c.reverse();
                }
                if twice {
                    let again = c.clone();
                    c.extend(again);
                }
                self.replicas[to].db.apply(&c).unwrap();
                let rep = &mut self.replicas[to];
                if let Some(max) = c.iter().map(|c| c.hlc).max() {
                    rep.seen = rep.seen.max(max);
                }
                assert!(rep.db.clock() >= rep.last_clock, "the clock went back");
                rep.last_clock = rep.db.clock();
            }
            Op::Tick(r, ms) => {
                self.replicas[r % n].wall.fetch_add(u64::from(ms), Ordering::SeqCst);
            }
            Op::Checkpoint => {
                self.sync_all();
                let s = self.replicas[0].db.changes(&HashMap::new()).unwrap();
                self.snapshot = Some((s, self.history.len()));
            }
        }
    }

    fn sync_all(&mut self) {
        for _ in 0..2 {
            for i in 0..self.replicas.len() {
                let c = self.replicas[i].db.changes(&HashMap::new()).unwrap();
                for j in 0..self.replicas.len() {
                    if i != j {
                        self.replicas[j].db.apply(&c).unwrap();
                        if let Some(max) = c.iter().map(|c| c.hlc).max() {
                            self.replicas[j].seen = self.replicas[j].seen.max(max);
                        }
                    }
                }
            }
        }
    }
}

/// The reference model: fold every change ever made. Per cell the highest
/// (causal length, HLC, device) wins; a row's causal length is the highest; an erased row
/// has no identifying values. Returns the rows as `table → id → column → value` and `cl`.
fn model(history: &[Change]) -> BTreeMap<(String, String), (i64, BTreeMap<String, Value>)> {
    let mut cells: HashMap<(String, Uuid, String), &Change> = HashMap::new();
    let mut cl: HashMap<(String, Uuid), i64> = HashMap::new();
    let mut erased: HashSet<Uuid> = HashSet::new();
    for c in history {
        let k = (c.table.clone(), c.row);
        let e = cl.entry(k).or_insert(c.cl);
        *e = (*e).max(c.cl);
        if c.column == ERASE {
            erased.insert(c.row);
        }
        let key = (c.table.clone(), c.row, c.column.clone());
        let better = cells.get(&key).is_none_or(|w| (c.cl, c.hlc, c.device) > (w.cl, w.hlc, w.device));
        if better {
            cells.insert(key, c);
        }
    }
    let personal = ["first_name", "last_name"];
    let mut out: BTreeMap<(String, String), (i64, BTreeMap<String, Value>)> = BTreeMap::new();
    for ((table, row, column), c) in cells {
        let entry =
            out.entry((table.clone(), row.to_string())).or_insert_with(|| (cl[&(table.clone(), row)], BTreeMap::new()));
        if column == CL || column == ERASE || (erased.contains(&row) && personal.contains(&column.as_str())) {
            continue;
        }
        if column == "amount" {
            if let Value::Text(s) = &c.value {
                entry.1.insert("amount_currency".into(), t(&s[..3]));
                entry.1.insert("amount_minor".into(), Value::Integer(s[3..].parse().unwrap()));
            }
        } else {
            entry.1.insert(column, c.value.clone());
        }
    }
    out
}

fn check_against_model(snap: &Snapshot, db: &Db, history: &[Change]) {
    let m = model(history);
    let mut rows = 0;
    for table in ["beneficiaries", "transactions"] {
        let cols = &db.tables()[table];
        let actual = &snap[table];
        for (id, vals) in actual {
            let (cl, want) =
                m.get(&(table.to_string(), id.clone())).unwrap_or_else(|| panic!("{table} {id} not in the model"));
            assert_eq!(vals[0], Value::Integer(*cl), "{table} {id}: causal length");
            for (i, col) in cols.iter().enumerate().skip(2) {
                let got = &vals[i - 1];
                let expected = match want.get(col) {
                    Some(v) => v.clone(),
                    None if col == "project_id" => t(PROJECT),
                    None => Value::Null,
                };
                // References travel as 16 bytes and come back as text.
                let expected = match (col.ends_with("_id"), expected) {
                    (true, Value::Blob(b)) => t(&Uuid::from_slice(&b).unwrap().to_string()),
                    (_, e) => e,
                };
                assert_eq!(got, &expected, "{table} {id}: {col}");
            }
            rows += 1;
        }
        let in_model = m.keys().filter(|(t, _)| t == table).count();
        assert_eq!(actual.len(), in_model, "{table}: rows missing from the replica");
    }
    let _ = rows;
}

fn totals(db: &Db) -> Vec<(String, i64)> {
    let mut stmt = db
        .conn()
        .prepare("SELECT amount_currency, sum(amount_minor) FROM transactions WHERE cl % 2 = 1 GROUP BY 1 ORDER BY 1")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().collect::<Result<_, _>>().unwrap()
}

fn cases() -> u32 {
    std::env::var("TESSERA_SYNC_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(1500)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), max_shrink_iters: 2000, ..ProptestConfig::default() })]

    #[test]
    fn replicas_converge_to_the_model(
        n in 2usize..=5,
        skews in proptest::collection::vec(0u32..3_600_000, 5),
        ops in proptest::collection::vec(op(), 1..45),
    ) {
        let mut w = World::new(n, &skews);
        for op in &ops {
            w.run(op);
        }
        w.sync_all();
        // 3: (HLC, device) unique over every change ever made
        let stamps: HashSet<(Hlc, Uuid)> = w.history.iter().map(|c| (c.hlc, c.device)).collect();
        prop_assert_eq!(stamps.len(), w.history.len());
        // 1: all replicas equal, equal to the model, and each table rebuilds from its log
        let first = tables_snapshot(&w.replicas[0].db).unwrap();
        check_against_model(&first, &w.replicas[0].db, &w.history);
        for r in &w.replicas {
            let snap = tables_snapshot(&r.db).unwrap();
            prop_assert_eq!(&snap, &first);
            prop_assert_eq!(&replay_log(&r.db).unwrap(), &snap);
            // 4: ledger totals
            prop_assert_eq!(totals(&r.db), totals(&w.replicas[0].db));
        }
        // 2: everything again changes nothing
        let all: Vec<Change> = w.replicas.iter().flat_map(|r| r.db.changes(&HashMap::new()).unwrap()).collect();
        let again = w.replicas[0].db.apply(&all).unwrap();
        prop_assert_eq!(again.applied, 0);
        prop_assert_eq!(&tables_snapshot(&w.replicas[0].db).unwrap(), &first);
        // 5: snapshot + what was made after it = the full state
        if let Some((snapshot, from)) = &w.snapshot {
            let mut x = Db::open_in_memory().unwrap();
            x.apply(snapshot).unwrap();
            x.apply(&w.history[*from..]).unwrap();
            prop_assert_eq!(&tables_snapshot(&x).unwrap(), &first);
        }
    }
}
