//! All-or-nothing import of a project package: validate everything, then write it in one
//! transaction through the change log. Each object becomes a row through its table's
//! description (`<domain>/tables.rs`); objects are matched by the description's key
//! (organisation by `ref`, people and households by `code`, projects by `code`, a project's
//! objects by `ref`, unnamed list items by their position), so importing twice changes nothing.

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;
use rustc_hash::FxHashMap;
use serde_json::Value as Json;

use super::types::*;
use super::validate::validate;
use crate::activities::tables as activities;
use crate::finance::tables as finance;
use crate::logframe::tables as logframe;
use crate::money::Money;
use crate::organisations::tables as organisations;
use crate::people::tables as people;
use crate::projects::tables as projects;
use crate::record::{Conv, Table};
use crate::search::fold;
use crate::store::Writer;
use crate::{Db, Error, Result};

/// What an import did (or, for a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    pub projects: Vec<String>,
    pub beneficiaries: usize,
    pub transactions: usize,
    pub activities: usize,
    /// Rows created and rows whose values changed.
    pub created: usize,
    pub updated: usize,
    pub dry_run: bool,
}

/// Called with (done, total) while writing.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// Parse and validate a package document (no database needed: callers may do this while the
/// database opens).
pub fn parse(text: &str) -> Result<Package> {
    // Compiling the schema takes as long as parsing the text: do both at once.
    let doc = std::thread::scope(|s| {
        s.spawn(super::validate::warm_up);
        serde_json::from_str::<Json>(text)
    })
    .map_err(|e| Error::NotJson { line: e.line(), column: e.column(), message: e.to_string() })?;
    validate(&doc).map_err(Error::InvalidPackage)
}

/// A package read for import: typed and its rules checked; its check against the published
/// schema (which needs the whole document as JSON values, the slow half) runs on another
/// thread beside the write, which commits only once that check passes. (It starts with the
/// write, not before: while the database opens, the key derivation has the other core.)
pub struct Checked {
    pkg: Package,
    pending: Option<Pending>,
}

/// The schema check still to run or running.
struct Pending {
    text: std::sync::Arc<str>,
    schema: Option<std::thread::JoinHandle<Result<()>>>,
}

impl Pending {
    /// Start the check on another thread.
    fn begin(&mut self) {
        if self.schema.is_none() {
            let text = self.text.clone();
            self.schema = Some(std::thread::spawn(move || {
                // compile the schema while the text is parsed
                std::thread::scope(|s| {
                    s.spawn(super::validate::warm_up);
                    match serde_json::from_str::<Json>(&text) {
                        Ok(doc) if super::validate::schema_ok(&doc) => Ok(()),
                        _ => parse(&text).map(|_| ()),
                    }
                })
            }));
        }
    }

    fn wait(mut self) -> Result<()> {
        self.begin();
        match self.schema.take().map(|h| h.join()) {
            Some(Ok(r)) => r,
            _ => parse(&self.text).map(|_| ()),
        }
    }
}

impl Checked {
    /// Read a package: the typed document and its rules now, the schema later. A package
    /// that fails either gives the same errors as `parse`.
    pub fn start(text: impl Into<std::sync::Arc<str>>) -> Result<Checked> {
        let text: std::sync::Arc<str> = text.into();
        match serde_json::from_str::<Package>(&text).ok().filter(|p| super::validate::rules(p).is_ok()) {
            Some(pkg) => Ok(Checked { pkg, pending: Some(Pending { text, schema: None }) }),
            // the errors as `parse` reports them: the schema's first, then the rules'
            None => Ok(Checked { pkg: parse(&text)?, pending: None }),
        }
    }

    /// Run the schema check: the package, or what is wrong with it.
    pub fn confirm(self) -> Result<Package> {
        if let Some(p) = self.pending {
            p.wait()?;
        }
        Ok(self.pkg)
    }
}

/// Parse, validate and import a package document.
pub fn import_str(db: &mut Db, text: &str, dry_run: bool, progress: Progress<'_>) -> Result<ImportSummary> {
    import_checked(db, Checked::start(text)?, dry_run, progress)
}

/// Import a package whose schema check may still be running: it is written meanwhile and the
/// write commits only when the check passes (else nothing is written).
pub fn import_checked(db: &mut Db, checked: Checked, dry_run: bool, progress: Progress<'_>) -> Result<ImportSummary> {
    let Checked { pkg, mut pending } = checked;
    if let Some(p) = &mut pending {
        p.begin();
    }
    import(db, &pkg, dry_run, progress, || pending.take().map_or(Ok(()), Pending::wait))
}

/// Import an already validated package.
pub fn import_package(db: &mut Db, pkg: &Package, dry_run: bool, progress: Progress<'_>) -> Result<ImportSummary> {
    import(db, pkg, dry_run, progress, || Ok(()))
}

/// Write `pkg`; `confirm` runs before the commit and its error rolls everything back.
fn import(
    db: &mut Db,
    pkg: &Package,
    dry_run: bool,
    progress: Progress<'_>,
    mut confirm: impl FnMut() -> Result<()>,
) -> Result<ImportSummary> {
    let mut summary = ImportSummary {
        projects: pkg.projects.iter().map(|p| p.code.clone()).collect(),
        beneficiaries: pkg.beneficiaries.len(),
        transactions: pkg.projects.iter().map(|p| p.transactions.len()).sum(),
        activities: pkg.projects.iter().map(|p| p.activities.len()).sum(),
        dry_run,
        ..Default::default()
    };
    if dry_run {
        confirm()?;
        return Ok(summary);
    }
    let total = pkg.beneficiaries.len()
        + pkg.projects.iter().map(|p| p.transactions.len() + p.activities.len() + p.services.len()).sum::<usize>()
        + 1;
    let (created, updated) = db.write(|w| {
        // Tables empty before this import need no lookups in SQLite: their keys are kept here.
        let mut fresh = FxHashMap::default();
        for table in w.tables() {
            let sql = format!("SELECT NOT EXISTS (SELECT 1 FROM {table})");
            if w.query_row(&sql, [], |r| r.get::<_, bool>(0))? == Some(true) {
                fresh.insert(table.to_string(), FxHashMap::default());
            }
        }
        let mut im = Importer {
            w,
            created: 0,
            updated: 0,
            done: 0,
            total,
            progress,
            new_ids: HashSet::new(),
            owner: Value::Null,
            fresh,
            refs: FxHashMap::default(),
        };
        im.package(pkg)?;
        confirm()?;
        Ok((im.created, im.updated))
    })?;
    progress(total, total);
    summary.created = created;
    summary.updated = updated;
    Ok(summary)
}

fn t(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn i(n: i64) -> Value {
    Value::Integer(n)
}

/// For each organisation-level ref, the index of the first project that refers to it.
#[derive(Default)]
struct Homes<'a> {
    people: HashMap<&'a str, usize>,
    households: HashMap<&'a str, usize>,
    orgs: HashMap<&'a str, usize>,
}

impl<'a> Homes<'a> {
    fn of(p: &'a Package) -> Homes<'a> {
        let mut h = Homes::default();
        for (n, pr) in p.projects.iter().enumerate() {
            let mut org = |r: &'a str| {
                h.orgs.entry(r).or_insert(n);
            };
            org(&pr.lead);
            pr.partners.iter().for_each(|x| org(&x.organisation));
            pr.grants.iter().for_each(|g| org(&g.donor));
            pr.subgrants.iter().for_each(|s| org(&s.grantee));
            pr.transactions.iter().filter_map(|t| t.partner.as_deref()).for_each(&mut org);
            let people = pr.activities.iter().flat_map(|a| a.attendance.iter().map(String::as_str));
            for r in people.chain(pr.services.iter().map(|s| s.beneficiary.as_str())) {
                h.people.entry(r).or_insert(n);
            }
        }
        for b in &p.beneficiaries {
            let n = h.people.get(b.ref_.as_str()).copied().unwrap_or(0);
            if let Some(hh) = &b.household {
                h.households.entry(hh).or_insert(n);
            }
            if let Some(o) = &b.organisation {
                h.orgs.entry(o).or_insert(n);
            }
        }
        h
    }
}

struct Importer<'w, 't, 'p> {
    w: &'w mut Writer<'t>,
    created: usize,
    updated: usize,
    done: usize,
    total: usize,
    progress: Progress<'p>,
    /// Ids of the projects this import makes.
    new_ids: HashSet<String>,
    /// Whose data the package is: NULL = the database owner's, else a partner's id.
    owner: Value,
    /// For each table that was empty when the import began: key → id of the rows it made.
    fresh: FxHashMap<String, FxHashMap<String, String>>,
    /// Table → `ref` → id of the objects the package has named so far.
    refs: FxHashMap<&'static str, FxHashMap<String, String>>,
}

/// Columns the caller gives a row besides its object's fields.
type Given = [(&'static str, Value)];

/// A row's columns and values.
type Row = Vec<(&'static str, Value)>;

/// Tables whose refs are the package's (the others' are one project's).
const PACKAGE_WIDE: &[&str] = &["organisations", "households", "beneficiaries"];

/// Written when a row is made, never changed by a later import.
const ON_INSERT: &str = "home_project_id";

/// A lookup key as text (`IS` semantics: NULL matches NULL).
fn key_text(key: &[(&str, Value)]) -> String {
    let mut k = String::new();
    for (_, v) in key {
        match v {
            Value::Null => k.push('\u{0}'),
            Value::Integer(n) => k.push_str(&n.to_string()),
            Value::Real(f) => k.push_str(&f.to_string()),
            Value::Text(t) => k.push_str(t),
            Value::Blob(b) => k.extend(b.iter().map(|x| *x as char)),
        }
        k.push('\u{1f}');
    }
    k
}

fn pos(n: usize) -> (&'static str, Value) {
    ("position", i(n as i64))
}

impl Importer<'_, '_, '_> {
    fn tick(&mut self) {
        self.done += 1;
        if self.done.is_multiple_of(500) {
            (self.progress)(self.done, self.total);
        }
    }

    /// The id of the object `r` of `table` the package named (NULL when none).
    fn id_of(&self, table: &str, r: &Value) -> Value {
        match r {
            Value::Text(r) => self.refs.get(table).and_then(|m| m.get(r)).map_or(Value::Null, |id| t(id)),
            _ => Value::Null,
        }
    }

    /// The row an object becomes: the given columns, then its fields as its table describes
    /// them (references turned into ids, amounts into minor units and currency).
    fn row_of<T>(&self, table: &Table<T>, obj: &T, given: &Given) -> Vec<(&'static str, Value)> {
        let mut row: Vec<(&'static str, Value)> = Vec::with_capacity(given.len() + table.columns.len() + 2);
        row.extend_from_slice(given);
        for c in table.columns {
            let v = (c.get)(obj);
            match &c.conv {
                Conv::Plain => row.push((c.column, v)),
                Conv::Ref(target) => {
                    let id = self.id_of(target, &v);
                    row.push((c.column, id));
                }
                Conv::Money { minor, currency, own } => {
                    let cur = match own {
                        Some((get, _)) => get(obj),
                        None => row.iter().find(|(n, _)| n == currency).map_or(Value::Null, |(_, v)| v.clone()),
                    };
                    let m = match (&v, &cur) {
                        (Value::Text(a), Value::Text(cu)) => Money::parse(a, cu).map_or(Value::Null, |m| i(m.minor)),
                        _ => Value::Null,
                    };
                    let cur = if m == Value::Null { Value::Null } else { cur };
                    row.retain(|(n, _)| n != currency);
                    row.push((minor, m));
                    row.push((currency, cur));
                }
            }
        }
        row
    }

    /// Write `obj` as a row of its table: update the row with the same key, or make one; the
    /// object's `ref` then names that id for the objects that follow.
    fn put_obj<T>(&mut self, table: &Table<T>, obj: &T, given: &Given) -> Result<String> {
        let row = self.row_of(table, obj, given);
        let ident = table.ident.and_then(|ident| match row.iter().find(|(n, _)| *n == ident) {
            Some((_, Value::Text(r))) => Some(r.clone()),
            _ => None,
        });
        let (mut key, mut values, mut on_insert) = (Vec::new(), Vec::with_capacity(row.len()), Vec::new());
        for (n, v) in row {
            match n {
                _ if table.key.contains(&n) => key.push((n, v)),
                ON_INSERT => on_insert.push((n, v)),
                _ => values.push((n, v)),
            }
        }
        let id = self.put(table.name, key, values, on_insert)?;
        if let Some(r) = ident {
            self.refs.entry(table.name).or_default().insert(r, id.clone());
        }
        Ok(id)
    }

    /// Update the row matching `key`, or insert it with `key`, `values` and `on_insert`.
    fn put(&mut self, table: &'static str, key: Row, values: Row, on_insert: Row) -> Result<String> {
        if let Some(keys) = self.fresh.get(table) {
            let k = key_text(&key);
            if let Some(id) = keys.get(&k).cloned() {
                if self.w.update(table, &id, &values)? > 0 {
                    self.updated += 1;
                }
                return Ok(id);
            }
            let id = self.create(table, key, values, on_insert)?;
            if let Some(m) = self.fresh.get_mut(table) {
                m.insert(k, id.clone());
            }
            return Ok(id);
        }
        match self.w.find_any(table, &key)? {
            Some((id, alive)) => {
                // A deleted object that comes again is brought back, not made twice.
                let back = !alive && self.w.undelete(table, &id)?;
                if self.w.update(table, &id, &values)? > 0 || back {
                    self.updated += 1;
                }
                Ok(id)
            }
            None => self.create(table, key, values, on_insert),
        }
    }

    /// Insert a row this import makes: `key`, `values` and `on_insert`.
    fn create(&mut self, table: &str, mut key: Row, values: Row, on_insert: Row) -> Result<String> {
        key.extend(values);
        key.extend(on_insert);
        self.created += 1;
        self.w.insert(table, &key)
    }

    /// The package's organisation: the database owner when there is none yet or when it is
    /// the owner (same IATI id, same registration number in the same country, or the same
    /// name in the same country); otherwise a partner organisation, whose id then scopes the
    /// package's projects, people and directory. Returns (its id, the owner key: NULL = ours).
    fn organisation(&mut self, o: &SelfOrganisation) -> Result<(String, Value)> {
        type Who = (String, i64, String, Option<String>, Option<String>, Option<String>);
        let sql = "SELECT id, is_self, name, country, registration_no, iati_org_id FROM live_organisations
                   WHERE (is_self = 1 OR owner_org_id IS NULL) ORDER BY is_self DESC, id";
        let known: Vec<Who> =
            self.w.query_map(sql, [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?;
        let same = |k: &Who| {
            let both = |a: &Option<String>, b: &Option<String>| match (a, b) {
                (Some(a), Some(b)) => Some(a.trim().eq_ignore_ascii_case(b.trim())),
                _ => None,
            };
            let country = k.3.as_deref() == Some(o.country.as_str());
            both(&k.5, &o.iati_org_id)
                .or_else(|| both(&k.4, &o.registration_no).map(|s| s && country))
                .unwrap_or_else(|| fold(&k.2) == fold(&o.name) && country)
        };
        let owner = known.iter().find(|k| k.1 == 1);
        if owner.is_none_or(same) {
            // no owner yet, or the owner itself: the package is ours
            let id = self.put_obj(&organisations::SELF, o, &[("is_self", i(1)), ("kind", t("ngo"))])?;
            return Ok((id, Value::Null));
        }
        let partner = known.iter().find(|k| k.1 == 0 && same(k)).map(|k| k.0.clone());
        let mut row = self.row_of(&organisations::SELF, o, &[("is_self", i(0)), ("kind", t("ngo"))]);
        let id = match partner {
            Some(id) => {
                // the directory's ref for it stays
                row.retain(|(n, _)| *n != "ref" && *n != "is_self");
                if self.w.update("organisations", &id, &row)? > 0 {
                    self.updated += 1;
                }
                id
            }
            None => {
                self.created += 1;
                self.w.insert("organisations", &row)?
            }
        };
        let owner = t(&id);
        Ok((id, owner))
    }

    fn package(&mut self, p: &Package) -> Result<()> {
        let o = &p.organisation;
        let (self_id, owner) = self.organisation(o)?;
        self.owner = owner.clone();
        self.refs.entry("organisations").or_default().insert(o.ref_.clone(), self_id);
        let own = ("owner_org_id", owner.clone());
        // Projects first by identity, so org-level rows can name the project they came with.
        let mut project_ids = Vec::new();
        for pr in &p.projects {
            let id = match self.w.find_any("projects", &[own.clone(), ("code", t(&pr.code))])? {
                Some((id, alive)) => {
                    if !alive {
                        self.w.undelete("projects", &id)?;
                    }
                    id
                }
                None => {
                    let id = uuid::Uuid::now_v7().to_string();
                    self.new_ids.insert(id.clone()); // inserted by `project` below
                    id
                }
            };
            project_ids.push(id);
        }
        // Each organisation-level object is "home" in the first project that refers to it
        // (else the first project), so exporting that project carries it along.
        let homes = Homes::of(p);
        let home = |refs: &HashMap<&str, usize>, r: &str| {
            let n = refs.get(r).copied().unwrap_or(0);
            (ON_INSERT, project_ids.get(n).map_or(Value::Null, |id| t(id)))
        };

        for (n, org) in p.organisations.iter().enumerate() {
            let given = [("is_self", i(0)), own.clone(), pos(n), home(&homes.orgs, &org.ref_)];
            self.put_obj(&organisations::ORGANISATIONS, org, &given)?;
        }
        // rates belong to the organisation: every project's export carries them
        for (n, r) in p.exchange_rates.iter().enumerate() {
            self.put_obj(&finance::EXCHANGE_RATES, r, &[pos(n)])?;
        }
        for (n, h) in p.households.iter().enumerate() {
            self.put_obj(&people::HOUSEHOLDS, h, &[own.clone(), pos(n), home(&homes.households, &h.ref_)])?;
        }
        for (n, b) in p.beneficiaries.iter().enumerate() {
            let key = crate::people::search_key(&b.code, b.first_name.as_deref(), b.last_name.as_deref());
            let given = [own.clone(), ("search_key", t(&key)), pos(n), home(&homes.people, &b.ref_)];
            let id = self.put_obj(&people::BENEFICIARIES, b, &given)?;
            if let Some(c) = &b.consent {
                self.put_obj(&people::CONSENTS, c, &[("beneficiary_id", t(&id))])?;
            }
            self.tick();
        }
        for (n, (pr, id)) in p.projects.iter().zip(&project_ids).enumerate() {
            self.project(pr, id, n)?;
        }
        Ok(())
    }

    fn project(&mut self, p: &Project, pid: &str, n: usize) -> Result<()> {
        self.refs.retain(|table, _| PACKAGE_WIDE.contains(table));
        let values = self.row_of(&projects::PROJECTS, p, &[pos(n), ("owner_org_id", self.owner.clone())]);
        if self.new_ids.contains(pid) {
            self.w.insert_with_id("projects", pid, &values)?;
            self.created += 1;
        } else if self.w.update("projects", pid, &values)? > 0 {
            self.updated += 1;
        }
        let pk = ("project_id", t(pid));
        for (k, partner) in p.partners.iter().enumerate() {
            self.put_obj(&projects::PARTNERS, partner, &[pk.clone(), pos(k)])?;
        }
        for (k, g) in p.grants.iter().enumerate() {
            let gid = self.put_obj(&finance::GRANTS, g, &[pk.clone(), pos(k)])?;
            for (r, rep) in g.reports.iter().enumerate() {
                self.put_obj(&finance::GRANT_REPORTS, rep, &[("grant_id", t(&gid)), pos(r)])?;
            }
        }
        for (k, wp) in p.work_packages.iter().enumerate() {
            self.put_obj(&projects::WORK_PACKAGES, wp, &[pk.clone(), pos(k)])?;
        }
        if let Some(lf) = &p.logframe {
            let mut goal_id = Value::Null;
            if let Some(g) = &lf.goal {
                goal_id = t(&self.node(&logframe::GOAL, g, pid, Value::Null, "goal", 0, &g.indicators)?);
            }
            for (k, o) in lf.objectives.iter().enumerate() {
                let oid = self.node(&logframe::OBJECTIVES, o, pid, goal_id.clone(), "objective", k, &o.indicators)?;
                for (r, res) in o.results.iter().enumerate() {
                    self.node(&logframe::RESULTS, res, pid, t(&oid), "result", r, &res.indicators)?;
                }
            }
            for (k, a) in lf.assumptions.iter().enumerate() {
                self.put_obj(&logframe::ASSUMPTIONS, a, &[pk.clone(), pos(k)])?;
            }
        }
        let currency = t(&p.currency);
        for (k, l) in p.budget.iter().flat_map(|b| &b.lines).enumerate() {
            let given = [pk.clone(), pos(k), ("unit_cost_currency", currency.clone())];
            let lid = self.put_obj(&finance::BUDGET_LINES, l, &given)?;
            for (f, fund) in l.funding.iter().enumerate() {
                self.put_obj(&finance::FUNDING, fund, &[("budget_line_id", t(&lid)), pos(f)])?;
            }
        }
        for (k, a) in p.activities.iter().enumerate() {
            let aid = self.put_obj(&activities::ACTIVITIES, a, &[pk.clone(), pos(k)])?;
            let ak = ("activity_id", t(&aid));
            for (j, b) in a.attendance.iter().enumerate() {
                self.put_obj(&activities::ATTENDANCE, b, &[ak.clone(), pos(j)])?;
            }
            for (j, h) in a.headcount.iter().enumerate() {
                self.put_obj(&activities::HEADCOUNTS, h, &[ak.clone(), pos(j)])?;
            }
            for (j, l) in a.budget_lines.iter().enumerate() {
                self.put_obj(&activities::BUDGET_LINES, l, &[ak.clone(), pos(j)])?;
            }
            self.tick();
        }
        for (k, s) in p.services.iter().enumerate() {
            self.put_obj(&activities::SERVICES, s, &[pk.clone(), pos(k), ("value_currency", currency.clone())])?;
            self.tick();
        }
        for (k, x) in p.transactions.iter().enumerate() {
            let tid = self.put_obj(&finance::TRANSACTIONS, x, &[pk.clone(), pos(k)])?;
            for (j, g) in x.grants.iter().enumerate() {
                self.put_obj(&finance::TRANSACTION_GRANTS, g, &[("transaction_id", t(&tid)), pos(j)])?;
            }
            self.tick();
        }
        for (k, s) in p.subgrants.iter().enumerate() {
            let sid = self.put_obj(&finance::SUBGRANTS, s, &[pk.clone(), pos(k)])?;
            let sk = ("subgrant_id", t(&sid));
            for (j, tr) in s.tranches.iter().enumerate() {
                self.put_obj(&finance::TRANCHES, tr, &[sk.clone(), pos(j), ("amount_currency", t(&s.currency))])?;
            }
            for (j, r) in s.results.iter().enumerate() {
                self.put_obj(&finance::SUBGRANT_RESULTS, r, &[sk.clone(), pos(j)])?;
            }
        }
        Ok(())
    }

    /// A logframe node (goal, objective or result) with its indicators.
    #[allow(clippy::too_many_arguments)]
    fn node<T>(
        &mut self,
        table: &Table<T>,
        obj: &T,
        pid: &str,
        parent: Value,
        level: &str,
        k: usize,
        indicators: &[Indicator],
    ) -> Result<String> {
        let given = [("project_id", t(pid)), ("parent_id", parent), ("level", t(level)), pos(k)];
        let nid = self.put_obj(table, obj, &given)?;
        for (k, ind) in indicators.iter().enumerate() {
            let iid = self.put_obj(&logframe::INDICATORS, ind, &[("node_id", t(&nid)), pos(k)])?;
            for (j, tg) in ind.targets.iter().enumerate() {
                self.put_obj(&logframe::TARGETS, tg, &[("indicator_id", t(&iid)), pos(j)])?;
            }
            for (j, m) in ind.measurements.iter().enumerate() {
                self.put_obj(&logframe::MEASUREMENTS, m, &[("indicator_id", t(&iid)), pos(j)])?;
            }
        }
        Ok(nid)
    }
}
