//! The `tessera` binary end to end on real database files: exit codes, messages in the
//! user's language with the JSON path at fault, all-or-nothing import, round trips.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures")
}

fn tessera(db: &Path, args: &[&str]) -> Output {
    tessera_env(db, args, &[])
}

fn tessera_env(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tessera"));
    c.arg("--db").arg(db).args(args).env_remove("TESSERA_PASSPHRASE").env("LANG", "C");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Change-log rows, read through the core.
fn changes(db: &Path) -> i64 {
    let d = tessera_core::Db::open(db, &tessera_core::OpenOptions::default()).unwrap();
    d.changes(&Default::default()).unwrap().len() as i64
}

#[test]
fn init_then_list_and_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("org.db");
    let o = tessera(
        &db,
        &["init", "--org-name", "Roma Active Albania", "--country", "AL", "--currency", "ALL", "--lang", "sq"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Roma Active Albania"));
    // again: a user error, in the database's language (Albanian), nothing changed
    let o = tessera(&db, &["init", "--org-name", "X", "--country", "AL", "--currency", "ALL"]);
    assert_eq!(o.status.code(), Some(1));
    let msg = stderr(&o);
    assert!(!msg.contains("already exists"), "not in Albanian: {msg}");
    assert!(msg.contains("org.db"), "{msg}");
    // bad country: exit 1, no file
    let other = dir.path().join("other.db");
    let o = tessera(&other, &["--lang", "en", "init", "--org-name", "X", "--country", "QQ", "--currency", "EUR"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("“QQ”"), "{}", stderr(&o));
    assert!(!other.exists());
    // usage errors
    assert_eq!(tessera(&db, &["list", "elephants"]).status.code(), Some(2));
    assert_eq!(tessera(&db, &["init", "--country", "AL"]).status.code(), Some(2));
    let o = tessera(&db, &["list", "projects", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).trim(), "[]");
}

#[test]
fn import_is_all_or_nothing_with_paths_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let o = tessera(&db, &["init", "--org-name", "T", "--country", "AL", "--currency", "EUR"]);
    assert_eq!(o.status.code(), Some(0));
    let before = changes(&db);
    let bad = fixtures().join("invalid-unknown-ref-budget-line.json");
    for lang in ["en", "mk", "sr-Latn"] {
        let o = tessera(&db, &["--lang", lang, "import", "package", bad.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1));
        let err = stderr(&o);
        assert!(err.contains("projects[0].transactions[1].budget_line"), "{lang}: {err}");
        if lang != "en" {
            assert!(!err.contains("does not point"), "{lang} shows English: {err}");
        }
    }
    let multi = fixtures().join("invalid-multi.json");
    let o = tessera(&db, &["--lang", "en", "import", "package", multi.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for p in ["organisation.website", "projects[0].title", "projects[0].transactions[2].currency"] {
        assert!(err.contains(p), "{p} missing in {err}");
    }
    assert_eq!(changes(&db), before, "a failed import wrote something");
    // dry run of a valid package writes nothing either
    let good = fixtures().join("valid-small.json");
    let o = tessera(&db, &["import", "package", good.to_str().unwrap(), "--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(changes(&db), before);
    // not JSON
    let junk = dir.path().join("junk.json");
    std::fs::write(&junk, "{ not json").unwrap();
    let o = tessera(&db, &["--lang", "en", "import", "package", junk.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("line 1"), "{}", stderr(&o));
    // into a database that does not exist yet: no file is left behind, for a bad package or a dry run
    let fresh = dir.path().join("fresh.db");
    let o = tessera(&fresh, &["--lang", "en", "import", "package", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let o = tessera(&fresh, &["import", "package", good.to_str().unwrap(), "--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // a package only the schema refuses (an activity type it does not list) is refused after the
    // write began (the check runs beside it): rolled back, and the new file removed
    let late = fixtures().join("invalid-enum-value.json");
    let o = tessera(&fresh, &["--lang", "en", "import", "package", late.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("projects[0].activities[0].type"), "{}", stderr(&o));
    let o = tessera(&db, &["--lang", "en", "import", "package", late.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(changes(&db), before, "a package the schema refuses wrote something");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(!left.iter().any(|n| n.to_string_lossy().starts_with("fresh")), "{left:?}");
}

#[test]
fn export_import_export_round_trips_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    let good = fixtures().join("valid-small.json");
    let o = tessera(&a, &["import", "package", good.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let again = tessera(&a, &["--lang", "en", "import", "package", good.to_str().unwrap()]);
    assert!(stdout(&again).contains("0 records created, 0 updated"), "{}", stdout(&again));
    let code = serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(&good).unwrap()).unwrap()["projects"]
        [0]["code"]
        .as_str()
        .unwrap()
        .to_string();
    let (e1, e2) = (dir.path().join("e1.json"), dir.path().join("e2.json"));
    assert_eq!(
        tessera(&a, &["export", "package", "--project", &code, "-o", e1.to_str().unwrap()]).status.code(),
        Some(0)
    );
    assert_eq!(tessera(&b, &["import", "package", e1.to_str().unwrap()]).status.code(), Some(0));
    assert_eq!(
        tessera(&b, &["export", "package", "--project", &code, "-o", e2.to_str().unwrap()]).status.code(),
        Some(0)
    );
    let (t1, t2) = (std::fs::read_to_string(&e1).unwrap(), std::fs::read_to_string(&e2).unwrap());
    assert!(t1.len() > 5000);
    assert_eq!(t1, t2);
    let o = tessera(&a, &["--lang", "en", "export", "package", "--project", "NOPE", "-o", e2.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("NOPE"));
}

#[test]
fn encrypted_database_from_env_and_wrong_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("enc.db");
    let pass = [("TESSERA_PASSPHRASE", "Shkodër-2026")];
    let o = tessera_env(
        &db,
        &["init", "--org-name", "LIL", "--country", "MK", "--currency", "MKD", "--encrypt", "--lang", "mk"],
        &pass,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!std::fs::read(&db).unwrap().starts_with(b"SQLite format 3"));
    let o = tessera_env(&db, &["list", "projects", "--json"], &pass);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = tessera_env(&db, &["--lang", "en", "list", "projects"], &[("TESSERA_PASSPHRASE", "wrong")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("passphrase is not correct"), "{}", stderr(&o));
    let o = tessera(&db, &["--lang", "en", "list", "projects"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("encrypted"), "{}", stderr(&o));
}

#[test]
fn demo_lists_people_found_in_any_script() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    assert_eq!(tessera(&db, &["demo"]).status.code(), Some(0));
    let o = tessera(&db, &["list", "beneficiaries", "--search", "dordevic", "--json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["last_name"] == "Ђорђевић"), "{rows:?}");
    // the demo is dated around today: its books run from the project's start to last month
    let o = tessera(&db, &["list", "transactions", "--project", "GLAS", "--json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(rows.len() >= 20, "{} transactions", rows.len());
    assert!(rows.iter().any(|r| r["currency"] == "MKD") && rows.iter().any(|r| r["currency"] == "EUR"));
    let o = tessera(&db, &["--lang", "mk", "list", "projects"]);
    assert!(stdout(&o).contains("Активен"), "status not in Macedonian: {}", stdout(&o));
    let o = tessera(&db, &["--lang", "bs", "list", "transactions", "--project", "GLAS"]);
    assert!(stdout(&o).contains("\u{a0}€"), "{}", stdout(&o));
    // ethnicity asked of an organisation that does not record it: refused, no file
    let json = dir.path().join("eth.json");
    let o = tessera(
        &db,
        &[
            "--lang",
            "en",
            "report",
            "--project",
            "GLAS",
            "--template",
            "eu",
            "--from",
            "2020-01-01",
            "--to",
            "2030-12-31",
        ]
        .into_iter()
        .chain(["--lang", "en", "--format", "json", "--ethnicity", "-o", json.to_str().unwrap()])
        .collect::<Vec<_>>(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).to_lowercase().contains("ethnicity"), "{}", stderr(&o));
    assert!(!json.exists());
    // its logo on the cover of its reports
    let pdf = dir.path().join("ura.pdf");
    let o = tessera(
        &db,
        &["report", "--project", "URA-RISE", "--template", "eu", "--from", "2020-01-01", "--to", "2030-12-31"]
            .into_iter()
            .chain(["--lang", "sq", "-o", pdf.to_str().unwrap()])
            .collect::<Vec<_>>(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let list = Command::new("pdfimages").arg("-list").arg(&pdf).output().expect("pdfimages (poppler-utils)");
    let list = String::from_utf8(list.stdout).unwrap();
    let images: Vec<Vec<&str>> = list.lines().skip(2).map(|l| l.split_whitespace().collect()).collect();
    assert!(images.iter().any(|f| f[..5] == ["1", "0", "image", "360", "120"]), "{list}");
}

#[test]
fn every_error_code_has_a_message_in_every_language() {
    let mut ids: Vec<String> = tessera_core::error::ERROR_CODES.iter().map(|c| format!("error-{c}")).collect();
    ids.extend(tessera_core::package::ISSUE_CODES.iter().map(|c| format!("package-{c}")));
    ids.extend(tessera_core::input::FIELD_CODES.iter().map(|c| format!("field-{c}")));
    ids.extend(["error-passphrase-mismatch", "error-passphrase-empty", "package-issue-at"].map(String::from));
    for lang in tessera_l10n::LANGS {
        let l = tessera_l10n::L10n::new(lang);
        for id in &ids {
            assert!(l.has_message(id), "{lang} lacks {id}");
        }
    }
}

#[test]
fn report_data_as_json_and_the_indicators_list() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let good = fixtures().join("valid-small.json");
    assert_eq!(tessera(&db, &["import", "package", good.to_str().unwrap()]).status.code(), Some(0));
    let out = dir.path().join("report.json");
    let args = |format: &'static str, from: &'static str, out: &Path| -> Vec<String> {
        ["report", "--project", "JI-ROMA", "--template", "eu", "--from", from, "--to", "2015-12-31", "--lang", "bg"]
            .iter()
            .map(|s| s.to_string())
            .chain(["--format".into(), format.into(), "-o".into(), out.display().to_string()])
            .collect()
    };
    let run = |a: Vec<String>| tessera(&db, &a.iter().map(String::as_str).collect::<Vec<_>>());
    let o = run(args("json", "2015-04-01", &out));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let data: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(
        (&data["project"], &data["template"], &data["lang"], &data["from"], &data["to"]),
        (&"JI-ROMA".into(), &"eu".into(), &"bg".into(), &"2015-04-01".into(), &"2015-12-31".into())
    );
    let i1 = data["indicators"].as_array().unwrap().iter().find(|i| i["ref"] == "I1").unwrap();
    assert_eq!((&i1["achieved_period"], &i1["achieved_cumulative"]), (&"11".into(), &"25".into()));
    assert_eq!(i1["percent_of_target"], "41.7");
    // the activities, beneficiaries and services sections (figures by hand in core/tests/reach.rs)
    assert_eq!(data["activities"]["done_refs"], serde_json::json!(["A3", "A2", "A4", "A8"]));
    assert_eq!(data["beneficiaries"]["period"]["unique_persons"], 15);
    assert_eq!(data["beneficiaries"]["period"]["by_municipality"]["Berat"], 5);
    // Prizren (Kosovo) in the report's script, and a small cell as `<5`
    assert_eq!(data["beneficiaries"]["period"]["by_municipality"]["Призрен"], "<5");
    assert_eq!(data["services"]["food_package"]["records"], 3);
    // the grants and households lists
    let o = tessera(&db, &["list", "grants", "--project", "JI-ROMA", "--json"]);
    let grants: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(grants.as_array().unwrap().iter().map(|g| g["ref"].as_str().unwrap()).collect::<Vec<_>>(), ["G1", "G2"]);
    assert_eq!(
        (&grants[1]["amount"], &grants[1]["currency"], &grants[1]["exchange_rule"]),
        (&"420000.00".into(), &"ALL".into(), &"contract_rate".into())
    );
    let o = tessera(&db, &["--lang", "sq", "list", "grants", "--search", "berat"]);
    assert!(stdout(&o).contains("G2") && !stdout(&o).contains("G1"), "{}", stdout(&o));
    let o = tessera(&db, &["list", "households", "--json"]);
    let households: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let first = &households.as_array().unwrap()[0];
    assert_eq!((&first["code"], first["members"].as_u64().unwrap() >= 1), (&"HH-0001".into(), true), "{households}");
    // the finance section (figures by hand in core/tests/finance.rs)
    assert_eq!(data["finance"]["spent_period_total"], "10236.71");
    assert_eq!(data["conversions"].as_array().unwrap().len(), 11);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains("RAA-0") && !text.contains("Hoxha"), "no beneficiary codes or names in the report data");
    // the same report as PDF (the default format): the figures of the data, in Bulgarian
    let pdf = dir.path().join("report.pdf");
    let o = run(args("pdf", "2015-04-01", &pdf));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("report.pdf"), "{}", stderr(&o));
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Финансов отчет") && text.contains("10 236,71"), "{text}");
    assert!(!text.contains("RAA-0") && !text.contains("Hoxha"));
    assert!(!dir.path().join("report.pdf.part").exists());
    // a date that is not one: exit 1 naming it; an unknown template: a usage error (2)
    let o = run(args("json", "2015-02-30", &out));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("2015-02-30"), "{}", stderr(&o));
    let o = tessera(
        &db,
        &[
            "report",
            "--project",
            "JI-ROMA",
            "--template",
            "x",
            "--from",
            "2015-01-01",
            "--to",
            "2015-12-31",
            "--lang",
            "en",
            "-o",
            "-",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    // the list shows the same figures, up to today, in the user's language
    let o = tessera(&db, &["--lang", "sq", "list", "indicators", "--project", "JI-ROMA"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Treguesi") && text.contains("I1") && text.contains("41,7 %"), "{text}");
    let o = tessera(&db, &["list", "indicators", "--project", "JI-ROMA", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let i1 = rows.as_array().unwrap().iter().find(|i| i["ref"] == "I1").unwrap();
    assert_eq!(
        (&i1["project"], &i1["achieved_cumulative"], &i1["target_final"]),
        (&"JI-ROMA".into(), &"25".into(), &"60".into())
    );
}

#[test]
fn import_beneficiaries_rejects_bad_rows_in_the_users_language_and_writes_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("org.db");
    assert_eq!(tessera(&db, &["demo"]).status.code(), Some(0));
    let before = changes(&db);
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "Шифра;Име;Пол;Година рођења;Општина\n\
         N-1;Ана;непознат;1990;Ниш-Медијана\n\
         N-2;Бојан;мушки;2090;Лесковац\n\
         N-3;Вера;женски;1980;Атлантида\n\
         N-2;Горан;m;1970;Врање\n",
    )
    .unwrap();
    let o =
        tessera(&db, &["--lang", "sr-Cyrl", "import", "beneficiaries", bad.to_str().unwrap(), "--project", "ZAJEDNO"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let msg = stderr(&o);
    for expected in [
        "Одбијена су 4 реда",
        "Ред 2, колона „Пол“: „непознат“ није једно од: Женски, Мушки",
        "Ред 3, колона „Година рођења“: 2090",
        "Ред 4, колона „Општина“: „Атлантида“",
        "Ред 5, колона „Шифра“: Шифра „N-2“ је већ употребљена у реду 3",
    ] {
        assert!(msg.contains(expected), "{expected} not in:\n{msg}");
    }
    assert_eq!(changes(&db), before, "nothing written");

    let good = dir.path().join("good.csv");
    std::fs::write(&good, "code,first_name,gender,municipality\nN-1,Ana,female,Niš-Medijana\nN-2,Bojan,m,Лесковац\n")
        .unwrap();
    let o = tessera(&db, &["import", "beneficiaries", good.to_str().unwrap(), "--project", "ZAJEDNO", "--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("2 people"), "{}", stdout(&o));
    assert_eq!(changes(&db), before, "a dry run writes nothing");
    let o = tessera(&db, &["import", "beneficiaries", good.to_str().unwrap(), "--project", "ZAJEDNO"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = tessera(&db, &["list", "beneficiaries", "--search", "бојан", "--json"]);
    assert!(stdout(&o).contains("\"N-2\""), "{}", stdout(&o));
    // and out again as a spreadsheet: codes only, unless names are asked for
    let out = dir.path().join("people.csv");
    let o = tessera(
        &db,
        &["export", "beneficiaries", "--project", "ZAJEDNO", "--format", "csv", "-o", out.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    // the header in the command's language (the form's labels: they import back)
    assert!(text.starts_with("\u{feff}Code,Gender,"), "{}", &text[..60]);
    assert!(text.contains("N-2,male") && !text.contains("Bojan"), "no names unless asked");
    let args = ["export", "beneficiaries", "--project", "ZAJEDNO", "--format", "xlsx", "--names", "-o"];
    let xlsx = dir.path().join("people.xlsx");
    let o = tessera(&db, &[&args[..], &[xlsx.to_str().unwrap()]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let back = tessera_core::sheet::read(&xlsx, None).unwrap();
    assert!(back.rows.iter().any(|r| r.cells[..3] == ["N-2", "Bojan", ""]), "names when asked");
    // a project that is not there, a file that is not a table
    let o = tessera(&db, &["import", "beneficiaries", good.to_str().unwrap(), "--project", "NOPE"]);
    assert_eq!(o.status.code(), Some(1));
    let junk = dir.path().join("junk.xlsx");
    std::fs::write(&junk, b"not a zip").unwrap();
    let o = tessera(&db, &["import", "beneficiaries", junk.to_str().unwrap(), "--project", "ZAJEDNO"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("junk.xlsx"), "{}", stderr(&o));
}

#[test]
fn import_activities_and_attendance_all_or_nothing_and_again_without_twins() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("org.db");
    assert_eq!(tessera(&db, &["demo"]).status.code(), Some(0));
    let before = changes(&db);
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "Назив;Врста;Статус;Одржана од;Резултат;Општина\n\
         Обука за младе;обука;завршено;12.03.2025.;P2-R1;Лесковац\n\
         Округли сто;забава;планирано;;P2-R1;\n\
         Трибина;обука;отказано;;P2-R9;\n\
         Радионица;обука;завршено;31.02.2025;;\n",
    )
    .unwrap();
    let o = tessera(&db, &["--lang", "sr-Cyrl", "import", "activities", bad.to_str().unwrap(), "--project", "ZAJEDNO"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let msg = stderr(&o);
    for expected in [
        "Ред 3, колона „Врста“: „забава“ није једно од: Обука,",
        "Ред 4, колона „Резултат“: „P2-R9“",
        "Ред 4, колона „Статус“",
        "Ред 5, колона „Одржана од“: „31.02.2025“",
    ] {
        assert!(msg.contains(expected), "{expected} not in:\n{msg}");
    }
    assert!(!msg.contains("Ред 2,"), "row 2 is fine:\n{msg}");
    assert_eq!(changes(&db), before, "nothing written");

    let good = dir.path().join("activities.csv");
    std::fs::write(
        &good,
        "ref,title,type,status,actual_start,result,municipality\n\
         X-A1,Сајам запошљавања,training,done,12.03.2025,P2-R1,Leskovac\n\
         X-A2,Tribina o pravu na novčanu pomoć,forum,planned,,,\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        tessera(&db, &[&["import", "activities", good.to_str().unwrap(), "--project", "ZAJEDNO"], args].concat())
    };
    let o = run(&["--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(changes(&db), before, "a dry run writes nothing");
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("2 new, 0 changed"), "{}", stdout(&o));
    let o = run(&[]);
    assert!(stdout(&o).contains("0 new, 2 changed"), "{}", stdout(&o));
    let o = tessera(&db, &["list", "activities", "--project", "ZAJEDNO", "--search", "Сајам", "--json"]);
    let listed: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1, "imported twice, there once: {listed}");
    assert_eq!(listed[0]["municipality"], "Leskovac");

    // attendance: an activity by its ref, a person by their code
    let bad = dir.path().join("bad-attendance.csv");
    std::fs::write(&bad, "activity,code\nX-A9,URA-00001\nX-A1,NOPE-1\n").unwrap();
    let o = tessera(&db, &["import", "attendance", bad.to_str().unwrap(), "--project", "ZAJEDNO"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("Row 2, column “activity”: Project ZAJEDNO has no activity “X-A9”"), "{}", stderr(&o));
    assert!(stderr(&o).contains("Row 3, column “code”: No one is registered with the code “NOPE-1”"), "{}", stderr(&o));
    let good = dir.path().join("attendance.csv");
    std::fs::write(&good, "Шифра активности;Шифра\nX-A1;URA-00001\nX-A1;URA-00002\nX-A1;URA-00001\n").unwrap();
    let o = tessera(&db, &["import", "attendance", good.to_str().unwrap(), "--project", "ZAJEDNO"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("2 recorded, 0 already there"), "{}", stdout(&o));
    let o = tessera(&db, &["import", "attendance", good.to_str().unwrap(), "--project", "ZAJEDNO"]);
    assert!(stdout(&o).contains("0 recorded, 2 already there"), "{}", stdout(&o));
    // the two are counted in the report's figures for March 2025
    let out = dir.path().join("r.json");
    let o = tessera(
        &db,
        &[
            "report",
            "--project",
            "ZAJEDNO",
            "--template",
            "eu",
            "--from",
            "2025-03-01",
            "--to",
            "2025-03-31",
            "--lang",
            "en",
            "--format",
            "json",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let data: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(data["activities"]["done_refs"].as_array().unwrap().contains(&"X-A1".into()), "{}", data["activities"]);
    assert!(data["activities"]["participants_period"]["attendance_records"].as_u64().unwrap() >= 2);
}

#[test]
fn import_exchange_rates_by_month_all_or_nothing_and_again_without_twins() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let good = fixtures().join("valid-small.json");
    assert_eq!(tessera(&db, &["import", "package", good.to_str().unwrap()]).status.code(), Some(0));
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "Datum;Iz valute;U valutu;Kurs;Izvor\n02.2016;EUR;ALL;138,5;inforeuro\n13.2016;EUR;LEK;-1;inforeuro\n",
    )
    .unwrap();
    let before = changes(&db);
    let o = tessera(&db, &["--lang", "bs", "import", "exchange-rates", bad.to_str().unwrap(), "--project", "JI-ROMA"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    for expected in ["Red 3, kolona „Datum“", "Red 3, kolona „U valutu“", "Red 3, kolona „Kurs“"] {
        assert!(stderr(&o).contains(expected), "{expected} not in {}", stderr(&o));
    }
    assert_eq!(changes(&db), before, "nothing written");
    let good = dir.path().join("rates.csv");
    std::fs::write(
        &good,
        "date,from,to,rate,source\n2016-02,EUR,ALL,\"138,50\",inforeuro\n2015-03-01,EUR,ALL,139.87,inforeuro\n",
    )
    .unwrap();
    let o = tessera(&db, &["import", "exchange-rates", good.to_str().unwrap(), "--project", "JI-ROMA"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 new, 1 replaced"), "{}", stdout(&o));
    let o = tessera(&db, &["import", "exchange-rates", good.to_str().unwrap(), "--project", "JI-ROMA"]);
    assert!(stdout(&o).contains("0 new, 2 replaced"), "{}", stdout(&o));
    let d = tessera_core::Db::open(&db, &tessera_core::OpenOptions::default()).unwrap();
    let rates: i64 = d
        .conn()
        .query_row("SELECT count(*) FROM live_exchange_rates WHERE date = '2016-02-01' AND rate = '138.50'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(rates, 1, "a month's rate is dated its 1st, a decimal comma read as a dot, once");
}

#[test]
fn import_transactions_all_or_nothing_then_listed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let good = fixtures().join("valid-small.json");
    assert_eq!(tessera(&db, &["import", "package", good.to_str().unwrap()]).status.code(), Some(0));
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "ref;Data e faturës;Shuma;Monedha;Linjë buxhetore;Grant;Pjesa\nT30;12.06.2015;1.250,00;ALL;2.1;G1;90%\nT31;12.06.2015;-5;ALL;2.1;G1;150%\n",
    )
    .unwrap();
    let before = changes(&db);
    let o = tessera(&db, &["--lang", "sq", "import", "transactions", bad.to_str().unwrap(), "--project", "JI-ROMA"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("Shuma") && stderr(&o).contains("Pjesa"), "{}", stderr(&o));
    assert_eq!(changes(&db), before, "nothing written");
    let o = tessera(&db, &["import", "transactions", bad.to_str().unwrap(), "--project", "JI-ROMA", "--dry-run"]);
    assert_eq!(o.status.code(), Some(1));
    let ok = dir.path().join("ok.csv");
    std::fs::write(&ok, "ref,invoice_date,amount,currency,budget_line,grant,share,payee\nT30,2015-06-12,\"1250,00\",ALL,2.1,G1,0.9,Taxi\n")
        .unwrap();
    let o = tessera(&db, &["import", "transactions", ok.to_str().unwrap(), "--project", "JI-ROMA"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 new, 0 changed"), "{}", stdout(&o));
    let o = tessera(&db, &["import", "transactions", ok.to_str().unwrap(), "--project", "JI-ROMA"]);
    assert!(stdout(&o).contains("0 new, 1 changed"), "{}", stdout(&o));
    let o = tessera(&db, &["list", "transactions", "--project", "JI-ROMA", "--search", "taxi", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    assert_eq!((rows[0]["ref"].as_str(), rows[0]["amount"].as_str()), (Some("T30"), Some("1250.00")));
}

#[test]
fn every_list_exports_as_a_spreadsheet_with_its_header_in_the_language_and_reads_back() {
    use calamine::{open_workbook, Data, DataType, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db");
    let good = fixtures().join("valid-small.json");
    assert_eq!(tessera(&db, &["import", "package", good.to_str().unwrap()]).status.code(), Some(0));
    // transactions as XLSX, header in Bosnian: real number and date cells, the list's values
    let xlsx = dir.path().join("t.xlsx");
    let o = tessera(
        &db,
        &[
            "--lang",
            "bs",
            "export",
            "transactions",
            "--project",
            "JI-ROMA",
            "--format",
            "xlsx",
            "-o",
            xlsx.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let listed: serde_json::Value =
        serde_json::from_str(&stdout(&tessera(&db, &["list", "transactions", "--project", "JI-ROMA", "--json"])))
            .unwrap();
    let listed = listed.as_array().unwrap();
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header[0..4], ["Br.", "Vrsta", "Datum", "Iznos"]);
    assert_eq!(rows.len() - 1, listed.len());
    for (row, tx) in rows[1..].iter().zip(listed) {
        assert_eq!(row[0].to_string(), tx["ref"].as_str().unwrap());
        let amount: f64 = tx["amount"].as_str().unwrap().parse().unwrap();
        assert_eq!(row[3], Data::Float(amount), "{}", tx["ref"]);
        if let Some(date) = tx["date"].as_str() {
            let cell = row[2].as_datetime().expect("a date cell");
            assert_eq!(cell.date().to_string(), date);
        }
    }
    // the indicator table as CSV in Albanian: a BOM, the header, the figures of `list indicators`
    let csv = dir.path().join("i.csv");
    let o = tessera(
        &db,
        &[
            "--lang",
            "sq",
            "export",
            "indicators",
            "--project",
            "JI-ROMA",
            "--format",
            "csv",
            "-o",
            csv.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("\u{feff}Nr.,Niveli,Treguesi"), "{text}");
    let i1 = text.lines().find(|l| l.starts_with("I1,")).unwrap();
    assert!(i1.ends_with(",0,60,25,41.7"), "{i1}");
    // budget vs actual and activities: one row per heading and line, per activity
    for (list, min) in [("budget", 5), ("activities", 5)] {
        let f = dir.path().join(format!("{list}.xlsx"));
        let o = tessera(&db, &["export", list, "--project", "JI-ROMA", "--format", "xlsx", "-o", f.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let mut book: Xlsx<_> = open_workbook(&f).unwrap();
        let n = book.worksheet_range_at(0).unwrap().unwrap().rows().count();
        assert!(n > min, "{list}: {n} rows");
    }
    // the people reached by municipality, an aggregate: HXL hashtags when asked, small cells <5
    let reach = dir.path().join("reach.csv");
    let o = tessera(
        &db,
        &[
            "--lang",
            "sr-Cyrl",
            "export",
            "reach",
            "--project",
            "JI-ROMA",
            "--format",
            "csv",
            "--hxl",
            "-o",
            reach.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&reach).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "\u{feff}Општина,Жене,Мушкарци,Укупно");
    assert_eq!(lines[1], "#adm2+name,#reached+f,#reached+m,#reached+total");
    assert!(lines.iter().any(|l| l.starts_with("Призрен,") && l.contains("<5")), "{text}");
    assert!(!text.contains("RAA-0") && !text.contains("Hoxha"));
    // every other list carries its hashtags too, one per column, and without --hxl none
    for (list, first) in [
        ("activities", "#activity+code"),
        ("transactions", "#meta+id"),
        ("budget", "#item+type"),
        ("indicators", "#indicator+code"),
    ] {
        let f = dir.path().join(format!("{list}-hxl.csv"));
        let run = |hxl: bool| {
            let mut args = vec!["--lang", "mk", "export", list, "--project", "JI-ROMA", "--format", "csv"];
            args.extend(hxl.then_some("--hxl"));
            args.extend(["-o", f.to_str().unwrap()]);
            let o = tessera(&db, &args);
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
            std::fs::read_to_string(&f).unwrap()
        };
        let (with, without) = (run(true), run(false));
        let lines: Vec<&str> = with.lines().collect();
        let tags: Vec<&str> = lines[1].split(',').collect();
        assert_eq!(tags[0], first, "{list}: {with}");
        assert_eq!(tags.len(), lines[0].split(',').count(), "{list}: a tag per column");
        assert!(tags.iter().all(|t| t.starts_with('#')), "{list}: {tags:?}");
        assert_eq!(with.lines().count(), without.lines().count() + 1, "{list}");
        assert!(!without.lines().nth(1).is_some_and(|l| l.starts_with('#')), "{list}");
    }
    // an unknown project: exit 1 naming it, no file
    let none = dir.path().join("none.csv");
    let o =
        tessera(&db, &["export", "activities", "--project", "NOPE", "--format", "csv", "-o", none.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("NOPE") && !none.exists());
}

#[test]
fn a_project_as_iati_xml_validates_against_the_official_schema() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("i.db");
    let good = fixtures().join("valid-small.json");
    assert_eq!(tessera(&db, &["import", "package", good.to_str().unwrap()]).status.code(), Some(0));
    let xml = dir.path().join("ji-roma.xml");
    let o = tessera(&db, &["export", "iati", "--project", "JI-ROMA", "-o", xml.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/iati/iati-activities-schema.xsd");
    let lint = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .arg(&xml)
        .output()
        .expect("xmllint (libxml2-utils)");
    assert!(lint.status.success(), "{}", String::from_utf8_lossy(&lint.stderr));
    let text = std::fs::read_to_string(&xml).unwrap();
    // what reports.md asks of it, with the project's own figures
    for part in [
        "<iati-identifier>",
        "<reporting-org ref=",
        "<participating-org role=\"1\"",
        "<participating-org role=\"4\"",
        "<activity-status code=",
        "<recipient-country code=\"AL\"",
        "<location>",
        "<sector vocabulary=\"2\" code=\"151\"/>",
        "<budget type=\"1\" status=\"1\">",
        "<transaction-type code=\"4\"/>",
        "<transaction-type code=\"2\"/>",
        "<transaction-type code=\"3\"/>",
        "<result type=\"1\">",
        "<indicator measure=\"1\">",
        "<baseline year=",
        "<target value=\"60\"/>",
    ] {
        assert!(text.contains(part), "no {part} in\n{text}");
    }
    // no person's name or code
    assert!(!text.contains("RAA-0") && !text.contains("Hoxha"));
    // a broken file is refused by the same check (the test can fail)
    std::fs::write(&xml, text.replace("<activity-status", "<activity-state")).unwrap();
    let lint = Command::new("xmllint").arg("--noout").arg("--schema").arg(&schema).arg(&xml).output().unwrap();
    assert!(!lint.status.success());
}

/// `tessera sync …` through a real folder: setup prints the code as its last line, a second
/// laptop joins with it from the environment, edits travel both ways, status as JSON,
/// revoke by name; a wrong code is a clear error that leaves no database behind.
#[test]
fn sync_through_a_folder_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, share) = (dir.path().join("a.db"), dir.path().join("b.db"), dir.path().join("share"));
    assert_eq!(tessera(&a, &["demo"]).status.code(), Some(0));
    let o = tessera(&a, &["--lang", "en", "sync", "setup", "--folder", share.to_str().unwrap(), "--name", "office"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let code = out.lines().last().unwrap().trim().to_string();
    assert_eq!(code.len(), 29, "the code is the last line: {out}");
    assert!(share.join("tessera-share.json").is_file());
    // a wrong code: exit 1, the reason, no new file
    let wrong = dir.path().join("wrong.db");
    let o = tessera_env(
        &wrong,
        &["--lang", "en", "sync", "join", "--folder", share.to_str().unwrap()],
        &[("TESSERA_ENROL_CODE", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("opens no enrolment"), "{}", stderr(&o));
    assert!(!wrong.exists());
    let o = tessera_env(
        &b,
        &["--lang", "en", "sync", "join", "--folder", share.to_str().unwrap(), "--name", "field"],
        &[("TESSERA_ENROL_CODE", &code.to_lowercase())],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Joined the organisation"), "{}", stdout(&o));
    let projects = |db: &Path| stdout(&tessera(db, &["list", "projects", "--json"]));
    assert_eq!(projects(&a), projects(&b));
    // an edit on b reaches a
    let csv = dir.path().join("people.csv");
    std::fs::write(&csv, "code,first_name,gender\nSYNC-1,Mirela,female\n").unwrap();
    let code_of = |db: &Path| {
        let v: serde_json::Value = serde_json::from_str(&projects(db)).unwrap();
        v[0]["code"].as_str().unwrap().to_string()
    };
    let project = code_of(&b);
    let o = tessera(&b, &["import", "beneficiaries", csv.to_str().unwrap(), "--project", &project]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = tessera(&b, &["--lang", "en", "sync"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Synced"), "{}", stdout(&o));
    let o = tessera(&a, &["sync"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let found = stdout(&tessera(&a, &["list", "beneficiaries", "--search", "SYNC-1", "--json"]));
    assert!(found.contains("SYNC-1"), "{found}");
    // status as JSON: both devices, nothing waiting
    let o = tessera(&a, &["sync", "status", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(s["devices"].as_array().unwrap().len(), 2, "{s}");
    assert_eq!(s["pending_changes"], 0);
    let o = tessera(&a, &["--lang", "en", "sync", "status"]);
    assert!(stdout(&o).contains("field"), "{}", stdout(&o));
    // revoke by name
    let o = tessera(&a, &["--lang", "en", "sync", "revoke", "field", "--rotate-key"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("is revoked") && out.contains("new key"), "{out}");
    let fresh = out.lines().last().unwrap().trim();
    assert!(fresh.len() == 29 && fresh != code, "a new enrolment code last: {out}");
    let o = tessera(&a, &["--lang", "en", "sync", "revoke", "nobody"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("nobody"), "{}", stderr(&o));
}

#[test]
fn backup_restore_and_check_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("org.db");
    assert_eq!(tessera(&db, &["demo"]).status.code(), Some(0));
    {
        let mut d = tessera_core::Db::open(&db, &tessera_core::OpenOptions::default()).unwrap();
        let a: String = d.conn().query_row("SELECT id FROM live_activities LIMIT 1", [], |r| r.get(0)).unwrap();
        tessera_core::attachments::attach(&mut d, "activities", &a, "lista-e-pjesemarresve.jpg", b"signed sheet")
            .unwrap();
    }
    let listed = |db: &Path| stdout(&tessera(db, &["list", "beneficiaries", "--json"]));
    let before = listed(&db);

    let file = dir.path().join("nightly.tbak");
    let o = tessera(&db, &["--lang", "en", "backup", "-o", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // the demo's logo and the sheet
    assert!(stdout(&o).contains("nightly.tbak") && stdout(&o).contains("2 attachment files"), "{}", stdout(&o));
    assert!(stdout(&o).contains("not encrypted"), "{}", stdout(&o));

    // restored as a new database: the same people, and its check passes
    let copy = dir.path().join("restored").join("org.db");
    let o = tessera(&copy, &["--lang", "en", "restore", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("check passed"), "{}", stdout(&o));
    assert_eq!(listed(&copy), before);
    let o = tessera(&copy, &["--lang", "sq", "check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("2 nga 2"), "{}", stdout(&o));

    // an attachment changed on disk: check says which, and how to get out (exit 1)
    let sha: String = {
        let d = tessera_core::Db::open(&copy, &tessera_core::OpenOptions::default()).unwrap();
        d.conn().query_row("SELECT sha256 FROM attachments WHERE owner_table = 'activities'", [], |r| r.get(0)).unwrap()
    };
    std::fs::write(copy.parent().unwrap().join("attachments").join(&sha[..2]).join(&sha), b"other").unwrap();
    let o = tessera(&copy, &["--lang", "en", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("lista-e-pjesemarresve.jpg"), "{}", stdout(&o));
    assert!(stderr(&o).contains("tessera restore"), "{}", stderr(&o));

    // restoring over it keeps the damaged one beside it
    let o = tessera(&copy, &["--lang", "en", "restore", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains(".before-restore-"), "{}", stdout(&o));
    assert_eq!(tessera(&copy, &["check"]).status.code(), Some(0));

    // not a backup: exit 1, the file named, nothing written
    let o = tessera(&dir.path().join("none.db"), &["--lang", "mk", "restore", db.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("org.db") && stderr(&o).contains("резервна копија"), "{}", stderr(&o));
    assert!(!dir.path().join("none.db").exists());
    assert_eq!(tessera(&db, &["restore"]).status.code(), Some(2));
}

#[test]
fn an_encrypted_backup_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("org.db");
    let pass = [("TESSERA_PASSPHRASE", "Ohër-Strugë 7")];
    assert_eq!(tessera_env(&db, &["demo", "--encrypt"], &pass).status.code(), Some(0));
    let file = dir.path().join("b.tbak");
    let o = tessera_env(&db, &["--lang", "en", "backup", "-o", file.to_str().unwrap()], &pass);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("opens with the database's passphrase"), "{}", stdout(&o));

    let copy = dir.path().join("copy.db");
    let wrong = [("TESSERA_PASSPHRASE", "ohër-strugë 7")];
    let o = tessera_env(&copy, &["--lang", "en", "restore", file.to_str().unwrap()], &wrong);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("does not open") && stderr(&o).contains("b.tbak"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("ERROR") && !stderr(&o).contains("hmac"), "a library's log line: {}", stderr(&o));
    assert!(!copy.exists());
    // without a passphrase and no terminal to ask on
    let o = tessera(&copy, &["--lang", "en", "restore", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is encrypted"), "{}", stderr(&o));

    let o = tessera_env(&copy, &["restore", file.to_str().unwrap()], &pass);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let list = |db: &Path| stdout(&tessera_env(db, &["list", "projects", "--json"], &pass));
    assert_eq!(list(&copy), list(&db));
    // a wrong passphrase for the database prints one sentence, no SQLCipher log line
    let o = tessera_env(&copy, &["--lang", "en", "check"], &wrong);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o).trim().lines().count(), 1, "{}", stderr(&o));
}

#[test]
fn a_new_passphrase_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("org.db");
    assert_eq!(tessera(&db, &["demo"]).status.code(), Some(0));
    let projects = stdout(&tessera(&db, &["list", "projects", "--json"]));
    let new = [("TESSERA_NEW_PASSPHRASE", "Mitrovicë 2026")];
    let o = tessera_env(&db, &["--lang", "en", "passphrase"], &new);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("now encrypted with the new passphrase"), "{}", stdout(&o));
    // it needs the passphrase now, and opens with it to the same projects
    let o = tessera(&db, &["--lang", "en", "list", "projects", "--json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let pass = [("TESSERA_PASSPHRASE", "Mitrovicë 2026")];
    assert_eq!(stdout(&tessera_env(&db, &["list", "projects", "--json"], &pass)), projects);
    // without a new one and no terminal to ask on: refused, nothing changed
    let o = tessera_env(&db, &["--lang", "en", "passphrase"], &pass);
    assert_eq!(o.status.code(), Some(1));
    let o = tessera_env(&db, &["--lang", "en", "passphrase", "--remove"], &pass);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("no longer encrypted"), "{}", stdout(&o));
    assert_eq!(stdout(&tessera(&db, &["list", "projects", "--json"])), projects);
}

#[test]
fn a_newer_database_and_a_file_that_is_none_are_named_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    // a database a newer version wrote (one more migration than this one knows)
    let db = dir.path().join("newer.db");
    assert_eq!(
        tessera(&db, &["init", "--org-name", "T", "--country", "AL", "--currency", "EUR"]).status.code(),
        Some(0)
    );
    {
        let d = tessera_core::Db::open(&db, &tessera_core::OpenOptions::default()).unwrap();
        d.close().unwrap();
    }
    let newer_version = tessera_core::store::SCHEMA_VERSION + 1;
    // written with SQLite itself, as the newer version would
    {
        let c = tessera_core_raw(&db);
        c.execute(
            "INSERT INTO schema_migrations (version, sha256, applied_at) VALUES (?1, 'x', datetime('now'))",
            [newer_version],
        )
        .unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    let o = tessera(&db, &["--lang", "en", "list", "projects"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("newer version of Tessera") && stderr(&o).contains(&newer_version.to_string()),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(&db).unwrap(), before, "a newer database was changed");
    // a file that is not a database at all
    let other = dir.path().join("notes.db");
    std::fs::write(&other, "minutes of the board meeting, not a database".repeat(100)).unwrap();
    let o = tessera(&other, &["--lang", "sq", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("notes.db") && stderr(&o).contains("Tessera"), "{}", stderr(&o));
    assert_eq!(stderr(&o).trim().lines().count(), 1, "{}", stderr(&o));
}

/// A plain SQLite connection to a database file, as another program opens it.
fn tessera_core_raw(db: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(db).unwrap()
}
