//! The municipalities of the seven countries, shipped inside the product
//! (`crates/core/data/municipalities`, a copy of `shared/data/municipalities`; its
//! `SOURCES.md` says how sure each list is): listing them and finding one by a name typed
//! in either script, or by a former name people still use (`aliases.csv`: Fushë-Krujë is
//! Krujë).

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
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

/// Former names and units people still call municipalities: (country, alias, municipality
/// by any of its names).
const ALIASES: &str = include_str!("../data/municipalities/aliases.csv");

#[derive(Deserialize)]
struct Alias {
    country: String,
    alias: String,
    municipality: String,
}

/// The aliases, folded, each with the municipality it names.
fn aliases() -> &'static [(String, String, &'static Municipality)] {
    static ALL: OnceLock<Vec<(String, String, &'static Municipality)>> = OnceLock::new();
    ALL.get_or_init(|| {
        csv::Reader::from_reader(ALIASES.as_bytes())
            .deserialize::<Alias>()
            .map(|a| {
                let a = a.expect("the shipped aliases are well-formed (tests below)");
                let target = direct(&a.country, &a.municipality);
                assert_eq!(target.len(), 1, "the alias {} names one municipality", a.alias);
                (a.country, fold(&a.alias), target[0])
            })
            .collect()
    })
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

/// The name a report in language `lang` gives the municipality stored as `stored` in
/// `country`: Cyrillic for Bulgarian, Macedonian and Serbian in Cyrillic, the Albanian name
/// in Albanian, else the Latin one; a name the lists do not know stays as stored.
pub fn name_in(country: &str, stored: &str, lang: &str) -> String {
    let Some(m) = by_key(country, stored).or_else(|| find(country, stored).into_iter().next()) else {
        return stored.to_string();
    };
    let name = match lang {
        "bg" | "mk" | "sr-Cyrl" => m.name_cyrl.as_ref(),
        "sq" => m.name_sq.as_ref(),
        _ => None,
    };
    name.unwrap_or(&m.name_latn).clone()
}

/// The municipalities of `country` whose name in any script is `name` (ignoring case,
/// diacritics and script: `shkoder` is Shkodër, `Нови Сад` is Novi Sad; an Albanian name also
/// in its definite form: Tirana, Shkodra, Durrësi), or whose key it is, else the one a former
/// name names (`Fushë-Krujë` is Krujë). More than one when the name is ambiguous (Kupres).
pub fn find(country: &str, name: &str) -> Vec<&'static Municipality> {
    let found = direct(country, name);
    if !found.is_empty() {
        return found;
    }
    let needle = fold(name.trim());
    aliases().iter().filter(|(c, a, _)| c == country && *a == needle).map(|(_, _, m)| *m).collect()
}

/// Every municipality by (country, folded name or key): one lookup per name typed (a table
/// import looks up every row's).
fn by_name() -> &'static FxHashMap<(&'static str, String), Vec<&'static Municipality>> {
    static INDEX: OnceLock<FxHashMap<(&'static str, String), Vec<&'static Municipality>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: FxHashMap<(&'static str, String), Vec<&'static Municipality>> = FxHashMap::default();
        for (country, list) in all() {
            for m in list {
                let mut names: Vec<String> = [Some(&m.name_latn), m.name_cyrl.as_ref(), m.name_sq.as_ref()]
                    .into_iter()
                    .flatten()
                    .map(|n| fold(n))
                    .collect();
                let albanian = match *country {
                    "AL" => Some(&m.name_latn),
                    "XK" => m.name_sq.as_ref(),
                    _ => None,
                };
                names.extend(albanian.and_then(|n| definite(n)).map(|n| fold(&n)));
                names.push(m.key.clone());
                names.sort();
                names.dedup();
                for n in names {
                    index.entry((*country, n)).or_default().push(m);
                }
            }
        }
        // Belgrade's and Niš's municipalities are listed as `Beograd-Zvezdara`: people write
        // `Zvezdara`; a part two cities share (Palilula) names neither.
        let mut parts: FxHashMap<String, Vec<&'static Municipality>> = FxHashMap::default();
        for m in municipalities("RS") {
            for n in [Some(&m.name_latn), m.name_cyrl.as_ref()].into_iter().flatten() {
                if let Some((_, part)) = n.split_once('-') {
                    let found = parts.entry(fold(part)).or_default();
                    if !found.iter().any(|f| f.key == m.key) {
                        found.push(m);
                    }
                }
            }
        }
        for (part, ms) in parts {
            if ms.len() == 1 {
                index.entry(("RS", part)).or_insert(ms);
            }
        }
        index
    })
}

/// An Albanian place name in its definite form, as people often write it: Tiranë → Tirana,
/// Shkodër → Shkodra, Durrës → Durrësi, Pejë → Peja.
fn definite(name: &str) -> Option<String> {
    if name.contains([' ', '-']) {
        return None;
    }
    if let Some(stem) = name.strip_suffix("ër") {
        return Some(format!("{stem}ra"));
    }
    if let Some(stem) = name.strip_suffix('ë') {
        return Some(format!("{stem}a"));
    }
    if name.ends_with(|c: char| "aeiouy".contains(c)) {
        return None;
    }
    Some(format!("{name}i"))
}

fn direct(country: &str, name: &str) -> Vec<&'static Municipality> {
    let key = name.trim();
    let index = by_name();
    let Some(country) = COUNTRIES.iter().find(|c| **c == country).copied() else { return Vec::new() };
    if let Some(found) = index.get(&(country, key.to_string())) {
        return found.clone();
    }
    index.get(&(country, fold(key))).cloned().unwrap_or_default()
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
    fn every_alias_names_one_municipality() {
        assert_eq!(aliases().len(), ALIASES.lines().count() - 1);
    }

    #[test]
    fn a_report_names_a_municipality_in_its_own_script() {
        assert_eq!(name_in("RS", "Novi Sad", "sr-Cyrl"), "Нови Сад");
        assert_eq!(name_in("RS", "Нови Сад", "sr-Latn"), "Novi Sad");
        assert_eq!(name_in("XK", "Uroševac", "sq"), "Ferizaj");
        assert_eq!(name_in("XK", "Uroševac", "bs"), "Uroševac");
        assert_eq!(name_in("AL", "Berat", "bg"), "Berat"); // no Cyrillic name in the list
        assert_eq!(name_in("AL", "Atlantis", "bg"), "Atlantis");
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
        assert_eq!(name("AL", "Fushe-Kruje"), ["Krujë"], "a former unit is an alias");
        assert_eq!(name("AL", "Tirana"), ["Tiranë"], "the definite form");
        assert_eq!(name("AL", "Shkodra"), ["Shkodër"]);
        assert_eq!(name("AL", "durresi"), ["Durrës"]);
        assert_eq!(name("XK", "Prishtina"), ["Priština"]);
        assert_eq!(name("RS", "Звездара"), ["Beograd-Zvezdara"], "a city's municipality by its own name");
        assert!(find("RS", "Palilula").is_empty(), "Belgrade and Niš both have a Palilula");
        assert_eq!(name("XK", "Gllogoc"), ["Glogovac"]);
        assert_eq!(name("BA", "Дувно"), ["Tomislavgrad"], "an alias in either script");
        let kupres = find("BA", "Kupres");
        assert_eq!(by_key("BA", &kupres[1].key), Some(kupres[1]));
    }
}
