//! Money: an amount in integer minor units of an ISO 4217 currency, read into `rust_decimal`.
//! The only place that knows how many decimals a currency has and how amounts are rounded.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::{Error, Result};

/// An ISO 4217 currency code known to the standard.
pub fn currency_exponent(code: &str) -> Result<u32> {
    let cur =
        iso_currency::Currency::from_code(code).ok_or_else(|| Error::InvalidCurrency { value: code.to_string() })?;
    Ok(cur.exponent().unwrap_or(0) as u32)
}

/// True when `code` is a current ISO 4217 currency.
pub fn is_currency(code: &str) -> bool {
    code.len() == 3 && iso_currency::Currency::from_code(code).is_some()
}

/// True when `code` is an ISO 3166-1 alpha-2 country, or `XK` (Kosovo).
pub fn is_country(code: &str) -> bool {
    code == "XK" || (code.len() == 2 && isocountry::CountryCode::for_alpha2(code).is_ok())
}

/// A decimal as the package writes it: digits, an optional dot and digits, an optional
/// leading minus (`"17740.80"`); no exponent, no spaces, no plus sign.
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    let ok = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if ok(int) && ok(frac) {
        Decimal::from_str(s).ok()
    } else {
        None
    }
}

/// A decimal as a person types it (`1.234,56`, `1 234.56`, `17,5`, `-56000`) in the package
/// form (`1234.56`): spaces and apostrophes group digits; with both a comma and a dot the last
/// is the decimal mark; one kind of mark appearing once is the decimal mark, more than once it
/// groups. None when what is left is not a decimal.
pub fn typed_decimal(s: &str) -> Option<String> {
    let s: String = s.trim().chars().filter(|c| !c.is_whitespace() && *c != '\'' && *c != '’').collect();
    let (commas, dots) = (s.matches(',').count(), s.matches('.').count());
    let decimal_mark = match (commas, dots) {
        (0, 0) => None,
        (_, 0) => (commas == 1).then_some(','),
        (0, _) => (dots == 1).then_some('.'),
        _ => Some(if s.rfind(',') > s.rfind('.') { ',' } else { '.' }),
    };
    let plain: String = s
        .chars()
        .filter_map(|c| match c {
            ',' | '.' if Some(c) == decimal_mark => Some('.'),
            ',' | '.' => None,
            c => Some(c),
        })
        .collect();
    parse_decimal(&plain).map(|_| plain)
}

/// An amount of a currency with `decimals` minor digits as a person types it: as
/// `typed_decimal`, except that one mark followed by exactly three digits groups thousands
/// when the currency has fewer decimals (`250.000` ALL is 250 000, as people write it here;
/// a rate, which may have three decimals, is read by `typed_decimal`).
pub fn typed_amount(s: &str, decimals: u32) -> Option<String> {
    let t: String = s.trim().chars().filter(|c| !c.is_whitespace()).collect();
    let marks: Vec<usize> = t.match_indices([',', '.']).map(|(i, _)| i).collect();
    if let [one] = marks.as_slice() {
        let after = &t[one + 1..];
        if decimals < 3 && after.len() == 3 && after.bytes().all(|b| b.is_ascii_digit()) && *one > 0 {
            return typed_decimal(&t.replace([',', '.'], ""));
        }
    }
    typed_decimal(&t)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    pub minor: i64,
    currency: [u8; 3],
}

/// Why a decimal string is not an amount of a currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    NotDecimal,
    UnknownCurrency,
    TooManyDecimals { digits: u32 },
    TooLarge,
}

impl Money {
    pub fn new(minor: i64, currency: &str) -> Result<Money> {
        currency_exponent(currency)?;
        let b = currency.as_bytes();
        Ok(Money { minor, currency: [b[0], b[1], b[2]] })
    }

    pub fn currency(&self) -> &str {
        std::str::from_utf8(&self.currency).unwrap_or("XXX")
    }

    fn exponent(&self) -> u32 {
        currency_exponent(self.currency()).unwrap_or(2)
    }

    /// Parse a decimal string (`"17740.80"`) exactly; more decimals than the currency has is
    /// an error, never a silent rounding.
    pub fn parse(amount: &str, currency: &str) -> std::result::Result<Money, MoneyError> {
        let exp = currency_exponent(currency).map_err(|_| MoneyError::UnknownCurrency)?;
        let d = parse_decimal(amount).ok_or(MoneyError::NotDecimal)?;
        if d.normalize().scale() > exp {
            return Err(MoneyError::TooManyDecimals { digits: exp });
        }
        let minor = (d * Decimal::from(10i64.pow(exp))).trunc();
        let minor = i64::try_from(minor).map_err(|_| MoneyError::TooLarge)?;
        let b = currency.as_bytes();
        Ok(Money { minor, currency: [b[0], b[1], b[2]] })
    }

    pub fn to_decimal(&self) -> Decimal {
        Decimal::new(self.minor, self.exponent())
    }

    /// `amount × factor`, rounded half away from zero to the currency's minor unit.
    pub fn mul(&self, factor: Decimal) -> Money {
        let exp = self.exponent();
        let v = (self.to_decimal() * factor).round_dp_with_strategy(exp, RoundingStrategy::MidpointAwayFromZero);
        let minor = i64::try_from(v * Decimal::from(10i64.pow(exp))).unwrap_or(i64::MAX);
        Money { minor, currency: self.currency }
    }
}

impl Money {
    /// A decimal in `currency`, rounded half away from zero to its minor unit.
    pub fn from_decimal(d: Decimal, currency: &str) -> Result<Money> {
        let exp = currency_exponent(currency)?;
        let v = d.round_dp_with_strategy(exp, RoundingStrategy::MidpointAwayFromZero);
        let minor = i64::try_from(v * Decimal::from(10i64.pow(exp))).unwrap_or(i64::MAX);
        Money::new(minor, currency)
    }

    /// This amount in `into` at `rate` units of this currency per one unit of `into`
    /// (`amount / rate`), rounded half away from zero to `into`'s minor unit — once.
    pub fn convert(&self, rate: Decimal, into: &str) -> Result<Money> {
        Money::from_decimal(self.to_decimal() / rate, into)
    }
}

impl fmt::Display for Money {
    /// The package form: a dot and exactly the currency's decimals (`"17740.80"`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.to_decimal();
        write!(f, "{:.*}", self.exponent() as usize, d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_exactly() {
        let m = Money::parse("17740.8", "EUR").unwrap();
        assert_eq!(m.minor, 1_774_080);
        assert_eq!(m.to_string(), "17740.80");
        assert_eq!(Money::parse("-5", "JPY").unwrap().to_string(), "-5");
        assert_eq!(Money::parse("1.234", "KWD").unwrap().minor, 1234);
    }

    #[test]
    fn refuses_more_decimals_than_the_currency_has() {
        assert_eq!(Money::parse("10.005", "EUR"), Err(MoneyError::TooManyDecimals { digits: 2 }));
        assert_eq!(Money::parse("10.50", "JPY"), Err(MoneyError::TooManyDecimals { digits: 0 }));
        assert_eq!(Money::parse("10", "XYZ"), Err(MoneyError::UnknownCurrency));
        assert_eq!(Money::parse("1e5", "EUR"), Err(MoneyError::NotDecimal));
    }

    #[test]
    fn multiplies_with_explicit_rounding() {
        let m = Money::parse("0.05", "EUR").unwrap();
        // 0.025 rounds away from zero, not to even
        assert_eq!(m.mul(Decimal::from_str("0.5").unwrap()).to_string(), "0.03");
    }

    #[test]
    fn converts_once_half_away_from_zero() {
        // 929.41 BGN at the fixed 1.95583 per EUR: 475.2008… → 475.20
        assert_eq!(
            Money::parse("929.41", "BGN").unwrap().convert(Decimal::new(195583, 5), "EUR").unwrap().to_string(),
            "475.20"
        );
        // exactly half a cent: 0.25 / 10 = 0.025 → 0.03, and −0.03 for a reversal
        let half = Decimal::from(10);
        assert_eq!(Money::parse("0.25", "ALL").unwrap().convert(half, "EUR").unwrap().to_string(), "0.03");
        assert_eq!(Money::parse("-0.25", "ALL").unwrap().convert(half, "EUR").unwrap().to_string(), "-0.03");
    }

    #[test]
    fn reads_amounts_as_people_type_them() {
        for (typed, read) in [
            ("17,5", "17.5"),
            ("1.234,56", "1234.56"),
            ("1,234.56", "1234.56"),
            ("1 234,56", "1234.56"),
            ("1.234.567", "1234567"),
            ("-56000", "-56000"),
            ("120000.00", "120000.00"),
        ] {
            assert_eq!(typed_decimal(typed).as_deref(), Some(read), "{typed}");
        }
        assert_eq!(typed_decimal("12a"), None);
        // an amount: one mark before three digits groups thousands when the currency has two decimals
        assert_eq!(typed_amount("250.000", 2).as_deref(), Some("250000"));
        assert_eq!(typed_amount("1,000", 2).as_deref(), Some("1000"));
        assert_eq!(typed_amount("1.000,50", 2).as_deref(), Some("1000.50"));
        assert_eq!(typed_amount("12,5", 2).as_deref(), Some("12.5"));
        assert_eq!(typed_amount("1.234", 3).as_deref(), Some("1.234"), "KWD has three decimals");
        assert_eq!(typed_decimal("61,495").as_deref(), Some("61.495"), "a rate keeps them");
        assert_eq!(typed_decimal(""), None);
    }

    #[test]
    fn knows_countries_and_kosovo() {
        assert!(is_country("XK") && is_country("AL") && is_country("MK"));
        assert!(!is_country("QQ") && !is_country("ALB"));
        assert!(is_currency("BAM") && is_currency("RSD") && !is_currency("EURO"));
    }
}
