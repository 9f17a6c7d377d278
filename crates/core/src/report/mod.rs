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
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub project: String,
    pub template: String,
    pub lang: String,
    pub from: String,
    pub to: String,
    /// The people reached by ethnicity too (special-category data): asked for one report, of
    /// an organisation that records ethnicity (Settings → People), else refused.
    pub ethnicity: bool,
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
    let (reached, by_ethnicity) = if req.ethnicity {
        if !crate::settings::sensitive_on(db, "ethnicity")? {
            let mut c = crate::input::Check::default();
            c.push("ethnicity", "sensitive-off", vec![]);
            c.finish()?;
        }
        let (reached, by) = crate::activities::figures::reach_with_ethnicity(db, &pid, from, to, &req.lang)?;
        (reached, Some(by))
    } else {
        (reach(db, &pid, from, to, &req.lang)?, None)
    };
    let published = |r: &crate::activities::figures::Reach, by: Option<&BTreeMap<String, u32>>| {
        let mut p = r.published();
        p.by_ethnicity = by.map(|by| crate::activities::figures::publish_ethnicity(by, r.unique_persons));
        p
    };
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
            period: published(&reached.period, by_ethnicity.as_ref().map(|b| &b.period)),
            cumulative: published(&reached.cumulative, by_ethnicity.as_ref().map(|b| &b.cumulative)),
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

/// A report as it left Tessera: enough to regenerate it identical and to tell it was.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GeneratedReport {
    pub project_id: String,
    pub template: String,
    pub lang: String,
    pub from: String,
    pub to: String,
    /// It showed the people reached by ethnicity (`Request::ethnicity`).
    pub ethnicity: bool,
    /// Seconds since 1970, UTC.
    pub generated_at: i64,
    /// SHA-256 of the report data as JSON (its figures) and of the PDF, in hex.
    pub data_sha256: String,
    pub pdf_sha256: String,
}

fn hex_sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

impl GeneratedReport {
    /// The record of the report of `req` over `data`, generated at `generated_at` as `pdf`.
    pub fn new(project_id: &str, req: &Request, data: &ReportData, generated_at: i64, pdf: &[u8]) -> GeneratedReport {
        let json = serde_json::to_vec(data).expect("the report data serialises");
        GeneratedReport {
            project_id: project_id.to_string(),
            template: req.template.clone(),
            lang: req.lang.clone(),
            from: req.from.clone(),
            to: req.to.clone(),
            ethnicity: req.ethnicity,
            generated_at,
            data_sha256: hex_sha256(&json),
            pdf_sha256: hex_sha256(pdf),
        }
    }
}

/// Record a report that left Tessera (one write through the change log); its id.
pub fn record_generated(db: &mut Db, r: &GeneratedReport) -> Result<String> {
    use rusqlite::types::Value;
    let t = |s: &str| Value::Text(s.to_string());
    db.write(|w| {
        w.insert(
            "generated_reports",
            &[
                ("project_id", t(&r.project_id)),
                ("template", t(&r.template)),
                ("lang", t(&r.lang)),
                ("period_from", t(&r.from)),
                ("period_to", t(&r.to)),
                ("ethnicity", Value::Integer(r.ethnicity.into())),
                ("generated_at", Value::Integer(r.generated_at)),
                ("data_sha256", t(&r.data_sha256)),
                ("pdf_sha256", t(&r.pdf_sha256)),
            ],
        )
    })
}

/// The reports of a project that left Tessera, newest first.
pub fn generated_reports(db: &Db, project_id: &str) -> Result<Vec<GeneratedReport>> {
    let mut stmt = db.conn().prepare(
        "SELECT project_id, template, lang, period_from, period_to, generated_at, data_sha256, pdf_sha256, ethnicity
         FROM live_generated_reports WHERE project_id = ?1 ORDER BY generated_at DESC, id DESC",
    )?;
    let rows = stmt.query_map([project_id], |r| {
        Ok(GeneratedReport {
            project_id: r.get(0)?,
            template: r.get(1)?,
            lang: r.get(2)?,
            from: r.get(3)?,
            to: r.get(4)?,
            ethnicity: r.get(8)?,
            generated_at: r.get(5)?,
            data_sha256: r.get(6)?,
            pdf_sha256: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}
