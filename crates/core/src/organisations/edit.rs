//! The organisations directory edited from the app: partners, donors, sub-grantees and
//! authorities created, changed, deleted (with undo) — every field checked first, then one
//! write through the change log. An organisation a project, grant or sub-grant still names
//! cannot be deleted.

use serde::{Deserialize, Serialize};

use crate::enums;
use crate::input::{opt_text, text, Check};
use crate::{rows, Db, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// An organisation as its form gives it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct OrganisationInput {
    pub name: String,
    pub short_name: Option<String>,
    pub kind: String,
    pub country: Option<String>,
}

/// One entry of the directory.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct DirectoryEntry {
    pub id: String,
    #[serde(flatten)]
    pub input: OrganisationInput,
    /// The database owner (it cannot be deleted here).
    pub is_self: bool,
    /// Projects it leads or is a partner of.
    pub projects: i32,
    /// Grants it gives (as donor).
    pub grants: i32,
}

/// The directory, the database owner first, then by name.
pub fn directory(db: &Db) -> Result<Vec<DirectoryEntry>> {
    let mut stmt = db.conn().prepare(
        "SELECT o.id, o.name, o.short_name, o.kind, o.country, o.is_self,
           (SELECT count(DISTINCT p.id) FROM live_projects p WHERE p.lead_org_id = o.id
              OR p.id IN (SELECT pp.project_id FROM live_project_partners pp WHERE pp.organisation_id = o.id)),
           (SELECT count(*) FROM live_grants g WHERE g.donor_org_id = o.id)
         FROM live_organisations o ORDER BY o.is_self DESC, o.name COLLATE NOCASE, o.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(DirectoryEntry {
            id: r.get(0)?,
            input: OrganisationInput { name: r.get(1)?, short_name: r.get(2)?, kind: r.get(3)?, country: r.get(4)? },
            is_self: r.get(5)?,
            projects: r.get(6)?,
            grants: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

fn check(input: &OrganisationInput) -> Result<()> {
    let mut c = Check::default();
    c.required("name", &input.name);
    c.one_of("kind", &input.kind, enums::values("OrganisationKind"));
    if let Some(country) = input.country.as_deref().filter(|s| !s.trim().is_empty()) {
        c.country("country", &country.trim().to_uppercase());
    }
    c.finish()
}

fn values(input: &OrganisationInput) -> Vec<(&'static str, rusqlite::types::Value)> {
    vec![
        ("name", text(&input.name)),
        ("short_name", opt_text(&input.short_name)),
        ("kind", text(&input.kind)),
        ("country", opt_text(&input.country.as_ref().map(|c| c.trim().to_uppercase()))),
    ]
}

/// A new entry of the directory; returns its id. Its `ref` (how a package export names it) is
/// the next free `O<n>`.
pub fn create_organisation(db: &mut Db, input: &OrganisationInput) -> Result<String> {
    check(input)?;
    let refs: Vec<String> = db
        .conn()
        .prepare("SELECT ref FROM /* all rows */ organisations WHERE ref LIKE 'O%'")?
        .query_map([], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    let next = refs.iter().filter_map(|r| r[1..].parse::<u32>().ok()).max().unwrap_or(0) + 1;
    let position: i64 =
        db.conn().query_row("SELECT coalesce(max(position) + 1, 0) FROM live_organisations", [], |r| r.get(0))?;
    let mut row = values(input);
    row.push(("ref", text(&format!("O{next}"))));
    row.push(("is_self", 0.into()));
    row.push(("position", position.into()));
    db.write(|w| w.insert("organisations", &row))
}

/// Change an entry (the database owner's name, short name, kind and country too).
pub fn update_organisation(db: &mut Db, id: &str, input: &OrganisationInput) -> Result<()> {
    exists(db, id)?;
    check(input)?;
    db.write(|w| w.update("organisations", id, &values(input))).map(|_| ())
}

/// Delete an entry nothing names any more (else `in-use` at its `name`); `restore_organisation`
/// brings it back.
pub fn delete_organisation(db: &mut Db, id: &str) -> Result<()> {
    exists(db, id)?;
    let (is_self, used): (bool, i64) = db.conn().query_row(
        "SELECT o.is_self,
           (SELECT count(*) FROM live_projects WHERE lead_org_id = o.id)
         + (SELECT count(*) FROM live_project_partners WHERE organisation_id = o.id)
         + (SELECT count(*) FROM live_grants WHERE donor_org_id = o.id)
         + (SELECT count(*) FROM live_subgrants WHERE grantee_org_id = o.id)
         + (SELECT count(*) FROM live_beneficiaries WHERE organisation_id = o.id)
         FROM live_organisations o WHERE o.id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut c = Check::default();
    if is_self {
        c.push("name", "owner-stays", vec![]);
    } else if used > 0 {
        c.push("name", "in-use", vec![("count", used.to_string())]);
    }
    c.finish()?;
    rows::delete(db, "organisations", "organisation", id)
}

/// Undo a deletion.
pub fn restore_organisation(db: &mut Db, id: &str) -> Result<()> {
    rows::restore(db, "organisations", "organisation", id)
}

fn exists(db: &Db, id: &str) -> Result<()> {
    rows::exists(db, "organisations", "organisation", id)
}
