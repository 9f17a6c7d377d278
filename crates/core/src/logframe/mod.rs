//! Logframes: goal, specific objectives and results with their indicators; the indicator rules
//! (actual by aggregation, progress against the target); how they are stored (`tables.rs`).
// Row tuples below mirror their SELECT lists column for column.
#![allow(clippy::type_complexity)]

pub mod tables;

use std::str::FromStr;

use rusqlite::Connection;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::Result;

#[cfg(feature = "specta")]
use specta::Type;

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct IndicatorRow {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    pub unit: String,
    pub baseline: Option<String>,
    pub target: Option<String>,
    pub actual: Option<String>,
    /// actual / target, when both are numbers.
    pub progress: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct LogframeNode {
    pub level: String,
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    pub indicators: Vec<IndicatorRow>,
}

/// Latest/summed/max actual of an indicator by its aggregation rule.
fn actual(values: &[String], aggregation: &str) -> Option<String> {
    let nums: Vec<Decimal> = values.iter().filter_map(|v| Decimal::from_str(v).ok()).collect();
    if nums.is_empty() {
        return values.last().cloned();
    }
    let v = match aggregation {
        "sum" => nums.iter().sum(),
        "max" => nums.iter().copied().max().unwrap_or_default(),
        _ => *nums.last().unwrap_or(&Decimal::ZERO),
    };
    Some(v.normalize().to_string())
}

/// A project's logframe as the overview shows it: the goal, then each objective followed by its
/// results, each with its indicators.
pub(crate) fn overview(c: &Connection, id: &str) -> Result<Vec<LogframeNode>> {
    let nodes: Vec<(String, Option<String>, String, String, String)> = c.prepare(
        "SELECT id, parent_id, level, ref, text FROM live_logframe_nodes WHERE project_id = ?1 ORDER BY position, ref")?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<Result<_, _>>()?;
    let mut ordered = Vec::new();
    for n in nodes.iter().filter(|n| n.2 == "goal") {
        ordered.push(n);
    }
    for o in nodes.iter().filter(|n| n.2 == "objective") {
        ordered.push(o);
        ordered.extend(nodes.iter().filter(|n| n.2 == "result" && n.1.as_deref() == Some(o.0.as_str())));
    }
    let mut logframe = Vec::new();
    let mut ind_stmt = c.prepare(
        "SELECT id, ref, text, unit, aggregation, baseline_value,
        (SELECT value FROM live_indicator_targets t WHERE t.indicator_id = i.id ORDER BY period_end DESC LIMIT 1)
        FROM live_indicators i WHERE node_id = ?1 ORDER BY position",
    )?;
    let mut m_stmt =
        c.prepare("SELECT value FROM live_measurements WHERE indicator_id = ?1 ORDER BY date, position")?;
    for (nid, _, level, r, text) in ordered {
        let inds: Vec<(String, String, String, String, String, Option<String>, Option<String>)> = ind_stmt
            .query_map([nid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))?
            .collect::<Result<_, _>>()?;
        let mut indicators = Vec::new();
        for (iid, iref, itext, unit, agg, baseline, target) in inds {
            let values: Vec<String> = m_stmt.query_map([&iid], |r| r.get(0))?.collect::<Result<_, _>>()?;
            let actual = actual(&values, &agg);
            let progress = match (actual.as_deref().map(Decimal::from_str), target.as_deref().map(Decimal::from_str)) {
                (Some(Ok(a)), Some(Ok(t))) if !t.is_zero() => {
                    let b = baseline.as_deref().and_then(|b| Decimal::from_str(b).ok()).unwrap_or_default();
                    let span = t - b;
                    let done = if agg == "sum" { a } else { a - b };
                    (!span.is_zero()).then(|| (done / span).to_string().parse::<f64>().unwrap_or(0.0))
                }
                _ => None,
            };
            indicators.push(IndicatorRow { ref_: iref, text: itext, unit, baseline, target, actual, progress });
        }
        logframe.push(LogframeNode { level: level.clone(), ref_: r.clone(), text: text.clone(), indicators });
    }
    Ok(logframe)
}
