//! The outbox (`local_outbox`, migration 11): exports queued on this device until a sync
//! uploads them to the share's `outbox/` folder. Device-local, written only here (the write
//! guard lets no other code touch it); what to send when, and the backoff after a failure, is
//! decided here too so the app, the command line and the sync agree.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::guard::Mode;
use super::Db;
use crate::Result;

/// The wait after the n-th failed attempt: 30 s, 1 min, 2 min … at most an hour.
pub fn backoff_ms(attempts: u32) -> u64 {
    (30_000u64 << attempts.saturating_sub(1).min(7)).min(3_600_000)
}

/// Where an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutboxState {
    Waiting,
    Sent,
    Cancelled,
}

/// An item as the Sync screen and `sync status` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxItem {
    pub item: i64,
    pub name: String,
    pub size: u64,
    pub queued_ms: u64,
    pub sent_ms: Option<u64>,
    pub state: OutboxState,
    pub attempts: u32,
    /// When the next attempt may be (after a failure).
    pub next_try_ms: u64,
    /// The error code of the last failed attempt (`error-<code>`).
    pub last_error: Option<String>,
}

/// A file's name as it may appear in the share: no folders, no control characters.
fn clean(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let s: String = base.chars().filter(|c| !c.is_control()).collect();
    let s = s.trim().trim_start_matches('.').to_string();
    if s.is_empty() {
        "export".to_string()
    } else {
        s
    }
}

impl Db {
    /// Queue `bytes` to go out as `name`; the item's number.
    pub fn outbox_queue(&self, name: &str, bytes: &[u8], now_ms: u64) -> Result<i64> {
        let _internal = self.guard.enter(Mode::Internal);
        self.write.execute(
            "INSERT INTO local_outbox (name, bytes, size, queued_ms) VALUES (?1, ?2, ?3, ?4)",
            params![clean(name), bytes, bytes.len() as i64, now_ms as i64],
        )?;
        Ok(self.write.last_insert_rowid())
    }

    /// Every item, newest first.
    pub fn outbox(&self) -> Result<Vec<OutboxItem>> {
        self.outbox_where("1 = 1", &[])
    }

    /// Items waiting whose next attempt is due at `now_ms` (all waiting ones with `force`),
    /// oldest first.
    pub fn outbox_due(&self, now_ms: u64, force: bool) -> Result<Vec<OutboxItem>> {
        let due = if force { i64::MAX } else { now_ms as i64 };
        let mut items = self.outbox_where("sent_ms IS NULL AND cancelled_ms IS NULL AND next_try_ms <= ?1", &[&due])?;
        items.reverse();
        Ok(items)
    }

    fn outbox_where(&self, condition: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<OutboxItem>> {
        let mut st = self.read.prepare(&format!(
            "SELECT item, name, size, queued_ms, sent_ms, cancelled_ms, attempts, next_try_ms, last_error
             FROM local_outbox WHERE {condition} ORDER BY item DESC"
        ))?;
        let rows = st.query_map(params, |r| {
            let sent: Option<i64> = r.get(4)?;
            let cancelled: Option<i64> = r.get(5)?;
            Ok(OutboxItem {
                item: r.get(0)?,
                name: r.get(1)?,
                size: r.get::<_, i64>(2)? as u64,
                queued_ms: r.get::<_, i64>(3)? as u64,
                sent_ms: sent.map(|v| v as u64),
                state: match (sent, cancelled) {
                    (Some(_), _) => OutboxState::Sent,
                    (None, Some(_)) => OutboxState::Cancelled,
                    _ => OutboxState::Waiting,
                },
                attempts: r.get::<_, i64>(6)? as u32,
                next_try_ms: r.get::<_, i64>(7)? as u64,
                last_error: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// An item's bytes while it waits.
    pub fn outbox_bytes(&self, item: i64) -> Result<Option<Vec<u8>>> {
        Ok(self
            .read
            .query_row(
                "SELECT bytes FROM local_outbox WHERE item = ?1 AND sent_ms IS NULL AND cancelled_ms IS NULL",
                [item],
                |r| r.get::<_, Option<Vec<u8>>>(0),
            )
            .optional()?
            .flatten())
    }

    /// Sent at `now_ms`: the copy here is dropped.
    pub fn outbox_sent(&self, item: i64, now_ms: u64) -> Result<()> {
        let _internal = self.guard.enter(Mode::Internal);
        self.write.execute(
            "UPDATE local_outbox SET sent_ms = ?2, bytes = NULL, last_error = NULL WHERE item = ?1",
            params![item, now_ms as i64],
        )?;
        Ok(())
    }

    /// An attempt failed with `error` (a code): the next one after the backoff.
    pub fn outbox_failed(&self, item: i64, error: &str, now_ms: u64) -> Result<()> {
        let _internal = self.guard.enter(Mode::Internal);
        let attempts: i64 =
            self.write.query_row("SELECT attempts FROM local_outbox WHERE item = ?1", [item], |r| r.get(0))?;
        let attempts = attempts as u32 + 1;
        self.write.execute(
            "UPDATE local_outbox SET attempts = ?2, next_try_ms = ?3, last_error = ?4 WHERE item = ?1",
            params![item, attempts, (now_ms + backoff_ms(attempts)) as i64, error],
        )?;
        Ok(())
    }

    /// Cancel a waiting item (its copy is dropped); false when it had gone or was cancelled.
    pub fn outbox_cancel(&self, item: i64, now_ms: u64) -> Result<bool> {
        let _internal = self.guard.enter(Mode::Internal);
        let n = self.write.execute(
            "UPDATE local_outbox SET cancelled_ms = ?2, bytes = NULL
             WHERE item = ?1 AND sent_ms IS NULL AND cancelled_ms IS NULL",
            params![item, now_ms as i64],
        )?;
        Ok(n == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_waits_backs_off_and_is_sent_once() {
        let db = Db::open_in_memory().unwrap();
        let a = db.outbox_queue("../Raporti EU.pdf", b"%PDF-1.7", 1_000).unwrap();
        let b = db.outbox_queue("budget.xlsx", b"PK", 1_000).unwrap();
        assert_eq!(db.outbox_due(1_000, false).unwrap().iter().map(|i| i.item).collect::<Vec<_>>(), vec![a, b]);
        assert_eq!(db.outbox().unwrap()[1].name, "Raporti EU.pdf");
        db.outbox_failed(a, "sync-unreachable", 2_000).unwrap();
        assert_eq!(db.outbox_due(2_000, false).unwrap().len(), 1, "a waits for its backoff");
        assert_eq!(db.outbox_due(2_000 + 30_000, false).unwrap().len(), 2);
        db.outbox_failed(a, "sync-unreachable", 40_000).unwrap();
        let item = db.outbox().unwrap().into_iter().find(|i| i.item == a).unwrap();
        assert_eq!((item.attempts, item.next_try_ms), (2, 40_000 + 60_000));
        assert_eq!(item.last_error.as_deref(), Some("sync-unreachable"));
        db.outbox_sent(a, 50_000).unwrap();
        assert_eq!(db.outbox_bytes(a).unwrap(), None, "the copy goes once sent");
        assert!(db.outbox_cancel(b, 60_000).unwrap());
        assert!(!db.outbox_cancel(b, 60_000).unwrap());
        assert!(db.outbox_due(u64::MAX, true).unwrap().is_empty());
        let states: Vec<OutboxState> = db.outbox().unwrap().iter().map(|i| i.state).collect();
        assert_eq!(states, vec![OutboxState::Cancelled, OutboxState::Sent]);
        assert_eq!(backoff_ms(20), 3_600_000);
    }
}
