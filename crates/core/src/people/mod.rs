//! People: beneficiaries (pseudonymous codes first), households and consents — the list and
//! how they are stored (`tables.rs`).

pub mod tables;

use serde::Serialize;

use crate::projects::project_id;
use crate::search::fold;
use crate::{Db, Result};

/// A person in lists: pseudonymous code first, names only when recorded.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BeneficiaryRow {
    pub code: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub gender: Option<String>,
    pub birth_year: Option<i64>,
    pub municipality: Option<String>,
}

/// People, optionally only those reached by a project, optionally matching a search in any
/// script (`petrovic` finds `Петровић`).
pub fn list_beneficiaries(db: &Db, project: Option<&str>, search: Option<&str>) -> Result<Vec<BeneficiaryRow>> {
    let pid = project.map(|code| project_id(db, code)).transpose()?;
    let like = search.map(|s| format!("%{}%", fold(s)));
    let mut stmt = db.conn().prepare(
        "SELECT code, first_name, last_name, gender, birth_year, municipality FROM live_beneficiaries b
         WHERE (?1 IS NULL OR search_key LIKE ?1)
           AND (?2 IS NULL OR home_project_id = ?2
                OR EXISTS (SELECT 1 FROM live_attendance at JOIN live_activities a ON a.id = at.activity_id
                           WHERE at.beneficiary_id = b.id AND a.project_id = ?2)
                OR EXISTS (SELECT 1 FROM live_services s WHERE s.beneficiary_id = b.id AND s.project_id = ?2))
         ORDER BY code",
    )?;
    let rows = stmt.query_map(rusqlite::params![like, pid], |r| {
        Ok(BeneficiaryRow {
            code: r.get(0)?,
            first_name: r.get(1)?,
            last_name: r.get(2)?,
            gender: r.get(3)?,
            birth_year: r.get(4)?,
            municipality: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
