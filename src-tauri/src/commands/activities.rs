//! Activities entered in the logframe (thin over `tessera_core::activities::edit`).

use tauri::State;
use tessera_core::activities::edit;

use crate::{ApiError, AppState};

#[tauri::command(async)]
#[specta::specta]
pub fn add_activity(state: State<'_, AppState>, result_id: String, title: String) -> Result<String, ApiError> {
    Ok(edit::add_activity(&mut *state.db()?, &result_id, &title)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn rename_activity(state: State<'_, AppState>, id: String, title: String) -> Result<(), ApiError> {
    Ok(edit::rename_activity(&mut *state.db()?, &id, &title)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn move_activity(state: State<'_, AppState>, id: String, by: i32) -> Result<(), ApiError> {
    Ok(edit::move_activity(&mut *state.db()?, &id, by.into())?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_activity(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::delete_activity(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_activity(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::restore_activity(&mut *state.db()?, &id)?)
}
