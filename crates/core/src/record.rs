//! One description per table: which field of a domain object each column holds and how the
//! value crosses (plain, a reference by `ref`, a money amount). The importer writes rows from
//! it, the exporter builds objects back from it, and `tests/records.rs` checks every
//! description against the table the migrations made — so a new field is the migration plus
//! one line in its domain's `tables.rs`.

use std::collections::BTreeMap;

use rusqlite::types::Value;

/// How a field's value crosses between the object and the table.
#[derive(Clone, Copy)]
pub enum Conv<T> {
    /// Text, integer or yes/no, optional or not; lists and maps as JSON text.
    Plain,
    /// The `ref` of an object of that table in the document, its `id` in the table.
    Ref(&'static str),
    /// A decimal amount in the document, `<stem>_minor` + `<stem>_currency` in the table.
    /// The currency is the object's own field (`own`), or else the one the caller gives
    /// (the project's, the sub-grant's) as `<stem>_currency`.
    Money { minor: &'static str, currency: &'static str, own: Option<Access<T>> },
}

/// Reading and writing one field of an object as a value.
pub type Access<T> = (fn(&T) -> Value, fn(&mut T, Value));

/// One described column (for money: the pair's stem).
pub struct Col<T> {
    pub column: &'static str,
    pub conv: Conv<T>,
    pub get: fn(&T) -> Value,
    pub set: fn(&mut T, Value),
}

/// How objects of type `T` are stored in `table`.
pub struct Table<T: 'static> {
    pub name: &'static str,
    /// The columns that identify a row (with the columns the caller gives: parent, owner).
    pub key: &'static [&'static str],
    /// The column whose value other objects use to refer to this one (`ref`, `code`).
    pub ident: Option<&'static str>,
    /// The described fields.
    pub columns: &'static [Col<T>],
    /// Columns the caller gives (parent, position, owner, level …): not fields of `T`.
    pub given: &'static [&'static str],
    /// Columns only the app writes (not part of the package yet).
    pub app_only: &'static [&'static str],
    /// How an export lists the rows of one parent.
    pub order: &'static str,
}

impl<T> Table<T> {
    /// The physical columns of the described fields, in order (money: minor, currency).
    pub fn physical(&self) -> Vec<String> {
        let mut out = Vec::new();
        for c in self.columns {
            match c.conv {
                Conv::Money { minor, currency, .. } => out.extend([minor.to_string(), currency.to_string()]),
                _ => out.push(c.column.to_string()),
            }
        }
        out
    }
}

/// A field type and its value in SQLite.
pub trait FieldValue: Sized {
    fn to_value(&self) -> Value;
    /// The field from its column; a NULL (or a wrong type) gives the type's empty value.
    fn from_value(v: Value) -> Self;
}

impl FieldValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
    fn from_value(v: Value) -> Self {
        match v {
            Value::Text(s) => s,
            Value::Integer(n) => n.to_string(),
            _ => String::new(),
        }
    }
}

impl FieldValue for Option<String> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, |s| Value::Text(s.clone()))
    }
    fn from_value(v: Value) -> Self {
        match v {
            Value::Null => None,
            v => Some(String::from_value(v)),
        }
    }
}

impl FieldValue for i64 {
    fn to_value(&self) -> Value {
        Value::Integer(*self)
    }
    fn from_value(v: Value) -> Self {
        match v {
            Value::Integer(n) => n,
            _ => 0,
        }
    }
}

impl FieldValue for Option<i64> {
    fn to_value(&self) -> Value {
        self.map_or(Value::Null, Value::Integer)
    }
    fn from_value(v: Value) -> Self {
        match v {
            Value::Integer(n) => Some(n),
            _ => None,
        }
    }
}

impl FieldValue for Option<bool> {
    fn to_value(&self) -> Value {
        self.map_or(Value::Null, |b| Value::Integer(b as i64))
    }
    fn from_value(v: Value) -> Self {
        match v {
            Value::Integer(n) => Some(n != 0),
            _ => None,
        }
    }
}

/// A list of strings as a JSON array.
impl FieldValue for Vec<String> {
    fn to_value(&self) -> Value {
        Value::Text(serde_json::to_string(self).unwrap_or_else(|_| "[]".into()))
    }
    fn from_value(v: Value) -> Self {
        match v {
            Value::Text(s) => serde_json::from_str(&s).unwrap_or_default(),
            _ => Vec::new(),
        }
    }
}

/// A map of strings as a JSON object.
impl FieldValue for Option<BTreeMap<String, String>> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, |m| Value::Text(serde_json::to_string(m).unwrap_or_default()))
    }
    fn from_value(v: Value) -> Self {
        match v {
            Value::Text(s) => serde_json::from_str(&s).ok(),
            _ => None,
        }
    }
}

/// A described column: `col!(Type, "column", field)` (plain), `col!(Type, "column", field,
/// ref "table")`, `col!(Type, "stem", field, money)` (the caller's currency) or
/// `col!(Type, "stem", field, money currency_field)`.
macro_rules! col {
    ($t:ty, $column:literal, $field:ident) => {
        $crate::record::Col::<$t> {
            column: $column,
            conv: $crate::record::Conv::Plain,
            get: |x: &$t| $crate::record::FieldValue::to_value(&x.$field),
            set: |x: &mut $t, v| x.$field = $crate::record::FieldValue::from_value(v),
        }
    };
    ($t:ty, $column:literal, $field:ident, ref $table:literal) => {
        $crate::record::Col::<$t> {
            column: $column,
            conv: $crate::record::Conv::Ref($table),
            get: |x: &$t| $crate::record::FieldValue::to_value(&x.$field),
            set: |x: &mut $t, v| x.$field = $crate::record::FieldValue::from_value(v),
        }
    };
    ($t:ty, $column:literal, $field:ident, money) => {
        $crate::record::Col::<$t> {
            column: $column,
            conv: $crate::record::Conv::Money {
                minor: concat!($column, "_minor"),
                currency: concat!($column, "_currency"),
                own: None,
            },
            get: |x: &$t| $crate::record::FieldValue::to_value(&x.$field),
            set: |x: &mut $t, v| x.$field = $crate::record::FieldValue::from_value(v),
        }
    };
    ($t:ty, $column:literal, $field:ident, money $currency:ident) => {
        $crate::record::Col::<$t> {
            column: $column,
            conv: $crate::record::Conv::Money {
                minor: concat!($column, "_minor"),
                currency: concat!($column, "_currency"),
                own: Some((
                    |x: &$t| $crate::record::FieldValue::to_value(&x.$currency),
                    |x: &mut $t, v| x.$currency = $crate::record::FieldValue::from_value(v),
                )),
            },
            get: |x: &$t| $crate::record::FieldValue::to_value(&x.$field),
            set: |x: &mut $t, v| x.$field = $crate::record::FieldValue::from_value(v),
        }
    };
}
pub(crate) use col;

/// The one column of a list of references stored one row each (an activity's people): the
/// object is the `ref` itself.
macro_rules! ref_item {
    ($column:literal, $table:literal) => {
        $crate::record::Col::<String> {
            column: $column,
            conv: $crate::record::Conv::Ref($table),
            get: |x: &String| $crate::record::FieldValue::to_value(x),
            set: |x: &mut String, v| *x = $crate::record::FieldValue::from_value(v),
        }
    };
}
pub(crate) use ref_item;

/// What a description says about its table, whatever its object type (for checks).
#[derive(Debug, Clone)]
pub struct Described {
    pub table: &'static str,
    /// Physical columns of the described fields.
    pub columns: Vec<String>,
    /// (column, table it refers to) of each reference.
    pub refs: Vec<(&'static str, &'static str)>,
    pub key: &'static [&'static str],
    pub ident: Option<&'static str>,
    pub given: &'static [&'static str],
    pub app_only: &'static [&'static str],
}

impl<T> Table<T> {
    pub fn describe(&self) -> Described {
        Described {
            table: self.name,
            columns: self.physical(),
            refs: self
                .columns
                .iter()
                .filter_map(|c| match c.conv {
                    Conv::Ref(t) => Some((c.column, t)),
                    _ => None,
                })
                .collect(),
            key: self.key,
            ident: self.ident,
            given: self.given,
            app_only: self.app_only,
        }
    }
}

/// Every table description of every domain.
pub fn all() -> Vec<Described> {
    use crate::{activities::tables as a, finance::tables as f, logframe::tables as l};
    use crate::{organisations::tables as o, people::tables as p, projects::tables as pr};
    vec![
        o::SELF.describe(),
        o::ORGANISATIONS.describe(),
        pr::PROJECTS.describe(),
        pr::PARTNERS.describe(),
        pr::WORK_PACKAGES.describe(),
        l::GOAL.describe(),
        l::OBJECTIVES.describe(),
        l::RESULTS.describe(),
        l::INDICATORS.describe(),
        l::TARGETS.describe(),
        l::MEASUREMENTS.describe(),
        l::ASSUMPTIONS.describe(),
        p::BENEFICIARIES.describe(),
        p::HOUSEHOLDS.describe(),
        p::CONSENTS.describe(),
        a::ACTIVITIES.describe(),
        a::ATTENDANCE.describe(),
        a::HEADCOUNTS.describe(),
        a::BUDGET_LINES.describe(),
        a::SERVICES.describe(),
        f::GRANTS.describe(),
        f::GRANT_REPORTS.describe(),
        f::BUDGET_LINES.describe(),
        f::FUNDING.describe(),
        f::TRANSACTIONS.describe(),
        f::TRANSACTION_GRANTS.describe(),
        f::SUBGRANTS.describe(),
        f::TRANCHES.describe(),
        f::SUBGRANT_RESULTS.describe(),
        f::EXCHANGE_RATES.describe(),
    ]
}
