//! Projects and the dashboard.

use tauri::State;
use tessera_core::projects::edit::{self, ProjectInput};
use tessera_core::projects::{self, Dashboard, ProjectOverview, ProjectSummary};

use crate::{ApiError, AppState};

#[tauri::command(async)]
#[specta::specta]
pub fn dashboard(state: State<'_, AppState>) -> Result<Dashboard, ApiError> {
    Ok(projects::dashboard(&*state.db()?, chrono::Local::now().date_naive())?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn list_projects(state: State<'_, AppState>) -> Result<Vec<ProjectSummary>, ApiError> {
    Ok(projects::list_projects(&*state.db()?, None)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn project_overview(state: State<'_, AppState>, id: String) -> Result<ProjectOverview, ApiError> {
    Ok(projects::project_overview(&*state.db()?, &id, chrono::Local::now().date_naive())?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_project(state: State<'_, AppState>, input: ProjectInput) -> Result<String, ApiError> {
    Ok(edit::create_project(&mut *state.db()?, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_project(state: State<'_, AppState>, id: String, input: ProjectInput) -> Result<(), ApiError> {
    Ok(edit::update_project(&mut *state.db()?, &id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_project(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::delete_project(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_project(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::restore_project(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_work_package(state: State<'_, AppState>, project_id: String, title: String) -> Result<String, ApiError> {
    Ok(edit::add_work_package(&mut *state.db()?, &project_id, &title)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn rename_work_package(state: State<'_, AppState>, id: String, title: String) -> Result<(), ApiError> {
    Ok(edit::rename_work_package(&mut *state.db()?, &id, &title)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_work_package(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::delete_work_package(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_work_package(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::restore_work_package(&mut *state.db()?, &id)?)
}
