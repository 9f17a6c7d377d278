//! Donor reports as PDF (`reports.md`): the core's report data — the same figures as
//! `tessera report --format json` — and the pages' context, laid out by template (`eu`,
//! `itt`, `generic`) in the report's language (its own, whatever the interface speaks) with
//! the layout engine of `tessera-pdf`. The same data, template, window, language and
//! generation time give the same bytes.

pub mod export;
mod sections;
mod templates;
mod words;

use tessera_core::report::{report_pages, GeneratedReport, ReportData, Request};
use tessera_core::{Db, Result};
use tessera_pdf::{Document, Frame, Layout, Meta};

/// A generated report.
#[derive(Debug, Clone)]
pub struct Generated {
    pub pdf: Vec<u8>,
    /// The figures it shows (what `--format json` writes).
    pub data: ReportData,
    pub layout: Layout,
    /// What to record once it leaves Tessera (`report::record_generated`).
    pub record: GeneratedReport,
}

/// A report before layout: its blocks in the report's language, the file's metadata, its
/// figures and the project's id.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub doc: Document,
    pub meta: Meta,
    pub data: ReportData,
    pub project_id: String,
}

/// The report `req` asks for, generated at `generated` (seconds since 1970, UTC: the cover's
/// report date and the file's creation time).
pub fn generate(db: &Db, req: &Request, generated: i64) -> Result<Generated> {
    generate_with(db, req, generated, &mut |_, _| {})
}

/// `generate`, telling `progress` (done, of) after each step: the figures and words, the
/// layout, the PDF.
pub fn generate_with(
    db: &Db,
    req: &Request,
    generated: i64,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Generated> {
    progress(0, 3);
    let p = document(db, req, generated)?;
    progress(1, 3);
    let fonts = tessera_pdf::Fonts::new(&p.meta.lang);
    let layout = tessera_pdf::lay_out(&p.doc, &fonts);
    progress(2, 3);
    let pdf = tessera_pdf::render(&layout, &p.meta, &fonts);
    progress(3, 3);
    let record = GeneratedReport::new(&p.project_id, req, &p.data, generated, &pdf);
    Ok(Generated { pdf, data: p.data, layout, record })
}

/// The report as a document before layout (its blocks, in the report's language), its
/// metadata and its figures: what `generate` lays out (and the benchmark also prints as HTML).
pub fn document(db: &Db, req: &Request, generated: i64) -> Result<Prepared> {
    let (data, ctx, quarters) = report_pages(db, req)?;
    let currency =
        data.finance.as_ref().map(|f| f.currency.clone()).unwrap_or_else(|| ctx.overview.project.currency.clone());
    let w = words::Words::new(&req.lang, &currency);
    let day = chrono::DateTime::from_timestamp(generated, 0).unwrap_or_default().date_naive().to_string();
    let blocks = match req.template.as_str() {
        "itt" => templates::itt(&w, &data, &ctx, &quarters, &day),
        "generic" => templates::generic(&w, &data, &ctx, &day),
        _ => templates::eu(&w, &data, &ctx, &day),
    };
    let title = w.t(&format!("report-title-{}", req.template));
    let doc = Document {
        frame: Frame {
            header_left: format!("{} · {}", ctx.overview.project.code, title),
            header_right: w.range(&data.from, &data.to),
            footer: w.ta("report-footer", &[("page", "{page}".into()), ("pages", "{pages}".into())]),
        },
        blocks,
    };
    let meta = Meta {
        title: format!("{title}: {}", ctx.overview.project.title),
        author: ctx.organisation.clone(),
        subject: format!("{} {}", ctx.overview.project.code, w.range(&data.from, &data.to)),
        lang: req.lang.clone(),
        created: generated,
    };
    Ok(Prepared { doc, meta, data, project_id: ctx.overview.project.id.clone() })
}
