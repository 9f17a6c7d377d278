//! Projects: the list, the overview screen, the dashboard, and how a project and its partners
//! are stored (`tables.rs`).
// Row tuples below mirror their SELECT lists column for column.
#![allow(clippy::type_complexity)]

pub mod edit;
pub mod tables;

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::activities::ActivityRow;
use crate::finance::GrantRow;
use crate::logframe::LogframeNode;
use crate::money::Money;
use crate::organisations::org_info;
use crate::search::fold;
use crate::{Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ProjectSummary {
    pub id: String,
    pub code: String,
    pub title: String,
    pub status: String,
    pub start: String,
    pub end: String,
    pub currency: String,
    pub countries: Vec<String>,
    /// Sum of budget lines (quantity × unit cost), decimal string in the project currency.
    pub budget_total: String,
    /// Unique people reached (the reach rule, `activities::figures`: attended a held
    /// activity or received a service), counted by identity.
    pub beneficiaries: i32,
    pub activities: i32,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PartnerRow {
    pub organisation_id: String,
    pub name: String,
    pub role: String,
    pub country: Option<String>,
}

/// A work package with how many activities belong to it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct WorkPackageRow {
    pub id: String,
    pub code: String,
    pub title: String,
    pub activities: i32,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ProjectOverview {
    pub project: ProjectSummary,
    pub summary: Option<String>,
    pub lead: String,
    /// The lead organisation's id (what the edit form sends back).
    pub lead_org_id: Option<String>,
    pub partners: Vec<PartnerRow>,
    /// The municipalities it works in (from the shipped lists; a key the lists do not know
    /// is shown as its own name).
    pub municipalities: Vec<crate::places::Municipality>,
    pub grants: Vec<GrantRow>,
    pub work_packages: Vec<WorkPackageRow>,
    pub logframe: Vec<LogframeNode>,
    pub activities: Vec<ActivityRow>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Deadline {
    pub project_id: String,
    pub project_code: String,
    pub kind: String,
    pub due: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Dashboard {
    pub org_name: String,
    /// Every project, whatever its status (none: the dashboard guides to the first one).
    pub projects_total: i32,
    pub projects_active: i32,
    pub beneficiaries: i32,
    pub activities_done: i32,
    pub activities_planned: i32,
    pub deadlines: Vec<Deadline>,
    /// Indicators behind their straight-line pace today, the furthest behind first (at most 10).
    pub behind: Vec<crate::logframe::BehindIndicator>,
    pub behind_total: i32,
    /// Activities planned to start this week (today and the six days after it).
    pub this_week: Vec<ActivityDue>,
    /// Planned or ongoing activities whose planned end (else start) is past.
    pub overdue: Vec<ActivityDue>,
    /// The strategic plan's title and progress (none without a plan).
    pub plan: Option<PlanProgress>,
}

/// The strategic plan on the dashboard.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PlanProgress {
    pub title: String,
    pub progress: Option<f64>,
}

/// An activity on the dashboard: what it is and where it belongs.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ActivityDue {
    pub project_id: String,
    pub project_code: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub title: String,
    pub status: String,
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
}

/// The id of the live project with this code.
pub fn project_id(db: &Db, code: &str) -> Result<String> {
    db.conn()
        .query_row("SELECT id FROM live_projects WHERE code = ?1 ORDER BY id LIMIT 1", [code], |r| r.get(0))
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::ProjectNotFound { code: code.to_string() },
            e => e.into(),
        })
}

/// The code of the project `id` (what a report and the command line name it by).
pub fn project_code(db: &Db, id: &str) -> Result<String> {
    db.conn()
        .query_row("SELECT code FROM live_projects WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| Error::NotFound { what: "project", id: id.to_string() })
}

fn summary(db: &Db, id: &str) -> Result<ProjectSummary> {
    let c = db.conn();
    let mut p = c.query_row(
        "SELECT id, code, title, status, start_date, end_date, currency, countries,
           (SELECT count(*) FROM live_activities a WHERE a.project_id = p.id)
         FROM live_projects p WHERE p.id = ?1",
        [id],
        |r| {
            Ok(ProjectSummary {
                id: r.get(0)?,
                code: r.get(1)?,
                title: r.get(2)?,
                status: r.get(3)?,
                start: r.get(4)?,
                end: r.get(5)?,
                currency: r.get(6)?,
                countries: serde_json::from_str(&r.get::<_, String>(7)?).unwrap_or_default(),
                activities: r.get(8)?,
                beneficiaries: 0,
                budget_total: String::new(),
            })
        },
    )?;
    // the reach rule's unique people, from the start to the end of time
    let end = chrono::NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date");
    let start = crate::report::parse_date(&p.start)?;
    p.beneficiaries = crate::activities::figures::reach(db, id, start, end, "en")?.cumulative.unique_persons as i32;
    let mut stmt = c.prepare_cached(
        "SELECT quantity, unit_cost_minor, unit_cost_currency FROM live_budget_lines WHERE project_id = ?1",
    )?;
    let mut total = Money::new(0, &p.currency)?;
    for row in stmt.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?)))? {
        let (q, minor, cur) = row?;
        let q = Decimal::from_str(&q).unwrap_or_default();
        total.minor += Money::new(minor, &cur)?.mul(q).minor;
    }
    p.budget_total = total.to_string();
    Ok(p)
}

pub fn list_projects(db: &Db, search: Option<&str>) -> Result<Vec<ProjectSummary>> {
    let ids: Vec<(String, String, String)> = db
        .conn()
        .prepare("SELECT id, code, title FROM live_projects ORDER BY start_date DESC, code")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let needle = search.map(fold);
    ids.into_iter()
        .filter(|(_, code, title)| {
            needle.as_ref().is_none_or(|n| fold(&format!("{code} {title}")).contains(n.as_str()))
        })
        .map(|(id, _, _)| summary(db, &id))
        .collect()
}

/// A project as its overview screen shows it; indicator figures from its start up to `today`.
pub fn project_overview(db: &Db, id: &str, today: chrono::NaiveDate) -> Result<ProjectOverview> {
    let c = db.conn();
    let exists: i64 = c.query_row("SELECT count(*) FROM live_projects WHERE id = ?1", [id], |r| r.get(0))?;
    if exists == 0 {
        return Err(Error::NotFound { what: "project", id: id.to_string() });
    }
    let project = summary(db, id)?;
    let (summary_text, lead, lead_org_id): (Option<String>, Option<String>, Option<String>) = c.query_row(
        "SELECT p.summary, o.name, o.id FROM live_projects p LEFT JOIN live_organisations o ON o.id = p.lead_org_id
         WHERE p.id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let partners = c.prepare("SELECT o.id, o.name, pp.role, o.country FROM live_project_partners pp JOIN live_organisations o ON o.id = pp.organisation_id
        WHERE pp.project_id = ?1 ORDER BY pp.position")?
        .query_map([id], |r| Ok(PartnerRow { organisation_id: r.get(0)?, name: r.get(1)?, role: r.get(2)?, country: r.get(3)? }))?
        .collect::<Result<_, _>>()?;
    let mut municipalities: Vec<crate::places::Municipality> = c
        .prepare("SELECT country, municipality FROM live_project_municipalities WHERE project_id = ?1 ORDER BY country, municipality")?
        .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .map(|row| {
            let (country, key) = row?;
            Ok(crate::places::by_key(&country, &key).cloned().unwrap_or_else(|| crate::places::Municipality::unlisted(&country, &key)))
        })
        .collect::<Result<_>>()?;
    municipalities.sort_by_cached_key(|m| (m.country, fold(&m.name_latn)));
    let grants = crate::finance::grants_of_project(c, id)?;
    let work_packages = c
        .prepare(
            "SELECT w.id, coalesce(w.code, ''), w.title,
               (SELECT count(*) FROM live_activities a WHERE a.work_package_id = w.id)
             FROM live_work_packages w WHERE w.project_id = ?1 ORDER BY w.position, w.code",
        )?
        .query_map([id], |r| {
            Ok(WorkPackageRow { id: r.get(0)?, code: r.get(1)?, title: r.get(2)?, activities: r.get(3)? })
        })?
        .collect::<Result<_, _>>()?;
    let start = chrono::NaiveDate::parse_from_str(&project.start, "%Y-%m-%d").unwrap_or(today);
    let logframe = crate::logframe::overview(c, id, start, today)?;
    let activities = crate::activities::of_project(c, id)?;
    Ok(ProjectOverview {
        project,
        summary: summary_text,
        lead: lead.unwrap_or_default(),
        lead_org_id,
        partners,
        municipalities,
        grants,
        work_packages,
        logframe,
        activities,
    })
}

pub fn project_overview_by_code(db: &Db, code: &str, today: chrono::NaiveDate) -> Result<ProjectOverview> {
    project_overview(db, &project_id(db, code)?, today)
}

/// The dashboard on `today`: figures, report deadlines, indicators behind schedule, this week's
/// and overdue activities.
pub fn dashboard(db: &Db, today: chrono::NaiveDate) -> Result<Dashboard> {
    let org = org_info(db)?;
    let c = db.conn();
    let count = |sql: &str| -> Result<i32> { Ok(c.query_row(sql, [], |r| r.get(0))?) };
    let deadlines = c
        .prepare(
            "SELECT p.id, p.code, r.kind, r.due FROM live_grant_reports r JOIN live_grants g ON g.id = r.grant_id
        JOIN live_projects p ON p.id = g.project_id WHERE p.status != 'closed'
        ORDER BY r.due LIMIT 8",
        )?
        .query_map([], |r| {
            Ok(Deadline { project_id: r.get(0)?, project_code: r.get(1)?, kind: r.get(2)?, due: r.get(3)? })
        })?
        .collect::<Result<_, _>>()?;
    let activities = |filter: &str, from: String, to: String| -> Result<Vec<ActivityDue>> {
        let sql = format!(
            "SELECT p.id, p.code, a.ref, a.title, a.status, a.planned_start, a.planned_end FROM live_activities a
             JOIN live_projects p ON p.id = a.project_id
             WHERE p.status != 'closed' AND a.status IN ('planned', 'ongoing') AND {filter}
             ORDER BY a.planned_start, p.code, a.position LIMIT 10"
        );
        Ok(c.prepare_cached(&sql)?
            .query_map([from, to], |r| {
                Ok(ActivityDue {
                    project_id: r.get(0)?,
                    project_code: r.get(1)?,
                    ref_: r.get(2)?,
                    title: r.get(3)?,
                    status: r.get(4)?,
                    planned_start: r.get(5)?,
                    planned_end: r.get(6)?,
                })
            })?
            .collect::<Result<_, _>>()?)
    };
    let week_end = today + chrono::Duration::days(6);
    let this_week = activities("a.planned_start BETWEEN ?1 AND ?2", today.to_string(), week_end.to_string())?;
    let overdue =
        activities("coalesce(a.planned_end, a.planned_start) < ?1 AND ?2 = ?2", today.to_string(), String::new())?;
    let behind = crate::logframe::behind_schedule(db, today)?;
    Ok(Dashboard {
        org_name: org.org_name,
        projects_total: count("SELECT count(*) FROM live_projects")?,
        projects_active: count("SELECT count(*) FROM live_projects WHERE status = 'active'")?,
        beneficiaries: crate::activities::figures::reached_by_all(db)?,
        activities_done: count("SELECT count(*) FROM live_activities WHERE status = 'done'")?,
        activities_planned: count("SELECT count(*) FROM live_activities WHERE status IN ('planned', 'ongoing')")?,
        deadlines,
        behind_total: behind.len() as i32,
        behind: behind.into_iter().take(10).collect(),
        this_week,
        overdue,
        plan: crate::plan::plan_overview(db, today)?.map(|p| PlanProgress { title: p.title, progress: p.progress }),
    })
}
