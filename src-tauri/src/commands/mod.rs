//! Tauri commands, one module per feature; each is an adapter over a core function.

pub mod activities;
pub mod app;
pub mod finance;
pub mod logframe;
pub mod organisations;
pub mod people;
pub mod plan;
pub mod projects;
pub mod reports;
