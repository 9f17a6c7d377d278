//! CLDR number, money and date formatting for one language, backed by ICU4X compiled data.
//! Money keeps exact decimals (it is formatted from a decimal string, never a float).

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::OnceLock;

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

/// CLDR's currency data for the seven languages (`data/currencies.tsv`, written from CLDR by
/// `scripts/cldr-currencies.py`): each language's symbols that are not the ISO code, its
/// currency pattern, and the currencies whose CLDR digits are not 2.
struct Cldr {
    symbols: HashMap<(String, String), String>,
    prefix: HashMap<String, bool>,
    digits: HashMap<String, i16>,
}

fn cldr() -> &'static Cldr {
    static DATA: OnceLock<Cldr> = OnceLock::new();
    DATA.get_or_init(|| {
        let mut c = Cldr { symbols: HashMap::new(), prefix: HashMap::new(), digits: HashMap::new() };
        for line in include_str!("../data/currencies.tsv").lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            match f.as_slice() {
                ["symbol", lang, code, symbol] => {
                    c.symbols.insert((lang.to_string(), code.to_string()), symbol.to_string());
                }
                ["pattern", lang, _, pattern] => {
                    c.prefix.insert(lang.to_string(), pattern.starts_with('¤'));
                }
                ["digits", _, code, d] => {
                    c.digits.insert(code.to_string(), d.parse().unwrap_or(2));
                }
                _ => {}
            }
        }
        c
    })
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

    /// `"17740.8"`, `EUR` → `17.740,80 €` (bs), `€17,740.80` (en), `"357000.00"`, `ALL` →
    /// `357 000 Lekë` (sq): CLDR's symbol, pattern and digits — but never fewer decimals than
    /// the amount has (an amount is not rounded to be shown), then at least two.
    pub fn money(&self, amount: &str, currency: &str) -> String {
        let Ok(mut d) = Decimal::from_str(amount.trim()) else { return format!("{amount} {currency}") };
        let data = cldr();
        let digits = data.digits.get(currency).copied().unwrap_or(2);
        d.absolute.trim_end();
        let needed = (-d.absolute.nonzero_magnitude_end()).max(0);
        let shown = if needed <= digits { digits } else { needed.max(2) };
        d.absolute.pad_end(-shown);
        let number = self.decimal.format_to_string(&d);
        let symbol = data.symbols.get(&(self.lang.to_string(), currency.to_string())).map_or(currency, String::as_str);
        if data.prefix.get(self.lang).copied().unwrap_or(false) {
            // CLDR's currencySpacing: a no-break space between a symbol that ends in a letter
            // (`ALL`, `CHF`) and the digits; none after `€`, `$`, `US$`
            let space = if symbol.chars().last().is_some_and(char::is_alphabetic) { "\u{a0}" } else { "" };
            match number.strip_prefix('-') {
                Some(abs) => format!("-{symbol}{space}{abs}"),
                None => format!("{symbol}{space}{number}"),
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
