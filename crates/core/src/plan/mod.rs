//! The strategic plan: the organisation's plan for a period (vision, mission), its strategic
//! goals and objectives, the projects linked to the objectives they serve, and the plan's
//! progress computed from those projects' indicators.
//!
//! Progress rule (the same everywhere it is shown): a project's progress is the mean, over its
//! numeric indicators that have a final target, of their % of target from the baseline up to
//! the day (capped at 100 %); an objective's is the mean of its linked projects'; a goal's the
//! mean of its objectives'; the plan's the mean of its goals'. Nothing measured yet: none.

use chrono::NaiveDate;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

use crate::input::{opt_text as opt, text as t, Check};
use crate::{Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// A plan as its form gives it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PlanInput {
    pub title: String,
    pub period_start: String,
    pub period_end: String,
    pub vision: Option<String>,
    pub mission: Option<String>,
}

/// A project linked to a strategic objective, with its progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct LinkedProject {
    pub id: String,
    pub code: String,
    pub title: String,
    pub progress: Option<f64>,
}

/// A strategic goal or objective with its progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PlanItem {
    pub id: String,
    pub level: String,
    pub code: String,
    pub text: String,
    pub progress: Option<f64>,
    /// Objectives (of a goal).
    pub items: Vec<PlanItem>,
    /// Projects linked to it (an objective).
    pub projects: Vec<LinkedProject>,
    /// Its own indicators (measured over the plan's period; they do not enter its progress,
    /// which comes from the linked projects).
    pub indicators: Vec<crate::logframe::IndicatorRow>,
}

/// The strategic plan as its screen shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PlanOverview {
    pub id: String,
    pub title: String,
    pub period_start: Option<String>,
    pub period_end: Option<String>,
    pub vision: Option<String>,
    pub mission: Option<String>,
    pub progress: Option<f64>,
    pub goals: Vec<PlanItem>,
}

fn mean(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let known: Vec<f64> = values.flatten().collect();
    (!known.is_empty()).then(|| known.iter().sum::<f64>() / known.len() as f64)
}

fn check(input: &PlanInput) -> Result<()> {
    let mut c = Check::default();
    c.required("title", &input.title);
    let start = c.date("period_start", &input.period_start);
    let end = c.date("period_end", &input.period_end);
    c.range("period_end", start, end);
    c.finish()
}

fn values(input: &PlanInput) -> Vec<(&'static str, Value)> {
    vec![
        ("title", t(&input.title)),
        ("period_start", t(&input.period_start)),
        ("period_end", t(&input.period_end)),
        ("vision", opt(&input.vision)),
        ("mission", opt(&input.mission)),
    ]
}

/// The organisation's strategic plan (the latest by period when there are several).
fn current_plan(db: &Db) -> Result<Option<String>> {
    Ok(db
        .conn()
        .query_row("SELECT id FROM live_strategic_plans ORDER BY period_start DESC, id LIMIT 1", [], |r| r.get(0))
        .ok())
}

/// Make the strategic plan; returns its id.
pub fn create_plan(db: &mut Db, input: &PlanInput) -> Result<String> {
    check(input)?;
    let row = values(input);
    db.write(|w| w.insert("strategic_plans", &row))
}

pub fn update_plan(db: &mut Db, id: &str, input: &PlanInput) -> Result<()> {
    check(input)?;
    let row = values(input);
    if db.write(|w| w.update("strategic_plans", id, &row))? == 0 && current_plan(db)?.as_deref() != Some(id) {
        return Err(Error::NotFound { what: "strategic plan", id: id.to_string() });
    }
    Ok(())
}

/// Add a strategic goal (no parent) or an objective under a goal; its code is numbered from
/// the others (SG1; SO1.1 under SG1). Returns its id.
pub fn add_item(db: &mut Db, plan_id: &str, parent_id: Option<&str>, text: &str) -> Result<String> {
    let mut c = Check::default();
    c.required("text", text);
    c.finish()?;
    let conn = db.conn();
    let (level, code) = match parent_id {
        None => {
            let n: i64 = conn.query_row(
                "SELECT count(*) FROM /* all rows */ strategic_items WHERE plan_id = ?1 AND level = 'goal'",
                [plan_id],
                |r| r.get(0),
            )?;
            ("goal", format!("SG{}", n + 1))
        }
        Some(goal) => {
            let goal_code: String = conn
                .query_row(
                    "SELECT code FROM live_strategic_items WHERE id = ?1 AND plan_id = ?2 AND level = 'goal'",
                    [goal, plan_id],
                    |r| r.get(0),
                )
                .map_err(|_| Error::NotFound { what: "strategic goal", id: goal.to_string() })?;
            let n: i64 = conn.query_row(
                "SELECT count(*) FROM /* all rows */ strategic_items WHERE parent_id = ?1",
                [goal],
                |r| r.get(0),
            )?;
            ("objective", format!("SO{}.{}", goal_code.trim_start_matches("SG"), n + 1))
        }
    };
    let position: i64 = conn.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_strategic_items WHERE plan_id = ?1 AND parent_id IS ?2",
        rusqlite::params![plan_id, parent_id],
        |r| r.get(0),
    )?;
    let row = [
        ("plan_id", t(plan_id)),
        ("parent_id", parent_id.map_or(Value::Null, t)),
        ("level", t(level)),
        ("code", Value::Text(code)),
        ("text", t(text)),
        ("position", Value::Integer(position)),
    ];
    db.write(|w| w.insert("strategic_items", &row))
}

pub fn delete_item(db: &mut Db, id: &str) -> Result<()> {
    crate::rows::delete(db, "strategic_items", "strategic item", id)
}

pub fn restore_item(db: &mut Db, id: &str) -> Result<()> {
    crate::rows::restore(db, "strategic_items", "strategic item", id)
}

/// Link a project to the strategic objective it serves (once).
pub fn link_project(db: &mut Db, project_id: &str, objective_id: &str) -> Result<()> {
    let ok: i64 = db.conn().query_row(
        "SELECT (SELECT count(*) FROM live_projects WHERE id = ?1) * (SELECT count(*) FROM live_strategic_items
         WHERE id = ?2 AND level = 'objective')",
        [project_id, objective_id],
        |r| r.get(0),
    )?;
    if ok == 0 {
        return Err(Error::NotFound {
            what: "project or strategic objective",
            id: format!("{project_id} {objective_id}"),
        });
    }
    db.write(|w| {
        let key = [("project_id", t(project_id)), ("strategic_item_id", t(objective_id))];
        if w.find("project_strategic_links", &key)?.is_none() {
            w.insert("project_strategic_links", &key)?;
        }
        Ok(())
    })
}

pub fn unlink_project(db: &mut Db, project_id: &str, objective_id: &str) -> Result<()> {
    db.write(|w| {
        let key = [("project_id", t(project_id)), ("strategic_item_id", t(objective_id))];
        if let Some(id) = w.find("project_strategic_links", &key)? {
            w.delete("project_strategic_links", &id)?;
        }
        Ok(())
    })
}

/// A project's progress on `today` (see the module's rule).
pub fn project_progress(db: &Db, project_id: &str, today: NaiveDate) -> Result<Option<f64>> {
    let start: Option<String> =
        db.conn().query_row("SELECT start_date FROM live_projects WHERE id = ?1", [project_id], |r| r.get(0)).ok();
    let start = start.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()).unwrap_or(today);
    let shares = crate::logframe::indicator_figures(db, project_id, start, today)?.into_iter().map(|f| {
        f.values
            .percent_of_target_from_baseline
            .and_then(|p| p.parse::<f64>().ok())
            .map(|p| (p / 100.0).clamp(0.0, 1.0))
    });
    Ok(mean(shares))
}

/// The strategic plan with its goals, objectives, linked projects and progress on `today`;
/// none when the organisation has no plan yet.
pub fn plan_overview(db: &Db, today: NaiveDate) -> Result<Option<PlanOverview>> {
    let Some(id) = current_plan(db)? else { return Ok(None) };
    let c = db.conn();
    type Head = (String, Option<String>, Option<String>, Option<String>, Option<String>);
    let (title, period_start, period_end, vision, mission): Head = c.query_row(
        "SELECT title, period_start, period_end, vision, mission FROM live_strategic_plans WHERE id = ?1",
        [&id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    type Row = (String, Option<String>, String, Option<String>, String);
    let items: Vec<Row> = c
        .prepare(
            "SELECT id, parent_id, level, code, text FROM live_strategic_items WHERE plan_id = ?1 ORDER BY position, code",
        )?
        .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<Result<_, _>>()?;
    let from =
        period_start.as_deref().and_then(|s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()).unwrap_or(today);
    let indicators = |item: &str| crate::logframe::indicator_rows(c, item, from, today);
    let mut goals = Vec::new();
    for g in items.iter().filter(|i| i.2 == "goal") {
        let mut objectives = Vec::new();
        for o in items.iter().filter(|i| i.1.as_deref() == Some(g.0.as_str())) {
            let linked: Vec<(String, String, String)> = c
                .prepare(
                    "SELECT p.id, p.code, p.title FROM live_project_strategic_links l JOIN live_projects p ON p.id = l.project_id
                     WHERE l.strategic_item_id = ?1 ORDER BY p.code",
                )?
                .query_map([&o.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<_, _>>()?;
            let mut projects = Vec::new();
            for (pid, code, title) in linked {
                let progress = project_progress(db, &pid, today)?;
                projects.push(LinkedProject { id: pid, code, title, progress });
            }
            let progress = mean(projects.iter().map(|p| p.progress));
            objectives.push(PlanItem {
                id: o.0.clone(),
                level: o.2.clone(),
                code: o.3.clone().unwrap_or_default(),
                text: o.4.clone(),
                progress,
                items: Vec::new(),
                projects,
                indicators: indicators(&o.0)?,
            });
        }
        let progress = mean(objectives.iter().map(|o| o.progress));
        goals.push(PlanItem {
            id: g.0.clone(),
            level: g.2.clone(),
            code: g.3.clone().unwrap_or_default(),
            text: g.4.clone(),
            progress,
            items: objectives,
            projects: Vec::new(),
            indicators: indicators(&g.0)?,
        });
    }
    let progress = mean(goals.iter().map(|g| g.progress));
    Ok(Some(PlanOverview { id, title, period_start, period_end, vision, mission, progress, goals }))
}
