//! Settings → About: this version of Tessera, its database format, and what it is made of
//! with each part's licence (`licences.json`, written by `scripts/licences`).

use serde::{Deserialize, Serialize};

/// One part the app is built from.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type)]
pub struct Part {
    pub name: String,
    pub version: String,
    pub license: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, specta::Type)]
pub struct About {
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub schema_version: u32,
    pub fonts: Vec<Part>,
    pub crates: Vec<Part>,
    pub npm: Vec<Part>,
}

/// What Settings → About shows.
#[tauri::command(async)]
#[specta::specta]
pub fn about() -> About {
    let mut about: About =
        serde_json::from_str(include_str!("../../licences.json")).expect("licences.json is checked by CI");
    about.version = env!("CARGO_PKG_VERSION").to_string();
    about.schema_version = tessera_core::store::SCHEMA_VERSION;
    about
}
