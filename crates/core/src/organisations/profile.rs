//! The organisation's own profile: what the first run asks (name, short name, country, base
//! currency, the month its financial year starts) and Settings changes later, and its logo
//! (a kept attachment of the owner, named by `logo_sha256`: what report covers show).

use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::input::{opt_text, text, Check};
use crate::{attachments, Db, Error, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// The profile as its form gives it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ProfileInput {
    pub name: String,
    pub short_name: Option<String>,
    /// ISO 3166-1 alpha-2 (Kosovo `XK`).
    pub country: String,
    /// ISO 4217: the currency the books are kept in.
    pub base_currency: String,
    /// The month (1–12) the financial year begins on the first of.
    pub fiscal_year_start: u32,
    pub registration_no: Option<String>,
    pub address: Option<String>,
}

/// The profile as Settings shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Profile {
    #[serde(flatten)]
    pub input: ProfileInput,
    /// The logo's attachment (its bytes by `attachment_data`), when there is one.
    pub logo: Option<String>,
}

/// The logo's file: a PNG or a JPEG of at most this many bytes.
pub const LOGO_MAX_BYTES: usize = 2 * 1024 * 1024;

/// A logo as the form gives it: the file's name and bytes.
pub struct Logo<'a> {
    pub filename: &'a str,
    pub bytes: &'a [u8],
}

/// Every problem of the form at once (`logo` too, when one is given); nothing is written.
pub fn check(input: &ProfileInput, logo: Option<&Logo>) -> Result<()> {
    let mut c = Check::default();
    c.required("name", &input.name);
    c.country("country", &input.country.trim().to_uppercase());
    c.currency("base_currency", &input.base_currency.trim().to_uppercase());
    if !(1..=12).contains(&input.fiscal_year_start) {
        c.push("fiscal_year_start", "invalid-value", vec![("value", input.fiscal_year_start.to_string())]);
    }
    if let Some(logo) = logo {
        check_logo(&mut c, logo);
    }
    c.finish()
}

/// A PNG or a JPEG (by its first bytes, whatever its name says) of at most `LOGO_MAX_BYTES`.
fn check_logo(c: &mut Check, logo: &Logo) {
    let image = logo.bytes.starts_with(b"\x89PNG\r\n\x1a\n") || logo.bytes.starts_with(&[0xFF, 0xD8, 0xFF]);
    if !image {
        c.push("logo", "not-an-image", vec![("name", logo.filename.to_string())]);
    } else if logo.bytes.len() > LOGO_MAX_BYTES {
        c.push("logo", "file-too-large", vec![("name", logo.filename.to_string()), ("max", "2 MB".into())]);
    }
}

fn values(input: &ProfileInput) -> Vec<(&'static str, Value)> {
    vec![
        ("name", text(&input.name)),
        ("short_name", opt_text(&input.short_name)),
        ("country", text(&input.country.trim().to_uppercase())),
        ("base_currency", text(&input.base_currency.trim().to_uppercase())),
        ("fiscal_year_start", text(&format!("{:02}-01", input.fiscal_year_start))),
        ("registration_no", opt_text(&input.registration_no)),
        ("address", opt_text(&input.address)),
    ]
}

fn owner_id(db: &Db) -> Result<Option<String>> {
    Ok(db
        .conn()
        .query_row("SELECT id FROM live_organisations WHERE is_self = 1 ORDER BY id LIMIT 1", [], |r| r.get(0))
        .optional()?)
}

/// Record the organisation that owns this new database (the first run; `tessera init` too),
/// with its logo when one is given. Refused when the database has an owner already.
pub fn create(db: &mut Db, input: &ProfileInput, logo: Option<&Logo>) -> Result<()> {
    check(input, logo)?;
    if owner_id(db)?.is_some() {
        return Err(Error::DatabaseExists { path: db.path().display().to_string() });
    }
    let mut row = values(input);
    row.extend([("ref", text("self")), ("is_self", Value::Integer(1)), ("kind", text("ngo"))]);
    let id = db.write(|w| w.insert("organisations", &row))?;
    if let Some(logo) = logo {
        keep_logo(db, &id, logo)?;
    }
    Ok(())
}

/// The owner's profile.
pub fn profile(db: &Db) -> Result<Profile> {
    let id = owner_id(db)?.ok_or(Error::NotInitialised)?;
    let (input, sha): (ProfileInput, Option<String>) = db.conn().query_row(
        "SELECT name, short_name, coalesce(country, ''), coalesce(base_currency, ''), fiscal_year_start,
                registration_no, address, logo_sha256
         FROM live_organisations WHERE id = ?1",
        [&id],
        |r| {
            let month = r.get::<_, Option<String>>(4)?.and_then(|s| s.get(..2)?.parse().ok()).unwrap_or(1);
            Ok((
                ProfileInput {
                    name: r.get(0)?,
                    short_name: r.get(1)?,
                    country: r.get(2)?,
                    base_currency: r.get(3)?,
                    fiscal_year_start: month,
                    registration_no: r.get(5)?,
                    address: r.get(6)?,
                },
                r.get(7)?,
            ))
        },
    )?;
    let logo = match sha {
        Some(sha) => db
            .conn()
            .query_row(
                "SELECT id FROM live_attachments WHERE owner_table = 'organisations' AND owner_id = ?1
                 AND sha256 = ?2 ORDER BY id DESC LIMIT 1",
                [&id, &sha],
                |r| r.get(0),
            )
            .optional()?,
        None => None,
    };
    Ok(Profile { input, logo })
}

/// Change the profile (Settings → Organisation).
pub fn update(db: &mut Db, input: &ProfileInput) -> Result<()> {
    check(input, None)?;
    let id = owner_id(db)?.ok_or(Error::NotInitialised)?;
    db.write(|w| w.update("organisations", &id, &values(input))).map(|_| ())
}

/// A new logo: kept as the owner's attachment and named by the profile.
pub fn set_logo(db: &mut Db, logo: &Logo) -> Result<()> {
    let id = owner_id(db)?.ok_or(Error::NotInitialised)?;
    let mut c = Check::default();
    check_logo(&mut c, logo);
    c.finish()?;
    keep_logo(db, &id, logo)
}

/// `logo`, checked already, kept as organisation `id`'s attachment and named by its profile.
fn keep_logo(db: &mut Db, id: &str, logo: &Logo) -> Result<()> {
    let attachment = attachments::attach(db, "organisations", id, logo.filename, logo.bytes)?;
    let sha: String =
        db.conn().query_row("SELECT sha256 FROM live_attachments WHERE id = ?1", [&attachment], |r| r.get(0))?;
    db.write(|w| w.update("organisations", id, &[("logo_sha256", text(&sha))])).map(|_| ())
}

/// The logo's bytes for a report's cover: `None` without a logo, and when its file is not
/// on this laptop (yet: files do not travel by sync) or damaged — a cover without it.
pub fn logo_bytes(db: &Db) -> Result<Option<Vec<u8>>> {
    let logo = match profile(db) {
        Ok(p) => p.logo,
        Err(Error::NotInitialised) => None,
        Err(e) => return Err(e),
    };
    Ok(logo.and_then(|a| attachments::read(db, &a).ok()).map(|(_, bytes)| bytes))
}

/// No logo any more (the file stays among the attachments: undo, and other rows, may name it).
pub fn remove_logo(db: &mut Db) -> Result<()> {
    let id = owner_id(db)?.ok_or(Error::NotInitialised)?;
    db.write(|w| w.update("organisations", &id, &[("logo_sha256", Value::Null)])).map(|_| ())
}
