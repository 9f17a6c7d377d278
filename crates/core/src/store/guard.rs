//! The write guard: SQLite's authorizer on both connections. The read connection (the only
//! one code outside the store can reach) is `query_only` and may run reads alone — no
//! INSERT/UPDATE/DELETE, DDL, ATTACH or pragma that changes anything. The write connection
//! refuses everything unless the store itself is inside a write (`Mode::Internal`); a
//! caller's query inside a write is authorised as a read (`Mode::Read`). Modes are entered
//! by scopes that restore the previous mode when dropped, panics included.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::Connection;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Mode {
    /// Nothing may be prepared (outside `Db::write`).
    Closed = 0,
    /// The store's own statements: anything.
    Internal = 1,
    /// A caller's read inside a write.
    Read = 2,
}

#[derive(Debug, Clone)]
pub struct Guard(Arc<AtomicU8>);

/// Restores the previous mode when dropped.
pub struct Scope<'g> {
    guard: &'g Guard,
    previous: u8,
}

impl Drop for Scope<'_> {
    fn drop(&mut self) {
        self.guard.0.store(self.previous, Ordering::SeqCst);
    }
}

impl Guard {
    pub fn new() -> Guard {
        Guard(Arc::new(AtomicU8::new(Mode::Closed as u8)))
    }

    pub fn enter(&self, mode: Mode) -> Scope<'_> {
        Scope { guard: self, previous: self.0.swap(mode as u8, Ordering::SeqCst) }
    }

    fn mode(&self) -> u8 {
        self.0.load(Ordering::SeqCst)
    }

    /// Install on the write connection.
    pub fn install_writer(&self, conn: &Connection) {
        let guard = self.clone();
        conn.authorizer(Some(move |ctx: AuthContext<'_>| match guard.mode() {
            m if m == Mode::Internal as u8 => Authorization::Allow,
            m if m == Mode::Read as u8 => read_only(&ctx),
            _ => Authorization::Deny,
        }));
    }
}

/// Install on the read connection: reads only, for good.
pub fn install_reader(conn: &Connection) {
    conn.authorizer(Some(|ctx: AuthContext<'_>| read_only(&ctx)));
}

/// Pragmas that only report: with an argument (a table or index name) …
const READ_PRAGMAS: &[&str] = &[
    "table_info",
    "table_xinfo",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
    "integrity_check",
    "quick_check",
];

/// … and without one.
const REPORT_PRAGMAS: &[&str] = &[
    "table_list",
    "database_list",
    "page_count",
    "page_size",
    "freelist_count",
    "data_version",
    "user_version",
    "schema_version",
    "journal_mode",
    "query_only",
    "encoding",
    "compile_options",
    "cipher_version",
    "secure_delete",
    "cache_size",
    "integrity_check",
    "quick_check",
];

fn read_only(ctx: &AuthContext<'_>) -> Authorization {
    match ctx.action {
        AuthAction::Select | AuthAction::Read { .. } | AuthAction::Function { .. } | AuthAction::Recursive => {
            Authorization::Allow
        }
        AuthAction::Transaction { .. } | AuthAction::Savepoint { .. } => Authorization::Allow,
        AuthAction::Pragma { pragma_name, pragma_value } => {
            let list = if pragma_value.is_some() { READ_PRAGMAS } else { REPORT_PRAGMAS };
            if list.contains(&pragma_name) {
                Authorization::Allow
            } else {
                Authorization::Deny
            }
        }
        _ => Authorization::Deny,
    }
}
