//! Logframes: goal, specific objectives and results with their indicators; the indicator rules
//! (actual by aggregation, progress against the target); how they are stored (`tables.rs`);
//! the notes that explain a deviation from a target (`deviation.rs`).
// Row tuples below mirror their SELECT lists column for column.
#![allow(clippy::type_complexity)]

pub mod deviation;
pub mod edit;
mod figures;
pub mod tables;

pub use figures::{aggregate, is_numeric, percent, Figures, IndicatorData, IndicatorFigures, Measured, Targeted};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use crate::{Db, Result};

#[cfg(feature = "specta")]
use specta::Type;

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct IndicatorRow {
    pub id: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    pub unit: String,
    pub baseline: Option<String>,
    pub target: Option<String>,
    pub actual: Option<String>,
    /// actual / target, when both are numbers.
    pub progress: Option<f64>,
    /// What was achieved cumulatively on each measured day (numeric indicators), for its chart.
    pub series: Vec<SeriesPoint>,
}

/// One point of an indicator's chart.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct SeriesPoint {
    pub date: String,
    pub value: String,
}

/// An assumption or a risk of a logframe level.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct AssumptionRow {
    pub id: String,
    /// `assumption` or `risk`.
    pub kind: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct LogframeNode {
    pub id: String,
    /// The goal, objective or result it sits under (none for the goal).
    pub parent_id: Option<String>,
    pub level: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    pub indicators: Vec<IndicatorRow>,
    /// Its assumptions and risks, in their order.
    pub assumptions: Vec<AssumptionRow>,
    /// The activities under it (a result), in their order.
    pub activities: Vec<NodeActivity>,
}

/// An activity as the logframe shows it under its result.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct NodeActivity {
    pub id: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub title: String,
    pub status: String,
}

/// A stored date (`YYYY-MM-DD`); read for every measurement, so without a format parser.
fn date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A logframe node as stored.
struct Node {
    id: String,
    parent: Option<String>,
    level: String,
    ref_: String,
    text: String,
}

/// A project's logframe nodes in reading order — the goal, then each objective followed by its
/// results.
fn nodes_in_order(c: &Connection, project_id: &str) -> Result<Vec<Node>> {
    let nodes: Vec<(String, Option<String>, String, String, String)> = c
        .prepare_cached(
            "SELECT id, parent_id, level, ref, text FROM live_logframe_nodes WHERE project_id = ?1 ORDER BY position, ref",
        )?
        .query_map([project_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<Result<_, _>>()?;
    let mut ordered = Vec::new();
    let mut push = |n: &(String, Option<String>, String, String, String)| {
        ordered.push(Node {
            id: n.0.clone(),
            parent: n.1.clone(),
            level: n.2.clone(),
            ref_: n.3.clone(),
            text: n.4.clone(),
        });
    };
    nodes.iter().filter(|n| n.2 == "goal").for_each(&mut push);
    for o in nodes.iter().filter(|n| n.2 == "objective") {
        push(o);
        nodes.iter().filter(|n| n.2 == "result" && n.1.as_deref() == Some(o.0.as_str())).for_each(&mut push);
    }
    Ok(ordered)
}

/// An indicator as stored: its names and what the rules need.
#[derive(Debug, Clone)]
pub struct StoredIndicator {
    pub id: String,
    pub ref_: String,
    pub text: String,
    pub data: IndicatorData,
}

/// The indicators of one logframe node, in their order.
fn indicators_of(c: &Connection, node_id: &str) -> Result<Vec<StoredIndicator>> {
    let list: Vec<(String, String, String, String, String, Option<String>, Option<String>)> = c
        .prepare_cached(
            "SELECT id, ref, text, unit, aggregation, baseline_value, baseline_date FROM live_indicators
             WHERE node_id = ?1 ORDER BY position, ref",
        )?
        .query_map([node_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (id, ref_, text, unit, aggregation, baseline, baseline_date) in list {
        let targets = c
            .prepare_cached(
                "SELECT period_end, value FROM live_indicator_targets WHERE indicator_id = ?1 ORDER BY position, id",
            )?
            .query_map([&id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .filter_map(|t| t.ok())
            .filter_map(|(p, value)| Some(Targeted { period_end: date(&p)?, value }))
            .collect();
        let measurements = c
            .prepare_cached("SELECT date, value FROM live_measurements WHERE indicator_id = ?1 ORDER BY position, id")?
            .query_map([&id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .filter_map(|m| m.ok())
            .filter_map(|(d, value)| Some(Measured { date: date(&d)?, value }))
            .collect();
        let baseline_date = baseline_date.as_deref().and_then(date);
        out.push(StoredIndicator {
            id,
            ref_,
            text,
            data: IndicatorData { unit, aggregation, baseline, baseline_date, targets, measurements },
        });
    }
    Ok(out)
}

/// Every indicator of a project in logframe order, with the ref of the node it measures.
pub fn project_indicators(db: &Db, project_id: &str) -> Result<Vec<(String, StoredIndicator)>> {
    let c = db.conn();
    let mut out = Vec::new();
    for n in nodes_in_order(c, project_id)? {
        out.extend(indicators_of(c, &n.id)?.into_iter().map(|i| (n.ref_.clone(), i)));
    }
    Ok(out)
}

/// The indicator figures of a project for the window `[from, to]` (`reports.md`).
pub fn indicator_figures(db: &Db, project_id: &str, from: NaiveDate, to: NaiveDate) -> Result<Vec<IndicatorFigures>> {
    Ok(project_indicators(db, project_id)?
        .into_iter()
        .map(|(level, i)| {
            let values = i.data.figures(from, to);
            IndicatorFigures {
                ref_: i.ref_,
                level,
                text: i.text,
                unit: i.data.unit,
                aggregation: i.data.aggregation,
                values,
            }
        })
        .collect())
}

/// A project's logframe as the overview shows it: the goal, then each objective followed by its
/// results, each with its indicators' figures from `start` up to `today`.
pub(crate) fn overview(c: &Connection, id: &str, start: NaiveDate, today: NaiveDate) -> Result<Vec<LogframeNode>> {
    let mut logframe = Vec::new();
    for n in nodes_in_order(c, id)? {
        let indicators = indicator_rows(c, &n.id, start, today)?;
        let assumptions = c
            .prepare_cached("SELECT id, kind, text FROM live_assumptions WHERE node_id = ?1 ORDER BY position, id")?
            .query_map([&n.id], |r| Ok(AssumptionRow { id: r.get(0)?, kind: r.get(1)?, text: r.get(2)? }))?
            .collect::<std::result::Result<_, _>>()?;
        let activities = c
            .prepare_cached(
                "SELECT id, ref, title, status FROM live_activities WHERE result_id = ?1 ORDER BY position, ref",
            )?
            .query_map([&n.id], |r| {
                Ok(NodeActivity { id: r.get(0)?, ref_: r.get(1)?, title: r.get(2)?, status: r.get(3)? })
            })?
            .collect::<std::result::Result<_, _>>()?;
        logframe.push(LogframeNode {
            id: n.id,
            parent_id: n.parent,
            level: n.level,
            ref_: n.ref_,
            text: n.text,
            indicators,
            assumptions,
            activities,
        });
    }
    Ok(logframe)
}

/// The indicators of a logframe node or a strategic goal or objective, as screens show them:
/// their figures from `start` up to `today`, with their chart's series.
pub(crate) fn indicator_rows(
    c: &Connection,
    node_id: &str,
    start: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<IndicatorRow>> {
    Ok(indicators_of(c, node_id)?
        .into_iter()
        .map(|i| {
            let f = i.data.figures(start, today);
            let progress = f
                .percent_of_target_from_baseline
                .as_deref()
                .and_then(|p| rust_decimal::Decimal::from_str_exact(p).ok())
                .and_then(|p| rust_decimal::prelude::ToPrimitive::to_f64(&(p / rust_decimal::Decimal::ONE_HUNDRED)));
            let series =
                i.data.series(today).into_iter().map(|(d, value)| SeriesPoint { date: d.to_string(), value }).collect();
            IndicatorRow {
                id: i.id,
                ref_: i.ref_,
                text: i.text,
                unit: i.data.unit,
                baseline: f.baseline,
                target: f.target_final,
                actual: f.achieved_cumulative,
                progress,
                series,
            }
        })
        .collect())
}

/// An indicator in lists (`tessera list indicators`): its project and its figures from the
/// project's start up to `today`, as the project overview shows them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorListRow {
    pub project: String,
    #[serde(flatten)]
    pub figures: IndicatorFigures,
}

/// The indicators of every project (or of `project`), optionally matching a search in any
/// script, with their figures up to `today`.
pub fn list_indicators(
    db: &Db,
    project: Option<&str>,
    search: Option<&str>,
    today: NaiveDate,
) -> Result<Vec<IndicatorListRow>> {
    let only = project.map(|code| crate::projects::project_id(db, code)).transpose()?;
    let projects: Vec<(String, String, String)> = db
        .conn()
        .prepare("SELECT id, code, start_date FROM live_projects ORDER BY code, id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let needle = search.map(crate::search::fold);
    let mut out = Vec::new();
    for (id, code, start) in projects.into_iter().filter(|p| only.as_ref().is_none_or(|o| *o == p.0)) {
        let start = date(&start).unwrap_or(today);
        for figures in indicator_figures(db, &id, start, today)? {
            let hay = crate::search::fold(&format!("{} {} {}", figures.ref_, figures.level, figures.text));
            if needle.as_ref().is_none_or(|n| hay.contains(n.as_str())) {
                out.push(IndicatorListRow { project: code.clone(), figures });
            }
        }
    }
    Ok(out)
}

/// An indicator behind its straight-line pace, as the dashboard lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct BehindIndicator {
    pub project_id: String,
    pub project_code: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    /// Achieved up to the day (by the indicator's rule); none when nothing is measured yet.
    pub achieved: Option<String>,
    /// What the straight line from the baseline to the final target expects on the day.
    pub expected: String,
    pub target: String,
}

/// Every indicator of the active projects, loaded in three queries (not three per indicator):
/// (project id, project code, project start, indicator).
fn active_indicators(db: &Db) -> Result<Vec<(String, String, NaiveDate, StoredIndicator)>> {
    let c = db.conn();
    let list: Vec<(String, String, String, String, String, String, String, String, Option<String>, Option<String>)> = c
        .prepare_cached(
            "SELECT i.id, p.id, p.code, p.start_date, i.ref, i.text, i.unit, i.aggregation, i.baseline_value,
                    i.baseline_date
             FROM live_indicators i JOIN live_logframe_nodes n ON n.id = i.node_id
             JOIN live_projects p ON p.id = n.project_id
             WHERE p.status = 'active' ORDER BY p.code, n.position, i.position",
        )?
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    // indicator id → its place in `list`, looked up with the row's borrowed text
    let at: rustc_hash::FxHashMap<&str, usize> = list.iter().enumerate().map(|(k, i)| (i.0.as_str(), k)).collect();
    // (position, what) of each indicator's targets and measurements, put in order below
    let mut targets: Vec<Vec<(i64, Targeted)>> = vec![Vec::new(); list.len()];
    let mut measured: Vec<Vec<(i64, Measured)>> = vec![Vec::new(); list.len()];
    for (sql, is_target) in [
        ("SELECT indicator_id, period_end, value, position FROM live_indicator_targets", true),
        ("SELECT indicator_id, date, value, position FROM live_measurements", false),
    ] {
        let mut stmt = c.prepare_cached(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let Some(&k) = r.get_ref(0)?.as_str().ok().and_then(|id| at.get(id)) else { continue };
            let Some(day) = r.get_ref(1)?.as_str().ok().and_then(date) else { continue };
            let (value, position): (String, i64) = (r.get(2)?, r.get::<_, Option<i64>>(3)?.unwrap_or_default());
            if is_target {
                targets[k].push((position, Targeted { period_end: day, value }));
            } else {
                measured[k].push((position, Measured { date: day, value }));
            }
        }
    }
    fn ordered<T>(mut v: Vec<(i64, T)>) -> Vec<T> {
        v.sort_by_key(|e| e.0);
        v.into_iter().map(|e| e.1).collect()
    }
    drop(at);
    Ok(list
        .into_iter()
        .zip(targets.into_iter().zip(measured))
        .map(
            |(
                (id, pid, code, start, ref_, text, unit, aggregation, baseline, baseline_date),
                (targets, measurements),
            )| {
                let data = IndicatorData {
                    unit,
                    aggregation,
                    baseline,
                    baseline_date: baseline_date.as_deref().and_then(date),
                    targets: ordered(targets),
                    measurements: ordered(measurements),
                };
                let start = date(&start).unwrap_or_default();
                (pid, code, start, StoredIndicator { id, ref_, text, data })
            },
        )
        .collect())
}

/// The indicators of active projects behind their straight-line pace on `today`, the furthest
/// behind first (achieved as a share of what is expected).
pub fn behind_schedule(db: &Db, today: NaiveDate) -> Result<Vec<BehindIndicator>> {
    use rust_decimal::Decimal;
    let mut out: Vec<(Decimal, BehindIndicator)> = Vec::new();
    for (project_id, project_code, start, i) in active_indicators(db)? {
        if !i.data.behind_on(start, today) {
            continue;
        }
        let Some(expected) = i.data.expected_on(start, today) else { continue };
        let upto: Vec<&Measured> = i.data.measurements.iter().filter(|m| m.date <= today).collect();
        let achieved = aggregate(&i.data.unit, &i.data.aggregation, &upto);
        let got = achieved.as_deref().and_then(|a| a.parse::<Decimal>().ok()).unwrap_or_default();
        let share = if expected.is_zero() { Decimal::ONE } else { got / expected };
        let target = i.data.final_target().map(|t| t.value.clone()).unwrap_or_default();
        let expected = expected.round_dp(1).normalize().to_string();
        out.push((
            share,
            BehindIndicator { project_id, project_code, ref_: i.ref_, text: i.text, achieved, expected, target },
        ));
    }
    out.sort_by_key(|a| a.0);
    Ok(out.into_iter().map(|(_, b)| b).collect())
}
