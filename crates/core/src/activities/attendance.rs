//! Who took part and what they received: an activity's page (its fields, attendance,
//! head-counts, attachments), ticking registered people as attending (**never a person whose
//! consent is withdrawn**), anonymous head-counts by gender × age band, and services
//! recorded for one person or in bulk for a distribution (one per person, or one per
//! household to its first registered member) — each a single write through the change log.

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

use super::figures::AGE_BANDS;
use crate::input::{opt_text, text as t, Check};
use crate::{enums, rows, Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// A person ticked as attending.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Attendee {
    pub person_id: String,
    pub code: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub gender: Option<String>,
    /// An organisation served, not a person.
    pub organisation: bool,
}

/// Anonymous participants of one gender and age band.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct HeadcountRow {
    pub id: String,
    pub gender: String,
    pub age_band: String,
    pub count: u32,
}

/// A file kept as evidence (a photo or scan of a signed attendance sheet, an agenda).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct AttachmentRow {
    pub id: String,
    pub filename: String,
    pub mime: Option<String>,
    pub size: u32,
    pub sha256: String,
}

/// An activity's page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ActivityDetail {
    pub id: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub project_id: String,
    pub project_code: String,
    pub input: super::edit::ActivityInput,
    pub attendance: Vec<Attendee>,
    pub headcounts: Vec<HeadcountRow>,
    pub attachments: Vec<AttachmentRow>,
    /// Attendance entries + the sum of the head-counts.
    pub participants: u32,
}

fn not_found(id: &str) -> Error {
    Error::NotFound { what: "activity", id: id.to_string() }
}

pub fn activity_detail(db: &Db, id: &str) -> Result<ActivityDetail> {
    let c = db.conn();
    let (ref_, project_id, project_code, mut input) = c
        .query_row(
            "SELECT a.ref, a.project_id, p.code, a.result_id, a.type, a.title, a.description, a.planned_start,
                    a.planned_end, a.actual_start, a.actual_end, a.status, a.country, a.municipality, a.settlement,
                    a.venue, a.responsible
             FROM live_activities a JOIN live_projects p ON p.id = a.project_id WHERE a.id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    super::edit::ActivityInput {
                        result_id: r.get(3)?,
                        kind: r.get(4)?,
                        title: r.get(5)?,
                        description: r.get(6)?,
                        planned_start: r.get(7)?,
                        planned_end: r.get(8)?,
                        actual_start: r.get(9)?,
                        actual_end: r.get(10)?,
                        status: r.get(11)?,
                        country: r.get(12)?,
                        municipality: r.get(13)?,
                        settlement: r.get(14)?,
                        venue: r.get(15)?,
                        responsible: r.get(16)?,
                        budget_lines: Vec::new(),
                    },
                ))
            },
        )
        .map_err(|_| not_found(id))?;
    input.budget_lines = c
        .prepare("SELECT budget_line_id FROM live_activity_budget_lines WHERE activity_id = ?1 ORDER BY position, id")?
        .query_map([id], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    let attendance: Vec<Attendee> = c
        .prepare(
            "SELECT b.id, b.code, b.first_name, b.last_name, b.gender, b.kind = 'organisation'
             FROM live_attendance at JOIN live_beneficiaries b ON b.id = at.beneficiary_id
             WHERE at.activity_id = ?1 ORDER BY at.position, at.id",
        )?
        .query_map([id], |r| {
            Ok(Attendee {
                person_id: r.get(0)?,
                code: r.get(1)?,
                first_name: r.get(2)?,
                last_name: r.get(3)?,
                gender: r.get(4)?,
                organisation: r.get(5)?,
            })
        })?
        .collect::<std::result::Result<_, _>>()?;
    let headcounts: Vec<HeadcountRow> = c
        .prepare(
            "SELECT id, gender, age_band, count FROM live_headcounts WHERE activity_id = ?1 ORDER BY position, id",
        )?
        .query_map([id], |r| {
            Ok(HeadcountRow { id: r.get(0)?, gender: r.get(1)?, age_band: r.get(2)?, count: r.get(3)? })
        })?
        .collect::<std::result::Result<_, _>>()?;
    let attachments = crate::attachments::of(db, "activities", id)?;
    let participants = attendance.len() as u32 + headcounts.iter().map(|h| h.count).sum::<u32>();
    Ok(ActivityDetail {
        id: id.to_string(),
        ref_,
        project_id,
        project_code,
        input,
        attendance,
        headcounts,
        attachments,
        participants,
    })
}

/// Whether the person's consent is withdrawn.
pub(crate) fn consent_withdrawn(db: &Db, person: &str) -> Result<bool> {
    let sql = format!("SELECT {}", crate::people::withdrew_consent("?1"));
    Ok(db.conn().prepare_cached(&sql)?.query_row([person], |r| r.get(0))?)
}

/// Tick `person` as attending `activity`; false when they already were. A person whose
/// consent is withdrawn is refused (`consent-withdrawn` at the field `person`).
pub fn add_attendance(db: &mut Db, activity: &str, person: &str) -> Result<bool> {
    rows::exists(db, "activities", "activity", activity)?;
    rows::exists(db, "beneficiaries", "person", person)?;
    if consent_withdrawn(db, person)? {
        let mut c = Check::default();
        c.push("person", "consent-withdrawn", vec![]);
        c.finish()?;
    }
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_attendance WHERE activity_id = ?1",
        [activity],
        |r| r.get(0),
    )?;
    db.write(|w| {
        let key = [("activity_id", t(activity)), ("beneficiary_id", t(person))];
        match w.find_any("attendance", &key)? {
            Some((_, true)) => Ok(false),
            Some((id, false)) => w.undelete("attendance", &id),
            None => {
                let mut row = key.to_vec();
                row.push(("position", Value::Integer(position)));
                w.insert("attendance", &row).map(|_| true)
            }
        }
    })
}

/// Untick `person` (undo: [`add_attendance`] again).
pub fn remove_attendance(db: &mut Db, activity: &str, person: &str) -> Result<()> {
    let key = [("activity_id", t(activity)), ("beneficiary_id", t(person))];
    db.write(|w| match w.find("attendance", &key)? {
        Some(id) => w.delete("attendance", &id).map(|_| ()),
        None => Err(Error::NotFound { what: "attendance", id: person.to_string() }),
    })
}

/// Add anonymous participants to `activity`; returns the head-count's id.
pub fn add_headcount(db: &mut Db, activity: &str, gender: &str, age_band: &str, count: i64) -> Result<String> {
    rows::exists(db, "activities", "activity", activity)?;
    let mut c = Check::default();
    c.one_of("gender", gender, enums::values("Gender"));
    c.one_of("age_band", age_band, &AGE_BANDS);
    if count < 1 {
        c.push("count", "not-a-count", vec![("value", count.to_string())]);
    }
    c.finish()?;
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_headcounts WHERE activity_id = ?1",
        [activity],
        |r| r.get(0),
    )?;
    let row = [
        ("activity_id", t(activity)),
        ("gender", t(gender)),
        ("age_band", t(age_band)),
        ("count", Value::Integer(count)),
        ("position", Value::Integer(position)),
    ];
    db.write(|w| w.insert("headcounts", &row))
}

pub fn delete_headcount(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "headcounts", "head-count", id)
}

pub fn restore_headcount(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "headcounts", "head-count", id)
}

/// A service as the form gives it, for one or many beneficiaries.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ServiceInput {
    pub project_id: String,
    pub kind: String,
    pub date: String,
    pub activity_id: Option<String>,
    /// A decimal with a dot (`1`, `2.5`), or none.
    pub quantity: Option<String>,
}

/// The first registered member (by code) of each household whose consent is not withdrawn:
/// who a household's service is recorded to.
pub fn household_members(db: &Db, households: &[String]) -> Result<Vec<String>> {
    let sql = format!(
        "SELECT b.id FROM live_beneficiaries b WHERE b.household_id = ?1 AND b.kind = 'person' AND NOT {}
         ORDER BY b.code LIMIT 1",
        crate::people::withdrew_consent("b.id")
    );
    let mut stmt = db.conn().prepare_cached(&sql)?;
    let mut out = Vec::with_capacity(households.len());
    for h in households {
        if let Ok(id) = stmt.query_row([h], |r| r.get::<_, String>(0)) {
            out.push(id);
        }
    }
    Ok(out)
}

/// One recipient per household among `people`: its first registered member; a person
/// without a household is their own. In the order first met, none twice.
pub fn households_of(db: &Db, people: &[String]) -> Result<Vec<String>> {
    let mut stmt = db.conn().prepare_cached("SELECT household_id FROM live_beneficiaries WHERE id = ?1")?;
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for p in people {
        let household: Option<String> = stmt.query_row([p], |r| r.get(0)).ok().flatten();
        let recipient = match household {
            Some(h) => household_members(db, &[h])?.into_iter().next().unwrap_or_else(|| p.clone()),
            None => p.clone(),
        };
        if seen.insert(recipient.clone()) {
            out.push(recipient);
        }
    }
    Ok(out)
}

/// Record one service for each of `people` in one write (a distribution of 250 packages is
/// one action); people whose consent is withdrawn are refused, all at once, before anything
/// is written. Returns how many were recorded.
pub fn record_services(db: &mut Db, input: &ServiceInput, people: &[String]) -> Result<u32> {
    rows::exists(db, "projects", "project", &input.project_id)?;
    let mut c = Check::default();
    c.one_of("kind", &input.kind, enums::values("ServiceKind"));
    c.date("date", &input.date);
    if let Some(q) = input.quantity.as_deref().filter(|q| !q.trim().is_empty()) {
        if crate::money::parse_decimal(q.trim()).is_none_or(|d| d.is_sign_negative()) {
            c.push("quantity", "invalid-value", vec![("value", q.to_string()), ("allowed", "0, 1, 2.5".into())]);
        }
    }
    if people.is_empty() {
        c.push("people", "no-rows", vec![]);
    }
    for p in people {
        if consent_withdrawn(db, p)? {
            c.push("people", "consent-withdrawn", vec![("value", p.clone())]);
            break;
        }
    }
    c.finish()?;
    let first: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_services WHERE project_id = ?1",
        [&input.project_id],
        |r| r.get(0),
    )?;
    let common = [
        ("project_id", t(&input.project_id)),
        ("kind", t(&input.kind)),
        ("date", t(&input.date)),
        ("activity_id", opt_text(&input.activity_id)),
        ("quantity", opt_text(&input.quantity)),
    ];
    db.write(|w| {
        for (k, person) in people.iter().enumerate() {
            let mut row = common.to_vec();
            row.push(("beneficiary_id", t(person)));
            row.push(("position", Value::Integer(first + k as i64)));
            w.insert("services", &row)?;
        }
        Ok(people.len() as u32)
    })
}
