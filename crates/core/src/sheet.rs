//! Tables people bring: a CSV (UTF-8 with or without BOM; comma, semicolon or tab, detected)
//! or an XLSX sheet (the first, or one by name) read as a header and rows of text cells,
//! each row numbered as a spreadsheet shows it (the header is row 1), and the problems found
//! in them (`RowIssue`: row, column, code).

use std::collections::BTreeMap;
use std::path::Path;

use calamine::{Data, DataType, Reader};
use serde::Serialize;

use crate::{Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// A table as read: the header's cells and the rows below it (empty rows left out).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Sheet {
    pub header: Vec<String>,
    pub rows: Vec<SheetRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct SheetRow {
    /// As the spreadsheet numbers it: the header is row 1.
    pub number: u32,
    pub cells: Vec<String>,
}

impl SheetRow {
    /// The trimmed cell of column `i`, `None` when empty or absent.
    pub fn cell(&self, i: usize) -> Option<&str> {
        self.cells.get(i).map(|s| s.trim()).filter(|s| !s.is_empty())
    }
}

/// A problem at one row and column of a table (row 1 is the header); the message is
/// `field-<code>`, as for a form's field.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct RowIssue {
    pub row: u32,
    /// The column's header as the file has it.
    pub column: String,
    pub code: &'static str,
    pub args: BTreeMap<String, String>,
}

impl RowIssue {
    pub fn new(row: u32, column: &str, code: &'static str, args: Vec<(&'static str, String)>) -> RowIssue {
        let args = args.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        RowIssue { row, column: column.to_string(), code, args }
    }
}

/// Read a table from a file: XLSX (or XLS, ODS) by its extension, anything else as CSV.
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Sheet> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.display().to_string(), source })?;
    read_bytes(&path.display().to_string(), &bytes, sheet)
}

/// Read a table from a file's contents; `name` (the file's name) says what it is by its
/// extension: XLSX (or XLS, ODS), else CSV.
pub fn read_bytes(name: &str, bytes: &[u8], sheet: Option<&str>) -> Result<Sheet> {
    let ext = Path::new(name).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let unreadable = || Error::UnreadableTable { path: name.to_string() };
    if !matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "ods") {
        return read_csv(bytes).ok_or_else(unreadable);
    }
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|_| unreadable())?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(s))
            .cloned()
            .ok_or_else(|| Error::SheetNotFound { name: s.to_string(), sheets: names.join(", ") })?,
        None => names.first().cloned().ok_or_else(unreadable)?,
    };
    let range = book.worksheet_range(&name).map_err(|_| unreadable())?;
    let first_row = range.start().map_or(0, |(r, _)| r);
    let first_col = range.start().map_or(0, |(_, c)| c) as usize;
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let mut cells: Vec<String> = cells.iter().map(cell_text).collect();
            // columns left of the used range are empty in the spreadsheet too
            cells.splice(0..0, std::iter::repeat_n(String::new(), first_col));
            (first_row + i as u32 + 1, cells)
        })
        .collect();
    Ok(from_rows(rows))
}

/// Read CSV text: UTF-8 (a BOM is skipped), the delimiter the header line uses most of
/// comma, semicolon and tab. `None` when it is not UTF-8 text.
pub fn read_csv(bytes: &[u8]) -> Option<Sheet> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok()?;
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (first_line.bytes().filter(|b| b == d).count(), *d == b','))
        .unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // A spreadsheet shows one row per record and per blank line (which the reader skips); a
    // quoted cell's line breaks stay inside its row.
    let mut inner_breaks = 0;
    for record in reader.records() {
        let record = record.ok()?;
        let line = record.position().map_or(1, |p| p.line()) as u32;
        rows.push((line - inner_breaks, record.iter().map(str::to_string).collect::<Vec<_>>()));
        inner_breaks += record.iter().map(|c| c.matches('\n').count() as u32).sum::<u32>();
    }
    Some(from_rows(rows))
}

/// The first non-empty row is the header; empty rows are left out, and so is a row of HXL
/// hashtags right under the header (`#beneficiary+code`, as our own exports write with `--hxl`).
fn from_rows(rows: Vec<(u32, Vec<String>)>) -> Sheet {
    let mut rows = rows.into_iter().filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty())).peekable();
    let Some((_, header)) = rows.next() else { return Sheet::default() };
    let header = header.into_iter().map(|h| h.trim().to_string()).collect();
    let tags = |cells: &[String]| cells.iter().map(|c| c.trim()).all(|c| c.is_empty() || c.starts_with('#'));
    if rows.peek().is_some_and(|(_, cells)| tags(cells)) {
        rows.next();
    }
    Sheet { header, rows: rows.map(|(number, cells)| SheetRow { number, cells }).collect() }
}

/// A spreadsheet cell as a person would read it: whole numbers without `.0`, dates as
/// ISO dates.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(_) => match d.as_datetime() {
            Some(dt) if dt.time() == chrono::NaiveTime::MIN => dt.date().to_string(),
            Some(dt) => dt.to_string(),
            None => String::new(),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_bom_and_quoted_cells() {
        let s = read_csv("\u{feff}code;first_name;gender\nA-1;\"Ana; Maria\";female\n\n;;\nA-2;Бранко;m\n".as_bytes())
            .unwrap();
        assert_eq!(s.header, ["code", "first_name", "gender"]);
        assert_eq!(s.rows.len(), 2);
        assert_eq!(s.rows[0].number, 2);
        assert_eq!(s.rows[0].cell(1), Some("Ana; Maria"));
        assert_eq!(s.rows[1].number, 5, "empty rows still count as spreadsheet rows");
        let tabs = read_csv(b"a\tb\n1\t2\n").unwrap();
        assert_eq!(tabs.header, ["a", "b"]);
        let commas = read_csv(b"a,b\n1,2\n").unwrap();
        assert_eq!(commas.rows[0].cells, ["1", "2"]);
        assert!(read_csv(b"\xff\xfe\x00a").is_none(), "not UTF-8");
    }
}
