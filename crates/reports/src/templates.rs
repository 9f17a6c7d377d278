//! The three templates of `reports.md` as sequences of sections: `eu` (Annex VI's structure
//! with the financial report and the expenditure annex), `itt` (the indicator tracking table,
//! landscape, actual per quarter, a deviation note asked for outside the band) and `generic`
//! (for boards, municipalities and smaller donors, budget vs actual as bars).

use tessera_core::logframe::IndicatorFigures;
use tessera_core::report::context::Context;
use tessera_core::report::ReportData;
use tessera_pdf::{Block, Column, Orientation, Row, Table};

use crate::sections;
use crate::words::Words;

pub(crate) fn eu(w: &Words, data: &ReportData, ctx: &Context, generated: &str) -> Vec<Block> {
    let mut b = sections::cover(w, data, ctx, &w.t("report-title-eu"), generated);
    b.push(Block::NewPage(Orientation::Portrait));
    b.extend(sections::identification(w, data, ctx));
    b.push(Block::Heading(w.t("report-s-implementation")));
    b.push(Block::Subheading(w.t("report-summary")));
    b.push(summary(w, ctx));
    b.extend(sections::logframe(w, data, ctx));
    b.extend(sections::activities(w, data, ctx));
    b.push(Block::Heading(w.t("report-s-beneficiaries")));
    b.extend(sections::beneficiaries(w, data));
    b.extend(sections::subgrants(w, data));
    b.extend(sections::finance(w, data, ctx));
    b.extend(sections::annex(w, data, ctx));
    b
}

pub(crate) fn generic(w: &Words, data: &ReportData, ctx: &Context, generated: &str) -> Vec<Block> {
    let mut b = sections::cover(w, data, ctx, &w.t("report-title-generic"), generated);
    b.push(Block::Heading(w.t("report-summary")));
    b.push(summary(w, ctx));
    b.push(Block::NewPage(Orientation::Portrait));
    b.push(Block::Heading(w.t("report-s-logframe")));
    if let Some(chart) = sections::indicator_chart(w, data) {
        b.push(chart);
    }
    b.extend(sections::logframe(w, data, ctx));
    b.push(Block::Heading(w.t("report-s-activities")));
    b.extend(sections::activities(w, data, ctx));
    b.push(Block::Heading(w.t("report-s-people")));
    b.extend(sections::beneficiaries(w, data));
    b.push(Block::Heading(w.t("report-s-budget")));
    if let Some(f) = &data.finance {
        b.push(Block::Note(w.ta("report-amounts-in", &[("currency", f.currency.clone())])));
    }
    if let Some(chart) = sections::budget_chart(w, data) {
        b.push(chart);
    }
    b.extend(sections::statement(w, data));
    b
}

pub(crate) fn itt(
    w: &Words,
    data: &ReportData,
    ctx: &Context,
    quarters: &[Vec<IndicatorFigures>],
    generated: &str,
) -> Vec<Block> {
    // achievement outside the organisation's band of the target asks for a deviation note
    let (low, high) = (ctx.deviation_band.low, ctx.deviation_band.high);
    let year = &data.to[..4];
    let mut b = sections::cover(w, data, ctx, &w.t("report-title-itt"), generated);
    b.push(Block::NewPage(Orientation::Landscape));
    b.push(Block::Heading(w.t("report-title-itt")));
    b.push(Block::Note(
        w.ta("report-itt-note", &[("year", year.to_string()), ("low", low.to_string()), ("high", high.to_string())]),
    ));
    let mut header = vec![
        w.t("report-col-ref"),
        w.t("report-col-indicator"),
        w.t("report-col-unit"),
        w.t("report-col-disaggregation"),
        w.t("report-col-baseline"),
        w.t("report-col-lop-target"),
        w.t("report-col-period-target"),
    ];
    header.extend((1..=4).map(|n| w.ta("report-col-quarter", &[("n", n.to_string())])));
    header.extend([w.t("report-col-cumulative"), w.t("report-col-percent-achieved"), w.t("report-col-deviation")]);
    let mut columns =
        vec![Column::left(0.45), Column::left(2.2), Column::left(0.75), Column::left(0.95), Column::right(0.9)];
    columns.extend((0..2).map(|_| Column::right(0.8)));
    columns.extend((0..4).map(|_| Column::right(0.75)));
    columns.extend([Column::right(0.85), Column::right(0.75), Column::left(1.4)]);
    let rows = data
        .indicators
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .map(|i| {
            let v = &i.values;
            let baseline = match (&v.baseline, ctx.baseline_dates.get(&i.ref_)) {
                (Some(b), Some(d)) => format!("{}\n{}", w.figure(&Some(b.clone())), w.date_short(d)),
                (b, _) => w.figure(b),
            };
            let dims = ctx
                .disaggregations
                .get(&i.ref_)
                .map(|d| d.iter().map(|k| w.name("measurement-field", k)).collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            let mut cells = vec![
                i.ref_.clone(),
                format!("{}\n{}", i.level, i.text),
                w.name("indicator-unit", &i.unit),
                dims,
                baseline,
                w.figure(&v.target_final),
                w.figure(&v.target_in_period),
            ];
            for q in quarters {
                let achieved = q.iter().find(|f| f.ref_ == i.ref_).and_then(|f| f.values.achieved_period.clone());
                cells.push(w.figure(&achieved));
            }
            cells.push(w.figure(&v.achieved_cumulative));
            cells.push(w.percent(&v.percent_of_target));
            // the note written for this period; else, outside the band, that one is needed
            cells.push(match ctx.deviation_notes.get(&i.ref_) {
                Some(note) => note.clone(),
                None if ctx.deviation_band.outside(v.percent_of_target.as_deref()) => {
                    w.ta("report-deviation-required", &[("low", low.to_string()), ("high", high.to_string())])
                }
                None => String::new(),
            });
            Row::new(cells)
        })
        .collect();
    b.push(Block::DenseTable(Table { columns, header, rows }));
    b
}

fn summary(w: &Words, ctx: &Context) -> Block {
    match ctx.overview.summary.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Block::Paragraph(s.to_string()),
        None => Block::Note(w.t("report-no-summary")),
    }
}
