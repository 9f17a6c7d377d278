//! Duplicate detection on a planted set: 1 200 distinct people (names of the region, birth
//! years, municipalities), then 160 of them registered a second time as people do it — in
//! Cyrillic, without diacritics, with a typo (also in Cyrillic), first and last name swapped,
//! a birth year one off. `find_duplicates` must find the planted pairs (recall) and little else (precision),
//! each at least 0.9; the figures are printed. Merging keeps both people's services and
//! attendance.

use std::collections::HashSet;

use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tessera_core::package::{import_package, Beneficiary};
use tessera_core::people::duplicates::{find_duplicates, likely_duplicates, merge_people};
use tessera_core::people::PersonRow;
use tessera_core::{demo, Db};

const FEMALE: &[&str] = &[
    "Jelena", "Marija", "Ana", "Ivana", "Milica", "Jovana", "Dragana", "Snežana", "Vesna", "Ljiljana", "Arta", "Besa",
    "Elira", "Drita", "Fatime", "Merita", "Emina", "Amra", "Lejla", "Selma", "Aida", "Biljana", "Gordana", "Slavica",
    "Kristina", "Nevena", "Tijana", "Suzana", "Violeta", "Zorica",
];
const MALE: &[&str] = &[
    "Marko",
    "Nikola",
    "Stefan",
    "Dragan",
    "Zoran",
    "Goran",
    "Milan",
    "Nenad",
    "Dejan",
    "Bojan",
    "Arben",
    "Besnik",
    "Fatmir",
    "Luan",
    "Ilir",
    "Edin",
    "Emir",
    "Haris",
    "Adnan",
    "Senad",
    "Vladimir",
    "Aleksandar",
    "Dušan",
    "Miloš",
    "Predrag",
    "Željko",
    "Branislav",
    "Radovan",
    "Slobodan",
    "Todor",
];
const LAST: &[&str] = &[
    "Petrović",
    "Jovanović",
    "Nikolić",
    "Đorđević",
    "Stanković",
    "Ilić",
    "Marković",
    "Stojanović",
    "Pavlović",
    "Milošević",
    "Hoxha",
    "Krasniqi",
    "Gashi",
    "Berisha",
    "Shala",
    "Hodžić",
    "Hasanović",
    "Mehmedović",
    "Bajramović",
    "Salihović",
    "Trajkovski",
    "Petrovski",
    "Nikolovski",
    "Stojanovski",
    "Jovanovski",
    "Dimitrov",
    "Georgiev",
    "Ivanov",
    "Kolev",
    "Todorov",
    "Šabanović",
    "Mustafić",
    "Ramadani",
    "Memeti",
    "Osmani",
    "Ćirić",
    "Živković",
    "Lukić",
    "Radić",
    "Savić",
];
const PLACES: &[&str] = &["Niš", "Leskovac", "Vranje", "Pirot", "Prokuplje", "Bor"];

/// Serbian Latin to Cyrillic, as a second worker would type the same name.
fn cyrillic(s: &str) -> String {
    let pairs = [
        ("Lj", "Љ"),
        ("lj", "љ"),
        ("Nj", "Њ"),
        ("nj", "њ"),
        ("Dž", "Џ"),
        ("dž", "џ"),
        ("A", "А"),
        ("a", "а"),
        ("B", "Б"),
        ("b", "б"),
        ("V", "В"),
        ("v", "в"),
        ("G", "Г"),
        ("g", "г"),
        ("D", "Д"),
        ("d", "д"),
        ("Đ", "Ђ"),
        ("đ", "ђ"),
        ("E", "Е"),
        ("e", "е"),
        ("Ž", "Ж"),
        ("ž", "ж"),
        ("Z", "З"),
        ("z", "з"),
        ("I", "И"),
        ("i", "и"),
        ("J", "Ј"),
        ("j", "ј"),
        ("K", "К"),
        ("k", "к"),
        ("L", "Л"),
        ("l", "л"),
        ("M", "М"),
        ("m", "м"),
        ("N", "Н"),
        ("n", "н"),
        ("O", "О"),
        ("o", "о"),
        ("P", "П"),
        ("p", "п"),
        ("R", "Р"),
        ("r", "р"),
        ("S", "С"),
        ("s", "с"),
        ("T", "Т"),
        ("t", "т"),
        ("Ć", "Ћ"),
        ("ć", "ћ"),
        ("U", "У"),
        ("u", "у"),
        ("F", "Ф"),
        ("f", "ф"),
        ("H", "Х"),
        ("h", "х"),
        ("C", "Ц"),
        ("c", "ц"),
        ("Č", "Ч"),
        ("č", "ч"),
        ("Š", "Ш"),
        ("š", "ш"),
        ("q", "кј"),
        ("x", "кс"),
        ("y", "ј"),
        ("w", "в"),
    ];
    let mut out = String::new();
    let mut rest = s;
    'outer: while !rest.is_empty() {
        for (l, c) in pairs {
            if let Some(r) = rest.strip_prefix(l) {
                out.push_str(c);
                rest = r;
                continue 'outer;
            }
        }
        let ch = rest.chars().next().unwrap();
        out.push(ch);
        rest = &rest[ch.len_utf8()..];
    }
    out
}

fn plain(s: &str) -> String {
    s.replace('Đ', "Dj")
        .replace('đ', "dj")
        .chars()
        .map(|c| match c {
            'č' | 'ć' => 'c',
            'š' => 's',
            'ž' => 'z',
            'Č' | 'Ć' => 'C',
            'Š' => 'S',
            'Ž' => 'Z',
            c => c,
        })
        .collect()
}

/// One typing slip: a letter replaced, dropped or two swapped (never the first letter).
fn typo(s: &str, rng: &mut ChaCha8Rng) -> String {
    let mut c: Vec<char> = s.chars().collect();
    if c.len() < 4 {
        return s.to_string();
    }
    let i = rng.random_range(1..c.len() - 1);
    match rng.random_range(0..3) {
        0 => c[i] = *['a', 'e', 'i', 'o', 'n', 'r'].choose(rng).unwrap(),
        1 => {
            c.remove(i);
        }
        _ => c.swap(i, i + 1),
    }
    c.into_iter().collect()
}

fn person(code: String, first: &str, last: &str, gender: &str, year: i64, place: &str) -> Beneficiary {
    Beneficiary {
        ref_: code.clone(),
        kind: "person".into(),
        code,
        first_name: Some(first.into()),
        last_name: Some(last.into()),
        gender: Some(gender.into()),
        birth_year: Some(year),
        country: Some("RS".into()),
        municipality: Some(place.into()),
        ..Default::default()
    }
}

#[test]
fn planted_duplicates_are_found_with_precision_and_recall_of_at_least_0_9() {
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let mut people = Vec::new();
    let mut names = HashSet::new();
    while people.len() < 1200 {
        let female = rng.random_bool(0.5);
        let first = *(if female { FEMALE } else { MALE }).choose(&mut rng).unwrap();
        let last = *LAST.choose(&mut rng).unwrap();
        if !names.insert((first, last)) {
            continue; // distinct people have distinct names here, so the truth is known
        }
        let code = format!("D-{:05}", people.len() + 1);
        let gender = if female { "female" } else { "male" };
        people.push(person(code, first, last, gender, rng.random_range(1950..2010), PLACES.choose(&mut rng).unwrap()));
    }
    let mut planted = HashSet::new();
    let originals: Vec<Beneficiary> = people.choose_multiple(&mut rng, 160).cloned().collect();
    for (k, o) in originals.iter().enumerate() {
        let (f, l) = (o.first_name.clone().unwrap(), o.last_name.clone().unwrap());
        let mut year = o.birth_year.unwrap();
        let (first, last) = match k % 6 {
            0 => (cyrillic(&f), cyrillic(&l)),
            1 => (plain(&f), plain(&l)),
            2 => {
                if rng.random_bool(0.5) {
                    (typo(&f, &mut rng), l.clone())
                } else {
                    (f.clone(), typo(&l, &mut rng))
                }
            }
            3 => (l.clone(), f.clone()),
            4 => (cyrillic(&f), cyrillic(&typo(&l, &mut rng))),
            _ => {
                year += if rng.random_bool(0.5) { 1 } else { -1 };
                (cyrillic(&f), cyrillic(&l))
            }
        };
        let code = format!("D-9{k:04}");
        planted.insert((o.code.clone().min(code.clone()), o.code.clone().max(code.clone())));
        let place = o.municipality.clone().unwrap();
        people.push(person(code, &first, &last, o.gender.as_deref().unwrap(), year, &place));
    }
    let mut pkg = demo::package(demo::Scale::Small);
    pkg.beneficiaries = people;
    for p in &mut pkg.projects {
        p.activities.iter_mut().for_each(|a| a.attendance.clear());
        p.services.clear();
    }
    pkg.households.clear();
    let mut db = Db::open_in_memory().unwrap();
    import_package(&mut db, &pkg, false, &mut |_, _| {}).unwrap();

    let t = std::time::Instant::now();
    let found: HashSet<(String, String)> = find_duplicates(&db)
        .unwrap()
        .into_iter()
        .map(|p| (p.a.code.clone().min(p.b.code.clone()), p.a.code.max(p.b.code)))
        .collect();
    let took = t.elapsed();
    let tp = found.intersection(&planted).count() as f64;
    let precision = tp / found.len() as f64;
    let recall = tp / planted.len() as f64;
    println!(
        "duplicates: {} planted, {} found, {} right: precision {precision:.3}, recall {recall:.3} ({} people, {:.0} ms)",
        planted.len(),
        found.len(),
        tp,
        1360,
        took.as_secs_f64() * 1000.0
    );
    let missed: Vec<_> = planted.difference(&found).take(8).collect();
    let wrong: Vec<_> = found.difference(&planted).take(8).collect();
    assert!(precision >= 0.9, "precision {precision:.3}; wrongly paired e.g. {wrong:?}");
    assert!(recall >= 0.9, "recall {recall:.3}; missed e.g. {missed:?}");

    // the registration form's check: the person typed again in Cyrillic is found first
    let again = PersonRow {
        id: String::new(),
        code: String::new(),
        first_name: Some(cyrillic(originals[3].first_name.as_deref().unwrap())),
        last_name: Some(cyrillic(originals[3].last_name.as_deref().unwrap())),
        gender: originals[3].gender.clone(),
        birth_year: originals[3].birth_year.map(|y| y as i32),
        country: Some("RS".into()),
        municipality: originals[3].municipality.clone(),
    };
    let likely = likely_duplicates(&db, &again, 5).unwrap();
    assert!(likely.iter().any(|l| l.person.code == originals[3].code), "{likely:?}");
}

#[test]
fn a_merge_keeps_every_service_and_attendance_of_both() {
    let mut db = Db::open_in_memory().unwrap();
    demo::create(&mut db, demo::Scale::Small, &mut |_, _| {}).unwrap();
    // two people with services and attendance
    let two: Vec<(String, i64, i64)> = db
        .conn()
        .prepare(
            "SELECT b.id, (SELECT count(*) FROM live_services s WHERE s.beneficiary_id = b.id),
                    (SELECT count(*) FROM live_attendance a WHERE a.beneficiary_id = b.id)
             FROM live_beneficiaries b
             WHERE EXISTS (SELECT 1 FROM live_services s WHERE s.beneficiary_id = b.id)
               AND EXISTS (SELECT 1 FROM live_attendance a WHERE a.beneficiary_id = b.id)
             ORDER BY b.code LIMIT 2",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let ((keep, ks, ka), (other, os, _)) = (two[0].clone(), two[1].clone());
    let shared: i64 = db
        .conn()
        .query_row(
            "SELECT count(*) FROM live_attendance a JOIN live_attendance b ON a.activity_id = b.activity_id
             WHERE a.beneficiary_id = ?1 AND b.beneficiary_id = ?2",
            [&keep, &other],
            |r| r.get(0),
        )
        .unwrap();
    let other_attendance: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM live_attendance WHERE beneficiary_id = ?1", [&other], |r| r.get(0))
        .unwrap();
    merge_people(&mut db, &keep, &other).unwrap();
    let count = |sql: &str| -> i64 { db.conn().query_row(sql, [&keep], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM live_services WHERE beneficiary_id = ?1"), ks + os);
    assert_eq!(
        count("SELECT count(*) FROM live_attendance WHERE beneficiary_id = ?1"),
        ka + other_attendance - shared,
        "an activity both attended counts once"
    );
    let gone: i64 =
        db.conn().query_row("SELECT count(*) FROM live_beneficiaries WHERE id = ?1", [&other], |r| r.get(0)).unwrap();
    assert_eq!(gone, 0, "the merged person is deleted");
}
