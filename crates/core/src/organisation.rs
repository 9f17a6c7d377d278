//! The database owner: creating a new organisation's database (`tessera init`).

use rusqlite::types::Value;

use crate::money::{is_country, is_currency};
use crate::{Db, Error, Result};

/// What `init` needs to know.
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub name: String,
    pub country: String,
    pub currency: String,
}

/// Record the organisation that owns this database; refuses when it already has one.
pub fn init(db: &mut Db, org: &NewOrganisation) -> Result<()> {
    if !is_country(&org.country) {
        return Err(Error::InvalidCountry { value: org.country.clone() });
    }
    if !is_currency(&org.currency) {
        return Err(Error::InvalidCurrency { value: org.currency.clone() });
    }
    if crate::query::org_info(db).is_ok() {
        return Err(Error::DatabaseExists { path: db.path().display().to_string() });
    }
    db.write(|w| {
        w.insert(
            "organisations",
            &[
                ("ref", Value::Text("self".into())),
                ("is_self", Value::Integer(1)),
                ("name", Value::Text(org.name.clone())),
                ("kind", Value::Text("ngo".into())),
                ("country", Value::Text(org.country.clone())),
                ("base_currency", Value::Text(org.currency.clone())),
            ],
        )?;
        Ok(())
    })
}
