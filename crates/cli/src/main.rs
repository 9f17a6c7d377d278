//! The `tessera` command line (`shared/spec/cli.md`): parses arguments, opens the database,
//! calls the core and prints results. Errors become one sentence in the user's language;
//! exit status 0 = success, 1 = user error, 2 = usage error.

mod args;
mod backup;
mod output;
mod sync;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use tessera_core::{
    activities, demo, finance, logframe, organisations, package, people, projects, report, sheet, Db, Error,
    OpenOptions,
};
use tessera_l10n::L10n;

use args::{Cli, Command, ExportWhat, ImportWhat, ListWhat, ReportFormat, Scale, SheetFormat, TableArgs};

// A bulk import allocates millions of small values; mimalloc is measurably faster at it
// than glibc's allocator (bench/run, figures in ARCHITECTURE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// An error of this run: a core error, or one only the command line has.
enum Failure {
    Core(Error),
    Sync(tessera_sync::Error),
    Backup(tessera_backup::Error),
    /// `check` found damage (it printed what).
    Unhealthy,
    PassphraseMismatch,
    PassphraseEmpty,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Core(e)
    }
}

impl From<tessera_sync::Error> for Failure {
    fn from(e: tessera_sync::Error) -> Self {
        match e {
            tessera_sync::Error::Core(e) => Failure::Core(e),
            e => Failure::Sync(e),
        }
    }
}

impl From<tessera_backup::Error> for Failure {
    fn from(e: tessera_backup::Error) -> Self {
        match e {
            tessera_backup::Error::Core(e) => Failure::Core(e),
            e => Failure::Backup(e),
        }
    }
}

type Outcome = Result<(), Failure>;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let db_path = cli.db.clone().unwrap_or_else(default_db_path);
    // A package is read and checked while the database opens (key derivation takes a while).
    let parsing = start_parsing(&cli);
    let lang = language(&cli, &db_path);
    let l10n = L10n::new(lang);
    match run(&cli, &db_path, &l10n, parsing) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            report(&l10n, &f);
            ExitCode::from(1)
        }
    }
}

/// The platform data folder's database, the same one the desktop app opens.
fn data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("tessera")
}

fn default_db_path() -> PathBuf {
    data_dir().join("tessera.db")
}

/// How the CLI opens a database: this installation's id lives in the data folder.
fn options(passphrase: Option<String>, create: bool) -> OpenOptions {
    OpenOptions { passphrase, create, install_dir: Some(data_dir()) }
}

type Parsing = std::thread::JoinHandle<Result<package::Checked, Error>>;

fn start_parsing(cli: &Cli) -> Option<Parsing> {
    let Command::Import { what: ImportWhat::Package { file, .. } } = &cli.command else { return None };
    let file = file.clone();
    Some(std::thread::spawn(move || {
        let text =
            std::fs::read_to_string(&file).map_err(|source| Error::Io { path: file.display().to_string(), source })?;
        package::Checked::start(text)
    }))
}

/// The database `language` opened to read its language, kept for the command: one open (and
/// one key derivation) per run.
static OPENED: std::sync::Mutex<Option<Db>> = std::sync::Mutex::new(None);

/// `--lang`, else the database's interface language, else the system locale.
fn language(cli: &Cli, db: &Path) -> &'static str {
    if let Some(l) = &cli.lang {
        return tessera_l10n::negotiate(l);
    }
    if let Command::Init { lang: Some(l), .. } = &cli.command {
        return tessera_l10n::negotiate(l);
    }
    if let Command::Report { lang, .. } = &cli.command {
        if tessera_l10n::is_supported(lang) {
            return tessera_l10n::negotiate(lang);
        }
    }
    if db.exists() {
        let pass = std::env::var("TESSERA_PASSPHRASE").ok();
        if let Ok(d) = Db::open(db, &options(pass, false)) {
            let lang = d.local_setting("lang");
            *OPENED.lock().unwrap_or_else(|p| p.into_inner()) = Some(d);
            if let Ok(Some(l)) = lang {
                return tessera_l10n::negotiate(&l);
            }
        }
    }
    tessera_l10n::negotiate(&sys_locale::get_locale().unwrap_or_default())
}

fn report(l10n: &L10n, f: &Failure) {
    match f {
        Failure::Core(Error::InvalidPackage(issues)) => {
            eprintln!("{}", l10n.error("invalid-package", &[("count", issues.len().to_string())]));
            for i in issues {
                let msg = l10n.message(&format!("package-{}", i.code), &i.args);
                if i.path.is_empty() {
                    eprintln!("  {msg}");
                } else {
                    eprintln!("  {}", l10n.message("package-issue-at", &[("path", i.path.clone()), ("message", msg)]));
                }
            }
        }
        Failure::Core(e @ Error::InvalidTable(issues)) => {
            eprintln!("{}", l10n.error(e.code(), &e.args()));
            for i in issues {
                let mut args: Vec<(&str, String)> = i.args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                // an enumeration's values as the language names them
                if let (Some(prefix), Some(allowed)) =
                    (i.args.get("enum"), args.iter_mut().find(|(k, _)| *k == "allowed"))
                {
                    let names: Vec<String> = allowed
                        .1
                        .split(", ")
                        .map(|v| l10n.message(&tessera_core::enums::message_id(prefix, v), &[]))
                        .collect();
                    allowed.1 = names.join(", ");
                }
                let msg = l10n.message(&format!("field-{}", i.code), &args);
                let at = [("row", i.row.to_string()), ("column", i.column.clone()), ("message", msg)];
                eprintln!("  {}", l10n.message("cli-table-issue-at", &at));
            }
        }
        Failure::Core(e) => {
            eprintln!("{}", l10n.error(e.code(), &e.args()));
            // which option, and what is wrong with it
            if let Error::InvalidInput(issues) = e {
                for i in issues {
                    let args: Vec<(&str, String)> = i.args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                    eprintln!("  {}: {}", i.field, l10n.message(&format!("field-{}", i.code), &args));
                }
            }
        }
        Failure::Sync(e) => eprintln!("{}", l10n.error(e.code(), &e.args())),
        Failure::Backup(e) => eprintln!("{}", l10n.error(e.code(), &e.args())),
        Failure::Unhealthy => eprintln!("{}", l10n.message("cli-check-way-out", &[])),
        Failure::PassphraseMismatch => eprintln!("{}", l10n.error("passphrase-mismatch", &[])),
        Failure::PassphraseEmpty => eprintln!("{}", l10n.error("passphrase-empty", &[])),
    }
}

fn env_passphrase() -> Option<String> {
    std::env::var("TESSERA_PASSPHRASE").ok().filter(|p| !p.is_empty())
}

fn prompt(l10n: &L10n, id: &str) -> Option<String> {
    if !std::io::stdin().is_terminal() {
        return None;
    }
    rpassword::prompt_password(format!("{} ", l10n.message(id, &[]))).ok()
}

/// Write `value` as pretty JSON to `output` (`-`: standard output), then say so (message
/// `done`, with the project's `code` and the path) on standard error.
fn write_json(
    l10n: &L10n,
    value: &impl serde::Serialize,
    output: &Path,
    done: &str,
    code: &str,
) -> Result<(), Failure> {
    let mut text = serde_json::to_string_pretty(value).expect("the document serialises");
    text.push('\n');
    if output.as_os_str() == "-" {
        output::out(text.trim_end());
        return Ok(());
    }
    std::fs::write(output, text).map_err(|source| Error::Io { path: output.display().to_string(), source })?;
    eprintln!("{}", l10n.message(done, &[("code", code.to_string()), ("path", output.display().to_string())]));
    Ok(())
}

/// `bytes` to `output` (`-`: standard output), whole or not at all.
fn write_bytes(output: &Path, bytes: &[u8]) -> Result<(), Failure> {
    use std::io::Write;
    if output.as_os_str() == "-" {
        let fail = |source| Error::Io { path: output.display().to_string(), source };
        return std::io::stdout().write_all(bytes).map_err(|e| fail(e).into());
    }
    Ok(tessera_core::attachments::write_whole(output, bytes)?)
}

/// Open an existing database, asking for its passphrase when it is encrypted.
fn open(path: &Path, l10n: &L10n) -> Result<Db, Failure> {
    Ok(open_keyed(path, l10n)?.0)
}

/// `open`, and the passphrase it opened with (a backup is encrypted with it).
fn open_keyed(path: &Path, l10n: &L10n) -> Result<(Db, Option<String>), Failure> {
    if let Some(db) = OPENED.lock().unwrap_or_else(|p| p.into_inner()).take().filter(|d| d.path() == path) {
        // `language` opened it with the environment's passphrase
        let passphrase = db.is_encrypted().then(|| std::env::var("TESSERA_PASSPHRASE").unwrap_or_default());
        return Ok((db, passphrase));
    }
    let passphrase = if tessera_core::store::is_encrypted(path) {
        env_passphrase().or_else(|| prompt(l10n, "cli-passphrase-prompt"))
    } else {
        None
    };
    let db = Db::open(path, &options(passphrase.clone(), false))?;
    Ok((db, passphrase))
}

/// Remove a database this command made and could not finish (a bad package, a failed join),
/// with its journal files and sync lock.
fn discard(db: Db) {
    let file = db.path().to_path_buf();
    drop(db);
    for suffix in ["", "-wal", "-shm", ".sync-lock"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
}

/// Create a new database; encrypted when asked or when TESSERA_PASSPHRASE is set.
fn create(path: &Path, encrypt: bool, l10n: &L10n) -> Result<Db, Failure> {
    if path.exists() {
        let db = open(path, l10n)?;
        if organisations::org_info(&db).is_ok() {
            return Err(Error::DatabaseExists { path: path.display().to_string() }.into());
        }
        return Ok(db);
    }
    let passphrase = match env_passphrase() {
        Some(p) => Some(p),
        None if encrypt => Some(ask_twice(l10n, "cli-passphrase-prompt")?),
        None => None,
    };
    Ok(Db::open(path, &options(passphrase, true))?)
}

/// A new passphrase typed twice on a terminal after `label` (none typed, or two that differ:
/// refused).
fn ask_twice(l10n: &L10n, label: &str) -> Result<String, Failure> {
    let first = prompt(l10n, label).ok_or(Error::PassphraseRequired)?;
    let second = prompt(l10n, "cli-passphrase-repeat").unwrap_or_default();
    if first.is_empty() {
        return Err(Failure::PassphraseEmpty);
    }
    if first != second {
        return Err(Failure::PassphraseMismatch);
    }
    Ok(first)
}

fn run(cli: &Cli, path: &Path, l10n: &L10n, parsing: Option<Parsing>) -> Outcome {
    match &cli.command {
        Command::Init { org_name, country, currency, lang, encrypt } => {
            if let Some(l) = lang.as_deref().filter(|l| !tessera_l10n::is_supported(l)) {
                return Err(Error::UnsupportedLanguage { lang: l.to_string() }.into());
            }
            let org = organisations::NewOrganisation {
                name: org_name.clone(),
                country: country.clone(),
                currency: currency.clone(),
            };
            // check the input before a file is created
            if !tessera_core::money::is_country(country) {
                return Err(Error::InvalidCountry { value: country.clone() }.into());
            }
            if !tessera_core::money::is_currency(currency) {
                return Err(Error::InvalidCurrency { value: currency.clone() }.into());
            }
            let mut db = create(path, *encrypt, l10n)?;
            organisations::init(&mut db, &org)?;
            db.set_local_setting("lang", lang.as_deref().unwrap_or(l10n.lang()))?;
            output::out(
                &l10n.message("cli-init-done", &[("name", org_name.clone()), ("path", path.display().to_string())]),
            );
            if db.is_encrypted() {
                output::out(&l10n.message("cli-init-encrypted", &[]));
            }
        }
        Command::Demo { scale, encrypt } => {
            let mut db = create(path, *encrypt, l10n)?;
            let scale = match scale {
                Scale::Small => demo::Scale::Small,
                Scale::Large => demo::Scale::Large,
            };
            let mut bar = output::Progress::new(l10n.message("cli-import-progress", &[]));
            let today = chrono::Local::now().date_naive();
            let s = demo::create_at(&mut db, scale, today, &mut |done, total| bar.set(done, total))?;
            bar.finish();
            if db.local_setting("lang")?.is_none() {
                db.set_local_setting("lang", l10n.lang())?;
            }
            let org = organisations::org_info(&db)?;
            output::out(&l10n.message(
                "cli-demo-done",
                &[
                    ("name", org.org_name),
                    ("path", path.display().to_string()),
                    ("projects", s.projects.len().to_string()),
                    ("beneficiaries", s.beneficiaries.to_string()),
                    ("transactions", s.transactions.to_string()),
                ],
            ));
        }
        Command::Import { what: ImportWhat::Package { dry_run, .. } } => {
            // The database opens (or is made) while the package is read and checked.
            let made = !path.exists() && !*dry_run;
            let opened = match (path.exists(), *dry_run) {
                (true, _) => open(path, l10n),
                (false, true) => Db::open_in_memory().map_err(Failure::from),
                (false, false) => create(path, false, l10n),
            };
            // a bad package leaves no new file behind (`discard`)
            let parsing = parsing.expect("started for every import");
            let checked = match parsing.join().unwrap_or_else(|p| std::panic::resume_unwind(p)) {
                Ok(c) => c,
                Err(e) => {
                    if let (true, Ok(db)) = (made, opened) {
                        discard(db);
                    }
                    return Err(e.into());
                }
            };
            let mut db = opened?;
            let mut bar = output::Progress::new(l10n.message("cli-import-progress", &[]));
            // the schema check may still run: the write commits once it passes
            let s = match package::import_checked(&mut db, checked, *dry_run, &mut |done, total| bar.set(done, total)) {
                Ok(s) => s,
                Err(e) => {
                    bar.finish();
                    if made {
                        discard(db);
                    }
                    return Err(e.into());
                }
            };
            bar.finish();
            let projects = s.projects.join(", ");
            if s.dry_run {
                output::out(&l10n.message("cli-import-dry-run", &[("projects", projects)]));
            } else {
                output::out(&l10n.message(
                    "cli-import-done",
                    &[("projects", projects), ("created", s.created.to_string()), ("updated", s.updated.to_string())],
                ));
            }
        }
        Command::Import { what: ImportWhat::Beneficiaries(TableArgs { file, project, sheet, dry_run }) } => {
            let table = sheet::read(file, sheet.as_deref())?;
            let languages = tessera_l10n::every_language();
            let words = people::import::Words::new(|id| tessera_l10n::in_every_language(&languages, id));
            let mapping = people::import::strict_mapping(&table, &words)?;
            let mut db = open(path, l10n)?;
            let this_year = chrono::Datelike::year(&chrono::Local::now().date_naive());
            let mut bar = output::Progress::new(l10n.message("cli-import-progress", &[]));
            let req = people::import::TableImport {
                sheet: &table,
                mapping: &mapping,
                project,
                words: &words,
                this_year,
                dry_run: *dry_run,
            };
            let done =
                people::import::import_people(&mut db, &req, &mut |done, total| bar.set(done as usize, total as usize));
            bar.finish();
            let s = done?;
            let args = [
                ("people", s.people.to_string()),
                ("households", s.households.to_string()),
                ("consents", s.consents.to_string()),
                ("project", project.clone()),
            ];
            let id = if s.dry_run { "cli-import-people-dry-run" } else { "cli-import-people-done" };
            output::out(&l10n.message(id, &args));
        }
        Command::Import {
            what:
                what @ (ImportWhat::Activities(TableArgs { file, project, sheet, dry_run })
                | ImportWhat::Attendance(TableArgs { file, project, sheet, dry_run })),
        } => {
            let is_activities = matches!(what, ImportWhat::Activities(_));
            let table = sheet::read(file, sheet.as_deref())?;
            let languages = tessera_l10n::every_language();
            let texts = |id: &str| tessera_l10n::in_every_language(&languages, id);
            let words = if is_activities {
                activities::import::activity_words(texts)
            } else {
                activities::import::attendance_words(texts)
            };
            let mut db = open(path, l10n)?;
            let mut bar = output::Progress::new(l10n.message("cli-import-progress", &[]));
            let req = activities::import::TableImport { sheet: &table, words: &words, project, dry_run: *dry_run };
            let (id, args) = if is_activities {
                let s =
                    activities::import::import_activities(&mut db, &req, &mut |d, t| bar.set(d as usize, t as usize));
                bar.finish();
                let s = s?;
                let id = if s.dry_run { "cli-import-activities-dry-run" } else { "cli-import-activities-done" };
                (
                    id,
                    [
                        ("created", s.created.to_string()),
                        ("updated", s.updated.to_string()),
                        ("project", project.clone()),
                    ],
                )
            } else {
                let s =
                    activities::import::import_attendance(&mut db, &req, &mut |d, t| bar.set(d as usize, t as usize));
                bar.finish();
                let s = s?;
                let id = if s.dry_run { "cli-import-attendance-dry-run" } else { "cli-import-attendance-done" };
                (
                    id,
                    [
                        ("recorded", s.recorded.to_string()),
                        ("already", s.already.to_string()),
                        ("project", project.clone()),
                    ],
                )
            };
            output::out(&l10n.message(id, &args));
        }
        Command::Import { what: ImportWhat::ExchangeRates(TableArgs { file, project, sheet, dry_run }) } => {
            let table = sheet::read(file, sheet.as_deref())?;
            let languages = tessera_l10n::every_language();
            let words = finance::import::rate_words(|id| tessera_l10n::in_every_language(&languages, id));
            let mut db = open(path, l10n)?;
            let s = finance::import::import_exchange_rates(&mut db, &table, &words, project, *dry_run)?;
            let args =
                [("created", s.created.to_string()), ("updated", s.updated.to_string()), ("project", project.clone())];
            let id = if s.dry_run { "cli-import-rates-dry-run" } else { "cli-import-rates-done" };
            output::out(&l10n.message(id, &args));
        }
        Command::Import { what: ImportWhat::Transactions(TableArgs { file, project, sheet, dry_run }) } => {
            let table = sheet::read(file, sheet.as_deref())?;
            let languages = tessera_l10n::every_language();
            let words = finance::import::transaction_words(|id| tessera_l10n::in_every_language(&languages, id));
            let mut db = open(path, l10n)?;
            let mut bar = output::Progress::new(l10n.message("cli-import-progress", &[]));
            let req = activities::import::TableImport { sheet: &table, words: &words, project, dry_run: *dry_run };
            let s = finance::import::import_transactions(&mut db, &req, &mut |d, t| bar.set(d as usize, t as usize));
            bar.finish();
            let s = s?;
            let args =
                [("created", s.created.to_string()), ("updated", s.updated.to_string()), ("project", project.clone())];
            let id = if s.dry_run { "cli-import-transactions-dry-run" } else { "cli-import-transactions-done" };
            output::out(&l10n.message(id, &args));
        }
        Command::Export { what: ExportWhat::Beneficiaries { project, format, output, names, sensitive, hxl } } => {
            let db = open(path, l10n)?;
            let req = people::export::PeopleExport {
                project: Some(project.clone()),
                names: *names,
                sensitive: sensitive.clone(),
            };
            let label = |id: &str| l10n.message(id, &[]);
            let n = people::export::export_people(&db, &req, output, *format == SheetFormat::Xlsx, *hxl, &label)?;
            let args = [("count", n.to_string()), ("path", output.display().to_string())];
            output::out(&l10n.message("cli-export-people-done", &args));
        }
        Command::Export {
            what:
                what @ (ExportWhat::Activities(e)
                | ExportWhat::Transactions(e)
                | ExportWhat::Budget(e)
                | ExportWhat::Indicators(e)
                | ExportWhat::Reach(e)),
        } => {
            use tessera_core::export::List;
            let list = match what {
                ExportWhat::Activities(_) => List::Activities,
                ExportWhat::Transactions(_) => List::Transactions,
                ExportWhat::Budget(_) => List::Budget,
                ExportWhat::Reach(_) => List::Reach,
                _ => List::Indicators,
            };
            let db = open(path, l10n)?;
            let xlsx = e.format == SheetFormat::Xlsx;
            let n = tessera_reports::export::export_list(&db, list, &e.project, l10n.lang(), &e.output, xlsx, e.hxl)?;
            let args = [("count", n.to_string()), ("path", e.output.display().to_string())];
            output::out(&l10n.message("cli-export-list-done", &args));
        }
        Command::Export { what: ExportWhat::Iati { project, output } } => {
            let db = open(path, l10n)?;
            let now = chrono::Utc::now();
            let xml = tessera_core::iati::export_iati(
                &db,
                project,
                &now.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                now.date_naive(),
            )?;
            write_bytes(output, &xml)?;
            if output.as_os_str() != "-" {
                eprintln!(
                    "{}",
                    l10n.message(
                        "cli-export-iati-done",
                        &[("code", project.clone()), ("path", output.display().to_string())]
                    )
                );
            }
        }
        Command::Export { what: ExportWhat::Package { project, output } } => {
            let db = open(path, l10n)?;
            let pkg = package::export_project(&db, project)?;
            write_json(l10n, &pkg, output, "cli-export-done", project)?;
        }
        Command::Sync { what, share } => sync::run(what, share, path, l10n)?,
        Command::Backup { output } => backup::backup(path, output, l10n)?,
        Command::Restore { file } => backup::restore(path, file, l10n)?,
        Command::Check => backup::check(path, l10n)?,
        Command::Passphrase { remove } => backup::passphrase(path, *remove, l10n)?,
        Command::List { what, project, search, json } => {
            let db = open(path, l10n)?;
            let (p, s) = (project.as_deref(), search.as_deref());
            match what {
                ListWhat::Projects => {
                    let mut rows = projects::list_projects(&db, s)?;
                    if let Some(code) = p {
                        rows.retain(|r| r.code == code);
                    }
                    output::projects(l10n, &rows, *json);
                }
                ListWhat::Beneficiaries => output::beneficiaries(l10n, &people::list_beneficiaries(&db, p, s)?, *json),
                ListWhat::Households => output::households(l10n, &people::list_households(&db, p, s)?, *json),
                ListWhat::Grants => output::grants(l10n, &finance::list_grants(&db, p, s)?, *json),
                ListWhat::Activities => output::activities(l10n, &activities::list_activities(&db, p, s)?, *json),
                ListWhat::Transactions => output::transactions(l10n, &finance::list_transactions(&db, p, s)?, *json),
                ListWhat::Indicators => {
                    let today = chrono::Local::now().date_naive();
                    output::indicators(l10n, &logframe::list_indicators(&db, p, s, today)?, *json)
                }
            }
        }
        Command::Report { project, template, from, to, lang, format, output, ethnicity } => {
            if !tessera_l10n::is_supported(lang) {
                return Err(Error::UnsupportedLanguage { lang: lang.clone() }.into());
            }
            let mut db = open(path, l10n)?;
            let req = report::Request {
                project: project.clone(),
                template: template.name().to_string(),
                lang: tessera_l10n::negotiate(lang).to_string(),
                from: from.clone(),
                to: to.clone(),
                ethnicity: *ethnicity,
            };
            if *format == ReportFormat::Json {
                let data = report::report_data(&db, &req)?;
                return write_json(l10n, &data, output, "cli-report-done", project);
            }
            let mut bar = output::Progress::new(l10n.message("cli-report-progress", &[]));
            let generated =
                tessera_reports::generate_with(&db, &req, chrono::Utc::now().timestamp(), &mut |d, n| bar.set(d, n));
            bar.finish();
            let generated = generated?;
            write_bytes(output, &generated.pdf)?;
            report::record_generated(&mut db, &generated.record)?;
            if output.as_os_str() != "-" {
                let args = [
                    ("template", req.template.clone()),
                    ("code", project.clone()),
                    ("pages", generated.layout.pages.len().to_string()),
                    ("path", output.display().to_string()),
                ];
                eprintln!("{}", l10n.message("cli-report-pdf-done", &args));
            }
        }
    }
    Ok(())
}
