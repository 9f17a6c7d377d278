//! App-level commands: what the frame needs (organisation, language, lock state).

use serde::Serialize;
use tauri::State;
use tessera_core::organisations;

use crate::{ApiError, AppState};

/// What the frame shows about the open database.
#[derive(Debug, Serialize, specta::Type)]
pub struct AppInfo {
    pub org_name: String,
    pub org_short_name: Option<String>,
    pub country: String,
    pub base_currency: String,
    pub lang: String,
    pub db_path: String,
    pub encrypted: bool,
}

pub(crate) fn info(state: &AppState) -> Result<AppInfo, ApiError> {
    let db = state.db()?;
    let org = organisations::org_info(&db)?;
    let lang = db.local_setting("lang")?.unwrap_or_else(|| "en".into());
    Ok(AppInfo {
        org_name: org.org_name,
        org_short_name: org.org_short_name,
        country: org.country,
        base_currency: org.base_currency,
        lang,
        db_path: state.path.display().to_string(),
        encrypted: db.is_encrypted(),
    })
}

#[tauri::command(async)]
#[specta::specta]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, ApiError> {
    info(&state)
}

#[tauri::command(async)]
#[specta::specta]
pub fn unlock(state: State<'_, AppState>, passphrase: String) -> Result<AppInfo, ApiError> {
    state.unlock(passphrase)?;
    info(&state)
}

/// Remember the interface language on this device.
#[tauri::command(async)]
#[specta::specta]
pub fn set_language(state: State<'_, AppState>, lang: String) -> Result<(), ApiError> {
    if !tessera_l10n::is_supported(&lang) {
        return Err(ApiError::UnsupportedLanguage { lang });
    }
    Ok(state.db()?.set_local_setting("lang", &lang)?)
}

/// Encrypt the database with a new passphrase (typed twice), or give one to a database that
/// has none; the whole file is written anew under it.
#[tauri::command(async)]
#[specta::specta]
pub fn change_passphrase(state: State<'_, AppState>, passphrase: String, repeat: String) -> Result<AppInfo, ApiError> {
    let mut check = tessera_core::input::Check::default();
    if check.required("passphrase", &passphrase) && passphrase != repeat {
        check.push("repeat", "passphrase-mismatch", vec![]);
    }
    check.finish()?;
    state.change_passphrase(Some(passphrase))?;
    info(&state)
}
