//! Registering people from the app: a person gets the organisation's next pseudonymous code
//! (`<prefix>-0001`; the prefix is the org setting `people.code_prefix`, else its short name,
//! else `P`), names stay optional, every field is checked first (gender, birth year, country,
//! municipality from the shipped lists), then one write through the change log. The search key
//! (code + names, folded) is kept with the row, so the search index follows.

use rusqlite::types::Value;
use serde::Deserialize;

use crate::input::{opt_text, text as t, Check};
use crate::{enums, places, rows, Db, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// A person as the registration form gives it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PersonInput {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub gender: Option<String>,
    pub birth_year: Option<i32>,
    pub country: Option<String>,
    /// A municipality of `country`'s shipped list, by a name in any script (stored by its
    /// Latin name).
    pub municipality: Option<String>,
    pub settlement: Option<String>,
}

fn filled(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn check(input: &PersonInput, this_year: i32) -> Result<()> {
    let mut c = Check::default();
    if let Some(g) = filled(&input.gender) {
        c.one_of("gender", g, enums::values("Gender"));
    }
    if let Some(y) = input.birth_year {
        if !(1900..=this_year).contains(&y) {
            let allowed = format!("1900–{this_year}");
            c.push("birth_year", "invalid-value", vec![("value", y.to_string()), ("allowed", allowed)]);
        }
    }
    let country = filled(&input.country).map(str::to_uppercase);
    if let Some(cc) = &country {
        c.country("country", cc);
    }
    if let (Some(cc), Some(m)) = (&country, filled(&input.municipality)) {
        if places::COUNTRIES.contains(&cc.as_str()) && places::find(cc, m).is_empty() {
            c.push("municipality", "unknown-municipality", vec![("value", m.to_string()), ("country", cc.clone())]);
        }
    }
    c.finish()
}

fn values(input: &PersonInput, code: &str) -> Vec<(&'static str, Value)> {
    let key = super::search_key(code, filled(&input.first_name), filled(&input.last_name));
    vec![
        ("first_name", opt_text(&input.first_name)),
        ("last_name", opt_text(&input.last_name)),
        ("gender", opt_text(&input.gender)),
        ("birth_year", input.birth_year.map_or(Value::Null, |y| Value::Integer(y.into()))),
        ("country", opt_text(&input.country.as_ref().map(|c| c.trim().to_uppercase()))),
        ("municipality", municipality(input)),
        ("settlement", opt_text(&input.settlement)),
        ("search_key", t(&key)),
    ]
}

/// The municipality as stored: its Latin name in the shipped list when it is found there
/// (typed in any script), else as typed.
fn municipality(input: &PersonInput) -> Value {
    let (Some(cc), Some(m)) = (filled(&input.country), filled(&input.municipality)) else {
        return opt_text(&input.municipality);
    };
    match places::find(&cc.to_uppercase(), m).first() {
        Some(found) => t(&found.name_latn),
        None => t(m),
    }
}

/// The prefix of this organisation's pseudonymous codes.
fn code_prefix(db: &Db) -> Result<String> {
    let set: Option<String> = db
        .conn()
        .query_row(
            "SELECT value FROM live_org_settings WHERE key = 'people.code_prefix' ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .ok()
        .flatten();
    let short: Option<String> = db
        .conn()
        .query_row("SELECT short_name FROM live_organisations WHERE is_self = 1 ORDER BY id LIMIT 1", [], |r| r.get(0))
        .ok()
        .flatten();
    let raw = set.or(short).unwrap_or_else(|| "P".into());
    let clean: String = raw.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_uppercase();
    Ok(if clean.is_empty() { "P".into() } else { clean })
}

/// The next free code with the organisation's prefix (deleted people's codes are not reused).
fn next_code(db: &Db) -> Result<String> {
    let prefix = code_prefix(db)?;
    let taken: Vec<String> = db
        .conn()
        .prepare("SELECT code FROM /* all rows */ beneficiaries WHERE owner_org_id IS NULL AND code LIKE ?1")?
        .query_map([format!("{prefix}-%")], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    let n = taken.iter().filter_map(|c| c[prefix.len() + 1..].parse::<u32>().ok()).max().unwrap_or(0) + 1;
    Ok(format!("{prefix}-{n:04}"))
}

/// Register a person of the database owner; returns (id, code).
pub fn create_person(db: &mut Db, input: &PersonInput, this_year: i32) -> Result<(String, String)> {
    check(input, this_year)?;
    let code = next_code(db)?;
    let mut row = values(input, &code);
    row.extend([("ref", t(&code)), ("kind", t("person")), ("code", t(&code))]);
    let id = db.write(|w| w.insert("beneficiaries", &row))?;
    Ok((id, code))
}

/// Change a person's fields (the code stays).
pub fn update_person(db: &mut Db, id: &str, input: &PersonInput, this_year: i32) -> Result<()> {
    rows::exists(db, "beneficiaries", "person", id)?;
    check(input, this_year)?;
    let code: String = db.conn().query_row("SELECT code FROM live_beneficiaries WHERE id = ?1", [id], |r| r.get(0))?;
    let row = values(input, &code);
    db.write(|w| w.update("beneficiaries", id, &row)).map(|_| ())
}

/// Delete a person (hidden, not erased: undo brings them back; erasure is separate).
pub fn delete_person(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "beneficiaries", "person", id)
}

pub fn restore_person(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "beneficiaries", "person", id)
}
