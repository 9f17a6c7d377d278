//! The organisations directory and the shipped municipality lists.

use tauri::State;
use tessera_core::organisations::edit::{self, DirectoryEntry, OrganisationInput};
use tessera_core::places::{self, Municipality};

use crate::{ApiError, AppState};

#[tauri::command(async)]
#[specta::specta]
pub fn organisations(state: State<'_, AppState>) -> Result<Vec<DirectoryEntry>, ApiError> {
    Ok(edit::directory(&*state.db()?)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_organisation(state: State<'_, AppState>, input: OrganisationInput) -> Result<String, ApiError> {
    Ok(edit::create_organisation(&mut *state.db()?, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_organisation(state: State<'_, AppState>, id: String, input: OrganisationInput) -> Result<(), ApiError> {
    Ok(edit::update_organisation(&mut *state.db()?, &id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_organisation(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::delete_organisation(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_organisation(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::restore_organisation(&mut *state.db()?, &id)?)
}

/// The municipalities of the countries Tessera has lists for, all at once (about 800).
#[tauri::command(async)]
#[specta::specta]
pub fn municipalities() -> Vec<Municipality> {
    places::COUNTRIES.iter().flat_map(|c| places::municipalities(c).iter().cloned()).collect()
}
