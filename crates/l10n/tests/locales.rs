//! Every locale has exactly the keys of `en`, each message with the same variables, and the
//! formatting follows CLDR for each language.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use tessera_l10n::{Formatter, L10n, FILES, LANGS};

fn vars_of_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            vars_of_expr(expression, out);
        }
    }
}

fn vars_of_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                vars_of_inline(a, out);
            }
            for n in &arguments.named {
                vars_of_inline(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => vars_of_expr(expression, out),
        _ => {}
    }
}

fn vars_of_expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => vars_of_inline(i, out),
        Expression::Select { selector, variants } => {
            vars_of_inline(selector, out);
            for v in variants {
                vars_of_pattern(&v.value, out);
            }
        }
    }
}

/// (file, message id) → variables, for one language.
fn messages(lang: &str) -> BTreeMap<(String, String), BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (_, file, text) in FILES.iter().filter(|(l, _, _)| *l == lang) {
        let res = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errs)| panic!("{lang}/{file}: {errs:?}"));
        for entry in &res.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        vars_of_pattern(v, &mut vars);
                    }
                    out.insert((file.to_string(), m.id.name.to_string()), vars);
                }
                Entry::Junk { content } => panic!("{lang}/{file}: junk {content}"),
                _ => {}
            }
        }
    }
    out
}

#[test]
fn every_locale_has_exactly_the_keys_and_variables_of_english() {
    let en = messages("en");
    assert!(en.len() > 40, "only {} English messages", en.len());
    for lang in LANGS.iter().filter(|l| **l != "en") {
        let other = messages(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has extra {extra:?}");
        for (k, vars) in &en {
            assert_eq!(&other[k], vars, "{lang} {k:?}: variables differ");
        }
    }
}

#[test]
fn no_message_is_defined_in_two_files() {
    for lang in LANGS {
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for (file, id) in messages(lang).keys() {
            if let Some(other) = seen.insert(id.clone(), file.clone()) {
                panic!("{lang}: {id} is defined in {other} and {file}");
            }
        }
    }
}

#[test]
fn translations_are_not_english_copies() {
    let en = L10n::new("en");
    for lang in LANGS.iter().filter(|l| **l != "en") {
        let l = L10n::new(lang);
        let same = ["error-wrong-passphrase", "package-unknown-ref", "cli-import-progress"]
            .iter()
            .filter(|id| l.message(id, &[("ref", "x".into())]) == en.message(id, &[("ref", "x".into())]))
            .count();
        assert_eq!(same, 0, "{lang} copies English");
    }
}

#[test]
fn money_numbers_and_dates_follow_cldr() {
    let nb = |s: String| s.replace(['\u{a0}', '\u{202f}'], " ");
    assert_eq!(nb(Formatter::new("bs").money("17740.80", "EUR")), "17.740,80 €");
    assert_eq!(nb(Formatter::new("sq").money("17740.8", "EUR")), "17 740,80 €");
    assert_eq!(Formatter::new("en").money("17740.80", "EUR"), "€17,740.80");
    assert_eq!(nb(Formatter::new("mk").money("-5", "MKD")), "-5,00 ден.");
    assert_eq!(Formatter::new("sr-Cyrl").date("2026-11-22"), "22. новембар 2026.");
    assert_eq!(Formatter::new("sr-Latn").date("2026-11-22"), "22. novembar 2026.");
    assert_eq!(Formatter::new("en").date("2026-11-22"), "November 22, 2026");
    assert_eq!(nb(Formatter::new("bg").number("1234567.5")), "1 234 567,5");
    assert_eq!(Formatter::new("en").date("not a date"), "not a date");
}

#[test]
fn plurals_follow_each_language() {
    let l = L10n::new("sr-Latn");
    let one = l.message("error-invalid-package", &[("count", "1".into())]);
    let few = l.message("error-invalid-package", &[("count", "3".into())]);
    let many = l.message("error-invalid-package", &[("count", "5".into())]);
    assert_ne!(one, few);
    assert_ne!(few, many, "sr-Latn needs a 'few' form");
    let en = L10n::new("en");
    assert!(en.message("error-invalid-package", &[("count", "1".into())]).contains("one error"));
}

#[test]
fn system_locales_are_negotiated() {
    assert_eq!(tessera_l10n::negotiate("sr_RS@latin"), "sr-Latn");
    assert_eq!(tessera_l10n::negotiate("sr_RS.UTF-8"), "sr-Cyrl");
    assert_eq!(tessera_l10n::negotiate("mk-MK"), "mk");
    assert_eq!(tessera_l10n::negotiate("de_DE"), "en");
    assert_eq!(tessera_l10n::negotiate("sr-Latn"), "sr-Latn");
}
