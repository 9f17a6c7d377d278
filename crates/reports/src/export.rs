//! Every list as a spreadsheet with its header row in the chosen language (`tessera export
//! activities|transactions|budget|indicators|reach`): the core's typed rows
//! (`export::list_table`) under the same column names the reports use.

use std::path::Path;

use tessera_core::export::{list_table, write, List};
use tessera_core::{Db, Result};

use crate::words::Words;

/// The message naming `field` in `list`'s header.
fn header(list: List, field: &str) -> &'static str {
    match (list, field) {
        (_, "ref") => "report-col-ref",
        (List::Activities, "title") => "report-col-activity",
        (_, "type") => "export-col-type",
        (_, "status") => "report-col-status",
        (_, "planned_start") => "export-col-planned-start",
        (_, "municipality") => "report-col-municipality",
        (_, "kind") => "export-col-kind",
        (_, "date") => "report-col-date",
        (_, "amount") => "report-col-amount",
        (_, "currency") => "report-col-currency",
        (_, "payee") => "report-col-payee",
        (_, "description") => "report-col-description",
        (_, "heading") => "export-col-heading",
        (_, "budget") => "finance-budget",
        (_, "spent") => "finance-spent-cumulative",
        (_, "remaining") => "finance-remaining",
        (List::Budget, "percent") => "finance-percent-spent",
        (_, "percent") => "report-col-percent",
        (_, "level") => "export-col-level",
        (_, "text") => "report-col-indicator",
        (_, "unit") => "report-col-unit",
        (_, "baseline") => "report-col-baseline",
        (_, "target") => "report-col-target",
        (_, "achieved") => "report-col-achieved-cumulative",
        (_, "women") => "report-col-women",
        (_, "men") => "report-col-men",
        (_, "total") => "report-col-total",
        _ => "report-col-description",
    }
}

/// Write `list` of project `code` to `path` (XLSX or CSV), its header in `lang`; the number of rows.
pub fn export_list(db: &Db, list: List, code: &str, lang: &str, path: &Path, xlsx: bool, hxl: bool) -> Result<usize> {
    let today = chrono::Local::now().date_naive();
    let table = list_table(db, list, code, today, lang)?;
    let w = Words::new(lang, "");
    let headers: Vec<String> = table.fields.iter().map(|f| w.t(header(list, f))).collect();
    write(&table, &headers, path, xlsx, hxl)
}
