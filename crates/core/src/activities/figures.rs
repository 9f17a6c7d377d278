//! **The reach rules** (`reports.md`, "How every figure is computed"): the people a project
//! reached in a window and cumulatively (unique registered persons who attended a `done`
//! activity that started in it, or received a service dated in it; organisations apart;
//! anonymous head-counts beside, never inside), the activities done and not carried out, and
//! the services by kind. One implementation for the app, the command line, the report data
//! and the PDF; what leaves the organisation is published through `suppress`.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::places;
use crate::suppress::{Cell, Grid};
use crate::{Db, Result};

#[cfg(feature = "specta")]
use specta::Type;

/// The age bands of reports and head-counts (`package.md`).
pub const AGE_BANDS: [&str; 5] = ["0-17", "18-29", "30-59", "60+", "unknown"];
/// The genders as counted (a person without one is `undisclosed`).
pub const GENDERS: [&str; 4] = ["female", "male", "other", "undisclosed"];
/// The key of people whose municipality is not recorded.
pub const UNKNOWN_PLACE: &str = "unknown";

/// A person's age band in the year `year`: from the birth year, else the band recorded.
pub fn age_band(year: i32, birth_year: Option<i32>, recorded: Option<&str>) -> &'static str {
    match birth_year.map(|b| year - b) {
        Some(age) if age < 0 => "unknown",
        Some(0..=17) => "0-17",
        Some(18..=29) => "18-29",
        Some(30..=59) => "30-59",
        Some(_) => "60+",
        None => AGE_BANDS.iter().find(|b| Some(**b) == recorded).copied().unwrap_or("unknown"),
    }
}

/// Who a project reached in a window, exact (the app shows these; reports publish them
/// through [`Reach::published`]). Municipalities by their name in the asked script.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Reach {
    pub unique_persons: u32,
    pub organisations: u32,
    pub by_gender: BTreeMap<String, u32>,
    pub by_gender_age_band: BTreeMap<String, BTreeMap<String, u32>>,
    pub by_municipality: BTreeMap<String, u32>,
    pub by_municipality_gender: BTreeMap<String, BTreeMap<String, u32>>,
    pub anonymous_headcount_total: u32,
    pub anonymous_headcount_by_gender: BTreeMap<String, u32>,
}

/// [`Reach`] as it leaves the organisation: every disaggregated count through `suppress`.
/// Cells that are zero and shown are left out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublishedReach {
    pub unique_persons: u32,
    pub organisations: u32,
    pub by_gender: BTreeMap<String, Cell>,
    pub by_gender_age_band: BTreeMap<String, BTreeMap<String, Cell>>,
    pub by_municipality: BTreeMap<String, Cell>,
    pub by_municipality_gender: BTreeMap<String, BTreeMap<String, Cell>>,
    pub anonymous_headcount_total: u32,
    pub anonymous_headcount_by_gender: BTreeMap<String, Cell>,
    /// By ethnicity (lower-cased as recorded, `unknown` when it is not): only in a report that
    /// asked for it, of an organisation that records it (`reports.md`, section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_ethnicity: Option<BTreeMap<String, Cell>>,
}

/// The persons reached by ethnicity, in the window and cumulatively (`reach_with_ethnicity`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EthnicityPeriods {
    pub period: BTreeMap<String, u32>,
    pub cumulative: BTreeMap<String, u32>,
}

/// `counts` of one table of `total` people as they leave the organisation: small cells `<5`,
/// and the fewest others `x` so that the total, which is shown, reveals none.
pub fn publish_ethnicity(counts: &BTreeMap<String, u32>, total: u32) -> BTreeMap<String, Cell> {
    let mut g = Grid::default();
    let whole = g.fixed(total);
    let ids: Vec<(&String, usize)> = counts.iter().map(|(k, n)| (k, g.cell(*n))).collect();
    g.sum(whole, ids.iter().map(|(_, i)| *i).collect());
    let out = g.publish();
    ids.into_iter().filter(|(_, i)| out[*i] != Cell::Count(0)).map(|(k, i)| (k.clone(), out[i])).collect()
}

/// The people reached in the window and cumulatively (project start .. `to`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ReachPeriods {
    pub period: Reach,
    pub cumulative: Reach,
}

/// One reached beneficiary, as the rules need it.
struct Reached {
    person: bool,
    gender: &'static str,
    band: &'static str,
    /// Index into the names of the places seen.
    place: u32,
    /// Index into the ethnicities seen (0 when not asked for).
    ethnicity: u32,
    in_period: bool,
}

/// The people of one window by gender, age band and place: few cells, however many people.
#[derive(Default)]
struct Tally {
    organisations: u32,
    persons: FxHashMap<(&'static str, &'static str, u32, u32), u32>,
}

impl Tally {
    fn add(&mut self, r: &Reached) {
        if r.person {
            *self.persons.entry((r.gender, r.band, r.place, r.ethnicity)).or_default() += 1;
        } else {
            self.organisations += 1;
        }
    }

    fn into_reach(self, places: &[String], ethnicities: &[String], into: &mut Reach, by: &mut BTreeMap<String, u32>) {
        into.organisations = self.organisations;
        for ((gender, band, place, ethnicity), n) in self.persons {
            let place = &places[place as usize];
            bump(by, &ethnicities[ethnicity as usize], n);
            into.unique_persons += n;
            bump(&mut into.by_gender, gender, n);
            bump(row(&mut into.by_gender_age_band, gender), band, n);
            bump(&mut into.by_municipality, place, n);
            bump(row(&mut into.by_municipality_gender, place), gender, n);
        }
    }
}

fn gender_of(stored: Option<&str>) -> &'static str {
    GENDERS.iter().find(|g| Some(**g) == stored).copied().unwrap_or("undisclosed")
}

fn bump(map: &mut BTreeMap<String, u32>, key: &str, by: u32) {
    match map.get_mut(key) {
        Some(n) => *n += by,
        None => {
            map.insert(key.to_string(), by);
        }
    }
}

fn row<'a>(map: &'a mut BTreeMap<String, BTreeMap<String, u32>>, key: &str) -> &'a mut BTreeMap<String, u32> {
    if !map.contains_key(key) {
        map.insert(key.to_string(), BTreeMap::new());
    }
    map.get_mut(key).expect("just made")
}

impl Reach {
    /// Small cells `<5`, and the fewest others `x` so that no total reveals them: the grand
    /// total is shown; by gender, by municipality and each table's rows are sums the reader
    /// sees, and the tables share their margins.
    pub fn published(&self) -> PublishedReach {
        let mut g = Grid::default();
        let total = g.fixed(self.unique_persons);
        let count = |m: &BTreeMap<String, u32>, k: &str| m.get(k).copied().unwrap_or(0);
        let genders: Vec<(&str, usize)> = GENDERS.iter().map(|&k| (k, g.cell(count(&self.by_gender, k)))).collect();
        g.sum(total, genders.iter().map(|(_, i)| *i).collect());
        let mut bands = Vec::new();
        for &(gender, row) in &genders {
            let cells = self.by_gender_age_band.get(gender).cloned().unwrap_or_default();
            let ids: Vec<(&str, usize)> = AGE_BANDS.iter().map(|&b| (b, g.cell(count(&cells, b)))).collect();
            g.sum(row, ids.iter().map(|(_, i)| *i).collect());
            bands.push((gender, ids));
        }
        let mut places = Vec::new();
        let mut columns: Vec<Vec<usize>> = vec![Vec::new(); GENDERS.len()];
        for (place, n) in &self.by_municipality {
            let row = g.cell(*n);
            let cells = self.by_municipality_gender.get(place).cloned().unwrap_or_default();
            let ids: Vec<(&str, usize)> = GENDERS.iter().map(|&k| (k, g.cell(count(&cells, k)))).collect();
            for (j, (_, i)) in ids.iter().enumerate() {
                columns[j].push(*i);
            }
            g.sum(row, ids.iter().map(|(_, i)| *i).collect());
            places.push((place.as_str(), row, ids));
        }
        g.sum(total, places.iter().map(|(_, row, _)| *row).collect());
        for (j, (_, col)) in genders.iter().enumerate() {
            g.sum(*col, columns[j].clone());
        }
        let heads_total = g.fixed(self.anonymous_headcount_total);
        let heads: Vec<(&str, usize)> =
            GENDERS.iter().map(|&k| (k, g.cell(count(&self.anonymous_headcount_by_gender, k)))).collect();
        g.sum(heads_total, heads.iter().map(|(_, i)| *i).collect());

        let out = g.publish();
        let shown = |ids: &[(&str, usize)]| -> BTreeMap<String, Cell> {
            ids.iter().filter(|(_, i)| out[*i] != Cell::Count(0)).map(|(k, i)| (k.to_string(), out[*i])).collect()
        };
        PublishedReach {
            unique_persons: self.unique_persons,
            organisations: self.organisations,
            by_gender: shown(&genders),
            by_gender_age_band: bands
                .iter()
                .map(|(gender, ids)| (gender.to_string(), shown(ids)))
                .filter(|(_, row)| !row.is_empty())
                .collect(),
            by_municipality: places.iter().map(|(p, row, _)| (p.to_string(), out[*row])).collect(),
            by_municipality_gender: places.iter().map(|(p, _, ids)| (p.to_string(), shown(ids))).collect(),
            anonymous_headcount_total: self.anonymous_headcount_total,
            anonymous_headcount_by_gender: shown(&heads),
            by_ethnicity: None,
        }
    }
}

/// A text column read without copying it.
fn text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<&'r str>> {
    r.get_ref(i)?
        .as_str_or_null()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
}

/// The project's start date, the lower end of every cumulative figure.
fn project_start(db: &Db, project_id: &str) -> Result<String> {
    Ok(db.conn().query_row("SELECT start_date FROM live_projects WHERE id = ?1", [project_id], |r| r.get(0))?)
}

/// The persons all projects reached, each once, each project's rows from its start on: the
/// cumulative figure of `reach` over every project at once (the dashboard's "beneficiaries
/// reached", which so agrees with the projects list).
pub fn reached_by_all(db: &Db) -> Result<i32> {
    Ok(db.conn().query_row(
        "SELECT count(*) FROM live_beneficiaries b WHERE b.kind = 'person' AND b.id IN (
           SELECT r.beneficiary_id FROM live_activities a JOIN live_attendance r ON r.activity_id = a.id
             JOIN live_projects p ON p.id = a.project_id
            WHERE a.status = 'done' AND a.actual_start >= p.start_date
           UNION
           SELECT s.beneficiary_id FROM live_services s JOIN live_projects p ON p.id = s.project_id
            WHERE s.date >= p.start_date)",
        [],
        |r| r.get(0),
    )?)
}

/// Who project `project_id` reached in `[from, to]` and from its start to `to`;
/// municipalities named in the script of language `lang`.
pub fn reach(db: &Db, project_id: &str, from: NaiveDate, to: NaiveDate, lang: &str) -> Result<ReachPeriods> {
    Ok(reach_of(db, project_id, from, to, lang, false)?.0)
}

/// `reach`, and the same persons by ethnicity (special-category data: for a report that asks
/// for it, of an organisation that records it — the caller's check).
pub fn reach_with_ethnicity(
    db: &Db,
    project_id: &str,
    from: NaiveDate,
    to: NaiveDate,
    lang: &str,
) -> Result<(ReachPeriods, EthnicityPeriods)> {
    reach_of(db, project_id, from, to, lang, true)
}

fn reach_of(
    db: &Db,
    project_id: &str,
    from: NaiveDate,
    to: NaiveDate,
    lang: &str,
    ethnicity: bool,
) -> Result<(ReachPeriods, EthnicityPeriods)> {
    let start = project_start(db, project_id)?.min(from.to_string());
    let (from_s, to_s) = (from.to_string(), to.to_string());
    let year = to.year();
    // the places seen, named once each: by stored name, then country
    let mut place_names: Vec<String> = Vec::new();
    let mut place_of: FxHashMap<String, Vec<(String, u32)>> = FxHashMap::default();
    let mut out = ReachPeriods::default();
    // who came or was served, each once (reached in the window if any of their rows is in
    // it), from the indexes of attendance and services alone; then each person's row once
    let attended = "SELECT a.actual_start >= ?2, r.beneficiary_id
         FROM live_activities a JOIN live_attendance r ON r.activity_id = a.id
         WHERE a.project_id = ?1 AND a.status = 'done' AND a.actual_start BETWEEN ?3 AND ?4";
    let served = "SELECT date >= ?2, beneficiary_id FROM live_services
         WHERE project_id = ?1 AND date BETWEEN ?3 AND ?4";
    let mut ids: FxHashMap<String, bool> = FxHashMap::default();
    for sql in [attended, served] {
        let mut stmt = db.conn().prepare_cached(sql)?;
        let mut rows = stmt.query(rusqlite::params![project_id, from_s, start, to_s])?;
        while let Some(r) = rows.next()? {
            let in_period = r.get::<_, i64>(0)? == 1;
            let id = text(r, 1)?.unwrap_or_default();
            match ids.get_mut(id) {
                Some(seen) => *seen |= in_period,
                None => {
                    ids.insert(id.to_string(), in_period);
                }
            }
        }
    }
    // a list of strings always serialises
    let mut sorted: Vec<&String> = ids.keys().collect();
    sorted.sort_unstable(); // neighbours in the index, so its pages are read once
    let list = serde_json::to_string(&sorted).unwrap_or_default();
    let mut stmt = db.conn().prepare_cached(
        "SELECT b.id, b.kind, b.gender, b.birth_year, b.age_band, b.country, b.municipality, b.ethnicity
         FROM json_each(?1) j JOIN live_beneficiaries b ON b.id = j.value",
    )?;
    let mut people = Vec::with_capacity(ids.len());
    // ethnicities by their lower-cased text; 0 is "not recorded" (and all, when not asked)
    let mut ethnicities = vec![UNKNOWN_PLACE.to_string()];
    let mut rows = stmt.query([list])?;
    while let Some(r) = rows.next()? {
        let in_period = ids.get(text(r, 0)?.unwrap_or_default()).copied().unwrap_or(false);
        let (country, stored) = (text(r, 5)?.unwrap_or_default(), text(r, 6)?);
        let seen = place_of.get(stored.unwrap_or(UNKNOWN_PLACE)).and_then(|v| v.iter().find(|(c, _)| c == country));
        let place = match seen {
            Some((_, i)) => *i,
            None => {
                let i = place_names.len() as u32;
                place_names.push(stored.map_or(UNKNOWN_PLACE.to_string(), |p| places::name_in(country, p, lang)));
                place_of.entry(stored.unwrap_or(UNKNOWN_PLACE).to_string()).or_default().push((country.to_string(), i));
                i
            }
        };
        let recorded = if ethnicity { text(r, 7)?.map(str::trim).filter(|e| !e.is_empty()) } else { None };
        let ethnicity = match recorded.map(str::to_lowercase) {
            None => 0,
            Some(e) => match ethnicities.iter().position(|k| *k == e) {
                Some(i) => i as u32,
                None => {
                    ethnicities.push(e);
                    ethnicities.len() as u32 - 1
                }
            },
        };
        people.push(Reached {
            person: text(r, 1)? == Some("person"),
            gender: gender_of(text(r, 2)?),
            band: age_band(year, r.get(3)?, text(r, 4)?),
            place,
            ethnicity,
            in_period,
        });
    }
    let (mut period, mut cumulative) = (Tally::default(), Tally::default());
    for reached in &people {
        cumulative.add(reached);
        if reached.in_period {
            period.add(reached);
        }
    }
    let mut by = EthnicityPeriods::default();
    period.into_reach(&place_names, &ethnicities, &mut out.period, &mut by.period);
    cumulative.into_reach(&place_names, &ethnicities, &mut out.cumulative, &mut by.cumulative);
    let mut stmt = db.conn().prepare_cached(
        "SELECT h.gender, a.actual_start >= ?2, sum(h.count)
         FROM live_activities a JOIN live_headcounts h ON h.activity_id = a.id
         WHERE a.project_id = ?1 AND a.status = 'done' AND a.actual_start BETWEEN ?3 AND ?4
         GROUP BY 1, 2",
    )?;
    let mut rows = stmt.query(rusqlite::params![project_id, from_s, start, to_s])?;
    while let Some(r) = rows.next()? {
        let gender = gender_of(r.get::<_, Option<String>>(0)?.as_deref()).to_string();
        let n: u32 = r.get(2)?;
        let mut periods = vec![&mut out.cumulative];
        if r.get::<_, i64>(1)? == 1 {
            periods.push(&mut out.period);
        }
        for p in periods {
            p.anonymous_headcount_total += n;
            bump(&mut p.anonymous_headcount_by_gender, &gender, n);
        }
    }
    Ok((out, by))
}

/// An activity planned in the window and not carried out.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct NotCarriedOut {
    #[serde(rename = "ref")]
    pub ref_: String,
    pub title: String,
    pub status: String,
    /// The activity's description.
    pub reason: Option<String>,
}

/// Who took part in the activities done in the window.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct Participants {
    /// Unique registered persons who attended.
    pub registered_unique: u32,
    /// Every attendance entry, organisations included.
    pub attendance_records: u32,
    /// The sum of the head-counts.
    pub headcount: u32,
}

/// The `activities` section of the report data.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(Type))]
pub struct ActivityFigures {
    pub done_in_period: u32,
    pub done_by_type: BTreeMap<String, u32>,
    pub done_refs: Vec<String>,
    pub planned_not_carried_out: Vec<NotCarriedOut>,
    pub participants_period: Participants,
}

/// The activities of project `project_id` done in `[from, to]` (status `done`, actual start in
/// it) with their participants, and those planned in it but postponed or cancelled.
pub fn activity_figures(db: &Db, project_id: &str, from: NaiveDate, to: NaiveDate) -> Result<ActivityFigures> {
    let (from, to) = (from.to_string(), to.to_string());
    let c = db.conn();
    let mut out = ActivityFigures::default();
    let mut stmt = c.prepare_cached(
        "SELECT ref, type FROM live_activities
         WHERE project_id = ?1 AND status = 'done' AND actual_start BETWEEN ?2 AND ?3
         ORDER BY actual_start, position, ref",
    )?;
    let mut rows = stmt.query([project_id, &from, &to])?;
    while let Some(r) = rows.next()? {
        out.done_refs.push(r.get(0)?);
        bump(&mut out.done_by_type, text(r, 1)?.unwrap_or_default(), 1);
    }
    out.done_in_period = out.done_refs.len() as u32;
    let mut stmt = c.prepare_cached(
        "SELECT ref, title, status, description FROM live_activities
         WHERE project_id = ?1 AND status IN ('postponed', 'cancelled') AND planned_start BETWEEN ?2 AND ?3
         ORDER BY planned_start, position, ref",
    )?;
    out.planned_not_carried_out = stmt
        .query_map([project_id, &from, &to], |r| {
            Ok(NotCarriedOut { ref_: r.get(0)?, title: r.get(1)?, status: r.get(2)?, reason: r.get(3)? })
        })?
        .collect::<std::result::Result<_, _>>()?;
    let done = "SELECT id FROM live_activities
                WHERE project_id = ?1 AND status = 'done' AND actual_start BETWEEN ?2 AND ?3";
    out.participants_period = c.query_row(
        &format!(
            "SELECT (SELECT count(DISTINCT at.beneficiary_id) FROM live_attendance at
                     JOIN live_beneficiaries b ON b.id = at.beneficiary_id
                     WHERE b.kind = 'person' AND at.activity_id IN ({done})),
                    (SELECT count(*) FROM live_attendance at WHERE at.activity_id IN ({done})),
                    (SELECT coalesce(sum(count), 0) FROM live_headcounts h WHERE h.activity_id IN ({done}))"
        ),
        [project_id, &from, &to],
        |r| Ok(Participants { registered_unique: r.get(0)?, attendance_records: r.get(1)?, headcount: r.get(2)? }),
    )?;
    Ok(out)
}

/// One kind of service in a window.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceFigures {
    pub records: u32,
    /// Unique beneficiaries served (persons and organisations), `<5` when 1–4.
    pub unique_beneficiaries: Cell,
    /// The sum of the quantities recorded, as a decimal (`"250"`, `"2.5"`).
    pub quantity: String,
}

/// The services of project `project_id` dated in `[from, to]`, by kind.
pub fn service_figures(
    db: &Db,
    project_id: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<BTreeMap<String, ServiceFigures>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT kind, count(*), count(DISTINCT beneficiary_id), group_concat(quantity, ' ') FROM live_services
         WHERE project_id = ?1 AND date BETWEEN ?2 AND ?3 GROUP BY kind",
    )?;
    let rows = stmt.query_map([project_id, &from.to_string(), &to.to_string()], |r| {
        let quantities: Option<String> = r.get(3)?;
        let quantity: Decimal = quantities.unwrap_or_default().split(' ').filter_map(crate::money::parse_decimal).sum();
        let unique: u32 = r.get(2)?;
        Ok((
            r.get::<_, String>(0)?,
            ServiceFigures {
                records: r.get(1)?,
                unique_beneficiaries: if (1..5).contains(&unique) { Cell::Small } else { Cell::Count(unique) },
                quantity: quantity.normalize().to_string(),
            },
        ))
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_is_the_year_of_the_window_end_minus_the_birth_year() {
        assert_eq!(age_band(2015, Some(1997), None), "18-29"); // 18 in 2015, whatever the day
        assert_eq!(age_band(2015, Some(1998), None), "0-17");
        assert_eq!(age_band(2015, Some(1986), None), "18-29");
        assert_eq!(age_band(2015, Some(1985), None), "30-59");
        assert_eq!(age_band(2015, Some(1956), None), "30-59");
        assert_eq!(age_band(2015, Some(1955), None), "60+");
        assert_eq!(age_band(2015, None, Some("60+")), "60+");
        assert_eq!(age_band(2015, None, None), "unknown");
        assert_eq!(age_band(2015, Some(2016), None), "unknown");
    }
}
