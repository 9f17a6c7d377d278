//! Likely duplicates among people: the same person typed in another script or without
//! diacritics (`Ђорђевић` / `Dordevic`), with a typo, with first and last name swapped — names
//! compared folded (`search::fold`) by Jaro–Winkler similarity (`strsim`), with the birth year,
//! gender and place. They are shown for a person to decide (the registration form, the
//! review list); `merge_people` then keeps one, with every service and attendance of both.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use super::{person_row, PersonRow, PERSON_COLS};
use crate::input::text as t;
use crate::search::fold;
use crate::{rows, Db, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// How alike two people's names must be (0–1, after the adjustments of `likeness`).
const THRESHOLD: f64 = 0.9;

/// A person as compared: names folded.
#[derive(Debug, Clone)]
struct Known {
    row: PersonRow,
    first: String,
    last: String,
}

impl Known {
    fn new(row: PersonRow) -> Known {
        let f = |s: &Option<String>| s.as_deref().map(fold).unwrap_or_default().trim().to_string();
        Known { first: f(&row.first_name), last: f(&row.last_name), row }
    }

    fn names(&self) -> Vec<&str> {
        [self.first.as_str(), self.last.as_str()].into_iter().filter(|n| !n.is_empty()).collect()
    }
}

/// How alike two names are: the better of the straight and the swapped pairing, each name
/// pair by Jaro–Winkler; a person with one name is compared on it alone.
fn name_likeness(a: &Known, b: &Known) -> Option<f64> {
    let (an, bn) = (a.names(), b.names());
    match (an.as_slice(), bn.as_slice()) {
        ([], _) | (_, []) => None,
        ([x1, x2], [y1, y2]) => {
            let pair = |p: &str, q: &str, r: &str, s: &str| {
                let (u, v) = (strsim::jaro_winkler(p, q), strsim::jaro_winkler(r, s));
                // both names must be close: a shared surname alone is a family, not a duplicate
                if u.min(v) < 0.85 {
                    0.0
                } else {
                    (u + v) / 2.0
                }
            };
            Some(pair(x1, y1, x2, y2).max(pair(x1, y2, x2, y1)))
        }
        (one, other) => {
            // one name against one or two: the best match of the single name
            let best =
                one.iter().flat_map(|x| other.iter().map(move |y| strsim::jaro_winkler(x, y))).fold(0.0, f64::max);
            // a single name is weak evidence: it must be nearly the same
            Some(best - 0.04)
        }
    }
}

/// How likely two people are one (0–1), or `None` when they cannot be: birth years more than
/// one apart, or nothing to compare names on.
fn likeness(a: &Known, b: &Known) -> Option<f64> {
    let mut s = name_likeness(a, b)?;
    match (a.row.birth_year, b.row.birth_year) {
        (Some(x), Some(y)) if (x - y).abs() > 1 => return None,
        (Some(x), Some(y)) if x != y => s -= 0.04,
        (Some(_), Some(_)) => s += 0.02,
        _ => s -= 0.02,
    }
    fn known(g: &Option<String>) -> Option<&str> {
        g.as_deref().filter(|g| *g == "female" || *g == "male")
    }
    if let (Some(x), Some(y)) = (known(&a.row.gender), known(&b.row.gender)) {
        if x != y {
            s -= 0.08;
        }
    }
    if let (Some(x), Some(y)) = (&a.row.municipality, &b.row.municipality) {
        s += if fold(x) == fold(y) { 0.02 } else { -0.03 };
    }
    Some(s)
}

/// A likely duplicate: the other person and how alike they are (0–1).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Likely {
    pub person: PersonRow,
    pub likeness: f32,
}

/// Two people who are likely one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct DuplicatePair {
    pub a: PersonRow,
    pub b: PersonRow,
    pub likeness: f32,
}

/// The people already registered who are likely the person described (the registration
/// form asks before it saves, the import's check lists them): compared with everyone born
/// within a year of them (everyone with a name, when the birth year is not known), best first.
pub fn likely_duplicates(db: &Db, person: &PersonRow, limit: usize) -> Result<Vec<Likely>> {
    let me = Known::new(person.clone());
    if me.names().is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {PERSON_COLS} FROM live_beneficiaries b WHERE kind = 'person' AND id IS NOT ?1
           AND (first_name IS NOT NULL OR last_name IS NOT NULL)
           AND (?2 IS NULL OR birth_year IS NULL OR birth_year BETWEEN ?2 - 1 AND ?2 + 1)"
    );
    let mut stmt = db.conn().prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params![person.id, person.birth_year], person_row)?;
    let mut found = Vec::new();
    for r in rows {
        let other = Known::new(r?);
        if let Some(s) = likeness(&me, &other).filter(|s| *s >= THRESHOLD) {
            found.push(Likely { person: other.row, likeness: s.min(1.0) as f32 });
        }
    }
    found.sort_by(|a, b| b.likeness.total_cmp(&a.likeness));
    found.truncate(limit);
    Ok(found)
}

/// Everyone registered with a name, as compared.
fn registered(db: &Db) -> Result<Vec<Known>> {
    let sql = format!(
        "SELECT {PERSON_COLS} FROM live_beneficiaries b WHERE kind = 'person'
           AND (first_name IS NOT NULL OR last_name IS NOT NULL) ORDER BY code"
    );
    let people: rusqlite::Result<Vec<Known>> =
        db.conn().prepare(&sql)?.query_map([], person_row)?.map(|r| r.map(Known::new)).collect();
    Ok(people?)
}

/// People by block — (birth year, first letter of a name): a person is in the block of each of
/// its names' letters (a swapped name still meets), and is looked for in its own year's block
/// and those beside it (a birth year one off). Only people who share a block are compared.
struct Blocks(FxHashMap<(Option<i32>, char), Vec<usize>>);

impl Blocks {
    fn new(people: &[Known]) -> Blocks {
        let mut blocks: FxHashMap<(Option<i32>, char), Vec<usize>> = FxHashMap::default();
        for (i, p) in people.iter().enumerate() {
            for c in letters(p) {
                blocks.entry((p.row.birth_year, c)).or_default().push(i);
            }
        }
        Blocks(blocks)
    }

    /// The people who share a block with `p` (some more than once).
    fn candidates<'a>(&'a self, p: &Known) -> impl Iterator<Item = usize> + 'a {
        let years: Vec<Option<i32>> = match p.row.birth_year {
            Some(y) => vec![Some(y - 1), Some(y), Some(y + 1)],
            None => vec![None],
        };
        let keys: Vec<(Option<i32>, char)> =
            years.into_iter().flat_map(|y| letters(p).into_iter().map(move |c| (y, c))).collect();
        keys.into_iter().flat_map(move |k| self.0.get(&k).into_iter().flatten().copied())
    }
}

fn letters(p: &Known) -> FxHashSet<char> {
    p.names().iter().filter_map(|n| n.chars().next()).collect()
}

/// Every pair of registered people who are likely one, most alike first (the review list);
/// blocked (`Blocks`), so 200 000 people take seconds, not hours.
pub fn find_duplicates(db: &Db) -> Result<Vec<DuplicatePair>> {
    let people = registered(db)?;
    let blocks = Blocks::new(&people);
    let mut seen: FxHashSet<(usize, usize)> = FxHashSet::default();
    let mut pairs = Vec::new();
    for (i, p) in people.iter().enumerate() {
        for j in blocks.candidates(p) {
            let key = (i.min(j), i.max(j));
            if i == j || !seen.insert(key) {
                continue;
            }
            if let Some(s) = likeness(p, &people[j]).filter(|s| *s >= THRESHOLD) {
                pairs.push((key, s));
            }
        }
    }
    pairs.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok(pairs
        .into_iter()
        .map(|((i, j), s)| DuplicatePair {
            a: people[i].row.clone(),
            b: people[j].row.clone(),
            likeness: s.min(1.0) as f32,
        })
        .collect())
}

/// A row of a table being imported that is likely someone already registered.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct RowDuplicate {
    pub row: u32,
    pub person: PersonRow,
    pub likeness: f32,
}

/// The rows (spreadsheet number, person as read) that are likely someone already registered,
/// the best match of each, at most `limit` rows (the import's check shows them).
pub fn against_registry(db: &Db, rows: &[(u32, PersonRow)], limit: usize) -> Result<Vec<RowDuplicate>> {
    let people = registered(db)?;
    let blocks = Blocks::new(&people);
    let mut found = Vec::new();
    for (number, row) in rows {
        let me = Known::new(row.clone());
        if me.names().is_empty() {
            continue;
        }
        let best = blocks
            .candidates(&me)
            .filter_map(|j| likeness(&me, &people[j]).filter(|s| *s >= THRESHOLD).map(|s| (j, s)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((j, s)) = best {
            found.push(RowDuplicate { row: *number, person: people[j].row.clone(), likeness: s.min(1.0) as f32 });
            if found.len() >= limit {
                break;
            }
        }
    }
    Ok(found)
}

/// Merge `other` into `keep`: every service and attendance of `other` becomes `keep`'s (an
/// activity both attended is counted once), `keep`'s empty fields take `other`'s values, and
/// `other` is deleted (undo brings them back as they were, without what moved).
pub fn merge_people(db: &mut Db, keep: &str, other: &str) -> Result<()> {
    rows::exists(db, "beneficiaries", "person", keep)?;
    rows::exists(db, "beneficiaries", "person", other)?;
    let c = db.conn();
    let ids = |sql: &str| -> Result<Vec<String>> {
        Ok(c.prepare(sql)?.query_map([other], |r| r.get(0))?.collect::<Result<_, _>>()?)
    };
    let services = ids("SELECT id FROM live_services WHERE beneficiary_id = ?1")?;
    let attended: FxHashSet<String> = c
        .prepare("SELECT activity_id FROM live_attendance WHERE beneficiary_id = ?1")?
        .query_map([keep], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let attendance: Vec<(String, String)> = c
        .prepare("SELECT id, activity_id FROM live_attendance WHERE beneficiary_id = ?1")?
        .query_map([other], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    // the fields `keep` lacks
    const FILL: &[&str] =
        &["first_name", "last_name", "gender", "birth_year", "country", "municipality", "settlement", "household_id"];
    let mut fill = Vec::new();
    for col in FILL {
        let sql = format!("SELECT k.{col} IS NULL, o.{col} FROM live_beneficiaries k, live_beneficiaries o WHERE k.id = ?1 AND o.id = ?2");
        let (empty, value): (bool, rusqlite::types::Value) =
            c.query_row(&sql, [keep, other], |r| Ok((r.get(0)?, r.get(1)?)))?;
        if empty && value != rusqlite::types::Value::Null {
            fill.push((*col, value));
        }
    }
    let (code, first, last): (String, Option<String>, Option<String>) =
        c.query_row("SELECT code, first_name, last_name FROM live_beneficiaries WHERE id = ?1", [keep], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    db.write(|w| {
        for s in &services {
            w.update("services", s, &[("beneficiary_id", t(keep))])?;
        }
        for (a, activity) in &attendance {
            if attended.contains(activity) {
                w.delete("attendance", a)?;
            } else {
                w.update("attendance", a, &[("beneficiary_id", t(keep))])?;
            }
        }
        if !fill.is_empty() {
            let named = |col: &str, now: &Option<String>| {
                fill.iter()
                    .find(|(c, _)| *c == col)
                    .and_then(|(_, v)| match v {
                        rusqlite::types::Value::Text(s) => Some(s.clone()),
                        _ => None,
                    })
                    .or_else(|| now.clone())
            };
            let key =
                super::search_key(&code, named("first_name", &first).as_deref(), named("last_name", &last).as_deref());
            let mut values = fill.clone();
            values.push(("search_key", t(&key)));
            w.update("beneficiaries", keep, &values)?;
        }
        w.delete("beneficiaries", other)?;
        Ok(())
    })
}

/// A person as a form or a table's row describes them, as compared (the municipality as it
/// would be stored).
pub(crate) fn described(input: &super::edit::PersonInput, id: &str, code: &str) -> PersonRow {
    PersonRow {
        id: id.to_string(),
        code: code.to_string(),
        first_name: input.first_name.clone(),
        last_name: input.last_name.clone(),
        gender: input.gender.clone(),
        birth_year: input.birth_year,
        country: input.country.clone(),
        municipality: input
            .municipality
            .as_deref()
            .map(|m| super::edit::stored_municipality(input.country.as_deref(), m)),
    }
}

/// The people already registered who are likely the one the registration form describes
/// (`editing`: the person being changed, left out).
pub fn likely_duplicates_of(
    db: &Db,
    input: &super::edit::PersonInput,
    editing: Option<&str>,
    limit: usize,
) -> Result<Vec<Likely>> {
    let row = described(input, editing.unwrap_or(""), "");
    likely_duplicates(db, &row, limit)
}
