//! How the organisations directory is stored: the database owner and the other organisations
//! (partners, donors, sub-grantees, authorities) of the package.

use crate::package::{Organisation, SelfOrganisation};
use crate::record::{col, Table};

/// The organisation a package is about (the database owner, or a partner whose package this is).
pub static SELF: Table<SelfOrganisation> = Table {
    name: "organisations",
    key: &["is_self"],
    ident: Some("ref"),
    columns: &[
        col!(SelfOrganisation, "ref", ref_),
        col!(SelfOrganisation, "name", name),
        col!(SelfOrganisation, "short_name", short_name),
        col!(SelfOrganisation, "country", country),
        col!(SelfOrganisation, "base_currency", base_currency),
        col!(SelfOrganisation, "registration_no", registration_no),
        col!(SelfOrganisation, "address", address),
        col!(SelfOrganisation, "iati_org_id", iati_org_id),
    ],
    given: &["is_self", "kind", "owner_org_id"],
    app_only: &["fiscal_year_start", "logo_sha256"],
    order: "is_self DESC, id",
};

/// An entry of the directory.
pub static ORGANISATIONS: Table<Organisation> = Table {
    name: "organisations",
    key: &["ref", "is_self", "owner_org_id"],
    ident: Some("ref"),
    columns: &[
        col!(Organisation, "ref", ref_),
        col!(Organisation, "name", name),
        col!(Organisation, "country", country),
        col!(Organisation, "kind", kind),
    ],
    given: &["is_self", "owner_org_id", "position", "home_project_id"],
    app_only: &[],
    order: "position, ref",
};
