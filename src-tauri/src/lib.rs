//! The desktop shell: opens the organisation's database (the welcome screen makes the first
//! one), holds it as state, and exposes thin typed commands over `tessera-core` to the UI.

mod commands;
mod error;
mod state;

pub use error::ApiError;
pub use state::AppState;

/// The typed command set; `bindings.ts` is generated from it.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new().disable_serde_phases().commands(tauri_specta::collect_commands![
        commands::app::app_info,
        commands::app::unlock,
        commands::app::set_language,
        commands::app::last_language,
        commands::app::first_screen_shown,
        commands::app::lock_after,
        commands::app::set_lock_after,
        commands::app::lock_now,
        commands::about::about,
        commands::app::change_passphrase,
        commands::welcome::create_our_organisation,
        commands::welcome::join_organisation,
        commands::welcome::explore_demo,
        commands::welcome::remove_demo,
        commands::welcome::organisation_profile,
        commands::welcome::update_organisation_profile,
        commands::welcome::set_organisation_logo,
        commands::people::registry_page,
        commands::people::person_detail,
        commands::people::create_person,
        commands::people::update_person,
        commands::people::delete_person,
        commands::people::restore_person,
        commands::people::likely_duplicates,
        commands::people::find_duplicates,
        commands::people::merge_people,
        commands::people::record_consent,
        commands::people::withdraw_consent,
        commands::people::erase_person,
        commands::people::people_settings,
        commands::people::set_people_settings,
        commands::people::export_people,
        commands::people::preview_people_table,
        commands::people::import_people_table,
        commands::projects::dashboard,
        commands::projects::list_projects,
        commands::projects::project_overview,
        commands::projects::create_project,
        commands::projects::update_project,
        commands::projects::delete_project,
        commands::projects::restore_project,
        commands::projects::add_work_package,
        commands::projects::rename_work_package,
        commands::projects::delete_work_package,
        commands::projects::restore_work_package,
        commands::logframe::add_logframe_node,
        commands::logframe::edit_logframe_node,
        commands::logframe::move_logframe_node,
        commands::logframe::delete_logframe_node,
        commands::logframe::restore_logframe_node,
        commands::logframe::add_indicator,
        commands::logframe::delete_indicator,
        commands::logframe::restore_indicator,
        commands::logframe::set_indicator_target,
        commands::logframe::add_measurement,
        commands::logframe::add_assumption,
        commands::logframe::edit_assumption,
        commands::logframe::delete_assumption,
        commands::logframe::restore_assumption,
        commands::plan::plan_overview,
        commands::plan::create_plan,
        commands::plan::update_plan,
        commands::plan::add_plan_item,
        commands::plan::delete_plan_item,
        commands::plan::restore_plan_item,
        commands::plan::link_project,
        commands::plan::unlink_project,
        commands::organisations::organisations,
        commands::organisations::create_organisation,
        commands::organisations::update_organisation,
        commands::organisations::delete_organisation,
        commands::organisations::restore_organisation,
        commands::organisations::municipalities,
        commands::activities::add_activity,
        commands::activities::rename_activity,
        commands::activities::move_activity,
        commands::activities::delete_activity,
        commands::activities::restore_activity,
        commands::activities::activities,
        commands::activities::activity_detail,
        commands::activities::create_activity,
        commands::activities::update_activity,
        commands::activities::add_attendance,
        commands::activities::remove_attendance,
        commands::activities::add_headcount,
        commands::activities::delete_headcount,
        commands::activities::restore_headcount,
        commands::activities::attach_to_activity,
        commands::activities::attachment_data,
        commands::activities::delete_attachment,
        commands::activities::restore_attachment,
        commands::activities::record_services,
        commands::activities::project_reach,
        commands::activities::budget_line_choices,
        commands::finance::finance_setup,
        commands::finance::budget_vs_actual,
        commands::finance::transactions,
        commands::finance::transaction_input,
        commands::finance::create_transaction,
        commands::finance::update_transaction,
        commands::finance::delete_transaction,
        commands::finance::restore_transaction,
        commands::finance::reverse_transaction,
        commands::finance::set_period_submitted,
        commands::finance::exchange_rates,
        commands::finance::set_exchange_rate,
        commands::finance::delete_exchange_rate,
        commands::finance::restore_exchange_rate,
        commands::finance::budget_line_input,
        commands::finance::create_budget_line,
        commands::finance::update_budget_line,
        commands::finance::delete_budget_line,
        commands::finance::restore_budget_line,
        commands::finance::grant_input,
        commands::finance::create_grant,
        commands::finance::update_grant,
        commands::finance::delete_grant,
        commands::finance::restore_grant,
        commands::finance::attach_receipt,
        commands::finance::receipts,
        commands::reports::generate_report,
        commands::reports::save_report,
        commands::reports::queue_report,
        commands::reports::open_file,
        commands::reports::deviation_band,
        commands::reports::set_deviation_band,
        commands::reports::deviation_notes,
        commands::reports::set_deviation_note,
        commands::reports::report_lang,
        commands::reports::set_report_lang,
        commands::sync::sync_status,
        commands::sync::sync_now,
        commands::sync::sync_setup,
        commands::sync::sync_revoke,
        commands::sync::sync_restore_conflict,
        commands::sync::outbox_cancel,
        commands::backup::backup_view,
        commands::backup::set_backup_settings,
        commands::backup::backup_now,
        commands::backup::backup_if_due,
        commands::backup::restore_backup,
        commands::backup::check_database,
    ])
}

/// Where the generated TypeScript bindings live (committed; CI fails when stale).
pub const BINDINGS_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/bindings.ts");

/// When the app started (the startup trace measures from here).
pub(crate) fn started() -> std::time::Instant {
    static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *STARTED.get_or_init(std::time::Instant::now)
}

pub fn run() {
    started();
    let builder = specta_builder();
    let state = AppState::start();
    tauri::Builder::default()
        .manage(state)
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            Ok(())
        })
        .build(tauri::generate_context!())
        .expect("the Tauri application failed to start")
        .run(|app, event| {
            // the last changes go out as the app closes, when the share is there
            if let tauri::RunEvent::Exit = event {
                use tauri::Manager;
                app.state::<AppState>().sync_at_exit();
            }
        });
}
