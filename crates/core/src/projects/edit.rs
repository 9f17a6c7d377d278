//! Creating, changing, closing and deleting projects from the app: every field checked first
//! (all problems at once, at their fields), then one write through the change log. A
//! deleted project can be brought back (undo).

use rusqlite::types::Value;
use serde::Deserialize;

use crate::enums;
use crate::input::Check;
use crate::{Db, Error, Result};

/// A project as its form gives it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ProjectInput {
    pub code: String,
    pub title: String,
    pub summary: Option<String>,
    pub start: String,
    pub end: String,
    pub status: String,
    pub currency: String,
    /// The lead organisation's id; none = the database owner.
    pub lead_org_id: Option<String>,
    pub countries: Vec<String>,
}

fn t(s: &str) -> Value {
    Value::Text(s.trim().to_string())
}

/// Check a project's fields; `id` is the project being changed (its own code is no duplicate).
fn check(db: &Db, input: &ProjectInput, id: Option<&str>) -> Result<()> {
    let mut c = Check::default();
    if c.required("code", &input.code) {
        let taken: Option<String> = db
            .conn()
            .query_row(
                "SELECT id FROM live_projects WHERE code = ?1 AND owner_org_id IS NULL AND id IS NOT ?2 LIMIT 1",
                rusqlite::params![input.code.trim(), id],
                |r| r.get(0),
            )
            .ok();
        if taken.is_some() {
            c.push("code", "duplicate-code", vec![("value", input.code.trim().to_string())]);
        }
    }
    c.required("title", &input.title);
    let start = c.date("start", &input.start);
    let end = c.date("end", &input.end);
    c.range("end", start, end);
    c.one_of("status", &input.status, enums::values("ProjectStatus"));
    c.currency("currency", &input.currency);
    for country in &input.countries {
        c.country("countries", country);
    }
    if let Some(lead) = &input.lead_org_id {
        let known: i64 =
            db.conn().query_row("SELECT count(*) FROM live_organisations WHERE id = ?1", [lead], |r| r.get(0))?;
        if known == 0 {
            c.push("lead_org_id", "invalid-value", vec![("value", lead.clone()), ("allowed", String::new())]);
        }
    }
    c.finish()
}

fn values(db: &Db, input: &ProjectInput) -> Result<Vec<(&'static str, Value)>> {
    let lead = match &input.lead_org_id {
        Some(l) => t(l),
        None => db
            .conn()
            .query_row("SELECT id FROM live_organisations WHERE is_self = 1 ORDER BY id LIMIT 1", [], |r| {
                r.get::<_, String>(0)
            })
            .map_or(Value::Null, Value::Text),
    };
    let countries = serde_json::to_string(&input.countries).unwrap_or_else(|_| "[]".into());
    Ok(vec![
        ("code", t(&input.code)),
        ("title", t(&input.title)),
        ("summary", input.summary.as_deref().filter(|s| !s.trim().is_empty()).map_or(Value::Null, t)),
        ("start_date", t(&input.start)),
        ("end_date", t(&input.end)),
        ("status", t(&input.status)),
        ("currency", t(&input.currency)),
        ("lead_org_id", lead),
        ("countries", Value::Text(countries)),
    ])
}

/// A new project of the database owner; returns its id.
pub fn create_project(db: &mut Db, input: &ProjectInput) -> Result<String> {
    check(db, input, None)?;
    let mut row = values(db, input)?;
    let position: i64 =
        db.conn().query_row("SELECT coalesce(max(position) + 1, 0) FROM live_projects", [], |r| r.get(0))?;
    row.push(("ref", t(&input.code)));
    row.push(("position", Value::Integer(position)));
    db.write(|w| w.insert("projects", &row))
}

/// Change a project's fields.
pub fn update_project(db: &mut Db, id: &str, input: &ProjectInput) -> Result<()> {
    exists(db, id)?;
    check(db, input, Some(id))?;
    let row = values(db, input)?;
    db.write(|w| w.update("projects", id, &row)).map(|_| ())
}

/// Close a project (its status becomes `closed`; it stays, with everything in it).
pub fn close_project(db: &mut Db, id: &str) -> Result<()> {
    exists(db, id)?;
    db.write(|w| w.update("projects", id, &[("status", t("closed"))])).map(|_| ())
}

/// Delete a project: it and everything in it are hidden, nothing is destroyed, and
/// `restore_project` brings it back.
pub fn delete_project(db: &mut Db, id: &str) -> Result<()> {
    exists(db, id)?;
    db.write(|w| w.delete("projects", id)).map(|_| ())
}

/// Undo a deletion.
pub fn restore_project(db: &mut Db, id: &str) -> Result<()> {
    let done = db.write(|w| w.undelete("projects", id))?;
    if done {
        Ok(())
    } else {
        Err(Error::NotFound { what: "project", id: id.to_string() })
    }
}

fn exists(db: &Db, id: &str) -> Result<()> {
    let n: i64 = db.conn().query_row("SELECT count(*) FROM live_projects WHERE id = ?1", [id], |r| r.get(0))?;
    if n == 0 {
        return Err(Error::NotFound { what: "project", id: id.to_string() });
    }
    Ok(())
}
