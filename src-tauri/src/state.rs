//! The app's state: where its database is and the open handle (absent while locked, and on
//! the first run until the welcome screen creates the organisation or the demo).

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use tessera_core::organisations::profile;
use tessera_core::store::copy::with_journals;
use tessera_core::{demo, Db, Error, OpenOptions};

use crate::ApiError;

type KeptReport = (String, Vec<u8>, tessera_core::report::GeneratedReport);

pub struct AppState {
    pub path: PathBuf,
    db: Mutex<Option<Db>>,
    /// The passphrase the database was unlocked with (a backup is encrypted with it).
    passphrase: Mutex<Option<String>>,
    /// The report last generated (its file name, bytes and record), until replaced.
    report: Mutex<Option<KeptReport>>,
}

fn data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("tessera")
}

/// `TESSERA_DB`, else the platform data folder's database (the one `tessera` uses by default).
pub fn db_path() -> PathBuf {
    if let Some(p) = std::env::var_os("TESSERA_DB") {
        return PathBuf::from(p);
    }
    data_dir().join("tessera.db")
}

/// How the app opens its database: this installation's id lives in the data folder.
fn options(passphrase: Option<String>, create: bool) -> OpenOptions {
    OpenOptions { passphrase, create, install_dir: Some(data_dir()) }
}

impl AppState {
    /// Open the database. When there is none yet the welcome screen comes first (`NoDatabase`)
    /// — unless `TESSERA_DEMO=1` (`scripts/run-app`) asks for the demo organisation at once.
    /// An encrypted database stays locked until the UI sends its passphrase (or
    /// `TESSERA_PASSPHRASE` is set).
    pub fn start() -> AppState {
        let path = db_path();
        let passphrase = std::env::var("TESSERA_PASSPHRASE").ok().filter(|p| !p.is_empty());
        let db = if path.exists() { Db::open(&path, &options(passphrase.clone(), false)).ok() } else { None };
        let passphrase = db.as_ref().filter(|d| d.is_encrypted()).and(passphrase);
        let state = AppState { path, db: Mutex::new(db), passphrase: Mutex::new(passphrase), report: Mutex::new(None) };
        if !state.path.exists() && std::env::var("TESSERA_DEMO").is_ok_and(|v| v == "1") {
            let lang = tessera_l10n::negotiate(&sys_locale::get_locale().unwrap_or_default());
            if let Err(e) = state.explore_demo(lang) {
                eprintln!("tessera: cannot create the demo database: {e:?}");
            }
        }
        state
    }

    /// The open database; `Locked` while it waits for its passphrase, `NoDatabase` before the
    /// first run made one.
    pub fn db(&self) -> Result<DbGuard<'_>, ApiError> {
        let guard = self.db.lock().unwrap_or_else(|p| p.into_inner());
        if guard.is_none() {
            return Err(if self.path.exists() { ApiError::Locked } else { ApiError::NoDatabase });
        }
        Ok(DbGuard(guard))
    }

    /// The first run: a new database for our organisation (`passphrase`: encrypted with it),
    /// its profile and logo, the interface language. Everything is checked before the file
    /// is made; a failure after that removes it again.
    pub fn create_organisation(
        &self,
        input: &profile::ProfileInput,
        logo: Option<&profile::Logo>,
        lang: &str,
        passphrase: Option<String>,
    ) -> Result<(), ApiError> {
        let guard = self.vacant()?;
        profile::check(input, logo)?;
        self.fill_new(guard, passphrase, lang, |db| Ok(profile::create(db, input, logo)?))
    }

    /// The first run's "join": a new database (`passphrase`: encrypted with it) filled from
    /// the share a colleague set up, with the enrolment code they gave; nothing is left
    /// behind when the join fails.
    pub fn join_organisation(
        &self,
        target: &tessera_sync::Target,
        code: &str,
        lang: &str,
        passphrase: Option<String>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), ApiError> {
        let guard = self.vacant()?;
        let secret = tessera_sync::Secret::Code(code.trim().to_string());
        self.fill_new(guard, passphrase, lang, |db| {
            tessera_sync::join_with(db, target, &secret, &tessera_sync::device_name(), progress)?;
            Ok(())
        })
    }

    /// The first run's "explore the demo": the demo organisation, in `lang`, in a new database
    /// marked as the demo (the frame says so and offers to remove it).
    pub fn explore_demo(&self, lang: &str) -> Result<(), ApiError> {
        let guard = self.vacant()?;
        self.fill_new(guard, None, lang, |db| {
            let today = chrono::Local::now().date_naive();
            demo::create_at(db, demo::Scale::Small, today, &mut |_, _| {})?;
            Ok(db.set_local_setting(DEMO_SETTING, "1")?)
        })
    }

    /// The handle's slot while there is no database yet (the first run's ways to make one);
    /// `DatabaseExists` when there is one.
    fn vacant(&self) -> Result<MutexGuard<'_, Option<Db>>, ApiError> {
        let guard = self.db.lock().unwrap_or_else(|p| p.into_inner());
        if guard.is_some() || self.path.exists() {
            return Err(Error::DatabaseExists { path: self.path.display().to_string() }.into());
        }
        Ok(guard)
    }

    /// A new database at the app's path (`passphrase`: encrypted with it), filled by `fill`,
    /// in `lang`, then the open one — or, when anything fails, removed again with its journals.
    fn fill_new(
        &self,
        mut slot: MutexGuard<'_, Option<Db>>,
        passphrase: Option<String>,
        lang: &str,
        fill: impl FnOnce(&mut Db) -> Result<(), ApiError>,
    ) -> Result<(), ApiError> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.display().to_string(), source })?;
        }
        let mut db = Db::open(&self.path, &options(passphrase.clone(), true))?;
        let filled = fill(&mut db).and_then(|_| Ok(db.set_local_setting("lang", lang)?));
        if let Err(e) = filled {
            drop(db);
            remove_database(&self.path);
            return Err(e);
        }
        *slot = Some(db);
        *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) = passphrase;
        self.remember_language(lang);
        Ok(())
    }

    /// Lock an encrypted database (idle too long): it is closed and the passphrase forgotten
    /// until the unlock screen gets it again. A database without a passphrase stays open.
    pub fn lock(&self) -> Result<bool, ApiError> {
        let mut guard = self.db.lock().unwrap_or_else(|p| p.into_inner());
        if !guard.as_ref().is_some_and(|d| d.is_encrypted()) {
            return Ok(false);
        }
        if let Some(db) = guard.take() {
            db.close()?;
        }
        *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) = None;
        Ok(true)
    }

    /// The interface language last chosen with this database, kept beside it in the clear (as
    /// its `attachments` folder is) so the unlock screen of an encrypted one speaks it too.
    fn language_file(&self) -> PathBuf {
        self.path.parent().unwrap_or(std::path::Path::new(".")).join("ui-language")
    }

    pub fn last_language(&self) -> Option<String> {
        let lang = std::fs::read_to_string(self.language_file()).ok()?;
        let lang = lang.trim();
        tessera_l10n::is_supported(lang).then(|| lang.to_string())
    }

    /// Remember `lang` for the next start (a failure to write it only loses that).
    pub fn remember_language(&self, lang: &str) {
        let _ = std::fs::write(self.language_file(), lang);
    }

    /// Whether the open database is the demo organisation.
    pub fn is_demo(db: &Db) -> Result<bool, ApiError> {
        Ok(db.local_setting(DEMO_SETTING)?.as_deref() == Some("1"))
    }

    /// Remove the demo database (only the demo: anything else is refused) and its attachment
    /// files; the welcome screen comes next.
    pub fn remove_demo(&self) -> Result<(), ApiError> {
        let mut guard = self.db.lock().unwrap_or_else(|p| p.into_inner());
        let db = guard.take().ok_or(ApiError::NoDatabase)?;
        match Self::is_demo(&db) {
            Ok(true) => {}
            other => {
                *guard = Some(db);
                other?;
                return Err(ApiError::NotDemo);
            }
        }
        db.close()?;
        remove_database(&self.path);
        let _ = std::fs::remove_dir_all(tessera_core::attachments::folder_beside(&self.path));
        *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) = None;
        Ok(())
    }

    pub fn keep_report(&self, name: String, pdf: Vec<u8>, record: tessera_core::report::GeneratedReport) {
        *self.report.lock().unwrap_or_else(|p| p.into_inner()) = Some((name, pdf, record));
    }

    pub fn kept_report(&self) -> Option<KeptReport> {
        self.report.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// A sync as the app closes: only when this database syncs and its folder is there; what
    /// fails waits for the next start.
    pub fn sync_at_exit(&self) {
        let mut guard = self.db.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(db) = guard.as_mut() {
            if let Err(e) = tessera_sync::sync(db, None) {
                if !matches!(
                    e,
                    tessera_sync::Error::NotSetUp
                        | tessera_sync::Error::FolderMissing { .. }
                        | tessera_sync::Error::Unreachable { .. }
                ) {
                    eprintln!("tessera: sync at exit: {}", e.code());
                }
            }
        }
    }

    pub fn unlock(&self, passphrase: String) -> Result<(), ApiError> {
        let db = Db::open(&self.path, &options(Some(passphrase.clone()), false))?;
        *self.db.lock().unwrap_or_else(|p| p.into_inner()) = Some(db);
        *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) = Some(passphrase);
        Ok(())
    }

    /// Write the open database anew under `new` (`None`: without a passphrase) and go on with
    /// it (`Db::change_passphrase`: interrupted, it is as it was).
    pub fn change_passphrase(&self, new: Option<String>) -> Result<(), ApiError> {
        let mut guard = self.db.lock().unwrap_or_else(|p| p.into_inner());
        let db = guard.as_mut().ok_or(ApiError::Locked)?;
        db.change_passphrase(new.as_deref(), &options(None, false))?;
        *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) = new;
        Ok(())
    }

    /// The passphrase the open database was unlocked with (`None`: it has none).
    pub fn passphrase(&self) -> Option<String> {
        self.passphrase.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Restore the backup `file` over the open database: it is closed first (its file is
    /// moved aside and kept), then whatever is at the path is opened again — the restored
    /// database, or, when the restore was refused before the swap, the one that was there.
    /// `passphrase` opens the backup (default: the open database's); the restored database
    /// opens with it too.
    pub fn restore(
        &self,
        file: &std::path::Path,
        passphrase: Option<String>,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<tessera_backup::Restored, ApiError> {
        let mut guard = self.db.lock().unwrap_or_else(|p| p.into_inner());
        let current = self.passphrase();
        let given = passphrase.or_else(|| current.clone());
        if tessera_backup::kind_of(file)? == tessera_backup::Kind::Encrypted && given.is_none() {
            return Err(tessera_backup::Error::PassphraseRequired { path: file.display().to_string() }.into());
        }
        if let Some(db) = guard.take() {
            db.close()?;
        }
        let result =
            tessera_backup::restore(file, given.as_deref(), &self.path, &options(given.clone(), false), progress);
        let pass = if result.is_ok() { given } else { current };
        let reopened = Db::open(&self.path, &options(pass.clone(), false));
        *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) =
            reopened.as_ref().ok().filter(|d| d.is_encrypted()).and(pass);
        *guard = reopened.ok();
        Ok(result?)
    }
}

/// The device-local setting that marks the demo database.
const DEMO_SETTING: &str = "demo";

/// A database file that must go (a first run that failed half-way, the demo removed), with
/// its journals.
fn remove_database(path: &std::path::Path) {
    for file in with_journals(path) {
        let _ = std::fs::remove_file(file);
    }
}

/// A locked handle to the open database.
pub struct DbGuard<'a>(MutexGuard<'a, Option<Db>>);

impl std::ops::Deref for DbGuard<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        self.0.as_ref().expect("checked when the guard was made")
    }
}

impl std::ops::DerefMut for DbGuard<'_> {
    fn deref_mut(&mut self) -> &mut Db {
        self.0.as_mut().expect("checked when the guard was made")
    }
}

#[cfg(test)]
mod tests {
    //! The first run on real files: a refused form writes nothing, our organisation is made
    //! encrypted and opens again with its passphrase, only the demo can be removed.

    use super::*;

    fn at(path: PathBuf) -> AppState {
        AppState { path, db: Mutex::new(None), passphrase: Mutex::new(None), report: Mutex::new(None) }
    }

    fn ours(name: &str) -> profile::ProfileInput {
        profile::ProfileInput {
            name: name.into(),
            short_name: Some("RAA".into()),
            country: "AL".into(),
            base_currency: "ALL".into(),
            fiscal_year_start: 1,
            registration_no: None,
            address: None,
        }
    }

    #[test]
    fn our_organisation_encrypted_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let state = at(dir.path().join("data").join("tessera.db"));
        assert!(matches!(state.db(), Err(ApiError::NoDatabase)));

        let refused = state.create_organisation(&ours(" "), None, "sq", Some("Korça e bukur 2026".into()));
        assert!(matches!(refused, Err(ApiError::InvalidInput { .. })), "{refused:?}");
        assert!(!state.path.exists(), "a refused form made a database");

        state.create_organisation(&ours("Roma Active Albania"), None, "sq", Some("Korça e bukur 2026".into())).unwrap();
        assert!(state.db().unwrap().is_encrypted());
        assert_eq!(state.db().unwrap().local_setting("lang").unwrap().as_deref(), Some("sq"));
        assert_eq!(state.last_language().as_deref(), Some("sq"));
        assert!(matches!(
            state.create_organisation(&ours("Twice"), None, "sq", None),
            Err(ApiError::DatabaseExists { .. })
        ));
        // not the demo: it stays, open
        assert!(matches!(state.remove_demo(), Err(ApiError::NotDemo)));
        assert!(state.path.exists() && state.db().is_ok());

        let path = state.path.clone();
        drop(state);
        let wrong = Db::open(&path, &options(Some("wrong".into()), false));
        assert!(matches!(wrong, Err(Error::WrongPassphrase)), "{:?}", wrong.err());
        let db = Db::open(&path, &options(Some("Korça e bukur 2026".into()), false)).unwrap();
        assert_eq!(tessera_core::organisations::org_info(&db).unwrap().org_name, "Roma Active Albania");
    }

    #[test]
    fn the_demo_is_marked_and_removed_with_its_files() {
        let dir = tempfile::tempdir().unwrap();
        let state = at(dir.path().join("tessera.db"));
        state.explore_demo("mk").unwrap();
        assert!(AppState::is_demo(&state.db().unwrap()).unwrap());
        assert_eq!(state.last_language().as_deref(), Some("mk"));
        assert!(matches!(state.explore_demo("mk"), Err(ApiError::DatabaseExists { .. })));

        state.remove_demo().unwrap();
        for file in with_journals(&state.path) {
            assert!(!file.exists(), "{} is left", file.display());
        }
        assert!(matches!(state.db(), Err(ApiError::NoDatabase)));
        // the welcome screen's language stays
        assert_eq!(state.last_language().as_deref(), Some("mk"));
        // and a new organisation can be made in its place
        state.create_organisation(&ours("Ura"), None, "mk", None).unwrap();
        assert!(!AppState::is_demo(&state.db().unwrap()).unwrap());
    }
}
