//! How a logframe is stored: its nodes (goal, specific objectives, results) in one table,
//! their indicators with targets and measurements, and the assumptions.

use rusqlite::types::Value;

use crate::package::{Assumption, Indicator, LogframeGoal, LogframeResult, Measurement, Objective, Target};
use crate::record::{col, Col, Conv, FieldValue, Table};

const NODE_GIVEN: &[&str] = &["project_id", "parent_id", "level", "position"];

pub static GOAL: Table<LogframeGoal> = Table {
    name: "logframe_nodes",
    key: &["project_id", "ref"],
    ident: Some("ref"),
    columns: &[col!(LogframeGoal, "ref", ref_), col!(LogframeGoal, "text", text)],
    given: NODE_GIVEN,
    app_only: &[],
    order: "position, ref",
};

pub static OBJECTIVES: Table<Objective> = Table {
    name: "logframe_nodes",
    key: &["project_id", "ref"],
    ident: Some("ref"),
    columns: &[col!(Objective, "ref", ref_), col!(Objective, "text", text)],
    given: NODE_GIVEN,
    app_only: &[],
    order: "position, ref",
};

pub static RESULTS: Table<LogframeResult> = Table {
    name: "logframe_nodes",
    key: &["project_id", "ref"],
    ident: Some("ref"),
    columns: &[col!(LogframeResult, "ref", ref_), col!(LogframeResult, "text", text)],
    given: NODE_GIVEN,
    app_only: &[],
    order: "position, ref",
};

pub static INDICATORS: Table<Indicator> = Table {
    name: "indicators",
    key: &["node_id", "ref"],
    ident: Some("ref"),
    columns: &[
        col!(Indicator, "ref", ref_),
        col!(Indicator, "text", text),
        col!(Indicator, "unit", unit),
        col!(Indicator, "aggregation", aggregation),
        Col {
            column: "baseline_value",
            conv: Conv::Plain,
            get: |i| i.baseline.as_ref().map_or(Value::Null, |b| b.value.to_value()),
            set: |i, v| {
                if let Some(value) = Option::<String>::from_value(v) {
                    i.baseline.get_or_insert_default().value = value;
                }
            },
        },
        Col {
            column: "baseline_date",
            conv: Conv::Plain,
            get: |i| i.baseline.as_ref().map_or(Value::Null, |b| b.date.to_value()),
            set: |i, v| {
                if let Some(b) = &mut i.baseline {
                    b.date = FieldValue::from_value(v);
                }
            },
        },
    ],
    given: &["node_id", "position"],
    app_only: &[],
    order: "position, ref",
};

pub static TARGETS: Table<Target> = Table {
    name: "indicator_targets",
    key: &["indicator_id", "position"],
    ident: None,
    columns: &[col!(Target, "period_end", period_end), col!(Target, "value", value)],
    given: &["indicator_id", "position"],
    app_only: &[],
    order: "position, id",
};

pub static MEASUREMENTS: Table<Measurement> = Table {
    name: "measurements",
    key: &["indicator_id", "position"],
    ident: None,
    columns: &[
        col!(Measurement, "date", date),
        col!(Measurement, "value", value),
        col!(Measurement, "source", source),
        col!(Measurement, "disaggregation", disaggregation),
    ],
    given: &["indicator_id", "position"],
    app_only: &[],
    order: "position, id",
};

pub static ASSUMPTIONS: Table<Assumption> = Table {
    name: "assumptions",
    key: &["project_id", "position"],
    ident: None,
    columns: &[
        col!(Assumption, "node_id", level, ref "logframe_nodes"),
        col!(Assumption, "text", text),
        // stored NOT NULL: an assumption unless it is a risk; exported only for a risk
        Col {
            column: "kind",
            conv: Conv::Plain,
            get: |a| Value::Text(a.kind.clone().unwrap_or_else(|| "assumption".into())),
            set: |a, v| a.kind = Option::<String>::from_value(v).filter(|k| k != "assumption"),
        },
    ],
    given: &["project_id", "position"],
    app_only: &[],
    order: "position, id",
};
