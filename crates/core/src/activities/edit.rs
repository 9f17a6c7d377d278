//! Activities entered in the logframe: added under a result with a title (planned, of type
//! `other` until the activities screen says more), renamed, reordered among the result's
//! activities, deleted with undo. New activities get a `ref` that stays (`A7`).

use rusqlite::types::Value;

use crate::input::{text as t, Check};
use crate::{rows, Db, Error, Result};

fn not_found(id: &str) -> Error {
    Error::NotFound { what: "activity", id: id.to_string() }
}

/// Add an activity under the result `result_id` of a project; returns its id.
pub fn add_activity(db: &mut Db, result_id: &str, title: &str) -> Result<String> {
    let (project, level): (String, String) = db
        .conn()
        .query_row("SELECT project_id, level FROM live_logframe_nodes WHERE id = ?1", [result_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .map_err(|_| Error::NotFound { what: "logframe node", id: result_id.to_string() })?;
    let mut c = Check::default();
    if level != "result" {
        c.push("parent", "invalid-value", vec![("value", level), ("allowed", "result".into())]);
    }
    c.required("title", title);
    c.finish()?;
    let refs: Vec<String> = db
        .conn()
        .prepare("SELECT ref FROM /* all rows */ activities WHERE project_id = ?1")?
        .query_map([&project], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    let next = refs.iter().filter_map(|r| r.strip_prefix('A')?.parse::<u32>().ok()).max().unwrap_or(0) + 1;
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_activities WHERE result_id = ?1",
        [result_id],
        |r| r.get(0),
    )?;
    let row = [
        ("project_id", t(&project)),
        ("result_id", t(result_id)),
        ("ref", t(&format!("A{next}"))),
        ("type", t("other")),
        ("title", t(title)),
        ("status", t("planned")),
        ("position", Value::Integer(position)),
    ];
    db.write(|w| w.insert("activities", &row))
}

/// Change an activity's title.
pub fn rename_activity(db: &mut Db, id: &str, title: &str) -> Result<()> {
    result_of(db, id)?;
    let mut c = Check::default();
    c.required("title", title);
    c.finish()?;
    db.write(|w| w.update("activities", id, &[("title", t(title))])).map(|_| ())
}

/// Move an activity `by` places among the activities of its result.
pub fn move_activity(db: &mut Db, id: &str, by: i64) -> Result<()> {
    let result = result_of(db, id)?;
    let siblings: Vec<String> = db
        .conn()
        .prepare("SELECT id FROM live_activities WHERE result_id IS ?1 ORDER BY position, ref")?
        .query_map([&result], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    rows::move_among(db, "activities", siblings, id, by)
}

/// Delete an activity (its attendance stays with it, hidden); `restore_activity` undoes it.
pub fn delete_activity(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "activities", "activity", id)
}

pub fn restore_activity(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "activities", "activity", id)
}

fn result_of(db: &Db, id: &str) -> Result<Option<String>> {
    db.conn()
        .query_row("SELECT result_id FROM live_activities WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| not_found(id))
}
