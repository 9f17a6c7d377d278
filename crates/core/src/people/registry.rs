//! The registry screen's reads and its consent rules: a page of the list as the user types
//! (by code, name, household or municipality, with the total, so 200 000 people scroll as one
//! list), a person's page (household,
//! consent, services, attendance), recording and withdrawing consent, and erasure — the
//! person's identifying values removed from the table, the change log, the search index and
//! the file's free pages (the store's `erase`), anonymous counts kept, carried by sync.

use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use super::{fts_query, matching, person_row, PersonRow, PERSON_COLS};
use crate::input::{opt_text, text as t, Check};
use crate::{enums, places, rows, settings, Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// One page of the registry: `rows` from `offset`, of `total` matching.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct RegistryPage {
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<PersonRow>,
}

/// The people matching `typed` (everyone when nothing is typed), in registration order:
/// `limit` of them from `offset`, and how many match in all. A person matches by code or name
/// (each word a prefix, any script: the search index), by their household's code, or by their
/// municipality's name in any script (`Лесковац`, `leskovac`).
pub fn registry_page(db: &Db, typed: &str, offset: u32, limit: u32) -> Result<RegistryPage> {
    let c = db.conn();
    if typed.trim().is_empty() {
        // through the index of `cl` alone (migration 6): a few pages, not every row
        let total: u32 = c
            .prepare_cached(
                "SELECT count(*) FROM /* all rows */ beneficiaries INDEXED BY beneficiaries_cl WHERE cl % 2 = 1",
            )?
            .query_row([], |r| r.get(0))?;
        let sql = format!(
            "SELECT {PERSON_COLS} FROM /* all rows */ beneficiaries b WHERE b.cl % 2 = 1 ORDER BY b.rowid LIMIT ?1 OFFSET ?2"
        );
        let rows = c.prepare_cached(&sql)?.query_map([limit, offset], person_row)?.collect::<Result<_, _>>()?;
        return Ok(RegistryPage { total, offset, rows });
    }
    let q = fts_query(typed);
    let household: Option<String> = c
        .prepare_cached("SELECT id FROM live_households WHERE code = ?1 COLLATE NOCASE ORDER BY id LIMIT 1")?
        .query_row([typed.trim()], |r| r.get(0))
        .optional()?;
    let places: Vec<String> = places::COUNTRIES
        .iter()
        .flat_map(|cc| places::find(cc, typed))
        .flat_map(|m| [Some(m.name_latn.clone()), m.name_cyrl.clone(), m.name_sq.clone()])
        .flatten()
        .collect();
    if household.is_none() && places.is_empty() {
        let Some(q) = q else { return Ok(RegistryPage { total: 0, offset, rows: Vec::new() }) };
        // the index holds live rows only
        let total: u32 = c
            .prepare_cached("SELECT count(*) FROM people_search WHERE people_search MATCH ?1")?
            .query_row([&q], |r| r.get(0))?;
        let rows = matching(db, PERSON_COLS, typed, limit, offset, person_row)?;
        return Ok(RegistryPage { total, offset, rows });
    }
    // names, or the household, or the municipality
    let by_name = if q.is_some() {
        "b.rowid IN (SELECT rowid FROM people_search WHERE people_search MATCH ?1)"
    } else {
        "?1 IS NULL AND 0"
    };
    let cond = format!(
        "b.cl % 2 = 1 AND ({by_name} OR (?2 IS NOT NULL AND b.household_id = ?2) OR b.municipality IN (SELECT value FROM json_each(?3)))"
    );
    let places = serde_json::to_string(&places).unwrap_or_else(|_| "[]".into());
    let total: u32 = c
        .prepare_cached(&format!("SELECT count(*) FROM /* all rows */ beneficiaries b WHERE {cond}"))?
        .query_row(rusqlite::params![q, household, places], |r| r.get(0))?;
    let sql = format!(
        "SELECT {PERSON_COLS} FROM /* all rows */ beneficiaries b WHERE {cond} ORDER BY b.rowid LIMIT ?4 OFFSET ?5"
    );
    let rows = c
        .prepare_cached(&sql)?
        .query_map(rusqlite::params![q, household, places, limit, offset], person_row)?
        .collect::<Result<_, _>>()?;
    Ok(RegistryPage { total, offset, rows })
}

/// A person's consent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ConsentInfo {
    pub date: String,
    pub purposes: Vec<String>,
    pub recorded_by: Option<String>,
    pub withdrawn: Option<String>,
}

/// A service a person received.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ServiceLine {
    pub date: String,
    pub kind: String,
    pub project: String,
    pub quantity: Option<String>,
}

/// An activity a person attended.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct AttendanceLine {
    pub activity: String,
    pub project: String,
    pub date: Option<String>,
}

/// A person's page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PersonDetail {
    pub person: PersonRow,
    pub settlement: Option<String>,
    pub ethnicity: Option<String>,
    pub disability: Option<bool>,
    pub vulnerability: Option<String>,
    /// The household's code and size, and how many registered people it has.
    pub household: Option<HouseholdInfo>,
    pub consent: Option<ConsentInfo>,
    pub services: Vec<ServiceLine>,
    pub attendance: Vec<AttendanceLine>,
    /// Their identifying values were erased.
    pub erased: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct HouseholdInfo {
    pub code: String,
    pub size: u32,
    pub members: u32,
}

pub fn person_detail(db: &Db, id: &str) -> Result<PersonDetail> {
    rows::exists(db, "beneficiaries", "person", id)?;
    let c = db.conn();
    let sql = format!(
        "SELECT {PERSON_COLS}, b.settlement, b.ethnicity, b.disability, b.household_id, b.search_key IS NULL, b.vulnerability
         FROM live_beneficiaries b WHERE b.id = ?1"
    );
    type Extra = (Option<String>, Option<String>, Option<bool>, Option<String>, bool, Option<String>);
    let (person, (settlement, ethnicity, disability, household_id, no_key, vulnerability)): (PersonRow, Extra) = c
        .query_row(&sql, [id], |r| {
            Ok((person_row(r)?, (r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?, r.get(13)?)))
        })?;
    let household = match household_id {
        Some(h) => c
            .query_row(
                "SELECT code, size, (SELECT count(*) FROM live_beneficiaries WHERE household_id = h.id)
                 FROM live_households h WHERE id = ?1",
                [&h],
                |r| Ok(HouseholdInfo { code: r.get(0)?, size: r.get(1)?, members: r.get(2)? }),
            )
            .ok(),
        None => None,
    };
    let services = c
        .prepare(
            "SELECT s.date, s.kind, p.code, s.quantity FROM live_services s JOIN live_projects p ON p.id = s.project_id
             WHERE s.beneficiary_id = ?1 ORDER BY s.date DESC",
        )?
        .query_map([id], |r| {
            Ok(ServiceLine { date: r.get(0)?, kind: r.get(1)?, project: r.get(2)?, quantity: r.get(3)? })
        })?
        .collect::<Result<_, _>>()?;
    let attendance = c
        .prepare(
            "SELECT a.title, p.code, coalesce(a.actual_start, a.planned_start) FROM live_attendance at
             JOIN live_activities a ON a.id = at.activity_id JOIN live_projects p ON p.id = a.project_id
             WHERE at.beneficiary_id = ?1 ORDER BY 3 DESC",
        )?
        .query_map([id], |r| Ok(AttendanceLine { activity: r.get(0)?, project: r.get(1)?, date: r.get(2)? }))?
        .collect::<Result<_, _>>()?;
    // special-category values leave the core only when the organisation records them
    let ethnicity = ethnicity.filter(|_| settings::sensitive_on(db, "ethnicity").unwrap_or(false));
    let disability = disability.filter(|_| settings::sensitive_on(db, "disability").unwrap_or(false));
    let vulnerability = vulnerability.filter(|_| settings::sensitive_on(db, "vulnerability").unwrap_or(false));
    Ok(PersonDetail {
        person,
        settlement,
        ethnicity,
        disability,
        vulnerability,
        household,
        consent: consent(db, id)?.map(|(_, c)| c),
        services,
        attendance,
        // every registration and import keeps a search key (the code at least); erasure clears it
        erased: no_key,
    })
}

fn consent(db: &Db, person: &str) -> Result<Option<(String, ConsentInfo)>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, date, purposes, recorded_by, withdrawn FROM live_consents WHERE beneficiary_id = ?1 ORDER BY id LIMIT 1",
    )?;
    let mut rows = stmt.query([person])?;
    let Some(r) = rows.next()? else { return Ok(None) };
    let purposes: String = r.get(2)?;
    Ok(Some((
        r.get(0)?,
        ConsentInfo {
            date: r.get(1)?,
            purposes: serde_json::from_str(&purposes).unwrap_or_default(),
            recorded_by: r.get(3)?,
            withdrawn: r.get(4)?,
        },
    )))
}

/// Record (or correct) a person's consent: its date, purposes and who recorded it.
pub fn record_consent(db: &mut Db, person: &str, input: &ConsentInfo) -> Result<()> {
    rows::exists(db, "beneficiaries", "person", person)?;
    let mut c = Check::default();
    let day = c.date("date", &input.date);
    if input.purposes.is_empty() {
        c.push("purposes", "required", vec![]);
    }
    for p in &input.purposes {
        c.one_of("purposes", p, enums::values("ConsentPurpose"));
    }
    let withdrawn = c.opt_date("withdrawn", &input.withdrawn);
    c.range("withdrawn", day, withdrawn);
    c.finish()?;
    let values = vec![
        ("date", t(&input.date)),
        ("purposes", Value::Text(serde_json::to_string(&input.purposes).unwrap_or_else(|_| "[]".into()))),
        ("recorded_by", opt_text(&input.recorded_by)),
        ("withdrawn", opt_text(&input.withdrawn)),
    ];
    let existing = consent(db, person)?.map(|(id, _)| id);
    db.write(|w| match &existing {
        Some(id) => w.update("consents", id, &values).map(|_| ()),
        None => {
            let mut row = values.clone();
            row.push(("beneficiary_id", t(person)));
            w.insert("consents", &row).map(|_| ())
        }
    })
}

/// Withdraw a person's consent on `date`: they stop appearing in new attendance and exports.
pub fn withdraw_consent(db: &mut Db, person: &str, date: &str) -> Result<()> {
    rows::exists(db, "beneficiaries", "person", person)?;
    let Some((id, info)) = consent(db, person)? else {
        return Err(Error::InvalidInput(vec![crate::input::FieldIssue {
            field: "consent".into(),
            code: "required",
            args: Default::default(),
        }]));
    };
    let mut c = Check::default();
    let day = c.date("withdrawn", date);
    let given = chrono::NaiveDate::parse_from_str(&info.date, "%Y-%m-%d").ok();
    c.range("withdrawn", given, day);
    c.finish()?;
    db.write(|w| w.update("consents", &id, &[("withdrawn", t(date))]).map(|_| ()))
}

/// Erase a person's identifying values everywhere (names, birth year, settlement, contact,
/// sensitive fields, the search key): from the table, the change log, the search index and
/// the file's free pages. The code, gender and municipality stay, so counts do; the erasure
/// is a change every other laptop applies. It cannot be undone.
pub fn erase_person(db: &mut Db, person: &str) -> Result<()> {
    rows::exists(db, "beneficiaries", "person", person)?;
    db.write(|w| w.erase("beneficiaries", person).map(|_| ()))
}
