//! All-or-nothing import of a project package: validate everything, then write it in one
//! transaction through the change log. Objects are matched by identity (organisation by
//! `ref`, people and households by `code`, projects by `code`, a project's objects by `ref`,
//! unnamed list items by their position), so importing twice changes nothing.

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;
use serde_json::Value as Json;

use super::types::*;
use super::validate::validate;
use crate::money::Money;
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

/// Parse, validate and import a package document.
pub fn import_str(db: &mut Db, text: &str, dry_run: bool, progress: Progress<'_>) -> Result<ImportSummary> {
    let pkg = parse(text)?;
    import_package(db, &pkg, dry_run, progress)
}

/// Import an already validated package.
pub fn import_package(db: &mut Db, pkg: &Package, dry_run: bool, progress: Progress<'_>) -> Result<ImportSummary> {
    let mut summary = ImportSummary {
        projects: pkg.projects.iter().map(|p| p.code.clone()).collect(),
        beneficiaries: pkg.beneficiaries.len(),
        transactions: pkg.projects.iter().map(|p| p.transactions.len()).sum(),
        activities: pkg.projects.iter().map(|p| p.activities.len()).sum(),
        dry_run,
        ..Default::default()
    };
    if dry_run {
        return Ok(summary);
    }
    let total = pkg.beneficiaries.len()
        + pkg.projects.iter().map(|p| p.transactions.len() + p.activities.len() + p.services.len()).sum::<usize>()
        + 1;
    let (created, updated) = db.write(|w| {
        // Tables empty before this import need no lookups in SQLite: their keys are kept here.
        let mut fresh = HashMap::new();
        for table in w.tables() {
            let sql = format!("SELECT NOT EXISTS (SELECT 1 FROM {table})");
            if w.query_row(&sql, [], |r| r.get::<_, bool>(0))? == Some(true) {
                fresh.insert(table.to_string(), HashMap::new());
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
        };
        im.package(pkg)?;
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

fn ot(s: &Option<String>) -> Value {
    s.as_ref().map_or(Value::Null, |s| Value::Text(s.clone()))
}

fn i(n: i64) -> Value {
    Value::Integer(n)
}

fn idv(m: &HashMap<String, String>, r: &Option<String>) -> Value {
    r.as_ref().and_then(|r| m.get(r)).map_or(Value::Null, |id| t(id))
}

/// Minor units of an amount already validated against its currency.
fn minor(amount: &str, currency: &str) -> Value {
    Money::parse(amount, currency).map_or(Value::Null, |m| i(m.minor))
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
    /// Ids of rows this import created.
    new_ids: HashSet<String>,
    /// Whose data the package is: NULL = the database owner's, else a partner's id.
    owner: Value,
    /// For each table that was empty when the import began: key → id of the rows it made.
    fresh: HashMap<String, HashMap<String, String>>,
}

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

impl Importer<'_, '_, '_> {
    fn tick(&mut self) {
        self.done += 1;
        if self.done.is_multiple_of(500) {
            (self.progress)(self.done, self.total);
        }
    }

    /// Update the row matching `key`, or insert it with `key`, `values` and `on_insert`.
    fn put(
        &mut self,
        table: &str,
        key: &[(&str, Value)],
        values: &[(&str, Value)],
        on_insert: &[(&str, Value)],
    ) -> Result<String> {
        if let Some(keys) = self.fresh.get(table) {
            let k = key_text(key);
            if let Some(id) = keys.get(&k).cloned() {
                if self.w.update(table, &id, values)? > 0 {
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
        match self.w.find_any(table, key)? {
            Some((id, alive)) => {
                // A deleted object that comes again is brought back, not made twice.
                let back = !alive && self.w.undelete(table, &id)?;
                if self.w.update(table, &id, values)? > 0 || back {
                    self.updated += 1;
                }
                Ok(id)
            }
            None => self.create(table, key, values, on_insert),
        }
    }

    /// Insert a row this import makes: `key`, `values` and `on_insert`.
    fn create(
        &mut self,
        table: &str,
        key: &[(&str, Value)],
        values: &[(&str, Value)],
        on_insert: &[(&str, Value)],
    ) -> Result<String> {
        let all: Vec<(&str, Value)> = key.iter().chain(values).chain(on_insert).cloned().collect();
        self.created += 1;
        let id = self.w.insert(table, &all)?;
        self.new_ids.insert(id.clone());
        Ok(id)
    }

    /// The package's organisation: the database owner when there is none yet or when it is
    /// the owner (same IATI id, same registration number in the same country, or the same
    /// name in the same country); otherwise a partner organisation, whose id then scopes the
    /// package's projects, people and directory. Returns (its id, the owner key: NULL = ours).
    fn organisation(&mut self, o: &SelfOrganisation) -> Result<(String, Value)> {
        let values = [
            ("name", t(&o.name)),
            ("short_name", ot(&o.short_name)),
            ("kind", t("ngo")),
            ("country", t(&o.country)),
            ("base_currency", t(&o.base_currency)),
            ("registration_no", ot(&o.registration_no)),
            ("address", ot(&o.address)),
            ("iati_org_id", ot(&o.iati_org_id)),
        ];
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
        match owner {
            // no owner yet, or the owner itself: the package is ours
            _ if owner.is_none_or(same) => {
                let id = self.put(
                    "organisations",
                    &[("is_self", i(1))],
                    &[&[("ref", t(&o.ref_))][..], &values].concat(),
                    &[],
                )?;
                Ok((id, Value::Null))
            }
            _ => {
                let partner = known.iter().find(|k| k.1 == 0 && same(k)).map(|k| k.0.clone());
                let id = match partner {
                    Some(id) => {
                        if self.w.update("organisations", &id, &values)? > 0 {
                            self.updated += 1;
                        }
                        id
                    }
                    None => {
                        self.created += 1;
                        let all: Vec<(&str, Value)> = [&[("ref", t(&o.ref_)), ("is_self", i(0))][..], &values].concat();
                        self.w.insert("organisations", &all)?
                    }
                };
                let owner = t(&id);
                Ok((id, owner))
            }
        }
    }

    fn package(&mut self, p: &Package) -> Result<()> {
        let o = &p.organisation;
        let (self_id, owner) = self.organisation(o)?;
        self.owner = owner.clone();
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
            [("home_project_id", project_ids.get(n).map_or(Value::Null, |id| t(id)))]
        };

        let mut orgs: HashMap<String, String> = HashMap::from([(o.ref_.clone(), self_id)]);
        for (n, org) in p.organisations.iter().enumerate() {
            let id = self.put(
                "organisations",
                &[("ref", t(&org.ref_)), ("is_self", i(0)), own.clone()],
                &[
                    ("name", t(&org.name)),
                    ("country", ot(&org.country)),
                    ("kind", t(&org.kind)),
                    ("position", i(n as i64)),
                ],
                &home(&homes.orgs, &org.ref_),
            )?;
            orgs.insert(org.ref_.clone(), id);
        }
        for (n, r) in p.exchange_rates.iter().enumerate() {
            self.put(
                "exchange_rates",
                &[
                    ("date", t(&r.date)),
                    ("from_currency", t(&r.from)),
                    ("to_currency", t(&r.to)),
                    ("source", t(&r.source)),
                ],
                &[("rate", t(&r.rate)), ("position", i(n as i64))],
                &[], // rates belong to the organisation: every project's export carries them
            )?;
        }
        let mut households = HashMap::new();
        for (n, h) in p.households.iter().enumerate() {
            let id = self.put(
                "households",
                &[own.clone(), ("code", t(&h.code))],
                &[
                    ("ref", t(&h.ref_)),
                    ("size", i(h.size)),
                    ("municipality", ot(&h.municipality)),
                    ("position", i(n as i64)),
                ],
                &home(&homes.households, &h.ref_),
            )?;
            households.insert(h.ref_.clone(), id);
        }
        let mut people = HashMap::new();
        for (n, b) in p.beneficiaries.iter().enumerate() {
            let name =
                [b.first_name.as_deref(), b.last_name.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
            let key = fold(&format!("{} {name}", b.code));
            let id = self.put(
                "beneficiaries",
                &[own.clone(), ("code", t(&b.code))],
                &[
                    ("ref", t(&b.ref_)),
                    ("kind", t(&b.kind)),
                    ("first_name", ot(&b.first_name)),
                    ("last_name", ot(&b.last_name)),
                    ("gender", ot(&b.gender)),
                    ("birth_year", b.birth_year.map_or(Value::Null, i)),
                    ("country", ot(&b.country)),
                    ("municipality", ot(&b.municipality)),
                    ("settlement", ot(&b.settlement)),
                    ("household_id", idv(&households, &b.household)),
                    ("ethnicity", ot(&b.ethnicity)),
                    ("disability", b.disability.map_or(Value::Null, |d| i(d as i64))),
                    ("organisation_id", idv(&orgs, &b.organisation)),
                    ("search_key", t(&key)),
                    ("position", i(n as i64)),
                ],
                &home(&homes.people, &b.ref_),
            )?;
            if let Some(c) = &b.consent {
                let purposes = serde_json::to_string(&c.purposes).unwrap_or_else(|_| "[]".into());
                self.put(
                    "consents",
                    &[("beneficiary_id", t(&id))],
                    &[("date", t(&c.date)), ("purposes", t(&purposes)), ("withdrawn", ot(&c.withdrawn))],
                    &[],
                )?;
            }
            people.insert(b.ref_.clone(), id);
            self.tick();
        }
        for (n, (pr, id)) in p.projects.iter().zip(&project_ids).enumerate() {
            self.project(pr, id, n, &orgs, &people)?;
        }
        Ok(())
    }

    fn project(
        &mut self,
        p: &Project,
        pid: &str,
        n: usize,
        orgs: &HashMap<String, String>,
        people: &HashMap<String, String>,
    ) -> Result<()> {
        let countries = serde_json::to_string(&p.countries).unwrap_or_else(|_| "[]".into());
        let values = [
            ("ref", t(&p.ref_)),
            ("code", t(&p.code)),
            ("title", t(&p.title)),
            ("summary", ot(&p.summary)),
            ("start_date", t(&p.start)),
            ("end_date", t(&p.end)),
            ("status", t(&p.status)),
            ("currency", t(&p.currency)),
            ("lead_org_id", idv(orgs, &Some(p.lead.clone()))),
            ("countries", t(&countries)),
            ("position", i(n as i64)),
            ("owner_org_id", self.owner.clone()),
        ];
        if self.new_ids.contains(pid) {
            self.w.insert_with_id("projects", pid, &values)?;
            self.created += 1;
        } else if self.w.update("projects", pid, &values)? > 0 {
            self.updated += 1;
        }
        let pk = ("project_id", t(pid));
        for (k, partner) in p.partners.iter().enumerate() {
            self.put(
                "project_partners",
                &[pk.clone(), ("organisation_id", idv(orgs, &Some(partner.organisation.clone())))],
                &[("role", t(&partner.role)), ("position", i(k as i64))],
                &[],
            )?;
        }
        let mut grants = HashMap::new();
        for (k, g) in p.grants.iter().enumerate() {
            let gid = self.put(
                "grants",
                &[pk.clone(), ("ref", t(&g.ref_))],
                &[
                    ("donor_org_id", idv(orgs, &Some(g.donor.clone()))),
                    ("programme", ot(&g.programme)),
                    ("contract_no", ot(&g.contract_no)),
                    ("amount_minor", minor(&g.amount, &g.currency)),
                    ("amount_currency", t(&g.currency)),
                    ("start_date", t(&g.start)),
                    ("end_date", t(&g.end)),
                    ("cofinancing_rate", ot(&g.cofinancing_rate)),
                    ("indirect_rate", ot(&g.indirect_rate)),
                    ("exchange_rule", t(&g.exchange_rule)),
                    ("contract_rate", ot(&g.contract_rate)),
                    ("position", i(k as i64)),
                ],
                &[],
            )?;
            for (r, rep) in g.reports.iter().enumerate() {
                self.put(
                    "grant_reports",
                    &[("grant_id", t(&gid)), ("position", i(r as i64))],
                    &[
                        ("kind", t(&rep.kind)),
                        ("period_start", t(&rep.period_start)),
                        ("period_end", t(&rep.period_end)),
                        ("due", t(&rep.due)),
                    ],
                    &[],
                )?;
            }
            grants.insert(g.ref_.clone(), gid);
        }
        let mut nodes = HashMap::new();
        if let Some(lf) = &p.logframe {
            let mut goal_id = Value::Null;
            if let Some(g) = &lf.goal {
                let id = self.node(pid, Value::Null, "goal", &g.ref_, &g.text, 0, &g.indicators)?;
                goal_id = t(&id);
                nodes.insert(g.ref_.clone(), id);
            }
            for (k, o) in lf.objectives.iter().enumerate() {
                let oid = self.node(pid, goal_id.clone(), "objective", &o.ref_, &o.text, k, &o.indicators)?;
                for (r, res) in o.results.iter().enumerate() {
                    let rid = self.node(pid, t(&oid), "result", &res.ref_, &res.text, r, &res.indicators)?;
                    nodes.insert(res.ref_.clone(), rid);
                }
                nodes.insert(o.ref_.clone(), oid);
            }
            for (k, a) in lf.assumptions.iter().enumerate() {
                self.put(
                    "assumptions",
                    &[pk.clone(), ("position", i(k as i64))],
                    &[
                        ("node_id", idv(&nodes, &Some(a.level.clone()))),
                        ("kind", t("assumption")),
                        ("text", t(&a.text)),
                    ],
                    &[],
                )?;
            }
        }
        let mut lines = HashMap::new();
        for (k, l) in p.budget.iter().flat_map(|b| &b.lines).enumerate() {
            let lid = self.put(
                "budget_lines",
                &[pk.clone(), ("ref", t(&l.ref_))],
                &[
                    ("heading", t(&l.heading)),
                    ("description", t(&l.description)),
                    ("unit", ot(&l.unit)),
                    ("quantity", t(&l.quantity)),
                    ("unit_cost_minor", minor(&l.unit_cost, &p.currency)),
                    ("unit_cost_currency", t(&p.currency)),
                    ("position", i(k as i64)),
                ],
                &[],
            )?;
            for (f, fund) in l.funding.iter().enumerate() {
                self.put(
                    "budget_line_funding",
                    &[("budget_line_id", t(&lid)), ("position", i(f as i64))],
                    &[("grant_id", idv(&grants, &fund.grant)), ("share", t(&fund.share))],
                    &[],
                )?;
            }
            lines.insert(l.ref_.clone(), lid);
        }
        let mut activities = HashMap::new();
        for (k, a) in p.activities.iter().enumerate() {
            let aid = self.put(
                "activities",
                &[pk.clone(), ("ref", t(&a.ref_))],
                &[
                    ("result_id", idv(&nodes, &a.result)),
                    ("type", t(&a.type_)),
                    ("title", t(&a.title)),
                    ("description", ot(&a.description)),
                    ("planned_start", ot(&a.planned_start)),
                    ("planned_end", ot(&a.planned_end)),
                    ("actual_start", ot(&a.actual_start)),
                    ("actual_end", ot(&a.actual_end)),
                    ("status", t(&a.status)),
                    ("country", ot(&a.country)),
                    ("municipality", ot(&a.municipality)),
                    ("venue", ot(&a.venue)),
                    ("position", i(k as i64)),
                ],
                &[],
            )?;
            for (j, b) in a.attendance.iter().enumerate() {
                self.put(
                    "attendance",
                    &[("activity_id", t(&aid)), ("beneficiary_id", idv(people, &Some(b.clone())))],
                    &[("position", i(j as i64))],
                    &[],
                )?;
            }
            for (j, h) in a.headcount.iter().enumerate() {
                self.put(
                    "headcounts",
                    &[("activity_id", t(&aid)), ("position", i(j as i64))],
                    &[("gender", t(&h.gender)), ("age_band", t(&h.age_band)), ("count", i(h.count))],
                    &[],
                )?;
            }
            for (j, l) in a.budget_lines.iter().enumerate() {
                self.put(
                    "activity_budget_lines",
                    &[("activity_id", t(&aid)), ("budget_line_id", idv(&lines, &Some(l.clone())))],
                    &[("position", i(j as i64))],
                    &[],
                )?;
            }
            activities.insert(a.ref_.clone(), aid);
            self.tick();
        }
        for (k, s) in p.services.iter().enumerate() {
            let value = s.value.as_deref().map_or(Value::Null, |v| minor(v, &p.currency));
            let currency = if s.value.is_some() { t(&p.currency) } else { Value::Null };
            self.put(
                "services",
                &[pk.clone(), ("position", i(k as i64))],
                &[
                    ("beneficiary_id", idv(people, &Some(s.beneficiary.clone()))),
                    ("date", t(&s.date)),
                    ("kind", t(&s.kind)),
                    ("activity_id", idv(&activities, &s.activity)),
                    ("quantity", ot(&s.quantity)),
                    ("value_minor", value),
                    ("value_currency", currency),
                ],
                &[],
            )?;
            self.tick();
        }
        for (k, x) in p.transactions.iter().enumerate() {
            let tid = self.put(
                "transactions",
                &[pk.clone(), ("ref", t(&x.ref_))],
                &[
                    ("kind", t(&x.kind)),
                    ("invoice_date", ot(&x.invoice_date)),
                    ("booking_date", ot(&x.booking_date)),
                    ("payment_date", ot(&x.payment_date)),
                    ("amount_minor", minor(&x.amount, &x.currency)),
                    ("amount_currency", t(&x.currency)),
                    ("rate", ot(&x.rate)),
                    ("budget_line_id", idv(&lines, &x.budget_line)),
                    ("partner_org_id", idv(orgs, &x.partner)),
                    ("payee", ot(&x.payee)),
                    ("document_no", ot(&x.document_no)),
                    ("method", ot(&x.method)),
                    ("description", ot(&x.description)),
                    ("position", i(k as i64)),
                ],
                &[],
            )?;
            for (j, g) in x.grants.iter().enumerate() {
                self.put(
                    "transaction_grants",
                    &[("transaction_id", t(&tid)), ("position", i(j as i64))],
                    &[("grant_id", idv(&grants, &Some(g.grant.clone()))), ("share", t(&g.share))],
                    &[],
                )?;
            }
            self.tick();
        }
        for (k, s) in p.subgrants.iter().enumerate() {
            let sid = self.put(
                "subgrants",
                &[pk.clone(), ("ref", t(&s.ref_))],
                &[
                    ("grantee_org_id", idv(orgs, &Some(s.grantee.clone()))),
                    ("grant_id", idv(&grants, &s.grant)),
                    ("amount_minor", minor(&s.amount, &s.currency)),
                    ("amount_currency", t(&s.currency)),
                    ("start_date", t(&s.start)),
                    ("end_date", t(&s.end)),
                    ("position", i(k as i64)),
                ],
                &[],
            )?;
            for (j, tr) in s.tranches.iter().enumerate() {
                self.put(
                    "subgrant_tranches",
                    &[("subgrant_id", t(&sid)), ("position", i(j as i64))],
                    &[
                        ("date", t(&tr.date)),
                        ("amount_minor", minor(&tr.amount, &s.currency)),
                        ("amount_currency", t(&s.currency)),
                    ],
                    &[],
                )?;
            }
            for (j, r) in s.results.iter().enumerate() {
                self.put(
                    "subgrant_results",
                    &[("subgrant_id", t(&sid)), ("result_id", idv(&nodes, &Some(r.clone())))],
                    &[("position", i(j as i64))],
                    &[],
                )?;
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn node(
        &mut self,
        pid: &str,
        parent: Value,
        level: &str,
        r: &str,
        text: &str,
        pos: usize,
        indicators: &[Indicator],
    ) -> Result<String> {
        let nid = self.put(
            "logframe_nodes",
            &[("project_id", t(pid)), ("ref", t(r))],
            &[("parent_id", parent), ("level", t(level)), ("text", t(text)), ("position", i(pos as i64))],
            &[],
        )?;
        for (k, ind) in indicators.iter().enumerate() {
            let iid = self.put(
                "indicators",
                &[("node_id", t(&nid)), ("ref", t(&ind.ref_))],
                &[
                    ("text", t(&ind.text)),
                    ("unit", t(&ind.unit)),
                    ("aggregation", t(&ind.aggregation)),
                    ("baseline_value", ind.baseline.as_ref().map_or(Value::Null, |b| t(&b.value))),
                    ("baseline_date", ind.baseline.as_ref().map_or(Value::Null, |b| ot(&b.date))),
                    ("position", i(k as i64)),
                ],
                &[],
            )?;
            for (j, tg) in ind.targets.iter().enumerate() {
                self.put(
                    "indicator_targets",
                    &[("indicator_id", t(&iid)), ("position", i(j as i64))],
                    &[("period_end", t(&tg.period_end)), ("value", t(&tg.value))],
                    &[],
                )?;
            }
            for (j, m) in ind.measurements.iter().enumerate() {
                let dis =
                    m.disaggregation.as_ref().map_or(Value::Null, |d| t(&serde_json::to_string(d).unwrap_or_default()));
                self.put(
                    "measurements",
                    &[("indicator_id", t(&iid)), ("position", i(j as i64))],
                    &[("date", t(&m.date)), ("value", t(&m.value)), ("source", ot(&m.source)), ("disaggregation", dis)],
                    &[],
                )?;
            }
        }
        Ok(nid)
    }
}
