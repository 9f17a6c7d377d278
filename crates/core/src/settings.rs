//! The organisation's settings, synced so every laptop of the organisation works the same way:
//! the prefix of its people's codes, which sensitive (special-category) fields it records, the
//! indicator tracking table's deviation band and the language its reports start in.
//! A key may have a row from each of two laptops that set it before they synced; every laptop
//! reads, and later writes, the one with the smallest id, so they agree.

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

use crate::input::{text, Check};
use crate::{Db, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// The sensitive fields of a person an organisation may switch on, each off until it does.
pub const SENSITIVE: &[&str] = &["ethnicity", "disability", "vulnerability"];

const CODE_PREFIX: &str = "people.code_prefix";

fn sensitive_key(field: &str) -> String {
    format!("people.sensitive.{field}")
}

/// The value of an organisation setting.
pub fn get(db: &Db, key: &str) -> Result<Option<String>> {
    let mut stmt =
        db.conn().prepare_cached("SELECT value FROM live_org_settings WHERE key = ?1 ORDER BY id LIMIT 1")?;
    let mut rows = stmt.query([key])?;
    Ok(match rows.next()? {
        Some(r) => r.get(0)?,
        None => None,
    })
}

fn set(db: &mut Db, key: &str, value: Option<&str>) -> Result<()> {
    let id: Option<String> = {
        let mut stmt =
            db.conn().prepare_cached("SELECT id FROM live_org_settings WHERE key = ?1 ORDER BY id LIMIT 1")?;
        let mut rows = stmt.query([key])?;
        match rows.next()? {
            Some(r) => Some(r.get(0)?),
            None => None,
        }
    };
    let v = value.map_or(Value::Null, text);
    db.write(|w| match &id {
        Some(id) => w.update("org_settings", id, &[("value", v)]).map(|_| ()),
        None => w.insert("org_settings", &[("key", text(key)), ("value", v)]).map(|_| ()),
    })
}

/// What the Settings screen shows of the people registry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct PeopleSettings {
    /// As set; empty when the organisation's short name is used.
    pub code_prefix: String,
    /// The prefix new codes get now (the set one, else from the short name, else `P`).
    pub effective_prefix: String,
    /// The sensitive fields switched on (of `SENSITIVE`).
    pub sensitive: Vec<String>,
}

pub fn people_settings(db: &Db) -> Result<PeopleSettings> {
    let mut sensitive = Vec::new();
    for f in SENSITIVE {
        if sensitive_on(db, f)? {
            sensitive.push(f.to_string());
        }
    }
    Ok(PeopleSettings {
        code_prefix: get(db, CODE_PREFIX)?.unwrap_or_default(),
        effective_prefix: code_prefix(db)?,
        sensitive,
    })
}

/// Whether the organisation records this sensitive field.
pub fn sensitive_on(db: &Db, field: &str) -> Result<bool> {
    Ok(get(db, &sensitive_key(field))?.as_deref() == Some("on"))
}

/// Set the prefix and the sensitive fields from the Settings screen.
pub fn set_people_settings(db: &mut Db, code_prefix: &str, sensitive: &[String]) -> Result<PeopleSettings> {
    let mut c = Check::default();
    let prefix = code_prefix.trim();
    if !prefix.chars().all(|ch| ch.is_alphanumeric()) || prefix.chars().count() > 12 {
        c.push(
            "code_prefix",
            "invalid-value",
            vec![("value", prefix.to_string()), ("allowed", "A–Z, 0–9 (≤ 12)".into())],
        );
    }
    for f in sensitive {
        c.one_of("sensitive", f, SENSITIVE);
    }
    c.finish()?;
    let now = people_settings(db)?;
    let upper = prefix.to_uppercase();
    if now.code_prefix != upper {
        set(db, CODE_PREFIX, (!upper.is_empty()).then_some(upper.as_str()))?;
    }
    for f in SENSITIVE {
        let on = sensitive.iter().any(|s| s == f);
        if on != now.sensitive.iter().any(|s| s == f) {
            set(db, &sensitive_key(f), Some(if on { "on" } else { "off" }))?;
        }
    }
    people_settings(db)
}

/// The prefix of this organisation's pseudonymous codes: the setting, else its short name,
/// else `P`; letters and digits only, upper case.
pub fn code_prefix(db: &Db) -> Result<String> {
    let short: Option<String> = db
        .conn()
        .query_row("SELECT short_name FROM live_organisations WHERE is_self = 1 ORDER BY id LIMIT 1", [], |r| r.get(0))
        .ok()
        .flatten();
    let raw = get(db, CODE_PREFIX)?.or(short).unwrap_or_else(|| "P".into());
    let clean: String = raw.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_uppercase();
    Ok(if clean.is_empty() { "P".into() } else { clean })
}

const DEVIATION_BAND: &str = "reports.deviation_band";

/// The band of achievement (in % of the target) outside which the indicator tracking table
/// asks for a deviation note: `(low, high)`, 90–110 unless the organisation set another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DeviationBand {
    pub low: u32,
    pub high: u32,
}

impl DeviationBand {
    /// Whether an achievement of `percent` (of the target, as the figures write it) lies
    /// outside the band; an unknown one does not.
    pub fn outside(&self, percent: Option<&str>) -> bool {
        percent.and_then(|p| p.parse::<f64>().ok()).is_some_and(|p| p < self.low as f64 || p > self.high as f64)
    }
}

impl Default for DeviationBand {
    fn default() -> Self {
        DeviationBand { low: 90, high: 110 }
    }
}

pub fn deviation_band(db: &Db) -> Result<DeviationBand> {
    let stored = get(db, DEVIATION_BAND)?;
    let parsed =
        stored.as_deref().and_then(|s| s.split_once('-')).and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)));
    Ok(parsed.map_or_else(DeviationBand::default, |(low, high)| DeviationBand { low, high }))
}

/// Set the band from the Settings screen: below 100 and above it, each at its field.
pub fn set_deviation_band(db: &mut Db, band: DeviationBand) -> Result<DeviationBand> {
    let mut c = Check::default();
    if band.low >= 100 {
        c.push("low", "invalid-value", vec![("value", band.low.to_string()), ("allowed", "0–99".into())]);
    }
    if band.high <= 100 || band.high > 1000 {
        c.push("high", "invalid-value", vec![("value", band.high.to_string()), ("allowed", "101–1000".into())]);
    }
    c.finish()?;
    if deviation_band(db)? != band {
        set(db, DEVIATION_BAND, Some(&format!("{}-{}", band.low, band.high)))?;
    }
    deviation_band(db)
}

const REPORT_LANG: &str = "reports.default_lang";

/// The language a new report starts in (the Reports screen's first choice): the
/// organisation's, e.g. English for its donors; none set, the interface's.
pub fn report_lang(db: &Db) -> Result<Option<String>> {
    get(db, REPORT_LANG)
}

/// Set it (`None`: follow the interface). The caller checks `lang` is one Tessera speaks (the
/// core knows no language).
pub fn set_report_lang(db: &mut Db, lang: Option<&str>) -> Result<()> {
    if report_lang(db)?.as_deref() != lang {
        set(db, REPORT_LANG, lang)?;
    }
    Ok(())
}
