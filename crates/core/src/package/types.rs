//! The project package, version 1 (`shared/spec/package.md`), as Rust types. Field names are
//! the contract; decimals stay strings here and are checked in `validate`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// An optional list may be absent or `null`: both mean empty.
fn null_as_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

pub const FORMAT: &str = "tessera-project-package";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Package {
    pub format: String,
    pub version: u32,
    pub organisation: SelfOrganisation,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub organisations: Vec<Organisation>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub exchange_rates: Vec<ExchangeRate>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub beneficiaries: Vec<Beneficiary>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub households: Vec<Household>,
    pub projects: Vec<Project>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfOrganisation {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub name: String,
    #[serde(default)]
    pub short_name: Option<String>,
    pub country: String,
    pub base_currency: String,
    #[serde(default)]
    pub registration_no: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub iati_org_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub name: String,
    #[serde(default)]
    pub country: Option<String>,
    pub kind: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExchangeRate {
    pub date: String,
    pub from: String,
    pub to: String,
    pub rate: String,
    pub source: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Beneficiary {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub kind: String,
    pub code: String,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub gender: Option<String>,
    #[serde(default)]
    pub birth_year: Option<i64>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub municipality: Option<String>,
    #[serde(default)]
    pub settlement: Option<String>,
    #[serde(default)]
    pub household: Option<String>,
    #[serde(default)]
    pub ethnicity: Option<String>,
    #[serde(default)]
    pub disability: Option<bool>,
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub consent: Option<Consent>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub date: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub purposes: Vec<String>,
    #[serde(default)]
    pub withdrawn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub code: String,
    pub size: i64,
    #[serde(default)]
    pub municipality: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub code: String,
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    pub start: String,
    pub end: String,
    pub status: String,
    pub currency: String,
    pub lead: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub partners: Vec<Partner>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub countries: Vec<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub grants: Vec<Grant>,
    /// Work packages (an addition to version 1: absent means none).
    #[serde(default, deserialize_with = "null_as_empty", skip_serializing_if = "Vec::is_empty")]
    pub work_packages: Vec<WorkPackage>,
    #[serde(default)]
    pub logframe: Option<Logframe>,
    #[serde(default)]
    pub budget: Option<Budget>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub activities: Vec<Activity>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub services: Vec<Service>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub transactions: Vec<Transaction>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub subgrants: Vec<Subgrant>,
}

/// A work package of a project (WP1 Management, WP2 Capacity building, …): activities name
/// the one they belong to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkPackage {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub title: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub organisation: String,
    pub role: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grant {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub donor: String,
    #[serde(default)]
    pub programme: Option<String>,
    #[serde(default)]
    pub contract_no: Option<String>,
    pub amount: String,
    pub currency: String,
    pub start: String,
    pub end: String,
    #[serde(default)]
    pub cofinancing_rate: Option<String>,
    #[serde(default)]
    pub indirect_rate: Option<String>,
    pub exchange_rule: String,
    #[serde(default)]
    pub contract_rate: Option<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub reports: Vec<GrantReport>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantReport {
    pub kind: String,
    pub period_start: String,
    pub period_end: String,
    pub due: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logframe {
    #[serde(default)]
    pub goal: Option<LogframeGoal>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub objectives: Vec<Objective>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub assumptions: Vec<Assumption>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogframeGoal {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub indicators: Vec<Indicator>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub results: Vec<LogframeResult>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogframeResult {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub text: String,
    pub unit: String,
    pub aggregation: String,
    #[serde(default)]
    pub baseline: Option<Baseline>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub targets: Vec<Target>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub measurements: Vec<Measurement>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub value: String,
    #[serde(default)]
    pub date: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub period_end: String,
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    pub date: String,
    pub value: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub disaggregation: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assumption {
    pub level: String,
    pub text: String,
    /// `risk` for a risk; absent (or `assumption`) for an assumption. An addition to version 1
    /// (optional, so packages without it are unchanged).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    #[serde(default, deserialize_with = "null_as_empty")]
    pub lines: Vec<BudgetLine>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub heading: String,
    pub description: String,
    #[serde(default)]
    pub unit: Option<String>,
    pub quantity: String,
    pub unit_cost: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub funding: Vec<Funding>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    pub grant: Option<String>,
    pub share: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    #[serde(rename = "ref")]
    pub ref_: String,
    #[serde(default)]
    pub result: Option<String>,
    /// The ref of its work package (an addition to version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_package: Option<String>,
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub planned_start: Option<String>,
    #[serde(default)]
    pub planned_end: Option<String>,
    #[serde(default)]
    pub actual_start: Option<String>,
    #[serde(default)]
    pub actual_end: Option<String>,
    pub status: String,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub municipality: Option<String>,
    #[serde(default)]
    pub venue: Option<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub attendance: Vec<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub headcount: Vec<Headcount>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub budget_lines: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Headcount {
    pub gender: String,
    pub age_band: String,
    pub count: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub beneficiary: String,
    pub date: String,
    pub kind: String,
    #[serde(default)]
    pub activity: Option<String>,
    #[serde(default)]
    pub quantity: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transaction {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub kind: String,
    #[serde(default)]
    pub invoice_date: Option<String>,
    #[serde(default)]
    pub booking_date: Option<String>,
    #[serde(default)]
    pub payment_date: Option<String>,
    pub amount: String,
    pub currency: String,
    #[serde(default)]
    pub rate: Option<String>,
    #[serde(default)]
    pub budget_line: Option<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub grants: Vec<TransactionGrant>,
    #[serde(default)]
    pub partner: Option<String>,
    #[serde(default)]
    pub payee: Option<String>,
    #[serde(default)]
    pub document_no: Option<String>,
    #[serde(default)]
    pub method: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransactionGrant {
    pub grant: String,
    pub share: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subgrant {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub grantee: String,
    #[serde(default)]
    pub grant: Option<String>,
    pub amount: String,
    pub currency: String,
    pub start: String,
    pub end: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub tranches: Vec<Tranche>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub results: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tranche {
    pub date: String,
    pub amount: String,
}
