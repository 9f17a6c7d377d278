//! Importing people from a table (CSV or XLSX, `sheet.rs`): which column is which field (the
//! header's words in any of the seven languages, or the app's mapping step), each row read as
//! a person types it (`žensko`, `жена`, `femër`; `31.12.1990`; a municipality in either
//! script or by a former name) and checked by the registration form's rule, every rejected
//! row reported with its number, column and reason — then all rows written in one write, or
//! none.

use std::collections::hash_map::Entry;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::duplicates::{self, RowDuplicate};
use super::edit::{self, Allowed, PersonInput};
use super::PersonRow;
use crate::input::text as t;
use crate::projects::project_id;
use crate::search::fold;
use crate::sheet::{RowIssue, Sheet, SheetRow};
use crate::{enums, Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// The fields a people table may have, as the package names them (nested ones joined with `_`).
pub const FIELDS: &[&str] = &[
    "code",
    "first_name",
    "last_name",
    "gender",
    "birth_year",
    "country",
    "municipality",
    "settlement",
    "household",
    "household_size",
    "ethnicity",
    "disability",
    "vulnerability",
    "consent_date",
    "consent_purposes",
    "consent_withdrawn",
];

/// The fields that are special-category data: a column of them is taken only when the
/// organisation switched the field on.
const SENSITIVE: &[&str] = &["ethnicity", "disability", "vulnerability"];

/// The message whose text, in each language, is a field's label (the form's and the mapping
/// step's; a header may be any of them).
pub fn label_message(field: &str) -> String {
    format!("people-field-{field}")
}

/// What the words of a table mean: a header's words name a field, a cell's words a value, in
/// any of the seven languages, compared folded (`Ženski`, `женски` and `zenski` are one word).
/// The caller gives the texts of the interface's messages in every language: the core knows no
/// language.
#[derive(Debug, Clone, Default)]
pub struct Words {
    columns: FxHashMap<String, &'static str>,
    values: FxHashMap<(&'static str, String), &'static str>,
}

impl Words {
    /// `texts(id)`: the message `id` in every language. Columns: `people-field-<field>`; values:
    /// `gender-<value>` and the comma-separated `people-words-gender-<value>`, `people-words-yes`,
    /// `people-words-no`.
    pub fn new(texts: impl Fn(&str) -> Vec<String>) -> Words {
        let mut w = Words::for_table(FIELDS, label_message, &[], &texts);
        let words = |id: &str| -> Vec<String> {
            texts(id)
                .iter()
                .flat_map(|t| t.split(',').map(|w| fold(w.trim())).collect::<Vec<_>>())
                .filter(|w| !w.is_empty())
                .collect()
        };
        for g in enums::values("Gender") {
            w.values.insert(("gender", fold(g)), g);
            for word in
                texts(&format!("gender-{g}")).iter().map(|s| fold(s)).chain(words(&format!("people-words-gender-{g}")))
            {
                w.values.entry(("gender", word)).or_insert(g);
            }
        }
        for (v, id, builtin) in [("yes", "people-words-yes", ["true", "1"]), ("no", "people-words-no", ["false", "0"])]
        {
            for word in builtin.iter().map(|s| s.to_string()).chain([v.to_string()]).chain(words(id)) {
                w.values.entry(("yes-no", word)).or_insert(v);
            }
        }
        w
    }

    /// The words of any table: its columns are `fields`, named by the field or the texts of
    /// the message `label(field)`; the cells of the enumerations `enums` (by name, `enums.rs`)
    /// by a value or the texts of its message (`activity-type-forum`: Forum, Форум, …).
    pub fn for_table(
        fields: &[&'static str],
        label: impl Fn(&str) -> String,
        enums: &[&'static str],
        texts: impl Fn(&str) -> Vec<String>,
    ) -> Words {
        let mut w = Words::default();
        for f in fields {
            w.columns.insert(fold(f), f);
            w.columns.insert(fold(&f.replace('_', " ")), f);
            for text in texts(&label(f)) {
                w.columns.entry(fold(&text)).or_insert(f);
            }
        }
        for name in enums {
            let Some(e) = enums::ENUMS.iter().find(|e| e.name == *name) else { continue };
            for v in e.values {
                w.values.insert((e.name, fold(v)), v);
                w.values.insert((e.name, fold(&v.replace('_', " "))), v);
                for text in texts(&enums::message_id(e.prefix, v)) {
                    w.values.entry((e.name, fold(&text))).or_insert(v);
                }
            }
        }
        w
    }

    /// The field a header names, if any.
    pub fn field(&self, header: &str) -> Option<&'static str> {
        self.columns.get(&fold(header.trim())).copied()
    }

    /// The value a cell's words name: `kind` is `gender`, `yes-no` or an enumeration's name.
    pub(crate) fn value(&self, kind: &'static str, typed: &str) -> Option<&'static str> {
        self.values.get(&(kind, fold(typed))).copied()
    }
}

/// The field each column is, by its header (`None`: no field has that name).
pub fn guess_mapping(sheet: &Sheet, words: &Words) -> Vec<Option<String>> {
    sheet.header.iter().map(|h| words.field(h).map(str::to_string)).collect()
}

/// The mapping of the header's words, every column a field: a column no field is named by is
/// refused at row 1 (the command line has no mapping step to skip it in).
pub fn strict_mapping(sheet: &Sheet, words: &Words) -> Result<Vec<Option<String>>> {
    strict_mapping_of(sheet, words, FIELDS)
}

/// [`strict_mapping`] for a table whose fields are `fields`.
pub fn strict_mapping_of(sheet: &Sheet, words: &Words, fields: &[&str]) -> Result<Vec<Option<String>>> {
    let mapping = guess_mapping(sheet, words);
    let issues: Vec<RowIssue> = sheet
        .header
        .iter()
        .zip(&mapping)
        .filter(|(h, m)| m.is_none() && !h.is_empty())
        .map(|(h, _)| RowIssue::new(1, h, "unknown-column", vec![("value", h.clone()), ("allowed", fields.join(", "))]))
        .collect();
    if issues.is_empty() {
        Ok(mapping)
    } else {
        Err(Error::InvalidTable(issues))
    }
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ImportSummary {
    pub people: u32,
    pub households: u32,
    pub consents: u32,
    pub dry_run: bool,
    /// A dry run's rows that are likely someone already registered (the first 200), for a
    /// person to decide before importing.
    pub likely: Vec<RowDuplicate>,
}

/// A row read and checked, ready to write.
struct Person {
    code: Option<String>,
    input: PersonInput,
    household: Option<String>,
    household_size: Option<i64>,
    consent: Option<(NaiveDate, Vec<String>, Option<NaiveDate>)>,
}

/// What to import: `sheet`'s rows, each column the field `mapping` gives it (`None`: left
/// out), as people of `project` (their home project).
#[derive(Debug, Clone, Copy)]
pub struct TableImport<'a> {
    pub sheet: &'a Sheet,
    pub mapping: &'a [Option<String>],
    pub project: &'a str,
    pub words: &'a Words,
    /// A birth year after it is refused.
    pub this_year: i32,
    pub dry_run: bool,
}

/// Import the people of a table. Every rejected row is in `Error::InvalidTable`, and then
/// nothing is written; a dry run checks the same and writes nothing. `progress(done, total)`
/// follows the write.
pub fn import_people(db: &mut Db, req: &TableImport<'_>, progress: &mut dyn FnMut(u64, u64)) -> Result<ImportSummary> {
    let TableImport { sheet, mapping, project, words, this_year, dry_run } = *req;
    let home = project_id(db, project)?;
    let allowed = Allowed::of(db)?;
    let columns = columns(sheet, mapping, allowed)?;
    let default_country = default_country(db, &home)?;
    let mut taken = owner_codes(db)?;
    let mut households = owner_households(db)?;

    let mut issues = Vec::new();
    let mut people = Vec::with_capacity(sheet.rows.len());
    for row in &sheet.rows {
        let (person, mut found) = read_row(sheet, row, &columns, words, this_year, allowed, &default_country);
        if let Some(code) = &person.code {
            match taken.entry(code.clone()) {
                Entry::Occupied(e) => {
                    let (code_issue, args) = match e.get() {
                        Some(r) => ("person-code-twice", vec![("value", code.clone()), ("row", r.to_string())]),
                        None => ("person-code-taken", vec![("value", code.clone())]),
                    };
                    found.push(RowIssue::new(row.number, header(sheet, &columns, "code"), code_issue, args));
                }
                Entry::Vacant(e) => {
                    e.insert(Some(row.number));
                }
            }
        }
        issues.extend(found);
        people.push(person);
    }
    if sheet.rows.is_empty() {
        issues.push(RowIssue::new(2, "", "no-rows", vec![]));
    }
    if !issues.is_empty() {
        return Err(Error::InvalidTable(issues));
    }
    let new_households: Vec<(String, i64, Option<String>)> = {
        let mut new = Vec::new();
        for p in &people {
            if let Some(h) = &p.household {
                if !households.contains_key(h) {
                    households.insert(h.clone(), String::new());
                    new.push((h.clone(), p.household_size.unwrap_or(1), p.input.municipality.clone()));
                }
            }
        }
        new
    };
    let summary = ImportSummary {
        people: people.len() as u32,
        households: new_households.len() as u32,
        consents: people.iter().filter(|p| p.consent.is_some()).count() as u32,
        dry_run,
        likely: Vec::new(),
    };
    if dry_run {
        let rows: Vec<(u32, PersonRow)> = sheet
            .rows
            .iter()
            .zip(&people)
            .map(|(r, p)| (r.number, duplicates::described(&p.input, "", p.code.as_deref().unwrap_or(""))))
            .collect();
        return Ok(ImportSummary { likely: duplicates::against_registry(db, &rows, 200)?, ..summary });
    }
    let (prefix, mut next) = edit::next_number(db)?;
    let total = people.len() as u64;
    db.write(|w| {
        let home = t(&home);
        for (code, size, municipality) in &new_households {
            let id = w.insert(
                "households",
                &[
                    ("ref", t(code)),
                    ("code", t(code)),
                    ("size", Value::Integer(*size)),
                    ("municipality", municipality.as_deref().map_or(Value::Null, t)),
                    ("home_project_id", home.clone()),
                ],
            )?;
            households.insert(code.clone(), id);
        }
        for (i, p) in people.iter().enumerate() {
            let code = match &p.code {
                Some(c) => c.clone(),
                None => loop {
                    let c = edit::code(&prefix, next);
                    next += 1;
                    if !taken.contains_key(&c) {
                        break c;
                    }
                },
            };
            let mut row = edit::values(&p.input, &code, allowed);
            row.extend([
                ("ref", t(&code)),
                ("kind", t("person")),
                ("code", t(&code)),
                ("home_project_id", home.clone()),
            ]);
            if let Some(h) = &p.household {
                row.push(("household_id", t(&households[h])));
            }
            let id = w.insert("beneficiaries", &row)?;
            if let Some((date, purposes, withdrawn)) = &p.consent {
                let purposes = serde_json::to_string(purposes).unwrap_or_else(|_| "[]".into());
                w.insert(
                    "consents",
                    &[
                        ("beneficiary_id", t(&id)),
                        ("date", t(&date.to_string())),
                        ("purposes", Value::Text(purposes)),
                        ("withdrawn", withdrawn.map_or(Value::Null, |d| t(&d.to_string()))),
                    ],
                )?;
            }
            if i % 1024 == 0 {
                progress(i as u64, total);
            }
        }
        progress(total, total);
        Ok(())
    })?;
    Ok(summary)
}

/// The column of each field, checked at row 1: a field mapped twice, a sensitive field the
/// organisation does not record.
fn columns(sheet: &Sheet, mapping: &[Option<String>], allowed: Allowed) -> Result<FxHashMap<&'static str, usize>> {
    let mut cols = FxHashMap::default();
    let mut issues = Vec::new();
    for (i, m) in mapping.iter().enumerate() {
        let Some(m) = m else { continue };
        let h = sheet.header.get(i).map_or("", String::as_str);
        let Some(field) = FIELDS.iter().find(|f| **f == m.as_str()).copied() else {
            issues.push(RowIssue::new(
                1,
                h,
                "unknown-column",
                vec![("value", m.clone()), ("allowed", FIELDS.join(", "))],
            ));
            continue;
        };
        let off = match field {
            "ethnicity" => !allowed.ethnicity,
            "disability" => !allowed.disability,
            "vulnerability" => !allowed.vulnerability,
            _ => false,
        };
        if SENSITIVE.contains(&field) && off {
            issues.push(RowIssue::new(1, h, "sensitive-off", vec![]));
        } else if let Some(first) = cols.insert(field, i) {
            let first = sheet.header.get(first).cloned().unwrap_or_default();
            issues.push(RowIssue::new(1, h, "column-twice", vec![("value", field.to_string()), ("first", first)]));
        }
    }
    if issues.is_empty() {
        Ok(cols)
    } else {
        Err(Error::InvalidTable(issues))
    }
}

fn header<'a>(sheet: &'a Sheet, columns: &FxHashMap<&'static str, usize>, field: &'a str) -> &'a str {
    columns.get(field).and_then(|i| sheet.header.get(*i)).map_or(field, String::as_str)
}

/// One row as a person, with every problem at its column (named by the file's header).
fn read_row(
    sheet: &Sheet,
    row: &SheetRow,
    columns: &FxHashMap<&'static str, usize>,
    words: &Words,
    this_year: i32,
    allowed: Allowed,
    default_country: &str,
) -> (Person, Vec<RowIssue>) {
    let cell = |f: &str| columns.get(f).and_then(|i| row.cell(*i));
    let owned = |f: &str| cell(f).map(str::to_string);
    let mut issues: Vec<RowIssue> = Vec::new();
    let mut at = |f: &str, code: &'static str, args: Vec<(&'static str, String)>| {
        issues.push(RowIssue::new(row.number, header(sheet, columns, f), code, args));
    };

    let gender = cell("gender").map(|g| words.value("gender", g).unwrap_or(g).to_string());
    let birth_year = cell("birth_year").and_then(|y| {
        let parsed = y.parse::<i32>().ok();
        if parsed.is_none() {
            at("birth_year", "not-a-year", vec![("value", y.to_string())]);
        }
        parsed
    });
    let disability = cell("disability").and_then(|d| {
        let v = words.value("yes-no", d);
        if v.is_none() {
            at("disability", "not-yes-no", vec![("value", d.to_string())]);
        }
        v.map(|v| v == "yes")
    });
    let household_size = cell("household_size").and_then(|s| {
        let n = s.parse::<i64>().ok().filter(|n| *n >= 1);
        if n.is_none() {
            at("household_size", "not-a-count", vec![("value", s.to_string())]);
        }
        n
    });
    let mut day = |f: &str| {
        cell(f).and_then(|d| {
            let parsed = parse_day(d);
            if parsed.is_none() {
                at(f, "invalid-date", vec![("value", d.to_string())]);
            }
            parsed
        })
    };
    let consent_date = day("consent_date");
    let withdrawn = day("consent_withdrawn");
    let purposes: Vec<String> = cell("consent_purposes")
        .map(|p| p.split([',', ';', '|']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect())
        .unwrap_or_default();
    if cell("consent_date").is_none() && (withdrawn.is_some() || !purposes.is_empty()) {
        at("consent_date", "required", vec![]);
    }
    let input = PersonInput {
        first_name: owned("first_name"),
        last_name: owned("last_name"),
        gender,
        birth_year,
        country: owned("country").or_else(|| Some(default_country.to_string()).filter(|c| !c.is_empty())),
        municipality: owned("municipality"),
        settlement: owned("settlement"),
        ethnicity: owned("ethnicity"),
        disability,
        vulnerability: owned("vulnerability"),
        // the import makes and links households itself (once per code, with the size given)
        household: None,
    };
    for i in edit::problems(&input, this_year, allowed).into_issues() {
        let mut issue = RowIssue::new(row.number, header(sheet, columns, &i.field), i.code, vec![]);
        issue.args = i.args;
        if i.field == "gender" && i.code == "invalid-value" {
            // the allowed values are shown as the language names them (`gender-<value>`)
            issue.args.insert("enum".into(), "gender".into());
        }
        issues.push(issue);
    }
    let person = Person {
        code: owned("code"),
        input,
        household: owned("household"),
        household_size,
        consent: consent_date.map(|d| (d, purposes, withdrawn)),
    };
    (person, issues)
}

/// A day as people write it: `2026-12-31`, `31.12.2026` (with or without the closing dot),
/// `31/12/2026`.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let s = s.trim().trim_end_matches('.');
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y"))
        .or_else(|_| NaiveDate::parse_from_str(s, "%d. %m. %Y"))
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .ok()
}

/// The country of a row that names none: the project's, when it works in one country, else
/// the organisation's.
pub(crate) fn default_country(db: &Db, project_id: &str) -> Result<String> {
    let countries: String =
        db.conn().query_row("SELECT countries FROM live_projects WHERE id = ?1", [project_id], |r| r.get(0))?;
    let countries: Vec<String> = serde_json::from_str(&countries).unwrap_or_default();
    match countries.as_slice() {
        [one] => Ok(one.clone()),
        _ => Ok(crate::organisations::org_info(db)?.country),
    }
}

/// The codes of the database owner's people, deleted ones too (a code is never given twice).
fn owner_codes(db: &Db) -> Result<FxHashMap<String, Option<u32>>> {
    let mut stmt = db.conn().prepare("SELECT code FROM /* all rows */ beneficiaries WHERE owner_org_id IS NULL")?;
    let codes = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = FxHashMap::default();
    for c in codes {
        out.insert(c?, None);
    }
    Ok(out)
}

/// The database owner's households by code.
fn owner_households(db: &Db) -> Result<FxHashMap<String, String>> {
    let mut stmt = db.conn().prepare("SELECT code, id FROM live_households WHERE owner_org_id IS NULL")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
