//! The people registry: the list as the user types, a person's page, registration, consent,
//! erasure, the organisation's people settings, and importing a table (read, mapped, checked,
//! written) — each an adapter over the core.

use std::sync::OnceLock;

use base64::Engine;
use serde::Serialize;
use tauri::State;
use tessera_core::people::duplicates::{self, DuplicatePair, Likely};
use tessera_core::people::edit::{self, PersonInput};
use tessera_core::people::export::{self as people_export, PeopleExport};
use tessera_core::people::import::{self, ImportSummary, TableImport, Words};
use tessera_core::people::registry::{self, ConsentInfo, PersonDetail, RegistryPage};
use tessera_core::settings::{self, PeopleSettings};
use tessera_core::sheet::{self, Sheet, SheetRow};

use crate::{ApiError, AppState};

fn this_year() -> i32 {
    chrono::Datelike::year(&chrono::Local::now().date_naive())
}

#[tauri::command(async)]
#[specta::specta]
pub fn registry_page(
    state: State<'_, AppState>,
    typed: String,
    offset: u32,
    limit: u32,
) -> Result<RegistryPage, ApiError> {
    Ok(registry::registry_page(&*state.db()?, &typed, offset, limit)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn person_detail(state: State<'_, AppState>, id: String) -> Result<PersonDetail, ApiError> {
    Ok(registry::person_detail(&*state.db()?, &id)?)
}

/// Register a person; returns their id.
#[tauri::command(async)]
#[specta::specta]
pub fn create_person(state: State<'_, AppState>, input: PersonInput) -> Result<String, ApiError> {
    Ok(edit::create_person(&mut *state.db()?, &input, this_year())?.0)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_person(state: State<'_, AppState>, id: String, input: PersonInput) -> Result<(), ApiError> {
    Ok(edit::update_person(&mut *state.db()?, &id, &input, this_year())?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_person(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::delete_person(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_person(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::restore_person(&mut *state.db()?, &id)?)
}

/// The people already registered who are likely the one the form describes.
#[tauri::command(async)]
#[specta::specta]
pub fn likely_duplicates(
    state: State<'_, AppState>,
    input: PersonInput,
    editing: Option<String>,
) -> Result<Vec<Likely>, ApiError> {
    Ok(duplicates::likely_duplicates_of(&*state.db()?, &input, editing.as_deref(), 5)?)
}

/// Every pair of people who are likely one (the review list).
#[tauri::command(async)]
#[specta::specta]
pub fn find_duplicates(state: State<'_, AppState>) -> Result<Vec<DuplicatePair>, ApiError> {
    Ok(duplicates::find_duplicates(&*state.db()?)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn merge_people(state: State<'_, AppState>, keep: String, other: String) -> Result<(), ApiError> {
    Ok(duplicates::merge_people(&mut *state.db()?, &keep, &other)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn record_consent(state: State<'_, AppState>, id: String, consent: ConsentInfo) -> Result<(), ApiError> {
    Ok(registry::record_consent(&mut *state.db()?, &id, &consent)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn withdraw_consent(state: State<'_, AppState>, id: String, date: String) -> Result<(), ApiError> {
    Ok(registry::withdraw_consent(&mut *state.db()?, &id, &date)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn erase_person(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(registry::erase_person(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn people_settings(state: State<'_, AppState>) -> Result<PeopleSettings, ApiError> {
    Ok(settings::people_settings(&*state.db()?)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_people_settings(
    state: State<'_, AppState>,
    code_prefix: String,
    sensitive: Vec<String>,
) -> Result<PeopleSettings, ApiError> {
    Ok(settings::set_people_settings(&mut *state.db()?, &code_prefix, &sensitive)?)
}

/// The words of every language a table's header and cells may use (built once).
fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let all = tessera_l10n::every_language();
        Words::new(|id| tessera_l10n::in_every_language(&all, id))
    })
}

/// A file the user chose, as the window sends it: its name and its bytes in base64.
fn table(name: &str, content: &str) -> Result<Sheet, ApiError> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(content)
        .map_err(|_| ApiError::UnreadableTable { path: name.to_string() })?;
    Ok(sheet::read_bytes(name, &bytes, None)?)
}

/// A table as the mapping step shows it.
#[derive(Debug, Serialize, specta::Type)]
pub struct TablePreview {
    pub header: Vec<String>,
    /// The field each column's header names, if any.
    pub mapping: Vec<Option<String>>,
    /// The first rows.
    pub sample: Vec<SheetRow>,
    pub rows: u32,
    /// Every field a column may be.
    pub fields: Vec<String>,
}

#[tauri::command(async)]
#[specta::specta]
pub fn preview_people_table(name: String, content: String) -> Result<TablePreview, ApiError> {
    let s = table(&name, &content)?;
    Ok(TablePreview {
        mapping: import::guess_mapping(&s, words()),
        sample: s.rows.iter().take(5).cloned().collect(),
        rows: s.rows.len() as u32,
        header: s.header,
        fields: import::FIELDS.iter().map(|f| f.to_string()).collect(),
    })
}

#[tauri::command(async)]
#[specta::specta]
pub fn import_people_table(
    state: State<'_, AppState>,
    name: String,
    content: String,
    mapping: Vec<Option<String>>,
    project: String,
    dry_run: bool,
) -> Result<ImportSummary, ApiError> {
    let s = table(&name, &content)?;
    let req = TableImport {
        sheet: &s,
        mapping: &mapping,
        project: &project,
        words: words(),
        this_year: this_year(),
        dry_run,
    };
    Ok(import::import_people(&mut *state.db()?, &req, &mut |_, _| {})?)
}

/// Export the registry to the user's Downloads folder (else the home folder) as CSV or XLSX,
/// its header in the interface's language `lang`; returns the file's path.
#[tauri::command(async)]
#[specta::specta]
pub fn export_people(
    state: State<'_, AppState>,
    request: PeopleExport,
    xlsx: bool,
    lang: String,
) -> Result<String, ApiError> {
    let l10n = tessera_l10n::L10n::new(tessera_l10n::negotiate(&lang));
    let folder = dirs::download_dir().or_else(dirs::home_dir).unwrap_or_else(std::env::temp_dir);
    let day = chrono::Local::now().date_naive();
    let scope = request.project.as_deref().unwrap_or("all");
    let path = folder.join(format!("tessera-people-{scope}-{day}.{}", if xlsx { "xlsx" } else { "csv" }));
    people_export::export_people(&*state.db()?, &request, &path, xlsx, false, &|id| l10n.message(id, &[]))?;
    Ok(path.display().to_string())
}
