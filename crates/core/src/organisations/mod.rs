//! The organisations: the database owner (`tessera init`), the directory of partners, donors,
//! sub-grantees and authorities, and how they are stored (`tables.rs`).

pub mod edit;
pub mod profile;
pub mod tables;

use serde::Serialize;

use crate::money::{is_country, is_currency};
use crate::{Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// The database owner, as the app's frame shows it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct OrgInfo {
    pub org_name: String,
    pub org_short_name: Option<String>,
    pub country: String,
    pub base_currency: String,
}

pub fn org_info(db: &Db) -> Result<OrgInfo> {
    db.conn()
        .query_row(
            "SELECT name, short_name, coalesce(country, ''), coalesce(base_currency, '') FROM live_organisations
             WHERE is_self = 1 ORDER BY id LIMIT 1",
            [],
            |r| {
                Ok(OrgInfo {
                    org_name: r.get(0)?,
                    org_short_name: r.get(1)?,
                    country: r.get(2)?,
                    base_currency: r.get(3)?,
                })
            },
        )
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NotInitialised,
            e => e.into(),
        })
}

/// What `init` needs to know.
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub name: String,
    pub country: String,
    pub currency: String,
}

/// Record the organisation that owns this database (`tessera init`: a bad country or currency
/// is its own error); refuses when it already has one. The first run gives the whole profile
/// (`profile::create`).
pub fn init(db: &mut Db, org: &NewOrganisation) -> Result<()> {
    if !is_country(&org.country) {
        return Err(Error::InvalidCountry { value: org.country.clone() });
    }
    if !is_currency(&org.currency) {
        return Err(Error::InvalidCurrency { value: org.currency.clone() });
    }
    let input = profile::ProfileInput {
        name: org.name.clone(),
        short_name: None,
        country: org.country.clone(),
        base_currency: org.currency.clone(),
        fiscal_year_start: 1,
        registration_no: None,
        address: None,
    };
    profile::create(db, &input, None)
}
