//! How a project and its partners are stored.

use crate::package::{Partner, Project, WorkPackage};
use crate::record::{col, Table};

pub static PROJECTS: Table<Project> = Table {
    name: "projects",
    key: &["owner_org_id", "code"],
    ident: Some("ref"),
    columns: &[
        col!(Project, "ref", ref_),
        col!(Project, "code", code),
        col!(Project, "title", title),
        col!(Project, "summary", summary),
        col!(Project, "start_date", start),
        col!(Project, "end_date", end),
        col!(Project, "status", status),
        col!(Project, "currency", currency),
        col!(Project, "lead_org_id", lead, ref "organisations"),
        col!(Project, "countries", countries),
    ],
    given: &["owner_org_id", "position"],
    app_only: &[],
    order: "position, code",
};

/// A work package: its package `ref` is its code (WP1).
pub static WORK_PACKAGES: Table<WorkPackage> = Table {
    name: "work_packages",
    key: &["project_id", "code"],
    ident: Some("code"),
    columns: &[col!(WorkPackage, "code", ref_), col!(WorkPackage, "title", title)],
    given: &["project_id", "position"],
    app_only: &[],
    order: "position, code",
};

pub static PARTNERS: Table<Partner> = Table {
    name: "project_partners",
    key: &["project_id", "organisation_id"],
    ident: None,
    columns: &[col!(Partner, "organisation_id", organisation, ref "organisations"), col!(Partner, "role", role)],
    given: &["project_id", "position"],
    app_only: &[],
    order: "position, id",
};
