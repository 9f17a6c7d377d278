//! Activities: those entered in the logframe, the activities screen's list and form, an
//! activity's page with its attendance, head-counts and attached sheets, services for one
//! person or a distribution, and the reach figures (thin over `tessera_core::activities`).

use base64::Engine;
use tauri::State;
use tessera_core::activities::attendance::{self, ActivityDetail, ServiceInput};
use tessera_core::activities::edit::{self, ActivityInput};
use tessera_core::activities::figures::{self, ReachPeriods};
use tessera_core::activities::{self as core_activities, ActivitySummary};
use tessera_core::attachments;
use tessera_core::finance::BudgetLineChoice;

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

/// The activities of every project, or of one.
#[tauri::command(async)]
#[specta::specta]
pub fn activities(state: State<'_, AppState>, project_id: Option<String>) -> Result<Vec<ActivitySummary>, ApiError> {
    Ok(core_activities::activity_summaries(&*state.db()?, project_id.as_deref())?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn activity_detail(state: State<'_, AppState>, id: String) -> Result<ActivityDetail, ApiError> {
    Ok(attendance::activity_detail(&*state.db()?, &id)?)
}

/// Create an activity from the form; returns its id.
#[tauri::command(async)]
#[specta::specta]
pub fn create_activity(
    state: State<'_, AppState>,
    project_id: String,
    input: ActivityInput,
) -> Result<String, ApiError> {
    Ok(edit::create_activity(&mut *state.db()?, &project_id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_activity(state: State<'_, AppState>, id: String, input: ActivityInput) -> Result<(), ApiError> {
    Ok(edit::update_activity(&mut *state.db()?, &id, &input)?)
}

/// Tick a person as attending; false when they already were.
#[tauri::command(async)]
#[specta::specta]
pub fn add_attendance(state: State<'_, AppState>, activity_id: String, person_id: String) -> Result<bool, ApiError> {
    Ok(attendance::add_attendance(&mut *state.db()?, &activity_id, &person_id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn remove_attendance(state: State<'_, AppState>, activity_id: String, person_id: String) -> Result<(), ApiError> {
    Ok(attendance::remove_attendance(&mut *state.db()?, &activity_id, &person_id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_headcount(
    state: State<'_, AppState>,
    activity_id: String,
    gender: String,
    age_band: String,
    count: u32,
) -> Result<String, ApiError> {
    Ok(attendance::add_headcount(&mut *state.db()?, &activity_id, &gender, &age_band, count.into())?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_headcount(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(attendance::delete_headcount(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_headcount(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(attendance::restore_headcount(&mut *state.db()?, &id)?)
}

/// Attach a file the user chose (its name and its bytes in base64) to an activity.
#[tauri::command(async)]
#[specta::specta]
pub fn attach_to_activity(
    state: State<'_, AppState>,
    activity_id: String,
    name: String,
    content: String,
) -> Result<String, ApiError> {
    let bytes = super::uploaded(&name, &content)?;
    Ok(attachments::attach(&mut *state.db()?, "activities", &activity_id, &name, &bytes)?)
}

/// An attachment as a `data:` URL (its hash checked), for a thumbnail or to open it.
#[tauri::command(async)]
#[specta::specta]
pub fn attachment_data(state: State<'_, AppState>, id: String) -> Result<String, ApiError> {
    let (row, bytes) = attachments::read(&*state.db()?, &id)?;
    let mime = row.mime.unwrap_or_else(|| "application/octet-stream".into());
    Ok(format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_attachment(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(attachments::delete_attachment(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_attachment(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(attachments::restore_attachment(&mut *state.db()?, &id)?)
}

/// One service for each of `people`, or (with `per_household`) for each household of theirs,
/// to its first registered member; returns how many were recorded.
#[tauri::command(async)]
#[specta::specta]
pub fn record_services(
    state: State<'_, AppState>,
    input: ServiceInput,
    people: Vec<String>,
    per_household: bool,
) -> Result<u32, ApiError> {
    let mut db = state.db()?;
    let people = if per_household { attendance::households_of(&db, &people)? } else { people };
    Ok(attendance::record_services(&mut db, &input, &people)?)
}

/// A project's budget lines, for the activity form to link.
#[tauri::command(async)]
#[specta::specta]
pub fn budget_line_choices(state: State<'_, AppState>, project_id: String) -> Result<Vec<BudgetLineChoice>, ApiError> {
    Ok(tessera_core::finance::budget_line_choices(&*state.db()?, &project_id)?)
}

/// Who the project reached from `from` to `to` and from its start, exact (the app's view;
/// reports suppress small cells).
#[tauri::command(async)]
#[specta::specta]
pub fn project_reach(
    state: State<'_, AppState>,
    project_id: String,
    from: String,
    to: String,
    lang: String,
) -> Result<ReachPeriods, ApiError> {
    let day = |s: &str| tessera_core::report::parse_date(s);
    Ok(figures::reach(&*state.db()?, &project_id, day(&from)?, day(&to)?, &lang)?)
}
