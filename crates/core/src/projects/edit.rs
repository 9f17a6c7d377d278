//! Creating, changing, closing and deleting projects from the app: every field checked first
//! (all problems at once, at their fields), then one write through the change log. A
//! deleted project can be brought back (undo).

use rusqlite::types::Value;
use serde::Deserialize;

use crate::enums;
use crate::input::{text as t, Check};
use crate::{rows, Db, Result};

/// A project as its form gives it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ProjectInput {
    pub code: String,
    pub title: String,
    pub summary: Option<String>,
    pub start: String,
    pub end: String,
    pub status: String,
    pub currency: String,
    /// The lead organisation's id; none = the database owner.
    pub lead_org_id: Option<String>,
    pub countries: Vec<String>,
    /// The other organisations and their roles (the lead is `lead_org_id`).
    #[serde(default)]
    pub partners: Vec<PartnerInput>,
    /// Where it works: municipalities by their key (`places::Municipality::key`); their
    /// countries join `countries`.
    #[serde(default)]
    pub municipalities: Vec<PlaceInput>,
}

/// A partner of a project as the form gives it.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PartnerInput {
    pub organisation_id: String,
    pub role: String,
}

/// A municipality a project works in.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PlaceInput {
    pub country: String,
    pub key: String,
}

/// Check a project's fields; `id` is the project being changed (its own code is no duplicate).
fn check(db: &Db, input: &ProjectInput, id: Option<&str>) -> Result<()> {
    let mut c = Check::default();
    if c.required("code", &input.code) {
        let taken: Option<String> = db
            .conn()
            .query_row(
                "SELECT id FROM live_projects WHERE code = ?1 AND owner_org_id IS NULL AND id IS NOT ?2 LIMIT 1",
                rusqlite::params![input.code.trim(), id],
                |r| r.get(0),
            )
            .ok();
        if taken.is_some() {
            c.push("code", "duplicate-code", vec![("value", input.code.trim().to_string())]);
        }
    }
    c.required("title", &input.title);
    let start = c.date("start", &input.start);
    let end = c.date("end", &input.end);
    c.range("end", start, end);
    c.one_of("status", &input.status, enums::values("ProjectStatus"));
    c.currency("currency", &input.currency);
    for country in &input.countries {
        c.country("countries", country);
    }
    let known = |org: &str| -> Result<bool> {
        Ok(db
            .conn()
            .query_row("SELECT count(*) FROM live_organisations WHERE id = ?1", [org], |r| r.get::<_, i64>(0))?
            > 0)
    };
    if let Some(lead) = &input.lead_org_id {
        if !known(lead)? {
            c.push("lead_org_id", "invalid-value", vec![("value", lead.clone()), ("allowed", String::new())]);
        }
    }
    let mut seen = std::collections::HashSet::new();
    for p in &input.partners {
        let twice = !seen.insert(p.organisation_id.as_str()) || input.lead_org_id.as_ref() == Some(&p.organisation_id);
        if twice || !known(&p.organisation_id)? {
            c.push("partners", "invalid-value", vec![("value", p.organisation_id.clone()), ("allowed", String::new())]);
        }
        c.one_of("partners", &p.role, enums::values("PartnerRole"));
    }
    for m in &input.municipalities {
        if crate::places::by_key(&m.country, &m.key).is_none() {
            c.push(
                "municipalities",
                "unknown-municipality",
                vec![("value", m.key.clone()), ("country", m.country.clone())],
            );
        }
    }
    c.finish()
}

fn values(db: &Db, input: &ProjectInput) -> Result<Vec<(&'static str, Value)>> {
    let lead = match &input.lead_org_id {
        Some(l) => t(l),
        None => db
            .conn()
            .query_row("SELECT id FROM live_organisations WHERE is_self = 1 ORDER BY id LIMIT 1", [], |r| {
                r.get::<_, String>(0)
            })
            .map_or(Value::Null, Value::Text),
    };
    let mut countries: Vec<String> = input.countries.iter().map(|c| c.trim().to_uppercase()).collect();
    for m in &input.municipalities {
        if !countries.contains(&m.country) {
            countries.push(m.country.clone());
        }
    }
    let countries = serde_json::to_string(&countries).unwrap_or_else(|_| "[]".into());
    Ok(vec![
        ("code", t(&input.code)),
        ("title", t(&input.title)),
        ("summary", input.summary.as_deref().filter(|s| !s.trim().is_empty()).map_or(Value::Null, t)),
        ("start_date", t(&input.start)),
        ("end_date", t(&input.end)),
        ("status", t(&input.status)),
        ("currency", t(&input.currency)),
        ("lead_org_id", lead),
        ("countries", Value::Text(countries)),
    ])
}

/// A new project of the database owner; returns its id.
pub fn create_project(db: &mut Db, input: &ProjectInput) -> Result<String> {
    check(db, input, None)?;
    let mut row = values(db, input)?;
    let position: i64 =
        db.conn().query_row("SELECT coalesce(max(position) + 1, 0) FROM live_projects", [], |r| r.get(0))?;
    row.push(("ref", t(&input.code)));
    row.push(("position", Value::Integer(position)));
    db.write(|w| {
        let id = w.insert("projects", &row)?;
        members(w, &id, input)?;
        Ok(id)
    })
}

/// Bring the project's partners and municipalities to what the form says: rows no longer
/// wanted are deleted, new ones inserted, a changed role updated.
fn members(w: &mut crate::store::Writer<'_>, id: &str, input: &ProjectInput) -> Result<()> {
    let partners: Vec<(String, String, String)> =
        w.query_map("SELECT id, organisation_id, role FROM live_project_partners WHERE project_id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    for (row, org, _) in &partners {
        if !input.partners.iter().any(|p| &p.organisation_id == org) {
            w.delete("project_partners", row)?;
        }
    }
    for (i, p) in input.partners.iter().enumerate() {
        let values = [("role", t(&p.role)), ("position", Value::Integer(i as i64))];
        match partners.iter().find(|(_, org, _)| org == &p.organisation_id) {
            Some((row, _, _)) => {
                w.update("project_partners", row, &values)?;
            }
            None => {
                let mut all = vec![("project_id", t(id)), ("organisation_id", t(&p.organisation_id))];
                all.extend(values);
                w.insert("project_partners", &all)?;
            }
        }
    }
    let places: Vec<(String, String, String)> = w.query_map(
        "SELECT id, country, municipality FROM live_project_municipalities WHERE project_id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    for (row, country, key) in &places {
        if !input.municipalities.iter().any(|m| &m.country == country && &m.key == key) {
            w.delete("project_municipalities", row)?;
        }
    }
    for m in &input.municipalities {
        if !places.iter().any(|(_, country, key)| country == &m.country && key == &m.key) {
            w.insert(
                "project_municipalities",
                &[("project_id", t(id)), ("country", t(&m.country)), ("municipality", t(&m.key))],
            )?;
        }
    }
    Ok(())
}

/// Change a project's fields.
pub fn update_project(db: &mut Db, id: &str, input: &ProjectInput) -> Result<()> {
    exists(db, id)?;
    check(db, input, Some(id))?;
    let row = values(db, input)?;
    db.write(|w| {
        w.update("projects", id, &row)?;
        members(w, id, input)
    })
}

/// Close a project (its status becomes `closed`; it stays, with everything in it).
pub fn close_project(db: &mut Db, id: &str) -> Result<()> {
    exists(db, id)?;
    db.write(|w| w.update("projects", id, &[("status", t("closed"))])).map(|_| ())
}

/// Delete a project: it and everything in it are hidden, nothing is destroyed, and
/// `restore_project` brings it back.
pub fn delete_project(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "projects", "project", id)
}

/// Undo a deletion.
pub fn restore_project(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "projects", "project", id)
}

fn exists(db: &Db, id: &str) -> Result<()> {
    rows::exists(db, "projects", "project", id)
}

/// Add a work package to a project; its code is the next free `WP<n>` (packages name it by
/// that code). Returns its id.
pub fn add_work_package(db: &mut Db, project_id: &str, title: &str) -> Result<String> {
    exists(db, project_id)?;
    let mut c = Check::default();
    c.required("title", title);
    c.finish()?;
    let codes: Vec<String> = db
        .conn()
        .prepare("SELECT code FROM /* all rows */ work_packages WHERE project_id = ?1")?
        .query_map([project_id], |r| r.get::<_, Option<String>>(0))?
        .filter_map(|c| c.ok().flatten())
        .collect();
    let next = codes.iter().filter_map(|c| c.strip_prefix("WP")?.parse::<u32>().ok()).max().unwrap_or(0) + 1;
    let position: i64 = db.conn().query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM live_work_packages WHERE project_id = ?1",
        [project_id],
        |r| r.get(0),
    )?;
    let row = [
        ("project_id", t(project_id)),
        ("code", t(&format!("WP{next}"))),
        ("title", t(title)),
        ("position", Value::Integer(position)),
    ];
    db.write(|w| w.insert("work_packages", &row))
}

/// Change a work package's title.
pub fn rename_work_package(db: &mut Db, id: &str, title: &str) -> Result<()> {
    rows::exists(db, "work_packages", "work package", id)?;
    let mut c = Check::default();
    c.required("title", title);
    c.finish()?;
    db.write(|w| w.update("work_packages", id, &[("title", t(title))])).map(|_| ())
}

/// Delete a work package (its activities stay, in no work package while it is gone);
/// `restore_work_package` undoes it.
pub fn delete_work_package(db: &mut Db, id: &str) -> Result<()> {
    rows::delete(db, "work_packages", "work package", id)
}

pub fn restore_work_package(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "work_packages", "work package", id)
}
