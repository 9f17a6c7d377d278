//! Importing activities and attendance from a table (CSV or XLSX, `sheet.rs`), as
//! `tessera import activities|attendance` does: the header's words name the columns in any of
//! the seven languages, cells are read as people type them (a type or status in any language,
//! `31.12.2026`, a municipality in either script), each row is checked by the form's rule,
//! every rejected row is reported at its row and column — then one write, or none.
//!
//! Activities are matched by their `ref` within the project (a row whose ref exists changes
//! that activity; a row without one is a new activity with the next ref), so importing the
//! same table twice changes nothing. Attendance rows name an activity by its ref and a person
//! by their code; a person whose consent is withdrawn is refused; a pair already recorded
//! (or twice in the file) is recorded once.

use rusqlite::types::Value;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use super::edit::{self, ActivityInput};
use crate::input::text as t;
use crate::people::import::{default_country, parse_day, strict_mapping_of, Words};
use crate::projects::project_id;
use crate::sheet::{RowIssue, Sheet, SheetRow};
use crate::{Db, Error, Result};

/// The columns an activities table may have, as the package names them.
pub const ACTIVITY_FIELDS: &[&str] = &[
    "ref",
    "result",
    "type",
    "title",
    "description",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_end",
    "status",
    "country",
    "municipality",
    "settlement",
    "venue",
    "responsible",
];

/// The columns an attendance table has: the activity's ref and the person's code.
pub const ATTENDANCE_FIELDS: &[&str] = &["activity", "code"];

/// The message whose texts name a column (the forms' labels).
pub fn label_message(field: &str) -> String {
    match field {
        "activity" => "activity-field-ref".into(),
        "code" => "people-field-code".into(),
        f => format!("activity-field-{}", f.replace('_', "-")),
    }
}

/// The words of an activities table: headers by the form's labels, types and statuses by
/// their names in any language.
pub fn activity_words(texts: impl Fn(&str) -> Vec<String>) -> Words {
    Words::for_table(ACTIVITY_FIELDS, label_message, &["ActivityType", "ActivityStatus"], texts)
}

/// The words of an attendance table.
pub fn attendance_words(texts: impl Fn(&str) -> Vec<String>) -> Words {
    Words::for_table(ATTENDANCE_FIELDS, label_message, &[], texts)
}

/// What to import: the rows of `sheet` into the project with the code `project`.
#[derive(Debug, Clone, Copy)]
pub struct TableImport<'a> {
    pub sheet: &'a Sheet,
    pub words: &'a Words,
    pub project: &'a str,
    pub dry_run: bool,
}

/// What an activities import did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ActivitiesImported {
    pub created: u32,
    pub updated: u32,
    pub dry_run: bool,
}

/// What an attendance import did (or would do).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AttendanceImported {
    pub recorded: u32,
    /// Rows whose person was already recorded as attending.
    pub already: u32,
    pub dry_run: bool,
}

/// Each field's column, checked at row 1 (a column no field is named by, a field twice); also
/// the transactions import's.
pub(crate) fn columns(sheet: &Sheet, words: &Words, fields: &[&'static str]) -> Result<FxHashMap<&'static str, usize>> {
    let mapping = strict_mapping_of(sheet, words, fields)?;
    let mut cols = FxHashMap::default();
    let mut issues = Vec::new();
    for (i, m) in mapping.iter().enumerate() {
        let Some(field) = m.as_deref().and_then(|m| fields.iter().find(|f| **f == m).copied()) else {
            let h = sheet.header.get(i).cloned().unwrap_or_default();
            if !h.is_empty() {
                issues.push(RowIssue::new(
                    1,
                    &h,
                    "unknown-column",
                    vec![("value", h.clone()), ("allowed", fields.join(", "))],
                ));
            }
            continue;
        };
        if let Some(first) = cols.insert(field, i) {
            let (h, first) = (&sheet.header[i], sheet.header[first].clone());
            issues.push(RowIssue::new(1, h, "column-twice", vec![("value", field.to_string()), ("first", first)]));
        }
    }
    if !issues.is_empty() {
        return Err(Error::InvalidTable(issues));
    }
    if sheet.rows.is_empty() {
        let h = sheet.header.first().cloned().unwrap_or_default();
        return Err(Error::InvalidTable(vec![RowIssue::new(1, &h, "no-rows", vec![])]));
    }
    Ok(cols)
}

/// One row's cells by field, and its problems at the file's column names.
pub(crate) struct Row<'a> {
    pub(crate) sheet: &'a Sheet,
    pub(crate) row: &'a SheetRow,
    pub(crate) cols: &'a FxHashMap<&'static str, usize>,
    pub(crate) issues: Vec<RowIssue>,
}

impl<'a> Row<'a> {
    pub(crate) fn cell(&self, field: &str) -> Option<&'a str> {
        self.cols.get(field).and_then(|i| self.row.cell(*i))
    }

    pub(crate) fn header(&self, field: &str) -> String {
        self.cols.get(field).and_then(|i| self.sheet.header.get(*i)).map_or(field.to_string(), Clone::clone)
    }

    pub(crate) fn at(&mut self, field: &str, code: &'static str, args: Vec<(&'static str, String)>) {
        let h = self.header(field);
        self.issues.push(RowIssue::new(self.row.number, &h, code, args));
    }

    /// A date as typed (`31.12.2026`, `2026-12-31`) as ISO; as typed when it is not one (the
    /// form's check then refuses it at its column).
    pub(crate) fn day(&self, field: &str) -> Option<String> {
        self.cell(field).map(|d| parse_day(d).map_or_else(|| d.to_string(), |d| d.to_string()))
    }
}

/// Import the activities of a table into a project: every rejected row in
/// `Error::InvalidTable` and nothing written, else one write (`progress(done, total)`).
pub fn import_activities(
    db: &mut Db,
    req: &TableImport<'_>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ActivitiesImported> {
    let pid = project_id(db, req.project)?;
    let cols = columns(req.sheet, req.words, ACTIVITY_FIELDS)?;
    let country = default_country(db, &pid)?;
    let results: FxHashMap<String, String> = db
        .conn()
        .prepare("SELECT ref, id FROM live_logframe_nodes WHERE project_id = ?1 AND level = 'result'")?
        .query_map([&pid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    let existing: FxHashMap<String, String> = db
        .conn()
        .prepare("SELECT ref, id FROM live_activities WHERE project_id = ?1")?
        .query_map([&pid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    let mut issues = Vec::new();
    let mut seen: FxHashMap<String, u32> = FxHashMap::default();
    let mut rows: Vec<(Option<String>, ActivityInput)> = Vec::new();
    for sheet_row in &req.sheet.rows {
        let mut row = Row { sheet: req.sheet, row: sheet_row, cols: &cols, issues: Vec::new() };
        let r = row.cell("ref").map(str::to_string);
        if let Some(r) = &r {
            if let Some(first) = seen.insert(r.clone(), sheet_row.number) {
                row.at("ref", "person-code-twice", vec![("value", r.clone()), ("row", first.to_string())]);
            }
        }
        let result_id = match row.cell("result") {
            None => None,
            Some(typed) => match results.get(typed.trim()) {
                Some(id) => Some(id.clone()),
                None => {
                    let mut allowed: Vec<&str> = results.keys().map(String::as_str).collect();
                    allowed.sort_unstable();
                    row.at(
                        "result",
                        "invalid-value",
                        vec![("value", typed.to_string()), ("allowed", allowed.join(", "))],
                    );
                    None
                }
            },
        };
        let word = |kind, typed: Option<&str>| typed.map(|v| req.words.value(kind, v).unwrap_or(v).to_string());
        let input = ActivityInput {
            result_id,
            kind: word("ActivityType", row.cell("type")).unwrap_or_else(|| "other".into()),
            title: row.cell("title").unwrap_or_default().to_string(),
            description: row.cell("description").map(str::to_string),
            planned_start: row.day("planned_start"),
            planned_end: row.day("planned_end"),
            actual_start: row.day("actual_start"),
            actual_end: row.day("actual_end"),
            status: word("ActivityStatus", row.cell("status")).unwrap_or_else(|| "planned".into()),
            country: row
                .cell("country")
                .map(str::to_string)
                .or_else(|| Some(country.clone()).filter(|c| !c.is_empty())),
            municipality: row.cell("municipality").map(str::to_string),
            settlement: row.cell("settlement").map(str::to_string),
            venue: row.cell("venue").map(str::to_string),
            responsible: row.cell("responsible").map(str::to_string),
            budget_lines: Vec::new(),
        };
        for i in edit::problems(db, &pid, &input)?.into_issues() {
            let field = match i.field.as_str() {
                "result_id" => "result".to_string(),
                // a reason the table has no column for: at the status that asks for it
                "description" if !cols.contains_key("description") => "status".to_string(),
                f => f.to_string(),
            };
            let mut issue = RowIssue::new(sheet_row.number, &row.header(&field), i.code, vec![]);
            issue.args = i.args;
            if i.code == "invalid-value" && (field == "type" || field == "status") {
                // the allowed values are shown as the language names them
                let prefix = if field == "type" { "activity-type" } else { "activity-status" };
                issue.args.insert("enum".into(), prefix.into());
            }
            row.issues.push(issue);
        }
        issues.append(&mut row.issues);
        rows.push((r, input));
    }
    if !issues.is_empty() {
        return Err(Error::InvalidTable(issues));
    }
    let updated = rows.iter().filter(|(r, _)| r.as_ref().is_some_and(|r| existing.contains_key(r))).count() as u32;
    let summary = ActivitiesImported { created: rows.len() as u32 - updated, updated, dry_run: req.dry_run };
    if req.dry_run {
        return Ok(summary);
    }
    let mut pattern = edit::ref_pattern(db, &pid)?;
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_activities WHERE project_id = ?1",
        [&pid],
        |r| r.get(0),
    )?;
    let total = rows.len() as u64;
    db.write(|w| {
        for (k, (r, input)) in rows.iter().enumerate() {
            let values = edit::values(input);
            match r.as_ref().and_then(|r| existing.get(r)) {
                Some(id) => {
                    w.update("activities", id, &values)?;
                }
                None => {
                    let r = r.clone().unwrap_or_else(|| pattern.next());
                    let mut row = values;
                    row.extend([
                        ("project_id", t(&pid)),
                        ("ref", t(&r)),
                        ("position", Value::Integer(position + k as i64)),
                    ]);
                    w.insert("activities", &row)?;
                }
            }
            progress(k as u64 + 1, total);
        }
        Ok(())
    })?;
    Ok(summary)
}

/// Import attendance from a table: each row an activity of the project (by its ref) and a
/// registered person (by their code). Every rejected row in `Error::InvalidTable` and nothing
/// written, else one write.
pub fn import_attendance(
    db: &mut Db,
    req: &TableImport<'_>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<AttendanceImported> {
    let pid = project_id(db, req.project)?;
    let cols = columns(req.sheet, req.words, ATTENDANCE_FIELDS)?;
    let activities: FxHashMap<String, String> = db
        .conn()
        .prepare("SELECT ref, id FROM live_activities WHERE project_id = ?1")?
        .query_map([&pid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    let people_sql = format!(
        "SELECT b.id, {} FROM live_beneficiaries b WHERE b.owner_org_id IS NULL AND b.code = ?1",
        crate::people::withdrew_consent("b.id")
    );
    let mut people_stmt = db.conn().prepare_cached(&people_sql)?;
    let mut attending_stmt = db
        .conn()
        .prepare_cached("SELECT count(*) FROM live_attendance WHERE activity_id = ?1 AND beneficiary_id = ?2")?;
    let mut issues = Vec::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut taken: FxHashSet<(String, String)> = FxHashSet::default();
    let mut already = 0;
    for sheet_row in &req.sheet.rows {
        let mut row = Row { sheet: req.sheet, row: sheet_row, cols: &cols, issues: Vec::new() };
        let activity = match row.cell("activity") {
            None => {
                row.at("activity", "required", vec![]);
                None
            }
            Some(a) => match activities.get(a.trim()) {
                Some(id) => Some(id.clone()),
                None => {
                    row.at(
                        "activity",
                        "unknown-activity",
                        vec![("value", a.to_string()), ("project", req.project.to_string())],
                    );
                    None
                }
            },
        };
        let person = match row.cell("code") {
            None => {
                row.at("code", "required", vec![]);
                None
            }
            Some(code) => {
                match people_stmt.query_row([code.trim()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?))) {
                    Ok((_, true)) => {
                        row.at("code", "consent-withdrawn", vec![("value", code.to_string())]);
                        None
                    }
                    Ok((id, false)) => Some(id),
                    Err(_) => {
                        row.at("code", "unknown-person", vec![("value", code.to_string())]);
                        None
                    }
                }
            }
        };
        issues.append(&mut row.issues);
        if let (Some(a), Some(p)) = (activity, person) {
            if !taken.insert((a.clone(), p.clone())) {
                continue;
            }
            let n: i64 = attending_stmt.query_row([&a, &p], |r| r.get(0))?;
            if n > 0 {
                already += 1;
            } else {
                pairs.push((a, p));
            }
        }
    }
    drop((people_stmt, attending_stmt));
    if !issues.is_empty() {
        return Err(Error::InvalidTable(issues));
    }
    let summary = AttendanceImported { recorded: pairs.len() as u32, already, dry_run: req.dry_run };
    if req.dry_run || pairs.is_empty() {
        return Ok(summary);
    }
    let total = pairs.len() as u64;
    db.write(|w| {
        let mut next: FxHashMap<String, i64> = FxHashMap::default();
        for (k, (activity, person)) in pairs.iter().enumerate() {
            let key = [("activity_id", t(activity)), ("beneficiary_id", t(person))];
            match w.find_any("attendance", &key)? {
                Some((id, false)) => {
                    w.undelete("attendance", &id)?;
                }
                Some((_, true)) => {}
                None => {
                    let position = match next.get(activity) {
                        Some(p) => *p,
                        None => w
                            .query_row(
                                "SELECT coalesce(max(position) + 1, 0) FROM live_attendance WHERE activity_id = ?1",
                                [activity],
                                |r| r.get(0),
                            )?
                            .unwrap_or(0),
                    };
                    next.insert(activity.clone(), position + 1);
                    let mut row = key.to_vec();
                    row.push(("position", Value::Integer(position)));
                    w.insert("attendance", &row)?;
                }
            }
            progress(k as u64 + 1, total);
        }
        Ok(())
    })?;
    Ok(summary)
}
