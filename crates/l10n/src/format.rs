//! CLDR number, money and date formatting for one language, backed by ICU4X compiled data.
//! Money keeps exact decimals (it is formatted from a decimal string, never a float).

use std::str::FromStr;

use fixed_decimal::Decimal;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

/// Formats numbers, amounts and dates the way `lang` writes them.
#[derive(Clone)]
pub struct Formatter {
    lang: &'static str,
    decimal: std::sync::Arc<DecimalFormatter>,
    date: std::sync::Arc<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    medium: std::sync::Arc<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
}

impl std::fmt::Debug for Formatter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Formatter").field("lang", &self.lang).finish()
    }
}

/// The symbol CLDR uses for a currency in a language; the ISO code where it has none.
fn currency_symbol(lang: &str, code: &str) -> String {
    let s = match (lang, code) {
        (_, "EUR") => "€",
        ("en", "USD") => "$",
        (_, "USD") => "US$",
        ("en", "GBP") | (_, "GBP") => "£",
        ("sq", "ALL") => "Lekë",
        ("bs", "BAM") => "KM",
        ("sr-Cyrl", "BAM") => "КМ",
        ("sr-Latn", "BAM") => "KM",
        ("mk", "MKD") => "ден.",
        ("bg", "BGN") => "лв.",
        ("sr-Cyrl", "RSD") | ("sr-Latn", "RSD") => "RSD",
        (_, c) => c,
    };
    s.to_string()
}

impl Formatter {
    pub fn new(lang: &'static str) -> Formatter {
        let locale = Locale::from_str(lang).unwrap_or(Locale::UNKNOWN);
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
            .expect("compiled decimal data");
        let date = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
            .or_else(|_| FixedCalendarDateTimeFormatter::try_new(Default::default(), YMD::long()))
            .expect("compiled date data");
        let medium = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::medium())
            .or_else(|_| FixedCalendarDateTimeFormatter::try_new(Default::default(), YMD::medium()))
            .expect("compiled date data");
        Formatter { lang, decimal: decimal.into(), date: date.into(), medium: medium.into() }
    }

    /// `"1234.5"` → `1.234,5` (bs), `1,234.5` (en). Text that is not a number is returned as is.
    pub fn number(&self, value: &str) -> String {
        match Decimal::from_str(value.trim()) {
            Ok(d) => self.decimal.format_to_string(&d),
            Err(_) => value.to_string(),
        }
    }

    /// `"17740.8"`, `EUR` → `17.740,80 €` (bs), `€17,740.80` (en): at least two decimals.
    pub fn money(&self, amount: &str, currency: &str) -> String {
        let Ok(mut d) = Decimal::from_str(amount.trim()) else { return format!("{amount} {currency}") };
        d.absolute.pad_end(-2);
        let number = self.decimal.format_to_string(&d);
        let symbol = currency_symbol(self.lang, currency);
        if self.lang == "en" {
            if let Some(abs) = number.strip_prefix('-') {
                format!("-{symbol}{abs}")
            } else if symbol.chars().count() == 3 && symbol.chars().all(|c| c.is_ascii_uppercase()) {
                format!("{symbol}\u{a0}{number}")
            } else {
                format!("{symbol}{number}")
            }
        } else {
            format!("{number}\u{a0}{symbol}")
        }
    }

    /// `"2026-11-22"` → `22. новембар 2026.` (sr-Cyrl), `November 22, 2026` (en).
    pub fn date(&self, iso: &str) -> String {
        self.date_with(&self.date, iso)
    }

    /// The form for a table's column: `22.11.2026.` (sr-Cyrl), `Nov 22, 2026` (en).
    pub fn date_short(&self, iso: &str) -> String {
        self.date_with(&self.medium, iso)
    }

    fn date_with(&self, f: &FixedCalendarDateTimeFormatter<Gregorian, YMD>, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        let parsed = match parts.as_slice() {
            [y, m, d] => match (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) {
                (Ok(y), Ok(m), Ok(d)) => Date::try_new_gregorian(y, m, d).ok(),
                _ => None,
            },
            _ => None,
        };
        match parsed {
            Some(date) => f.format(&date).to_string(),
            None => iso.to_string(),
        }
    }
}
