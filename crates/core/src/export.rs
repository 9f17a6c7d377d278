//! Every list as a spreadsheet (`tessera export <list>`, `reports.md` "Other exports"): the
//! rows of activities, transactions, budget vs actual and the indicator table from their
//! domains' read models, each value typed (text, number, date) so that an XLSX has real number
//! and date cells; written as XLSX (bold frozen header, column widths) or CSV (UTF-8 with a BOM
//! for Excel). The header's words are the caller's (the core knows no language): a field's
//! name is its key. The people reached (an aggregate: by municipality and gender, small cells
//! suppressed as in the reports) may carry HXL hashtags on a second header row.
//! Beneficiaries have their own export (`people::export`, privacy rules).

use std::path::Path;

use chrono::NaiveDate;

use crate::{Db, Error, Result};

/// The lists that export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Activities,
    Transactions,
    Budget,
    Indicators,
    /// The people reached to date by municipality and gender (suppressed).
    Reach,
}

/// A value as a spreadsheet keeps it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    /// A decimal string (`"1234.50"`): a number cell.
    Number(String),
    /// An ISO date: a date cell.
    Date(String),
    Empty,
}

impl Value {
    fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }
    fn opt_text(s: Option<String>) -> Value {
        s.map_or(Value::Empty, Value::Text)
    }
    fn opt_date(s: Option<String>) -> Value {
        s.map_or(Value::Empty, Value::Date)
    }
    fn opt_number(s: Option<String>) -> Value {
        match s {
            Some(n) if n.parse::<f64>().is_ok() => Value::Number(n),
            Some(t) => Value::Text(t),
            None => Value::Empty,
        }
    }
    /// The value as CSV writes it.
    fn plain(&self) -> &str {
        match self {
            Value::Text(s) | Value::Number(s) | Value::Date(s) => s,
            Value::Empty => "",
        }
    }
}

/// A list's rows: the fields (each column's key) and the values.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub fields: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
    /// HXL hashtags (hxlstandard.org, 1.1), one per field: the humanitarian data tools'
    /// names for the columns, whatever language the header row speaks.
    pub hxl: Option<Vec<&'static str>>,
}

/// The list `list` of project `code` (figures up to `today`, places named in `lang`).
pub fn list_table(db: &Db, list: List, code: &str, today: NaiveDate, lang: &str) -> Result<Table> {
    let project = Some(code);
    Ok(match list {
        List::Reach => {
            let pid = crate::projects::project_id(db, code)?;
            let start: String =
                db.conn().query_row("SELECT start_date FROM live_projects WHERE id = ?1", [&pid], |r| r.get(0))?;
            let start = crate::report::parse_date(&start)?;
            let reached =
                crate::activities::figures::reach(db, &pid, start, today.max(start), lang)?.cumulative.published();
            let cell = |c: Option<&crate::suppress::Cell>| match c {
                Some(crate::suppress::Cell::Count(n)) => Value::Number(n.to_string()),
                Some(crate::suppress::Cell::Small) => Value::text("<5"),
                Some(crate::suppress::Cell::Hidden) => Value::text("x"),
                None => Value::Number("0".into()),
            };
            let rows = reached
                .by_municipality
                .iter()
                .map(|(place, n)| {
                    let by = reached.by_municipality_gender.get(place);
                    vec![
                        Value::text(place.clone()),
                        cell(by.and_then(|g| g.get("female"))),
                        cell(by.and_then(|g| g.get("male"))),
                        cell(Some(n)),
                    ]
                })
                .collect();
            Table {
                fields: vec!["municipality", "women", "men", "total"],
                rows,
                hxl: Some(vec!["#adm2+name", "#reached+f", "#reached+m", "#reached+total"]),
            }
        }
        List::Activities => Table {
            fields: vec!["ref", "title", "type", "status", "planned_start", "municipality"],
            rows: crate::activities::list_activities(db, project, None)?
                .into_iter()
                .map(|a| {
                    vec![
                        Value::text(a.ref_),
                        Value::text(a.title),
                        Value::text(a.kind),
                        Value::text(a.status),
                        Value::opt_date(a.planned_start),
                        Value::opt_text(a.municipality),
                    ]
                })
                .collect(),
            hxl: Some(vec![
                "#activity+code",
                "#activity+name",
                "#activity+type",
                "#status",
                "#date+start+planned",
                "#adm2+name",
            ]),
        },
        List::Transactions => Table {
            fields: vec!["ref", "kind", "date", "amount", "currency", "payee", "description"],
            rows: crate::finance::list_transactions(db, project, None)?
                .into_iter()
                .map(|t| {
                    vec![
                        Value::text(t.ref_),
                        Value::text(t.kind),
                        Value::opt_date(t.date),
                        Value::Number(t.amount),
                        Value::text(t.currency),
                        Value::opt_text(t.payee),
                        Value::opt_text(t.description),
                    ]
                })
                .collect(),
            hxl: Some(vec!["#meta+id", "#meta+type", "#date", "#value", "#currency", "#org+name", "#description"]),
        },
        List::Budget => {
            let pid = crate::projects::project_id(db, code)?;
            let (start, end): (String, String) =
                db.conn().query_row("SELECT start_date, end_date FROM live_projects WHERE id = ?1", [&pid], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
            let day = |s: &str| crate::report::parse_date(s);
            let (start, end) = (day(&start)?, day(&end)?);
            let to = today.clamp(start, end);
            let f = crate::finance::figures::budget_vs_actual(db, &pid, start, to)?.finance;
            let mut rows = Vec::new();
            for h in &f.headings {
                rows.push(vec![
                    Value::text(h.heading.clone()),
                    Value::Empty,
                    Value::Empty,
                    Value::Number(h.budget.clone()),
                    Value::Number(h.spent_cumulative.clone()),
                    Value::Number(h.remaining.clone()),
                    Value::opt_number(h.percent_spent.clone()),
                ]);
                for l in f.lines.iter().filter(|l| l.heading == h.heading) {
                    rows.push(vec![
                        Value::text(l.heading.clone()),
                        Value::text(l.ref_.clone()),
                        Value::text(l.description.clone()),
                        Value::Number(l.budget.clone()),
                        Value::Number(l.spent_cumulative.clone()),
                        Value::Number(l.remaining.clone()),
                        Value::Empty,
                    ]);
                }
            }
            Table {
                fields: vec!["heading", "ref", "description", "budget", "spent", "remaining", "percent"],
                rows,
                hxl: Some(vec![
                    "#item+type",
                    "#item+code",
                    "#item+name",
                    "#value+budget",
                    "#value+spent",
                    "#value+remaining",
                    "#value+spent+pct",
                ]),
            }
        }
        List::Indicators => Table {
            fields: vec!["ref", "level", "text", "unit", "baseline", "target", "achieved", "percent"],
            rows: crate::logframe::list_indicators(db, project, None, today)?
                .into_iter()
                .map(|r| {
                    let i = r.figures;
                    vec![
                        Value::text(i.ref_),
                        Value::text(i.level),
                        Value::text(i.text),
                        Value::text(i.unit),
                        Value::opt_number(i.values.baseline),
                        Value::opt_number(i.values.target_final),
                        Value::opt_number(i.values.achieved_cumulative),
                        Value::opt_number(i.values.percent_of_target),
                    ]
                })
                .collect(),
            hxl: Some(vec![
                "#indicator+code",
                "#indicator+level",
                "#indicator+name",
                "#indicator+unit",
                "#indicator+baseline+num",
                "#targeted+num",
                "#reached+num",
                "#indicator+pct",
            ]),
        },
    })
}

fn io(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Io { path: path.display().to_string(), source: std::io::Error::other(e.to_string()) }
}

/// Write `table` under `headers` (one per field, in the caller's language) to `path`, with its
/// HXL hashtags on a second header row when `hxl` (CSV only: a spreadsheet's tools read
/// XLSX by its header); the number of rows.
pub fn write(table: &Table, headers: &[String], path: &Path, xlsx: bool, hxl: bool) -> Result<usize> {
    if xlsx {
        use rust_xlsxwriter::{ExcelDateTime, Format, FormatBorder, Workbook};
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        let bold = Format::new().set_bold().set_border_bottom(FormatBorder::Thin);
        let date = Format::new().set_num_format("yyyy-mm-dd");
        let fail = |e: rust_xlsxwriter::XlsxError| io(path, e);
        let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
        for (c, h) in headers.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, h, &bold).map_err(fail)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, v) in row.iter().enumerate() {
                let col = c as u16;
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(v.plain().chars().count());
                }
                match v {
                    Value::Text(s) => sheet.write_string(r, col, s).map(|_| ()),
                    Value::Number(n) => match n.parse::<f64>() {
                        Ok(x) => sheet.write_number(r, col, x).map(|_| ()),
                        Err(_) => sheet.write_string(r, col, n).map(|_| ()),
                    },
                    Value::Date(d) => match ExcelDateTime::parse_from_str(d) {
                        Ok(x) => sheet.write_datetime_with_format(r, col, &x, &date).map(|_| ()),
                        Err(_) => sheet.write_string(r, col, d).map(|_| ()),
                    },
                    Value::Empty => Ok(()),
                }
                .map_err(fail)?;
            }
        }
        for (c, w) in widths.iter().enumerate() {
            sheet.set_column_width(c as u16, (*w).clamp(6, 60) as f64 + 2.0).map_err(fail)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(fail)?;
        book.save(path).map_err(fail)?;
    } else {
        let mut out = Vec::from(&b"\xEF\xBB\xBF"[..]);
        {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(headers).map_err(|e| io(path, e))?;
            if let Some(tags) = table.hxl.as_ref().filter(|_| hxl) {
                w.write_record(tags).map_err(|e| io(path, e))?;
            }
            for row in &table.rows {
                w.write_record(row.iter().map(Value::plain)).map_err(|e| io(path, e))?;
            }
            w.flush().map_err(|e| io(path, e))?;
        }
        std::fs::write(path, out).map_err(|e| io(path, e))?;
    }
    Ok(table.rows.len())
}
