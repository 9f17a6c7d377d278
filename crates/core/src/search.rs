//! The search key: one folded form of a name whatever script and diacritics it was typed
//! in, so `petrovic` finds `Петровић` and `Petrović`, and `djordjevic` finds `Đorđević`.

/// South Slavic Cyrillic letters whose Latin form differs from the Russian-style
/// transliteration `deunicode` applies (Serbian/Macedonian official Latin spellings).
const CYRILLIC: &[(char, &str)] = &[
    ('ђ', "đ"),
    ('ј', "j"),
    ('љ', "lj"),
    ('њ', "nj"),
    ('ћ', "ć"),
    ('џ', "dž"),
    ('ц', "c"),
    ('ч', "č"),
    ('ш', "š"),
    ('ж', "ž"),
    ('х', "h"),
    ('ѓ', "gj"),
    ('ќ', "kj"),
    ('ѕ', "dz"),
    ('й', "j"),
    ('щ', "sht"),
    ('ъ', "a"),
    ('ю', "ju"),
    ('я', "ja"),
];

/// Transliterate to ASCII, lower-case, and fold `dj` to `d` (Đ is written both ways).
pub fn fold(text: &str) -> String {
    let mut latin = String::with_capacity(text.len());
    for ch in text.to_lowercase().chars() {
        match CYRILLIC.iter().find(|(c, _)| *c == ch) {
            Some((_, l)) => latin.push_str(l),
            None => latin.push(ch),
        }
    }
    deunicode::deunicode(&latin).replace("dj", "d")
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_scripts_and_diacritics() {
        assert_eq!(fold("Петровић"), fold("petrovic"));
        assert_eq!(fold("Petrović"), fold("PETROVIC"));
        assert_eq!(fold("Shkodër"), fold("shkoder"));
        assert_eq!(fold("Đorđević"), fold("djordjevic"));
        assert_eq!(fold("Đorđević"), fold("dordevic"));
    }

    /// The same cases the UI's fold runs (ui/src/lib/search.test.ts): one rule, two places.
    #[test]
    fn golden_cases_shared_with_the_ui() {
        let tsv = include_str!("../tests/fixtures/search-fold.tsv");
        let mut n = 0;
        for line in tsv.lines().skip(1).filter(|l| !l.is_empty()) {
            let (input, folded) = line.split_once('\t').expect("input<TAB>folded");
            assert_eq!(fold(input), folded, "fold({input:?})");
            n += 1;
        }
        assert!(n >= 40, "only {n} golden cases");
    }
}
