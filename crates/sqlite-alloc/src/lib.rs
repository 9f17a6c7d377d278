//! How SQLite itself runs in this process, set once before its first connection (the store
//! calls `configure` before it opens one): it allocates
//! with mimalloc (the allocator the `tessera` binary and the app use; glibc's `malloc` and
//! `free` were 6 % of an import's time) and keeps no memory statistics (they take a global
//! mutex on every allocation). SQLCipher wraps whatever allocator is set (`sqlcipher_mem_*`).

use std::ffi::{c_int, c_void};
use std::sync::Once;

use rusqlite::ffi;

unsafe extern "C" fn malloc(n: c_int) -> *mut c_void {
    // SAFETY: mimalloc's malloc accepts any size; SQLite never asks for a negative one.
    unsafe { libmimalloc_sys::mi_malloc(n.max(0) as usize) }
}

unsafe extern "C" fn free(p: *mut c_void) {
    // SAFETY: `p` came from `malloc`/`realloc` here (SQLite frees only what it allocated).
    unsafe { libmimalloc_sys::mi_free(p) }
}

unsafe extern "C" fn realloc(p: *mut c_void, n: c_int) -> *mut c_void {
    // SAFETY: as `malloc` and `free`.
    unsafe { libmimalloc_sys::mi_realloc(p, n.max(0) as usize) }
}

unsafe extern "C" fn size(p: *mut c_void) -> c_int {
    // SAFETY: as `free`; SQLite's allocations are far below 2 GiB.
    unsafe { libmimalloc_sys::mi_usable_size(p) as c_int }
}

unsafe extern "C" fn roundup(n: c_int) -> c_int {
    // SAFETY: a pure function of the size.
    unsafe { libmimalloc_sys::mi_good_size(n.max(0) as usize) as c_int }
}

unsafe extern "C" fn init(_: *mut c_void) -> c_int {
    ffi::SQLITE_OK
}

unsafe extern "C" fn shutdown(_: *mut c_void) {}

/// Configure SQLite, once, before any connection. When something else opened a connection
/// first (SQLite is initialised), SQLite refuses the settings and keeps its defaults.
pub fn configure() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let methods = ffi::sqlite3_mem_methods {
            xMalloc: Some(malloc),
            xFree: Some(free),
            xRealloc: Some(realloc),
            xSize: Some(size),
            xRoundup: Some(roundup),
            xInit: Some(init),
            xShutdown: Some(shutdown),
            pAppData: std::ptr::null_mut(),
        };
        // SAFETY: both calls run before `sqlite3_initialize` (else they return SQLITE_MISUSE
        // and change nothing); SQLite copies `methods` before the call returns.
        unsafe {
            ffi::sqlite3_config(ffi::SQLITE_CONFIG_MEMSTATUS, 0 as c_int);
            ffi::sqlite3_config(ffi::SQLITE_CONFIG_MALLOC, &methods as *const ffi::sqlite3_mem_methods);
        }
    });
}

/// Whether SQLite runs as `configure` sets it: an allocation it makes is mimalloc's, and it
/// counts no memory in use.
pub fn active() -> bool {
    // SAFETY: one allocation and its release through SQLite's own functions.
    unsafe {
        let p = ffi::sqlite3_malloc(1000);
        let ours = libmimalloc_sys::mi_is_in_heap_region(p.cast_const());
        ffi::sqlite3_free(p);
        ours && ffi::sqlite3_memory_used() == 0
    }
}
