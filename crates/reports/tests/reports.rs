//! Donor reports end to end on a real SQLite file holding the small fixture package
//! (JI-ROMA: Albania, a grant in EUR and one in ALL, people in Berat and Prizren): each
//! template generated, in each of the seven languages, and read back with `pdftotext` — the
//! words in the language's script, the totals those of the report data (`--format json`),
//! no beneficiary's name or code, small cells `<5`, nothing outside the margins or
//! overlapping — and the same bytes for the same inputs.

use std::path::Path;
use std::process::Command;

use tessera_core::package::import_str;
use tessera_core::report::Request;
use tessera_core::{Db, OpenOptions};
use tessera_l10n::{L10n, LANGS};
use tessera_pdf::Fonts;

const GENERATED: i64 = 1_764_633_600; // 2025-12-02

fn db(dir: &Path) -> Db {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/fixtures/valid-small.json"))
        .unwrap();
    let mut db = Db::open(&dir.join("r.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
    db
}

fn req(template: &str, lang: &str) -> Request {
    Request {
        project: "JI-ROMA".into(),
        template: template.into(),
        lang: lang.into(),
        from: "2015-04-01".into(),
        to: "2015-12-31".into(),
        ethnicity: false,
    }
}

fn pdftotext(dir: &Path, bytes: &[u8]) -> String {
    let path = dir.join("report.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    // a line broken in a table cell reads as two lines: compare words
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_eu_report_in_each_language_shows_the_figures_of_the_report_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(dir.path());
    for lang in LANGS {
        let g = tessera_reports::generate(&db, &req("eu", lang), GENERATED).unwrap();
        let fonts = Fonts::new(lang);
        assert_eq!(g.layout.problems(&fonts), Vec::<String>::new(), "{lang}");
        let text = pdftotext(dir.path(), &g.pdf);
        let l = L10n::new(lang);
        let fmt = l.formatter();
        let norm = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
        // the sections' titles in the report's language (and script)
        for id in ["report-title-eu", "report-s-identification", "report-s-finance", "report-s-annex"] {
            let title = norm(l.message(id, &[]));
            assert!(text.contains(&title), "{lang}: no {title:?} in\n{text}");
        }
        // the figures: the same as the report data, formatted for the language
        let f = g.data.finance.as_ref().unwrap();
        for amount in [&f.spent_period_total, &f.spent_cumulative_total, &f.budget_total] {
            let shown = norm(fmt.money(amount, &f.currency));
            assert!(text.contains(&shown), "{lang}: no {shown:?} ({amount})");
        }
        let i1 = g.data.indicators.as_ref().unwrap().iter().find(|i| i.ref_ == "I1").unwrap();
        assert!(text.contains(&norm(format!("{}\u{a0}%", fmt.number(i1.values.percent_of_target.as_deref().unwrap())))));
        let reached = g.data.beneficiaries.as_ref().unwrap().period.unique_persons;
        assert!(text.contains(&norm(l.message(
            "report-reached-note",
            &[
                ("count", reached.to_string()),
                ("cumulative", g.data.beneficiaries.as_ref().unwrap().cumulative.unique_persons.to_string())
            ]
        ))));
        // Prizren has fewer than five people reached: shown as <5, in the report's script
        let prizren = if matches!(lang, "bg" | "mk" | "sr-Cyrl") { "Призрен" } else { "Prizren" };
        assert!(text.contains(&format!("{prizren} <5")) || text.contains(&format!("{prizren} x")), "{lang}: {prizren}");
        // no beneficiary's name or code anywhere
        for private in ["RAA-0", "Hoxha", "Arta", "Bajrami", "Lumturi"] {
            assert!(!text.contains(private), "{lang}: {private} in the report");
        }
    }
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db(dir.path());
    let a = tessera_reports::generate(&db, &req("eu", "sq"), GENERATED).unwrap().pdf;
    let b = tessera_reports::generate(&db, &req("eu", "sq"), GENERATED).unwrap().pdf;
    assert!(a == b);
    let later = tessera_reports::generate(&db, &req("eu", "sq"), GENERATED + 60).unwrap().pdf;
    assert!(later != a);
    // a report that left is recorded; from its record it is generated again, byte for byte
    let sent = tessera_reports::generate(&db, &req("eu", "sq"), GENERATED).unwrap();
    tessera_core::report::record_generated(&mut db, &sent.record).unwrap();
    let kept = tessera_core::report::generated_reports(&db, &sent.record.project_id).unwrap();
    assert_eq!(kept, vec![sent.record.clone()]);
    let r = &kept[0];
    let again = Request {
        project: "JI-ROMA".into(),
        template: r.template.clone(),
        lang: r.lang.clone(),
        from: r.from.clone(),
        to: r.to.clone(),
        ethnicity: r.ethnicity,
    };
    let again = tessera_reports::generate(&db, &again, r.generated_at).unwrap();
    assert_eq!(again.record.pdf_sha256, r.pdf_sha256);
    assert_eq!(again.record.data_sha256, r.data_sha256);
    assert!(again.pdf == a);
}

#[test]
fn the_indicator_tracking_table_and_the_generic_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db(dir.path());
    let g = tessera_reports::generate(&db, &req("itt", "mk"), GENERATED).unwrap();
    assert_eq!(g.layout.problems(&Fonts::new("mk")), Vec::<String>::new());
    // the table is on landscape pages after the cover
    assert!(g.layout.pages[1].width > g.layout.pages[1].height);
    let text = pdftotext(dir.path(), &g.pdf);
    for word in ["Табела за следење на индикаторите", "К1", "К4", "Белешка", "отстапувањето", "I1"]
    {
        assert!(text.contains(word), "{word} in\n{text}");
    }
    // I1 is at 41.7 % of its target: a deviation note is asked for
    assert!(text.contains("41,7 %") && text.contains("Потребно е објаснување"), "{text}");
    let asked = text.matches("Потребно е објаснување").count();
    // the note written for this period takes its place; another period's does not
    let project = tessera_core::projects::project_id(&db, "JI-ROMA").unwrap();
    let to = "2015-12-31".parse().unwrap();
    let note = "Обуките се префрлени во пролет 2016.";
    tessera_core::logframe::deviation::set_deviation_note(&mut db, &project, "I1", to, note).unwrap();
    let other = "2016-12-31".parse().unwrap();
    tessera_core::logframe::deviation::set_deviation_note(&mut db, &project, "ISO1", other, "Друг период.").unwrap();
    let noted = tessera_reports::generate(&db, &req("itt", "mk"), GENERATED).unwrap();
    assert_eq!(noted.layout.problems(&Fonts::new("mk")), Vec::<String>::new());
    let noted = pdftotext(dir.path(), &noted.pdf);
    assert!(noted.contains(note), "{noted}");
    assert!(!noted.contains("Друг период"), "{noted}");
    assert_eq!(noted.matches("Потребно е објаснување").count(), asked - 1, "{noted}");
    tessera_core::logframe::deviation::set_deviation_note(&mut db, &project, "I1", to, "").unwrap();
    // the organisation's own band (40–200 %): I1 is within it, one note fewer at least
    let band = tessera_core::settings::DeviationBand { low: 40, high: 200 };
    assert_eq!(tessera_core::settings::set_deviation_band(&mut db, band).unwrap(), band);
    let wider = pdftotext(dir.path(), &tessera_reports::generate(&db, &req("itt", "mk"), GENERATED).unwrap().pdf);
    assert!(wider.contains("40–200 %"), "{wider}");
    assert!(wider.matches("Потребно е објаснување").count() < asked);
    // a band that is not one is refused at its fields, nothing written
    let bad = tessera_core::settings::set_deviation_band(
        &mut db,
        tessera_core::settings::DeviationBand { low: 120, high: 100 },
    );
    match bad {
        Err(tessera_core::Error::InvalidInput(issues)) => {
            assert_eq!(issues.iter().map(|i| i.field.as_str()).collect::<Vec<_>>(), ["low", "high"]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(tessera_core::settings::deviation_band(&db).unwrap(), band);

    let g = tessera_reports::generate(&db, &req("generic", "sr-Latn"), GENERATED).unwrap();
    assert_eq!(g.layout.problems(&Fonts::new("sr-Latn")), Vec::<String>::new());
    let text = pdftotext(dir.path(), &g.pdf);
    for word in ["Izveštaj o napretku", "Budžet i potrošnja", "Potrošeno do danas", "Napredak logičkog okvira"] {
        assert!(text.contains(word), "{word} in\n{text}");
    }
    // the chart: one bar per heading and series, drawn as rectangles
    let bars = g
        .layout
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|i| matches!(i, tessera_pdf::layout::Item::Rect { h, .. } if (*h - 7.0).abs() < 0.01))
        .count();
    let headings =
        g.data.finance.as_ref().unwrap().headings.iter().filter(|h| h.heading != "7" && h.heading != "9").count();
    // and one bar per indicator with a % of target, after its swatch
    let progress = g.data.indicators.as_ref().unwrap().iter().filter(|i| i.values.percent_of_target.is_some()).count();
    assert_eq!(bars, 2 + 2 * headings + 1 + progress);
}

#[test]
fn the_cover_carries_the_organisations_logo_when_it_has_one_here() {
    use tessera_core::organisations::profile::{self, Logo};
    use tessera_pdf::layout::Item;
    let dir = tempfile::tempdir().unwrap();
    let mut db = db(dir.path());
    let pictures = |g: &tessera_reports::Generated| -> Vec<(f32, f32, f32, f32)> {
        g.layout
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                Item::Picture { x, y, w, h, .. } => Some((*x, *y, *w, *h)),
                _ => None,
            })
            .collect()
    };
    let plain = tessera_reports::generate(&db, &req("eu", "bg"), GENERATED).unwrap();
    assert!(pictures(&plain).is_empty());
    let png = include_bytes!("../../pdf/tests/fixtures/logo.png"); // 240 × 80
    profile::set_logo(&mut db, &Logo { filename: "ura.png", bytes: png }).unwrap();
    for template in ["eu", "itt", "generic"] {
        let g = tessera_reports::generate(&db, &req(template, "bg"), GENERATED).unwrap();
        // on the cover only, 180 × 60 points, above the title
        let on_cover: Vec<_> = g.layout.pages[0].items.iter().filter(|i| matches!(i, Item::Picture { .. })).collect();
        assert_eq!((pictures(&g).len(), on_cover.len()), (1, 1), "{template}");
        let (_, y, w, h) = pictures(&g)[0];
        assert!((w - 180.0).abs() < 0.01 && (h - 60.0).abs() < 0.01);
        let first_text_below = g.layout.pages[0].items.iter().all(|i| match i {
            Item::Text(t) if t.y > 50.0 => t.y > y + h,
            _ => true,
        });
        assert!(first_text_below, "{template}: text beside or under the logo");
        assert_eq!(g.layout.problems(&Fonts::new("bg")), Vec::<String>::new());
        assert_eq!(g.data, tessera_reports::generate(&db, &req(template, "bg"), GENERATED).unwrap().data);
    }
    let with = tessera_reports::generate(&db, &req("eu", "bg"), GENERATED).unwrap();
    assert!(with.pdf != plain.pdf);
    let path = dir.path().join("logo.pdf");
    std::fs::write(&path, &with.pdf).unwrap();
    let list = Command::new("pdfimages").arg("-list").arg(&path).output().unwrap();
    let list = String::from_utf8(list.stdout).unwrap();
    let images: Vec<Vec<&str>> = list.lines().skip(2).map(|l| l.split_whitespace().collect()).collect();
    assert!(images.iter().any(|f| f[0] == "1" && f[2] == "image" && f[3] == "240" && f[4] == "80"), "{list}");
    // a laptop that has the profile from sync but not the file yet: a cover without it
    let sha = profile::profile(&db).unwrap().logo.unwrap();
    let (row, _) = tessera_core::attachments::read(&db, &sha).unwrap();
    std::fs::remove_file(tessera_core::attachments::file_in(&tessera_core::attachments::folder(&db), &row.sha256))
        .unwrap();
    let without_file = tessera_reports::generate(&db, &req("eu", "bg"), GENERATED).unwrap();
    assert!(pictures(&without_file).is_empty());
    assert!(without_file.pdf == plain.pdf);
    // and no logo any more: none on the cover
    profile::remove_logo(&mut db).unwrap();
    assert!(pictures(&tessera_reports::generate(&db, &req("eu", "bg"), GENERATED).unwrap()).is_empty());
}

#[test]
fn ethnicity_only_in_a_report_that_asks_of_an_organisation_that_records_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db(dir.path());
    let asked = Request { ethnicity: true, ..req("eu", "bs") };
    // not recorded by the organisation: refused at the field, nothing generated
    match tessera_core::report::report_data(&db, &asked) {
        Err(tessera_core::Error::InvalidInput(issues)) => {
            assert_eq!((issues[0].field.as_str(), issues[0].code), ("ethnicity", "sensitive-off"));
        }
        other => panic!("{other:?}"),
    }
    tessera_core::settings::set_people_settings(&mut db, "", &["ethnicity".into()]).unwrap();
    // a report that does not ask shows none, in its data or its pages
    let plain = tessera_reports::generate(&db, &req("eu", "bs"), GENERATED).unwrap();
    let json = serde_json::to_value(&plain.data).unwrap();
    assert!(json["beneficiaries"]["period"].get("by_ethnicity").is_none(), "{}", json["beneficiaries"]);
    assert!(!pdftotext(dir.path(), &plain.pdf).contains("Prema etničkoj pripadnosti"));
    // one that asks: the same people by ethnicity, suppressed like every other table
    let g = tessera_reports::generate(&db, &asked, GENERATED).unwrap();
    let b = &g.data.beneficiaries.as_ref().unwrap().period;
    let by = b.by_ethnicity.as_ref().expect("by ethnicity");
    let cells = |c: &tessera_core::suppress::Cell| match c {
        tessera_core::suppress::Cell::Count(n) => Some(*n),
        _ => None,
    };
    let shown: u32 = by.values().filter_map(cells).sum();
    assert!(shown <= b.unique_persons);
    assert!(by.keys().all(|k| k == "unknown" || k.chars().all(|c| c.is_lowercase())), "{by:?}");
    // a small cell is never shown as its count, and never alone: its total would tell it
    let small = by.values().filter(|c| **c == tessera_core::suppress::Cell::Small).count();
    let hidden = by.values().filter(|c| **c == tessera_core::suppress::Cell::Hidden).count();
    assert!(small == 0 || small + hidden >= 2, "{by:?}");
    assert!(by.values().all(|c| cells(c).is_none_or(|n| n >= 5)), "{by:?}");
    // the same as the unsuppressed tally: everyone counted once
    let (reach, raw) = tessera_core::activities::figures::reach_with_ethnicity(
        &db,
        &tessera_core::projects::project_id(&db, "JI-ROMA").unwrap(),
        "2015-04-01".parse().unwrap(),
        "2015-12-31".parse().unwrap(),
        "bs",
    )
    .unwrap();
    assert_eq!(raw.period.values().sum::<u32>(), reach.period.unique_persons);
    assert!(raw.cumulative.contains_key("roma"), "{raw:?}");
    let text = pdftotext(dir.path(), &g.pdf);
    assert!(text.contains("Prema etničkoj pripadnosti") && text.contains("Etnička pripadnost"), "{text}");
    assert_eq!(g.layout.problems(&Fonts::new("bs")), Vec::<String>::new());
    // recorded with the choice, and generated again from the record byte for byte
    tessera_core::report::record_generated(&mut db, &g.record).unwrap();
    let r = tessera_core::report::generated_reports(&db, &g.record.project_id).unwrap().remove(0);
    assert!(r.ethnicity);
    let again = Request {
        project: "JI-ROMA".into(),
        template: r.template,
        lang: r.lang,
        from: r.from,
        to: r.to,
        ethnicity: r.ethnicity,
    };
    assert!(tessera_reports::generate(&db, &again, r.generated_at).unwrap().pdf == g.pdf);
}

#[test]
fn the_demo_projects_eu_reports_in_the_seven_languages() {
    use tessera_core::demo::{self, Scale, ANCHOR};
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("demo.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    demo::create(&mut db, Scale::Small, &mut |_, _| {}).unwrap();
    let pkg = demo::package(Scale::Small);
    let today = format!("{:04}-{:02}-{:02}", ANCHOR.0, ANCHOR.1, ANCHOR.2);
    // who must never appear: each person's code, and first and last name together
    let private: Vec<String> = pkg
        .beneficiaries
        .iter()
        .flat_map(|b| {
            let name = match (&b.first_name, &b.last_name) {
                (Some(f), Some(l)) => Some(format!("{f} {l}")),
                _ => None,
            };
            std::iter::once(b.code.clone()).chain(name)
        })
        .collect();
    assert!(private.len() > 300);
    for project in &pkg.projects {
        for lang in LANGS {
            let req = Request {
                project: project.code.clone(),
                template: "eu".into(),
                lang: lang.into(),
                from: project.start.clone(),
                to: today.clone(),
                ethnicity: false,
            };
            let g = tessera_reports::generate(&db, &req, GENERATED).unwrap();
            assert_eq!(g.layout.problems(&Fonts::new(lang)), Vec::<String>::new(), "{} {lang}", project.code);
            let text = pdftotext(dir.path(), &g.pdf);
            let l = L10n::new(lang);
            let norm = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
            for id in ["report-title-eu", "report-s-beneficiaries", "report-s-finance"] {
                let title = norm(l.message(id, &[]));
                assert!(text.contains(&title), "{} {lang}: no {title:?}", project.code);
            }
            let f = g.data.finance.as_ref().unwrap();
            for amount in [&f.spent_cumulative_total, &f.budget_total] {
                let shown = norm(l.formatter().money(amount, &f.currency));
                assert!(text.contains(&shown), "{} {lang}: no {shown:?} ({amount})", project.code);
            }
            let b = g.data.beneficiaries.as_ref().unwrap();
            let reached = [
                ("count", b.period.unique_persons.to_string()),
                ("cumulative", b.cumulative.unique_persons.to_string()),
            ];
            assert!(text.contains(&norm(l.message("report-reached-note", &reached))), "{} {lang}", project.code);
            assert!(b.period.unique_persons > 0, "{}: nobody reached", project.code);
            for p in &private {
                assert!(!text.contains(p.as_str()), "{} {lang}: {p} in the report", project.code);
            }
        }
    }
}
