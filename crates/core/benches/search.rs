//! People search over 200 000 persons (issue: p95 ≤ 5 ms in the core): names drawn from the
//! region's scripts, imported like any package; then 500 searches as a user types them
//! (prefixes of 2 to 6 letters of a first or last name, Latin for Cyrillic names and back,
//! one or two words). Prints p50, p95 and the slowest; asserts nothing about time.

use std::time::Instant;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tessera_core::package::{import_package, Beneficiary};
use tessera_core::people::registry::registry_page;
use tessera_core::people::search_ids;
use tessera_core::search::fold;
use tessera_core::{demo, Db, OpenOptions};

mod common;
use common::report;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FIRST: &[&str] = &[
    "Arta",
    "Besa",
    "Elira",
    "Jelena",
    "Марија",
    "Ana",
    "Драган",
    "Đorđe",
    "Ѓорѓи",
    "Mirela",
    "Ервин",
    "Fatmir",
    "Sabina",
    "Ивана",
    "Nikola",
    "Лиляна",
    "Stojan",
    "Ajshe",
    "Шефкет",
    "Emina",
    "Златко",
    "Vesna",
    "Bekim",
    "Рамадан",
];
const LAST: &[&str] = &[
    "Hoxha",
    "Petrović",
    "Петровић",
    "Đorđević",
    "Јовановић",
    "Shkodrani",
    "Трајковски",
    "Berisha",
    "Щерева",
    "Mustafa",
    "Алиу",
    "Krasniqi",
    "Ибрахими",
    "Memedi",
    "Dimitrova",
    "Стојановски",
    "Gashi",
    "Ramadani",
    "Čolić",
    "Жупан",
    "Redžepi",
    "Бајрами",
    "Osmani",
    "Ćirić",
];

fn main() {
    let n = 200_000;
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let mut pkg = demo::package(demo::Scale::Small);
    for p in &mut pkg.projects {
        p.activities.iter_mut().for_each(|a| a.attendance.clear());
        p.services.clear();
    }
    pkg.beneficiaries = (0..n)
        .map(|i| Beneficiary {
            ref_: format!("B{i}"),
            kind: "person".into(),
            code: format!("URA-{i:06}"),
            first_name: Some(FIRST[rng.random_range(0..FIRST.len())].into()),
            last_name: Some(LAST[rng.random_range(0..LAST.len())].into()),
            gender: Some("female".into()),
            ..Default::default()
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("search.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    let t = Instant::now();
    import_package(&mut db, &pkg, false, &mut |_, _| {}).unwrap();
    println!("{n} persons imported (with the search index) in {:.2} s", t.elapsed().as_secs_f64());

    let names: Vec<&str> = FIRST.iter().chain(LAST).copied().collect();
    let mut queries = Vec::new();
    for k in 0..500 {
        let word = fold(names[rng.random_range(0..names.len())]);
        let len = rng.random_range(2..=6).min(word.chars().count());
        let mut typed: String = word.chars().take(len).collect();
        if k % 3 == 0 {
            let other = fold(names[rng.random_range(0..names.len())]);
            typed = format!("{typed} {}", other.chars().take(3).collect::<String>());
        }
        queries.push(typed);
    }
    let mut times = Vec::new();
    let mut found = 0usize;
    for typed in &queries {
        let t = Instant::now();
        found += search_ids(&db, typed, 50).unwrap().len();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    report(
        &format!("search over {n} persons, the first 50 hits (500 typed queries, {found} hits)"),
        times,
        "p95 ≤ 5 ms",
    );
    // what the app's list asks for each keystroke: the first page of 100 and the total
    let mut times = Vec::new();
    for typed in &queries {
        let t = Instant::now();
        registry_page(&db, typed, 0, 100).unwrap();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    report(
        &format!("the registry's first page of 100 and its total over {n} persons (the same queries)"),
        times,
        "part of keystroke to paint ≤ 50 ms",
    );
    // and when the search is cleared: everyone, counted
    let times: Vec<f64> = (0..50)
        .map(|_| {
            let t = Instant::now();
            registry_page(&db, "", 0, 100).unwrap();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    report(
        &format!("the registry's first page of everyone and the count of {n} persons"),
        times,
        "part of keystroke to paint ≤ 50 ms",
    );
}
