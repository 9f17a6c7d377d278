//! The demo organisation: a deterministic, realistic package (three projects in Albania,
//! Serbia and North Macedonia, in Latin and Cyrillic script) imported through the same path
//! as any other package, dated around a day (`package_at`: the app's and `tessera demo`'s is
//! today, so held activities, expenses and measurements are in the past, planned ones and
//! report deadlines ahead; `package` is the fixed day `ANCHOR` tests compare with). Each
//! project works in the municipalities its title names. `Scale::Large` is the size the
//! benchmarks use.

use chrono::{Datelike, Months, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::package::*;
use crate::{Db, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// A few hundred people, a few hundred transactions: what the app shows on first start.
    Small,
    /// 10 000 people and 5 000 transactions.
    Large,
}

struct Country {
    code: &'static str,
    currency: &'static str,
    rate: f64,
    municipalities: &'static [&'static str],
    female: &'static [&'static str],
    male: &'static [&'static str],
    last: &'static [&'static str],
}

const AL: Country = Country {
    code: "AL",
    currency: "ALL",
    rate: 98.6,
    municipalities: &["Berat", "Elbasan", "Korçë", "Tiranë", "Fier"],
    female: &[
        "Arta", "Elira", "Drita", "Blerta", "Mimoza", "Fatjona", "Ermira", "Besiana", "Klea", "Valbona", "Xhesika",
        "Rovena",
    ],
    male: &[
        "Arben", "Besnik", "Dritan", "Erion", "Gentian", "Ilir", "Kastriot", "Luan", "Mirel", "Sokol", "Klodian",
        "Ervin",
    ],
    last: &[
        "Hoxha", "Shehu", "Çela", "Dervishi", "Leka", "Muça", "Bajrami", "Kola", "Gjoka", "Memishi", "Selimi", "Qorri",
    ],
};
const RS: Country = Country {
    code: "RS",
    currency: "RSD",
    rate: 117.1,
    // Niš is five city municipalities, each its own place
    municipalities: &["Ниш-Палилула", "Лесковац", "Врање", "Пирот"],
    female: &["Јелена", "Марија", "Драгана", "Снежана", "Милица", "Ивана", "Сузана", "Данијела", "Ђурђица", "Весна"],
    male: &["Дејан", "Марко", "Небојша", "Зоран", "Бојан", "Срђан", "Ненад", "Милош", "Ђорђе", "Шабан"],
    last: &[
        "Петровић",
        "Јовановић",
        "Ђорђевић",
        "Стојановић",
        "Николић",
        "Демировић",
        "Јашаревић",
        "Бајрамовић",
        "Митић",
    ],
};
const MK: Country = Country {
    code: "MK",
    currency: "MKD",
    rate: 61.5,
    municipalities: &["Шуто Оризари", "Куманово", "Битола", "Прилеп"],
    female: &["Ана", "Елена", "Марија", "Билјана", "Весна", "Снежана", "Ѓулсефа", "Фатиме", "Ирена"],
    male: &["Горан", "Дејан", "Александар", "Игор", "Зоран", "Муамет", "Ерџан", "Ѓорѓи", "Никола"],
    last: &["Рамадани", "Мемеди", "Алиу", "Асанов", "Јашар", "Суљемани", "Ибраим", "Демир"],
};

struct Plan {
    country: &'static Country,
    code: &'static str,
    title: &'static str,
    summary: &'static str,
    donor: &'static str,
    programme: &'static str,
    contract: &'static str,
    rule: &'static str,
    goal: &'static str,
    objectives: [&'static str; 2],
    results: [&'static str; 4],
    activities: &'static [(&'static str, &'static str)],
    /// The municipalities the project names (its activities and most of its people are there).
    places: &'static [&'static str],
    people: usize,
}

const PLANS: [Plan; 3] = [
    Plan {
        country: &AL, code: "URA-RISE", donor: "eu", rule: "inforeuro_invoice_month",
        title: "RISE: employment and skills for Roma and Egyptian youth in Berat and Elbasan",
        summary: "Vocational training, job mediation and mentoring for 400 young Roma and Egyptians, with municipal employment offices as partners.",
        programme: "IPA III Civil Society Facility and Media Programme 2024", contract: "2024/451-902",
        goal: "Roma and Egyptian young people in central Albania take part in the labour market on equal terms",
        objectives: ["Young Roma and Egyptians gain skills employers ask for", "Municipal services reach Roma and Egyptian jobseekers"],
        results: ["Vocational courses completed by young Roma and Egyptians", "Mentoring and job mediation in place",
            "Employment offices apply an outreach protocol", "Local action plans for Roma inclusion adopted"],
        activities: &[("training", "Kurs profesional për elektricistë"), ("training", "Kurs për kuzhinierë dhe ndihmës-kuzhinierë"),
            ("information_meeting", "Takim informues në lagjen Kodra e Kuqe"), ("workshop", "Punëtori me zyrat e punësimit"),
            ("round_table", "Tryezë e rrumbullakët me bashkinë e Beratit"), ("campaign", "Fushata “Puna ka emër”"),
            ("monitoring_visit", "Vizitë monitorimi te punëdhënësit në Elbasan"), ("forum", "Forumi rinor rom dhe egjiptian")],
        places: &["Berat", "Elbasan"],
        people: 140,
    },
    Plan {
        country: &RS, code: "ZAJEDNO", donor: "sdc", rule: "transaction_rate",
        title: "Заједно: бесплатна правна помоћ за ромске породице у Нишу и Лесковцу",
        summary: "Правно саветовање, помоћ у прибављању личних докумената и упис деце у школу.",
        programme: "Swiss Contribution — Social Inclusion", contract: "SDC-7F-10342.01",
        goal: "Ромске породице на југу Србије остварују своја права без препрека",
        objectives: ["Породице имају личне документе и приступ услугама", "Локалне институције примењују стандарде недискриминације"],
        results: ["Правна помоћ пружена породицама", "Деца уписана у предшколско и основно образовање",
            "Обуке за запослене у центрима за социјални рад", "Локални савети за инклузију Рома формирани"],
        activities: &[("legal_aid", "Правни дежурни пункт у насељу Сточни трг"), ("legal_aid", "Мобилни тим за личне документе"),
            ("workshop", "Радионица о праву на новчану социјалну помоћ"), ("training", "Обука за запослене у центру за социјални рад"),
            ("round_table", "Округли сто са Градом Лесковцем"), ("distribution", "Подела хигијенских пакета")],
        places: &["Ниш-Црвени Крст", "Ниш-Медијана", "Лесковац"],
        people: 95,
    },
    Plan {
        country: &MK, code: "GLAS", donor: "nmfa", rule: "contract_rate",
        title: "ГЛАС: граѓански форуми за вклучување на Ромите во Шуто Оризари и Куманово",
        summary: "Граѓански форуми, застапување за локални буџети и следење на услугите за Ромите.",
        programme: "Norwegian MFA — Western Balkans Programme", contract: "MKD-22/0017",
        goal: "Ромските заедници учествуваат во одлуките на локалната власт",
        objectives: ["Граѓаните ги искажуваат своите приоритети преку форуми", "Општините ги вклучуваат приоритетите во буџетите"],
        results: ["Одржани граѓански форуми", "Предлози за буџет доставени до општините",
            "Обучени ромски застапници", "Извештаи од следење на услугите објавени"],
        activities: &[("forum", "Граѓански форум за патишта и осветлување"), ("forum", "Граѓански форум за здравствени услуги"),
            ("advocacy_initiative", "Иницијатива за буџет за предучилишно"), ("training", "Обука за застапници од заедницата"),
            ("research", "Следење на услугите во здравствените домови"), ("psychosocial_support", "Психосоцијална поддршка за жени")],
        places: &["Шуто Оризари", "Куманово"],
        people: 85,
    },
];

fn pick<'a>(rng: &mut ChaCha8Rng, list: &[&'a str]) -> &'a str {
    list[rng.random_range(0..list.len())]
}

/// The day the fixed demo (`package`) is dated around: its projects began on 2025-01-01.
pub const ANCHOR: (i32, u32, u32) = (2026, 2, 10);

/// The demo's calendar: month 0 is the projects' first, 13 months before today's month (so
/// the first interim report is due at the end of this month: a deadline ahead).
struct Calendar {
    base: NaiveDate,
    today: NaiveDate,
}

impl Calendar {
    fn around(today: NaiveDate) -> Calendar {
        let first = today.with_day(1).expect("the first of a month");
        Calendar { base: first - Months::new(13), today }
    }

    fn month(&self, month: u32) -> NaiveDate {
        self.base + Months::new(month)
    }

    /// Day `day` of month `month`, or that month's last day when it is shorter.
    fn at(&self, month: u32, day: u32) -> String {
        let first = self.month(month);
        let last = (self.month(month + 1) - chrono::Days::new(1)).day();
        first.with_day(day.min(last)).expect("a day of the month").to_string()
    }

    fn end_of(&self, month: u32) -> String {
        self.at(month, 31)
    }

    /// Day `n` (0-based) of the demo, clamped to the 28th of each month.
    fn day(&self, n: u32) -> String {
        self.at(n / 28, n % 28 + 1)
    }

    /// Whether `date` is before today (what was held, served or measured).
    fn past(&self, date: &str) -> bool {
        date < self.today.to_string().as_str()
    }

    /// Whether `date` is in an earlier month than today's: the books, and the month's exchange
    /// rate, of this month are not in yet.
    fn booked(&self, date: &str) -> bool {
        date < self.month(13).to_string().as_str()
    }
}

/// The demo package dated around `ANCHOR` (what tests and the UI's fixtures compare with).
pub fn package(scale: Scale) -> Package {
    let (y, m, d) = ANCHOR;
    package_at(scale, NaiveDate::from_ymd_opt(y, m, d).expect("the anchor is a date"))
}

/// The demo package dated around `today`: its projects began 13 months before this month and
/// run 30.
pub fn package_at(scale: Scale, today: NaiveDate) -> Package {
    let cal = Calendar::around(today);
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let factor = match scale {
        Scale::Small => 1,
        Scale::Large => 10_000 / 320 + 1,
    };
    let mut organisations = vec![
        Organisation {
            ref_: "eu".into(),
            name: "European Union — Delegation to Albania".into(),
            country: Some("AL".into()),
            kind: "donor".into(),
        },
        Organisation {
            ref_: "sdc".into(),
            name: "Swiss Agency for Development and Cooperation".into(),
            country: Some("CH".into()),
            kind: "donor".into(),
        },
        Organisation {
            ref_: "nmfa".into(),
            name: "Norwegian Ministry of Foreign Affairs".into(),
            country: Some("NO".into()),
            kind: "donor".into(),
        },
        Organisation {
            ref_: "berat".into(),
            name: "Bashkia Berat".into(),
            country: Some("AL".into()),
            kind: "public_authority".into(),
        },
        Organisation {
            ref_: "osvit".into(),
            name: "Удружење Освит".into(),
            country: Some("RS".into()),
            kind: "ngo".into(),
        },
        Organisation {
            ref_: "lil".into(),
            name: "Здружение ЛИЛ".into(),
            country: Some("MK".into()),
            kind: "ngo".into(),
        },
        Organisation {
            ref_: "kera".into(),
            name: "Shoqata Kera e Rinisë".into(),
            country: Some("AL".into()),
            kind: "ngo".into(),
        },
    ];
    organisations.sort_by(|a, b| a.ref_.cmp(&b.ref_));
    let mut exchange_rates = Vec::new();
    for (cur, base) in [("ALL", 98.6), ("RSD", 117.1), ("MKD", 61.5)] {
        for m in 0..13u32 {
            let drift = 1.0 + (m as f64 * 0.37).sin() * 0.012;
            exchange_rates.push(ExchangeRate {
                date: cal.at(m, 1),
                from: "EUR".into(),
                to: cur.into(),
                rate: format!("{:.4}", base * drift),
                source: "inforeuro".into(),
            });
        }
    }
    let mut beneficiaries = Vec::new();
    let mut households = Vec::new();
    let mut projects = Vec::new();
    let mut n_person = 0usize;
    let tx_target = match scale {
        Scale::Small => 60,
        Scale::Large => 5_000 / 3 + 1,
    };
    for (pi, plan) in PLANS.iter().enumerate() {
        let c = plan.country;
        let pref = format!("P{}", pi + 1);
        // households and people
        let first_person = beneficiaries.len();
        let n_people = plan.people * factor;
        for k in 0..n_people {
            n_person += 1;
            let hh = if k % 4 == 0 {
                let code = format!("HH-{}-{:05}", c.code, k / 4 + 1);
                households.push(Household {
                    ref_: code.clone(),
                    code: code.clone(),
                    size: rng.random_range(2..9),
                    municipality: Some(pick(&mut rng, plan.places).to_string()),
                });
                Some(code)
            } else {
                households.iter().rev().find(|h| h.code.starts_with(&format!("HH-{}", c.code))).map(|h| h.ref_.clone())
            };
            let female = rng.random_bool(0.55);
            let (first, last) = (pick(&mut rng, if female { c.female } else { c.male }), pick(&mut rng, c.last));
            let withheld = rng.random_bool(0.08);
            let code = format!("URA-{:05}", n_person);
            beneficiaries.push(Beneficiary {
                ref_: code.clone(),
                kind: "person".into(),
                code,
                first_name: (!withheld).then(|| first.to_string()),
                last_name: (!withheld).then(|| last.to_string()),
                gender: Some(
                    if female {
                        "female"
                    } else if rng.random_bool(0.02) {
                        "undisclosed"
                    } else {
                        "male"
                    }
                    .into(),
                ),
                birth_year: Some(rng.random_range(1960..2010)),
                country: Some(c.code.into()),
                // most live where the project works, a few came from elsewhere in the country
                municipality: Some({
                    let near = rng.random_bool(0.85);
                    pick(&mut rng, if near { plan.places } else { c.municipalities }).into()
                }),
                settlement: None,
                household: hh,
                ethnicity: Some(if rng.random_bool(0.8) { "roma" } else { "egyptian" }.into()),
                disability: Some(rng.random_bool(0.07)),
                organisation: None,
                consent: Some(Consent {
                    date: cal.day(rng.random_range(0..60)),
                    purposes: vec!["services".into(), "reporting".into()],
                    withdrawn: None,
                }),
            });
        }
        let people: Vec<String> = beneficiaries[first_person..].iter().map(|b| b.ref_.clone()).collect();
        // logframe
        // each project its own figures; only what was measured before today
        let ind = |r: &str, text: &str, target: u32, values: &[u32]| Indicator {
            ref_: r.into(),
            text: text.into(),
            unit: "count".into(),
            aggregation: "sum".into(),
            baseline: Some(Baseline { value: "0".into(), date: Some(cal.at(0, 1)) }),
            targets: vec![Target { period_end: cal.end_of(29), value: target.to_string() }],
            measurements: values
                .iter()
                .enumerate()
                .map(|(i, v)| Measurement {
                    date: cal.at(5 + 6 * i as u32, 30),
                    value: v.to_string(),
                    source: Some("attendance lists".into()),
                    disaggregation: None,
                })
                .filter(|m| cal.past(&m.date))
                .collect(),
        };
        let results: Vec<LogframeResult> = plan
            .results
            .iter()
            .enumerate()
            .map(|(i, t)| LogframeResult {
                ref_: format!("{pref}-R{}", i + 1),
                text: (*t).into(),
                indicators: vec![ind(
                    &format!("{pref}-I{}", i + 3),
                    t,
                    40 + 20 * i as u32 + 15 * pi as u32,
                    &[8 + i as u32 + 3 * pi as u32, 11 + 2 * pi as u32, 9 + pi as u32],
                )],
            })
            .collect();
        let logframe = Logframe {
            goal: Some(LogframeGoal { ref_: format!("{pref}-G"), text: plan.goal.into(), indicators: vec![] }),
            objectives: vec![
                Objective {
                    ref_: format!("{pref}-SO1"),
                    text: plan.objectives[0].into(),
                    indicators: vec![ind(
                        &format!("{pref}-I1"),
                        plan.objectives[0],
                        120 + 40 * pi as u32,
                        &[30 + 12 * pi as u32, 25 + 7 * pi as u32],
                    )],
                    results: results[..2].to_vec(),
                },
                Objective {
                    ref_: format!("{pref}-SO2"),
                    text: plan.objectives[1].into(),
                    indicators: vec![ind(&format!("{pref}-I2"), plan.objectives[1], 6, &[1, 2])],
                    results: results[2..].to_vec(),
                },
            ],
            assumptions: vec![
                Assumption {
                    level: format!("{pref}-SO2"),
                    text: "Municipal councils keep the cooperation agreed in 2024.".into(),
                    kind: None,
                },
                Assumption {
                    level: format!("{pref}-SO2"),
                    text: "Local elections replace the municipal contacts the project relies on.".into(),
                    kind: Some("risk".into()),
                },
            ],
        };
        // budget by EU headings
        let heads = [
            ("1", "Project coordinator", "month", 30, 1400),
            ("1", "Field officers (2)", "month", 60, 900),
            ("2", "Local travel to settlements", "trip", 120, 35),
            ("3", "Laptops for field work", "piece", 4, 650),
            ("4", "Office rent", "month", 30, 300),
            ("5", "Trainings and forums", "event", 24, 1100),
            ("5", "Printing and visibility", "lump sum", 1, 2500),
            ("6", "Financial support to third parties", "grant", 3, 8000),
            ("8", "Indirect costs", "lump sum", 1, 9000),
        ];
        let lines: Vec<BudgetLine> = heads
            .iter()
            .enumerate()
            .map(|(i, (h, d, u, q, cost))| BudgetLine {
                ref_: format!("{h}.{}", i + 1),
                heading: (*h).into(),
                description: (*d).into(),
                unit: Some((*u).into()),
                quantity: (q + pi as u32 * q / 3).to_string(),
                unit_cost: format!("{cost}.00"),
                funding: vec![
                    Funding { grant: Some("G1".into()), share: "0.90".into() },
                    Funding { grant: None, share: "0.10".into() },
                ],
            })
            .collect();
        let total: u64 = heads.iter().map(|(_, _, _, q, c)| ((q + pi as u32 * q / 3) as u64) * (*c as u64)).sum();
        // activities with attendance and head-counts
        let n_act = plan.activities.len() * if scale == Scale::Large { 4 } else { 2 };
        let mut activities = Vec::new();
        for a in 0..n_act {
            let (kind, title) = plan.activities[a % plan.activities.len()];
            // spread over the 30 months; held when planned before today
            let start = (a as u32 * 800) / n_act as u32 + 10 + 9 * pi as u32;
            let done = cal.past(&cal.day(start + 1));
            let round = a / plan.activities.len();
            let title = if round == 0 { title.to_string() } else { format!("{title} ({})", round + 1) };
            let attendance: Vec<String> = if done && !people.is_empty() {
                let size = rng.random_range(8..25).min(people.len());
                let from = rng.random_range(0..people.len());
                let mut list: Vec<String> = (0..size).map(|k| people[(from + k * 7) % people.len()].clone()).collect();
                list.sort();
                list.dedup();
                list
            } else {
                vec![]
            };
            activities.push(Activity {
                ref_: format!("{pref}-A{}", a + 1),
                result: Some(format!("{pref}-R{}", a % 4 + 1)),
                work_package: Some(if a % 4 == 0 { "WP1" } else { "WP2" }.into()),
                type_: kind.into(),
                title,
                description: None,
                planned_start: Some(cal.day(start)),
                planned_end: Some(cal.day(start + 1)),
                actual_start: done.then(|| cal.day(start)),
                actual_end: done.then(|| cal.day(start + 1)),
                status: if done {
                    "done"
                } else if a % 5 == 0 {
                    "postponed"
                } else {
                    "planned"
                }
                .into(),
                country: Some(c.code.into()),
                municipality: Some(pick(&mut rng, plan.places).into()),
                venue: None,
                attendance,
                headcount: if done && kind == "forum" {
                    vec![
                        Headcount { gender: "female".into(), age_band: "18-29".into(), count: rng.random_range(5..30) },
                        Headcount { gender: "male".into(), age_band: "30-59".into(), count: rng.random_range(5..30) },
                    ]
                } else {
                    vec![]
                },
                budget_lines: vec!["5.6".into()],
            });
        }
        let services: Vec<Service> = people
            .iter()
            .step_by(3)
            .take(60 * factor)
            .enumerate()
            .map(|(i, b)| Service {
                beneficiary: b.clone(),
                date: cal.day(30 + (i as u32 * 11) % 600),
                kind: ["food_package", "legal_aid", "counselling", "referral"][i % 4].into(),
                activity: None,
                quantity: Some("1".into()),
                value: (i % 4 == 0).then(|| "35.00".into()),
            })
            .filter(|s| cal.past(&s.date))
            .collect();
        // transactions in EUR and the local currency, booked up to last month
        // (the large scale keeps going until it has its count of booked ones)
        let mut transactions = Vec::new();
        for k in 0.. {
            let enough = match scale {
                Scale::Small => k >= tx_target,
                Scale::Large => transactions.len() >= tx_target,
            };
            if enough {
                break;
            }
            let line = &lines[k % lines.len()];
            let d = cal.day(15 + (k as u32 * 613) % 640);
            if !cal.booked(&d) {
                continue;
            }
            let local = k % 3 != 0;
            let eur: f64 = rng.random_range(40.0..1500.0);
            let (amount, currency) = if local {
                (format!("{:.2}", (eur * c.rate).round()), c.currency)
            } else {
                (format!("{eur:.2}"), "EUR")
            };
            transactions.push(Transaction {
                ref_: format!("{pref}-T{:05}", k + 1),
                kind: "expense".into(),
                invoice_date: Some(d.clone()),
                booking_date: Some(d.clone()),
                payment_date: Some(d),
                amount,
                currency: currency.into(),
                // a grant whose rule is the transaction's own rate gets one on each local expense
                rate: (local && plan.rule == "transaction_rate").then(|| format!("{:.4}", c.rate)),
                budget_line: Some(line.ref_.clone()),
                grants: vec![TransactionGrant { grant: "G1".into(), share: "0.90".into() }],
                partner: Some("self".into()),
                payee: Some(["Telekom", "Agjencia e udhëtimit", "Hotel", "Kancelari", "Printing house"][k % 5].into()),
                document_no: Some(format!("F-{}-{:05}", pi + 1, k + 1)),
                method: Some(if k % 4 == 0 { "cash" } else { "bank" }.into()),
                description: Some(line.description.clone()),
            });
        }
        let subgrants = if pi == 0 {
            vec![Subgrant {
                ref_: "S1".into(),
                grantee: "kera".into(),
                grant: Some("G1".into()),
                amount: "8000.00".into(),
                currency: "EUR".into(),
                start: cal.at(5, 1),
                end: cal.end_of(16),
                tranches: vec![
                    Tranche { date: cal.at(5, 10), amount: "4000.00".into() },
                    Tranche { date: cal.at(11, 12), amount: "3200.00".into() },
                ],
                results: vec![format!("{pref}-R2")],
            }]
        } else {
            vec![]
        };
        let partner = ["berat", "osvit", "lil"][pi];
        projects.push(Project {
            ref_: pref.clone(),
            code: plan.code.into(),
            title: plan.title.into(),
            summary: Some(plan.summary.into()),
            start: cal.at(0, 1),
            end: cal.end_of(29),
            status: "active".into(),
            currency: "EUR".into(),
            lead: "self".into(),
            partners: vec![Partner {
                organisation: partner.into(),
                role: if pi == 0 { "associate" } else { "partner" }.into(),
            }],
            countries: vec![c.code.into()],
            work_packages: vec![
                WorkPackage { ref_: "WP1".into(), title: "Management and coordination".into() },
                WorkPackage { ref_: "WP2".into(), title: "Work with the communities".into() },
            ],
            grants: vec![Grant {
                ref_: "G1".into(),
                donor: plan.donor.into(),
                programme: Some(plan.programme.into()),
                contract_no: Some(plan.contract.into()),
                amount: format!("{}.00", total * 9 / 10),
                currency: "EUR".into(),
                start: cal.at(0, 1),
                end: cal.end_of(29),
                cofinancing_rate: Some("0.10".into()),
                indirect_rate: Some("0.07".into()),
                exchange_rule: plan.rule.into(),
                contract_rate: (plan.rule == "contract_rate").then(|| "61.50".into()),
                reports: vec![
                    GrantReport {
                        kind: "interim".into(),
                        period_start: cal.at(0, 1),
                        period_end: cal.end_of(11),
                        due: cal.end_of(13),
                    },
                    GrantReport {
                        kind: "interim".into(),
                        period_start: cal.at(12, 1),
                        period_end: cal.end_of(23),
                        due: cal.end_of(25),
                    },
                    GrantReport {
                        kind: "final".into(),
                        period_start: cal.at(0, 1),
                        period_end: cal.end_of(29),
                        due: cal.end_of(32),
                    },
                ],
            }],
            logframe: Some(logframe),
            budget: Some(Budget { lines }),
            activities,
            services,
            transactions,
            subgrants,
        });
    }
    Package {
        format: FORMAT.into(),
        version: VERSION,
        organisation: SelfOrganisation {
            ref_: "self".into(),
            name: "Ura — Qendra për Gjithëpërfshirje".into(),
            short_name: Some("URA".into()),
            country: "AL".into(),
            base_currency: "ALL".into(),
            registration_no: Some("L91234567A".into()),
            address: Some("Rruga Kristo Luarasi 14, Tiranë".into()),
            iati_org_id: None,
        },
        organisations,
        exchange_rates,
        beneficiaries,
        households,
        projects,
    }
}

/// Fill `db` with the demo organisation, through the package import.
pub fn create(db: &mut Db, scale: Scale, progress: Progress<'_>) -> Result<ImportSummary> {
    create_from(db, &package(scale), progress)
}

/// Fill `db` with the demo organisation dated around `today` (the app's and `tessera demo`'s).
/// It has a logo too (on the reports' covers): a file beside the database.
pub fn create_at(db: &mut Db, scale: Scale, today: NaiveDate, progress: Progress<'_>) -> Result<ImportSummary> {
    let summary = create_from(db, &package_at(scale, today), progress)?;
    let logo = crate::organisations::profile::Logo { filename: "ura-logo.png", bytes: LOGO };
    crate::organisations::profile::set_logo(db, &logo)?;
    Ok(summary)
}

/// The demo organisation's logo (a bridge: "ura" in Albanian), 360 × 120 pixels.
const LOGO: &[u8] = include_bytes!("demo-logo.png");

/// The package imported, then each project's municipalities (the app's, not the package's).
fn create_from(db: &mut Db, pkg: &Package, progress: Progress<'_>) -> Result<ImportSummary> {
    let text = serde_json::to_string(pkg).expect("the demo package serialises");
    let summary = import_str(db, &text, false, progress)?;
    let mut rows = Vec::new();
    for plan in &PLANS {
        let project = crate::projects::project_id(db, plan.code)?;
        for name in plan.places {
            let place = crate::places::find(plan.country.code, name);
            let key = place.first().map_or_else(|| name.to_string(), |m| m.key.clone());
            rows.push((project.clone(), plan.country.code, key));
        }
    }
    db.write(|w| {
        for (project, country, key) in &rows {
            w.insert(
                "project_municipalities",
                &[
                    ("project_id", rusqlite::types::Value::Text(project.clone())),
                    ("country", rusqlite::types::Value::Text(country.to_string())),
                    ("municipality", rusqlite::types::Value::Text(key.clone())),
                ],
            )?;
        }
        Ok(())
    })?;
    Ok(summary)
}
