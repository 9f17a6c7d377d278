//! The municipalities of the seven countries, shipped inside the product
//! (`crates/core/data/municipalities`, a copy of `shared/data/municipalities`; its
//! `SOURCES.md` says how sure each list is): listing them and finding one by a name typed
//! in either script.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::search::fold;

#[cfg(feature = "specta")]
use specta::Type;

/// The countries whose municipalities Tessera knows.
pub const COUNTRIES: &[&str] = &["AL", "BA", "BG", "ME", "MK", "RS", "XK"];

const FILES: &[(&str, &str)] = &[
    ("AL", include_str!("../data/municipalities/AL.csv")),
    ("BA", include_str!("../data/municipalities/BA.csv")),
    ("BG", include_str!("../data/municipalities/BG.csv")),
    ("ME", include_str!("../data/municipalities/ME.csv")),
    ("MK", include_str!("../data/municipalities/MK.csv")),
    ("RS", include_str!("../data/municipalities/RS.csv")),
    ("XK", include_str!("../data/municipalities/XK.csv")),
];

/// One municipality. `key` names it within its country and is what Tessera stores: its
/// ISO 3166-2 or statistical code, else `parent/name` (Bosnia and Herzegovina has a Kupres in
/// each entity), else its Latin name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Municipality {
    pub country: &'static str,
    pub key: String,
    pub code: Option<String>,
    /// The region, entity or city it belongs to (`AL-09`, `FBiH-9`, `Skopje`), if any.
    pub parent: Option<String>,
    pub name_latn: String,
    pub name_cyrl: Option<String>,
    /// The Albanian name (Kosovo).
    pub name_sq: Option<String>,
}

impl Municipality {
    /// A municipality the lists do not know (from a newer list on another laptop): its key is
    /// its name.
    pub fn unlisted(country: &str, key: &str) -> Municipality {
        let country = COUNTRIES.iter().find(|c| **c == country).copied().unwrap_or("");
        Municipality {
            country,
            key: key.to_string(),
            code: None,
            parent: None,
            name_latn: key.to_string(),
            name_cyrl: None,
            name_sq: None,
        }
    }
}

#[derive(Deserialize)]
struct Row {
    code: String,
    parent: String,
    name_latn: String,
    name_cyrl: String,
    name_sq: String,
}

fn some(s: String) -> Option<String> {
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

fn load(country: &'static str, text: &str) -> Vec<Municipality> {
    csv::Reader::from_reader(text.as_bytes())
        .deserialize::<Row>()
        .map(|r| {
            let r = r.expect("the shipped municipality lists are well-formed (tests/places.rs)");
            let code = some(r.code);
            let parent = some(r.parent);
            let key = match (&code, &parent) {
                (Some(c), _) => c.clone(),
                (None, Some(p)) => format!("{p}/{}", r.name_latn),
                (None, None) => r.name_latn.clone(),
            };
            Municipality {
                country,
                key,
                code,
                parent,
                name_latn: r.name_latn,
                name_cyrl: some(r.name_cyrl),
                name_sq: some(r.name_sq),
            }
        })
        .collect()
}

fn all() -> &'static [(&'static str, Vec<Municipality>)] {
    static ALL: OnceLock<Vec<(&'static str, Vec<Municipality>)>> = OnceLock::new();
    ALL.get_or_init(|| FILES.iter().map(|(c, text)| (*c, load(c, text))).collect())
}

/// The municipalities of a country (none for a country Tessera has no list of).
pub fn municipalities(country: &str) -> &'static [Municipality] {
    all().iter().find(|(c, _)| *c == country).map_or(&[], |(_, list)| list.as_slice())
}

/// The municipality of `country` with this key.
pub fn by_key(country: &str, key: &str) -> Option<&'static Municipality> {
    municipalities(country).iter().find(|m| m.key == key)
}

/// The municipalities of `country` whose name in any script is `name` (ignoring case,
/// diacritics and script: `shkoder` is Shkodër, `Нови Сад` is Novi Sad), or whose key it is.
/// More than one when the name is ambiguous (Kupres).
pub fn find(country: &str, name: &str) -> Vec<&'static Municipality> {
    let needle = fold(name.trim());
    municipalities(country)
        .iter()
        .filter(|m| {
            m.key == name.trim()
                || [Some(&m.name_latn), m.name_cyrl.as_ref(), m.name_sq.as_ref()]
                    .into_iter()
                    .flatten()
                    .any(|n| fold(n) == needle)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_loads_with_the_row_count_its_sources_give() {
        let counts: Vec<(&str, usize)> = COUNTRIES.iter().map(|c| (*c, municipalities(c).len())).collect();
        assert_eq!(counts, [("AL", 61), ("BA", 143), ("BG", 265), ("ME", 25), ("MK", 81), ("RS", 169), ("XK", 38)]);
        assert!(municipalities("FR").is_empty());
    }

    #[test]
    fn keys_are_unique_within_each_country() {
        for c in COUNTRIES {
            let mut keys: Vec<&str> = municipalities(c).iter().map(|m| m.key.as_str()).collect();
            let n = keys.len();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), n, "{c} has a key twice");
        }
    }

    #[test]
    fn a_name_is_found_in_either_script_and_without_diacritics() {
        let name = |c: &str, n: &str| find(c, n).iter().map(|m| m.name_latn.clone()).collect::<Vec<_>>();
        assert_eq!(name("AL", "shkoder"), ["Shkodër"]);
        assert_eq!(name("RS", "Нови Сад"), ["Novi Sad"]);
        assert_eq!(name("MK", "Гази Баба"), ["Gazi Baba"]);
        assert_eq!(name("BG", "Бяла").len(), 2, "two Byala in Bulgaria");
        assert_eq!(name("XK", "Ferizaj"), ["Uroševac"], "Kosovo's Albanian names count too");
        assert_eq!(name("BA", "kupres").len(), 2, "one Kupres in each entity");
        assert!(find("AL", "Atlantis").is_empty());
        let kupres = find("BA", "Kupres");
        assert_eq!(by_key("BA", &kupres[1].key), Some(kupres[1]));
    }
}
