//! Projects and the dashboard.

use tauri::State;
use tessera_core::projects::{self, Dashboard, ProjectOverview, ProjectSummary};

use crate::{ApiError, AppState};

#[tauri::command(async)]
#[specta::specta]
pub fn dashboard(state: State<'_, AppState>) -> Result<Dashboard, ApiError> {
    Ok(projects::dashboard(&*state.db()?)?)
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
