//! Backups from the app (thin over `tessera_backup`): this laptop's backup settings (folder,
//! how often, how many kept) and the backups in its folder, "back up now" and the automatic
//! backup when one is due (both with their progress as `backup-progress` events), restoring a
//! backup over the open database, and the database check.

use serde::{Deserialize, Serialize};
use tauri::{Emitter, State};
use tessera_backup::schedule;
use tessera_core::check::{self, Depth};

use super::app::{info, AppInfo};
use crate::{ApiError, AppState};

#[derive(Debug, Serialize, specta::Type)]
pub struct BackupFile {
    pub path: String,
    pub name: String,
    pub bytes: f64,
    /// RFC 3339.
    pub modified: String,
}

/// The Settings screen's backup section.
#[derive(Debug, Serialize, specta::Type)]
pub struct BackupView {
    /// Empty until a folder is chosen.
    pub folder: String,
    /// `off`, `daily` or `weekly`.
    pub every: String,
    pub keep: u32,
    /// The last backup made on this laptop, RFC 3339.
    pub last: Option<String>,
    /// Whether backups are encrypted (with the database's passphrase).
    pub encrypted: bool,
    /// The backups in the folder, newest first.
    pub backups: Vec<BackupFile>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct BackupSettingsInput {
    pub folder: String,
    pub every: String,
    pub keep: String,
}

#[derive(Debug, Serialize, specta::Type)]
pub struct BackupDone {
    pub path: String,
    pub bytes: f64,
    pub files: u32,
    /// Attachment files named by the database that are not on this laptop.
    pub missing: u32,
    pub view: BackupView,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
struct BackupProgress {
    done: f64,
    total: f64,
}

#[derive(Debug, Serialize, specta::Type)]
pub struct RestoreDone {
    /// Where the database it replaced is kept.
    pub kept: Option<String>,
    /// When the backup was made, RFC 3339.
    pub created_at: String,
    pub organisation: String,
    /// Rows the check compared before the swap.
    pub rows: u32,
    pub info: AppInfo,
}

/// What the check found (`tessera_core::check::CheckReport`, counts as numbers).
#[derive(Debug, Serialize, specta::Type)]
pub struct DatabaseCheck {
    pub ok: bool,
    pub integrity: Vec<String>,
    pub rows: u32,
    pub disagreements: Vec<String>,
    pub disagreement_count: u32,
    pub files: u32,
    pub damaged: Vec<String>,
    pub missing: Vec<String>,
}

fn view(db: &tessera_core::Db) -> Result<BackupView, ApiError> {
    let s = schedule::load(db)?;
    let backups = if s.folder.is_empty() { vec![] } else { schedule::list(std::path::Path::new(&s.folder)) };
    Ok(BackupView {
        backups: backups
            .into_iter()
            .map(|b| BackupFile {
                path: b.path.display().to_string(),
                name: b.name,
                bytes: b.bytes as f64,
                modified: b.modified,
            })
            .collect(),
        folder: s.folder,
        every: s.every,
        keep: s.keep,
        last: s.last,
        encrypted: db.is_encrypted(),
    })
}

#[tauri::command(async)]
#[specta::specta]
pub fn backup_view(state: State<'_, AppState>) -> Result<BackupView, ApiError> {
    view(&*state.db()?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_backup_settings(state: State<'_, AppState>, input: BackupSettingsInput) -> Result<BackupView, ApiError> {
    let db = state.db()?;
    schedule::save(&db, &input.folder, &input.every, &input.keep, dirs::home_dir().as_deref())?;
    view(&db)
}

fn run(app: &tauri::AppHandle, state: &AppState) -> Result<BackupDone, ApiError> {
    let passphrase = state.passphrase();
    let db = state.db()?;
    let (path, w) = schedule::run(&db, passphrase.as_deref(), &mut |done, total| {
        let _ = app.emit("backup-progress", BackupProgress { done: done as f64, total: total as f64 });
    })?;
    Ok(BackupDone {
        path: path.display().to_string(),
        bytes: w.bytes as f64,
        files: w.manifest.attachments.len() as u32,
        missing: w.manifest.missing.len() as u32,
        view: view(&db)?,
    })
}

/// A backup into the chosen folder now.
#[tauri::command(async)]
#[specta::specta]
pub fn backup_now(app: tauri::AppHandle, state: State<'_, AppState>) -> Result<BackupDone, ApiError> {
    run(&app, &state)
}

/// The automatic backup, when one is due (the UI asks at start and every hour).
#[tauri::command(async)]
#[specta::specta]
pub fn backup_if_due(app: tauri::AppHandle, state: State<'_, AppState>) -> Result<Option<BackupDone>, ApiError> {
    let due = schedule::due(&schedule::load(&*state.db()?)?, chrono::Utc::now());
    if due {
        run(&app, &state).map(Some)
    } else {
        Ok(None)
    }
}

/// Restore a backup over the open database (the one it replaces is kept beside it).
/// `passphrase`: the backup's, when it is not the open database's.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_backup(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    path: String,
    passphrase: Option<String>,
) -> Result<RestoreDone, ApiError> {
    let file = super::typed_path(&path);
    let r = state.restore(&file, passphrase.filter(|p| !p.is_empty()), &mut |done, total| {
        let _ = app.emit("backup-progress", BackupProgress { done: done as f64, total: total as f64 });
    })?;
    Ok(RestoreDone {
        kept: r.kept.map(|k| k.display().to_string()),
        created_at: r.manifest.created_at,
        organisation: r.manifest.organisation,
        rows: r.check.rows as u32,
        info: info(&state)?,
    })
}

/// The check: `full`, the file, the change log against the tables and every attachment's
/// hash (the Settings button); else the quick one the app runs at start.
#[tauri::command(async)]
#[specta::specta]
pub fn check_database(state: State<'_, AppState>, full: bool) -> Result<DatabaseCheck, ApiError> {
    let depth = if full { Depth::Full } else { Depth::Quick };
    let r = check::run(&*state.db()?, depth, &mut |_, _| {})?;
    Ok(DatabaseCheck {
        ok: r.ok(),
        integrity: r.integrity,
        rows: r.rows as u32,
        disagreements: r.disagreements,
        disagreement_count: r.disagreement_count as u32,
        files: r.files as u32,
        damaged: r.damaged,
        missing: r.missing,
    })
}
