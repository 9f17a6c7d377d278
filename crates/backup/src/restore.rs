//! Restoring a backup: read into a new folder beside the target (`read.rs`), open the
//! database there (a backup from an older version is brought up to date; that open also gives
//! it a device id of its own, so sync never sees two devices with one id), check it whole
//! (`check::Depth::Full`), and only then swap it in. The database it replaces is kept beside
//! it as `<name>.before-restore-<time>` (with its journal), never deleted; attachment files
//! are added to the attachments folder, none removed.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tessera_core::attachments;
use tessera_core::check::{self, CheckReport, Depth};
use tessera_core::{Db, OpenOptions};

use crate::manifest::Manifest;
use crate::{io, read, Error, Result};

/// What a restore did.
#[derive(Debug, Clone)]
pub struct Restored {
    pub manifest: Manifest,
    /// Where the database that was there before is kept (`None`: there was none).
    pub kept: Option<PathBuf>,
    /// The check of the restored database, before it was swapped in.
    pub check: CheckReport,
    /// Attachment files the backup carried with bytes that do not match their hash.
    pub damaged: Vec<String>,
}

/// Removes a folder when dropped (the staging folder, whatever happens).
struct Stage(PathBuf);

impl Drop for Stage {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Restore the backup `file` as the database `target`. `passphrase` opens the backup;
/// `open.passphrase` the database inside (the one it had when the backup was made).
pub fn restore(
    file: &Path,
    passphrase: Option<&str>,
    target: &Path,
    open: &OpenOptions,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Restored> {
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let stage = Stage(dir.join(format!(".restore-{}", uuid::Uuid::new_v4().simple())));
    std::fs::create_dir(&stage.0).map_err(io(&stage.0))?;
    let input = std::fs::File::open(file).map_err(io(file))?;
    let got = read::extract(input, file, passphrase, &stage.0, progress)?;

    let report = {
        let db = Db::open(&got.database, &OpenOptions { create: false, ..open.clone() })?;
        let report = check::run(&db, Depth::Full, &mut |_, _| {})?;
        crate::schedule::remember(&db, &got.manifest.created_at)?;
        db.close()?;
        report
    };
    if !report.integrity.is_empty() || report.disagreement_count > 0 {
        return Err(Error::CheckFailed { path: file.display().to_string() });
    }

    let kept = if target.exists() {
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let kept = PathBuf::from(format!("{}.before-restore-{stamp}", target.display()));
        // the journal files move with their database: a -wal left beside the restored file
        // would be read into it
        for suffix in ["-wal", "-shm", ""] {
            let from = PathBuf::from(format!("{}{suffix}", target.display()));
            if from.exists() {
                std::fs::rename(&from, format!("{}{suffix}", kept.display())).map_err(io(&from))?;
            }
        }
        Some(kept)
    } else {
        None
    };
    std::fs::rename(&got.database, target).map_err(io(target))?;
    let folder = attachments::folder_beside(target);
    for a in &got.manifest.attachments {
        let to = attachments::file_in(&folder, &a.sha256);
        match std::fs::read(&to) {
            Ok(bytes) if attachments::hex(&Sha256::digest(&bytes)) == a.sha256 => continue,
            // a file changed under its hash: the backup's replaces it, and it is kept beside
            Ok(_) => {
                let aside = format!("{}.before-restore-{}", to.display(), chrono::Local::now().format("%Y%m%d-%H%M%S"));
                std::fs::rename(&to, aside).map_err(io(&to))?;
            }
            Err(_) => {}
        }
        let parent = to.parent().expect("a file in a folder");
        std::fs::create_dir_all(parent).map_err(io(parent))?;
        std::fs::rename(attachments::file_in(&got.attachments, &a.sha256), &to).map_err(io(&to))?;
    }
    Ok(Restored { manifest: got.manifest, kept, check: report, damaged: got.damaged })
}
