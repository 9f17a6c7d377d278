//! The committed TypeScript bindings match the Rust command set. Run with
//! `UPDATE_BINDINGS=1` to regenerate `ui/src/lib/bindings.ts`.

#[test]
fn committed_bindings_are_fresh() {
    let dir = std::env::temp_dir().join(format!("tessera-bindings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fresh = dir.join("bindings.ts");
    tessera_app_lib::specta_builder()
        .export(
            specta_typescript::Typescript::default()
                .header("// Generated from src-tauri by tauri-specta (src-tauri/tests/bindings.rs). Do not edit.\n"),
            &fresh,
        )
        .unwrap();
    let fresh = std::fs::read_to_string(&fresh).unwrap();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(tessera_app_lib::BINDINGS_PATH, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(tessera_app_lib::BINDINGS_PATH).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/lib/bindings.ts is stale: run `UPDATE_BINDINGS=1 cargo test -p tessera-app --test bindings`"
    );
}
