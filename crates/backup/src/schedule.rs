//! Automatic backups on this laptop: where they go (a folder the user picks, e.g. a USB stick
//! or a synced folder), how often (off, daily, weekly) and how many are kept — device-local
//! settings, never synced — whether one is due, making it (named by time, then the oldest
//! beyond the number kept removed) and the list of what the folder holds.

use std::path::{Path, PathBuf};

use tessera_core::input::{folder_path, Check};
use tessera_core::Db;

use crate::{rotate, scheduled_name, Result, Written};

const FOLDER: &str = "backup.folder";
const EVERY: &str = "backup.every";
const KEEP: &str = "backup.keep";
const LAST: &str = "backup.last";

/// How often an automatic backup is made.
pub const EVERY_CHOICES: &[&str] = &["off", "daily", "weekly"];

/// This laptop's backup settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// Empty until the user picks one.
    pub folder: String,
    /// `off`, `daily` or `weekly`.
    pub every: String,
    pub keep: u32,
    /// When the last backup (automatic or not) was made here, RFC 3339.
    pub last: Option<String>,
}

/// The settings as kept (defaults: no folder, daily, keep 7).
pub fn load(db: &Db) -> Result<Schedule> {
    Ok(Schedule {
        folder: db.local_setting(FOLDER)?.unwrap_or_default(),
        every: db
            .local_setting(EVERY)?
            .filter(|e| EVERY_CHOICES.contains(&e.as_str()))
            .unwrap_or_else(|| "daily".into()),
        keep: db.local_setting(KEEP)?.and_then(|k| k.parse().ok()).unwrap_or(7),
        last: db.local_setting(LAST)?,
    })
}

/// Check and keep new settings: the folder a whole path (made when missing), `keep` 1–365.
pub fn save(db: &Db, folder: &str, every: &str, keep: &str, home: Option<&Path>) -> Result<Schedule> {
    let mut check = Check::default();
    let path = folder_path(folder, home);
    // a folder is needed for automatic backups; any folder given must be one this laptop can use
    let given = if every == "off" { !folder.trim().is_empty() } else { check.required("folder", folder) };
    let usable = path.is_absolute() && std::fs::create_dir_all(&path).is_ok() && path.is_dir();
    if given && !usable {
        check.push("folder", "not-a-folder", vec![("value", folder.trim().to_string())]);
    }
    check.one_of("every", every, EVERY_CHOICES);
    let kept = keep.trim().parse::<u32>().ok().filter(|k| (1..=365).contains(k));
    if kept.is_none() {
        check.push("keep", "not-a-count", vec![("value", keep.trim().to_string())]);
    }
    check.finish()?;
    let kept_folder = if folder.trim().is_empty() { String::new() } else { path.display().to_string() };
    db.set_local_setting(FOLDER, &kept_folder)?;
    db.set_local_setting(EVERY, every)?;
    db.set_local_setting(KEEP, &kept.unwrap_or(7).to_string())?;
    load(db)
}

/// Whether an automatic backup is due at `now`.
pub fn due(s: &Schedule, now: chrono::DateTime<chrono::Utc>) -> bool {
    let every = match s.every.as_str() {
        "daily" => chrono::Duration::hours(24),
        "weekly" => chrono::Duration::days(7),
        _ => return false,
    };
    if s.folder.is_empty() {
        return false;
    }
    let last = s.last.as_deref().and_then(|l| chrono::DateTime::parse_from_rfc3339(l).ok());
    last.is_none_or(|l| now.signed_duration_since(l) >= every)
}

/// Make a backup into the schedule's folder now, remove the oldest beyond the number kept,
/// and remember when. The path written and what it holds.
pub fn run(db: &Db, passphrase: Option<&str>, progress: &mut dyn FnMut(u64, u64)) -> Result<(PathBuf, Written)> {
    let s = load(db)?;
    let folder = PathBuf::from(&s.folder);
    std::fs::create_dir_all(&folder).map_err(crate::io(&folder))?;
    let path = folder.join(scheduled_name(chrono::Local::now()));
    let written = crate::backup(db, &path, passphrase, progress)?;
    rotate(&folder, s.keep as usize)?;
    remember(db, &written.manifest.created_at)?;
    Ok((path, written))
}

/// Remember a backup made at `at` (RFC 3339) unless a later one is remembered: a database
/// restored from a backup knows it was backed up then.
pub fn remember(db: &Db, at: &str) -> Result<()> {
    let parse = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
    let later = match (db.local_setting(LAST)?.as_deref().and_then(parse), parse(at)) {
        (Some(known), Some(new)) => new > known,
        (None, Some(_)) => true,
        _ => false,
    };
    if later {
        db.set_local_setting(LAST, at)?;
    }
    Ok(())
}

/// A backup file in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub path: PathBuf,
    pub name: String,
    pub bytes: u64,
    /// When the file was last written, RFC 3339 (local time with its offset).
    pub modified: String,
}

/// The backups (`*.tbak`) in `folder`, newest first; none when there is no folder.
pub fn list(folder: &Path) -> Vec<Listed> {
    let Ok(entries) = std::fs::read_dir(folder) else { return vec![] };
    let mut out: Vec<(std::time::SystemTime, Listed)> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "tbak"))
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            let at = m.modified().ok()?;
            let local: chrono::DateTime<chrono::Local> = at.into();
            let listed = Listed {
                path: e.path(),
                name: e.file_name().to_string_lossy().into_owned(),
                bytes: m.len(),
                modified: local.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            };
            Some((at, listed))
        })
        .collect();
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.name.cmp(&a.1.name)));
    out.into_iter().map(|(_, l)| l).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
        chrono::DateTime::parse_from_rfc3339(s).unwrap().into()
    }

    #[test]
    fn a_backup_is_due_once_per_period_and_only_with_a_folder() {
        let mut s = Schedule { folder: String::new(), every: "daily".into(), keep: 7, last: None };
        assert!(!due(&s, at("2026-12-02T10:00:00Z")), "no folder yet");
        s.folder = "/media/usb".into();
        assert!(due(&s, at("2026-12-02T10:00:00Z")), "never made");
        s.last = Some("2026-12-01T12:00:00Z".into());
        assert!(!due(&s, at("2026-12-02T10:00:00Z")));
        assert!(due(&s, at("2026-12-02T12:00:00Z")));
        s.every = "weekly".into();
        assert!(!due(&s, at("2026-12-07T12:00:00Z")));
        assert!(due(&s, at("2026-12-08T12:00:00Z")));
        s.every = "off".into();
        assert!(!due(&s, at("2027-01-01T00:00:00Z")));
    }

    #[test]
    fn settings_are_checked_then_kept() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("t.db"), &tessera_core::OpenOptions { create: true, ..Default::default() })
            .unwrap();
        assert_eq!(load(&db).unwrap(), Schedule { folder: String::new(), every: "daily".into(), keep: 7, last: None });
        let e = save(&db, "relative/folder", "hourly", "0", None).unwrap_err();
        let crate::Error::Core(tessera_core::Error::InvalidInput(issues)) = e else { panic!("{e:?}") };
        let fields: Vec<(&str, &str)> = issues.iter().map(|i| (i.field.as_str(), i.code)).collect();
        assert_eq!(fields, [("folder", "not-a-folder"), ("every", "invalid-value"), ("keep", "not-a-count")]);
        assert_eq!(load(&db).unwrap().folder, "", "nothing kept from a refused form");
        let s = save(&db, "~/Tessera backups", "weekly", "12", Some(dir.path())).unwrap();
        assert_eq!(PathBuf::from(&s.folder), dir.path().join("Tessera backups"));
        assert!(dir.path().join("Tessera backups").is_dir());
        assert_eq!((s.every.as_str(), s.keep), ("weekly", 12));

        let (path, _) = run(&db, None, &mut |_, _| {}).unwrap();
        let listed = list(&dir.path().join("Tessera backups"));
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].path, path);
        assert!(!due(&load(&db).unwrap(), chrono::Utc::now()), "the backup just made is recorded");
    }
}
