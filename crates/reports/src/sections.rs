//! The sections the templates are made of (`reports.md`): the cover, identification, the
//! indicators of each logframe level, activities done and not carried out, the people
//! reached, services, sub-grants, the financial statement with co-financing, warnings and
//! the exchange rates used, and the expenditure annex. Every figure comes from the report
//! data as computed by the core (so the PDF and `--format json` agree); nothing here computes
//! one, it only formats and places them.

use std::collections::BTreeMap;

use tessera_core::activities::figures::{AGE_BANDS, GENDERS, UNKNOWN_PLACE};
use tessera_core::logframe::IndicatorFigures;
use tessera_core::report::context::Context;
use tessera_core::report::ReportData;
use tessera_pdf::{BarChart, BarGroup, Block, Column, Orientation, Picture, Row, Table};

use crate::words::Words;

/// The cover: the report's title, the project, and who reports to whom for which period.
pub(crate) fn cover(w: &Words, data: &ReportData, ctx: &Context, title: &str, generated: &str) -> Vec<Block> {
    let p = &ctx.overview.project;
    let grant = ctx.overview.grants.first();
    let mut pairs = vec![
        (w.t("report-organisation"), ctx.organisation.clone()),
        (w.t("report-project"), p.title.clone()),
        (w.t("report-project-code"), p.code.clone()),
    ];
    if let Some(g) = grant {
        pairs.push((w.t("report-donor"), g.donor.clone()));
        if let Some(c) = &g.contract_no {
            pairs.push((w.t("report-contract"), c.clone()));
        }
    }
    pairs.push((w.t("report-period"), w.range(&data.from, &data.to)));
    pairs.push((w.t("report-date"), w.date(generated)));
    pairs.push((w.t("report-language"), tessera_l10n::native_name(w.lang()).to_string()));
    // the organisation's logo above the title, at most 180 × 64 points
    let logo = ctx.logo.as_deref().and_then(|bytes| Picture::decode(bytes, 180.0, 64.0));
    logo.map(Block::Picture)
        .into_iter()
        .chain([
            Block::Title(title.to_string()),
            Block::Subheading(format!("{} ({})", p.title, p.code)),
            Block::Space(8.0),
            Block::Pairs(pairs),
            Block::Space(12.0),
            Block::Note(w.ta("report-generated", &[("date", w.date(generated))])),
        ])
        .collect()
}

/// 1. Identification.
pub(crate) fn identification(w: &Words, data: &ReportData, ctx: &Context) -> Vec<Block> {
    let o = &ctx.overview;
    let partners = if o.partners.is_empty() {
        w.t("report-no-partners")
    } else {
        o.partners
            .iter()
            .map(|p| format!("{} ({})", p.name, w.name("partner-role", &p.role)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut pairs = vec![
        (w.t("report-lead"), if o.lead.is_empty() { ctx.organisation.clone() } else { o.lead.clone() }),
        (w.t("report-partners"), partners),
    ];
    for g in &o.grants {
        pairs.push((w.t("report-donor"), g.donor.clone()));
        if let Some(c) = &g.contract_no {
            pairs.push((w.t("report-contract"), c.clone()));
        }
    }
    pairs.push((w.t("report-project"), o.project.title.clone()));
    pairs.push((w.t("report-project-period"), w.range(&o.project.start, &o.project.end)));
    pairs.push((w.t("report-period"), w.range(&data.from, &data.to)));
    if let Some(b) = &data.beneficiaries {
        let g = &b.period.by_gender;
        pairs.push((
            w.t("report-reached-women-men"),
            format!("{} / {}", w.cell(g.get("female")), w.cell(g.get("male"))),
        ));
    }
    vec![Block::Heading(w.t("report-s-identification")), Block::Pairs(pairs)]
}

/// The indicators of one level (or of all, `level` none) as a table.
pub(crate) fn indicator_table(w: &Words, indicators: &[&IndicatorFigures]) -> Block {
    Block::Table(Table {
        columns: vec![
            Column::left(0.6),
            Column::left(3.0),
            Column::right(1.0),
            Column::right(1.0),
            Column::right(1.1),
            Column::right(1.1),
            Column::right(0.9),
        ],
        header: vec![
            w.t("report-col-ref"),
            w.t("report-col-indicator"),
            w.t("report-col-baseline"),
            w.t("report-col-target"),
            w.t("report-col-achieved-period"),
            w.t("report-col-achieved-cumulative"),
            w.t("report-col-percent"),
        ],
        rows: indicators
            .iter()
            .map(|i| {
                let v = &i.values;
                Row::new(vec![
                    i.ref_.clone(),
                    i.text.clone(),
                    w.figure(&v.baseline),
                    w.figure(&v.target_final),
                    w.figure(&v.achieved_period),
                    w.figure(&v.achieved_cumulative),
                    w.percent(&v.percent_of_target),
                ])
            })
            .collect(),
    })
}

/// Each objective and result with its indicators, in the logframe's order.
pub(crate) fn logframe(w: &Words, data: &ReportData, ctx: &Context) -> Vec<Block> {
    let indicators = data.indicators.as_deref().unwrap_or(&[]);
    let mut out = Vec::new();
    for node in &ctx.overview.logframe {
        let of_node: Vec<&IndicatorFigures> = indicators.iter().filter(|i| i.level == node.ref_).collect();
        out.push(Block::Subheading(format!("{} {}", node.ref_, node.text)));
        if of_node.is_empty() {
            out.push(Block::Note(w.t("report-no-indicators")));
        } else {
            out.push(indicator_table(w, &of_node));
        }
    }
    out
}

/// Activities done in the period (dates, place, participants) and those not carried out.
pub(crate) fn activities(w: &Words, data: &ReportData, ctx: &Context) -> Vec<Block> {
    let mut out = vec![Block::Subheading(w.t("report-activities-done"))];
    if ctx.done.is_empty() {
        out.push(Block::Note(w.t("report-none")));
    } else {
        let rows = ctx
            .done
            .iter()
            .map(|a| {
                let dates = match (&a.start, &a.end) {
                    (Some(s), Some(e)) if s != e => w.range(s, e),
                    (s, _) => w.opt_date(s),
                };
                Row::new(vec![
                    a.ref_.clone(),
                    format!("{}\n{}", a.title, w.name("activity-type", &a.kind)),
                    dates,
                    a.place.clone().unwrap_or_default(),
                    w.cell(Some(&a.women)),
                    w.cell(Some(&a.men)),
                    w.count(a.total),
                ])
            })
            .collect();
        out.push(Block::Table(Table {
            columns: vec![
                Column::left(0.6),
                Column::left(2.6),
                Column::left(1.5),
                Column::left(1.5),
                Column::right(0.7),
                Column::right(0.7),
                Column::right(0.7),
            ],
            header: vec![
                w.t("report-col-ref"),
                w.t("report-col-activity"),
                w.t("report-col-dates"),
                w.t("report-col-place"),
                w.t("report-col-women"),
                w.t("report-col-men"),
                w.t("report-col-total"),
            ],
            rows,
        }));
    }
    out.push(Block::Subheading(w.t("report-activities-not-done")));
    let not_done = data.activities.as_ref().map(|a| a.planned_not_carried_out.as_slice()).unwrap_or(&[]);
    if not_done.is_empty() {
        out.push(Block::Note(w.t("report-none")));
    } else {
        out.push(Block::Table(Table {
            columns: vec![Column::left(0.6), Column::left(2.4), Column::left(1.0), Column::left(3.0)],
            header: vec![
                w.t("report-col-ref"),
                w.t("report-col-activity"),
                w.t("report-col-status"),
                w.t("report-col-reason"),
            ],
            rows: not_done
                .iter()
                .map(|a| {
                    Row::new(vec![
                        a.ref_.clone(),
                        a.title.clone(),
                        w.name("activity-status", &a.status),
                        a.reason.clone().unwrap_or_default(),
                    ])
                })
                .collect(),
        }));
    }
    out
}

/// 3. The people reached: by gender × age band, by municipality, services by kind.
pub(crate) fn beneficiaries(w: &Words, data: &ReportData) -> Vec<Block> {
    let mut out = Vec::new();
    let Some(b) = &data.beneficiaries else { return out };
    let p = &b.period;
    out.push(Block::Paragraph(w.ta(
        "report-reached-note",
        &[("count", w.count(p.unique_persons)), ("cumulative", w.count(b.cumulative.unique_persons))],
    )));
    out.push(Block::Subheading(w.t("report-by-gender-age")));
    let mut header = vec![w.t("report-col-gender")];
    header.extend(AGE_BANDS.iter().map(|a| w.name("age-band", a)));
    header.push(w.t("report-col-total"));
    let mut rows: Vec<Row> = GENDERS
        .iter()
        .filter(|g| p.by_gender.contains_key(**g))
        .map(|g| {
            let bands = p.by_gender_age_band.get(*g);
            let mut cells = vec![w.name("gender", g)];
            cells.extend(AGE_BANDS.iter().map(|a| w.cell(bands.and_then(|b| b.get(*a)))));
            cells.push(w.cell(p.by_gender.get(*g)));
            Row::new(cells)
        })
        .collect();
    let mut total = vec![w.t("report-col-total")];
    total.extend(AGE_BANDS.iter().map(|_| String::new()));
    total.push(w.count(p.unique_persons));
    rows.push(Row::total(total));
    let mut columns = vec![Column::left(1.6)];
    columns.extend(AGE_BANDS.iter().map(|_| Column::right(1.0)));
    columns.push(Column::right(1.0));
    out.push(Block::Table(Table { columns, header, rows }));

    out.push(Block::Subheading(w.t("report-by-municipality")));
    let rows = p
        .by_municipality
        .iter()
        .map(|(place, n)| {
            let by = p.by_municipality_gender.get(place);
            let name = if place == UNKNOWN_PLACE { w.t("report-unknown-place") } else { place.clone() };
            Row::new(vec![
                name,
                w.cell(by.and_then(|g| g.get("female"))),
                w.cell(by.and_then(|g| g.get("male"))),
                w.cell(Some(n)),
            ])
        })
        .collect();
    out.push(Block::Table(Table {
        columns: vec![Column::left(3.0), Column::right(1.0), Column::right(1.0), Column::right(1.0)],
        header: vec![
            w.t("report-col-municipality"),
            w.t("report-col-women"),
            w.t("report-col-men"),
            w.t("report-col-total"),
        ],
        rows,
    }));
    // by ethnicity: only in a report asked to show it (special-category data)
    if let Some(by) = &p.by_ethnicity {
        out.push(Block::Subheading(w.t("report-by-ethnicity")));
        let mut rows: Vec<Row> = by
            .iter()
            .map(|(e, n)| {
                let name = w.name("ethnicity", e);
                // as recorded, with a capital, when there is no message for it
                let name = if name == *e { capitalised(e) } else { name };
                Row::new(vec![name, w.cell(Some(n))])
            })
            .collect();
        rows.push(Row::total(vec![w.t("report-col-total"), w.count(p.unique_persons)]));
        out.push(Block::Table(Table {
            columns: vec![Column::left(3.0), Column::right(1.0)],
            header: vec![w.t("report-col-ethnicity"), w.t("report-col-total")],
            rows,
        }));
        out.push(Block::Note(w.t("report-ethnicity-note")));
    }
    if p.anonymous_headcount_total > 0 {
        out.push(Block::Note(w.ta("report-headcount", &[("count", w.count(p.anonymous_headcount_total))])));
    }
    out.extend(services(w, data));
    out
}

fn services(w: &Words, data: &ReportData) -> Vec<Block> {
    let Some(services) = &data.services else { return Vec::new() };
    let mut out = vec![Block::Subheading(w.t("report-services"))];
    if services.is_empty() {
        out.push(Block::Note(w.t("report-none")));
        return out;
    }
    out.push(Block::Table(Table {
        columns: vec![Column::left(3.0), Column::right(1.0), Column::right(1.0), Column::right(1.0)],
        header: vec![
            w.t("report-col-service"),
            w.t("report-col-records"),
            w.t("report-col-quantity"),
            w.t("report-col-beneficiaries"),
        ],
        rows: services
            .iter()
            .map(|(kind, s)| {
                Row::new(vec![
                    w.name("service-kind", kind),
                    w.count(s.records),
                    w.number(&s.quantity),
                    w.cell(Some(&s.unique_beneficiaries)),
                ])
            })
            .collect(),
    }));
    out
}

/// 4. Sub-grants.
pub(crate) fn subgrants(w: &Words, data: &ReportData) -> Vec<Block> {
    let mut out = vec![Block::Heading(w.t("report-s-subgrants"))];
    let list = data.subgrants.as_deref().unwrap_or(&[]);
    if list.is_empty() {
        out.push(Block::Note(w.t("report-none")));
        return out;
    }
    out.push(Block::Table(Table {
        columns: vec![
            Column::left(0.6),
            Column::left(2.4),
            Column::right(1.2),
            Column::right(1.2),
            Column::right(1.2),
            Column::left(1.0),
        ],
        header: vec![
            w.t("report-col-ref"),
            w.t("report-col-grantee"),
            w.t("report-col-amount"),
            w.t("report-col-paid-period"),
            w.t("report-col-paid-cumulative"),
            w.t("report-col-results"),
        ],
        rows: list
            .iter()
            .map(|s| {
                Row::new(vec![
                    s.ref_.clone(),
                    s.grantee.clone(),
                    w.money_in(&s.amount, &s.currency),
                    w.money_in(&s.paid_period, &s.currency),
                    w.money_in(&s.paid_cumulative, &s.currency),
                    s.results.join(", "),
                ])
            })
            .collect(),
    }));
    out
}

/// The budget vs actual statement: each heading with its lines, the direct subtotal (7),
/// indirect costs (8) and the total (9).
pub(crate) fn statement(w: &Words, data: &ReportData) -> Vec<Block> {
    let Some(f) = &data.finance else { return Vec::new() };
    let by_heading: BTreeMap<&str, &tessera_core::finance::figures::HeadingFigures> =
        f.headings.iter().map(|h| (h.heading.as_str(), h)).collect();
    let mut rows = Vec::new();
    let heading_row = |h: &tessera_core::finance::figures::HeadingFigures| {
        Row::total(vec![
            w.heading(&h.heading),
            w.money(&h.budget),
            w.money(&h.spent_period),
            w.money(&h.spent_cumulative),
            w.money(&h.remaining),
            w.percent(&h.percent_spent),
        ])
    };
    for h in &f.headings {
        if h.heading == "7" || h.heading == "9" {
            continue;
        }
        if h.heading == "8" {
            if let Some(sub) = by_heading.get("7") {
                rows.push(heading_row(sub));
            }
        }
        rows.push(heading_row(h));
        for l in f.lines.iter().filter(|l| l.heading == h.heading) {
            rows.push(Row::new(vec![
                format!("{} {}", l.ref_, l.description),
                w.money(&l.budget),
                w.money(&l.spent_period),
                w.money(&l.spent_cumulative),
                w.money(&l.remaining),
                String::new(),
            ]));
        }
    }
    if !by_heading.contains_key("8") {
        if let Some(sub) = by_heading.get("7") {
            rows.push(heading_row(sub));
        }
    }
    if let Some(total) = by_heading.get("9") {
        rows.push(heading_row(total));
    }
    vec![Block::Table(Table {
        columns: vec![
            Column::left(3.4),
            Column::right(1.2),
            Column::right(1.2),
            Column::right(1.2),
            Column::right(1.2),
            Column::right(0.7),
        ],
        header: vec![
            w.t("report-col-budget-line"),
            w.t("finance-budget"),
            w.t("finance-spent-period"),
            w.t("finance-spent-cumulative"),
            w.t("finance-remaining"),
            w.t("finance-percent-spent"),
        ],
        rows,
    })]
}

/// 5. The financial report: statement, co-financing, each grant's part, warnings, rates.
pub(crate) fn finance(w: &Words, data: &ReportData, ctx: &Context) -> Vec<Block> {
    let Some(f) = &data.finance else { return Vec::new() };
    let mut out = vec![
        Block::NewPage(Orientation::Landscape),
        Block::Heading(w.t("report-s-finance")),
        Block::Note(w.ta("report-amounts-in", &[("currency", f.currency.clone())])),
    ];
    out.extend(statement(w, data));
    out.push(Block::Subheading(w.t("report-cofinancing")));
    let donor = |g: &str| ctx.grants.iter().find(|r| r.ref_ == g).map(|r| r.donor.clone()).unwrap_or_default();
    let mut rows: Vec<Row> = f
        .budget_by_funding
        .iter()
        .map(|(source, amount)| {
            let name = if source == "own" { w.t("report-own") } else { format!("{source} {}", donor(source)) };
            Row::new(vec![name, w.money(amount)])
        })
        .collect();
    rows.push(Row::total(vec![w.t("report-total"), w.money(&f.budget_total)]));
    out.push(Block::Table(Table {
        columns: vec![Column::left(3.0), Column::right(1.2)],
        header: vec![w.t("report-col-source"), w.t("finance-budget")],
        rows,
    }));
    if !f.by_grant.is_empty() {
        out.push(Block::Subheading(w.t("finance-by-grant")));
        out.push(Block::Table(Table {
            columns: vec![Column::left(3.0), Column::right(1.2), Column::right(1.2), Column::right(1.2)],
            header: vec![
                w.t("report-donor"),
                w.t("finance-grant-amount"),
                w.t("finance-spent-period"),
                w.t("finance-spent-cumulative"),
            ],
            rows: f
                .by_grant
                .iter()
                .map(|(g, v)| {
                    let currency =
                        ctx.grants.iter().find(|r| &r.ref_ == g).map_or(w.currency.as_str(), |r| &r.currency);
                    Row::new(vec![
                        format!("{g} {}", donor(g)),
                        w.money_in(&v.grant_amount, currency),
                        w.money(&v.spent_period),
                        w.money(&v.spent_cumulative),
                    ])
                })
                .collect(),
        }));
    }
    out.push(Block::Subheading(w.t("finance-warnings")));
    let warnings = data.warnings.as_deref().unwrap_or(&[]);
    if warnings.is_empty() {
        out.push(Block::Note(w.t("finance-no-warnings")));
    }
    for warning in warnings {
        let mut args = Vec::new();
        if let Some(h) = &warning.heading {
            args.push(("heading", w.heading(h)));
        }
        if let Some(s) = &warning.subgrant {
            args.push(("subgrant", s.clone()));
        }
        if let Some(p) = &warning.percent {
            args.push(("percent", w.number(p)));
        }
        if let Some(l) = &warning.limit {
            args.push(("limit", w.number(l)));
        }
        out.push(Block::Paragraph(format!(
            "⚠ {}",
            w.ta(&format!("finance-warning-{}", warning.kind.replace('_', "-")), &args)
        )));
    }
    out.extend(rates(w, data, ctx));
    out
}

/// The exchange-rate rule of each grant, and each rate used with the number of transactions
/// converted at it.
fn rates(w: &Words, data: &ReportData, ctx: &Context) -> Vec<Block> {
    let mut out = vec![Block::Subheading(w.t("report-rates"))];
    for g in &ctx.grants {
        let mut rule = w.name("exchange-rule", &g.exchange_rule);
        if let Some(rate) = &g.contract_rate {
            rule = format!("{rule} ({})", w.number(rate));
        }
        out.push(Block::Paragraph(
            w.ta("report-grant-rule", &[("grant", g.ref_.clone()), ("donor", g.donor.clone()), ("rule", rule)]),
        ));
    }
    let mut used: BTreeMap<(String, String, String), u32> = BTreeMap::new();
    for c in data.conversions.as_deref().unwrap_or(&[]).iter().filter(|c| c.cumulative) {
        if let (Some(rule), Some(rate)) = (&c.rule, &c.rate) {
            *used.entry((c.currency.clone(), rule.clone(), rate.clone())).or_default() += 1;
        }
    }
    if used.is_empty() {
        out.push(Block::Note(w.ta("report-no-rates", &[("currency", w.currency.clone())])));
        return out;
    }
    out.push(Block::Table(Table {
        columns: vec![Column::left(0.8), Column::left(3.0), Column::right(1.0), Column::right(1.0)],
        header: vec![
            w.t("report-col-currency"),
            w.t("report-col-rule"),
            w.t("report-col-rate"),
            w.t("report-col-transactions"),
        ],
        rows: used
            .iter()
            .map(|((currency, rule, rate), n)| {
                Row::new(vec![currency.clone(), w.name("exchange-rule", rule), w.number(rate), w.count(*n)])
            })
            .collect(),
    }));
    out
}

/// 6. The expenditure annex: every expense of the period with its conversion.
pub(crate) fn annex(w: &Words, data: &ReportData, ctx: &Context) -> Vec<Block> {
    let mut out = vec![Block::NewPage(Orientation::Landscape), Block::Heading(w.t("report-s-annex"))];
    let conversions: Vec<_> = data.conversions.as_deref().unwrap_or(&[]).iter().filter(|c| c.in_period).collect();
    if conversions.is_empty() {
        out.push(Block::Note(w.t("report-none")));
        return out;
    }
    let mut rows: Vec<(String, Row)> = conversions
        .iter()
        .map(|c| {
            let e = ctx.expenses.get(&c.ref_);
            let date = e.and_then(|e| e.date.clone()).unwrap_or_default();
            let row = Row::new(vec![
                c.ref_.clone(),
                w.date_short(&date),
                c.document_no.clone().unwrap_or_default(),
                e.and_then(|e| e.payee.clone()).unwrap_or_default(),
                e.and_then(|e| e.description.clone()).unwrap_or_default(),
                e.and_then(|e| e.line.clone()).unwrap_or_default(),
                w.money_in(&c.amount, &c.currency),
                c.rate.as_deref().map(|r| w.number(r)).unwrap_or_default(),
                w.money(&c.converted),
            ]);
            (date, row)
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let mut rows: Vec<Row> = rows.into_iter().map(|(_, r)| r).collect();
    let total = data.finance.as_ref().map(|f| f.spent_period_total.clone()).unwrap_or_default();
    let mut last = vec![String::new(); 8];
    last[4] = w.t("report-total");
    last.push(w.money(&total));
    rows.push(Row::total(last));
    out.push(Block::Table(Table {
        columns: vec![
            Column::left(0.7),
            Column::left(1.0),
            Column::left(1.25),
            Column::left(1.5),
            Column::left(2.2),
            Column::left(0.85),
            Column::right(1.3),
            Column::right(0.8),
            Column::right(1.3),
        ],
        header: vec![
            w.t("report-col-ref"),
            w.t("report-col-date"),
            w.t("report-col-document"),
            w.t("report-col-payee"),
            w.t("report-col-description"),
            w.t("report-col-line"),
            w.t("report-col-amount"),
            w.t("report-col-rate"),
            w.ta("report-col-converted", &[("currency", w.currency.clone())]),
        ],
        rows,
    }));
    out
}

/// Budget vs actual by heading as bars (the generic template).
pub(crate) fn budget_chart(w: &Words, data: &ReportData) -> Option<Block> {
    let f = data.finance.as_ref()?;
    let groups: Vec<BarGroup> = f
        .headings
        .iter()
        .filter(|h| h.heading != "7" && h.heading != "9")
        .map(|h| BarGroup {
            label: w.heading(&h.heading),
            values: vec![h.budget.parse().unwrap_or(0.0), h.spent_cumulative.parse().unwrap_or(0.0)],
            labels: vec![w.money(&h.budget), w.money(&h.spent_cumulative)],
        })
        .collect();
    (!groups.is_empty())
        .then(|| Block::Chart(BarChart { series: vec![w.t("report-chart-budget"), w.t("report-chart-spent")], groups }))
}

/// Each indicator's progress as a bar: its % of target (the generic template).
pub(crate) fn indicator_chart(w: &Words, data: &ReportData) -> Option<Block> {
    let groups: Vec<BarGroup> = data
        .indicators
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .filter_map(|i| {
            let p = i.values.percent_of_target.as_ref()?;
            Some(BarGroup {
                label: format!("{} {}", i.ref_, i.text),
                values: vec![p.parse().unwrap_or(0.0)],
                labels: vec![w.percent(&Some(p.clone()))],
            })
        })
        .collect();
    (!groups.is_empty()).then(|| Block::Chart(BarChart { series: vec![w.t("report-col-percent")], groups }))
}

/// `s` with its first letter a capital.
fn capitalised(s: &str) -> String {
    let mut letters = s.chars();
    letters.next().map_or_else(String::new, |first| first.to_uppercase().chain(letters).collect())
}
