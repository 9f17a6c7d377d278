//! The strategic plan (thin over `tessera_core::plan`).

use tauri::State;
use tessera_core::plan::{self, PlanInput, PlanOverview};

use crate::{ApiError, AppState};

#[tauri::command(async)]
#[specta::specta]
pub fn plan_overview(state: State<'_, AppState>) -> Result<Option<PlanOverview>, ApiError> {
    Ok(plan::plan_overview(&*state.db()?, chrono::Local::now().date_naive())?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_plan(state: State<'_, AppState>, input: PlanInput) -> Result<String, ApiError> {
    Ok(plan::create_plan(&mut *state.db()?, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_plan(state: State<'_, AppState>, id: String, input: PlanInput) -> Result<(), ApiError> {
    Ok(plan::update_plan(&mut *state.db()?, &id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_plan_item(
    state: State<'_, AppState>,
    plan_id: String,
    parent_id: Option<String>,
    text: String,
) -> Result<String, ApiError> {
    Ok(plan::add_item(&mut *state.db()?, &plan_id, parent_id.as_deref(), &text)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_plan_item(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(plan::delete_item(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_plan_item(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(plan::restore_item(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn link_project(state: State<'_, AppState>, project_id: String, objective_id: String) -> Result<(), ApiError> {
    Ok(plan::link_project(&mut *state.db()?, &project_id, &objective_id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn unlink_project(state: State<'_, AppState>, project_id: String, objective_id: String) -> Result<(), ApiError> {
    Ok(plan::unlink_project(&mut *state.db()?, &project_id, &objective_id)?)
}
