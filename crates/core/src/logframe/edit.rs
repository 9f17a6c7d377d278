//! Editing a logframe from the app: goal, specific objectives and results (added, renamed,
//! reordered, deleted with undo), their indicators, targets and measurements (the same for
//! the indicators of the strategic plan's goals and objectives, within the plan's period). Every field is
//! checked first — a value must fit its indicator's unit, a date the project's period — and
//! nothing is written half-way. New objects get a `ref` that stays (packages match by it).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::types::Value;
use serde::Deserialize;

use crate::enums;
use crate::input::{opt_text as opt, text as t, Check};
use crate::{rows, Db, Error, Result};

fn not_found(what: &'static str, id: &str) -> Error {
    Error::NotFound { what, id: id.to_string() }
}

/// A project's period: (start, end).
fn period(db: &Db, project_id: &str) -> Result<(NaiveDate, NaiveDate)> {
    let (s, e): (String, String) = db
        .conn()
        .query_row("SELECT start_date, end_date FROM live_projects WHERE id = ?1", [project_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .map_err(|_| not_found("project", project_id))?;
    let d = |x: &str| NaiveDate::parse_from_str(x, "%Y-%m-%d").unwrap_or_default();
    Ok((d(&s), d(&e)))
}

/// A ref not used yet by any row of `table` in the project: `prefix` + the next number.
fn next_ref(db: &Db, sql_refs: &str, project_id: &str, prefix: &str) -> Result<String> {
    let refs: Vec<String> =
        db.conn().prepare(sql_refs)?.query_map([project_id], |r| r.get(0))?.collect::<Result<_, _>>()?;
    let n = refs
        .iter()
        .filter_map(|r| r.strip_prefix(prefix))
        .map(|n| if n.is_empty() { Some(1) } else { n.parse::<u32>().ok() })
        .max()
        .flatten()
        .unwrap_or(0);
    Ok(format!("{prefix}{}", n + 1))
}

/// Add a node under `parent` (none for the goal and for objectives when there is no goal):
/// `level` is `goal`, `objective` or `result`. Returns its id.
pub fn add_node(db: &mut Db, project_id: &str, parent: Option<&str>, level: &str, text: &str) -> Result<String> {
    period(db, project_id)?;
    let mut c = Check::default();
    c.one_of("level", level, enums::values("LogframeLevel"));
    c.required("text", text);
    let parent_level: Option<String> = match parent {
        Some(p) => Some(
            db.conn()
                .query_row(
                    "SELECT level FROM live_logframe_nodes WHERE id = ?1 AND project_id = ?2",
                    [p, project_id],
                    |r| r.get(0),
                )
                .map_err(|_| not_found("logframe node", p))?,
        ),
        None => None,
    };
    // a goal stands alone, an objective under the goal (or alone), a result under an objective
    let fits = matches!(
        (level, parent_level.as_deref()),
        ("goal", None) | ("objective", None | Some("goal")) | ("result", Some("objective"))
    );
    if !fits {
        c.push(
            "parent",
            "invalid-value",
            vec![("value", parent_level.unwrap_or_default()), ("allowed", String::new())],
        );
    }
    if level == "goal" {
        let goals: i64 = db.conn().query_row(
            "SELECT count(*) FROM live_logframe_nodes WHERE project_id = ?1 AND level = 'goal'",
            [project_id],
            |r| r.get(0),
        )?;
        if goals > 0 {
            c.push(
                "level",
                "invalid-value",
                vec![("value", level.to_string()), ("allowed", "objective, result".into())],
            );
        }
    }
    c.finish()?;
    let prefix = match level {
        "goal" => "G",
        "objective" => "SO",
        _ => "R",
    };
    // refs of every node, deleted ones too: a ref is never given twice
    let all_refs = "SELECT ref FROM /* all rows */ logframe_nodes WHERE project_id = ?1";
    let r = match next_ref(db, all_refs, project_id, prefix)? {
        // the one goal is `G` (when no earlier goal took it)
        r if level == "goal" && r == "G1" => "G".to_string(),
        r => r,
    };
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_logframe_nodes WHERE project_id = ?1 AND parent_id IS ?2 AND level = ?3",
        rusqlite::params![project_id, parent, level],
        |r| r.get(0),
    )?;
    let row = [
        ("project_id", t(project_id)),
        ("parent_id", parent.map_or(Value::Null, t)),
        ("level", t(level)),
        ("ref", Value::Text(r)),
        ("text", t(text)),
        ("position", Value::Integer(position)),
    ];
    db.write(|w| w.insert("logframe_nodes", &row))
}

/// Change a node's text.
pub fn edit_node(db: &mut Db, id: &str, text: &str) -> Result<()> {
    node_project(db, id)?;
    let mut c = Check::default();
    c.required("text", text);
    c.finish()?;
    db.write(|w| w.update("logframe_nodes", id, &[("text", t(text))])).map(|_| ())
}

/// Move a node `by` places among its siblings (−1: up, 1: down); the others close ranks.
pub fn move_node(db: &mut Db, id: &str, by: i64) -> Result<()> {
    let project = node_project(db, id)?;
    let (parent, level): (Option<String>, String) =
        db.conn().query_row("SELECT parent_id, level FROM live_logframe_nodes WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    let siblings: Vec<String> = db
        .conn()
        .prepare(
            "SELECT id FROM live_logframe_nodes WHERE project_id = ?1 AND parent_id IS ?2 AND level = ?3
             ORDER BY position, ref",
        )?
        .query_map(rusqlite::params![project, parent, level], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    rows::move_among(db, "logframe_nodes", siblings, id, by)
}

/// Delete a node (its results and indicators are hidden with it); `restore_node` undoes it.
pub fn delete_node(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "logframe_nodes", "logframe node", id)
}

pub fn restore_node(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "logframe_nodes", "logframe node", id)
}

fn node_project(db: &Db, id: &str) -> Result<String> {
    db.conn()
        .query_row("SELECT project_id FROM live_logframe_nodes WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| not_found("logframe node", id))
}

/// An indicator as its form gives it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct IndicatorInput {
    pub text: String,
    pub unit: String,
    pub aggregation: String,
    pub baseline: Option<String>,
    pub baseline_date: Option<String>,
}

/// What an indicator's node belongs to: a project's logframe or the strategic plan, with the
/// period its dates must fall in.
struct Scope {
    /// The project's or the plan's id.
    owner: String,
    strategic: bool,
    start: NaiveDate,
    end: NaiveDate,
}

fn node_scope(db: &Db, node_id: &str) -> Result<Scope> {
    if let Ok(project) = node_project(db, node_id) {
        let (start, end) = period(db, &project)?;
        return Ok(Scope { owner: project, strategic: false, start, end });
    }
    let (plan, s, e): (String, Option<String>, Option<String>) = db
        .conn()
        .query_row(
            "SELECT p.id, p.period_start, p.period_end FROM live_strategic_items i
             JOIN live_strategic_plans p ON p.id = i.plan_id WHERE i.id = ?1",
            [node_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map_err(|_| not_found("logframe node", node_id))?;
    let d =
        |x: Option<String>, or: NaiveDate| x.and_then(|x| NaiveDate::parse_from_str(&x, "%Y-%m-%d").ok()).unwrap_or(or);
    Ok(Scope { owner: plan, strategic: true, start: d(s, NaiveDate::MIN), end: d(e, NaiveDate::MAX) })
}

impl Scope {
    /// `day` within the project's (or the plan's) period.
    fn within(&self, c: &mut Check, field: &str, day: Option<NaiveDate>) {
        let code = if self.strategic { "outside-plan" } else { "outside-project" };
        c.within_as(field, day, self.start, self.end, code);
    }
}

fn check_indicator(scope: &Scope, input: &IndicatorInput) -> Result<()> {
    let end = scope.end;
    let mut c = Check::default();
    c.required("text", &input.text);
    let unit_ok = c.one_of("unit", &input.unit, enums::values("IndicatorUnit"));
    c.one_of("aggregation", &input.aggregation, enums::values("IndicatorAggregation"));
    if let (true, Some(b)) = (unit_ok, input.baseline.as_deref().filter(|b| !b.trim().is_empty())) {
        c.unit_value("baseline", &input.unit, b);
    }
    // a baseline may be measured before the project starts, not after it ends
    if let Some(day) = c.opt_date("baseline_date", &input.baseline_date).filter(|d| *d > end) {
        scope.within(&mut c, "baseline_date", Some(day));
    }
    c.finish()
}

fn indicator_values(input: &IndicatorInput) -> Vec<(&'static str, Value)> {
    vec![
        ("text", t(&input.text)),
        ("unit", t(&input.unit)),
        ("aggregation", t(&input.aggregation)),
        ("baseline_value", opt(&input.baseline)),
        ("baseline_date", opt(&input.baseline_date)),
    ]
}

/// Add an indicator to a goal, objective or result; returns its id.
pub fn add_indicator(db: &mut Db, node_id: &str, input: &IndicatorInput) -> Result<String> {
    let scope = node_scope(db, node_id)?;
    check_indicator(&scope, input)?;
    // refs of every indicator of the project (or the plan), deleted ones too
    let r = if scope.strategic {
        let refs =
            "SELECT i.ref FROM /* all rows */ indicators i JOIN /* all rows */ strategic_items n ON n.id = i.node_id
         WHERE n.plan_id = ?1";
        next_ref(db, refs, &scope.owner, "SI")?
    } else {
        let refs =
            "SELECT i.ref FROM /* all rows */ indicators i JOIN /* all rows */ logframe_nodes n ON n.id = i.node_id
         WHERE n.project_id = ?1";
        next_ref(db, refs, &scope.owner, "I")?
    };
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_indicators WHERE node_id = ?1",
        [node_id],
        |r| r.get(0),
    )?;
    let mut row = indicator_values(input);
    row.extend([("node_id", t(node_id)), ("ref", Value::Text(r)), ("position", Value::Integer(position))]);
    db.write(|w| w.insert("indicators", &row))
}

/// (scope, unit, baseline date) of an indicator.
fn indicator_context(db: &Db, id: &str) -> Result<(Scope, String, Option<String>)> {
    let (node, unit, baseline): (String, String, Option<String>) = db
        .conn()
        .query_row("SELECT node_id, unit, baseline_date FROM live_indicators WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .map_err(|_| not_found("indicator", id))?;
    Ok((node_scope(db, &node).map_err(|_| not_found("indicator", id))?, unit, baseline))
}

pub fn edit_indicator(db: &mut Db, id: &str, input: &IndicatorInput) -> Result<()> {
    let (scope, _, _) = indicator_context(db, id)?;
    check_indicator(&scope, input)?;
    let row = indicator_values(input);
    db.write(|w| w.update("indicators", id, &row)).map(|_| ())
}

pub fn delete_indicator(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "indicators", "indicator", id)
}

pub fn restore_indicator(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "indicators", "indicator", id)
}

/// Set the target for the period ending `period_end` (a second one for the same day replaces
/// the first); the end-of-project target is the one with the latest date.
pub fn set_target(db: &mut Db, indicator_id: &str, period_end: &str, value: &str) -> Result<String> {
    let (scope, unit, baseline_date) = indicator_context(db, indicator_id)?;
    let mut c = Check::default();
    let day = c.date("period_end", period_end);
    scope.within(&mut c, "period_end", day);
    if let (Some(d), Some(b)) =
        (day, baseline_date.as_deref().and_then(|b| NaiveDate::parse_from_str(b, "%Y-%m-%d").ok()))
    {
        if d < b {
            c.push("period_end", "before-baseline", vec![("value", d.to_string()), ("baseline", b.to_string())]);
        }
    }
    c.unit_value("value", &unit, value);
    c.finish()?;
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_indicator_targets WHERE indicator_id = ?1",
        [indicator_id],
        |r| r.get(0),
    )?;
    db.write(|w| {
        let key = [("indicator_id", t(indicator_id)), ("period_end", t(period_end))];
        match w.find("indicator_targets", &key)? {
            Some(id) => {
                w.update("indicator_targets", &id, &[("value", t(value))])?;
                Ok(id)
            }
            None => {
                let row = [&key[..], &[("value", t(value)), ("position", Value::Integer(position))]].concat();
                w.insert("indicator_targets", &row)
            }
        }
    })
}

/// A measurement as its form gives it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct MeasurementInput {
    pub date: String,
    pub value: String,
    /// Source / means of verification.
    pub source: Option<String>,
    /// Optional disaggregation (gender, age band, municipality → value).
    pub disaggregation: BTreeMap<String, String>,
}

/// Record a measurement of an indicator; returns its id.
pub fn add_measurement(db: &mut Db, indicator_id: &str, input: &MeasurementInput) -> Result<String> {
    let (scope, unit, _) = indicator_context(db, indicator_id)?;
    let mut c = Check::default();
    let day = c.date("date", &input.date);
    scope.within(&mut c, "date", day);
    c.unit_value("value", &unit, &input.value);
    c.finish()?;
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_measurements WHERE indicator_id = ?1",
        [indicator_id],
        |r| r.get(0),
    )?;
    let dis = if input.disaggregation.is_empty() {
        Value::Null
    } else {
        Value::Text(serde_json::to_string(&input.disaggregation).unwrap_or_default())
    };
    let row = [
        ("indicator_id", t(indicator_id)),
        ("date", t(&input.date)),
        ("value", t(&input.value)),
        ("source", opt(&input.source)),
        ("disaggregation", dis),
        ("position", Value::Integer(position)),
    ];
    db.write(|w| w.insert("measurements", &row))
}

pub fn delete_measurement(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "measurements", "measurement", id)
}

pub fn restore_measurement(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "measurements", "measurement", id)
}

/// Add an assumption or a risk (`kind`) to a goal, objective or result; returns its id.
pub fn add_assumption(db: &mut Db, node_id: &str, kind: &str, text: &str) -> Result<String> {
    let project = node_project(db, node_id)?;
    let mut c = Check::default();
    c.one_of("kind", kind, enums::values("AssumptionKind"));
    c.required("text", text);
    c.finish()?;
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_assumptions WHERE project_id = ?1",
        [&project],
        |r| r.get(0),
    )?;
    let row = [
        ("project_id", t(&project)),
        ("node_id", t(node_id)),
        ("kind", t(kind)),
        ("text", t(text)),
        ("position", Value::Integer(position)),
    ];
    db.write(|w| w.insert("assumptions", &row))
}

/// Change an assumption's or a risk's text.
pub fn edit_assumption(db: &mut Db, id: &str, text: &str) -> Result<()> {
    rows::exists(db, "assumptions", "assumption", id)?;
    let mut c = Check::default();
    c.required("text", text);
    c.finish()?;
    db.write(|w| w.update("assumptions", id, &[("text", t(text))])).map(|_| ())
}

/// Delete an assumption or a risk; `restore_assumption` undoes it.
pub fn delete_assumption(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "assumptions", "assumption", id)
}

pub fn restore_assumption(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "assumptions", "assumption", id)
}
