//! The indicator figures (`reports.md`, "How every figure is computed"): achieved in a window
//! and cumulatively by the indicator's aggregation rule, final and period targets, percent of
//! target (also from the baseline), and the straight-line pace. One implementation for the
//! app, the command line, the report JSON and the PDF.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// One measurement: its date and value as entered.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub date: NaiveDate,
    pub value: String,
}

/// One target: the end of its period and its value as entered.
#[derive(Debug, Clone, PartialEq)]
pub struct Targeted {
    pub period_end: NaiveDate,
    pub value: String,
}

/// What the rules need of an indicator. Measurements and targets in their recorded order.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorData {
    pub unit: String,
    pub aggregation: String,
    pub baseline: Option<String>,
    pub baseline_date: Option<NaiveDate>,
    pub targets: Vec<Targeted>,
    pub measurements: Vec<Measured>,
}

/// An indicator's figures for a window `[from, to]` — the `indicators` section of the report
/// data, key for key.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct IndicatorFigures {
    #[serde(rename = "ref")]
    pub ref_: String,
    /// The `ref` of the goal, objective or result it measures.
    pub level: String,
    pub text: String,
    pub unit: String,
    pub aggregation: String,
    /// Its figures, keys inline after the names.
    #[serde(flatten)]
    pub values: Figures,
}

/// Whether values of this unit are numbers (counts and percentages; yes/no and text are not).
pub fn is_numeric(unit: &str) -> bool {
    matches!(unit, "count" | "percent")
}

fn number(s: &str) -> Option<Decimal> {
    Decimal::from_str(s.trim()).ok()
}

/// A decimal as the figures show it: no trailing zeros (`214`, `12.5`).
fn shown(d: Decimal) -> String {
    d.normalize().to_string()
}

/// A percentage rounded half away from zero to one decimal (`107.0`).
pub fn percent(part: Decimal, whole: Decimal) -> Option<String> {
    if whole.is_zero() {
        return None;
    }
    let mut p = (part / whole * Decimal::ONE_HUNDRED).round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
    p.rescale(1);
    Some(p.to_string())
}

/// The measurements' aggregate by the indicator's rule: `sum` adds them, `latest` takes the
/// one with the latest date (the last recorded of that date), `max` the largest; none gives
/// `None`. Values that are not numbers are only ever taken as the latest.
pub fn aggregate(unit: &str, aggregation: &str, measurements: &[&Measured]) -> Option<String> {
    let latest = measurements.iter().enumerate().max_by_key(|(i, m)| (m.date, *i)).map(|(_, m)| *m)?;
    if !is_numeric(unit) {
        return Some(latest.value.clone());
    }
    let nums: Vec<Decimal> = measurements.iter().filter_map(|m| number(&m.value)).collect();
    let v = match aggregation {
        "sum" => nums.iter().sum(),
        "max" => nums.iter().copied().max()?,
        _ => number(&latest.value)?,
    };
    Some(shown(v))
}

impl IndicatorData {
    /// The target with the latest `period_end` (the last recorded of that date).
    pub fn final_target(&self) -> Option<&Targeted> {
        self.targets.iter().enumerate().max_by_key(|(i, t)| (t.period_end, *i)).map(|(_, t)| t)
    }

    /// The figures for the window `[from, to]` (cumulative: everything up to `to`).
    pub fn figures(&self, from: NaiveDate, to: NaiveDate) -> Figures {
        let period: Vec<&Measured> = self.measurements.iter().filter(|m| m.date >= from && m.date <= to).collect();
        let upto: Vec<&Measured> = self.measurements.iter().filter(|m| m.date <= to).collect();
        let achieved_cumulative = aggregate(&self.unit, &self.aggregation, &upto);
        let target_final = self.final_target().map(|t| t.value.clone());
        let target_in_period = self
            .targets
            .iter()
            .enumerate()
            .filter(|(_, t)| t.period_end >= from && t.period_end <= to)
            .max_by_key(|(i, t)| (t.period_end, *i))
            .map(|(_, t)| t.value.clone());
        let (mut of_target, mut from_baseline) = (None, None);
        if is_numeric(&self.unit) {
            let cum = achieved_cumulative.as_deref().and_then(number);
            let fin = target_final.as_deref().and_then(number);
            if let (Some(c), Some(f)) = (cum, fin) {
                of_target = percent(c, f);
                let b = self.baseline.as_deref().and_then(number).unwrap_or_default();
                from_baseline = percent(c - b, f - b);
            }
        }
        Figures {
            baseline: self.baseline.clone(),
            target_final,
            target_in_period,
            achieved_period: aggregate(&self.unit, &self.aggregation, &period),
            achieved_cumulative,
            percent_of_target: of_target,
            percent_of_target_from_baseline: from_baseline,
        }
    }

    /// The achievement over time, for the indicator's chart: on each day something was
    /// measured up to `to`, what is achieved cumulatively by then (the same rule as
    /// `achieved_cumulative`). Numeric indicators only; none otherwise.
    pub fn series(&self, to: NaiveDate) -> Vec<(NaiveDate, String)> {
        if !is_numeric(&self.unit) {
            return Vec::new();
        }
        let mut days: Vec<NaiveDate> = self.measurements.iter().map(|m| m.date).filter(|d| *d <= to).collect();
        days.sort();
        days.dedup();
        days.into_iter()
            .filter_map(|day| {
                let upto: Vec<&Measured> = self.measurements.iter().filter(|m| m.date <= day).collect();
                Some((day, aggregate(&self.unit, &self.aggregation, &upto)?))
            })
            .collect()
    }

    /// The straight-line expectation on `day`: from the baseline (at the baseline date, else
    /// `start`) to the final target at its `period_end`; `None` when it does not apply (no
    /// numeric target, not a number, no span).
    pub fn expected_on(&self, start: NaiveDate, day: NaiveDate) -> Option<Decimal> {
        if !is_numeric(&self.unit) {
            return None;
        }
        let target = self.final_target()?;
        let goal = number(&target.value)?;
        let base = self.baseline.as_deref().and_then(number).unwrap_or_default();
        let begin = self.baseline_date.unwrap_or(start);
        let span = (target.period_end - begin).num_days();
        if span <= 0 {
            return None;
        }
        let elapsed = (day - begin).num_days().clamp(0, span);
        Some(base + (goal - base) * Decimal::from(elapsed) / Decimal::from(span))
    }

    /// Whether the indicator is behind its straight-line pace on `day`: what is achieved up
    /// to then (by its rule; nothing counts as the baseline) is below the expectation.
    pub fn behind_on(&self, start: NaiveDate, day: NaiveDate) -> bool {
        let Some(expected) = self.expected_on(start, day) else { return false };
        let upto: Vec<&Measured> = self.measurements.iter().filter(|m| m.date <= day).collect();
        let base = self.baseline.as_deref().and_then(number).unwrap_or_default();
        let achieved = aggregate(&self.unit, &self.aggregation, &upto).as_deref().and_then(number).unwrap_or(base);
        let goal_up = self.final_target().and_then(|t| number(&t.value)).is_some_and(|g| g >= base);
        if goal_up {
            achieved < expected
        } else {
            achieved > expected
        }
    }
}

/// [`IndicatorData::figures`]: everything but the indicator's names.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Figures {
    pub baseline: Option<String>,
    pub target_final: Option<String>,
    pub target_in_period: Option<String>,
    pub achieved_period: Option<String>,
    pub achieved_cumulative: Option<String>,
    pub percent_of_target: Option<String>,
    pub percent_of_target_from_baseline: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_series_is_the_cumulative_figure_on_each_measured_day() {
        let sum = ind(
            "sum",
            Some("0"),
            &[("2016-12-31", "60")],
            &[("2015-06-30", "10"), ("2015-12-31", "14"), ("2015-06-30", "5"), ("2017-01-31", "9")],
        );
        let days = |s: Vec<(NaiveDate, String)>| s.into_iter().map(|(d, v)| (d.to_string(), v)).collect::<Vec<_>>();
        assert_eq!(
            days(sum.series(d("2016-12-31"))),
            [("2015-06-30".to_string(), "15".to_string()), ("2015-12-31".into(), "29".into())],
            "two measurements on one day count once as that day's point; after `to` nothing"
        );
        let max = ind("max", None, &[], &[("2015-01-31", "7"), ("2015-02-28", "4")]);
        assert_eq!(days(max.series(d("2015-12-31"))).last().unwrap().1, "7");
        let latest = ind("latest", None, &[], &[("2015-01-31", "7"), ("2015-02-28", "4")]);
        assert_eq!(days(latest.series(d("2015-12-31"))).last().unwrap().1, "4");
        let text = IndicatorData { unit: "text".into(), ..latest };
        assert!(text.series(d("2015-12-31")).is_empty());
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn ind(aggregation: &str, baseline: Option<&str>, targets: &[(&str, &str)], ms: &[(&str, &str)]) -> IndicatorData {
        IndicatorData {
            unit: "count".into(),
            aggregation: aggregation.into(),
            baseline: baseline.map(String::from),
            baseline_date: None,
            targets: targets.iter().map(|(p, v)| Targeted { period_end: d(p), value: v.to_string() }).collect(),
            measurements: ms.iter().map(|(p, v)| Measured { date: d(p), value: v.to_string() }).collect(),
        }
    }

    // Measurements 2015-03-31: 40, 2015-12-31: 60, 2016-06-30: 50, 2016-12-31: 64 (hand sums).
    const MS: &[(&str, &str)] =
        &[("2015-12-31", "60"), ("2015-03-31", "40"), ("2016-06-30", "50"), ("2016-12-31", "64")];
    const TS: &[(&str, &str)] = &[("2015-12-31", "80"), ("2016-12-31", "200")];

    #[test]
    fn sum_latest_and_max_in_the_period_and_cumulatively() {
        let (from, to) = (d("2016-01-01"), d("2016-06-30"));
        let sum = ind("sum", Some("0"), TS, MS).figures(from, to);
        assert_eq!(sum.achieved_period.as_deref(), Some("50"));
        assert_eq!(sum.achieved_cumulative.as_deref(), Some("150")); // 40 + 60 + 50
        let latest = ind("latest", Some("0"), TS, MS).figures(from, to);
        assert_eq!(latest.achieved_period.as_deref(), Some("50"));
        assert_eq!(latest.achieved_cumulative.as_deref(), Some("50")); // by date, not by order
        let max = ind("max", Some("0"), TS, MS).figures(from, to);
        assert_eq!(max.achieved_cumulative.as_deref(), Some("60"));
        // no measurement in the window
        let early = ind("sum", Some("0"), TS, MS).figures(d("2014-01-01"), d("2014-12-31"));
        assert_eq!((early.achieved_period, early.achieved_cumulative), (None, None));
        assert_eq!(early.percent_of_target, None);
    }

    #[test]
    fn targets_and_percentages_round_half_away_from_zero() {
        // final target 200 (latest period end); period target: the last ending in the window
        let f = ind("sum", Some("20"), TS, MS).figures(d("2015-01-01"), d("2015-12-31"));
        assert_eq!(f.target_final.as_deref(), Some("200"));
        assert_eq!(f.target_in_period.as_deref(), Some("80"));
        assert_eq!(f.achieved_cumulative.as_deref(), Some("100"));
        assert_eq!(f.percent_of_target.as_deref(), Some("50.0")); // 100 / 200
                                                                  // (100 − 20) / (200 − 20) = 44.444… → 44.4
        assert_eq!(f.percent_of_target_from_baseline.as_deref(), Some("44.4"));
        let g = ind("sum", Some("0"), &[("2016-12-31", "8")], &[("2016-01-01", "1")])
            .figures(d("2016-01-01"), d("2016-12-31"));
        assert_eq!(g.percent_of_target.as_deref(), Some("12.5"));
        assert_eq!(g.target_in_period.as_deref(), Some("8"));
        // 1 / 16 = 6.25 → 6.3 (half away from zero), 214 / 200 = 107.0
        let h =
            ind("sum", None, &[("2016-12-31", "16")], &[("2016-01-01", "1")]).figures(d("2016-01-01"), d("2016-12-31"));
        assert_eq!(h.percent_of_target.as_deref(), Some("6.3"));
        assert_eq!(h.percent_of_target_from_baseline.as_deref(), Some("6.3"));
        let k = ind("sum", Some("0"), &[("2016-12-31", "200")], &[("2016-01-01", "214")])
            .figures(d("2016-01-01"), d("2016-12-31"));
        assert_eq!(k.percent_of_target.as_deref(), Some("107.0"));
        // a zero target or a target equal to the baseline gives no percentage
        let z = ind("sum", Some("5"), &[("2016-12-31", "5")], &[("2016-01-01", "3")])
            .figures(d("2016-01-01"), d("2016-12-31"));
        assert_eq!(z.percent_of_target.as_deref(), Some("60.0"));
        assert_eq!(z.percent_of_target_from_baseline, None);
    }

    #[test]
    fn straight_line_pace() {
        // from 0 on 2015-01-01 to 200 on 2016-12-31 (730 days): on 2016-01-01 (365 days) 100 is expected
        let i = ind("sum", Some("0"), &[("2016-12-31", "200")], &[("2015-06-30", "40"), ("2015-12-31", "50")]);
        let start = d("2015-01-01");
        assert_eq!(i.expected_on(start, d("2016-01-01")), Some(Decimal::from(100)));
        assert!(i.behind_on(start, d("2016-01-01"))); // 90 < 100
        assert!(i.behind_on(start, d("2015-07-01"))); // 40 < 200 × 181 / 730 = 49.6
        assert!(!i.behind_on(start, start)); // nothing expected yet
        let ahead = ind("sum", Some("0"), &[("2016-12-31", "200")], &[("2015-06-30", "120")]);
        assert!(!ahead.behind_on(start, d("2016-01-01"))); // 120 ≥ 100
                                                           // a text indicator has no pace
        let mut t = ind("latest", None, &[("2016-12-31", "yes")], &[]);
        t.unit = "yes_no".into();
        assert_eq!(t.expected_on(start, d("2016-01-01")), None);
        assert!(!t.behind_on(start, d("2016-01-01")));
    }
}
