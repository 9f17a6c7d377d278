//! Every command runs off the main thread (`#[tauri::command(async)]`), so a slow one —
//! unlocking derives a key, an import writes thousands of rows — never freezes the window.

#[test]
fn every_command_runs_off_the_main_thread() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands");
    let mut commands = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| l.trim_start().starts_with("#[tauri::command")) {
            assert_eq!(line.trim(), "#[tauri::command(async)]", "{}: {line}", path.display());
            commands += 1;
        }
    }
    assert!(commands >= 6, "only {commands} commands found");
}
