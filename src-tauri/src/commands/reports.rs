//! Donor reports from the app: one generated for a project, window, template and language
//! (kept, and sent to the preview as the PDF's bytes), saved to the Downloads folder, opened
//! in the system's viewer, or queued for the share's outbox; a saved report is recorded (`report::record_generated`) (thin over
//! `tessera_reports`).

use base64::Engine;
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::{ApiError, AppState};

/// What the reports screen asks for.
#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct ReportRequest {
    pub project_id: String,
    pub template: String,
    pub lang: String,
    pub from: String,
    pub to: String,
    /// The people reached by ethnicity too (an organisation that records it).
    pub ethnicity: bool,
}

/// A generated report, for the preview.
#[derive(Debug, Serialize, specta::Type)]
pub struct ReportPreview {
    /// The PDF, base64.
    pub pdf: String,
    pub pages: u32,
    /// The name it is saved under.
    pub file_name: String,
}

#[tauri::command(async)]
#[specta::specta]
pub fn generate_report(state: State<'_, AppState>, request: ReportRequest) -> Result<ReportPreview, ApiError> {
    let db = state.db()?;
    let code = tessera_core::projects::project_code(&db, &request.project_id)?;
    let req = tessera_core::report::Request {
        project: code.clone(),
        template: request.template.clone(),
        lang: request.lang.clone(),
        from: request.from.clone(),
        to: request.to.clone(),
        ethnicity: request.ethnicity,
    };
    let generated = tessera_reports::generate(&db, &req, chrono::Utc::now().timestamp())?;
    let file_name = format!("tessera-{code}-{}-{}-{}-{}.pdf", request.template, request.lang, request.from, request.to);
    let preview = ReportPreview {
        pdf: base64::engine::general_purpose::STANDARD.encode(&generated.pdf),
        pages: generated.layout.pages.len() as u32,
        file_name: file_name.clone(),
    };
    state.keep_report(file_name, generated.pdf, generated.record);
    Ok(preview)
}

/// Save the report last generated to the Downloads folder (else the home folder); its path.
#[tauri::command(async)]
#[specta::specta]
pub fn save_report(state: State<'_, AppState>) -> Result<String, ApiError> {
    let (name, bytes, record) =
        state.kept_report().ok_or(ApiError::NotFound { what: "report".into(), id: String::new() })?;
    let folder = dirs::download_dir().or_else(dirs::home_dir).unwrap_or_else(std::env::temp_dir);
    let path = folder.join(name);
    tessera_core::attachments::write_whole(&path, &bytes)?;
    // the report has left Tessera: recorded, so that it can be regenerated identical
    tessera_core::report::record_generated(&mut *state.db()?, &record)?;
    Ok(path.display().to_string())
}

/// Queue the report last generated for the share's outbox: it goes with the next sync that
/// reaches the share (recorded as generated now, like a saved one).
#[tauri::command(async)]
#[specta::specta]
pub fn queue_report(state: State<'_, AppState>) -> Result<String, ApiError> {
    let (name, bytes, record) =
        state.kept_report().ok_or(ApiError::NotFound { what: "report".into(), id: String::new() })?;
    let mut db = state.db()?;
    tessera_sync::queue(&db, &name, &bytes)?;
    tessera_core::report::record_generated(&mut db, &record)?;
    Ok(name)
}

/// Open a saved file in the system's viewer.
#[tauri::command(async)]
#[specta::specta]
pub fn open_file(path: String) -> Result<(), ApiError> {
    open::that_detached(&path).map_err(|e| ApiError::from(tessera_core::Error::Io { path, source: e }))
}

#[tauri::command(async)]
#[specta::specta]
pub fn deviation_band(state: State<'_, AppState>) -> Result<tessera_core::settings::DeviationBand, ApiError> {
    Ok(tessera_core::settings::deviation_band(&*state.db()?)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_deviation_band(
    state: State<'_, AppState>,
    band: tessera_core::settings::DeviationBand,
) -> Result<tessera_core::settings::DeviationBand, ApiError> {
    Ok(tessera_core::settings::set_deviation_band(&mut *state.db()?, band)?)
}

/// The language new reports start in (`None`: the interface's).
#[tauri::command(async)]
#[specta::specta]
pub fn report_lang(state: State<'_, AppState>) -> Result<Option<String>, ApiError> {
    Ok(tessera_core::settings::report_lang(&*state.db()?)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_report_lang(state: State<'_, AppState>, lang: Option<String>) -> Result<(), ApiError> {
    if let Some(l) = lang.as_deref().filter(|l| !tessera_l10n::is_supported(l)) {
        return Err(ApiError::UnsupportedLanguage { lang: l.to_string() });
    }
    Ok(tessera_core::settings::set_report_lang(&mut *state.db()?, lang.as_deref())?)
}

/// The project's indicators for the window, with their achievement, whether the band asks
/// for a deviation note, and the note written for a period ending on `to`.
#[tauri::command(async)]
#[specta::specta]
pub fn deviation_notes(
    state: State<'_, AppState>,
    project_id: String,
    from: String,
    to: String,
) -> Result<Vec<tessera_core::logframe::deviation::DeviationNote>, ApiError> {
    let (from, to) = (tessera_core::report::parse_date(&from)?, tessera_core::report::parse_date(&to)?);
    Ok(tessera_core::logframe::deviation::deviation_notes(&*state.db()?, &project_id, from, to)?)
}

/// Write an indicator's deviation note for the period ending on `to` (empty: none).
#[tauri::command(async)]
#[specta::specta]
pub fn set_deviation_note(
    state: State<'_, AppState>,
    project_id: String,
    indicator: String,
    to: String,
    note: String,
) -> Result<(), ApiError> {
    let to = tessera_core::report::parse_date(&to)?;
    Ok(tessera_core::logframe::deviation::set_deviation_note(&mut *state.db()?, &project_id, &indicator, to, &note)?)
}
