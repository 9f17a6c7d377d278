//! Checks a package before anything is written: first against the published JSON Schema
//! (`schema/package.schema.json`), then the rules a schema cannot say (real dates, ISO codes,
//! references, sums of shares, money decimals). Every problem is an `Issue` at a JSON path.

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value as Json;

use super::types::*;
use crate::money::{is_country, is_currency, parse_decimal, Money, MoneyError};

/// The published JSON Schema of the package.
pub const SCHEMA: &str = include_str!("../../../../schema/package.schema.json");

/// One problem in a package: where, what (a stable code) and the details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    pub path: String,
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
}

/// Every issue code; each has a message `package-<code>` in every locale.
pub const ISSUE_CODES: &[&str] = &[
    "missing-field",
    "unknown-field",
    "wrong-type",
    "invalid-value",
    "invalid-format",
    "out-of-range",
    "invalid-date",
    "end-before-start",
    "duplicate-ref",
    "unknown-ref",
    "unknown-currency",
    "unknown-country",
    "funding-not-one",
    "shares-over-one",
    "zero-amount",
    "negative-amount",
    "too-many-decimals",
    "not-positive",
];

impl Issue {
    fn new(path: impl Into<String>, code: &'static str, args: Vec<(&'static str, String)>) -> Issue {
        Issue { path: path.into(), code, args }
    }
}

/// Compile the schema now (it is compiled once per process, on first use).
pub fn warm_up() {
    validator();
}

fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        let schema: Json = serde_json::from_str(SCHEMA).expect("the package schema is JSON");
        jsonschema::validator_for(&schema).expect("the package schema is a valid JSON Schema")
    })
}

/// `/projects/0/code` → `projects[0].code`
pub fn json_path(pointer: &str) -> String {
    let mut out = String::new();
    for seg in pointer.split('/').skip(1) {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{seg}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&seg);
        }
    }
    out
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

fn short(v: &Json) -> String {
    let s = match v {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    };
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s
    }
}

/// Validate a parsed document; on success return the typed package.
pub fn validate(doc: &Json) -> Result<Package, Vec<Issue>> {
    use jsonschema::error::ValidationErrorKind as K;
    let mut issues = Vec::new();
    // The quick yes/no first: collecting errors is several times slower.
    let errors = if validator().is_valid(doc) { None } else { Some(validator().iter_errors(doc)) };
    for e in errors.into_iter().flatten() {
        let path = json_path(e.instance_path().as_str());
        let value = short(e.instance());
        match e.kind() {
            K::AdditionalProperties { unexpected } => {
                for f in unexpected {
                    issues.push(Issue::new(join(&path, f), "unknown-field", vec![("field", f.to_string())]));
                }
            }
            K::Required { property } => {
                let f = property.as_str().unwrap_or_default().to_string();
                issues.push(Issue::new(join(&path, &f), "missing-field", vec![("field", f)]));
            }
            K::Type { kind } => {
                // the JSON type names (`string`, `number`, …), several as `string/null`
                let expected = match kind {
                    jsonschema::error::TypeKind::Single(t) => t.to_string(),
                    jsonschema::error::TypeKind::Multiple(set) => {
                        set.iter().map(|t| t.as_str()).collect::<Vec<_>>().join("/")
                    }
                };
                issues.push(Issue::new(path, "wrong-type", vec![("expected", expected), ("value", value)]))
            }
            K::Enum { options } => issues.push(Issue::new(
                path,
                "invalid-value",
                vec![("value", value), ("allowed", allowed(options.as_ref()))],
            )),
            K::Constant { expected_value } => issues.push(Issue::new(
                path,
                "invalid-value",
                vec![("value", value), ("allowed", short(expected_value.as_ref()))],
            )),
            K::Pattern { .. } | K::Format { .. } | K::MinLength { .. } | K::MaxLength { .. } => {
                issues.push(Issue::new(path, "invalid-format", vec![("value", value)]))
            }
            K::Minimum { .. } | K::Maximum { .. } | K::ExclusiveMinimum { .. } | K::ExclusiveMaximum { .. } => {
                issues.push(Issue::new(path, "out-of-range", vec![("value", value)]))
            }
            _ => issues.push(Issue::new(path, "invalid-value", vec![("value", value), ("allowed", String::new())])),
        }
    }
    if !issues.is_empty() {
        return Err(issues);
    }
    let pkg: Package = match serde_path_to_error::deserialize(doc) {
        Ok(p) => p,
        Err(e) => {
            let path = e.path().to_string().replace(".[", "[");
            let path = if path == "." { String::new() } else { path };
            return Err(vec![Issue::new(
                path,
                "invalid-value",
                vec![("value", e.into_inner().to_string()), ("allowed", String::new())],
            )]);
        }
    };
    rules(&pkg)?;
    Ok(pkg)
}

/// Whether a document passes the published schema (the quick yes/no; `validate` says why not).
pub fn schema_ok(doc: &Json) -> bool {
    validator().is_valid(doc)
}

/// The rules a schema cannot say, on a typed package.
pub fn rules(pkg: &Package) -> Result<(), Vec<Issue>> {
    let mut c = Checker::default();
    c.package(pkg);
    if c.issues.is_empty() {
        Ok(())
    } else {
        Err(c.issues)
    }
}

fn allowed(options: &Json) -> String {
    match options {
        Json::Array(a) => a.iter().map(short).collect::<Vec<_>>().join(", "),
        other => short(other),
    }
}

#[derive(Default)]
struct Checker {
    issues: Vec<Issue>,
}

/// Refs of one list: the first path at which each was seen.
type RefSet = HashSet<String>;

impl Checker {
    fn push(&mut self, path: String, code: &'static str, args: Vec<(&'static str, String)>) {
        self.issues.push(Issue::new(path, code, args));
    }

    fn date(&mut self, path: String, s: &str) -> Option<NaiveDate> {
        match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) if s.len() == 10 => Some(d),
            _ => {
                self.push(path, "invalid-date", vec![("value", s.to_string())]);
                None
            }
        }
    }

    fn opt_date(&mut self, path: String, s: &Option<String>) -> Option<NaiveDate> {
        s.as_deref().and_then(|s| self.date(path, s))
    }

    fn range(&mut self, path: String, start: Option<NaiveDate>, end: Option<NaiveDate>) {
        if let (Some(a), Some(b)) = (start, end) {
            if b < a {
                self.push(path, "end-before-start", vec![("start", a.to_string()), ("end", b.to_string())]);
            }
        }
    }

    fn currency(&mut self, path: String, s: &str) -> bool {
        if is_currency(s) {
            return true;
        }
        self.push(path, "unknown-currency", vec![("value", s.to_string())]);
        false
    }

    fn country(&mut self, path: String, s: &str) {
        if !is_country(s) {
            self.push(path, "unknown-country", vec![("value", s.to_string())]);
        }
    }

    fn decimal(&mut self, path: &str, s: &str) -> Option<Decimal> {
        match parse_decimal(s) {
            Some(d) => Some(d),
            None => {
                self.push(path.to_string(), "invalid-format", vec![("value", s.to_string())]);
                None
            }
        }
    }

    fn non_negative(&mut self, path: String, s: &str) -> Option<Decimal> {
        let d = self.decimal(&path, s)?;
        if d.is_sign_negative() && !d.is_zero() {
            self.push(path, "negative-amount", vec![("value", s.to_string())]);
        }
        Some(d)
    }

    fn positive(&mut self, path: String, s: &str) {
        if let Some(d) = self.decimal(&path, s) {
            if d <= Decimal::ZERO {
                self.push(path, "not-positive", vec![("value", s.to_string())]);
            }
        }
    }

    fn share(&mut self, path: String, s: &str) -> Option<Decimal> {
        let d = self.decimal(&path, s)?;
        if d < Decimal::ZERO || d > Decimal::ONE {
            self.push(path, "out-of-range", vec![("value", s.to_string())]);
        }
        Some(d)
    }

    /// An amount of money in `currency` (known valid or not).
    fn money(&mut self, path: String, amount: &str, currency: &str, non_negative: bool) -> Option<Money> {
        match Money::parse(amount, currency) {
            Ok(m) => {
                if non_negative && m.minor < 0 {
                    self.push(path, "negative-amount", vec![("value", amount.to_string())]);
                }
                Some(m)
            }
            Err(MoneyError::TooManyDecimals { digits }) => {
                self.push(
                    path,
                    "too-many-decimals",
                    vec![
                        ("value", amount.to_string()),
                        ("currency", currency.to_string()),
                        ("digits", digits.to_string()),
                    ],
                );
                None
            }
            Err(MoneyError::UnknownCurrency) => None, // reported at the currency
            Err(MoneyError::NotDecimal) | Err(MoneyError::TooLarge) => {
                self.push(path, "invalid-format", vec![("value", amount.to_string())]);
                None
            }
        }
    }

    fn unique(&mut self, set: &mut RefSet, path: String, r: &str) {
        if !set.insert(r.to_string()) {
            self.push(path, "duplicate-ref", vec![("ref", r.to_string())]);
        }
    }

    fn known(&mut self, set: &RefSet, path: String, r: &str) {
        if !set.contains(r) {
            self.push(path, "unknown-ref", vec![("ref", r.to_string())]);
        }
    }

    fn package(&mut self, p: &Package) {
        let mut orgs = RefSet::new();
        let o = &p.organisation;
        orgs.insert(o.ref_.clone());
        self.country("organisation.country".into(), &o.country);
        self.currency("organisation.base_currency".into(), &o.base_currency);
        for (i, org) in p.organisations.iter().enumerate() {
            let at = format!("organisations[{i}]");
            self.unique(&mut orgs, format!("{at}.ref"), &org.ref_);
            if let Some(c) = &org.country {
                self.country(format!("{at}.country"), c);
            }
        }
        for (i, r) in p.exchange_rates.iter().enumerate() {
            let at = format!("exchange_rates[{i}]");
            self.date(format!("{at}.date"), &r.date);
            self.currency(format!("{at}.from"), &r.from);
            self.currency(format!("{at}.to"), &r.to);
            self.positive(format!("{at}.rate"), &r.rate);
        }
        let mut households = RefSet::new();
        let mut household_codes = RefSet::new();
        for (i, h) in p.households.iter().enumerate() {
            let at = format!("households[{i}]");
            self.unique(&mut households, format!("{at}.ref"), &h.ref_);
            self.unique(&mut household_codes, format!("{at}.code"), &h.code);
            if h.size < 1 {
                self.push(format!("{at}.size"), "out-of-range", vec![("value", h.size.to_string())]);
            }
        }
        let mut people = RefSet::new();
        let mut codes = RefSet::new();
        let this_year = chrono::Local::now().year() as i64;
        for (i, b) in p.beneficiaries.iter().enumerate() {
            let at = format!("beneficiaries[{i}]");
            self.unique(&mut people, format!("{at}.ref"), &b.ref_);
            self.unique(&mut codes, format!("{at}.code"), &b.code);
            if let Some(y) = b.birth_year {
                if !(1900..=this_year).contains(&y) {
                    self.push(format!("{at}.birth_year"), "out-of-range", vec![("value", y.to_string())]);
                }
            }
            if let Some(c) = &b.country {
                self.country(format!("{at}.country"), c);
            }
            if let Some(h) = &b.household {
                self.known(&households, format!("{at}.household"), h);
            }
            if let Some(org) = &b.organisation {
                self.known(&orgs, format!("{at}.organisation"), org);
            }
            if let Some(c) = &b.consent {
                let d = self.date(format!("{at}.consent.date"), &c.date);
                let w = self.opt_date(format!("{at}.consent.withdrawn"), &c.withdrawn);
                self.range(format!("{at}.consent.withdrawn"), d, w);
            }
        }
        let mut projects = RefSet::new();
        let mut project_codes = RefSet::new();
        for (i, pr) in p.projects.iter().enumerate() {
            let at = format!("projects[{i}]");
            self.unique(&mut projects, format!("{at}.ref"), &pr.ref_);
            self.unique(&mut project_codes, format!("{at}.code"), &pr.code);
            self.project(&at, pr, &orgs, &people);
        }
    }

    fn project(&mut self, at: &str, p: &Project, orgs: &RefSet, people: &RefSet) {
        let s = self.date(format!("{at}.start"), &p.start);
        let e = self.date(format!("{at}.end"), &p.end);
        self.range(format!("{at}.end"), s, e);
        let currency_ok = self.currency(format!("{at}.currency"), &p.currency);
        self.known(orgs, format!("{at}.lead"), &p.lead);
        for (i, partner) in p.partners.iter().enumerate() {
            self.known(orgs, format!("{at}.partners[{i}].organisation"), &partner.organisation);
        }
        for (i, c) in p.countries.iter().enumerate() {
            self.country(format!("{at}.countries[{i}]"), c);
        }
        let mut grants = RefSet::new();
        for (i, g) in p.grants.iter().enumerate() {
            let gat = format!("{at}.grants[{i}]");
            self.unique(&mut grants, format!("{gat}.ref"), &g.ref_);
            self.known(orgs, format!("{gat}.donor"), &g.donor);
            if self.currency(format!("{gat}.currency"), &g.currency) {
                self.money(format!("{gat}.amount"), &g.amount, &g.currency, true);
            }
            let s = self.date(format!("{gat}.start"), &g.start);
            let e = self.date(format!("{gat}.end"), &g.end);
            self.range(format!("{gat}.end"), s, e);
            if let Some(r) = &g.cofinancing_rate {
                self.share(format!("{gat}.cofinancing_rate"), r);
            }
            if let Some(r) = &g.indirect_rate {
                self.share(format!("{gat}.indirect_rate"), r);
            }
            if let Some(r) = &g.contract_rate {
                self.positive(format!("{gat}.contract_rate"), r);
            }
            for (j, rep) in g.reports.iter().enumerate() {
                let rat = format!("{gat}.reports[{j}]");
                let s = self.date(format!("{rat}.period_start"), &rep.period_start);
                let e = self.date(format!("{rat}.period_end"), &rep.period_end);
                self.range(format!("{rat}.period_end"), s, e);
                self.date(format!("{rat}.due"), &rep.due);
            }
        }
        let mut work_packages = RefSet::new();
        for (i, wp) in p.work_packages.iter().enumerate() {
            self.unique(&mut work_packages, format!("{at}.work_packages[{i}].ref"), &wp.ref_);
        }
        // Logframe
        let mut nodes = RefSet::new();
        let mut results = RefSet::new();
        let mut indicators = RefSet::new();
        if let Some(lf) = &p.logframe {
            let lat = format!("{at}.logframe");
            if let Some(g) = &lf.goal {
                self.unique(&mut nodes, format!("{lat}.goal.ref"), &g.ref_);
                self.indicators(&format!("{lat}.goal"), &g.indicators, &mut indicators);
            }
            for (i, o) in lf.objectives.iter().enumerate() {
                let oat = format!("{lat}.objectives[{i}]");
                self.unique(&mut nodes, format!("{oat}.ref"), &o.ref_);
                self.indicators(&oat, &o.indicators, &mut indicators);
                for (j, r) in o.results.iter().enumerate() {
                    let rat = format!("{oat}.results[{j}]");
                    self.unique(&mut nodes, format!("{rat}.ref"), &r.ref_);
                    results.insert(r.ref_.clone());
                    self.indicators(&rat, &r.indicators, &mut indicators);
                }
            }
            for (i, a) in lf.assumptions.iter().enumerate() {
                self.known(&nodes, format!("{lat}.assumptions[{i}].level"), &a.level);
            }
        }
        // Budget
        let mut lines = RefSet::new();
        if let Some(b) = &p.budget {
            for (i, l) in b.lines.iter().enumerate() {
                let bat = format!("{at}.budget.lines[{i}]");
                self.unique(&mut lines, format!("{bat}.ref"), &l.ref_);
                self.non_negative(format!("{bat}.quantity"), &l.quantity);
                if currency_ok {
                    self.money(format!("{bat}.unit_cost"), &l.unit_cost, &p.currency, true);
                }
                let mut sum = Decimal::ZERO;
                for (j, f) in l.funding.iter().enumerate() {
                    if let Some(g) = &f.grant {
                        self.known(&grants, format!("{bat}.funding[{j}].grant"), g);
                    }
                    sum += self.share(format!("{bat}.funding[{j}].share"), &f.share).unwrap_or_default();
                }
                if !l.funding.is_empty() && sum != Decimal::ONE {
                    self.push(format!("{bat}.funding"), "funding-not-one", vec![("sum", sum.normalize().to_string())]);
                }
            }
        }
        // Activities
        let mut activities = RefSet::new();
        for (i, a) in p.activities.iter().enumerate() {
            let aat = format!("{at}.activities[{i}]");
            self.unique(&mut activities, format!("{aat}.ref"), &a.ref_);
            if let Some(r) = &a.result {
                self.known(&results, format!("{aat}.result"), r);
            }
            if let Some(w) = &a.work_package {
                self.known(&work_packages, format!("{aat}.work_package"), w);
            }
            let ps = self.opt_date(format!("{aat}.planned_start"), &a.planned_start);
            let pe = self.opt_date(format!("{aat}.planned_end"), &a.planned_end);
            self.range(format!("{aat}.planned_end"), ps, pe);
            let xs = self.opt_date(format!("{aat}.actual_start"), &a.actual_start);
            let xe = self.opt_date(format!("{aat}.actual_end"), &a.actual_end);
            self.range(format!("{aat}.actual_end"), xs, xe);
            if let Some(c) = &a.country {
                self.country(format!("{aat}.country"), c);
            }
            let mut seen = RefSet::new();
            for (j, b) in a.attendance.iter().enumerate() {
                self.known(people, format!("{aat}.attendance[{j}]"), b);
                self.unique(&mut seen, format!("{aat}.attendance[{j}]"), b);
            }
            for (j, h) in a.headcount.iter().enumerate() {
                if h.count < 1 {
                    self.push(
                        format!("{aat}.headcount[{j}].count"),
                        "out-of-range",
                        vec![("value", h.count.to_string())],
                    );
                }
            }
            for (j, l) in a.budget_lines.iter().enumerate() {
                self.known(&lines, format!("{aat}.budget_lines[{j}]"), l);
            }
        }
        for (i, s) in p.services.iter().enumerate() {
            let sat = format!("{at}.services[{i}]");
            self.known(people, format!("{sat}.beneficiary"), &s.beneficiary);
            self.date(format!("{sat}.date"), &s.date);
            if let Some(a) = &s.activity {
                self.known(&activities, format!("{sat}.activity"), a);
            }
            if let Some(q) = &s.quantity {
                self.non_negative(format!("{sat}.quantity"), q);
            }
            if let (Some(v), true) = (&s.value, currency_ok) {
                self.money(format!("{sat}.value"), v, &p.currency, true);
            }
        }
        let mut txs = RefSet::new();
        for (i, t) in p.transactions.iter().enumerate() {
            let tat = format!("{at}.transactions[{i}]");
            self.unique(&mut txs, format!("{tat}.ref"), &t.ref_);
            self.opt_date(format!("{tat}.invoice_date"), &t.invoice_date);
            self.opt_date(format!("{tat}.booking_date"), &t.booking_date);
            self.opt_date(format!("{tat}.payment_date"), &t.payment_date);
            if self.currency(format!("{tat}.currency"), &t.currency) {
                if let Some(m) = self.money(format!("{tat}.amount"), &t.amount, &t.currency, false) {
                    if m.minor == 0 {
                        self.push(format!("{tat}.amount"), "zero-amount", vec![("value", t.amount.clone())]);
                    }
                }
            }
            if let Some(r) = &t.rate {
                self.positive(format!("{tat}.rate"), r);
            }
            if let Some(l) = &t.budget_line {
                self.known(&lines, format!("{tat}.budget_line"), l);
            }
            let mut sum = Decimal::ZERO;
            for (j, g) in t.grants.iter().enumerate() {
                self.known(&grants, format!("{tat}.grants[{j}].grant"), &g.grant);
                sum += self.share(format!("{tat}.grants[{j}].share"), &g.share).unwrap_or_default();
            }
            if sum > Decimal::ONE {
                self.push(format!("{tat}.grants"), "shares-over-one", vec![("sum", sum.normalize().to_string())]);
            }
            if let Some(pa) = &t.partner {
                self.known(orgs, format!("{tat}.partner"), pa);
            }
        }
        let mut subgrants = RefSet::new();
        for (i, s) in p.subgrants.iter().enumerate() {
            let sat = format!("{at}.subgrants[{i}]");
            self.unique(&mut subgrants, format!("{sat}.ref"), &s.ref_);
            self.known(orgs, format!("{sat}.grantee"), &s.grantee);
            if let Some(g) = &s.grant {
                self.known(&grants, format!("{sat}.grant"), g);
            }
            let cur_ok = self.currency(format!("{sat}.currency"), &s.currency);
            if cur_ok {
                self.money(format!("{sat}.amount"), &s.amount, &s.currency, true);
            }
            let st = self.date(format!("{sat}.start"), &s.start);
            let en = self.date(format!("{sat}.end"), &s.end);
            self.range(format!("{sat}.end"), st, en);
            for (j, t) in s.tranches.iter().enumerate() {
                self.date(format!("{sat}.tranches[{j}].date"), &t.date);
                if cur_ok {
                    self.money(format!("{sat}.tranches[{j}].amount"), &t.amount, &s.currency, true);
                }
            }
            for (j, r) in s.results.iter().enumerate() {
                self.known(&results, format!("{sat}.results[{j}]"), r);
            }
        }
    }

    fn indicators(&mut self, at: &str, list: &[Indicator], seen: &mut RefSet) {
        for (i, ind) in list.iter().enumerate() {
            let iat = format!("{at}.indicators[{i}]");
            self.unique(seen, format!("{iat}.ref"), &ind.ref_);
            let numeric = matches!(ind.unit.as_str(), "count" | "percent");
            if let Some(b) = &ind.baseline {
                if numeric {
                    self.decimal(&format!("{iat}.baseline.value"), &b.value);
                }
                self.opt_date(format!("{iat}.baseline.date"), &b.date);
            }
            for (j, t) in ind.targets.iter().enumerate() {
                self.date(format!("{iat}.targets[{j}].period_end"), &t.period_end);
                if numeric {
                    self.decimal(&format!("{iat}.targets[{j}].value"), &t.value);
                }
            }
            for (j, m) in ind.measurements.iter().enumerate() {
                self.date(format!("{iat}.measurements[{j}].date"), &m.date);
                if numeric {
                    self.decimal(&format!("{iat}.measurements[{j}].value"), &m.value);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_pointer_becomes_a_readable_path() {
        assert_eq!(json_path("/projects/0/transactions/17/budget_line"), "projects[0].transactions[17].budget_line");
        assert_eq!(json_path(""), "");
        assert_eq!(json_path("/organisation"), "organisation");
    }
}
