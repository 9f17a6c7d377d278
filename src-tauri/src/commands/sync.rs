//! Sync from the app (thin over `tessera_sync`): the state for the badge and the Sync
//! screen, "sync now" (the button, the UI's timer while the share is reachable, the start;
//! the exit is `lib.rs`'s) with its progress as `sync-progress` events, the first laptop's
//! setup on a folder, a WebDAV server or an S3 bucket (its enrolment code), revoking a device
//! (with a new organisation key for the others, and a new code), the conflict journal with
//! "restore the other value", and the outbox (cancel an item).

use serde::Serialize;
use tauri::{Emitter, State};

use crate::{ApiError, AppState};

#[derive(Debug, Serialize, specta::Type)]
pub struct SyncDevice {
    pub device: String,
    pub name: String,
    pub this_device: bool,
    /// RFC 3339, by that device's clock.
    pub last_sync: Option<String>,
    pub bundles_received: u32,
    pub revoked: bool,
}

#[derive(Debug, Serialize, specta::Type)]
pub struct SyncProblem {
    pub file: String,
    /// `sync-reason-<code>`.
    pub code: String,
}

/// A cell's value as the journal shows it.
#[derive(Debug, Serialize, specta::Type)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Shown {
    Empty,
    Text {
        text: String,
    },
    Number {
        number: f64,
    },
    /// Minor units (cents) and currency.
    Money {
        minor: f64,
        currency: String,
    },
    Binary {
        bytes: f64,
    },
}

impl From<tessera_core::store::CellValue> for Shown {
    fn from(v: tessera_core::store::CellValue) -> Shown {
        use tessera_core::store::CellValue as V;
        match v {
            V::Empty => Shown::Empty,
            V::Text { text } => Shown::Text { text },
            V::Number { number } => Shown::Number { number },
            V::Money { minor, currency } => Shown::Money { minor: minor as f64, currency },
            V::Binary { bytes } => Shown::Binary { bytes: bytes as f64 },
        }
    }
}

/// A value that lost a merge: which record's field, what it was and who wrote it, what won.
#[derive(Debug, Serialize, specta::Type)]
pub struct SyncConflict {
    pub id: u32,
    pub table: String,
    pub column: String,
    pub row: String,
    /// The record as people know it (its code or title), when it has one.
    pub record: Option<String>,
    pub value: Shown,
    pub by: String,
    /// RFC 3339.
    pub at: Option<String>,
    pub winner_value: Shown,
    pub winner_by: String,
    pub winner_at: Option<String>,
}

/// An export waiting for (or sent to) the share's `outbox/` folder.
#[derive(Debug, Serialize, specta::Type)]
pub struct OutboxEntry {
    pub item: u32,
    pub name: String,
    pub size: f64,
    pub queued: Option<String>,
    pub sent: Option<String>,
    /// `waiting`, `sent` or `cancelled`.
    pub state: String,
    pub attempts: u32,
    pub next_try: Option<String>,
    /// `error-<code>` of the last failed attempt.
    pub last_error: Option<String>,
}

/// Sync as the app shows it; `set_up` false (and the rest empty) before setup.
#[derive(Debug, Default, Serialize, specta::Type)]
pub struct SyncView {
    pub set_up: bool,
    /// `folder`, `webdav` or `s3`.
    pub kind: String,
    /// The share's address: a folder's path, a URL.
    pub folder: String,
    /// The share may be reached now: a folder that is there (a USB stick plugged in, a
    /// network share connected); a server is tried (its errors tell).
    pub reachable: bool,
    pub last_sync: Option<String>,
    pub pending_changes: u32,
    pub bundles_sent: u32,
    pub bundles_received: u32,
    pub conflicts: u32,
    pub quarantined: u32,
    pub devices: Vec<SyncDevice>,
    pub problems: Vec<SyncProblem>,
    /// The conflict journal, newest first.
    pub journal: Vec<SyncConflict>,
    pub outbox: Vec<OutboxEntry>,
}

/// What one sync did.
#[derive(Debug, Serialize, specta::Type)]
pub struct SyncDone {
    pub bundles: u32,
    pub changes: u32,
    pub sent: u32,
    pub problems: Vec<SyncProblem>,
    pub revoked_here: bool,
    pub outbox_sent: u32,
    pub view: SyncView,
}

/// `sync-progress`: bundles applied of those waiting.
#[derive(Debug, Clone, Serialize)]
pub struct SyncProgress {
    pub done: u32,
    pub total: u32,
}

fn time(ms: Option<u64>) -> Option<String> {
    ms.and_then(|ms| chrono::DateTime::from_timestamp_millis(ms as i64)).map(|t| t.to_rfc3339())
}

fn problems(p: &[tessera_sync::Problem]) -> Vec<SyncProblem> {
    p.iter().map(|p| SyncProblem { file: p.file.clone(), code: p.code.clone() }).collect()
}

fn journal(
    db: &tessera_core::Db,
    names: &std::collections::HashMap<uuid::Uuid, String>,
) -> Result<Vec<SyncConflict>, ApiError> {
    let name = |d: &uuid::Uuid| names.get(d).cloned().unwrap_or_else(|| d.simple().to_string()[..8].to_string());
    let mut out = Vec::new();
    for c in db.conflicts()?.into_iter().rev() {
        let (value, winner_value) = db.conflict_values(&c);
        out.push(SyncConflict {
            id: c.id as u32,
            record: tessera_core::rows::label(db, &c.table, &c.row)?,
            table: c.table.clone(),
            column: c.column.clone(),
            row: c.row.clone(),
            value: value.into(),
            by: name(&c.device),
            at: time(Some(c.hlc.millis())),
            winner_value: winner_value.into(),
            winner_by: name(&c.winner_device),
            winner_at: time(Some(c.winner_hlc.millis())),
        });
    }
    Ok(out)
}

fn outbox(items: &[tessera_core::store::outbox::OutboxItem]) -> Vec<OutboxEntry> {
    use tessera_core::store::outbox::OutboxState;
    items
        .iter()
        .map(|i| OutboxEntry {
            item: i.item as u32,
            name: i.name.clone(),
            size: i.size as f64,
            queued: time(Some(i.queued_ms)),
            sent: time(i.sent_ms),
            state: match i.state {
                OutboxState::Waiting => "waiting",
                OutboxState::Sent => "sent",
                OutboxState::Cancelled => "cancelled",
            }
            .to_string(),
            attempts: i.attempts,
            next_try: (i.attempts > 0).then(|| time(Some(i.next_try_ms))).flatten(),
            last_error: i.last_error.clone(),
        })
        .collect()
}

fn view(db: &tessera_core::Db) -> Result<SyncView, ApiError> {
    let s = match tessera_sync::status(db) {
        Ok(s) => s,
        Err(tessera_sync::Error::NotSetUp) => {
            // exports queued before this laptop syncs wait all the same
            return Ok(SyncView { outbox: outbox(&db.outbox()?), ..SyncView::default() });
        }
        Err(e) => return Err(e.into()),
    };
    let names = s.devices.iter().map(|d| (d.device, d.name.clone())).collect();
    let me = s.devices.iter().find(|d| d.this_device).and_then(|d| d.last_sync_ms);
    Ok(SyncView {
        set_up: true,
        reachable: s.kind != "folder" || std::path::Path::new(&s.address).is_dir(),
        kind: s.kind.to_string(),
        folder: s.address,
        last_sync: time(me),
        pending_changes: s.pending_changes.min(u32::MAX as u64) as u32,
        bundles_sent: s.bundles_sent as u32,
        bundles_received: s.bundles_received as u32,
        conflicts: s.conflicts as u32,
        quarantined: s.quarantined as u32,
        devices: s
            .devices
            .iter()
            .map(|d| SyncDevice {
                device: d.device.to_string(),
                name: d.name.clone(),
                this_device: d.this_device,
                last_sync: time(d.last_sync_ms),
                bundles_received: d.bundles_received as u32,
                revoked: d.revoked,
            })
            .collect(),
        problems: problems(&s.problems),
        journal: journal(db, &names)?,
        outbox: outbox(&s.outbox),
    })
}

#[tauri::command(async)]
#[specta::specta]
pub fn sync_status(state: State<'_, AppState>) -> Result<SyncView, ApiError> {
    view(&*state.db()?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn sync_now(app: tauri::AppHandle, state: State<'_, AppState>) -> Result<SyncDone, ApiError> {
    let mut db = state.db()?;
    let r = tessera_sync::sync_with(&mut db, None, &mut |done, total| {
        let _ = app.emit("sync-progress", SyncProgress { done: done as u32, total: total as u32 });
    })?;
    let mut p = problems(&r.rejected);
    p.extend(problems(&r.waiting));
    Ok(SyncDone {
        bundles: r.bundles as u32,
        changes: r.changes as u32,
        sent: r.sent as u32,
        problems: p,
        revoked_here: r.revoked_here,
        outbox_sent: r.outbox_sent as u32,
        view: view(&db)?,
    })
}

/// Where the first laptop sets up the share.
#[derive(Debug, Clone, serde::Deserialize, specta::Type)]
pub struct SyncShareInput {
    /// `folder`, `webdav` or `s3`.
    pub kind: String,
    /// A folder's path (`~/` for the home folder), or the server's URL.
    pub address: String,
    pub user: String,
    pub password: String,
    /// An S3 bucket's region (empty: us-east-1).
    pub region: String,
}

/// The first laptop: the share at `share`; the enrolment code to give colleagues.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_setup(state: State<'_, AppState>, share: SyncShareInput) -> Result<String, ApiError> {
    let mut db = state.db()?;
    Ok(tessera_sync::setup(&mut db, &target(&share), &tessera_sync::device_name())?.code)
}

/// The share a form names: a folder (`~/` for the home folder), a WebDAV server or an S3
/// bucket, with the credentials a server needs.
pub(crate) fn target(share: &SyncShareInput) -> tessera_sync::Target {
    use tessera_sync::{Credentials, Location, Target};
    let address = share.address.trim().to_string();
    let location = match share.kind.as_str() {
        "webdav" => Location::Webdav { url: address },
        "s3" => {
            let region = share.region.trim();
            let region = if region.is_empty() { tessera_sync::transport::DEFAULT_REGION } else { region };
            Location::S3 { url: address, region: region.to_string() }
        }
        _ => Location::Folder { path: super::typed_path(&address) },
    };
    let credentials = location
        .needs_credentials()
        .then(|| Credentials { user: share.user.trim().to_string(), password: share.password.clone() });
    Target { location, credentials }
}

/// Write the other value of a conflict back (it wins everywhere from the next sync).
#[tauri::command(async)]
#[specta::specta]
pub fn sync_restore_conflict(state: State<'_, AppState>, id: u32) -> Result<SyncView, ApiError> {
    let mut db = state.db()?;
    if !db.restore_conflict(i64::from(id))? {
        return Err(ApiError::NotFound { what: "conflict".into(), id: id.to_string() });
    }
    view(&db)
}

/// Cancel an export that waits in the outbox.
#[tauri::command(async)]
#[specta::specta]
pub fn outbox_cancel(state: State<'_, AppState>, item: u32) -> Result<SyncView, ApiError> {
    let db = state.db()?;
    db.outbox_cancel(i64::from(item), chrono::Utc::now().timestamp_millis() as u64)?;
    view(&db)
}

/// A revoked device and the organisation's new key, which only the others get.
#[derive(Debug, Serialize, specta::Type)]
pub struct Revoked {
    pub view: SyncView,
    /// The new enrolment code (the old ones open only the old key).
    pub code: String,
}

/// Revoke a lost laptop and give every other device a new organisation key.
#[tauri::command(async)]
#[specta::specta]
pub fn sync_revoke(state: State<'_, AppState>, device: String) -> Result<Revoked, ApiError> {
    let mut db = state.db()?;
    tessera_sync::revoke(&mut db, &device)?;
    let rotated = tessera_sync::rotate_key(&mut db)?;
    Ok(Revoked { view: view(&db)?, code: rotated.code })
}
