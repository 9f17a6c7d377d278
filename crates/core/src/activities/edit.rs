//! Activities from the app: added in the logframe under a result with a title (planned, of
//! type `other`), or from the activities screen's form with every field (type, dates, place,
//! status with the reason when postponed or cancelled, responsible, result, budget lines) —
//! checked first, then one write; renamed, reordered among the result's activities, deleted
//! with undo. New activities get a `ref` that stays (`A7`).

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

use crate::input::{opt_text, text as t, Check};
use crate::people::edit::stored_municipality;
use crate::{enums, places, rows, Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// An activity as the activities screen's form gives it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ActivityInput {
    /// A result of the project (`logframe_nodes` id), or none.
    pub result_id: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    /// Also the reason, when the activity is postponed or cancelled (`reports.md`).
    pub description: Option<String>,
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
    pub actual_start: Option<String>,
    pub actual_end: Option<String>,
    pub status: String,
    pub country: Option<String>,
    /// A municipality of `country`'s list, by a name in any script (stored by its Latin name).
    pub municipality: Option<String>,
    pub settlement: Option<String>,
    pub venue: Option<String>,
    /// A person or partner, as typed.
    pub responsible: Option<String>,
    /// Budget lines of the project (ids) the activity spends from.
    #[serde(default)]
    pub budget_lines: Vec<String>,
}

/// Every problem of the form, at its field (the form's and the table import's one rule).
pub(crate) fn problems(db: &Db, project: &str, input: &ActivityInput) -> Result<Check> {
    let mut c = Check::default();
    c.one_of("type", &input.kind, enums::values("ActivityType"));
    c.required("title", &input.title);
    c.one_of("status", &input.status, enums::values("ActivityStatus"));
    let ps = c.opt_date("planned_start", &input.planned_start);
    let pe = c.opt_date("planned_end", &input.planned_end);
    c.range("planned_end", ps, pe);
    let as_ = c.opt_date("actual_start", &input.actual_start);
    let ae = c.opt_date("actual_end", &input.actual_end);
    c.range("actual_end", as_, ae);
    let blank = |s: &Option<String>| s.as_deref().is_none_or(|v| v.trim().is_empty());
    if input.status == "done" && blank(&input.actual_start) {
        c.push("actual_start", "required", vec![]);
    }
    if matches!(input.status.as_str(), "postponed" | "cancelled") && blank(&input.description) {
        c.push("description", "reason-required", vec![]);
    }
    let country = input.country.as_deref().map(|s| s.trim().to_uppercase()).filter(|s| !s.is_empty());
    if let Some(cc) = &country {
        c.country("country", cc);
        if let Some(m) = input.municipality.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
            if places::COUNTRIES.contains(&cc.as_str()) && places::find(cc, m).is_empty() {
                c.push("municipality", "unknown-municipality", vec![("value", m.to_string()), ("country", cc.clone())]);
            }
        }
    }
    if let Some(r) = input.result_id.as_deref().filter(|r| !r.is_empty()) {
        let ok: i64 = db.conn().query_row(
            "SELECT count(*) FROM live_logframe_nodes WHERE id = ?1 AND project_id = ?2 AND level = 'result'",
            [r, project],
            |r| r.get(0),
        )?;
        if ok == 0 {
            c.push("result_id", "invalid-value", vec![("value", r.to_string()), ("allowed", "result".into())]);
        }
    }
    for line in &input.budget_lines {
        let ok: i64 = db.conn().query_row(
            "SELECT count(*) FROM live_budget_lines WHERE id = ?1 AND project_id = ?2",
            [line, project],
            |r| r.get(0),
        )?;
        if ok == 0 {
            c.push("budget_lines", "invalid-value", vec![("value", line.clone()), ("allowed", String::new())]);
        }
    }
    Ok(c)
}

fn check(db: &Db, project: &str, input: &ActivityInput) -> Result<()> {
    problems(db, project, input)?.finish()
}

pub(crate) fn values(input: &ActivityInput) -> Vec<(&'static str, Value)> {
    let country = input.country.as_deref().map(|s| s.trim().to_uppercase()).filter(|s| !s.is_empty());
    let municipality = input
        .municipality
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map_or(Value::Null, |m| t(&stored_municipality(country.as_deref(), m)));
    vec![
        ("result_id", opt_text(&input.result_id)),
        ("type", t(&input.kind)),
        ("title", t(&input.title)),
        ("description", opt_text(&input.description)),
        ("planned_start", opt_text(&input.planned_start)),
        ("planned_end", opt_text(&input.planned_end)),
        ("actual_start", opt_text(&input.actual_start)),
        ("actual_end", opt_text(&input.actual_end)),
        ("status", t(&input.status)),
        ("country", country.map_or(Value::Null, |c| t(&c))),
        ("municipality", municipality),
        ("settlement", opt_text(&input.settlement)),
        ("venue", opt_text(&input.venue)),
        ("responsible", opt_text(&input.responsible)),
    ]
}

/// The budget lines of an activity kept in step with the form: those it names live, the
/// others deleted.
fn keep_budget_lines(w: &mut crate::store::Writer<'_>, activity: &str, lines: &[String]) -> Result<()> {
    let current: Vec<(String, String)> = w.query_map(
        "SELECT id, budget_line_id FROM live_activity_budget_lines WHERE activity_id = ?1",
        [activity],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    for (id, line) in &current {
        if !lines.contains(line) {
            w.delete("activity_budget_lines", id)?;
        }
    }
    for (k, line) in lines.iter().enumerate() {
        let key = [("activity_id", t(activity)), ("budget_line_id", t(line))];
        match w.find_any("activity_budget_lines", &key)? {
            Some((_, true)) => {}
            Some((id, false)) => {
                w.undelete("activity_budget_lines", &id)?;
            }
            None => {
                let mut row = key.to_vec();
                row.push(("position", Value::Integer(k as i64)));
                w.insert("activity_budget_lines", &row)?;
            }
        }
    }
    Ok(())
}

/// The pattern of a project's activity refs and the highest number in it (`P2-A12`:
/// (`P2-A`, 12)); (`A`, 0) for a project without any.
pub(crate) fn ref_pattern(db: &Db, project: &str) -> Result<rows::RefPattern> {
    rows::ref_pattern(db, "activities", project, 'A')
}

/// The next activity ref of a project: its refs' own pattern continued (`P2-A12` → `P2-A13`,
/// `A7` → `A8`), `A1` for the first.
fn next_ref(db: &Db, project: &str) -> Result<String> {
    Ok(ref_pattern(db, project)?.next())
}

/// Create an activity of project `project_id` from the form; returns its id.
pub fn create_activity(db: &mut Db, project_id: &str, input: &ActivityInput) -> Result<String> {
    rows::exists(db, "projects", "project", project_id)?;
    check(db, project_id, input)?;
    let r = next_ref(db, project_id)?;
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_activities WHERE project_id = ?1",
        [project_id],
        |r| r.get(0),
    )?;
    let mut row = values(input);
    row.extend([("project_id", t(project_id)), ("ref", t(&r)), ("position", Value::Integer(position))]);
    db.write(|w| {
        let id = w.insert("activities", &row)?;
        keep_budget_lines(w, &id, &input.budget_lines)?;
        Ok(id)
    })
}

/// Change an activity from the form (only the cells that changed are written).
pub fn update_activity(db: &mut Db, id: &str, input: &ActivityInput) -> Result<()> {
    let project: String = db
        .conn()
        .query_row("SELECT project_id FROM live_activities WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| not_found(id))?;
    check(db, &project, input)?;
    let row = values(input);
    db.write(|w| {
        w.update("activities", id, &row)?;
        keep_budget_lines(w, id, &input.budget_lines)
    })
}

fn not_found(id: &str) -> Error {
    Error::NotFound { what: "activity", id: id.to_string() }
}

/// Add an activity under the result `result_id` of a project; returns its id.
pub fn add_activity(db: &mut Db, result_id: &str, title: &str) -> Result<String> {
    let (project, level): (String, String) = db
        .conn()
        .query_row("SELECT project_id, level FROM live_logframe_nodes WHERE id = ?1", [result_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .map_err(|_| Error::NotFound { what: "logframe node", id: result_id.to_string() })?;
    let mut c = Check::default();
    if level != "result" {
        c.push("parent", "invalid-value", vec![("value", level), ("allowed", "result".into())]);
    }
    c.required("title", title);
    c.finish()?;
    let next = next_ref(db, &project)?;
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_activities WHERE result_id = ?1",
        [result_id],
        |r| r.get(0),
    )?;
    let row = [
        ("project_id", t(&project)),
        ("result_id", t(result_id)),
        ("ref", t(&next)),
        ("type", t("other")),
        ("title", t(title)),
        ("status", t("planned")),
        ("position", Value::Integer(position)),
    ];
    db.write(|w| w.insert("activities", &row))
}

/// Change an activity's title.
pub fn rename_activity(db: &mut Db, id: &str, title: &str) -> Result<()> {
    result_of(db, id)?;
    let mut c = Check::default();
    c.required("title", title);
    c.finish()?;
    db.write(|w| w.update("activities", id, &[("title", t(title))])).map(|_| ())
}

/// Move an activity `by` places among the activities of its result.
pub fn move_activity(db: &mut Db, id: &str, by: i64) -> Result<()> {
    let result = result_of(db, id)?;
    let siblings: Vec<String> = db
        .conn()
        .prepare("SELECT id FROM live_activities WHERE result_id IS ?1 ORDER BY position, ref")?
        .query_map([&result], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    rows::move_among(db, "activities", siblings, id, by)
}

/// Delete an activity (its attendance stays with it, hidden); `restore_activity` undoes it.
pub fn delete_activity(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "activities", "activity", id)
}

pub fn restore_activity(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "activities", "activity", id)
}

fn result_of(db: &Db, id: &str) -> Result<Option<String>> {
    db.conn()
        .query_row("SELECT result_id FROM live_activities WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| not_found(id))
}
