//! Deviation notes: why an indicator's achievement departs from its target beyond the
//! organisation's band (`settings::DeviationBand`), written for the reporting period that ends
//! on a day. The indicator tracking table of a window ending that day prints them
//! (`report::context`); the reports screen lists the indicators that need one.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::input::text;
use crate::{Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// An indicator of a project as the notes of one window show it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct DeviationNote {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    /// What it achieved to the window's end in % of its target (`reports.md`), when known.
    pub percent_of_target: Option<String>,
    /// Outside the organisation's band: the tracking table asks for a note.
    pub outside: bool,
    /// The note written for a period ending on the window's last day.
    pub note: Option<String>,
}

/// Every indicator of project `project_id` with its achievement for `[from, to]` and the note
/// written for a period ending on `to`, in the logframe's order.
pub fn deviation_notes(db: &Db, project_id: &str, from: NaiveDate, to: NaiveDate) -> Result<Vec<DeviationNote>> {
    let band = crate::settings::deviation_band(db)?;
    let mut notes = notes_for(db, project_id, to)?;
    Ok(super::indicator_figures(db, project_id, from, to)?
        .into_iter()
        .map(|i| DeviationNote {
            outside: band.outside(i.values.percent_of_target.as_deref()),
            percent_of_target: i.values.percent_of_target,
            note: notes.remove(&i.ref_),
            ref_: i.ref_,
            text: i.text,
        })
        .collect())
}

/// The notes written for a period ending on `to`, by indicator ref (none empty).
pub fn notes_for(db: &Db, project_id: &str, to: NaiveDate) -> Result<BTreeMap<String, String>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT i.ref, d.note FROM live_deviation_notes d
         JOIN live_indicators i ON i.id = d.indicator_id JOIN live_logframe_nodes n ON n.id = i.node_id
         WHERE n.project_id = ?1 AND d.period_to = ?2 AND d.note <> ''",
    )?;
    let rows = stmt.query_map(rusqlite::params![project_id, to.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// Write indicator `indicator_ref`'s note for the period ending on `to` (trimmed; an empty one
/// takes back what it said).
pub fn set_deviation_note(db: &mut Db, project_id: &str, indicator_ref: &str, to: NaiveDate, note: &str) -> Result<()> {
    let indicator: String = db
        .conn()
        .query_row(
            "SELECT i.id FROM live_indicators i JOIN live_logframe_nodes n ON n.id = i.node_id
             WHERE n.project_id = ?1 AND i.ref = ?2",
            [project_id, indicator_ref],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound { what: "indicator", id: indicator_ref.to_string() })?;
    let id = note_id(&indicator, to);
    let note = note.trim();
    let kept: Option<String> =
        db.conn().query_row("SELECT note FROM live_deviation_notes WHERE id = ?1", [&id], |r| r.get(0)).optional()?;
    match kept {
        Some(k) if k == note => Ok(()),
        Some(_) => db.write(|w| w.update("deviation_notes", &id, &[("note", text(note))])).map(|_| ()),
        None if note.is_empty() => Ok(()),
        None => db.write(|w| {
            w.insert_with_id(
                "deviation_notes",
                &id,
                &[("indicator_id", text(&indicator)), ("period_to", text(&to.to_string())), ("note", text(note))],
            )
        }),
    }
}

/// One row per indicator and period: its id derived from both, so two laptops writing the
/// first note of a period write the same row (and the later text wins) rather than two.
fn note_id(indicator_id: &str, to: NaiveDate) -> String {
    let hash = Sha256::digest(format!("deviation-note/{indicator_id}/{to}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&hash[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid().hyphenated().to_string()
}
