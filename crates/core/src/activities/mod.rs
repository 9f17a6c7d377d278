//! Activities: the lists (the command line's, the activities screen's), a project's
//! activities with their participants, and how activities, attendance, headcounts and
//! services are stored (`tables.rs`).

pub mod attendance;
pub mod edit;
pub mod figures;
pub mod import;
pub mod tables;

use rusqlite::Connection;
use serde::Serialize;

use crate::projects::project_id;
use crate::search::fold;
use crate::{Db, Result};

#[cfg(feature = "specta")]
use specta::Type;

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

/// One activity in the activities screen's list (and its calendar and work plan).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ActivitySummary {
    pub id: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub project_id: String,
    pub project_code: String,
    pub result_id: Option<String>,
    pub title: String,
    pub kind: String,
    pub status: String,
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
    pub actual_start: Option<String>,
    pub actual_end: Option<String>,
    pub country: Option<String>,
    pub municipality: Option<String>,
    /// Attendance entries + the sum of the head-counts.
    pub participants: u32,
}

/// The activities of every live project, or of one, by date.
pub fn activity_summaries(db: &Db, project_id: Option<&str>) -> Result<Vec<ActivitySummary>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT a.id, a.ref, a.project_id, p.code, a.result_id, a.title, a.type, a.status, a.planned_start,
                a.planned_end, a.actual_start, a.actual_end, a.country, a.municipality,
                (SELECT count(*) FROM live_attendance at WHERE at.activity_id = a.id)
                + (SELECT coalesce(sum(count), 0) FROM live_headcounts h WHERE h.activity_id = a.id)
         FROM live_activities a JOIN live_projects p ON p.id = a.project_id
         WHERE ?1 IS NULL OR a.project_id = ?1
         ORDER BY coalesce(a.actual_start, a.planned_start) IS NULL, coalesce(a.actual_start, a.planned_start), p.code, a.position",
    )?;
    let rows = stmt.query_map([project_id], |r| {
        Ok(ActivitySummary {
            id: r.get(0)?,
            ref_: r.get(1)?,
            project_id: r.get(2)?,
            project_code: r.get(3)?,
            result_id: r.get(4)?,
            title: r.get(5)?,
            kind: r.get(6)?,
            status: r.get(7)?,
            planned_start: r.get(8)?,
            planned_end: r.get(9)?,
            actual_start: r.get(10)?,
            actual_end: r.get(11)?,
            country: r.get(12)?,
            municipality: r.get(13)?,
            participants: r.get(14)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A project's activities with their participants (attendance + headcounts).
pub(crate) fn of_project(c: &Connection, id: &str) -> Result<Vec<ActivityRow>> {
    Ok(c.prepare(
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
    .collect::<Result<_, _>>()?)
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
