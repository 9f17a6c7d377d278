//! How people, households and consents are stored.

use crate::package::{Beneficiary, Consent, Household};
use crate::record::{col, Table};

pub static BENEFICIARIES: Table<Beneficiary> = Table {
    name: "beneficiaries",
    key: &["owner_org_id", "code"],
    ident: Some("ref"),
    columns: &[
        col!(Beneficiary, "ref", ref_),
        col!(Beneficiary, "kind", kind),
        col!(Beneficiary, "code", code),
        col!(Beneficiary, "first_name", first_name),
        col!(Beneficiary, "last_name", last_name),
        col!(Beneficiary, "gender", gender),
        col!(Beneficiary, "birth_year", birth_year),
        col!(Beneficiary, "country", country),
        col!(Beneficiary, "municipality", municipality),
        col!(Beneficiary, "settlement", settlement),
        col!(Beneficiary, "household_id", household, ref "households"),
        col!(Beneficiary, "ethnicity", ethnicity),
        col!(Beneficiary, "disability", disability),
        col!(Beneficiary, "organisation_id", organisation, ref "organisations"),
    ],
    given: &["owner_org_id", "search_key", "position", "home_project_id"],
    app_only: &["age_band", "contact", "vulnerability"],
    order: "position, code",
};

pub static HOUSEHOLDS: Table<Household> = Table {
    name: "households",
    key: &["owner_org_id", "code"],
    ident: Some("ref"),
    columns: &[
        col!(Household, "ref", ref_),
        col!(Household, "code", code),
        col!(Household, "size", size),
        col!(Household, "municipality", municipality),
    ],
    given: &["owner_org_id", "position", "home_project_id"],
    app_only: &[],
    order: "position, code",
};

pub static CONSENTS: Table<Consent> = Table {
    name: "consents",
    key: &["beneficiary_id"],
    ident: None,
    columns: &[col!(Consent, "date", date), col!(Consent, "purposes", purposes), col!(Consent, "withdrawn", withdrawn)],
    given: &["beneficiary_id"],
    app_only: &["recorded_by"],
    order: "id",
};
