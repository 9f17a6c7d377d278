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
    /// The demo organisation (the frame says so and offers to remove it).
    pub demo: bool,
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
        demo: AppState::is_demo(&db)?,
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
    state.db()?.set_local_setting("lang", &lang)?;
    state.remember_language(&lang);
    Ok(())
}

/// The first screen showing data has been painted (the UI says so once, after its frame): with
/// `TESSERA_TRACE_STARTUP` set, one line on stderr with the time since the app started, which
/// the startup benchmark (`bench/app-start.mjs`) reads.
#[tauri::command(async)]
#[specta::specta]
pub fn first_screen_shown() {
    static SAID: std::sync::Once = std::sync::Once::new();
    if std::env::var_os("TESSERA_TRACE_STARTUP").is_some() {
        SAID.call_once(|| {
            eprintln!("tessera-app: first screen with data {} ms after start", crate::started().elapsed().as_millis())
        });
    }
}

/// The device-local setting: minutes without a key or a click before an encrypted database
/// locks itself (0: never).
const LOCK_AFTER: &str = "lock.after_minutes";

/// Minutes idle before the app locks (15 unless set; 0: never).
#[tauri::command(async)]
#[specta::specta]
pub fn lock_after(state: State<'_, AppState>) -> Result<u32, ApiError> {
    Ok(state.db()?.local_setting(LOCK_AFTER)?.and_then(|v| v.parse().ok()).unwrap_or(15))
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_lock_after(state: State<'_, AppState>, minutes: u32) -> Result<(), ApiError> {
    let mut check = tessera_core::input::Check::default();
    check.one_of("minutes", &minutes.to_string(), &["0", "5", "15", "30", "60"]);
    check.finish()?;
    Ok(state.db()?.set_local_setting(LOCK_AFTER, &minutes.to_string())?)
}

/// Lock now (an encrypted database: closed until its passphrase is typed again); `false`
/// when the database has no passphrase to lock it with.
#[tauri::command(async)]
#[specta::specta]
pub fn lock_now(state: State<'_, AppState>) -> Result<bool, ApiError> {
    state.lock()
}

/// The interface language last used with this database, readable while it is locked (or
/// gone: the welcome screen after the demo was removed).
#[tauri::command(async)]
#[specta::specta]
pub fn last_language(state: State<'_, AppState>) -> Option<String> {
    state.last_language()
}

/// Encrypt the database with a new passphrase (typed twice), or give one to a database that
/// has none; the whole file is written anew under it.
#[tauri::command(async)]
#[specta::specta]
pub fn change_passphrase(state: State<'_, AppState>, passphrase: String, repeat: String) -> Result<AppInfo, ApiError> {
    let mut check = tessera_core::input::Check::default();
    check.new_passphrase("passphrase", "repeat", &passphrase, &repeat);
    check.finish()?;
    state.change_passphrase(Some(passphrase))?;
    info(&state)
}
