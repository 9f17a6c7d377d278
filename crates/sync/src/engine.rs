//! One sync, in order: read the other devices' status files (whom they revoked, what they
//! have of ours), apply each device's bundles after the last one applied here (in sequence,
//! each checked: signature, seal, chain, revocation), publish this device's new changes as
//! its next bundle, now and then a snapshot for devices that join, a status file of its own,
//! and remove bundles of ours every active device has and a snapshot covers. A file that is
//! refused is named in the report with its reason and the rest still apply; a gap (a file
//! the file-sync engine has not delivered yet) waits for the next sync.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use tessera_core::store::merge::Change;
use tessera_core::Db;
use uuid::Uuid;

use crate::bundle::{
    self, BundleBody, ChangeSet, Covered, GrantBody, Header, KeyGrant, Kind, Rejection, SnapshotBody, StatusBody,
};
use crate::crypto;
use crate::enrol::{self, Enrolment};
use crate::share::{Files, Share};
use crate::state::{Revoked, State};
use crate::transport::{Credentials, Location};
use crate::{Error, Result};

/// A snapshot every this many bundles of ours, so a joining device reads little after it
/// and old bundles can go.
pub const SNAPSHOT_EVERY: u64 = 32;

/// This computer's name, as the other devices see it unless one is given.
pub fn device_name() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

fn now_ms() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

/// A file that was not applied (or waits), and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Problem {
    pub file: String,
    /// `Rejection::code()`, or `waiting` for a gap in a device's chain.
    pub code: String,
}

/// What one sync (or join) did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Bundles (and a snapshot, when joining) applied.
    pub bundles: usize,
    /// Changes that won their cell here.
    pub changes: usize,
    pub conflicts: usize,
    pub quarantined: usize,
    /// This device's new bundle and how many changes it carries.
    pub written: Option<String>,
    pub sent: usize,
    pub rejected: Vec<Problem>,
    pub waiting: Vec<Problem>,
    /// Another device revoked this one: nobody applies its bundles any more.
    pub revoked_here: bool,
    /// Persons erased by this sync (received or sent): a snapshot follows, so the bundles that
    /// still hold their values (sealed) can go sooner.
    pub erased: usize,
    /// Outbox items uploaded to the share's `outbox/` folder, and those that failed (they are
    /// tried again after a backoff).
    pub outbox_sent: usize,
    pub outbox_failed: usize,
}

impl Report {
    fn add(&mut self, r: &tessera_core::store::merge::ApplyReport) {
        self.changes += r.applied;
        self.conflicts += r.conflicts;
        self.quarantined += r.quarantined;
        self.erased += r.erased;
    }

    /// What a later step (the sync after a join's snapshot) did, added to this.
    fn absorb(&mut self, more: Report) {
        self.bundles += more.bundles;
        self.changes += more.changes;
        self.conflicts += more.conflicts;
        self.quarantined += more.quarantined;
        self.erased += more.erased;
        self.rejected.extend(more.rejected);
        self.waiting = more.waiting;
        self.written = more.written;
        self.sent = more.sent;
        self.revoked_here |= more.revoked_here;
        self.outbox_sent += more.outbox_sent;
        self.outbox_failed += more.outbox_failed;
    }

    /// A file the file-sync engine has not delivered (whole) yet.
    fn wait(&mut self, file: String) {
        self.waiting.push(Problem { file, code: "waiting".into() });
    }

    fn reject(&mut self, file: String, r: Rejection) {
        self.rejected.push(Problem { file, code: r.code().to_string() });
    }
}

/// A share and how to get in: a folder, or a server's address with its user and password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub location: Location,
    pub credentials: Option<Credentials>,
}

impl Target {
    pub fn folder(path: &Path) -> Target {
        Target { location: Location::Folder { path: path.to_path_buf() }, credentials: None }
    }
}

/// The share of `target`, else the one this device set up or joined, with the credentials
/// given or kept.
fn connect(db: &Db, state: &State, target: Option<&Target>) -> Result<Share> {
    let kept = || state.credentials(db);
    let (location, credentials) = match target {
        Some(t) if t.location != state.share => (&t.location, t.credentials.clone()),
        Some(t) => (&t.location, t.credentials.clone().or_else(kept)),
        None => (&state.share, kept()),
    };
    Share::open(location, credentials.as_ref())
}

/// The first device's setup: what to give colleagues.
#[derive(Debug, Clone)]
pub struct Setup {
    pub code: String,
    /// The share's address (a folder's path, a URL).
    pub address: String,
    pub device: Uuid,
}

/// How a joining device proves it may: the code, or an enrolment file and its passphrase.
#[derive(Debug, Clone)]
pub enum Secret {
    Code(String),
    File(PathBuf, String),
}

fn header(state: &State, kind: Kind, seq: u64, prev: [u8; 32]) -> Header {
    Header {
        kind,
        org: *state.org.as_bytes(),
        epoch: state.epoch,
        device: *state.device.as_bytes(),
        key: state.device_key().public(),
        seq,
        prev,
        first_change: 0,
        last_change: 0,
        hlc_min: 0,
        hlc_max: 0,
        schema_version: 0,
        created_ms: now_ms(),
        plain_len: 0,
    }
}

/// The ranges a header names for `changes`.
fn ranges(h: &mut Header, changes: &[Change], me: Uuid) {
    let mine = changes.iter().filter(|c| c.device == me).map(|c| c.seq);
    h.first_change = mine.clone().min().unwrap_or(0);
    h.last_change = mine.max().unwrap_or(0);
    h.hlc_min = changes.iter().map(|c| c.hlc.raw()).min().unwrap_or(0);
    h.hlc_max = changes.iter().map(|c| c.hlc.raw()).max().unwrap_or(0);
    h.schema_version = changes.iter().map(|c| c.schema_version).max().unwrap_or(0);
}

fn has_organisation(db: &Db) -> Result<bool> {
    let n: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM organisations", [], |r| r.get(0))
        .map_err(tessera_core::Error::from)?;
    Ok(n > 0)
}

/// One sync at a time per database (the app's timer and a `tessera sync` in a terminal would
/// otherwise both write this device's next bundle): an exclusive lock on `<db>.sync-lock`,
/// held until the value is dropped. In-memory databases (tests) need none.
struct Exclusive(#[allow(dead_code)] Option<std::fs::File>);

fn exclusive(db: &Db) -> Result<Exclusive> {
    let path = db.path();
    if path.as_os_str() == ":memory:" {
        return Ok(Exclusive(None));
    }
    let mut name = path.as_os_str().to_owned();
    name.push(".sync-lock");
    let lock = PathBuf::from(name);
    let io = |source| tessera_core::Error::Io { path: lock.display().to_string(), source };
    let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&lock).map_err(io)?;
    file.lock().map_err(io)?;
    Ok(Exclusive(Some(file)))
}

/// The first device: a new organisation key, the share's layout in `folder` (made when its
/// parent exists), a snapshot of everything for those who join, and an enrolment code.
pub fn setup(db: &mut Db, target: &Target, name: &str) -> Result<Setup> {
    let _one = exclusive(db)?;
    if let Some(s) = State::load(db)? {
        return Err(Error::AlreadySetUp { folder: s.share.address() });
    }
    if !has_organisation(db)? {
        return Err(tessera_core::Error::NotInitialised.into());
    }
    if let Location::Folder { path: folder } = &target.location {
        if !folder.is_dir() && folder.parent().is_some_and(|p| p.as_os_str().is_empty() || p.is_dir()) {
            let _ = std::fs::create_dir(folder);
        }
    }
    let location = target.location.clone().normalised()?;
    let share = Share::open(&location, target.credentials.as_ref())?;
    if share.marker()?.is_some() {
        return Err(Error::ShareInUse { path: share.name("") });
    }
    let me = db.device_id();
    let mut published: std::collections::BTreeMap<Uuid, u64> = Default::default();
    for d in std::iter::once(me).chain(db.previous_devices()?) {
        published.insert(d, db.device_seq(d)?);
    }
    let mut state = State::new(location, Uuid::new_v4(), &[(1, crypto::random())], me, name, published);
    state.set_credentials(db, target.credentials.as_ref());
    let code = write_enrolment(&share, &state)?;
    write_snapshot(db, &share, &mut state)?;
    write_status(db, &share, &mut state)?;
    state.last_sync_ms = Some(now_ms());
    state.save(db)?;
    // last: a share is one once everything a joining device needs is in it
    share.create(state.org)?;
    Ok(Setup { code, address: state.share.address(), device: me })
}

/// A new enrolment code, and the organisation's keys sealed under it in this device's folder.
fn write_enrolment(share: &Share, state: &State) -> Result<String> {
    let (code_bytes, code) = enrol::new_code();
    let id = data_encoding::HEXLOWER.encode(&crypto::random::<4>());
    share.write(&share.enrolment_key(state.device, &id), &enrol::seal(&enrolment(state), &code_bytes))?;
    Ok(code)
}

fn enrolment(state: &State) -> Enrolment {
    Enrolment { org: *state.org.as_bytes(), keys: state.all_keys(), by: *state.device.as_bytes() }
}

/// A passphrase-protected enrolment file to hand to a colleague.
pub fn enrolment_file(db: &Db, path: &Path, passphrase: &str) -> Result<()> {
    let state = State::load(db)?.ok_or(Error::NotSetUp)?;
    let bytes = enrol::seal(&enrolment(&state), passphrase.as_bytes());
    tessera_core::attachments::write_whole(path, &bytes)?;
    Ok(())
}

/// Another device joins: the key from the code (or file), the newest snapshot in the share,
/// then every bundle after it. `db` must not hold an organisation yet.
pub fn join(db: &mut Db, target: &Target, secret: &Secret, name: &str) -> Result<Report> {
    join_with(db, target, secret, name, &mut |_, _| {})
}

/// `join`, telling `progress(done, total)`: the snapshot, then each bundle after it.
pub fn join_with(
    db: &mut Db,
    target: &Target,
    secret: &Secret,
    name: &str,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Report> {
    let one = exclusive(db)?;
    if let Some(s) = State::load(db)? {
        return Err(Error::AlreadySetUp { folder: s.share.address() });
    }
    if has_organisation(db)? {
        return Err(Error::JoinNotEmpty { path: db.path().display().to_string() });
    }
    let location = target.location.clone().normalised()?;
    let share = Share::open(&location, target.credentials.as_ref())?;
    let path = || share.name("");
    let marker = share.marker()?.ok_or_else(|| Error::NotAShare { path: path() })?;
    let e = match secret {
        Secret::Code(text) => {
            let code = enrol::parse_code(text).ok_or(Error::CodeMalformed)?;
            let mut found = None;
            for key in share.enrolments()? {
                if let Some(e) = share.read(&key)?.and_then(|b| enrol::open(&b, &code)) {
                    found = Some(e);
                    break;
                }
            }
            found.ok_or_else(|| Error::WrongCode { path: path() })?
        }
        Secret::File(file, pass) => {
            let bytes = std::fs::read(file)
                .map_err(|source| tessera_core::Error::Io { path: file.display().to_string(), source })?;
            enrol::open(&bytes, pass.as_bytes())
                .ok_or_else(|| Error::WrongPassphrase { path: file.display().to_string() })?
        }
    };
    if e.org != *marker.organisation.as_bytes() {
        return Err(Error::OtherOrganisation { path: path() });
    }
    let me = db.device_id();
    if e.keys.is_empty() {
        return Err(Error::WrongCode { path: path() });
    }
    let mut state = State::new(location, marker.organisation, &e.keys, me, name, [(me, 0)].into_iter().collect());
    state.set_credentials(db, target.credentials.as_ref());
    let mut report = Report::default();
    // the newest snapshot any device left
    let mut best: Option<(Header, SnapshotBody)> = None;
    for d in share.devices()? {
        for (_, key) in share.files(d)?.snapshots {
            let Some(bytes) = share.read(&key)? else { continue };
            match read_checked::<SnapshotBody>(&bytes, d, Kind::Snapshot, &state) {
                Ok((h, body)) if best.as_ref().is_none_or(|(b, _)| h.created_ms > b.created_ms) => {
                    best = Some((h, body))
                }
                Ok(_) => {}
                Err(r) => report.reject(share.name(&key), r),
            }
        }
    }
    let (h, snap) = best.ok_or_else(|| Error::NoSnapshot { path: path() })?;
    for r in &snap.revoked {
        learn_revocation(&mut state, r);
    }
    let writer = Uuid::from_bytes(h.device);
    let changes = snap.changes.changes().ok_or(Error::NoSnapshot { path: path() })?;
    progress(0, 1);
    let applied = db.apply(&allowed(changes, &state))?;
    report.add(&applied);
    report.bundles += 1;
    for c in &snap.covered {
        let d = Uuid::from_bytes(c.device);
        if d != me {
            let peer = state.peers.entry(d).or_default();
            peer.seq = c.bundle;
            peer.hash = c.hash;
        }
    }
    let peer = state.peers.entry(writer).or_default();
    peer.key = h.key;
    peer.name = snap.name.clone();
    state.save(db)?;
    drop(one);
    report.absorb(sync_with(db, None, progress)?);
    Ok(report)
}

/// Read one of device `d`'s files of `kind`: header checks first (organisation, device, key
/// epoch, pinned key), then signature and seal.
fn read_checked<T: for<'de> serde::Deserialize<'de>>(
    bytes: &[u8],
    d: Uuid,
    kind: Kind,
    state: &State,
) -> Result<(Header, T), Rejection> {
    let (h, end) = bundle::peek(bytes)?;
    if h.kind != kind {
        return Err(Rejection::NotABundle);
    }
    if h.org != *state.org.as_bytes() {
        return Err(Rejection::Foreign);
    }
    if h.device != *d.as_bytes() {
        return Err(Rejection::WrongDevice);
    }
    let key = state.key_for(h.epoch).ok_or(Rejection::UnknownKey)?;
    if let Some(p) = state.peers.get(&d) {
        if p.key != [0; 32] && p.key != h.key {
            return Err(Rejection::KeyChanged);
        }
    }
    let body = bundle::open(bytes, &h, end, &key)?;
    Ok((h, body))
}

/// A revoked device's changes after its revocation are dropped, whoever carries them.
fn allowed(changes: Vec<Change>, state: &State) -> Vec<Change> {
    if state.revoked.is_empty() {
        return changes;
    }
    changes.into_iter().filter(|c| state.revoked.get(&c.device).is_none_or(|r| c.seq <= r.change_seq)).collect()
}

fn learn_revocation(state: &mut State, r: &bundle::Revocation) {
    let d = Uuid::from_bytes(r.device);
    state.revoked.entry(d).or_insert(Revoked {
        bundle: r.bundle,
        change_seq: r.change_seq,
        by: Uuid::from_bytes(r.by),
        at_ms: r.at_ms,
    });
}

/// Exchange changes with the other devices through the share (`target`, else the one set
/// up or joined).
pub fn sync(db: &mut Db, target: Option<&Target>) -> Result<Report> {
    sync_with(db, target, &mut |_, _| {})
}

/// `sync`, telling `progress(done, total)` after each bundle it applies.
///
/// A connection that drops half-way leaves nothing half-applied: what was applied is
/// applied again harmlessly next time, and this device's new bundle is recorded as sent the
/// moment it is in the share (a bundle that arrived although its answer was lost is taken
/// up again, never written twice under one number).
pub fn sync_with(db: &mut Db, target: Option<&Target>, progress: &mut dyn FnMut(usize, usize)) -> Result<Report> {
    let _one = exclusive(db)?;
    let mut state = State::current(db)?;
    let share = connect(db, &state, target)?;
    let me = state.device;
    let devices = share.devices()?;
    match share.check(state.org) {
        // a setup that stopped before its last step, or a marker the file-sync engine lost
        Err(Error::NotAShare { .. }) if devices.contains(&me) => share.create(state.org)?,
        other => other?,
    }
    let mut report = Report::default();
    let mut files: Vec<(Uuid, Files)> = Vec::new();
    for d in devices.iter().copied().filter(|d| *d != me) {
        files.push((d, share.files(d)?));
    }
    for (d, f) in &files {
        read_grants(&share, *d, f, &mut state, &mut report)?;
    }
    for (d, _) in &files {
        read_status(&share, *d, &mut state, &mut report)?;
    }
    let total: usize = files
        .iter()
        .map(|(d, f)| {
            let last = state.peers.get(d).map_or(0, |p| p.seq);
            f.bundles.iter().filter(|(n, _)| *n > last).count()
        })
        .sum();
    progress(0, total);
    for (d, f) in &files {
        receive(db, &share, *d, f, &mut state, &mut report)?;
        progress(report.bundles.min(total), total);
    }
    let mine = share.files(me)?;
    publish(db, &share, &mine, &mut state, &mut report)?;
    if state.out_seq >= state.snapshot_covers + SNAPSHOT_EVERY || report.erased > 0 {
        write_snapshot(db, &share, &mut state)?;
    }
    write_status(db, &share, &mut state)?;
    collect_garbage(&share, &mine, &state);
    send_outbox(db, &share, &mut report)?;
    state.last_sync_ms = Some(now_ms());
    state.problems = report.rejected.clone();
    state.save(db)?;
    Ok(report)
}

/// A newer organisation key another device granted this one (after it revoked a device).
fn read_grants(share: &Share, d: Uuid, files: &Files, state: &mut State, report: &mut Report) -> Result<()> {
    if state.revoked.contains_key(&d) {
        return Ok(());
    }
    for (n, key) in &files.grants {
        if *n <= u64::from(state.epoch) {
            continue;
        }
        let Some(bytes) = share.read(key)? else { continue };
        let body = match read_checked::<GrantBody>(&bytes, d, Kind::Grant, state) {
            Ok((_, body)) => body,
            Err(r) => {
                report.reject(share.name(key), r);
                continue;
            }
        };
        let mine = body.grants.iter().find(|(x, _)| *x == *state.device.as_bytes());
        let grant = mine
            .and_then(|(_, sealed)| crypto::unseal(&state.box_secret, sealed))
            .and_then(|plain| postcard::from_bytes::<KeyGrant>(&plain).ok());
        match grant {
            Some(g) if g.org == *state.org.as_bytes() && g.epoch == body.epoch && g.epoch > state.epoch => {
                state.advance(g.epoch, g.key)
            }
            // not for this device: it keeps the key it has (and is told, below, when revoked)
            _ => {}
        }
    }
    Ok(())
}

fn read_status(share: &Share, d: Uuid, state: &mut State, report: &mut Report) -> Result<()> {
    if state.revoked.contains_key(&d) {
        return Ok(());
    }
    let key = share.status_key(d);
    let Some(bytes) = share.read(&key)? else { return Ok(()) };
    match read_checked::<StatusBody>(&bytes, d, Kind::Status, state) {
        Ok((h, body)) => {
            for r in &body.revoked {
                if r.device == *state.device.as_bytes() {
                    report.revoked_here = true;
                } else {
                    learn_revocation(state, r);
                }
            }
            let me = *state.device.as_bytes();
            let peer = state.peers.entry(d).or_default();
            peer.key = h.key;
            peer.name = body.name;
            peer.synced_ms = Some(body.synced_ms);
            peer.acked = body.acks.iter().find(|(x, _)| *x == me).map_or(0, |(_, s)| *s);
            peer.box_key = body.box_key;
        }
        Err(r) => report.reject(share.name(&key), r),
    }
    Ok(())
}

/// Device `d`'s bundles after the last applied here, in sequence, until a gap or a refusal.
fn receive(db: &mut Db, share: &Share, d: Uuid, files: &Files, state: &mut State, report: &mut Report) -> Result<()> {
    for &(seq, ref key) in &files.bundles {
        let last = state.peers.get(&d).map_or(0, |p| p.seq);
        if seq <= last {
            continue;
        }
        if seq != last + 1 {
            report.wait(share.name(&share.bundle_key(d, last + 1)));
            break;
        }
        if state.is_revoked(d, seq) {
            report.reject(share.name(key), Rejection::Revoked);
            break;
        }
        let Some(bytes) = share.read(key)? else {
            report.wait(share.name(key));
            break;
        };
        let checked = read_checked::<BundleBody>(&bytes, d, Kind::Bundle, state).and_then(|(h, body)| {
            let prev = state.peers.get(&d).map_or([0; 32], |p| p.hash);
            if h.seq != seq || h.prev != prev {
                return Err(Rejection::OutOfOrder);
            }
            Ok((h, body))
        });
        let (h, body) = match checked {
            Ok(x) => x,
            Err(r) => {
                report.reject(share.name(key), r);
                break;
            }
        };
        let Some(changes) = body.changes.changes() else {
            report.reject(share.name(key), Rejection::Unreadable);
            break;
        };
        let applied = db.apply(&allowed(changes, state))?;
        report.add(&applied);
        report.bundles += 1;
        let peer = state.peers.entry(d).or_default();
        peer.key = h.key;
        peer.name = body.name;
        peer.seq = seq;
        peer.hash = bundle::hash(&bytes);
        peer.received += 1;
    }
    Ok(())
}

/// Bundles of ours in the share that this device has no record of writing: sent, but the
/// answer (or the record) was lost — a dropped connection, a crash. Taken up as sent, so the
/// chain goes on from them and no number is ever written twice.
fn take_up(share: &Share, mine: &Files, state: &mut State) -> Result<()> {
    for (seq, key) in &mine.bundles {
        if *seq != state.out_seq + 1 {
            continue;
        }
        let Some(bytes) = share.read(key)? else { break };
        let Ok((h, body)) = read_checked::<BundleBody>(&bytes, state.device, Kind::Bundle, state) else { break };
        let Some(changes) = body.changes.changes() else { break };
        if h.key != state.device_key().public() || h.prev != state.out_hash {
            break;
        }
        state.out_seq = *seq;
        state.out_hash = bundle::hash(&bytes);
        for c in &changes {
            let p = state.published.entry(c.device).or_insert(0);
            *p = (*p).max(c.seq);
        }
    }
    Ok(())
}

/// This device's changes not yet in a bundle, as its next bundle.
fn publish(db: &mut Db, share: &Share, mine: &Files, state: &mut State, report: &mut Report) -> Result<()> {
    if mine.bundles.iter().any(|(n, _)| *n > state.out_seq) {
        take_up(share, mine, state)?;
        state.save(db)?;
    }
    // nothing new (the common case) is known without reading the log
    if pending(db, state)? == 0 {
        return Ok(());
    }
    let after: HashMap<Uuid, u64> = state.published.iter().map(|(d, s)| (*d, *s)).collect();
    let changes = db.changes_of(&after)?;
    if changes.is_empty() {
        return Ok(());
    }
    let seq = state.out_seq + 1;
    let mut h = header(state, Kind::Bundle, seq, state.out_hash);
    ranges(&mut h, &changes, state.device);
    let body = BundleBody { name: state.name.clone(), changes: ChangeSet::new(&changes) };
    let bytes = bundle::encode(h, &body, &state.org_key, &state.device_key());
    let key = share.bundle_key(state.device, seq);
    share.write(&key, &bytes)?;
    state.out_seq = seq;
    state.out_hash = bundle::hash(&bytes);
    for c in &changes {
        let p = state.published.entry(c.device).or_insert(0);
        *p = (*p).max(c.seq);
    }
    // recorded at once: whatever fails after this, the bundle is never written again
    state.save(db)?;
    report.written = Some(share.name(&key));
    report.sent = changes.len();
    report.erased += changes.iter().filter(|c| c.column == tessera_core::store::schema::ERASE).count();
    Ok(())
}

/// Everything this device holds, for devices that join; older snapshots of ours go.
fn write_snapshot(db: &Db, share: &Share, state: &mut State) -> Result<()> {
    let changes = allowed(db.changes(&HashMap::new())?, state);
    let mut covered = vec![Covered { device: *state.device.as_bytes(), bundle: state.out_seq, hash: state.out_hash }];
    covered.extend(state.peers.iter().map(|(d, p)| Covered { device: *d.as_bytes(), bundle: p.seq, hash: p.hash }));
    let revoked = state.revoked.iter().map(|(d, r)| r.wire(*d)).collect();
    let n = state.snapshots + 1;
    let mut h = header(state, Kind::Snapshot, n, [0; 32]);
    ranges(&mut h, &changes, state.device);
    let body = SnapshotBody { name: state.name.clone(), covered, revoked, changes: ChangeSet::new(&changes) };
    let bytes = bundle::encode(h, &body, &state.org_key, &state.device_key());
    share.write(&share.snapshot_key(state.device, n), &bytes)?;
    for (old, key) in share.files(state.device)?.snapshots {
        if old < n {
            share.remove(&key);
        }
    }
    state.snapshots = n;
    state.snapshot_covers = state.out_seq;
    Ok(())
}

fn pending(db: &Db, state: &State) -> Result<u64> {
    let mut n = 0;
    for (d, s) in &state.published {
        n += db.device_seq(*d)?.saturating_sub(*s);
    }
    Ok(n)
}

fn write_status(db: &Db, share: &Share, state: &mut State) -> Result<()> {
    let body = StatusBody {
        name: state.name.clone(),
        synced_ms: now_ms(),
        acks: state.peers.iter().map(|(d, p)| (*d.as_bytes(), p.seq)).collect(),
        revoked: state.revoked.iter().map(|(d, r)| r.wire(*d)).collect(),
        pending: pending(db, state)?,
        box_key: crypto::box_public(&state.box_secret),
    };
    let n = state.status_seq + 1;
    let bytes = bundle::encode(header(state, Kind::Status, n, [0; 32]), &body, &state.org_key, &state.device_key());
    share.write(&share.status_key(state.device), &bytes)?;
    state.status_seq = n;
    Ok(())
}

/// Our bundles that every device not revoked has applied and our newest snapshot covers, and
/// what an upload that did not finish left under a temporary name.
fn collect_garbage(share: &Share, mine: &Files, state: &State) {
    let acked = state.peers.iter().filter(|(d, _)| !state.revoked.contains_key(d)).map(|(_, p)| p.acked).min();
    let upto = acked.unwrap_or(u64::MAX).min(state.snapshot_covers);
    for (seq, key) in &mine.bundles {
        if *seq <= upto {
            share.remove(key);
        }
    }
    for key in &mine.leftovers {
        share.remove(key);
    }
}

/// The outbox's items that are due, each uploaded to `outbox/` under its name (a name already
/// there gets ` (2)`, ` (3)` … before its extension: nothing in the outbox is overwritten).
fn send_outbox(db: &Db, share: &Share, report: &mut Report) -> Result<()> {
    let now = now_ms();
    let due = db.outbox_due(now, false)?;
    if due.is_empty() {
        return Ok(());
    }
    let mut taken: std::collections::HashSet<String> = share.outbox()?.into_iter().collect();
    for item in due {
        let Some(bytes) = db.outbox_bytes(item.item)? else { continue };
        let name = free_name(&item.name, &taken);
        match share.write(&share.outbox_key(&name), &bytes) {
            Ok(()) => {
                db.outbox_sent(item.item, now_ms())?;
                taken.insert(name);
                report.outbox_sent += 1;
            }
            Err(e) => {
                db.outbox_failed(item.item, e.code(), now_ms())?;
                report.outbox_failed += 1;
            }
        }
    }
    Ok(())
}

fn free_name(name: &str, taken: &std::collections::HashSet<String>) -> String {
    if !taken.contains(name) {
        return name.to_string();
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s, format!(".{e}")),
        _ => (name, String::new()),
    };
    (2..).map(|n| format!("{stem} ({n}){ext}")).find(|n| !taken.contains(n)).expect("a free name")
}

/// Queue an export for the share's `outbox/` folder: it goes with the next sync that reaches
/// the share (at once when `sync` is called next), and waits across restarts until then.
pub fn queue(db: &Db, name: &str, bytes: &[u8]) -> Result<i64> {
    Ok(db.outbox_queue(name, bytes, now_ms())?)
}

/// A device as `sync status` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct DeviceStatus {
    pub device: Uuid,
    pub name: String,
    pub this_device: bool,
    /// Milliseconds since the epoch, by that device's clock.
    pub last_sync_ms: Option<u64>,
    pub bundles_received: u64,
    /// The last of this device's bundles it has applied.
    pub acknowledged: u64,
    pub revoked: bool,
}

/// `sync status`: this device, the others, what waits, what went wrong.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    /// `folder`, `webdav` or `s3`.
    pub kind: &'static str,
    /// The share's address: a folder's path, a URL.
    pub address: String,
    pub organisation: Uuid,
    pub device: Uuid,
    pub pending_changes: u64,
    pub bundles_sent: u64,
    pub bundles_received: u64,
    pub conflicts: usize,
    pub quarantined: usize,
    pub devices: Vec<DeviceStatus>,
    /// From the last sync, and now: the folder missing, a device's clock far ahead.
    pub problems: Vec<Problem>,
    /// Exports queued for the share's `outbox/` folder, newest first.
    pub outbox: Vec<tessera_core::store::outbox::OutboxItem>,
}

pub fn status(db: &Db) -> Result<Status> {
    let state = State::current(db)?;
    let mut problems = state.problems.clone();
    let address = state.share.address();
    if let Location::Folder { path } = &state.share {
        if !path.is_dir() {
            problems.push(Problem { file: address.clone(), code: "folder-missing".into() });
        }
    }
    let now = now_ms();
    let received: u64 = state.peers.values().map(|p| p.received).sum();
    let mut devices = vec![DeviceStatus {
        device: state.device,
        name: state.name.clone(),
        this_device: true,
        last_sync_ms: state.last_sync_ms,
        bundles_received: received,
        acknowledged: state.out_seq,
        revoked: false,
    }];
    for (d, p) in &state.peers {
        if p.synced_ms.is_some_and(|t| t > now + tessera_core::store::merge::MAX_AHEAD_MS) {
            problems.push(Problem { file: state.share.name_of(&format!("devices/{d}")), code: "clock-ahead".into() });
        }
        devices.push(DeviceStatus {
            device: *d,
            name: p.name.clone(),
            this_device: false,
            last_sync_ms: p.synced_ms,
            bundles_received: p.seq,
            acknowledged: p.acked,
            revoked: state.revoked.contains_key(d),
        });
    }
    Ok(Status {
        kind: state.share.kind(),
        address,
        organisation: state.org,
        device: state.device,
        pending_changes: pending(db, &state)?,
        bundles_sent: state.out_seq,
        bundles_received: received,
        conflicts: db.conflicts()?.len(),
        quarantined: db.quarantined()?.len(),
        devices,
        problems,
        outbox: db.outbox()?,
    })
}

/// Refuse device `who` (its id, the start of it, or its name) from its next bundle on, here
/// and, through this device's status file, on every other.
pub fn revoke(db: &mut Db, who: &str) -> Result<(Uuid, String)> {
    let _one = exclusive(db)?;
    let mut state = State::current(db)?;
    let wanted = who.trim().to_lowercase();
    let matches: Vec<Uuid> = state
        .peers
        .iter()
        .filter(|(d, p)| {
            let (full, simple) = (d.to_string(), d.simple().to_string());
            full == wanted
                || (wanted.len() >= 4 && (full.starts_with(&wanted) || simple.starts_with(&wanted)))
                || p.name.to_lowercase() == wanted
        })
        .map(|(d, _)| *d)
        .collect();
    if wanted == state.device.to_string() || (wanted.len() >= 4 && state.device.to_string().starts_with(&wanted)) {
        return Err(Error::RevokeSelf);
    }
    let d = match matches.as_slice() {
        [d] => *d,
        [] => return Err(Error::DeviceUnknown { device: who.to_string() }),
        _ => return Err(Error::DeviceAmbiguous { device: who.to_string() }),
    };
    let peer = state.peers[&d].clone();
    state
        .revoked
        .insert(d, Revoked { bundle: peer.seq, change_seq: db.device_seq(d)?, by: state.device, at_ms: now_ms() });
    state.save(db)?;
    // tell the others now when the share is there; else the next sync does
    if let Ok(share) = connect(db, &state, None) {
        if write_status(db, &share, &mut state).is_ok() {
            state.save(db)?;
        }
    }
    Ok((d, peer.name))
}

/// A new organisation key after a revocation: sealed for every device that is not revoked
/// and has told its box key (its status file), in a grant file sealed with the old key; from
/// now on this device seals with it, and the others once they read the grant. The old
/// enrolment codes stop working: the new code (returned) hands over every key. Devices not
/// reached (no box key yet) keep the old key and join again with the new code.
pub fn rotate_key(db: &mut Db) -> Result<Rotated> {
    let _one = exclusive(db)?;
    let mut state = State::current(db)?;
    let share = connect(db, &state, None)?;
    share.check(state.org)?;
    let epoch = state.epoch + 1;
    let key: [u8; 32] = crypto::random();
    let grant = KeyGrant { org: *state.org.as_bytes(), epoch, key };
    let plain = postcard::to_allocvec(&grant).expect("a grant is postcard");
    let mut grants = Vec::new();
    let mut unreached = Vec::new();
    for (d, p) in &state.peers {
        if state.revoked.contains_key(d) {
            continue;
        }
        if p.box_key == [0; 32] {
            unreached.push(p.name.clone());
        } else {
            grants.push((*d.as_bytes(), crypto::seal_to(&p.box_key, &plain)));
        }
    }
    let reached = grants.len();
    let body = GrantBody { epoch, grants };
    let bytes = bundle::encode(
        header(&state, Kind::Grant, u64::from(epoch), [0; 32]),
        &body,
        &state.org_key,
        &state.device_key(),
    );
    share.write(&share.grant_key(state.device, epoch), &bytes)?;
    state.advance(epoch, key);
    // the old codes open the old key only: gone, and a new one
    for key in share.files(state.device)?.enrolments {
        share.remove(&key);
    }
    let code = write_enrolment(&share, &state)?;
    write_snapshot(db, &share, &mut state)?;
    write_status(db, &share, &mut state)?;
    state.save(db)?;
    Ok(Rotated { epoch, reached, unreached, code })
}

/// What a key rotation did.
#[derive(Debug, Clone)]
pub struct Rotated {
    pub epoch: u32,
    /// Devices the new key was sealed for.
    pub reached: usize,
    /// Devices that had not told their box key (they join again with the new code).
    pub unreached: Vec<String>,
    pub code: String,
}
