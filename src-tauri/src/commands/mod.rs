//! Tauri commands, one module per feature; each is an adapter over a core function.

pub mod about;
pub mod activities;
pub mod app;
pub mod backup;
pub mod finance;
pub mod logframe;
pub mod organisations;
pub mod people;
pub mod plan;
pub mod projects;
pub mod reports;
pub mod sync;
pub mod welcome;

/// A file the UI sends (its bytes in base64), or `AttachmentDamaged` naming it.
pub(crate) fn uploaded(name: &str, content: &str) -> Result<Vec<u8>, crate::ApiError> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(content)
        .map_err(|_| crate::ApiError::AttachmentDamaged { filename: name.to_string() })
}

/// A path as a person types it (`~/` for the home folder).
pub(crate) fn typed_path(typed: &str) -> std::path::PathBuf {
    tessera_core::input::folder_path(typed, dirs::home_dir().as_deref())
}
