//! How activities are stored with their attendance, headcounts, budget lines, and the
//! services people received.

use crate::package::{Activity, Headcount, Service};
use crate::record::{col, ref_item, Table};

pub static ACTIVITIES: Table<Activity> = Table {
    name: "activities",
    key: &["project_id", "ref"],
    ident: Some("ref"),
    columns: &[
        col!(Activity, "ref", ref_),
        col!(Activity, "result_id", result, ref "logframe_nodes"),
        col!(Activity, "work_package_id", work_package, ref "work_packages"),
        col!(Activity, "type", type_),
        col!(Activity, "title", title),
        col!(Activity, "description", description),
        col!(Activity, "planned_start", planned_start),
        col!(Activity, "planned_end", planned_end),
        col!(Activity, "actual_start", actual_start),
        col!(Activity, "actual_end", actual_end),
        col!(Activity, "status", status),
        col!(Activity, "country", country),
        col!(Activity, "municipality", municipality),
        col!(Activity, "venue", venue),
    ],
    given: &["project_id", "position"],
    app_only: &["settlement", "responsible"],
    order: "position, ref",
};

/// Who attended: one row per person.
pub static ATTENDANCE: Table<String> = Table {
    name: "attendance",
    key: &["activity_id", "beneficiary_id"],
    ident: None,
    columns: &[ref_item!("beneficiary_id", "beneficiaries")],
    given: &["activity_id", "position"],
    app_only: &[],
    order: "position, id",
};

pub static HEADCOUNTS: Table<Headcount> = Table {
    name: "headcounts",
    key: &["activity_id", "position"],
    ident: None,
    columns: &[
        col!(Headcount, "gender", gender),
        col!(Headcount, "age_band", age_band),
        col!(Headcount, "count", count),
    ],
    given: &["activity_id", "position"],
    app_only: &[],
    order: "position, id",
};

/// The budget lines an activity spends from.
pub static BUDGET_LINES: Table<String> = Table {
    name: "activity_budget_lines",
    key: &["activity_id", "budget_line_id"],
    ident: None,
    columns: &[ref_item!("budget_line_id", "budget_lines")],
    given: &["activity_id", "position"],
    app_only: &[],
    order: "position, id",
};

pub static SERVICES: Table<Service> = Table {
    name: "services",
    key: &["project_id", "position"],
    ident: None,
    columns: &[
        col!(Service, "beneficiary_id", beneficiary, ref "beneficiaries"),
        col!(Service, "date", date),
        col!(Service, "kind", kind),
        col!(Service, "activity_id", activity, ref "activities"),
        col!(Service, "quantity", quantity),
        col!(Service, "value", value, money),
    ],
    given: &["project_id", "position"],
    app_only: &[],
    order: "position, id",
};
