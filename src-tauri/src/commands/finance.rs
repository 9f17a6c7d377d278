//! Finance: a project's grants, budget lines and reporting periods, budget vs actual with its
//! warnings for a window, the transactions list and its fast-entry form, reversing entries,
//! submitted periods and the exchange rates (thin over `tessera_core::finance`).

use serde::Serialize;
use tauri::State;
use tessera_core::attachments::AttachmentRow;
use tessera_core::finance::budget::{self, BudgetLineInput};
use tessera_core::finance::edit::{self, RateInput, TransactionInput};
use tessera_core::finance::figures::{self, FinanceFigures, Outlook, Warning};
use tessera_core::finance::grants::{self, GrantInput};
use tessera_core::finance::{self, FinanceSetup, RateRow, TransactionPage};

use crate::{ApiError, AppState};

#[tauri::command(async)]
#[specta::specta]
pub fn finance_setup(state: State<'_, AppState>, project_id: String) -> Result<FinanceSetup, ApiError> {
    Ok(finance::finance_setup(&*state.db()?, &project_id)?)
}

/// Budget vs actual of a window, and the warnings of `reports.md`.
#[derive(Debug, Serialize, specta::Type)]
pub struct BudgetVsActual {
    pub finance: FinanceFigures,
    pub warnings: Vec<Warning>,
    pub outlook: Outlook,
}

#[tauri::command(async)]
#[specta::specta]
pub fn budget_vs_actual(
    state: State<'_, AppState>,
    project_id: String,
    from: String,
    to: String,
) -> Result<BudgetVsActual, ApiError> {
    let day = |s: &str| tessera_core::report::parse_date(s);
    let db = state.db()?;
    let to = day(&to)?;
    let m = figures::budget_vs_actual(&db, &project_id, day(&from)?, to)?;
    let outlook = figures::outlook(&db, &project_id, to, &m)?;
    Ok(BudgetVsActual { finance: m.finance, warnings: m.warnings, outlook })
}

#[tauri::command(async)]
#[specta::specta]
pub fn transactions(
    state: State<'_, AppState>,
    project_id: String,
    search: Option<String>,
    limit: u32,
) -> Result<TransactionPage, ApiError> {
    Ok(finance::transaction_views(&*state.db()?, &project_id, search.as_deref(), limit as usize)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn transaction_input(state: State<'_, AppState>, id: String) -> Result<TransactionInput, ApiError> {
    Ok(edit::transaction_input(&*state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_transaction(
    state: State<'_, AppState>,
    project_id: String,
    input: TransactionInput,
) -> Result<String, ApiError> {
    Ok(edit::create_transaction(&mut *state.db()?, &project_id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_transaction(state: State<'_, AppState>, id: String, input: TransactionInput) -> Result<(), ApiError> {
    Ok(edit::update_transaction(&mut *state.db()?, &id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_transaction(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::delete_transaction(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_transaction(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::restore_transaction(&mut *state.db()?, &id)?)
}

/// Correct a transaction by its reversing entry dated `on`; returns the new one's id.
#[tauri::command(async)]
#[specta::specta]
pub fn reverse_transaction(state: State<'_, AppState>, id: String, on: String) -> Result<String, ApiError> {
    Ok(edit::reverse_transaction(&mut *state.db()?, &id, &on)?)
}

/// Mark a reporting period submitted on `on`, or reopen it (`None`).
#[tauri::command(async)]
#[specta::specta]
pub fn set_period_submitted(state: State<'_, AppState>, id: String, on: Option<String>) -> Result<(), ApiError> {
    Ok(edit::set_period_submitted(&mut *state.db()?, &id, on.as_deref())?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn exchange_rates(state: State<'_, AppState>) -> Result<Vec<RateRow>, ApiError> {
    Ok(finance::exchange_rates(&*state.db()?)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_exchange_rate(state: State<'_, AppState>, project_id: String, input: RateInput) -> Result<String, ApiError> {
    Ok(edit::set_exchange_rate(&mut *state.db()?, &project_id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_exchange_rate(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::delete_exchange_rate(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_exchange_rate(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(edit::restore_exchange_rate(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn budget_line_input(state: State<'_, AppState>, id: String) -> Result<BudgetLineInput, ApiError> {
    Ok(budget::budget_line_input(&*state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_budget_line(
    state: State<'_, AppState>,
    project_id: String,
    input: BudgetLineInput,
) -> Result<String, ApiError> {
    Ok(budget::create_budget_line(&mut *state.db()?, &project_id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_budget_line(state: State<'_, AppState>, id: String, input: BudgetLineInput) -> Result<(), ApiError> {
    Ok(budget::update_budget_line(&mut *state.db()?, &id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_budget_line(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(budget::delete_budget_line(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_budget_line(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(budget::restore_budget_line(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn grant_input(state: State<'_, AppState>, id: String) -> Result<GrantInput, ApiError> {
    Ok(grants::grant_input(&*state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_grant(state: State<'_, AppState>, project_id: String, input: GrantInput) -> Result<String, ApiError> {
    Ok(grants::create_grant(&mut *state.db()?, &project_id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_grant(state: State<'_, AppState>, id: String, input: GrantInput) -> Result<(), ApiError> {
    Ok(grants::update_grant(&mut *state.db()?, &id, &input)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_grant(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(grants::delete_grant(&mut *state.db()?, &id)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_grant(state: State<'_, AppState>, id: String) -> Result<(), ApiError> {
    Ok(grants::restore_grant(&mut *state.db()?, &id)?)
}

/// Attach a receipt to a transaction (the file's bytes in base64); returns the attachment's id.
#[tauri::command(async)]
#[specta::specta]
pub fn attach_receipt(
    state: State<'_, AppState>,
    transaction_id: String,
    name: String,
    content: String,
) -> Result<String, ApiError> {
    let bytes = super::uploaded(&name, &content)?;
    Ok(edit::attach_receipt(&mut *state.db()?, &transaction_id, &name, &bytes)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn receipts(state: State<'_, AppState>, transaction_id: String) -> Result<Vec<AttachmentRow>, ApiError> {
    Ok(edit::receipts(&*state.db()?, &transaction_id)?)
}
