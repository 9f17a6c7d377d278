//! The registry as a spreadsheet for the organisation itself (CSV or XLSX): pseudonymous codes
//! always, names only when the person exporting asks for them, sensitive fields only when the
//! organisation records them and they are asked for this export; people who withdrew their
//! consent are left out. The header names the fields in the caller's language (the form's
//! labels, `people-field-<field>`), which the import reads in any of the seven, so the file
//! imports back (with its HXL hashtags, when asked, on the row below: the import skips them).

use std::path::Path;

use serde::Deserialize;

use crate::projects::project_id;
use crate::{settings, Db, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// What an export holds.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PeopleExport {
    /// Only the people of this project (registered for it, or served or attending in it).
    pub project: Option<String>,
    /// First and last names (off: codes only).
    pub names: bool,
    /// Sensitive fields asked for (taken only when the organisation records them).
    pub sensitive: Vec<String>,
}

/// Each field's HXL hashtag (hxlstandard.org, 1.1).
fn hxl_tag(field: &str) -> &'static str {
    match field {
        "code" => "#beneficiary+code",
        "first_name" => "#beneficiary+name+first",
        "last_name" => "#beneficiary+name+last",
        "gender" => "#beneficiary+gender",
        "birth_year" => "#beneficiary+birth+year",
        "country" => "#country+code",
        "municipality" => "#adm2+name",
        "settlement" => "#loc+name",
        "household" => "#beneficiary+household+code",
        "ethnicity" => "#beneficiary+ethnicity",
        "disability" => "#beneficiary+disability",
        "vulnerability" => "#beneficiary+vulnerability",
        "consent_date" => "#date+consent",
        _ => "#meta+consent+purposes",
    }
}

/// The fields (the package's names) and rows of the export.
fn people_rows(db: &Db, req: &PeopleExport) -> Result<(Vec<&'static str>, Vec<Vec<String>>)> {
    let pid = req.project.as_deref().map(|code| project_id(db, code)).transpose()?;
    let mut sensitive = Vec::new();
    for f in ["ethnicity", "disability", "vulnerability"] {
        if req.sensitive.iter().any(|s| s == f) && settings::sensitive_on(db, f)? {
            sensitive.push(f);
        }
    }
    let mut header: Vec<&str> = vec!["code"];
    if req.names {
        header.extend(["first_name", "last_name"]);
    }
    header.extend(["gender", "birth_year", "country", "municipality", "settlement", "household"]);
    header.extend(sensitive.iter().copied());
    header.extend(["consent_date", "consent_purposes"]);

    let sql = format!(
        "SELECT b.code, b.first_name, b.last_name, b.gender, b.birth_year, b.country, b.municipality,
                b.settlement, h.code, b.ethnicity, b.disability, c.date, c.purposes, b.vulnerability
         FROM live_beneficiaries b
         LEFT JOIN live_households h ON h.id = b.household_id
         LEFT JOIN live_consents c ON c.beneficiary_id = b.id
         WHERE b.kind = 'person' AND c.withdrawn IS NULL AND {}
         ORDER BY b.code",
        super::reached_by("?1")
    );
    let text = |r: &rusqlite::Row<'_>, i: usize| -> rusqlite::Result<String> {
        Ok(match r.get_ref(i)? {
            rusqlite::types::ValueRef::Null => String::new(),
            rusqlite::types::ValueRef::Integer(n) => n.to_string(),
            rusqlite::types::ValueRef::Real(f) => f.to_string(),
            rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            rusqlite::types::ValueRef::Blob(_) => String::new(),
        })
    };
    let mut stmt = db.conn().prepare(&sql)?;
    let rows = stmt.query_map([pid], |r| {
        let mut row = vec![text(r, 0)?];
        if req.names {
            row.extend([text(r, 1)?, text(r, 2)?]);
        }
        for i in 3..=8 {
            row.push(text(r, i)?);
        }
        for f in &sensitive {
            row.push(match *f {
                "ethnicity" => text(r, 9)?,
                "vulnerability" => text(r, 13)?,
                _ => match r.get::<_, Option<bool>>(10)? {
                    Some(true) => "yes".into(),
                    Some(false) => "no".into(),
                    None => String::new(),
                },
            });
        }
        row.push(text(r, 11)?);
        let purposes: Vec<String> = serde_json::from_str(&text(r, 12)?).unwrap_or_default();
        row.push(purposes.join(", "));
        Ok(row)
    })?;
    let rows = rows.collect::<Result<Vec<_>, _>>()?;
    Ok((header, rows))
}

/// Write the export to `path` as CSV (UTF-8 with a BOM, so spreadsheets read its letters;
/// the HXL hashtags on a second row when `hxl`) or XLSX (birth years as numbers), each field
/// named by `label` (the message `people-field-<field>` in the user's language); returns how
/// many people it holds.
pub fn export_people(
    db: &Db,
    req: &PeopleExport,
    path: &Path,
    xlsx: bool,
    hxl: bool,
    label: &dyn Fn(&str) -> String,
) -> Result<usize> {
    use crate::export::{write, Table, Value};
    let (fields, rows) = people_rows(db, req)?;
    let cell = |field: &str, v: String| match v.parse::<i64>() {
        _ if v.is_empty() => Value::Empty,
        Ok(_) if field == "birth_year" => Value::Number(v),
        _ => Value::Text(v),
    };
    let rows = rows.into_iter().map(|row| row.into_iter().zip(&fields).map(|(v, f)| cell(f, v)).collect()).collect();
    let headers: Vec<String> = fields.iter().map(|f| label(&super::import::label_message(f))).collect();
    let table = Table { hxl: Some(fields.iter().map(|f| hxl_tag(f)).collect()), fields, rows };
    write(&table, &headers, path, xlsx, hxl)
}
