//! Sync's figures (issue 17), printed, asserting nothing about time:
//!
//! - bytes per changed cell of a bundle for a 10 000-cell edit session (target ≤ 40);
//! - a sync with nothing new on either side, p50 of 20 (target ≤ 100 ms);
//! - joining from a snapshot of the large demo (10 000 persons) (target ≤ 2 s), and the
//!   snapshot's size;
//! - over loopback WebDAV (`rclone serve webdav`, issue 18): a round with nothing new, p50 of
//!   20 (target ≤ 200 ms), and 100 bundles fetched and applied (target ≤ 2 s).

use std::time::{Duration, Instant};

use rusqlite::types::Value;
use tessera_core::{demo, Db, OpenOptions};
use tessera_sync::{Secret, Target};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn open(dir: &std::path::Path, name: &str) -> Db {
    let opts = OpenOptions { passphrase: None, create: true, install_dir: Some(dir.join(name).join("install")) };
    Db::open(&dir.join(name).join("tessera.db"), &opts).unwrap()
}

fn p50(mut d: Vec<Duration>) -> Duration {
    d.sort();
    d[d.len() / 2]
}

fn main() {
    folder();
    webdav();
}

/// Over a WebDAV server on loopback, when `rclone` is installed (`.ci/run` installs it).
fn webdav() {
    use tessera_core::organisations::{self, NewOrganisation};
    use tessera_sync::{Credentials, Location};
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("webdav");
    std::fs::create_dir_all(data.join("Tessera")).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let Ok(mut server) = std::process::Command::new("rclone")
        .args(["serve", "webdav", data.to_str().unwrap(), "--addr", &format!("127.0.0.1:{port}")])
        .args(["--user", "u", "--pass", "p", "--config", "/dev/null"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    else {
        println!("webdav: rclone is not installed, no figures");
        return;
    };
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(20));
    }
    let share = Target {
        location: Location::Webdav { url: format!("http://127.0.0.1:{port}/Tessera") },
        credentials: Some(Credentials { user: "u".into(), password: "p".into() }),
    };
    let mut a = open(tmp.path(), "a");
    let org = NewOrganisation { name: "Qendra".into(), country: "AL".into(), currency: "EUR".into() };
    organisations::init(&mut a, &org).unwrap();
    let setup = tessera_sync::setup(&mut a, &share, "a").unwrap();
    let mut b = open(tmp.path(), "b");
    tessera_sync::join(&mut b, &share, &Secret::Code(setup.code.clone()), "b").unwrap();
    let mut idle = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        let r = tessera_sync::sync(&mut b, None).unwrap();
        idle.push(t.elapsed());
        assert!(r.written.is_none() && r.bundles == 0);
    }
    println!(
        "webdav: a round with nothing new: p50 {:.1} ms, max {:.1} ms",
        p50(idle.clone()).as_secs_f64() * 1000.0,
        idle.iter().max().unwrap().as_secs_f64() * 1000.0
    );
    // 100 bundles of a's, 20 persons each
    for i in 0..100 {
        a.write(|w| {
            for j in 0..20 {
                let code = format!("B{i}-{j}");
                w.insert(
                    "beneficiaries",
                    &[
                        ("ref", Value::Text(code.clone())),
                        ("kind", Value::Text("person".into())),
                        ("code", Value::Text(code)),
                        ("gender", Value::Text("female".into())),
                    ],
                )?;
            }
            Ok(())
        })
        .unwrap();
        tessera_sync::sync(&mut a, None).unwrap();
    }
    let t = Instant::now();
    let r = tessera_sync::sync(&mut b, None).unwrap();
    println!(
        "webdav: {} bundles fetched and applied ({} changes) in {:.0} ms",
        r.bundles,
        r.changes,
        t.elapsed().as_secs_f64() * 1000.0
    );
    let _ = server.kill();
    let _ = server.wait();
}

fn folder() {
    let tmp = tempfile::tempdir().unwrap();
    let share = tmp.path().join("share");
    let mut a = open(tmp.path(), "a");
    let t = Instant::now();
    demo::create(&mut a, demo::Scale::Large, &mut |_, _| {}).unwrap();
    let people: i64 = a.conn().query_row("SELECT count(*) FROM beneficiaries", [], |r| r.get(0)).unwrap();
    eprintln!("large demo: {people} persons in {:.1} s", t.elapsed().as_secs_f64());
    let setup = tessera_sync::setup(&mut a, &Target::folder(&share), "a").unwrap();
    let snapshot = std::fs::read_dir(share.join("devices").join(a.device_id().to_string()))
        .unwrap()
        .flatten()
        .find(|e| e.path().extension().is_some_and(|x| x == "snapshot"))
        .unwrap();
    let cells = a.changes(&Default::default()).unwrap().len();
    let size = snapshot.metadata().unwrap().len();
    println!(
        "snapshot of the large demo: {cells} cells, {size} bytes, {:.1} bytes per cell",
        size as f64 / cells as f64
    );

    // joining from it
    let mut joins = Vec::new();
    for i in 0..3 {
        let mut b = open(tmp.path(), &format!("join{i}"));
        let t = Instant::now();
        tessera_sync::join(&mut b, &Target::folder(&share), &Secret::Code(setup.code.clone()), "b").unwrap();
        joins.push(t.elapsed());
    }
    println!("join from the snapshot: p50 {:.0} ms (runs {:?})", p50(joins.clone()).as_secs_f64() * 1000.0, joins);
    let mut b = open(tmp.path(), "b");
    tessera_sync::join(&mut b, &Target::folder(&share), &Secret::Code(setup.code.clone()), "b").unwrap();

    // a 10 000-cell edit session: five fields of 2 000 persons
    let ids: Vec<String> = {
        let mut s = a.conn().prepare("SELECT id FROM beneficiaries WHERE cl % 2 = 1 ORDER BY id LIMIT 2000").unwrap();
        s.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    a.write(|w| {
        for (i, id) in ids.iter().enumerate() {
            w.update(
                "beneficiaries",
                id,
                &[
                    ("first_name", Value::Text(format!("Emri{i}"))),
                    ("last_name", Value::Text(format!("Mbiemri{i}"))),
                    ("birth_year", Value::Integer(1950 + (i % 60) as i64)),
                    ("settlement", Value::Text(format!("Lagjja {i}"))),
                    ("contact", Value::Text(format!("+355 69 {i:07}"))),
                ],
            )?;
        }
        Ok(())
    })
    .unwrap();
    let r = tessera_sync::sync(&mut a, None).unwrap();
    let path = r.written.clone().unwrap();
    let bytes = std::fs::metadata(&path).unwrap().len();
    println!(
        "edit session: {} changed cells, bundle {} bytes = {:.1} bytes per changed cell",
        r.sent,
        bytes,
        bytes as f64 / r.sent as f64
    );
    let t = Instant::now();
    let got = tessera_sync::sync(&mut b, None).unwrap();
    println!("receiving it: {} changes in {:.0} ms", got.changes, t.elapsed().as_secs_f64() * 1000.0);

    // nothing new on either side
    let mut idle = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        let r = tessera_sync::sync(&mut a, None).unwrap();
        idle.push(t.elapsed());
        assert!(r.written.is_none() && r.bundles == 0);
    }
    println!(
        "sync with nothing new: p50 {:.1} ms, max {:.1} ms",
        p50(idle.clone()).as_secs_f64() * 1000.0,
        idle.iter().max().unwrap().as_secs_f64() * 1000.0
    );
}
