//! Export of one project as a package: the inverse of import. Lists come out in their
//! imported order, amounts with exactly their currency's decimals, so that export → import
//! into an empty database → export gives the same document.
// Row tuples below mirror their SELECT lists column for column.
#![allow(clippy::type_complexity)]

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::{Connection, Row};

use super::types::*;
use crate::money::Money;
use crate::{Db, Error, Result};

fn money(minor: Option<i64>, currency: &str) -> Option<String> {
    minor.and_then(|m| Money::new(m, currency).ok()).map(|m| m.to_string())
}

fn strings(json: Option<String>) -> Vec<String> {
    json.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default()
}

/// Rows of `sql` (one `?1` parameter) mapped by `f`.
fn rows<T>(c: &Connection, sql: &str, p: &str, f: impl FnMut(&Row<'_>) -> rusqlite::Result<T>) -> Result<Vec<T>> {
    let mut stmt = c.prepare_cached(sql)?;
    let out = stmt.query_map([p], f)?.collect::<Result<Vec<_>, _>>()?;
    Ok(out)
}

/// Export project `code` with everything it references.
pub fn export_project(db: &Db, code: &str) -> Result<Package> {
    let c = db.conn();
    let (pid, project_row): (
        String,
        (String, String, String, Option<String>, String, String, String, String, Option<String>, Option<String>),
    ) = c
        .query_row(
            "SELECT id, ref, code, title, summary, start_date, end_date, status, currency, lead_org_id, countries
             FROM live_projects WHERE code = ?1 ORDER BY id LIMIT 1",
            [code],
            |r| {
                Ok((
                    r.get(0)?,
                    (
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                        r.get(8)?,
                        r.get(9)?,
                        r.get(10)?,
                    ),
                ))
            },
        )
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::ProjectNotFound { code: code.to_string() },
            e => e.into(),
        })?;
    let (p_ref, p_code, title, summary, start, end, status, currency, lead_id, countries) = project_row;

    // The project's organisation: the database owner, or the partner whose package brought it.
    let owner: Option<String> =
        c.query_row("SELECT owner_org_id FROM /* all rows */ projects WHERE id = ?1", [&pid], |r| r.get(0))?;
    let org: SelfOrganisation = c
        .query_row(
            "SELECT id, ref, name, short_name, country, base_currency, registration_no, address, iati_org_id
             FROM live_organisations WHERE (CASE WHEN ?1 IS NULL THEN is_self = 1 ELSE id = ?1 END)
             ORDER BY id LIMIT 1",
            [&owner],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    SelfOrganisation {
                        ref_: r.get::<_, Option<String>>(1)?.unwrap_or_else(|| "self".into()),
                        name: r.get(2)?,
                        short_name: r.get(3)?,
                        country: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
                        base_currency: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                        registration_no: r.get(6)?,
                        address: r.get(7)?,
                        iati_org_id: r.get(8)?,
                    },
                ))
            },
        )
        .map(|(_, o)| o)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NotInitialised,
            e => e.into(),
        })?;

    // ref of every organisation id, to turn ids back into refs
    let org_refs: HashMap<String, String> =
        rows(c, "SELECT id, coalesce(ref, id) FROM /* all rows */ organisations WHERE ?1 = ?1", "", |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .into_iter()
        .collect();
    let oref = |id: &Option<String>| id.as_ref().and_then(|i| org_refs.get(i)).cloned();
    let mut used_orgs: BTreeSet<String> = BTreeSet::new();
    let mut use_org = |id: &Option<String>| {
        if let Some(i) = id {
            used_orgs.insert(i.clone());
        }
        oref(id)
    };

    let lead = use_org(&lead_id).unwrap_or_else(|| org.ref_.clone());
    let partners = rows(
        c,
        "SELECT organisation_id, role FROM live_project_partners WHERE project_id = ?1 ORDER BY position, id",
        &pid,
        |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, String>(1)?)),
    )?
    .into_iter()
    .map(|(o, role)| Partner { organisation: use_org(&o).unwrap_or_default(), role })
    .collect();

    // grants
    let grant_rows = rows(c, "SELECT id, ref, donor_org_id, programme, contract_no, amount_minor, amount_currency, start_date, end_date,
        cofinancing_rate, indirect_rate, exchange_rule, contract_rate FROM live_grants WHERE project_id = ?1 ORDER BY position, ref", &pid,
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?, r.get(3)?, r.get(4)?, r.get::<_, Option<i64>>(5)?,
            r.get::<_, String>(6)?, r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?)))?;
    let mut grant_refs: HashMap<String, String> = HashMap::new();
    let mut grants = Vec::new();
    for (gid, gref, donor, programme, contract_no, amount, cur, s, e, cofin, indirect, rule, crate_) in grant_rows {
        let reports = rows(c, "SELECT kind, period_start, period_end, due FROM live_grant_reports WHERE grant_id = ?1 ORDER BY position, id", &gid,
            |r| Ok(GrantReport { kind: r.get(0)?, period_start: r.get(1)?, period_end: r.get(2)?, due: r.get(3)? }))?;
        grant_refs.insert(gid, gref.clone());
        grants.push(Grant {
            ref_: gref,
            donor: use_org(&donor).unwrap_or_default(),
            programme,
            contract_no,
            amount: money(amount, &cur).unwrap_or_default(),
            currency: cur,
            start: s,
            end: e,
            cofinancing_rate: cofin,
            indirect_rate: indirect,
            exchange_rule: rule,
            contract_rate: crate_,
            reports,
        });
    }
    let gref = |id: &Option<String>| id.as_ref().and_then(|i| grant_refs.get(i)).cloned();

    // logframe
    let nodes = rows(
        c,
        "SELECT id, parent_id, level, ref, text FROM live_logframe_nodes WHERE project_id = ?1 ORDER BY position, ref",
        &pid,
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        },
    )?;
    let node_refs: HashMap<String, String> = nodes.iter().map(|n| (n.0.clone(), n.3.clone())).collect();
    let nref = |id: &Option<String>| id.as_ref().and_then(|i| node_refs.get(i)).cloned();
    let logframe = if nodes.is_empty() {
        None
    } else {
        let mut goal = None;
        let mut objectives = Vec::new();
        for (id, _, level, r, text) in nodes.iter().filter(|n| n.2 != "result") {
            let inds = indicators(c, id)?;
            if level == "goal" {
                goal = Some(LogframeGoal { ref_: r.clone(), text: text.clone(), indicators: inds });
            } else {
                let mut results = Vec::new();
                for (rid, _, _, rr, rt) in nodes.iter().filter(|n| n.2 == "result" && n.1.as_deref() == Some(id)) {
                    results.push(LogframeResult {
                        ref_: rr.clone(),
                        text: rt.clone(),
                        indicators: indicators(c, rid)?,
                    });
                }
                objectives.push(Objective { ref_: r.clone(), text: text.clone(), indicators: inds, results });
            }
        }
        let assumptions = rows(
            c,
            "SELECT node_id, text FROM live_assumptions WHERE project_id = ?1 ORDER BY position, id",
            &pid,
            |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, String>(1)?)),
        )?
        .into_iter()
        .map(|(n, text)| Assumption { level: nref(&n).unwrap_or_default(), text })
        .collect();
        Some(Logframe { goal, objectives, assumptions })
    };

    // budget
    let line_rows = rows(
        c,
        "SELECT id, ref, heading, description, unit, quantity, unit_cost_minor, unit_cost_currency FROM live_budget_lines
        WHERE project_id = ?1 ORDER BY position, ref",
        &pid,
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get::<_, Option<i64>>(6)?,
                r.get::<_, String>(7)?,
            ))
        },
    )?;
    let mut line_refs: HashMap<String, String> = HashMap::new();
    let mut lines = Vec::new();
    for (lid, lref, heading, description, unit, quantity, cost, cur) in line_rows {
        let funding = rows(
            c,
            "SELECT grant_id, share FROM live_budget_line_funding WHERE budget_line_id = ?1 ORDER BY position, id",
            &lid,
            |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, String>(1)?)),
        )?
        .into_iter()
        .map(|(g, share)| Funding { grant: gref(&g), share })
        .collect();
        line_refs.insert(lid, lref.clone());
        lines.push(BudgetLine {
            ref_: lref,
            heading,
            description,
            unit,
            quantity,
            unit_cost: money(cost, &cur).unwrap_or_default(),
            funding,
        });
    }
    let lref = |id: &Option<String>| id.as_ref().and_then(|i| line_refs.get(i)).cloned();
    let budget = if lines.is_empty() { None } else { Some(Budget { lines }) };

    // people referenced by the project, plus those that came with it
    let mut used_people: BTreeSet<String> = BTreeSet::new();
    let people_refs: HashMap<String, String> =
        rows(c, "SELECT id, ref FROM /* all rows */ beneficiaries WHERE ?1 = ?1", "", |r| Ok((r.get(0)?, r.get(1)?)))?
            .into_iter()
            .collect();

    let act_rows = rows(
        c,
        "SELECT id, ref, result_id, type, title, description, planned_start, planned_end, actual_start, actual_end,
        status, country, municipality, venue FROM live_activities WHERE project_id = ?1 ORDER BY position, ref",
        &pid,
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
                r.get(10)?,
                r.get(11)?,
                r.get(12)?,
                r.get(13)?,
            ))
        },
    )?;
    let mut act_refs: HashMap<String, String> = HashMap::new();
    let mut activities = Vec::new();
    for (aid, aref, result, type_, title, description, ps, pe, xs, xe, status, country, municipality, venue) in act_rows
    {
        let attendance: Vec<String> = rows(
            c,
            "SELECT beneficiary_id FROM live_attendance WHERE activity_id = ?1 ORDER BY position, id",
            &aid,
            |r| r.get::<_, String>(0),
        )?
        .into_iter()
        .filter_map(|b| {
            let r = people_refs.get(&b).cloned();
            used_people.insert(b);
            r
        })
        .collect();
        let headcount = rows(
            c,
            "SELECT gender, age_band, count FROM live_headcounts WHERE activity_id = ?1 ORDER BY position, id",
            &aid,
            |r| Ok(Headcount { gender: r.get(0)?, age_band: r.get(1)?, count: r.get(2)? }),
        )?;
        let budget_lines = rows(
            c,
            "SELECT budget_line_id FROM live_activity_budget_lines WHERE activity_id = ?1 ORDER BY position, id",
            &aid,
            |r| r.get::<_, Option<String>>(0),
        )?
        .iter()
        .filter_map(&lref)
        .collect();
        act_refs.insert(aid, aref.clone());
        activities.push(Activity {
            ref_: aref,
            result: nref(&result),
            type_,
            title,
            description,
            planned_start: ps,
            planned_end: pe,
            actual_start: xs,
            actual_end: xe,
            status,
            country,
            municipality,
            venue,
            attendance,
            headcount,
            budget_lines,
        });
    }
    let services = rows(
        c,
        "SELECT beneficiary_id, date, kind, activity_id, quantity, value_minor, value_currency FROM live_services
        WHERE project_id = ?1 ORDER BY position, id",
        &pid,
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get(4)?,
                r.get::<_, Option<i64>>(5)?,
                r.get::<_, Option<String>>(6)?,
            ))
        },
    )?
    .into_iter()
    .map(|(b, date, kind, act, quantity, vm, vc)| {
        let beneficiary = people_refs.get(&b).cloned().unwrap_or_default();
        used_people.insert(b);
        Service {
            beneficiary,
            date,
            kind,
            activity: act.as_ref().and_then(|a| act_refs.get(a)).cloned(),
            quantity,
            value: vc.and_then(|cur| money(vm, &cur)),
        }
    })
    .collect();

    let tx_rows = rows(c, "SELECT id, ref, kind, invoice_date, booking_date, payment_date, amount_minor, amount_currency, rate, budget_line_id,
        partner_org_id, payee, document_no, method, description FROM live_transactions WHERE project_id = ?1 ORDER BY position, ref", &pid,
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get::<_, Option<i64>>(6)?, r.get::<_, String>(7)?,
            r.get(8)?, r.get::<_, Option<String>>(9)?, r.get::<_, Option<String>>(10)?, r.get(11)?, r.get(12)?, r.get(13)?, r.get(14)?)))?;
    let mut transactions = Vec::new();
    for (tid, tref, kind, inv, book, pay, amount, cur, rate, line, partner, payee, document_no, method, description) in
        tx_rows
    {
        let grants = rows(
            c,
            "SELECT grant_id, share FROM live_transaction_grants WHERE transaction_id = ?1 ORDER BY position, id",
            &tid,
            |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, String>(1)?)),
        )?
        .into_iter()
        .map(|(g, share)| TransactionGrant { grant: gref(&g).unwrap_or_default(), share })
        .collect();
        transactions.push(Transaction {
            ref_: tref,
            kind,
            invoice_date: inv,
            booking_date: book,
            payment_date: pay,
            amount: money(amount, &cur).unwrap_or_default(),
            currency: cur,
            rate,
            budget_line: lref(&line),
            grants,
            partner: use_org(&partner),
            payee,
            document_no,
            method,
            description,
        });
    }
    let sg_rows = rows(
        c,
        "SELECT id, ref, grantee_org_id, grant_id, amount_minor, amount_currency, start_date, end_date FROM live_subgrants
        WHERE project_id = ?1 ORDER BY position, ref",
        &pid,
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<i64>>(4)?,
                r.get::<_, String>(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        },
    )?;
    let mut subgrants = Vec::new();
    for (sid, sref, grantee, grant, amount, cur, s, e) in sg_rows {
        let tranches = rows(c, "SELECT date, amount_minor, amount_currency FROM live_subgrant_tranches WHERE subgrant_id = ?1 ORDER BY position, id", &sid,
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?, r.get::<_, String>(2)?)))?
            .into_iter().map(|(date, m, cu)| Tranche { date, amount: money(m, &cu).unwrap_or_default() }).collect();
        let results = rows(
            c,
            "SELECT result_id FROM live_subgrant_results WHERE subgrant_id = ?1 ORDER BY position, id",
            &sid,
            |r| r.get::<_, Option<String>>(0),
        )?
        .iter()
        .filter_map(&nref)
        .collect();
        subgrants.push(Subgrant {
            ref_: sref,
            grantee: use_org(&grantee).unwrap_or_default(),
            grant: gref(&grant),
            amount: money(amount, &cur).unwrap_or_default(),
            currency: cur,
            start: s,
            end: e,
            tranches,
            results,
        });
    }

    // beneficiaries and households
    let all_people = rows(c, "SELECT id, ref, kind, code, first_name, last_name, gender, birth_year, country, municipality, settlement,
        household_id, ethnicity, disability, organisation_id, home_project_id FROM live_beneficiaries WHERE ?1 = ?1 ORDER BY position, code", "",
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(15)?, Beneficiary {
            ref_: r.get(1)?, kind: r.get(2)?, code: r.get(3)?, first_name: r.get(4)?, last_name: r.get(5)?, gender: r.get(6)?,
            birth_year: r.get(7)?, country: r.get(8)?, municipality: r.get(9)?, settlement: r.get(10)?,
            household: r.get(11)?, ethnicity: r.get(12)?, disability: r.get::<_, Option<i64>>(13)?.map(|d| d != 0),
            organisation: r.get(14)?, consent: None })))?;
    let household_rows = rows(c, "SELECT id, ref, code, size, municipality, home_project_id FROM live_households WHERE ?1 = ?1 ORDER BY position, code", "",
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(5)?, Household { ref_: r.get(1)?, code: r.get(2)?, size: r.get(3)?, municipality: r.get(4)? })))?;
    let household_refs: HashMap<&str, &str> =
        household_rows.iter().map(|(id, _, h)| (id.as_str(), h.ref_.as_str())).collect();
    let mut used_households = BTreeSet::new();
    let mut beneficiaries = Vec::new();
    for (id, home, mut b) in all_people {
        if !(used_people.contains(&id) || home.as_deref() == Some(pid.as_str())) {
            continue;
        }
        if let Some(h) = b.household.take() {
            used_households.insert(h.clone());
            b.household = household_refs.get(h.as_str()).map(|s| s.to_string());
        }
        b.organisation = use_org(&b.organisation.take());
        b.consent = c
            .prepare_cached(
                "SELECT date, purposes, withdrawn FROM live_consents WHERE beneficiary_id = ?1 ORDER BY id LIMIT 1",
            )?
            .query_map([&id], |r| Ok(Consent { date: r.get(0)?, purposes: strings(r.get(1)?), withdrawn: r.get(2)? }))?
            .next()
            .transpose()?;
        beneficiaries.push(b);
    }
    let households = household_rows
        .into_iter()
        .filter(|(id, home, _)| used_households.contains(id) || home.as_deref() == Some(pid.as_str()))
        .map(|(_, _, h)| h)
        .collect();

    let organisations = rows(c, "SELECT id, ref, name, country, kind, home_project_id FROM live_organisations WHERE is_self = 0 AND ?1 = ?1 ORDER BY position, ref", "",
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(5)?, Organisation { ref_: r.get::<_, Option<String>>(1)?.unwrap_or_default(), name: r.get(2)?, country: r.get(3)?, kind: r.get(4)? })))?
        .into_iter().filter(|(id, home, _)| owner.as_ref() != Some(id) && (used_orgs.contains(id) || home.as_deref() == Some(pid.as_str())))
        .map(|(_, _, o)| o).collect();
    let exchange_rates = rows(
        c,
        "SELECT date, from_currency, to_currency, rate, source FROM live_exchange_rates
        WHERE (home_project_id = ?1 OR home_project_id IS NULL) ORDER BY position, date, from_currency, to_currency",
        &pid,
        |r| Ok(ExchangeRate { date: r.get(0)?, from: r.get(1)?, to: r.get(2)?, rate: r.get(3)?, source: r.get(4)? }),
    )?;

    let project = Project {
        ref_: p_ref,
        code: p_code,
        title,
        summary,
        start,
        end,
        status,
        currency,
        lead,
        partners,
        countries: strings(countries),
        grants,
        logframe,
        budget,
        activities,
        services,
        transactions,
        subgrants,
    };
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

fn indicators(c: &Connection, node_id: &str) -> Result<Vec<Indicator>> {
    let list = rows(c, "SELECT id, ref, text, unit, aggregation, baseline_value, baseline_date FROM live_indicators WHERE node_id = ?1 ORDER BY position, ref", node_id,
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get::<_, Option<String>>(5)?, r.get::<_, Option<String>>(6)?)))?;
    let mut out = Vec::new();
    for (id, r, text, unit, aggregation, bv, bd) in list {
        let targets = rows(
            c,
            "SELECT period_end, value FROM live_indicator_targets WHERE indicator_id = ?1 ORDER BY position, id",
            &id,
            |r| Ok(Target { period_end: r.get(0)?, value: r.get(1)? }),
        )?;
        let measurements = rows(c, "SELECT date, value, source, disaggregation FROM live_measurements WHERE indicator_id = ?1 ORDER BY position, id", &id,
            |r| Ok(Measurement { date: r.get(0)?, value: r.get(1)?, source: r.get(2)?,
                disaggregation: r.get::<_, Option<String>>(3)?.and_then(|d| serde_json::from_str::<BTreeMap<String, String>>(&d).ok()) }))?;
        out.push(Indicator {
            ref_: r,
            text,
            unit,
            aggregation,
            baseline: bv.map(|value| Baseline { value, date: bd }),
            targets,
            measurements,
        });
    }
    Ok(out)
}
