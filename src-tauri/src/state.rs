//! The app's state: where its database is and the open handle (absent while locked).

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

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
    /// Open the database, creating the demo organisation when there is none. An encrypted
    /// database stays locked until the UI sends its passphrase (or TESSERA_PASSPHRASE is set).
    pub fn start() -> AppState {
        let path = db_path();
        let passphrase = std::env::var("TESSERA_PASSPHRASE").ok().filter(|p| !p.is_empty());
        let db = if path.exists() {
            Db::open(&path, &options(passphrase.clone(), false)).ok()
        } else {
            Self::create_demo(&path).map_err(|e| eprintln!("tessera: cannot create the demo database: {e:?}")).ok()
        };
        let passphrase = db.as_ref().filter(|d| d.is_encrypted()).and(passphrase);
        AppState { path, db: Mutex::new(db), passphrase: Mutex::new(passphrase), report: Mutex::new(None) }
    }

    fn create_demo(path: &std::path::Path) -> Result<Db, Error> {
        let mut db = Db::open(path, &options(None, true))?;
        demo::create(&mut db, demo::Scale::Small, &mut |_, _| {})?;
        let lang = tessera_l10n::negotiate(&sys_locale::get_locale().unwrap_or_default());
        db.set_local_setting("lang", lang)?;
        Ok(db)
    }

    /// The open database, or `Locked`.
    pub fn db(&self) -> Result<DbGuard<'_>, ApiError> {
        let guard = self.db.lock().unwrap_or_else(|p| p.into_inner());
        if guard.is_none() {
            return Err(ApiError::Locked);
        }
        Ok(DbGuard(guard))
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
