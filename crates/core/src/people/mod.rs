//! People: beneficiaries (pseudonymous codes first), households and consents — the list and
//! how they are stored (`tables.rs`).

pub mod duplicates;
pub mod edit;
pub mod export;
pub mod import;
pub mod registry;
pub mod tables;

use serde::Serialize;

use crate::projects::project_id;
use crate::search::fold;
use crate::{Db, Result};

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

/// What a person is found by: the code and the names, folded across scripts (the search
/// index's text; the import and the registration form both keep it with the row).
pub fn search_key(code: &str, first_name: Option<&str>, last_name: Option<&str>) -> String {
    let names: Vec<&str> =
        [first_name, last_name].into_iter().flatten().map(str::trim).filter(|n| !n.is_empty()).collect();
    fold(&format!("{code} {}", names.join(" ")))
}

/// The FTS5 query for what a user typed: its folded words, each as a prefix, all required
/// (`Petr Ši` → `"petr"* AND "si"*`); none when nothing searchable was typed.
pub(crate) fn fts_query(typed: &str) -> Option<String> {
    let folded = fold(typed);
    let words: Vec<String> =
        folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"*")).collect();
    (!words.is_empty()).then(|| words.join(" AND "))
}

/// The ids of the people whose code or names start with each word typed, in any script
/// (`petrovic` and `Петров` find `Петровић`; `shkoder` finds `Shkodër`), by the search index
/// (migration 5); the first `limit`, in the order they were registered (the index's own
/// order: no sorting of a large match).
pub fn search_ids(db: &Db, typed: &str, limit: usize) -> Result<Vec<String>> {
    matching(db, "b.id", typed, limit as u32, 0, |r| r.get(0))
}

/// The rows (`columns` of `beneficiaries b`) the index finds for `typed`: `limit` of them from
/// `offset`, in the index's order.
pub(crate) fn matching<T>(
    db: &Db,
    columns: &str,
    typed: &str,
    limit: u32,
    offset: u32,
    map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let Some(q) = fts_query(typed) else { return Ok(Vec::new()) };
    // the index holds live rows only (its triggers); the row's own rowid joins it
    let sql = format!(
        "SELECT {columns} FROM people_search s JOIN /* all rows */ beneficiaries b ON b.rowid = s.rowid
         WHERE people_search MATCH ?1 AND b.cl % 2 = 1 ORDER BY s.rowid LIMIT ?2 OFFSET ?3"
    );
    let mut stmt = db.conn().prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params![q, limit, offset], map)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A person as the registry screen lists them.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PersonRow {
    pub id: String,
    pub code: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub gender: Option<String>,
    pub birth_year: Option<i32>,
    pub country: Option<String>,
    pub municipality: Option<String>,
}

/// Whether person `b` is reached by the project whose id is the SQL parameter `project`
/// (NULL: every project): registered for it, attending one of its activities or served by it.
pub(crate) fn reached_by(project: &str) -> String {
    format!(
        "({project} IS NULL OR b.home_project_id = {project}
          OR EXISTS (SELECT 1 FROM live_attendance at JOIN live_activities a ON a.id = at.activity_id
                     WHERE at.beneficiary_id = b.id AND a.project_id = {project})
          OR EXISTS (SELECT 1 FROM live_services s WHERE s.beneficiary_id = b.id AND s.project_id = {project}))"
    )
}

/// The condition that the person `person` (an SQL expression) withdrew their consent: who
/// cannot attend, be served or receive a household's service.
pub(crate) fn withdrew_consent(person: &str) -> String {
    format!("EXISTS (SELECT 1 FROM live_consents c WHERE c.beneficiary_id = {person} AND c.withdrawn IS NOT NULL)")
}

/// A household as `tessera list households` shows it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct HouseholdRow {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub code: String,
    pub size: u32,
    pub municipality: Option<String>,
    /// Its registered members.
    pub members: u32,
}

/// The organisation's households, or those a project reaches (its home project, or a member
/// it reached); `search` matches the code or municipality in any script.
pub fn list_households(db: &Db, project: Option<&str>, search: Option<&str>) -> Result<Vec<HouseholdRow>> {
    let pid = project.map(|code| crate::projects::project_id(db, code)).transpose()?;
    let needle = search.map(fold);
    let sql = format!(
        "SELECT h.ref, h.code, h.size, h.municipality,
                (SELECT count(*) FROM live_beneficiaries m WHERE m.household_id = h.id)
         FROM live_households h
         WHERE ?1 IS NULL OR h.home_project_id = ?1
            OR EXISTS (SELECT 1 FROM live_beneficiaries b WHERE b.household_id = h.id AND {})
         ORDER BY h.code",
        reached_by("?1")
    );
    let mut stmt = db.conn().prepare(&sql)?;
    let rows = stmt.query_map([pid], |r| {
        Ok(HouseholdRow {
            ref_: r.get(0)?,
            code: r.get(1)?,
            size: r.get(2)?,
            municipality: r.get(3)?,
            members: r.get(4)?,
        })
    })?;
    let all: Vec<HouseholdRow> = rows.collect::<std::result::Result<_, _>>()?;
    Ok(all
        .into_iter()
        .filter(|h| {
            needle.as_ref().is_none_or(|n| {
                fold(&format!("{} {}", h.code, h.municipality.as_deref().unwrap_or(""))).contains(n.as_str())
            })
        })
        .collect())
}

/// The columns of `beneficiaries b` a `PersonRow` is read from (`person_row`), in its order.
pub(crate) const PERSON_COLS: &str =
    "b.id, b.code, b.first_name, b.last_name, b.gender, b.birth_year, b.country, b.municipality";

/// A `PersonRow` from a row whose first columns are `PERSON_COLS`.
pub(crate) fn person_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PersonRow> {
    Ok(PersonRow {
        id: r.get(0)?,
        code: r.get(1)?,
        first_name: r.get(2)?,
        last_name: r.get(3)?,
        gender: r.get(4)?,
        birth_year: r.get(5)?,
        country: r.get(6)?,
        municipality: r.get(7)?,
    })
}

/// People, optionally only those reached by a project, optionally matching a search in any
/// script (`petrovic` finds `Петровић`).
pub fn list_beneficiaries(db: &Db, project: Option<&str>, search: Option<&str>) -> Result<Vec<BeneficiaryRow>> {
    let pid = project.map(|code| project_id(db, code)).transpose()?;
    // a search that folds to nothing matches nobody
    let query = match search {
        Some(s) => match fts_query(s) {
            Some(q) => Some(q),
            None => return Ok(Vec::new()),
        },
        None => None,
    };
    let mut stmt = db.conn().prepare(&format!(
        "SELECT code, first_name, last_name, gender, birth_year, municipality FROM live_beneficiaries b
         WHERE (?1 IS NULL OR b.id IN (SELECT x.id FROM /* all rows */ beneficiaries x
                WHERE x.rowid IN (SELECT rowid FROM people_search WHERE people_search MATCH ?1)))
           AND {}
         ORDER BY code",
        reached_by("?2")
    ))?;
    let rows = stmt.query_map(rusqlite::params![query, pid], |r| {
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
