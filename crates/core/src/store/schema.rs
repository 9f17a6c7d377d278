//! What the store knows of each synced table, read from SQLite after the migrations: its
//! columns, which of them a row cannot lack, and the cells the change log records for it —
//! plain values, references (`*_id`, kept as 16-byte ids in the log), money pairs (`x_minor` +
//! `x_currency` as one cell `x`), the causal length and the erasure mark.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use rusqlite::types::Value;
use rusqlite::Connection;

use crate::Result;

/// The cell that records a row's causal length (deletes and undeletes).
pub const CL: &str = "__cl";
/// The cell that records that a row's personal values were erased.
pub const ERASE: &str = "__erase";
/// The pseudo-cell whose log entry holds the cells a row was made with, packed in one value
/// (log.rs): a new row is one log entry, not one per column.
pub const ROW: &str = "__row";

/// Columns that identify a person: erasure removes their values from the table and the log;
/// the anonymous rest (gender, age band, municipality, attendance) stays for counts.
pub const PERSONAL: &[(&str, &[&str])] = &[(
    "beneficiaries",
    &[
        "first_name",
        "last_name",
        "birth_year",
        "contact",
        "settlement",
        "ethnicity",
        "disability",
        "vulnerability",
        "search_key",
    ],
)];

/// How a logical cell maps to the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Plain,
    /// A `*_id` column: canonical UUID text travels as 16 bytes.
    Ref,
    /// `<name>_minor` + `<name>_currency`.
    Money,
    /// The causal length (`__cl`).
    Cl,
    /// The erasure mark (`__erase`).
    Erase,
}

/// One logical cell of a table as the change log names it.
#[derive(Debug, Clone)]
pub struct Cell {
    pub name: String,
    pub kind: Kind,
    pub personal: bool,
    /// The physical columns it writes (two for money, none for `__cl`/`__erase`).
    cols: Vec<String>,
}

impl Cell {
    fn new(name: &str, kind: Kind, personal: bool) -> Cell {
        let cols = match kind {
            Kind::Money => vec![format!("{name}_minor"), format!("{name}_currency")],
            Kind::Cl | Kind::Erase => vec![],
            _ => vec![name.to_string()],
        };
        Cell { name: name.to_string(), kind, personal, cols }
    }

    /// The physical columns it writes.
    pub fn columns(&self) -> &[String] {
        &self.cols
    }
}

#[derive(Debug, Clone)]
pub struct TableInfo {
    /// Physical columns in table order, `id` and `cl` first.
    pub columns: Vec<String>,
    /// Columns (after `id`, `cl`) that are NOT NULL without a default: a row that arrives from
    /// another device is written to the table only once the log holds all of them.
    pub required: Vec<String>,
    /// Columns with a default (literal) value: what an INSERT that omits them writes.
    pub defaults: Vec<(String, Value)>,
    pub cells: Vec<Cell>,
    /// Physical column → (its position in `columns`, the index of its cell in `cells`).
    by_column: HashMap<String, (usize, usize)>,
    /// `INSERT OR FAIL INTO t (id, cl, every other column) VALUES (?1, …)`: one row, checked
    /// before it is written, so FAIL (a failure rolls the whole write back) spares SQLite a
    /// statement journal per row in a table with triggers (migration 14).
    pub insert_sql: String,
    /// What that insert writes for a column not given: its default, else NULL (after id, cl).
    pub insert_template: Vec<Value>,
}

impl TableInfo {
    pub fn cell(&self, name: &str) -> Option<&Cell> {
        self.cells.iter().find(|c| c.name == name)
    }

    /// The logical cell a physical column belongs to.
    pub fn cell_of_column(&self, column: &str) -> Option<&Cell> {
        self.by_column.get(column).map(|(_, c)| &self.cells[*c])
    }

    /// The position of a physical column in `columns`.
    pub fn position(&self, column: &str) -> Option<usize> {
        self.by_column.get(column).map(|(p, _)| *p)
    }

    pub fn has_personal(&self) -> bool {
        self.cells.iter().any(|c| c.personal)
    }
}

/// Every synced table (a table whose first columns are `id` and `cl`).
#[derive(Debug, Clone, Default)]
pub struct Schema {
    pub tables: BTreeMap<String, TableInfo>,
}

/// A column default as SQLite reports it (`'[]'`, `0`) turned into its value.
fn literal(sql: &str) -> Value {
    if let Some(s) = sql.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
        return Value::Text(s.replace("''", "'"));
    }
    sql.parse::<i64>().map_or(Value::Null, Value::Integer)
}

impl Schema {
    pub fn read(conn: &Connection) -> Result<Schema> {
        let mut stmt = conn.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let names: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        let mut tables = BTreeMap::new();
        for name in names {
            let mut info = conn.prepare(&format!("PRAGMA table_info(\"{name}\")"))?;
            // (name, notnull, default)
            let raw: Vec<(String, bool, Option<String>)> = info
                .query_map([], |r| Ok((r.get(1)?, r.get::<_, i64>(3)? != 0, r.get(4)?)))?
                .collect::<Result<_, _>>()?;
            let defaults: Vec<(String, Value)> = raw
                .iter()
                .filter(|c| c.0 != "cl")
                .filter_map(|c| c.2.as_deref().map(|d| (c.0.clone(), literal(d))))
                .collect();
            let cols: Vec<(String, bool, bool)> = raw.into_iter().map(|(n, nn, d)| (n, nn, d.is_some())).collect();
            if cols.first().map(|c| c.0.as_str()) != Some("id") || cols.get(1).map(|c| c.0.as_str()) != Some("cl") {
                continue;
            }
            let columns: Vec<String> = cols.iter().map(|c| c.0.clone()).collect();
            let required = cols
                .iter()
                .filter(|(n, notnull, default)| *notnull && !*default && n != "id" && n != "cl")
                .map(|c| c.0.clone())
                .collect();
            let personal: &[&str] = PERSONAL.iter().find(|(t, _)| *t == name).map_or(&[], |(_, c)| c);
            let mut cells = Vec::new();
            for c in columns.iter().skip(1).filter(|c| *c != "cl") {
                let money =
                    |p: &str| columns.contains(&format!("{p}_minor")) && columns.contains(&format!("{p}_currency"));
                if let Some(p) = c.strip_suffix("_minor").filter(|p| money(p)) {
                    cells.push(Cell::new(p, Kind::Money, personal.contains(&p)));
                    continue;
                }
                if c.strip_suffix("_currency").is_some_and(money) {
                    continue;
                }
                let kind = if c.ends_with("_id") { Kind::Ref } else { Kind::Plain };
                cells.push(Cell::new(c, kind, personal.contains(&c.as_str())));
            }
            cells.push(Cell::new(CL, Kind::Cl, false));
            if !personal.is_empty() {
                cells.push(Cell::new(ERASE, Kind::Erase, false));
            }
            let mut by_column = HashMap::default();
            for (ci, cell) in cells.iter().enumerate() {
                for col in cell.columns() {
                    let pos = columns.iter().position(|c| c == col).unwrap_or_default();
                    by_column.insert(col.clone(), (pos, ci));
                }
            }
            let insert_sql = format!(
                "INSERT OR FAIL INTO {name} ({}) VALUES ({})",
                columns.join(", "),
                (1..=columns.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
            );
            let insert_template = columns[2..]
                .iter()
                .map(|c| defaults.iter().find(|(n, _)| n == c).map_or(Value::Null, |d| d.1.clone()))
                .collect();
            tables
                .insert(name, TableInfo { columns, required, defaults, cells, by_column, insert_sql, insert_template });
        }
        Ok(Schema { tables })
    }

    pub fn table(&self, name: &str) -> Option<&TableInfo> {
        self.tables.get(name)
    }

    /// The cell `table.cell` when this version knows it.
    pub fn cell(&self, table: &str, cell: &str) -> Option<&Cell> {
        self.tables.get(table)?.cell(cell)
    }
}
