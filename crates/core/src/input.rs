//! Checking what a person enters in a form before anything is written: every problem is a
//! `FieldIssue` at the field it concerns, all of them at once, carried by
//! `Error::InvalidInput` and shown at the field as message `field-<code>` in every locale.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::money::{is_country, is_currency};
use crate::{Error, Result};

/// One problem with one field of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FieldIssue {
    /// The field as the form names it (`title`, `end`, `value`).
    pub field: String,
    pub code: &'static str,
    /// The message's arguments by name.
    pub args: BTreeMap<String, String>,
}

/// Every field issue code; each has a message `field-<code>` in every locale.
pub const FIELD_CODES: &[&str] = &[
    "required",
    "duplicate-code",
    "invalid-date",
    "end-before-start",
    "unknown-currency",
    "unknown-country",
    "invalid-value",
    "not-a-count",
    "not-a-percent",
    "not-yes-no",
    "outside-project",
    "before-baseline",
    "in-use",
    "unknown-municipality",
    "owner-stays",
    "outside-plan",
    "not-a-year",
    "year-out-of-range",
    "person-code-taken",
    "person-code-twice",
    "unknown-column",
    "column-twice",
    "sensitive-off",
    "no-rows",
    "reason-required",
    "consent-withdrawn",
    "unknown-activity",
    "unknown-person",
    "zero-amount",
    "negative-amount",
    "shares-over-100",
    "period-locked",
    "line-in-use",
    "grant-in-use",
    "not-a-folder",
    "passphrase-mismatch",
    "passphrase-too-short",
    "not-an-image",
    "file-too-large",
];

/// The fewest characters a new passphrase may have.
pub const PASSPHRASE_MIN_CHARS: usize = 8;

/// A form's text as stored: trimmed.
pub fn text(s: &str) -> rusqlite::types::Value {
    rusqlite::types::Value::Text(s.trim().to_string())
}

/// An optional text as stored: trimmed, and NULL when empty.
pub fn opt_text(s: &Option<String>) -> rusqlite::types::Value {
    s.as_deref().filter(|s| !s.trim().is_empty()).map_or(rusqlite::types::Value::Null, text)
}

/// A folder's path as a person types it: trimmed, `~/…` in the home folder.
pub fn folder_path(typed: &str, home: Option<&std::path::Path>) -> std::path::PathBuf {
    match (typed.trim().strip_prefix("~/"), home) {
        (Some(rest), Some(h)) => h.join(rest),
        _ => std::path::PathBuf::from(typed.trim()),
    }
}

/// The problems found so far.
#[derive(Debug, Default)]
pub struct Check {
    issues: Vec<FieldIssue>,
}

impl Check {
    pub fn push(&mut self, field: &str, code: &'static str, args: Vec<(&'static str, String)>) {
        let args = args.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        self.issues.push(FieldIssue { field: field.to_string(), code, args });
    }

    /// Text that must not be empty (spaces do not count).
    pub fn required(&mut self, field: &str, value: &str) -> bool {
        let ok = !value.trim().is_empty();
        if !ok {
            self.push(field, "required", vec![]);
        }
        ok
    }

    /// A new passphrase typed twice (`field`, then `repeat_field`): not empty, at least
    /// `PASSPHRASE_MIN_CHARS` characters, and the same both times.
    pub fn new_passphrase(&mut self, field: &str, repeat_field: &str, passphrase: &str, repeat: &str) {
        if !self.required(field, passphrase) {
            return;
        }
        if passphrase.chars().count() < PASSPHRASE_MIN_CHARS {
            self.push(field, "passphrase-too-short", vec![("min", PASSPHRASE_MIN_CHARS.to_string())]);
        } else if passphrase != repeat {
            self.push(repeat_field, "passphrase-mismatch", vec![]);
        }
    }

    pub fn date(&mut self, field: &str, value: &str) -> Option<NaiveDate> {
        if !self.required(field, value) {
            return None;
        }
        let d = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok();
        if d.is_none() {
            self.push(field, "invalid-date", vec![("value", value.to_string())]);
        }
        d
    }

    pub fn opt_date(&mut self, field: &str, value: &Option<String>) -> Option<NaiveDate> {
        value.as_deref().filter(|v| !v.trim().is_empty()).and_then(|v| self.date(field, v))
    }

    /// `end` (the field `end_field`) is not before `start`.
    pub fn range(&mut self, end_field: &str, start: Option<NaiveDate>, end: Option<NaiveDate>) {
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                self.push(end_field, "end-before-start", vec![("start", s.to_string()), ("end", e.to_string())]);
            }
        }
    }

    /// A day within the project's period `[start, end]`.
    pub fn within(&mut self, field: &str, day: Option<NaiveDate>, start: NaiveDate, end: NaiveDate) {
        self.within_as(field, day, start, end, "outside-project");
    }

    /// A day within `[start, end]`, else the problem `code` (`outside-project`, `outside-plan`).
    pub fn within_as(
        &mut self,
        field: &str,
        day: Option<NaiveDate>,
        start: NaiveDate,
        end: NaiveDate,
        code: &'static str,
    ) {
        if let Some(d) = day {
            if d < start || d > end {
                let args = vec![("value", d.to_string()), ("start", start.to_string()), ("end", end.to_string())];
                self.push(field, code, args);
            }
        }
    }

    pub fn one_of(&mut self, field: &str, value: &str, allowed: &[&str]) -> bool {
        let ok = allowed.contains(&value);
        if !ok {
            self.push(field, "invalid-value", vec![("value", value.to_string()), ("allowed", allowed.join(", "))]);
        }
        ok
    }

    pub fn currency(&mut self, field: &str, value: &str) {
        if !is_currency(value) {
            self.push(field, "unknown-currency", vec![("value", value.to_string())]);
        }
    }

    pub fn country(&mut self, field: &str, value: &str) {
        if !is_country(value) {
            self.push(field, "unknown-country", vec![("value", value.to_string())]);
        }
    }

    /// A value in an indicator's unit: a count is a whole number ≥ 0, a percent a number from
    /// 0 to 100, yes/no is `yes` or `no`, text is anything but empty.
    pub fn unit_value(&mut self, field: &str, unit: &str, value: &str) -> bool {
        if !self.required(field, value) {
            return false;
        }
        let n = Decimal::from_str(value.trim()).ok();
        let (ok, code) = match unit {
            "count" => (n.is_some_and(|n| n >= Decimal::ZERO && n.fract().is_zero()), "not-a-count"),
            "percent" => (n.is_some_and(|n| n >= Decimal::ZERO && n <= Decimal::ONE_HUNDRED), "not-a-percent"),
            "yes_no" => (matches!(value.trim(), "yes" | "no"), "not-yes-no"),
            _ => (true, "invalid-value"),
        };
        if !ok {
            self.push(field, code, vec![("value", value.to_string())]);
        }
        ok
    }

    /// Nothing wrong, or every problem found.
    /// The problems found, for a caller that reports them elsewhere (a table's rows).
    pub fn into_issues(self) -> Vec<FieldIssue> {
        self.issues
    }

    pub fn finish(self) -> Result<()> {
        if self.issues.is_empty() {
            Ok(())
        } else {
            Err(Error::InvalidInput(self.issues))
        }
    }
}
