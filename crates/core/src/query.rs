//! The read side: what lists and screens show (projects, overview, dashboard, people,
//! activities, transactions). Plain data, formatted by whoever shows it.
// Row tuples below mirror their SELECT lists column for column.
#![allow(clippy::type_complexity)]

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::money::Money;
use crate::search::fold;
use crate::{Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// The database owner, as the app's frame shows it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct OrgInfo {
    pub org_name: String,
    pub org_short_name: Option<String>,
    pub country: String,
    pub base_currency: String,
}

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
    /// Unique people reached (attendance and services), counted by identity.
    pub beneficiaries: i32,
    pub activities: i32,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct GrantRow {
    pub donor: String,
    pub programme: Option<String>,
    pub contract_no: Option<String>,
    pub amount: String,
    pub currency: String,
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PartnerRow {
    pub name: String,
    pub role: String,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct IndicatorRow {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    pub unit: String,
    pub baseline: Option<String>,
    pub target: Option<String>,
    pub actual: Option<String>,
    /// actual / target, when both are numbers.
    pub progress: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct LogframeNode {
    pub level: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    pub indicators: Vec<IndicatorRow>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ActivityRow {
    pub title: String,
    pub kind: String,
    pub status: String,
    pub planned_start: Option<String>,
    pub municipality: Option<String>,
    pub participants: i32,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ProjectOverview {
    pub project: ProjectSummary,
    pub summary: Option<String>,
    pub lead: String,
    pub partners: Vec<PartnerRow>,
    pub grants: Vec<GrantRow>,
    pub logframe: Vec<LogframeNode>,
    pub activities: Vec<ActivityRow>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Deadline {
    pub project_code: String,
    pub kind: String,
    pub due: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Dashboard {
    pub org_name: String,
    pub projects_active: i32,
    pub beneficiaries: i32,
    pub activities_done: i32,
    pub activities_planned: i32,
    pub deadlines: Vec<Deadline>,
}

/// A person in lists: pseudonymous code first, names only when recorded.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BeneficiaryRow {
    pub code: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub gender: Option<String>,
    pub birth_year: Option<i64>,
    pub municipality: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TransactionRow {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub project: String,
    pub kind: String,
    pub date: Option<String>,
    pub amount: String,
    pub currency: String,
    pub payee: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActivityListRow {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub project: String,
    pub title: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub status: String,
    pub planned_start: Option<String>,
    pub municipality: Option<String>,
}

pub fn org_info(db: &Db) -> Result<OrgInfo> {
    db.conn()
        .query_row(
            "SELECT name, short_name, coalesce(country, ''), coalesce(base_currency, '') FROM live_organisations
             WHERE is_self = 1 ORDER BY id LIMIT 1",
            [],
            |r| {
                Ok(OrgInfo {
                    org_name: r.get(0)?,
                    org_short_name: r.get(1)?,
                    country: r.get(2)?,
                    base_currency: r.get(3)?,
                })
            },
        )
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NotInitialised,
            e => e.into(),
        })
}

fn project_id(db: &Db, code: &str) -> Result<String> {
    db.conn()
        .query_row("SELECT id FROM live_projects WHERE code = ?1 ORDER BY id LIMIT 1", [code], |r| r.get(0))
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::ProjectNotFound { code: code.to_string() },
            e => e.into(),
        })
}

fn summary(db: &Db, id: &str) -> Result<ProjectSummary> {
    let c = db.conn();
    let mut p = c.query_row(
        "SELECT id, code, title, status, start_date, end_date, currency, countries,
           (SELECT count(*) FROM live_activities a WHERE a.project_id = p.id),
           (SELECT count(*) FROM (
              SELECT at.beneficiary_id FROM live_attendance at JOIN live_activities a ON a.id = at.activity_id
                WHERE a.project_id = p.id
              UNION SELECT s.beneficiary_id FROM live_services s WHERE s.project_id = p.id))
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
                beneficiaries: r.get(9)?,
                budget_total: String::new(),
            })
        },
    )?;
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

/// Latest/summed/max actual of an indicator by its aggregation rule.
fn actual(values: &[String], aggregation: &str) -> Option<String> {
    let nums: Vec<Decimal> = values.iter().filter_map(|v| Decimal::from_str(v).ok()).collect();
    if nums.is_empty() {
        return values.last().cloned();
    }
    let v = match aggregation {
        "sum" => nums.iter().sum(),
        "max" => nums.iter().copied().max().unwrap_or_default(),
        _ => *nums.last().unwrap_or(&Decimal::ZERO),
    };
    Some(v.normalize().to_string())
}

pub fn project_overview(db: &Db, id: &str) -> Result<ProjectOverview> {
    let c = db.conn();
    let exists: i64 = c.query_row("SELECT count(*) FROM live_projects WHERE id = ?1", [id], |r| r.get(0))?;
    if exists == 0 {
        return Err(Error::NotFound { what: "project", id: id.to_string() });
    }
    let project = summary(db, id)?;
    let (summary_text, lead): (Option<String>, Option<String>) = c.query_row(
        "SELECT p.summary, o.name FROM live_projects p LEFT JOIN live_organisations o ON o.id = p.lead_org_id WHERE p.id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let partners = c.prepare("SELECT o.name, pp.role, o.country FROM live_project_partners pp JOIN live_organisations o ON o.id = pp.organisation_id
        WHERE pp.project_id = ?1 ORDER BY pp.position")?
        .query_map([id], |r| Ok(PartnerRow { name: r.get(0)?, role: r.get(1)?, country: r.get(2)? }))?
        .collect::<Result<_, _>>()?;
    let grants = c.prepare("SELECT coalesce(o.name, ''), g.programme, g.contract_no, g.amount_minor, g.amount_currency, g.start_date, g.end_date
        FROM live_grants g LEFT JOIN live_organisations o ON o.id = g.donor_org_id WHERE g.project_id = ?1 ORDER BY g.position")?
        .query_map([id], |r| {
            let (m, cur): (i64, String) = (r.get(3)?, r.get(4)?);
            Ok(GrantRow { donor: r.get(0)?, programme: r.get(1)?, contract_no: r.get(2)?,
                amount: Money::new(m, &cur).map(|m| m.to_string()).unwrap_or_default(), currency: cur, start: r.get(5)?, end: r.get(6)? })
        })?
        .collect::<Result<_, _>>()?;
    // goal, then each objective followed by its results
    let nodes: Vec<(String, Option<String>, String, String, String)> = c.prepare(
        "SELECT id, parent_id, level, ref, text FROM live_logframe_nodes WHERE project_id = ?1 ORDER BY position, ref")?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<Result<_, _>>()?;
    let mut ordered = Vec::new();
    for n in nodes.iter().filter(|n| n.2 == "goal") {
        ordered.push(n);
    }
    for o in nodes.iter().filter(|n| n.2 == "objective") {
        ordered.push(o);
        ordered.extend(nodes.iter().filter(|n| n.2 == "result" && n.1.as_deref() == Some(o.0.as_str())));
    }
    let mut logframe = Vec::new();
    let mut ind_stmt = c.prepare(
        "SELECT id, ref, text, unit, aggregation, baseline_value,
        (SELECT value FROM live_indicator_targets t WHERE t.indicator_id = i.id ORDER BY period_end DESC LIMIT 1)
        FROM live_indicators i WHERE node_id = ?1 ORDER BY position",
    )?;
    let mut m_stmt =
        c.prepare("SELECT value FROM live_measurements WHERE indicator_id = ?1 ORDER BY date, position")?;
    for (nid, _, level, r, text) in ordered {
        let inds: Vec<(String, String, String, String, String, Option<String>, Option<String>)> = ind_stmt
            .query_map([nid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))?
            .collect::<Result<_, _>>()?;
        let mut indicators = Vec::new();
        for (iid, iref, itext, unit, agg, baseline, target) in inds {
            let values: Vec<String> = m_stmt.query_map([&iid], |r| r.get(0))?.collect::<Result<_, _>>()?;
            let actual = actual(&values, &agg);
            let progress = match (actual.as_deref().map(Decimal::from_str), target.as_deref().map(Decimal::from_str)) {
                (Some(Ok(a)), Some(Ok(t))) if !t.is_zero() => {
                    let b = baseline.as_deref().and_then(|b| Decimal::from_str(b).ok()).unwrap_or_default();
                    let span = t - b;
                    let done = if agg == "sum" { a } else { a - b };
                    (!span.is_zero()).then(|| (done / span).to_string().parse::<f64>().unwrap_or(0.0))
                }
                _ => None,
            };
            indicators.push(IndicatorRow { ref_: iref, text: itext, unit, baseline, target, actual, progress });
        }
        logframe.push(LogframeNode { level: level.clone(), ref_: r.clone(), text: text.clone(), indicators });
    }
    let activities = c
        .prepare(
            "SELECT title, type, status, planned_start, municipality,
          (SELECT count(*) FROM live_attendance at WHERE at.activity_id = a.id)
          + (SELECT coalesce(sum(count), 0) FROM live_headcounts h WHERE h.activity_id = a.id)
        FROM live_activities a WHERE project_id = ?1 ORDER BY planned_start, position",
        )?
        .query_map([id], |r| {
            Ok(ActivityRow {
                title: r.get(0)?,
                kind: r.get(1)?,
                status: r.get(2)?,
                planned_start: r.get(3)?,
                municipality: r.get(4)?,
                participants: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(ProjectOverview {
        project,
        summary: summary_text,
        lead: lead.unwrap_or_default(),
        partners,
        grants,
        logframe,
        activities,
    })
}

pub fn project_overview_by_code(db: &Db, code: &str) -> Result<ProjectOverview> {
    project_overview(db, &project_id(db, code)?)
}

pub fn dashboard(db: &Db) -> Result<Dashboard> {
    let org = org_info(db)?;
    let c = db.conn();
    let count = |sql: &str| -> Result<i32> { Ok(c.query_row(sql, [], |r| r.get(0))?) };
    let deadlines = c
        .prepare(
            "SELECT p.code, r.kind, r.due FROM live_grant_reports r JOIN live_grants g ON g.id = r.grant_id
        JOIN live_projects p ON p.id = g.project_id WHERE p.status != 'closed'
        ORDER BY r.due LIMIT 8",
        )?
        .query_map([], |r| Ok(Deadline { project_code: r.get(0)?, kind: r.get(1)?, due: r.get(2)? }))?
        .collect::<Result<_, _>>()?;
    Ok(Dashboard {
        org_name: org.org_name,
        projects_active: count("SELECT count(*) FROM live_projects WHERE status = 'active'")?,
        beneficiaries: count("SELECT count(*) FROM live_beneficiaries")?,
        activities_done: count("SELECT count(*) FROM live_activities WHERE status = 'done'")?,
        activities_planned: count("SELECT count(*) FROM live_activities WHERE status IN ('planned', 'ongoing')")?,
        deadlines,
    })
}

/// People, optionally only those reached by a project, optionally matching a search in any
/// script (`petrovic` finds `Петровић`).
pub fn list_beneficiaries(db: &Db, project: Option<&str>, search: Option<&str>) -> Result<Vec<BeneficiaryRow>> {
    let pid = project.map(|code| project_id(db, code)).transpose()?;
    let like = search.map(|s| format!("%{}%", fold(s)));
    let mut stmt = db.conn().prepare(
        "SELECT code, first_name, last_name, gender, birth_year, municipality FROM live_beneficiaries b
         WHERE (?1 IS NULL OR search_key LIKE ?1)
           AND (?2 IS NULL OR home_project_id = ?2
                OR EXISTS (SELECT 1 FROM live_attendance at JOIN live_activities a ON a.id = at.activity_id
                           WHERE at.beneficiary_id = b.id AND a.project_id = ?2)
                OR EXISTS (SELECT 1 FROM live_services s WHERE s.beneficiary_id = b.id AND s.project_id = ?2))
         ORDER BY code",
    )?;
    let rows = stmt.query_map(rusqlite::params![like, pid], |r| {
        Ok(BeneficiaryRow {
            code: r.get(0)?,
            first_name: r.get(1)?,
            last_name: r.get(2)?,
            gender: r.get(3)?,
            birth_year: r.get(4)?,
            municipality: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn list_activities(db: &Db, project: Option<&str>, search: Option<&str>) -> Result<Vec<ActivityListRow>> {
    let pid = project.map(|code| project_id(db, code)).transpose()?;
    let needle = search.map(fold);
    let mut stmt = db.conn().prepare(
        "SELECT a.ref, p.code, a.title, a.type, a.status, a.planned_start, a.municipality FROM live_activities a
         JOIN live_projects p ON p.id = a.project_id WHERE (?1 IS NULL OR a.project_id = ?1)
         ORDER BY p.code, a.planned_start, a.position",
    )?;
    let rows = stmt.query_map([pid], |r| {
        Ok(ActivityListRow {
            ref_: r.get(0)?,
            project: r.get(1)?,
            title: r.get(2)?,
            kind: r.get(3)?,
            status: r.get(4)?,
            planned_start: r.get(5)?,
            municipality: r.get(6)?,
        })
    })?;
    let all: Vec<ActivityListRow> = rows.collect::<Result<_, _>>()?;
    Ok(all
        .into_iter()
        .filter(|a| {
            needle.as_ref().is_none_or(|n| {
                fold(&format!("{} {}", a.title, a.municipality.as_deref().unwrap_or(""))).contains(n.as_str())
            })
        })
        .collect())
}

pub fn list_transactions(db: &Db, project: Option<&str>, search: Option<&str>) -> Result<Vec<TransactionRow>> {
    let pid = project.map(|code| project_id(db, code)).transpose()?;
    let needle = search.map(fold);
    let mut stmt = db.conn().prepare(
        "SELECT t.ref, p.code, t.kind, coalesce(t.payment_date, t.booking_date, t.invoice_date), t.amount_minor, t.amount_currency,
                t.payee, t.description
         FROM live_transactions t JOIN live_projects p ON p.id = t.project_id WHERE (?1 IS NULL OR t.project_id = ?1)
         ORDER BY p.code, t.position",
    )?;
    let rows = stmt.query_map([pid], |r| {
        let (m, cur): (i64, String) = (r.get(4)?, r.get(5)?);
        Ok(TransactionRow {
            ref_: r.get(0)?,
            project: r.get(1)?,
            kind: r.get(2)?,
            date: r.get(3)?,
            amount: Money::new(m, &cur).map(|m| m.to_string()).unwrap_or_default(),
            currency: cur,
            payee: r.get(6)?,
            description: r.get(7)?,
        })
    })?;
    let all: Vec<TransactionRow> = rows.collect::<Result<_, _>>()?;
    Ok(all
        .into_iter()
        .filter(|t| {
            needle.as_ref().is_none_or(|n| {
                fold(&format!(
                    "{} {} {}",
                    t.ref_,
                    t.payee.as_deref().unwrap_or(""),
                    t.description.as_deref().unwrap_or("")
                ))
                .contains(n.as_str())
            })
        })
        .collect())
}
