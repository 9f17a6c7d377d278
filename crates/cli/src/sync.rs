//! `tessera sync …` (`shared/spec/cli.md`): the shared-folder sync of `tessera-sync`, its
//! secrets taken from the environment or a prompt (never an argument), its results printed
//! in the user's language; the enrolment code is the last line of `sync setup`'s stdout.

use std::path::Path;

use tessera_l10n::L10n;
use tessera_sync::{Report, Secret};

use crate::args::SyncWhat;
use crate::{create, discard, open, output, prompt, Failure, Outcome};

fn device_name(name: &Option<String>) -> String {
    name.clone().unwrap_or_else(tessera_sync::device_name)
}

/// A secret from the environment variable `var`, else a prompt on a terminal.
fn secret(l10n: &L10n, var: &str, id: &str) -> Option<String> {
    std::env::var(var).ok().filter(|s| !s.trim().is_empty()).or_else(|| prompt(l10n, id))
}

pub fn run(what: &Option<SyncWhat>, folder: &Option<std::path::PathBuf>, path: &Path, l10n: &L10n) -> Outcome {
    match what {
        None => {
            let mut db = open(path, l10n)?;
            let mut bar = output::Progress::new(l10n.message("cli-sync-progress", &[]));
            let r = tessera_sync::sync_with(&mut db, folder.as_deref(), &mut |done, total| bar.set(done, total));
            bar.finish();
            let r = r?;
            print_report(l10n, &r);
            let n = |v: usize| l10n.formatter().number(&v.to_string());
            output::out(&l10n.message(
                "cli-sync-done",
                &[("bundles", n(r.bundles)), ("changes", n(r.changes)), ("sent", n(r.sent))],
            ));
        }
        Some(SyncWhat::Setup { folder, enrol_file, name }) => {
            let mut db = open(path, l10n)?;
            // the enrolment file's passphrase before anything is set up
            let pass = match enrol_file {
                Some(_) => Some(
                    secret(l10n, "TESSERA_ENROL_PASSPHRASE", "cli-sync-enrol-passphrase")
                        .filter(|p| !p.is_empty())
                        .ok_or(Failure::PassphraseEmpty)?,
                ),
                None => None,
            };
            let s = tessera_sync::setup(&mut db, folder, &device_name(name))?;
            if let (Some(file), Some(pass)) = (enrol_file, pass) {
                tessera_sync::enrolment_file(&db, file, &pass)?;
                output::out(&l10n.message("cli-sync-enrol-file-done", &[("path", file.display().to_string())]));
            }
            output::out(&l10n.message("cli-sync-setup-done", &[("folder", s.folder.display().to_string())]));
            output::out(&s.code);
        }
        Some(SyncWhat::Join { folder, enrol_file, encrypt, name }) => {
            let how = match enrol_file {
                Some(file) => {
                    let pass = secret(l10n, "TESSERA_ENROL_PASSPHRASE", "cli-sync-enrol-passphrase")
                        .ok_or(Failure::PassphraseEmpty)?;
                    Secret::File(file.clone(), pass)
                }
                None => Secret::Code(
                    secret(l10n, "TESSERA_ENROL_CODE", "cli-sync-code-prompt")
                        .ok_or(tessera_sync::Error::CodeMalformed)?,
                ),
            };
            let made = !path.exists();
            let mut db = create(path, *encrypt, l10n)?;
            let mut bar = output::Progress::new(l10n.message("cli-sync-progress", &[]));
            let joined = tessera_sync::join_with(&mut db, folder, &how, &device_name(name), &mut |d, t| bar.set(d, t));
            bar.finish();
            let r = match joined {
                Ok(r) => r,
                Err(e) => {
                    // a join that failed leaves no new database behind
                    if made {
                        discard(db);
                    }
                    return Err(e.into());
                }
            };
            if db.local_setting("lang")?.is_none() {
                db.set_local_setting("lang", l10n.lang())?;
            }
            print_report(l10n, &r);
            output::out(&l10n.message(
                "cli-sync-joined",
                &[
                    ("folder", folder.display().to_string()),
                    ("changes", l10n.formatter().number(&r.changes.to_string())),
                ],
            ));
        }
        Some(SyncWhat::Status { json }) => {
            let db = open(path, l10n)?;
            let s = tessera_sync::status(&db)?;
            if *json {
                output::out(&serde_json::to_string_pretty(&s).expect("a status is JSON"));
            } else {
                output::sync_status(l10n, &s);
            }
        }
        Some(SyncWhat::Revoke { device, rotate_key }) => {
            let mut db = open(path, l10n)?;
            let (id, name) = tessera_sync::revoke(&mut db, device)?;
            output::out(&l10n.message("cli-sync-revoked", &[("name", name), ("device", id.to_string())]));
            if *rotate_key {
                let r = tessera_sync::rotate_key(&mut db)?;
                let reached = l10n.formatter().number(&r.reached.to_string());
                output::out(&l10n.message("cli-sync-key-rotated", &[("reached", reached)]));
                if !r.unreached.is_empty() {
                    output::out(&l10n.message("cli-sync-key-unreached", &[("names", r.unreached.join(", "))]));
                }
                output::out(&r.code);
            }
        }
    }
    Ok(())
}

/// Refused files and gaps, one line each on stderr.
fn print_report(l10n: &L10n, r: &Report) {
    for p in r.rejected.iter().chain(&r.waiting) {
        let reason = l10n.message(&format!("sync-reason-{}", p.code), &[]);
        eprintln!("{}", l10n.message("cli-sync-problem", &[("file", p.file.clone()), ("reason", reason)]));
    }
    if r.revoked_here {
        eprintln!("{}", l10n.message("cli-sync-revoked-here", &[]));
    }
}
