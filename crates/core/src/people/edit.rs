//! Registering people from the app: a person gets the organisation's next pseudonymous code
//! (`<prefix>-0001`; the prefix is the org setting `people.code_prefix`, else its short name,
//! else `P`: `settings.rs`), names stay optional, every field is checked first (gender, birth year, country,
//! municipality from the shipped lists), then one write through the change log. The search key
//! (code + names, folded) is kept with the row, so the search index follows.

use rusqlite::types::Value;
use serde::Deserialize;

use crate::input::{opt_text, text as t, Check};
use crate::{enums, places, rows, settings, Db, Result};

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
    /// Special-category: accepted only when the organisation switched the field on.
    #[serde(default)]
    pub ethnicity: Option<String>,
    #[serde(default)]
    pub disability: Option<bool>,
    /// Special-category: vulnerability tags, comma-separated (`single parent, no documents`).
    #[serde(default)]
    pub vulnerability: Option<String>,
    /// The household's code: an existing household of the organisation, else a new one (of
    /// one person, in the person's municipality). Empty: none.
    #[serde(default)]
    pub household: Option<String>,
}

fn filled(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// What the organisation allows of a person's fields (sensitive ones switched on).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Allowed {
    pub ethnicity: bool,
    pub disability: bool,
    pub vulnerability: bool,
}

impl Allowed {
    pub(crate) fn of(db: &Db) -> Result<Allowed> {
        Ok(Allowed {
            ethnicity: settings::sensitive_on(db, "ethnicity")?,
            disability: settings::sensitive_on(db, "disability")?,
            vulnerability: settings::sensitive_on(db, "vulnerability")?,
        })
    }
}

/// Every problem of a person's fields, at its field (the registration form's and the table
/// import's one rule).
pub(crate) fn problems(input: &PersonInput, this_year: i32, allowed: Allowed) -> Check {
    let mut c = Check::default();
    match filled(&input.gender) {
        Some(g) => {
            c.one_of("gender", g, enums::values("Gender"));
        }
        None => c.push("gender", "required", vec![]),
    }
    if let Some(y) = input.birth_year {
        if !(1900..=this_year).contains(&y) {
            let args = vec![("value", y.to_string()), ("min", "1900".into()), ("max", this_year.to_string())];
            c.push("birth_year", "year-out-of-range", args);
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
    if filled(&input.ethnicity).is_some() && !allowed.ethnicity {
        c.push("ethnicity", "sensitive-off", vec![]);
    }
    if input.disability.is_some() && !allowed.disability {
        c.push("disability", "sensitive-off", vec![]);
    }
    if filled(&input.vulnerability).is_some() && !allowed.vulnerability {
        c.push("vulnerability", "sensitive-off", vec![]);
    }
    c
}

fn check(db: &Db, input: &PersonInput, this_year: i32) -> Result<Allowed> {
    let allowed = Allowed::of(db)?;
    problems(input, this_year, allowed).finish()?;
    Ok(allowed)
}

/// The person's columns as stored; a sensitive field the organisation does not record is
/// left as it is (a form without it does not clear what a package brought).
pub(crate) fn values(input: &PersonInput, code: &str, allowed: Allowed) -> Vec<(&'static str, Value)> {
    let key = super::search_key(code, filled(&input.first_name), filled(&input.last_name));
    let mut row = vec![
        ("first_name", opt_text(&input.first_name)),
        ("last_name", opt_text(&input.last_name)),
        ("gender", opt_text(&input.gender)),
        ("birth_year", input.birth_year.map_or(Value::Null, |y| Value::Integer(y.into()))),
        ("country", opt_text(&input.country.as_ref().map(|c| c.trim().to_uppercase()))),
        ("municipality", municipality(input)),
        ("settlement", opt_text(&input.settlement)),
        ("ethnicity", opt_text(&input.ethnicity)),
        ("disability", input.disability.map_or(Value::Null, |d| Value::Integer(d.into()))),
        ("vulnerability", opt_text(&tags(&input.vulnerability))),
        ("search_key", t(&key)),
    ];
    row.retain(|(c, _)| match *c {
        "ethnicity" => allowed.ethnicity,
        "disability" => allowed.disability,
        "vulnerability" => allowed.vulnerability,
        _ => true,
    });
    row
}

/// Tags as stored: trimmed, comma-separated, none twice.
fn tags(typed: &Option<String>) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    for tag in typed.as_deref().unwrap_or("").split([',', ';']).map(str::trim).filter(|t| !t.is_empty()) {
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    (!out.is_empty()).then(|| out.join(", "))
}

/// The municipality as stored: its Latin name in the shipped list when it is found there
/// (typed in any script), else as typed.
fn municipality(input: &PersonInput) -> Value {
    match filled(&input.municipality) {
        Some(m) => t(&stored_municipality(filled(&input.country), m)),
        None => Value::Null,
    }
}

/// A municipality typed in any script as Tessera stores it: its Latin name in `country`'s
/// list, else as typed.
pub(crate) fn stored_municipality(country: Option<&str>, typed: &str) -> String {
    let found = country.and_then(|cc| places::find(&cc.trim().to_uppercase(), typed).first().copied());
    found.map_or_else(|| typed.trim().to_string(), |m| m.name_latn.clone())
}

/// The organisation's prefix and the number after the highest code with it (deleted
/// people's codes are not reused): the next code is `<prefix>-<n:04>`.
pub(crate) fn next_number(db: &Db) -> Result<(String, u32)> {
    let prefix = settings::code_prefix(db)?;
    let taken: Vec<String> = db
        .conn()
        .prepare("SELECT code FROM /* all rows */ beneficiaries WHERE owner_org_id IS NULL AND code LIKE ?1")?
        .query_map([format!("{prefix}-%")], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    let n = taken.iter().filter_map(|c| c[prefix.len() + 1..].parse::<u32>().ok()).max().unwrap_or(0) + 1;
    Ok((prefix, n))
}

pub(crate) fn code(prefix: &str, n: u32) -> String {
    format!("{prefix}-{n:04}")
}

/// Register a person of the database owner; returns (id, code).
pub fn create_person(db: &mut Db, input: &PersonInput, this_year: i32) -> Result<(String, String)> {
    let allowed = check(db, input, this_year)?;
    let (prefix, n) = next_number(db)?;
    let code = code(&prefix, n);
    let mut row = values(input, &code, allowed);
    row.extend([("ref", t(&code)), ("kind", t("person")), ("code", t(&code))]);
    let id = db.write(|w| {
        row.push(("household_id", household(w, input)?));
        w.insert("beneficiaries", &row)
    })?;
    Ok((id, code))
}

/// The household a form names by its code, made when the organisation has none with it.
fn household(w: &mut crate::store::Writer<'_>, input: &PersonInput) -> Result<Value> {
    let Some(code) = filled(&input.household) else { return Ok(Value::Null) };
    let key = [("owner_org_id", Value::Null), ("code", t(code))];
    if let Some(id) = w.find("households", &key)? {
        return Ok(t(&id));
    }
    let id = w.insert(
        "households",
        &[("ref", t(code)), ("code", t(code)), ("size", Value::Integer(1)), ("municipality", municipality(input))],
    )?;
    Ok(t(&id))
}

/// Change a person's fields (the code stays).
pub fn update_person(db: &mut Db, id: &str, input: &PersonInput, this_year: i32) -> Result<()> {
    rows::exists(db, "beneficiaries", "person", id)?;
    let allowed = check(db, input, this_year)?;
    let code: String = db.conn().query_row("SELECT code FROM live_beneficiaries WHERE id = ?1", [id], |r| r.get(0))?;
    let mut row = values(input, &code, allowed);
    db.write(|w| {
        row.push(("household_id", household(w, input)?));
        w.update("beneficiaries", id, &row)
    })
    .map(|_| ())
}

/// Delete a person (hidden, not erased: undo brings them back; erasure is separate).
pub fn delete_person(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "beneficiaries", "person", id)
}

pub fn restore_person(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "beneficiaries", "person", id)
}
