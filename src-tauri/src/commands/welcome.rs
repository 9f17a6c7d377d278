//! The first run: create our organisation (its profile, logo, language and passphrase), join
//! one a colleague set up (the share and the enrolment code), or explore the demo — and
//! remove the demo again; Settings → Organisation changes the profile.

use tauri::{Emitter, State};
use tessera_core::input::Check;
use tessera_core::organisations::profile::{self, Logo, Profile, ProfileInput};

use super::app::{info, AppInfo};
use crate::{ApiError, AppState};

/// A logo the user picked: its file name and its bytes in base64.
#[derive(Debug, serde::Deserialize, specta::Type)]
pub struct LogoFile {
    pub name: String,
    pub content: String,
}

/// How the new database is protected: a passphrase typed twice, or none (`encrypt` off).
#[derive(Debug, serde::Deserialize, specta::Type)]
pub struct NewPassphrase {
    pub encrypt: bool,
    pub passphrase: String,
    pub repeat: String,
}

/// Create our organisation in a new database, and open it. Every field is checked first (the
/// profile, the logo, the passphrase): nothing is written while anything is wrong.
#[tauri::command(async)]
#[specta::specta]
pub fn create_our_organisation(
    state: State<'_, AppState>,
    input: ProfileInput,
    logo: Option<LogoFile>,
    lang: String,
    protect: NewPassphrase,
) -> Result<AppInfo, ApiError> {
    if !tessera_l10n::is_supported(&lang) {
        return Err(ApiError::UnsupportedLanguage { lang });
    }
    let bytes = logo.as_ref().map(|l| super::uploaded(&l.name, &l.content)).transpose()?;
    let logo = logo.as_ref().zip(bytes.as_deref()).map(|(l, bytes)| Logo { filename: &l.name, bytes });
    // the profile's problems and the passphrase's, all at once
    let mut issues = match profile::check(&input, logo.as_ref()) {
        Err(tessera_core::Error::InvalidInput(issues)) => issues,
        other => {
            other?;
            vec![]
        }
    };
    if protect.encrypt {
        let mut check = Check::default();
        check.new_passphrase("passphrase", "repeat", &protect.passphrase, &protect.repeat);
        issues.extend(check.into_issues());
    }
    if !issues.is_empty() {
        return Err(ApiError::InvalidInput { issues });
    }
    let passphrase = protect.encrypt.then_some(protect.passphrase);
    state.create_organisation(&input, logo.as_ref(), &lang, passphrase)?;
    info(&state)
}

/// Join an organisation a colleague set up: this laptop's own new database (encrypted with
/// its own passphrase), filled from the share with the enrolment code; `sync-progress`
/// events tell how far it got.
#[tauri::command(async)]
#[specta::specta]
pub fn join_organisation(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    share: super::sync::SyncShareInput,
    code: String,
    lang: String,
    protect: NewPassphrase,
) -> Result<AppInfo, ApiError> {
    if !tessera_l10n::is_supported(&lang) {
        return Err(ApiError::UnsupportedLanguage { lang });
    }
    let mut check = Check::default();
    check.required("code", &code);
    check.required("address", &share.address);
    if protect.encrypt {
        check.new_passphrase("passphrase", "repeat", &protect.passphrase, &protect.repeat);
    }
    check.finish()?;
    let passphrase = protect.encrypt.then_some(protect.passphrase);
    state.join_organisation(&super::sync::target(&share), &code, &lang, passphrase, &mut |done, total| {
        let _ = app.emit("sync-progress", super::sync::SyncProgress { done: done as u32, total: total as u32 });
    })?;
    info(&state)
}

/// Explore the demo organisation (a new database, marked as the demo), in `lang`.
#[tauri::command(async)]
#[specta::specta]
pub fn explore_demo(state: State<'_, AppState>, lang: String) -> Result<AppInfo, ApiError> {
    if !tessera_l10n::is_supported(&lang) {
        return Err(ApiError::UnsupportedLanguage { lang });
    }
    state.explore_demo(&lang)?;
    info(&state)
}

/// Remove the demo database; the welcome screen comes next.
#[tauri::command(async)]
#[specta::specta]
pub fn remove_demo(state: State<'_, AppState>) -> Result<(), ApiError> {
    state.remove_demo()
}

/// Our organisation's profile (Settings → Organisation).
#[tauri::command(async)]
#[specta::specta]
pub fn organisation_profile(state: State<'_, AppState>) -> Result<Profile, ApiError> {
    Ok(profile::profile(&*state.db()?)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_organisation_profile(state: State<'_, AppState>, input: ProfileInput) -> Result<AppInfo, ApiError> {
    profile::update(&mut *state.db()?, &input)?;
    info(&state)
}

/// A new logo (`None`: no logo any more).
#[tauri::command(async)]
#[specta::specta]
pub fn set_organisation_logo(state: State<'_, AppState>, logo: Option<LogoFile>) -> Result<Profile, ApiError> {
    let mut db = state.db()?;
    match logo {
        Some(l) => {
            let bytes = super::uploaded(&l.name, &l.content)?;
            profile::set_logo(&mut db, &Logo { filename: &l.name, bytes: &bytes })?;
        }
        None => profile::remove_logo(&mut db)?,
    }
    Ok(profile::profile(&db)?)
}
