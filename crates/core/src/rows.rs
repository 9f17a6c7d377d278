//! What every editor does with one row of a synced table: check it is there (alive), delete
//! it and bring it back (undo), move it among its siblings. `what` names the object in the
//! `not-found` error ("project", "work package").

use rusqlite::types::Value;

use crate::{Db, Error, Result};

fn not_found(what: &'static str, id: &str) -> Error {
    Error::NotFound { what, id: id.to_string() }
}

/// The live row `id` of `table` exists, else `not-found`.
pub(crate) fn exists(db: &Db, table: &str, what: &'static str, id: &str) -> Result<()> {
    let sql = format!("SELECT count(*) FROM live_{table} WHERE id = ?1");
    let n: i64 = db.conn().query_row(&sql, [id], |r| r.get(0))?;
    if n == 0 {
        return Err(not_found(what, id));
    }
    Ok(())
}

/// How people know the row `id` of `table` (the conflict journal, a record's history): its
/// code, reference, title or name, the first of those the table has and the row fills.
pub fn label(db: &Db, table: &str, id: &str) -> Result<Option<String>> {
    let Some(columns) = db.tables().get(table) else { return Ok(None) };
    for c in ["code", "ref", "title", "name", "description"] {
        if columns.iter().any(|x| x == c) {
            let sql = format!("SELECT {c} FROM {table} WHERE id = ?1");
            let v: Option<Option<String>> = db.conn().query_row(&sql, [id], |r| r.get(0)).ok();
            if let Some(Some(text)) = v.filter(|t| t.as_ref().is_some_and(|t| !t.trim().is_empty())) {
                return Ok(Some(text));
            }
        }
    }
    Ok(None)
}

/// Delete a live row (it becomes a tombstone; what hangs under it is hidden with it).
pub(crate) fn delete(db: &mut Db, table: &str, what: &'static str, id: &str) -> Result<()> {
    exists(db, table, what, id)?;
    db.write(|w| w.delete(table, id)).map(|_| ())
}

/// Bring a deleted row back (undo); `not-found` when there is no such deleted row.
pub(crate) fn restore(db: &mut Db, table: &str, what: &'static str, id: &str) -> Result<()> {
    if db.write(|w| w.undelete(table, id))? {
        Ok(())
    } else {
        Err(not_found(what, id))
    }
}

/// Move `id` `by` places (−1: up) among `siblings` (ids in their order): every sibling's
/// `position` is rewritten 0, 1, … in one write.
pub(crate) fn move_among(db: &mut Db, table: &str, mut siblings: Vec<String>, id: &str, by: i64) -> Result<()> {
    let Some(at) = siblings.iter().position(|s| s == id) else { return Ok(()) };
    let to = (at as i64 + by).clamp(0, siblings.len() as i64 - 1) as usize;
    let moved = siblings.remove(at);
    siblings.insert(to, moved);
    db.write(|w| {
        for (k, s) in siblings.iter().enumerate() {
            w.update(table, s, &[("position", Value::Integer(k as i64))])?;
        }
        Ok(())
    })
}

/// The refs a project's rows already have, continued: their prefix, the highest number and
/// how many digits it is written with (`P1-T00025`: `P1-T`, 25, 5).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RefPattern {
    pub prefix: String,
    pub last: u32,
    pub width: usize,
}

impl RefPattern {
    /// The next ref (`P1-T00026`, `A8`).
    pub fn next(&mut self) -> String {
        self.last += 1;
        format!("{}{:0width$}", self.prefix, self.last, width = self.width)
    }
}

/// The pattern of the refs of a project's rows in `table` whose prefix ends in `letter`
/// (`P2-A12`: `P2-A`, 12); `A`, 0 when there is none. Deleted rows count, so a ref is never
/// given twice.
pub(crate) fn ref_pattern(db: &Db, table: &str, project: &str, letter: char) -> Result<RefPattern> {
    let sql = format!("SELECT ref FROM /* all rows */ {table} WHERE project_id = ?1");
    let refs: Vec<String> =
        db.conn().prepare(&sql)?.query_map([project], |r| r.get(0))?.collect::<std::result::Result<_, _>>()?;
    let numbered = refs.iter().filter_map(|r| {
        let digits = r.len() - r.bytes().rev().take_while(u8::is_ascii_digit).count();
        let (prefix, n) = r.split_at(digits);
        let width = if n.starts_with('0') { n.len() } else { 1 };
        Some((n.parse::<u32>().ok()?, prefix, width)).filter(|(_, p, _)| p.ends_with(letter))
    });
    Ok(match numbered.max() {
        Some((last, prefix, width)) => RefPattern { prefix: prefix.to_string(), last, width },
        None => RefPattern { prefix: letter.to_string(), last: 0, width: 1 },
    })
}

/// The position after the last of a project's rows in `table` (0 for the first). Deleted rows
/// count too: positions only order, and `max` then reads an index on (project_id, position).
pub(crate) fn next_position(db: &Db, table: &str, project: &str) -> Result<i64> {
    let sql = format!("SELECT coalesce(max(position) + 1, 0) FROM /* all rows */ {table} WHERE project_id = ?1");
    Ok(db.conn().query_row(&sql, [project], |r| r.get(0))?)
}

/// The children of `parent` in `table` (by `parent_column`) kept in step with a form's list,
/// item by item in their order: the k-th live child takes the k-th item's cells and
/// `position` k, new items are inserted, children beyond the list deleted (a budget line's
/// funding, a grant's reporting periods).
pub(crate) fn keep_list(
    w: &mut crate::store::Writer<'_>,
    table: &str,
    parent_column: &'static str,
    parent: &str,
    items: Vec<Vec<(&'static str, Value)>>,
) -> Result<()> {
    let sql = format!("SELECT id FROM live_{table} WHERE {parent_column} = ?1 ORDER BY position, id");
    let current: Vec<String> = w.query_map(&sql, [parent], |r| r.get(0))?;
    let count = items.len();
    for (k, mut cells) in items.into_iter().enumerate() {
        cells.push(("position", Value::Integer(k as i64)));
        match current.get(k) {
            Some(id) => {
                w.update(table, id, &cells)?;
            }
            None => {
                cells.push((parent_column, Value::Text(parent.to_string())));
                w.insert(table, &cells)?;
            }
        }
    }
    for id in current.iter().skip(count) {
        w.delete(table, id)?;
    }
    Ok(())
}
