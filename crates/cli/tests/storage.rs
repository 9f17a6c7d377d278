//! A full disk and a read-only database, for real: a small tmpfs that an import or a backup
//! fills, and a database in a read-only folder opened by a user who may not write there. Each
//! is one clear sentence in the user's language, exit 1, and the database as it was.
//!
//! Both need root (to mount the tmpfs, and to run `tessera` as another user, since root may
//! write anywhere); CI runs as root. Elsewhere they say so and pass without trying.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn tessera(bin: &Path, db: &Path, args: &[&str]) -> Output {
    Command::new(bin).arg("--db").arg(db).args(args).env_remove("TESSERA_PASSPHRASE").env("LANG", "C").output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn people(bin: &Path, db: &Path) -> usize {
    let o = tessera(bin, db, &["list", "beneficiaries", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice::<Vec<serde_json::Value>>(&o.stdout).unwrap().len()
}

/// A tmpfs of `kib` KiB at `at`, unmounted when dropped.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, kib: u64) -> Tmpfs {
        std::fs::create_dir_all(at).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={kib}k"), "tmpfs"])
            .arg(at)
            .status()
            .unwrap()
            .success();
        assert!(ok, "cannot mount a tmpfs at {}", at.display());
        Tmpfs(at.to_path_buf())
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

fn demo(dir: &Path) -> PathBuf {
    let db = dir.join("base.db");
    let o = tessera(Path::new(env!("CARGO_BIN_EXE_tessera")), &db, &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    db
}

fn people_csv(dir: &Path, n: usize) -> PathBuf {
    let csv = dir.join("people.csv");
    let mut text = String::from("code,first_name,last_name,gender\n");
    for i in 0..n {
        text.push_str(&format!("F-{i:05},Mirela,Berisha-{i},female\n"));
    }
    std::fs::write(&csv, text).unwrap();
    csv
}

#[test]
fn a_full_disk_is_one_clear_sentence_and_the_database_stays_as_it_was() {
    if !is_root() {
        eprintln!("skipped: mounting a small tmpfs needs root (CI runs as root)");
        return;
    }
    let bin = Path::new(env!("CARGO_BIN_EXE_tessera"));
    let dir = tempfile::tempdir().unwrap();
    let base = demo(dir.path());
    let size = std::fs::metadata(&base).unwrap().len() / 1024;
    let full = Tmpfs::mount(&dir.path().join("full"), size + 384);
    let db = full.0.join("org.db");
    std::fs::copy(&base, &db).unwrap();
    let before = people(bin, &db);

    let csv = people_csv(dir.path(), 20_000);
    let import = ["import", "beneficiaries", csv.to_str().unwrap(), "--project", "ZAJEDNO"];
    for (lang, says) in [("en", "disk that holds the database is full"), ("sq", "është plot")] {
        let o = tessera(bin, &db, &[&["--lang", lang][..], &import[..]].concat());
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(stderr(&o).contains(says), "{lang}: {}", stderr(&o));
        assert_eq!(stderr(&o).trim().lines().count(), 1, "{}", stderr(&o));
    }
    let o = tessera(bin, &db, &["check"]);
    assert!(o.status.success(), "the check after a full disk: {}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
    assert_eq!(people(bin, &db), before, "a failed import wrote people");

    // a backup onto a disk that fills while it is written (24 KiB left): the file is not left
    // half-written
    {
        use std::io::Write;
        let mut filler = std::fs::File::create(full.0.join("filler")).unwrap();
        let chunk = vec![0u8; 4096];
        while filler.write_all(&chunk).and_then(|_| filler.sync_all()).is_ok() {}
        let len = filler.metadata().unwrap().len();
        filler.set_len(len.saturating_sub(24 * 1024)).unwrap();
    }
    let out = full.0.join("b.tbak");
    let o = tessera(bin, &base, &["--lang", "en", "backup", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("The disk is full (writing") && stderr(&o).contains("b.tbak"), "{}", stderr(&o));
    let left: Vec<String> =
        std::fs::read_dir(&full.0).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(!left.iter().any(|n| n.contains("tbak")), "left behind: {left:?}");
    std::fs::remove_file(full.0.join("filler")).unwrap();
}

#[test]
fn a_read_only_database_is_one_clear_sentence_and_stays_as_it_was() {
    if !is_root() {
        eprintln!("skipped: root writes anywhere, so this runs tessera as another user (CI runs as root)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let base = demo(dir.path());
    // what the other user needs: the program, a home, the table; the database read-only
    let open = dir.path().join("open");
    std::fs::create_dir_all(open.join("home")).unwrap();
    let bin = open.join("tessera");
    std::fs::copy(env!("CARGO_BIN_EXE_tessera"), &bin).unwrap();
    let ro = open.join("ro");
    std::fs::create_dir_all(&ro).unwrap();
    let db = ro.join("org.db");
    std::fs::copy(&base, &db).unwrap();
    let csv = people_csv(&open, 3);
    let before = std::fs::read(&db).unwrap();
    let chmod = |p: &Path, mode: &str| assert!(Command::new("chmod").arg(mode).arg(p).status().unwrap().success());
    chmod(dir.path(), "755");
    chmod(&open, "755");
    chmod(&open.join("home"), "777");
    chmod(&csv, "644");
    chmod(&db, "444");
    chmod(&ro, "555");

    let as_nobody = |args: &[&str]| {
        Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&bin)
            .arg("--db")
            .arg(&db)
            .args(args)
            .env("HOME", open.join("home"))
            .env("XDG_DATA_HOME", open.join("home"))
            .env("LANG", "C")
            .output()
            .unwrap()
    };
    let import = ["--lang", "mk", "import", "beneficiaries", csv.to_str().unwrap(), "--project", "ZAJEDNO"];
    let o = as_nobody(&import);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("не може да се запишува"), "{}", stderr(&o));
    assert_eq!(stderr(&o).trim().lines().count(), 1, "{}", stderr(&o));
    assert_eq!(std::fs::read(&db).unwrap(), before, "the read-only database changed");
}
