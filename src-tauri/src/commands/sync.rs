//! Sync from the app (thin over `tessera_sync`): the state for the badge and the Sync
//! screen, "sync now" (the button, the UI's timer while the folder is reachable, the start;
//! the exit is `lib.rs`'s), the first laptop's setup (its enrolment code), revoking a device
//! (with a new organisation key for the others, and a new code).

use serde::Serialize;
use tauri::State;

use crate::{ApiError, AppState};

#[derive(Debug, Serialize, specta::Type)]
pub struct SyncDevice {
    pub device: String,
    pub name: String,
    pub this_device: bool,
    /// RFC 3339, by that device's clock.
    pub last_sync: Option<String>,
    pub bundles_received: u32,
    pub revoked: bool,
}

#[derive(Debug, Serialize, specta::Type)]
pub struct SyncProblem {
    pub file: String,
    /// `sync-reason-<code>`.
    pub code: String,
}

/// Sync as the app shows it; `set_up` false (and the rest empty) before setup.
#[derive(Debug, Default, Serialize, specta::Type)]
pub struct SyncView {
    pub set_up: bool,
    pub folder: String,
    /// The shared folder is there now (a USB stick plugged in, a network share connected).
    pub reachable: bool,
    pub last_sync: Option<String>,
    pub pending_changes: u32,
    pub bundles_sent: u32,
    pub bundles_received: u32,
    pub conflicts: u32,
    pub quarantined: u32,
    pub devices: Vec<SyncDevice>,
    pub problems: Vec<SyncProblem>,
}

/// What one sync did.
#[derive(Debug, Serialize, specta::Type)]
pub struct SyncDone {
    pub bundles: u32,
    pub changes: u32,
    pub sent: u32,
    pub problems: Vec<SyncProblem>,
    pub revoked_here: bool,
    pub view: SyncView,
}

fn time(ms: Option<u64>) -> Option<String> {
    ms.and_then(|ms| chrono::DateTime::from_timestamp_millis(ms as i64)).map(|t| t.to_rfc3339())
}

fn problems(p: &[tessera_sync::Problem]) -> Vec<SyncProblem> {
    p.iter().map(|p| SyncProblem { file: p.file.clone(), code: p.code.clone() }).collect()
}

fn view(db: &tessera_core::Db) -> Result<SyncView, ApiError> {
    let s = match tessera_sync::status(db) {
        Ok(s) => s,
        Err(tessera_sync::Error::NotSetUp) => return Ok(SyncView::default()),
        Err(e) => return Err(e.into()),
    };
    let me = s.devices.iter().find(|d| d.this_device).and_then(|d| d.last_sync_ms);
    Ok(SyncView {
        set_up: true,
        reachable: std::path::Path::new(&s.folder).is_dir(),
        folder: s.folder,
        last_sync: time(me),
        pending_changes: s.pending_changes.min(u32::MAX as u64) as u32,
        bundles_sent: s.bundles_sent as u32,
        bundles_received: s.bundles_received as u32,
        conflicts: s.conflicts as u32,
        quarantined: s.quarantined as u32,
        devices: s
            .devices
            .iter()
            .map(|d| SyncDevice {
                device: d.device.to_string(),
                name: d.name.clone(),
                this_device: d.this_device,
                last_sync: time(d.last_sync_ms),
                bundles_received: d.bundles_received as u32,
                revoked: d.revoked,
            })
            .collect(),
        problems: problems(&s.problems),
    })
}

#[tauri::command(async)]
#[specta::specta]
pub fn sync_status(state: State<'_, AppState>) -> Result<SyncView, ApiError> {
    view(&*state.db()?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn sync_now(state: State<'_, AppState>) -> Result<SyncDone, ApiError> {
    let mut db = state.db()?;
    let r = tessera_sync::sync(&mut db, None)?;
    let mut p = problems(&r.rejected);
    p.extend(problems(&r.waiting));
    Ok(SyncDone {
        bundles: r.bundles as u32,
        changes: r.changes as u32,
        sent: r.sent as u32,
        problems: p,
        revoked_here: r.revoked_here,
        view: view(&db)?,
    })
}

/// The first laptop: the share in `folder`; the enrolment code to give colleagues.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_setup(state: State<'_, AppState>, folder: String) -> Result<String, ApiError> {
    let mut db = state.db()?;
    let folder = folder.trim();
    let path = match folder.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().unwrap_or_default().join(rest),
        None => std::path::PathBuf::from(folder),
    };
    Ok(tessera_sync::setup(&mut db, &path, &tessera_sync::device_name())?.code)
}

/// A revoked device and the organisation's new key, which only the others get.
#[derive(Debug, Serialize, specta::Type)]
pub struct Revoked {
    pub view: SyncView,
    /// The new enrolment code (the old ones open only the old key).
    pub code: String,
}

/// Revoke a lost laptop and give every other device a new organisation key.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_revoke(state: State<'_, AppState>, device: String) -> Result<Revoked, ApiError> {
    let mut db = state.db()?;
    tessera_sync::revoke(&mut db, &device)?;
    let rotated = tessera_sync::rotate_key(&mut db)?;
    Ok(Revoked { view: view(&db)?, code: rotated.code })
}
