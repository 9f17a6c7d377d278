//! The care of the database file: `tessera backup -o FILE`, `tessera restore FILE`, `tessera
//! check` (`shared/spec/cli.md`) and `tessera passphrase [--remove]` — `tessera-backup`, the
//! core's check and its passphrase change, passphrases from the environment
//! (`TESSERA_BACKUP_PASSPHRASE`, else the database's `TESSERA_PASSPHRASE`; a new one from
//! `TESSERA_NEW_PASSPHRASE`) or a prompt, results in the user's language.

use std::path::Path;

use tessera_backup::Kind;
use tessera_core::check::{self, CheckReport, Depth};
use tessera_core::Db;
use tessera_l10n::L10n;

use crate::{env_passphrase, open_keyed, options, output, prompt, Failure, Outcome, OPENED};

fn env(var: &str) -> Option<String> {
    std::env::var(var).ok().filter(|s| !s.is_empty())
}

/// Bytes as a person reads them: "2,4 MB" in the user's language.
fn size(l10n: &L10n, bytes: u64) -> String {
    let (value, unit) = match bytes {
        b if b >= 1 << 30 => (b as f64 / (1u64 << 30) as f64, "GB"),
        b if b >= 1 << 20 => (b as f64 / (1u64 << 20) as f64, "MB"),
        b => (b as f64 / 1024.0, "kB"),
    };
    format!("{} {unit}", l10n.formatter().number(&format!("{value:.1}")))
}

pub fn backup(path: &Path, out: &Path, l10n: &L10n) -> Outcome {
    let (db, db_passphrase) = open_keyed(path, l10n)?;
    let separate = env("TESSERA_BACKUP_PASSPHRASE");
    let passphrase = separate.clone().or(db_passphrase);
    let mut bar = output::Progress::new(l10n.message("cli-backup-progress", &[]));
    let w = tessera_backup::backup(&db, out, passphrase.as_deref(), &mut |done, total| {
        bar.set(done as usize, total as usize)
    })?;
    bar.finish();
    tessera_backup::schedule::remember(&db, &w.manifest.created_at)?;
    let args = [
        ("path", out.display().to_string()),
        ("size", size(l10n, w.bytes)),
        ("files", w.manifest.attachments.len().to_string()),
    ];
    output::out(&l10n.message("cli-backup-done", &args));
    let how = match (w.encrypted, separate.is_some()) {
        (true, true) => "cli-backup-encrypted-separate",
        (true, false) => "cli-backup-encrypted",
        (false, _) => "cli-backup-plain",
    };
    output::out(&l10n.message(how, &[]));
    if !w.manifest.missing.is_empty() {
        eprintln!("{}", l10n.message("cli-backup-missing", &[("count", w.manifest.missing.len().to_string())]));
    }
    if !w.damaged.is_empty() {
        eprintln!("{}", l10n.message("cli-backup-damaged-files", &[("count", w.damaged.len().to_string())]));
    }
    Ok(())
}

pub fn restore(path: &Path, file: &Path, l10n: &L10n) -> Outcome {
    // this process may hold the database open (its language was read from it): close it
    // before its file is moved aside
    if let Some(db) = OPENED.lock().unwrap_or_else(|p| p.into_inner()).take() {
        db.close()?;
    }
    let passphrase = match tessera_backup::kind_of(file)? {
        Kind::Encrypted => env("TESSERA_BACKUP_PASSPHRASE")
            .or_else(env_passphrase)
            .or_else(|| prompt(l10n, "cli-backup-passphrase-prompt")),
        Kind::Plain => None,
    };
    // the database inside opens with the passphrase it had then: the database's, else the
    // backup's (the same one unless a separate backup passphrase was chosen)
    let opts = options(env_passphrase().or(passphrase.clone()), false);
    let mut bar = output::Progress::new(l10n.message("cli-restore-progress", &[]));
    let r = tessera_backup::restore(file, passphrase.as_deref(), path, &opts, &mut |done, total| {
        bar.set(done as usize, total as usize)
    })?;
    bar.finish();
    let f = l10n.formatter();
    let args = [
        ("path", path.display().to_string()),
        ("date", f.date(r.manifest.created_at.get(..10).unwrap_or_default())),
        ("organisation", r.manifest.organisation.clone()),
        ("rows", f.number(&r.check.rows.to_string())),
        ("files", r.manifest.attachments.len().to_string()),
    ];
    output::out(&l10n.message("cli-restore-done", &args));
    if let Some(kept) = &r.kept {
        output::out(&l10n.message("cli-restore-kept", &[("path", kept.display().to_string())]));
    }
    if !r.damaged.is_empty() {
        eprintln!("{}", l10n.message("cli-restore-damaged-files", &[("count", r.damaged.len().to_string())]));
    }
    Ok(())
}

/// `tessera passphrase [--remove]`: the database written anew under a new passphrase (or none).
pub fn passphrase(path: &Path, remove: bool, l10n: &L10n) -> Outcome {
    let mut db = crate::open(path, l10n)?;
    let new = if remove {
        None
    } else if let Some(p) = env("TESSERA_NEW_PASSPHRASE") {
        Some(p)
    } else {
        Some(crate::ask_twice(l10n, "cli-passphrase-new-prompt")?)
    };
    db.change_passphrase(new.as_deref(), &options(None, false))?;
    output::out(&l10n.message(if remove { "cli-passphrase-removed" } else { "cli-passphrase-changed" }, &[]));
    Ok(())
}

pub fn check(path: &Path, l10n: &L10n) -> Outcome {
    let db: Db = crate::open(path, l10n)?;
    let mut bar = output::Progress::new(l10n.message("cli-check-progress", &[]));
    let report = check::run(&db, Depth::Full, &mut |done, total| bar.set(done as usize, total as usize))?;
    bar.finish();
    print_check(l10n, &report);
    if report.ok() {
        Ok(())
    } else {
        Err(Failure::Unhealthy)
    }
}

fn print_check(l10n: &L10n, r: &CheckReport) {
    let f = l10n.formatter();
    let count = |n: usize| ("count", n.to_string());
    if r.integrity.is_empty() {
        output::out(&l10n.message("cli-check-file-ok", &[]));
    } else {
        output::out(&l10n.message("cli-check-file-bad", &[count(r.integrity.len())]));
        for finding in &r.integrity {
            output::out(&format!("  {finding}"));
        }
    }
    if r.log_compared && r.disagreement_count == 0 {
        output::out(&l10n.message("cli-check-log-ok", &[("rows", f.number(&r.rows.to_string()))]));
    } else if r.log_compared {
        let args = [("count", r.disagreement_count.to_string()), ("rows", f.number(&r.rows.to_string()))];
        output::out(&l10n.message("cli-check-log-bad", &args));
        for d in &r.disagreements {
            output::out(&format!("  {d}"));
        }
    }
    let intact = r.files as usize - r.damaged.len() - r.missing.len();
    output::out(&l10n.message("cli-check-files", &[("count", r.files.to_string()), ("intact", intact.to_string())]));
    if !r.damaged.is_empty() {
        output::out(&l10n.message("cli-check-files-damaged", &[("names", r.damaged.join(", "))]));
    }
    if !r.missing.is_empty() {
        let args = [count(r.missing.len()), ("names", r.missing.join(", "))];
        output::out(&l10n.message("cli-check-files-missing", &args));
    }
}
