//! Money as CLDR writes it, checked against an independent implementation: every case of
//! `fixtures/money-cldr.tsv` (Babel's `format_currency`, written by
//! `scripts/cldr-currencies.py`) in the seven languages — symbols (`КМ` in sr-Cyrl, `ден.` in
//! mk, `Lekë` in sq), patterns and digits. Babel does not insert CLDR's currencySpacing (`ALL
//! 12,345` in en, as ICU and the UI's Intl write it): the one allowance made.

use tessera_l10n::Formatter;

fn with_currency_spacing(expected: &str) -> String {
    // `-ALL56,000` → `-ALL 56,000`: a no-break space between a symbol ending in a letter and a digit
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for c in expected.chars() {
        if c.is_ascii_digit() && prev.is_some_and(char::is_alphabetic) {
            out.push('\u{a0}');
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

#[test]
fn money_matches_cldr_in_every_language() {
    let text = include_str!("fixtures/money-cldr.tsv");
    let mut failures = Vec::new();
    let mut cases = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        let [lang, currency, amount, expected] = f.as_slice() else { panic!("bad line {line}") };
        let lang: &'static str = tessera_l10n::LANGS.iter().find(|l| *l == lang).expect("a language");
        let expected = if lang == "en" { with_currency_spacing(expected) } else { expected.to_string() };
        let got = Formatter::new(lang).money(amount, currency);
        cases += 1;
        if got != expected {
            failures.push(format!("{lang} {currency} {amount}: {got:?}, CLDR {expected:?}"));
        }
    }
    assert!(cases > 300);
    assert!(failures.is_empty(), "{} of {cases} differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn an_amount_is_never_rounded_to_be_shown() {
    // CLDR gives the lek no decimals; an amount that has them keeps them
    let sq = Formatter::new("sq");
    assert_eq!(sq.money("357000.00", "ALL"), "357\u{a0}000\u{a0}Lekë");
    assert_eq!(sq.money("1234.50", "ALL"), "1234,50\u{a0}Lekë");
    assert_eq!(Formatter::new("sr-Cyrl").money("1950.5", "BAM"), "1.950,50\u{a0}КМ");
    assert_eq!(Formatter::new("mk").money("61495", "MKD"), "61.495,00\u{a0}ден.");
}
