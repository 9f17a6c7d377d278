//! The `tessera` process killed with SIGKILL at random moments of an import (`demo`, a table of
//! people), a backup, a sync through a folder and a passphrase change: after each kill the
//! database opens (with the old passphrase or the new one), its whole check passes (the file,
//! the change log against the tables), every import is wholly there or wholly absent, and a
//! backup file is either absent or restores whole.
//!
//! `TESSERA_CRASH_RUNS` runs (default 20, as in CI; `bench/crash` runs 200), the moments drawn
//! from a fixed seed (`TESSERA_CRASH_SEED`) so a failure can be replayed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tessera_core::OpenOptions;

fn tessera(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tessera"));
    c.arg("--db").arg(db).args(args).env_remove("TESSERA_PASSPHRASE").env("LANG", "C");
    c.stdout(Stdio::null()).stderr(Stdio::null());
    c
}

/// A small deterministic generator (xorshift): the kill moments.
struct Moments(u64);

impl Moments {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below.max(1)
    }
}

/// Run `command` to its end; how long it took.
fn timed(mut command: Command) -> Duration {
    let start = Instant::now();
    let status = command.status().unwrap();
    assert!(status.success(), "the uninterrupted run failed");
    start.elapsed()
}

/// Start `command`, kill it after `after`; whether it had finished by itself.
fn kill_after(mut command: Command, after: Duration) -> bool {
    let mut child = command.spawn().unwrap();
    let deadline = Instant::now() + after;
    while Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = child.kill();
    child.wait().unwrap();
    false
}

fn opts() -> OpenOptions {
    OpenOptions::default()
}

/// `tessera check` passes on the database at `path` (it opens; the file, the log against the
/// tables and the attachments are sound) — through the command, so the file keeps the
/// identity the command line gives it.
fn sound(path: &Path, what: &str) {
    let status = tessera(path, &["check"]).status().unwrap();
    assert!(status.success(), "{what}: tessera check failed");
}

/// How many `what` (`projects`, `beneficiaries`) `tessera list` shows; 0 for a database
/// that holds no organisation yet.
fn count(path: &Path, what: &str) -> usize {
    let mut c = tessera(path, &["list", what, "--json"]);
    c.stdout(Stdio::piped());
    let out = c.output().unwrap();
    if !out.status.success() {
        return 0;
    }
    serde_json::from_slice::<Vec<serde_json::Value>>(&out.stdout).map(|v| v.len()).unwrap_or(0)
}

/// A fresh copy of `from` at `to`, with no journal of an earlier file left beside it (SQLite
/// would read a stale `-wal` into the copy).
fn copy_db(from: &Path, to: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", to.display()));
    }
    std::fs::copy(from, to).unwrap();
}

#[test]
fn killed_at_any_moment_nothing_is_half_written() {
    let runs: usize = std::env::var("TESSERA_CRASH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(20);
    let seed: u64 = std::env::var("TESSERA_CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x7e55e7a);
    let mut moments = Moments(seed | 1);
    let dir = tempfile::tempdir().unwrap();

    // the reference runs: how long each operation takes uninterrupted, and what it leaves
    let base = dir.path().join("base.db");
    let demo_time = timed(tessera(&base, &["demo"]));
    sound(&base, "the demo");
    let full_projects = count(&base, "projects");
    assert!(full_projects > 0);
    let csv = dir.path().join("people.csv");
    let mut text = String::from("code,first_name,gender\n");
    for i in 0..3000 {
        text.push_str(&format!("K-{i:05},Mirela,female\n"));
    }
    std::fs::write(&csv, text).unwrap();
    let before_people = count(&base, "beneficiaries");
    let work = dir.path().join("work.db");
    copy_db(&base, &work);
    let import = ["import", "beneficiaries", csv.to_str().unwrap(), "--project", "ZAJEDNO"];
    let import_time = timed(tessera(&work, &import));
    sound(&work, "the import");
    let after_people = count(&work, "beneficiaries");
    assert_eq!(after_people, before_people + 3000);
    let out = dir.path().join("b.tbak");
    let backup_time = timed(tessera(&base, &["backup", "-o", out.to_str().unwrap()]));
    let share = dir.path().join("share");
    std::fs::create_dir_all(&share).unwrap();
    let synced = dir.path().join("synced.db");
    copy_db(&base, &synced);
    timed(tessera(&synced, &["sync", "setup", "--folder", share.to_str().unwrap()]));
    let one = |run: usize| {
        let csv_one = dir.path().join(format!("one-{run}.csv"));
        std::fs::write(&csv_one, format!("code,first_name,gender\nS-{run},Ana,female\n")).unwrap();
        let args = ["import", "beneficiaries", csv_one.to_str().unwrap(), "--project", "ZAJEDNO"];
        assert!(tessera(&synced, &args).status().unwrap().success());
    };
    one(usize::MAX);
    let sync_time = timed(tessera(&synced, &["sync"]));
    let rekeyed = dir.path().join("rekeyed.db");
    copy_db(&base, &rekeyed);
    let mut rekey = tessera(&rekeyed, &["passphrase"]);
    rekey.env("TESSERA_NEW_PASSPHRASE", "Vlorë 1912");
    let rekey_time = timed(rekey);

    let mut killed = [0usize; 5];
    for run in 0..runs {
        let kind = run % 5;
        match kind {
            0 => {
                let fresh = dir.path().join(format!("fresh-{run}.db"));
                let at = Duration::from_millis(moments.next(demo_time.as_millis() as u64 + 50));
                if !kill_after(tessera(&fresh, &["demo"]), at) {
                    killed[kind] += 1;
                }
                if fresh.exists() {
                    sound(&fresh, &format!("run {run}: demo killed after {at:?}"));
                    let n = count(&fresh, "projects");
                    assert!(n == 0 || n == full_projects, "run {run}: {n} of {full_projects} projects after a kill");
                }
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", fresh.display()));
                }
            }
            1 => {
                copy_db(&base, &work);
                let at = Duration::from_millis(moments.next(import_time.as_millis() as u64 + 50));
                if !kill_after(tessera(&work, &import), at) {
                    killed[kind] += 1;
                }
                sound(&work, &format!("run {run}: import killed after {at:?}"));
                let n = count(&work, "beneficiaries");
                assert!(n == before_people || n == after_people, "run {run}: {n} people after a killed import");
            }
            2 => {
                let file: PathBuf = dir.path().join(format!("b-{run}.tbak"));
                let at = Duration::from_millis(moments.next(backup_time.as_millis() as u64 + 50));
                if !kill_after(tessera(&base, &["backup", "-o", file.to_str().unwrap()]), at) {
                    killed[kind] += 1;
                }
                sound(&base, &format!("run {run}: backup killed after {at:?}"));
                if file.exists() {
                    let target = dir.path().join(format!("restored-{run}")).join("t.db");
                    let r = tessera_backup::restore(&file, None, &target, &opts(), &mut |_, _| {})
                        .unwrap_or_else(|e| panic!("run {run}: a backup file that does not restore: {e:?}"));
                    assert!(r.check.ok());
                    assert_eq!(count(&target, "projects"), full_projects, "run {run}: the restored copy");
                }
            }
            4 => {
                // a plain database given a passphrase, killed: it opens without one or with it
                copy_db(&base, &rekeyed);
                let at = Duration::from_millis(moments.next(rekey_time.as_millis() as u64 + 50));
                let mut c = tessera(&rekeyed, &["passphrase"]);
                c.env("TESSERA_NEW_PASSPHRASE", "Vlorë 1912");
                if !kill_after(c, at) {
                    killed[kind] += 1;
                }
                let plain = tessera(&rekeyed, &["check"]).status().unwrap().success();
                let mut with = tessera(&rekeyed, &["check"]);
                with.env("TESSERA_PASSPHRASE", "Vlorë 1912");
                assert!(
                    plain || with.status().unwrap().success(),
                    "run {run}: opens with neither passphrase after {at:?}"
                );
            }
            _ => {
                // a change, then a sync killed while it writes its bundle and state
                one(run);
                let at = Duration::from_millis(moments.next(sync_time.as_millis() as u64 + 50));
                if !kill_after(tessera(&synced, &["sync"]), at) {
                    killed[kind] += 1;
                }
                sound(&synced, &format!("run {run}: sync killed after {at:?}"));
                // the next sync finishes, and sends what the killed one may not have
                assert!(
                    tessera(&synced, &["sync"]).status().unwrap().success(),
                    "run {run}: the sync after a kill failed"
                );
            }
        }
    }
    eprintln!(
        "{runs} runs; killed before the end: demo {}, import {}, backup {}, sync {}, passphrase {}",
        killed[0], killed[1], killed[2], killed[3], killed[4]
    );
    assert!(killed.iter().sum::<usize>() > 0 || runs == 0, "no run was killed before its end");
}
