//! The registry as a spreadsheet for the organisation itself (CSV or XLSX): pseudonymous codes
//! always, names only when the person exporting asks for them, sensitive fields only when the
//! organisation records them and they are asked for this export; people who withdrew their
//! consent are left out. The header is the package's field names, so the file imports back.

use std::path::Path;

use serde::Deserialize;

use crate::projects::project_id;
use crate::{settings, Db, Error, Result};

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

/// The header and rows of the export.
pub fn people_table(db: &Db, req: &PeopleExport) -> Result<(Vec<String>, Vec<Vec<String>>)> {
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
    Ok((header.into_iter().map(str::to_string).collect(), rows))
}

/// Write the export to `path` as CSV (UTF-8 with a BOM, so spreadsheets read its letters) or
/// XLSX; returns how many people it holds.
pub fn export_people(db: &Db, req: &PeopleExport, path: &Path, xlsx: bool) -> Result<usize> {
    let (header, rows) = people_table(db, req)?;
    let io = |e: std::io::Error| Error::Io { path: path.display().to_string(), source: e };
    if xlsx {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        let bold = rust_xlsxwriter::Format::new().set_bold();
        let fail = |e: rust_xlsxwriter::XlsxError| io(std::io::Error::other(e.to_string()));
        for (c, h) in header.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, h, &bold).map_err(fail)?;
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                // whole numbers (birth years) as numbers, codes and the rest as text
                match v.parse::<i64>() {
                    Ok(n) if header[c as usize] == "birth_year" => sheet.write_number(r, c, n as f64).map(|_| ()),
                    _ => sheet.write_string(r, c, v).map(|_| ()),
                }
                .map_err(fail)?;
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(fail)?;
        book.save(path).map_err(fail)?;
    } else {
        let mut out = b"\xEF\xBB\xBF".to_vec();
        {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(&header).map_err(|e| io(std::io::Error::other(e.to_string())))?;
            for row in &rows {
                w.write_record(row).map_err(|e| io(std::io::Error::other(e.to_string())))?;
            }
            w.flush().map_err(io)?;
        }
        std::fs::write(path, out).map_err(io)?;
    }
    Ok(rows.len())
}
