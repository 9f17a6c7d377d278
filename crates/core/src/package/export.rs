//! Export of one project as a package: the inverse of import, built from the same table
//! descriptions (`<domain>/tables.rs`). Lists come out in their imported order, amounts with
//! exactly their currency's decimals, so that export → import into an empty database → export
//! gives the same document.

use std::collections::{BTreeSet, HashMap};

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::types::*;
use crate::activities::tables as activities;
use crate::finance::tables as finance;
use crate::logframe::tables as logframe;
use crate::money::Money;
use crate::organisations::tables as organisations;
use crate::people::tables as people;
use crate::projects::tables as projects;
use crate::record::{Conv, Table};
use crate::{Db, Error, Result};

/// One exported row: its id, the extra columns asked for, the object.
struct Listed<T> {
    id: String,
    extra: Vec<Value>,
    obj: T,
}

struct Exporter<'c> {
    c: &'c Connection,
    /// Table → id → `ref` of the rows exported so far (and of every organisation, person and
    /// household, which may be exported after the objects that name them).
    refs: HashMap<&'static str, HashMap<String, String>>,
    /// Table → ids the exported objects refer to.
    used: HashMap<&'static str, BTreeSet<String>>,
}

fn t(s: &str) -> Value {
    Value::Text(s.to_string())
}

impl Exporter<'_> {
    /// Know the ref of every row of `table`, deleted ones too.
    fn prefill(&mut self, table: &'static str) -> Result<()> {
        let sql = format!("SELECT id, coalesce(ref, id) FROM /* all rows */ {table}");
        let mut stmt = self.c.prepare_cached(&sql)?;
        let map = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        self.refs.insert(table, map);
        Ok(())
    }

    /// The ref of the row `id` of `table` (NULL when unknown); notes that it is used.
    fn ref_of(&mut self, table: &'static str, id: Value) -> Value {
        let Value::Text(id) = id else { return Value::Null };
        let r = self.refs.get(table).and_then(|m| m.get(&id)).map_or(Value::Null, |r| t(r));
        self.used.entry(table).or_default().insert(id);
        r
    }

    /// The live rows of `table` matching `filter` (its `?n` bound to `params`), in the
    /// description's order, kept when `keep(id, extra)` says so, as objects.
    fn list_where<T: Default>(
        &mut self,
        table: &Table<T>,
        filter: &str,
        params: &[Value],
        extra: &[&str],
        keep: impl Fn(&str, &[Value]) -> bool,
    ) -> Result<Vec<Listed<T>>> {
        let columns: Vec<String> = extra.iter().map(|s| s.to_string()).chain(table.physical()).collect();
        let sql = format!(
            "SELECT id, {} FROM live_{} WHERE {filter} ORDER BY {}",
            columns.join(", "),
            table.name,
            table.order
        );
        let mut stmt = self.c.prepare_cached(&sql)?;
        let n = columns.len() + 1;
        let raw: Vec<Vec<Value>> = stmt
            .query_map(params_from_iter(params), |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        for row in raw {
            let mut values = row.into_iter();
            let id = match values.next() {
                Some(Value::Text(id)) => id,
                _ => continue,
            };
            let extra: Vec<Value> = values.by_ref().take(extra.len()).collect();
            if !keep(&id, &extra) {
                continue;
            }
            let mut obj = T::default();
            for c in table.columns {
                let v = values.next().unwrap_or(Value::Null);
                match &c.conv {
                    Conv::Plain => (c.set)(&mut obj, v),
                    Conv::Ref(target) => {
                        let r = self.ref_of(target, v);
                        (c.set)(&mut obj, r);
                    }
                    Conv::Money { own, .. } => {
                        let currency = values.next().unwrap_or(Value::Null);
                        let amount = match (v, &currency) {
                            (Value::Integer(m), Value::Text(cu)) => {
                                Money::new(m, cu).map_or(Value::Null, |m| t(&m.to_string()))
                            }
                            _ => Value::Null,
                        };
                        (c.set)(&mut obj, amount);
                        if let Some((_, set)) = own {
                            set(&mut obj, currency);
                        }
                    }
                }
            }
            let ident = table.ident.and_then(|i| table.columns.iter().find(|c| c.column == i));
            if let Some(Value::Text(r)) = ident.map(|c| (c.get)(&obj)) {
                self.refs.entry(table.name).or_default().insert(id.clone(), r);
            }
            out.push(Listed { id, extra, obj });
        }
        Ok(out)
    }

    /// The objects of `table` whose `parent` column is `id`.
    fn children<T: Default>(&mut self, table: &Table<T>, parent: &str, id: &str) -> Result<Vec<T>> {
        let filter = format!("{parent} = ?1");
        Ok(self.list_where(table, &filter, &[t(id)], &[], |_, _| true)?.into_iter().map(|l| l.obj).collect())
    }

    /// Like `children`, with each object's id.
    fn children_with_ids<T: Default>(&mut self, table: &Table<T>, parent: &str, id: &str) -> Result<Vec<(String, T)>> {
        let filter = format!("{parent} = ?1");
        Ok(self.list_where(table, &filter, &[t(id)], &[], |_, _| true)?.into_iter().map(|l| (l.id, l.obj)).collect())
    }

    /// A list of references (attendance, …): those that name a known object.
    fn ref_list(&mut self, table: &Table<String>, parent: &str, id: &str) -> Result<Vec<String>> {
        Ok(self.children(table, parent, id)?.into_iter().filter(|r| !r.is_empty()).collect())
    }

    fn indicators(&mut self, node_id: &str) -> Result<Vec<Indicator>> {
        let mut out = Vec::new();
        for (id, mut ind) in self.children_with_ids(&logframe::INDICATORS, "node_id", node_id)? {
            ind.targets = self.children(&logframe::TARGETS, "indicator_id", &id)?;
            ind.measurements = self.children(&logframe::MEASUREMENTS, "indicator_id", &id)?;
            out.push(ind);
        }
        Ok(out)
    }

    fn logframe(&mut self, pid: &str) -> Result<Option<Logframe>> {
        let level = |l: &str| format!("project_id = ?1 AND level = '{l}'");
        let goals = self.list_where(&logframe::GOAL, &level("goal"), &[t(pid)], &[], |_, _| true)?;
        let objectives = self.list_where(&logframe::OBJECTIVES, &level("objective"), &[t(pid)], &[], |_, _| true)?;
        let results = self.list_where(&logframe::RESULTS, &level("result"), &[t(pid)], &["parent_id"], |_, _| true)?;
        if goals.is_empty() && objectives.is_empty() && results.is_empty() {
            return Ok(None);
        }
        let mut goal = None;
        for g in goals {
            let mut obj = g.obj;
            obj.indicators = self.indicators(&g.id)?;
            goal = Some(obj);
        }
        let mut list = Vec::new();
        for o in objectives {
            let mut obj = o.obj;
            obj.indicators = self.indicators(&o.id)?;
            for r in results.iter().filter(|r| r.extra[0] == t(&o.id)) {
                let mut res = r.obj.clone();
                res.indicators = self.indicators(&r.id)?;
                obj.results.push(res);
            }
            list.push(obj);
        }
        let assumptions = self.children(&logframe::ASSUMPTIONS, "project_id", pid)?;
        Ok(Some(Logframe { goal, objectives: list, assumptions }))
    }
}

/// Export project `code` with everything it references.
pub fn export_project(db: &Db, code: &str) -> Result<Package> {
    let mut x = Exporter { c: db.conn(), refs: HashMap::new(), used: HashMap::new() };
    for table in ["organisations", "beneficiaries", "households"] {
        x.prefill(table)?;
    }
    let first = "id = (SELECT id FROM live_projects WHERE code = ?1 ORDER BY id LIMIT 1)";
    let Some(found) = x.list_where(&projects::PROJECTS, first, &[t(code)], &["owner_org_id"], |_, _| true)?.pop()
    else {
        return Err(Error::ProjectNotFound { code: code.to_string() });
    };
    let (pid, mut project) = (found.id, found.obj);
    // The project's organisation: the database owner, or the partner whose package brought it.
    let owner = found.extra[0].clone();
    let whose = "(CASE WHEN ?1 IS NULL THEN is_self = 1 ELSE id = ?1 END)";
    let mut org = x
        .list_where(&organisations::SELF, whose, std::slice::from_ref(&owner), &[], |_, _| true)?
        .into_iter()
        .next()
        .ok_or(Error::NotInitialised)?
        .obj;
    if org.ref_.is_empty() {
        org.ref_ = "self".into();
    }
    if project.lead.is_empty() {
        project.lead = org.ref_.clone();
    }

    project.partners = x.children(&projects::PARTNERS, "project_id", &pid)?;
    for (gid, mut g) in x.children_with_ids(&finance::GRANTS, "project_id", &pid)? {
        g.reports = x.children(&finance::GRANT_REPORTS, "grant_id", &gid)?;
        project.grants.push(g);
    }
    project.work_packages = x.children(&projects::WORK_PACKAGES, "project_id", &pid)?;
    project.logframe = x.logframe(&pid)?;
    let mut lines = Vec::new();
    for (lid, mut l) in x.children_with_ids(&finance::BUDGET_LINES, "project_id", &pid)? {
        l.funding = x.children(&finance::FUNDING, "budget_line_id", &lid)?;
        lines.push(l);
    }
    project.budget = (!lines.is_empty()).then_some(Budget { lines });
    for (aid, mut a) in x.children_with_ids(&activities::ACTIVITIES, "project_id", &pid)? {
        a.attendance = x.ref_list(&activities::ATTENDANCE, "activity_id", &aid)?;
        a.headcount = x.children(&activities::HEADCOUNTS, "activity_id", &aid)?;
        a.budget_lines = x.ref_list(&activities::BUDGET_LINES, "activity_id", &aid)?;
        project.activities.push(a);
    }
    project.services = x.children(&activities::SERVICES, "project_id", &pid)?;
    for (tid, mut tr) in x.children_with_ids(&finance::TRANSACTIONS, "project_id", &pid)? {
        tr.grants = x.children(&finance::TRANSACTION_GRANTS, "transaction_id", &tid)?;
        project.transactions.push(tr);
    }
    for (sid, mut s) in x.children_with_ids(&finance::SUBGRANTS, "project_id", &pid)? {
        s.tranches = x.children(&finance::TRANCHES, "subgrant_id", &sid)?;
        s.results = x.ref_list(&finance::SUBGRANT_RESULTS, "subgrant_id", &sid)?;
        project.subgrants.push(s);
    }

    // People the project refers to or that came with it, then their households, then the
    // organisations any of these refer to or that came with the project.
    let home = t(&pid);
    let came_with = |extra: &[Value]| extra[0] == home;
    let used = |x: &Exporter<'_>, table: &str| x.used.get(table).cloned().unwrap_or_default();
    let people_used = used(&x, "beneficiaries");
    let mut beneficiaries = Vec::new();
    for p in x.list_where(&people::BENEFICIARIES, "1", &[], &["home_project_id"], |id, e| {
        people_used.contains(id) || came_with(e)
    })? {
        let mut b = p.obj;
        b.consent = x.children(&people::CONSENTS, "beneficiary_id", &p.id)?.into_iter().next();
        beneficiaries.push(b);
    }
    let households_used = used(&x, "households");
    let households = x
        .list_where(&people::HOUSEHOLDS, "1", &[], &["home_project_id"], |id, e| {
            households_used.contains(id) || came_with(e)
        })?
        .into_iter()
        .map(|l| l.obj)
        .collect();
    let orgs_used = used(&x, "organisations");
    let organisations = x
        .list_where(&organisations::ORGANISATIONS, "is_self = 0", &[], &["home_project_id"], |id, e| {
            owner != t(id) && (orgs_used.contains(id) || came_with(e))
        })?
        .into_iter()
        .map(|l| l.obj)
        .collect();
    let rates = "(home_project_id = ?1 OR home_project_id IS NULL)";
    let exchange_rates = x
        .list_where(&finance::EXCHANGE_RATES, rates, std::slice::from_ref(&home), &[], |_, _| true)?
        .into_iter()
        .map(|l| l.obj)
        .collect();

    Ok(Package {
        format: FORMAT.into(),
        version: VERSION,
        organisation: org,
        organisations,
        exchange_rates,
        beneficiaries,
        households,
        projects: vec![project],
    })
}
