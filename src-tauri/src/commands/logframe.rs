//! Editing a project's logframe: nodes, indicators, targets, measurements (thin over
//! `tessera_core::logframe::edit`).

use tauri::State;
use tessera_core::logframe::edit::{self, IndicatorInput, MeasurementInput};

use crate::{ApiError, AppState};

#[tauri::command(async)]
#[specta::specta]
pub fn add_logframe_node(
    state: State<'_, AppState>,
    project_id: String,
    parent_id: Option<String>,
    level: String,
    text: String,
) -> Result<String, ApiError> {
    Ok(edit::add_node(&mut *state.db()?, &project_id, parent_id.as_deref(), &level, &text)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn edit_logframe_node(state: State<'_, AppState>, id: String, text: String) -> Result<(), ApiError> {
    Ok(edit::edit_node(&mut *state.db()?, &id, &text)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn move_logframe_node(state: State<'_, AppState>, id: String, by: i32) -> Result<(), ApiError> {
    Ok(edit::move_node(&mut *state.db()?, &id, by.into())?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_logframe_node(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::delete_node(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_logframe_node(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::restore_node(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_indicator(state: State<'_, AppState>, node_id: String, input: IndicatorInput) -> Result<String, ApiError> {
    Ok(edit::add_indicator(&mut *state.db()?, &node_id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_indicator(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::delete_indicator(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_indicator(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::restore_indicator(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_indicator_target(
    state: State<'_, AppState>,
    indicator_id: String,
    period_end: String,
    value: String,
) -> Result<String, ApiError> {
    Ok(edit::set_target(&mut *state.db()?, &indicator_id, &period_end, &value)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_measurement(
    state: State<'_, AppState>,
    indicator_id: String,
    input: MeasurementInput,
) -> Result<String, ApiError> {
    Ok(edit::add_measurement(&mut *state.db()?, &indicator_id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_assumption(
    state: State<'_, AppState>,
    node_id: String,
    kind: String,
    text: String,
) -> Result<String, ApiError> {
    Ok(edit::add_assumption(&mut *state.db()?, &node_id, &kind, &text)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn edit_assumption(state: State<'_, AppState>, id: String, text: String) -> Result<(), ApiError> {
    Ok(edit::edit_assumption(&mut *state.db()?, &id, &text)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_assumption(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::delete_assumption(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_assumption(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::restore_assumption(&mut *state.db()?, &id)?)
}
