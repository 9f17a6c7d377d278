//! `tessera sync …` (`shared/spec/cli.md`): the sync of `tessera-sync` through a folder, a
//! WebDAV server or an S3 bucket, its secrets (enrolment code, the server's password) taken
//! from the environment or a prompt (never an argument), its results printed in the user's
//! language; the enrolment code is the last line of `sync setup`'s stdout.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use tessera_l10n::L10n;
use tessera_sync::{Credentials, Location, Report, Secret, Target};

use crate::args::{ShareArgs, SyncWhat};
use crate::{create, discard, open, output, prompt, Failure, Outcome};

fn device_name(name: &Option<String>) -> String {
    name.clone().unwrap_or_else(tessera_sync::device_name)
}

/// A secret from the environment variable `var`, else a prompt on a terminal.
fn secret(l10n: &L10n, var: &str, id: &str) -> Option<String> {
    std::env::var(var).ok().filter(|s| !s.trim().is_empty()).or_else(|| prompt(l10n, id))
}

/// A line typed on a terminal (shown as typed), after `id`'s label.
fn ask(l10n: &L10n, id: &str) -> Option<String> {
    if !std::io::stdin().is_terminal() {
        return None;
    }
    eprint!("{} ", l10n.message(id, &[]));
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).ok()?;
    Some(line.trim().to_string()).filter(|s| !s.is_empty())
}

/// The share the arguments name, with a server's user and password (from the environment,
/// else a prompt; for `sync` without them, the ones kept are used).
fn target(l10n: &L10n, share: &ShareArgs, ask_credentials: bool) -> Option<Target> {
    let location = if let Some(folder) = &share.folder {
        Location::Folder { path: folder.clone() }
    } else if let Some(url) = &share.webdav {
        Location::Webdav { url: url.clone() }
    } else if let Some(url) = &share.s3 {
        let region = share.region.clone().unwrap_or_else(|| tessera_sync::transport::DEFAULT_REGION.to_string());
        Location::S3 { url: url.clone(), region }
    } else {
        return None;
    };
    let env = |var: &str| std::env::var(var).ok().filter(|s| !s.is_empty());
    let credentials = if location.needs_credentials() {
        let user =
            env("TESSERA_SYNC_USER").or_else(|| ask_credentials.then(|| ask(l10n, "cli-sync-user-prompt")).flatten());
        let password = env("TESSERA_SYNC_PASSWORD").or_else(|| {
            (ask_credentials && user.is_some()).then(|| prompt(l10n, "cli-sync-password-prompt")).flatten()
        });
        user.zip(password).map(|(user, password)| Credentials { user, password })
    } else {
        None
    };
    Some(Target { location, credentials })
}

/// `sync setup` and `sync join` need to be told where the share is.
fn required(t: Option<Target>) -> Target {
    t.unwrap_or_else(|| {
        use clap::CommandFactory;
        crate::args::Cli::command()
            .error(clap::error::ErrorKind::MissingRequiredArgument, "one of --folder, --webdav or --s3 is required")
            .exit()
    })
}

pub fn run(what: &Option<SyncWhat>, share: &ShareArgs, path: &Path, l10n: &L10n) -> Outcome {
    match what {
        None => {
            let mut db = open(path, l10n)?;
            // a share named here for the first time needs its password; the kept one is reused
            let t = target(l10n, share, false);
            let mut bar = output::Progress::new(l10n.message("cli-sync-progress", &[]));
            let r = tessera_sync::sync_with(&mut db, t.as_ref(), &mut |done, total| bar.set(done, total));
            bar.finish();
            let r = r?;
            print_report(l10n, &r);
            let n = |v: usize| l10n.formatter().number(&v.to_string());
            output::out(&l10n.message(
                "cli-sync-done",
                &[("bundles", n(r.bundles)), ("changes", n(r.changes)), ("sent", n(r.sent))],
            ));
        }
        Some(SyncWhat::Setup { share, enrol_file, name }) => {
            let t = required(target(l10n, share, true));
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
            let s = tessera_sync::setup(&mut db, &t, &device_name(name))?;
            if let (Some(file), Some(pass)) = (enrol_file, pass) {
                tessera_sync::enrolment_file(&db, file, &pass)?;
                output::out(&l10n.message("cli-sync-enrol-file-done", &[("path", file.display().to_string())]));
            }
            output::out(&l10n.message("cli-sync-setup-done", &[("folder", s.address)]));
            output::out(&s.code);
        }
        Some(SyncWhat::Join { share, enrol_file, encrypt, name }) => {
            let t = required(target(l10n, share, true));
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
            let joined = tessera_sync::join_with(&mut db, &t, &how, &device_name(name), &mut |d, n| bar.set(d, n));
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
                &[("folder", t.location.address()), ("changes", l10n.formatter().number(&r.changes.to_string()))],
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
