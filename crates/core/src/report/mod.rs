//! The report data (`reports.md`, "Report data as JSON"): one document per project, template,
//! language and window, whose sections each capability fills — indicators (logframe),
//! activities, beneficiaries and services (`activities::figures`), finance, warnings,
//! conversions and sub-grants (`finance::figures`). The PDF shows the same data, with the
//! pages' context beside it (`context`).

pub mod context;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::activities::figures::{
    activity_figures, reach, service_figures, ActivityFigures, PublishedReach, ServiceFigures,
};
use crate::finance::figures::{money_figures, Conversion, FinanceFigures, SubgrantFigures, Warning};
use crate::logframe::{indicator_figures, IndicatorFigures};
use crate::projects::project_id;
use crate::{Db, Error, Result};

/// The donor report templates.
pub const TEMPLATES: &[&str] = &["eu", "itt", "generic"];

/// A report's data, key for key as `reports.md` gives it; a section not computed yet is absent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportData {
    pub project: String,
    pub template: String,
    pub lang: String,
    pub from: String,
    pub to: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finance: Option<FinanceFigures>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<Warning>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversions: Option<Vec<Conversion>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subgrants: Option<Vec<SubgrantFigures>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicators: Option<Vec<IndicatorFigures>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activities: Option<ActivityFigures>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beneficiaries: Option<Beneficiaries>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub services: Option<BTreeMap<String, ServiceFigures>>,
}

/// The `beneficiaries` section: who was reached in the window and cumulatively, small cells
/// suppressed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Beneficiaries {
    pub period: PublishedReach,
    pub cumulative: PublishedReach,
}

/// What a report is asked for.
#[derive(Debug, Clone)]
pub struct Request {
    pub project: String,
    pub template: String,
    pub lang: String,
    pub from: String,
    pub to: String,
}

/// A date as the command line and the package write it (`YYYY-MM-DD`).
pub fn parse_date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Error::InvalidDate { value: s.to_string() })
}

/// The report data of `req.project` for the window `[req.from, req.to]`.
pub fn report_data(db: &Db, req: &Request) -> Result<ReportData> {
    let (from, to) = (parse_date(&req.from)?, parse_date(&req.to)?);
    if from > to {
        return Err(Error::PeriodReversed { from: req.from.clone(), to: req.to.clone() });
    }
    if !TEMPLATES.contains(&req.template.as_str()) {
        return Err(Error::UnknownTemplate { template: req.template.clone() });
    }
    let pid = project_id(db, &req.project)?;
    let reached = reach(db, &pid, from, to, &req.lang)?;
    let money = money_figures(db, &pid, from, to)?;
    Ok(ReportData {
        project: req.project.clone(),
        template: req.template.clone(),
        lang: req.lang.clone(),
        from: from.to_string(),
        to: to.to_string(),
        finance: Some(money.finance),
        warnings: Some(money.warnings),
        conversions: Some(money.conversions),
        subgrants: Some(money.subgrants),
        indicators: Some(indicator_figures(db, &pid, from, to)?),
        activities: Some(activity_figures(db, &pid, from, to)?),
        beneficiaries: Some(Beneficiaries {
            period: reached.period.published(),
            cumulative: reached.cumulative.published(),
        }),
        services: Some(service_figures(db, &pid, from, to)?),
    })
}

/// What a report's pages show: its data (the same as `--format json`) and their context; for
/// the indicator tracking table, each indicator's figures in each quarter of the year of `to`.
pub fn report_pages(db: &Db, req: &Request) -> Result<(ReportData, context::Context, Vec<Vec<IndicatorFigures>>)> {
    let data = report_data(db, req)?;
    let (from, to) = (parse_date(&req.from)?, parse_date(&req.to)?);
    let pid = project_id(db, &req.project)?;
    let ctx = context::context(db, &pid, from, to, &req.lang)?;
    let mut quarters = Vec::new();
    if req.template == "itt" {
        use chrono::Datelike;
        for q in 0..4u32 {
            let start = NaiveDate::from_ymd_opt(to.year(), q * 3 + 1, 1).expect("a quarter's first day");
            let next = if q == 3 {
                NaiveDate::from_ymd_opt(to.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(to.year(), q * 3 + 4, 1)
            }
            .expect("the next quarter's first day");
            let end = next.pred_opt().expect("a day before");
            quarters.push(indicator_figures(db, &pid, start, end)?);
        }
    }
    Ok((data, ctx, quarters))
}
