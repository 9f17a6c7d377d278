//! Sync through real servers on loopback (issue 18): a WebDAV server (`rclone serve webdav`)
//! and an S3 server (`moto` in server mode), each started here as a process. Three databases
//! sync through each and are compared row by row; the WebDAV server is killed in the middle of
//! an upload, and after the answer to a MOVE was lost, and the next sync completes with
//! nothing lost or written twice; a wrong password is the clear error, and the password is
//! nowhere readable in the database file.
//!
//! The servers come from Debian (`rclone`) and PyPI (`moto[server]`); `.ci/run` installs them.

mod common;

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use tessera_sync::{Credentials, Location, Target};

const USER: &str = "tessera";
const PASSWORD: &str = "correct horse battery staple";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_for(port: u16, what: &str) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(30), "{what} did not start on port {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A server process that can be killed and started again on the same port and data.
struct Server {
    child: Arc<Mutex<Option<Child>>>,
    command: Vec<String>,
    port: u16,
}

impl Server {
    fn start(command: Vec<String>, port: u16) -> Server {
        let s = Server { child: Arc::new(Mutex::new(None)), command, port };
        s.restart();
        s
    }

    fn restart(&self) {
        let child = Command::new(&self.command[0])
            .args(&self.command[1..])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{} could not start ({e}): .ci/run installs it", self.command[0]));
        *self.child.lock().unwrap() = Some(child);
        wait_for(self.port, &self.command[0]);
    }

    /// SIGKILL, as a crash or a pulled cable would.
    fn killer(&self) -> impl Fn() + Send + Sync + 'static {
        let child = self.child.clone();
        move || {
            if let Some(mut c) = child.lock().unwrap().take() {
                let _ = c.kill();
                let _ = c.wait();
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        (self.killer())();
    }
}

fn webdav(root: &Path) -> (Server, PathBuf) {
    let dir = root.join("webdav");
    std::fs::create_dir_all(dir.join("Tessera")).unwrap();
    let port = free_port();
    let command = [
        "rclone",
        "serve",
        "webdav",
        dir.to_str().unwrap(),
        "--addr",
        &format!("127.0.0.1:{port}"),
        "--user",
        USER,
        "--pass",
        PASSWORD,
        "--config",
        "/dev/null",
    ];
    (Server::start(command.iter().map(|s| s.to_string()).collect(), port), dir)
}

fn credentials(password: &str) -> Option<Credentials> {
    Some(Credentials { user: USER.into(), password: password.into() })
}

fn on_webdav(port: u16) -> Target {
    Target {
        location: Location::Webdav { url: format!("http://127.0.0.1:{port}/Tessera") },
        credentials: credentials(PASSWORD),
    }
}

/// What the proxy does to the next request.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trap {
    None,
    /// Kill the server once this many bytes of requests have passed.
    KillAfter(usize),
    /// Let the next MOVE reach the server, lose its answer, then kill the server.
    KillAfterMove,
}

/// A TCP proxy before the server, to kill it at an exact point of a request.
struct Proxy {
    port: u16,
    trap: Arc<Mutex<Trap>>,
}

impl Proxy {
    fn start(upstream: u16, kill: impl Fn() + Send + Sync + 'static) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let trap = Arc::new(Mutex::new(Trap::None));
        let kill: Arc<dyn Fn() + Send + Sync> = Arc::new(kill);
        let t = trap.clone();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)) else { continue };
                let (trap, kill) = (t.clone(), kill.clone());
                let lost = Arc::new(AtomicBool::new(false));
                let (c2, s2, lost2, kill2) =
                    (client.try_clone().unwrap(), server.try_clone().unwrap(), lost.clone(), kill.clone());
                // the server's answers; the one to a trapped MOVE is lost, the server killed as
                // it comes (the MOVE is done; no retry can reach the server)
                std::thread::spawn(move || {
                    let (mut from, mut to) = (s2, c2);
                    let mut buf = [0u8; 65536];
                    while let Ok(n) = from.read(&mut buf) {
                        if n > 0 && lost2.load(Ordering::SeqCst) {
                            kill2();
                            break;
                        }
                        if n == 0 || to.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = to.shutdown(Shutdown::Both);
                });
                std::thread::spawn(move || {
                    let (mut from, mut to) = (client, server);
                    let mut buf = [0u8; 16384];
                    let mut passed = 0usize;
                    while let Ok(n) = from.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        let now = *trap.lock().unwrap();
                        match now {
                            Trap::KillAfter(limit) if passed + n >= limit => {
                                let _ = to.write_all(&buf[..limit.saturating_sub(passed)]);
                                *trap.lock().unwrap() = Trap::None;
                                kill();
                                break;
                            }
                            Trap::KillAfterMove if buf[..n].starts_with(b"MOVE ") => {
                                lost.store(true, Ordering::SeqCst);
                                *trap.lock().unwrap() = Trap::None;
                            }
                            _ => {}
                        }
                        passed += n;
                        if to.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = from.shutdown(Shutdown::Both);
                    let _ = to.shutdown(Shutdown::Both);
                });
            }
        });
        Proxy { port, trap }
    }

    fn arm(&self, trap: Trap) {
        *self.trap.lock().unwrap() = trap;
    }
}

fn converge(devices: &mut [Device]) {
    sync_all(&mut devices.iter_mut().collect::<Vec<_>>());
    for d in devices.iter_mut() {
        let r = tessera_sync::sync(&mut d.db, None).unwrap();
        assert!(r.rejected.is_empty() && r.waiting.is_empty(), "{:?} {:?}", r.rejected, r.waiting);
    }
    let all: Vec<&Device> = devices.iter().collect();
    same(&all);
}

fn three_converge_through(root: &Path, share: &Target, seed: u64) {
    let (_, [a, b, c]) = three_on(root, share);
    let mut devices = vec![a, b, c];
    let mut rows = Vec::new();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    for _ in 0..4 {
        random_round(&mut rng, &mut devices, &mut rows, share);
    }
    converge(&mut devices);
    assert!(rows.len() > 8, "{} rows", rows.len());
    assert!(people_where(&devices[0].db, "1 = 1", "") > 0);
}

#[test]
fn three_devices_converge_through_a_webdav_server() {
    let tmp = tempfile::tempdir().unwrap();
    let (server, data) = webdav(tmp.path());
    three_converge_through(tmp.path(), &on_webdav(server.port), 18);
    // the files are on the server's disk, under the layout of a share
    assert!(data.join("Tessera").join("tessera-share.json").is_file());
    assert_eq!(std::fs::read_dir(data.join("Tessera").join("devices")).unwrap().count(), 3);
}

#[test]
fn a_wrong_password_is_refused_and_the_right_one_is_kept_sealed() {
    let tmp = tempfile::tempdir().unwrap();
    let (server, _) = webdav(tmp.path());
    let mut wrong = on_webdav(server.port);
    wrong.credentials = credentials("Tr0ub4dor&3");
    let mut a = organisation(tmp.path(), "a");
    match tessera_sync::setup(&mut a.db, &wrong, "a") {
        Err(tessera_sync::Error::Unauthorised { address }) => assert!(address.starts_with("http://127.0.0.1")),
        other => panic!("{other:?}"),
    }
    let no_password = Target { credentials: None, ..on_webdav(server.port) };
    assert!(matches!(
        tessera_sync::setup(&mut a.db, &no_password, "a"),
        Err(tessera_sync::Error::CredentialsMissing { .. })
    ));
    tessera_sync::setup(&mut a.db, &on_webdav(server.port), "a").unwrap();
    // later syncs use the kept password; it is in the file only sealed
    let r = tessera_sync::sync(&mut a.db, None).unwrap();
    assert!(r.rejected.is_empty());
    let path = a.db.path().to_path_buf();
    drop(a);
    let mut bytes = std::fs::read(&path).unwrap();
    if let Ok(wal) = std::fs::read(path.with_extension("db-wal")) {
        bytes.extend(wal);
    }
    assert!(!contains(&bytes, PASSWORD.as_bytes()), "the password is readable in the database");
    assert!(!contains(&bytes, b"horse battery"), "part of the password is readable in the database");
    // an unreachable server is its own sentence
    drop(server);
    let mut a = open(tmp.path(), "a");
    assert!(matches!(tessera_sync::sync(&mut a.db, None), Err(tessera_sync::Error::Unreachable { .. })));
}

#[test]
fn a_server_killed_in_the_middle_of_an_upload_loses_nothing_and_doubles_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (server, data) = webdav(tmp.path());
    let proxy = Proxy::start(server.port, server.killer());
    let share = on_webdav(proxy.port);
    let (mut a, code) = first(tmp.path(), &share);
    let mut b = join(tmp.path(), "b", &share, &code);
    // a bundle of some hundred kilobytes, cut after its first 64 KiB
    for i in 0..2000 {
        person(&mut a.db, &format!("{} {i}", NAMES[i % NAMES.len()]));
    }
    let pending = tessera_sync::status(&a.db).unwrap().pending_changes;
    assert!(pending >= 2000 * 5, "{pending}");
    proxy.arm(Trap::KillAfter(64 * 1024));
    let cut = tessera_sync::sync(&mut a.db, None);
    assert!(matches!(cut, Err(tessera_sync::Error::Unreachable { .. })), "{cut:?}");
    let a_dir = data.join("Tessera").join("devices").join(a.db.device_id().to_string());
    let names = |dir: &Path| -> Vec<String> {
        std::fs::read_dir(dir).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect()
    };
    assert!(!names(&a_dir).iter().any(|n| n.ends_with(".bundle")), "half a bundle under its name: {:?}", names(&a_dir));

    server.restart();
    let r = tessera_sync::sync(&mut a.db, None).unwrap();
    assert_eq!(r.sent as u64, pending, "every change goes out once the server is back");
    assert!(!names(&a_dir).iter().any(|n| n.starts_with(".tmp-")), "the cut upload is cleared: {:?}", names(&a_dir));

    // the answer to the MOVE of the next bundle is lost, and the server dies with it
    for i in 0..50 {
        person(&mut a.db, &format!("Later {i}"));
    }
    proxy.arm(Trap::KillAfterMove);
    assert!(tessera_sync::sync(&mut a.db, None).is_err());
    server.restart();
    let r = tessera_sync::sync(&mut a.db, None).unwrap();
    assert_eq!(r.sent, 0, "the bundle that arrived is taken up as sent, not written again");
    let bundles: Vec<String> = names(&a_dir).into_iter().filter(|n| n.ends_with(".bundle")).collect();
    assert_eq!(bundles.len(), 2, "{bundles:?}");

    let got = tessera_sync::sync(&mut b.db, None).unwrap();
    assert!(got.rejected.is_empty() && got.waiting.is_empty(), "{:?} {:?}", got.rejected, got.waiting);
    assert_eq!(got.bundles, 2);
    assert_eq!(people_where(&b.db, "1 = 1", ""), 2050, "nothing lost, nothing twice");
    same(&[&a, &b]);
}

fn moto(root: &Path) -> Server {
    let port = free_port();
    let _ = root;
    let command = ["python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", &port.to_string()];
    let server = Server::start(command.iter().map(|s| s.to_string()).collect(), port);
    // the bucket (moto lets anyone create one)
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let r = agent.put(&format!("http://127.0.0.1:{port}/tessera")).send(&b""[..]).unwrap();
    assert!(r.status().is_success(), "bucket: {}", r.status());
    server
}

#[test]
fn three_devices_converge_through_an_s3_bucket() {
    let tmp = tempfile::tempdir().unwrap();
    let server = moto(tmp.path());
    let share = Target {
        location: Location::S3 {
            url: format!("http://127.0.0.1:{}/tessera/coalition", server.port),
            region: tessera_sync::transport::DEFAULT_REGION.into(),
        },
        credentials: Some(Credentials { user: "AKIDEXAMPLE".into(), password: "wJalrXUtnFEMI/K7MDENG".into() }),
    };
    three_converge_through(tmp.path(), &share, 19);
    // a bucket that is not there is its own sentence
    let mut missing = share.clone();
    missing.location = Location::S3 {
        url: format!("http://127.0.0.1:{}/no-such-bucket", server.port),
        region: tessera_sync::transport::DEFAULT_REGION.into(),
    };
    let mut d = open(tmp.path(), "d");
    assert!(matches!(
        tessera_sync::join(&mut d.db, &missing, &tessera_sync::Secret::Code("x".repeat(24)), "d"),
        Err(tessera_sync::Error::ShareNotFound { .. })
    ));
}

#[test]
fn an_export_queued_while_the_server_is_down_goes_out_when_it_is_back() {
    let tmp = tempfile::tempdir().unwrap();
    let (server, data) = webdav(tmp.path());
    let (mut a, _) = first(tmp.path(), &on_webdav(server.port));
    (server.killer())();
    let pdf = b"%PDF-1.7 the EU narrative report".to_vec();
    let item = tessera_sync::queue(&a.db, "Raporti EU 2026.pdf", &pdf).unwrap();
    assert!(matches!(tessera_sync::sync(&mut a.db, None), Err(tessera_sync::Error::Unreachable { .. })));
    let waiting = tessera_sync::status(&a.db).unwrap().outbox;
    assert_eq!(waiting.len(), 1);
    assert_eq!((waiting[0].item, waiting[0].sent_ms), (item, None));
    // a restart of the program: the item is in the database, not in memory
    drop(a);
    let mut a = open(tmp.path(), "a");
    server.restart();
    let r = tessera_sync::sync(&mut a.db, None).unwrap();
    assert_eq!((r.outbox_sent, r.outbox_failed), (1, 0));
    let outbox = data.join("Tessera").join("outbox");
    assert_eq!(std::fs::read(outbox.join("Raporti EU 2026.pdf")).unwrap(), pdf);
    let sent = tessera_sync::status(&a.db).unwrap().outbox;
    assert!(sent[0].sent_ms.is_some(), "{sent:?}");
    // the same name again is not overwritten
    tessera_sync::queue(&a.db, "Raporti EU 2026.pdf", b"%PDF-1.7 corrected").unwrap();
    let r = tessera_sync::sync(&mut a.db, None).unwrap();
    assert_eq!(r.outbox_sent, 1);
    assert_eq!(std::fs::read(outbox.join("Raporti EU 2026 (2).pdf")).unwrap(), b"%PDF-1.7 corrected");
    assert_eq!(std::fs::read(outbox.join("Raporti EU 2026.pdf")).unwrap(), pdf);
    let r = tessera_sync::sync(&mut a.db, None).unwrap();
    assert_eq!(r.outbox_sent, 0, "a sent item goes once");
}
