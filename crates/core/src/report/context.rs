//! What a donor report's pages show beside its figures (`reports.md`): who reports on what —
//! the organisation, the project with its partners, grants and logframe — the activities done
//! in the window with their dates, places and participants (women / men / total, small cells
//! suppressed), and what the expenditure annex says of each expense (date, payee,
//! description, budget line). No person's name, code or contact is read.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::projects::{project_overview, ProjectOverview};
use crate::suppress::{Cell, Grid};
use crate::{Db, Result};

/// A grant as the report states its money rules.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GrantRule {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub donor: String,
    pub contract_no: Option<String>,
    /// The grant's own currency (its amount's).
    pub currency: String,
    pub exchange_rule: String,
    pub contract_rate: Option<String>,
    pub indirect_rate: Option<String>,
}

/// An activity done in the window.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoneActivity {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub title: String,
    pub kind: String,
    pub start: Option<String>,
    pub end: Option<String>,
    /// The municipality in the report's script, and the venue.
    pub place: Option<String>,
    /// Registered persons who attended and anonymous head-counts, by gender.
    pub women: Cell,
    pub men: Cell,
    pub total: u32,
}

/// What the annex shows of an expense beside its conversion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Expense {
    pub date: Option<String>,
    pub payee: Option<String>,
    pub description: Option<String>,
    pub line: Option<String>,
}

/// The pages' context of one project's report.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    pub overview: ProjectOverview,
    /// The organisation that reports: the database's owner, else the project's lead.
    pub organisation: String,
    pub grants: Vec<GrantRule>,
    pub done: Vec<DoneActivity>,
    /// By transaction ref.
    pub expenses: BTreeMap<String, Expense>,
    /// By indicator ref: the baseline's date, and the dimensions its measurements are
    /// disaggregated by (`gender`, `age_band`).
    pub baseline_dates: BTreeMap<String, String>,
    pub disaggregations: BTreeMap<String, Vec<String>>,
    /// Outside this band of its target an indicator asks for a deviation note (the ITT).
    pub deviation_band: crate::settings::DeviationBand,
    /// The deviation notes written for a period ending on the window's last day, by indicator.
    pub deviation_notes: BTreeMap<String, String>,
    /// The organisation's logo (PNG or JPEG bytes) for the cover, when it has one here.
    pub logo: Option<Vec<u8>>,
}

/// The context of the report of project `project_id` for `[from, to]`, places named in `lang`.
pub fn context(db: &Db, project_id: &str, from: NaiveDate, to: NaiveDate, lang: &str) -> Result<Context> {
    let today = to;
    let overview = project_overview(db, project_id, today)?;
    let c = db.conn();
    let owner: Option<String> = c
        .prepare("SELECT name FROM live_organisations WHERE is_self = 1 ORDER BY position LIMIT 1")?
        .query_map([], |r| r.get(0))?
        .next()
        .transpose()?;
    let organisation = owner.unwrap_or_else(|| overview.lead.clone());
    let grants = c
        .prepare(
            "SELECT g.ref, coalesce(o.name, ''), g.contract_no, g.amount_currency, g.exchange_rule, g.contract_rate,
                    g.indirect_rate
             FROM live_grants g LEFT JOIN live_organisations o ON o.id = g.donor_org_id
             WHERE g.project_id = ?1 ORDER BY g.position, g.ref",
        )?
        .query_map([project_id], |r| {
            Ok(GrantRule {
                ref_: r.get(0)?,
                donor: r.get(1)?,
                contract_no: r.get(2)?,
                currency: r.get(3)?,
                exchange_rule: r.get(4)?,
                contract_rate: r.get(5)?,
                indirect_rate: r.get(6)?,
            })
        })?
        .collect::<std::result::Result<_, _>>()?;
    let done = done_activities(db, project_id, from, to, lang)?;
    let mut expenses = BTreeMap::new();
    let mut stmt = c.prepare(
        "SELECT t.ref, coalesce(t.invoice_date, t.payment_date, t.booking_date), t.payee, t.description, l.ref
         FROM live_transactions t LEFT JOIN live_budget_lines l ON l.id = t.budget_line_id
         WHERE t.project_id = ?1 AND t.kind = 'expense'",
    )?;
    let mut rows = stmt.query([project_id])?;
    while let Some(r) = rows.next()? {
        let e = Expense { date: r.get(1)?, payee: r.get(2)?, description: r.get(3)?, line: r.get(4)? };
        expenses.insert(r.get::<_, String>(0)?, e);
    }
    let (baseline_dates, disaggregations) = indicator_notes(db, project_id)?;
    let deviation_band = crate::settings::deviation_band(db)?;
    let deviation_notes = crate::logframe::deviation::notes_for(db, project_id, to)?;
    let logo = crate::organisations::profile::logo_bytes(db)?;
    Ok(Context {
        overview,
        organisation,
        grants,
        done,
        expenses,
        baseline_dates,
        disaggregations,
        deviation_band,
        deviation_notes,
        logo,
    })
}

/// Each indicator's disaggregation dimensions, by ref.
pub type Dimensions = BTreeMap<String, Vec<String>>;

/// Each indicator's baseline date, and the dimensions its measurements are disaggregated by,
/// by indicator ref (the reports' tables and the IATI export).
pub fn indicator_notes(db: &Db, project_id: &str) -> Result<(BTreeMap<String, String>, Dimensions)> {
    let c = db.conn();
    let mut baseline_dates = BTreeMap::new();
    let mut disaggregations: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut stmt = c.prepare(
        "SELECT i.ref, i.baseline_date, (SELECT group_concat(m.disaggregation, char(10)) FROM live_measurements m
                                         WHERE m.indicator_id = i.id AND m.disaggregation IS NOT NULL)
         FROM live_indicators i JOIN live_logframe_nodes n ON n.id = i.node_id WHERE n.project_id = ?1",
    )?;
    let mut rows = stmt.query([project_id])?;
    while let Some(r) = rows.next()? {
        let ind: String = r.get(0)?;
        if let Some(d) = r.get::<_, Option<String>>(1)? {
            baseline_dates.insert(ind.clone(), d);
        }
        let mut dims: Vec<String> = Vec::new();
        for json in r.get::<_, Option<String>>(2)?.unwrap_or_default().lines() {
            if let Ok(serde_json::Value::Object(m)) = serde_json::from_str::<serde_json::Value>(json) {
                dims.extend(m.keys().filter(|k| !dims.contains(k)).cloned().collect::<Vec<_>>());
            }
        }
        if !dims.is_empty() {
            dims.sort();
            disaggregations.insert(ind, dims);
        }
    }
    Ok((baseline_dates, disaggregations))
}

fn done_activities(db: &Db, project_id: &str, from: NaiveDate, to: NaiveDate, lang: &str) -> Result<Vec<DoneActivity>> {
    let c = db.conn();
    let mut by_gender = c.prepare_cached(
        "SELECT coalesce(b.gender, 'undisclosed'), count(DISTINCT b.id) FROM live_attendance r
         JOIN live_beneficiaries b ON b.id = r.beneficiary_id
         WHERE r.activity_id = ?1 AND b.kind = 'person' GROUP BY 1",
    )?;
    let mut heads =
        c.prepare_cached("SELECT gender, sum(count) FROM live_headcounts WHERE activity_id = ?1 GROUP BY 1")?;
    let mut stmt = c.prepare(
        "SELECT id, ref, title, type, actual_start, actual_end, country, municipality, venue FROM live_activities
         WHERE project_id = ?1 AND status = 'done' AND actual_start BETWEEN ?2 AND ?3
         ORDER BY actual_start, position, ref",
    )?;
    let mut rows = stmt.query(rusqlite::params![project_id, from.to_string(), to.to_string()])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let mut counts: BTreeMap<String, u32> = BTreeMap::new();
        for row in by_gender.query_map([&id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))? {
            let (g, n) = row?;
            *counts.entry(g).or_default() += n;
        }
        for row in heads.query_map([&id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))? {
            let (g, n) = row?;
            *counts.entry(g).or_default() += n;
        }
        let count = |k: &str| counts.get(k).copied().unwrap_or(0);
        let total: u32 = counts.values().sum();
        let (women, men) = (count("female"), count("male"));
        // women and men add up to the total (shown) only when nobody is of another gender
        let mut grid = Grid::default();
        let t = grid.fixed(total);
        let (w, m) = (grid.cell(women), grid.cell(men));
        if women + men == total {
            grid.sum(t, vec![w, m]);
        }
        let published = grid.publish();
        let country: Option<String> = r.get(6)?;
        let municipality: Option<String> = r.get(7)?;
        let venue: Option<String> = r.get(8)?;
        let town = municipality.map(|m| crate::places::name_in(country.as_deref().unwrap_or(""), &m, lang));
        let place = match (town, venue) {
            (Some(t), Some(v)) => Some(format!("{t}, {v}")),
            (t, v) => t.or(v),
        };
        out.push(DoneActivity {
            ref_: r.get(1)?,
            title: r.get(2)?,
            kind: r.get(3)?,
            start: r.get(4)?,
            end: r.get(5)?,
            place,
            women: published[w],
            men: published[m],
            total,
        });
    }
    Ok(out)
}
