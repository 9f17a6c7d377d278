//! A project as IATI 2.03 activity XML (`tessera export iati`, `reports.md`), in the element
//! order the official schema fixes (it is validated against `shared/data/iati` in the tests):
//! identifier, reporting organisation, title and descriptions (general, objectives), the
//! funding and implementing organisations, status and dates, countries and municipalities, a
//! sector, the budget in periods of at most a year, the transactions (incoming funds,
//! sub-grant commitments and disbursements, expenditure, each in its own currency with its
//! date), and the logframe's results with their indicators, baselines and targets per
//! period with what was achieved in it (its measurements' disaggregation as dimensions).

use std::collections::BTreeMap;
use std::io::Cursor;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use rust_decimal::Decimal;

use crate::projects::{project_id, project_overview};
use crate::{Db, Error, Result};

type W = Writer<Cursor<Vec<u8>>>;
type R = std::result::Result<(), std::io::Error>;

fn narrative(w: &mut W, tag: &str, text: &str) -> R {
    w.create_element(tag).write_inner_content(|w| {
        w.create_element("narrative").write_text_content(BytesText::new(text))?;
        Ok::<(), std::io::Error>(())
    })?;
    Ok(())
}

/// IATI's activity status for a project's (`pipeline` 1, `active` 2, `closed` 4).
fn status_code(status: &str) -> &'static str {
    match status {
        "pipeline" => "1",
        "closed" => "4",
        _ => "2",
    }
}

/// The budget `total` from `start` to `end` in periods of at most a year (IATI's rule): each
/// its share by days, rounded to the cent, the last the rest, so they add up to the total.
pub fn budget_periods(start: NaiveDate, end: NaiveDate, total: Decimal) -> Vec<(NaiveDate, NaiveDate, Decimal)> {
    let mut bounds = Vec::new();
    let mut from = start;
    while from <= end {
        let next = from.with_year(from.year() + 1).unwrap_or(end).pred_opt().unwrap_or(end);
        let to = next.min(end);
        bounds.push((from, to));
        match to.succ_opt() {
            Some(d) => from = d,
            None => break,
        }
    }
    let days = |a: NaiveDate, b: NaiveDate| Decimal::from((b - a).num_days() + 1);
    let all = days(start, end);
    let mut left = total;
    let n = bounds.len();
    bounds
        .into_iter()
        .enumerate()
        .map(|(i, (a, b))| {
            let part = if i + 1 == n {
                left
            } else {
                (total * days(a, b) / all)
                    .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            };
            left -= part;
            (a, b, part)
        })
        .collect()
}

fn value(w: &mut W, amount: &str, currency: &str, date: &str) -> R {
    w.create_element("value")
        .with_attribute(("currency", currency))
        .with_attribute(("value-date", date))
        .write_text_content(BytesText::new(amount))?;
    Ok(())
}

struct Tx {
    code: &'static str,
    date: String,
    amount: String,
    currency: String,
    description: Option<String>,
    receiver: Option<String>,
}

fn transaction(w: &mut W, t: &Tx) -> R {
    w.create_element("transaction").write_inner_content(|w| {
        w.create_element("transaction-type").with_attribute(("code", t.code)).write_empty()?;
        w.create_element("transaction-date").with_attribute(("iso-date", t.date.as_str())).write_empty()?;
        value(w, &t.amount, &t.currency, &t.date)?;
        if let Some(d) = t.description.as_deref().filter(|d| !d.is_empty()) {
            narrative(w, "description", d)?;
        }
        if let Some(r) = &t.receiver {
            narrative(w, "receiver-org", r)?;
        }
        Ok::<(), std::io::Error>(())
    })?;
    Ok(())
}

/// The IATI activity XML of project `code`, generated at `now` (RFC 3339).
pub fn export_iati(db: &Db, code: &str, now: &str, today: NaiveDate) -> Result<Vec<u8>> {
    let pid = project_id(db, code)?;
    let o = project_overview(db, &pid, today)?;
    let c = db.conn();
    let (org_name, org_ref, country): (String, Option<String>, Option<String>) = c
        .query_row(
            "SELECT name, iati_org_id, country FROM live_organisations WHERE is_self = 1 ORDER BY position LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map_err(|_| Error::NotFound { what: "organisation", id: "self".into() })?;
    // without an IATI organisation identifier: the country and the organisation's name
    let org_ref = org_ref.filter(|r| !r.is_empty()).unwrap_or_else(|| {
        let short: String = org_name.chars().filter(|c| c.is_ascii_alphanumeric()).take(20).collect();
        format!("{}-TESSERA-{}", country.clone().unwrap_or_else(|| "XM".into()), short.to_uppercase())
    });
    let p = &o.project;
    let day = |s: &str| crate::report::parse_date(s);
    let (start, end) = (day(&p.start)?, day(&p.end)?);
    let mut w = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
    let io = |e: std::io::Error| Error::Io { path: "iati".into(), source: e };
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None))).map_err(io)?;

    // donors of the grants, with their IATI ids where the directory has them
    let donors: Vec<(String, Option<String>)> = c
        .prepare(
            "SELECT DISTINCT o.name, o.iati_org_id FROM live_grants g JOIN live_organisations o ON o.id = g.donor_org_id
             WHERE g.project_id = ?1 ORDER BY o.name",
        )?
        .query_map([&pid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    let lf = &o.logframe;
    let objectives: Vec<String> =
        lf.iter().filter(|n| n.level == "objective").map(|n| format!("{} {}", n.ref_, n.text)).collect();
    let budget = Decimal::from_str(&p.budget_total).unwrap_or_default();
    let txs = crate::finance::list_transactions(db, Some(code), None)?;
    let mut tx_rows: Vec<Tx> = txs
        .iter()
        .filter(|t| t.kind == "income" || t.kind == "expense")
        .filter_map(|t| {
            let date = t.date.clone()?;
            Some(Tx {
                code: if t.kind == "income" { "1" } else { "4" },
                date,
                // a reversing entry is a negative expenditure
                amount: t.amount.clone(),
                currency: t.currency.clone(),
                description: t.description.clone(),
                receiver: t.payee.clone(),
            })
        })
        .filter(|t| !t.amount.is_empty() && t.amount != "0.00")
        .collect();
    let mut stmt = c.prepare(
        "SELECT s.id, coalesce(o.name, ''), s.amount_minor, s.amount_currency, s.start_date
         FROM live_subgrants s LEFT JOIN live_organisations o ON o.id = s.grantee_org_id
         WHERE s.project_id = ?1 ORDER BY s.start_date, s.ref",
    )?;
    let subgrants: Vec<(String, String, i64, String, String)> = stmt
        .query_map([&pid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<std::result::Result<_, _>>()?;
    let decimal = |minor: i64, cur: &str| crate::Money::new(minor, cur).map(|m| m.to_string());
    for (sid, grantee, minor, cur, date) in &subgrants {
        tx_rows.push(Tx {
            code: "2",
            date: date.clone(),
            amount: decimal(*minor, cur)?,
            currency: cur.clone(),
            description: None,
            receiver: Some(grantee.clone()),
        });
        let mut t = c.prepare_cached(
            "SELECT date, amount_minor, amount_currency FROM live_subgrant_tranches WHERE subgrant_id = ?1 ORDER BY date",
        )?;
        let tranches: Vec<(String, i64, String)> =
            t.query_map([sid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<std::result::Result<_, _>>()?;
        for (d, m, cu) in tranches {
            tx_rows.push(Tx {
                code: "3",
                date: d,
                amount: decimal(m, &cu)?,
                currency: cu,
                description: None,
                receiver: Some(grantee.clone()),
            });
        }
    }
    tx_rows.sort_by(|a, b| (a.date.as_str(), a.code).cmp(&(b.date.as_str(), b.code)));

    // each indicator's targets, and what was achieved in the window each closes
    let figures = crate::logframe::indicator_figures(db, &pid, start, end.min(today.max(start)))?;
    let mut targets: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut t = c.prepare(
        "SELECT i.ref, t.period_end, t.value FROM live_indicator_targets t JOIN live_indicators i ON i.id = t.indicator_id
         JOIN live_logframe_nodes n ON n.id = i.node_id WHERE n.project_id = ?1 ORDER BY i.ref, t.period_end",
    )?;
    for row in t.query_map([&pid], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))? {
        let (i, d, v) = row?;
        targets.entry(i).or_default().push((d, v));
    }
    let (baseline_dates, disaggregations) = crate::report::context::indicator_notes(db, &pid)?;
    // where it works: the project's municipalities, and those its activities were held in
    let mut places = o.municipalities.clone();
    let mut stmt = c.prepare(
        "SELECT DISTINCT coalesce(country, ''), municipality FROM live_activities
         WHERE project_id = ?1 AND municipality IS NOT NULL ORDER BY 1, 2",
    )?;
    for row in stmt.query_map([&pid], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (cc, name) = row?;
        let m = crate::places::by_key(&cc, &name)
            .or_else(|| crate::places::find(&cc, &name).into_iter().next())
            .cloned()
            .unwrap_or_else(|| crate::places::Municipality::unlisted(&cc, &name));
        if !places.iter().any(|p| p.country == m.country && p.key == m.key) {
            places.push(m);
        }
    }

    let root = w
        .create_element("iati-activities")
        .with_attribute(("version", "2.03"))
        .with_attribute(("generated-datetime", now));
    root.write_inner_content(|w| {
        let activity = w
            .create_element("iati-activity")
            .with_attribute(("last-updated-datetime", now))
            .with_attribute(("default-currency", p.currency.as_str()));
        activity.write_inner_content(|w| {
            w.create_element("iati-identifier").write_text_content(BytesText::new(&format!("{org_ref}-{}", p.code)))?;
            w.create_element("reporting-org")
                .with_attribute(("ref", org_ref.as_str()))
                .with_attribute(("type", "22"))
                .write_inner_content(|w| {
                    w.create_element("narrative").write_text_content(BytesText::new(&org_name))?;
                    Ok::<(), std::io::Error>(())
                })?;
            narrative(w, "title", &p.title)?;
            w.create_element("description").with_attribute(("type", "1")).write_inner_content(|w| {
                w.create_element("narrative")
                    .write_text_content(BytesText::new(o.summary.as_deref().unwrap_or(&p.title)))?;
                Ok::<(), std::io::Error>(())
            })?;
            if !objectives.is_empty() {
                w.create_element("description").with_attribute(("type", "2")).write_inner_content(|w| {
                    w.create_element("narrative").write_text_content(BytesText::new(&objectives.join("; ")))?;
                    Ok::<(), std::io::Error>(())
                })?;
            }
            for (name, iati) in &donors {
                let mut e = w.create_element("participating-org").with_attribute(("role", "1"));
                if let Some(r) = iati.as_deref().filter(|r| !r.is_empty()) {
                    e = e.with_attribute(("ref", r));
                }
                e.write_inner_content(|w| {
                    w.create_element("narrative").write_text_content(BytesText::new(name))?;
                    Ok::<(), std::io::Error>(())
                })?;
            }
            let lead = if o.lead.is_empty() { org_name.clone() } else { o.lead.clone() };
            for name in std::iter::once(&lead).chain(o.partners.iter().map(|p| &p.name)) {
                w.create_element("participating-org").with_attribute(("role", "4")).write_inner_content(|w| {
                    w.create_element("narrative").write_text_content(BytesText::new(name))?;
                    Ok::<(), std::io::Error>(())
                })?;
            }
            w.create_element("activity-status").with_attribute(("code", status_code(&p.status))).write_empty()?;
            w.create_element("activity-date")
                .with_attribute(("type", "1"))
                .with_attribute(("iso-date", p.start.as_str()))
                .write_empty()?;
            if start <= today {
                w.create_element("activity-date")
                    .with_attribute(("type", "2"))
                    .with_attribute(("iso-date", p.start.as_str()))
                    .write_empty()?;
            }
            w.create_element("activity-date")
                .with_attribute(("type", "3"))
                .with_attribute(("iso-date", p.end.as_str()))
                .write_empty()?;
            let n = p.countries.len();
            for (i, cc) in p.countries.iter().enumerate() {
                let mut e = w.create_element("recipient-country").with_attribute(("code", cc.as_str()));
                let share;
                if n > 1 {
                    // shares in whole percent adding up to 100
                    share = (100 / n + usize::from(i < 100 % n)).to_string();
                    e = e.with_attribute(("percentage", share.as_str()));
                }
                e.write_empty()?;
            }
            for m in &places {
                w.create_element("location").write_inner_content(|w| {
                    w.create_element("location-reach").with_attribute(("code", "1")).write_empty()?;
                    narrative(w, "name", &m.name_latn)?;
                    w.create_element("administrative")
                        .with_attribute(("vocabulary", "G1"))
                        .with_attribute(("level", "2"))
                        .with_attribute(("code", m.key.as_str()))
                        .write_empty()?;
                    Ok::<(), std::io::Error>(())
                })?;
            }
            // DAC 3-digit 151: government and civil society (a CSO's project, until projects carry a sector)
            w.create_element("sector")
                .with_attribute(("vocabulary", "2"))
                .with_attribute(("code", "151"))
                .write_empty()?;
            for (a, b, amount) in budget_periods(start, end, budget) {
                let (a, b) = (a.to_string(), b.to_string());
                w.create_element("budget")
                    .with_attribute(("type", "1"))
                    .with_attribute(("status", "1"))
                    .write_inner_content(|w| {
                        w.create_element("period-start").with_attribute(("iso-date", a.as_str())).write_empty()?;
                        w.create_element("period-end").with_attribute(("iso-date", b.as_str())).write_empty()?;
                        value(w, &format!("{amount:.2}"), &p.currency, &a)?;
                        Ok::<(), std::io::Error>(())
                    })?;
            }
            for t in &tx_rows {
                transaction(w, t)?;
            }
            for node in lf.iter().filter(|n| n.level != "activity") {
                let inds: Vec<_> = figures.iter().filter(|f| f.level == node.ref_).collect();
                if inds.is_empty() {
                    continue;
                }
                // output (1) for a result, outcome (2) for an objective, impact (3) for the goal
                let kind = match node.level.as_str() {
                    "result" => "1",
                    "objective" => "2",
                    _ => "3",
                };
                w.create_element("result").with_attribute(("type", kind)).write_inner_content(|w| {
                    narrative(w, "title", &format!("{} {}", node.ref_, node.text))?;
                    for f in &inds {
                        let measure = match f.unit.as_str() {
                            "count" => "1",
                            "percent" => "2",
                            _ => "5",
                        };
                        w.create_element("indicator").with_attribute(("measure", measure)).write_inner_content(
                            |w| {
                                narrative(w, "title", &format!("{} {}", f.ref_, f.text))?;
                                if let Some(b) = &f.values.baseline {
                                    let date = baseline_dates.get(&f.ref_).cloned().unwrap_or_else(|| p.start.clone());
                                    let year = date.get(..4).unwrap_or("2000").to_string();
                                    w.create_element("baseline")
                                        .with_attribute(("year", year.as_str()))
                                        .with_attribute(("iso-date", date.as_str()))
                                        .with_attribute(("value", b.as_str()))
                                        .write_empty()?;
                                }
                                let mut from = start;
                                for (period_end, target) in targets.get(&f.ref_).map(Vec::as_slice).unwrap_or(&[]) {
                                    let Ok(to) = NaiveDate::parse_from_str(period_end, "%Y-%m-%d") else { continue };
                                    if to < from {
                                        continue;
                                    }
                                    let achieved = if from <= today {
                                        crate::logframe::indicator_figures(db, &pid, from, to.min(today))
                                            .ok()
                                            .and_then(|v| v.into_iter().find(|x| x.ref_ == f.ref_))
                                            .and_then(|x| x.values.achieved_period)
                                    } else {
                                        None
                                    };
                                    let (a, b) = (from.to_string(), to.to_string());
                                    w.create_element("period").write_inner_content(|w| {
                                        w.create_element("period-start")
                                            .with_attribute(("iso-date", a.as_str()))
                                            .write_empty()?;
                                        w.create_element("period-end")
                                            .with_attribute(("iso-date", b.as_str()))
                                            .write_empty()?;
                                        w.create_element("target")
                                            .with_attribute(("value", target.as_str()))
                                            .write_empty()?;
                                        if let Some(v) = &achieved {
                                            let dims = disaggregations.get(&f.ref_).cloned().unwrap_or_default();
                                            let e = w.create_element("actual").with_attribute(("value", v.as_str()));
                                            if dims.is_empty() {
                                                e.write_empty()?;
                                            } else {
                                                e.write_inner_content(|w| {
                                                    for d in &dims {
                                                        w.create_element("dimension")
                                                            .with_attribute(("name", d.as_str()))
                                                            .write_empty()?;
                                                    }
                                                    Ok::<(), std::io::Error>(())
                                                })?;
                                            }
                                        }
                                        Ok::<(), std::io::Error>(())
                                    })?;
                                    from = to.succ_opt().unwrap_or(to);
                                }
                                Ok::<(), std::io::Error>(())
                            },
                        )?;
                    }
                    Ok::<(), std::io::Error>(())
                })?;
            }
            Ok::<(), std::io::Error>(())
        })?;
        Ok::<(), std::io::Error>(())
    })
    .map_err(io)?;
    Ok(w.into_inner().into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_in_periods_of_at_most_a_year_adds_up_to_the_cent() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let periods = budget_periods(d("2015-01-01"), d("2016-06-30"), Decimal::from_str("100000.00").unwrap());
        assert_eq!(periods.len(), 2);
        assert_eq!((periods[0].0, periods[0].1), (d("2015-01-01"), d("2015-12-31")));
        assert_eq!((periods[1].0, periods[1].1), (d("2016-01-01"), d("2016-06-30")));
        // 365 of 547 days: 66 727.61, the rest 33 272.39
        assert_eq!(periods[0].2.to_string(), "66727.61");
        assert_eq!(periods[1].2.to_string(), "33272.39");
        let one = budget_periods(d("2015-03-01"), d("2015-09-30"), Decimal::from_str("10.00").unwrap());
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].2.to_string(), "10.00");
    }
}
